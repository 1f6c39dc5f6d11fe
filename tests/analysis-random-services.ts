// Random valid service models for the property and simulation tests, built from a seed so that
// a failing case can be replayed.

const WASTES = ["delay", "duplication", "movement", "errors", "custom waste"];

/** mulberry32: a small seeded PRNG. */
export function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A valid model of up to 6 touchpoints without outcome and up to 3 outcomes (placed last):
 * each touchpoint has a transition to a later one, so every customer reaches an outcome, and
 * up to two more — anywhere (cycles, failure demand) or, when `acyclic`, only forward.
 * Transitions give probabilities or, sometimes, volumes; steps, waits and costs are random.
 */
export function randomService(seed: number, { acyclic = false } = {}) {
  const rnd = random(seed);
  const int = (a: number, b: number) => a + Math.floor(rnd() * (b - a + 1));
  const nD = int(1, 3);
  const nT = int(1, 6);
  const nO = int(1, 3);
  const n = nT + nO;
  const department = () => `d${int(0, nD - 1)}`;
  const touchpoints = Array.from({ length: n }, (_, i) => {
    const steps = Array.from({ length: int(0, 3) }, (_, k) => {
      const type = (["value", "necessary", "waste"] as const)[int(0, 2)]!;
      return {
        name: `step ${k}`,
        type,
        ...(type === "waste" ? { waste: WASTES[int(0, WASTES.length - 1)]! } : {}),
        minutes: int(0, 20),
        ...(rnd() < 0.4 ? { cost: int(0, 50) } : {}),
      };
    });
    const entry = i === 0 ? true : i < nT && rnd() < 0.3 ? int(1, 3) : undefined;
    const outcome = i < nT ? undefined : i === nT || rnd() < 0.5 ? "resolved" : "abandoned";
    return {
      id: `t${i}`,
      department: department(),
      ...(entry === undefined ? {} : { entry }),
      ...(outcome === undefined ? {} : { outcome }),
      steps,
    };
  });
  const transitions: Record<string, unknown>[] = [];
  for (let i = 0; i < nT; i++) {
    const targets = new Set([int(i + 1, n - 1)]);
    const extra = int(0, 2);
    for (let k = 0; k < extra; k++) targets.add(acyclic ? int(i + 1, n - 1) : int(0, n - 1));
    const weights = [...targets].map(() => int(1, 5));
    const total = weights.reduce((a, b) => a + b, 0);
    const byVolume = rnd() < 0.25;
    let left = 1;
    [...targets].forEach((to, k) => {
      const probability = k === targets.size - 1 ? left : weights[k]! / total;
      left -= probability;
      transitions.push({
        from: `t${i}`,
        to: `t${to}`,
        ...(byVolume ? { volume: weights[k]! } : { probability }),
        ...(rnd() < 0.4 ? { wait: int(0, 100) } : {}),
        ...(rnd() < 0.3 ? { waste: WASTES[int(0, WASTES.length - 1)] } : {}),
        ...(to <= i && rnd() < 0.5 ? { failure: true } : {}),
      });
    });
  }
  return {
    id: `random-${seed}`,
    ...(rnd() < 0.5 ? { volume: int(1, 10000) } : {}),
    departments: Array.from({ length: nD }, (_, d) => ({ id: `d${d}` })),
    touchpoints,
    transitions,
  };
}
