// The small models the concepts page draws live: each shows one idea on a journey short enough
// to count by hand. A permit office: the customer applies at the front desk, the back office
// decides, sometimes a field inspector looks at the site.
const departments = [
  { id: "desk", name: "Front desk" },
  { id: "office", name: "Back office", lane: "backstage" as const },
  { id: "field", name: "Field inspection", lane: "support" as const },
];

const step = (name: string, type: "value" | "necessary" | "waste", minutes: number, waste?: string) => ({
  name,
  type,
  minutes,
  ...(waste && { waste }),
});

/** desk → office: one hand-off. */
export const handoff = {
  id: "handoff",
  name: "One hand-off",
  departments: departments.slice(0, 2),
  touchpoints: [
    { id: "apply", name: "Apply at the desk", department: "desk", entry: 1, steps: [step("Fill in the form", "necessary", 15)] },
    { id: "decide", name: "Decision", department: "office", steps: [step("Decide", "value", 20)] },
    { id: "granted", name: "Permit granted", department: "office", outcome: "resolved", steps: [] },
  ],
  transitions: [
    { from: "apply", to: "decide", wait: 2880 },
    { from: "decide", to: "granted" },
  ],
};

/** desk → office → desk: the customer is sent straight back, a ping-pong. */
export const pingPong = {
  id: "ping-pong",
  name: "A ping-pong",
  departments: departments.slice(0, 2),
  touchpoints: [
    { id: "apply", name: "Apply at the desk", department: "desk", entry: 1, steps: [step("Fill in the form", "necessary", 15)] },
    { id: "check", name: "Check the papers", department: "office", steps: [step("Find a paper missing", "waste", 10, "errors")] },
    { id: "bring", name: "Bring the missing paper", department: "desk", steps: [step("Come back with it", "waste", 40, "movement")] },
    { id: "decide", name: "Decision", department: "desk", steps: [step("Decide", "value", 20)] },
    { id: "granted", name: "Permit granted", department: "desk", outcome: "resolved", steps: [] },
  ],
  transitions: [
    { from: "apply", to: "check", wait: 1440 },
    { from: "check", to: "bring", wait: 4320, failure: true },
    { from: "bring", to: "decide", wait: 60 },
    { from: "decide", to: "granted" },
  ],
};

/** desk → office → field → desk: back at the desk after a detour, a revisit without a ping-pong. */
export const revisit = {
  id: "revisit",
  name: "A revisit",
  departments,
  touchpoints: [
    { id: "apply", name: "Apply at the desk", department: "desk", entry: 1, steps: [step("Fill in the form", "necessary", 15)] },
    { id: "check", name: "Check the papers", department: "office", steps: [step("Check", "necessary", 10)] },
    { id: "inspect", name: "Site inspection", department: "field", steps: [step("Show the site", "value", 60)] },
    { id: "collect", name: "Collect the permit", department: "desk", steps: [step("Queue at the desk", "waste", 30, "delay")] },
    { id: "granted", name: "Permit granted", department: "desk", outcome: "resolved", steps: [] },
  ],
  transitions: [
    { from: "apply", to: "check", wait: 1440 },
    { from: "check", to: "inspect", wait: 7200 },
    { from: "inspect", to: "collect", wait: 2880 },
    { from: "collect", to: "granted" },
  ],
};

/**
 * Two ways to the same permit: most applications are decided at once; a fifth go to the back
 * office and come back. The first is the ideal route, the second loses its excess minutes.
 */
export const ideal = {
  id: "ideal",
  name: "The ideal route and the excess",
  departments: departments.slice(0, 2),
  touchpoints: [
    { id: "apply", name: "Apply at the desk", department: "desk", entry: 1, steps: [step("Fill in the form", "necessary", 15)] },
    { id: "check", name: "Back-office check", department: "office", steps: [step("Check again", "waste", 20, "duplication")] },
    { id: "decide", name: "Decision", department: "desk", steps: [step("Decide", "value", 20)] },
    { id: "granted", name: "Permit granted", department: "desk", outcome: "resolved", steps: [] },
  ],
  transitions: [
    { from: "apply", to: "decide", probability: 0.8, wait: 30 },
    { from: "apply", to: "check", probability: 0.2, wait: 2880 },
    { from: "check", to: "decide", wait: 1440 },
    { from: "decide", to: "granted" },
  ],
};

/**
 * A made-up log of four permit applications, small enough to read: the event-logs guide reads,
 * measures and mines it live. Case 2 ping-pongs between the desk and the back office.
 */
export const smallLog = {
  text: `case,activity,time,team
1,Apply,2024-03-04 09:00,desk
1,Check,2024-03-05 10:00,office
1,Decide,2024-03-06 11:00,office
2,Apply,2024-03-04 09:30,desk
2,Check,2024-03-05 14:00,office
2,Ask for a paper,2024-03-08 09:00,desk
2,Check,2024-03-11 10:00,office
2,Decide,2024-03-12 15:00,office
3,Apply,2024-03-05 08:15,desk
3,Decide,2024-03-05 08:45,desk
4,Apply,2024-03-06 13:00,desk
4,Check,2024-03-07 09:00,office
4,Inspect,2024-03-12 10:00,field
4,Decide,2024-03-14 16:00,office
`,
  mapping: { case: "case", activity: "activity", timestamp: "time", department: "team" },
  name: "Permit applications, mined from four cases",
};
