import type { FlowSystem } from "./flow-system.js";
import { ClosedCycleError, cycleMatrixOf, gthFactor, isEliminated, LEAK_FLOOR, solveCycleSystem, type GthFactor } from "./solve-flow.js";

/**
 * `solveFlow` for `width` right-hand sides at once: x_j = rhs_j + Qᵀx_j on the components
 * `components` of the system (in topological order), every column given exactly the numbers
 * `solveFlow` would give it alone. The values sit by slot, a column beside the other:
 * `rhs[slot[i]·width + j]` and `x[slot[i]·width + j]` for node i and column j, so that a caller
 * solving part of a large system keeps only that part (`slot` must give a place to every node
 * of the components and to every node with an edge into them).
 *
 * What the columns share is done once: each node's incoming edges are read once for all of
 * them, and a small cycle is eliminated once (`gthFactor`) and applied to each column.
 *
 * @example
 * // 0 → 1 (p 1), 1 → 0 (p 0.5), two right-hand sides: x = [2, 2] and [4, 4]
 * const system = flowSystem(2, Int32Array.of(0, 1), Int32Array.of(1, 0), Float64Array.of(1, 0.5), () => true);
 * solveFlowColumns(system, Float64Array.of(1, 2, 0, 0), x, 2, Int32Array.of(0, 1), [0]);
 */
export function solveFlowColumns(
  system: FlowSystem,
  rhs: Float64Array,
  x: Float64Array,
  width: number,
  slot: Int32Array,
  components: ArrayLike<number>,
): void {
  const { inPtr, inSrc, inP, order, start } = system;
  const b = new Float64Array(width);
  for (let ci = 0; ci < components.length; ci++) {
    const c = components[ci]!;
    const a = start[c]!;
    const size = start[c + 1]! - a;
    if (size > 1) {
      solveCycleColumns(system, c, rhs, x, width, slot);
      continue;
    }
    const i = order[a]!;
    const base = slot[i]! * width;
    for (let j = 0; j < width; j++) b[j] = rhs[base + j]!;
    let self = 0;
    for (let k = inPtr[i]!; k < inPtr[i + 1]!; k++) {
      const from = inSrc[k]!;
      if (from === i) {
        self += inP[k]!;
        continue;
      }
      const q = inP[k]!;
      const source = slot[from]! * width;
      for (let j = 0; j < width; j++) b[j]! += q * x[source + j]!;
    }
    // as in `solveFlow`: 1 − self as the probability of the edges that leave, when the system knows it exactly
    const leave = system.exit !== null && (system.exit[i]! > 0 || self > 0) ? system.exit[i]! : 1 - self;
    for (let j = 0; j < width; j++) {
      if (b[j] === 0) x[base + j] = 0;
      else if (leave < LEAK_FLOOR) throw new ClosedCycleError(i);
      else x[base + j] = b[j]! / leave;
    }
  }
}

/** A cycle for every column: the inflow from upstream read once, the elimination (if any) made once. */
function solveCycleColumns(system: FlowSystem, c: number, rhs: Float64Array, x: Float64Array, width: number, slot: Int32Array): void {
  const { inPtr, inSrc, inP, order, start, component } = system;
  const a = start[c]!;
  const size = start[c + 1]! - a;
  const inflowing = new Float64Array(size * width);
  for (let k = 0; k < size; k++) {
    const i = order[a + k]!;
    const base = slot[i]! * width;
    for (let j = 0; j < width; j++) inflowing[k * width + j] = rhs[base + j]!;
    for (let e = inPtr[i]!; e < inPtr[i + 1]!; e++) {
      const from = inSrc[e]!;
      if (component[from] === c) continue;
      const q = inP[e]!;
      const source = slot[from]! * width;
      for (let j = 0; j < width; j++) inflowing[k * width + j]! += q * x[source + j]!;
    }
  }
  let factor: GthFactor | undefined;
  const b = new Float64Array(size);
  for (let j = 0; j < width; j++) {
    let inflow = 0;
    for (let k = 0; k < size; k++) {
      b[k] = inflowing[k * width + j]!;
      inflow += Math.abs(b[k]!);
    }
    let local: Float64Array | null = null;
    if (inflow !== 0) {
      const matrix = cycleMatrixOf(system, c);
      if (isEliminated(matrix)) factor ??= gthFactor(matrix);
      local = solveCycleSystem(matrix, b, factor);
    }
    for (let k = 0; k < size; k++) x[slot[order[a + k]!]! * width + j] = local ? local[k]! : 0;
  }
}
