/**
 * The indices 0 … labels.length − 1 grouped by their label (a counting sort): the indices with
 * label g are `indices[start[g] … start[g+1])`, in increasing order. Negative labels belong to
 * no group and are left out.
 *
 * @example
 * groupedIndices(2, Int32Array.of(1, 0, 1, -1)); // [Int32Array [0, 1, 3], Int32Array [1, 0, 2]]
 */
export function groupedIndices(groups: number, labels: Int32Array): [start: Int32Array, indices: Int32Array] {
  const start = new Int32Array(groups + 1);
  for (let i = 0; i < labels.length; i++) if (labels[i]! >= 0) start[labels[i]! + 1]!++;
  for (let g = 0; g < groups; g++) start[g + 1]! += start[g]!;
  const fill = start.slice(0, groups);
  const indices = new Int32Array(start[groups]!);
  for (let i = 0; i < labels.length; i++) if (labels[i]! >= 0) indices[fill[labels[i]!]!++] = i;
  return [start, indices];
}
