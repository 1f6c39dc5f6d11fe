import type { FlowSystem } from "./flow-system.js";

/**
 * Converged when ‖r‖₁ ≤ RELATIVE_RESIDUAL · ‖x‖₁ (r = b + Qᵀx − x). The error then is at most
 * (longest expected stay in the cycle, in visits) × RELATIVE_RESIDUAL relative to ‖x‖₁.
 */
export const RELATIVE_RESIDUAL = 1e-14;
/** Cycles up to this many touchpoints are solved directly (Gaussian elimination, m³/3 flops). */
const DENSE_LIMIT = 120;
const KRYLOV_ITERATIONS = 2000;
/**
 * BiCGSTAB drives its recurrence residual this far below the tolerance before the true residual
 * is checked. The true residual stops at the rounding of the product, while a nearly closed
 * loop's slow mode can still hold an error the residual does not show; the preconditioned
 * iteration reaches the tolerance in so few steps that it leaves one: two loops of 121–160
 * touchpoints left with probability 10⁻⁶ per step (tests/expected-revisits.test.ts) kept an
 * error of 1.7·10⁻¹⁰ in their hand-offs at 0.1, 2.6·10⁻¹¹ at 10⁻³ (no better at 10⁻⁵), for 13 %
 * more iterations.
 */
const RECURRENCE_MARGIN = 1e-3;
const KRYLOV_RESTARTS = 20;
const GAUSS_SEIDEL_SWEEPS = 200_000;
/** A touchpoint keeps at most 1 − LEAK_FLOOR of its customers inside its cycle. */
const LEAK_FLOOR = 1e-12;

/** Raised when customers who reach `node` (the cycle's first touchpoint in the model) can never leave its cycle. */
export class ClosedCycleError extends Error {
  constructor(readonly node: number) {
    super(`customers reaching touchpoint #${node} can never leave its cycle`);
  }
}

/**
 * Solves x = rhs + Qᵀx on the components `components` of the system (all by default, in
 * topological order), writing x into `x`. Upstream components must already be solved in `x`.
 * Components with no inflow are set to 0 without solving, so unreachable parts never matter.
 * Singletons are substitution, small cycles Gaussian elimination, large ones BiCGSTAB with a
 * Jacobi preconditioner and Gauss–Seidel as the fallback. Never forms a dense inverse.
 *
 * @example
 * // 0 → 1 (p 1), 1 → 0 (p 0.5): x₀ = 1 + 0.5x₁, x₁ = x₀ → x = [2, 2]
 * solveFlow(flowSystem(2, Int32Array.of(0, 1), Int32Array.of(1, 0), Float64Array.of(1, 0.5), () => true), Float64Array.of(1, 0), x);
 */
export function solveFlow(
  system: FlowSystem,
  rhs: Float64Array,
  x: Float64Array,
  components: ArrayLike<number> = allComponents(system),
): void {
  // one column, every node in its own place
  const slot = new Int32Array(system.n);
  for (let i = 0; i < system.n; i++) slot[i] = i;
  solveFlowColumns(system, rhs, x, 1, slot, components);
}

/**
 * The flow solve for `width` right-hand sides at once (`solveFlow` is its one-column case):
 * x_j = rhs_j + Qᵀx_j on the components
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
    // 1 − self as the probability of the edges that leave, when the system knows it exactly
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

function allComponents(system: FlowSystem): Int32Array {
  const count = system.start.length - 1;
  const all = new Int32Array(count);
  for (let c = 0; c < count; c++) all[c] = c;
  return all;
}

/** A cycle as a local system: b includes the inflow from upstream, edges are internal only. */
interface Cycle extends CycleMatrix {
  b: Float64Array;
}

/** The cycle's own matrix A = diag − internal Qᵀ, by local position; kept for repeated solves. */
interface CycleMatrix {
  size: number;
  /** The cycle's touchpoint of the lowest index (the one a `ClosedCycleError` names). */
  first: number;
  /** With a stochastic system: each touchpoint's probability of leaving the cycle, by local position. */
  exit: Float64Array | null;
  ptr: Int32Array;
  src: Int32Array;
  p: Float64Array;
  /** 1 − the probability of staying on the touchpoint (self-loop). */
  diagonal: Float64Array;
  /** Some touchpoint of the cycle lets customers out of it. */
  leaks: boolean;
  /** BiCGSTAB's preconditioner, for a cycle too large to eliminate (more than `DENSE_LIMIT` touchpoints); null otherwise. */
  sweeps: Sweeps | null;
}

const matrices = new WeakMap<FlowSystem, Map<number, CycleMatrix>>();

/**
 * Component c's own matrix, built once per system and component (a system solved for several
 * right-hand sides reuses it). Throws `ClosedCycleError` when no touchpoint of the cycle lets
 * customers out of it.
 */
function cycleMatrixOf(system: FlowSystem, c: number): CycleMatrix {
  let cached = matrices.get(system);
  if (!cached) matrices.set(system, (cached = new Map()));
  let matrix = cached.get(c);
  if (!matrix) cached.set(c, (matrix = cycleMatrix(system, c, system.start[c]!, system.start[c + 1]! - system.start[c]!)));
  // A cycle every touchpoint of which keeps all its customers inside: nobody ever leaves.
  if (!matrix.leaks) throw new ClosedCycleError(matrix.first);
  return matrix;
}

/**
 * x = b + (internal Qᵀ)x on one cycle, by local position: small cycles directly (GTH elimination
 * for a stochastic system, with `factor` when the caller already has the cycle's elimination),
 * large ones with BiCGSTAB and Gauss–Seidel as the fallback.
 */
function solveCycleSystem(matrix: CycleMatrix, b: Float64Array, factor?: GthFactor): Float64Array {
  const { size, exit } = matrix;
  const cycle: Cycle = { ...matrix, b };
  const local =
    matrix.sweeps === null
      ? exit
        ? gthSolve(factor ?? gthFactor(matrix), b)
        : gaussianElimination(cycle)
      : (bicgstab(cycle, matrix.sweeps) ?? gaussSeidel(cycle));
  if (!local) throw new Error(`expected visits: the solver did not converge on a cycle of ${size} touchpoints`);
  return local;
}

/** Whether `solveCycleSystem` solves this cycle by GTH elimination (whose `gthFactor` a caller may keep). */
function isEliminated(matrix: CycleMatrix): boolean {
  return matrix.sweeps === null && matrix.exit !== null;
}

function cycleMatrix(system: FlowSystem, c: number, a: number, size: number): CycleMatrix {
  // The loops are functions of their own: a loop compiled while it runs would meet the code
  // after it without feedback and be thrown away, and this runs once per cycle, thousands of
  // times per analysis.
  const members = system.order.subarray(a, a + size);
  const first = members.reduce((min, i) => Math.min(min, i));
  const exit = system.exit ? Float64Array.from(members, (i) => system.exit![i]!) : null;
  const ptr = new Int32Array(size + 1);
  const inside = new Float64Array(size);
  const diagonal = new Float64Array(size).fill(1);
  const internal = countInternal(system, c, members, ptr, inside, diagonal);
  const src = new Int32Array(internal);
  const p = new Float64Array(internal);
  fillInternal(system, c, members, src, p);
  const sweeps = size > DENSE_LIMIT ? splitSweeps(size, ptr, src, p, diagonal) : null;
  return { size, first, exit, ptr, src, p, diagonal, leaks: inside.some((kept) => kept < 1 - LEAK_FLOOR), sweeps };
}

/** Counts the cycle's internal edges into `ptr` (CSR by local target), sums into `inside` what each member keeps in the cycle, and takes self-loops off `diagonal`. */
function countInternal(system: FlowSystem, c: number, members: Int32Array, ptr: Int32Array, inside: Float64Array, diagonal: Float64Array): number {
  const { inPtr, inSrc, inP, component, position } = system;
  let internal = 0;
  for (let k = 0; k < members.length; k++) {
    const i = members[k]!;
    for (let e = inPtr[i]!; e < inPtr[i + 1]!; e++) {
      const j = inSrc[e]!;
      if (component[j] !== c) continue;
      inside[position[j]!]! += inP[e]!;
      if (j === i) diagonal[k]! -= inP[e]!;
      else internal++;
    }
    ptr[k + 1] = internal;
  }
  return internal;
}

/** The cycle's internal edges other than self-loops, by local target: local source and probability. */
function fillInternal(system: FlowSystem, c: number, members: Int32Array, src: Int32Array, p: Float64Array): void {
  const { inPtr, inSrc, inP, component, position } = system;
  for (let k = 0, q = 0; k < members.length; k++) {
    const i = members[k]!;
    for (let e = inPtr[i]!; e < inPtr[i + 1]!; e++) {
      const j = inSrc[e]!;
      if (component[j] !== c || j === i) continue;
      src[q] = position[j]!;
      p[q++] = inP[e]!;
    }
  }
}

/** y = A·v with A = diag − (internal Qᵀ). */
function multiply(cycle: Cycle, v: Float64Array, y: Float64Array) {
  const { size, ptr, src, p, diagonal } = cycle;
  for (let k = 0; k < size; k++) {
    let s = diagonal[k]! * v[k]!;
    for (let e = ptr[k]!; e < ptr[k + 1]!; e++) s -= p[e]! * v[src[e]!]!;
    y[k] = s;
  }
}

function residualNorm(cycle: Cycle, x: Float64Array, scratch: Float64Array): number {
  multiply(cycle, x, scratch);
  let r = 0;
  for (let k = 0; k < cycle.size; k++) r += Math.abs(cycle.b[k]! - scratch[k]!);
  return r;
}

const norm1 = (v: Float64Array) => {
  let s = 0;
  for (let k = 0; k < v.length; k++) s += Math.abs(v[k]!);
  return s;
};
const dot = (u: Float64Array, v: Float64Array) => {
  let s = 0;
  for (let k = 0; k < u.length; k++) s += u[k]! * v[k]!;
  return s;
};

/**
 * The elimination of Grassmann, Taksar & Heyman (1985) for a small cycle of a stochastic system:
 * v = b + Pᵀv solved by removing one touchpoint at a time, the customers who would have
 * passed through it redirected along its edges. Every quantity is a sum of non-negative terms —
 * a touchpoint's probability of moving on is the sum of its remaining edges and exits, never
 * 1 − its self-loop — so the result is accurate to a few ulps even when the cycle is left with
 * probability 1e-9 and Gaussian elimination would lose half its digits.
 *
 * The elimination depends on the cycle alone (`gthFactor`), the right-hand side follows it
 * (`gthSolve`): a cycle solved for several right-hand sides is eliminated once. Row k of P is
 * final once touchpoint k is removed, so applying it afterwards gives the same numbers, to the
 * bit, as applying it during the elimination.
 */
interface GthFactor {
  m: number;
  /** P[j·m + k] after the elimination: row k beyond k, and column k below k, as step k used them. */
  P: Float64Array;
  /** Each removed touchpoint's probability of moving on. */
  moveOn: Float64Array;
}

/** The elimination of a small cycle of a stochastic system (see `GthFactor`). */
function gthFactor(matrix: CycleMatrix): GthFactor {
  const { size: m, ptr, src, p, first } = matrix;
  const P = new Float64Array(m * m); // P[j·m + k]: probability j → k inside the cycle, self-loops left out
  for (let k = 0; k < m; k++) for (let e = ptr[k]!; e < ptr[k + 1]!; e++) P[src[e]! * m + k]! += p[e]!;
  const exit = Float64Array.from(matrix.exit!);
  const moveOn = new Float64Array(m);
  for (let k = 0; k < m; k++) {
    let s = exit[k]!;
    for (let j = k + 1; j < m; j++) s += P[k * m + j]!;
    if (!(s >= LEAK_FLOOR * 1e-3)) throw new ClosedCycleError(first);
    moveOn[k] = s;
    for (let i = k + 1; i < m; i++) {
      const f = P[i * m + k]! / s;
      if (f === 0) continue;
      for (let j = k + 1; j < m; j++) if (j !== i) P[i * m + j]! += f * P[k * m + j]!;
      exit[i]! += f * exit[k]!;
    }
  }
  return { m, P, moveOn };
}

/** v = b + Pᵀv on an eliminated cycle: the right-hand side carried through the elimination, then back-substituted. */
function gthSolve(factor: GthFactor, bIn: Float64Array): Float64Array {
  const { m, P, moveOn } = factor;
  const b = Float64Array.from(bIn);
  for (let k = 0; k < m; k++) {
    const s = moveOn[k]!;
    for (let j = k + 1; j < m; j++) {
      const kj = P[k * m + j]!;
      if (kj !== 0) b[j]! += (kj * b[k]!) / s;
    }
  }
  const v = new Float64Array(m);
  for (let k = m - 1; k >= 0; k--) {
    let t = b[k]!;
    for (let i = k + 1; i < m; i++) t += P[i * m + k]! * v[i]!;
    v[k] = t / moveOn[k]!;
  }
  return v;
}

/** Dense Gaussian elimination with partial pivoting on the (small) cycle's own matrix. */
function gaussianElimination(cycle: Cycle): Float64Array | null {
  const { size: m, b, ptr, src, p, diagonal } = cycle;
  const A = new Float64Array(m * m);
  const y = Float64Array.from(b);
  for (let k = 0; k < m; k++) {
    A[k * m + k] = diagonal[k]!;
    for (let e = ptr[k]!; e < ptr[k + 1]!; e++) A[k * m + src[e]!]! -= p[e]!;
  }
  for (let col = 0; col < m; col++) {
    let pivot = col;
    for (let r = col + 1; r < m; r++) if (Math.abs(A[r * m + col]!) > Math.abs(A[pivot * m + col]!)) pivot = r;
    if (Math.abs(A[pivot * m + col]!) < 1e-300) return null;
    if (pivot !== col) {
      for (let k = 0; k < m; k++) {
        const t = A[col * m + k]!;
        A[col * m + k] = A[pivot * m + k]!;
        A[pivot * m + k] = t;
      }
      const t = y[col]!;
      y[col] = y[pivot]!;
      y[pivot] = t;
    }
    const d = A[col * m + col]!;
    for (let r = col + 1; r < m; r++) {
      const f = A[r * m + col]! / d;
      if (f === 0) continue;
      for (let k = col; k < m; k++) A[r * m + k]! -= f * A[col * m + k]!;
      y[r]! -= f * y[col]!;
    }
  }
  for (let r = m - 1; r >= 0; r--) {
    let s = y[r]!;
    for (let k = r + 1; k < m; k++) s -= A[r * m + k]! * y[k]!;
    y[r] = s / A[r * m + r]!;
  }
  return y;
}

/**
 * BiCGSTAB (van der Vorst 1992), right-preconditioned with a symmetric Gauss–Seidel sweep
 * (`Sweeps`, made with the cycle's matrix), restarted from its own iterate when the recurrence residual drifts from the true
 * one. Null when it fails. The vector updates, dot products and norms of one step share a loop
 * wherever the recurrence allows: at 100k touchpoints each pass over the vectors costs as much
 * as a third of a matrix product, so the fused loops halve the time of an iteration.
 */
function bicgstab(cycle: Cycle, sweeps: Sweeps): Float64Array | null {
  const { size, b } = cycle;
  const x = new Float64Array(size);
  precondition(sweeps, b, x);
  const r = new Float64Array(size);
  const rHat = new Float64Array(size);
  const v = new Float64Array(size);
  const q = new Float64Array(size);
  const qHat = new Float64Array(size);
  const s = new Float64Array(size);
  const sHat = new Float64Array(size);
  const t = new Float64Array(size);
  for (let restart = 0; restart < KRYLOV_RESTARTS; restart++) {
    multiply(cycle, x, r);
    for (let k = 0; k < size; k++) r[k] = b[k]! - r[k]!;
    if (norm1(r) <= RELATIVE_RESIDUAL * norm1(x)) return x;
    rHat.set(r);
    v.fill(0);
    q.fill(0);
    let rho = 1;
    let alpha = 1;
    let omega = 1;
    let rhoNext = dot(rHat, r);
    for (let it = 0; it < KRYLOV_ITERATIONS; it++) {
      if (rhoNext === 0 || !Number.isFinite(rhoNext)) break;
      const beta = (rhoNext / rho) * (alpha / omega);
      rho = rhoNext;
      for (let k = 0; k < size; k++) q[k] = r[k]! + beta * (q[k]! - omega * v[k]!);
      precondition(sweeps, q, qHat);
      multiply(cycle, qHat, v);
      const rv = dot(rHat, v);
      if (rv === 0) break;
      alpha = rho / rv;
      for (let k = 0; k < size; k++) s[k] = r[k]! - alpha * v[k]!;
      precondition(sweeps, s, sHat);
      multiply(cycle, sHat, t);
      let tt = 0;
      let ts = 0;
      for (let k = 0; k < size; k++) {
        tt += t[k]! * t[k]!;
        ts += t[k]! * s[k]!;
      }
      omega = tt === 0 ? 0 : ts / tt;
      // the new iterate and residual, with ‖r‖₁, ‖x‖₁ and the next ρ = r̂·r in the same pass
      let rNorm = 0;
      let xNorm = 0;
      rhoNext = 0;
      for (let k = 0; k < size; k++) {
        const xk = (x[k]! += alpha * qHat[k]! + omega * sHat[k]!);
        const rk = (r[k] = s[k]! - omega * t[k]!);
        rNorm += Math.abs(rk);
        xNorm += Math.abs(xk);
        rhoNext += rHat[k]! * rk;
      }
      if (rNorm <= RECURRENCE_MARGIN * RELATIVE_RESIDUAL * xNorm || omega === 0) break;
    }
    if (!allFinite(x)) return null;
  }
  return residualNorm(cycle, x, t) <= RELATIVE_RESIDUAL * norm1(x) ? x : null;
}

/**
 * A cycle's matrix A = D − L − U split for the symmetric Gauss–Seidel preconditioner
 * M = (D − L)·D⁻¹·(D − U): D its diagonal, L the internal edges from touchpoints earlier in the
 * cycle's order, U those from later ones, each divided by its row's diagonal. Applying M⁻¹ is a
 * sweep forward and one back, about one matrix product; where customers go round nearly closed
 * loops (models mined from logs) it takes BiCGSTAB's iterations from 90 to under 30 per solve, where
 * the diagonal alone lets the slow error pass almost untouched (docs/decisions/analysis.md).
 */
interface Sweeps {
  /** 1 / the diagonal, by local position. */
  inverse: Float64Array;
  lowerPtr: Int32Array;
  lowerSrc: Int32Array;
  lowerP: Float64Array;
  upperPtr: Int32Array;
  upperSrc: Int32Array;
  upperP: Float64Array;
}

/**
 * A cycle matrix's two triangles by local position, each edge divided by its row's diagonal
 * (see `Sweeps`): made with the matrix, so a cycle solved for several right-hand sides splits once.
 */
function splitSweeps(size: number, ptr: Int32Array, src: Int32Array, p: Float64Array, diagonal: Float64Array): Sweeps {
  const inverse = new Float64Array(size);
  let lower = 0;
  for (let k = 0; k < size; k++) {
    inverse[k] = 1 / diagonal[k]!;
    for (let e = ptr[k]!; e < ptr[k + 1]!; e++) if (src[e]! < k) lower++;
  }
  const upper = ptr[size]! - lower;
  const sweeps: Sweeps = {
    inverse,
    lowerPtr: new Int32Array(size + 1),
    lowerSrc: new Int32Array(lower),
    lowerP: new Float64Array(lower),
    upperPtr: new Int32Array(size + 1),
    upperSrc: new Int32Array(upper),
    upperP: new Float64Array(upper),
  };
  for (let k = 0, l = 0, u = 0; k < size; k++) {
    for (let e = ptr[k]!; e < ptr[k + 1]!; e++) {
      const j = src[e]!;
      if (j < k) {
        sweeps.lowerSrc[l] = j;
        sweeps.lowerP[l++] = p[e]! * inverse[k]!;
      } else {
        sweeps.upperSrc[u] = j;
        sweeps.upperP[u++] = p[e]! * inverse[k]!;
      }
    }
    sweeps.lowerPtr[k + 1] = l;
    sweeps.upperPtr[k + 1] = u;
  }
  return sweeps;
}

/** z = M⁻¹r: (D − L)y = r forward, then (D − U)z = D·y backward, in place in z. */
function precondition(sweeps: Sweeps, r: Float64Array, z: Float64Array): void {
  const { inverse, lowerPtr, lowerSrc, lowerP, upperPtr, upperSrc, upperP } = sweeps;
  const size = inverse.length;
  for (let k = 0; k < size; k++) {
    let t = r[k]! * inverse[k]!;
    for (let e = lowerPtr[k]!; e < lowerPtr[k + 1]!; e++) t += lowerP[e]! * z[lowerSrc[e]!]!;
    z[k] = t;
  }
  for (let k = size - 1; k >= 0; k--) {
    let t = z[k]!;
    for (let e = upperPtr[k]!; e < upperPtr[k + 1]!; e++) t += upperP[e]! * z[upperSrc[e]!]!;
    z[k] = t;
  }
}

function allFinite(v: Float64Array): boolean {
  for (let k = 0; k < v.length; k++) if (!Number.isFinite(v[k]!)) return false;
  return true;
}

/** Gauss–Seidel sweeps: slow on slowly mixing cycles but monotone for these M-matrices. */
function gaussSeidel(cycle: Cycle): Float64Array | null {
  const { size, b, ptr, src, p, diagonal } = cycle;
  const x = new Float64Array(size);
  const scratch = new Float64Array(size);
  for (let sweep = 1; sweep <= GAUSS_SEIDEL_SWEEPS; sweep++) {
    for (let k = 0; k < size; k++) {
      let s = b[k]!;
      for (let e = ptr[k]!; e < ptr[k + 1]!; e++) s += p[e]! * x[src[e]!]!;
      x[k] = s / diagonal[k]!;
    }
    if (sweep % 10 === 0 && residualNorm(cycle, x, scratch) <= RELATIVE_RESIDUAL * norm1(x)) return x;
  }
  return null;
}
