/**
 * Strongly connected components of the subgraph induced by `include`, on a graph given as
 * compressed adjacency (`targets[start[v] … start[v+1])` are v's successors). Tarjan's
 * algorithm with an explicit stack, so that a path of 100,000 touchpoints cannot overflow the
 * call stack. Returns each node's component number (−1 outside `include`).
 *
 * @example
 * // 0 ⇄ 1 → 2
 * strongComponents(Int32Array.of(0, 1, 3, 3), Int32Array.of(1, 0, 2), Uint8Array.of(1, 1, 1));
 * // Int32Array [1, 1, 0]: {2} is found first, then {0, 1}
 */
export function strongComponents(start: Int32Array, targets: Int32Array, include: Uint8Array): Int32Array {
  const n = include.length;
  const order = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const next = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const component = new Int32Array(n).fill(-1);
  const stack: number[] = [];
  const calls: number[] = [];
  let counter = 0;
  let components = 0;
  const visit = (v: number) => {
    order[v] = low[v] = counter++;
    next[v] = start[v]!;
    stack.push(v);
    onStack[v] = 1;
    calls.push(v);
  };
  for (let root = 0; root < n; root++) {
    if (!include[root] || order[root] !== -1) continue;
    visit(root);
    while (calls.length > 0) {
      const v = calls[calls.length - 1]!;
      if (next[v]! < start[v + 1]!) {
        const w = targets[next[v]!++]!;
        if (!include[w]) continue;
        if (order[w] === -1) visit(w);
        else if (onStack[w]) low[v] = Math.min(low[v]!, order[w]!);
        continue;
      }
      calls.pop();
      const parent = calls[calls.length - 1];
      if (parent !== undefined) low[parent] = Math.min(low[parent]!, low[v]!);
      if (low[v] === order[v]) {
        let w: number;
        do {
          w = stack.pop()!;
          onStack[w] = 0;
          component[w] = components;
        } while (w !== v);
        components++;
      }
    }
  }
  return component;
}
