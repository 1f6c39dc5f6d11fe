// The wander figures of one journey counted here, independently of the library's wanderMetrics,
// so that tests which compare the library with a simulation or a log do not measure the journeys
// with the code under test. Counted in one pass as the customer walks, not from the run list:
// a hand-off is a step into another department than the last known one; it is a ping-pong when
// it goes back to the department of the run before, and a revisit when that department was
// entered before at all.

/** Hand-offs, ping-pongs, revisits and repeats of one journey; null or "" departments are unknown. */
export function countWander(touchpoints: ArrayLike<unknown>, departments: ArrayLike<string | number | null | undefined>) {
  let handoffs = 0;
  let pingPongs = 0;
  let revisits = 0;
  let current: unknown = undefined;
  let previous: unknown = undefined;
  const entered = new Set<unknown>();
  for (let i = 0; i < departments.length; i++) {
    const d = departments[i];
    if (d === null || d === undefined) continue;
    if (current === undefined) {
      current = d;
      entered.add(d);
      continue;
    }
    if (d === current) continue;
    handoffs++;
    if (d === previous) pingPongs++;
    if (entered.has(d)) revisits++;
    entered.add(d);
    previous = current;
    current = d;
  }
  const seen = new Set<unknown>();
  let repeats = 0;
  for (let i = 0; i < touchpoints.length; i++) {
    if (seen.has(touchpoints[i])) repeats++;
    seen.add(touchpoints[i]);
  }
  return { handoffs, pingPongs, revisits, repeats };
}
