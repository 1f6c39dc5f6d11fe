/**
 * Gaussian elimination with partial pivoting, A x = b, on plain arrays: the dense reference the
 * tests hold the sparse solvers against. A zero pivot (a state nobody reaches, whose column is
 * empty) leaves its unknown at 0.
 */
export function denseSolve(A: number[][], b: number[]): number[] {
  const m = b.length;
  const a = A.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < m; c++) {
    let pivot = c;
    for (let r = c + 1; r < m; r++) if (Math.abs(a[r]![c]!) > Math.abs(a[pivot]![c]!)) pivot = r;
    [a[c], a[pivot]] = [a[pivot]!, a[c]!];
    if (a[c]![c] === 0) continue;
    for (let r = c + 1; r < m; r++) {
      const f = a[r]![c]! / a[c]![c]!;
      if (f === 0) continue;
      for (let k = c; k <= m; k++) a[r]![k]! -= f * a[c]![k]!;
    }
  }
  const x = new Array<number>(m).fill(0);
  for (let r = m - 1; r >= 0; r--) {
    let s = a[r]![m]!;
    for (let k = r + 1; k < m; k++) s -= a[r]![k]! * x[k]!;
    x[r] = a[r]![r] === 0 ? 0 : s / a[r]![r]!;
  }
  return x;
}
