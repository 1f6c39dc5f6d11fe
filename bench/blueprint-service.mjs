// A generated service for the visualiser's size tests and the render benchmark (DESIGN §10):
// n touchpoints in 12 departments over the three lanes, long realistic names, a forward chain so
// every touchpoint reaches an outcome, plus short loops back (ping-pong) and failure demand.

import { random } from "./random.mjs";

const DEPARTMENTS = [
  ["contact", "Contact centre", "frontstage"],
  ["reception", "Reception and registration desk", "frontstage"],
  ["nurse", "Nurse practitioners", "frontstage"],
  ["gp", "General practitioners", "frontstage"],
  ["clinic", "Specialist outpatient clinic", "frontstage"],
  ["web", "Online services", "frontstage"],
  ["referrals", "Referral office", "backstage"],
  ["billing", "Billing and insurance", "backstage"],
  ["scheduling", "Scheduling team", "backstage"],
  ["lab", "Laboratory", "support"],
  ["imaging", "Imaging (radiology)", "support"],
  ["records", "Medical records archive", "support"],
];
const VERBS = ["Check", "Book", "Confirm", "Explain", "Repeat", "Collect", "Review", "Send", "Wait for", "Sign"];
const THINGS = ["the referral", "blood results", "insurance papers", "an appointment", "the symptoms", "old records", "the invoice", "X-ray images", "a consent form", "the medication list"];
const WASTES = ["delay", "duplication", "movement", "unclear-communication", "errors"];

/**
 * A valid service model of `n` touchpoints (n ≥ 4) for drawing: every 40th touchpoint and the last
 * two are outcomes; the others move on to the next touchpoint and to one or two more, some back.
 */
export function blueprintService(n = 300, seed = 7) {
  const rnd = random(seed);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const isOutcome = (i) => i >= n - 2 || i % 40 === 39;
  const touchpoints = [];
  for (let i = 0; i < n; i++) {
    // Departments in runs of neighbours with some scattered, like real services.
    const department = DEPARTMENTS[rnd() < 0.7 ? Math.floor(i / 5) % DEPARTMENTS.length : Math.floor(rnd() * DEPARTMENTS.length)][0];
    const name = `${pick(VERBS)} ${pick(THINGS)} (${i})`;
    if (isOutcome(i)) {
      touchpoints.push({ id: `t${i}`, name, department, outcome: i === n - 1 || rnd() < 0.5 ? "resolved" : "abandoned", steps: [] });
      continue;
    }
    const steps = [
      { name: "Queue", type: "waste", waste: pick(WASTES), minutes: Math.round(rnd() * 30) },
      { name: "Get help", type: "value", minutes: 1 + Math.round(rnd() * 15) },
      { name: "Identify", type: "necessary", minutes: Math.round(rnd() * 3) },
    ];
    touchpoints.push({ id: `t${i}`, name, department, steps, ...(i % 97 === 0 ? { entry: 1 } : {}) });
  }
  const transitions = [];
  for (let i = 0; i < n; i++) {
    if (isOutcome(i)) continue;
    const targets = new Set([i + 1]);
    const extra = 1 + Math.floor(rnd() * 2);
    for (let k = 0; k < extra; k++) {
      const back = rnd() < 0.25 && i > 3;
      const j = back ? i - 1 - Math.floor(rnd() * 3) : Math.min(n - 1, i + 2 + Math.floor(rnd() * 6));
      targets.add(j);
    }
    const list = [...targets];
    // Forward first with the most weight; a loop back is failure demand.
    const weights = list.map((j, k) => (k === 0 ? 0.6 : 0.4 / (list.length - 1)));
    list.forEach((j, k) =>
      transitions.push({
        from: `t${i}`,
        to: `t${j}`,
        probability: weights[k],
        wait: Math.round(rnd() * 2000),
        ...(j < i ? { failure: true } : {}),
      }),
    );
  }
  return {
    id: `generated-${n}`,
    name: `Generated service of ${n} touchpoints`,
    departments: DEPARTMENTS.map(([id, name, lane]) => ({ id, name, lane })),
    touchpoints,
    transitions,
  };
}
