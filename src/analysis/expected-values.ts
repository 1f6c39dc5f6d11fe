import { attributedWaste } from "./attributed-waste.js";
import { expectedPingPongs } from "./expected-ping-pongs.js";
import { expectedRevisits } from "./expected-revisits.js";
import { ABANDONED, RESOLVED, type MarkovChain } from "./markov-chain.js";
import type { ExpectedValues, HandoffCount } from "./report.js";

/**
 * Every expected value per customer of DESIGN §4 from the expected visits: with the flow on a
 * transition F(u,v) = v(u)·p(u,v), minutes = Σ v(t)·minutes(t) + Σ F·wait and likewise every
 * split (waits are waste), hand-offs = Σ F over transitions between departments, ping-pongs
 * from the second-order chain, revisits from one hitting probability per department. Objects keyed by id have a null prototype.
 *
 * @example
 * expectedValues(chain, expectedVisits(chain)).minutes; // 41.43
 */
export function expectedValues(chain: MarkovChain, visits: Float64Array): ExpectedValues {
  const { n, m, from, to, p, wait, department, outcome } = chain;
  let valueMinutes = 0;
  let necessaryMinutes = 0;
  let wasteMinutes = 0;
  let cost = 0;
  let wasteCost = 0;
  let totalVisits = 0;
  let resolved = 0;
  let abandoned = 0;
  for (let i = 0; i < n; i++) {
    const v = visits[i]!;
    valueMinutes += v * chain.valueMinutes[i]!;
    necessaryMinutes += v * chain.necessaryMinutes[i]!;
    wasteMinutes += v * chain.wasteMinutes[i]!;
    cost += v * chain.cost[i]!;
    wasteCost += v * chain.wasteCost[i]!;
    totalVisits += v;
    if (outcome[i] === RESOLVED) resolved += v;
    else if (outcome[i] === ABANDONED) abandoned += v;
  }

  const byCategory = new Float64Array(chain.categories.length);
  const { stepWaste } = chain;
  for (let k = 0; k < stepWaste.touchpoint.length; k++) {
    byCategory[stepWaste.category[k]!]! += visits[stepWaste.touchpoint[k]!]! * stepWaste.minutes[k]!;
  }
  const D = chain.departments.length;
  const pairs = new Map<number, number>();
  let handoffs = 0;
  let failureVisits = 0;
  for (let e = 0; e < m; e++) {
    const flow = visits[from[e]!]! * p[e]!;
    if (flow === 0) continue;
    if (wait[e]! > 0) {
      wasteMinutes += flow * wait[e]!;
      byCategory[chain.waitCategory[e]!]! += flow * wait[e]!;
    }
    if (chain.failure[e]) failureVisits += flow;
    const a = department[from[e]!]!;
    const b = department[to[e]!]!;
    if (a !== b) {
      handoffs += flow;
      pairs.set(a * D + b, (pairs.get(a * D + b) ?? 0) + flow);
    }
  }

  const waste = attributedWaste(chain, visits);
  const byDepartment = new Float64Array(D);
  for (let i = 0; i < n; i++) byDepartment[department[i]!]! += waste[i]!;

  const minutes = valueMinutes + necessaryMinutes + wasteMinutes;
  return {
    minutes,
    valueMinutes,
    necessaryMinutes,
    wasteMinutes,
    flowEfficiency: minutes > 0 ? valueMinutes / minutes : 0,
    handoffs,
    pingPongs: expectedPingPongs(chain, visits),
    revisits: expectedRevisits(chain, visits, handoffs),
    failureDemandShare: totalVisits > 0 ? failureVisits / totalVisits : 0,
    resolved,
    abandoned,
    cost,
    wasteCost,
    visits: keyed(chain.ids, visits),
    wasteByCategory: keyed(chain.categories, byCategory),
    wasteByDepartment: keyed(chain.departments, byDepartment),
    handoffsByPair: handoffCounts(pairs, chain.departments),
  };
}

/** A null-prototype object, so that an id like `__proto__` is an ordinary key. */
function keyed(ids: readonly string[], values: Float64Array): Record<string, number> {
  const out: Record<string, number> = Object.create(null);
  ids.forEach((id, i) => (out[id] = values[i]!));
  return out;
}

/** Largest first; ties in the order of the departments in the model. */
function handoffCounts(pairs: Map<number, number>, departments: readonly string[]): HandoffCount[] {
  const D = departments.length;
  return [...pairs]
    .sort(([ka, a], [kb, b]) => b - a || ka - kb)
    .map(([k, count]) => ({ from: departments[Math.floor(k / D)]!, to: departments[k % D]!, count }));
}
