/**
 * A sparse linear system x = b + Qᵀx over n touchpoints, stored as incoming edges (CSR), with
 * its strongly connected components in topological order: solving component by component
 * turns the acyclic part into plain substitution and leaves only the cycles to a solver.
 */
export interface FlowSystem {
  n: number;
  /** Incoming edges of node i: sources `inSrc[inPtr[i] .. inPtr[i+1])` with probabilities `inP`. */
  inPtr: Int32Array;
  inSrc: Int32Array;
  inP: Float64Array;
  /** Nodes grouped by component, components in topological order (upstream first). */
  order: Int32Array;
  /** Component c holds `order[start[c] .. start[c+1])`. */
  start: Int32Array;
  /** Component of each node, and the node's position inside it. */
  component: Int32Array;
  position: Int32Array;
  /**
   * With `stochastic`: the probability of leaving each node's component, summed from the edges
   * that leave it (never as 1 − the edges that stay, which cancels to noise when a loop is
   * nearly closed); null otherwise.
   */
  exit: Float64Array | null;
}

/** Options of `flowSystem`. */
export interface FlowSystemOptions {
  /**
   * The edges given carry all of each node's customers: a node's probabilities sum to 1 (or it
   * has no edge). The solver then works subtraction-free (see `exit`), accurate to a few ulps
   * however nearly closed a loop is.
   */
  stochastic?: boolean;
}

/**
 * Builds the system of the edges e with `keep(e)` (edge e goes from `from[e]` to `to[e]`
 * with probability `p[e]`) and finds its components with an iterative Tarjan.
 *
 * @example
 * const s = flowSystem(2, Int32Array.of(0, 1), Int32Array.of(1, 0), Float64Array.of(0.5, 0.5), () => true);
 * s.start.length - 1; // 1 component: the cycle 0 ⇄ 1
 */
export function flowSystem(
  n: number,
  from: Int32Array,
  to: Int32Array,
  p: Float64Array,
  keep: (edge: number) => boolean,
  options: FlowSystemOptions = {},
): FlowSystem {
  const inPtr = new Int32Array(n + 1);
  let count = 0;
  for (let e = 0; e < from.length; e++) {
    if (!keep(e)) continue;
    inPtr[to[e]! + 1]!++;
    count++;
  }
  for (let i = 0; i < n; i++) inPtr[i + 1]! += inPtr[i]!;
  const fill = inPtr.slice(0, n);
  const inSrc = new Int32Array(count);
  const inP = new Float64Array(count);
  for (let e = 0; e < from.length; e++) {
    if (!keep(e)) continue;
    const k = fill[to[e]!]!++;
    inSrc[k] = from[e]!;
    inP[k] = p[e]!;
  }
  const parts = components(n, inPtr, inSrc);
  return { n, inPtr, inSrc, inP, ...parts, exit: options.stochastic ? exits(from, to, p, keep, parts.component, n) : null };
}

/**
 * The system of the incoming edges given as CSR (sources `inSrc[inPtr[i] .. inPtr[i+1])` of
 * node i, probabilities `inP`), kept as they are: for a caller that builds its edges grouped
 * by target anyway. Not stochastic (`exit` is null).
 *
 * @example
 * incomingFlowSystem(2, Int32Array.of(0, 1, 2), Int32Array.of(1, 0), Float64Array.of(0.5, 1)).start.length - 1; // 1
 */
export function incomingFlowSystem(n: number, inPtr: Int32Array, inSrc: Int32Array, inP: Float64Array): FlowSystem {
  return { n, inPtr, inSrc, inP, ...components(n, inPtr, inSrc), exit: null };
}

/** Per node, the probability of its edges that leave its component (or are not kept). */
function exits(from: Int32Array, to: Int32Array, p: Float64Array, keep: (edge: number) => boolean, component: Int32Array, n: number) {
  const exit = new Float64Array(n);
  for (let e = 0; e < from.length; e++) {
    const i = from[e]!;
    if (!keep(e) || component[to[e]!] !== component[i]) exit[i]! += p[e]!;
  }
  return exit;
}

/**
 * Tarjan's algorithm, iterative, on the reversed graph (we walk incoming edges): it emits a
 * component once every component it can reach — in the reversed graph, every upstream
 * component — has been emitted, which is the topological order of the forward graph.
 */
function components(n: number, inPtr: Int32Array, inSrc: Int32Array) {
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack = new Int32Array(n);
  const callNode = new Int32Array(n);
  const callEdge = new Int32Array(n);
  const order = new Int32Array(n);
  const start: number[] = [0];
  const component = new Int32Array(n);
  const position = new Int32Array(n);
  let sp = 0;
  let emitted = 0;
  let counter = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    let top = 0;
    index[root] = low[root] = counter++;
    stack[sp++] = root;
    onStack[root] = 1;
    callNode[0] = root;
    callEdge[0] = inPtr[root]!;
    while (top >= 0) {
      const v = callNode[top]!;
      const k = callEdge[top]!;
      if (k < inPtr[v + 1]!) {
        callEdge[top] = k + 1;
        const w = inSrc[k]!;
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          stack[sp++] = w;
          onStack[w] = 1;
          top++;
          callNode[top] = w;
          callEdge[top] = inPtr[w]!;
        } else if (onStack[w] && index[w]! < low[v]!) {
          low[v] = index[w]!;
        }
        continue;
      }
      top--;
      if (top >= 0) {
        const u = callNode[top]!;
        if (low[v]! < low[u]!) low[u] = low[v]!;
      }
      if (low[v] !== index[v]) continue;
      const c = start.length - 1;
      let w: number;
      const first = emitted;
      do {
        w = stack[--sp]!;
        onStack[w] = 0;
        component[w] = c;
        position[w] = emitted - first;
        order[emitted++] = w;
      } while (w !== v);
      start.push(emitted);
    }
  }
  return { order, start: Int32Array.from(start), component, position };
}
