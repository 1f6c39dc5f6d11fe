// docs/.vitepress/real-log.ts
import { createReadStream, existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

// src/model/schema.ts
import { z } from "file:///work/wt/reader/node_modules/zod/index.js";
var MODEL_BOUNDS = Object.freeze({ minutes: 1e9, cost: 1e9, weight: 1e15 });
var id = z.string().min(1).describe("A non-empty identifier; any string works, `__proto__` included.");
var minutes = z.number().finite().nonnegative().max(MODEL_BOUNDS.minutes);
var cost = z.number().finite().nonnegative().max(MODEL_BOUNDS.cost);
var weight = z.number().finite().nonnegative().max(MODEL_BOUNDS.weight);
var STANDARD_WASTES = [
  "delay",
  "duplication",
  "movement",
  "unclear-communication",
  "incorrect-inventory",
  "opportunity-lost",
  "errors"
];
var LANES = ["frontstage", "backstage", "support"];
var STEP_TYPES = ["value", "necessary", "waste"];
var OUTCOMES = ["resolved", "abandoned"];
var wasteCategory = z.string().min(1).describe(`Waste category: one of ${STANDARD_WASTES.join(", ")}, or any other non-empty string as a custom category.`);
var DepartmentSchema = z.strictObject({
  id,
  name: z.string().optional().describe("Display name; defaults to the id."),
  lane: z.enum(LANES).optional().describe("Blueprint lane: frontstage (the customer sees it, the default), backstage or support.")
}).describe("A department, team or organisation unit the customer meets or depends on.");
var StepSchema = z.strictObject({
  name: z.string().min(1).describe("What happens, from the customer's point of view."),
  type: z.enum(STEP_TYPES).describe("value: the customer would pay for it; necessary: required (law, safety), reduce it; waste: remove it."),
  waste: wasteCategory.optional(),
  minutes: minutes.describe("The customer's time on this step, in minutes."),
  cost: cost.optional().describe("The organisation's cost of this step.")
}).describe("One step of a touchpoint.");
var TouchpointSchema = z.strictObject({
  id,
  name: z.string().optional().describe("Display name; defaults to the id."),
  department: id.describe("The id of the department that owns this touchpoint."),
  channel: z.string().optional().describe("Free text: phone, desk, web, letter, \u2026"),
  entry: z.union([z.boolean(), weight]).optional().describe("Entry weight: customers start here (true = 1). At least one touchpoint needs one."),
  outcome: z.enum(OUTCOMES).optional().describe("Terminal touchpoints only: the customer's trip ends here, resolved or abandoned."),
  steps: z.array(StepSchema).describe("The steps of a visit, in order."),
  group: id.optional().describe(
    "The id of the touchpoint this one refines (a mined model's history): touchpoints of one group share its name and department and are drawn and addressed as one."
  )
}).describe("A place where the customer meets the service.");
var TransitionSchema = z.strictObject({
  from: id.describe("The touchpoint the customer leaves."),
  to: id.describe("The touchpoint the customer goes to next."),
  probability: z.number().finite().min(0).max(1).optional().describe("Share of customers leaving `from` who go to `to`."),
  volume: weight.optional().describe("Count of customers taking this transition; used for the probabilities when none are given."),
  wait: minutes.optional().describe("Minutes the customer waits between the two touchpoints (waste, `delay` by default)."),
  waste: wasteCategory.optional().describe("Waste category of the wait; `delay` by default."),
  workingWait: minutes.optional().describe("The part of `wait` inside working hours, in minutes (the working clock; a mined model's, with a calendar)."),
  failure: z.boolean().optional().describe("The visit this transition leads to is failure demand.")
}).describe("A move from one touchpoint to another.");
var CLASSIFIED_FACTS = ["type", "minutes", "cost", "failure", "outcome"];
var MinedSchema = z.strictObject({
  cases: z.number().int().nonnegative().describe("The cases (or customer journeys) the model was mined from."),
  startTimes: z.boolean().describe("The log had start times, so the touchpoints carry service minutes."),
  classified: z.array(z.enum(CLASSIFIED_FACTS)).describe(`What a classification named for the activities (${CLASSIFIED_FACTS.join(", ")}); empty without one.`)
}).describe("Set by the miner: what the event log could tell. A figure resting on a default rather than on the log is reported as unknown.");
var ServiceSchema = z.strictObject({
  $schema: z.string().optional().describe("The JSON Schema of this file, for editors."),
  id,
  name: z.string().optional().describe("Display name; defaults to the id."),
  volume: weight.optional().describe("Customers per year, for yearly totals."),
  currency: z.string().optional().describe("Currency of the cost fields, e.g. EUR."),
  noun: z.string().min(1).optional().describe('What the service calls its customer, singular ("patient", "taxpayer"): the word of every headline; "customer" when absent.'),
  mined: MinedSchema.optional(),
  workingDayMinutes: z.number().positive().max(1440).optional().describe("The length of a working day in minutes, for working time in days (`workingWait`): e.g. 435 for 7 h 15 min."),
  departments: z.array(DepartmentSchema).min(1).describe("The departments, teams or units: at least one."),
  touchpoints: z.array(TouchpointSchema).min(1).describe("The touchpoints: at least one, and at least one with an entry weight."),
  transitions: z.array(TransitionSchema).describe("Where customers go from each touchpoint that is not an outcome.")
}).describe("A hukka service model, version 1.");

// src/model/excerpt-id.ts
var ID_CHARS = 60;
function excerptId(id2) {
  return id2.length <= ID_CHARS ? id2 : `${id2.slice(0, ID_CHARS - 1)}\u2026 (${id2.length.toLocaleString("en")} characters)`;
}

// src/model/format-path.ts
var IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
function formatPath(path) {
  if (path.length === 0) return "model";
  let text = "";
  for (const key of path) {
    if (typeof key === "number") text += `[${key}]`;
    else if (typeof key === "string" && IDENTIFIER.test(key)) text += text === "" ? key : `.${key}`;
    else text += `[${JSON.stringify(String(key))}]`;
  }
  return text;
}

// src/model/issue-message.ts
var LIST_LIMIT = 10;
function issueMessage(problem) {
  return `${formatPath(problem.path)}: ${describe(problem)}`;
}
function describe(p) {
  switch (p.code) {
    case "invalid_type":
      return p.input === void 0 ? `required field is missing: add ${article(p.expected)}` : `expected ${article(p.expected)}, got ${value(p.input)}`;
    case "too_small":
      if (p.origin === "string") return `must not be empty`;
      if (p.origin === "array") return `needs at least ${p.minimum} ${plural(Number(p.minimum), itemName(p.path))}, got none`;
      return `must be ${p.inclusive ? "\u2265" : ">"} ${bound(p.minimum)}, got ${value(p.input)}`;
    case "too_big":
      return `must be ${p.inclusive ? "\u2264" : "<"} ${bound(p.maximum)}, got ${value(p.input)}`;
    case "unrecognized_keys": {
      const known = knownFields(p.path);
      return `unknown ${plural(p.keys.length, "field")} ${p.keys.map(quote).join(", ")}${known ? ` (known: ${known.join(", ")})` : ""}`;
    }
    case "invalid_value":
      return p.input === void 0 ? `required field is missing: add ${quote(String(p.path.at(-1) ?? "value"))}, one of ${p.values.map(String).join(", ")}` : `unknown ${String(p.path.at(-1) ?? "value")} ${value(p.input)} (known: ${p.values.map(String).join(", ")})`;
    case "invalid_union":
      return p.path.at(-1) === "entry" ? `expected true, false or an entry weight \u2265 0, got ${value(p.input)}` : `invalid value ${value(p.input)}`;
    case "invalid_format":
    case "not_multiple_of":
    case "invalid_key":
    case "invalid_element":
    case "custom":
      return `${p.message}${p.input === void 0 ? "" : `, got ${value(p.input)}`}`;
    case "duplicate_id":
      return `duplicate ${p.kind} id ${quote(p.id)} (already used at ${formatPath(p.first)}); give each ${p.kind} its own id`;
    case "unknown_department":
      return `unknown department ${quote(p.value)} (known: ${list(p.known.map(excerptId))})`;
    case "unknown_touchpoint":
      return `unknown touchpoint ${quote(p.value)} (known: ${list(p.known.map(excerptId))})`;
    case "group_mismatch":
      return `${p.field} ${quote(p.value)} differs from ${quote(p.expected)} of touchpoints[${p.first}] in group ${quote(p.group)}: touchpoints of one group share their name and department (they are one touchpoint refined); give it the same ${p.field} or another group`;
    case "duplicate_transition":
      return `duplicate transition ${quote(p.from)} \u2192 ${quote(p.to)} (already at transitions[${p.first}]); a pair of touchpoints has at most one transition: merge them`;
    case "no_entry":
      return `no entry: no touchpoint has an entry weight > 0; add "entry": true to the touchpoint where customers start`;
    case "missing_outcome":
      return `touchpoint ${quote(p.id)} is a dead end: no transition leaves it and it has no outcome; add "outcome": "resolved" or "abandoned", or a transition out of it`;
    case "outcome_with_exits":
      return `touchpoint ${quote(p.id)} has outcome ${quote(p.outcome)} but transitions leave it (${refs(p.transitions)}); an outcome ends the trip: remove the outcome or those transitions`;
    case "probabilities_do_not_sum_to_one":
      return `probabilities out of touchpoint ${quote(p.id)} sum to ${round(p.sum)}, not 1 (${refs(p.transitions)}); make them add up to 1`;
    case "mixed_probabilities":
      return `touchpoint ${quote(p.id)}: ${refs(p.without)} ${p.without.length === 1 ? "gives" : "give"} no probability while ${p.given} other ${plural(p.given, "transition")} out of it ${p.given === 1 ? "gives" : "give"} one; give a probability on every transition out of ${quote(p.id)}, or on none`;
    case "mixed_volumes":
      return `touchpoint ${quote(p.id)}: ${refs(p.without)} ${p.without.length === 1 ? "gives" : "give"} no volume while ${p.given} other ${plural(p.given, "transition")} out of it ${p.given === 1 ? "gives" : "give"} one, and none gives a probability; give a volume on every transition out of ${quote(p.id)}, or probabilities`;
    case "zero_volumes":
      return `the volumes of the ${p.count} ${plural(p.count, "transition")} out of touchpoint ${quote(p.id)} are all 0, so they give no split; give a volume > 0 or probabilities`;
    case "missing_waste_category":
      return `waste step ${quote(p.step)} has no waste category; add "waste": one of ${STANDARD_WASTES.join(", ")}, or a custom category`;
    case "unexpected_waste_category":
      return `${p.type} step ${quote(p.step)} has a waste category (${quote(p.waste)}); only waste steps have one: remove "waste", or make the step "type": "waste"`;
    case "unreachable_outcome":
      return p.loop.length === 1 ? `customers who reach touchpoint ${quote(p.loop[0])} never get to an outcome: it only leads back to itself; add a transition towards an outcome` : `customers who reach touchpoint ${quote(p.loop[0])} never get to an outcome: touchpoints ${list(p.loop.map(quote))} only lead to each other; add a transition from one of them towards an outcome`;
    case "nearly_closed_loop": {
      const where = p.loop.length === 1 ? `go round it` : `go round the loop of touchpoints ${list(p.loop.map(quote))}`;
      const often = p.visits === null ? "so often that the count is beyond any figure" : `about ${Number(p.visits.toPrecision(2)).toExponential()} times on average`;
      return `customers who reach touchpoint ${quote(p.loop[0])} ${where} ${often} before they leave (more than 1e9): a loop this nearly closed gives no meaningful figure; give the transitions out of it a realistic probability or volume`;
    }
    case "unreachable_touchpoint":
      return `touchpoint ${quote(p.id)} is never reached: no transition with a probability > 0 leads to it from an entry; add one, make it an entry, or remove it`;
    case "uniform_split":
      return `touchpoint ${quote(p.id)} gives neither probabilities nor volumes on its ${p.count} transitions; assumed a uniform split (1/${p.count} each)`;
  }
}
function knownFields(path) {
  const shape = path.length === 0 ? ServiceSchema.shape : path.length === 2 && path[0] === "departments" ? DepartmentSchema.shape : path.length === 2 && path[0] === "touchpoints" ? TouchpointSchema.shape : path.length === 4 && path[0] === "touchpoints" && path[2] === "steps" ? StepSchema.shape : path.length === 2 && path[0] === "transitions" ? TransitionSchema.shape : null;
  return shape ? Object.keys(shape) : null;
}
function itemName(path) {
  const key = String(path.at(-1) ?? "item");
  return key.endsWith("s") ? key.slice(0, -1) : "item";
}
function refs(transitions) {
  const shown = transitions.slice(0, LIST_LIMIT).map(
    (t) => `transitions[${t.index}] \u2192 ${quote(t.to)}${t.probability === void 0 ? "" : ` ${round(t.probability)}`}`
  );
  const rest = transitions.length - shown.length;
  return shown.join(", ") + (rest > 0 ? ` and ${rest.toLocaleString("en-US")} more` : "");
}
function list(ids) {
  if (ids.length === 0) return "none";
  const rest = ids.length - LIST_LIMIT;
  return ids.slice(0, LIST_LIMIT).join(", ") + (rest > 0 ? `, \u2026 and ${rest.toLocaleString("en-US")} more` : "");
}
function value(input) {
  if (typeof input === "string") return quote(input);
  if (input === null) return "null";
  if (Array.isArray(input)) return "an array";
  if (typeof input === "object") return "an object";
  return String(input);
}
function quote(text) {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}\u2026` : text);
}
function bound(x) {
  return typeof x === "number" && Math.abs(x) >= 1e6 ? x.toExponential().replace("e+", "e") : String(x);
}
function article(type) {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
function plural(n, word) {
  return n === 1 ? word : `${word}s`;
}
function round(x) {
  return Number(x.toPrecision(12));
}

// src/analysis/wander-metrics.ts
function wanderMetrics(touchpoints, departments) {
  const runs = [];
  for (let i = 0; i < departments.length; i++) {
    const d = departments[i];
    if (d === null || d === void 0) continue;
    if (runs.length === 0 || runs[runs.length - 1] !== d) runs.push(d);
  }
  let pingPongs = 0;
  for (let i = 0; i + 2 < runs.length; i++) if (runs[i] === runs[i + 2]) pingPongs++;
  return {
    departments: runs,
    handoffs: Math.max(0, runs.length - 1),
    pingPongs,
    revisits: runs.length - new Set(runs).size,
    repeats: touchpoints.length - new Set(Array.from(touchpoints)).size
  };
}

// src/logs/event-log.ts
var MISSING_DEPARTMENT = 4294967295;
var NO_CUSTOMER = 4294967295;

// src/mining/mining-counts.ts
function compareMiningStates(a, b) {
  const last = (d) => d < 0 ? Number.MAX_SAFE_INTEGER : d;
  if (a.activity !== b.activity) return a.activity - b.activity;
  if (a.department !== b.department) return last(a.department) - last(b.department);
  if (a.history.length !== b.history.length) return a.history.length - b.history.length;
  for (let k = 0; k < a.history.length; k++) {
    if (a.history[k] !== b.history[k]) return last(a.history[k]) - last(b.history[k]);
  }
  return 0;
}

// src/mining/count-mining.ts
var MINING_DEFAULTS = Object.freeze({ missingDepartment: "inherit", history: 2, calendar: null });
var MS_PER_MINUTE = 6e4;
var UNKNOWN = -1;
function resolveMiningOptions(options) {
  const { missingDepartment, history, calendar } = { ...MINING_DEFAULTS, ...stripUndefined(options) };
  if (missingDepartment !== "inherit" && missingDepartment !== "unknown") {
    throw new RangeError(`invalid missingDepartment ${JSON.stringify(missingDepartment)}: use "inherit" or "unknown"`);
  }
  if (history !== 0 && history !== 1 && history !== 2) {
    throw new RangeError(`invalid history ${JSON.stringify(history)}: use 0, 1 or 2 (previous department runs a touchpoint remembers)`);
  }
  return { missingDepartment, history, calendar };
}
function stripUndefined(o) {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== void 0));
}
function countMining(log, options = {}) {
  const { missingDepartment, history, calendar } = resolveMiningOptions(options);
  const { caseStart, activity, department, time } = log;
  const hours = calendar && log.departments.map((name) => calendar.hours(name));
  const unknownHours = calendar?.hours(null);
  const start = log.start ?? null;
  const D = log.departments.length;
  const B = D + 2;
  const numeric = log.activities.length * B ** 3 < Number.MAX_SAFE_INTEGER;
  const stateIndex = /* @__PURE__ */ new Map();
  const states = [];
  const transitionIndex = /* @__PURE__ */ new Map();
  const transitions = [];
  const pairKey = (from, to) => from * 268435456 + to;
  let departments = new Int32Array(64);
  let cases = 0;
  for (let c = 0; c + 1 < caseStart.length; c++) {
    const from = caseStart[c];
    const to = caseStart[c + 1];
    if (from === to) continue;
    cases++;
    if (departments.length < to - from) departments = new Int32Array(2 * (to - from));
    placeDepartments(department, from, to, missingDepartment, departments);
    let h1 = 0;
    let h2 = 0;
    let current = departments[0];
    let previousState = -1;
    for (let i = from; i < to; i++) {
      const d = departments[i - from];
      if (i > from && d !== current) {
        h2 = h1;
        h1 = current + 2;
        current = d;
      }
      const a = activity[i];
      const slot1 = history >= 1 ? h1 : 0;
      const slot2 = history >= 2 ? h2 : 0;
      const key = numeric ? ((a * B + (d + 2)) * B + slot1) * B + slot2 : `${a},${d},${slot1},${slot2}`;
      let s = stateIndex.get(key);
      if (s === void 0) {
        s = states.length;
        const past = [slot2, slot1].filter((slot) => slot > 0).map((slot) => slot - 2);
        states.push({ activity: a, department: d, history: past, visits: 0, starts: 0, ends: 0, serviceMinutes: 0, serviceEvents: 0 });
        stateIndex.set(key, s);
      }
      const state = states[s];
      state.visits++;
      if (i === from) state.starts++;
      if (i === to - 1) state.ends++;
      const started = start === null ? Number.NaN : start[i];
      if (!Number.isNaN(started)) {
        state.serviceMinutes += (time[i] - started) / MS_PER_MINUTE;
        state.serviceEvents++;
      }
      if (previousState >= 0) {
        const k = pairKey(previousState, s);
        let t = transitionIndex.get(k);
        if (t === void 0) {
          t = transitions.length;
          transitions.push({ from: previousState, to: s, count: 0, waitMinutes: 0, ...hours && { workingWaitMinutes: 0 } });
          transitionIndex.set(k, t);
        }
        const arrived = Number.isNaN(started) ? time[i] : started;
        transitions[t].count++;
        transitions[t].waitMinutes += (arrived - time[i - 1]) / MS_PER_MINUTE;
        if (hours) transitions[t].workingWaitMinutes += (d < 0 ? unknownHours : hours[d]).minutesBetween(time[i - 1], arrived);
      }
      previousState = s;
    }
  }
  return canonical({
    format: "hukka-mining-counts",
    version: 1,
    history,
    missingDepartment,
    cases,
    events: log.events,
    activities: [...log.activities],
    departments: [...log.departments],
    hasStartTimes: start !== null && states.some((s) => s.serviceEvents > 0),
    ...calendar && { workingDayMinutes: calendar.dayMinutes },
    states,
    transitions
  });
}
function placeDepartments(department, from, to, rule, out) {
  let known = UNKNOWN;
  if (rule === "inherit") {
    for (let i = from; i < to && known === UNKNOWN; i++) if (department[i] !== MISSING_DEPARTMENT) known = department[i];
  }
  for (let i = from; i < to; i++) {
    const d = department[i];
    if (d !== MISSING_DEPARTMENT) known = d;
    out[i - from] = d !== MISSING_DEPARTMENT ? d : rule === "inherit" ? known : UNKNOWN;
  }
}
function canonical(counts) {
  const order = counts.states.map((_, s) => s).sort((a, b) => compareMiningStates(counts.states[a], counts.states[b]));
  const rank = new Int32Array(order.length);
  order.forEach((s, r) => rank[s] = r);
  return {
    ...counts,
    states: order.map((s) => counts.states[s]),
    transitions: counts.transitions.map((t) => ({ ...t, from: rank[t.from], to: rank[t.to] })).sort((a, b) => a.from - b.from || a.to - b.to)
  };
}

// src/log-report/activity-flows.ts
function activityFlows(log) {
  const n = log.activities.length;
  const starts = new Uint32Array(n);
  const ends = new Uint32Array(n);
  const pairs = [];
  const index = /* @__PURE__ */ new Map();
  const { activity, time, caseStart } = log;
  for (let c = 0; c + 1 < caseStart.length; c++) {
    const from = caseStart[c];
    const to = caseStart[c + 1];
    if (from === to) continue;
    starts[activity[from]]++;
    ends[activity[to - 1]]++;
    for (let i = from; i + 1 < to; i++) {
      const a = activity[i];
      const b = activity[i + 1];
      const key = a * n + b;
      let p = index.get(key);
      if (p === void 0) {
        p = pairs.length;
        pairs.push({ from: a, to: b, count: 0, totalMinutes: 0 });
        index.set(key, p);
      }
      const pair = pairs[p];
      pair.count++;
      pair.totalMinutes += (time[i + 1] - time[i]) / 6e4;
    }
  }
  return { pairs, starts, ends };
}

// src/log-report/count-variants.ts
function countVariants(log, top) {
  const { caseStart, activity } = log;
  const counts = /* @__PURE__ */ new Map();
  const asCodeUnits = log.activities.length <= 65535;
  for (let c = 0; c + 1 < caseStart.length; c++) {
    const events = activity.subarray(caseStart[c], caseStart[c + 1]);
    const key = asCodeUnits ? codeUnits(events) : events.join(",");
    const v = counts.get(key);
    if (v) v.count++;
    else counts.set(key, { firstCase: c, count: 1 });
  }
  const variants = [...counts.values()].sort((a, b) => b.count - a.count).slice(0, top);
  return { variants, variantCount: counts.size };
}
function codeUnits(values) {
  const PIECE = 4096;
  if (values.length <= PIECE) return String.fromCharCode.apply(null, values);
  let text = "";
  for (let i = 0; i < values.length; i += PIECE) text += String.fromCharCode.apply(null, values.subarray(i, i + PIECE));
  return text;
}

// src/log-report/case-returns.ts
var MS_PER_MINUTE2 = 6e4;
function caseReturns(log, relation, windowMinutes) {
  const { caseStart, time } = log;
  const windowMs = windowMinutes * MS_PER_MINUTE2;
  const first = (c) => time[caseStart[c]];
  const last = (c) => time[caseStart[c + 1] - 1];
  const isReturn = new Uint8Array(log.cases.length);
  const ends = [];
  for (let k = 0; k + 1 < relation.caseOf.length; k++) {
    const mine = Array.from(relation.cases.subarray(relation.caseOf[k], relation.caseOf[k + 1])).sort((a, b) => first(a) - first(b));
    ends.length = 0;
    for (const c of mine) {
      const start = first(c);
      let lo = 0;
      let hi = ends.length;
      while (lo < hi) {
        const mid = lo + hi >> 1;
        if (ends[mid] <= start) lo = mid + 1;
        else hi = mid;
      }
      if (lo > 0 && start - ends[lo - 1] <= windowMs) isReturn[c] = 1;
      const end = last(c);
      let at = ends.length;
      while (at > 0 && ends[at - 1] > end) at--;
      ends.splice(at, 0, end);
    }
  }
  return isReturn;
}

// src/log-report/case-customers.ts
function caseCustomers(log) {
  const { customer, caseStart } = log;
  if (customer === void 0 || customer === null || log.customers === void 0) return null;
  const more = log.moreCustomers ?? null;
  const caseCount = log.cases.length;
  const customerOf = new Uint32Array(caseCount + 1);
  const pairs = [];
  let several = 0;
  let without = 0;
  const seen = [];
  for (let c = 0; c < caseCount; c++) {
    seen.length = 0;
    for (let i = caseStart[c]; i < caseStart[c + 1]; i++) {
      const k = customer[i];
      if (k !== NO_CUSTOMER && !seen.includes(k)) seen.push(k);
      const others = more?.get(i);
      if (others !== void 0) {
        for (const o of others) if (!seen.includes(o)) seen.push(o);
      }
    }
    if (seen.length > 1) several++;
    if (seen.length === 0) without++;
    for (const k of seen) pairs.push(k);
    customerOf[c + 1] = pairs.length;
  }
  const customers = Uint32Array.from(pairs);
  const customerCount = log.customers.length;
  const caseOf = new Uint32Array(customerCount + 1);
  for (const k of customers) caseOf[k + 1]++;
  for (let k = 0; k < customerCount; k++) caseOf[k + 1] += caseOf[k];
  const next = caseOf.slice(0, customerCount);
  const cases = new Uint32Array(customers.length);
  for (let c = 0; c < caseCount; c++) {
    for (let p = customerOf[c]; p < customerOf[c + 1]; p++) cases[next[customers[p]]++] = c;
  }
  const eventsWithSeveralCustomers = log.eventsWithSeveralCustomers ?? 0;
  return { customerOf, customers, caseOf, cases, casesWithSeveralCustomers: several, casesWithoutCustomer: without, eventsWithSeveralCustomers };
}

// src/log-report/customer-journeys.ts
var MS_PER_MINUTE3 = 6e4;
function customerJourneys(log, options = {}) {
  const relation = caseCustomers(log);
  if (relation === null) return null;
  const gap = options.journeyGap ?? null;
  if (gap !== null && !(gap >= 0)) throw new RangeError(`journeyGap must be a number of minutes \u2265 0, not ${String(gap)}`);
  const { caseStart, time } = log;
  const first = (c) => time[caseStart[c]];
  const last = (c) => time[caseStart[c + 1] - 1];
  const gapMs = gap === null ? Infinity : gap * MS_PER_MINUTE3;
  const journeyCustomer = [];
  const journeyCaseStart = [0];
  const orderedCases = new Uint32Array(relation.cases.length);
  let placed = 0;
  for (let k = 0; k + 1 < relation.caseOf.length; k++) {
    const from = relation.caseOf[k];
    const to = relation.caseOf[k + 1];
    if (to === from) continue;
    const mine = Array.from(relation.cases.subarray(from, to)).sort((a, b) => first(a) - first(b));
    let end = -Infinity;
    for (let p = 0; p < mine.length; p++) {
      const c = mine[p];
      if (p === 0 || first(c) - end > gapMs) {
        if (p > 0) journeyCaseStart.push(placed);
        journeyCustomer.push(k);
      }
      orderedCases[placed++] = c;
      end = Math.max(end, last(c));
    }
    journeyCaseStart.push(placed);
  }
  const caseStartOut = Uint32Array.from(journeyCaseStart);
  const journeys = journeyCustomer.length;
  const eventStart = new Uint32Array(journeys + 1);
  for (let j = 0; j < journeys; j++) {
    let n = 0;
    for (let p = caseStartOut[j]; p < caseStartOut[j + 1]; p++) n += caseStart[orderedCases[p] + 1] - caseStart[orderedCases[p]];
    eventStart[j + 1] = eventStart[j] + n;
  }
  const events = new Uint32Array(eventStart[journeys]);
  for (let j = 0; j < journeys; j++) {
    const from = caseStartOut[j];
    const to = caseStartOut[j + 1];
    let at = eventStart[j];
    for (let p = from; p < to; p++) {
      const c = orderedCases[p];
      for (let i = caseStart[c]; i < caseStart[c + 1]; i++) events[at++] = i;
    }
    if (to - from > 1) {
      const slice = events.subarray(eventStart[j], at);
      const sorted = Array.from(slice).sort((a, b) => time[a] - time[b] || a - b);
      slice.set(sorted);
    }
  }
  return { customer: Uint32Array.from(journeyCustomer), caseStart: caseStartOut, cases: orderedCases, eventStart, events, relation };
}

// src/log-report/minutes-summary.ts
function minutesSummary(values, count = values.length) {
  if (count === 0) return { count: 0, meanMinutes: null, medianMinutes: null };
  let sum = 0;
  for (let i = 0; i < count; i++) sum += values[i];
  const copy = values.slice(0, count);
  const mid = count >> 1;
  const upper = select(copy, mid);
  let median2 = upper;
  if (count % 2 === 0) {
    let lower = copy[0];
    for (let i = 1; i < mid; i++) if (copy[i] > lower) lower = copy[i];
    median2 = (lower + upper) / 2;
  }
  return { count, meanMinutes: sum / count, medianMinutes: median2 };
}
function select(a, k) {
  let lo = 0;
  let hi = a.length - 1;
  while (hi > lo) {
    const m = lo + hi >> 1;
    const x = a[lo];
    const y = a[m];
    const z3 = a[hi];
    const pivot = x < y ? y < z3 ? y : x < z3 ? z3 : x : x < z3 ? x : y < z3 ? z3 : y;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k];
  }
  return a[k];
}

// src/log-report/customer-report.ts
var DEFAULTS = { journeyGap: null, returnWindow: 7 * 24 * 60 };
var MS_PER_MINUTE4 = 6e4;
function median(sorted) {
  const n = sorted.length;
  if (n === 0) return 0;
  return n % 2 === 1 ? sorted[n >> 1] : (sorted[(n >> 1) - 1] + sorted[n >> 1]) / 2;
}
function customerReport(log, options = {}) {
  const journeyGap = options.journeyGap ?? DEFAULTS.journeyGap;
  const returnWindow = options.returnWindow ?? DEFAULTS.returnWindow;
  if (!(returnWindow >= 0) || !Number.isFinite(returnWindow)) throw new RangeError(`returnWindow must be a finite number of minutes \u2265 0, not ${String(returnWindow)}`);
  const journeys = customerJourneys(log, { journeyGap });
  if (journeys === null) return null;
  const { caseStart, cases, eventStart, events, relation } = journeys;
  const count = journeys.customer.length;
  const { department, activity, time } = log;
  const sizes = new Uint32Array(count);
  const minutes2 = new Float64Array(count);
  let handoffs = 0;
  let pingPongs = 0;
  let revisits = 0;
  let concurrent = 0;
  const known = [];
  const visited = [];
  for (let j = 0; j < count; j++) {
    sizes[j] = caseStart[j + 1] - caseStart[j];
    let end = -Infinity;
    let overlaps = false;
    for (let p = caseStart[j]; p < caseStart[j + 1]; p++) {
      const c = cases[p];
      if (time[log.caseStart[c]] < end) overlaps = true;
      end = Math.max(end, time[log.caseStart[c + 1] - 1]);
    }
    if (overlaps) concurrent++;
    known.length = 0;
    visited.length = 0;
    for (let e = eventStart[j]; e < eventStart[j + 1]; e++) {
      const i = events[e];
      visited.push(activity[i]);
      known.push(department[i] === MISSING_DEPARTMENT ? null : department[i]);
    }
    const m = wanderMetrics(visited, known);
    handoffs += m.handoffs;
    pingPongs += m.pingPongs;
    revisits += m.revisits;
    const from = eventStart[j];
    const to = eventStart[j + 1];
    minutes2[j] = to > from ? (time[events[to - 1]] - time[events[from]]) / MS_PER_MINUTE4 : 0;
  }
  const isReturn = caseReturns(log, relation, returnWindow);
  let returns = 0;
  for (const r of isReturn) returns += r;
  const withCustomer = log.cases.length - relation.casesWithoutCustomer;
  sizes.sort();
  let total = 0;
  for (const s of sizes) total += s;
  let customers = 0;
  for (let k = 0; k + 1 < relation.caseOf.length; k++) if (relation.caseOf[k + 1] > relation.caseOf[k]) customers++;
  return {
    customers,
    cases: withCustomer,
    journeys: count,
    casesPerJourney: { mean: count === 0 ? 0 : total / count, median: median(sizes), max: count === 0 ? 0 : sizes[count - 1] },
    concurrentJourneys: concurrent,
    handoffs,
    pingPongs,
    revisits,
    journeyMinutes: minutesSummary(minutes2),
    returns,
    returnShare: withCustomer === 0 ? 0 : returns / withCustomer,
    casesWithSeveralCustomers: relation.casesWithSeveralCustomers,
    eventsWithSeveralCustomers: relation.eventsWithSeveralCustomers,
    casesWithoutCustomer: relation.casesWithoutCustomer,
    returnWindowMinutes: returnWindow,
    journeyGapMinutes: journeyGap
  };
}

// src/log-report/log-working-time.ts
function logWorkingTime(log, calendar) {
  const { caseStart, department, time } = log;
  const standard = calendar.hours(null);
  const hours = log.departments.map((name) => calendar.hours(name));
  const changes = new Float64Array(log.events);
  const stays = new Float64Array(log.events);
  let changeCount = 0;
  let stayCount = 0;
  let waitMinutes = 0;
  let cases = 0;
  for (let c = 0; c + 1 < caseStart.length; c++) {
    const from = caseStart[c];
    const to = caseStart[c + 1];
    if (to > from) cases++;
    let inherited = standard;
    for (let i = from; i < to; i++) {
      if (department[i] !== MISSING_DEPARTMENT) {
        inherited = hours[department[i]];
        break;
      }
    }
    let previousKnown = -1;
    for (let i = from; i < to; i++) {
      const d = department[i];
      const own = d === MISSING_DEPARTMENT ? inherited : hours[d];
      inherited = own;
      const gap = i > from ? own.minutesBetween(time[i - 1], time[i]) : 0;
      waitMinutes += gap;
      if (d === MISSING_DEPARTMENT) continue;
      if (previousKnown >= 0) {
        const minutes2 = previousKnown === i - 1 ? gap : own.minutesBetween(time[previousKnown], time[i]);
        if (department[previousKnown] === d) stays[stayCount++] = minutes2;
        else changes[changeCount++] = minutes2;
      }
      previousKnown = i;
    }
  }
  return {
    waitMinutes,
    meanPerCase: cases > 0 ? waitMinutes / cases : 0,
    departmentChanges: minutesSummary(changes, changeCount),
    departmentStays: minutesSummary(stays, stayCount),
    dayMinutes: calendar.dayMinutes,
    timezone: calendar.timezone
  };
}

// src/log-report/analyse-log.ts
var DEFAULTS2 = { topVariants: 10, calendar: null };
var MS_PER_MINUTE5 = 6e4;
function measureWandering(log) {
  const { caseStart, department, activity, time, departments } = log;
  const totals = { handoffs: 0, pingPongs: 0, revisits: 0, repeats: 0, casesWithHandoff: 0, casesWithPingPong: 0, casesWithRevisit: 0 };
  const pairs = /* @__PURE__ */ new Map();
  const changes = new Float64Array(log.events);
  const stays = new Float64Array(log.events);
  let changeCount = 0;
  let stayCount = 0;
  const known = [];
  const visited = [];
  for (let c = 0; c + 1 < caseStart.length; c++) {
    const from = caseStart[c];
    const to = caseStart[c + 1];
    known.length = 0;
    visited.length = 0;
    let previous = -1;
    for (let i = from; i < to; i++) {
      visited.push(activity[i]);
      const d = department[i];
      if (d === MISSING_DEPARTMENT) {
        known.push(null);
        continue;
      }
      known.push(d);
      if (previous >= 0) {
        const minutes2 = (time[i] - time[previous]) / MS_PER_MINUTE5;
        if (department[previous] === d) stays[stayCount++] = minutes2;
        else changes[changeCount++] = minutes2;
      }
      previous = i;
    }
    const m = wanderMetrics(visited, known);
    totals.handoffs += m.handoffs;
    totals.pingPongs += m.pingPongs;
    totals.revisits += m.revisits;
    totals.repeats += m.repeats;
    if (m.handoffs > 0) totals.casesWithHandoff++;
    if (m.pingPongs > 0) totals.casesWithPingPong++;
    if (m.revisits > 0) totals.casesWithRevisit++;
    for (let k = 0; k + 1 < m.departments.length; k++) {
      const a = m.departments[k];
      const b = m.departments[k + 1];
      const key = a * departments.length + b;
      const pair = pairs.get(key);
      if (pair) pair.count++;
      else pairs.set(key, { from: departments[a], to: departments[b], count: 1 });
    }
  }
  return {
    ...totals,
    handoffsByPair: [...pairs.values()].sort((p, q) => q.count - p.count),
    waiting: { departmentChanges: minutesSummary(changes, changeCount), departmentStays: minutesSummary(stays, stayCount) }
  };
}
function namedVariants(log, top) {
  const { caseStart, activity } = log;
  const { variants, variantCount } = countVariants(log, top);
  return {
    variants: variants.map(({ firstCase, count }) => ({
      activities: Array.from(activity.subarray(caseStart[firstCase], caseStart[firstCase + 1]), (a) => log.activities[a]),
      count
    })),
    variantCount
  };
}
function caseDurations(log) {
  const { caseStart, time } = log;
  const minutes2 = new Float64Array(log.cases.length);
  for (let c = 0; c < minutes2.length; c++) {
    const from = caseStart[c];
    const to = caseStart[c + 1];
    minutes2[c] = to > from ? (time[to - 1] - time[from]) / MS_PER_MINUTE5 : 0;
  }
  return minutes2;
}
function directlyFollows(log) {
  return activityFlows(log).pairs.map((p) => ({ from: log.activities[p.from], to: log.activities[p.to], count: p.count, meanMinutes: p.totalMinutes / p.count })).sort((a, b) => b.count - a.count);
}
function analyseLog(log, options = {}) {
  const topVariants = options.topVariants ?? DEFAULTS2.topVariants;
  const calendar = options.calendar ?? DEFAULTS2.calendar;
  const customers = customerReport(log, options);
  const { waiting, handoffsByPair, ...wander } = measureWandering(log);
  const { variants, variantCount } = namedVariants(log, topVariants);
  return {
    cases: log.cases.length,
    events: log.events,
    activities: log.activities.length,
    departments: log.departments.length,
    ...wander,
    handoffsByPair,
    directlyFollows: directlyFollows(log),
    variants,
    variantCount,
    caseMinutes: minutesSummary(caseDurations(log)),
    waiting,
    ...calendar && { working: logWorkingTime(log, calendar) },
    skippedRows: log.skipped,
    ...customers !== null && { customers }
  };
}

// src/log-report/journey-log.ts
function journeyLog(log, options = {}) {
  const journeys = customerJourneys(log, options);
  if (journeys === null) return null;
  const { events, eventStart } = journeys;
  const n = events.length;
  const pick = (column, make) => {
    const out = make(n);
    for (let e = 0; e < n; e++) out[e] = column[events[e]];
    return out;
  };
  const renumber = (column, names2) => {
    const index = new Int32Array(names2.length).fill(-1);
    const order = [];
    for (let j = 0; j + 1 < journeys.caseStart.length; j++) {
      const cases = Array.from(journeys.cases.subarray(journeys.caseStart[j], journeys.caseStart[j + 1])).sort((a, b) => a - b);
      for (const c of cases) {
        for (let i = log.caseStart[c]; i < log.caseStart[c + 1]; i++) {
          const v = column[i];
          if (v < names2.length && index[v] === -1) index[v] = order.push(names2[v]) - 1;
        }
      }
    }
    const out = new Uint32Array(n);
    for (let e = 0; e < n; e++) {
      const v = column[events[e]];
      out[e] = v < names2.length ? index[v] : v;
    }
    return { out, order };
  };
  const activity = renumber(log.activity, log.activities);
  const department = renumber(log.department, log.departments);
  const names = [];
  const customerOfJourney = journeys.customer;
  let nth = 0;
  for (let j = 0; j < customerOfJourney.length; j++) {
    const k = customerOfJourney[j];
    nth = j > 0 && customerOfJourney[j - 1] === k ? nth + 1 : 1;
    names.push(nth === 1 ? log.customers[k] : `${log.customers[k]} #${nth}`);
  }
  const customer = new Uint32Array(n);
  for (let j = 0; j < customerOfJourney.length; j++) customer.fill(customerOfJourney[j], eventStart[j], eventStart[j + 1]);
  return {
    format: log.format,
    events: n,
    cases: names,
    activities: activity.order,
    departments: department.order,
    caseStart: eventStart,
    activity: activity.out,
    department: department.out,
    time: pick(log.time, (m) => new Float64Array(m)),
    start: log.start ? pick(log.start, (m) => new Float64Array(m)) : null,
    skipped: log.skipped,
    skippedProblems: log.skippedProblems,
    customers: log.customers,
    customer,
    moreCustomers: null
  };
}

// src/mining/mining-unit-log.ts
function miningUnitLog(log, options = {}) {
  const unit = options.unit ?? "case";
  if (unit === "case") return log;
  if (unit !== "customer") throw new RangeError(`invalid unit ${JSON.stringify(unit)}: use "case" or "customer"`);
  const journeys = journeyLog(log, { journeyGap: options.journeyGap ?? null });
  if (journeys === null) throw new RangeError('unit "customer" needs a log read with a customer mapping (customer, --customer; or an OCEL log)');
  return journeys;
}

// src/mining/service-from-counts.ts
var DEFAULTS3 = { id: "mined-service", unknownDepartment: "unknown" };
function uniqueId(base, taken) {
  let id2 = base;
  for (let k = 2; taken.has(id2); k++) id2 = `${base} (${k})`;
  taken.add(id2);
  return id2;
}
function serviceFromCounts(counts, options = {}) {
  checkCounts(counts);
  const { states, transitions, activities } = canonical(counts);
  const id2 = options.id ?? DEFAULTS3.id;
  const classes = new Map((options.classification?.activities ?? []).map((c) => [c.activity, c]));
  const unknownId = uniqueId(options.unknownDepartment ?? DEFAULTS3.unknownDepartment, new Set(counts.departments));
  const departmentId = (d) => d < 0 ? unknownId : counts.departments[d];
  const groupOf = new Int32Array(states.length);
  const groups = [];
  states.forEach((s, k) => {
    const last = groups[groups.length - 1];
    if (last && last.activity === s.activity && last.department === s.department) last.size++;
    else groups.push({ activity: s.activity, department: s.department, size: 1, ends: 0 });
    groupOf[k] = groups.length - 1;
    if (s.ends > 0) groups[groups.length - 1].ends++;
  });
  const departmentsOfActivity = new Int32Array(activities.length);
  for (const g of groups) departmentsOfActivity[g.activity]++;
  const taken = /* @__PURE__ */ new Set();
  const groupIds = new Array(groups.length);
  groups.forEach((g, k) => {
    if (departmentsOfActivity[g.activity] === 1) groupIds[k] = uniqueId(activities[g.activity], taken);
  });
  groups.forEach((g, k) => {
    groupIds[k] ??= uniqueId(`${activities[g.activity]} @ ${departmentId(g.department)}`, taken);
  });
  const ids = states.map((s, k) => {
    const g = groupOf[k];
    return groups[g].size === 1 ? groupIds[g] : uniqueId(`${groupIds[g]} | ${historyLabel(s, departmentId)}`, taken);
  });
  const endGroupIds = groups.map((g, k) => g.ends > 1 ? uniqueId(`end: ${groupIds[k]}`, taken) : null);
  const used = /* @__PURE__ */ new Set();
  const touchpoints = states.map((s, k) => {
    used.add(s.department);
    const activity = activities[s.activity];
    const g = groupOf[k];
    return {
      id: ids[k],
      ...ids[k] !== activity && { name: activity },
      department: departmentId(s.department),
      ...s.starts > 0 && { entry: s.starts },
      steps: stepsOf(activity, classes.get(activity), counts.hasStartTimes ? s.serviceMinutes / s.visits : void 0),
      ...groups[g].size > 1 && { group: groupIds[g] }
    };
  });
  const mined = transitions.map((t) => ({
    from: ids[t.from],
    to: ids[t.to],
    volume: t.count,
    wait: Math.max(0, t.waitMinutes / t.count),
    ...t.workingWaitMinutes !== void 0 && { workingWait: Math.max(0, t.workingWaitMinutes / t.count) },
    ...classes.get(activities[states[t.to].activity])?.failure && { failure: true }
  }));
  states.forEach((s, k) => {
    if (s.ends === 0) return;
    const activity = activities[s.activity];
    const end = uniqueId(`end: ${ids[k]}`, taken);
    const group = endGroupIds[groupOf[k]];
    touchpoints.push({
      id: end,
      name: `Case ends after ${activity}`,
      department: departmentId(s.department),
      outcome: classes.get(activity)?.outcome ?? "resolved",
      steps: [],
      ...group !== null && group !== void 0 && { group }
    });
    mined.push({ from: ids[k], to: end, volume: s.ends });
  });
  const departments = [...counts.departments.keys(), -1].filter((d) => used.has(d)).map((d) => ({ id: departmentId(d) }));
  return {
    id: id2,
    ...options.name !== void 0 && { name: options.name },
    ...options.noun !== void 0 && { noun: options.noun },
    mined: minedRecord(counts, options.classification),
    ...counts.workingDayMinutes !== void 0 && { workingDayMinutes: counts.workingDayMinutes },
    departments,
    touchpoints,
    transitions: mined
  };
}
function minedRecord(counts, classification) {
  const named = (fact) => {
    const activities = classification?.activities ?? [];
    switch (fact) {
      case "type":
        return activities.length > 0;
      case "minutes":
        return activities.some((a) => a.minutes !== void 0);
      case "cost":
        return activities.some((a) => a.cost !== void 0);
      case "failure":
        return activities.some((a) => a.failure !== void 0);
      case "outcome":
        return activities.some((a) => a.outcome !== void 0);
    }
  };
  return {
    cases: counts.states.reduce((sum, s) => sum + s.starts, 0),
    startTimes: counts.hasStartTimes,
    classified: CLASSIFIED_FACTS.filter(named)
  };
}
function historyLabel(state, departmentId) {
  return state.history.length === 0 ? "first" : `after ${state.history.map(departmentId).join(" \u2192 ")}`;
}
function stepsOf(activity, c, serviceMinutes) {
  const minutes2 = serviceMinutes ?? c?.minutes ?? 0;
  if (!c) return [{ name: activity, type: "value", minutes: minutes2 }];
  return [
    {
      name: activity,
      type: c.type,
      ...c.waste !== void 0 && { waste: c.waste },
      minutes: minutes2,
      ...c.cost !== void 0 && { cost: c.cost }
    }
  ];
}
function checkCounts(counts) {
  const bad = (where, what) => {
    throw new RangeError(`serviceFromCounts: ${where}: ${what}`);
  };
  if (counts === null || typeof counts !== "object" || counts.format !== "hukka-mining-counts") {
    bad("format", 'not mining counts (expected format "hukka-mining-counts", as countMining returns)');
  }
  if (counts.version !== 1) bad("version", `unknown version ${JSON.stringify(counts.version)} (expected 1)`);
  const A = counts.activities.length;
  const D = counts.departments.length;
  const S = counts.states.length;
  const department = (d) => Number.isInteger(d) && d >= -1 && d < D;
  const count = (n) => Number.isInteger(n) && n >= 0;
  counts.states.forEach((s, k) => {
    if (!Number.isInteger(s.activity) || s.activity < 0 || s.activity >= A) bad(`states[${k}].activity`, `${s.activity} is not an index into the ${A} activities`);
    if (!department(s.department)) bad(`states[${k}].department`, `${s.department} is not -1 or an index into the ${D} departments`);
    if (!Array.isArray(s.history) || s.history.length > counts.history || !s.history.every(department)) {
      bad(`states[${k}].history`, `expected at most ${counts.history} department indices (or -1)`);
    }
    if (!count(s.visits) || s.visits === 0 || !count(s.starts) || !count(s.ends)) bad(`states[${k}]`, "visits (> 0), starts and ends must be whole numbers \u2265 0");
    if (!Number.isFinite(s.serviceMinutes)) bad(`states[${k}].serviceMinutes`, "must be a finite number of minutes");
  });
  counts.transitions.forEach((t, k) => {
    if (!Number.isInteger(t.from) || t.from < 0 || t.from >= S || !Number.isInteger(t.to) || t.to < 0 || t.to >= S) {
      bad(`transitions[${k}]`, `from ${t.from} / to ${t.to} are not indices into the ${S} states`);
    }
    if (!count(t.count) || t.count === 0) bad(`transitions[${k}].count`, "must be a whole number > 0");
    if (!Number.isFinite(t.waitMinutes)) bad(`transitions[${k}].waitMinutes`, "must be a finite number of minutes");
  });
}

// src/mining/mine-service.ts
function mineService(log, second, third = {}) {
  const legacy = second !== void 0 && Array.isArray(second.activities);
  const options = legacy ? { ...third, classification: second } : second ?? third;
  return serviceFromCounts(countMining(miningUnitLog(log, options), options), options);
}

// src/logs/log-fix.ts
function logFixText(fixes) {
  return fixes.map(words).join("");
}
function words(fix) {
  switch (fix) {
    case "timestamp_format":
      return "; set timestampFormat (--timestamp-format) for other layouts";
    case "skip_bad_rows":
      return " (or skip such rows with skipBadRows, --skip-bad-rows)";
    case "encoding_latin1":
      return ': if it is Latin-1, read it with encoding "latin1" (--encoding latin1)';
    case "format_csv":
      return ' (read as XES because the text starts with "<"; set format "csv", --format csv, for a CSV log)';
    case "engine_duckdb":
      return ": read it through DuckDB: `hukka mine LOG --engine duckdb` (duckdbLogAggregate in hukka/sql)";
  }
}

// src/logs/event-log-error.ts
var EventLogError = class extends Error {
  constructor(code, problem, place = {}, fixes = []) {
    super(problem + logFixText(fixes));
    this.code = code;
    this.problem = problem;
    this.place = place;
    this.fixes = fixes;
  }
  name = "EventLogError";
};
var ROW_PROBLEMS = /* @__PURE__ */ new Set([
  "missing_value",
  "short_row",
  "long_row",
  "bad_timestamp",
  "malformed_quote",
  "missing_attribute"
]);

// src/logs/utf8-text.ts
var NodeBuffer = globalThis.Buffer;
var strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
function utf8Text(bytes, start = 0, end = bytes.length) {
  if (NodeBuffer) {
    const text = NodeBuffer.isBuffer(bytes) ? bytes.toString("utf8", start, end) : NodeBuffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString("utf8");
    if (text.indexOf("\uFFFD") < 0) return text;
  }
  try {
    return strict.decode(bytes.subarray(start, end));
  } catch {
    return null;
  }
}
function wholeCharacters(bytes) {
  const n = bytes.length;
  for (let back = 1; back <= Math.min(3, n); back++) {
    const b = bytes[n - back];
    if ((b & 192) === 128) continue;
    const length = b >= 240 ? 4 : b >= 224 ? 3 : b >= 192 ? 2 : 1;
    return length > back ? n - back : n;
  }
  return n;
}

// src/logs/decode-text.ts
var ENCODINGS = ["utf-8", "utf8", "latin1", "iso-8859-1", "windows-1252"];
async function* decodeText(chunks, encoding = "utf-8") {
  const utf8 = encoding === "utf-8" || encoding === "utf8";
  const decoder = new TextDecoder(encoding, { fatal: utf8 });
  let bytes = 0;
  let first = true;
  let carry = null;
  const invalid = (upTo) => new EventLogError(
    "invalid_encoding",
    `the log is not valid UTF-8 (between bytes ${bytes.toLocaleString("en")} and ${upTo.toLocaleString("en")})`,
    {},
    ["encoding_latin1"]
  );
  const viaBuffer = (chunk, final) => {
    let data2 = chunk;
    if (carry) {
      data2 = new Uint8Array(carry.length + chunk.length);
      data2.set(carry);
      data2.set(chunk, carry.length);
      carry = null;
    }
    const whole = final ? data2.length : wholeCharacters(data2);
    if (whole < data2.length) carry = data2.slice(whole);
    const text = utf8Text(data2, 0, whole);
    if (text === null) throw invalid(bytes + chunk.length);
    return text;
  };
  const decode = (chunk) => {
    if (utf8) return viaBuffer(chunk ?? new Uint8Array(0), chunk === void 0);
    try {
      return chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode();
    } catch {
      throw invalid(bytes + (chunk?.length ?? 0));
    }
  };
  for await (const chunk of chunks) {
    let text = decode(chunk);
    bytes += chunk.length;
    if (first && text !== "") {
      if (text.charCodeAt(0) === 65279) text = text.slice(1);
      first = false;
    }
    if (text) yield text;
  }
  const rest = decode(void 0);
  if (rest) yield rest;
}

// src/logs/hash-slots.ts
function placeInSlots(slots, hash, index) {
  const mask = (slots.length >> 1) - 1;
  let s = hash & mask;
  while (slots[2 * s] !== 0) s = s + 1 & mask;
  slots[2 * s] = index + 1;
  slots[2 * s + 1] = hash;
}
function mixHash(h) {
  h = Math.imul(h ^ h >>> 16, 2246822507);
  h = Math.imul(h ^ h >>> 13, 3266489909);
  return h ^ h >>> 16;
}

// src/logs/string-table.ts
var StringTable = class {
  values = [];
  /**
   * Open addressing, two numbers per slot: the index + 1 of the value (0 when the slot is
   * free) and its hash, so that probing compares hashes before it touches a string.
   */
  slots = new Int32Array(128);
  /** Each value's hash, so that growing the table hashes nothing again. */
  hashes = new Int32Array(64);
  intern(value2) {
    return this.internRange(value2, 0, value2.length);
  }
  /** The index of `text.slice(start, end)`, added when new. */
  internRange(text, start, end) {
    const hash = hashOf(text, start, end);
    const found = this.lookup(text, start, end, hash);
    if (found >= 0) return found;
    const value2 = text.slice(start, end);
    return this.store(value2.length > 12 ? (" " + value2).slice(1) : value2, hash);
  }
  /**
   * Adds a value the caller knows the table does not hold, without looking for it: the CSV
   * reader finds names by their bytes first (`ByteKeys`), so a name it decodes is new here.
   * The value is kept as it is: it must be a string of its own, not cut from a larger text.
   */
  add(value2) {
    return this.store(value2, hashOf(value2, 0, value2.length));
  }
  /** The index of `text.slice(start, end)`, or -1 when the table does not hold it. */
  findRange(text, start, end) {
    return this.lookup(text, start, end, hashOf(text, start, end));
  }
  get size() {
    return this.values.length;
  }
  lookup(text, start, end, hash) {
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    for (let s = hash & mask; ; s = s + 1 & mask) {
      const index = slots[2 * s] - 1;
      if (index < 0) return -1;
      if (slots[2 * s + 1] !== hash) continue;
      const v = this.values[index];
      if (v.length === end - start && text.slice(start, end) === v) return index;
    }
  }
  store(value2, hash) {
    const i = this.values.length;
    this.values.push(value2);
    if (i === this.hashes.length) {
      const hashes = new Int32Array(2 * i);
      hashes.set(this.hashes);
      this.hashes = hashes;
    }
    this.hashes[i] = hash;
    if (this.values.length * 4 > this.slots.length) this.rehash();
    else placeInSlots(this.slots, hash, i);
    return i;
  }
  rehash() {
    this.slots = new Int32Array(this.slots.length * 2);
    for (let i = 0; i < this.values.length; i++) placeInSlots(this.slots, this.hashes[i], i);
  }
};
var WHOLE = 16;
function hashOf(text, start, end) {
  let h = 2166136261;
  if (end - start <= WHOLE) {
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  } else {
    h = Math.imul(h ^ end - start, 16777619);
    for (let i = start; i < start + 8; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
    for (let i = end - 8; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  }
  return mixHash(h);
}

// src/logs/event-log-builder.ts
var EventLogBuilder = class {
  cases = new StringTable();
  activities = new StringTable();
  departments = new StringTable();
  customers = new StringTable();
  /** Per event: the customer, made when the first event with one arrives (NO_CUSTOMER for the events without). */
  customer = null;
  /** Events that name several customers: file-order index → the customers beyond the first. */
  moreCustomers = /* @__PURE__ */ new Map();
  caseOf = new Uint32Array(1024);
  activity = new Uint32Array(1024);
  department = new Uint32Array(1024);
  time = new Float64Array(1024);
  /** Start times, made when the first event with one arrives (NaN for the events without). */
  start = null;
  count = 0;
  skipped = 0;
  skippedProblems = [];
  get events() {
    return this.count;
  }
  /**
   * Adds one event; `department` is an index into `departments` or `MISSING_DEPARTMENT`, `time`
   * (and `start`, when the event has one) in ms.
   */
  add(caseIndex, activity, department, time, start = Number.NaN, customer = NO_CUSTOMER, moreCustomers) {
    if (this.count === this.time.length) this.grow();
    const i = this.count++;
    this.caseOf[i] = caseIndex;
    this.activity[i] = activity;
    this.department[i] = department;
    this.time[i] = time;
    if (!Number.isNaN(start) && this.start === null) this.start = new Float64Array(this.time.length).fill(Number.NaN);
    if (this.start !== null) this.start[i] = start;
    if (customer !== NO_CUSTOMER && this.customer === null) this.customer = new Uint32Array(this.time.length).fill(NO_CUSTOMER);
    if (this.customer !== null) this.customer[i] = customer;
    if (moreCustomers !== void 0 && moreCustomers.length > 0) this.moreCustomers.set(i, moreCustomers);
  }
  skip(problem) {
    this.skipped++;
    if (this.skippedProblems.length < 10) this.skippedProblems.push(problem);
  }
  grow() {
    const size = this.time.length * 2;
    const u32 = (old) => {
      const next = new Uint32Array(size);
      next.set(old);
      return next;
    };
    this.caseOf = u32(this.caseOf);
    this.activity = u32(this.activity);
    this.department = u32(this.department);
    const time = new Float64Array(size);
    time.set(this.time);
    this.time = time;
    if (this.start !== null) {
      const start = new Float64Array(size).fill(Number.NaN);
      start.set(this.start);
      this.start = start;
    }
    if (this.customer !== null) {
      const customer = new Uint32Array(size).fill(NO_CUSTOMER);
      customer.set(this.customer);
      this.customer = customer;
    }
  }
  /** The columnar log; `withCustomers` (a customer mapping was given) adds the customer columns even when no event named one. */
  build(format, withCustomers = false) {
    const n = this.count;
    const caseCount = this.cases.size;
    const caseStart = new Uint32Array(caseCount + 1);
    for (let i = 0; i < n; i++) caseStart[this.caseOf[i] + 1]++;
    for (let c = 0; c < caseCount; c++) caseStart[c + 1] += caseStart[c];
    const next = caseStart.slice(0, caseCount);
    const order = new Uint32Array(n);
    for (let i = 0; i < n; i++) order[next[this.caseOf[i]]++] = i;
    const time = this.time;
    for (let c = 0; c < caseCount; c++) {
      const from = caseStart[c];
      const to = caseStart[c + 1];
      let sorted = true;
      for (let k = from + 1; k < to && sorted; k++) sorted = time[order[k - 1]] <= time[order[k]];
      if (sorted) continue;
      const events = Array.from(order.subarray(from, to)).sort((a, b) => time[a] - time[b]);
      order.set(events, from);
    }
    const activity = new Uint32Array(n);
    const department = new Uint32Array(n);
    const times = new Float64Array(n);
    const starts = this.start === null ? null : new Float64Array(n);
    const customers = withCustomers ? new Uint32Array(n).fill(NO_CUSTOMER) : null;
    const more = withCustomers && this.moreCustomers.size > 0 ? /* @__PURE__ */ new Map() : null;
    for (let k = 0; k < n; k++) {
      const i = order[k];
      activity[k] = this.activity[i];
      department[k] = this.department[i];
      times[k] = time[i];
      if (starts !== null) starts[k] = this.start[i];
      if (customers !== null && this.customer !== null) customers[k] = this.customer[i];
      const others = more === null ? void 0 : this.moreCustomers.get(i);
      if (others !== void 0) more.set(k, others);
    }
    return {
      format,
      events: n,
      cases: this.cases.values,
      activities: this.activities.values,
      departments: this.departments.values,
      caseStart,
      activity,
      department,
      time: times,
      start: starts,
      skipped: this.skipped,
      skippedProblems: this.skippedProblems,
      ...withCustomers && { customers: this.customers.values, customer: customers, moreCustomers: more }
    };
  }
};

// src/logs/gunzip-if-compressed.ts
async function* gunzipIfCompressed(chunks) {
  const iterator = chunks[Symbol.asyncIterator]();
  let first = await iterator.next();
  while (!first.done && first.value.length === 0) first = await iterator.next();
  if (first.done) return;
  if (first.value.length === 1) {
    const second = await iterator.next();
    if (!second.done) {
      const joined2 = new Uint8Array(1 + second.value.length);
      joined2[0] = first.value[0];
      joined2.set(second.value, 1);
      first = { done: false, value: joined2 };
    }
  }
  const head = first.value;
  if (!(head[0] === 31 && head[1] === 139)) {
    yield head;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
    return;
  }
  const compressed = new ReadableStream({
    start(controller) {
      controller.enqueue(head);
    },
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
    async cancel() {
      await iterator.return?.();
    }
  });
  const reader = compressed.pipeThrough(new DecompressionStream("gzip")).getReader();
  for (; ; ) {
    let result;
    try {
      result = await reader.read();
    } catch (e) {
      throw new EventLogError(
        "bad_gzip",
        `the gzip data is truncated or damaged (${e.message}): download or compress the log again`
      );
    }
    if (result.done) return;
    yield result.value;
  }
}

// src/logs/log-source.ts
async function* byteChunks(source) {
  if (source instanceof Uint8Array) {
    yield source;
  } else if (source instanceof ArrayBuffer) {
    yield new Uint8Array(source);
  } else if (typeof source.getReader === "function") {
    const reader = source.getReader();
    try {
      for (; ; ) {
        const { done, value: value2 } = await reader.read();
        if (done) break;
        yield value2;
      }
    } finally {
      reader.releaseLock();
    }
  } else if (Symbol.asyncIterator in source || Symbol.iterator in source) {
    for await (const chunk of source) {
      if (typeof chunk === "string") throw new TypeError("readEventLog: a stream of strings is not a byte stream; pass the text as one string, or bytes");
      yield chunk;
    }
  } else {
    throw new TypeError("readEventLog: the source must be a string, bytes, a ReadableStream or an iterable of byte chunks");
  }
}

// src/logs/read-csv-events.ts
import Papa from "file:///work/wt/reader/node_modules/papaparse/papaparse.js";

// src/logs/byte-keys.ts
var ABSENT = -1;
var ByteKeys = class {
  /** The keys' bytes, one after another. */
  arena = new Uint8Array(1 << 12);
  used = 0;
  /** Per entry: where its key starts in the arena, its length, its hash and its value. */
  keyStart = new Int32Array(64);
  keyLength = new Int32Array(64);
  keyHash = new Int32Array(64);
  values = new Uint32Array(64);
  count = 0;
  /** Open addressing, two numbers per slot: the entry + 1 (0 when free) and its hash. */
  slots = new Int32Array(128);
  /** The value of the key `bytes[start..end)`, or `ABSENT`. */
  find(bytes, start, end) {
    return this.lookup(bytes, start, end, hashBytes(bytes, start, end));
  }
  /** Sets the value of the key `bytes[start..end)`; the key must be absent. */
  add(bytes, start, end, value2) {
    const length = end - start;
    if (this.used + length > this.arena.length) {
      const arena = new Uint8Array(Math.max(2 * this.arena.length, this.used + length));
      arena.set(this.arena.subarray(0, this.used));
      this.arena = arena;
    }
    if (this.count === this.values.length) {
      this.keyStart = grown(this.keyStart, new Int32Array(2 * this.count));
      this.keyLength = grown(this.keyLength, new Int32Array(2 * this.count));
      this.keyHash = grown(this.keyHash, new Int32Array(2 * this.count));
      this.values = grown(this.values, new Uint32Array(2 * this.count));
    }
    const entry = this.count++;
    const hash = hashBytes(bytes, start, end);
    for (let i = 0; i < length; i++) this.arena[this.used + i] = bytes[start + i];
    this.keyStart[entry] = this.used;
    this.keyLength[entry] = length;
    this.keyHash[entry] = hash;
    this.values[entry] = value2;
    this.used += length;
    if (this.count * 4 > this.slots.length) this.rehash();
    else placeInSlots(this.slots, hash, entry);
  }
  lookup(bytes, start, end, hash) {
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    const length = end - start;
    const arena = this.arena;
    probe: for (let s = hash & mask; ; s = s + 1 & mask) {
      const entry = slots[2 * s] - 1;
      if (entry < 0) return ABSENT;
      if (slots[2 * s + 1] !== hash || this.keyLength[entry] !== length) continue;
      const at = this.keyStart[entry] - start;
      for (let i = start; i < end; i++) if (arena[at + i] !== bytes[i]) continue probe;
      return this.values[entry];
    }
  }
  rehash() {
    this.slots = new Int32Array(this.slots.length * 2);
    for (let entry = 0; entry < this.count; entry++) placeInSlots(this.slots, this.keyHash[entry], entry);
  }
};
function grown(old, next) {
  next.set(old);
  return next;
}
var WHOLE2 = 16;
function hashBytes(bytes, start, end) {
  let h = 2166136261;
  if (end - start <= WHOLE2) {
    for (let i = start; i < end; i++) h = Math.imul(h ^ bytes[i], 16777619);
  } else {
    h = Math.imul(h ^ end - start, 16777619);
    for (let i = start; i < start + 8; i++) h = Math.imul(h ^ bytes[i], 16777619);
    for (let i = end - 8; i < end; i++) h = Math.imul(h ^ bytes[i], 16777619);
  }
  return mixHash(h);
}

// src/logs/csv-line-breaks.ts
function csvLineBreaks(text, inQuotes) {
  if (text.indexOf("\r") < 0) return { text, inQuotes: quotesFlip(text) ? !inQuotes : inQuotes };
  let out = "";
  let pos = 0;
  while (pos < text.length) {
    const quote2 = text.indexOf('"', pos);
    const end = quote2 < 0 ? text.length : quote2 + 1;
    const piece = text.slice(pos, end);
    out += inQuotes || piece.indexOf("\r") < 0 ? piece : piece.replace(/\r\n?/g, "\n");
    if (quote2 >= 0) inQuotes = !inQuotes;
    pos = end;
  }
  return { text: out, inQuotes };
}
function quotesFlip(text) {
  let odd = false;
  for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) odd = !odd;
  return odd;
}

// src/logs/closest-names.ts
import { distance } from "file:///work/wt/reader/node_modules/fastest-levenshtein/mod.js";
var COMPARED_CHARS = 200;
function closestNames(name, names) {
  const wanted = name.slice(0, COMPARED_CHARS).toLowerCase();
  const limit = Math.max(1, Math.floor(wanted.length / 3));
  const scored = names.map((candidate, index) => {
    const other = candidate.slice(0, COMPARED_CHARS).toLowerCase();
    const contains = wanted.length >= 3 && other.length >= 3 && (other.includes(wanted) || wanted.includes(other));
    const d = distance(wanted, other);
    return { candidate, index, d, close: d <= limit || contains };
  });
  scored.sort((a, b) => Number(b.close) - Number(a.close) || a.d - b.d || a.index - b.index);
  return { ordered: scored.map((s) => s.candidate), suggested: scored.filter((s) => s.close).map((s) => s.candidate) };
}
function didYouMean(suggested, quote2) {
  if (suggested.length === 0) return "";
  const shown = suggested.slice(0, 3).map(quote2);
  return `did you mean ${shown.length === 1 ? shown[0] : `${shown.slice(0, -1).join(", ")} or ${shown.at(-1)}`}?`;
}

// src/logs/excerpt.ts
var EXCERPT_CHARS = 60;
function excerpt(text) {
  if (text.length <= EXCERPT_CHARS) return JSON.stringify(text);
  return `${JSON.stringify(text.slice(0, EXCERPT_CHARS - 1) + "\u2026")} (${text.length.toLocaleString("en")} characters)`;
}
function excerptList(values, limit = 20) {
  const shown = values.slice(0, limit).map(excerpt).join(", ");
  return values.length > limit ? `${shown} and ${(values.length - limit).toLocaleString("en")} more` : shown;
}

// src/logs/reader-config.ts
function badRow(config, code, message, place, fixes = []) {
  if (config.skipBadRows && ROW_PROBLEMS.has(code)) config.builder.skip(message + logFixText(fixes));
  else throw new EventLogError(code, message, place, ROW_PROBLEMS.has(code) ? [...fixes, "skip_bad_rows"] : fixes);
}

// src/logs/read-csv-events.ts
var BATCH_BYTES = 1 << 16;
var MAX_RECORD = 1 << 22;
var DELIMITERS = [",", ";", "	", "|"];
var [LF, CR, QUOTE] = [10, 13, 34];
var EMPTY = new Uint8Array(0);
var NodeBuffer2 = globalThis.Buffer;
var searchable = (bytes) => NodeBuffer2 && !NodeBuffer2.isBuffer(bytes) ? NodeBuffer2.from(bytes.buffer, bytes.byteOffset, bytes.length) : bytes;
var quoted = excerpt;
function detectDelimiter(header) {
  let best = ",";
  let bestCount = 0;
  for (const d of DELIMITERS) {
    let count = 0;
    let inQuotes = false;
    for (const c of header) {
      if (c === '"') inQuotes = !inQuotes;
      else if (c === d && !inQuotes) count++;
    }
    if (count > bestCount) [best, bestCount] = [d, count];
  }
  return best;
}
function countOf(text, char) {
  let n = 0;
  for (let i = text.indexOf(char); i >= 0; i = text.indexOf(char, i + 1)) n++;
  return n;
}
function joined(a, b) {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return searchable(out);
}
function firstBreak(bytes, from, to) {
  const lf = bytes.indexOf(LF, from);
  const cr = bytes.indexOf(CR, from);
  const first = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
  return first < to ? first : -1;
}
function afterBreak(bytes, at, to) {
  return bytes[at] === CR && at + 1 < to && bytes[at + 1] === LF ? at + 2 : at + 1;
}
function afterLastBreak(bytes, from) {
  const lf = bytes.lastIndexOf(LF);
  let cr = bytes.lastIndexOf(CR);
  if (cr === bytes.length - 1) cr = cr > 0 ? bytes.lastIndexOf(CR, cr - 1) : -1;
  const last = Math.max(lf, cr);
  return last < from ? from : last + 1;
}
async function readCsvEvents(chunks, config, delimiter) {
  const { builder, parseTime, parseTimeAt } = config;
  let parser = null;
  let delimiterByte = -1;
  const newline = "\n";
  let columns = null;
  let caseColumn = 0;
  let activityColumns = [];
  let timestampColumn = 0;
  let departmentColumn = -1;
  let startColumn = -1;
  let customerColumn = -1;
  let needed = 0;
  let used = new Uint8Array(0);
  let line = 1;
  const caseKeys = new ByteKeys();
  const activityKeys = new ByteKeys();
  const departmentKeys = new ByteKeys();
  const customerKeys = new ByteKeys();
  let lastCase = -1;
  let lastCaseBytes = new Uint8Array(64);
  let lastCaseLength = -1;
  let textTail = "";
  let inQuotes = false;
  const invalidEncoding = (at) => new EventLogError("invalid_encoding", `line ${at}: the log is not valid UTF-8`, { line: at }, ["encoding_latin1"]);
  const textOf = (bytes, start, end, at) => {
    const text = utf8Text(bytes, start, end);
    if (text === null) throw invalidEncoding(at);
    return text;
  };
  const columnIndex = (name, role) => {
    const i = columns.indexOf(name);
    if (i < 0) {
      const { ordered, suggested } = closestNames(name, columns);
      const hint = didYouMean(suggested, quoted);
      throw new EventLogError(
        "missing_column",
        `no column ${quoted(name)} for the ${role}${hint ? `: ${hint}` : ""} (columns${hint ? ", closest first" : ""}: ${excerptList(hint ? ordered : columns)}; delimiter ${quoted(delimiter)}): name one of these, or set the delimiter`,
        { line: 1 }
      );
    }
    const again = columns.indexOf(name, i + 1);
    if (again >= 0) {
      throw new EventLogError(
        "duplicate_column",
        `the column ${quoted(name)} for the ${role} appears twice in the header (columns ${i + 1} and ${again + 1}): rename one of them so that the mapping names one column`,
        { line: 1 }
      );
    }
    return i;
  };
  const useHeader = (row) => {
    columns = row;
    if (config.caseKey === "" || config.activityKeys.length === 0 || config.timestampKey === "") {
      throw new EventLogError(
        "mapping_required",
        `a CSV log needs the columns of the case, the activity and the timestamp (mapping case, activity, timestamp; --case, --activity, --timestamp); columns: ${excerptList(row)}`
      );
    }
    caseColumn = columnIndex(config.caseKey, "case");
    activityColumns = config.activityKeys.map((k) => columnIndex(k, "activity"));
    timestampColumn = columnIndex(config.timestampKey, "timestamp");
    departmentColumn = config.departmentKey === null ? -1 : columnIndex(config.departmentKey, "department");
    startColumn = config.startTimestampKey === null ? -1 : columnIndex(config.startTimestampKey, "start timestamp");
    customerColumn = config.customerKey === null ? -1 : columnIndex(config.customerKey, "customer");
    needed = Math.max(caseColumn, timestampColumn, departmentColumn, startColumn, customerColumn, ...activityColumns) + 1;
    used = new Uint8Array(needed);
    starts = new Int32Array(needed);
    ends = new Int32Array(needed);
    for (const c of [caseColumn, timestampColumn, departmentColumn, startColumn, customerColumn, ...activityColumns]) if (c >= 0) used[c] = 1;
  };
  let rowBytes = EMPTY;
  let starts = new Int32Array(0);
  let ends = new Int32Array(0);
  let encoded = new Uint8Array(256);
  const encoder = new TextEncoder();
  const field = (c, at) => textOf(rowBytes, starts[c], ends[c], at);
  const nameOf = (keys, c, at, resolve) => {
    const start = starts[c];
    const end = ends[c];
    let index = keys.find(rowBytes, start, end);
    if (index === ABSENT) {
      index = resolve(field(c, at));
      keys.add(rowBytes, start, end, index);
    }
    return index;
  };
  const caseIndex = (name) => builder.cases.add(name);
  const activityIndex = (name) => builder.activities.add(name);
  const customerIndex = (name) => builder.customers.add(name);
  const departmentIndex = (name) => config.missing.has(name) ? MISSING_DEPARTMENT : builder.departments.add(name);
  const activityOf = (at) => {
    let joined2 = "";
    for (const c of activityColumns) {
      const part = field(c, at);
      if (part !== "") joined2 = joined2 === "" ? part : joined2 + config.activitySeparator + part;
    }
    return joined2;
  };
  const timeOf = (c, at) => {
    const start = starts[c];
    const end = ends[c];
    if (parseTimeAt !== null && end > start && rowBytes[start] > 32 && rowBytes[end - 1] > 32) return parseTimeAt(rowBytes, start, end);
    return parseTime(field(c, at));
  };
  const useRow = (at, fields) => {
    if (fields > columns.length) {
      const d = delimiter === "	" ? "tab" : quoted(delimiter);
      badRow(config, "long_row", `line ${at}: ${fields} fields where the header has ${columns.length}: a value holds the delimiter ${d} without quotes? quote that value ("\u2026"), or set the delimiter`, { line: at });
      return;
    }
    if (fields < needed) {
      badRow(config, "short_row", `line ${at}: ${fields} field${fields === 1 ? "" : "s"} where the header has ${columns.length}: check the delimiter and the quoting of this line`, { line: at });
      return;
    }
    if (ends[caseColumn] === starts[caseColumn]) return badRow(config, "missing_value", `line ${at}: empty case id in column ${quoted(config.caseKey)}`, { line: at });
    const single = activityColumns.length === 1 ? activityColumns[0] : -1;
    const joined2 = single >= 0 ? null : activityOf(at);
    if (single >= 0 ? ends[single] === starts[single] : joined2 === "") {
      return badRow(config, "missing_value", `line ${at}: empty activity in ${config.activityKeys.map(quoted).join(" + ")}`, { line: at });
    }
    const time = timeOf(timestampColumn, at);
    if (Number.isNaN(time)) {
      const stamp = field(timestampColumn, at);
      const what = stamp === "" ? "empty timestamp" : `cannot read the timestamp ${quoted(stamp)}`;
      return badRow(config, stamp === "" ? "missing_value" : "bad_timestamp", `line ${at}: ${what} in column ${quoted(config.timestampKey)}: expected ${config.timestampHint}`, { line: at }, config.timestampFixes);
    }
    let start = Number.NaN;
    if (startColumn >= 0 && ends[startColumn] > starts[startColumn]) {
      start = timeOf(startColumn, at);
      if (Number.isNaN(start)) {
        const stamp = field(startColumn, at);
        return badRow(config, "bad_timestamp", `line ${at}: cannot read the start timestamp ${quoted(stamp)} in column ${quoted(config.startTimestampKey)}: expected ${config.timestampHint}`, { line: at }, config.timestampFixes);
      }
    }
    const caseStart = starts[caseColumn];
    const caseLength = ends[caseColumn] - caseStart;
    let same = caseLength === lastCaseLength;
    for (let i = 0; same && i < caseLength; i++) same = rowBytes[caseStart + i] === lastCaseBytes[i];
    if (!same) {
      lastCase = nameOf(caseKeys, caseColumn, at, caseIndex);
      if (caseLength > lastCaseBytes.length) lastCaseBytes = new Uint8Array(2 * caseLength);
      for (let i = 0; i < caseLength; i++) lastCaseBytes[i] = rowBytes[caseStart + i];
      lastCaseLength = caseLength;
    }
    const department = departmentColumn >= 0 && ends[departmentColumn] > starts[departmentColumn] ? nameOf(departmentKeys, departmentColumn, at, departmentIndex) : MISSING_DEPARTMENT;
    const activity = joined2 === null ? nameOf(activityKeys, single, at, activityIndex) : builder.activities.intern(joined2);
    const customer = customerColumn >= 0 && ends[customerColumn] > starts[customerColumn] ? nameOf(customerKeys, customerColumn, at, customerIndex) : NO_CUSTOMER;
    builder.add(lastCase, activity, department, time, start, customer);
  };
  const useParsedRow = (row, at) => {
    if (row.length > columns.length) return useRow(at, row.length);
    const fields = Math.min(row.length, needed);
    let room = 0;
    for (let c = 0; c < fields; c++) if (used[c] === 1) room += 3 * row[c].length;
    if (room > encoded.length) encoded = new Uint8Array(2 * room);
    let end = 0;
    for (let c = 0; c < fields; c++) {
      if (used[c] !== 1) continue;
      const text = row[c];
      starts[c] = end;
      let i = 0;
      for (let code = 0; i < text.length && (code = text.charCodeAt(i)) < 128; i++) encoded[end + i] = code;
      end += i === text.length ? i : encoder.encodeInto(text, encoded.subarray(end)).written;
      ends[c] = end;
    }
    rowBytes = encoded;
    useRow(at, row.length);
  };
  const startParser = (header) => {
    delimiter ??= detectDelimiter(header);
    parser = new Papa.Parser({ delimiter, newline, quoteChar: '"' });
    delimiterByte = delimiter.length === 1 && delimiter.charCodeAt(0) < 128 ? delimiter.charCodeAt(0) : -1;
  };
  const tooLong = (openQuote, unit) => {
    const limit = `${MAX_RECORD.toLocaleString("en")} ${unit}`;
    const what = columns === null ? `the header runs over ${limit} without a line break: this does not look like a CSV event log (check the file and its format)` : openQuote ? `a record runs over ${limit}, most likely a quoted field that is never closed: close the quote` : `a line runs over ${limit} without a line break: this does not look like a line of an event log (check the delimiter and the line breaks)`;
    return new EventLogError("record_too_long", `line ${line}: ${what}`, { line });
  };
  const tail = (input, from, final) => {
    const rest = final ? "" : input.slice(from);
    if (rest.length > MAX_RECORD) throw tooLong(rest.indexOf('"') >= 0, "characters");
    return rest;
  };
  const headerLine = (bytes, from, to) => {
    const lineBreak = firstBreak(bytes, from, to);
    const end = lineBreak < 0 ? to : lineBreak;
    const next = lineBreak < 0 ? to : afterBreak(bytes, lineBreak, to);
    if (end === from) {
      line++;
      return next;
    }
    const quote2 = bytes.indexOf(QUOTE, from);
    if (quote2 >= 0 && quote2 < end) return from;
    const header = textOf(bytes, from, end, line);
    startParser(header);
    useHeader(header.split(delimiter));
    line++;
    return next;
  };
  const cutLines = (chunk, from, to, stop) => {
    const bytes = to === chunk.length ? chunk : chunk.subarray(0, to);
    const d = delimiterByte;
    const width = columns.length;
    rowBytes = bytes;
    let lf = bytes.indexOf(LF, from);
    let cr = bytes.indexOf(CR, from);
    if (lf < 0) lf = to;
    if (cr < 0) cr = to;
    let pos = from;
    while (pos < to) {
      if (lf < pos && (lf = bytes.indexOf(LF, pos)) < 0) lf = to;
      if (cr < pos && (cr = bytes.indexOf(CR, pos)) < 0) cr = to;
      const end = lf < cr ? lf : cr;
      if (stop < end) break;
      const next = end === cr && bytes[end + 1] === LF ? end + 2 : end + 1;
      const at = line++;
      if (end > pos) {
        let start = pos;
        let fields = 0;
        let cut = pos;
        while (fields < needed) {
          cut = bytes.indexOf(d, start);
          if (cut < 0 || cut > end) cut = end;
          starts[fields] = start;
          ends[fields] = cut;
          fields++;
          if (cut === end) break;
          start = cut + 1;
        }
        while (cut < end && fields <= width) {
          cut = bytes.indexOf(d, cut + 1);
          if (cut < 0 || cut > end) cut = end;
          fields++;
        }
        useRow(at, fields);
      }
      pos = next;
    }
    return pos;
  };
  const parseBytes = (bytes, from, to, final) => {
    const lineBreaks = csvLineBreaks(textOf(bytes, from, to, line), inQuotes);
    inQuotes = lineBreaks.inQuotes;
    textTail = parse(textTail === "" ? lineBreaks.text : textTail + lineBreaks.text, final);
    if (textTail === "") inQuotes = false;
  };
  const parse = (input, final) => {
    if (parser === null) {
      const end = input.indexOf(newline);
      startParser(end < 0 ? input : input.slice(0, end));
    }
    const result = parser.parse(input, 0, !final);
    const rows = result.data;
    const hasQuotes = input.indexOf('"') >= 0;
    const nl = newline;
    let malformed = null;
    for (const e of result.errors) {
      if (e.code === "MissingQuotes") {
        let at = line;
        for (let k = 0; k < (e.row ?? 0); k++) at += 1 + (rows[k] ?? []).reduce((n, f) => n + countOf(f, nl), 0);
        throw new EventLogError("unterminated_quote", `line ${at}: a quoted field is never closed: close the quote (a quote inside a quoted field is written twice, "")`, { line: at });
      }
      (malformed ??= /* @__PURE__ */ new Set()).add(e.row ?? -1);
    }
    for (let k = 0; k < rows.length; k++) {
      const row = rows[k];
      const at = line;
      line++;
      if (hasQuotes) {
        for (const field2 of row) if (field2.indexOf(nl) >= 0) line += countOf(field2, nl);
      }
      if (row.length === 1 && row[0] === "") continue;
      if (malformed?.has(k)) {
        badRow(config, "malformed_quote", `line ${at}: a quoted field has text after its closing quote: quote the whole field and double the quotes inside it ("")`, { line: at });
      } else if (columns === null) {
        useHeader(row);
      } else {
        useParsedRow(row, at);
      }
    }
    return tail(input, result.meta.cursor, final);
  };
  const readLines = (bytes, from, to, final) => {
    while (from < to) {
      if (textTail === "" && columns === null) {
        const next = headerLine(bytes, from, to);
        if (next !== from) {
          from = next;
          continue;
        }
      } else if (textTail === "" && delimiterByte >= 0) {
        const quote2 = bytes.indexOf(QUOTE, from);
        from = cutLines(bytes, from, to, quote2 < 0 || quote2 >= to ? to : quote2);
        if (from >= to) return;
      }
      let end = to;
      if (to - from > BATCH_BYTES) {
        const lineBreak = firstBreak(bytes, from + BATCH_BYTES, to);
        if (lineBreak >= 0) end = afterBreak(bytes, lineBreak, to);
      }
      parseBytes(bytes, from, end, final && end === to);
      from = end;
    }
  };
  let pending = EMPTY;
  const hold = (bytes) => {
    pending = bytes;
    if (pending.length > MAX_RECORD) throw tooLong(textTail !== "" || pending.indexOf(QUOTE) >= 0, "bytes");
  };
  const push = (chunk) => {
    let from = 0;
    if (pending.length > 0) {
      const lineBreak = firstBreak(chunk, 0, chunk.length);
      if (lineBreak < 0 || lineBreak === chunk.length - 1 && chunk[lineBreak] === CR) return hold(joined(pending, chunk));
      from = afterBreak(chunk, lineBreak, chunk.length);
      const first2 = joined(pending, chunk.subarray(0, from));
      pending = EMPTY;
      readLines(first2, 0, first2.length, false);
    }
    const end = afterLastBreak(chunk, from);
    if (end > from) readLines(chunk, from, end, false);
    if (end < chunk.length) hold(joined(EMPTY, chunk.subarray(end)));
  };
  const last = new Uint8Array(4);
  let seen = 0;
  let first = EMPTY;
  for await (const bytes of chunks) {
    if (bytes.length === 0) continue;
    let chunk = searchable(bytes);
    for (let i = Math.max(0, chunk.length - 4); i < chunk.length; i++) last[seen++ & 3] = chunk[i];
    if (first !== null) {
      first = first.length === 0 ? chunk : joined(first, chunk);
      if (first.length < 3) continue;
      chunk = first[0] === 239 && first[1] === 187 && first[2] === 191 ? first.subarray(3) : first;
      first = null;
    }
    push(chunk);
  }
  if (first !== null && first.length > 0) push(first);
  const ending = Uint8Array.from({ length: Math.min(seen, 4) }, (_, k) => last[seen - Math.min(seen, 4) + k & 3]);
  if (wholeCharacters(ending) < ending.length) throw invalidEncoding(line);
  if (pending.length > 0) readLines(pending, 0, pending.length, true);
  else if (textTail !== "") textTail = parse(textTail, true);
  if (columns === null) throw new EventLogError("empty_log", "the log is empty: expected a header line naming the columns, then one line per event");
}

// src/logs/read-xes-events.ts
import { SaxesParser } from "file:///work/wt/reader/node_modules/saxes/saxes.js";
var quoted2 = excerpt;
var MAX_SPAN_CHARS = 1 << 24;
var MAX_KEYS = 1e4;
var LIFECYCLE = "lifecycle:transition";
async function readXesEvents(texts, config) {
  const tooLong = () => new EventLogError(
    "record_too_long",
    `line ${parser.line}: a tag, attribute value or text runs over ${MAX_SPAN_CHARS.toLocaleString("en")} characters: no attribute of an event log is this long (is the file damaged?)`,
    { line: parser.line }
  );
  const { builder, missing } = config;
  const wanted = /* @__PURE__ */ new Set([config.caseKey, config.timestampKey, LIFECYCLE, ...config.activityKeys]);
  const pairingKeys = config.activityKeys.filter((k) => k !== LIFECYCLE);
  if (config.departmentKey !== null) wanted.add(config.departmentKey);
  if (config.customerKey !== null) wanted.add(config.customerKey);
  const parser = new SaxesParser({ xmlns: false, position: true });
  const seenKeys = /* @__PURE__ */ new Set();
  const mapped = new Map([[config.caseKey, "the case"], ...config.activityKeys.map((k) => [k, "the activity"]), [config.timestampKey, "the timestamp"]]);
  if (config.departmentKey !== null) mapped.set(config.departmentKey, "the department");
  if (config.customerKey !== null) mapped.set(config.customerKey, "the customer");
  const held = /* @__PURE__ */ new Map();
  const problem = (key, code, message, place, fixes = []) => {
    if (seenKeys.has(key)) return badRow(config, code, message, place, fixes);
    const list2 = held.get(key) ?? { count: 0, first: [] };
    list2.count++;
    if (list2.first.length < 10) list2.first.push({ code, message, place, fixes });
    held.set(key, list2);
  };
  const see = (key) => {
    if (seenKeys.size < MAX_KEYS) seenKeys.add(key);
    const list2 = held.get(key);
    if (list2 === void 0) return;
    held.delete(key);
    for (let i = 0; i < list2.count; i++) {
      const p = list2.first[Math.min(i, list2.first.length - 1)];
      badRow(config, p.code, p.message, p.place, p.fixes);
    }
  };
  let sawEvent = false;
  let depth = 0;
  let traceCount = 0;
  let traceLine = 0;
  let traceValues = null;
  let events = [];
  let event = null;
  let sawLog = false;
  const flushTrace = () => {
    const trace = traceCount;
    const caseText = traceValues.get(config.caseKey) ?? "";
    if (caseText === "") {
      const message = `trace ${trace} (line ${traceLine}): no ${quoted2(config.caseKey)} attribute naming the case`;
      if (events.length === 0) return;
      for (let e = 0; e < events.length; e++) problem(config.caseKey, "missing_attribute", message, { trace });
      return;
    }
    const caseIndex = builder.cases.intern(caseText);
    const open = /* @__PURE__ */ new Map();
    const kept = [];
    for (let e = 0; e < events.length; e++) {
      const { values, line } = events[e];
      const get = (key) => values.get(key) ?? traceValues.get(key) ?? "";
      const place = { trace, event: e + 1 };
      const where = `trace ${trace} (case ${quoted2(caseText)}), event ${e + 1} (line ${line})`;
      let activity = "";
      for (const key of config.activityKeys) {
        const part = get(key);
        if (part !== "") activity = activity === "" ? part : activity + config.activitySeparator + part;
      }
      if (activity === "") {
        const unseen = config.activityKeys.find((k) => !seenKeys.has(k)) ?? config.activityKeys[0];
        problem(unseen, "missing_attribute", `${where}: no activity (${config.activityKeys.map(quoted2).join(" + ")})`, place);
        continue;
      }
      const stamp = get(config.timestampKey);
      const time = config.parseTime(stamp);
      if (Number.isNaN(time)) {
        const what = stamp === "" ? `no ${quoted2(config.timestampKey)} attribute` : `cannot read the timestamp ${quoted2(stamp)}`;
        problem(config.timestampKey, stamp === "" ? "missing_attribute" : "bad_timestamp", `${where}: ${what}: expected ${config.timestampHint}`, place, config.timestampFixes);
        continue;
      }
      let department = MISSING_DEPARTMENT;
      if (config.departmentKey !== null) {
        const d = get(config.departmentKey);
        if (d !== "" && !missing.has(d)) department = builder.departments.intern(d);
      }
      const customerText = config.customerKey === null ? "" : get(config.customerKey);
      const customer = customerText === "" ? NO_CUSTOMER : builder.customers.intern(customerText);
      const lifecycle = get(LIFECYCLE).toLowerCase();
      const base = lifecycle === "start" || lifecycle === "complete" ? pairingKeys.map(get).join("\0") : "";
      if (lifecycle === "start") {
        const queue2 = open.get(base);
        const started = { time, e: kept.length };
        if (queue2) queue2.push(started);
        else open.set(base, [started]);
        kept.push({ e, activity, department, time, start: time, customer });
        continue;
      }
      let start = Number.NaN;
      const queue = lifecycle === "complete" ? open.get(base) : void 0;
      if (queue !== void 0 && queue.length > 0) {
        const started = queue.shift();
        start = started.time;
        kept[started.e].e = -1;
      }
      kept.push({ e, activity, department, time, start, customer });
    }
    for (const k of kept) {
      if (k.e >= 0) builder.add(caseIndex, builder.activities.intern(k.activity), k.department, k.time, k.start, k.customer);
    }
  };
  parser.on("doctype", () => {
    throw new EventLogError(
      "xml_entities",
      `line ${parser.line}: the XES file declares a DOCTYPE; hukka refuses DOCTYPEs because entity expansion and external entities are unsafe (billion laughs, XXE): remove the DOCTYPE`,
      { line: parser.line }
    );
  });
  parser.on("error", (e) => {
    throw new EventLogError("xml_error", `not well-formed XML: ${e.message}`, { line: parser.line });
  });
  const misplaced = (what) => new EventLogError(
    "misplaced_event",
    `line ${parser.line}: ${what}: hukka reads the events inside each <trace> (the case) only; move it into the <trace> of its case`,
    { line: parser.line }
  );
  const setOnce = (values, key, value2, where) => {
    const earlier = values.get(key);
    if (earlier !== void 0) {
      throw new EventLogError(
        "duplicate_attribute",
        `${where}: the attribute ${quoted2(key)} is given twice (${quoted2(earlier)}, then ${quoted2(value2)}): keep one, so that it is clear which one to read`,
        { line: parser.line }
      );
    }
    values.set(key, value2);
  };
  let mark = 0;
  parser.on("opentag", (tag) => {
    mark = parser.position;
    if (tag.name === "event" && (depth !== 2 || traceValues === null)) {
      throw misplaced(depth === 1 ? "an <event> directly under <log>, outside any <trace>" : `an <event> at depth ${depth}, not directly in a <trace>`);
    }
    if (tag.name === "trace" && depth > 1) throw misplaced("a <trace> inside a <trace>");
    if (depth === 0) {
      if (tag.name !== "log") {
        throw new EventLogError("not_xes", `the XML root element is <${tag.name}>, not <log>: this is not an XES event log`, { line: parser.line });
      }
      sawLog = true;
    } else if (depth === 1 && tag.name === "trace") {
      traceCount++;
      traceLine = parser.line;
      traceValues = /* @__PURE__ */ new Map();
      events = [];
    } else if (depth === 2 && traceValues !== null) {
      if (tag.name === "event") {
        event = { values: /* @__PURE__ */ new Map(), line: parser.line };
        sawEvent = true;
      } else {
        const key = tag.attributes.key;
        if (key !== void 0) see(key);
        if (key !== void 0 && wanted.has(key) && tag.attributes.value !== void 0) {
          setOnce(traceValues, key, tag.attributes.value, `trace ${traceCount} (line ${parser.line})`);
        }
      }
    } else if (depth === 3 && event !== null) {
      const key = tag.attributes.key;
      if (key !== void 0) see(key);
      if (key !== void 0 && wanted.has(key) && tag.attributes.value !== void 0) {
        setOnce(event.values, key, tag.attributes.value, `trace ${traceCount}, event ${events.length + 1} (line ${event.line})`);
      }
    }
    depth++;
  });
  parser.on("closetag", (tag) => {
    mark = parser.position;
    depth--;
    if (depth === 2 && event !== null && tag.name === "event") {
      events.push(event);
      event = null;
    } else if (depth === 1 && traceValues !== null && tag.name === "trace") {
      flushTrace();
      traceValues = null;
      events = [];
    }
  });
  for await (const text of texts) {
    try {
      parser.write(text);
    } catch (e) {
      if (e instanceof RangeError) throw tooLong();
      throw e;
    }
    if (parser.position - mark > MAX_SPAN_CHARS) throw tooLong();
  }
  parser.close();
  if (!sawLog) throw new EventLogError("empty_log", "the log is empty: expected an XES <log> element");
  if (sawEvent) {
    for (const [key, what] of mapped) if (!seenKeys.has(key)) throw unknownAttribute(key, what, [...seenKeys]);
  }
}
function unknownAttribute(key, what, keys) {
  const { ordered, suggested } = closestNames(key, keys);
  const hint = didYouMean(suggested, quoted2);
  return new EventLogError(
    "unknown_attribute",
    `no trace or event of the log has the attribute ${quoted2(key)} named for ${what}${hint ? `: ${hint}` : ""} (attributes${hint ? ", closest first" : ""}: ${keys.length === 0 ? "none" : excerptList(hint ? ordered : keys)}): name one of these`
  );
}

// src/logs/refuse-engine-files.ts
var MAGIC_BYTES = 12;
var ascii = (bytes, from) => String.fromCharCode(...bytes.subarray(from, from + 4));
async function* refuseEngineFiles(chunks) {
  const iterator = chunks[Symbol.asyncIterator]();
  const seen = [];
  let length = 0;
  while (length < MAGIC_BYTES) {
    const next = await iterator.next();
    if (next.done) break;
    seen.push(next.value);
    length += next.value.length;
  }
  const head = new Uint8Array(Math.min(length, MAGIC_BYTES));
  let at = 0;
  for (const chunk of seen) {
    if (at >= head.length) break;
    const part = chunk.subarray(0, head.length - at);
    head.set(part, at);
    at += part.length;
  }
  const kind = head.length >= 4 && ascii(head, 0) === "PAR1" ? "a Parquet file" : head.length >= 12 && ascii(head, 8) === "DUCK" ? "a DuckDB database" : null;
  if (kind !== null) throw new EventLogError("needs_duckdb", `this is ${kind}, not a CSV or XES log`, {}, ["engine_duckdb"]);
  yield* seen;
  for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
}

// src/logs/timestamp-parser.ts
var DIGIT_0 = 48;
var [HYPHEN, SLASH, COLON, DOT, COMMA, SPACE, T, PLUS, Z, Z_LOWER] = [45, 47, 58, 46, 44, 32, 84, 43, 90, 122];
function digits2(t, i) {
  const a = t[i] - DIGIT_0;
  const b = t[i + 1] - DIGIT_0;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}
function digits4(t, i) {
  const a = digits2(t, i);
  const b = digits2(t, i + 2);
  return a >= 0 && b >= 0 ? a * 100 + b : -1;
}
var MS_PER_DAY = 864e5;
function daysFromCivil(year, month, day) {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}
function daysInMonth(year, month) {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
var lastDate = -1;
var lastDays = 0;
function toMs(y, mo, d, h, mi, s, ms, offset) {
  if (h > 23 || mi > 59 || s > 60 || s === 60 && ((h * 60 + mi - offset) % 60 + 60) % 60 !== 59) return NaN;
  const date = y * 1e4 + mo * 100 + d;
  if (date !== lastDate) {
    if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return NaN;
    lastDays = daysFromCivil(y, mo, d);
    lastDate = date;
  }
  return lastDays * MS_PER_DAY + ((h * 60 + mi - offset) * 60 + s) * 1e3 + ms;
}
var Reader = class {
  constructor(text) {
    this.text = text;
  }
  i = 0;
  /** Exactly `n` digits, or -1. */
  digits(n) {
    let v = 0;
    for (let k = 0; k < n; k++) {
      const c = this.text.charCodeAt(this.i) - DIGIT_0;
      if (!(c >= 0 && c <= 9)) return -1;
      v = v * 10 + c;
      this.i++;
    }
    return v;
  }
  /** Between `min` and `max` digits, or -1. */
  digitsBetween(min, max) {
    let v = 0;
    let k = 0;
    for (; k < max; k++) {
      const c = this.text.charCodeAt(this.i) - DIGIT_0;
      if (!(c >= 0 && c <= 9)) break;
      v = v * 10 + c;
      this.i++;
    }
    return k < min ? -1 : v;
  }
  /** A decimal fraction of a second in milliseconds (at least one digit), or -1. */
  fraction() {
    let ms = 0;
    let scale = 100;
    const start = this.i;
    for (; ; ) {
      const c = this.text.charCodeAt(this.i) - DIGIT_0;
      if (!(c >= 0 && c <= 9)) break;
      ms += c * scale;
      scale /= 10;
      this.i++;
    }
    return this.i === start ? -1 : ms;
  }
  is(char) {
    if (this.text[this.i] !== char) return false;
    this.i++;
    return true;
  }
  /** `Z`, `±hh:mm`, `±hhmm` or `±hh` in minutes east of UTC; `null` when there is none; NaN when malformed. */
  offset() {
    const c = this.text[this.i];
    if (c === "Z" || c === "z") {
      this.i++;
      return 0;
    }
    if (c !== "+" && c !== "-") return null;
    this.i++;
    const h = this.digits(2);
    if (h < 0) return NaN;
    this.is(":");
    const m = this.i < this.text.length ? this.digits(2) : 0;
    if (m < 0 || h > 23 || m > 59) return NaN;
    return (c === "-" ? -1 : 1) * (h * 60 + m);
  }
  get done() {
    return this.i === this.text.length;
  }
};
function readDefault(text) {
  let t = text;
  if (t.charCodeAt(0) <= 32 || t.charCodeAt(t.length - 1) <= 32) t = t.trim();
  return isoTimestampAt(t, 0, t.length);
}
var scratch = new Uint8Array(64);
function isoTimestampAt(t, start, end) {
  const n = end - start;
  if (n < 10) return NaN;
  if (n > scratch.length) scratch = new Uint8Array(2 * n);
  for (let i = 0; i < n; i++) {
    const c = t.charCodeAt(start + i);
    scratch[i] = c < 256 ? c : 0;
  }
  return isoTimestampBytes(scratch, 0, n);
}
function isoTimestampBytes(t, start, end) {
  const n = end - start;
  if (n < 10) return NaN;
  const y = digits4(t, start);
  const sep = t[start + 4];
  if (y < 0 || sep !== HYPHEN && sep !== SLASH || t[start + 7] !== sep) return NaN;
  const mo = digits2(t, start + 5);
  const d = digits2(t, start + 8);
  if (mo < 0 || d < 0) return NaN;
  if (n === 10) return toMs(y, mo, d, 0, 0, 0, 0, 0);
  const tee = t[start + 10];
  if (n < 16 || tee !== T && tee !== SPACE || t[start + 13] !== COLON) return NaN;
  const h = digits2(t, start + 11);
  const mi = digits2(t, start + 14);
  if (h < 0 || mi < 0) return NaN;
  let i = start + 16;
  let s = 0;
  let ms = 0;
  if (i < end && t[i] === COLON) {
    if (n < 19) return NaN;
    s = digits2(t, start + 17);
    if (s < 0) return NaN;
    i = start + 19;
    const dot = i < end ? t[i] : 0;
    if (dot === DOT || dot === COMMA) {
      let scale = 100;
      const from = ++i;
      for (let c = t[i] - DIGIT_0; i < end && c >= 0 && c <= 9; c = t[++i] - DIGIT_0) {
        ms += c * scale;
        scale /= 10;
      }
      if (i === from) return NaN;
    }
  }
  if (i === end) return toMs(y, mo, d, h, mi, s, ms, 0);
  const offset = offsetAt(t, i, end);
  return Number.isNaN(offset) ? NaN : toMs(y, mo, d, h, mi, s, ms, offset);
}
function offsetAt(t, i, end) {
  const c = t[i];
  if (c === Z || c === Z_LOWER) return i + 1 === end ? 0 : NaN;
  if (c !== PLUS && c !== HYPHEN || i + 3 > end) return NaN;
  const h = digits2(t, i + 1);
  let at = i + 3;
  const colon = at < end && t[at] === COLON;
  if (colon) at++;
  const m = at === end && !colon ? 0 : at + 2 <= end ? digits2(t, at) : -1;
  if (h < 0 || h > 23 || m < 0 || m > 59 || at !== end && at + 2 !== end) return NaN;
  return (c === HYPHEN ? -1 : 1) * (h * 60 + m);
}
var PATTERN_TOKENS = [
  ["YYYY", { field: "Y", min: 4, max: 4 }],
  ["MM", { field: "M", min: 2, max: 2 }],
  ["M", { field: "M", min: 1, max: 2 }],
  ["DD", { field: "D", min: 2, max: 2 }],
  ["D", { field: "D", min: 1, max: 2 }],
  ["HH", { field: "H", min: 2, max: 2 }],
  ["H", { field: "H", min: 1, max: 2 }],
  ["mm", { field: "m", min: 2, max: 2 }],
  ["ss", { field: "s", min: 2, max: 2 }],
  ["Z", { field: "Z" }]
];
function compilePattern(pattern) {
  const tokens = [];
  let i = 0;
  outer: while (i < pattern.length) {
    if (pattern[i] === "S") {
      while (pattern[i] === "S") i++;
      tokens.push({ field: "S" });
      continue;
    }
    for (const [text, token] of PATTERN_TOKENS) {
      if (pattern.startsWith(text, i)) {
        tokens.push(token);
        i += text.length;
        continue outer;
      }
    }
    tokens.push({ literal: pattern[i] });
    i++;
  }
  const fields = new Set(tokens.flatMap((t) => "field" in t ? [t.field] : []));
  for (const needed of ["Y", "M", "D"]) {
    if (!fields.has(needed)) throw new Error(`timestamp format "${pattern}" has no ${{ Y: "YYYY", M: "MM", D: "DD" }[needed]}`);
  }
  return tokens;
}
function patternReader(pattern) {
  const tokens = compilePattern(pattern);
  return (text) => {
    const r = new Reader(text.trim());
    const v = { Y: 0, M: 0, D: 0, H: 0, m: 0, s: 0, S: 0, Z: 0 };
    for (const t of tokens) {
      if ("literal" in t) {
        if (!r.is(t.literal)) return NaN;
      } else if (t.field === "S") {
        if ((v.S = r.fraction()) < 0) return NaN;
      } else if (t.field === "Z") {
        const offset = r.offset();
        if (offset === null || Number.isNaN(offset)) return NaN;
        v.Z = offset;
      } else if ("min" in t && (v[t.field] = r.digitsBetween(t.min, t.max)) < 0) return NaN;
    }
    return r.done ? toMs(v.Y, v.M, v.D, v.H, v.m, v.s, v.S, v.Z) : NaN;
  };
}
function timestampParser(format) {
  if (typeof format === "function") return format;
  if (format === void 0 || format === "") return readDefault;
  return patternReader(format);
}

// src/logs/utf8-chunks.ts
var SLICE = 1 << 20;
async function* utf8Chunks(text) {
  const encoder = new TextEncoder();
  if (typeof text !== "string") {
    for await (const chunk of text) yield encoder.encode(chunk);
    return;
  }
  for (let i = 0; i < text.length; ) {
    let end = Math.min(i + SLICE, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 55296 && last < 56320) end--;
    yield encoder.encode(text.slice(i, end));
    i = end;
  }
}

// src/logs/zone-clock.ts
var MS_PER_DAY2 = 864e5;
var MS_PER_SECOND = 1e3;
function isTimeZone(timezone) {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: timezone });
    return true;
  } catch {
    return false;
  }
}
function zoneClock(timezone) {
  const format = new Intl.DateTimeFormat("en-US", {
    timeZone: timezone,
    hourCycle: "h23",
    era: "short",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric"
  });
  const intlOffset = (instant) => {
    const second = Math.floor(instant / MS_PER_SECOND) * MS_PER_SECOND;
    const f = {};
    let bc = false;
    for (const part of format.formatToParts(second)) {
      if (part.type === "era") bc = part.value.startsWith("B");
      else if (part.type !== "literal") f[part.type] = Number(part.value);
    }
    const wall = /* @__PURE__ */ new Date(0);
    wall.setUTCFullYear(bc ? 1 - f.year : f.year, f.month - 1, f.day);
    wall.setUTCHours(f.hour, f.minute, f.second);
    return (wall.getTime() - second) / MS_PER_SECOND;
  };
  const midnights = /* @__PURE__ */ new Map();
  const midnight = (index) => {
    let o = midnights.get(index);
    if (o === void 0) {
      o = intlOffset(index * MS_PER_DAY2);
      midnights.set(index, o);
    }
    return o;
  };
  const days = /* @__PURE__ */ new Map();
  const day = (index) => {
    let d = days.get(index);
    if (d !== void 0) return d;
    const start = index * MS_PER_DAY2;
    const before = midnight(index);
    const after = midnight(index + 1);
    if (before === after) d = [before, Number.NaN, after];
    else {
      let lo = start;
      let hi = start + MS_PER_DAY2;
      while (hi - lo > MS_PER_SECOND) {
        const mid = lo + Math.floor((hi - lo) / 2 / MS_PER_SECOND) * MS_PER_SECOND;
        if (intlOffset(mid) === before) lo = mid;
        else hi = mid;
      }
      d = [before, hi, after];
    }
    days.set(index, d);
    return d;
  };
  const offsetSeconds = (instant) => {
    const [before, change, after] = day(Math.floor(instant / MS_PER_DAY2));
    return instant >= change ? after : before;
  };
  let quietDay = Number.NaN;
  let quietOffset = 0;
  return {
    timezone,
    offsetAt: (instant) => offsetSeconds(instant) / 60,
    instantOf(local) {
      const index = Math.floor(local / MS_PER_DAY2);
      if (index === quietDay) return local - quietOffset;
      const [before, change] = day(index);
      if (Number.isNaN(change) && Number.isNaN(day(index - 1)[1]) && Number.isNaN(day(index + 1)[1])) {
        quietDay = index;
        quietOffset = before * MS_PER_SECOND;
        return local - quietOffset;
      }
      const early = offsetSeconds(local - MS_PER_DAY2) * MS_PER_SECOND;
      const late = offsetSeconds(local + MS_PER_DAY2) * MS_PER_SECOND;
      const first = local - early;
      if (offsetSeconds(first) * MS_PER_SECOND === early) return first;
      const second = local - late;
      if (offsetSeconds(second) * MS_PER_SECOND === late) return second;
      return first;
    }
  };
}

// src/logs/zoned-timestamps.ts
var [PLUS2, HYPHEN2, Z2, Z_LOWER2] = [43, 45, 90, 122];
function hasOffset(code, start, end) {
  const last = code(end - 1);
  if (last === Z2 || last === Z_LOWER2) return true;
  for (let i = end - 1; i > start + 10; i--) {
    const c = code(i);
    if (c === PLUS2 || c === HYPHEN2) return true;
  }
  return false;
}
function zonedTimestamps(parseTime, parseTimeAt, format, timezone) {
  if (typeof format === "function" || typeof format === "string" && format.includes("Z")) return { parseTime, parseTimeAt };
  const clock = zoneClock(timezone);
  const pattern = typeof format === "string" && format !== "";
  return {
    parseTime: (text) => {
      const ms = parseTime(text);
      if (Number.isNaN(ms)) return ms;
      const t = text.trim();
      return pattern || !hasOffset((i) => t.charCodeAt(i), 0, t.length) ? clock.instantOf(ms) : ms;
    },
    parseTimeAt: parseTimeAt === null ? null : (bytes, start, end) => {
      const ms = parseTimeAt(bytes, start, end);
      return Number.isNaN(ms) || hasOffset((i) => bytes[i], start, end) ? ms : clock.instantOf(ms);
    }
  };
}

// src/logs/read-event-log.ts
var DEFAULTS4 = {
  encoding: "utf-8",
  activitySeparator: "+",
  skipBadRows: false,
  xes: { case: "concept:name", activity: ["concept:name"], timestamp: "time:timestamp" }
};
var TEXT_SLICE = 1 << 20;
async function* sliced(text) {
  for (let i = 0; i < text.length; i += TEXT_SLICE) yield text.slice(i, i + TEXT_SLICE);
}
async function* counted(chunks, onChunk) {
  let bytes = 0;
  for await (const chunk of chunks) {
    yield chunk;
    onChunk(bytes += chunk.length);
  }
}
function looksLikeXml(text) {
  const start = text.replace(/^\uFEFF/, "").trimStart();
  return start === "" ? null : start.startsWith("<");
}
async function peekFormat(chunks, encoding) {
  const iterator = chunks[Symbol.asyncIterator]();
  const seen = [];
  const decoder = new TextDecoder(encoding);
  let head = "";
  let xml = null;
  while (xml === null) {
    const next = await iterator.next();
    if (next.done) break;
    seen.push(next.value);
    xml = head === "" ? looksLikeXml(new TextDecoder(encoding).decode(next.value.subarray(0, 256))) : null;
    if (xml === null) xml = looksLikeXml(head += decoder.decode(next.value, { stream: true }));
  }
  async function* all() {
    yield* seen;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  return { format: xml ? "xes" : "csv", chunks: all() };
}
function validate(options) {
  const bad = (message) => new EventLogError("bad_option", message);
  if (options.encoding !== void 0 && !ENCODINGS.includes(options.encoding)) {
    throw bad(`unknown encoding ${JSON.stringify(options.encoding)}: use one of ${ENCODINGS.join(", ")}`);
  }
  if (options.delimiter !== void 0 && (options.delimiter === "" || /["\r\n]/.test(options.delimiter))) {
    throw bad(`invalid delimiter ${JSON.stringify(options.delimiter)}: use a character such as "," ";" or "\\t"`);
  }
  if (options.format !== void 0 && options.format !== "csv" && options.format !== "xes") {
    throw bad(`unknown format ${JSON.stringify(options.format)}: use "csv" or "xes"`);
  }
}
async function readEventLog(source, mapping = {}, options = {}) {
  validate(options);
  const builder = new EventLogBuilder();
  const progress = options.onProgress;
  const encoding = options.encoding ?? DEFAULTS4.encoding;
  const peeked = typeof source === "string" ? { format: looksLikeXml(source) ? "xes" : "csv", chunks: null } : await peekFormat(refuseEngineFiles(gunzipIfCompressed(counted(byteChunks(source), (bytes) => progress?.({ bytes, events: builder.events })))), encoding);
  const format = options.format ?? peeked.format;
  const defaults = format === "xes" ? DEFAULTS4.xes : { case: "", activity: [], timestamp: "" };
  const activity = mapping.activity ?? defaults.activity;
  let parseTime;
  try {
    parseTime = timestampParser(options.timestampFormat);
  } catch (e) {
    throw new EventLogError("bad_option", `${e.message}: use YYYY, MM, DD, HH, mm, ss, SSS and Z`);
  }
  if (options.timezone !== void 0 && !isTimeZone(options.timezone)) {
    throw new EventLogError("bad_option", `unknown time zone ${JSON.stringify(options.timezone)}: use an IANA name such as "Europe/Helsinki"`);
  }
  const parseTimeAt = options.timestampFormat === void 0 || options.timestampFormat === "" ? isoTimestampBytes : null;
  const zoned = options.timezone === void 0 ? { parseTime, parseTimeAt } : zonedTimestamps(parseTime, parseTimeAt, options.timestampFormat, options.timezone);
  const config = {
    caseKey: mapping.case ?? defaults.case,
    activityKeys: typeof activity === "string" ? [activity] : [...activity],
    timestampKey: mapping.timestamp ?? defaults.timestamp,
    startTimestampKey: mapping.startTimestamp ?? null,
    departmentKey: mapping.department ?? null,
    customerKey: mapping.customer ?? null,
    missing: new Set(mapping.missing ?? []),
    activitySeparator: options.activitySeparator ?? DEFAULTS4.activitySeparator,
    ...zoned,
    timestampHint: typeof options.timestampFormat === "string" ? `the format ${JSON.stringify(options.timestampFormat)}` : "ISO 8601 (2014-10-22T11:15:41+02:00) or YYYY/MM/DD hh:mm:ss",
    timestampFixes: typeof options.timestampFormat === "string" ? [] : ["timestamp_format"],
    skipBadRows: options.skipBadRows ?? DEFAULTS4.skipBadRows,
    builder
  };
  if (format === "csv") {
    const utf8 = encoding === "utf-8" || encoding === "utf8";
    const bytes = peeked.chunks === null ? utf8Chunks(source) : utf8 ? peeked.chunks : utf8Chunks(decodeText(peeked.chunks, encoding));
    await readCsvEvents(bytes, config, options.delimiter);
  } else {
    try {
      await readXesEvents(peeked.chunks === null ? sliced(source) : decodeText(peeked.chunks, encoding), config);
    } catch (e) {
      if (e instanceof EventLogError && options.format === void 0 && (e.code === "xml_error" || e.code === "not_xes")) {
        throw new EventLogError(e.code, e.problem, e.place, [...e.fixes, "format_csv"]);
      }
      throw e;
    }
  }
  if (builder.events === 0) {
    const skipped = builder.skipped ? `: all ${builder.skipped} were skipped as bad (first: ${builder.skippedProblems[0]})` : "";
    throw new EventLogError("empty_log", `the log has no events${skipped}`);
  }
  return builder.build(format, config.customerKey !== null);
}

// src/mining/classification.ts
import { z as z2 } from "file:///work/wt/reader/node_modules/zod/index.js";
var ClassifiedActivitySchema = z2.strictObject({
  activity: z2.string().min(1).describe("The activity name as the log spells it (joined, when several columns make the activity)."),
  type: z2.enum(STEP_TYPES).describe("value, necessary or waste."),
  waste: z2.string().min(1).optional().describe(`Waste category of a waste activity: ${STANDARD_WASTES.join(", ")}, or a custom one.`),
  // bounded as a model's minutes and cost are: the mined model's steps take them
  minutes: z2.number().finite().nonnegative().max(MODEL_BOUNDS.minutes).optional().describe("The customer's minutes in this activity (0 when absent)."),
  cost: z2.number().finite().nonnegative().max(MODEL_BOUNDS.cost).optional().describe("The organisation's cost of this activity."),
  failure: z2.boolean().optional().describe("A visit to this activity is failure demand."),
  outcome: z2.enum(OUTCOMES).optional().describe("A case that ends with this activity ends so (resolved when absent).")
});
var ClassificationSchema = z2.strictObject({
  $schema: z2.string().optional(),
  activities: z2.array(ClassifiedActivitySchema)
}).superRefine((value2, ctx) => {
  const seen = /* @__PURE__ */ new Map();
  value2.activities.forEach((a, i) => {
    const first = seen.get(a.activity);
    if (first !== void 0) {
      ctx.addIssue({ code: "custom", path: ["activities", i, "activity"], message: `duplicate activity ${JSON.stringify(a.activity)} (also activities[${first}]): classify each activity once`, params: { code: "duplicate_id" } });
    } else seen.set(a.activity, i);
    if (a.type === "waste" && a.waste === void 0) {
      ctx.addIssue({ code: "custom", path: ["activities", i, "waste"], message: `a waste activity needs a waste category (${STANDARD_WASTES.join(", ")}, or a custom one)`, params: { code: "missing_waste_category" } });
    }
    if (a.type !== "waste" && a.waste !== void 0) {
      ctx.addIssue({ code: "custom", path: ["activities", i, "waste"], message: `a waste category on a ${a.type} activity: set type "waste" or drop the category`, params: { code: "waste_category_on_non_waste" } });
    }
  });
});
var InvalidClassificationError = class extends Error {
  constructor(issues) {
    super(`invalid classification (${issues.length === 1 ? "1 problem" : `${issues.length} problems`}):
${issues.map((i) => `  ${i.message}`).join("\n")}`);
    this.issues = issues;
  }
  name = "InvalidClassificationError";
};
function parseClassification(input) {
  const result = ClassificationSchema.safeParse(input, { reportInput: true });
  if (result.success) return result.data;
  throw new InvalidClassificationError(
    result.error.issues.map((i) => {
      const code = i.code === "custom" ? String(i.params?.code ?? "custom") : i.code;
      const path = i.path.map((p) => typeof p === "symbol" ? String(p) : p);
      return { code, path, message: classificationMessage(i) };
    })
  );
}
function classificationMessage(issue) {
  if (issue.code === "custom") return `${formatPath(issue.path)}: ${issue.message}`;
  if (issue.code === "unrecognized_keys") {
    const known = issue.path.length === 0 ? ["$schema", "activities"] : Object.keys(ClassifiedActivitySchema.shape);
    const keys = issue.keys.map((k) => JSON.stringify(k)).join(", ");
    return `${formatPath(issue.path)}: unknown field${issue.keys.length === 1 ? "" : "s"} ${keys} (known: ${known.join(", ")})`;
  }
  return issueMessage(issue);
}

// docs/.vitepress/real-log.ts
var __vite_injected_original_import_meta_url = "file:///work/wt/reader/docs/.vitepress/real-log.ts";
var repo = fileURLToPath(new URL("../..", __vite_injected_original_import_meta_url));
function folded(log, fold) {
  const events = /* @__PURE__ */ new Map();
  for (let i = 0; i < log.events; i++) {
    const d = log.department[i];
    if (d !== MISSING_DEPARTMENT) events.set(d, (events.get(d) ?? 0) + 1);
  }
  const busiest = [...events].sort((a, b) => b[1] - a[1]).map(([d]) => log.departments[d]);
  const labels = log.departments.map((d) => fold(d, busiest));
  const departments = [...new Set(labels)];
  const index = labels.map((l) => departments.indexOf(l));
  const department = log.department.map((d) => d === MISSING_DEPARTMENT ? d : index[d]);
  return { ...log, departments, department };
}
var busiestOf = (n, other) => (department, busiest) => busiest.indexOf(department) < n ? department : other;
async function realLog(spec, options = {}) {
  const { required = process.env.CI === "true" } = options;
  const path = fileURLToPath(new URL(`../${spec.file}`, `file://${repo}`));
  if (!existsSync(path)) {
    const missing = `The docs draw the ${spec.name} example from the public log ../${spec.file} beside the repository, which is missing. Download it from 4TU.ResearchData (${spec.doi}) to that path: ${spec.citation}.`;
    if (required) throw new Error(missing.replace(`../${spec.file}`, path));
    console.warn(`hukka docs: ${missing}`);
    return { citation: spec.citation, missing };
  }
  const log = await readEventLog(createReadStream(path), spec.mapping, spec.options);
  const classification = spec.classification ? parseClassification(JSON.parse(readFileSync(`${repo}${spec.classification}`, "utf8"))) : void 0;
  const service = mineService(folded(log, spec.fold), { id: spec.id, name: spec.name, ...classification && { classification } });
  const report = analyseLog(log);
  const shortened = { ...report, handoffsByPair: report.handoffsByPair.slice(0, 10), directlyFollows: report.directlyFollows.slice(0, 10) };
  return { citation: spec.citation, report: shortened, service };
}

// docs/.vitepress/receipt.data.ts
var receipt_data_default = {
  load: () => realLog({
    file: "shared/data/receipt/receipt.csv",
    doi: "doi:10.4121/uuid:a07386a5-7be3-4367-9535-70bc9e77dbe6",
    citation: "J.C.A.M. Buijs, Receipt phase of an environmental permit application process (WABO), CoSeLoG project, 4TU.ResearchData, 2014",
    id: "receipt",
    name: "Receipt phase, eight busiest groups",
    mapping: { case: "case:concept:name", activity: "concept:name", timestamp: "time:timestamp", department: "org:group", missing: ["EMPTY"] },
    classification: "examples/receipt/classification.json",
    fold: busiestOf(8, "Other groups")
  })
};
export {
  receipt_data_default as default
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiZG9jcy8udml0ZXByZXNzL3JlYWwtbG9nLnRzIiwgInNyYy9tb2RlbC9zY2hlbWEudHMiLCAic3JjL21vZGVsL2V4Y2VycHQtaWQudHMiLCAic3JjL21vZGVsL2Zvcm1hdC1wYXRoLnRzIiwgInNyYy9tb2RlbC9pc3N1ZS1tZXNzYWdlLnRzIiwgInNyYy9hbmFseXNpcy93YW5kZXItbWV0cmljcy50cyIsICJzcmMvbG9ncy9ldmVudC1sb2cudHMiLCAic3JjL21pbmluZy9taW5pbmctY291bnRzLnRzIiwgInNyYy9taW5pbmcvY291bnQtbWluaW5nLnRzIiwgInNyYy9sb2ctcmVwb3J0L2FjdGl2aXR5LWZsb3dzLnRzIiwgInNyYy9sb2ctcmVwb3J0L2NvdW50LXZhcmlhbnRzLnRzIiwgInNyYy9sb2ctcmVwb3J0L2Nhc2UtcmV0dXJucy50cyIsICJzcmMvbG9nLXJlcG9ydC9jYXNlLWN1c3RvbWVycy50cyIsICJzcmMvbG9nLXJlcG9ydC9jdXN0b21lci1qb3VybmV5cy50cyIsICJzcmMvbG9nLXJlcG9ydC9taW51dGVzLXN1bW1hcnkudHMiLCAic3JjL2xvZy1yZXBvcnQvY3VzdG9tZXItcmVwb3J0LnRzIiwgInNyYy9sb2ctcmVwb3J0L2xvZy13b3JraW5nLXRpbWUudHMiLCAic3JjL2xvZy1yZXBvcnQvYW5hbHlzZS1sb2cudHMiLCAic3JjL2xvZy1yZXBvcnQvam91cm5leS1sb2cudHMiLCAic3JjL21pbmluZy9taW5pbmctdW5pdC1sb2cudHMiLCAic3JjL21pbmluZy9zZXJ2aWNlLWZyb20tY291bnRzLnRzIiwgInNyYy9taW5pbmcvbWluZS1zZXJ2aWNlLnRzIiwgInNyYy9sb2dzL2xvZy1maXgudHMiLCAic3JjL2xvZ3MvZXZlbnQtbG9nLWVycm9yLnRzIiwgInNyYy9sb2dzL3V0ZjgtdGV4dC50cyIsICJzcmMvbG9ncy9kZWNvZGUtdGV4dC50cyIsICJzcmMvbG9ncy9oYXNoLXNsb3RzLnRzIiwgInNyYy9sb2dzL3N0cmluZy10YWJsZS50cyIsICJzcmMvbG9ncy9ldmVudC1sb2ctYnVpbGRlci50cyIsICJzcmMvbG9ncy9ndW56aXAtaWYtY29tcHJlc3NlZC50cyIsICJzcmMvbG9ncy9sb2ctc291cmNlLnRzIiwgInNyYy9sb2dzL3JlYWQtY3N2LWV2ZW50cy50cyIsICJzcmMvbG9ncy9ieXRlLWtleXMudHMiLCAic3JjL2xvZ3MvY3N2LWxpbmUtYnJlYWtzLnRzIiwgInNyYy9sb2dzL2Nsb3Nlc3QtbmFtZXMudHMiLCAic3JjL2xvZ3MvZXhjZXJwdC50cyIsICJzcmMvbG9ncy9yZWFkZXItY29uZmlnLnRzIiwgInNyYy9sb2dzL3JlYWQteGVzLWV2ZW50cy50cyIsICJzcmMvbG9ncy9yZWZ1c2UtZW5naW5lLWZpbGVzLnRzIiwgInNyYy9sb2dzL3RpbWVzdGFtcC1wYXJzZXIudHMiLCAic3JjL2xvZ3MvdXRmOC1jaHVua3MudHMiLCAic3JjL2xvZ3Mvem9uZS1jbG9jay50cyIsICJzcmMvbG9ncy96b25lZC10aW1lc3RhbXBzLnRzIiwgInNyYy9sb2dzL3JlYWQtZXZlbnQtbG9nLnRzIiwgInNyYy9taW5pbmcvY2xhc3NpZmljYXRpb24udHMiLCAiZG9jcy8udml0ZXByZXNzL3JlY2VpcHQuZGF0YS50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL3d0L3JlYWRlci9kb2NzLy52aXRlcHJlc3NcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZmlsZW5hbWUgPSBcIi93b3JrL3d0L3JlYWRlci9kb2NzLy52aXRlcHJlc3MvcmVhbC1sb2cudHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfaW1wb3J0X21ldGFfdXJsID0gXCJmaWxlOi8vL3dvcmsvd3QvcmVhZGVyL2RvY3MvLnZpdGVwcmVzcy9yZWFsLWxvZy50c1wiOy8vIFRoZSByZWFsLWRhdGEgZXhhbXBsZSBwYWdlcyBkcmF3IHRoZSBzZXJ2aWNlcyBtaW5lZCBmcm9tIHRoZSBwdWJsaWMgbG9ncyBuZXh0IHRvIHRoZSBjbG9uZVxuLy8gKGAuLi9zaGFyZWQvZGF0YS9cdTIwMjZgKSBhdCBkb2NzLWJ1aWxkIHRpbWUuIFRoZSBsb2dzIGFyZSBub3QgcGFydCBvZiB0aGUgcmVwb3NpdG9yeTogd2hlbiBvbmUgaXNcbi8vIG1pc3NpbmcgdGhlIGJ1aWxkIHN0b3BzIHdpdGggYW4gZXJyb3IgbmFtaW5nIHRoZSBmaWxlIGFuZCB0aGUgRE9JIHRvIGRvd25sb2FkIGl0IGZyb20uXG5pbXBvcnQgeyBjcmVhdGVSZWFkU3RyZWFtLCBleGlzdHNTeW5jLCByZWFkRmlsZVN5bmMgfSBmcm9tIFwibm9kZTpmc1wiO1xuaW1wb3J0IHsgZmlsZVVSTFRvUGF0aCB9IGZyb20gXCJub2RlOnVybFwiO1xuaW1wb3J0IHtcbiAgYW5hbHlzZUxvZyxcbiAgTUlTU0lOR19ERVBBUlRNRU5ULFxuICBtaW5lU2VydmljZSxcbiAgcGFyc2VDbGFzc2lmaWNhdGlvbixcbiAgcmVhZEV2ZW50TG9nLFxuICB0eXBlIEV2ZW50TG9nLFxuICB0eXBlIExvZ01hcHBpbmcsXG4gIHR5cGUgTG9nUmVwb3J0LFxuICB0eXBlIFJlYWRFdmVudExvZ09wdGlvbnMsXG4gIHR5cGUgU2VydmljZSxcbn0gZnJvbSBcIi4uLy4uL3NyYy9pbmRleC5qc1wiO1xuXG5jb25zdCByZXBvID0gZmlsZVVSTFRvUGF0aChuZXcgVVJMKFwiLi4vLi5cIiwgaW1wb3J0Lm1ldGEudXJsKSk7XG5cbi8qKiBPbmUgb2YgdGhlIHB1YmxpYyBsb2dzLCBob3cgdG8gcmVhZCBpdCBhbmQgaG93IHRoZSBwYWdlIGZvbGRzIGl0cyBkZXBhcnRtZW50cy4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUmVhbExvZ1NwZWMge1xuICAvKiogVGhlIGxvZydzIHBhdGggZnJvbSB0aGUgZGlyZWN0b3J5IHRoYXQgaG9sZHMgdGhlIGNsb25lLCBlLmcuIGBzaGFyZWQvZGF0YS9zZXBzaXMvc2Vwc2lzLmNzdmAuICovXG4gIGZpbGU6IHN0cmluZztcbiAgLyoqIFRoZSBkYXRhc2V0J3MgY2l0YXRpb24sIERPSSBpbmNsdWRlZC4gKi9cbiAgY2l0YXRpb246IHN0cmluZztcbiAgZG9pOiBzdHJpbmc7XG4gIGlkOiBzdHJpbmc7XG4gIG5hbWU6IHN0cmluZztcbiAgbWFwcGluZzogTG9nTWFwcGluZztcbiAgb3B0aW9ucz86IFJlYWRFdmVudExvZ09wdGlvbnM7XG4gIC8qKiBBIGNsYXNzaWZpY2F0aW9uIGZpbGUsIGZyb20gdGhlIHJlcG9zaXRvcnkgcm9vdC4gKi9cbiAgY2xhc3NpZmljYXRpb24/OiBzdHJpbmc7XG4gIC8qKiBUaGUgZGVwYXJ0bWVudCBlYWNoIG9mIHRoZSBsb2cncyBkZXBhcnRtZW50cyBpcyBkcmF3biBpbiAodGhlIHJlc3Qgb2YgdGhlIHBhZ2UncyBmaWd1cmVzIGFyZSB0aGUgbG9nJ3Mgb3duKS4gKi9cbiAgZm9sZDogKGRlcGFydG1lbnQ6IHN0cmluZywgYnVzaWVzdDogcmVhZG9ubHkgc3RyaW5nW10pID0+IHN0cmluZztcbn1cblxuLyoqIFdoYXQgYSByZWFsLWRhdGEgcGFnZSBzaG93czogdGhlIGxvZydzIG93biBmaWd1cmVzIGFuZCB0aGUgc2VydmljZSBtaW5lZCBmcm9tIHRoZSBmb2xkZWQgbG9nLiAqL1xuZXhwb3J0IGludGVyZmFjZSBSZWFsTG9nIHtcbiAgY2l0YXRpb246IHN0cmluZztcbiAgLyoqIFRoZSB3aG9sZSBsb2cncyByZXBvcnQsIGl0cyBsaXN0cyBjdXQgdG8gdGhlIGZpcnN0IDEwIGVudHJpZXMuICovXG4gIHJlcG9ydDogTG9nUmVwb3J0O1xuICBzZXJ2aWNlOiBTZXJ2aWNlO1xufVxuXG4vKiogV2hhdCBhIHJlYWwtZGF0YSBwYWdlIHNob3dzIHdoZW4gaXRzIGxvZyB3YXMgbWlzc2luZyBhdCBidWlsZCB0aW1lIChvdXRzaWRlIENJKTogd2hlcmUgdG8gZ2V0IGl0LiAqL1xuZXhwb3J0IGludGVyZmFjZSBNaXNzaW5nUmVhbExvZyB7XG4gIGNpdGF0aW9uOiBzdHJpbmc7XG4gIC8qKiBPbmUgc2VudGVuY2UgbmFtaW5nIHRoZSBtaXNzaW5nIGZpbGUgYW5kIHdoZXJlIHRvIGRvd25sb2FkIGl0LiAqL1xuICBtaXNzaW5nOiBzdHJpbmc7XG59XG5cbi8qKiBUaGUgbG9nIHdpdGggZXZlcnkgZGVwYXJ0bWVudCByZWxhYmVsbGVkIGJ5IGBmb2xkYDogYSBuZXcgdGFibGUsIHRoZSBldmVudHMnIGluZGljZXMgcmVtYXBwZWQuICovXG5mdW5jdGlvbiBmb2xkZWQobG9nOiBFdmVudExvZywgZm9sZDogUmVhbExvZ1NwZWNbXCJmb2xkXCJdKTogRXZlbnRMb2cge1xuICBjb25zdCBldmVudHMgPSBuZXcgTWFwPG51bWJlciwgbnVtYmVyPigpO1xuICBmb3IgKGxldCBpID0gMDsgaSA8IGxvZy5ldmVudHM7IGkrKykge1xuICAgIGNvbnN0IGQgPSBsb2cuZGVwYXJ0bWVudFtpXSE7XG4gICAgaWYgKGQgIT09IE1JU1NJTkdfREVQQVJUTUVOVCkgZXZlbnRzLnNldChkLCAoZXZlbnRzLmdldChkKSA/PyAwKSArIDEpO1xuICB9XG4gIGNvbnN0IGJ1c2llc3QgPSBbLi4uZXZlbnRzXS5zb3J0KChhLCBiKSA9PiBiWzFdIC0gYVsxXSkubWFwKChbZF0pID0+IGxvZy5kZXBhcnRtZW50c1tkXSEpO1xuICBjb25zdCBsYWJlbHMgPSBsb2cuZGVwYXJ0bWVudHMubWFwKChkKSA9PiBmb2xkKGQsIGJ1c2llc3QpKTtcbiAgY29uc3QgZGVwYXJ0bWVudHMgPSBbLi4ubmV3IFNldChsYWJlbHMpXTtcbiAgY29uc3QgaW5kZXggPSBsYWJlbHMubWFwKChsKSA9PiBkZXBhcnRtZW50cy5pbmRleE9mKGwpKTtcbiAgY29uc3QgZGVwYXJ0bWVudCA9IGxvZy5kZXBhcnRtZW50Lm1hcCgoZCkgPT4gKGQgPT09IE1JU1NJTkdfREVQQVJUTUVOVCA/IGQgOiBpbmRleFtkXSEpKTtcbiAgcmV0dXJuIHsgLi4ubG9nLCBkZXBhcnRtZW50cywgZGVwYXJ0bWVudCB9O1xufVxuXG4vKiogS2VlcHMgdGhlIGBuYCBidXNpZXN0IGRlcGFydG1lbnRzIGJ5IGV2ZW50cyBhbmQgZm9sZHMgdGhlIHJlc3QgaW50byBgb3RoZXJgLiAqL1xuZXhwb3J0IGNvbnN0IGJ1c2llc3RPZiA9XG4gIChuOiBudW1iZXIsIG90aGVyOiBzdHJpbmcpID0+XG4gIChkZXBhcnRtZW50OiBzdHJpbmcsIGJ1c2llc3Q6IHJlYWRvbmx5IHN0cmluZ1tdKTogc3RyaW5nID0+XG4gICAgYnVzaWVzdC5pbmRleE9mKGRlcGFydG1lbnQpIDwgbiA/IGRlcGFydG1lbnQgOiBvdGhlcjtcblxuLyoqXG4gKiBSZWFkcyBhIHB1YmxpYyBsb2csIG1lYXN1cmVzIGl0IGFuZCBtaW5lcyB0aGUgc2VydmljZSBvZiBpdHMgZm9sZGVkIGRlcGFydG1lbnRzLiBBIG1pc3NpbmdcbiAqIGxvZyBzdG9wcyB0aGUgYnVpbGQgb24gQ0kgKGBDST10cnVlYCwgb3IgYHJlcXVpcmVkYCk7IGVsc2V3aGVyZSB0aGUgcGFnZSBnZXRzIGEgc2VudGVuY2UgbmFtaW5nXG4gKiB0aGUgZmlsZSBhbmQgd2hlcmUgdG8gZG93bmxvYWQgaXQsIGluc3RlYWQgb2YgaXRzIGZpZ3VyZXMuXG4gKlxuICogQGV4YW1wbGVcbiAqIGNvbnN0IHNlcHNpcyA9IGF3YWl0IHJlYWxMb2coeyBmaWxlOiBcInNoYXJlZC9kYXRhL3NlcHNpcy9zZXBzaXMuY3N2XCIsIFx1MjAyNiB9KTtcbiAqIHNlcHNpcy5yZXBvcnQuY2FzZXM7IC8vIDEwNTBcbiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIHJlYWxMb2coc3BlYzogUmVhbExvZ1NwZWMsIG9wdGlvbnM6IHsgcmVxdWlyZWQ/OiBib29sZWFuIH0gPSB7fSk6IFByb21pc2U8UmVhbExvZyB8IE1pc3NpbmdSZWFsTG9nPiB7XG4gIGNvbnN0IHsgcmVxdWlyZWQgPSBwcm9jZXNzLmVudi5DSSA9PT0gXCJ0cnVlXCIgfSA9IG9wdGlvbnM7XG4gIGNvbnN0IHBhdGggPSBmaWxlVVJMVG9QYXRoKG5ldyBVUkwoYC4uLyR7c3BlYy5maWxlfWAsIGBmaWxlOi8vJHtyZXBvfWApKTtcbiAgaWYgKCFleGlzdHNTeW5jKHBhdGgpKSB7XG4gICAgY29uc3QgbWlzc2luZyA9XG4gICAgICBgVGhlIGRvY3MgZHJhdyB0aGUgJHtzcGVjLm5hbWV9IGV4YW1wbGUgZnJvbSB0aGUgcHVibGljIGxvZyAuLi8ke3NwZWMuZmlsZX0gYmVzaWRlIHRoZSByZXBvc2l0b3J5LCB3aGljaCBpcyBtaXNzaW5nLiBgICtcbiAgICAgIGBEb3dubG9hZCBpdCBmcm9tIDRUVS5SZXNlYXJjaERhdGEgKCR7c3BlYy5kb2l9KSB0byB0aGF0IHBhdGg6ICR7c3BlYy5jaXRhdGlvbn0uYDtcbiAgICBpZiAocmVxdWlyZWQpIHRocm93IG5ldyBFcnJvcihtaXNzaW5nLnJlcGxhY2UoYC4uLyR7c3BlYy5maWxlfWAsIHBhdGgpKTtcbiAgICAvLyBvdXRzaWRlIENJIHRoZSBwYWdlIHNheXMgd2hhdCBpcyBtaXNzaW5nIGluc3RlYWQgb2YgZHJhd2luZyBpdCwgYW5kIHRoZSBidWlsZCBnb2VzIG9uXG4gICAgY29uc29sZS53YXJuKGBodWtrYSBkb2NzOiAke21pc3Npbmd9YCk7XG4gICAgcmV0dXJuIHsgY2l0YXRpb246IHNwZWMuY2l0YXRpb24sIG1pc3NpbmcgfTtcbiAgfVxuICBjb25zdCBsb2cgPSBhd2FpdCByZWFkRXZlbnRMb2coY3JlYXRlUmVhZFN0cmVhbShwYXRoKSwgc3BlYy5tYXBwaW5nLCBzcGVjLm9wdGlvbnMpO1xuICBjb25zdCBjbGFzc2lmaWNhdGlvbiA9IHNwZWMuY2xhc3NpZmljYXRpb25cbiAgICA/IHBhcnNlQ2xhc3NpZmljYXRpb24oSlNPTi5wYXJzZShyZWFkRmlsZVN5bmMoYCR7cmVwb30ke3NwZWMuY2xhc3NpZmljYXRpb259YCwgXCJ1dGY4XCIpKSlcbiAgICA6IHVuZGVmaW5lZDtcbiAgY29uc3Qgc2VydmljZSA9IG1pbmVTZXJ2aWNlKGZvbGRlZChsb2csIHNwZWMuZm9sZCksIHsgaWQ6IHNwZWMuaWQsIG5hbWU6IHNwZWMubmFtZSwgLi4uKGNsYXNzaWZpY2F0aW9uICYmIHsgY2xhc3NpZmljYXRpb24gfSkgfSk7XG4gIGNvbnN0IHJlcG9ydCA9IGFuYWx5c2VMb2cobG9nKTtcbiAgLy8gVGhlIHBhZ2Ugc2hvd3MgdGhlIGhlYWRsaW5lIGZpZ3VyZXM6IHRoZSBsb25nIGxpc3RzICh0aG91c2FuZHMgb2YgdGVhbSBwYWlycyBpbiB0aGVcbiAgLy8gaW5jaWRlbnRzIGxvZykgd291bGQgb25seSBtYWtlIGl0IGhlYXZpZXIuXG4gIGNvbnN0IHNob3J0ZW5lZCA9IHsgLi4ucmVwb3J0LCBoYW5kb2Zmc0J5UGFpcjogcmVwb3J0LmhhbmRvZmZzQnlQYWlyLnNsaWNlKDAsIDEwKSwgZGlyZWN0bHlGb2xsb3dzOiByZXBvcnQuZGlyZWN0bHlGb2xsb3dzLnNsaWNlKDAsIDEwKSB9O1xuICByZXR1cm4geyBjaXRhdGlvbjogc3BlYy5jaXRhdGlvbiwgcmVwb3J0OiBzaG9ydGVuZWQsIHNlcnZpY2UgfTtcbn1cbiIsICJjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZGlybmFtZSA9IFwiL3dvcmsvd3QvcmVhZGVyL3NyYy9tb2RlbFwiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvd3QvcmVhZGVyL3NyYy9tb2RlbC9zY2hlbWEudHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfaW1wb3J0X21ldGFfdXJsID0gXCJmaWxlOi8vL3dvcmsvd3QvcmVhZGVyL3NyYy9tb2RlbC9zY2hlbWEudHNcIjtpbXBvcnQgeyB6IH0gZnJvbSBcInpvZFwiO1xuXG4vLyBUaGUgem9kIHNjaGVtYXMgb2YgdGhlIHNlcnZpY2UgbW9kZWwsIHRoZSBzaW5nbGUgc291cmNlIG9mIHRoZSBpbnB1dCB0eXBlcy4gVGhlIEpTT04gU2NoZW1hXG4vLyBzaGlwcGVkIGFzIGBodWtrYS9zY2hlbWEuanNvbmAgYW5kIHByaW50ZWQgYnkgYGh1a2thIHNjaGVtYWAgaXMgZ2VuZXJhdGVkIGZyb20gdGhlc2UsIHNvIGV2ZXJ5XG4vLyBgLmRlc2NyaWJlKClgIGhlcmUgaXMgd2hhdCBhbiBlZGl0b3Igc2hvd3Mgd2hpbGUgYSBtb2RlbCBpcyB3cml0dGVuIChhbmQgd2hhdCB0aGUgQVBJIHBhZ2VzXG4vLyBzaG93IGJlc2lkZSBlYWNoIGZpZWxkKS5cblxuLyoqXG4gKiBUaGUgbGFyZ2VzdCBtaW51dGVzLCB3YWl0IG9yIGNvc3QgYSBtb2RlbCBtYXkgZ2l2ZSwgYW5kIHRoZSBsYXJnZXN0IGVudHJ5IHdlaWdodCBvciB2b2x1bWU6XG4gKiBib3VuZHMgdW5kZXIgd2hpY2ggZXZlcnkgZmlndXJlIG9mIGEgcmVwb3J0IHN0YXlzIGEgZmluaXRlIG51bWJlci5cbiAqXG4gKiBAZXhhbXBsZVxuICogTU9ERUxfQk9VTkRTLm1pbnV0ZXM7IC8vIDFlOSAoYWJvdXQgMSw5MDAgeWVhcnMpXG4gKi9cbmV4cG9ydCBjb25zdCBNT0RFTF9CT1VORFMgPSBPYmplY3QuZnJlZXplKHsgbWludXRlczogMWU5LCBjb3N0OiAxZTksIHdlaWdodDogMWUxNSB9KTtcblxuY29uc3QgaWQgPSB6LnN0cmluZygpLm1pbigxKS5kZXNjcmliZShcIkEgbm9uLWVtcHR5IGlkZW50aWZpZXI7IGFueSBzdHJpbmcgd29ya3MsIGBfX3Byb3RvX19gIGluY2x1ZGVkLlwiKTtcbmNvbnN0IG1pbnV0ZXMgPSB6Lm51bWJlcigpLmZpbml0ZSgpLm5vbm5lZ2F0aXZlKCkubWF4KE1PREVMX0JPVU5EUy5taW51dGVzKTtcbmNvbnN0IGNvc3QgPSB6Lm51bWJlcigpLmZpbml0ZSgpLm5vbm5lZ2F0aXZlKCkubWF4KE1PREVMX0JPVU5EUy5jb3N0KTtcbmNvbnN0IHdlaWdodCA9IHoubnVtYmVyKCkuZmluaXRlKCkubm9ubmVnYXRpdmUoKS5tYXgoTU9ERUxfQk9VTkRTLndlaWdodCk7XG5cbi8qKlxuICogVGhlIHNldmVuIHNlcnZpY2Ugd2FzdGVzIChCb25hY2NvcnNpLCBDYXJtaWduYW5pICYgWmFtbW9yaSwgMjAxMSk7IGN1c3RvbSBjYXRlZ29yaWVzIGFyZSBhbnkgb3RoZXIgbm9uLWVtcHR5IHN0cmluZy5cbiAqXG4gKiBAZXhhbXBsZVxuICogU1RBTkRBUkRfV0FTVEVTLmluY2x1ZGVzKFwiZGVsYXlcIik7IC8vIHRydWVcbiAqL1xuZXhwb3J0IGNvbnN0IFNUQU5EQVJEX1dBU1RFUyA9IFtcbiAgXCJkZWxheVwiLFxuICBcImR1cGxpY2F0aW9uXCIsXG4gIFwibW92ZW1lbnRcIixcbiAgXCJ1bmNsZWFyLWNvbW11bmljYXRpb25cIixcbiAgXCJpbmNvcnJlY3QtaW52ZW50b3J5XCIsXG4gIFwib3Bwb3J0dW5pdHktbG9zdFwiLFxuICBcImVycm9yc1wiLFxuXSBhcyBjb25zdDtcblxuZXhwb3J0IGNvbnN0IExBTkVTID0gW1wiZnJvbnRzdGFnZVwiLCBcImJhY2tzdGFnZVwiLCBcInN1cHBvcnRcIl0gYXMgY29uc3Q7XG5leHBvcnQgY29uc3QgU1RFUF9UWVBFUyA9IFtcInZhbHVlXCIsIFwibmVjZXNzYXJ5XCIsIFwid2FzdGVcIl0gYXMgY29uc3Q7XG5leHBvcnQgY29uc3QgT1VUQ09NRVMgPSBbXCJyZXNvbHZlZFwiLCBcImFiYW5kb25lZFwiXSBhcyBjb25zdDtcblxuY29uc3Qgd2FzdGVDYXRlZ29yeSA9IHpcbiAgLnN0cmluZygpXG4gIC5taW4oMSlcbiAgLmRlc2NyaWJlKGBXYXN0ZSBjYXRlZ29yeTogb25lIG9mICR7U1RBTkRBUkRfV0FTVEVTLmpvaW4oXCIsIFwiKX0sIG9yIGFueSBvdGhlciBub24tZW1wdHkgc3RyaW5nIGFzIGEgY3VzdG9tIGNhdGVnb3J5LmApO1xuXG4vKipcbiAqIFRoZSB6b2Qgc2NoZW1hIG9mIGEgZGVwYXJ0bWVudDsgYERlcGFydG1lbnRgIGlzIGl0cyB0eXBlLlxuICpcbiAqIEBleGFtcGxlXG4gKiBEZXBhcnRtZW50U2NoZW1hLnBhcnNlKHsgaWQ6IFwibGFiXCIsIGxhbmU6IFwic3VwcG9ydFwiIH0pO1xuICovXG5leHBvcnQgY29uc3QgRGVwYXJ0bWVudFNjaGVtYSA9IHpcbiAgLnN0cmljdE9iamVjdCh7XG4gICAgaWQsXG4gICAgbmFtZTogei5zdHJpbmcoKS5vcHRpb25hbCgpLmRlc2NyaWJlKFwiRGlzcGxheSBuYW1lOyBkZWZhdWx0cyB0byB0aGUgaWQuXCIpLFxuICAgIGxhbmU6IHpcbiAgICAgIC5lbnVtKExBTkVTKVxuICAgICAgLm9wdGlvbmFsKClcbiAgICAgIC5kZXNjcmliZShcIkJsdWVwcmludCBsYW5lOiBmcm9udHN0YWdlICh0aGUgY3VzdG9tZXIgc2VlcyBpdCwgdGhlIGRlZmF1bHQpLCBiYWNrc3RhZ2Ugb3Igc3VwcG9ydC5cIiksXG4gIH0pXG4gIC5kZXNjcmliZShcIkEgZGVwYXJ0bWVudCwgdGVhbSBvciBvcmdhbmlzYXRpb24gdW5pdCB0aGUgY3VzdG9tZXIgbWVldHMgb3IgZGVwZW5kcyBvbi5cIik7XG5cbi8qKlxuICogVGhlIHpvZCBzY2hlbWEgb2YgYSBzdGVwOyBgU3RlcGAgaXMgaXRzIHR5cGUuXG4gKlxuICogQGV4YW1wbGVcbiAqIFN0ZXBTY2hlbWEucGFyc2UoeyBuYW1lOiBcIlRlbGwgc3ltcHRvbXNcIiwgdHlwZTogXCJ2YWx1ZVwiLCBtaW51dGVzOiA2IH0pO1xuICovXG5leHBvcnQgY29uc3QgU3RlcFNjaGVtYSA9IHpcbiAgLnN0cmljdE9iamVjdCh7XG4gICAgbmFtZTogei5zdHJpbmcoKS5taW4oMSkuZGVzY3JpYmUoXCJXaGF0IGhhcHBlbnMsIGZyb20gdGhlIGN1c3RvbWVyJ3MgcG9pbnQgb2Ygdmlldy5cIiksXG4gICAgdHlwZTogelxuICAgICAgLmVudW0oU1RFUF9UWVBFUylcbiAgICAgIC5kZXNjcmliZShcInZhbHVlOiB0aGUgY3VzdG9tZXIgd291bGQgcGF5IGZvciBpdDsgbmVjZXNzYXJ5OiByZXF1aXJlZCAobGF3LCBzYWZldHkpLCByZWR1Y2UgaXQ7IHdhc3RlOiByZW1vdmUgaXQuXCIpLFxuICAgIHdhc3RlOiB3YXN0ZUNhdGVnb3J5Lm9wdGlvbmFsKCksXG4gICAgbWludXRlczogbWludXRlcy5kZXNjcmliZShcIlRoZSBjdXN0b21lcidzIHRpbWUgb24gdGhpcyBzdGVwLCBpbiBtaW51dGVzLlwiKSxcbiAgICBjb3N0OiBjb3N0Lm9wdGlvbmFsKCkuZGVzY3JpYmUoXCJUaGUgb3JnYW5pc2F0aW9uJ3MgY29zdCBvZiB0aGlzIHN0ZXAuXCIpLFxuICB9KVxuICAuZGVzY3JpYmUoXCJPbmUgc3RlcCBvZiBhIHRvdWNocG9pbnQuXCIpO1xuXG4vKipcbiAqIFRoZSB6b2Qgc2NoZW1hIG9mIGEgdG91Y2hwb2ludDsgYFRvdWNocG9pbnRgIGlzIGl0cyB0eXBlLlxuICpcbiAqIEBleGFtcGxlXG4gKiBUb3VjaHBvaW50U2NoZW1hLnBhcnNlKHsgaWQ6IFwiZG9uZVwiLCBkZXBhcnRtZW50OiBcImNsaW5pY1wiLCBvdXRjb21lOiBcInJlc29sdmVkXCIsIHN0ZXBzOiBbXSB9KTtcbiAqL1xuZXhwb3J0IGNvbnN0IFRvdWNocG9pbnRTY2hlbWEgPSB6XG4gIC5zdHJpY3RPYmplY3Qoe1xuICAgIGlkLFxuICAgIG5hbWU6IHouc3RyaW5nKCkub3B0aW9uYWwoKS5kZXNjcmliZShcIkRpc3BsYXkgbmFtZTsgZGVmYXVsdHMgdG8gdGhlIGlkLlwiKSxcbiAgICBkZXBhcnRtZW50OiBpZC5kZXNjcmliZShcIlRoZSBpZCBvZiB0aGUgZGVwYXJ0bWVudCB0aGF0IG93bnMgdGhpcyB0b3VjaHBvaW50LlwiKSxcbiAgICBjaGFubmVsOiB6LnN0cmluZygpLm9wdGlvbmFsKCkuZGVzY3JpYmUoXCJGcmVlIHRleHQ6IHBob25lLCBkZXNrLCB3ZWIsIGxldHRlciwgXHUyMDI2XCIpLFxuICAgIGVudHJ5OiB6XG4gICAgICAudW5pb24oW3ouYm9vbGVhbigpLCB3ZWlnaHRdKVxuICAgICAgLm9wdGlvbmFsKClcbiAgICAgIC5kZXNjcmliZShcIkVudHJ5IHdlaWdodDogY3VzdG9tZXJzIHN0YXJ0IGhlcmUgKHRydWUgPSAxKS4gQXQgbGVhc3Qgb25lIHRvdWNocG9pbnQgbmVlZHMgb25lLlwiKSxcbiAgICBvdXRjb21lOiB6XG4gICAgICAuZW51bShPVVRDT01FUylcbiAgICAgIC5vcHRpb25hbCgpXG4gICAgICAuZGVzY3JpYmUoXCJUZXJtaW5hbCB0b3VjaHBvaW50cyBvbmx5OiB0aGUgY3VzdG9tZXIncyB0cmlwIGVuZHMgaGVyZSwgcmVzb2x2ZWQgb3IgYWJhbmRvbmVkLlwiKSxcbiAgICBzdGVwczogei5hcnJheShTdGVwU2NoZW1hKS5kZXNjcmliZShcIlRoZSBzdGVwcyBvZiBhIHZpc2l0LCBpbiBvcmRlci5cIiksXG4gICAgZ3JvdXA6IGlkXG4gICAgICAub3B0aW9uYWwoKVxuICAgICAgLmRlc2NyaWJlKFxuICAgICAgICBcIlRoZSBpZCBvZiB0aGUgdG91Y2hwb2ludCB0aGlzIG9uZSByZWZpbmVzIChhIG1pbmVkIG1vZGVsJ3MgaGlzdG9yeSk6IHRvdWNocG9pbnRzIG9mIG9uZSBncm91cCBzaGFyZSBpdHMgbmFtZSBhbmQgZGVwYXJ0bWVudCBhbmQgYXJlIGRyYXduIGFuZCBhZGRyZXNzZWQgYXMgb25lLlwiLFxuICAgICAgKSxcbiAgfSlcbiAgLmRlc2NyaWJlKFwiQSBwbGFjZSB3aGVyZSB0aGUgY3VzdG9tZXIgbWVldHMgdGhlIHNlcnZpY2UuXCIpO1xuXG4vKipcbiAqIFRoZSB6b2Qgc2NoZW1hIG9mIGEgdHJhbnNpdGlvbjsgYFRyYW5zaXRpb25gIGlzIGl0cyB0eXBlLlxuICpcbiAqIEBleGFtcGxlXG4gKiBUcmFuc2l0aW9uU2NoZW1hLnBhcnNlKHsgZnJvbTogXCJjYWxsXCIsIHRvOiBcImNhbGxcIiwgcHJvYmFiaWxpdHk6IDAuMywgZmFpbHVyZTogdHJ1ZSB9KTtcbiAqL1xuZXhwb3J0IGNvbnN0IFRyYW5zaXRpb25TY2hlbWEgPSB6XG4gIC5zdHJpY3RPYmplY3Qoe1xuICAgIGZyb206IGlkLmRlc2NyaWJlKFwiVGhlIHRvdWNocG9pbnQgdGhlIGN1c3RvbWVyIGxlYXZlcy5cIiksXG4gICAgdG86IGlkLmRlc2NyaWJlKFwiVGhlIHRvdWNocG9pbnQgdGhlIGN1c3RvbWVyIGdvZXMgdG8gbmV4dC5cIiksXG4gICAgcHJvYmFiaWxpdHk6IHoubnVtYmVyKCkuZmluaXRlKCkubWluKDApLm1heCgxKS5vcHRpb25hbCgpLmRlc2NyaWJlKFwiU2hhcmUgb2YgY3VzdG9tZXJzIGxlYXZpbmcgYGZyb21gIHdobyBnbyB0byBgdG9gLlwiKSxcbiAgICB2b2x1bWU6IHdlaWdodFxuICAgICAgLm9wdGlvbmFsKClcbiAgICAgIC5kZXNjcmliZShcIkNvdW50IG9mIGN1c3RvbWVycyB0YWtpbmcgdGhpcyB0cmFuc2l0aW9uOyB1c2VkIGZvciB0aGUgcHJvYmFiaWxpdGllcyB3aGVuIG5vbmUgYXJlIGdpdmVuLlwiKSxcbiAgICB3YWl0OiBtaW51dGVzLm9wdGlvbmFsKCkuZGVzY3JpYmUoXCJNaW51dGVzIHRoZSBjdXN0b21lciB3YWl0cyBiZXR3ZWVuIHRoZSB0d28gdG91Y2hwb2ludHMgKHdhc3RlLCBgZGVsYXlgIGJ5IGRlZmF1bHQpLlwiKSxcbiAgICB3YXN0ZTogd2FzdGVDYXRlZ29yeS5vcHRpb25hbCgpLmRlc2NyaWJlKFwiV2FzdGUgY2F0ZWdvcnkgb2YgdGhlIHdhaXQ7IGBkZWxheWAgYnkgZGVmYXVsdC5cIiksXG4gICAgd29ya2luZ1dhaXQ6IG1pbnV0ZXNcbiAgICAgIC5vcHRpb25hbCgpXG4gICAgICAuZGVzY3JpYmUoXCJUaGUgcGFydCBvZiBgd2FpdGAgaW5zaWRlIHdvcmtpbmcgaG91cnMsIGluIG1pbnV0ZXMgKHRoZSB3b3JraW5nIGNsb2NrOyBhIG1pbmVkIG1vZGVsJ3MsIHdpdGggYSBjYWxlbmRhcikuXCIpLFxuICAgIGZhaWx1cmU6IHouYm9vbGVhbigpLm9wdGlvbmFsKCkuZGVzY3JpYmUoXCJUaGUgdmlzaXQgdGhpcyB0cmFuc2l0aW9uIGxlYWRzIHRvIGlzIGZhaWx1cmUgZGVtYW5kLlwiKSxcbiAgfSlcbiAgLmRlc2NyaWJlKFwiQSBtb3ZlIGZyb20gb25lIHRvdWNocG9pbnQgdG8gYW5vdGhlci5cIik7XG5cbi8qKlxuICogV2hhdCBhIG1pbmVkIG1vZGVsJ3MgY2xhc3NpZmljYXRpb24gbmFtZWQsIG9uZSB3b3JkIHBlciBraW5kIG9mIGZhY3Q6IGB0eXBlYCAoc3RlcCB0eXBlcyksXG4gKiBgbWludXRlc2AsIGBjb3N0YCwgYGZhaWx1cmVgIChmYWlsdXJlIGRlbWFuZCkgYW5kIGBvdXRjb21lYCAoYWJhbmRvbmVkIG91dGNvbWVzKS5cbiAqXG4gKiBAZXhhbXBsZVxuICogQ0xBU1NJRklFRF9GQUNUUy5pbmNsdWRlcyhcImZhaWx1cmVcIik7IC8vIHRydWVcbiAqL1xuZXhwb3J0IGNvbnN0IENMQVNTSUZJRURfRkFDVFMgPSBbXCJ0eXBlXCIsIFwibWludXRlc1wiLCBcImNvc3RcIiwgXCJmYWlsdXJlXCIsIFwib3V0Y29tZVwiXSBhcyBjb25zdDtcblxuLyoqXG4gKiBUaGUgem9kIHNjaGVtYSBvZiBhIG1pbmVkIG1vZGVsJ3MgcmVjb3JkIG9mIHdoYXQgaXRzIGxvZyBjb3VsZCB0ZWxsIChgbWluZWRgIG9uIGEgc2VydmljZSkuXG4gKlxuICogQGV4YW1wbGVcbiAqIE1pbmVkU2NoZW1hLnBhcnNlKHsgY2FzZXM6IDEwNTAsIHN0YXJ0VGltZXM6IGZhbHNlLCBjbGFzc2lmaWVkOiBbXSB9KTtcbiAqL1xuZXhwb3J0IGNvbnN0IE1pbmVkU2NoZW1hID0gelxuICAuc3RyaWN0T2JqZWN0KHtcbiAgICBjYXNlczogei5udW1iZXIoKS5pbnQoKS5ub25uZWdhdGl2ZSgpLmRlc2NyaWJlKFwiVGhlIGNhc2VzIChvciBjdXN0b21lciBqb3VybmV5cykgdGhlIG1vZGVsIHdhcyBtaW5lZCBmcm9tLlwiKSxcbiAgICBzdGFydFRpbWVzOiB6LmJvb2xlYW4oKS5kZXNjcmliZShcIlRoZSBsb2cgaGFkIHN0YXJ0IHRpbWVzLCBzbyB0aGUgdG91Y2hwb2ludHMgY2Fycnkgc2VydmljZSBtaW51dGVzLlwiKSxcbiAgICBjbGFzc2lmaWVkOiB6XG4gICAgICAuYXJyYXkoei5lbnVtKENMQVNTSUZJRURfRkFDVFMpKVxuICAgICAgLmRlc2NyaWJlKGBXaGF0IGEgY2xhc3NpZmljYXRpb24gbmFtZWQgZm9yIHRoZSBhY3Rpdml0aWVzICgke0NMQVNTSUZJRURfRkFDVFMuam9pbihcIiwgXCIpfSk7IGVtcHR5IHdpdGhvdXQgb25lLmApLFxuICB9KVxuICAuZGVzY3JpYmUoXCJTZXQgYnkgdGhlIG1pbmVyOiB3aGF0IHRoZSBldmVudCBsb2cgY291bGQgdGVsbC4gQSBmaWd1cmUgcmVzdGluZyBvbiBhIGRlZmF1bHQgcmF0aGVyIHRoYW4gb24gdGhlIGxvZyBpcyByZXBvcnRlZCBhcyB1bmtub3duLlwiKTtcblxuLyoqXG4gKiBUaGUgem9kIHNjaGVtYSBvZiBhIHNlcnZpY2UgbW9kZWwgKGl0cyBzaGFwZSBvbmx5OiBgcGFyc2VTZXJ2aWNlYCBhZGRzIHRoZSBncmFwaCBjaGVja3MpLlxuICpcbiAqIEBleGFtcGxlXG4gKiBTZXJ2aWNlU2NoZW1hLnNhZmVQYXJzZShqc29uKS5zdWNjZXNzO1xuICovXG5leHBvcnQgY29uc3QgU2VydmljZVNjaGVtYSA9IHpcbiAgLnN0cmljdE9iamVjdCh7XG4gICAgJHNjaGVtYTogei5zdHJpbmcoKS5vcHRpb25hbCgpLmRlc2NyaWJlKFwiVGhlIEpTT04gU2NoZW1hIG9mIHRoaXMgZmlsZSwgZm9yIGVkaXRvcnMuXCIpLFxuICAgIGlkLFxuICAgIG5hbWU6IHouc3RyaW5nKCkub3B0aW9uYWwoKS5kZXNjcmliZShcIkRpc3BsYXkgbmFtZTsgZGVmYXVsdHMgdG8gdGhlIGlkLlwiKSxcbiAgICB2b2x1bWU6IHdlaWdodC5vcHRpb25hbCgpLmRlc2NyaWJlKFwiQ3VzdG9tZXJzIHBlciB5ZWFyLCBmb3IgeWVhcmx5IHRvdGFscy5cIiksXG4gICAgY3VycmVuY3k6IHouc3RyaW5nKCkub3B0aW9uYWwoKS5kZXNjcmliZShcIkN1cnJlbmN5IG9mIHRoZSBjb3N0IGZpZWxkcywgZS5nLiBFVVIuXCIpLFxuICAgIG5vdW46IHpcbiAgICAgIC5zdHJpbmcoKVxuICAgICAgLm1pbigxKVxuICAgICAgLm9wdGlvbmFsKClcbiAgICAgIC5kZXNjcmliZSgnV2hhdCB0aGUgc2VydmljZSBjYWxscyBpdHMgY3VzdG9tZXIsIHNpbmd1bGFyIChcInBhdGllbnRcIiwgXCJ0YXhwYXllclwiKTogdGhlIHdvcmQgb2YgZXZlcnkgaGVhZGxpbmU7IFwiY3VzdG9tZXJcIiB3aGVuIGFic2VudC4nKSxcbiAgICBtaW5lZDogTWluZWRTY2hlbWEub3B0aW9uYWwoKSxcbiAgICB3b3JraW5nRGF5TWludXRlczogelxuICAgICAgLm51bWJlcigpXG4gICAgICAucG9zaXRpdmUoKVxuICAgICAgLm1heCgxNDQwKVxuICAgICAgLm9wdGlvbmFsKClcbiAgICAgIC5kZXNjcmliZShcIlRoZSBsZW5ndGggb2YgYSB3b3JraW5nIGRheSBpbiBtaW51dGVzLCBmb3Igd29ya2luZyB0aW1lIGluIGRheXMgKGB3b3JraW5nV2FpdGApOiBlLmcuIDQzNSBmb3IgNyBoIDE1IG1pbi5cIiksXG4gICAgZGVwYXJ0bWVudHM6IHouYXJyYXkoRGVwYXJ0bWVudFNjaGVtYSkubWluKDEpLmRlc2NyaWJlKFwiVGhlIGRlcGFydG1lbnRzLCB0ZWFtcyBvciB1bml0czogYXQgbGVhc3Qgb25lLlwiKSxcbiAgICB0b3VjaHBvaW50czogei5hcnJheShUb3VjaHBvaW50U2NoZW1hKS5taW4oMSkuZGVzY3JpYmUoXCJUaGUgdG91Y2hwb2ludHM6IGF0IGxlYXN0IG9uZSwgYW5kIGF0IGxlYXN0IG9uZSB3aXRoIGFuIGVudHJ5IHdlaWdodC5cIiksXG4gICAgdHJhbnNpdGlvbnM6IHouYXJyYXkoVHJhbnNpdGlvblNjaGVtYSkuZGVzY3JpYmUoXCJXaGVyZSBjdXN0b21lcnMgZ28gZnJvbSBlYWNoIHRvdWNocG9pbnQgdGhhdCBpcyBub3QgYW4gb3V0Y29tZS5cIiksXG4gIH0pXG4gIC5kZXNjcmliZShcIkEgaHVra2Egc2VydmljZSBtb2RlbCwgdmVyc2lvbiAxLlwiKTtcbiIsICJjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZGlybmFtZSA9IFwiL3dvcmsvd3QvcmVhZGVyL3NyYy9tb2RlbFwiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvd3QvcmVhZGVyL3NyYy9tb2RlbC9leGNlcnB0LWlkLnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL3d0L3JlYWRlci9zcmMvbW9kZWwvZXhjZXJwdC1pZC50c1wiOy8qKiBJZHMgbG9uZ2VyIHRoYW4gdGhpcyBhcmUgY3V0IHdoZXJlIGEgbWVzc2FnZSBlY2hvZXMgdGhlbS4gKi9cbmNvbnN0IElEX0NIQVJTID0gNjA7XG5cbi8qKlxuICogQW4gaWQgZnJvbSB0aGUgaW5wdXQgYXMgYSBtZXNzYWdlIGxpc3RzIGl0OiB3aG9sZSB3aGVuIHNob3J0LCBlbHNlIGl0cyBmaXJzdCBjaGFyYWN0ZXJzIGFuZFxuICogaXRzIGxlbmd0aCwgc28gdGhhdCBhIDEgTUIgaWQgbmV2ZXIgbWFrZXMgYSAxIE1CIG1lc3NhZ2UgKHRoZSBsb2cgcmVhZGVycycgYGV4Y2VycHRgLCB1bnF1b3RlZCkuXG4gKlxuICogQGV4YW1wbGVcbiAqIGV4Y2VycHRJZChcImxhYlwiKTsgLy8gXCJsYWJcIlxuICogZXhjZXJwdElkKFwieFwiLnJlcGVhdCgxZTYpKTsgLy8gXCJ4eHh4XHUyMDI2eHh4XHUyMDI2ICgxLDAwMCwwMDAgY2hhcmFjdGVycylcIiwgNTkgeCdzXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBleGNlcnB0SWQoaWQ6IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiBpZC5sZW5ndGggPD0gSURfQ0hBUlMgPyBpZCA6IGAke2lkLnNsaWNlKDAsIElEX0NIQVJTIC0gMSl9XHUyMDI2ICgke2lkLmxlbmd0aC50b0xvY2FsZVN0cmluZyhcImVuXCIpfSBjaGFyYWN0ZXJzKWA7XG59XG4iLCAiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL3d0L3JlYWRlci9zcmMvbW9kZWxcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZmlsZW5hbWUgPSBcIi93b3JrL3d0L3JlYWRlci9zcmMvbW9kZWwvZm9ybWF0LXBhdGgudHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfaW1wb3J0X21ldGFfdXJsID0gXCJmaWxlOi8vL3dvcmsvd3QvcmVhZGVyL3NyYy9tb2RlbC9mb3JtYXQtcGF0aC50c1wiO2ltcG9ydCB0eXBlIHsgSXNzdWVQYXRoIH0gZnJvbSBcIi4vcHJvYmxlbS5qc1wiO1xuXG5jb25zdCBJREVOVElGSUVSID0gL15bQS1aYS16XyRdW1xcdyRdKiQvO1xuXG4vKipcbiAqIEEgSlNPTiBwYXRoIGluIEphdmFTY3JpcHQgbm90YXRpb24sIHRoZSBwcmVmaXggb2YgZXZlcnkgaXNzdWUgbWVzc2FnZTsgdGhlIGVtcHR5IHBhdGggaXMgYG1vZGVsYC5cbiAqXG4gKiBAZXhhbXBsZVxuICogZm9ybWF0UGF0aChbXCJ0b3VjaHBvaW50c1wiLCAzLCBcImRlcGFydG1lbnRcIl0pOyAvLyBcInRvdWNocG9pbnRzWzNdLmRlcGFydG1lbnRcIlxuICogZm9ybWF0UGF0aChbXCJ0b3VjaHBvaW50c1wiLCAwLCBcIm9kZCBrZXlcIl0pOyAgICAvLyAndG91Y2hwb2ludHNbMF1bXCJvZGQga2V5XCJdJ1xuICovXG5leHBvcnQgZnVuY3Rpb24gZm9ybWF0UGF0aChwYXRoOiByZWFkb25seSAoc3RyaW5nIHwgbnVtYmVyIHwgc3ltYm9sKVtdKTogc3RyaW5nIHtcbiAgaWYgKHBhdGgubGVuZ3RoID09PSAwKSByZXR1cm4gXCJtb2RlbFwiO1xuICBsZXQgdGV4dCA9IFwiXCI7XG4gIGZvciAoY29uc3Qga2V5IG9mIHBhdGgpIHtcbiAgICBpZiAodHlwZW9mIGtleSA9PT0gXCJudW1iZXJcIikgdGV4dCArPSBgWyR7a2V5fV1gO1xuICAgIGVsc2UgaWYgKHR5cGVvZiBrZXkgPT09IFwic3RyaW5nXCIgJiYgSURFTlRJRklFUi50ZXN0KGtleSkpIHRleHQgKz0gdGV4dCA9PT0gXCJcIiA/IGtleSA6IGAuJHtrZXl9YDtcbiAgICBlbHNlIHRleHQgKz0gYFske0pTT04uc3RyaW5naWZ5KFN0cmluZyhrZXkpKX1dYDtcbiAgfVxuICByZXR1cm4gdGV4dDtcbn1cbiIsICJjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZGlybmFtZSA9IFwiL3dvcmsvd3QvcmVhZGVyL3NyYy9tb2RlbFwiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvd3QvcmVhZGVyL3NyYy9tb2RlbC9pc3N1ZS1tZXNzYWdlLnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL3d0L3JlYWRlci9zcmMvbW9kZWwvaXNzdWUtbWVzc2FnZS50c1wiO2ltcG9ydCB7IGV4Y2VycHRJZCB9IGZyb20gXCIuL2V4Y2VycHQtaWQuanNcIjtcbmltcG9ydCB7IGZvcm1hdFBhdGggfSBmcm9tIFwiLi9mb3JtYXQtcGF0aC5qc1wiO1xuaW1wb3J0IHR5cGUgeyBQcm9ibGVtLCBUcmFuc2l0aW9uUmVmIH0gZnJvbSBcIi4vcHJvYmxlbS5qc1wiO1xuaW1wb3J0IHsgRGVwYXJ0bWVudFNjaGVtYSwgU2VydmljZVNjaGVtYSwgU1RBTkRBUkRfV0FTVEVTLCBTdGVwU2NoZW1hLCBUb3VjaHBvaW50U2NoZW1hLCBUcmFuc2l0aW9uU2NoZW1hIH0gZnJvbSBcIi4vc2NoZW1hLmpzXCI7XG5cbi8qKiBMaXN0cyBsb25nZXIgdGhhbiB0aGlzIGFyZSBjdXQsIHdpdGggYSBjb3VudCBvZiB0aGUgcmVzdDogYSAxMDBrLXRvdWNocG9pbnQgbW9kZWwgc3RheXMgcmVhZGFibGUuICovXG5jb25zdCBMSVNUX0xJTUlUID0gMTA7XG5cbi8qKlxuICogVGhlIEVuZ2xpc2ggbWVzc2FnZSBvZiBhIHByb2JsZW0sIHByZWZpeGVkIGJ5IGl0cyBwYXRoIGluIEphdmFTY3JpcHQgbm90YXRpb24uIFRoZSBvbmUgcGxhY2VcbiAqIHdoZXJlIGh1a2thIHdvcmRzIGl0cyB2YWxpZGF0aW9uIHByb2JsZW1zOiBldmVyeXRoaW5nIGVsc2UgaGFuZGxlcyBjb2RlcyBhbmQgZGF0YS5cbiAqXG4gKiBAZXhhbXBsZVxuICogaXNzdWVNZXNzYWdlKHsgY29kZTogXCJ1bmtub3duX2RlcGFydG1lbnRcIiwgcGF0aDogW1widG91Y2hwb2ludHNcIiwgMywgXCJkZXBhcnRtZW50XCJdLFxuICogICB2YWx1ZTogXCJyYWRpb2xvZ3lcIiwga25vd246IFtcImhlYWx0aC1jZW50cmVcIiwgXCJsYWJcIiwgXCJjbGluaWNcIl0gfSk7XG4gKiAvLyAndG91Y2hwb2ludHNbM10uZGVwYXJ0bWVudDogdW5rbm93biBkZXBhcnRtZW50IFwicmFkaW9sb2d5XCIgKGtub3duOiBoZWFsdGgtY2VudHJlLCBsYWIsIGNsaW5pYyknXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBpc3N1ZU1lc3NhZ2UocHJvYmxlbTogUHJvYmxlbSk6IHN0cmluZyB7XG4gIHJldHVybiBgJHtmb3JtYXRQYXRoKHByb2JsZW0ucGF0aCl9OiAke2Rlc2NyaWJlKHByb2JsZW0pfWA7XG59XG5cbmZ1bmN0aW9uIGRlc2NyaWJlKHA6IFByb2JsZW0pOiBzdHJpbmcge1xuICBzd2l0Y2ggKHAuY29kZSkge1xuICAgIC8vIHpvZCdzIG93biBpc3N1ZXM6IHRoZSBjb2RlcyBzdGF5IHpvZCdzLCB0aGUgd29yZGluZyBpcyBvdXJzXG4gICAgY2FzZSBcImludmFsaWRfdHlwZVwiOlxuICAgICAgcmV0dXJuIHAuaW5wdXQgPT09IHVuZGVmaW5lZFxuICAgICAgICA/IGByZXF1aXJlZCBmaWVsZCBpcyBtaXNzaW5nOiBhZGQgJHthcnRpY2xlKHAuZXhwZWN0ZWQpfWBcbiAgICAgICAgOiBgZXhwZWN0ZWQgJHthcnRpY2xlKHAuZXhwZWN0ZWQpfSwgZ290ICR7dmFsdWUocC5pbnB1dCl9YDtcbiAgICBjYXNlIFwidG9vX3NtYWxsXCI6XG4gICAgICBpZiAocC5vcmlnaW4gPT09IFwic3RyaW5nXCIpIHJldHVybiBgbXVzdCBub3QgYmUgZW1wdHlgO1xuICAgICAgaWYgKHAub3JpZ2luID09PSBcImFycmF5XCIpIHJldHVybiBgbmVlZHMgYXQgbGVhc3QgJHtwLm1pbmltdW19ICR7cGx1cmFsKE51bWJlcihwLm1pbmltdW0pLCBpdGVtTmFtZShwLnBhdGgpKX0sIGdvdCBub25lYDtcbiAgICAgIHJldHVybiBgbXVzdCBiZSAke3AuaW5jbHVzaXZlID8gXCJcdTIyNjVcIiA6IFwiPlwifSAke2JvdW5kKHAubWluaW11bSl9LCBnb3QgJHt2YWx1ZShwLmlucHV0KX1gO1xuICAgIGNhc2UgXCJ0b29fYmlnXCI6XG4gICAgICByZXR1cm4gYG11c3QgYmUgJHtwLmluY2x1c2l2ZSA/IFwiXHUyMjY0XCIgOiBcIjxcIn0gJHtib3VuZChwLm1heGltdW0pfSwgZ290ICR7dmFsdWUocC5pbnB1dCl9YDtcbiAgICBjYXNlIFwidW5yZWNvZ25pemVkX2tleXNcIjoge1xuICAgICAgY29uc3Qga25vd24gPSBrbm93bkZpZWxkcyhwLnBhdGgpO1xuICAgICAgcmV0dXJuIGB1bmtub3duICR7cGx1cmFsKHAua2V5cy5sZW5ndGgsIFwiZmllbGRcIil9ICR7cC5rZXlzLm1hcChxdW90ZSkuam9pbihcIiwgXCIpfSR7a25vd24gPyBgIChrbm93bjogJHtrbm93bi5qb2luKFwiLCBcIil9KWAgOiBcIlwifWA7XG4gICAgfVxuICAgIGNhc2UgXCJpbnZhbGlkX3ZhbHVlXCI6XG4gICAgICByZXR1cm4gcC5pbnB1dCA9PT0gdW5kZWZpbmVkXG4gICAgICAgID8gYHJlcXVpcmVkIGZpZWxkIGlzIG1pc3Npbmc6IGFkZCAke3F1b3RlKFN0cmluZyhwLnBhdGguYXQoLTEpID8/IFwidmFsdWVcIikpfSwgb25lIG9mICR7cC52YWx1ZXMubWFwKFN0cmluZykuam9pbihcIiwgXCIpfWBcbiAgICAgICAgOiBgdW5rbm93biAke1N0cmluZyhwLnBhdGguYXQoLTEpID8/IFwidmFsdWVcIil9ICR7dmFsdWUocC5pbnB1dCl9IChrbm93bjogJHtwLnZhbHVlcy5tYXAoU3RyaW5nKS5qb2luKFwiLCBcIil9KWA7XG4gICAgY2FzZSBcImludmFsaWRfdW5pb25cIjpcbiAgICAgIHJldHVybiBwLnBhdGguYXQoLTEpID09PSBcImVudHJ5XCJcbiAgICAgICAgPyBgZXhwZWN0ZWQgdHJ1ZSwgZmFsc2Ugb3IgYW4gZW50cnkgd2VpZ2h0IFx1MjI2NSAwLCBnb3QgJHt2YWx1ZShwLmlucHV0KX1gXG4gICAgICAgIDogYGludmFsaWQgdmFsdWUgJHt2YWx1ZShwLmlucHV0KX1gO1xuICAgIGNhc2UgXCJpbnZhbGlkX2Zvcm1hdFwiOlxuICAgIGNhc2UgXCJub3RfbXVsdGlwbGVfb2ZcIjpcbiAgICBjYXNlIFwiaW52YWxpZF9rZXlcIjpcbiAgICBjYXNlIFwiaW52YWxpZF9lbGVtZW50XCI6XG4gICAgY2FzZSBcImN1c3RvbVwiOlxuICAgICAgcmV0dXJuIGAke3AubWVzc2FnZX0ke3AuaW5wdXQgPT09IHVuZGVmaW5lZCA/IFwiXCIgOiBgLCBnb3QgJHt2YWx1ZShwLmlucHV0KX1gfWA7XG5cbiAgICAvLyBodWtrYSdzIG1vZGVsIHByb2JsZW1zXG4gICAgY2FzZSBcImR1cGxpY2F0ZV9pZFwiOlxuICAgICAgcmV0dXJuIGBkdXBsaWNhdGUgJHtwLmtpbmR9IGlkICR7cXVvdGUocC5pZCl9IChhbHJlYWR5IHVzZWQgYXQgJHtmb3JtYXRQYXRoKHAuZmlyc3QpfSk7IGdpdmUgZWFjaCAke3Aua2luZH0gaXRzIG93biBpZGA7XG4gICAgY2FzZSBcInVua25vd25fZGVwYXJ0bWVudFwiOlxuICAgICAgcmV0dXJuIGB1bmtub3duIGRlcGFydG1lbnQgJHtxdW90ZShwLnZhbHVlKX0gKGtub3duOiAke2xpc3QocC5rbm93bi5tYXAoZXhjZXJwdElkKSl9KWA7XG4gICAgY2FzZSBcInVua25vd25fdG91Y2hwb2ludFwiOlxuICAgICAgcmV0dXJuIGB1bmtub3duIHRvdWNocG9pbnQgJHtxdW90ZShwLnZhbHVlKX0gKGtub3duOiAke2xpc3QocC5rbm93bi5tYXAoZXhjZXJwdElkKSl9KWA7XG4gICAgY2FzZSBcImdyb3VwX21pc21hdGNoXCI6XG4gICAgICByZXR1cm4gYCR7cC5maWVsZH0gJHtxdW90ZShwLnZhbHVlKX0gZGlmZmVycyBmcm9tICR7cXVvdGUocC5leHBlY3RlZCl9IG9mIHRvdWNocG9pbnRzWyR7cC5maXJzdH1dIGluIGdyb3VwICR7cXVvdGUocC5ncm91cCl9OiB0b3VjaHBvaW50cyBvZiBvbmUgZ3JvdXAgc2hhcmUgdGhlaXIgbmFtZSBhbmQgZGVwYXJ0bWVudCAodGhleSBhcmUgb25lIHRvdWNocG9pbnQgcmVmaW5lZCk7IGdpdmUgaXQgdGhlIHNhbWUgJHtwLmZpZWxkfSBvciBhbm90aGVyIGdyb3VwYDtcbiAgICBjYXNlIFwiZHVwbGljYXRlX3RyYW5zaXRpb25cIjpcbiAgICAgIHJldHVybiBgZHVwbGljYXRlIHRyYW5zaXRpb24gJHtxdW90ZShwLmZyb20pfSBcdTIxOTIgJHtxdW90ZShwLnRvKX0gKGFscmVhZHkgYXQgdHJhbnNpdGlvbnNbJHtwLmZpcnN0fV0pOyBhIHBhaXIgb2YgdG91Y2hwb2ludHMgaGFzIGF0IG1vc3Qgb25lIHRyYW5zaXRpb246IG1lcmdlIHRoZW1gO1xuICAgIGNhc2UgXCJub19lbnRyeVwiOlxuICAgICAgcmV0dXJuIGBubyBlbnRyeTogbm8gdG91Y2hwb2ludCBoYXMgYW4gZW50cnkgd2VpZ2h0ID4gMDsgYWRkIFwiZW50cnlcIjogdHJ1ZSB0byB0aGUgdG91Y2hwb2ludCB3aGVyZSBjdXN0b21lcnMgc3RhcnRgO1xuICAgIGNhc2UgXCJtaXNzaW5nX291dGNvbWVcIjpcbiAgICAgIHJldHVybiBgdG91Y2hwb2ludCAke3F1b3RlKHAuaWQpfSBpcyBhIGRlYWQgZW5kOiBubyB0cmFuc2l0aW9uIGxlYXZlcyBpdCBhbmQgaXQgaGFzIG5vIG91dGNvbWU7IGFkZCBcIm91dGNvbWVcIjogXCJyZXNvbHZlZFwiIG9yIFwiYWJhbmRvbmVkXCIsIG9yIGEgdHJhbnNpdGlvbiBvdXQgb2YgaXRgO1xuICAgIGNhc2UgXCJvdXRjb21lX3dpdGhfZXhpdHNcIjpcbiAgICAgIHJldHVybiBgdG91Y2hwb2ludCAke3F1b3RlKHAuaWQpfSBoYXMgb3V0Y29tZSAke3F1b3RlKHAub3V0Y29tZSl9IGJ1dCB0cmFuc2l0aW9ucyBsZWF2ZSBpdCAoJHtyZWZzKHAudHJhbnNpdGlvbnMpfSk7IGFuIG91dGNvbWUgZW5kcyB0aGUgdHJpcDogcmVtb3ZlIHRoZSBvdXRjb21lIG9yIHRob3NlIHRyYW5zaXRpb25zYDtcbiAgICBjYXNlIFwicHJvYmFiaWxpdGllc19kb19ub3Rfc3VtX3RvX29uZVwiOlxuICAgICAgcmV0dXJuIGBwcm9iYWJpbGl0aWVzIG91dCBvZiB0b3VjaHBvaW50ICR7cXVvdGUocC5pZCl9IHN1bSB0byAke3JvdW5kKHAuc3VtKX0sIG5vdCAxICgke3JlZnMocC50cmFuc2l0aW9ucyl9KTsgbWFrZSB0aGVtIGFkZCB1cCB0byAxYDtcbiAgICBjYXNlIFwibWl4ZWRfcHJvYmFiaWxpdGllc1wiOlxuICAgICAgcmV0dXJuIGB0b3VjaHBvaW50ICR7cXVvdGUocC5pZCl9OiAke3JlZnMocC53aXRob3V0KX0gJHtwLndpdGhvdXQubGVuZ3RoID09PSAxID8gXCJnaXZlc1wiIDogXCJnaXZlXCJ9IG5vIHByb2JhYmlsaXR5IHdoaWxlICR7cC5naXZlbn0gb3RoZXIgJHtwbHVyYWwocC5naXZlbiwgXCJ0cmFuc2l0aW9uXCIpfSBvdXQgb2YgaXQgJHtwLmdpdmVuID09PSAxID8gXCJnaXZlc1wiIDogXCJnaXZlXCJ9IG9uZTsgZ2l2ZSBhIHByb2JhYmlsaXR5IG9uIGV2ZXJ5IHRyYW5zaXRpb24gb3V0IG9mICR7cXVvdGUocC5pZCl9LCBvciBvbiBub25lYDtcbiAgICBjYXNlIFwibWl4ZWRfdm9sdW1lc1wiOlxuICAgICAgcmV0dXJuIGB0b3VjaHBvaW50ICR7cXVvdGUocC5pZCl9OiAke3JlZnMocC53aXRob3V0KX0gJHtwLndpdGhvdXQubGVuZ3RoID09PSAxID8gXCJnaXZlc1wiIDogXCJnaXZlXCJ9IG5vIHZvbHVtZSB3aGlsZSAke3AuZ2l2ZW59IG90aGVyICR7cGx1cmFsKHAuZ2l2ZW4sIFwidHJhbnNpdGlvblwiKX0gb3V0IG9mIGl0ICR7cC5naXZlbiA9PT0gMSA/IFwiZ2l2ZXNcIiA6IFwiZ2l2ZVwifSBvbmUsIGFuZCBub25lIGdpdmVzIGEgcHJvYmFiaWxpdHk7IGdpdmUgYSB2b2x1bWUgb24gZXZlcnkgdHJhbnNpdGlvbiBvdXQgb2YgJHtxdW90ZShwLmlkKX0sIG9yIHByb2JhYmlsaXRpZXNgO1xuICAgIGNhc2UgXCJ6ZXJvX3ZvbHVtZXNcIjpcbiAgICAgIHJldHVybiBgdGhlIHZvbHVtZXMgb2YgdGhlICR7cC5jb3VudH0gJHtwbHVyYWwocC5jb3VudCwgXCJ0cmFuc2l0aW9uXCIpfSBvdXQgb2YgdG91Y2hwb2ludCAke3F1b3RlKHAuaWQpfSBhcmUgYWxsIDAsIHNvIHRoZXkgZ2l2ZSBubyBzcGxpdDsgZ2l2ZSBhIHZvbHVtZSA+IDAgb3IgcHJvYmFiaWxpdGllc2A7XG4gICAgY2FzZSBcIm1pc3Npbmdfd2FzdGVfY2F0ZWdvcnlcIjpcbiAgICAgIHJldHVybiBgd2FzdGUgc3RlcCAke3F1b3RlKHAuc3RlcCl9IGhhcyBubyB3YXN0ZSBjYXRlZ29yeTsgYWRkIFwid2FzdGVcIjogb25lIG9mICR7U1RBTkRBUkRfV0FTVEVTLmpvaW4oXCIsIFwiKX0sIG9yIGEgY3VzdG9tIGNhdGVnb3J5YDtcbiAgICBjYXNlIFwidW5leHBlY3RlZF93YXN0ZV9jYXRlZ29yeVwiOlxuICAgICAgcmV0dXJuIGAke3AudHlwZX0gc3RlcCAke3F1b3RlKHAuc3RlcCl9IGhhcyBhIHdhc3RlIGNhdGVnb3J5ICgke3F1b3RlKHAud2FzdGUpfSk7IG9ubHkgd2FzdGUgc3RlcHMgaGF2ZSBvbmU6IHJlbW92ZSBcIndhc3RlXCIsIG9yIG1ha2UgdGhlIHN0ZXAgXCJ0eXBlXCI6IFwid2FzdGVcImA7XG4gICAgY2FzZSBcInVucmVhY2hhYmxlX291dGNvbWVcIjpcbiAgICAgIHJldHVybiBwLmxvb3AubGVuZ3RoID09PSAxXG4gICAgICAgID8gYGN1c3RvbWVycyB3aG8gcmVhY2ggdG91Y2hwb2ludCAke3F1b3RlKHAubG9vcFswXSEpfSBuZXZlciBnZXQgdG8gYW4gb3V0Y29tZTogaXQgb25seSBsZWFkcyBiYWNrIHRvIGl0c2VsZjsgYWRkIGEgdHJhbnNpdGlvbiB0b3dhcmRzIGFuIG91dGNvbWVgXG4gICAgICAgIDogYGN1c3RvbWVycyB3aG8gcmVhY2ggdG91Y2hwb2ludCAke3F1b3RlKHAubG9vcFswXSEpfSBuZXZlciBnZXQgdG8gYW4gb3V0Y29tZTogdG91Y2hwb2ludHMgJHtsaXN0KHAubG9vcC5tYXAocXVvdGUpKX0gb25seSBsZWFkIHRvIGVhY2ggb3RoZXI7IGFkZCBhIHRyYW5zaXRpb24gZnJvbSBvbmUgb2YgdGhlbSB0b3dhcmRzIGFuIG91dGNvbWVgO1xuICAgIGNhc2UgXCJuZWFybHlfY2xvc2VkX2xvb3BcIjoge1xuICAgICAgY29uc3Qgd2hlcmUgPSBwLmxvb3AubGVuZ3RoID09PSAxID8gYGdvIHJvdW5kIGl0YCA6IGBnbyByb3VuZCB0aGUgbG9vcCBvZiB0b3VjaHBvaW50cyAke2xpc3QocC5sb29wLm1hcChxdW90ZSkpfWA7XG4gICAgICBjb25zdCBvZnRlbiA9XG4gICAgICAgIHAudmlzaXRzID09PSBudWxsID8gXCJzbyBvZnRlbiB0aGF0IHRoZSBjb3VudCBpcyBiZXlvbmQgYW55IGZpZ3VyZVwiIDogYGFib3V0ICR7TnVtYmVyKHAudmlzaXRzLnRvUHJlY2lzaW9uKDIpKS50b0V4cG9uZW50aWFsKCl9IHRpbWVzIG9uIGF2ZXJhZ2VgO1xuICAgICAgcmV0dXJuIGBjdXN0b21lcnMgd2hvIHJlYWNoIHRvdWNocG9pbnQgJHtxdW90ZShwLmxvb3BbMF0hKX0gJHt3aGVyZX0gJHtvZnRlbn0gYmVmb3JlIHRoZXkgbGVhdmUgKG1vcmUgdGhhbiAxZTkpOiBhIGxvb3AgdGhpcyBuZWFybHkgY2xvc2VkIGdpdmVzIG5vIG1lYW5pbmdmdWwgZmlndXJlOyBnaXZlIHRoZSB0cmFuc2l0aW9ucyBvdXQgb2YgaXQgYSByZWFsaXN0aWMgcHJvYmFiaWxpdHkgb3Igdm9sdW1lYDtcbiAgICB9XG4gICAgY2FzZSBcInVucmVhY2hhYmxlX3RvdWNocG9pbnRcIjpcbiAgICAgIHJldHVybiBgdG91Y2hwb2ludCAke3F1b3RlKHAuaWQpfSBpcyBuZXZlciByZWFjaGVkOiBubyB0cmFuc2l0aW9uIHdpdGggYSBwcm9iYWJpbGl0eSA+IDAgbGVhZHMgdG8gaXQgZnJvbSBhbiBlbnRyeTsgYWRkIG9uZSwgbWFrZSBpdCBhbiBlbnRyeSwgb3IgcmVtb3ZlIGl0YDtcbiAgICBjYXNlIFwidW5pZm9ybV9zcGxpdFwiOlxuICAgICAgcmV0dXJuIGB0b3VjaHBvaW50ICR7cXVvdGUocC5pZCl9IGdpdmVzIG5laXRoZXIgcHJvYmFiaWxpdGllcyBub3Igdm9sdW1lcyBvbiBpdHMgJHtwLmNvdW50fSB0cmFuc2l0aW9uczsgYXNzdW1lZCBhIHVuaWZvcm0gc3BsaXQgKDEvJHtwLmNvdW50fSBlYWNoKWA7XG4gIH1cbn1cblxuLyoqIFRoZSBmaWVsZHMgYW4gb2JqZWN0IGF0IGBwYXRoYCBtYXkgaGF2ZSwgZm9yIHRoZSBmaXggb2YgYW4gYHVucmVjb2duaXplZF9rZXlzYCBpc3N1ZS4gKi9cbmZ1bmN0aW9uIGtub3duRmllbGRzKHBhdGg6IHJlYWRvbmx5IFByb3BlcnR5S2V5W10pOiBzdHJpbmdbXSB8IG51bGwge1xuICBjb25zdCBzaGFwZSA9XG4gICAgcGF0aC5sZW5ndGggPT09IDBcbiAgICAgID8gU2VydmljZVNjaGVtYS5zaGFwZVxuICAgICAgOiBwYXRoLmxlbmd0aCA9PT0gMiAmJiBwYXRoWzBdID09PSBcImRlcGFydG1lbnRzXCJcbiAgICAgICAgPyBEZXBhcnRtZW50U2NoZW1hLnNoYXBlXG4gICAgICAgIDogcGF0aC5sZW5ndGggPT09IDIgJiYgcGF0aFswXSA9PT0gXCJ0b3VjaHBvaW50c1wiXG4gICAgICAgICAgPyBUb3VjaHBvaW50U2NoZW1hLnNoYXBlXG4gICAgICAgICAgOiBwYXRoLmxlbmd0aCA9PT0gNCAmJiBwYXRoWzBdID09PSBcInRvdWNocG9pbnRzXCIgJiYgcGF0aFsyXSA9PT0gXCJzdGVwc1wiXG4gICAgICAgICAgICA/IFN0ZXBTY2hlbWEuc2hhcGVcbiAgICAgICAgICAgIDogcGF0aC5sZW5ndGggPT09IDIgJiYgcGF0aFswXSA9PT0gXCJ0cmFuc2l0aW9uc1wiXG4gICAgICAgICAgICAgID8gVHJhbnNpdGlvblNjaGVtYS5zaGFwZVxuICAgICAgICAgICAgICA6IG51bGw7XG4gIHJldHVybiBzaGFwZSA/IE9iamVjdC5rZXlzKHNoYXBlKSA6IG51bGw7XG59XG5cbmZ1bmN0aW9uIGl0ZW1OYW1lKHBhdGg6IHJlYWRvbmx5IFByb3BlcnR5S2V5W10pOiBzdHJpbmcge1xuICBjb25zdCBrZXkgPSBTdHJpbmcocGF0aC5hdCgtMSkgPz8gXCJpdGVtXCIpO1xuICByZXR1cm4ga2V5LmVuZHNXaXRoKFwic1wiKSA/IGtleS5zbGljZSgwLCAtMSkgOiBcIml0ZW1cIjtcbn1cblxuZnVuY3Rpb24gcmVmcyh0cmFuc2l0aW9uczogVHJhbnNpdGlvblJlZltdKTogc3RyaW5nIHtcbiAgY29uc3Qgc2hvd24gPSB0cmFuc2l0aW9ucy5zbGljZSgwLCBMSVNUX0xJTUlUKS5tYXAoXG4gICAgKHQpID0+IGB0cmFuc2l0aW9uc1ske3QuaW5kZXh9XSBcdTIxOTIgJHtxdW90ZSh0LnRvKX0ke3QucHJvYmFiaWxpdHkgPT09IHVuZGVmaW5lZCA/IFwiXCIgOiBgICR7cm91bmQodC5wcm9iYWJpbGl0eSl9YH1gLFxuICApO1xuICBjb25zdCByZXN0ID0gdHJhbnNpdGlvbnMubGVuZ3RoIC0gc2hvd24ubGVuZ3RoO1xuICByZXR1cm4gc2hvd24uam9pbihcIiwgXCIpICsgKHJlc3QgPiAwID8gYCBhbmQgJHtyZXN0LnRvTG9jYWxlU3RyaW5nKFwiZW4tVVNcIil9IG1vcmVgIDogXCJcIik7XG59XG5cbmZ1bmN0aW9uIGxpc3QoaWRzOiBzdHJpbmdbXSk6IHN0cmluZyB7XG4gIGlmIChpZHMubGVuZ3RoID09PSAwKSByZXR1cm4gXCJub25lXCI7XG4gIGNvbnN0IHJlc3QgPSBpZHMubGVuZ3RoIC0gTElTVF9MSU1JVDtcbiAgcmV0dXJuIGlkcy5zbGljZSgwLCBMSVNUX0xJTUlUKS5qb2luKFwiLCBcIikgKyAocmVzdCA+IDAgPyBgLCBcdTIwMjYgYW5kICR7cmVzdC50b0xvY2FsZVN0cmluZyhcImVuLVVTXCIpfSBtb3JlYCA6IFwiXCIpO1xufVxuXG4vKiogQSB2YWx1ZSBhcyB0aGUgdXNlciB3cm90ZSBpdDogc3RyaW5ncyBxdW90ZWQgKGFuZCBjdXQgd2hlbiBsb25nKSwgY29udGFpbmVycyBieSBraW5kLiAqL1xuZnVuY3Rpb24gdmFsdWUoaW5wdXQ6IHVua25vd24pOiBzdHJpbmcge1xuICBpZiAodHlwZW9mIGlucHV0ID09PSBcInN0cmluZ1wiKSByZXR1cm4gcXVvdGUoaW5wdXQpO1xuICBpZiAoaW5wdXQgPT09IG51bGwpIHJldHVybiBcIm51bGxcIjtcbiAgaWYgKEFycmF5LmlzQXJyYXkoaW5wdXQpKSByZXR1cm4gXCJhbiBhcnJheVwiO1xuICBpZiAodHlwZW9mIGlucHV0ID09PSBcIm9iamVjdFwiKSByZXR1cm4gXCJhbiBvYmplY3RcIjtcbiAgcmV0dXJuIFN0cmluZyhpbnB1dCk7XG59XG5cbmZ1bmN0aW9uIHF1b3RlKHRleHQ6IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiBKU09OLnN0cmluZ2lmeSh0ZXh0Lmxlbmd0aCA+IDYwID8gYCR7dGV4dC5zbGljZSgwLCA1Nyl9XHUyMDI2YCA6IHRleHQpO1xufVxuXG4vKiogQSBzY2hlbWEncyBib3VuZCBhcyB3cml0dGVuIGluIHRoZSBkb2NzOiAxZTkgcmF0aGVyIHRoYW4gMTAwMDAwMDAwMC4gKi9cbmZ1bmN0aW9uIGJvdW5kKHg6IG51bWJlciB8IGJpZ2ludCk6IHN0cmluZyB7XG4gIHJldHVybiB0eXBlb2YgeCA9PT0gXCJudW1iZXJcIiAmJiBNYXRoLmFicyh4KSA+PSAxZTYgPyB4LnRvRXhwb25lbnRpYWwoKS5yZXBsYWNlKFwiZStcIiwgXCJlXCIpIDogU3RyaW5nKHgpO1xufVxuXG5mdW5jdGlvbiBhcnRpY2xlKHR5cGU6IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiAvXlthZWlvdV0vLnRlc3QodHlwZSkgPyBgYW4gJHt0eXBlfWAgOiBgYSAke3R5cGV9YDtcbn1cblxuZnVuY3Rpb24gcGx1cmFsKG46IG51bWJlciwgd29yZDogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIG4gPT09IDEgPyB3b3JkIDogYCR7d29yZH1zYDtcbn1cblxuLyoqIFN1bXMgb2YgZmxvYXRzIHNob3duIHdpdGhvdXQgYmluYXJ5IG5vaXNlOiAwLjYgKyAwLjMgaXMgMC45IGhlcmUuICovXG5mdW5jdGlvbiByb3VuZCh4OiBudW1iZXIpOiBudW1iZXIge1xuICByZXR1cm4gTnVtYmVyKHgudG9QcmVjaXNpb24oMTIpKTtcbn1cbiIsICJjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZGlybmFtZSA9IFwiL3dvcmsvd3QvcmVhZGVyL3NyYy9hbmFseXNpc1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvd3QvcmVhZGVyL3NyYy9hbmFseXNpcy93YW5kZXItbWV0cmljcy50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay93dC9yZWFkZXIvc3JjL2FuYWx5c2lzL3dhbmRlci1tZXRyaWNzLnRzXCI7LyoqXG4gKiBIb3cgYSBqb3VybmV5IHdhbmRlcnMgYmV0d2VlbiBkZXBhcnRtZW50cy5cbiAqXG4gKiBAZXhhbXBsZVxuICogd2FuZGVyTWV0cmljcyhbXCJhXCIsIFwiYlwiLCBcImNcIl0sIFtcImRlc2tcIiwgXCJsYWJcIiwgXCJkZXNrXCJdKS5waW5nUG9uZ3M7IC8vIDFcbiAqL1xuZXhwb3J0IGludGVyZmFjZSBXYW5kZXJNZXRyaWNzPEQgPSBzdHJpbmc+IHtcbiAgLyoqIEQ6IHRoZSBkZXBhcnRtZW50IHNlcXVlbmNlIHdpdGggY29uc2VjdXRpdmUgcmVwZWF0cyBjb2xsYXBzZWQgKG1pc3NpbmcgZGVwYXJ0bWVudHMgbGVmdCBvdXQpLiAqL1xuICBkZXBhcnRtZW50czogRFtdO1xuICAvKiogfER8IFx1MjIxMiAxICovXG4gIGhhbmRvZmZzOiBudW1iZXI7XG4gIC8qKiBEaXJlY3QgcGluZy1wb25nOiBpIHdpdGggRFx1MUQ2MiA9IERcdTFENjJcdTIwOEFcdTIwODIuICovXG4gIHBpbmdQb25nczogbnVtYmVyO1xuICAvKiogRGVwYXJ0bWVudCByZS1lbnRyaWVzOiB8RHwgXHUyMjEyIHxzZXQoRCl8LCBpbmRpcmVjdCBwaW5nLXBvbmcgaW5jbHVkZWQuICovXG4gIHJldmlzaXRzOiBudW1iZXI7XG4gIC8qKiBUb3VjaHBvaW50IHJlcGVhdHM6IG4gXHUyMjEyIHxzZXQodCl8LiAqL1xuICByZXBlYXRzOiBudW1iZXI7XG59XG5cbi8qKlxuICogVGhlIG9uZSBkZWZpbml0aW9uIG9mIGhhbmQtb2ZmcywgcGluZy1wb25ncywgcmV2aXNpdHMgYW5kIHJlcGVhdHMgaW4gaHVra2EsIHVzZWQgZm9yIG1vZGVsXG4gKiBqb3VybmV5cyBhbmQgZm9yIG9ic2VydmVkIChldmVudC1sb2cpIGpvdXJuZXlzIGFsaWtlLiBXb3JrcyBvbiBpZHMgb3Igb24gaW50ZXJuZWQgbnVtYmVycztcbiAqIGEgYG51bGxgIG9yIGB1bmRlZmluZWRgIGRlcGFydG1lbnQgKHVua25vd24gaW4gYSBsb2cpIGlzIGxlZnQgb3V0IG9mIHRoZSBkZXBhcnRtZW50IHNlcXVlbmNlIG9ubHkuXG4gKlxuICogQGV4YW1wbGVcbiAqIHdhbmRlck1ldHJpY3MoW1wiYVwiLCBcImJcIiwgXCJjXCJdLCBbXCJkZXNrXCIsIFwibGFiXCIsIFwiZGVza1wiXSk7XG4gKiAvLyB7IGRlcGFydG1lbnRzOiBbXCJkZXNrXCIsIFwibGFiXCIsIFwiZGVza1wiXSwgaGFuZG9mZnM6IDIsIHBpbmdQb25nczogMSwgcmV2aXNpdHM6IDEsIHJlcGVhdHM6IDAgfVxuICovXG5leHBvcnQgZnVuY3Rpb24gd2FuZGVyTWV0cmljczxULCBEPihcbiAgdG91Y2hwb2ludHM6IEFycmF5TGlrZTxUPixcbiAgZGVwYXJ0bWVudHM6IEFycmF5TGlrZTxEIHwgbnVsbCB8IHVuZGVmaW5lZD4sXG4pOiBXYW5kZXJNZXRyaWNzPEQ+IHtcbiAgY29uc3QgcnVuczogRFtdID0gW107XG4gIGZvciAobGV0IGkgPSAwOyBpIDwgZGVwYXJ0bWVudHMubGVuZ3RoOyBpKyspIHtcbiAgICBjb25zdCBkID0gZGVwYXJ0bWVudHNbaV07XG4gICAgaWYgKGQgPT09IG51bGwgfHwgZCA9PT0gdW5kZWZpbmVkKSBjb250aW51ZTtcbiAgICBpZiAocnVucy5sZW5ndGggPT09IDAgfHwgcnVuc1tydW5zLmxlbmd0aCAtIDFdICE9PSBkKSBydW5zLnB1c2goZCk7XG4gIH1cbiAgbGV0IHBpbmdQb25ncyA9IDA7XG4gIGZvciAobGV0IGkgPSAwOyBpICsgMiA8IHJ1bnMubGVuZ3RoOyBpKyspIGlmIChydW5zW2ldID09PSBydW5zW2kgKyAyXSkgcGluZ1BvbmdzKys7XG4gIHJldHVybiB7XG4gICAgZGVwYXJ0bWVudHM6IHJ1bnMsXG4gICAgaGFuZG9mZnM6IE1hdGgubWF4KDAsIHJ1bnMubGVuZ3RoIC0gMSksXG4gICAgcGluZ1BvbmdzLFxuICAgIHJldmlzaXRzOiBydW5zLmxlbmd0aCAtIG5ldyBTZXQocnVucykuc2l6ZSxcbiAgICByZXBlYXRzOiB0b3VjaHBvaW50cy5sZW5ndGggLSBuZXcgU2V0KEFycmF5LmZyb20odG91Y2hwb2ludHMpKS5zaXplLFxuICB9O1xufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay93dC9yZWFkZXIvc3JjL2xvZ3NcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZmlsZW5hbWUgPSBcIi93b3JrL3d0L3JlYWRlci9zcmMvbG9ncy9ldmVudC1sb2cudHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfaW1wb3J0X21ldGFfdXJsID0gXCJmaWxlOi8vL3dvcmsvd3QvcmVhZGVyL3NyYy9sb2dzL2V2ZW50LWxvZy50c1wiOy8qKlxuICogVGhlIGRlcGFydG1lbnQgaW5kZXggb2YgYW4gZXZlbnQgd2hvc2UgZGVwYXJ0bWVudCBpcyBtaXNzaW5nIChlbXB0eSBvciBhIGBtaXNzaW5nYCBtYXJrZXIpLlxuICpcbiAqIEBleGFtcGxlXG4gKiBjb25zdCBkID0gbG9nLmRlcGFydG1lbnRbaV07XG4gKiBjb25zdCBuYW1lID0gZCA9PT0gTUlTU0lOR19ERVBBUlRNRU5UID8gbnVsbCA6IGxvZy5kZXBhcnRtZW50c1tkXTtcbiAqL1xuZXhwb3J0IGNvbnN0IE1JU1NJTkdfREVQQVJUTUVOVCA9IDB4ZmZmZl9mZmZmO1xuXG4vKipcbiAqIFRoZSBjdXN0b21lciBpbmRleCBvZiBhbiBldmVudCB0aGF0IG5hbWVzIG5vIGN1c3RvbWVyIChpdCB0YWtlcyBpdHMgY2FzZSdzKS5cbiAqXG4gKiBAZXhhbXBsZVxuICogY29uc3QgayA9IGxvZy5jdXN0b21lciFbaV07XG4gKiBjb25zdCBuYW1lID0gayA9PT0gTk9fQ1VTVE9NRVIgPyBudWxsIDogbG9nLmN1c3RvbWVycyFba107XG4gKi9cbmV4cG9ydCBjb25zdCBOT19DVVNUT01FUiA9IDB4ZmZmZl9mZmZmO1xuXG4vKipcbiAqIEFuIGV2ZW50IGxvZyBoZWxkIGluIGNvbHVtbnM6IG1lbW9yeSBncm93cyB3aXRoIHRoZSBldmVudHMga2VwdCwgbmV2ZXIgd2l0aCB0aGUgZmlsZSdzIHRleHQuXG4gKiBTdHJpbmdzIGFyZSBpbnRlcm5lZDogYW4gZXZlbnQncyBjYXNlLCBhY3Rpdml0eSBhbmQgZGVwYXJ0bWVudCBhcmUgaW5kaWNlcyBpbnRvIHRoZSBzdHJpbmdcbiAqIHRhYmxlcyBgY2FzZXNgLCBgYWN0aXZpdGllc2AgYW5kIGBkZXBhcnRtZW50c2AuXG4gKlxuICogRXZlbnRzIGFyZSBncm91cGVkIGJ5IGNhc2UsIGNhc2VzIGluIHRoZSBvcmRlciBvZiB0aGVpciBmaXJzdCBldmVudCBpbiB0aGUgZmlsZTsgd2l0aGluIGFcbiAqIGNhc2UgZXZlbnRzIGFyZSBvcmRlcmVkIGJ5IHRpbWUsIGFuZCBldmVudHMgd2l0aCB0aGUgc2FtZSB0aW1lIGtlZXAgdGhlaXIgZmlsZSBvcmRlci5cbiAqIFRoZSBldmVudHMgb2YgY2FzZSBgY2AgYXJlIHRoZSBpbmRpY2VzIGBjYXNlU3RhcnRbY11gIHVwIHRvIChub3QgaW5jbHVkaW5nKSBgY2FzZVN0YXJ0W2MgKyAxXWAuXG4gKlxuICogQGV4YW1wbGVcbiAqIC8vIHRoZSBhY3Rpdml0aWVzIG9mIGNhc2UgMCwgaW4gb3JkZXJcbiAqIEFycmF5LmZyb20obG9nLmFjdGl2aXR5LnN1YmFycmF5KGxvZy5jYXNlU3RhcnRbMF0sIGxvZy5jYXNlU3RhcnRbMV0pLCAoYSkgPT4gbG9nLmFjdGl2aXRpZXNbYV0pO1xuICogLy8gW1wiRVIgUmVnaXN0cmF0aW9uXCIsIFwiRVIgVHJpYWdlXCIsIFwiRVIgU2Vwc2lzIFRyaWFnZVwiXVxuICovXG5leHBvcnQgaW50ZXJmYWNlIEV2ZW50TG9nIHtcbiAgLyoqIFdoZXJlIHRoZSBldmVudHMgY2FtZSBmcm9tLiAqL1xuICByZWFkb25seSBmb3JtYXQ6IFwiY3N2XCIgfCBcInhlc1wiIHwgXCJvY2VsXCI7XG4gIC8qKiBUaGUgbnVtYmVyIG9mIGV2ZW50cyBrZXB0LiAqL1xuICByZWFkb25seSBldmVudHM6IG51bWJlcjtcbiAgLyoqIENhc2UgbmFtZXMgKGNhc2UgaWRzKTsgY2FzZSBgY2AgaXMgYGNhc2VzW2NdYC4gKi9cbiAgcmVhZG9ubHkgY2FzZXM6IHJlYWRvbmx5IHN0cmluZ1tdO1xuICAvKiogQWN0aXZpdHkgbmFtZXM7IGpvaW5lZCBmcm9tIHNldmVyYWwgY29sdW1ucyBvciBhdHRyaWJ1dGVzIHdoZW4gdGhlIG1hcHBpbmcgbmFtZXMgc2V2ZXJhbC4gKi9cbiAgcmVhZG9ubHkgYWN0aXZpdGllczogcmVhZG9ubHkgc3RyaW5nW107XG4gIC8qKiBEZXBhcnRtZW50IG5hbWVzOyBtaXNzaW5nIGRlcGFydG1lbnRzIGFyZSBub3QgaW4gdGhpcyB0YWJsZS4gKi9cbiAgcmVhZG9ubHkgZGVwYXJ0bWVudHM6IHJlYWRvbmx5IHN0cmluZ1tdO1xuICAvKiogYGNhc2VzLmxlbmd0aCArIDFgIG9mZnNldHMgaW50byB0aGUgZXZlbnQgY29sdW1ucy4gKi9cbiAgcmVhZG9ubHkgY2FzZVN0YXJ0OiBVaW50MzJBcnJheTtcbiAgLyoqIFBlciBldmVudDogaW5kZXggaW50byBgYWN0aXZpdGllc2AuICovXG4gIHJlYWRvbmx5IGFjdGl2aXR5OiBVaW50MzJBcnJheTtcbiAgLyoqIFBlciBldmVudDogaW5kZXggaW50byBgZGVwYXJ0bWVudHNgLCBvciBgTUlTU0lOR19ERVBBUlRNRU5UYC4gKi9cbiAgcmVhZG9ubHkgZGVwYXJ0bWVudDogVWludDMyQXJyYXk7XG4gIC8qKiBQZXIgZXZlbnQ6IG1pbGxpc2Vjb25kcyBzaW5jZSAxOTcwLTAxLTAxVDAwOjAwOjAwWiAodGhlIGV2ZW50J3MgY29tcGxldGlvbiB3aGVuIGl0IGhhcyBhIHN0YXJ0KS4gKi9cbiAgcmVhZG9ubHkgdGltZTogRmxvYXQ2NEFycmF5O1xuICAvKipcbiAgICogUGVyIGV2ZW50OiB3aGVuIHRoZSB3b3JrIG9uIGl0IHN0YXJ0ZWQsIGluIG1pbGxpc2Vjb25kcywgb3IgYE5hTmAgZm9yIGFuIGV2ZW50IHdpdGhvdXQgYVxuICAgKiBzdGFydCB0aW1lOyBgbnVsbGAgd2hlbiBubyBldmVudCBvZiB0aGUgbG9nIGhhcyBvbmUgKG5vIHN0YXJ0LXRpbWVzdGFtcCBjb2x1bW4sIG5vIFhFU1xuICAgKiBgc3RhcnRgIGV2ZW50cykuIEV2ZW50cyBhcmUgb3JkZXJlZCBieSBgdGltZWAsIG5vdCBieSBzdGFydC4gT3B0aW9uYWwsIHNvIHRoYXQgYSBsb2cgYnVpbHRcbiAgICogZWxzZXdoZXJlIG5lZWQgbm90IHNldCBpdDogYWJzZW50IGlzIHRoZSBzYW1lIGFzIGBudWxsYC5cbiAgICovXG4gIHJlYWRvbmx5IHN0YXJ0PzogRmxvYXQ2NEFycmF5IHwgbnVsbDtcbiAgLyoqIEN1c3RvbWVyIG5hbWVzLCB3aGVuIHRoZSBsb2cgd2FzIHJlYWQgd2l0aCBhIGN1c3RvbWVyIG1hcHBpbmcgKGFic2VudCBvdGhlcndpc2UpLiAqL1xuICByZWFkb25seSBjdXN0b21lcnM/OiByZWFkb25seSBzdHJpbmdbXTtcbiAgLyoqIFBlciBldmVudDogaW5kZXggaW50byBgY3VzdG9tZXJzYCwgb3IgYE5PX0NVU1RPTUVSYDsgYWJzZW50IG9yIGBudWxsYCB3aXRob3V0IGEgY3VzdG9tZXIgbWFwcGluZy4gKi9cbiAgcmVhZG9ubHkgY3VzdG9tZXI/OiBVaW50MzJBcnJheSB8IG51bGw7XG4gIC8qKiBFdmVudHMgdGhhdCBuYW1lIG1vcmUgdGhhbiBvbmUgY3VzdG9tZXIgKE9DRUwpOiBldmVudCBpbmRleCBcdTIxOTIgdGhlIGN1c3RvbWVycyBiZXlvbmQgYGN1c3RvbWVyW2ldYC4gKi9cbiAgcmVhZG9ubHkgbW9yZUN1c3RvbWVycz86IFJlYWRvbmx5TWFwPG51bWJlciwgcmVhZG9ubHkgbnVtYmVyW10+IHwgbnVsbDtcbiAgLyoqIFNvdXJjZSBldmVudHMgdGhhdCBuYW1lIG1vcmUgdGhhbiBvbmUgY3VzdG9tZXIgKE9DRUwpLCBjb3VudGVkIG9uY2UgaG93ZXZlciBtYW55IGNhc2VzIGhvbGQgdGhlbS4gKi9cbiAgcmVhZG9ubHkgZXZlbnRzV2l0aFNldmVyYWxDdXN0b21lcnM/OiBudW1iZXI7XG4gIC8qKiBCYWQgcm93cyBvciBldmVudHMgc2tpcHBlZCB3aXRoIGBza2lwQmFkUm93c2AgKDAgb3RoZXJ3aXNlKS4gKi9cbiAgcmVhZG9ubHkgc2tpcHBlZDogbnVtYmVyO1xuICAvKiogVGhlIGZpcnN0IHByb2JsZW1zIHNraXBwZWQgd2l0aCBgc2tpcEJhZFJvd3NgIChhdCBtb3N0IDEwKSwgZWFjaCBuYW1pbmcgaXRzIHBsYWNlLiAqL1xuICByZWFkb25seSBza2lwcGVkUHJvYmxlbXM6IHJlYWRvbmx5IHN0cmluZ1tdO1xufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay93dC9yZWFkZXIvc3JjL21pbmluZ1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvd3QvcmVhZGVyL3NyYy9taW5pbmcvbWluaW5nLWNvdW50cy50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay93dC9yZWFkZXIvc3JjL21pbmluZy9taW5pbmctY291bnRzLnRzXCI7LyoqXG4gKiBPbmUgc3RhdGUgb2YgYSBtaW5lZCBtb2RlbDogYW4gKGFjdGl2aXR5LCBkZXBhcnRtZW50KSBwYWlyLCByZWZpbmVkIGJ5IHRoZSBkZXBhcnRtZW50cyBvZiB0aGVcbiAqIGN1c3RvbWVyJ3MgcHJldmlvdXMgcnVucyB3aGVuIGBoaXN0b3J5YCA+IDAuIEV2ZXJ5IHN0YXRlIGJlY29tZXMgb25lIHRvdWNocG9pbnQuXG4gKlxuICogQGV4YW1wbGVcbiAqIC8vIFwiUmV2aWV3XCIgZG9uZSBieSB0ZWFtIEc5NywgYWZ0ZXIgcnVucyBpbiBHOTYgdGhlbiBHMTIgKGhpc3RvcnkgMik6XG4gKiBjb25zdCBzdGF0ZTogTWluaW5nU3RhdGUgPSB7IGFjdGl2aXR5OiAzLCBkZXBhcnRtZW50OiA1LCBoaXN0b3J5OiBbOCwgMl0sIHZpc2l0czogNDEsIHN0YXJ0czogMCwgZW5kczogNywgc2VydmljZU1pbnV0ZXM6IDAsIHNlcnZpY2VFdmVudHM6IDAgfTtcbiAqL1xuZXhwb3J0IGludGVyZmFjZSBNaW5pbmdTdGF0ZSB7XG4gIC8qKiBJbmRleCBpbnRvIGBNaW5pbmdDb3VudHMuYWN0aXZpdGllc2AuICovXG4gIGFjdGl2aXR5OiBudW1iZXI7XG4gIC8qKlxuICAgKiBJbmRleCBpbnRvIGBNaW5pbmdDb3VudHMuZGVwYXJ0bWVudHNgICh0aGUgZGVwYXJ0bWVudCBhZnRlciBpbmhlcml0YW5jZSwgc2VlXG4gICAqIGBNaW5pbmdDb3VudHMubWlzc2luZ0RlcGFydG1lbnRgKSwgb3IgLTEgZm9yIHRoZSB1bmtub3duIGRlcGFydG1lbnQuXG4gICAqL1xuICBkZXBhcnRtZW50OiBudW1iZXI7XG4gIC8qKlxuICAgKiBUaGUgZGVwYXJ0bWVudHMgKGluZGljZXMsIC0xID0gdW5rbm93bikgb2YgdGhlIHByZXZpb3VzIGRlcGFydG1lbnQgcnVucyBvZiB0aGUgY2FzZSxcbiAgICogb2xkZXN0IGZpcnN0OiB0aGUgbGFzdCBgaGlzdG9yeWAgcnVucyBiZWZvcmUgdGhlIHJ1biB0aGlzIGV2ZW50IGJlbG9uZ3MgdG8sIGZld2VyIGF0IHRoZVxuICAgKiBzdGFydCBvZiBhIGNhc2UgKGBbXWAgaW4gdGhlIGZpcnN0IHJ1bikuIEFsd2F5cyBgW11gIHdoZW4gYGhpc3RvcnlgIGlzIDAuXG4gICAqL1xuICBoaXN0b3J5OiBudW1iZXJbXTtcbiAgLyoqIEV2ZW50cyBpbiB0aGlzIHN0YXRlICg9IGV4cGVjdGVkIHZpc2l0cyBcdTAwRDcgY2FzZXMgaW4gdGhlIG1pbmVkIG1vZGVsKS4gKi9cbiAgdmlzaXRzOiBudW1iZXI7XG4gIC8qKiBDYXNlcyB3aG9zZSBmaXJzdCBldmVudCBpcyBpbiB0aGlzIHN0YXRlLiAqL1xuICBzdGFydHM6IG51bWJlcjtcbiAgLyoqIENhc2VzIHdob3NlIGxhc3QgZXZlbnQgaXMgaW4gdGhpcyBzdGF0ZS4gKi9cbiAgZW5kczogbnVtYmVyO1xuICAvKipcbiAgICogXHUwM0EzIG1pbnV0ZXMgZnJvbSBzdGFydCB0byBjb21wbGV0aW9uIG92ZXIgdGhlIGV2ZW50cyBvZiB0aGlzIHN0YXRlIHRoYXQgaGF2ZSBhIHN0YXJ0IHRpbWVcbiAgICogKDAgd2hlbiBub25lIGhhcykuIFRoZSB0b3VjaHBvaW50J3Mgc2VydmljZSB0aW1lIGlzIGBzZXJ2aWNlTWludXRlcyAvIHZpc2l0c2A6IGFuIGV2ZW50XG4gICAqIHdpdGhvdXQgYSBzdGFydCBjb3VudHMgYXMgMCBtaW51dGVzIG9mIHNlcnZpY2UsIHdoaWNoIGtlZXBzIGV2ZXJ5IGNhc2UncyBtaW51dGVzIGV4YWN0LlxuICAgKi9cbiAgc2VydmljZU1pbnV0ZXM6IG51bWJlcjtcbiAgLyoqIEhvdyBtYW55IG9mIHRoZSBgdmlzaXRzYCBoYWQgYSBzdGFydCB0aW1lLiAqL1xuICBzZXJ2aWNlRXZlbnRzOiBudW1iZXI7XG59XG5cbi8qKlxuICogSG93IG9mdGVuIHRoZSBzdGF0ZSBgdG9gIGRpcmVjdGx5IGZvbGxvd3MgdGhlIHN0YXRlIGBmcm9tYCB3aXRoaW4gYSBjYXNlLlxuICpcbiAqIEBleGFtcGxlXG4gKiBjb25zdCB0OiBNaW5pbmdUcmFuc2l0aW9uID0geyBmcm9tOiAwLCB0bzogNCwgY291bnQ6IDEyLCB3YWl0TWludXRlczogMzYwMCB9OyAvLyBtZWFuIHdhaXQgMzAwIG1pblxuICovXG5leHBvcnQgaW50ZXJmYWNlIE1pbmluZ1RyYW5zaXRpb24ge1xuICAvKiogSW5kZXggaW50byBgTWluaW5nQ291bnRzLnN0YXRlc2AuICovXG4gIGZyb206IG51bWJlcjtcbiAgdG86IG51bWJlcjtcbiAgY291bnQ6IG51bWJlcjtcbiAgLyoqXG4gICAqIFx1MDNBMyBtaW51dGVzIGJldHdlZW4gdGhlIHR3byBldmVudHMgb3ZlciB0aGUgYGNvdW50YCBwYWlyczogZnJvbSB0aGUgZmlyc3QncyB0aW1lc3RhbXAgdG8gdGhlXG4gICAqIHNlY29uZCdzIHN0YXJ0IHdoZW4gdGhlIHNlY29uZCBoYXMgYSBzdGFydCB0aW1lLCBlbHNlIHRvIHRoZSBzZWNvbmQncyB0aW1lc3RhbXAuIEEgc3VtLCBub3RcbiAgICogYSBtZWFuLCBzbyB0aGF0IGNvdW50cyBvZiBwYXJ0cyBvZiBhIGxvZyBhZGQgdXAgZXhhY3RseS5cbiAgICovXG4gIHdhaXRNaW51dGVzOiBudW1iZXI7XG4gIC8qKlxuICAgKiBcdTAzQTMgd29ya2luZyBtaW51dGVzIG9mIHRoZSBzYW1lIHdhaXRzLCBlYWNoIG9uIHRoZSB3b3JraW5nIGhvdXJzIG9mIHRoZSBkZXBhcnRtZW50IG9mIGB0b2BcbiAgICogKGNvdW50ZWQgd2l0aCBhIGNhbGVuZGFyIG9ubHkpLlxuICAgKi9cbiAgd29ya2luZ1dhaXRNaW51dGVzPzogbnVtYmVyO1xufVxuXG4vKipcbiAqIFRoZSBhZ2dyZWdhdGUgb2YgYW4gZXZlbnQgbG9nIHRoYXQgYSBtaW5lZCBtb2RlbCBpcyBtYWRlIG9mIChgY291bnRNaW5pbmdgKSwgc21hbGwgKGl0cyBzaXplXG4gKiBncm93cyB3aXRoIGFjdGl2aXRpZXMgXHUwMEQ3IGRlcGFydG1lbnRzIFx1MDBENyBoaXN0b3J5LCBub3Qgd2l0aCBldmVudHMpIGFuZCBKU09OLXNlcmlhbGlzYWJsZSwgc29cbiAqIHRoYXQgYW4gZW5naW5lIG90aGVyIHRoYW4gaHVra2EgKER1Y2tEQiwgUG9zdGdyZXMsIFNwYXJrLCBcdTIwMjYpIGNhbiBjb21wdXRlIGl0IHdoZXJlIHRoZSBsb2dcbiAqIGxpdmVzIGFuZCBoYW5kIGl0IHRvIGBzZXJ2aWNlRnJvbUNvdW50c2AuIEV2ZXJ5IGZpZ3VyZSBpcyBhIGNvdW50IG9yIGEgc3VtOiB0aGUgY291bnRzIG9mIHR3b1xuICogZGlzam9pbnQgc2V0cyBvZiBjYXNlcyBhZGQgdXAgc3RhdGUgYnkgc3RhdGUgYW5kIHRyYW5zaXRpb24gYnkgdHJhbnNpdGlvbi5cbiAqXG4gKiBPcmRlciBydWxlcyAod2hhdCBhbm90aGVyIGVuZ2luZSBtdXN0IHJlcHJvZHVjZSk6XG4gKiAtIGBhY3Rpdml0aWVzYCBhbmQgYGRlcGFydG1lbnRzYCBhcmUgaW4gb3JkZXIgb2YgZmlyc3QgYXBwZWFyYW5jZSBpbiB0aGUgZmlsZSAodGhlIHJvdyBvcmRlclxuICogICBvZiB0aGUgQ1NWLCBkb2N1bWVudCBvcmRlciBvZiB0aGUgWEVTKSwgYXMgYEV2ZW50TG9nYCBpbnRlcm5zIHRoZW0uIERlcGFydG1lbnRzIGxpc3Qgb25seVxuICogICBrbm93biBkZXBhcnRtZW50czsgbWlzc2luZyBtYXJrZXJzIG5ldmVyIGFwcGVhci5cbiAqIC0gQSBjYXNlJ3MgZXZlbnRzIGFyZSBvcmRlcmVkIGJ5IHRpbWVzdGFtcCwgdGllcyBpbiBmaWxlIG9yZGVyLlxuICogLSBgc3RhdGVzYCBhcmUgc29ydGVkIGJ5IGFjdGl2aXR5IGluZGV4LCB0aGVuIGRlcGFydG1lbnQgaW5kZXggKC0xLCB0aGUgdW5rbm93biBkZXBhcnRtZW50LFxuICogICBhZnRlciBldmVyeSBrbm93biBvbmUpLCB0aGVuIGhpc3RvcnkgbGVuZ3RoLCB0aGVuIGhpc3RvcnkgZWxlbWVudCBieSBlbGVtZW50ICgtMSBsYXN0KS5cbiAqIC0gYHRyYW5zaXRpb25zYCBhcmUgc29ydGVkIGJ5IGBmcm9tYCwgdGhlbiBgdG9gLlxuICogYHNlcnZpY2VGcm9tQ291bnRzYCByZS1zb3J0cyBpdHMgaW5wdXQgYnkgdGhlc2UgcnVsZXMsIHNvIHRoZXkgbWF0dGVyIGZvciByZXByb2R1Y2luZyB0aGVcbiAqIGNvdW50cyBleGFjdGx5LCBub3QgZm9yIHRoZSBtb2RlbCBidWlsdCBmcm9tIHRoZW0uXG4gKlxuICogQGV4YW1wbGVcbiAqIGNvbnN0IGNvdW50cyA9IGNvdW50TWluaW5nKGxvZywgeyBoaXN0b3J5OiAxIH0pO1xuICogSlNPTi5wYXJzZShKU09OLnN0cmluZ2lmeShjb3VudHMpKTsgLy8gdGhlIHNhbWUgY291bnRzXG4gKiBzZXJ2aWNlRnJvbUNvdW50cyhjb3VudHMsIHsgaWQ6IFwicmVjZWlwdFwiIH0pOyAvLyB0aGUgbWluZWQgU2VydmljZVxuICovXG5leHBvcnQgaW50ZXJmYWNlIE1pbmluZ0NvdW50cyB7XG4gIC8qKiBBbHdheXMgYFwiaHVra2EtbWluaW5nLWNvdW50c1wiYDsgd2l0aCBgdmVyc2lvbmAsIHRlbGxzIHRoZSBmb3JtYXQgYXBhcnQuICovXG4gIGZvcm1hdDogXCJodWtrYS1taW5pbmctY291bnRzXCI7XG4gIHZlcnNpb246IDE7XG4gIC8qKiBIb3cgbWFueSBwcmV2aW91cyBkZXBhcnRtZW50IHJ1bnMgcmVmaW5lIGEgc3RhdGUgKDAsIDEgb3IgMikuICovXG4gIGhpc3Rvcnk6IDAgfCAxIHwgMjtcbiAgLyoqXG4gICAqIGBpbmhlcml0YDogYW4gZXZlbnQgd2l0aCBhIG1pc3NpbmcgZGVwYXJ0bWVudCB0YWtlcyB0aGUgZGVwYXJ0bWVudCBvZiB0aGUgY2FzZSdzIHByZXZpb3VzXG4gICAqIGV2ZW50IHdpdGggYSBrbm93biBvbmUgKGxlYWRpbmcgZXZlbnRzOiB0aGUgZmlyc3Qga25vd24gb25lOyBhIGNhc2Ugd2l0aCBub25lIGF0IGFsbDpcbiAgICogdW5rbm93biwgLTEpLiBgdW5rbm93bmA6IGl0IGlzIGluIHRoZSB1bmtub3duIGRlcGFydG1lbnQuXG4gICAqL1xuICBtaXNzaW5nRGVwYXJ0bWVudDogXCJpbmhlcml0XCIgfCBcInVua25vd25cIjtcbiAgLyoqIENhc2VzIHdpdGggYXQgbGVhc3Qgb25lIGV2ZW50LiAqL1xuICBjYXNlczogbnVtYmVyO1xuICBldmVudHM6IG51bWJlcjtcbiAgLyoqIEFjdGl2aXR5IG5hbWVzLiAqL1xuICBhY3Rpdml0aWVzOiBzdHJpbmdbXTtcbiAgLyoqIEtub3duIGRlcGFydG1lbnQgbmFtZXMuICovXG4gIGRlcGFydG1lbnRzOiBzdHJpbmdbXTtcbiAgLyoqIFdoZXRoZXIgYW55IGV2ZW50IGhhZCBhIHN0YXJ0IHRpbWUgKHRoZW4gdG91Y2hwb2ludHMgZ2V0IHNlcnZpY2UgdGltZSBmcm9tIGBzZXJ2aWNlTWludXRlc2ApLiAqL1xuICBoYXNTdGFydFRpbWVzOiBib29sZWFuO1xuICAvKiogVGhlIGNhbGVuZGFyJ3Mgd29ya2luZyBkYXkgaW4gbWludXRlcywgd2hlbiB0aGUgd2FpdHMgd2VyZSBjb3VudGVkIG9uIGEgY2FsZW5kYXIgdG9vLiAqL1xuICB3b3JraW5nRGF5TWludXRlcz86IG51bWJlcjtcbiAgc3RhdGVzOiBNaW5pbmdTdGF0ZVtdO1xuICB0cmFuc2l0aW9uczogTWluaW5nVHJhbnNpdGlvbltdO1xufVxuXG4vKipcbiAqIFRoZSBjYW5vbmljYWwgb3JkZXIgb2YgdGhlIHN0YXRlcyAoc2VlIGBNaW5pbmdDb3VudHNgKTogYSBjb21wYXJpc29uIG9mIHR3byBzdGF0ZXMuXG4gKlxuICogQGV4YW1wbGVcbiAqIFsuLi5jb3VudHMuc3RhdGVzXS5zb3J0KGNvbXBhcmVNaW5pbmdTdGF0ZXMpO1xuICovXG5leHBvcnQgZnVuY3Rpb24gY29tcGFyZU1pbmluZ1N0YXRlcyhhOiBQaWNrPE1pbmluZ1N0YXRlLCBcImFjdGl2aXR5XCIgfCBcImRlcGFydG1lbnRcIiB8IFwiaGlzdG9yeVwiPiwgYjogUGljazxNaW5pbmdTdGF0ZSwgXCJhY3Rpdml0eVwiIHwgXCJkZXBhcnRtZW50XCIgfCBcImhpc3RvcnlcIj4pOiBudW1iZXIge1xuICBjb25zdCBsYXN0ID0gKGQ6IG51bWJlcikgPT4gKGQgPCAwID8gTnVtYmVyLk1BWF9TQUZFX0lOVEVHRVIgOiBkKTtcbiAgaWYgKGEuYWN0aXZpdHkgIT09IGIuYWN0aXZpdHkpIHJldHVybiBhLmFjdGl2aXR5IC0gYi5hY3Rpdml0eTtcbiAgaWYgKGEuZGVwYXJ0bWVudCAhPT0gYi5kZXBhcnRtZW50KSByZXR1cm4gbGFzdChhLmRlcGFydG1lbnQpIC0gbGFzdChiLmRlcGFydG1lbnQpO1xuICBpZiAoYS5oaXN0b3J5Lmxlbmd0aCAhPT0gYi5oaXN0b3J5Lmxlbmd0aCkgcmV0dXJuIGEuaGlzdG9yeS5sZW5ndGggLSBiLmhpc3RvcnkubGVuZ3RoO1xuICBmb3IgKGxldCBrID0gMDsgayA8IGEuaGlzdG9yeS5sZW5ndGg7IGsrKykge1xuICAgIGlmIChhLmhpc3Rvcnlba10gIT09IGIuaGlzdG9yeVtrXSkgcmV0dXJuIGxhc3QoYS5oaXN0b3J5W2tdISkgLSBsYXN0KGIuaGlzdG9yeVtrXSEpO1xuICB9XG4gIHJldHVybiAwO1xufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay93dC9yZWFkZXIvc3JjL21pbmluZ1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvd3QvcmVhZGVyL3NyYy9taW5pbmcvY291bnQtbWluaW5nLnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL3d0L3JlYWRlci9zcmMvbWluaW5nL2NvdW50LW1pbmluZy50c1wiO2ltcG9ydCB7IE1JU1NJTkdfREVQQVJUTUVOVCwgdHlwZSBFdmVudExvZyB9IGZyb20gXCIuLi9sb2dzL2V2ZW50LWxvZy5qc1wiO1xuaW1wb3J0IHR5cGUgeyBDYWxlbmRhciB9IGZyb20gXCIuLi93b3JraW5nLXRpbWUvY2FsZW5kYXIuanNcIjtcbmltcG9ydCB7IGNvbXBhcmVNaW5pbmdTdGF0ZXMsIHR5cGUgTWluaW5nQ291bnRzLCB0eXBlIE1pbmluZ1N0YXRlLCB0eXBlIE1pbmluZ1RyYW5zaXRpb24gfSBmcm9tIFwiLi9taW5pbmctY291bnRzLmpzXCI7XG5cbi8qKlxuICogT3B0aW9ucyBvZiBgY291bnRNaW5pbmdgIChhbmQgb2YgYG1pbmVTZXJ2aWNlYCkuXG4gKlxuICogQGV4YW1wbGVcbiAqIGNvdW50TWluaW5nKGxvZywgeyBoaXN0b3J5OiAxLCBtaXNzaW5nRGVwYXJ0bWVudDogXCJ1bmtub3duXCIgfSk7XG4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgQ291bnRNaW5pbmdPcHRpb25zIHtcbiAgLyoqIEhvdyBhbiBldmVudCB3aXRoIGEgbWlzc2luZyBkZXBhcnRtZW50IGlzIHBsYWNlZDsgc2VlIGBNaW5pbmdDb3VudHMubWlzc2luZ0RlcGFydG1lbnRgLiAqL1xuICBtaXNzaW5nRGVwYXJ0bWVudD86IFwiaW5oZXJpdFwiIHwgXCJ1bmtub3duXCI7XG4gIC8qKiBIb3cgbWFueSBwcmV2aW91cyBkZXBhcnRtZW50IHJ1bnMgcmVmaW5lIGEgdG91Y2hwb2ludDogMCwgMSBvciAyLiAqL1xuICBoaXN0b3J5PzogMCB8IDEgfCAyO1xuICAvKiogQ291bnQgZWFjaCB3YWl0IG9uIHRoaXMgY2FsZW5kYXIncyB3b3JraW5nIGNsb2NrIHRvbyAoYHdvcmtpbmdXYWl0TWludXRlc2ApOyBzZWUgYHBhcnNlQ2FsZW5kYXJgLiAqL1xuICBjYWxlbmRhcj86IENhbGVuZGFyIHwgbnVsbDtcbn1cblxuLyoqXG4gKiBUaGUgZGVmYXVsdHMgb2YgYGNvdW50TWluaW5nYCBhbmQgYG1pbmVTZXJ2aWNlYCwgZGVjbGFyZWQgb25jZS5cbiAqXG4gKiBAZXhhbXBsZVxuICogTUlOSU5HX0RFRkFVTFRTLmhpc3Rvcnk7IC8vIDJcbiAqL1xuZXhwb3J0IGNvbnN0IE1JTklOR19ERUZBVUxUUzogUmVhZG9ubHk8UmVxdWlyZWQ8Q291bnRNaW5pbmdPcHRpb25zPj4gPSBPYmplY3QuZnJlZXplKHsgbWlzc2luZ0RlcGFydG1lbnQ6IFwiaW5oZXJpdFwiLCBoaXN0b3J5OiAyLCBjYWxlbmRhcjogbnVsbCB9KTtcblxuY29uc3QgTVNfUEVSX01JTlVURSA9IDYwXzAwMDtcbmNvbnN0IFVOS05PV04gPSAtMTtcblxuLyoqIENoZWNrcyB0aGUgb3B0aW9ucyBhbmQgZmlsbHMgaW4gdGhlIGRlZmF1bHRzOyBhIGJhZCB2YWx1ZSBuYW1lcyBpdHNlbGYgYW5kIHRoZSBjaG9pY2VzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlc29sdmVNaW5pbmdPcHRpb25zKG9wdGlvbnM6IENvdW50TWluaW5nT3B0aW9ucyk6IFJlcXVpcmVkPENvdW50TWluaW5nT3B0aW9ucz4ge1xuICBjb25zdCB7IG1pc3NpbmdEZXBhcnRtZW50LCBoaXN0b3J5LCBjYWxlbmRhciB9ID0geyAuLi5NSU5JTkdfREVGQVVMVFMsIC4uLnN0cmlwVW5kZWZpbmVkKG9wdGlvbnMpIH07XG4gIGlmIChtaXNzaW5nRGVwYXJ0bWVudCAhPT0gXCJpbmhlcml0XCIgJiYgbWlzc2luZ0RlcGFydG1lbnQgIT09IFwidW5rbm93blwiKSB7XG4gICAgdGhyb3cgbmV3IFJhbmdlRXJyb3IoYGludmFsaWQgbWlzc2luZ0RlcGFydG1lbnQgJHtKU09OLnN0cmluZ2lmeShtaXNzaW5nRGVwYXJ0bWVudCl9OiB1c2UgXCJpbmhlcml0XCIgb3IgXCJ1bmtub3duXCJgKTtcbiAgfVxuICBpZiAoaGlzdG9yeSAhPT0gMCAmJiBoaXN0b3J5ICE9PSAxICYmIGhpc3RvcnkgIT09IDIpIHtcbiAgICB0aHJvdyBuZXcgUmFuZ2VFcnJvcihgaW52YWxpZCBoaXN0b3J5ICR7SlNPTi5zdHJpbmdpZnkoaGlzdG9yeSl9OiB1c2UgMCwgMSBvciAyIChwcmV2aW91cyBkZXBhcnRtZW50IHJ1bnMgYSB0b3VjaHBvaW50IHJlbWVtYmVycylgKTtcbiAgfVxuICByZXR1cm4geyBtaXNzaW5nRGVwYXJ0bWVudCwgaGlzdG9yeSwgY2FsZW5kYXIgfTtcbn1cblxuZnVuY3Rpb24gc3RyaXBVbmRlZmluZWQ8VCBleHRlbmRzIG9iamVjdD4obzogVCk6IFBhcnRpYWw8VD4ge1xuICByZXR1cm4gT2JqZWN0LmZyb21FbnRyaWVzKE9iamVjdC5lbnRyaWVzKG8pLmZpbHRlcigoWywgdl0pID0+IHYgIT09IHVuZGVmaW5lZCkpIGFzIFBhcnRpYWw8VD47XG59XG5cbi8qKlxuICogQ291bnRzIHdoYXQgYSBtaW5lZCBtb2RlbCBpcyBtYWRlIG9mIChzZWUgYE1pbmluZ0NvdW50c2ApOiBwZXIgY2FzZSwgZXZlbnRzIG9yZGVyZWQgYnkgdGltZSxcbiAqIGVhY2ggZXZlbnQncyBkZXBhcnRtZW50IGFmdGVyIGluaGVyaXRhbmNlLCBpdHMgZGVwYXJ0bWVudCBydW5zLCBhbmQgaXRzIHN0YXRlID0gKGFjdGl2aXR5LFxuICogZGVwYXJ0bWVudCwgZGVwYXJ0bWVudHMgb2YgdGhlIGxhc3QgYGhpc3RvcnlgIHJ1bnMgYmVmb3JlIGl0cyBvd24pOyB0aGVuIHBlciBzdGF0ZSB0aGVcbiAqIHZpc2l0cywgc3RhcnRzLCBlbmRzIGFuZCBzZXJ2aWNlIG1pbnV0ZXMsIGFuZCBwZXIgZGlyZWN0bHktZm9sbG93cyBwYWlyIG9mIHN0YXRlcyB0aGUgY291bnRcbiAqIGFuZCB0aGUgc3VtbWVkIHdhaXQuIE9uZSBwYXNzIG92ZXIgdGhlIGV2ZW50czsgdGhlIGxvZyBpcyBub3QgY2hhbmdlZC5cbiAqXG4gKiBAZXhhbXBsZVxuICogLy8gb25lIGNhc2U6IGNhbGwoZGVzaykgMCBtaW4gXHUyMTkyIHRlc3QobGFiKSAxMCBcdTIxOTIgdGFsayhkZXNrKSA0MCwgaGlzdG9yeSAxXG4gKiBjb25zdCBjb3VudHMgPSBjb3VudE1pbmluZyhsb2csIHsgaGlzdG9yeTogMSB9KTtcbiAqIGNvdW50cy5zdGF0ZXMubWFwKChzKSA9PiBbY291bnRzLmFjdGl2aXRpZXNbcy5hY3Rpdml0eV0sIHMuaGlzdG9yeS5tYXAoKGQpID0+IGNvdW50cy5kZXBhcnRtZW50c1tkXSldKTtcbiAqIC8vIFtbXCJjYWxsXCIsIFtdXSwgW1widGVzdFwiLCBbXCJkZXNrXCJdXSwgW1widGFsa1wiLCBbXCJsYWJcIl1dXVxuICogY291bnRzLnRyYW5zaXRpb25zOyAvLyBbeyBmcm9tOiAwLCB0bzogMSwgY291bnQ6IDEsIHdhaXRNaW51dGVzOiAxMCB9LCB7IGZyb206IDEsIHRvOiAyLCBjb3VudDogMSwgd2FpdE1pbnV0ZXM6IDMwIH1dXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjb3VudE1pbmluZyhsb2c6IEV2ZW50TG9nLCBvcHRpb25zOiBDb3VudE1pbmluZ09wdGlvbnMgPSB7fSk6IE1pbmluZ0NvdW50cyB7XG4gIGNvbnN0IHsgbWlzc2luZ0RlcGFydG1lbnQsIGhpc3RvcnksIGNhbGVuZGFyIH0gPSByZXNvbHZlTWluaW5nT3B0aW9ucyhvcHRpb25zKTtcbiAgY29uc3QgeyBjYXNlU3RhcnQsIGFjdGl2aXR5LCBkZXBhcnRtZW50LCB0aW1lIH0gPSBsb2c7XG4gIC8vIHdpdGggYSBjYWxlbmRhciwgZWFjaCB3YWl0IGlzIGFsc28gbWVhc3VyZWQgb24gdGhlIGhvdXJzIG9mIHRoZSBkZXBhcnRtZW50IHdhaXRlZCBmb3JcbiAgY29uc3QgaG91cnMgPSBjYWxlbmRhciAmJiBsb2cuZGVwYXJ0bWVudHMubWFwKChuYW1lKSA9PiBjYWxlbmRhci5ob3VycyhuYW1lKSk7XG4gIGNvbnN0IHVua25vd25Ib3VycyA9IGNhbGVuZGFyPy5ob3VycyhudWxsKTtcbiAgY29uc3Qgc3RhcnQgPSBsb2cuc3RhcnQgPz8gbnVsbDtcbiAgY29uc3QgRCA9IGxvZy5kZXBhcnRtZW50cy5sZW5ndGg7XG4gIC8vIEEgc3RhdGUncyBrZXkgcGFja3MgKGFjdGl2aXR5LCBkZXBhcnRtZW50LCBoaXN0b3J5KSBpbnRvIG9uZSBudW1iZXIgd2hlbiBpdCBmaXRzIChiYXNlIEJcbiAgLy8gcGVyIGRlcGFydG1lbnQgc2xvdDogMCA9IG5vIHJ1biwgMSA9IHVua25vd24sIGQgKyAyID0gZGVwYXJ0bWVudCBkKSwgZWxzZSBpbnRvIGEgc3RyaW5nLlxuICBjb25zdCBCID0gRCArIDI7XG4gIGNvbnN0IG51bWVyaWMgPSBsb2cuYWN0aXZpdGllcy5sZW5ndGggKiBCICoqIDMgPCBOdW1iZXIuTUFYX1NBRkVfSU5URUdFUjtcbiAgY29uc3Qgc3RhdGVJbmRleCA9IG5ldyBNYXA8bnVtYmVyIHwgc3RyaW5nLCBudW1iZXI+KCk7XG4gIGNvbnN0IHN0YXRlczogTWluaW5nU3RhdGVbXSA9IFtdO1xuICBjb25zdCB0cmFuc2l0aW9uSW5kZXggPSBuZXcgTWFwPG51bWJlciwgbnVtYmVyPigpO1xuICBjb25zdCB0cmFuc2l0aW9uczogTWluaW5nVHJhbnNpdGlvbltdID0gW107XG4gIGNvbnN0IHBhaXJLZXkgPSAoZnJvbTogbnVtYmVyLCB0bzogbnVtYmVyKSA9PiBmcm9tICogMHgxMDAwXzAwMDAgKyB0bztcblxuICBsZXQgZGVwYXJ0bWVudHMgPSBuZXcgSW50MzJBcnJheSg2NCk7IC8vIHBlciBldmVudCBvZiB0aGUgY3VycmVudCBjYXNlLCBhZnRlciBpbmhlcml0YW5jZVxuICBsZXQgY2FzZXMgPSAwO1xuICBmb3IgKGxldCBjID0gMDsgYyArIDEgPCBjYXNlU3RhcnQubGVuZ3RoOyBjKyspIHtcbiAgICBjb25zdCBmcm9tID0gY2FzZVN0YXJ0W2NdITtcbiAgICBjb25zdCB0byA9IGNhc2VTdGFydFtjICsgMV0hO1xuICAgIGlmIChmcm9tID09PSB0bykgY29udGludWU7XG4gICAgY2FzZXMrKztcbiAgICBpZiAoZGVwYXJ0bWVudHMubGVuZ3RoIDwgdG8gLSBmcm9tKSBkZXBhcnRtZW50cyA9IG5ldyBJbnQzMkFycmF5KDIgKiAodG8gLSBmcm9tKSk7XG4gICAgcGxhY2VEZXBhcnRtZW50cyhkZXBhcnRtZW50LCBmcm9tLCB0bywgbWlzc2luZ0RlcGFydG1lbnQsIGRlcGFydG1lbnRzKTtcblxuICAgIGxldCBoMSA9IDA7IC8vIHRoZSBydW4gYmVmb3JlIHRoZSBjdXJyZW50IG9uZSAoc2xvdCBjb2RlKSwgMCB3aGVuIG5vbmVcbiAgICBsZXQgaDIgPSAwOyAvLyB0aGUgb25lIGJlZm9yZSB0aGF0XG4gICAgbGV0IGN1cnJlbnQgPSBkZXBhcnRtZW50c1swXSE7XG4gICAgbGV0IHByZXZpb3VzU3RhdGUgPSAtMTtcbiAgICBmb3IgKGxldCBpID0gZnJvbTsgaSA8IHRvOyBpKyspIHtcbiAgICAgIGNvbnN0IGQgPSBkZXBhcnRtZW50c1tpIC0gZnJvbV0hO1xuICAgICAgaWYgKGkgPiBmcm9tICYmIGQgIT09IGN1cnJlbnQpIHtcbiAgICAgICAgaDIgPSBoMTtcbiAgICAgICAgaDEgPSBjdXJyZW50ICsgMjtcbiAgICAgICAgY3VycmVudCA9IGQ7XG4gICAgICB9XG4gICAgICBjb25zdCBhID0gYWN0aXZpdHlbaV0hO1xuICAgICAgY29uc3Qgc2xvdDEgPSBoaXN0b3J5ID49IDEgPyBoMSA6IDA7XG4gICAgICBjb25zdCBzbG90MiA9IGhpc3RvcnkgPj0gMiA/IGgyIDogMDtcbiAgICAgIGNvbnN0IGtleSA9IG51bWVyaWMgPyAoKGEgKiBCICsgKGQgKyAyKSkgKiBCICsgc2xvdDEpICogQiArIHNsb3QyIDogYCR7YX0sJHtkfSwke3Nsb3QxfSwke3Nsb3QyfWA7XG4gICAgICBsZXQgcyA9IHN0YXRlSW5kZXguZ2V0KGtleSk7XG4gICAgICBpZiAocyA9PT0gdW5kZWZpbmVkKSB7XG4gICAgICAgIHMgPSBzdGF0ZXMubGVuZ3RoO1xuICAgICAgICBjb25zdCBwYXN0ID0gW3Nsb3QyLCBzbG90MV0uZmlsdGVyKChzbG90KSA9PiBzbG90ID4gMCkubWFwKChzbG90KSA9PiBzbG90IC0gMik7XG4gICAgICAgIHN0YXRlcy5wdXNoKHsgYWN0aXZpdHk6IGEsIGRlcGFydG1lbnQ6IGQsIGhpc3Rvcnk6IHBhc3QsIHZpc2l0czogMCwgc3RhcnRzOiAwLCBlbmRzOiAwLCBzZXJ2aWNlTWludXRlczogMCwgc2VydmljZUV2ZW50czogMCB9KTtcbiAgICAgICAgc3RhdGVJbmRleC5zZXQoa2V5LCBzKTtcbiAgICAgIH1cbiAgICAgIGNvbnN0IHN0YXRlID0gc3RhdGVzW3NdITtcbiAgICAgIHN0YXRlLnZpc2l0cysrO1xuICAgICAgaWYgKGkgPT09IGZyb20pIHN0YXRlLnN0YXJ0cysrO1xuICAgICAgaWYgKGkgPT09IHRvIC0gMSkgc3RhdGUuZW5kcysrO1xuICAgICAgY29uc3Qgc3RhcnRlZCA9IHN0YXJ0ID09PSBudWxsID8gTnVtYmVyLk5hTiA6IHN0YXJ0W2ldITtcbiAgICAgIGlmICghTnVtYmVyLmlzTmFOKHN0YXJ0ZWQpKSB7XG4gICAgICAgIHN0YXRlLnNlcnZpY2VNaW51dGVzICs9ICh0aW1lW2ldISAtIHN0YXJ0ZWQpIC8gTVNfUEVSX01JTlVURTtcbiAgICAgICAgc3RhdGUuc2VydmljZUV2ZW50cysrO1xuICAgICAgfVxuICAgICAgaWYgKHByZXZpb3VzU3RhdGUgPj0gMCkge1xuICAgICAgICBjb25zdCBrID0gcGFpcktleShwcmV2aW91c1N0YXRlLCBzKTtcbiAgICAgICAgbGV0IHQgPSB0cmFuc2l0aW9uSW5kZXguZ2V0KGspO1xuICAgICAgICBpZiAodCA9PT0gdW5kZWZpbmVkKSB7XG4gICAgICAgICAgdCA9IHRyYW5zaXRpb25zLmxlbmd0aDtcbiAgICAgICAgICB0cmFuc2l0aW9ucy5wdXNoKHsgZnJvbTogcHJldmlvdXNTdGF0ZSwgdG86IHMsIGNvdW50OiAwLCB3YWl0TWludXRlczogMCwgLi4uKGhvdXJzICYmIHsgd29ya2luZ1dhaXRNaW51dGVzOiAwIH0pIH0pO1xuICAgICAgICAgIHRyYW5zaXRpb25JbmRleC5zZXQoaywgdCk7XG4gICAgICAgIH1cbiAgICAgICAgY29uc3QgYXJyaXZlZCA9IE51bWJlci5pc05hTihzdGFydGVkKSA/IHRpbWVbaV0hIDogc3RhcnRlZDtcbiAgICAgICAgdHJhbnNpdGlvbnNbdF0hLmNvdW50Kys7XG4gICAgICAgIHRyYW5zaXRpb25zW3RdIS53YWl0TWludXRlcyArPSAoYXJyaXZlZCAtIHRpbWVbaSAtIDFdISkgLyBNU19QRVJfTUlOVVRFO1xuICAgICAgICBpZiAoaG91cnMpIHRyYW5zaXRpb25zW3RdIS53b3JraW5nV2FpdE1pbnV0ZXMhICs9IChkIDwgMCA/IHVua25vd25Ib3VycyEgOiBob3Vyc1tkXSEpLm1pbnV0ZXNCZXR3ZWVuKHRpbWVbaSAtIDFdISwgYXJyaXZlZCk7XG4gICAgICB9XG4gICAgICBwcmV2aW91c1N0YXRlID0gcztcbiAgICB9XG4gIH1cbiAgcmV0dXJuIGNhbm9uaWNhbCh7XG4gICAgZm9ybWF0OiBcImh1a2thLW1pbmluZy1jb3VudHNcIixcbiAgICB2ZXJzaW9uOiAxLFxuICAgIGhpc3RvcnksXG4gICAgbWlzc2luZ0RlcGFydG1lbnQsXG4gICAgY2FzZXMsXG4gICAgZXZlbnRzOiBsb2cuZXZlbnRzLFxuICAgIGFjdGl2aXRpZXM6IFsuLi5sb2cuYWN0aXZpdGllc10sXG4gICAgZGVwYXJ0bWVudHM6IFsuLi5sb2cuZGVwYXJ0bWVudHNdLFxuICAgIGhhc1N0YXJ0VGltZXM6IHN0YXJ0ICE9PSBudWxsICYmIHN0YXRlcy5zb21lKChzKSA9PiBzLnNlcnZpY2VFdmVudHMgPiAwKSxcbiAgICAuLi4oY2FsZW5kYXIgJiYgeyB3b3JraW5nRGF5TWludXRlczogY2FsZW5kYXIuZGF5TWludXRlcyB9KSxcbiAgICBzdGF0ZXMsXG4gICAgdHJhbnNpdGlvbnMsXG4gIH0pO1xufVxuXG4vKipcbiAqIFdyaXRlcyBpbnRvIGBvdXRbMCAuLiB0byBcdTIyMTIgZnJvbSlgIHRoZSBkZXBhcnRtZW50IGluZGV4IG9mIGVhY2ggZXZlbnQgb2Ygb25lIGNhc2U6IGtub3duIG9uZXNcbiAqIGFzIHRoZXkgYXJlOyBtaXNzaW5nIG9uZXMgaW5oZXJpdGVkIGZyb20gdGhlIHByZXZpb3VzIGtub3duIGV2ZW50IChsZWFkaW5nIG9uZXMgZnJvbSB0aGVcbiAqIGZpcnN0IGtub3duIGV2ZW50OyBub25lIGtub3duOiB1bmtub3duLCAtMSkgb3IsIHdpdGggYHVua25vd25gLCB0aGUgdW5rbm93biBkZXBhcnRtZW50LiBUaGVcbiAqIG1pbmVkIG1vZGVsJ3MgcGxhY2VtZW50LCBzaGFyZWQgd2l0aCB0aGUgcmVwbGF5IG9mIGEgcmVkZXNpZ24gb24gdGhlIGNhc2VzLlxuICpcbiAqIEBleGFtcGxlXG4gKiBwbGFjZURlcGFydG1lbnRzKGxvZy5kZXBhcnRtZW50LCBsb2cuY2FzZVN0YXJ0WzBdLCBsb2cuY2FzZVN0YXJ0WzFdLCBcImluaGVyaXRcIiwgb3V0KTtcbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBsYWNlRGVwYXJ0bWVudHMoZGVwYXJ0bWVudDogVWludDMyQXJyYXksIGZyb206IG51bWJlciwgdG86IG51bWJlciwgcnVsZTogXCJpbmhlcml0XCIgfCBcInVua25vd25cIiwgb3V0OiBJbnQzMkFycmF5KTogdm9pZCB7XG4gIGxldCBrbm93bjogbnVtYmVyID0gVU5LTk9XTjtcbiAgaWYgKHJ1bGUgPT09IFwiaW5oZXJpdFwiKSB7XG4gICAgZm9yIChsZXQgaSA9IGZyb207IGkgPCB0byAmJiBrbm93biA9PT0gVU5LTk9XTjsgaSsrKSBpZiAoZGVwYXJ0bWVudFtpXSAhPT0gTUlTU0lOR19ERVBBUlRNRU5UKSBrbm93biA9IGRlcGFydG1lbnRbaV0hO1xuICB9XG4gIGZvciAobGV0IGkgPSBmcm9tOyBpIDwgdG87IGkrKykge1xuICAgIGNvbnN0IGQgPSBkZXBhcnRtZW50W2ldITtcbiAgICBpZiAoZCAhPT0gTUlTU0lOR19ERVBBUlRNRU5UKSBrbm93biA9IGQ7XG4gICAgb3V0W2kgLSBmcm9tXSA9IGQgIT09IE1JU1NJTkdfREVQQVJUTUVOVCA/IGQgOiBydWxlID09PSBcImluaGVyaXRcIiA/IGtub3duIDogVU5LTk9XTjtcbiAgfVxufVxuXG4vKiogVGhlIGNvdW50cyB3aXRoIHN0YXRlcyBhbmQgdHJhbnNpdGlvbnMgaW4gdGhlIGNhbm9uaWNhbCBvcmRlciBvZiBgTWluaW5nQ291bnRzYC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjYW5vbmljYWwoY291bnRzOiBNaW5pbmdDb3VudHMpOiBNaW5pbmdDb3VudHMge1xuICBjb25zdCBvcmRlciA9IGNvdW50cy5zdGF0ZXMubWFwKChfLCBzKSA9PiBzKS5zb3J0KChhLCBiKSA9PiBjb21wYXJlTWluaW5nU3RhdGVzKGNvdW50cy5zdGF0ZXNbYV0hLCBjb3VudHMuc3RhdGVzW2JdISkpO1xuICBjb25zdCByYW5rID0gbmV3IEludDMyQXJyYXkob3JkZXIubGVuZ3RoKTtcbiAgb3JkZXIuZm9yRWFjaCgocywgcikgPT4gKHJhbmtbc10gPSByKSk7XG4gIHJldHVybiB7XG4gICAgLi4uY291bnRzLFxuICAgIHN0YXRlczogb3JkZXIubWFwKChzKSA9PiBjb3VudHMuc3RhdGVzW3NdISksXG4gICAgdHJhbnNpdGlvbnM6IGNvdW50cy50cmFuc2l0aW9uc1xuICAgICAgLm1hcCgodCkgPT4gKHsgLi4udCwgZnJvbTogcmFua1t0LmZyb21dISwgdG86IHJhbmtbdC50b10hIH0pKVxuICAgICAgLnNvcnQoKGEsIGIpID0+IGEuZnJvbSAtIGIuZnJvbSB8fCBhLnRvIC0gYi50byksXG4gIH07XG59XG4iLCAiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL3d0L3JlYWRlci9zcmMvbG9nLXJlcG9ydFwiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvd3QvcmVhZGVyL3NyYy9sb2ctcmVwb3J0L2FjdGl2aXR5LWZsb3dzLnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL3d0L3JlYWRlci9zcmMvbG9nLXJlcG9ydC9hY3Rpdml0eS1mbG93cy50c1wiO2ltcG9ydCB0eXBlIHsgRXZlbnRMb2cgfSBmcm9tIFwiLi4vbG9ncy9ldmVudC1sb2cuanNcIjtcblxuLyoqIEEgZGlyZWN0bHktZm9sbG93cyBwYWlyIG9mIGFjdGl2aXRpZXMgKGluZGljZXMgaW50byBgbG9nLmFjdGl2aXRpZXNgKS4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgQWN0aXZpdHlQYWlyIHtcbiAgZnJvbTogbnVtYmVyO1xuICB0bzogbnVtYmVyO1xuICAvKiogSG93IG9mdGVuIGB0b2AgZGlyZWN0bHkgZm9sbG93cyBgZnJvbWAgd2l0aGluIGEgY2FzZS4gKi9cbiAgY291bnQ6IG51bWJlcjtcbiAgLyoqIFx1MDNBMyBtaW51dGVzIGJldHdlZW4gdGhlIHR3byBldmVudHMuICovXG4gIHRvdGFsTWludXRlczogbnVtYmVyO1xufVxuXG4vKiogRGlyZWN0bHktZm9sbG93cyBwYWlycywgYW5kIHBlciBhY3Rpdml0eSBob3cgbWFueSBjYXNlcyBzdGFydCBhbmQgZW5kIHdpdGggaXQuICovXG5leHBvcnQgaW50ZXJmYWNlIEFjdGl2aXR5Rmxvd3Mge1xuICBwYWlyczogQWN0aXZpdHlQYWlyW107XG4gIHN0YXJ0czogVWludDMyQXJyYXk7XG4gIGVuZHM6IFVpbnQzMkFycmF5O1xufVxuXG4vKipcbiAqIENvdW50cyBkaXJlY3RseS1mb2xsb3dzIHBhaXJzIG9mIGFjdGl2aXRpZXMgb3ZlciBldmVyeSBjYXNlLCB3aXRoIHRoZSBtaW51dGVzIGJldHdlZW4gdGhlXG4gKiB0d28gZXZlbnRzLCBhbmQgdGhlIHN0YXJ0IGFuZCBlbmQgYWN0aXZpdHkgb2YgZXZlcnkgY2FzZS4gUGFpcnMgY29tZSBpbiBvcmRlciBvZiBmaXJzdFxuICogYXBwZWFyYW5jZS4gU2hhcmVkIGJ5IGBhbmFseXNlTG9nYCBhbmQgYG1pbmVTZXJ2aWNlYC5cbiAqXG4gKiBAZXhhbXBsZVxuICogLy8gb25lIGNhc2UgYSBcdTIxOTIgYiBcdTIxOTIgYSBhdCBtaW51dGVzIDAsIDUsIDY6XG4gKiBhY3Rpdml0eUZsb3dzKGxvZykucGFpcnM7IC8vIFt7IGZyb206IDAsIHRvOiAxLCBjb3VudDogMSwgdG90YWxNaW51dGVzOiA1IH0sIHsgZnJvbTogMSwgdG86IDAsIGNvdW50OiAxLCB0b3RhbE1pbnV0ZXM6IDEgfV1cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGFjdGl2aXR5Rmxvd3MobG9nOiBFdmVudExvZyk6IEFjdGl2aXR5Rmxvd3Mge1xuICBjb25zdCBuID0gbG9nLmFjdGl2aXRpZXMubGVuZ3RoO1xuICBjb25zdCBzdGFydHMgPSBuZXcgVWludDMyQXJyYXkobik7XG4gIGNvbnN0IGVuZHMgPSBuZXcgVWludDMyQXJyYXkobik7XG4gIGNvbnN0IHBhaXJzOiBBY3Rpdml0eVBhaXJbXSA9IFtdO1xuICBjb25zdCBpbmRleCA9IG5ldyBNYXA8bnVtYmVyLCBudW1iZXI+KCk7XG4gIGNvbnN0IHsgYWN0aXZpdHksIHRpbWUsIGNhc2VTdGFydCB9ID0gbG9nO1xuICBmb3IgKGxldCBjID0gMDsgYyArIDEgPCBjYXNlU3RhcnQubGVuZ3RoOyBjKyspIHtcbiAgICBjb25zdCBmcm9tID0gY2FzZVN0YXJ0W2NdITtcbiAgICBjb25zdCB0byA9IGNhc2VTdGFydFtjICsgMV0hO1xuICAgIGlmIChmcm9tID09PSB0bykgY29udGludWU7XG4gICAgc3RhcnRzW2FjdGl2aXR5W2Zyb21dIV0hKys7XG4gICAgZW5kc1thY3Rpdml0eVt0byAtIDFdIV0hKys7XG4gICAgZm9yIChsZXQgaSA9IGZyb207IGkgKyAxIDwgdG87IGkrKykge1xuICAgICAgY29uc3QgYSA9IGFjdGl2aXR5W2ldITtcbiAgICAgIGNvbnN0IGIgPSBhY3Rpdml0eVtpICsgMV0hO1xuICAgICAgY29uc3Qga2V5ID0gYSAqIG4gKyBiO1xuICAgICAgbGV0IHAgPSBpbmRleC5nZXQoa2V5KTtcbiAgICAgIGlmIChwID09PSB1bmRlZmluZWQpIHtcbiAgICAgICAgcCA9IHBhaXJzLmxlbmd0aDtcbiAgICAgICAgcGFpcnMucHVzaCh7IGZyb206IGEsIHRvOiBiLCBjb3VudDogMCwgdG90YWxNaW51dGVzOiAwIH0pO1xuICAgICAgICBpbmRleC5zZXQoa2V5LCBwKTtcbiAgICAgIH1cbiAgICAgIGNvbnN0IHBhaXIgPSBwYWlyc1twXSE7XG4gICAgICBwYWlyLmNvdW50Kys7XG4gICAgICBwYWlyLnRvdGFsTWludXRlcyArPSAodGltZVtpICsgMV0hIC0gdGltZVtpXSEpIC8gNjBfMDAwO1xuICAgIH1cbiAgfVxuICByZXR1cm4geyBwYWlycywgc3RhcnRzLCBlbmRzIH07XG59XG4iLCAiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL3d0L3JlYWRlci9zcmMvbG9nLXJlcG9ydFwiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvd3QvcmVhZGVyL3NyYy9sb2ctcmVwb3J0L2NvdW50LXZhcmlhbnRzLnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL3d0L3JlYWRlci9zcmMvbG9nLXJlcG9ydC9jb3VudC12YXJpYW50cy50c1wiO2ltcG9ydCB0eXBlIHsgRXZlbnRMb2cgfSBmcm9tIFwiLi4vbG9ncy9ldmVudC1sb2cuanNcIjtcblxuLyoqXG4gKiBBIHZhcmlhbnQgZm91bmQgYnkgYGNvdW50VmFyaWFudHNgOiBpdHMgYWN0aXZpdHkgaW5kaWNlcycgY2FzZSBjb3VudCBhbmQgdGhlIGZpcnN0IGNhc2UgdGhhdCBmb2xsb3dzIGl0LlxuICpcbiAqIEBleGFtcGxlXG4gKiBjb3VudFZhcmlhbnRzKGxvZywgMSkudmFyaWFudHNbMF07IC8vIHsgZmlyc3RDYXNlOiAwLCBjb3VudDogMzUgfVxuICovXG5leHBvcnQgaW50ZXJmYWNlIENvdW50ZWRWYXJpYW50IHtcbiAgLyoqIEluZGV4IG9mIHRoZSBmaXJzdCBjYXNlIChpbiBsb2cgb3JkZXIpIHRoYXQgZm9sbG93cyB0aGUgdmFyaWFudC4gKi9cbiAgZmlyc3RDYXNlOiBudW1iZXI7XG4gIGNvdW50OiBudW1iZXI7XG59XG5cbi8qKlxuICogRGlzdGluY3QgYWN0aXZpdHkgc2VxdWVuY2VzIG9mIGEgbG9nIHdpdGggdGhlaXIgY2FzZSBjb3VudHMsIHRoZSBgdG9wYCBtb3N0IGZyZXF1ZW50IGZpcnN0XG4gKiAoc3RhYmxlOiB0aWVzIGluIG9yZGVyIG9mIGZpcnN0IGNhc2UpLCBhbmQgaG93IG1hbnkgZGlzdGluY3Qgc2VxdWVuY2VzIHRoZXJlIGFyZS4gU2hhcmVkIGJ5XG4gKiBgYW5hbHlzZUxvZ2AgKHRoZSByZXBvcnQncyB2YXJpYW50cykgYW5kIGBvYnNlcnZlZEpvdXJuZXlzYCAodGhlaXIgZHJhd24gZXhhbXBsZXMpLCBzbyBib3RoXG4gKiBuYW1lIHRoZSBzYW1lIHZhcmlhbnRzIHdpdGggdGhlIHNhbWUgY291bnRzLlxuICpcbiAqIEBleGFtcGxlXG4gKiBjb25zdCB7IHZhcmlhbnRzLCB2YXJpYW50Q291bnQgfSA9IGNvdW50VmFyaWFudHMobG9nLCAxMCk7XG4gKiBsb2cuY2FzZXNbdmFyaWFudHNbMF0uZmlyc3RDYXNlXTsgLy8gdGhlIGZpcnN0IGNhc2Ugb2YgdGhlIG1vc3QgZnJlcXVlbnQgdmFyaWFudFxuICovXG5leHBvcnQgZnVuY3Rpb24gY291bnRWYXJpYW50cyhsb2c6IEV2ZW50TG9nLCB0b3A6IG51bWJlcik6IHsgdmFyaWFudHM6IENvdW50ZWRWYXJpYW50W107IHZhcmlhbnRDb3VudDogbnVtYmVyIH0ge1xuICBjb25zdCB7IGNhc2VTdGFydCwgYWN0aXZpdHkgfSA9IGxvZztcbiAgY29uc3QgY291bnRzID0gbmV3IE1hcDxzdHJpbmcsIENvdW50ZWRWYXJpYW50PigpO1xuICAvLyBPbmUgVVRGLTE2IGNvZGUgdW5pdCBwZXIgYWN0aXZpdHkgbWFrZXMgdGhlIGtleSBuYXRpdmVseSBhbmQgM1x1MDBENyBzaG9ydGVyIHRoYW4gam9pbmVkXG4gIC8vIGRpZ2l0czsgYSBsb2cgd2l0aCBtb3JlIGFjdGl2aXRpZXMgdGhhbiBjb2RlIHVuaXRzIGZhbGxzIGJhY2sgdG8gdGhlIGpvaW5lZCBpbmRpY2VzLlxuICBjb25zdCBhc0NvZGVVbml0cyA9IGxvZy5hY3Rpdml0aWVzLmxlbmd0aCA8PSAweGZmZmY7XG4gIGZvciAobGV0IGMgPSAwOyBjICsgMSA8IGNhc2VTdGFydC5sZW5ndGg7IGMrKykge1xuICAgIGNvbnN0IGV2ZW50cyA9IGFjdGl2aXR5LnN1YmFycmF5KGNhc2VTdGFydFtjXSEsIGNhc2VTdGFydFtjICsgMV0hKTtcbiAgICBjb25zdCBrZXkgPSBhc0NvZGVVbml0cyA/IGNvZGVVbml0cyhldmVudHMpIDogZXZlbnRzLmpvaW4oXCIsXCIpO1xuICAgIGNvbnN0IHYgPSBjb3VudHMuZ2V0KGtleSk7XG4gICAgaWYgKHYpIHYuY291bnQrKztcbiAgICBlbHNlIGNvdW50cy5zZXQoa2V5LCB7IGZpcnN0Q2FzZTogYywgY291bnQ6IDEgfSk7XG4gIH1cbiAgY29uc3QgdmFyaWFudHMgPSBbLi4uY291bnRzLnZhbHVlcygpXS5zb3J0KChhLCBiKSA9PiBiLmNvdW50IC0gYS5jb3VudCkuc2xpY2UoMCwgdG9wKTtcbiAgcmV0dXJuIHsgdmFyaWFudHMsIHZhcmlhbnRDb3VudDogY291bnRzLnNpemUgfTtcbn1cblxuLyoqIFRoZSB2YWx1ZXMgKGVhY2ggYmVsb3cgMlx1MDBCOVx1MjA3NikgYXMgYSBzdHJpbmcgb2YgY29kZSB1bml0cywgbWFkZSBpbiBwaWVjZXMgdGhhdCBmaXQgYW4gYXJndW1lbnQgbGlzdC4gKi9cbmZ1bmN0aW9uIGNvZGVVbml0cyh2YWx1ZXM6IFVpbnQzMkFycmF5KTogc3RyaW5nIHtcbiAgY29uc3QgUElFQ0UgPSA0MDk2O1xuICBpZiAodmFsdWVzLmxlbmd0aCA8PSBQSUVDRSkgcmV0dXJuIFN0cmluZy5mcm9tQ2hhckNvZGUuYXBwbHkobnVsbCwgdmFsdWVzIGFzIHVua25vd24gYXMgbnVtYmVyW10pO1xuICBsZXQgdGV4dCA9IFwiXCI7XG4gIGZvciAobGV0IGkgPSAwOyBpIDwgdmFsdWVzLmxlbmd0aDsgaSArPSBQSUVDRSkgdGV4dCArPSBTdHJpbmcuZnJvbUNoYXJDb2RlLmFwcGx5KG51bGwsIHZhbHVlcy5zdWJhcnJheShpLCBpICsgUElFQ0UpIGFzIHVua25vd24gYXMgbnVtYmVyW10pO1xuICByZXR1cm4gdGV4dDtcbn1cbiIsICJjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZGlybmFtZSA9IFwiL3dvcmsvd3QvcmVhZGVyL3NyYy9sb2ctcmVwb3J0XCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay93dC9yZWFkZXIvc3JjL2xvZy1yZXBvcnQvY2FzZS1yZXR1cm5zLnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL3d0L3JlYWRlci9zcmMvbG9nLXJlcG9ydC9jYXNlLXJldHVybnMudHNcIjtpbXBvcnQgdHlwZSB7IEV2ZW50TG9nIH0gZnJvbSBcIi4uL2xvZ3MvZXZlbnQtbG9nLmpzXCI7XG5pbXBvcnQgdHlwZSB7IENhc2VDdXN0b21lcnMgfSBmcm9tIFwiLi9jYXNlLWN1c3RvbWVycy5qc1wiO1xuXG5jb25zdCBNU19QRVJfTUlOVVRFID0gNjBfMDAwO1xuXG4vKipcbiAqIE1hcmtzIHRoZSByZXR1cm5zIG9mIGEgbG9nOiBhIGNhc2UgaXMgYSByZXR1cm4gd2hlbiBpdCBzdGFydHMgYXQgb3IgYWZ0ZXIgdGhlIGVuZCBvZiBhblxuICogZWFybGllciBjYXNlIG9mIG9uZSBvZiBpdHMgY3VzdG9tZXJzIGFuZCBhdCBtb3N0IGB3aW5kb3dNaW51dGVzYCBhZnRlciB0aGF0IGVuZCBcdTIwMTQgZGVtYW5kXG4gKiB0aGUgZWFybGllciBjYXNlIGRpZCBub3Qgc2V0dGxlLiBFYXJsaWVyIG1lYW5zIGFuIGVhcmxpZXIgZmlyc3QgZXZlbnQgKHRpZXM6IGNhc2Ugb3JkZXIpLlxuICogQSBjYXNlIHdpdGggdHdvIGN1c3RvbWVycyBpcyBhIHJldHVybiB3aGVuIGl0IGlzIG9uZSBmb3IgZWl0aGVyOyBpdCBjb3VudHMgb25jZS5cbiAqXG4gKiBAZXhhbXBsZVxuICogLy8gY3VzdG9tZXIgWDogY2FzZSBBIDEgTWF5XHUyMDEzMyBNYXksIGNhc2UgQiBzdGFydHMgNSBNYXk6IEIgcmV0dXJucyB3aXRoaW4gYSA3LWRheSB3aW5kb3dcbiAqIGNhc2VSZXR1cm5zKGxvZywgcmVsYXRpb24sIDcgKiAyNCAqIDYwKTsgLy8gVWludDhBcnJheSBbMCwgMV1cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNhc2VSZXR1cm5zKGxvZzogRXZlbnRMb2csIHJlbGF0aW9uOiBDYXNlQ3VzdG9tZXJzLCB3aW5kb3dNaW51dGVzOiBudW1iZXIpOiBVaW50OEFycmF5IHtcbiAgY29uc3QgeyBjYXNlU3RhcnQsIHRpbWUgfSA9IGxvZztcbiAgY29uc3Qgd2luZG93TXMgPSB3aW5kb3dNaW51dGVzICogTVNfUEVSX01JTlVURTtcbiAgY29uc3QgZmlyc3QgPSAoYzogbnVtYmVyKSA9PiB0aW1lW2Nhc2VTdGFydFtjXSFdITtcbiAgY29uc3QgbGFzdCA9IChjOiBudW1iZXIpID0+IHRpbWVbY2FzZVN0YXJ0W2MgKyAxXSEgLSAxXSE7XG4gIGNvbnN0IGlzUmV0dXJuID0gbmV3IFVpbnQ4QXJyYXkobG9nLmNhc2VzLmxlbmd0aCk7XG4gIGNvbnN0IGVuZHM6IG51bWJlcltdID0gW107XG4gIGZvciAobGV0IGsgPSAwOyBrICsgMSA8IHJlbGF0aW9uLmNhc2VPZi5sZW5ndGg7IGsrKykge1xuICAgIGNvbnN0IG1pbmUgPSBBcnJheS5mcm9tKHJlbGF0aW9uLmNhc2VzLnN1YmFycmF5KHJlbGF0aW9uLmNhc2VPZltrXSEsIHJlbGF0aW9uLmNhc2VPZltrICsgMV0hKSkuc29ydCgoYSwgYikgPT4gZmlyc3QoYSkgLSBmaXJzdChiKSk7XG4gICAgZW5kcy5sZW5ndGggPSAwO1xuICAgIGZvciAoY29uc3QgYyBvZiBtaW5lKSB7XG4gICAgICBjb25zdCBzdGFydCA9IGZpcnN0KGMpO1xuICAgICAgLy8gVGhlIGxhdGVzdCBlbmQgYXQgb3IgYmVmb3JlIHRoaXMgc3RhcnQgaXMgdGhlIGNsb3Nlc3Qgb25lOiBhIGJpbmFyeSBzZWFyY2ggaW4gdGhlIHNvcnRlZCBlbmRzLlxuICAgICAgbGV0IGxvID0gMDtcbiAgICAgIGxldCBoaSA9IGVuZHMubGVuZ3RoO1xuICAgICAgd2hpbGUgKGxvIDwgaGkpIHtcbiAgICAgICAgY29uc3QgbWlkID0gKGxvICsgaGkpID4+IDE7XG4gICAgICAgIGlmIChlbmRzW21pZF0hIDw9IHN0YXJ0KSBsbyA9IG1pZCArIDE7XG4gICAgICAgIGVsc2UgaGkgPSBtaWQ7XG4gICAgICB9XG4gICAgICBpZiAobG8gPiAwICYmIHN0YXJ0IC0gZW5kc1tsbyAtIDFdISA8PSB3aW5kb3dNcykgaXNSZXR1cm5bY10gPSAxO1xuICAgICAgY29uc3QgZW5kID0gbGFzdChjKTtcbiAgICAgIGxldCBhdCA9IGVuZHMubGVuZ3RoO1xuICAgICAgd2hpbGUgKGF0ID4gMCAmJiBlbmRzW2F0IC0gMV0hID4gZW5kKSBhdC0tO1xuICAgICAgZW5kcy5zcGxpY2UoYXQsIDAsIGVuZCk7XG4gICAgfVxuICB9XG4gIHJldHVybiBpc1JldHVybjtcbn1cbiIsICJjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZGlybmFtZSA9IFwiL3dvcmsvd3QvcmVhZGVyL3NyYy9sb2ctcmVwb3J0XCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay93dC9yZWFkZXIvc3JjL2xvZy1yZXBvcnQvY2FzZS1jdXN0b21lcnMudHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfaW1wb3J0X21ldGFfdXJsID0gXCJmaWxlOi8vL3dvcmsvd3QvcmVhZGVyL3NyYy9sb2ctcmVwb3J0L2Nhc2UtY3VzdG9tZXJzLnRzXCI7aW1wb3J0IHsgTk9fQ1VTVE9NRVIsIHR5cGUgRXZlbnRMb2cgfSBmcm9tIFwiLi4vbG9ncy9ldmVudC1sb2cuanNcIjtcblxuLyoqXG4gKiBXaGljaCBjdXN0b21lcnMgZWFjaCBjYXNlIGJlbG9uZ3MgdG8sIGFuZCBlYWNoIGN1c3RvbWVyJ3MgY2FzZXM6IGEgY2FzZSBiZWxvbmdzIHRvIGV2ZXJ5XG4gKiBjdXN0b21lciBvbmUgb2YgaXRzIGV2ZW50cyBuYW1lcyAoYW4gZXZlbnQgd2l0aG91dCBhIGN1c3RvbWVyIHRha2VzIGl0cyBjYXNlJ3MpLCBzbyBhIGNhc2VcbiAqIHdob3NlIGV2ZW50cyBuYW1lIHR3byBjdXN0b21lcnMgYmVsb25ncyB0byBib3RoLiBPZmZzZXRzIGluIHRoZSBtYW5uZXIgb2YgYGNhc2VTdGFydGAuXG4gKlxuICogQGV4YW1wbGVcbiAqIC8vIGNhc2UgMCBuYW1lcyBjdXN0b21lciAwIG9ubHksIGNhc2UgMSBuYW1lcyBjdXN0b21lcnMgMCBhbmQgMVxuICogY29uc3QgeyBjdXN0b21lcnMsIGN1c3RvbWVyT2YgfSA9IGNhc2VDdXN0b21lcnMobG9nKTtcbiAqIEFycmF5LmZyb20oY3VzdG9tZXJzLnN1YmFycmF5KGN1c3RvbWVyT2ZbMV0sIGN1c3RvbWVyT2ZbMl0pKTsgLy8gWzAsIDFdXG4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgQ2FzZUN1c3RvbWVycyB7XG4gIC8qKiBgY2FzZXMgKyAxYCBvZmZzZXRzIGludG8gYGN1c3RvbWVyc2AuICovXG4gIGN1c3RvbWVyT2Y6IFVpbnQzMkFycmF5O1xuICAvKiogVGhlIGN1c3RvbWVycyBvZiBlYWNoIGNhc2UsIGluIHRoZSBvcmRlciBpdHMgZXZlbnRzIGZpcnN0IG5hbWUgdGhlbS4gKi9cbiAgY3VzdG9tZXJzOiBVaW50MzJBcnJheTtcbiAgLyoqIGBsb2cuY3VzdG9tZXJzLmxlbmd0aCArIDFgIG9mZnNldHMgaW50byBgY2FzZXNgLiAqL1xuICBjYXNlT2Y6IFVpbnQzMkFycmF5O1xuICAvKiogVGhlIGNhc2VzIG9mIGVhY2ggY3VzdG9tZXIsIGluIGNhc2Ugb3JkZXIgKGZpcnN0IGFwcGVhcmFuY2UgaW4gdGhlIGxvZykuICovXG4gIGNhc2VzOiBVaW50MzJBcnJheTtcbiAgLyoqIENhc2VzIHdob3NlIGV2ZW50cyBuYW1lIG1vcmUgdGhhbiBvbmUgY3VzdG9tZXIuICovXG4gIGNhc2VzV2l0aFNldmVyYWxDdXN0b21lcnM6IG51bWJlcjtcbiAgLyoqIENhc2VzIG5vIGV2ZW50IG9mIHdoaWNoIG5hbWVzIGEgY3VzdG9tZXIuICovXG4gIGNhc2VzV2l0aG91dEN1c3RvbWVyOiBudW1iZXI7XG4gIC8qKiBFdmVudHMgdGhhdCBuYW1lIG1vcmUgdGhhbiBvbmUgY3VzdG9tZXIgKE9DRUwpLiAqL1xuICBldmVudHNXaXRoU2V2ZXJhbEN1c3RvbWVyczogbnVtYmVyO1xufVxuXG4vKipcbiAqIFRoZSBjYXNlXHUyMDEzY3VzdG9tZXIgcmVsYXRpb24gb2YgYSBsb2cgcmVhZCB3aXRoIGEgY3VzdG9tZXIgbWFwcGluZzsgYG51bGxgIGZvciBhIGxvZyB3aXRob3V0IG9uZS5cbiAqXG4gKiBAZXhhbXBsZVxuICogY2FzZUN1c3RvbWVycyhoZWxwZGVzaykhLmNhc2VzV2l0aFNldmVyYWxDdXN0b21lcnM7IC8vIDdcbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNhc2VDdXN0b21lcnMobG9nOiBFdmVudExvZyk6IENhc2VDdXN0b21lcnMgfCBudWxsIHtcbiAgY29uc3QgeyBjdXN0b21lciwgY2FzZVN0YXJ0IH0gPSBsb2c7XG4gIGlmIChjdXN0b21lciA9PT0gdW5kZWZpbmVkIHx8IGN1c3RvbWVyID09PSBudWxsIHx8IGxvZy5jdXN0b21lcnMgPT09IHVuZGVmaW5lZCkgcmV0dXJuIG51bGw7XG4gIGNvbnN0IG1vcmUgPSBsb2cubW9yZUN1c3RvbWVycyA/PyBudWxsO1xuICBjb25zdCBjYXNlQ291bnQgPSBsb2cuY2FzZXMubGVuZ3RoO1xuICBjb25zdCBjdXN0b21lck9mID0gbmV3IFVpbnQzMkFycmF5KGNhc2VDb3VudCArIDEpO1xuICBjb25zdCBwYWlyczogbnVtYmVyW10gPSBbXTtcbiAgbGV0IHNldmVyYWwgPSAwO1xuICBsZXQgd2l0aG91dCA9IDA7XG4gIGNvbnN0IHNlZW46IG51bWJlcltdID0gW107XG4gIGZvciAobGV0IGMgPSAwOyBjIDwgY2FzZUNvdW50OyBjKyspIHtcbiAgICBzZWVuLmxlbmd0aCA9IDA7XG4gICAgZm9yIChsZXQgaSA9IGNhc2VTdGFydFtjXSE7IGkgPCBjYXNlU3RhcnRbYyArIDFdITsgaSsrKSB7XG4gICAgICBjb25zdCBrID0gY3VzdG9tZXJbaV0hO1xuICAgICAgaWYgKGsgIT09IE5PX0NVU1RPTUVSICYmICFzZWVuLmluY2x1ZGVzKGspKSBzZWVuLnB1c2goayk7XG4gICAgICBjb25zdCBvdGhlcnMgPSBtb3JlPy5nZXQoaSk7XG4gICAgICBpZiAob3RoZXJzICE9PSB1bmRlZmluZWQpIGZvciAoY29uc3QgbyBvZiBvdGhlcnMpIGlmICghc2Vlbi5pbmNsdWRlcyhvKSkgc2Vlbi5wdXNoKG8pO1xuICAgIH1cbiAgICBpZiAoc2Vlbi5sZW5ndGggPiAxKSBzZXZlcmFsKys7XG4gICAgaWYgKHNlZW4ubGVuZ3RoID09PSAwKSB3aXRob3V0Kys7XG4gICAgZm9yIChjb25zdCBrIG9mIHNlZW4pIHBhaXJzLnB1c2goayk7XG4gICAgY3VzdG9tZXJPZltjICsgMV0gPSBwYWlycy5sZW5ndGg7XG4gIH1cbiAgY29uc3QgY3VzdG9tZXJzID0gVWludDMyQXJyYXkuZnJvbShwYWlycyk7XG4gIC8vIENvdW50aW5nIHNvcnQgb2YgdGhlIHBhaXJzIGJ5IGN1c3RvbWVyOiBlYWNoIGN1c3RvbWVyJ3MgY2FzZXMgc3RheSBpbiBjYXNlIG9yZGVyLlxuICBjb25zdCBjdXN0b21lckNvdW50ID0gbG9nLmN1c3RvbWVycy5sZW5ndGg7XG4gIGNvbnN0IGNhc2VPZiA9IG5ldyBVaW50MzJBcnJheShjdXN0b21lckNvdW50ICsgMSk7XG4gIGZvciAoY29uc3QgayBvZiBjdXN0b21lcnMpIGNhc2VPZltrICsgMV0hKys7XG4gIGZvciAobGV0IGsgPSAwOyBrIDwgY3VzdG9tZXJDb3VudDsgaysrKSBjYXNlT2ZbayArIDFdISArPSBjYXNlT2Zba10hO1xuICBjb25zdCBuZXh0ID0gY2FzZU9mLnNsaWNlKDAsIGN1c3RvbWVyQ291bnQpO1xuICBjb25zdCBjYXNlcyA9IG5ldyBVaW50MzJBcnJheShjdXN0b21lcnMubGVuZ3RoKTtcbiAgZm9yIChsZXQgYyA9IDA7IGMgPCBjYXNlQ291bnQ7IGMrKykge1xuICAgIGZvciAobGV0IHAgPSBjdXN0b21lck9mW2NdITsgcCA8IGN1c3RvbWVyT2ZbYyArIDFdITsgcCsrKSBjYXNlc1tuZXh0W2N1c3RvbWVyc1twXSFdISsrXSA9IGM7XG4gIH1cbiAgY29uc3QgZXZlbnRzV2l0aFNldmVyYWxDdXN0b21lcnMgPSBsb2cuZXZlbnRzV2l0aFNldmVyYWxDdXN0b21lcnMgPz8gMDtcbiAgcmV0dXJuIHsgY3VzdG9tZXJPZiwgY3VzdG9tZXJzLCBjYXNlT2YsIGNhc2VzLCBjYXNlc1dpdGhTZXZlcmFsQ3VzdG9tZXJzOiBzZXZlcmFsLCBjYXNlc1dpdGhvdXRDdXN0b21lcjogd2l0aG91dCwgZXZlbnRzV2l0aFNldmVyYWxDdXN0b21lcnMgfTtcbn1cbiIsICJjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZGlybmFtZSA9IFwiL3dvcmsvd3QvcmVhZGVyL3NyYy9sb2ctcmVwb3J0XCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay93dC9yZWFkZXIvc3JjL2xvZy1yZXBvcnQvY3VzdG9tZXItam91cm5leXMudHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfaW1wb3J0X21ldGFfdXJsID0gXCJmaWxlOi8vL3dvcmsvd3QvcmVhZGVyL3NyYy9sb2ctcmVwb3J0L2N1c3RvbWVyLWpvdXJuZXlzLnRzXCI7aW1wb3J0IHR5cGUgeyBFdmVudExvZyB9IGZyb20gXCIuLi9sb2dzL2V2ZW50LWxvZy5qc1wiO1xuaW1wb3J0IHsgY2FzZUN1c3RvbWVycywgdHlwZSBDYXNlQ3VzdG9tZXJzIH0gZnJvbSBcIi4vY2FzZS1jdXN0b21lcnMuanNcIjtcblxuLyoqXG4gKiBPcHRpb25zIG9mIGBjdXN0b21lckpvdXJuZXlzYC5cbiAqXG4gKiBAZXhhbXBsZVxuICogY3VzdG9tZXJKb3VybmV5cyhsb2csIHsgam91cm5leUdhcDogMzAgKiAyNCAqIDYwIH0pOyAvLyBjdXQgd2hlcmUgYSBjdXN0b21lciB3YXMgYXdheSAzMCBkYXlzXG4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgQ3VzdG9tZXJKb3VybmV5c09wdGlvbnMge1xuICAvKipcbiAgICogTWludXRlczsgYSBjYXNlIHRoYXQgc3RhcnRzIG1vcmUgdGhhbiB0aGlzIGFmdGVyIHRoZSBlbmQgb2YgZXZlcnkgZWFybGllciBjYXNlIG9mIGl0c1xuICAgKiBjdXN0b21lciBiZWdpbnMgYSBuZXcgam91cm5leS4gRGVmYXVsdDogbm8gY3V0LCBvbmUgam91cm5leSBwZXIgY3VzdG9tZXIuXG4gICAqL1xuICBqb3VybmV5R2FwPzogbnVtYmVyIHwgbnVsbDtcbn1cblxuLyoqXG4gKiBUaGUgY3VzdG9tZXIgam91cm5leXMgb2YgYSBsb2csIGluIGNvbHVtbnM6IGpvdXJuZXkgYGpgIGJlbG9uZ3MgdG8gY3VzdG9tZXIgYGN1c3RvbWVyW2pdYCxcbiAqIGhvbGRzIHRoZSBjYXNlcyBgY2FzZXNbY2FzZVN0YXJ0W2pdXSBcdTIwMjZgIChvcmRlcmVkIGJ5IHRoZWlyIGZpcnN0IGV2ZW50LCB0aWVzIGluIGNhc2Ugb3JkZXIpXG4gKiBhbmQgdGhlIGV2ZW50cyBgZXZlbnRzW2V2ZW50U3RhcnRbal1dIFx1MjAyNmAgb2YgdGhvc2UgY2FzZXMgbWVyZ2VkIGJ5IHRpbWUgKHRpZXM6IGNhc2Ugb3JkZXIgb2ZcbiAqIGZpcnN0IGFwcGVhcmFuY2UsIHRoZW4gZmlsZSBvcmRlcikuXG4gKlxuICogQGV4YW1wbGVcbiAqIGNvbnN0IGogPSBjdXN0b21lckpvdXJuZXlzKGxvZykhO1xuICogQXJyYXkuZnJvbShqLmV2ZW50cy5zdWJhcnJheShqLmV2ZW50U3RhcnRbMF0sIGouZXZlbnRTdGFydFsxXSkpOyAvLyBldmVudCBpbmRpY2VzIG9mIGpvdXJuZXkgMFxuICovXG5leHBvcnQgaW50ZXJmYWNlIEN1c3RvbWVySm91cm5leXMge1xuICAvKiogUGVyIGpvdXJuZXk6IGluZGV4IGludG8gYGxvZy5jdXN0b21lcnNgLiBKb3VybmV5cyBvZiBhIGN1c3RvbWVyIGZvbGxvdyBlYWNoIG90aGVyLiAqL1xuICBjdXN0b21lcjogVWludDMyQXJyYXk7XG4gIC8qKiBgam91cm5leXMgKyAxYCBvZmZzZXRzIGludG8gYGNhc2VzYC4gKi9cbiAgY2FzZVN0YXJ0OiBVaW50MzJBcnJheTtcbiAgLyoqIENhc2UgaW5kaWNlcy4gKi9cbiAgY2FzZXM6IFVpbnQzMkFycmF5O1xuICAvKiogYGpvdXJuZXlzICsgMWAgb2Zmc2V0cyBpbnRvIGBldmVudHNgLiAqL1xuICBldmVudFN0YXJ0OiBVaW50MzJBcnJheTtcbiAgLyoqIEV2ZW50IGluZGljZXMgKGFuIGV2ZW50IG9mIGEgY2FzZSB3aXRoIHR3byBjdXN0b21lcnMgaXMgaW4gYm90aCBjdXN0b21lcnMnIGpvdXJuZXlzKS4gKi9cbiAgZXZlbnRzOiBVaW50MzJBcnJheTtcbiAgLyoqIFRoZSBjYXNlXHUyMDEzY3VzdG9tZXIgcmVsYXRpb24gdGhlIGpvdXJuZXlzIHdlcmUgbWFkZSBmcm9tLiAqL1xuICByZWxhdGlvbjogQ2FzZUN1c3RvbWVycztcbn1cblxuY29uc3QgTVNfUEVSX01JTlVURSA9IDYwXzAwMDtcblxuLyoqXG4gKiBDdXRzIGVhY2ggY3VzdG9tZXIncyBjYXNlcyBpbnRvIGpvdXJuZXlzOiBvbmUgcGVyIGN1c3RvbWVyLCBvciwgd2l0aCBgam91cm5leUdhcGAsIGEgbmV3XG4gKiBvbmUgd2hlcmV2ZXIgYSBjYXNlIHN0YXJ0cyBtb3JlIHRoYW4gdGhlIGdhcCBhZnRlciB0aGUgZW5kIG9mIGV2ZXJ5IGVhcmxpZXIgY2FzZSBvZiB0aGVcbiAqIGN1c3RvbWVyLiBBIGNhc2UgaXMgbmV2ZXIgc3BsaXQuIGBudWxsYCB3aGVuIHRoZSBsb2cgd2FzIHJlYWQgd2l0aG91dCBhIGN1c3RvbWVyIG1hcHBpbmcuXG4gKiBDdXN0b21lcnMgd2l0aG91dCBhIGNhc2UgaGF2ZSBubyBqb3VybmV5LlxuICpcbiAqIEBleGFtcGxlXG4gKiBjb25zdCBqb3VybmV5cyA9IGN1c3RvbWVySm91cm5leXMobG9nLCB7IGpvdXJuZXlHYXA6IDQzMjAwIH0pITtcbiAqIGpvdXJuZXlzLmN1c3RvbWVyLmxlbmd0aDsgLy8gdGhlIG51bWJlciBvZiBqb3VybmV5c1xuICovXG5leHBvcnQgZnVuY3Rpb24gY3VzdG9tZXJKb3VybmV5cyhsb2c6IEV2ZW50TG9nLCBvcHRpb25zOiBDdXN0b21lckpvdXJuZXlzT3B0aW9ucyA9IHt9KTogQ3VzdG9tZXJKb3VybmV5cyB8IG51bGwge1xuICBjb25zdCByZWxhdGlvbiA9IGNhc2VDdXN0b21lcnMobG9nKTtcbiAgaWYgKHJlbGF0aW9uID09PSBudWxsKSByZXR1cm4gbnVsbDtcbiAgY29uc3QgZ2FwID0gb3B0aW9ucy5qb3VybmV5R2FwID8/IG51bGw7XG4gIGlmIChnYXAgIT09IG51bGwgJiYgIShnYXAgPj0gMCkpIHRocm93IG5ldyBSYW5nZUVycm9yKGBqb3VybmV5R2FwIG11c3QgYmUgYSBudW1iZXIgb2YgbWludXRlcyBcdTIyNjUgMCwgbm90ICR7U3RyaW5nKGdhcCl9YCk7XG4gIGNvbnN0IHsgY2FzZVN0YXJ0LCB0aW1lIH0gPSBsb2c7XG4gIGNvbnN0IGZpcnN0ID0gKGM6IG51bWJlcikgPT4gdGltZVtjYXNlU3RhcnRbY10hXSE7XG4gIGNvbnN0IGxhc3QgPSAoYzogbnVtYmVyKSA9PiB0aW1lW2Nhc2VTdGFydFtjICsgMV0hIC0gMV0hO1xuICBjb25zdCBnYXBNcyA9IGdhcCA9PT0gbnVsbCA/IEluZmluaXR5IDogZ2FwICogTVNfUEVSX01JTlVURTtcblxuICBjb25zdCBqb3VybmV5Q3VzdG9tZXI6IG51bWJlcltdID0gW107XG4gIGNvbnN0IGpvdXJuZXlDYXNlU3RhcnQ6IG51bWJlcltdID0gWzBdO1xuICBjb25zdCBvcmRlcmVkQ2FzZXMgPSBuZXcgVWludDMyQXJyYXkocmVsYXRpb24uY2FzZXMubGVuZ3RoKTtcbiAgbGV0IHBsYWNlZCA9IDA7XG4gIGZvciAobGV0IGsgPSAwOyBrICsgMSA8IHJlbGF0aW9uLmNhc2VPZi5sZW5ndGg7IGsrKykge1xuICAgIGNvbnN0IGZyb20gPSByZWxhdGlvbi5jYXNlT2Zba10hO1xuICAgIGNvbnN0IHRvID0gcmVsYXRpb24uY2FzZU9mW2sgKyAxXSE7XG4gICAgaWYgKHRvID09PSBmcm9tKSBjb250aW51ZTtcbiAgICAvLyBUaGUgY3VzdG9tZXIncyBjYXNlcyBieSB0aGVpciBmaXJzdCBldmVudDsgYSBzdGFibGUgc29ydCBrZWVwcyBjYXNlIG9yZGVyIG9uIHRpZXMuXG4gICAgY29uc3QgbWluZSA9IEFycmF5LmZyb20ocmVsYXRpb24uY2FzZXMuc3ViYXJyYXkoZnJvbSwgdG8pKS5zb3J0KChhLCBiKSA9PiBmaXJzdChhKSAtIGZpcnN0KGIpKTtcbiAgICBsZXQgZW5kID0gLUluZmluaXR5O1xuICAgIGZvciAobGV0IHAgPSAwOyBwIDwgbWluZS5sZW5ndGg7IHArKykge1xuICAgICAgY29uc3QgYyA9IG1pbmVbcF0hO1xuICAgICAgaWYgKHAgPT09IDAgfHwgZmlyc3QoYykgLSBlbmQgPiBnYXBNcykge1xuICAgICAgICBpZiAocCA+IDApIGpvdXJuZXlDYXNlU3RhcnQucHVzaChwbGFjZWQpO1xuICAgICAgICBqb3VybmV5Q3VzdG9tZXIucHVzaChrKTtcbiAgICAgIH1cbiAgICAgIG9yZGVyZWRDYXNlc1twbGFjZWQrK10gPSBjO1xuICAgICAgZW5kID0gTWF0aC5tYXgoZW5kLCBsYXN0KGMpKTtcbiAgICB9XG4gICAgam91cm5leUNhc2VTdGFydC5wdXNoKHBsYWNlZCk7XG4gIH1cblxuICBjb25zdCBjYXNlU3RhcnRPdXQgPSBVaW50MzJBcnJheS5mcm9tKGpvdXJuZXlDYXNlU3RhcnQpO1xuICBjb25zdCBqb3VybmV5cyA9IGpvdXJuZXlDdXN0b21lci5sZW5ndGg7XG4gIGNvbnN0IGV2ZW50U3RhcnQgPSBuZXcgVWludDMyQXJyYXkoam91cm5leXMgKyAxKTtcbiAgZm9yIChsZXQgaiA9IDA7IGogPCBqb3VybmV5czsgaisrKSB7XG4gICAgbGV0IG4gPSAwO1xuICAgIGZvciAobGV0IHAgPSBjYXNlU3RhcnRPdXRbal0hOyBwIDwgY2FzZVN0YXJ0T3V0W2ogKyAxXSE7IHArKykgbiArPSBjYXNlU3RhcnRbb3JkZXJlZENhc2VzW3BdISArIDFdISAtIGNhc2VTdGFydFtvcmRlcmVkQ2FzZXNbcF0hXSE7XG4gICAgZXZlbnRTdGFydFtqICsgMV0gPSBldmVudFN0YXJ0W2pdISArIG47XG4gIH1cbiAgY29uc3QgZXZlbnRzID0gbmV3IFVpbnQzMkFycmF5KGV2ZW50U3RhcnRbam91cm5leXNdISk7XG4gIGZvciAobGV0IGogPSAwOyBqIDwgam91cm5leXM7IGorKykge1xuICAgIGNvbnN0IGZyb20gPSBjYXNlU3RhcnRPdXRbal0hO1xuICAgIGNvbnN0IHRvID0gY2FzZVN0YXJ0T3V0W2ogKyAxXSE7XG4gICAgbGV0IGF0ID0gZXZlbnRTdGFydFtqXSE7XG4gICAgZm9yIChsZXQgcCA9IGZyb207IHAgPCB0bzsgcCsrKSB7XG4gICAgICBjb25zdCBjID0gb3JkZXJlZENhc2VzW3BdITtcbiAgICAgIGZvciAobGV0IGkgPSBjYXNlU3RhcnRbY10hOyBpIDwgY2FzZVN0YXJ0W2MgKyAxXSE7IGkrKykgZXZlbnRzW2F0KytdID0gaTtcbiAgICB9XG4gICAgaWYgKHRvIC0gZnJvbSA+IDEpIHtcbiAgICAgIC8vIE1lcmdlIGJ5IHRpbWU7IHRpZXM6IHRoZSBjYXNlIHRoYXQgYXBwZWFyZWQgZmlyc3QgaW4gdGhlIGxvZywgdGhlbiBmaWxlIG9yZGVyIFx1MjAxNCB3aGljaFxuICAgICAgLy8gaXMgdGhlIG9yZGVyIG9mIGV2ZW50IGluZGljZXMsIGFzIHRoZSBsb2cgZ3JvdXBzIGV2ZW50cyBieSBjYXNlIGluIG9yZGVyIG9mIGFwcGVhcmFuY2UuXG4gICAgICBjb25zdCBzbGljZSA9IGV2ZW50cy5zdWJhcnJheShldmVudFN0YXJ0W2pdISwgYXQpO1xuICAgICAgY29uc3Qgc29ydGVkID0gQXJyYXkuZnJvbShzbGljZSkuc29ydCgoYSwgYikgPT4gdGltZVthXSEgLSB0aW1lW2JdISB8fCBhIC0gYik7XG4gICAgICBzbGljZS5zZXQoc29ydGVkKTtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIHsgY3VzdG9tZXI6IFVpbnQzMkFycmF5LmZyb20oam91cm5leUN1c3RvbWVyKSwgY2FzZVN0YXJ0OiBjYXNlU3RhcnRPdXQsIGNhc2VzOiBvcmRlcmVkQ2FzZXMsIGV2ZW50U3RhcnQsIGV2ZW50cywgcmVsYXRpb24gfTtcbn1cbiIsICJjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZGlybmFtZSA9IFwiL3dvcmsvd3QvcmVhZGVyL3NyYy9sb2ctcmVwb3J0XCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay93dC9yZWFkZXIvc3JjL2xvZy1yZXBvcnQvbWludXRlcy1zdW1tYXJ5LnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL3d0L3JlYWRlci9zcmMvbG9nLXJlcG9ydC9taW51dGVzLXN1bW1hcnkudHNcIjsvKipcbiAqIENvdW50LCBtZWFuIGFuZCBtZWRpYW4gb2YgYSBzZXQgb2YgZHVyYXRpb25zIGluIG1pbnV0ZXM7IG1lYW4gYW5kIG1lZGlhbiBhcmUgYG51bGxgIHdoZW4gdGhlcmUgYXJlIG5vbmUuXG4gKlxuICogQGV4YW1wbGVcbiAqIGFuYWx5c2VMb2coc2Vwc2lzTG9nKS5jYXNlTWludXRlczsgLy8geyBjb3VudDogMTA1MCwgbWVhbk1pbnV0ZXM6IDQwOTk1LjksIG1lZGlhbk1pbnV0ZXM6IDc2OTQuNSB9XG4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgTWludXRlc1N1bW1hcnkge1xuICAvKiogSG93IG1hbnkgZHVyYXRpb25zLiAqL1xuICBjb3VudDogbnVtYmVyO1xuICAvKiogVGhlaXIgbWVhbiBpbiBtaW51dGVzOyBudWxsIHdoZW4gdGhlcmUgYXJlIG5vbmUuICovXG4gIG1lYW5NaW51dGVzOiBudW1iZXIgfCBudWxsO1xuICAvKiogVGhlaXIgbWVkaWFuIGluIG1pbnV0ZXM7IG51bGwgd2hlbiB0aGVyZSBhcmUgbm9uZS4gKi9cbiAgbWVkaWFuTWludXRlczogbnVtYmVyIHwgbnVsbDtcbn1cblxuLyoqXG4gKiBTdW1tYXJpc2VzIHRoZSBmaXJzdCBgY291bnRgIHZhbHVlcyAobWludXRlcyk7IHNlbGVjdHMgdGhlIG1lZGlhbiBpbiBhIGNvcHksIG5ldmVyIHRoZSBpbnB1dC5cbiAqXG4gKiBAZXhhbXBsZVxuICogbWludXRlc1N1bW1hcnkobmV3IEZsb2F0NjRBcnJheShbNCwgMSwgMTBdKSwgMyk7IC8vIHsgY291bnQ6IDMsIG1lYW5NaW51dGVzOiA1LCBtZWRpYW5NaW51dGVzOiA0IH1cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIG1pbnV0ZXNTdW1tYXJ5KHZhbHVlczogRmxvYXQ2NEFycmF5LCBjb3VudCA9IHZhbHVlcy5sZW5ndGgpOiBNaW51dGVzU3VtbWFyeSB7XG4gIGlmIChjb3VudCA9PT0gMCkgcmV0dXJuIHsgY291bnQ6IDAsIG1lYW5NaW51dGVzOiBudWxsLCBtZWRpYW5NaW51dGVzOiBudWxsIH07XG4gIGxldCBzdW0gPSAwO1xuICBmb3IgKGxldCBpID0gMDsgaSA8IGNvdW50OyBpKyspIHN1bSArPSB2YWx1ZXNbaV0hO1xuICAvLyBTZWxlY3Rpb24gaW5zdGVhZCBvZiBhIGZ1bGwgc29ydDogbGluZWFyIHRpbWUsIGEgZmlmdGggb2YgdGhlIHNvcnQncyBvbiBhIG1pbGxpb24gd2FpdHMuXG4gIGNvbnN0IGNvcHkgPSB2YWx1ZXMuc2xpY2UoMCwgY291bnQpO1xuICBjb25zdCBtaWQgPSBjb3VudCA+PiAxO1xuICBjb25zdCB1cHBlciA9IHNlbGVjdChjb3B5LCBtaWQpO1xuICBsZXQgbWVkaWFuID0gdXBwZXI7XG4gIGlmIChjb3VudCAlIDIgPT09IDApIHtcbiAgICAvLyBzZWxlY3QoKSBsZWF2ZXMgZXZlcnkgdmFsdWUgYmVsb3cgYG1pZGAgYXQgbW9zdCB0aGUgdXBwZXIgbWlkZGxlOiB0aGUgbG93ZXIgb25lIGlzIHRoZWlyIG1heGltdW0uXG4gICAgbGV0IGxvd2VyID0gY29weVswXSE7XG4gICAgZm9yIChsZXQgaSA9IDE7IGkgPCBtaWQ7IGkrKykgaWYgKGNvcHlbaV0hID4gbG93ZXIpIGxvd2VyID0gY29weVtpXSE7XG4gICAgbWVkaWFuID0gKGxvd2VyICsgdXBwZXIpIC8gMjtcbiAgfVxuICByZXR1cm4geyBjb3VudCwgbWVhbk1pbnV0ZXM6IHN1bSAvIGNvdW50LCBtZWRpYW5NaW51dGVzOiBtZWRpYW4gfTtcbn1cblxuLyoqXG4gKiBUaGUgYGtgLXRoIHNtYWxsZXN0IHZhbHVlICgwLWJhc2VkKSBieSBxdWlja3NlbGVjdCAoSG9hcmUncyBwYXJ0aXRpb24sIG1lZGlhbi1vZi10aHJlZVxuICogcGl2b3QpLCByZWFycmFuZ2luZyBgYWAgc28gdGhhdCBgYVtrXWAgaG9sZHMgaXQsIHZhbHVlcyBiZWZvcmUgaXQgYXJlIG5vIGxhcmdlciBhbmQgdmFsdWVzXG4gKiBhZnRlciBpdCBubyBzbWFsbGVyLiBUaGUgdmFsdWVzIGFyZSBkdXJhdGlvbnM6IG5ldmVyIE5hTi5cbiAqL1xuZnVuY3Rpb24gc2VsZWN0KGE6IEZsb2F0NjRBcnJheSwgazogbnVtYmVyKTogbnVtYmVyIHtcbiAgbGV0IGxvID0gMDtcbiAgbGV0IGhpID0gYS5sZW5ndGggLSAxO1xuICB3aGlsZSAoaGkgPiBsbykge1xuICAgIGNvbnN0IG0gPSAobG8gKyBoaSkgPj4gMTtcbiAgICAvLyBtZWRpYW4gb2YgYVtsb10sIGFbbV0sIGFbaGldIGFzIHRoZSBwaXZvdFxuICAgIGNvbnN0IHggPSBhW2xvXSE7XG4gICAgY29uc3QgeSA9IGFbbV0hO1xuICAgIGNvbnN0IHogPSBhW2hpXSE7XG4gICAgY29uc3QgcGl2b3QgPSB4IDwgeSA/ICh5IDwgeiA/IHkgOiB4IDwgeiA/IHogOiB4KSA6IHggPCB6ID8geCA6IHkgPCB6ID8geiA6IHk7XG4gICAgbGV0IGkgPSBsbztcbiAgICBsZXQgaiA9IGhpO1xuICAgIHdoaWxlIChpIDw9IGopIHtcbiAgICAgIHdoaWxlIChhW2ldISA8IHBpdm90KSBpKys7XG4gICAgICB3aGlsZSAoYVtqXSEgPiBwaXZvdCkgai0tO1xuICAgICAgaWYgKGkgPD0gaikge1xuICAgICAgICBjb25zdCB0ID0gYVtpXSE7XG4gICAgICAgIGFbaV0gPSBhW2pdITtcbiAgICAgICAgYVtqXSA9IHQ7XG4gICAgICAgIGkrKztcbiAgICAgICAgai0tO1xuICAgICAgfVxuICAgIH1cbiAgICBpZiAoayA8PSBqKSBoaSA9IGo7XG4gICAgZWxzZSBpZiAoayA+PSBpKSBsbyA9IGk7XG4gICAgZWxzZSByZXR1cm4gYVtrXSE7XG4gIH1cbiAgcmV0dXJuIGFba10hO1xufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay93dC9yZWFkZXIvc3JjL2xvZy1yZXBvcnRcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZmlsZW5hbWUgPSBcIi93b3JrL3d0L3JlYWRlci9zcmMvbG9nLXJlcG9ydC9jdXN0b21lci1yZXBvcnQudHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfaW1wb3J0X21ldGFfdXJsID0gXCJmaWxlOi8vL3dvcmsvd3QvcmVhZGVyL3NyYy9sb2ctcmVwb3J0L2N1c3RvbWVyLXJlcG9ydC50c1wiO2ltcG9ydCB7IHdhbmRlck1ldHJpY3MgfSBmcm9tIFwiLi4vYW5hbHlzaXMvd2FuZGVyLW1ldHJpY3MuanNcIjtcbmltcG9ydCB7IE1JU1NJTkdfREVQQVJUTUVOVCwgdHlwZSBFdmVudExvZyB9IGZyb20gXCIuLi9sb2dzL2V2ZW50LWxvZy5qc1wiO1xuaW1wb3J0IHsgY2FzZVJldHVybnMgfSBmcm9tIFwiLi9jYXNlLXJldHVybnMuanNcIjtcbmltcG9ydCB7IGN1c3RvbWVySm91cm5leXMgfSBmcm9tIFwiLi9jdXN0b21lci1qb3VybmV5cy5qc1wiO1xuaW1wb3J0IHsgbWludXRlc1N1bW1hcnksIHR5cGUgTWludXRlc1N1bW1hcnkgfSBmcm9tIFwiLi9taW51dGVzLXN1bW1hcnkuanNcIjtcblxuLyoqXG4gKiBPcHRpb25zIG9mIGBjdXN0b21lclJlcG9ydGAgKGFuZCBvZiBgYW5hbHlzZUxvZ2AgZm9yIGl0cyBgY3VzdG9tZXJzYCBibG9jaykuXG4gKlxuICogQGV4YW1wbGVcbiAqIGN1c3RvbWVyUmVwb3J0KGxvZywgeyBqb3VybmV5R2FwOiAzMCAqIDI0ICogNjAsIHJldHVybldpbmRvdzogNyAqIDI0ICogNjAgfSk7XG4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgQ3VzdG9tZXJSZXBvcnRPcHRpb25zIHtcbiAgLyoqIE1pbnV0ZXM7IGEgY2FzZSBzdGFydGluZyBtb3JlIHRoYW4gdGhpcyBhZnRlciBldmVyeSBlYXJsaWVyIGNhc2Ugb2YgaXRzIGN1c3RvbWVyIGVuZGVkIGJlZ2lucyBhIG5ldyBqb3VybmV5LiBEZWZhdWx0OiBubyBjdXQuICovXG4gIGpvdXJuZXlHYXA/OiBudW1iZXIgfCBudWxsO1xuICAvKiogTWludXRlcyBhZnRlciBhIGNhc2UgZW5kZWQgd2l0aGluIHdoaWNoIGFub3RoZXIgY2FzZSBvZiB0aGUgc2FtZSBjdXN0b21lciBpcyBhIHJldHVybi4gRGVmYXVsdDogNyBkYXlzLiAqL1xuICByZXR1cm5XaW5kb3c/OiBudW1iZXI7XG59XG5cbi8qKlxuICogVGhlIGN1c3RvbWVycyBibG9jayBvZiBhIGxvZyByZXBvcnQ6IGhvdyBjdXN0b21lcnMgd2FuZGVyIGFjcm9zcyB0aGVpciBjYXNlcy5cbiAqXG4gKiBAZXhhbXBsZVxuICogYW5hbHlzZUxvZyhoZWxwZGVzaykuY3VzdG9tZXJzO1xuICogLy8geyBjdXN0b21lcnM6IDM5Nywgam91cm5leXM6IDM5NywgY2FzZXNQZXJKb3VybmV5OiB7IG1lYW46IDExLjUsIG1lZGlhbjogMywgbWF4OiAyNTEgfSwgXHUyMDI2IH1cbiAqL1xuZXhwb3J0IGludGVyZmFjZSBDdXN0b21lclJlcG9ydCB7XG4gIC8qKiBDdXN0b21lcnMgd2l0aCBhdCBsZWFzdCBvbmUgY2FzZS4gKi9cbiAgY3VzdG9tZXJzOiBudW1iZXI7XG4gIC8qKiBDYXNlcyB3aXRoIGEgY3VzdG9tZXIgKGEgY2FzZSBvZiB0d28gY3VzdG9tZXJzIGNvdW50cyBvbmNlKS4gKi9cbiAgY2FzZXM6IG51bWJlcjtcbiAgLyoqIEN1c3RvbWVyIGpvdXJuZXlzIChvbmUgcGVyIGN1c3RvbWVyIHdpdGhvdXQgYSBqb3VybmV5IGdhcCkuICovXG4gIGpvdXJuZXlzOiBudW1iZXI7XG4gIC8qKiBDYXNlcyBwZXIgam91cm5leTsgYSBjYXNlIHdpdGggdHdvIGN1c3RvbWVycyBjb3VudHMgaW4gYm90aCBqb3VybmV5cy4gKi9cbiAgY2FzZXNQZXJKb3VybmV5OiB7IG1lYW46IG51bWJlcjsgbWVkaWFuOiBudW1iZXI7IG1heDogbnVtYmVyIH07XG4gIC8qKiBKb3VybmV5cyBpbiB3aGljaCBhIGNhc2Ugc3RhcnRzIGJlZm9yZSBhbiBlYXJsaWVyIGNhc2Ugb2YgdGhlIGpvdXJuZXkgaGFzIGVuZGVkLiAqL1xuICBjb25jdXJyZW50Sm91cm5leXM6IG51bWJlcjtcbiAgLyoqIENoYW5nZXMgb2YgZGVwYXJ0bWVudCBhbG9uZyBlYWNoIGpvdXJuZXkncyBldmVudHMgYWNyb3NzIGl0cyBjYXNlcywgc3VtbWVkIG92ZXIgdGhlIGpvdXJuZXlzLiAqL1xuICBoYW5kb2ZmczogbnVtYmVyO1xuICAvKiogRGlyZWN0IHJldHVybnMgQSBcdTIxOTIgQiBcdTIxOTIgQSBhbG9uZyB0aGUgam91cm5leXMsIHN1bW1lZC4gKi9cbiAgcGluZ1BvbmdzOiBudW1iZXI7XG4gIC8qKiBEZXBhcnRtZW50IHJlLWVudHJpZXMgYWxvbmcgdGhlIGpvdXJuZXlzLCBzdW1tZWQuICovXG4gIHJldmlzaXRzOiBudW1iZXI7XG4gIC8qKiBKb3VybmV5IGR1cmF0aW9uOiBtaW51dGVzIGZyb20gYSBqb3VybmV5J3MgZmlyc3QgZXZlbnQgdG8gaXRzIGxhc3QuICovXG4gIGpvdXJuZXlNaW51dGVzOiBNaW51dGVzU3VtbWFyeTtcbiAgLyoqIENhc2VzIHRoYXQgc3RhcnQgYXQgbW9zdCBgcmV0dXJuV2luZG93TWludXRlc2AgYWZ0ZXIgYW5vdGhlciBjYXNlIG9mIHRoZSBzYW1lIGN1c3RvbWVyIGVuZGVkLiAqL1xuICByZXR1cm5zOiBudW1iZXI7XG4gIC8qKiByZXR1cm5zIC8gY2FzZXMgd2l0aCBhIGN1c3RvbWVyICgwIHdoZW4gdGhlcmUgYXJlIG5vbmUpLiAqL1xuICByZXR1cm5TaGFyZTogbnVtYmVyO1xuICAvKiogQ2FzZXMgd2hvc2UgZXZlbnRzIG5hbWUgbW9yZSB0aGFuIG9uZSBjdXN0b21lcjsgZWFjaCBjb3VudHMgaW4gZXZlcnkgb25lJ3Mgam91cm5leS4gKi9cbiAgY2FzZXNXaXRoU2V2ZXJhbEN1c3RvbWVyczogbnVtYmVyO1xuICAvKiogRXZlbnRzIHRoYXQgbmFtZSBtb3JlIHRoYW4gb25lIGN1c3RvbWVyIChPQ0VMKTsgZWFjaCBjb3VudHMgaW4gZXZlcnkgb25lJ3Mgam91cm5leS4gKi9cbiAgZXZlbnRzV2l0aFNldmVyYWxDdXN0b21lcnM6IG51bWJlcjtcbiAgLyoqIENhc2VzIG5vIGV2ZW50IG9mIHdoaWNoIG5hbWVzIGEgY3VzdG9tZXI6IGluIG5vIGpvdXJuZXkuICovXG4gIGNhc2VzV2l0aG91dEN1c3RvbWVyOiBudW1iZXI7XG4gIHJldHVybldpbmRvd01pbnV0ZXM6IG51bWJlcjtcbiAgLyoqIG51bGw6IG5vIGN1dCwgb25lIGpvdXJuZXkgcGVyIGN1c3RvbWVyLiAqL1xuICBqb3VybmV5R2FwTWludXRlczogbnVtYmVyIHwgbnVsbDtcbn1cblxuY29uc3QgREVGQVVMVFMgPSB7IGpvdXJuZXlHYXA6IG51bGwgYXMgbnVtYmVyIHwgbnVsbCwgcmV0dXJuV2luZG93OiA3ICogMjQgKiA2MCB9O1xuXG5jb25zdCBNU19QRVJfTUlOVVRFID0gNjBfMDAwO1xuXG5mdW5jdGlvbiBtZWRpYW4oc29ydGVkOiBBcnJheUxpa2U8bnVtYmVyPik6IG51bWJlciB7XG4gIGNvbnN0IG4gPSBzb3J0ZWQubGVuZ3RoO1xuICBpZiAobiA9PT0gMCkgcmV0dXJuIDA7XG4gIHJldHVybiBuICUgMiA9PT0gMSA/IHNvcnRlZFtuID4+IDFdISA6IChzb3J0ZWRbKG4gPj4gMSkgLSAxXSEgKyBzb3J0ZWRbbiA+PiAxXSEpIC8gMjtcbn1cblxuLyoqXG4gKiBNZWFzdXJlcyB0aGUgY3VzdG9tZXIgam91cm5leXMgb2YgYSBsb2cgcmVhZCB3aXRoIGEgY3VzdG9tZXIgbWFwcGluZyAoYG51bGxgIHdpdGhvdXQgb25lKTpcbiAqIGVhY2ggam91cm5leSdzIGV2ZW50cyBhY3Jvc3MgaXRzIGNhc2VzIGFyZSBtZWFzdXJlZCB3aXRoIGB3YW5kZXJNZXRyaWNzYCwgdGhlIG9uZSBkZWZpbml0aW9uXG4gKiBvZiBoYW5kLW9mZnMsIHBpbmctcG9uZ3MgYW5kIHJldmlzaXRzOyByZXR1cm5zIGFyZSBjb3VudGVkIHBlciBjdXN0b21lciBhY3Jvc3MgYWxsIHRoZWlyXG4gKiBjYXNlcywgd2hhdGV2ZXIgdGhlIGpvdXJuZXkgZ2FwLlxuICpcbiAqIEBleGFtcGxlXG4gKiBjdXN0b21lclJlcG9ydChsb2csIHsgcmV0dXJuV2luZG93OiAxMDA4MCB9KT8ucmV0dXJuU2hhcmU7IC8vIDAuMzFcbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGN1c3RvbWVyUmVwb3J0KGxvZzogRXZlbnRMb2csIG9wdGlvbnM6IEN1c3RvbWVyUmVwb3J0T3B0aW9ucyA9IHt9KTogQ3VzdG9tZXJSZXBvcnQgfCBudWxsIHtcbiAgY29uc3Qgam91cm5leUdhcCA9IG9wdGlvbnMuam91cm5leUdhcCA/PyBERUZBVUxUUy5qb3VybmV5R2FwO1xuICBjb25zdCByZXR1cm5XaW5kb3cgPSBvcHRpb25zLnJldHVybldpbmRvdyA/PyBERUZBVUxUUy5yZXR1cm5XaW5kb3c7XG4gIGlmICghKHJldHVybldpbmRvdyA+PSAwKSB8fCAhTnVtYmVyLmlzRmluaXRlKHJldHVybldpbmRvdykpIHRocm93IG5ldyBSYW5nZUVycm9yKGByZXR1cm5XaW5kb3cgbXVzdCBiZSBhIGZpbml0ZSBudW1iZXIgb2YgbWludXRlcyBcdTIyNjUgMCwgbm90ICR7U3RyaW5nKHJldHVybldpbmRvdyl9YCk7XG4gIGNvbnN0IGpvdXJuZXlzID0gY3VzdG9tZXJKb3VybmV5cyhsb2csIHsgam91cm5leUdhcCB9KTtcbiAgaWYgKGpvdXJuZXlzID09PSBudWxsKSByZXR1cm4gbnVsbDtcbiAgY29uc3QgeyBjYXNlU3RhcnQsIGNhc2VzLCBldmVudFN0YXJ0LCBldmVudHMsIHJlbGF0aW9uIH0gPSBqb3VybmV5cztcbiAgY29uc3QgY291bnQgPSBqb3VybmV5cy5jdXN0b21lci5sZW5ndGg7XG4gIGNvbnN0IHsgZGVwYXJ0bWVudCwgYWN0aXZpdHksIHRpbWUgfSA9IGxvZztcbiAgY29uc3Qgc2l6ZXMgPSBuZXcgVWludDMyQXJyYXkoY291bnQpO1xuICBjb25zdCBtaW51dGVzID0gbmV3IEZsb2F0NjRBcnJheShjb3VudCk7XG4gIGxldCBoYW5kb2ZmcyA9IDA7XG4gIGxldCBwaW5nUG9uZ3MgPSAwO1xuICBsZXQgcmV2aXNpdHMgPSAwO1xuICBsZXQgY29uY3VycmVudCA9IDA7XG4gIGNvbnN0IGtub3duOiAobnVtYmVyIHwgbnVsbClbXSA9IFtdO1xuICBjb25zdCB2aXNpdGVkOiBudW1iZXJbXSA9IFtdO1xuICBmb3IgKGxldCBqID0gMDsgaiA8IGNvdW50OyBqKyspIHtcbiAgICBzaXplc1tqXSA9IGNhc2VTdGFydFtqICsgMV0hIC0gY2FzZVN0YXJ0W2pdITtcbiAgICBsZXQgZW5kID0gLUluZmluaXR5O1xuICAgIGxldCBvdmVybGFwcyA9IGZhbHNlO1xuICAgIGZvciAobGV0IHAgPSBjYXNlU3RhcnRbal0hOyBwIDwgY2FzZVN0YXJ0W2ogKyAxXSE7IHArKykge1xuICAgICAgY29uc3QgYyA9IGNhc2VzW3BdITtcbiAgICAgIGlmICh0aW1lW2xvZy5jYXNlU3RhcnRbY10hXSEgPCBlbmQpIG92ZXJsYXBzID0gdHJ1ZTtcbiAgICAgIGVuZCA9IE1hdGgubWF4KGVuZCwgdGltZVtsb2cuY2FzZVN0YXJ0W2MgKyAxXSEgLSAxXSEpO1xuICAgIH1cbiAgICBpZiAob3ZlcmxhcHMpIGNvbmN1cnJlbnQrKztcbiAgICBrbm93bi5sZW5ndGggPSAwO1xuICAgIHZpc2l0ZWQubGVuZ3RoID0gMDtcbiAgICBmb3IgKGxldCBlID0gZXZlbnRTdGFydFtqXSE7IGUgPCBldmVudFN0YXJ0W2ogKyAxXSE7IGUrKykge1xuICAgICAgY29uc3QgaSA9IGV2ZW50c1tlXSE7XG4gICAgICB2aXNpdGVkLnB1c2goYWN0aXZpdHlbaV0hKTtcbiAgICAgIGtub3duLnB1c2goZGVwYXJ0bWVudFtpXSA9PT0gTUlTU0lOR19ERVBBUlRNRU5UID8gbnVsbCA6IGRlcGFydG1lbnRbaV0hKTtcbiAgICB9XG4gICAgY29uc3QgbSA9IHdhbmRlck1ldHJpY3ModmlzaXRlZCwga25vd24pO1xuICAgIGhhbmRvZmZzICs9IG0uaGFuZG9mZnM7XG4gICAgcGluZ1BvbmdzICs9IG0ucGluZ1BvbmdzO1xuICAgIHJldmlzaXRzICs9IG0ucmV2aXNpdHM7XG4gICAgY29uc3QgZnJvbSA9IGV2ZW50U3RhcnRbal0hO1xuICAgIGNvbnN0IHRvID0gZXZlbnRTdGFydFtqICsgMV0hO1xuICAgIG1pbnV0ZXNbal0gPSB0byA+IGZyb20gPyAodGltZVtldmVudHNbdG8gLSAxXSFdISAtIHRpbWVbZXZlbnRzW2Zyb21dIV0hKSAvIE1TX1BFUl9NSU5VVEUgOiAwO1xuICB9XG4gIGNvbnN0IGlzUmV0dXJuID0gY2FzZVJldHVybnMobG9nLCByZWxhdGlvbiwgcmV0dXJuV2luZG93KTtcbiAgbGV0IHJldHVybnMgPSAwO1xuICBmb3IgKGNvbnN0IHIgb2YgaXNSZXR1cm4pIHJldHVybnMgKz0gcjtcbiAgY29uc3Qgd2l0aEN1c3RvbWVyID0gbG9nLmNhc2VzLmxlbmd0aCAtIHJlbGF0aW9uLmNhc2VzV2l0aG91dEN1c3RvbWVyO1xuICBzaXplcy5zb3J0KCk7XG4gIGxldCB0b3RhbCA9IDA7XG4gIGZvciAoY29uc3QgcyBvZiBzaXplcykgdG90YWwgKz0gcztcbiAgbGV0IGN1c3RvbWVycyA9IDA7XG4gIGZvciAobGV0IGsgPSAwOyBrICsgMSA8IHJlbGF0aW9uLmNhc2VPZi5sZW5ndGg7IGsrKykgaWYgKHJlbGF0aW9uLmNhc2VPZltrICsgMV0hID4gcmVsYXRpb24uY2FzZU9mW2tdISkgY3VzdG9tZXJzKys7XG4gIHJldHVybiB7XG4gICAgY3VzdG9tZXJzLFxuICAgIGNhc2VzOiB3aXRoQ3VzdG9tZXIsXG4gICAgam91cm5leXM6IGNvdW50LFxuICAgIGNhc2VzUGVySm91cm5leTogeyBtZWFuOiBjb3VudCA9PT0gMCA/IDAgOiB0b3RhbCAvIGNvdW50LCBtZWRpYW46IG1lZGlhbihzaXplcyksIG1heDogY291bnQgPT09IDAgPyAwIDogc2l6ZXNbY291bnQgLSAxXSEgfSxcbiAgICBjb25jdXJyZW50Sm91cm5leXM6IGNvbmN1cnJlbnQsXG4gICAgaGFuZG9mZnMsXG4gICAgcGluZ1BvbmdzLFxuICAgIHJldmlzaXRzLFxuICAgIGpvdXJuZXlNaW51dGVzOiBtaW51dGVzU3VtbWFyeShtaW51dGVzKSxcbiAgICByZXR1cm5zLFxuICAgIHJldHVyblNoYXJlOiB3aXRoQ3VzdG9tZXIgPT09IDAgPyAwIDogcmV0dXJucyAvIHdpdGhDdXN0b21lcixcbiAgICBjYXNlc1dpdGhTZXZlcmFsQ3VzdG9tZXJzOiByZWxhdGlvbi5jYXNlc1dpdGhTZXZlcmFsQ3VzdG9tZXJzLFxuICAgIGV2ZW50c1dpdGhTZXZlcmFsQ3VzdG9tZXJzOiByZWxhdGlvbi5ldmVudHNXaXRoU2V2ZXJhbEN1c3RvbWVycyxcbiAgICBjYXNlc1dpdGhvdXRDdXN0b21lcjogcmVsYXRpb24uY2FzZXNXaXRob3V0Q3VzdG9tZXIsXG4gICAgcmV0dXJuV2luZG93TWludXRlczogcmV0dXJuV2luZG93LFxuICAgIGpvdXJuZXlHYXBNaW51dGVzOiBqb3VybmV5R2FwLFxuICB9O1xufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay93dC9yZWFkZXIvc3JjL2xvZy1yZXBvcnRcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZmlsZW5hbWUgPSBcIi93b3JrL3d0L3JlYWRlci9zcmMvbG9nLXJlcG9ydC9sb2ctd29ya2luZy10aW1lLnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL3d0L3JlYWRlci9zcmMvbG9nLXJlcG9ydC9sb2ctd29ya2luZy10aW1lLnRzXCI7aW1wb3J0IHsgTUlTU0lOR19ERVBBUlRNRU5ULCB0eXBlIEV2ZW50TG9nIH0gZnJvbSBcIi4uL2xvZ3MvZXZlbnQtbG9nLmpzXCI7XG5pbXBvcnQgeyBtaW51dGVzU3VtbWFyeSwgdHlwZSBNaW51dGVzU3VtbWFyeSB9IGZyb20gXCIuL21pbnV0ZXMtc3VtbWFyeS5qc1wiO1xuaW1wb3J0IHR5cGUgeyBDYWxlbmRhciB9IGZyb20gXCIuLi93b3JraW5nLXRpbWUvY2FsZW5kYXIuanNcIjtcbmltcG9ydCB0eXBlIHsgV29ya2luZ0hvdXJzIH0gZnJvbSBcIi4uL3dvcmtpbmctdGltZS93b3JraW5nLWhvdXJzLmpzXCI7XG5cbi8qKlxuICogVGhlIHdvcmtpbmctdGltZSB0d2luIG9mIGEgbG9nIHJlcG9ydCdzIHdhaXRpbmcgZmlndXJlcyAoYExvZ1JlcG9ydC53b3JraW5nYCk6IHRoZSBzYW1lIHdhaXRzXG4gKiBtZWFzdXJlZCBvbiB0aGUgd29ya2luZyBjbG9jayBvZiB0aGUgZGVwYXJ0bWVudCB0aGUgY3VzdG9tZXIgd2FpdHMgZm9yLiBKU09OLXNlcmlhbGlzYWJsZS5cbiAqXG4gKiBAZXhhbXBsZVxuICogYW5hbHlzZUxvZyhsb2csIHsgY2FsZW5kYXIgfSkud29ya2luZztcbiAqIC8vIHsgd2FpdE1pbnV0ZXM6IDFfMjM0XzU2NywgbWVhblBlckNhc2U6IDg2MSwgZGF5TWludXRlczogNDgwLCB0aW1lem9uZTogXCJFdXJvcGUvQW1zdGVyZGFtXCIsXG4gKiAvLyAgIGRlcGFydG1lbnRDaGFuZ2VzOiB7IGNvdW50OiA0MjEyLCBtZWFuTWludXRlczogNTEyLCBtZWRpYW5NaW51dGVzOiAxMDEgfSwgZGVwYXJ0bWVudFN0YXlzOiB7IFx1MjAyNiB9IH1cbiAqL1xuZXhwb3J0IGludGVyZmFjZSBMb2dXb3JraW5nVGltZSB7XG4gIC8qKiBXb3JraW5nIG1pbnV0ZXMgb2YgZXZlcnkgd2FpdCBiZXR3ZWVuIGNvbnNlY3V0aXZlIGV2ZW50cyBvZiBhIGNhc2UsIHN1bW1lZCBvdmVyIHRoZSBjYXNlcy4gKi9cbiAgd2FpdE1pbnV0ZXM6IG51bWJlcjtcbiAgLyoqIGB3YWl0TWludXRlc2AgcGVyIGNhc2UgKDAgZm9yIGEgbG9nIHdpdGhvdXQgY2FzZXMpLiAqL1xuICBtZWFuUGVyQ2FzZTogbnVtYmVyO1xuICAvKiogV29ya2luZyBtaW51dGVzIG9mIHRoZSB3YWl0cyB3aGVuIHRoZSBkZXBhcnRtZW50IGNoYW5nZXM6IHRoZSBwYWlycyBvZiBgd2FpdGluZy5kZXBhcnRtZW50Q2hhbmdlc2AuICovXG4gIGRlcGFydG1lbnRDaGFuZ2VzOiBNaW51dGVzU3VtbWFyeTtcbiAgLyoqIFx1MjAyNiBhbmQgd2hlbiBpdCBzdGF5czogdGhlIHBhaXJzIG9mIGB3YWl0aW5nLmRlcGFydG1lbnRTdGF5c2AuICovXG4gIGRlcGFydG1lbnRTdGF5czogTWludXRlc1N1bW1hcnk7XG4gIC8qKiBUaGUgY2FsZW5kYXIncyB3b3JraW5nIGRheSBpbiBtaW51dGVzOiBcImEgd29ya2luZyBkYXlcIiBpbiBldmVyeSB0ZXh0IGlzIHRoaXMgbG9uZy4gKi9cbiAgZGF5TWludXRlczogbnVtYmVyO1xuICAvKiogVGhlIGNhbGVuZGFyJ3MgdGltZSB6b25lLiAqL1xuICB0aW1lem9uZTogc3RyaW5nO1xufVxuXG4vKipcbiAqIE1lYXN1cmVzIGV2ZXJ5IHdhaXQgb2YgYSBsb2cgb24gdGhlIHdvcmtpbmcgY2xvY2suIEEgd2FpdCBiZXR3ZWVuIHR3byBjb25zZWN1dGl2ZSBldmVudHMgb2YgYVxuICogY2FzZSBpcyB0aGUgcGFydCBvZiB0aGUgaW50ZXJ2YWwgaW5zaWRlIHRoZSB3b3JraW5nIHRpbWUgb2YgdGhlIGRlcGFydG1lbnQgd2FpdGVkIGZvcjogdGhlXG4gKiBsYXRlciBldmVudCdzIChERVNJR04gXHUwMEE3NCBhdHRyaWJ1dGVzIGEgd2FpdCB0byB0aGUgcXVldWUgaXQgbGVhZHMgaW50byksIGEgbWlzc2luZyBkZXBhcnRtZW50XG4gKiBpbmhlcml0ZWQgZnJvbSB0aGUgY2FzZSdzIHByZXZpb3VzIGtub3duIG9uZSAobGVhZGluZyBldmVudHM6IHRoZSBmaXJzdCBrbm93biBvbmU7IGEgY2FzZSB3aXRoXG4gKiBub25lIHVzZXMgdGhlIGNhbGVuZGFyJ3Mgb3duIGhvdXJzKS4gQW4gZW5kIGJlZm9yZSBpdHMgc3RhcnQgY291bnRzIDAuIFRoZSBjaGFuZ2UgYW5kIHN0YXlcbiAqIGZpZ3VyZXMgdXNlIGV4YWN0bHkgdGhlIHBhaXJzIG9mIHRoZSBsb2cgcmVwb3J0J3MgYHdhaXRpbmdgIGJsb2NrIChjb25zZWN1dGl2ZSBldmVudHMgd2l0aFxuICoga25vd24gZGVwYXJ0bWVudHMpLCBzbyBlYWNoIHN0YW5kcyBiZXNpZGUgaXRzIGNhbGVuZGFyIHR3aW4uIFRoZSBsb2cgaXMgbm90IGNoYW5nZWQuXG4gKlxuICogQGV4YW1wbGVcbiAqIC8vIG9uZSBjYXNlOiBkZXNrIEZyaSAxNTowMCBcdTIxOTIgbGFiIE1vbiAwOTowMCwgTW9uZGF5XHUyMDEzRnJpZGF5IDA4OjAwXHUyMDEzMTY6MDBcbiAqIGxvZ1dvcmtpbmdUaW1lKGxvZywgY2FsZW5kYXIpLndhaXRNaW51dGVzOyAvLyAxMjBcbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGxvZ1dvcmtpbmdUaW1lKGxvZzogRXZlbnRMb2csIGNhbGVuZGFyOiBDYWxlbmRhcik6IExvZ1dvcmtpbmdUaW1lIHtcbiAgY29uc3QgeyBjYXNlU3RhcnQsIGRlcGFydG1lbnQsIHRpbWUgfSA9IGxvZztcbiAgY29uc3Qgc3RhbmRhcmQgPSBjYWxlbmRhci5ob3VycyhudWxsKTtcbiAgY29uc3QgaG91cnM6IFdvcmtpbmdIb3Vyc1tdID0gbG9nLmRlcGFydG1lbnRzLm1hcCgobmFtZSkgPT4gY2FsZW5kYXIuaG91cnMobmFtZSkpO1xuICBjb25zdCBjaGFuZ2VzID0gbmV3IEZsb2F0NjRBcnJheShsb2cuZXZlbnRzKTtcbiAgY29uc3Qgc3RheXMgPSBuZXcgRmxvYXQ2NEFycmF5KGxvZy5ldmVudHMpO1xuICBsZXQgY2hhbmdlQ291bnQgPSAwO1xuICBsZXQgc3RheUNvdW50ID0gMDtcbiAgbGV0IHdhaXRNaW51dGVzID0gMDtcbiAgbGV0IGNhc2VzID0gMDtcbiAgZm9yIChsZXQgYyA9IDA7IGMgKyAxIDwgY2FzZVN0YXJ0Lmxlbmd0aDsgYysrKSB7XG4gICAgY29uc3QgZnJvbSA9IGNhc2VTdGFydFtjXSE7XG4gICAgY29uc3QgdG8gPSBjYXNlU3RhcnRbYyArIDFdITtcbiAgICBpZiAodG8gPiBmcm9tKSBjYXNlcysrO1xuICAgIC8vIHRoZSBkZXBhcnRtZW50IHdhaXRlZCBmb3IgYmVmb3JlIHRoZSBmaXJzdCBrbm93biBvbmU6IHRoZSBmaXJzdCBrbm93biBvbmVcbiAgICBsZXQgaW5oZXJpdGVkID0gc3RhbmRhcmQ7XG4gICAgZm9yIChsZXQgaSA9IGZyb207IGkgPCB0bzsgaSsrKSB7XG4gICAgICBpZiAoZGVwYXJ0bWVudFtpXSAhPT0gTUlTU0lOR19ERVBBUlRNRU5UKSB7XG4gICAgICAgIGluaGVyaXRlZCA9IGhvdXJzW2RlcGFydG1lbnRbaV0hXSE7XG4gICAgICAgIGJyZWFrO1xuICAgICAgfVxuICAgIH1cbiAgICBsZXQgcHJldmlvdXNLbm93biA9IC0xO1xuICAgIGZvciAobGV0IGkgPSBmcm9tOyBpIDwgdG87IGkrKykge1xuICAgICAgY29uc3QgZCA9IGRlcGFydG1lbnRbaV0hO1xuICAgICAgY29uc3Qgb3duID0gZCA9PT0gTUlTU0lOR19ERVBBUlRNRU5UID8gaW5oZXJpdGVkIDogaG91cnNbZF0hO1xuICAgICAgaW5oZXJpdGVkID0gb3duO1xuICAgICAgY29uc3QgZ2FwID0gaSA+IGZyb20gPyBvd24ubWludXRlc0JldHdlZW4odGltZVtpIC0gMV0hLCB0aW1lW2ldISkgOiAwO1xuICAgICAgd2FpdE1pbnV0ZXMgKz0gZ2FwO1xuICAgICAgaWYgKGQgPT09IE1JU1NJTkdfREVQQVJUTUVOVCkgY29udGludWU7XG4gICAgICBpZiAocHJldmlvdXNLbm93biA+PSAwKSB7XG4gICAgICAgIC8vIGFjcm9zcyBldmVudHMgd2l0aCBhIG1pc3NpbmcgZGVwYXJ0bWVudCB0aGUgcGFpciBzcGFucyBzZXZlcmFsIGdhcHM6IG1lYXN1cmUgaXQgd2hvbGVcbiAgICAgICAgY29uc3QgbWludXRlcyA9IHByZXZpb3VzS25vd24gPT09IGkgLSAxID8gZ2FwIDogb3duLm1pbnV0ZXNCZXR3ZWVuKHRpbWVbcHJldmlvdXNLbm93bl0hLCB0aW1lW2ldISk7XG4gICAgICAgIGlmIChkZXBhcnRtZW50W3ByZXZpb3VzS25vd25dID09PSBkKSBzdGF5c1tzdGF5Q291bnQrK10gPSBtaW51dGVzO1xuICAgICAgICBlbHNlIGNoYW5nZXNbY2hhbmdlQ291bnQrK10gPSBtaW51dGVzO1xuICAgICAgfVxuICAgICAgcHJldmlvdXNLbm93biA9IGk7XG4gICAgfVxuICB9XG4gIHJldHVybiB7XG4gICAgd2FpdE1pbnV0ZXMsXG4gICAgbWVhblBlckNhc2U6IGNhc2VzID4gMCA/IHdhaXRNaW51dGVzIC8gY2FzZXMgOiAwLFxuICAgIGRlcGFydG1lbnRDaGFuZ2VzOiBtaW51dGVzU3VtbWFyeShjaGFuZ2VzLCBjaGFuZ2VDb3VudCksXG4gICAgZGVwYXJ0bWVudFN0YXlzOiBtaW51dGVzU3VtbWFyeShzdGF5cywgc3RheUNvdW50KSxcbiAgICBkYXlNaW51dGVzOiBjYWxlbmRhci5kYXlNaW51dGVzLFxuICAgIHRpbWV6b25lOiBjYWxlbmRhci50aW1lem9uZSxcbiAgfTtcbn1cbiIsICJjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZGlybmFtZSA9IFwiL3dvcmsvd3QvcmVhZGVyL3NyYy9sb2ctcmVwb3J0XCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay93dC9yZWFkZXIvc3JjL2xvZy1yZXBvcnQvYW5hbHlzZS1sb2cudHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfaW1wb3J0X21ldGFfdXJsID0gXCJmaWxlOi8vL3dvcmsvd3QvcmVhZGVyL3NyYy9sb2ctcmVwb3J0L2FuYWx5c2UtbG9nLnRzXCI7aW1wb3J0IHR5cGUgeyBIYW5kb2ZmQ291bnQgfSBmcm9tIFwiLi4vYW5hbHlzaXMvcmVwb3J0LmpzXCI7XG5pbXBvcnQgeyB3YW5kZXJNZXRyaWNzIH0gZnJvbSBcIi4uL2FuYWx5c2lzL3dhbmRlci1tZXRyaWNzLmpzXCI7XG5pbXBvcnQgeyBhY3Rpdml0eUZsb3dzIH0gZnJvbSBcIi4vYWN0aXZpdHktZmxvd3MuanNcIjtcbmltcG9ydCB7IGNvdW50VmFyaWFudHMgfSBmcm9tIFwiLi9jb3VudC12YXJpYW50cy5qc1wiO1xuaW1wb3J0IHsgY3VzdG9tZXJSZXBvcnQsIHR5cGUgQ3VzdG9tZXJSZXBvcnRPcHRpb25zIH0gZnJvbSBcIi4vY3VzdG9tZXItcmVwb3J0LmpzXCI7XG5pbXBvcnQgeyBNSVNTSU5HX0RFUEFSVE1FTlQsIHR5cGUgRXZlbnRMb2cgfSBmcm9tIFwiLi4vbG9ncy9ldmVudC1sb2cuanNcIjtcbmltcG9ydCB0eXBlIHsgRGlyZWN0bHlGb2xsb3dzLCBMb2dSZXBvcnQsIFZhcmlhbnQgfSBmcm9tIFwiLi9sb2ctcmVwb3J0LmpzXCI7XG5pbXBvcnQgeyBtaW51dGVzU3VtbWFyeSB9IGZyb20gXCIuL21pbnV0ZXMtc3VtbWFyeS5qc1wiO1xuaW1wb3J0IHR5cGUgeyBDYWxlbmRhciB9IGZyb20gXCIuLi93b3JraW5nLXRpbWUvY2FsZW5kYXIuanNcIjtcbmltcG9ydCB7IGxvZ1dvcmtpbmdUaW1lIH0gZnJvbSBcIi4vbG9nLXdvcmtpbmctdGltZS5qc1wiO1xuXG4vKipcbiAqIE9wdGlvbnMgb2YgYGFuYWx5c2VMb2dgLlxuICpcbiAqIEBleGFtcGxlXG4gKiBhbmFseXNlTG9nKGxvZywgeyB0b3BWYXJpYW50czogNSB9KS52YXJpYW50cy5sZW5ndGg7IC8vIFx1MjI2NCA1XG4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgQW5hbHlzZUxvZ09wdGlvbnMgZXh0ZW5kcyBDdXN0b21lclJlcG9ydE9wdGlvbnMge1xuICAvKiogSG93IG1hbnkgdmFyaWFudHMgdG8gbGlzdC4gKi9cbiAgdG9wVmFyaWFudHM/OiBudW1iZXI7XG4gIC8qKiBNZWFzdXJlIHRoZSB3YWl0cyBvbiB0aGlzIGNhbGVuZGFyJ3Mgd29ya2luZyBjbG9jayB0b28gKGBMb2dSZXBvcnQud29ya2luZ2ApOyBzZWUgYHBhcnNlQ2FsZW5kYXJgLiAqL1xuICBjYWxlbmRhcj86IENhbGVuZGFyIHwgbnVsbDtcbn1cblxuY29uc3QgREVGQVVMVFMgPSB7IHRvcFZhcmlhbnRzOiAxMCwgY2FsZW5kYXI6IG51bGwgYXMgQ2FsZW5kYXIgfCBudWxsIH07XG5cbmNvbnN0IE1TX1BFUl9NSU5VVEUgPSA2MF8wMDA7XG5cbi8qKiBXYW5kZXIgdG90YWxzIG9mIGV2ZXJ5IGNhc2UsIGhhbmQtb2ZmcyBieSBwYWlyIGFuZCB0aGUgd2FpdHMgd2hlbiB0aGUgZGVwYXJ0bWVudCBjaGFuZ2VzIG9yIHN0YXlzLiAqL1xuZnVuY3Rpb24gbWVhc3VyZVdhbmRlcmluZyhsb2c6IEV2ZW50TG9nKSB7XG4gIGNvbnN0IHsgY2FzZVN0YXJ0LCBkZXBhcnRtZW50LCBhY3Rpdml0eSwgdGltZSwgZGVwYXJ0bWVudHMgfSA9IGxvZztcbiAgY29uc3QgdG90YWxzID0geyBoYW5kb2ZmczogMCwgcGluZ1BvbmdzOiAwLCByZXZpc2l0czogMCwgcmVwZWF0czogMCwgY2FzZXNXaXRoSGFuZG9mZjogMCwgY2FzZXNXaXRoUGluZ1Bvbmc6IDAsIGNhc2VzV2l0aFJldmlzaXQ6IDAgfTtcbiAgY29uc3QgcGFpcnMgPSBuZXcgTWFwPG51bWJlciwgSGFuZG9mZkNvdW50PigpO1xuICBjb25zdCBjaGFuZ2VzID0gbmV3IEZsb2F0NjRBcnJheShsb2cuZXZlbnRzKTtcbiAgY29uc3Qgc3RheXMgPSBuZXcgRmxvYXQ2NEFycmF5KGxvZy5ldmVudHMpO1xuICBsZXQgY2hhbmdlQ291bnQgPSAwO1xuICBsZXQgc3RheUNvdW50ID0gMDtcbiAgLy8gcGxhaW4gYXJyYXlzIHJldXNlZCBmcm9tIGNhc2UgdG8gY2FzZTogY2hlYXBlciBmb3Igd2FuZGVyTWV0cmljcyB0aGFuIHR5cGVkLWFycmF5IHZpZXdzXG4gIGNvbnN0IGtub3duOiAobnVtYmVyIHwgbnVsbClbXSA9IFtdO1xuICBjb25zdCB2aXNpdGVkOiBudW1iZXJbXSA9IFtdO1xuICBmb3IgKGxldCBjID0gMDsgYyArIDEgPCBjYXNlU3RhcnQubGVuZ3RoOyBjKyspIHtcbiAgICBjb25zdCBmcm9tID0gY2FzZVN0YXJ0W2NdITtcbiAgICBjb25zdCB0byA9IGNhc2VTdGFydFtjICsgMV0hO1xuICAgIGtub3duLmxlbmd0aCA9IDA7XG4gICAgdmlzaXRlZC5sZW5ndGggPSAwO1xuICAgIGxldCBwcmV2aW91cyA9IC0xO1xuICAgIGZvciAobGV0IGkgPSBmcm9tOyBpIDwgdG87IGkrKykge1xuICAgICAgdmlzaXRlZC5wdXNoKGFjdGl2aXR5W2ldISk7XG4gICAgICBjb25zdCBkID0gZGVwYXJ0bWVudFtpXSE7XG4gICAgICBpZiAoZCA9PT0gTUlTU0lOR19ERVBBUlRNRU5UKSB7XG4gICAgICAgIGtub3duLnB1c2gobnVsbCk7XG4gICAgICAgIGNvbnRpbnVlO1xuICAgICAgfVxuICAgICAga25vd24ucHVzaChkKTtcbiAgICAgIGlmIChwcmV2aW91cyA+PSAwKSB7XG4gICAgICAgIGNvbnN0IG1pbnV0ZXMgPSAodGltZVtpXSEgLSB0aW1lW3ByZXZpb3VzXSEpIC8gTVNfUEVSX01JTlVURTtcbiAgICAgICAgaWYgKGRlcGFydG1lbnRbcHJldmlvdXNdID09PSBkKSBzdGF5c1tzdGF5Q291bnQrK10gPSBtaW51dGVzO1xuICAgICAgICBlbHNlIGNoYW5nZXNbY2hhbmdlQ291bnQrK10gPSBtaW51dGVzO1xuICAgICAgfVxuICAgICAgcHJldmlvdXMgPSBpO1xuICAgIH1cbiAgICBjb25zdCBtID0gd2FuZGVyTWV0cmljcyh2aXNpdGVkLCBrbm93bik7XG4gICAgdG90YWxzLmhhbmRvZmZzICs9IG0uaGFuZG9mZnM7XG4gICAgdG90YWxzLnBpbmdQb25ncyArPSBtLnBpbmdQb25ncztcbiAgICB0b3RhbHMucmV2aXNpdHMgKz0gbS5yZXZpc2l0cztcbiAgICB0b3RhbHMucmVwZWF0cyArPSBtLnJlcGVhdHM7XG4gICAgaWYgKG0uaGFuZG9mZnMgPiAwKSB0b3RhbHMuY2FzZXNXaXRoSGFuZG9mZisrO1xuICAgIGlmIChtLnBpbmdQb25ncyA+IDApIHRvdGFscy5jYXNlc1dpdGhQaW5nUG9uZysrO1xuICAgIGlmIChtLnJldmlzaXRzID4gMCkgdG90YWxzLmNhc2VzV2l0aFJldmlzaXQrKztcbiAgICBmb3IgKGxldCBrID0gMDsgayArIDEgPCBtLmRlcGFydG1lbnRzLmxlbmd0aDsgaysrKSB7XG4gICAgICBjb25zdCBhID0gbS5kZXBhcnRtZW50c1trXSE7XG4gICAgICBjb25zdCBiID0gbS5kZXBhcnRtZW50c1trICsgMV0hO1xuICAgICAgY29uc3Qga2V5ID0gYSAqIGRlcGFydG1lbnRzLmxlbmd0aCArIGI7XG4gICAgICBjb25zdCBwYWlyID0gcGFpcnMuZ2V0KGtleSk7XG4gICAgICBpZiAocGFpcikgcGFpci5jb3VudCsrO1xuICAgICAgZWxzZSBwYWlycy5zZXQoa2V5LCB7IGZyb206IGRlcGFydG1lbnRzW2FdISwgdG86IGRlcGFydG1lbnRzW2JdISwgY291bnQ6IDEgfSk7XG4gICAgfVxuICB9XG4gIHJldHVybiB7XG4gICAgLi4udG90YWxzLFxuICAgIGhhbmRvZmZzQnlQYWlyOiBbLi4ucGFpcnMudmFsdWVzKCldLnNvcnQoKHAsIHEpID0+IHEuY291bnQgLSBwLmNvdW50KSxcbiAgICB3YWl0aW5nOiB7IGRlcGFydG1lbnRDaGFuZ2VzOiBtaW51dGVzU3VtbWFyeShjaGFuZ2VzLCBjaGFuZ2VDb3VudCksIGRlcGFydG1lbnRTdGF5czogbWludXRlc1N1bW1hcnkoc3RheXMsIHN0YXlDb3VudCkgfSxcbiAgfTtcbn1cblxuLyoqIFRoZSB0b3AgdmFyaWFudHMgYXMgYWN0aXZpdHkgbmFtZXMsIGFuZCBob3cgbWFueSBkaXN0aW5jdCBvbmVzIHRoZXJlIGFyZS4gKi9cbmZ1bmN0aW9uIG5hbWVkVmFyaWFudHMobG9nOiBFdmVudExvZywgdG9wOiBudW1iZXIpOiB7IHZhcmlhbnRzOiBWYXJpYW50W107IHZhcmlhbnRDb3VudDogbnVtYmVyIH0ge1xuICBjb25zdCB7IGNhc2VTdGFydCwgYWN0aXZpdHkgfSA9IGxvZztcbiAgY29uc3QgeyB2YXJpYW50cywgdmFyaWFudENvdW50IH0gPSBjb3VudFZhcmlhbnRzKGxvZywgdG9wKTtcbiAgcmV0dXJuIHtcbiAgICB2YXJpYW50czogdmFyaWFudHMubWFwKCh7IGZpcnN0Q2FzZSwgY291bnQgfSkgPT4gKHtcbiAgICAgIGFjdGl2aXRpZXM6IEFycmF5LmZyb20oYWN0aXZpdHkuc3ViYXJyYXkoY2FzZVN0YXJ0W2ZpcnN0Q2FzZV0hLCBjYXNlU3RhcnRbZmlyc3RDYXNlICsgMV0hKSwgKGEpID0+IGxvZy5hY3Rpdml0aWVzW2FdISksXG4gICAgICBjb3VudCxcbiAgICB9KSksXG4gICAgdmFyaWFudENvdW50LFxuICB9O1xufVxuXG5mdW5jdGlvbiBjYXNlRHVyYXRpb25zKGxvZzogRXZlbnRMb2cpOiBGbG9hdDY0QXJyYXkge1xuICBjb25zdCB7IGNhc2VTdGFydCwgdGltZSB9ID0gbG9nO1xuICBjb25zdCBtaW51dGVzID0gbmV3IEZsb2F0NjRBcnJheShsb2cuY2FzZXMubGVuZ3RoKTtcbiAgZm9yIChsZXQgYyA9IDA7IGMgPCBtaW51dGVzLmxlbmd0aDsgYysrKSB7XG4gICAgY29uc3QgZnJvbSA9IGNhc2VTdGFydFtjXSE7XG4gICAgY29uc3QgdG8gPSBjYXNlU3RhcnRbYyArIDFdITtcbiAgICBtaW51dGVzW2NdID0gdG8gPiBmcm9tID8gKHRpbWVbdG8gLSAxXSEgLSB0aW1lW2Zyb21dISkgLyBNU19QRVJfTUlOVVRFIDogMDtcbiAgfVxuICByZXR1cm4gbWludXRlcztcbn1cblxuZnVuY3Rpb24gZGlyZWN0bHlGb2xsb3dzKGxvZzogRXZlbnRMb2cpOiBEaXJlY3RseUZvbGxvd3NbXSB7XG4gIHJldHVybiBhY3Rpdml0eUZsb3dzKGxvZylcbiAgICAucGFpcnMubWFwKChwKSA9PiAoeyBmcm9tOiBsb2cuYWN0aXZpdGllc1twLmZyb21dISwgdG86IGxvZy5hY3Rpdml0aWVzW3AudG9dISwgY291bnQ6IHAuY291bnQsIG1lYW5NaW51dGVzOiBwLnRvdGFsTWludXRlcyAvIHAuY291bnQgfSkpXG4gICAgLnNvcnQoKGEsIGIpID0+IGIuY291bnQgLSBhLmNvdW50KTtcbn1cblxuLyoqXG4gKiBNZWFzdXJlcyBob3cgdGhlIGN1c3RvbWVycyBvZiBhbiBldmVudCBsb2cgd2FuZGVyOiBldmVyeSBjYXNlIGdldHMgdGhlIGpvdXJuZXlcbiAqIG1ldHJpY3MgZnJvbSBgd2FuZGVyTWV0cmljc2Agb24gaXRzIGRlcGFydG1lbnQgc2VxdWVuY2UgKG1pc3NpbmcgZGVwYXJ0bWVudHNcbiAqIGxlZnQgb3V0KSwgc3VtbWVkIGludG8gdG90YWxzOyBwbHVzIGhhbmQtb2ZmcyBieSBwYWlyLCBkaXJlY3RseS1mb2xsb3dzIHBhaXJzIHdpdGggdGhlIG1lYW5cbiAqIG1pbnV0ZXMgYmV0d2VlbiB0aGVtLCB0aGUgdG9wIHZhcmlhbnRzLCBjYXNlIGR1cmF0aW9ucywgYW5kIHRoZSB3YWl0aW5nIHdoZW4gdGhlIGRlcGFydG1lbnRcbiAqIGNoYW5nZXMgdmVyc3VzIHdoZW4gaXQgc3RheXMuIFRoZSBsb2cgaXMgbm90IGNoYW5nZWQuXG4gKlxuICogQGV4YW1wbGVcbiAqIC8vIHR3byBjYXNlczogZGVzayBcdTIxOTIgbGFiIFx1MjE5MiBkZXNrIChtaW51dGVzIDAsIDEwLCAxMSkgYW5kIGRlc2sgXHUyMTkyIGRlc2sgKDAsIDUpXG4gKiBjb25zdCByZXBvcnQgPSBhbmFseXNlTG9nKGxvZyk7XG4gKiByZXBvcnQuaGFuZG9mZnM7IC8vIDJcbiAqIHJlcG9ydC5waW5nUG9uZ3M7IC8vIDFcbiAqIHJlcG9ydC5jYXNlc1dpdGhQaW5nUG9uZzsgLy8gMVxuICogcmVwb3J0LndhaXRpbmcuZGVwYXJ0bWVudENoYW5nZXM7IC8vIHsgY291bnQ6IDIsIG1lYW5NaW51dGVzOiA1LjUsIG1lZGlhbk1pbnV0ZXM6IDUuNSB9XG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBhbmFseXNlTG9nKGxvZzogRXZlbnRMb2csIG9wdGlvbnM6IEFuYWx5c2VMb2dPcHRpb25zID0ge30pOiBMb2dSZXBvcnQge1xuICBjb25zdCB0b3BWYXJpYW50cyA9IG9wdGlvbnMudG9wVmFyaWFudHMgPz8gREVGQVVMVFMudG9wVmFyaWFudHM7XG4gIGNvbnN0IGNhbGVuZGFyID0gb3B0aW9ucy5jYWxlbmRhciA/PyBERUZBVUxUUy5jYWxlbmRhcjtcbiAgY29uc3QgY3VzdG9tZXJzID0gY3VzdG9tZXJSZXBvcnQobG9nLCBvcHRpb25zKTtcbiAgY29uc3QgeyB3YWl0aW5nLCBoYW5kb2Zmc0J5UGFpciwgLi4ud2FuZGVyIH0gPSBtZWFzdXJlV2FuZGVyaW5nKGxvZyk7XG4gIGNvbnN0IHsgdmFyaWFudHMsIHZhcmlhbnRDb3VudCB9ID0gbmFtZWRWYXJpYW50cyhsb2csIHRvcFZhcmlhbnRzKTtcbiAgcmV0dXJuIHtcbiAgICBjYXNlczogbG9nLmNhc2VzLmxlbmd0aCxcbiAgICBldmVudHM6IGxvZy5ldmVudHMsXG4gICAgYWN0aXZpdGllczogbG9nLmFjdGl2aXRpZXMubGVuZ3RoLFxuICAgIGRlcGFydG1lbnRzOiBsb2cuZGVwYXJ0bWVudHMubGVuZ3RoLFxuICAgIC4uLndhbmRlcixcbiAgICBoYW5kb2Zmc0J5UGFpcixcbiAgICBkaXJlY3RseUZvbGxvd3M6IGRpcmVjdGx5Rm9sbG93cyhsb2cpLFxuICAgIHZhcmlhbnRzLFxuICAgIHZhcmlhbnRDb3VudCxcbiAgICBjYXNlTWludXRlczogbWludXRlc1N1bW1hcnkoY2FzZUR1cmF0aW9ucyhsb2cpKSxcbiAgICB3YWl0aW5nLFxuICAgIC4uLihjYWxlbmRhciAmJiB7IHdvcmtpbmc6IGxvZ1dvcmtpbmdUaW1lKGxvZywgY2FsZW5kYXIpIH0pLFxuICAgIHNraXBwZWRSb3dzOiBsb2cuc2tpcHBlZCxcbiAgICAuLi4oY3VzdG9tZXJzICE9PSBudWxsICYmIHsgY3VzdG9tZXJzIH0pLFxuICB9O1xufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay93dC9yZWFkZXIvc3JjL2xvZy1yZXBvcnRcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZmlsZW5hbWUgPSBcIi93b3JrL3d0L3JlYWRlci9zcmMvbG9nLXJlcG9ydC9qb3VybmV5LWxvZy50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay93dC9yZWFkZXIvc3JjL2xvZy1yZXBvcnQvam91cm5leS1sb2cudHNcIjtpbXBvcnQgdHlwZSB7IEV2ZW50TG9nIH0gZnJvbSBcIi4uL2xvZ3MvZXZlbnQtbG9nLmpzXCI7XG5pbXBvcnQgeyBjdXN0b21lckpvdXJuZXlzLCB0eXBlIEN1c3RvbWVySm91cm5leXNPcHRpb25zIH0gZnJvbSBcIi4vY3VzdG9tZXItam91cm5leXMuanNcIjtcblxuLyoqXG4gKiBUaGUgbG9nIHNlZW4gd2l0aCB0aGUgY3VzdG9tZXIgam91cm5leSBhcyB0aGUgdW5pdDogb25lIGNhc2UgcGVyIGpvdXJuZXkgKG5hbWVkIGFmdGVyIGl0c1xuICogY3VzdG9tZXIsIGAjMmAsIGAjM2BcdTIwMjYgZm9yIGEgY3VzdG9tZXIncyBsYXRlciBqb3VybmV5cyksIGhvbGRpbmcgdGhlIGV2ZW50cyBvZiB0aGUgam91cm5leSdzXG4gKiBjYXNlcyBpbiBqb3VybmV5IG9yZGVyLiBNaW5pbmcgaXQgKGB1bml0OiBcImN1c3RvbWVyXCJgLCBgLS11bml0IGN1c3RvbWVyYCkgZ2l2ZXMgYSBtb2RlbCB3aG9zZVxuICogZmlkZWxpdHkgaG9sZHMgcGVyIGpvdXJuZXk7IGBhbmFseXNlTG9nYCBvbiBpdCBtZWFzdXJlcyB0aGUgam91cm5leXMgYXMgaXQgbWVhc3VyZXMgY2FzZXMuXG4gKiBgbnVsbGAgZm9yIGEgbG9nIHJlYWQgd2l0aG91dCBhIGN1c3RvbWVyIG1hcHBpbmcuIFRoZSBsb2cgaXMgbm90IGNoYW5nZWQuXG4gKlxuICogQGV4YW1wbGVcbiAqIGNvbnN0IGpvdXJuZXlzID0gam91cm5leUxvZyhsb2csIHsgam91cm5leUdhcDogNDMyMDAgfSkhO1xuICogam91cm5leXMuY2FzZXM7IC8vIFtcIlZhbHVlIDFcIiwgXCJWYWx1ZSAxICMyXCIsIFwiVmFsdWUgMlwiLCBcdTIwMjZdXG4gKiBtaW5lU2VydmljZShqb3VybmV5cyk7IC8vIHRoZSBtb2RlbCBvZiB0aGUgY3VzdG9tZXJzJyB0cmlwcyBhY3Jvc3MgdGhlaXIgY2FzZXNcbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGpvdXJuZXlMb2cobG9nOiBFdmVudExvZywgb3B0aW9uczogQ3VzdG9tZXJKb3VybmV5c09wdGlvbnMgPSB7fSk6IEV2ZW50TG9nIHwgbnVsbCB7XG4gIGNvbnN0IGpvdXJuZXlzID0gY3VzdG9tZXJKb3VybmV5cyhsb2csIG9wdGlvbnMpO1xuICBpZiAoam91cm5leXMgPT09IG51bGwpIHJldHVybiBudWxsO1xuICBjb25zdCB7IGV2ZW50cywgZXZlbnRTdGFydCB9ID0gam91cm5leXM7XG4gIGNvbnN0IG4gPSBldmVudHMubGVuZ3RoO1xuICBjb25zdCBwaWNrID0gPFQgZXh0ZW5kcyBVaW50MzJBcnJheSB8IEZsb2F0NjRBcnJheT4oY29sdW1uOiBULCBtYWtlOiAobjogbnVtYmVyKSA9PiBUKTogVCA9PiB7XG4gICAgY29uc3Qgb3V0ID0gbWFrZShuKTtcbiAgICBmb3IgKGxldCBlID0gMDsgZSA8IG47IGUrKykgb3V0W2VdID0gY29sdW1uW2V2ZW50c1tlXSFdITtcbiAgICByZXR1cm4gb3V0O1xuICB9O1xuICAvLyBOYW1lcyBudW1iZXJlZCBieSBmaXJzdCBhcHBlYXJhbmNlLCBhcyBhIGxvZyByZWFkIGZyb20gYSBmaWxlIGhvbGRpbmcgdGhlIGpvdXJuZXlzIG9uZSBhZnRlclxuICAvLyB0aGUgb3RoZXIsIGVhY2ggam91cm5leSdzIGNhc2VzIGluIGxvZyBvcmRlciwgd291bGQgbnVtYmVyIHRoZW0gKHRoZSBTUUwgcm91dGUgbnVtYmVycyB0aGVtIHNvKS5cbiAgY29uc3QgcmVudW1iZXIgPSAoY29sdW1uOiBVaW50MzJBcnJheSwgbmFtZXM6IHJlYWRvbmx5IHN0cmluZ1tdKSA9PiB7XG4gICAgY29uc3QgaW5kZXggPSBuZXcgSW50MzJBcnJheShuYW1lcy5sZW5ndGgpLmZpbGwoLTEpO1xuICAgIGNvbnN0IG9yZGVyOiBzdHJpbmdbXSA9IFtdO1xuICAgIGZvciAobGV0IGogPSAwOyBqICsgMSA8IGpvdXJuZXlzLmNhc2VTdGFydC5sZW5ndGg7IGorKykge1xuICAgICAgLy8gdGhlIGpvdXJuZXkncyBjYXNlcyBpbiB0aGUgb3JkZXIgdGhleSBhcHBlYXIgaW4gdGhlIGxvZywgYXMgaXRzIGV2ZW50cycgdGllcyBhcmUgYnJva2VuXG4gICAgICBjb25zdCBjYXNlcyA9IEFycmF5LmZyb20oam91cm5leXMuY2FzZXMuc3ViYXJyYXkoam91cm5leXMuY2FzZVN0YXJ0W2pdISwgam91cm5leXMuY2FzZVN0YXJ0W2ogKyAxXSEpKS5zb3J0KChhLCBiKSA9PiBhIC0gYik7XG4gICAgICBmb3IgKGNvbnN0IGMgb2YgY2FzZXMpIHtcbiAgICAgICAgZm9yIChsZXQgaSA9IGxvZy5jYXNlU3RhcnRbY10hOyBpIDwgbG9nLmNhc2VTdGFydFtjICsgMV0hOyBpKyspIHtcbiAgICAgICAgICBjb25zdCB2ID0gY29sdW1uW2ldITtcbiAgICAgICAgICBpZiAodiA8IG5hbWVzLmxlbmd0aCAmJiBpbmRleFt2XSA9PT0gLTEpIGluZGV4W3ZdID0gb3JkZXIucHVzaChuYW1lc1t2XSEpIC0gMTtcbiAgICAgICAgfVxuICAgICAgfVxuICAgIH1cbiAgICBjb25zdCBvdXQgPSBuZXcgVWludDMyQXJyYXkobik7XG4gICAgZm9yIChsZXQgZSA9IDA7IGUgPCBuOyBlKyspIHtcbiAgICAgIGNvbnN0IHYgPSBjb2x1bW5bZXZlbnRzW2VdIV0hO1xuICAgICAgb3V0W2VdID0gdiA8IG5hbWVzLmxlbmd0aCA/IGluZGV4W3ZdISA6IHY7IC8vIE1JU1NJTkdfREVQQVJUTUVOVCBzdGF5cyBpdHNlbGZcbiAgICB9XG4gICAgcmV0dXJuIHsgb3V0LCBvcmRlciB9O1xuICB9O1xuICBjb25zdCBhY3Rpdml0eSA9IHJlbnVtYmVyKGxvZy5hY3Rpdml0eSwgbG9nLmFjdGl2aXRpZXMpO1xuICBjb25zdCBkZXBhcnRtZW50ID0gcmVudW1iZXIobG9nLmRlcGFydG1lbnQsIGxvZy5kZXBhcnRtZW50cyk7XG4gIGNvbnN0IG5hbWVzOiBzdHJpbmdbXSA9IFtdO1xuICBjb25zdCBjdXN0b21lck9mSm91cm5leSA9IGpvdXJuZXlzLmN1c3RvbWVyO1xuICBsZXQgbnRoID0gMDtcbiAgZm9yIChsZXQgaiA9IDA7IGogPCBjdXN0b21lck9mSm91cm5leS5sZW5ndGg7IGorKykge1xuICAgIGNvbnN0IGsgPSBjdXN0b21lck9mSm91cm5leVtqXSE7XG4gICAgbnRoID0gaiA+IDAgJiYgY3VzdG9tZXJPZkpvdXJuZXlbaiAtIDFdID09PSBrID8gbnRoICsgMSA6IDE7XG4gICAgbmFtZXMucHVzaChudGggPT09IDEgPyBsb2cuY3VzdG9tZXJzIVtrXSEgOiBgJHtsb2cuY3VzdG9tZXJzIVtrXSF9ICMke250aH1gKTtcbiAgfVxuICBjb25zdCBjdXN0b21lciA9IG5ldyBVaW50MzJBcnJheShuKTtcbiAgZm9yIChsZXQgaiA9IDA7IGogPCBjdXN0b21lck9mSm91cm5leS5sZW5ndGg7IGorKykgY3VzdG9tZXIuZmlsbChjdXN0b21lck9mSm91cm5leVtqXSEsIGV2ZW50U3RhcnRbal0hLCBldmVudFN0YXJ0W2ogKyAxXSEpO1xuICByZXR1cm4ge1xuICAgIGZvcm1hdDogbG9nLmZvcm1hdCxcbiAgICBldmVudHM6IG4sXG4gICAgY2FzZXM6IG5hbWVzLFxuICAgIGFjdGl2aXRpZXM6IGFjdGl2aXR5Lm9yZGVyLFxuICAgIGRlcGFydG1lbnRzOiBkZXBhcnRtZW50Lm9yZGVyLFxuICAgIGNhc2VTdGFydDogZXZlbnRTdGFydCxcbiAgICBhY3Rpdml0eTogYWN0aXZpdHkub3V0LFxuICAgIGRlcGFydG1lbnQ6IGRlcGFydG1lbnQub3V0LFxuICAgIHRpbWU6IHBpY2sobG9nLnRpbWUsIChtKSA9PiBuZXcgRmxvYXQ2NEFycmF5KG0pKSxcbiAgICBzdGFydDogbG9nLnN0YXJ0ID8gcGljayhsb2cuc3RhcnQsIChtKSA9PiBuZXcgRmxvYXQ2NEFycmF5KG0pKSA6IG51bGwsXG4gICAgc2tpcHBlZDogbG9nLnNraXBwZWQsXG4gICAgc2tpcHBlZFByb2JsZW1zOiBsb2cuc2tpcHBlZFByb2JsZW1zLFxuICAgIGN1c3RvbWVyczogbG9nLmN1c3RvbWVycyEsXG4gICAgY3VzdG9tZXIsXG4gICAgbW9yZUN1c3RvbWVyczogbnVsbCxcbiAgfTtcbn1cbiIsICJjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZGlybmFtZSA9IFwiL3dvcmsvd3QvcmVhZGVyL3NyYy9taW5pbmdcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZmlsZW5hbWUgPSBcIi93b3JrL3d0L3JlYWRlci9zcmMvbWluaW5nL21pbmluZy11bml0LWxvZy50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay93dC9yZWFkZXIvc3JjL21pbmluZy9taW5pbmctdW5pdC1sb2cudHNcIjtpbXBvcnQgeyBqb3VybmV5TG9nIH0gZnJvbSBcIi4uL2xvZy1yZXBvcnQvam91cm5leS1sb2cuanNcIjtcbmltcG9ydCB0eXBlIHsgRXZlbnRMb2cgfSBmcm9tIFwiLi4vbG9ncy9ldmVudC1sb2cuanNcIjtcblxuLyoqXG4gKiBXaGF0IGEgbWluZWQgbW9kZWwgZm9sbG93czogdGhlIGNhc2UgKGRlZmF1bHQpLCBvciB0aGUgY3VzdG9tZXIgam91cm5leSBhY3Jvc3MgY2FzZXMuXG4gKlxuICogQGV4YW1wbGVcbiAqIG1pbmVTZXJ2aWNlKGxvZywgeyB1bml0OiBcImN1c3RvbWVyXCIsIGpvdXJuZXlHYXA6IDMwICogMjQgKiA2MCB9KTtcbiAqL1xuZXhwb3J0IGludGVyZmFjZSBNaW5pbmdVbml0T3B0aW9ucyB7XG4gIC8qKiBgY2FzZWA6IG9uZSBqb3VybmV5IHBlciBjYXNlOyBgY3VzdG9tZXJgOiBvbmUgcGVyIGN1c3RvbWVyIGpvdXJuZXkgKHRoZSBsb2cgbmVlZHMgYSBjdXN0b21lciBtYXBwaW5nKS4gKi9cbiAgdW5pdD86IFwiY2FzZVwiIHwgXCJjdXN0b21lclwiO1xuICAvKiogV2l0aCBgdW5pdDogXCJjdXN0b21lclwiYDogbWludXRlcyBhd2F5IGFmdGVyIHdoaWNoIGEgY3VzdG9tZXIncyBuZXh0IGNhc2UgYmVnaW5zIGEgbmV3IGpvdXJuZXkgKGRlZmF1bHQ6IG5vIGN1dCkuICovXG4gIGpvdXJuZXlHYXA/OiBudW1iZXIgfCBudWxsO1xufVxuXG4vKipcbiAqIFRoZSBsb2cgd2hvc2UgY2FzZXMgYSBtb2RlbCBpcyBtaW5lZCBmcm9tOiB0aGUgbG9nIGl0c2VsZiwgb3Igd2l0aCBgdW5pdDogXCJjdXN0b21lclwiYCBpdHNcbiAqIGpvdXJuZXkgbG9nIChgam91cm5leUxvZ2ApLCB3aG9zZSBjYXNlcyBhcmUgdGhlIGN1c3RvbWVyIGpvdXJuZXlzIFx1MjAxNCBzbyB0aGUgbW9kZWwncyBmaWRlbGl0eVxuICogaG9sZHMgcGVyIGpvdXJuZXkuXG4gKlxuICogQGV4YW1wbGVcbiAqIG1pbmluZ1VuaXRMb2cobG9nLCB7IHVuaXQ6IFwiY3VzdG9tZXJcIiB9KS5jYXNlczsgLy8gW1wiVmFsdWUgMVwiLCBcIlZhbHVlIDJcIiwgXHUyMDI2XVxuICovXG5leHBvcnQgZnVuY3Rpb24gbWluaW5nVW5pdExvZyhsb2c6IEV2ZW50TG9nLCBvcHRpb25zOiBNaW5pbmdVbml0T3B0aW9ucyA9IHt9KTogRXZlbnRMb2cge1xuICBjb25zdCB1bml0ID0gb3B0aW9ucy51bml0ID8/IFwiY2FzZVwiO1xuICBpZiAodW5pdCA9PT0gXCJjYXNlXCIpIHJldHVybiBsb2c7XG4gIGlmICh1bml0ICE9PSBcImN1c3RvbWVyXCIpIHRocm93IG5ldyBSYW5nZUVycm9yKGBpbnZhbGlkIHVuaXQgJHtKU09OLnN0cmluZ2lmeSh1bml0KX06IHVzZSBcImNhc2VcIiBvciBcImN1c3RvbWVyXCJgKTtcbiAgY29uc3Qgam91cm5leXMgPSBqb3VybmV5TG9nKGxvZywgeyBqb3VybmV5R2FwOiBvcHRpb25zLmpvdXJuZXlHYXAgPz8gbnVsbCB9KTtcbiAgaWYgKGpvdXJuZXlzID09PSBudWxsKSB0aHJvdyBuZXcgUmFuZ2VFcnJvcigndW5pdCBcImN1c3RvbWVyXCIgbmVlZHMgYSBsb2cgcmVhZCB3aXRoIGEgY3VzdG9tZXIgbWFwcGluZyAoY3VzdG9tZXIsIC0tY3VzdG9tZXI7IG9yIGFuIE9DRUwgbG9nKScpO1xuICByZXR1cm4gam91cm5leXM7XG59XG4iLCAiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL3d0L3JlYWRlci9zcmMvbWluaW5nXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay93dC9yZWFkZXIvc3JjL21pbmluZy9zZXJ2aWNlLWZyb20tY291bnRzLnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL3d0L3JlYWRlci9zcmMvbWluaW5nL3NlcnZpY2UtZnJvbS1jb3VudHMudHNcIjtpbXBvcnQgeyBDTEFTU0lGSUVEX0ZBQ1RTIH0gZnJvbSBcIi4uL21vZGVsL3NjaGVtYS5qc1wiO1xuaW1wb3J0IHR5cGUgeyBEZXBhcnRtZW50LCBNaW5lZFJlY29yZCwgU2VydmljZSwgVG91Y2hwb2ludCwgVHJhbnNpdGlvbiB9IGZyb20gXCIuLi9tb2RlbC90eXBlcy5qc1wiO1xuaW1wb3J0IHR5cGUgeyBDbGFzc2lmaWNhdGlvbiwgQ2xhc3NpZmllZEFjdGl2aXR5IH0gZnJvbSBcIi4vY2xhc3NpZmljYXRpb24uanNcIjtcbmltcG9ydCB7IGNhbm9uaWNhbCB9IGZyb20gXCIuL2NvdW50LW1pbmluZy5qc1wiO1xuaW1wb3J0IHR5cGUgeyBNaW5pbmdDb3VudHMsIE1pbmluZ1N0YXRlIH0gZnJvbSBcIi4vbWluaW5nLWNvdW50cy5qc1wiO1xuXG4vKipcbiAqIE9wdGlvbnMgb2YgYHNlcnZpY2VGcm9tQ291bnRzYCAoYW5kIG9mIGBtaW5lU2VydmljZWApLlxuICpcbiAqIEBleGFtcGxlXG4gKiBzZXJ2aWNlRnJvbUNvdW50cyhjb3VudHMsIHsgaWQ6IFwicmVjZWlwdFwiLCBuYW1lOiBcIlJlY2VpcHQgcGhhc2VcIiwgY2xhc3NpZmljYXRpb24gfSk7XG4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgU2VydmljZUZyb21Db3VudHNPcHRpb25zIHtcbiAgLyoqIFRoZSBtaW5lZCBzZXJ2aWNlJ3MgaWQuICovXG4gIGlkPzogc3RyaW5nO1xuICBuYW1lPzogc3RyaW5nO1xuICAvKiogVGhlIGRlcGFydG1lbnQgb2YgZXZlbnRzIHdpdGggbm8ga25vd24gZGVwYXJ0bWVudCAobWFkZSB1bmlxdWUgaWYgYSByZWFsIGRlcGFydG1lbnQgaGFzIHRoaXMgbmFtZSkuICovXG4gIHVua25vd25EZXBhcnRtZW50Pzogc3RyaW5nO1xuICAvKiogU3RlcCB0eXBlLCB3YXN0ZSBjYXRlZ29yeSwgbWludXRlcywgZmFpbHVyZSBkZW1hbmQgYW5kIG91dGNvbWUgcGVyIGFjdGl2aXR5LiAqL1xuICBjbGFzc2lmaWNhdGlvbj86IENsYXNzaWZpY2F0aW9uO1xuICAvKiogV2hhdCB0aGUgc2VydmljZSBjYWxscyBpdHMgY3VzdG9tZXIsIHNpbmd1bGFyIChcInBhdGllbnRcIik6IHRoZSBtb2RlbCdzIGBub3VuYC4gKi9cbiAgbm91bj86IHN0cmluZztcbn1cblxuY29uc3QgREVGQVVMVFMgPSB7IGlkOiBcIm1pbmVkLXNlcnZpY2VcIiwgdW5rbm93bkRlcGFydG1lbnQ6IFwidW5rbm93blwiIH07XG5cbi8qKiBgYmFzZWAsIG9yIGBiYXNlICgyKWAsIGBiYXNlICgzKWAsIFx1MjAyNiB3aGljaGV2ZXIgaXMgbm90IHRha2VuIHlldDsgbWFya3MgaXQgdGFrZW4uICovXG5mdW5jdGlvbiB1bmlxdWVJZChiYXNlOiBzdHJpbmcsIHRha2VuOiBTZXQ8c3RyaW5nPik6IHN0cmluZyB7XG4gIGxldCBpZCA9IGJhc2U7XG4gIGZvciAobGV0IGsgPSAyOyB0YWtlbi5oYXMoaWQpOyBrKyspIGlkID0gYCR7YmFzZX0gKCR7a30pYDtcbiAgdGFrZW4uYWRkKGlkKTtcbiAgcmV0dXJuIGlkO1xufVxuXG4vKipcbiAqIEJ1aWxkcyB0aGUgbWluZWQgYFNlcnZpY2VgIGZyb20gYE1pbmluZ0NvdW50c2AsIGEgcHVyZSBmdW5jdGlvbiBvZiB0aGUgY291bnRzIGFuZFxuICogdGhlIG9wdGlvbnMuIEl0cyBydWxlcywgaW4gdGhlIG9yZGVyIHRoZXkgYXJlIGFwcGxpZWQ6XG4gKlxuICogLSAqKkRlcGFydG1lbnRzKio6IHRoZSBrbm93biBkZXBhcnRtZW50cyBpbiB0aGUgY291bnRzJyBvcmRlciwgdGhvc2UgdXNlZDsgdGhlbiB0aGUgdW5rbm93blxuICogICBkZXBhcnRtZW50IChpZCBgdW5rbm93bkRlcGFydG1lbnRgLCBzdWZmaXhlZCBgICgyKWAsIGAgKDMpYFx1MjAyNiBpZiBhIHJlYWwgZGVwYXJ0bWVudCBoYXMgaXQpLlxuICogLSAqKlRvdWNocG9pbnQgaWRzKiosIHN0YXRlcyB0YWtlbiBpbiB0aGUgY2Fub25pY2FsIG9yZGVyIG9mIGBNaW5pbmdDb3VudHNgOlxuICogICAxLiBhbiBhY3Rpdml0eSBzZWVuIGluIG9uZSBkZXBhcnRtZW50IG9ubHk6IHRoZSBhY3Rpdml0eSBuYW1lO1xuICogICAyLiBlbHNlIGBhY3Rpdml0eSBAIGRlcGFydG1lbnRgLCB1bmlxdWUgYWdhaW5zdCBldmVyeSBpZCBzbyBmYXIgKGEgY2xhc2ggZ2V0cyBgICgyKWAsIFx1MjAyNik7XG4gKiAgIHRoaXMgKGFjdGl2aXR5LCBkZXBhcnRtZW50KSBpZCBpcyB0aGUgKipncm91cCoqO1xuICogICAzLiB3aGVuIGEgZ3JvdXAgaGFzIHNldmVyYWwgc3RhdGVzIChoaXN0b3J5KSwgZWFjaCBnZXRzIGBncm91cCB8IGZpcnN0YCAobm8gcHJldmlvdXMgcnVuKVxuICogICAgICBvciBgZ3JvdXAgfCBhZnRlciBBIFx1MjE5MiBCYCAocHJldmlvdXMgcnVucywgb2xkZXN0IGZpcnN0KSwgdW5pcXVlIGFnYWluLCBhbmQgY2Fycmllc1xuICogICAgICBgZ3JvdXBgOyBhIGdyb3VwIG9mIG9uZSBzdGF0ZSBpcyB0aGF0IHN0YXRlJ3MgdG91Y2hwb2ludCwgd2l0aG91dCBgZ3JvdXBgO1xuICogICA0LiBvdXRjb21lczogYGVuZDogPHRvdWNocG9pbnQgaWQ+YCBwZXIgc3RhdGUgdGhhdCBlbmRzIGNhc2VzLCB1bmlxdWUgYWdhaW47IG91dGNvbWVzIG9mXG4gKiAgICAgIG9uZSBncm91cCdzIHN0YXRlcyBzaGFyZSB0aGUgZ3JvdXAgYGVuZDogPGdyb3VwPmAgd2hlbiB0aGVyZSBhcmUgc2V2ZXJhbC5cbiAqIC0gKipUb3VjaHBvaW50cyoqIGluIHN0YXRlIG9yZGVyLCB0aGVuIHRoZSBvdXRjb21lcyBpbiBzdGF0ZSBvcmRlci4gYG5hbWVgID0gdGhlIGFjdGl2aXR5XG4gKiAgIChvdXRjb21lczogYENhc2UgZW5kcyBhZnRlciA8YWN0aXZpdHk+YCk7IGBlbnRyeWAgPSB0aGUgY2FzZXMgc3RhcnRpbmcgdGhlcmU7IG9uZSBzdGVwXG4gKiAgIG5hbWVkIGFmdGVyIHRoZSBhY3Rpdml0eSwgb2YgdGhlIGNsYXNzaWZpZWQgdHlwZSAoZGVmYXVsdCBgdmFsdWVgKSwgd2hvc2UgbWludXRlcyBhcmUgdGhlXG4gKiAgIG1lYW4gc2VydmljZSB0aW1lIChcdTAzQTMgc2VydmljZSBtaW51dGVzIC8gdmlzaXRzKSB3aGVuIHRoZSBsb2cgaGFzIHN0YXJ0IHRpbWVzLCBlbHNlIHRoZVxuICogICBjbGFzc2lmaWVkIG1pbnV0ZXMgKGRlZmF1bHQgMCkuXG4gKiAtICoqYG1pbmVkYCoqOiB0aGUgY2FzZXMgKFx1MDNBMyBzdGFydHMpLCB3aGV0aGVyIHRoZSBsb2cgaGFkIHN0YXJ0IHRpbWVzLCBhbmQgd2hhdCB0aGVcbiAqICAgY2xhc3NpZmljYXRpb24gbmFtZWQgKGBNaW5lZFJlY29yZGApOiB3aGF0IGBhbmFseXNlYCBuZWVkcyB0byB0ZWxsIGEgZmlndXJlIGZyb20gYSBkZWZhdWx0LlxuICogLSAqKlRyYW5zaXRpb25zKiogaW4gdGhlIGNvdW50cycgb3JkZXIgKGJ5IGZyb20sIHRoZW4gdG8pLCB0aGVuIG9uZSBwZXIgb3V0Y29tZTpcbiAqICAgYHZvbHVtZWAgPSBjb3VudCwgYHdhaXRgID0gXHUwM0EzIHdhaXQgLyBjb3VudCAoYSBuZWdhdGl2ZSBtZWFuLCBmcm9tIG92ZXJsYXBwaW5nIHdvcmssIGlzIDApO1xuICogICBgZmFpbHVyZWAgd2hlbiB0aGUgdGFyZ2V0J3MgYWN0aXZpdHkgaXMgY2xhc3NpZmllZCBhcyBmYWlsdXJlIGRlbWFuZC4gQW4gb3V0Y29tZSBpc1xuICogICBgcmVzb2x2ZWRgIHVubGVzcyB0aGUgY2xhc3NpZmljYXRpb24gc2F5cyBgYWJhbmRvbmVkYC5cbiAqXG4gKiBAZXhhbXBsZVxuICogY29uc3Qgc2VydmljZSA9IHNlcnZpY2VGcm9tQ291bnRzKGNvdW50TWluaW5nKGxvZywgeyBoaXN0b3J5OiAxIH0pLCB7IGlkOiBcInJlY2VpcHRcIiB9KTtcbiAqIGFuYWx5c2Uoc2VydmljZSkuZXhwZWN0ZWQuaGFuZG9mZnM7IC8vIHRoZSBsb2cncyBoYW5kLW9mZnMgcGVyIGNhc2VcbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHNlcnZpY2VGcm9tQ291bnRzKGNvdW50czogTWluaW5nQ291bnRzLCBvcHRpb25zOiBTZXJ2aWNlRnJvbUNvdW50c09wdGlvbnMgPSB7fSk6IFNlcnZpY2Uge1xuICBjaGVja0NvdW50cyhjb3VudHMpO1xuICBjb25zdCB7IHN0YXRlcywgdHJhbnNpdGlvbnMsIGFjdGl2aXRpZXMgfSA9IGNhbm9uaWNhbChjb3VudHMpO1xuICBjb25zdCBpZCA9IG9wdGlvbnMuaWQgPz8gREVGQVVMVFMuaWQ7XG4gIGNvbnN0IGNsYXNzZXMgPSBuZXcgTWFwKChvcHRpb25zLmNsYXNzaWZpY2F0aW9uPy5hY3Rpdml0aWVzID8/IFtdKS5tYXAoKGMpID0+IFtjLmFjdGl2aXR5LCBjXSkpO1xuXG4gIGNvbnN0IHVua25vd25JZCA9IHVuaXF1ZUlkKG9wdGlvbnMudW5rbm93bkRlcGFydG1lbnQgPz8gREVGQVVMVFMudW5rbm93bkRlcGFydG1lbnQsIG5ldyBTZXQoY291bnRzLmRlcGFydG1lbnRzKSk7XG4gIGNvbnN0IGRlcGFydG1lbnRJZCA9IChkOiBudW1iZXIpID0+IChkIDwgMCA/IHVua25vd25JZCA6IGNvdW50cy5kZXBhcnRtZW50c1tkXSEpO1xuXG4gIC8vIEdyb3VwczogcnVucyBvZiBzdGF0ZXMgd2l0aCB0aGUgc2FtZSAoYWN0aXZpdHksIGRlcGFydG1lbnQpLCBhZGphY2VudCBpbiBjYW5vbmljYWwgb3JkZXIuXG4gIGNvbnN0IGdyb3VwT2YgPSBuZXcgSW50MzJBcnJheShzdGF0ZXMubGVuZ3RoKTtcbiAgY29uc3QgZ3JvdXBzOiB7IGFjdGl2aXR5OiBudW1iZXI7IGRlcGFydG1lbnQ6IG51bWJlcjsgc2l6ZTogbnVtYmVyOyBlbmRzOiBudW1iZXIgfVtdID0gW107XG4gIHN0YXRlcy5mb3JFYWNoKChzLCBrKSA9PiB7XG4gICAgY29uc3QgbGFzdCA9IGdyb3Vwc1tncm91cHMubGVuZ3RoIC0gMV07XG4gICAgaWYgKGxhc3QgJiYgbGFzdC5hY3Rpdml0eSA9PT0gcy5hY3Rpdml0eSAmJiBsYXN0LmRlcGFydG1lbnQgPT09IHMuZGVwYXJ0bWVudCkgbGFzdC5zaXplKys7XG4gICAgZWxzZSBncm91cHMucHVzaCh7IGFjdGl2aXR5OiBzLmFjdGl2aXR5LCBkZXBhcnRtZW50OiBzLmRlcGFydG1lbnQsIHNpemU6IDEsIGVuZHM6IDAgfSk7XG4gICAgZ3JvdXBPZltrXSA9IGdyb3Vwcy5sZW5ndGggLSAxO1xuICAgIGlmIChzLmVuZHMgPiAwKSBncm91cHNbZ3JvdXBzLmxlbmd0aCAtIDFdIS5lbmRzKys7XG4gIH0pO1xuICBjb25zdCBkZXBhcnRtZW50c09mQWN0aXZpdHkgPSBuZXcgSW50MzJBcnJheShhY3Rpdml0aWVzLmxlbmd0aCk7XG4gIGZvciAoY29uc3QgZyBvZiBncm91cHMpIGRlcGFydG1lbnRzT2ZBY3Rpdml0eVtnLmFjdGl2aXR5XSErKztcblxuICBjb25zdCB0YWtlbiA9IG5ldyBTZXQ8c3RyaW5nPigpO1xuICBjb25zdCBncm91cElkczogc3RyaW5nW10gPSBuZXcgQXJyYXkoZ3JvdXBzLmxlbmd0aCk7XG4gIGdyb3Vwcy5mb3JFYWNoKChnLCBrKSA9PiB7XG4gICAgaWYgKGRlcGFydG1lbnRzT2ZBY3Rpdml0eVtnLmFjdGl2aXR5XSA9PT0gMSkgZ3JvdXBJZHNba10gPSB1bmlxdWVJZChhY3Rpdml0aWVzW2cuYWN0aXZpdHldISwgdGFrZW4pO1xuICB9KTtcbiAgZ3JvdXBzLmZvckVhY2goKGcsIGspID0+IHtcbiAgICBncm91cElkc1trXSA/Pz0gdW5pcXVlSWQoYCR7YWN0aXZpdGllc1tnLmFjdGl2aXR5XSF9IEAgJHtkZXBhcnRtZW50SWQoZy5kZXBhcnRtZW50KX1gLCB0YWtlbik7XG4gIH0pO1xuICBjb25zdCBpZHMgPSBzdGF0ZXMubWFwKChzLCBrKSA9PiB7XG4gICAgY29uc3QgZyA9IGdyb3VwT2Zba10hO1xuICAgIHJldHVybiBncm91cHNbZ10hLnNpemUgPT09IDEgPyBncm91cElkc1tnXSEgOiB1bmlxdWVJZChgJHtncm91cElkc1tnXSF9IHwgJHtoaXN0b3J5TGFiZWwocywgZGVwYXJ0bWVudElkKX1gLCB0YWtlbik7XG4gIH0pO1xuICBjb25zdCBlbmRHcm91cElkcyA9IGdyb3Vwcy5tYXAoKGcsIGspID0+IChnLmVuZHMgPiAxID8gdW5pcXVlSWQoYGVuZDogJHtncm91cElkc1trXSF9YCwgdGFrZW4pIDogbnVsbCkpO1xuXG4gIGNvbnN0IHVzZWQgPSBuZXcgU2V0PG51bWJlcj4oKTtcbiAgY29uc3QgdG91Y2hwb2ludHM6IFRvdWNocG9pbnRbXSA9IHN0YXRlcy5tYXAoKHMsIGspID0+IHtcbiAgICB1c2VkLmFkZChzLmRlcGFydG1lbnQpO1xuICAgIGNvbnN0IGFjdGl2aXR5ID0gYWN0aXZpdGllc1tzLmFjdGl2aXR5XSE7XG4gICAgY29uc3QgZyA9IGdyb3VwT2Zba10hO1xuICAgIHJldHVybiB7XG4gICAgICBpZDogaWRzW2tdISxcbiAgICAgIC4uLihpZHNba10gIT09IGFjdGl2aXR5ICYmIHsgbmFtZTogYWN0aXZpdHkgfSksXG4gICAgICBkZXBhcnRtZW50OiBkZXBhcnRtZW50SWQocy5kZXBhcnRtZW50KSxcbiAgICAgIC4uLihzLnN0YXJ0cyA+IDAgJiYgeyBlbnRyeTogcy5zdGFydHMgfSksXG4gICAgICBzdGVwczogc3RlcHNPZihhY3Rpdml0eSwgY2xhc3Nlcy5nZXQoYWN0aXZpdHkpLCBjb3VudHMuaGFzU3RhcnRUaW1lcyA/IHMuc2VydmljZU1pbnV0ZXMgLyBzLnZpc2l0cyA6IHVuZGVmaW5lZCksXG4gICAgICAuLi4oZ3JvdXBzW2ddIS5zaXplID4gMSAmJiB7IGdyb3VwOiBncm91cElkc1tnXSEgfSksXG4gICAgfTtcbiAgfSk7XG4gIGNvbnN0IG1pbmVkOiBUcmFuc2l0aW9uW10gPSB0cmFuc2l0aW9ucy5tYXAoKHQpID0+ICh7XG4gICAgZnJvbTogaWRzW3QuZnJvbV0hLFxuICAgIHRvOiBpZHNbdC50b10hLFxuICAgIHZvbHVtZTogdC5jb3VudCxcbiAgICB3YWl0OiBNYXRoLm1heCgwLCB0LndhaXRNaW51dGVzIC8gdC5jb3VudCksXG4gICAgLi4uKHQud29ya2luZ1dhaXRNaW51dGVzICE9PSB1bmRlZmluZWQgJiYgeyB3b3JraW5nV2FpdDogTWF0aC5tYXgoMCwgdC53b3JraW5nV2FpdE1pbnV0ZXMgLyB0LmNvdW50KSB9KSxcbiAgICAuLi4oY2xhc3Nlcy5nZXQoYWN0aXZpdGllc1tzdGF0ZXNbdC50b10hLmFjdGl2aXR5XSEpPy5mYWlsdXJlICYmIHsgZmFpbHVyZTogdHJ1ZSB9KSxcbiAgfSkpO1xuICBzdGF0ZXMuZm9yRWFjaCgocywgaykgPT4ge1xuICAgIGlmIChzLmVuZHMgPT09IDApIHJldHVybjtcbiAgICBjb25zdCBhY3Rpdml0eSA9IGFjdGl2aXRpZXNbcy5hY3Rpdml0eV0hO1xuICAgIGNvbnN0IGVuZCA9IHVuaXF1ZUlkKGBlbmQ6ICR7aWRzW2tdIX1gLCB0YWtlbik7XG4gICAgY29uc3QgZ3JvdXAgPSBlbmRHcm91cElkc1tncm91cE9mW2tdIV07XG4gICAgdG91Y2hwb2ludHMucHVzaCh7XG4gICAgICBpZDogZW5kLFxuICAgICAgbmFtZTogYENhc2UgZW5kcyBhZnRlciAke2FjdGl2aXR5fWAsXG4gICAgICBkZXBhcnRtZW50OiBkZXBhcnRtZW50SWQocy5kZXBhcnRtZW50KSxcbiAgICAgIG91dGNvbWU6IGNsYXNzZXMuZ2V0KGFjdGl2aXR5KT8ub3V0Y29tZSA/PyBcInJlc29sdmVkXCIsXG4gICAgICBzdGVwczogW10sXG4gICAgICAuLi4oZ3JvdXAgIT09IG51bGwgJiYgZ3JvdXAgIT09IHVuZGVmaW5lZCAmJiB7IGdyb3VwIH0pLFxuICAgIH0pO1xuICAgIG1pbmVkLnB1c2goeyBmcm9tOiBpZHNba10hLCB0bzogZW5kLCB2b2x1bWU6IHMuZW5kcyB9KTtcbiAgfSk7XG5cbiAgY29uc3QgZGVwYXJ0bWVudHM6IERlcGFydG1lbnRbXSA9IFsuLi5jb3VudHMuZGVwYXJ0bWVudHMua2V5cygpLCAtMV0uZmlsdGVyKChkKSA9PiB1c2VkLmhhcyhkKSkubWFwKChkKSA9PiAoeyBpZDogZGVwYXJ0bWVudElkKGQpIH0pKTtcbiAgcmV0dXJuIHtcbiAgICBpZCxcbiAgICAuLi4ob3B0aW9ucy5uYW1lICE9PSB1bmRlZmluZWQgJiYgeyBuYW1lOiBvcHRpb25zLm5hbWUgfSksXG4gICAgLi4uKG9wdGlvbnMubm91biAhPT0gdW5kZWZpbmVkICYmIHsgbm91bjogb3B0aW9ucy5ub3VuIH0pLFxuICAgIG1pbmVkOiBtaW5lZFJlY29yZChjb3VudHMsIG9wdGlvbnMuY2xhc3NpZmljYXRpb24pLFxuICAgIC4uLihjb3VudHMud29ya2luZ0RheU1pbnV0ZXMgIT09IHVuZGVmaW5lZCAmJiB7IHdvcmtpbmdEYXlNaW51dGVzOiBjb3VudHMud29ya2luZ0RheU1pbnV0ZXMgfSksXG4gICAgZGVwYXJ0bWVudHMsXG4gICAgdG91Y2hwb2ludHMsXG4gICAgdHJhbnNpdGlvbnM6IG1pbmVkLFxuICB9O1xufVxuXG4vKiogV2hhdCB0aGUgbG9nIGNvdWxkIHRlbGw6IGl0cyBjYXNlcyAoXHUwM0EzIHN0YXJ0cyksIHdoZXRoZXIgaXQgaGFkIHN0YXJ0IHRpbWVzLCBhbmQgd2hhdCB0aGUgY2xhc3NpZmljYXRpb24gbmFtZWQuICovXG5mdW5jdGlvbiBtaW5lZFJlY29yZChjb3VudHM6IE1pbmluZ0NvdW50cywgY2xhc3NpZmljYXRpb246IENsYXNzaWZpY2F0aW9uIHwgdW5kZWZpbmVkKTogTWluZWRSZWNvcmQge1xuICBjb25zdCBuYW1lZCA9IChmYWN0OiBNaW5lZFJlY29yZFtcImNsYXNzaWZpZWRcIl1bbnVtYmVyXSkgPT4ge1xuICAgIGNvbnN0IGFjdGl2aXRpZXMgPSBjbGFzc2lmaWNhdGlvbj8uYWN0aXZpdGllcyA/PyBbXTtcbiAgICBzd2l0Y2ggKGZhY3QpIHtcbiAgICAgIGNhc2UgXCJ0eXBlXCI6XG4gICAgICAgIHJldHVybiBhY3Rpdml0aWVzLmxlbmd0aCA+IDA7XG4gICAgICBjYXNlIFwibWludXRlc1wiOlxuICAgICAgICByZXR1cm4gYWN0aXZpdGllcy5zb21lKChhKSA9PiBhLm1pbnV0ZXMgIT09IHVuZGVmaW5lZCk7XG4gICAgICBjYXNlIFwiY29zdFwiOlxuICAgICAgICByZXR1cm4gYWN0aXZpdGllcy5zb21lKChhKSA9PiBhLmNvc3QgIT09IHVuZGVmaW5lZCk7XG4gICAgICBjYXNlIFwiZmFpbHVyZVwiOlxuICAgICAgICByZXR1cm4gYWN0aXZpdGllcy5zb21lKChhKSA9PiBhLmZhaWx1cmUgIT09IHVuZGVmaW5lZCk7XG4gICAgICBjYXNlIFwib3V0Y29tZVwiOlxuICAgICAgICByZXR1cm4gYWN0aXZpdGllcy5zb21lKChhKSA9PiBhLm91dGNvbWUgIT09IHVuZGVmaW5lZCk7XG4gICAgfVxuICB9O1xuICByZXR1cm4ge1xuICAgIGNhc2VzOiBjb3VudHMuc3RhdGVzLnJlZHVjZSgoc3VtLCBzKSA9PiBzdW0gKyBzLnN0YXJ0cywgMCksXG4gICAgc3RhcnRUaW1lczogY291bnRzLmhhc1N0YXJ0VGltZXMsXG4gICAgY2xhc3NpZmllZDogQ0xBU1NJRklFRF9GQUNUUy5maWx0ZXIobmFtZWQpLFxuICB9O1xufVxuXG4vKiogYGZpcnN0YCwgb3IgYGFmdGVyIEEgXHUyMTkyIEJgOiB0aGUgcHJldmlvdXMgZGVwYXJ0bWVudCBydW5zLCBvbGRlc3QgZmlyc3QuICovXG5mdW5jdGlvbiBoaXN0b3J5TGFiZWwoc3RhdGU6IE1pbmluZ1N0YXRlLCBkZXBhcnRtZW50SWQ6IChkOiBudW1iZXIpID0+IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiBzdGF0ZS5oaXN0b3J5Lmxlbmd0aCA9PT0gMCA/IFwiZmlyc3RcIiA6IGBhZnRlciAke3N0YXRlLmhpc3RvcnkubWFwKGRlcGFydG1lbnRJZCkuam9pbihcIiBcdTIxOTIgXCIpfWA7XG59XG5cbmZ1bmN0aW9uIHN0ZXBzT2YoYWN0aXZpdHk6IHN0cmluZywgYzogQ2xhc3NpZmllZEFjdGl2aXR5IHwgdW5kZWZpbmVkLCBzZXJ2aWNlTWludXRlczogbnVtYmVyIHwgdW5kZWZpbmVkKTogVG91Y2hwb2ludFtcInN0ZXBzXCJdIHtcbiAgY29uc3QgbWludXRlcyA9IHNlcnZpY2VNaW51dGVzID8/IGM/Lm1pbnV0ZXMgPz8gMDtcbiAgaWYgKCFjKSByZXR1cm4gW3sgbmFtZTogYWN0aXZpdHksIHR5cGU6IFwidmFsdWVcIiwgbWludXRlcyB9XTtcbiAgcmV0dXJuIFtcbiAgICB7XG4gICAgICBuYW1lOiBhY3Rpdml0eSxcbiAgICAgIHR5cGU6IGMudHlwZSxcbiAgICAgIC4uLihjLndhc3RlICE9PSB1bmRlZmluZWQgJiYgeyB3YXN0ZTogYy53YXN0ZSB9KSxcbiAgICAgIG1pbnV0ZXMsXG4gICAgICAuLi4oYy5jb3N0ICE9PSB1bmRlZmluZWQgJiYgeyBjb3N0OiBjLmNvc3QgfSksXG4gICAgfSxcbiAgXTtcbn1cblxuLyoqIENvdW50cyBmcm9tIGFub3RoZXIgZW5naW5lIGFyZSBpbnB1dDogcmVmdXNlIHdoYXQgd291bGQgYnVpbGQgYSB3cm9uZyBtb2RlbCwgbmFtaW5nIHRoZSBwbGFjZS4gKi9cbmZ1bmN0aW9uIGNoZWNrQ291bnRzKGNvdW50czogTWluaW5nQ291bnRzKTogdm9pZCB7XG4gIGNvbnN0IGJhZCA9ICh3aGVyZTogc3RyaW5nLCB3aGF0OiBzdHJpbmcpID0+IHtcbiAgICB0aHJvdyBuZXcgUmFuZ2VFcnJvcihgc2VydmljZUZyb21Db3VudHM6ICR7d2hlcmV9OiAke3doYXR9YCk7XG4gIH07XG4gIGlmIChjb3VudHMgPT09IG51bGwgfHwgdHlwZW9mIGNvdW50cyAhPT0gXCJvYmplY3RcIiB8fCBjb3VudHMuZm9ybWF0ICE9PSBcImh1a2thLW1pbmluZy1jb3VudHNcIikge1xuICAgIGJhZChcImZvcm1hdFwiLCAnbm90IG1pbmluZyBjb3VudHMgKGV4cGVjdGVkIGZvcm1hdCBcImh1a2thLW1pbmluZy1jb3VudHNcIiwgYXMgY291bnRNaW5pbmcgcmV0dXJucyknKTtcbiAgfVxuICBpZiAoY291bnRzLnZlcnNpb24gIT09IDEpIGJhZChcInZlcnNpb25cIiwgYHVua25vd24gdmVyc2lvbiAke0pTT04uc3RyaW5naWZ5KGNvdW50cy52ZXJzaW9uKX0gKGV4cGVjdGVkIDEpYCk7XG4gIGNvbnN0IEEgPSBjb3VudHMuYWN0aXZpdGllcy5sZW5ndGg7XG4gIGNvbnN0IEQgPSBjb3VudHMuZGVwYXJ0bWVudHMubGVuZ3RoO1xuICBjb25zdCBTID0gY291bnRzLnN0YXRlcy5sZW5ndGg7XG4gIGNvbnN0IGRlcGFydG1lbnQgPSAoZDogdW5rbm93bikgPT4gTnVtYmVyLmlzSW50ZWdlcihkKSAmJiAoZCBhcyBudW1iZXIpID49IC0xICYmIChkIGFzIG51bWJlcikgPCBEO1xuICBjb25zdCBjb3VudCA9IChuOiB1bmtub3duKSA9PiBOdW1iZXIuaXNJbnRlZ2VyKG4pICYmIChuIGFzIG51bWJlcikgPj0gMDtcbiAgY291bnRzLnN0YXRlcy5mb3JFYWNoKChzLCBrKSA9PiB7XG4gICAgaWYgKCFOdW1iZXIuaXNJbnRlZ2VyKHMuYWN0aXZpdHkpIHx8IHMuYWN0aXZpdHkgPCAwIHx8IHMuYWN0aXZpdHkgPj0gQSkgYmFkKGBzdGF0ZXNbJHtrfV0uYWN0aXZpdHlgLCBgJHtzLmFjdGl2aXR5fSBpcyBub3QgYW4gaW5kZXggaW50byB0aGUgJHtBfSBhY3Rpdml0aWVzYCk7XG4gICAgaWYgKCFkZXBhcnRtZW50KHMuZGVwYXJ0bWVudCkpIGJhZChgc3RhdGVzWyR7a31dLmRlcGFydG1lbnRgLCBgJHtzLmRlcGFydG1lbnR9IGlzIG5vdCAtMSBvciBhbiBpbmRleCBpbnRvIHRoZSAke0R9IGRlcGFydG1lbnRzYCk7XG4gICAgaWYgKCFBcnJheS5pc0FycmF5KHMuaGlzdG9yeSkgfHwgcy5oaXN0b3J5Lmxlbmd0aCA+IGNvdW50cy5oaXN0b3J5IHx8ICFzLmhpc3RvcnkuZXZlcnkoZGVwYXJ0bWVudCkpIHtcbiAgICAgIGJhZChgc3RhdGVzWyR7a31dLmhpc3RvcnlgLCBgZXhwZWN0ZWQgYXQgbW9zdCAke2NvdW50cy5oaXN0b3J5fSBkZXBhcnRtZW50IGluZGljZXMgKG9yIC0xKWApO1xuICAgIH1cbiAgICBpZiAoIWNvdW50KHMudmlzaXRzKSB8fCBzLnZpc2l0cyA9PT0gMCB8fCAhY291bnQocy5zdGFydHMpIHx8ICFjb3VudChzLmVuZHMpKSBiYWQoYHN0YXRlc1ske2t9XWAsIFwidmlzaXRzICg+IDApLCBzdGFydHMgYW5kIGVuZHMgbXVzdCBiZSB3aG9sZSBudW1iZXJzIFx1MjI2NSAwXCIpO1xuICAgIGlmICghTnVtYmVyLmlzRmluaXRlKHMuc2VydmljZU1pbnV0ZXMpKSBiYWQoYHN0YXRlc1ske2t9XS5zZXJ2aWNlTWludXRlc2AsIFwibXVzdCBiZSBhIGZpbml0ZSBudW1iZXIgb2YgbWludXRlc1wiKTtcbiAgfSk7XG4gIGNvdW50cy50cmFuc2l0aW9ucy5mb3JFYWNoKCh0LCBrKSA9PiB7XG4gICAgaWYgKCFOdW1iZXIuaXNJbnRlZ2VyKHQuZnJvbSkgfHwgdC5mcm9tIDwgMCB8fCB0LmZyb20gPj0gUyB8fCAhTnVtYmVyLmlzSW50ZWdlcih0LnRvKSB8fCB0LnRvIDwgMCB8fCB0LnRvID49IFMpIHtcbiAgICAgIGJhZChgdHJhbnNpdGlvbnNbJHtrfV1gLCBgZnJvbSAke3QuZnJvbX0gLyB0byAke3QudG99IGFyZSBub3QgaW5kaWNlcyBpbnRvIHRoZSAke1N9IHN0YXRlc2ApO1xuICAgIH1cbiAgICBpZiAoIWNvdW50KHQuY291bnQpIHx8IHQuY291bnQgPT09IDApIGJhZChgdHJhbnNpdGlvbnNbJHtrfV0uY291bnRgLCBcIm11c3QgYmUgYSB3aG9sZSBudW1iZXIgPiAwXCIpO1xuICAgIGlmICghTnVtYmVyLmlzRmluaXRlKHQud2FpdE1pbnV0ZXMpKSBiYWQoYHRyYW5zaXRpb25zWyR7a31dLndhaXRNaW51dGVzYCwgXCJtdXN0IGJlIGEgZmluaXRlIG51bWJlciBvZiBtaW51dGVzXCIpO1xuICB9KTtcbn1cbiIsICJjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZGlybmFtZSA9IFwiL3dvcmsvd3QvcmVhZGVyL3NyYy9taW5pbmdcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZmlsZW5hbWUgPSBcIi93b3JrL3d0L3JlYWRlci9zcmMvbWluaW5nL21pbmUtc2VydmljZS50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay93dC9yZWFkZXIvc3JjL21pbmluZy9taW5lLXNlcnZpY2UudHNcIjtpbXBvcnQgdHlwZSB7IFNlcnZpY2UgfSBmcm9tIFwiLi4vbW9kZWwvdHlwZXMuanNcIjtcbmltcG9ydCB0eXBlIHsgQ2xhc3NpZmljYXRpb24gfSBmcm9tIFwiLi9jbGFzc2lmaWNhdGlvbi5qc1wiO1xuaW1wb3J0IHsgY291bnRNaW5pbmcsIHR5cGUgQ291bnRNaW5pbmdPcHRpb25zIH0gZnJvbSBcIi4vY291bnQtbWluaW5nLmpzXCI7XG5pbXBvcnQgdHlwZSB7IEV2ZW50TG9nIH0gZnJvbSBcIi4uL2xvZ3MvZXZlbnQtbG9nLmpzXCI7XG5pbXBvcnQgeyBtaW5pbmdVbml0TG9nLCB0eXBlIE1pbmluZ1VuaXRPcHRpb25zIH0gZnJvbSBcIi4vbWluaW5nLXVuaXQtbG9nLmpzXCI7XG5pbXBvcnQgeyBzZXJ2aWNlRnJvbUNvdW50cywgdHlwZSBTZXJ2aWNlRnJvbUNvdW50c09wdGlvbnMgfSBmcm9tIFwiLi9zZXJ2aWNlLWZyb20tY291bnRzLmpzXCI7XG5cbi8qKlxuICogT3B0aW9ucyBvZiBgbWluZVNlcnZpY2VgOiB0aG9zZSBvZiBgY291bnRNaW5pbmdgIChob3cgdGhlIGxvZyBpcyBjb3VudGVkKSBhbmQgb2ZcbiAqIGBzZXJ2aWNlRnJvbUNvdW50c2AgKGhvdyB0aGUgbW9kZWwgaXMgbmFtZWQgYW5kIGNsYXNzaWZpZWQpLlxuICpcbiAqIEBleGFtcGxlXG4gKiBtaW5lU2VydmljZShsb2csIHsgaWQ6IFwicmVjZWlwdFwiLCBuYW1lOiBcIlJlY2VpcHQgcGhhc2VcIiwgaGlzdG9yeTogMSwgbWlzc2luZ0RlcGFydG1lbnQ6IFwiaW5oZXJpdFwiIH0pO1xuICovXG5leHBvcnQgaW50ZXJmYWNlIE1pbmVTZXJ2aWNlT3B0aW9ucyBleHRlbmRzIENvdW50TWluaW5nT3B0aW9ucywgU2VydmljZUZyb21Db3VudHNPcHRpb25zLCBNaW5pbmdVbml0T3B0aW9ucyB7fVxuXG4vKipcbiAqIE1pbmVzIGEgc2VydmljZSBtb2RlbCB0aGF0IHRlbGxzIHRoZSBzYW1lIHN0b3J5IGFzIHRoZSBsb2c6IG9uZSB0b3VjaHBvaW50IHBlclxuICogKGFjdGl2aXR5LCBkZXBhcnRtZW50KSBcdTIwMTQgYSBtaXNzaW5nIGRlcGFydG1lbnQgaW5oZXJpdGVkIGZyb20gdGhlIGNhc2UncyBwcmV2aW91cyBrbm93biBvbmUgXHUyMDE0XG4gKiByZWZpbmVkIGJ5IHRoZSBkZXBhcnRtZW50cyBvZiB0aGUgY3VzdG9tZXIncyBwcmV2aW91cyBgaGlzdG9yeWAgcnVucyAoZGVmYXVsdCAyKTsgdHJhbnNpdGlvbnNcbiAqIHdlaWdodGVkIGJ5IGhvdyBvZnRlbiBvbmUgc3RhdGUgZGlyZWN0bHkgZm9sbG93cyB0aGUgb3RoZXIsIHdpdGggdGhlIG1lYW4gd2FpdCBiZXR3ZWVuIHRoZW07XG4gKiBlbnRyaWVzIHdlaWdodGVkIGJ5IHRoZSBjYXNlcyBzdGFydGluZyB0aGVyZTsgb25lIG91dGNvbWUgcGVyIHN0YXRlIHRoYXQgZW5kcyBjYXNlczsgc2VydmljZVxuICogdGltZSBmcm9tIHN0YXJ0IHRpbWVzIHdoZW4gdGhlIGxvZyBoYXMgdGhlbS4gTWVhc3VyZWQgb24gdGhlIGxvZydzIG93biBjYXNlcywgdGhlIG1vZGVsJ3NcbiAqIGV4cGVjdGVkIGhhbmQtb2ZmcywgcGluZy1wb25ncyAoaGlzdG9yeSBcdTIyNjUgMSkgYW5kIG1pbnV0ZXMgcGVyIGN1c3RvbWVyIGVxdWFsIHRoZSBsb2cnc1xuICogcGVyLWNhc2UgbWVhbnMuIEl0IGlzIGBzZXJ2aWNlRnJvbUNvdW50cyhjb3VudE1pbmluZyhsb2csIG9wdGlvbnMpLCBvcHRpb25zKWA6IHRoZSB0d28gc3RlcHNcbiAqIGFyZSBwdWJsaWMgc28gdGhhdCB0aGUgY291bnRzIGNhbiBjb21lIGZyb20gZWxzZXdoZXJlIChTUUwpLlxuICpcbiAqIEBleGFtcGxlXG4gKiBjb25zdCBzZXJ2aWNlID0gbWluZVNlcnZpY2UobG9nLCB7IGlkOiBcInNlcHNpc1wiLCBjbGFzc2lmaWNhdGlvbjogcGFyc2VDbGFzc2lmaWNhdGlvbihqc29uKSB9KTtcbiAqIGFuYWx5c2Uoc2VydmljZSkuZXhwZWN0ZWQuaGFuZG9mZnM7IC8vID0gYW5hbHlzZUxvZyhsb2cpLmhhbmRvZmZzIC8gYW5hbHlzZUxvZyhsb2cpLmNhc2VzXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBtaW5lU2VydmljZShsb2c6IEV2ZW50TG9nLCBvcHRpb25zPzogTWluZVNlcnZpY2VPcHRpb25zKTogU2VydmljZTtcbi8qKlxuICogVGhlIGZvcm0gb2YgaHVra2EgMC4xLCBrZXB0IHdvcmtpbmc6IHRoZSBjbGFzc2lmaWNhdGlvbiBhcyB0aGUgc2Vjb25kIGFyZ3VtZW50LlxuICpcbiAqIEBkZXByZWNhdGVkIHBhc3MgYHsgY2xhc3NpZmljYXRpb24gfWAgaW4gdGhlIG9wdGlvbnMuXG4gKiBAZXhhbXBsZVxuICogbWluZVNlcnZpY2UobG9nLCBjbGFzc2lmaWNhdGlvbiwgeyBpZDogXCJzZXBzaXNcIiB9KTtcbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIG1pbmVTZXJ2aWNlKGxvZzogRXZlbnRMb2csIGNsYXNzaWZpY2F0aW9uOiBDbGFzc2lmaWNhdGlvbiB8IHVuZGVmaW5lZCwgb3B0aW9ucz86IE1pbmVTZXJ2aWNlT3B0aW9ucyk6IFNlcnZpY2U7XG5leHBvcnQgZnVuY3Rpb24gbWluZVNlcnZpY2UoXG4gIGxvZzogRXZlbnRMb2csXG4gIHNlY29uZD86IE1pbmVTZXJ2aWNlT3B0aW9ucyB8IENsYXNzaWZpY2F0aW9uLFxuICB0aGlyZDogTWluZVNlcnZpY2VPcHRpb25zID0ge30sXG4pOiBTZXJ2aWNlIHtcbiAgY29uc3QgbGVnYWN5ID0gc2Vjb25kICE9PSB1bmRlZmluZWQgJiYgQXJyYXkuaXNBcnJheSgoc2Vjb25kIGFzIENsYXNzaWZpY2F0aW9uKS5hY3Rpdml0aWVzKTtcbiAgY29uc3Qgb3B0aW9uczogTWluZVNlcnZpY2VPcHRpb25zID0gbGVnYWN5ID8geyAuLi50aGlyZCwgY2xhc3NpZmljYXRpb246IHNlY29uZCBhcyBDbGFzc2lmaWNhdGlvbiB9IDogKChzZWNvbmQgYXMgTWluZVNlcnZpY2VPcHRpb25zIHwgdW5kZWZpbmVkKSA/PyB0aGlyZCk7XG4gIHJldHVybiBzZXJ2aWNlRnJvbUNvdW50cyhjb3VudE1pbmluZyhtaW5pbmdVbml0TG9nKGxvZywgb3B0aW9ucyksIG9wdGlvbnMpLCBvcHRpb25zKTtcbn1cbiIsICJjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZGlybmFtZSA9IFwiL3dvcmsvd3QvcmVhZGVyL3NyYy9sb2dzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay93dC9yZWFkZXIvc3JjL2xvZ3MvbG9nLWZpeC50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay93dC9yZWFkZXIvc3JjL2xvZ3MvbG9nLWZpeC50c1wiOy8qKlxuICogQSBjaGFuZ2Ugb2YgaG93IHRoZSBsb2cgaXMgcmVhZCB0aGF0IGZpeGVzIGEgcmVhZGluZyBlcnJvciwgYXMgZGF0YSBvbiBgRXZlbnRMb2dFcnJvci5maXhlc2A6XG4gKiB0aGUgbGlicmFyeSB3b3JkcyBpdCBpbiBpdHMgb3duIGFuZCB0aGUgQ0xJJ3MgdGVybXMgKGBsb2dGaXhUZXh0YCk7IGFub3RoZXIgZnJvbnQgZW5kICh0aGVcbiAqIGRvY3MnIG93bi1sb2cgZm9ybSkgd29yZHMgaXQgaW4gdGVybXMgb2YgaXRzIG93biBjb250cm9scy5cbiAqXG4gKiAtIGB0aW1lc3RhbXBfZm9ybWF0YDogZ2l2ZSB0aGUgbGF5b3V0IG9mIHRoZSB0aW1lc3RhbXBzIChgdGltZXN0YW1wRm9ybWF0YCwgYC0tdGltZXN0YW1wLWZvcm1hdGApXG4gKiAtIGBza2lwX2JhZF9yb3dzYDogY291bnQgYW5kIHNraXAgc3VjaCByb3dzIChgc2tpcEJhZFJvd3NgLCBgLS1za2lwLWJhZC1yb3dzYClcbiAqIC0gYGVuY29kaW5nX2xhdGluMWA6IHJlYWQgdGhlIHRleHQgYXMgTGF0aW4tMSAoYGVuY29kaW5nOiBcImxhdGluMVwiYCwgYC0tZW5jb2RpbmcgbGF0aW4xYClcbiAqIC0gYGZvcm1hdF9jc3ZgOiByZWFkIGl0IGFzIENTViwgbm90IFhFUyAoYGZvcm1hdDogXCJjc3ZcImAsIGAtLWZvcm1hdCBjc3ZgKVxuICogLSBgZW5naW5lX2R1Y2tkYmA6IHJlYWQgaXQgd2l0aCBEdWNrREIsIGEgUGFycXVldCBmaWxlIG9yIGEgRHVja0RCIGRhdGFiYXNlIChgLS1lbmdpbmUgZHVja2RiYClcbiAqXG4gKiBAZXhhbXBsZVxuICogY29uc3QgZml4OiBMb2dGaXggPSBcInNraXBfYmFkX3Jvd3NcIjtcbiAqL1xuZXhwb3J0IHR5cGUgTG9nRml4ID0gXCJ0aW1lc3RhbXBfZm9ybWF0XCIgfCBcInNraXBfYmFkX3Jvd3NcIiB8IFwiZW5jb2RpbmdfbGF0aW4xXCIgfCBcImZvcm1hdF9jc3ZcIiB8IFwiZW5naW5lX2R1Y2tkYlwiO1xuXG4vKipcbiAqIFRoZSB3b3JkcyB0aGF0IGZvbGxvdyBhIHByb2JsZW0gZm9yIGVhY2ggb2YgaXRzIGZpeGVzLCBuYW1pbmcgdGhlIGxpYnJhcnkncyBvcHRpb24gYW5kIHRoZVxuICogQ0xJJ3MgZmxhZzogdGhlIGVuZCBvZiBgRXZlbnRMb2dFcnJvci5tZXNzYWdlYC5cbiAqXG4gKiBAZXhhbXBsZVxuICogbG9nRml4VGV4dChbXCJza2lwX2JhZF9yb3dzXCJdKTsgLy8gXCIgKG9yIHNraXAgc3VjaCByb3dzIHdpdGggc2tpcEJhZFJvd3MsIC0tc2tpcC1iYWQtcm93cylcIlxuICovXG5leHBvcnQgZnVuY3Rpb24gbG9nRml4VGV4dChmaXhlczogcmVhZG9ubHkgTG9nRml4W10pOiBzdHJpbmcge1xuICByZXR1cm4gZml4ZXMubWFwKHdvcmRzKS5qb2luKFwiXCIpO1xufVxuXG5mdW5jdGlvbiB3b3JkcyhmaXg6IExvZ0ZpeCk6IHN0cmluZyB7XG4gIHN3aXRjaCAoZml4KSB7XG4gICAgY2FzZSBcInRpbWVzdGFtcF9mb3JtYXRcIjpcbiAgICAgIHJldHVybiBcIjsgc2V0IHRpbWVzdGFtcEZvcm1hdCAoLS10aW1lc3RhbXAtZm9ybWF0KSBmb3Igb3RoZXIgbGF5b3V0c1wiO1xuICAgIGNhc2UgXCJza2lwX2JhZF9yb3dzXCI6XG4gICAgICByZXR1cm4gXCIgKG9yIHNraXAgc3VjaCByb3dzIHdpdGggc2tpcEJhZFJvd3MsIC0tc2tpcC1iYWQtcm93cylcIjtcbiAgICBjYXNlIFwiZW5jb2RpbmdfbGF0aW4xXCI6XG4gICAgICByZXR1cm4gJzogaWYgaXQgaXMgTGF0aW4tMSwgcmVhZCBpdCB3aXRoIGVuY29kaW5nIFwibGF0aW4xXCIgKC0tZW5jb2RpbmcgbGF0aW4xKSc7XG4gICAgY2FzZSBcImZvcm1hdF9jc3ZcIjpcbiAgICAgIHJldHVybiAnIChyZWFkIGFzIFhFUyBiZWNhdXNlIHRoZSB0ZXh0IHN0YXJ0cyB3aXRoIFwiPFwiOyBzZXQgZm9ybWF0IFwiY3N2XCIsIC0tZm9ybWF0IGNzdiwgZm9yIGEgQ1NWIGxvZyknO1xuICAgIGNhc2UgXCJlbmdpbmVfZHVja2RiXCI6XG4gICAgICByZXR1cm4gXCI6IHJlYWQgaXQgdGhyb3VnaCBEdWNrREI6IGBodWtrYSBtaW5lIExPRyAtLWVuZ2luZSBkdWNrZGJgIChkdWNrZGJMb2dBZ2dyZWdhdGUgaW4gaHVra2Evc3FsKVwiO1xuICB9XG59XG4iLCAiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL3d0L3JlYWRlci9zcmMvbG9nc1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvd3QvcmVhZGVyL3NyYy9sb2dzL2V2ZW50LWxvZy1lcnJvci50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay93dC9yZWFkZXIvc3JjL2xvZ3MvZXZlbnQtbG9nLWVycm9yLnRzXCI7aW1wb3J0IHsgbG9nRml4VGV4dCwgdHlwZSBMb2dGaXggfSBmcm9tIFwiLi9sb2ctZml4LmpzXCI7XG5cbi8qKlxuICogV2h5IGEgbG9nIGNvdWxkIG5vdCBiZSByZWFkOiBhIHN0YWJsZSBzbmFrZV9jYXNlIGBjb2RlYCwgdGhlIHBsYWNlIChDU1YgYGxpbmVgLCBvciBYRVNcbiAqIGB0cmFjZWAgYW5kIGBldmVudGAgcG9zaXRpb25zLCAxLWJhc2VkKSB3aGVuIHRoZXJlIGlzIG9uZSwgYW5kIGEgbWVzc2FnZSBuYW1pbmcgdGhlIGZpeC5cbiAqXG4gKiBDb2RlczogYGVtcHR5X2xvZ2AsIGBtYXBwaW5nX3JlcXVpcmVkYCwgYG1pc3NpbmdfY29sdW1uYCwgYGR1cGxpY2F0ZV9jb2x1bW5gLCBgbWlzc2luZ192YWx1ZWAsXG4gKiBgc2hvcnRfcm93YCwgYGxvbmdfcm93YCwgYGJhZF90aW1lc3RhbXBgLCBgdW50ZXJtaW5hdGVkX3F1b3RlYCwgYG1hbGZvcm1lZF9xdW90ZWAsXG4gKiBgcmVjb3JkX3Rvb19sb25nYCwgYGludmFsaWRfZW5jb2RpbmdgLCBgYmFkX2d6aXBgLCBgeG1sX2Vycm9yYCwgYHhtbF9lbnRpdGllc2AsIGBub3RfeGVzYCxcbiAqIGBtaXNwbGFjZWRfZXZlbnRgLCBgZHVwbGljYXRlX2F0dHJpYnV0ZWAsIGBtaXNzaW5nX2F0dHJpYnV0ZWAsIGB1bmtub3duX2F0dHJpYnV0ZWAsIGBiYWRfb3B0aW9uYCxcbiAqIGBuZWVkc19kdWNrZGJgLiBgcHJvYmxlbWAgaXMgdGhlIG1lc3NhZ2Ugd2l0aG91dCBpdHMgZml4ZXMsIGFuZCBgZml4ZXNgIHRoZSBjaGFuZ2VzIG9mIHRoZVxuICogcmVhZGluZyBvcHRpb25zIHRoYXQgZml4IGl0IChgTG9nRml4YCksIGZvciBhIGZyb250IGVuZCB0aGF0IHdvcmRzIHRoZW0gaW4gaXRzIG93biB0ZXJtcy5cbiAqXG4gKiBAZXhhbXBsZVxuICogdHJ5IHsgYXdhaXQgcmVhZEV2ZW50TG9nKFwiYSxiXFxuMSwyXFxuXCIsIHsgY2FzZTogXCJpZFwiLCBhY3Rpdml0eTogXCJhXCIsIHRpbWVzdGFtcDogXCJiXCIgfSk7IH1cbiAqIGNhdGNoIChlKSB7IFtlLmNvZGUsIGUucGxhY2VdOyB9IC8vIFtcIm1pc3NpbmdfY29sdW1uXCIsIHsgbGluZTogMSB9XVxuICovXG5leHBvcnQgY2xhc3MgRXZlbnRMb2dFcnJvciBleHRlbmRzIEVycm9yIHtcbiAgb3ZlcnJpZGUgbmFtZSA9IFwiRXZlbnRMb2dFcnJvclwiO1xuICBjb25zdHJ1Y3RvcihcbiAgICByZWFkb25seSBjb2RlOiBzdHJpbmcsXG4gICAgcmVhZG9ubHkgcHJvYmxlbTogc3RyaW5nLFxuICAgIHJlYWRvbmx5IHBsYWNlOiB7IGxpbmU/OiBudW1iZXI7IHRyYWNlPzogbnVtYmVyOyBldmVudD86IG51bWJlciB9ID0ge30sXG4gICAgcmVhZG9ubHkgZml4ZXM6IHJlYWRvbmx5IExvZ0ZpeFtdID0gW10sXG4gICkge1xuICAgIHN1cGVyKHByb2JsZW0gKyBsb2dGaXhUZXh0KGZpeGVzKSk7XG4gIH1cbn1cblxuLyoqIENvZGVzIG9mIHByb2JsZW1zIHRoYXQgY29uY2VybiBvbmUgcm93IG9yIGV2ZW50LCBzbyBgc2tpcEJhZFJvd3NgIG1heSBza2lwIHRoZW0uICovXG5leHBvcnQgY29uc3QgUk9XX1BST0JMRU1TOiBSZWFkb25seVNldDxzdHJpbmc+ID0gbmV3IFNldChbXG4gIFwibWlzc2luZ192YWx1ZVwiLFxuICBcInNob3J0X3Jvd1wiLFxuICBcImxvbmdfcm93XCIsXG4gIFwiYmFkX3RpbWVzdGFtcFwiLFxuICBcIm1hbGZvcm1lZF9xdW90ZVwiLFxuICBcIm1pc3NpbmdfYXR0cmlidXRlXCIsXG5dKTtcbiIsICJjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZGlybmFtZSA9IFwiL3dvcmsvd3QvcmVhZGVyL3NyYy9sb2dzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay93dC9yZWFkZXIvc3JjL2xvZ3MvdXRmOC10ZXh0LnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL3d0L3JlYWRlci9zcmMvbG9ncy91dGY4LXRleHQudHNcIjtpbnRlcmZhY2UgTm9kZUJ1ZmZlclZpZXcge1xuICB0b1N0cmluZyhlbmNvZGluZzogXCJ1dGY4XCIsIHN0YXJ0PzogbnVtYmVyLCBlbmQ/OiBudW1iZXIpOiBzdHJpbmc7XG59XG5pbnRlcmZhY2UgTm9kZUJ1ZmZlckNsYXNzIHtcbiAgZnJvbShidWZmZXI6IEFycmF5QnVmZmVyTGlrZSwgYnl0ZU9mZnNldDogbnVtYmVyLCBsZW5ndGg6IG51bWJlcik6IE5vZGVCdWZmZXJWaWV3O1xuICBpc0J1ZmZlcih2YWx1ZTogdW5rbm93bik6IGJvb2xlYW47XG59XG5cbi8qKlxuICogTm9kZSdzIGBCdWZmZXJgIGRlY29kZXMgVVRGLTggdHdpY2UgYXMgZmFzdCBhcyBOb2RlIDIwJ3MgYFRleHREZWNvZGVyYCAoMC40NSBzIGFnYWluc3QgMSBzIGZvclxuICogYSAyNzYgTUIgbG9nKTsgYnJvd3NlcnMgaGF2ZSBubyBgQnVmZmVyYCBhbmQgYSBmYXN0IGBUZXh0RGVjb2RlcmAuXG4gKi9cbmNvbnN0IE5vZGVCdWZmZXIgPSAoZ2xvYmFsVGhpcyBhcyB7IEJ1ZmZlcj86IE5vZGVCdWZmZXJDbGFzcyB9KS5CdWZmZXI7XG5cbmNvbnN0IHN0cmljdCA9IG5ldyBUZXh0RGVjb2RlcihcInV0Zi04XCIsIHsgZmF0YWw6IHRydWUsIGlnbm9yZUJPTTogdHJ1ZSB9KTtcblxuLyoqXG4gKiBUaGUgdGV4dCBvZiB0aGUgVVRGLTggYnl0ZXMgYGJ5dGVzW3N0YXJ0Li5lbmQpYCwgb3IgYG51bGxgIHdoZW4gdGhleSBhcmUgbm90IHZhbGlkIFVURi04IChhXG4gKiBMYXRpbi0xIGZpbGUgcmVhZCBhcyBVVEYtOCk6IG5ldmVyIGEgbmFtZSB3aXRoIHJlcGxhY2VtZW50IGNoYXJhY3RlcnMuIEEgVStGRkZEIHdyaXR0ZW4gaW4gdGhlXG4gKiBmaWxlIGlzIHRleHQgbGlrZSBhbnkgb3RoZXIuXG4gKlxuICogQGV4YW1wbGVcbiAqIHV0ZjhUZXh0KG5ldyBUZXh0RW5jb2RlcigpLmVuY29kZShcIktcdTAwRTRzaXR0ZWx5XCIpLCAwLCAxMCk7IC8vIFwiS1x1MDBFNHNpdHRlbHlcIlxuICogdXRmOFRleHQobmV3IFVpbnQ4QXJyYXkoWzB4NGIsIDB4ZTRdKSwgMCwgMik7IC8vIG51bGxcbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHV0ZjhUZXh0KGJ5dGVzOiBVaW50OEFycmF5LCBzdGFydCA9IDAsIGVuZCA9IGJ5dGVzLmxlbmd0aCk6IHN0cmluZyB8IG51bGwge1xuICBpZiAoTm9kZUJ1ZmZlcikge1xuICAgIC8vIGEgQnVmZmVyIChhIGNodW5rIG9mIGEgZmlsZSByZWFkIGJ5IE5vZGUpIGRlY29kZXMgYSByYW5nZSBvZiBpdHNlbGYgd2l0aG91dCBhIG5ldyB2aWV3XG4gICAgY29uc3QgdGV4dCA9IE5vZGVCdWZmZXIuaXNCdWZmZXIoYnl0ZXMpID8gKGJ5dGVzIGFzIHVua25vd24gYXMgTm9kZUJ1ZmZlclZpZXcpLnRvU3RyaW5nKFwidXRmOFwiLCBzdGFydCwgZW5kKSA6IE5vZGVCdWZmZXIuZnJvbShieXRlcy5idWZmZXIsIGJ5dGVzLmJ5dGVPZmZzZXQgKyBzdGFydCwgZW5kIC0gc3RhcnQpLnRvU3RyaW5nKFwidXRmOFwiKTtcbiAgICBpZiAodGV4dC5pbmRleE9mKFwiXFx1RkZGRFwiKSA8IDApIHJldHVybiB0ZXh0O1xuICB9XG4gIHRyeSB7XG4gICAgcmV0dXJuIHN0cmljdC5kZWNvZGUoYnl0ZXMuc3ViYXJyYXkoc3RhcnQsIGVuZCkpO1xuICB9IGNhdGNoIHtcbiAgICByZXR1cm4gbnVsbDtcbiAgfVxufVxuXG4vKipcbiAqIFRoZSBsZW5ndGggb2YgdGhlIGxvbmdlc3QgcHJlZml4IG9mIGBieXRlc2AgdGhhdCBlbmRzIG9uIGEgd2hvbGUgVVRGLTggY2hhcmFjdGVyOiBhbGwgb2YgdGhlbSxcbiAqIHVubGVzcyB0aGUgbGFzdCBjaGFyYWN0ZXIgaXMgY3V0IG9mZi5cbiAqXG4gKiBAZXhhbXBsZVxuICogd2hvbGVDaGFyYWN0ZXJzKG5ldyBVaW50OEFycmF5KFsweDYxLCAweGMzXSkpOyAvLyAxXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiB3aG9sZUNoYXJhY3RlcnMoYnl0ZXM6IFVpbnQ4QXJyYXkpOiBudW1iZXIge1xuICBjb25zdCBuID0gYnl0ZXMubGVuZ3RoO1xuICBmb3IgKGxldCBiYWNrID0gMTsgYmFjayA8PSBNYXRoLm1pbigzLCBuKTsgYmFjaysrKSB7XG4gICAgY29uc3QgYiA9IGJ5dGVzW24gLSBiYWNrXSE7XG4gICAgaWYgKChiICYgMHhjMCkgPT09IDB4ODApIGNvbnRpbnVlOyAvLyBhIGNvbnRpbnVhdGlvbiBieXRlOiBsb29rIGZ1cnRoZXIgYmFja1xuICAgIGNvbnN0IGxlbmd0aCA9IGIgPj0gMHhmMCA/IDQgOiBiID49IDB4ZTAgPyAzIDogYiA+PSAweGMwID8gMiA6IDE7XG4gICAgcmV0dXJuIGxlbmd0aCA+IGJhY2sgPyBuIC0gYmFjayA6IG47XG4gIH1cbiAgcmV0dXJuIG47XG59XG4iLCAiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL3d0L3JlYWRlci9zcmMvbG9nc1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvd3QvcmVhZGVyL3NyYy9sb2dzL2RlY29kZS10ZXh0LnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL3d0L3JlYWRlci9zcmMvbG9ncy9kZWNvZGUtdGV4dC50c1wiO2ltcG9ydCB7IEV2ZW50TG9nRXJyb3IgfSBmcm9tIFwiLi9ldmVudC1sb2ctZXJyb3IuanNcIjtcbmltcG9ydCB7IHV0ZjhUZXh0LCB3aG9sZUNoYXJhY3RlcnMgfSBmcm9tIFwiLi91dGY4LXRleHQuanNcIjtcblxuLyoqXG4gKiBUZXh0IGVuY29kaW5ncyBhIGxvZyBtYXkgYmUgaW4uIGBsYXRpbjFgIGlzIHJlYWQgYXMgd2luZG93cy0xMjUyLCBhcyB0aGUgV0hBVFdHIEVuY29kaW5nIHN0YW5kYXJkIGRvZXMuXG4gKlxuICogQGV4YW1wbGVcbiAqIGF3YWl0IHJlYWRFdmVudExvZyhzdHJlYW0sIG1hcHBpbmcsIHsgZW5jb2Rpbmc6IFwibGF0aW4xXCIgfSk7XG4gKi9cbmV4cG9ydCB0eXBlIExvZ0VuY29kaW5nID0gXCJ1dGYtOFwiIHwgXCJ1dGY4XCIgfCBcImxhdGluMVwiIHwgXCJpc28tODg1OS0xXCIgfCBcIndpbmRvd3MtMTI1MlwiO1xuXG5leHBvcnQgY29uc3QgRU5DT0RJTkdTOiByZWFkb25seSBMb2dFbmNvZGluZ1tdID0gW1widXRmLThcIiwgXCJ1dGY4XCIsIFwibGF0aW4xXCIsIFwiaXNvLTg4NTktMVwiLCBcIndpbmRvd3MtMTI1MlwiXTtcblxuLyoqXG4gKiBEZWNvZGVzIGJ5dGUgY2h1bmtzIGludG8gdGV4dCBjaHVua3MsIGEgY2hhcmFjdGVyIHNwbGl0IGFjcm9zcyBjaHVua3MgaW5jbHVkZWQsIGEgbGVhZGluZ1xuICogYnl0ZS1vcmRlciBtYXJrIGRyb3BwZWQuIFVURi04IGlzIGNoZWNrZWQ6IGJ5dGVzIHRoYXQgYXJlIG5vdCBVVEYtOCAoYSBMYXRpbi0xIGZpbGUgcmVhZCBhc1xuICogVVRGLTgpIGFyZSBhbiBgaW52YWxpZF9lbmNvZGluZ2AgZXJyb3IgdGhhdCBuYW1lcyB0aGUgZml4LCBuZXZlciBzaWxlbnRseSB3cm9uZyBuYW1lcy5cbiAqXG4gKiBAZXhhbXBsZVxuICogZm9yIGF3YWl0IChjb25zdCB0ZXh0IG9mIGRlY29kZVRleHQoYnl0ZXMsIFwibGF0aW4xXCIpKSB0ZXh0O1xuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24qIGRlY29kZVRleHQoY2h1bmtzOiBBc3luY0l0ZXJhYmxlPFVpbnQ4QXJyYXk+LCBlbmNvZGluZzogTG9nRW5jb2RpbmcgPSBcInV0Zi04XCIpOiBBc3luY0dlbmVyYXRvcjxzdHJpbmc+IHtcbiAgY29uc3QgdXRmOCA9IGVuY29kaW5nID09PSBcInV0Zi04XCIgfHwgZW5jb2RpbmcgPT09IFwidXRmOFwiO1xuICBjb25zdCBkZWNvZGVyID0gbmV3IFRleHREZWNvZGVyKGVuY29kaW5nLCB7IGZhdGFsOiB1dGY4IH0pO1xuICBsZXQgYnl0ZXMgPSAwO1xuICBsZXQgZmlyc3QgPSB0cnVlO1xuICBsZXQgY2Fycnk6IFVpbnQ4QXJyYXkgfCBudWxsID0gbnVsbDtcbiAgY29uc3QgaW52YWxpZCA9ICh1cFRvOiBudW1iZXIpID0+XG4gICAgbmV3IEV2ZW50TG9nRXJyb3IoXG4gICAgICBcImludmFsaWRfZW5jb2RpbmdcIixcbiAgICAgIGB0aGUgbG9nIGlzIG5vdCB2YWxpZCBVVEYtOCAoYmV0d2VlbiBieXRlcyAke2J5dGVzLnRvTG9jYWxlU3RyaW5nKFwiZW5cIil9IGFuZCAke3VwVG8udG9Mb2NhbGVTdHJpbmcoXCJlblwiKX0pYCxcbiAgICAgIHt9LFxuICAgICAgW1wiZW5jb2RpbmdfbGF0aW4xXCJdLFxuICAgICk7XG4gIC8qKiBXaG9sZSBVVEYtOCBjaGFyYWN0ZXJzLCB0aGUgcmVzdCBjYXJyaWVkIHRvIHRoZSBuZXh0IGNodW5rLiAqL1xuICBjb25zdCB2aWFCdWZmZXIgPSAoY2h1bms6IFVpbnQ4QXJyYXksIGZpbmFsOiBib29sZWFuKTogc3RyaW5nID0+IHtcbiAgICBsZXQgZGF0YSA9IGNodW5rO1xuICAgIGlmIChjYXJyeSkge1xuICAgICAgZGF0YSA9IG5ldyBVaW50OEFycmF5KGNhcnJ5Lmxlbmd0aCArIGNodW5rLmxlbmd0aCk7XG4gICAgICBkYXRhLnNldChjYXJyeSk7XG4gICAgICBkYXRhLnNldChjaHVuaywgY2FycnkubGVuZ3RoKTtcbiAgICAgIGNhcnJ5ID0gbnVsbDtcbiAgICB9XG4gICAgY29uc3Qgd2hvbGUgPSBmaW5hbCA/IGRhdGEubGVuZ3RoIDogd2hvbGVDaGFyYWN0ZXJzKGRhdGEpO1xuICAgIGlmICh3aG9sZSA8IGRhdGEubGVuZ3RoKSBjYXJyeSA9IGRhdGEuc2xpY2Uod2hvbGUpO1xuICAgIGNvbnN0IHRleHQgPSB1dGY4VGV4dChkYXRhLCAwLCB3aG9sZSk7XG4gICAgaWYgKHRleHQgPT09IG51bGwpIHRocm93IGludmFsaWQoYnl0ZXMgKyBjaHVuay5sZW5ndGgpO1xuICAgIHJldHVybiB0ZXh0O1xuICB9O1xuICBjb25zdCBkZWNvZGUgPSAoY2h1bms6IFVpbnQ4QXJyYXkgfCB1bmRlZmluZWQpOiBzdHJpbmcgPT4ge1xuICAgIGlmICh1dGY4KSByZXR1cm4gdmlhQnVmZmVyKGNodW5rID8/IG5ldyBVaW50OEFycmF5KDApLCBjaHVuayA9PT0gdW5kZWZpbmVkKTtcbiAgICB0cnkge1xuICAgICAgcmV0dXJuIGNodW5rID8gZGVjb2Rlci5kZWNvZGUoY2h1bmssIHsgc3RyZWFtOiB0cnVlIH0pIDogZGVjb2Rlci5kZWNvZGUoKTtcbiAgICB9IGNhdGNoIHtcbiAgICAgIHRocm93IGludmFsaWQoYnl0ZXMgKyAoY2h1bms/Lmxlbmd0aCA/PyAwKSk7XG4gICAgfVxuICB9O1xuICBmb3IgYXdhaXQgKGNvbnN0IGNodW5rIG9mIGNodW5rcykge1xuICAgIGxldCB0ZXh0ID0gZGVjb2RlKGNodW5rKTtcbiAgICBieXRlcyArPSBjaHVuay5sZW5ndGg7XG4gICAgaWYgKGZpcnN0ICYmIHRleHQgIT09IFwiXCIpIHtcbiAgICAgIGlmICh0ZXh0LmNoYXJDb2RlQXQoMCkgPT09IDB4ZmVmZikgdGV4dCA9IHRleHQuc2xpY2UoMSk7XG4gICAgICBmaXJzdCA9IGZhbHNlO1xuICAgIH1cbiAgICBpZiAodGV4dCkgeWllbGQgdGV4dDtcbiAgfVxuICBjb25zdCByZXN0ID0gZGVjb2RlKHVuZGVmaW5lZCk7XG4gIGlmIChyZXN0KSB5aWVsZCByZXN0O1xufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay93dC9yZWFkZXIvc3JjL2xvZ3NcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZmlsZW5hbWUgPSBcIi93b3JrL3d0L3JlYWRlci9zcmMvbG9ncy9oYXNoLXNsb3RzLnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL3d0L3JlYWRlci9zcmMvbG9ncy9oYXNoLXNsb3RzLnRzXCI7LyoqXG4gKiBQdXRzIGBpbmRleGAgaW50byB0aGUgb3Blbi1hZGRyZXNzaW5nIHRhYmxlIGBzbG90c2AgKHR3byBudW1iZXJzIHBlciBzbG90OiB0aGUgaW5kZXggKyAxLCAwXG4gKiB3aGVuIHRoZSBzbG90IGlzIGZyZWUsIGFuZCB0aGUgaGFzaCwgc28gdGhhdCBwcm9iaW5nIGNvbXBhcmVzIGhhc2hlcyBiZWZvcmUgaXQgdG91Y2hlcyBhXG4gKiBrZXkpIGF0IHRoZSBmaXJzdCBmcmVlIHNsb3QgZnJvbSBgaGFzaGAgb24uIFRoZSB0YWJsZXMgb2YgbmFtZXMgKGBTdHJpbmdUYWJsZWAsIGBCeXRlS2V5c2ApXG4gKiBzaGFyZSBpdC5cbiAqXG4gKiBAZXhhbXBsZVxuICogY29uc3Qgc2xvdHMgPSBuZXcgSW50MzJBcnJheSg4KTsgLy8gNCBzbG90c1xuICogcGxhY2VJblNsb3RzKHNsb3RzLCA1LCAwKTsgLy8gc2xvdCAxICg1ICYgMyk6IHNsb3RzWzJdID09PSAxLCBzbG90c1szXSA9PT0gNVxuICovXG5leHBvcnQgZnVuY3Rpb24gcGxhY2VJblNsb3RzKHNsb3RzOiBJbnQzMkFycmF5LCBoYXNoOiBudW1iZXIsIGluZGV4OiBudW1iZXIpOiB2b2lkIHtcbiAgY29uc3QgbWFzayA9IChzbG90cy5sZW5ndGggPj4gMSkgLSAxO1xuICBsZXQgcyA9IGhhc2ggJiBtYXNrO1xuICB3aGlsZSAoc2xvdHNbMiAqIHNdICE9PSAwKSBzID0gKHMgKyAxKSAmIG1hc2s7XG4gIHNsb3RzWzIgKiBzXSA9IGluZGV4ICsgMTtcbiAgc2xvdHNbMiAqIHMgKyAxXSA9IGhhc2g7XG59XG5cbi8qKlxuICogTXVybXVySGFzaDMncyBmaW5hbGlzZXIgb3ZlciBhbiBGTlYtMWEgaGFzaDogRk5WJ3MgbG93IGJpdHMsIHRoZSBvbmVzIGEgdGFibGUgaW5kZXggdXNlcywgbWl4XG4gKiBwb29ybHkuXG4gKlxuICogQGV4YW1wbGVcbiAqIG1peEhhc2goMHg4MTFjOWRjNSkgIT09IDB4ODExYzlkYzU7IC8vIHRydWVcbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIG1peEhhc2goaDogbnVtYmVyKTogbnVtYmVyIHtcbiAgaCA9IE1hdGguaW11bChoIF4gKGggPj4+IDE2KSwgMHg4NWViY2E2Yik7XG4gIGggPSBNYXRoLmltdWwoaCBeIChoID4+PiAxMyksIDB4YzJiMmFlMzUpO1xuICByZXR1cm4gaCBeIChoID4+PiAxNik7XG59XG4iLCAiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL3d0L3JlYWRlci9zcmMvbG9nc1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvd3QvcmVhZGVyL3NyYy9sb2dzL3N0cmluZy10YWJsZS50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay93dC9yZWFkZXIvc3JjL2xvZ3Mvc3RyaW5nLXRhYmxlLnRzXCI7aW1wb3J0IHsgbWl4SGFzaCwgcGxhY2VJblNsb3RzIH0gZnJvbSBcIi4vaGFzaC1zbG90cy5qc1wiO1xuXG4vKipcbiAqIEludGVybnMgc3RyaW5ncyByZWFkIGZyb20gYSBsb2c6IGVhY2ggZGlzdGluY3Qgc3RyaW5nIGlzIGtlcHQgb25jZSBhbmQgbmFtZWQgYnkgaXRzIGluZGV4LlxuICogQSBwYXJ0IG9mIGEgbGFyZ2VyIHRleHQgKGBpbnRlcm5SYW5nZWApIGlzIGxvb2tlZCB1cCB3aGVyZSBpdCBsaWVzLCB3aXRob3V0IGN1dHRpbmcgaXQgb3V0OlxuICogYSBtaWxsaW9uLWV2ZW50IGxvZyB0aGVuIG1ha2VzIGEgc3RyaW5nIG9ubHkgZm9yIGVhY2ggKm5ldyogbmFtZSwgbm90IGZvciBldmVyeSBmaWVsZC4gVGhlXG4gKiB0YWJsZSBpcyBhIGhhc2ggdGFibGUgb2YgaXRzIG93biBvdmVyIGNoYXJhY3RlciBjb2Rlcywgc28gaG9zdGlsZSBuYW1lcyBzdWNoIGFzIGBfX3Byb3RvX19gXG4gKiBhcmUgb3JkaW5hcnkga2V5cy5cbiAqXG4gKiBAZXhhbXBsZVxuICogY29uc3QgdGFibGUgPSBuZXcgU3RyaW5nVGFibGUoKTtcbiAqIHRhYmxlLmludGVybihcImxhYlwiKTsgLy8gMFxuICogdGFibGUuaW50ZXJuKFwiZGVza1wiKTsgLy8gMVxuICogdGFibGUuaW50ZXJuUmFuZ2UoXCJ0byB0aGUgbGFiXCIsIDcsIDEwKTsgLy8gMFxuICogdGFibGUudmFsdWVzOyAvLyBbXCJsYWJcIiwgXCJkZXNrXCJdXG4gKi9cbmV4cG9ydCBjbGFzcyBTdHJpbmdUYWJsZSB7XG4gIHJlYWRvbmx5IHZhbHVlczogc3RyaW5nW10gPSBbXTtcbiAgLyoqXG4gICAqIE9wZW4gYWRkcmVzc2luZywgdHdvIG51bWJlcnMgcGVyIHNsb3Q6IHRoZSBpbmRleCArIDEgb2YgdGhlIHZhbHVlICgwIHdoZW4gdGhlIHNsb3QgaXNcbiAgICogZnJlZSkgYW5kIGl0cyBoYXNoLCBzbyB0aGF0IHByb2JpbmcgY29tcGFyZXMgaGFzaGVzIGJlZm9yZSBpdCB0b3VjaGVzIGEgc3RyaW5nLlxuICAgKi9cbiAgcHJpdmF0ZSBzbG90cyA9IG5ldyBJbnQzMkFycmF5KDEyOCk7XG4gIC8qKiBFYWNoIHZhbHVlJ3MgaGFzaCwgc28gdGhhdCBncm93aW5nIHRoZSB0YWJsZSBoYXNoZXMgbm90aGluZyBhZ2Fpbi4gKi9cbiAgcHJpdmF0ZSBoYXNoZXMgPSBuZXcgSW50MzJBcnJheSg2NCk7XG5cbiAgaW50ZXJuKHZhbHVlOiBzdHJpbmcpOiBudW1iZXIge1xuICAgIHJldHVybiB0aGlzLmludGVyblJhbmdlKHZhbHVlLCAwLCB2YWx1ZS5sZW5ndGgpO1xuICB9XG5cbiAgLyoqIFRoZSBpbmRleCBvZiBgdGV4dC5zbGljZShzdGFydCwgZW5kKWAsIGFkZGVkIHdoZW4gbmV3LiAqL1xuICBpbnRlcm5SYW5nZSh0ZXh0OiBzdHJpbmcsIHN0YXJ0OiBudW1iZXIsIGVuZDogbnVtYmVyKTogbnVtYmVyIHtcbiAgICBjb25zdCBoYXNoID0gaGFzaE9mKHRleHQsIHN0YXJ0LCBlbmQpO1xuICAgIGNvbnN0IGZvdW5kID0gdGhpcy5sb29rdXAodGV4dCwgc3RhcnQsIGVuZCwgaGFzaCk7XG4gICAgaWYgKGZvdW5kID49IDApIHJldHVybiBmb3VuZDtcbiAgICAvLyBBIHN0cmluZyBjdXQgZnJvbSBhIHRleHQgY2h1bmsgbWF5IHNoYXJlIHRoYXQgY2h1bmsncyBtZW1vcnkgKFY4IHNsaWNlZCBzdHJpbmdzKTogY29weVxuICAgIC8vIGl0LCBzbyB0aGUgdGFibGUga2VlcHMgb25seSBpdHMgb3duIGNoYXJhY3RlcnMsIG5vdCB0aGUgZmlsZSdzIHRleHQuXG4gICAgY29uc3QgdmFsdWUgPSB0ZXh0LnNsaWNlKHN0YXJ0LCBlbmQpO1xuICAgIHJldHVybiB0aGlzLnN0b3JlKHZhbHVlLmxlbmd0aCA+IDEyID8gKFwiIFwiICsgdmFsdWUpLnNsaWNlKDEpIDogdmFsdWUsIGhhc2gpO1xuICB9XG5cbiAgLyoqXG4gICAqIEFkZHMgYSB2YWx1ZSB0aGUgY2FsbGVyIGtub3dzIHRoZSB0YWJsZSBkb2VzIG5vdCBob2xkLCB3aXRob3V0IGxvb2tpbmcgZm9yIGl0OiB0aGUgQ1NWXG4gICAqIHJlYWRlciBmaW5kcyBuYW1lcyBieSB0aGVpciBieXRlcyBmaXJzdCAoYEJ5dGVLZXlzYCksIHNvIGEgbmFtZSBpdCBkZWNvZGVzIGlzIG5ldyBoZXJlLlxuICAgKiBUaGUgdmFsdWUgaXMga2VwdCBhcyBpdCBpczogaXQgbXVzdCBiZSBhIHN0cmluZyBvZiBpdHMgb3duLCBub3QgY3V0IGZyb20gYSBsYXJnZXIgdGV4dC5cbiAgICovXG4gIGFkZCh2YWx1ZTogc3RyaW5nKTogbnVtYmVyIHtcbiAgICByZXR1cm4gdGhpcy5zdG9yZSh2YWx1ZSwgaGFzaE9mKHZhbHVlLCAwLCB2YWx1ZS5sZW5ndGgpKTtcbiAgfVxuXG4gIC8qKiBUaGUgaW5kZXggb2YgYHRleHQuc2xpY2Uoc3RhcnQsIGVuZClgLCBvciAtMSB3aGVuIHRoZSB0YWJsZSBkb2VzIG5vdCBob2xkIGl0LiAqL1xuICBmaW5kUmFuZ2UodGV4dDogc3RyaW5nLCBzdGFydDogbnVtYmVyLCBlbmQ6IG51bWJlcik6IG51bWJlciB7XG4gICAgcmV0dXJuIHRoaXMubG9va3VwKHRleHQsIHN0YXJ0LCBlbmQsIGhhc2hPZih0ZXh0LCBzdGFydCwgZW5kKSk7XG4gIH1cblxuICBnZXQgc2l6ZSgpOiBudW1iZXIge1xuICAgIHJldHVybiB0aGlzLnZhbHVlcy5sZW5ndGg7XG4gIH1cblxuICBwcml2YXRlIGxvb2t1cCh0ZXh0OiBzdHJpbmcsIHN0YXJ0OiBudW1iZXIsIGVuZDogbnVtYmVyLCBoYXNoOiBudW1iZXIpOiBudW1iZXIge1xuICAgIGNvbnN0IHNsb3RzID0gdGhpcy5zbG90cztcbiAgICBjb25zdCBtYXNrID0gKHNsb3RzLmxlbmd0aCA+PiAxKSAtIDE7XG4gICAgZm9yIChsZXQgcyA9IGhhc2ggJiBtYXNrOyA7IHMgPSAocyArIDEpICYgbWFzaykge1xuICAgICAgY29uc3QgaW5kZXggPSBzbG90c1syICogc10hIC0gMTtcbiAgICAgIGlmIChpbmRleCA8IDApIHJldHVybiAtMTtcbiAgICAgIGlmIChzbG90c1syICogcyArIDFdICE9PSBoYXNoKSBjb250aW51ZTtcbiAgICAgIGNvbnN0IHYgPSB0aGlzLnZhbHVlc1tpbmRleF0hO1xuICAgICAgLy8gc2xpY2UgKyA9PT0gY29tcGFyZXMgbmF0aXZlbHk7IHN0YXJ0c1dpdGggd2Fsa3MgdGhlIGNoYXJhY3RlcnMgb25lIGJ5IG9uZSAoM1x1MDBENyBzbG93ZXIgYXQgMzApLlxuICAgICAgaWYgKHYubGVuZ3RoID09PSBlbmQgLSBzdGFydCAmJiB0ZXh0LnNsaWNlKHN0YXJ0LCBlbmQpID09PSB2KSByZXR1cm4gaW5kZXg7XG4gICAgfVxuICB9XG5cbiAgcHJpdmF0ZSBzdG9yZSh2YWx1ZTogc3RyaW5nLCBoYXNoOiBudW1iZXIpOiBudW1iZXIge1xuICAgIGNvbnN0IGkgPSB0aGlzLnZhbHVlcy5sZW5ndGg7XG4gICAgdGhpcy52YWx1ZXMucHVzaCh2YWx1ZSk7XG4gICAgaWYgKGkgPT09IHRoaXMuaGFzaGVzLmxlbmd0aCkge1xuICAgICAgY29uc3QgaGFzaGVzID0gbmV3IEludDMyQXJyYXkoMiAqIGkpO1xuICAgICAgaGFzaGVzLnNldCh0aGlzLmhhc2hlcyk7XG4gICAgICB0aGlzLmhhc2hlcyA9IGhhc2hlcztcbiAgICB9XG4gICAgdGhpcy5oYXNoZXNbaV0gPSBoYXNoO1xuICAgIGlmICh0aGlzLnZhbHVlcy5sZW5ndGggKiA0ID4gdGhpcy5zbG90cy5sZW5ndGgpIHRoaXMucmVoYXNoKCk7XG4gICAgZWxzZSBwbGFjZUluU2xvdHModGhpcy5zbG90cywgaGFzaCwgaSk7XG4gICAgcmV0dXJuIGk7XG4gIH1cblxuICBwcml2YXRlIHJlaGFzaCgpOiB2b2lkIHtcbiAgICB0aGlzLnNsb3RzID0gbmV3IEludDMyQXJyYXkodGhpcy5zbG90cy5sZW5ndGggKiAyKTtcbiAgICBmb3IgKGxldCBpID0gMDsgaSA8IHRoaXMudmFsdWVzLmxlbmd0aDsgaSsrKSBwbGFjZUluU2xvdHModGhpcy5zbG90cywgdGhpcy5oYXNoZXNbaV0hLCBpKTtcbiAgfVxufVxuXG4vKiogU3RyaW5ncyB1cCB0byB0aGlzIGxvbmcgYXJlIGhhc2hlZCB3aG9sZTsgbG9uZ2VyIG9uZXMgYnkgdGhlaXIgbGVuZ3RoLCBoZWFkIGFuZCB0YWlsLiAqL1xuY29uc3QgV0hPTEUgPSAxNjtcblxuLyoqXG4gKiBGTlYtMWEgb3ZlciB0aGUgVVRGLTE2IGNvZGUgdW5pdHMgb2YgYHRleHRbc3RhcnQuLmVuZClgOiBhbGwgb2YgdGhlbSB1cCB0byBgV0hPTEVgLCBlbHNlIHRoZVxuICogbGVuZ3RoIGFuZCB0aGUgZmlyc3QgYW5kIGxhc3QgOC4gUmVhZGluZyBjaGFyYWN0ZXJzIGlzIG1vc3Qgb2YgdGhlIGNvc3Qgb2YgaW50ZXJuaW5nIGFcbiAqIG1pbGxpb24gZmllbGRzLCBhbmQgbmFtZXMgb2YgdGhlIHNhbWUgbGVuZ3RoIHRoYXQgZGlmZmVyIG9ubHkgaW4gdGhlIG1pZGRsZSBhcmUgcmFyZTsgd2hlblxuICogdGhleSBvY2N1ciwgcHJvYmluZyBjb21wYXJlcyB0aGVtIGluIGZ1bGwsIHNvIHRoZSB0YWJsZSBzdGF5cyBleGFjdC5cbiAqL1xuZnVuY3Rpb24gaGFzaE9mKHRleHQ6IHN0cmluZywgc3RhcnQ6IG51bWJlciwgZW5kOiBudW1iZXIpOiBudW1iZXIge1xuICBsZXQgaCA9IDB4ODExYzlkYzU7XG4gIGlmIChlbmQgLSBzdGFydCA8PSBXSE9MRSkge1xuICAgIGZvciAobGV0IGkgPSBzdGFydDsgaSA8IGVuZDsgaSsrKSBoID0gTWF0aC5pbXVsKGggXiB0ZXh0LmNoYXJDb2RlQXQoaSksIDB4MDEwMDAxOTMpO1xuICB9IGVsc2Uge1xuICAgIGggPSBNYXRoLmltdWwoaCBeIChlbmQgLSBzdGFydCksIDB4MDEwMDAxOTMpO1xuICAgIGZvciAobGV0IGkgPSBzdGFydDsgaSA8IHN0YXJ0ICsgODsgaSsrKSBoID0gTWF0aC5pbXVsKGggXiB0ZXh0LmNoYXJDb2RlQXQoaSksIDB4MDEwMDAxOTMpO1xuICAgIGZvciAobGV0IGkgPSBlbmQgLSA4OyBpIDwgZW5kOyBpKyspIGggPSBNYXRoLmltdWwoaCBeIHRleHQuY2hhckNvZGVBdChpKSwgMHgwMTAwMDE5Myk7XG4gIH1cbiAgcmV0dXJuIG1peEhhc2goaCk7XG59XG4iLCAiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL3d0L3JlYWRlci9zcmMvbG9nc1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvd3QvcmVhZGVyL3NyYy9sb2dzL2V2ZW50LWxvZy1idWlsZGVyLnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL3d0L3JlYWRlci9zcmMvbG9ncy9ldmVudC1sb2ctYnVpbGRlci50c1wiO2ltcG9ydCB7IE5PX0NVU1RPTUVSLCB0eXBlIEV2ZW50TG9nIH0gZnJvbSBcIi4vZXZlbnQtbG9nLmpzXCI7XG5pbXBvcnQgeyBTdHJpbmdUYWJsZSB9IGZyb20gXCIuL3N0cmluZy10YWJsZS5qc1wiO1xuXG4vKipcbiAqIENvbGxlY3RzIGV2ZW50cyBpbiBmaWxlIG9yZGVyIGludG8gZ3Jvd2FibGUgdHlwZWQgY29sdW1ucyBhbmQgaW50ZXJuZWQgc3RyaW5nIHRhYmxlcywgdGhlblxuICogYGJ1aWxkKClgcyB0aGUgY29sdW1uYXIgYEV2ZW50TG9nYDogZ3JvdXBlZCBieSBjYXNlLCBlYWNoIGNhc2Ugb3JkZXJlZCBieSB0aW1lIHdpdGggdGllcyBpblxuICogZmlsZSBvcmRlci4gUmVhZGVycyBmZWVkIGl0OyBpdCBpcyBub3QgcGFydCBvZiB0aGUgcHVibGljIEFQSS5cbiAqL1xuZXhwb3J0IGNsYXNzIEV2ZW50TG9nQnVpbGRlciB7XG4gIHJlYWRvbmx5IGNhc2VzID0gbmV3IFN0cmluZ1RhYmxlKCk7XG4gIHJlYWRvbmx5IGFjdGl2aXRpZXMgPSBuZXcgU3RyaW5nVGFibGUoKTtcbiAgcmVhZG9ubHkgZGVwYXJ0bWVudHMgPSBuZXcgU3RyaW5nVGFibGUoKTtcbiAgcmVhZG9ubHkgY3VzdG9tZXJzID0gbmV3IFN0cmluZ1RhYmxlKCk7XG4gIC8qKiBQZXIgZXZlbnQ6IHRoZSBjdXN0b21lciwgbWFkZSB3aGVuIHRoZSBmaXJzdCBldmVudCB3aXRoIG9uZSBhcnJpdmVzIChOT19DVVNUT01FUiBmb3IgdGhlIGV2ZW50cyB3aXRob3V0KS4gKi9cbiAgcHJpdmF0ZSBjdXN0b21lcjogVWludDMyQXJyYXkgfCBudWxsID0gbnVsbDtcbiAgLyoqIEV2ZW50cyB0aGF0IG5hbWUgc2V2ZXJhbCBjdXN0b21lcnM6IGZpbGUtb3JkZXIgaW5kZXggXHUyMTkyIHRoZSBjdXN0b21lcnMgYmV5b25kIHRoZSBmaXJzdC4gKi9cbiAgcHJpdmF0ZSByZWFkb25seSBtb3JlQ3VzdG9tZXJzID0gbmV3IE1hcDxudW1iZXIsIHJlYWRvbmx5IG51bWJlcltdPigpO1xuICBwcml2YXRlIGNhc2VPZiA9IG5ldyBVaW50MzJBcnJheSgxMDI0KTtcbiAgcHJpdmF0ZSBhY3Rpdml0eSA9IG5ldyBVaW50MzJBcnJheSgxMDI0KTtcbiAgcHJpdmF0ZSBkZXBhcnRtZW50ID0gbmV3IFVpbnQzMkFycmF5KDEwMjQpO1xuICBwcml2YXRlIHRpbWUgPSBuZXcgRmxvYXQ2NEFycmF5KDEwMjQpO1xuICAvKiogU3RhcnQgdGltZXMsIG1hZGUgd2hlbiB0aGUgZmlyc3QgZXZlbnQgd2l0aCBvbmUgYXJyaXZlcyAoTmFOIGZvciB0aGUgZXZlbnRzIHdpdGhvdXQpLiAqL1xuICBwcml2YXRlIHN0YXJ0OiBGbG9hdDY0QXJyYXkgfCBudWxsID0gbnVsbDtcbiAgcHJpdmF0ZSBjb3VudCA9IDA7XG4gIHNraXBwZWQgPSAwO1xuICByZWFkb25seSBza2lwcGVkUHJvYmxlbXM6IHN0cmluZ1tdID0gW107XG5cbiAgZ2V0IGV2ZW50cygpOiBudW1iZXIge1xuICAgIHJldHVybiB0aGlzLmNvdW50O1xuICB9XG5cbiAgLyoqXG4gICAqIEFkZHMgb25lIGV2ZW50OyBgZGVwYXJ0bWVudGAgaXMgYW4gaW5kZXggaW50byBgZGVwYXJ0bWVudHNgIG9yIGBNSVNTSU5HX0RFUEFSVE1FTlRgLCBgdGltZWBcbiAgICogKGFuZCBgc3RhcnRgLCB3aGVuIHRoZSBldmVudCBoYXMgb25lKSBpbiBtcy5cbiAgICovXG4gIGFkZChjYXNlSW5kZXg6IG51bWJlciwgYWN0aXZpdHk6IG51bWJlciwgZGVwYXJ0bWVudDogbnVtYmVyLCB0aW1lOiBudW1iZXIsIHN0YXJ0ID0gTnVtYmVyLk5hTiwgY3VzdG9tZXIgPSBOT19DVVNUT01FUiwgbW9yZUN1c3RvbWVycz86IHJlYWRvbmx5IG51bWJlcltdKTogdm9pZCB7XG4gICAgaWYgKHRoaXMuY291bnQgPT09IHRoaXMudGltZS5sZW5ndGgpIHRoaXMuZ3JvdygpO1xuICAgIGNvbnN0IGkgPSB0aGlzLmNvdW50Kys7XG4gICAgdGhpcy5jYXNlT2ZbaV0gPSBjYXNlSW5kZXg7XG4gICAgdGhpcy5hY3Rpdml0eVtpXSA9IGFjdGl2aXR5O1xuICAgIHRoaXMuZGVwYXJ0bWVudFtpXSA9IGRlcGFydG1lbnQ7XG4gICAgdGhpcy50aW1lW2ldID0gdGltZTtcbiAgICBpZiAoIU51bWJlci5pc05hTihzdGFydCkgJiYgdGhpcy5zdGFydCA9PT0gbnVsbCkgdGhpcy5zdGFydCA9IG5ldyBGbG9hdDY0QXJyYXkodGhpcy50aW1lLmxlbmd0aCkuZmlsbChOdW1iZXIuTmFOKTtcbiAgICBpZiAodGhpcy5zdGFydCAhPT0gbnVsbCkgdGhpcy5zdGFydFtpXSA9IHN0YXJ0O1xuICAgIGlmIChjdXN0b21lciAhPT0gTk9fQ1VTVE9NRVIgJiYgdGhpcy5jdXN0b21lciA9PT0gbnVsbCkgdGhpcy5jdXN0b21lciA9IG5ldyBVaW50MzJBcnJheSh0aGlzLnRpbWUubGVuZ3RoKS5maWxsKE5PX0NVU1RPTUVSKTtcbiAgICBpZiAodGhpcy5jdXN0b21lciAhPT0gbnVsbCkgdGhpcy5jdXN0b21lcltpXSA9IGN1c3RvbWVyO1xuICAgIGlmIChtb3JlQ3VzdG9tZXJzICE9PSB1bmRlZmluZWQgJiYgbW9yZUN1c3RvbWVycy5sZW5ndGggPiAwKSB0aGlzLm1vcmVDdXN0b21lcnMuc2V0KGksIG1vcmVDdXN0b21lcnMpO1xuICB9XG5cbiAgc2tpcChwcm9ibGVtOiBzdHJpbmcpOiB2b2lkIHtcbiAgICB0aGlzLnNraXBwZWQrKztcbiAgICBpZiAodGhpcy5za2lwcGVkUHJvYmxlbXMubGVuZ3RoIDwgMTApIHRoaXMuc2tpcHBlZFByb2JsZW1zLnB1c2gocHJvYmxlbSk7XG4gIH1cblxuICBwcml2YXRlIGdyb3coKTogdm9pZCB7XG4gICAgY29uc3Qgc2l6ZSA9IHRoaXMudGltZS5sZW5ndGggKiAyO1xuICAgIGNvbnN0IHUzMiA9IChvbGQ6IFVpbnQzMkFycmF5KSA9PiB7XG4gICAgICBjb25zdCBuZXh0ID0gbmV3IFVpbnQzMkFycmF5KHNpemUpO1xuICAgICAgbmV4dC5zZXQob2xkKTtcbiAgICAgIHJldHVybiBuZXh0O1xuICAgIH07XG4gICAgdGhpcy5jYXNlT2YgPSB1MzIodGhpcy5jYXNlT2YpO1xuICAgIHRoaXMuYWN0aXZpdHkgPSB1MzIodGhpcy5hY3Rpdml0eSk7XG4gICAgdGhpcy5kZXBhcnRtZW50ID0gdTMyKHRoaXMuZGVwYXJ0bWVudCk7XG4gICAgY29uc3QgdGltZSA9IG5ldyBGbG9hdDY0QXJyYXkoc2l6ZSk7XG4gICAgdGltZS5zZXQodGhpcy50aW1lKTtcbiAgICB0aGlzLnRpbWUgPSB0aW1lO1xuICAgIGlmICh0aGlzLnN0YXJ0ICE9PSBudWxsKSB7XG4gICAgICBjb25zdCBzdGFydCA9IG5ldyBGbG9hdDY0QXJyYXkoc2l6ZSkuZmlsbChOdW1iZXIuTmFOKTtcbiAgICAgIHN0YXJ0LnNldCh0aGlzLnN0YXJ0KTtcbiAgICAgIHRoaXMuc3RhcnQgPSBzdGFydDtcbiAgICB9XG4gICAgaWYgKHRoaXMuY3VzdG9tZXIgIT09IG51bGwpIHtcbiAgICAgIGNvbnN0IGN1c3RvbWVyID0gbmV3IFVpbnQzMkFycmF5KHNpemUpLmZpbGwoTk9fQ1VTVE9NRVIpO1xuICAgICAgY3VzdG9tZXIuc2V0KHRoaXMuY3VzdG9tZXIpO1xuICAgICAgdGhpcy5jdXN0b21lciA9IGN1c3RvbWVyO1xuICAgIH1cbiAgfVxuXG4gIC8qKiBUaGUgY29sdW1uYXIgbG9nOyBgd2l0aEN1c3RvbWVyc2AgKGEgY3VzdG9tZXIgbWFwcGluZyB3YXMgZ2l2ZW4pIGFkZHMgdGhlIGN1c3RvbWVyIGNvbHVtbnMgZXZlbiB3aGVuIG5vIGV2ZW50IG5hbWVkIG9uZS4gKi9cbiAgYnVpbGQoZm9ybWF0OiBFdmVudExvZ1tcImZvcm1hdFwiXSwgd2l0aEN1c3RvbWVycyA9IGZhbHNlKTogRXZlbnRMb2cge1xuICAgIGNvbnN0IG4gPSB0aGlzLmNvdW50O1xuICAgIGNvbnN0IGNhc2VDb3VudCA9IHRoaXMuY2FzZXMuc2l6ZTtcbiAgICAvLyBDb3VudGluZyBzb3J0IGJ5IGNhc2Uga2VlcHMgZmlsZSBvcmRlciB3aXRoaW4gYSBjYXNlIChzdGFibGUpLlxuICAgIGNvbnN0IGNhc2VTdGFydCA9IG5ldyBVaW50MzJBcnJheShjYXNlQ291bnQgKyAxKTtcbiAgICBmb3IgKGxldCBpID0gMDsgaSA8IG47IGkrKykgY2FzZVN0YXJ0W3RoaXMuY2FzZU9mW2ldISArIDFdISsrO1xuICAgIGZvciAobGV0IGMgPSAwOyBjIDwgY2FzZUNvdW50OyBjKyspIGNhc2VTdGFydFtjICsgMV0hICs9IGNhc2VTdGFydFtjXSE7XG4gICAgY29uc3QgbmV4dCA9IGNhc2VTdGFydC5zbGljZSgwLCBjYXNlQ291bnQpO1xuICAgIGNvbnN0IG9yZGVyID0gbmV3IFVpbnQzMkFycmF5KG4pO1xuICAgIGZvciAobGV0IGkgPSAwOyBpIDwgbjsgaSsrKSBvcmRlcltuZXh0W3RoaXMuY2FzZU9mW2ldIV0hKytdID0gaTtcbiAgICAvLyBUaGVuIG9yZGVyIGVhY2ggY2FzZSBieSB0aW1lOyBBcnJheS5wcm90b3R5cGUuc29ydCBpcyBzdGFibGUsIHNvIHRpZXMga2VlcCBmaWxlIG9yZGVyLlxuICAgIGNvbnN0IHRpbWUgPSB0aGlzLnRpbWU7XG4gICAgZm9yIChsZXQgYyA9IDA7IGMgPCBjYXNlQ291bnQ7IGMrKykge1xuICAgICAgY29uc3QgZnJvbSA9IGNhc2VTdGFydFtjXSE7XG4gICAgICBjb25zdCB0byA9IGNhc2VTdGFydFtjICsgMV0hO1xuICAgICAgbGV0IHNvcnRlZCA9IHRydWU7XG4gICAgICBmb3IgKGxldCBrID0gZnJvbSArIDE7IGsgPCB0byAmJiBzb3J0ZWQ7IGsrKykgc29ydGVkID0gdGltZVtvcmRlcltrIC0gMV0hXSEgPD0gdGltZVtvcmRlcltrXSFdITtcbiAgICAgIGlmIChzb3J0ZWQpIGNvbnRpbnVlO1xuICAgICAgY29uc3QgZXZlbnRzID0gQXJyYXkuZnJvbShvcmRlci5zdWJhcnJheShmcm9tLCB0bykpLnNvcnQoKGEsIGIpID0+IHRpbWVbYV0hIC0gdGltZVtiXSEpO1xuICAgICAgb3JkZXIuc2V0KGV2ZW50cywgZnJvbSk7XG4gICAgfVxuICAgIGNvbnN0IGFjdGl2aXR5ID0gbmV3IFVpbnQzMkFycmF5KG4pO1xuICAgIGNvbnN0IGRlcGFydG1lbnQgPSBuZXcgVWludDMyQXJyYXkobik7XG4gICAgY29uc3QgdGltZXMgPSBuZXcgRmxvYXQ2NEFycmF5KG4pO1xuICAgIGNvbnN0IHN0YXJ0cyA9IHRoaXMuc3RhcnQgPT09IG51bGwgPyBudWxsIDogbmV3IEZsb2F0NjRBcnJheShuKTtcbiAgICBjb25zdCBjdXN0b21lcnMgPSB3aXRoQ3VzdG9tZXJzID8gbmV3IFVpbnQzMkFycmF5KG4pLmZpbGwoTk9fQ1VTVE9NRVIpIDogbnVsbDtcbiAgICBjb25zdCBtb3JlID0gd2l0aEN1c3RvbWVycyAmJiB0aGlzLm1vcmVDdXN0b21lcnMuc2l6ZSA+IDAgPyBuZXcgTWFwPG51bWJlciwgcmVhZG9ubHkgbnVtYmVyW10+KCkgOiBudWxsO1xuICAgIGZvciAobGV0IGsgPSAwOyBrIDwgbjsgaysrKSB7XG4gICAgICBjb25zdCBpID0gb3JkZXJba10hO1xuICAgICAgYWN0aXZpdHlba10gPSB0aGlzLmFjdGl2aXR5W2ldITtcbiAgICAgIGRlcGFydG1lbnRba10gPSB0aGlzLmRlcGFydG1lbnRbaV0hO1xuICAgICAgdGltZXNba10gPSB0aW1lW2ldITtcbiAgICAgIGlmIChzdGFydHMgIT09IG51bGwpIHN0YXJ0c1trXSA9IHRoaXMuc3RhcnQhW2ldITtcbiAgICAgIGlmIChjdXN0b21lcnMgIT09IG51bGwgJiYgdGhpcy5jdXN0b21lciAhPT0gbnVsbCkgY3VzdG9tZXJzW2tdID0gdGhpcy5jdXN0b21lcltpXSE7XG4gICAgICBjb25zdCBvdGhlcnMgPSBtb3JlID09PSBudWxsID8gdW5kZWZpbmVkIDogdGhpcy5tb3JlQ3VzdG9tZXJzLmdldChpKTtcbiAgICAgIGlmIChvdGhlcnMgIT09IHVuZGVmaW5lZCkgbW9yZSEuc2V0KGssIG90aGVycyk7XG4gICAgfVxuICAgIHJldHVybiB7XG4gICAgICBmb3JtYXQsXG4gICAgICBldmVudHM6IG4sXG4gICAgICBjYXNlczogdGhpcy5jYXNlcy52YWx1ZXMsXG4gICAgICBhY3Rpdml0aWVzOiB0aGlzLmFjdGl2aXRpZXMudmFsdWVzLFxuICAgICAgZGVwYXJ0bWVudHM6IHRoaXMuZGVwYXJ0bWVudHMudmFsdWVzLFxuICAgICAgY2FzZVN0YXJ0LFxuICAgICAgYWN0aXZpdHksXG4gICAgICBkZXBhcnRtZW50LFxuICAgICAgdGltZTogdGltZXMsXG4gICAgICBzdGFydDogc3RhcnRzLFxuICAgICAgc2tpcHBlZDogdGhpcy5za2lwcGVkLFxuICAgICAgc2tpcHBlZFByb2JsZW1zOiB0aGlzLnNraXBwZWRQcm9ibGVtcyxcbiAgICAgIC4uLih3aXRoQ3VzdG9tZXJzICYmIHsgY3VzdG9tZXJzOiB0aGlzLmN1c3RvbWVycy52YWx1ZXMsIGN1c3RvbWVyOiBjdXN0b21lcnMsIG1vcmVDdXN0b21lcnM6IG1vcmUgfSksXG4gICAgfTtcbiAgfVxufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay93dC9yZWFkZXIvc3JjL2xvZ3NcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZmlsZW5hbWUgPSBcIi93b3JrL3d0L3JlYWRlci9zcmMvbG9ncy9ndW56aXAtaWYtY29tcHJlc3NlZC50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay93dC9yZWFkZXIvc3JjL2xvZ3MvZ3VuemlwLWlmLWNvbXByZXNzZWQudHNcIjtpbXBvcnQgeyBFdmVudExvZ0Vycm9yIH0gZnJvbSBcIi4vZXZlbnQtbG9nLWVycm9yLmpzXCI7XG5cbi8qKlxuICogUGFzc2VzIGJ5dGUgY2h1bmtzIHRocm91Z2gsIGRlY29tcHJlc3NpbmcgdGhlbSB3aGVuIHRoZXkgc3RhcnQgd2l0aCB0aGUgZ3ppcCBtYWdpYyBieXRlc1xuICogYDFmIDhiYCAodGhlIG5hbWUgb2YgYSBmaWxlIHNheXMgbm90aGluZykuIFVzZXMgdGhlIHBsYXRmb3JtJ3MgYERlY29tcHJlc3Npb25TdHJlYW1gXG4gKiAoYnJvd3NlcnMsIE5vZGUgXHUyMjY1IDE4KSwgc28gYSA0MCBNQiBsb2cgaXMgbmV2ZXIgaGVsZCB3aG9sZTsgYSB0cnVuY2F0ZWQgb3IgZGFtYWdlZCBzdHJlYW0gaXNcbiAqIGEgYGJhZF9nemlwYCBlcnJvci5cbiAqXG4gKiBAZXhhbXBsZVxuICogZm9yIGF3YWl0IChjb25zdCBieXRlcyBvZiBndW56aXBJZkNvbXByZXNzZWQoYnl0ZUNodW5rcyhmaWxlLnN0cmVhbSgpKSkpIGJ5dGVzOyAvLyBwbGFpbiBieXRlc1xuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24qIGd1bnppcElmQ29tcHJlc3NlZChjaHVua3M6IEFzeW5jSXRlcmFibGU8VWludDhBcnJheT4pOiBBc3luY0dlbmVyYXRvcjxVaW50OEFycmF5PiB7XG4gIGNvbnN0IGl0ZXJhdG9yID0gY2h1bmtzW1N5bWJvbC5hc3luY0l0ZXJhdG9yXSgpO1xuICBsZXQgZmlyc3QgPSBhd2FpdCBpdGVyYXRvci5uZXh0KCk7XG4gIHdoaWxlICghZmlyc3QuZG9uZSAmJiBmaXJzdC52YWx1ZS5sZW5ndGggPT09IDApIGZpcnN0ID0gYXdhaXQgaXRlcmF0b3IubmV4dCgpO1xuICBpZiAoZmlyc3QuZG9uZSkgcmV0dXJuO1xuICAvLyBPbmUgYnl0ZSBvZiBhIHR3by1ieXRlIG1hZ2ljIG51bWJlciBtYXkgY29tZSBhbG9uZTsgam9pbiBpdCB3aXRoIHRoZSBuZXh0IGNodW5rLlxuICBpZiAoZmlyc3QudmFsdWUubGVuZ3RoID09PSAxKSB7XG4gICAgY29uc3Qgc2Vjb25kID0gYXdhaXQgaXRlcmF0b3IubmV4dCgpO1xuICAgIGlmICghc2Vjb25kLmRvbmUpIHtcbiAgICAgIGNvbnN0IGpvaW5lZCA9IG5ldyBVaW50OEFycmF5KDEgKyBzZWNvbmQudmFsdWUubGVuZ3RoKTtcbiAgICAgIGpvaW5lZFswXSA9IGZpcnN0LnZhbHVlWzBdITtcbiAgICAgIGpvaW5lZC5zZXQoc2Vjb25kLnZhbHVlLCAxKTtcbiAgICAgIGZpcnN0ID0geyBkb25lOiBmYWxzZSwgdmFsdWU6IGpvaW5lZCB9O1xuICAgIH1cbiAgfVxuICBjb25zdCBoZWFkID0gZmlyc3QudmFsdWU7XG4gIGlmICghKGhlYWRbMF0gPT09IDB4MWYgJiYgaGVhZFsxXSA9PT0gMHg4YikpIHtcbiAgICB5aWVsZCBoZWFkO1xuICAgIGZvciAobGV0IG5leHQgPSBhd2FpdCBpdGVyYXRvci5uZXh0KCk7ICFuZXh0LmRvbmU7IG5leHQgPSBhd2FpdCBpdGVyYXRvci5uZXh0KCkpIHlpZWxkIG5leHQudmFsdWU7XG4gICAgcmV0dXJuO1xuICB9XG4gIGNvbnN0IGNvbXByZXNzZWQgPSBuZXcgUmVhZGFibGVTdHJlYW08VWludDhBcnJheT4oe1xuICAgIHN0YXJ0KGNvbnRyb2xsZXIpIHtcbiAgICAgIGNvbnRyb2xsZXIuZW5xdWV1ZShoZWFkKTtcbiAgICB9LFxuICAgIGFzeW5jIHB1bGwoY29udHJvbGxlcikge1xuICAgICAgY29uc3QgbmV4dCA9IGF3YWl0IGl0ZXJhdG9yLm5leHQoKTtcbiAgICAgIGlmIChuZXh0LmRvbmUpIGNvbnRyb2xsZXIuY2xvc2UoKTtcbiAgICAgIGVsc2UgY29udHJvbGxlci5lbnF1ZXVlKG5leHQudmFsdWUpO1xuICAgIH0sXG4gICAgYXN5bmMgY2FuY2VsKCkge1xuICAgICAgYXdhaXQgaXRlcmF0b3IucmV0dXJuPy4oKTtcbiAgICB9LFxuICB9KTtcbiAgY29uc3QgcmVhZGVyID0gY29tcHJlc3NlZC5waXBlVGhyb3VnaChuZXcgRGVjb21wcmVzc2lvblN0cmVhbShcImd6aXBcIikgYXMgUmVhZGFibGVXcml0YWJsZVBhaXI8VWludDhBcnJheSwgVWludDhBcnJheT4pLmdldFJlYWRlcigpO1xuICBmb3IgKDs7KSB7XG4gICAgbGV0IHJlc3VsdDogUmVhZGFibGVTdHJlYW1SZWFkUmVzdWx0PFVpbnQ4QXJyYXk+O1xuICAgIHRyeSB7XG4gICAgICByZXN1bHQgPSBhd2FpdCByZWFkZXIucmVhZCgpO1xuICAgIH0gY2F0Y2ggKGUpIHtcbiAgICAgIHRocm93IG5ldyBFdmVudExvZ0Vycm9yKFxuICAgICAgICBcImJhZF9nemlwXCIsXG4gICAgICAgIGB0aGUgZ3ppcCBkYXRhIGlzIHRydW5jYXRlZCBvciBkYW1hZ2VkICgkeyhlIGFzIEVycm9yKS5tZXNzYWdlfSk6IGRvd25sb2FkIG9yIGNvbXByZXNzIHRoZSBsb2cgYWdhaW5gLFxuICAgICAgKTtcbiAgICB9XG4gICAgaWYgKHJlc3VsdC5kb25lKSByZXR1cm47XG4gICAgeWllbGQgcmVzdWx0LnZhbHVlO1xuICB9XG59XG4iLCAiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL3d0L3JlYWRlci9zcmMvbG9nc1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvd3QvcmVhZGVyL3NyYy9sb2dzL2xvZy1zb3VyY2UudHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfaW1wb3J0X21ldGFfdXJsID0gXCJmaWxlOi8vL3dvcmsvd3QvcmVhZGVyL3NyYy9sb2dzL2xvZy1zb3VyY2UudHNcIjsvKipcbiAqIFdoZXJlIGEgbG9nJ3MgYnl0ZXMgY29tZSBmcm9tLCBpbiB0aGUgYnJvd3NlciBhcyBpbiBOb2RlOiBhIHdlYiBgUmVhZGFibGVTdHJlYW1gIChhIGBmZXRjaGBcbiAqIGJvZHksIGBGaWxlLnN0cmVhbSgpYCksIGFueSAoYXN5bmMpIGl0ZXJhYmxlIG9mIGJ5dGUgY2h1bmtzIChhIE5vZGUgYFJlYWRhYmxlYCBzdWNoIGFzXG4gKiBgZnMuY3JlYXRlUmVhZFN0cmVhbShwYXRoKWApLCBvbmUgYFVpbnQ4QXJyYXlgIC8gYEFycmF5QnVmZmVyYCwgb3IgYSBzdHJpbmcgaG9sZGluZyB0aGVcbiAqIGxvZydzIHRleHQgKHRoZW4gYGVuY29kaW5nYCBkb2VzIG5vdCBhcHBseSkuIEd6aXAtY29tcHJlc3NlZCBieXRlcyBhcmUgcmVjb2duaXNlZCBieSB0aGVpclxuICogZmlyc3QgYnl0ZXMsIHdoYXRldmVyIHRoZSBmaWxlIGlzIGNhbGxlZC5cbiAqXG4gKiBAZXhhbXBsZVxuICogYXdhaXQgcmVhZEV2ZW50TG9nKGNyZWF0ZVJlYWRTdHJlYW0oXCJzZXBzaXMuY3N2XCIpLCBtYXBwaW5nKTsgLy8gYSBOb2RlIHN0cmVhbVxuICogYXdhaXQgcmVhZEV2ZW50TG9nKChhd2FpdCBmZXRjaCh1cmwpKS5ib2R5ISwgbWFwcGluZyk7ICAgICAgIC8vIGEgd2ViIHN0cmVhbVxuICogYXdhaXQgcmVhZEV2ZW50TG9nKHRleHQsIG1hcHBpbmcpOyAgICAgICAgICAgICAgICAgICAgICAgICAgIC8vIHRoZSB0ZXh0IGl0c2VsZlxuICovXG5leHBvcnQgdHlwZSBFdmVudExvZ1NvdXJjZSA9XG4gIHwgc3RyaW5nXG4gIHwgVWludDhBcnJheVxuICB8IEFycmF5QnVmZmVyXG4gIHwgUmVhZGFibGVTdHJlYW08VWludDhBcnJheT5cbiAgfCBBc3luY0l0ZXJhYmxlPFVpbnQ4QXJyYXk+XG4gIHwgSXRlcmFibGU8VWludDhBcnJheT47XG5cbi8qKlxuICogVGhlIGJ5dGUgY2h1bmtzIG9mIGEgKG5vbi1zdHJpbmcpIHNvdXJjZSwgb25lIGJ5IG9uZS5cbiAqXG4gKiBAZXhhbXBsZVxuICogZm9yIGF3YWl0IChjb25zdCBjaHVuayBvZiBieXRlQ2h1bmtzKG5ldyBVaW50OEFycmF5KFsxLCAyXSkpKSBjaHVuazsgLy8gVWludDhBcnJheSBbMSwgMl1cbiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uKiBieXRlQ2h1bmtzKHNvdXJjZTogRXhjbHVkZTxFdmVudExvZ1NvdXJjZSwgc3RyaW5nPik6IEFzeW5jR2VuZXJhdG9yPFVpbnQ4QXJyYXk+IHtcbiAgaWYgKHNvdXJjZSBpbnN0YW5jZW9mIFVpbnQ4QXJyYXkpIHtcbiAgICB5aWVsZCBzb3VyY2U7XG4gIH0gZWxzZSBpZiAoc291cmNlIGluc3RhbmNlb2YgQXJyYXlCdWZmZXIpIHtcbiAgICB5aWVsZCBuZXcgVWludDhBcnJheShzb3VyY2UpO1xuICB9IGVsc2UgaWYgKHR5cGVvZiAoc291cmNlIGFzIFJlYWRhYmxlU3RyZWFtKS5nZXRSZWFkZXIgPT09IFwiZnVuY3Rpb25cIikge1xuICAgIC8vIFJlYWQgdGhyb3VnaCBhIHJlYWRlciByYXRoZXIgdGhhbiBhc3luYyBpdGVyYXRpb246IG5vdCBldmVyeSBicm93c2VyIGl0ZXJhdGVzIHdlYiBzdHJlYW1zLlxuICAgIGNvbnN0IHJlYWRlciA9IChzb3VyY2UgYXMgUmVhZGFibGVTdHJlYW08VWludDhBcnJheT4pLmdldFJlYWRlcigpO1xuICAgIHRyeSB7XG4gICAgICBmb3IgKDs7KSB7XG4gICAgICAgIGNvbnN0IHsgZG9uZSwgdmFsdWUgfSA9IGF3YWl0IHJlYWRlci5yZWFkKCk7XG4gICAgICAgIGlmIChkb25lKSBicmVhaztcbiAgICAgICAgeWllbGQgdmFsdWU7XG4gICAgICB9XG4gICAgfSBmaW5hbGx5IHtcbiAgICAgIHJlYWRlci5yZWxlYXNlTG9jaygpO1xuICAgIH1cbiAgfSBlbHNlIGlmIChTeW1ib2wuYXN5bmNJdGVyYXRvciBpbiBzb3VyY2UgfHwgU3ltYm9sLml0ZXJhdG9yIGluIHNvdXJjZSkge1xuICAgIGZvciBhd2FpdCAoY29uc3QgY2h1bmsgb2Ygc291cmNlIGFzIEFzeW5jSXRlcmFibGU8VWludDhBcnJheT4pIHtcbiAgICAgIGlmICh0eXBlb2YgY2h1bmsgPT09IFwic3RyaW5nXCIpIHRocm93IG5ldyBUeXBlRXJyb3IoXCJyZWFkRXZlbnRMb2c6IGEgc3RyZWFtIG9mIHN0cmluZ3MgaXMgbm90IGEgYnl0ZSBzdHJlYW07IHBhc3MgdGhlIHRleHQgYXMgb25lIHN0cmluZywgb3IgYnl0ZXNcIik7XG4gICAgICB5aWVsZCBjaHVuaztcbiAgICB9XG4gIH0gZWxzZSB7XG4gICAgdGhyb3cgbmV3IFR5cGVFcnJvcihcInJlYWRFdmVudExvZzogdGhlIHNvdXJjZSBtdXN0IGJlIGEgc3RyaW5nLCBieXRlcywgYSBSZWFkYWJsZVN0cmVhbSBvciBhbiBpdGVyYWJsZSBvZiBieXRlIGNodW5rc1wiKTtcbiAgfVxufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay93dC9yZWFkZXIvc3JjL2xvZ3NcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZmlsZW5hbWUgPSBcIi93b3JrL3d0L3JlYWRlci9zcmMvbG9ncy9yZWFkLWNzdi1ldmVudHMudHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfaW1wb3J0X21ldGFfdXJsID0gXCJmaWxlOi8vL3dvcmsvd3QvcmVhZGVyL3NyYy9sb2dzL3JlYWQtY3N2LWV2ZW50cy50c1wiO2ltcG9ydCBQYXBhIGZyb20gXCJwYXBhcGFyc2VcIjtcbmltcG9ydCB7IEFCU0VOVCwgQnl0ZUtleXMgfSBmcm9tIFwiLi9ieXRlLWtleXMuanNcIjtcbmltcG9ydCB7IGNzdkxpbmVCcmVha3MgfSBmcm9tIFwiLi9jc3YtbGluZS1icmVha3MuanNcIjtcbmltcG9ydCB7IEV2ZW50TG9nRXJyb3IgfSBmcm9tIFwiLi9ldmVudC1sb2ctZXJyb3IuanNcIjtcbmltcG9ydCB7IE1JU1NJTkdfREVQQVJUTUVOVCwgTk9fQ1VTVE9NRVIgfSBmcm9tIFwiLi9ldmVudC1sb2cuanNcIjtcbmltcG9ydCB7IGNsb3Nlc3ROYW1lcywgZGlkWW91TWVhbiB9IGZyb20gXCIuL2Nsb3Nlc3QtbmFtZXMuanNcIjtcbmltcG9ydCB7IGV4Y2VycHQsIGV4Y2VycHRMaXN0IH0gZnJvbSBcIi4vZXhjZXJwdC5qc1wiO1xuaW1wb3J0IHsgYmFkUm93LCB0eXBlIFJlYWRlckNvbmZpZyB9IGZyb20gXCIuL3JlYWRlci1jb25maWcuanNcIjtcbmltcG9ydCB7IHV0ZjhUZXh0LCB3aG9sZUNoYXJhY3RlcnMgfSBmcm9tIFwiLi91dGY4LXRleHQuanNcIjtcblxuLyoqIFF1b3RlZCB0ZXh0IGlzIGdpdmVuIHRvIHRoZSBwYXJzZXIgYXQgbGVhc3QgdGhpcyBtYW55IGJ5dGVzIGF0IGEgdGltZTogZmV3ZXIgY2FsbHMgaW50byBpdC4gKi9cbmNvbnN0IEJBVENIX0JZVEVTID0gMSA8PCAxNjtcbi8qKlxuICogQSBoZWFkZXIgb3IgcmVjb3JkIHN0aWxsIG9wZW4gYWZ0ZXIgdGhpcyBtYW55IGJ5dGVzIChvciBjaGFyYWN0ZXJzIG9mIHF1b3RlZCB0ZXh0KSBpcyBub3QgYVxuICogbGluZSBvZiBhbiBldmVudCBsb2cgKGFuIHVudGVybWluYXRlZCBxdW90ZSwgYSBmaWxlIHdpdGhvdXQgbGluZSBicmVha3MpOiByZWFkaW5nIHN0b3BzXG4gKiB0aGVyZSwgaW4gdGltZSBsaW5lYXIgaW4gaXQuXG4gKi9cbmNvbnN0IE1BWF9SRUNPUkQgPSAxIDw8IDIyO1xuY29uc3QgREVMSU1JVEVSUyA9IFtcIixcIiwgXCI7XCIsIFwiXFx0XCIsIFwifFwiXTtcbmNvbnN0IFtMRiwgQ1IsIFFVT1RFXSA9IFsweDBhLCAweDBkLCAweDIyXTtcbmNvbnN0IEVNUFRZID0gbmV3IFVpbnQ4QXJyYXkoMCk7XG5cbmludGVyZmFjZSBOb2RlQnVmZmVyQ2xhc3Mge1xuICBmcm9tKGJ1ZmZlcjogQXJyYXlCdWZmZXJMaWtlLCBieXRlT2Zmc2V0OiBudW1iZXIsIGxlbmd0aDogbnVtYmVyKTogVWludDhBcnJheTtcbiAgaXNCdWZmZXIodmFsdWU6IHVua25vd24pOiBib29sZWFuO1xufVxuLyoqIE5vZGUncyBgQnVmZmVyLmluZGV4T2ZgIGZpbmRzIGEgYnl0ZSBmYXN0ZXIgdGhhbiBgVWludDhBcnJheS5wcm90b3R5cGUuaW5kZXhPZmA7IGJyb3dzZXJzIGhhdmUgb25seSB0aGUgbGF0dGVyLiAqL1xuY29uc3QgTm9kZUJ1ZmZlciA9IChnbG9iYWxUaGlzIGFzIHsgQnVmZmVyPzogTm9kZUJ1ZmZlckNsYXNzIH0pLkJ1ZmZlcjtcbmNvbnN0IHNlYXJjaGFibGUgPSAoYnl0ZXM6IFVpbnQ4QXJyYXkpOiBVaW50OEFycmF5ID0+IChOb2RlQnVmZmVyICYmICFOb2RlQnVmZmVyLmlzQnVmZmVyKGJ5dGVzKSA/IE5vZGVCdWZmZXIuZnJvbShieXRlcy5idWZmZXIsIGJ5dGVzLmJ5dGVPZmZzZXQsIGJ5dGVzLmxlbmd0aCkgOiBieXRlcyk7XG5cbmNvbnN0IHF1b3RlZCA9IGV4Y2VycHQ7XG5cbi8qKiBUaGUgY2FuZGlkYXRlIGRlbGltaXRlciBmb3VuZCBtb3N0IG9mdGVuIG91dHNpZGUgcXVvdGVzIGluIHRoZSBoZWFkZXIgbGluZSAoYCxgIHdoZW4gbm9uZSBpcykuICovXG5mdW5jdGlvbiBkZXRlY3REZWxpbWl0ZXIoaGVhZGVyOiBzdHJpbmcpOiBzdHJpbmcge1xuICBsZXQgYmVzdCA9IFwiLFwiO1xuICBsZXQgYmVzdENvdW50ID0gMDtcbiAgZm9yIChjb25zdCBkIG9mIERFTElNSVRFUlMpIHtcbiAgICBsZXQgY291bnQgPSAwO1xuICAgIGxldCBpblF1b3RlcyA9IGZhbHNlO1xuICAgIGZvciAoY29uc3QgYyBvZiBoZWFkZXIpIHtcbiAgICAgIGlmIChjID09PSAnXCInKSBpblF1b3RlcyA9ICFpblF1b3RlcztcbiAgICAgIGVsc2UgaWYgKGMgPT09IGQgJiYgIWluUXVvdGVzKSBjb3VudCsrO1xuICAgIH1cbiAgICBpZiAoY291bnQgPiBiZXN0Q291bnQpIFtiZXN0LCBiZXN0Q291bnRdID0gW2QsIGNvdW50XTtcbiAgfVxuICByZXR1cm4gYmVzdDtcbn1cblxuZnVuY3Rpb24gY291bnRPZih0ZXh0OiBzdHJpbmcsIGNoYXI6IHN0cmluZyk6IG51bWJlciB7XG4gIGxldCBuID0gMDtcbiAgZm9yIChsZXQgaSA9IHRleHQuaW5kZXhPZihjaGFyKTsgaSA+PSAwOyBpID0gdGV4dC5pbmRleE9mKGNoYXIsIGkgKyAxKSkgbisrO1xuICByZXR1cm4gbjtcbn1cblxuZnVuY3Rpb24gam9pbmVkKGE6IFVpbnQ4QXJyYXksIGI6IFVpbnQ4QXJyYXkpOiBVaW50OEFycmF5IHtcbiAgY29uc3Qgb3V0ID0gbmV3IFVpbnQ4QXJyYXkoYS5sZW5ndGggKyBiLmxlbmd0aCk7XG4gIG91dC5zZXQoYSk7XG4gIG91dC5zZXQoYiwgYS5sZW5ndGgpO1xuICByZXR1cm4gc2VhcmNoYWJsZShvdXQpO1xufVxuXG4vKiogVGhlIGZpcnN0IGxpbmUgYnJlYWsgKGBcXG5gIG9yIGBcXHJgKSBpbiBgYnl0ZXNbZnJvbS4udG8pYCwgb3IgLTEuICovXG5mdW5jdGlvbiBmaXJzdEJyZWFrKGJ5dGVzOiBVaW50OEFycmF5LCBmcm9tOiBudW1iZXIsIHRvOiBudW1iZXIpOiBudW1iZXIge1xuICBjb25zdCBsZiA9IGJ5dGVzLmluZGV4T2YoTEYsIGZyb20pO1xuICBjb25zdCBjciA9IGJ5dGVzLmluZGV4T2YoQ1IsIGZyb20pO1xuICBjb25zdCBmaXJzdCA9IGxmIDwgMCA/IGNyIDogY3IgPCAwID8gbGYgOiBNYXRoLm1pbihsZiwgY3IpO1xuICByZXR1cm4gZmlyc3QgPCB0byA/IGZpcnN0IDogLTE7XG59XG5cbi8qKiBKdXN0IGFmdGVyIHRoZSBsaW5lIGJyZWFrIGF0IGBhdGA6IGEgYFxcclxcbmAgaXMgb25lIGJyZWFrLiAqL1xuZnVuY3Rpb24gYWZ0ZXJCcmVhayhieXRlczogVWludDhBcnJheSwgYXQ6IG51bWJlciwgdG86IG51bWJlcik6IG51bWJlciB7XG4gIHJldHVybiBieXRlc1thdF0gPT09IENSICYmIGF0ICsgMSA8IHRvICYmIGJ5dGVzW2F0ICsgMV0gPT09IExGID8gYXQgKyAyIDogYXQgKyAxO1xufVxuXG4vKipcbiAqIEp1c3QgYWZ0ZXIgdGhlIGxhc3QgbGluZSBicmVhayBvZiBgYnl0ZXNgIGF0IG9yIGFmdGVyIGBmcm9tYCB0aGF0IGlzIGtub3duIHRvIGJlIHdob2xlLCBvclxuICogYGZyb21gOiBhIGBcXHJgIGluIHRoZSBsYXN0IGJ5dGUgbWF5IGJlIHRoZSBmaXJzdCBoYWxmIG9mIGEgYFxcclxcbmAuXG4gKi9cbmZ1bmN0aW9uIGFmdGVyTGFzdEJyZWFrKGJ5dGVzOiBVaW50OEFycmF5LCBmcm9tOiBudW1iZXIpOiBudW1iZXIge1xuICBjb25zdCBsZiA9IGJ5dGVzLmxhc3RJbmRleE9mKExGKTtcbiAgbGV0IGNyID0gYnl0ZXMubGFzdEluZGV4T2YoQ1IpO1xuICBpZiAoY3IgPT09IGJ5dGVzLmxlbmd0aCAtIDEpIGNyID0gY3IgPiAwID8gYnl0ZXMubGFzdEluZGV4T2YoQ1IsIGNyIC0gMSkgOiAtMTtcbiAgY29uc3QgbGFzdCA9IE1hdGgubWF4KGxmLCBjcik7XG4gIHJldHVybiBsYXN0IDwgZnJvbSA/IGZyb20gOiBsYXN0ICsgMTsgLy8gYSBcXHIgZm91bmQgaGVyZSBpcyBmb2xsb3dlZCBieSBhIGJ5dGUgdGhhdCBpcyBub3QgXFxuXG59XG5cbi8qKlxuICogUmVhZHMgYSBDU1YgbG9nJ3MgVVRGLTggYnl0ZXMgaW50byB0aGUgYnVpbGRlci4gVGhlIGZpcnN0IHJvdyBuYW1lcyB0aGUgY29sdW1uczsgZXZlcnkgbGF0ZXJcbiAqIHJvdyBpcyBhbiBldmVudC4gQW55IG9mIGBcXG5gLCBgXFxyXFxuYCBhbmQgYFxccmAgZW5kcyBhIGxpbmUsIGVhY2ggbGluZSBvbiBpdHMgb3duLCBhIGBcXHJcXG5gIGN1dFxuICogYmV0d2VlbiB0d28gY2h1bmtzIGluY2x1ZGVkLiBMaW5lcyBhcmUgc3BsaXQgb25jZSwgb24gdGhlIGJ5dGVzOiBhIGxpbmUgd2l0aG91dCBhIHF1b3RlXG4gKiBjaGFyYWN0ZXIgaXMgY3V0IGludG8gZmllbGRzIHdoZXJlIGl0IGxpZXMgaW4gaXRzIGNodW5rLCBpdHMgdGltZXN0YW1wIHJlYWQgdGhlcmUgYW5kIGl0cyBuYW1lc1xuICogbG9va2VkIHVwIGJ5IHRoZWlyIGJ5dGVzIChgQnl0ZUtleXNgKSwgc28gdGhhdCBvbmx5IGEgbmFtZSBzZWVuIGZvciB0aGUgZmlyc3QgdGltZSBpcyBkZWNvZGVkLlxuICogTGluZXMgd2l0aCBhIHF1b3RlIGdvLCBhIGJhdGNoIGF0IGEgdGltZSwgdG8gUGFwYSBQYXJzZSdzIHBhcnNlciAoUkZDIDQxODAgcXVvdGluZzogZmllbGRzXG4gKiB3aXRoIGRlbGltaXRlcnMsIHF1b3RlcyBkb3VibGVkLCBuZXdsaW5lcykuIEEgcm93IHdpdGggZmV3ZXIgZmllbGRzIHRoYW4gdGhlIGhlYWRlciBpc1xuICogYHNob3J0X3Jvd2AsIHdpdGggbW9yZSBgbG9uZ19yb3dgIChhIHZhbHVlIGhvbGRpbmcgdGhlIGRlbGltaXRlciB3aXRob3V0IHF1b3RlcykuIExpbmUgbnVtYmVyc1xuICogaW4gZXJyb3JzIGFyZSB0aGUgZmlsZSdzIGxpbmVzLCBxdW90ZWQgbmV3bGluZXMgaW5jbHVkZWQsIGFuZCB2YWx1ZXMgaW4gZXJyb3JzIGFyZSBleGNlcnB0cy5cbiAqIFRoZSBieXRlcyBhcmUgY2hlY2tlZCB0byBiZSBVVEYtOCB3aGVyZSB0aGV5IGFyZSByZWFkIGFzIHRleHQgKHRoZSBoZWFkZXIsIG5hbWVzLCBxdW90ZWRcbiAqIGxpbmVzLCB2YWx1ZXMgcXVvdGVkIGluIGVycm9ycyk6IGEgY29sdW1uIHRoZSBtYXBwaW5nIGRvZXMgbm90IHVzZSBpcyBuZXZlciBkZWNvZGVkLlxuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gcmVhZENzdkV2ZW50cyhjaHVua3M6IEFzeW5jSXRlcmFibGU8VWludDhBcnJheT4sIGNvbmZpZzogUmVhZGVyQ29uZmlnLCBkZWxpbWl0ZXI/OiBzdHJpbmcpOiBQcm9taXNlPHZvaWQ+IHtcbiAgY29uc3QgeyBidWlsZGVyLCBwYXJzZVRpbWUsIHBhcnNlVGltZUF0IH0gPSBjb25maWc7XG4gIGxldCBwYXJzZXI6IFBhcGEuUGFyc2VyIHwgbnVsbCA9IG51bGw7XG4gIC8qKiBUaGUgZGVsaW1pdGVyIGFzIG9uZSBBU0NJSSBieXRlLCBvciAtMSAodGhlbiBldmVyeSBsaW5lIGdvZXMgdG8gdGhlIHBhcnNlcikuICovXG4gIGxldCBkZWxpbWl0ZXJCeXRlID0gLTE7XG4gIGNvbnN0IG5ld2xpbmUgPSBcIlxcblwiOyAvLyBjc3ZMaW5lQnJlYWtzIG1ha2VzIGV2ZXJ5IGxpbmUgYnJlYWsgb3V0c2lkZSBxdW90ZXMgb25lXG4gIGxldCBjb2x1bW5zOiBzdHJpbmdbXSB8IG51bGwgPSBudWxsO1xuICBsZXQgY2FzZUNvbHVtbiA9IDA7XG4gIGxldCBhY3Rpdml0eUNvbHVtbnM6IG51bWJlcltdID0gW107XG4gIGxldCB0aW1lc3RhbXBDb2x1bW4gPSAwO1xuICBsZXQgZGVwYXJ0bWVudENvbHVtbiA9IC0xO1xuICBsZXQgc3RhcnRDb2x1bW4gPSAtMTtcbiAgbGV0IGN1c3RvbWVyQ29sdW1uID0gLTE7XG4gIGxldCBuZWVkZWQgPSAwO1xuICAvKiogUGVyIGNvbHVtbiB1cCB0byB0aGUgbGFzdCBvbmUgbmVlZGVkOiB3aGV0aGVyIHRoZSBtYXBwaW5nIHVzZXMgaXQuICovXG4gIGxldCB1c2VkID0gbmV3IFVpbnQ4QXJyYXkoMCk7XG4gIC8qKiBUaGUgbGluZSB0aGUgbmV4dCBsaW5lIG9mIHRoZSBmaWxlIGlzLiAqL1xuICBsZXQgbGluZSA9IDE7XG4gIC8qKiBOYW1lcyBieSB0aGVpciBieXRlczogdGhlIGluZGV4IGluIHRoZSBidWlsZGVyJ3MgdGFibGUgKGEgZGVwYXJ0bWVudDogb3IgTUlTU0lOR19ERVBBUlRNRU5UKS4gKi9cbiAgY29uc3QgY2FzZUtleXMgPSBuZXcgQnl0ZUtleXMoKTtcbiAgY29uc3QgYWN0aXZpdHlLZXlzID0gbmV3IEJ5dGVLZXlzKCk7XG4gIGNvbnN0IGRlcGFydG1lbnRLZXlzID0gbmV3IEJ5dGVLZXlzKCk7XG4gIGNvbnN0IGN1c3RvbWVyS2V5cyA9IG5ldyBCeXRlS2V5cygpO1xuICBsZXQgbGFzdENhc2UgPSAtMTtcbiAgbGV0IGxhc3RDYXNlQnl0ZXMgPSBuZXcgVWludDhBcnJheSg2NCk7XG4gIGxldCBsYXN0Q2FzZUxlbmd0aCA9IC0xO1xuICAvKiogUXVvdGVkIHRleHQgdGhlIHBhcnNlciBoYXMgbm90IGZpbmlzaGVkIChhIHJlY29yZCBzdGlsbCBvcGVuKSwgYW5kIHdoZXRoZXIgaXQgZW5kcyBpbnNpZGUgcXVvdGVzLiAqL1xuICBsZXQgdGV4dFRhaWwgPSBcIlwiO1xuICBsZXQgaW5RdW90ZXMgPSBmYWxzZTtcblxuICBjb25zdCBpbnZhbGlkRW5jb2RpbmcgPSAoYXQ6IG51bWJlcikgPT4gbmV3IEV2ZW50TG9nRXJyb3IoXCJpbnZhbGlkX2VuY29kaW5nXCIsIGBsaW5lICR7YXR9OiB0aGUgbG9nIGlzIG5vdCB2YWxpZCBVVEYtOGAsIHsgbGluZTogYXQgfSwgW1wiZW5jb2RpbmdfbGF0aW4xXCJdKTtcbiAgY29uc3QgdGV4dE9mID0gKGJ5dGVzOiBVaW50OEFycmF5LCBzdGFydDogbnVtYmVyLCBlbmQ6IG51bWJlciwgYXQ6IG51bWJlcik6IHN0cmluZyA9PiB7XG4gICAgY29uc3QgdGV4dCA9IHV0ZjhUZXh0KGJ5dGVzLCBzdGFydCwgZW5kKTtcbiAgICBpZiAodGV4dCA9PT0gbnVsbCkgdGhyb3cgaW52YWxpZEVuY29kaW5nKGF0KTtcbiAgICByZXR1cm4gdGV4dDtcbiAgfTtcblxuICBjb25zdCBjb2x1bW5JbmRleCA9IChuYW1lOiBzdHJpbmcsIHJvbGU6IHN0cmluZykgPT4ge1xuICAgIGNvbnN0IGkgPSBjb2x1bW5zIS5pbmRleE9mKG5hbWUpO1xuICAgIGlmIChpIDwgMCkge1xuICAgICAgLy8gdGhlIGNsb3Nlc3QgbmFtZXMgZmlyc3QsIHNvIHRoYXQgdGhlIG9uZSBtZWFudCBpcyBuZXZlciBhbW9uZyBcIlx1MjAyNiBhbmQgTiBtb3JlXCJcbiAgICAgIGNvbnN0IHsgb3JkZXJlZCwgc3VnZ2VzdGVkIH0gPSBjbG9zZXN0TmFtZXMobmFtZSwgY29sdW1ucyEpO1xuICAgICAgY29uc3QgaGludCA9IGRpZFlvdU1lYW4oc3VnZ2VzdGVkLCBxdW90ZWQpO1xuICAgICAgdGhyb3cgbmV3IEV2ZW50TG9nRXJyb3IoXG4gICAgICAgIFwibWlzc2luZ19jb2x1bW5cIixcbiAgICAgICAgYG5vIGNvbHVtbiAke3F1b3RlZChuYW1lKX0gZm9yIHRoZSAke3JvbGV9JHtoaW50ID8gYDogJHtoaW50fWAgOiBcIlwifSAoY29sdW1ucyR7aGludCA/IFwiLCBjbG9zZXN0IGZpcnN0XCIgOiBcIlwifTogJHtleGNlcnB0TGlzdChoaW50ID8gb3JkZXJlZCA6IGNvbHVtbnMhKX07IGRlbGltaXRlciAke3F1b3RlZChkZWxpbWl0ZXIhKX0pOiBuYW1lIG9uZSBvZiB0aGVzZSwgb3Igc2V0IHRoZSBkZWxpbWl0ZXJgLFxuICAgICAgICB7IGxpbmU6IDEgfSxcbiAgICAgICk7XG4gICAgfVxuICAgIGNvbnN0IGFnYWluID0gY29sdW1ucyEuaW5kZXhPZihuYW1lLCBpICsgMSk7XG4gICAgaWYgKGFnYWluID49IDApIHtcbiAgICAgIHRocm93IG5ldyBFdmVudExvZ0Vycm9yKFxuICAgICAgICBcImR1cGxpY2F0ZV9jb2x1bW5cIixcbiAgICAgICAgYHRoZSBjb2x1bW4gJHtxdW90ZWQobmFtZSl9IGZvciB0aGUgJHtyb2xlfSBhcHBlYXJzIHR3aWNlIGluIHRoZSBoZWFkZXIgKGNvbHVtbnMgJHtpICsgMX0gYW5kICR7YWdhaW4gKyAxfSk6IHJlbmFtZSBvbmUgb2YgdGhlbSBzbyB0aGF0IHRoZSBtYXBwaW5nIG5hbWVzIG9uZSBjb2x1bW5gLFxuICAgICAgICB7IGxpbmU6IDEgfSxcbiAgICAgICk7XG4gICAgfVxuICAgIHJldHVybiBpO1xuICB9O1xuXG4gIGNvbnN0IHVzZUhlYWRlciA9IChyb3c6IHN0cmluZ1tdKSA9PiB7XG4gICAgY29sdW1ucyA9IHJvdztcbiAgICBpZiAoY29uZmlnLmNhc2VLZXkgPT09IFwiXCIgfHwgY29uZmlnLmFjdGl2aXR5S2V5cy5sZW5ndGggPT09IDAgfHwgY29uZmlnLnRpbWVzdGFtcEtleSA9PT0gXCJcIikge1xuICAgICAgdGhyb3cgbmV3IEV2ZW50TG9nRXJyb3IoXG4gICAgICAgIFwibWFwcGluZ19yZXF1aXJlZFwiLFxuICAgICAgICBgYSBDU1YgbG9nIG5lZWRzIHRoZSBjb2x1bW5zIG9mIHRoZSBjYXNlLCB0aGUgYWN0aXZpdHkgYW5kIHRoZSB0aW1lc3RhbXAgKG1hcHBpbmcgY2FzZSwgYWN0aXZpdHksIHRpbWVzdGFtcDsgLS1jYXNlLCAtLWFjdGl2aXR5LCAtLXRpbWVzdGFtcCk7IGNvbHVtbnM6ICR7ZXhjZXJwdExpc3Qocm93KX1gLFxuICAgICAgKTtcbiAgICB9XG4gICAgY2FzZUNvbHVtbiA9IGNvbHVtbkluZGV4KGNvbmZpZy5jYXNlS2V5LCBcImNhc2VcIik7XG4gICAgYWN0aXZpdHlDb2x1bW5zID0gY29uZmlnLmFjdGl2aXR5S2V5cy5tYXAoKGspID0+IGNvbHVtbkluZGV4KGssIFwiYWN0aXZpdHlcIikpO1xuICAgIHRpbWVzdGFtcENvbHVtbiA9IGNvbHVtbkluZGV4KGNvbmZpZy50aW1lc3RhbXBLZXksIFwidGltZXN0YW1wXCIpO1xuICAgIGRlcGFydG1lbnRDb2x1bW4gPSBjb25maWcuZGVwYXJ0bWVudEtleSA9PT0gbnVsbCA/IC0xIDogY29sdW1uSW5kZXgoY29uZmlnLmRlcGFydG1lbnRLZXksIFwiZGVwYXJ0bWVudFwiKTtcbiAgICBzdGFydENvbHVtbiA9IGNvbmZpZy5zdGFydFRpbWVzdGFtcEtleSA9PT0gbnVsbCA/IC0xIDogY29sdW1uSW5kZXgoY29uZmlnLnN0YXJ0VGltZXN0YW1wS2V5LCBcInN0YXJ0IHRpbWVzdGFtcFwiKTtcbiAgICBjdXN0b21lckNvbHVtbiA9IGNvbmZpZy5jdXN0b21lcktleSA9PT0gbnVsbCA/IC0xIDogY29sdW1uSW5kZXgoY29uZmlnLmN1c3RvbWVyS2V5LCBcImN1c3RvbWVyXCIpO1xuICAgIG5lZWRlZCA9IE1hdGgubWF4KGNhc2VDb2x1bW4sIHRpbWVzdGFtcENvbHVtbiwgZGVwYXJ0bWVudENvbHVtbiwgc3RhcnRDb2x1bW4sIGN1c3RvbWVyQ29sdW1uLCAuLi5hY3Rpdml0eUNvbHVtbnMpICsgMTtcbiAgICB1c2VkID0gbmV3IFVpbnQ4QXJyYXkobmVlZGVkKTtcbiAgICBzdGFydHMgPSBuZXcgSW50MzJBcnJheShuZWVkZWQpO1xuICAgIGVuZHMgPSBuZXcgSW50MzJBcnJheShuZWVkZWQpO1xuICAgIGZvciAoY29uc3QgYyBvZiBbY2FzZUNvbHVtbiwgdGltZXN0YW1wQ29sdW1uLCBkZXBhcnRtZW50Q29sdW1uLCBzdGFydENvbHVtbiwgY3VzdG9tZXJDb2x1bW4sIC4uLmFjdGl2aXR5Q29sdW1uc10pIGlmIChjID49IDApIHVzZWRbY10gPSAxO1xuICB9O1xuXG4gIC8qKlxuICAgKiBUaGUgdXNlZCBmaWVsZHMgb2YgdGhlIGN1cnJlbnQgcm93OiBmaWVsZCBgY2AgaXMgYHJvd0J5dGVzW3N0YXJ0c1tjXS4uZW5kc1tjXSlgLiBBIGxpbmUgY3V0XG4gICAqIG9uIGJ5dGVzIHBvaW50cyBpbnRvIGl0cyBjaHVuazsgYSByb3cgZnJvbSB0aGUgcGFyc2VyIGludG8gYGVuY29kZWRgLCB3aGVyZSBpdHMgdXNlZCBmaWVsZHNcbiAgICogYXJlIHdyaXR0ZW4gYXMgVVRGLTguXG4gICAqL1xuICBsZXQgcm93Qnl0ZXM6IFVpbnQ4QXJyYXkgPSBFTVBUWTtcbiAgbGV0IHN0YXJ0cyA9IG5ldyBJbnQzMkFycmF5KDApO1xuICBsZXQgZW5kcyA9IG5ldyBJbnQzMkFycmF5KDApO1xuICBsZXQgZW5jb2RlZCA9IG5ldyBVaW50OEFycmF5KDI1Nik7XG4gIGNvbnN0IGVuY29kZXIgPSBuZXcgVGV4dEVuY29kZXIoKTtcbiAgY29uc3QgZmllbGQgPSAoYzogbnVtYmVyLCBhdDogbnVtYmVyKSA9PiB0ZXh0T2Yocm93Qnl0ZXMsIHN0YXJ0c1tjXSEsIGVuZHNbY10hLCBhdCk7XG5cbiAgLyoqIFRoZSBpbmRleCBvZiB0aGUgbmFtZSBpbiBmaWVsZCBgY2A6IGZvdW5kIGJ5IGl0cyBieXRlcywgb3IgZGVjb2RlZCBhbmQgcmVzb2x2ZWQgb25jZS4gKi9cbiAgY29uc3QgbmFtZU9mID0gKGtleXM6IEJ5dGVLZXlzLCBjOiBudW1iZXIsIGF0OiBudW1iZXIsIHJlc29sdmU6IChuYW1lOiBzdHJpbmcpID0+IG51bWJlcik6IG51bWJlciA9PiB7XG4gICAgY29uc3Qgc3RhcnQgPSBzdGFydHNbY10hO1xuICAgIGNvbnN0IGVuZCA9IGVuZHNbY10hO1xuICAgIGxldCBpbmRleCA9IGtleXMuZmluZChyb3dCeXRlcywgc3RhcnQsIGVuZCk7XG4gICAgaWYgKGluZGV4ID09PSBBQlNFTlQpIHtcbiAgICAgIGluZGV4ID0gcmVzb2x2ZShmaWVsZChjLCBhdCkpO1xuICAgICAga2V5cy5hZGQocm93Qnl0ZXMsIHN0YXJ0LCBlbmQsIGluZGV4KTtcbiAgICB9XG4gICAgcmV0dXJuIGluZGV4O1xuICB9O1xuICAvLyBBIG5hbWUgd2hvc2UgYnl0ZXMgYXJlIG5ldyBpcyBuZXcgdG8gaXRzIHRhYmxlIChVVEYtOCBieXRlcyBhbmQgc3RyaW5ncyBhcmUgb25lIHRvIG9uZSk6XG4gIC8vIGl0IGlzIGFkZGVkIHdpdGhvdXQgYSBsb29rdXAuIE5hbWVzIG9mIHNldmVyYWwgYWN0aXZpdHkgY29sdW1ucyBhcmUgam9pbmVkLCBhbmQgaW50ZXJuZWQuXG4gIGNvbnN0IGNhc2VJbmRleCA9IChuYW1lOiBzdHJpbmcpID0+IGJ1aWxkZXIuY2FzZXMuYWRkKG5hbWUpO1xuICBjb25zdCBhY3Rpdml0eUluZGV4ID0gKG5hbWU6IHN0cmluZykgPT4gYnVpbGRlci5hY3Rpdml0aWVzLmFkZChuYW1lKTtcbiAgY29uc3QgY3VzdG9tZXJJbmRleCA9IChuYW1lOiBzdHJpbmcpID0+IGJ1aWxkZXIuY3VzdG9tZXJzLmFkZChuYW1lKTtcbiAgY29uc3QgZGVwYXJ0bWVudEluZGV4ID0gKG5hbWU6IHN0cmluZykgPT4gKGNvbmZpZy5taXNzaW5nLmhhcyhuYW1lKSA/IE1JU1NJTkdfREVQQVJUTUVOVCA6IGJ1aWxkZXIuZGVwYXJ0bWVudHMuYWRkKG5hbWUpKTtcblxuICBjb25zdCBhY3Rpdml0eU9mID0gKGF0OiBudW1iZXIpOiBzdHJpbmcgPT4ge1xuICAgIGxldCBqb2luZWQgPSBcIlwiO1xuICAgIGZvciAoY29uc3QgYyBvZiBhY3Rpdml0eUNvbHVtbnMpIHtcbiAgICAgIGNvbnN0IHBhcnQgPSBmaWVsZChjLCBhdCk7XG4gICAgICBpZiAocGFydCAhPT0gXCJcIikgam9pbmVkID0gam9pbmVkID09PSBcIlwiID8gcGFydCA6IGpvaW5lZCArIGNvbmZpZy5hY3Rpdml0eVNlcGFyYXRvciArIHBhcnQ7XG4gICAgfVxuICAgIHJldHVybiBqb2luZWQ7XG4gIH07XG5cbiAgY29uc3QgdGltZU9mID0gKGM6IG51bWJlciwgYXQ6IG51bWJlcik6IG51bWJlciA9PiB7XG4gICAgY29uc3Qgc3RhcnQgPSBzdGFydHNbY10hO1xuICAgIGNvbnN0IGVuZCA9IGVuZHNbY10hO1xuICAgIC8vIEluIHBsYWNlIHdoZW4gdGhlIGRlZmF1bHQgcmVhZGVyIGFwcGxpZXMgYW5kIHRoZXJlIGFyZSBubyBibGFua3MgdG8gdHJpbSBhcm91bmQgdGhlIHN0YW1wLlxuICAgIGlmIChwYXJzZVRpbWVBdCAhPT0gbnVsbCAmJiBlbmQgPiBzdGFydCAmJiByb3dCeXRlc1tzdGFydF0hID4gMzIgJiYgcm93Qnl0ZXNbZW5kIC0gMV0hID4gMzIpIHJldHVybiBwYXJzZVRpbWVBdChyb3dCeXRlcywgc3RhcnQsIGVuZCk7XG4gICAgcmV0dXJuIHBhcnNlVGltZShmaWVsZChjLCBhdCkpO1xuICB9O1xuXG4gIC8qKiBUaGUgY3VycmVudCByb3cgaXMgdGhlIGV2ZW50IG9mIGxpbmUgYGF0YCwgd2l0aCBgZmllbGRzYCBmaWVsZHMgaW4gYWxsLiAqL1xuICBjb25zdCB1c2VSb3cgPSAoYXQ6IG51bWJlciwgZmllbGRzOiBudW1iZXIpID0+IHtcbiAgICBpZiAoZmllbGRzID4gY29sdW1ucyEubGVuZ3RoKSB7XG4gICAgICBjb25zdCBkID0gZGVsaW1pdGVyID09PSBcIlxcdFwiID8gXCJ0YWJcIiA6IHF1b3RlZChkZWxpbWl0ZXIhKTtcbiAgICAgIGJhZFJvdyhjb25maWcsIFwibG9uZ19yb3dcIiwgYGxpbmUgJHthdH06ICR7ZmllbGRzfSBmaWVsZHMgd2hlcmUgdGhlIGhlYWRlciBoYXMgJHtjb2x1bW5zIS5sZW5ndGh9OiBhIHZhbHVlIGhvbGRzIHRoZSBkZWxpbWl0ZXIgJHtkfSB3aXRob3V0IHF1b3Rlcz8gcXVvdGUgdGhhdCB2YWx1ZSAoXCJcdTIwMjZcIiksIG9yIHNldCB0aGUgZGVsaW1pdGVyYCwgeyBsaW5lOiBhdCB9KTtcbiAgICAgIHJldHVybjtcbiAgICB9XG4gICAgaWYgKGZpZWxkcyA8IG5lZWRlZCkge1xuICAgICAgYmFkUm93KGNvbmZpZywgXCJzaG9ydF9yb3dcIiwgYGxpbmUgJHthdH06ICR7ZmllbGRzfSBmaWVsZCR7ZmllbGRzID09PSAxID8gXCJcIiA6IFwic1wifSB3aGVyZSB0aGUgaGVhZGVyIGhhcyAke2NvbHVtbnMhLmxlbmd0aH06IGNoZWNrIHRoZSBkZWxpbWl0ZXIgYW5kIHRoZSBxdW90aW5nIG9mIHRoaXMgbGluZWAsIHsgbGluZTogYXQgfSk7XG4gICAgICByZXR1cm47XG4gICAgfVxuICAgIGlmIChlbmRzW2Nhc2VDb2x1bW5dID09PSBzdGFydHNbY2FzZUNvbHVtbl0pIHJldHVybiBiYWRSb3coY29uZmlnLCBcIm1pc3NpbmdfdmFsdWVcIiwgYGxpbmUgJHthdH06IGVtcHR5IGNhc2UgaWQgaW4gY29sdW1uICR7cXVvdGVkKGNvbmZpZy5jYXNlS2V5KX1gLCB7IGxpbmU6IGF0IH0pO1xuICAgIGNvbnN0IHNpbmdsZSA9IGFjdGl2aXR5Q29sdW1ucy5sZW5ndGggPT09IDEgPyBhY3Rpdml0eUNvbHVtbnNbMF0hIDogLTE7XG4gICAgY29uc3Qgam9pbmVkID0gc2luZ2xlID49IDAgPyBudWxsIDogYWN0aXZpdHlPZihhdCk7XG4gICAgaWYgKHNpbmdsZSA+PSAwID8gZW5kc1tzaW5nbGVdID09PSBzdGFydHNbc2luZ2xlXSA6IGpvaW5lZCA9PT0gXCJcIikge1xuICAgICAgcmV0dXJuIGJhZFJvdyhjb25maWcsIFwibWlzc2luZ192YWx1ZVwiLCBgbGluZSAke2F0fTogZW1wdHkgYWN0aXZpdHkgaW4gJHtjb25maWcuYWN0aXZpdHlLZXlzLm1hcChxdW90ZWQpLmpvaW4oXCIgKyBcIil9YCwgeyBsaW5lOiBhdCB9KTtcbiAgICB9XG4gICAgY29uc3QgdGltZSA9IHRpbWVPZih0aW1lc3RhbXBDb2x1bW4sIGF0KTtcbiAgICBpZiAoTnVtYmVyLmlzTmFOKHRpbWUpKSB7XG4gICAgICBjb25zdCBzdGFtcCA9IGZpZWxkKHRpbWVzdGFtcENvbHVtbiwgYXQpO1xuICAgICAgY29uc3Qgd2hhdCA9IHN0YW1wID09PSBcIlwiID8gXCJlbXB0eSB0aW1lc3RhbXBcIiA6IGBjYW5ub3QgcmVhZCB0aGUgdGltZXN0YW1wICR7cXVvdGVkKHN0YW1wKX1gO1xuICAgICAgcmV0dXJuIGJhZFJvdyhjb25maWcsIHN0YW1wID09PSBcIlwiID8gXCJtaXNzaW5nX3ZhbHVlXCIgOiBcImJhZF90aW1lc3RhbXBcIiwgYGxpbmUgJHthdH06ICR7d2hhdH0gaW4gY29sdW1uICR7cXVvdGVkKGNvbmZpZy50aW1lc3RhbXBLZXkpfTogZXhwZWN0ZWQgJHtjb25maWcudGltZXN0YW1wSGludH1gLCB7IGxpbmU6IGF0IH0sIGNvbmZpZy50aW1lc3RhbXBGaXhlcyk7XG4gICAgfVxuICAgIGxldCBzdGFydCA9IE51bWJlci5OYU47XG4gICAgaWYgKHN0YXJ0Q29sdW1uID49IDAgJiYgZW5kc1tzdGFydENvbHVtbl0hID4gc3RhcnRzW3N0YXJ0Q29sdW1uXSEpIHtcbiAgICAgIHN0YXJ0ID0gdGltZU9mKHN0YXJ0Q29sdW1uLCBhdCk7XG4gICAgICBpZiAoTnVtYmVyLmlzTmFOKHN0YXJ0KSkge1xuICAgICAgICBjb25zdCBzdGFtcCA9IGZpZWxkKHN0YXJ0Q29sdW1uLCBhdCk7XG4gICAgICAgIHJldHVybiBiYWRSb3coY29uZmlnLCBcImJhZF90aW1lc3RhbXBcIiwgYGxpbmUgJHthdH06IGNhbm5vdCByZWFkIHRoZSBzdGFydCB0aW1lc3RhbXAgJHtxdW90ZWQoc3RhbXApfSBpbiBjb2x1bW4gJHtxdW90ZWQoY29uZmlnLnN0YXJ0VGltZXN0YW1wS2V5ISl9OiBleHBlY3RlZCAke2NvbmZpZy50aW1lc3RhbXBIaW50fWAsIHsgbGluZTogYXQgfSwgY29uZmlnLnRpbWVzdGFtcEZpeGVzKTtcbiAgICAgIH1cbiAgICB9XG4gICAgLy8gVGhlIGV2ZW50cyBvZiBhIGNhc2UgdXN1YWxseSBmb2xsb3cgZWFjaCBvdGhlcjogY29tcGFyZSB3aXRoIHRoZSBsYXN0IGNhc2UncyBieXRlcyBhbmRcbiAgICAvLyBsb29rIHRoZSBjYXNlIHVwIG9ubHkgd2hlbiBpdCBjaGFuZ2VzOyBhIGNhc2UgdGhhdCBjb21lcyBiYWNrIGlzIGZvdW5kIGJ5IGl0cyBieXRlcy5cbiAgICBjb25zdCBjYXNlU3RhcnQgPSBzdGFydHNbY2FzZUNvbHVtbl0hO1xuICAgIGNvbnN0IGNhc2VMZW5ndGggPSBlbmRzW2Nhc2VDb2x1bW5dISAtIGNhc2VTdGFydDtcbiAgICBsZXQgc2FtZSA9IGNhc2VMZW5ndGggPT09IGxhc3RDYXNlTGVuZ3RoO1xuICAgIGZvciAobGV0IGkgPSAwOyBzYW1lICYmIGkgPCBjYXNlTGVuZ3RoOyBpKyspIHNhbWUgPSByb3dCeXRlc1tjYXNlU3RhcnQgKyBpXSA9PT0gbGFzdENhc2VCeXRlc1tpXTtcbiAgICBpZiAoIXNhbWUpIHtcbiAgICAgIGxhc3RDYXNlID0gbmFtZU9mKGNhc2VLZXlzLCBjYXNlQ29sdW1uLCBhdCwgY2FzZUluZGV4KTtcbiAgICAgIGlmIChjYXNlTGVuZ3RoID4gbGFzdENhc2VCeXRlcy5sZW5ndGgpIGxhc3RDYXNlQnl0ZXMgPSBuZXcgVWludDhBcnJheSgyICogY2FzZUxlbmd0aCk7XG4gICAgICBmb3IgKGxldCBpID0gMDsgaSA8IGNhc2VMZW5ndGg7IGkrKykgbGFzdENhc2VCeXRlc1tpXSA9IHJvd0J5dGVzW2Nhc2VTdGFydCArIGldITsgLy8gKGEgQnVmZmVyJ3Mgc3ViYXJyYXkgY29zdHMgYSBtaWNyb3NlY29uZClcbiAgICAgIGxhc3RDYXNlTGVuZ3RoID0gY2FzZUxlbmd0aDtcbiAgICB9XG4gICAgY29uc3QgZGVwYXJ0bWVudCA9IGRlcGFydG1lbnRDb2x1bW4gPj0gMCAmJiBlbmRzW2RlcGFydG1lbnRDb2x1bW5dISA+IHN0YXJ0c1tkZXBhcnRtZW50Q29sdW1uXSEgPyBuYW1lT2YoZGVwYXJ0bWVudEtleXMsIGRlcGFydG1lbnRDb2x1bW4sIGF0LCBkZXBhcnRtZW50SW5kZXgpIDogTUlTU0lOR19ERVBBUlRNRU5UO1xuICAgIGNvbnN0IGFjdGl2aXR5ID0gam9pbmVkID09PSBudWxsID8gbmFtZU9mKGFjdGl2aXR5S2V5cywgc2luZ2xlLCBhdCwgYWN0aXZpdHlJbmRleCkgOiBidWlsZGVyLmFjdGl2aXRpZXMuaW50ZXJuKGpvaW5lZCk7XG4gICAgLy8gYW4gZW1wdHkgY3VzdG9tZXI6IHRoZSBldmVudCB0YWtlcyBpdHMgY2FzZSdzXG4gICAgY29uc3QgY3VzdG9tZXIgPSBjdXN0b21lckNvbHVtbiA+PSAwICYmIGVuZHNbY3VzdG9tZXJDb2x1bW5dISA+IHN0YXJ0c1tjdXN0b21lckNvbHVtbl0hID8gbmFtZU9mKGN1c3RvbWVyS2V5cywgY3VzdG9tZXJDb2x1bW4sIGF0LCBjdXN0b21lckluZGV4KSA6IE5PX0NVU1RPTUVSO1xuICAgIGJ1aWxkZXIuYWRkKGxhc3RDYXNlLCBhY3Rpdml0eSwgZGVwYXJ0bWVudCwgdGltZSwgc3RhcnQsIGN1c3RvbWVyKTtcbiAgfTtcblxuICAvKiogQSByb3cgZnJvbSB0aGUgcGFyc2VyOiBpdHMgdXNlZCBmaWVsZHMgYXJlIHdyaXR0ZW4gYXMgVVRGLTgsIHRvIGJlIHJlYWQgYXMgYSBjdXQgbGluZSdzIGFyZS4gKi9cbiAgY29uc3QgdXNlUGFyc2VkUm93ID0gKHJvdzogc3RyaW5nW10sIGF0OiBudW1iZXIpID0+IHtcbiAgICBpZiAocm93Lmxlbmd0aCA+IGNvbHVtbnMhLmxlbmd0aCkgcmV0dXJuIHVzZVJvdyhhdCwgcm93Lmxlbmd0aCk7XG4gICAgY29uc3QgZmllbGRzID0gTWF0aC5taW4ocm93Lmxlbmd0aCwgbmVlZGVkKTtcbiAgICBsZXQgcm9vbSA9IDA7XG4gICAgZm9yIChsZXQgYyA9IDA7IGMgPCBmaWVsZHM7IGMrKykgaWYgKHVzZWRbY10gPT09IDEpIHJvb20gKz0gMyAqIHJvd1tjXSEubGVuZ3RoO1xuICAgIGlmIChyb29tID4gZW5jb2RlZC5sZW5ndGgpIGVuY29kZWQgPSBuZXcgVWludDhBcnJheSgyICogcm9vbSk7XG4gICAgbGV0IGVuZCA9IDA7XG4gICAgZm9yIChsZXQgYyA9IDA7IGMgPCBmaWVsZHM7IGMrKykge1xuICAgICAgaWYgKHVzZWRbY10gIT09IDEpIGNvbnRpbnVlO1xuICAgICAgY29uc3QgdGV4dCA9IHJvd1tjXSE7XG4gICAgICBzdGFydHNbY10gPSBlbmQ7XG4gICAgICAvLyBBU0NJSSBpcyBjb3BpZWQgYXMgaXQgaXMgKG5vIHZpZXcgcGVyIGZpZWxkKTsgb3RoZXIgdGV4dCBpcyBlbmNvZGVkXG4gICAgICBsZXQgaSA9IDA7XG4gICAgICBmb3IgKGxldCBjb2RlID0gMDsgaSA8IHRleHQubGVuZ3RoICYmIChjb2RlID0gdGV4dC5jaGFyQ29kZUF0KGkpKSA8IDB4ODA7IGkrKykgZW5jb2RlZFtlbmQgKyBpXSA9IGNvZGU7XG4gICAgICBlbmQgKz0gaSA9PT0gdGV4dC5sZW5ndGggPyBpIDogZW5jb2Rlci5lbmNvZGVJbnRvKHRleHQsIGVuY29kZWQuc3ViYXJyYXkoZW5kKSkud3JpdHRlbjtcbiAgICAgIGVuZHNbY10gPSBlbmQ7XG4gICAgfVxuICAgIHJvd0J5dGVzID0gZW5jb2RlZDtcbiAgICB1c2VSb3coYXQsIHJvdy5sZW5ndGgpO1xuICB9O1xuXG4gIC8qKiBUaGUgZGVsaW1pdGVyIGlzIGtub3duIG9uY2UgdGhlIGhlYWRlciBsaW5lIGlzOiB0aGUgcGFyc2VyIGlzIG1hZGUgd2l0aCBpdC4gKi9cbiAgY29uc3Qgc3RhcnRQYXJzZXIgPSAoaGVhZGVyOiBzdHJpbmcpID0+IHtcbiAgICBkZWxpbWl0ZXIgPz89IGRldGVjdERlbGltaXRlcihoZWFkZXIpO1xuICAgIHBhcnNlciA9IG5ldyBQYXBhLlBhcnNlcih7IGRlbGltaXRlciwgbmV3bGluZTogbmV3bGluZSBhcyBcIlxcblwiLCBxdW90ZUNoYXI6ICdcIicgfSk7XG4gICAgZGVsaW1pdGVyQnl0ZSA9IGRlbGltaXRlci5sZW5ndGggPT09IDEgJiYgZGVsaW1pdGVyLmNoYXJDb2RlQXQoMCkgPCAweDgwID8gZGVsaW1pdGVyLmNoYXJDb2RlQXQoMCkgOiAtMTtcbiAgfTtcblxuICAvKiogVGhlIGVycm9yIGZvciBhIGhlYWRlciBvciByZWNvcmQgcGFzdCB0aGUgYm91bmQ6IGFuIG9wZW4gcXVvdGUsIG9yIG5vIGxpbmUgYnJlYWsgYXQgYWxsLiAqL1xuICBjb25zdCB0b29Mb25nID0gKG9wZW5RdW90ZTogYm9vbGVhbiwgdW5pdDogXCJieXRlc1wiIHwgXCJjaGFyYWN0ZXJzXCIpID0+IHtcbiAgICBjb25zdCBsaW1pdCA9IGAke01BWF9SRUNPUkQudG9Mb2NhbGVTdHJpbmcoXCJlblwiKX0gJHt1bml0fWA7XG4gICAgY29uc3Qgd2hhdCA9XG4gICAgICBjb2x1bW5zID09PSBudWxsXG4gICAgICAgID8gYHRoZSBoZWFkZXIgcnVucyBvdmVyICR7bGltaXR9IHdpdGhvdXQgYSBsaW5lIGJyZWFrOiB0aGlzIGRvZXMgbm90IGxvb2sgbGlrZSBhIENTViBldmVudCBsb2cgKGNoZWNrIHRoZSBmaWxlIGFuZCBpdHMgZm9ybWF0KWBcbiAgICAgICAgOiBvcGVuUXVvdGVcbiAgICAgICAgICA/IGBhIHJlY29yZCBydW5zIG92ZXIgJHtsaW1pdH0sIG1vc3QgbGlrZWx5IGEgcXVvdGVkIGZpZWxkIHRoYXQgaXMgbmV2ZXIgY2xvc2VkOiBjbG9zZSB0aGUgcXVvdGVgXG4gICAgICAgICAgOiBgYSBsaW5lIHJ1bnMgb3ZlciAke2xpbWl0fSB3aXRob3V0IGEgbGluZSBicmVhazogdGhpcyBkb2VzIG5vdCBsb29rIGxpa2UgYSBsaW5lIG9mIGFuIGV2ZW50IGxvZyAoY2hlY2sgdGhlIGRlbGltaXRlciBhbmQgdGhlIGxpbmUgYnJlYWtzKWA7XG4gICAgcmV0dXJuIG5ldyBFdmVudExvZ0Vycm9yKFwicmVjb3JkX3Rvb19sb25nXCIsIGBsaW5lICR7bGluZX06ICR7d2hhdH1gLCB7IGxpbmUgfSk7XG4gIH07XG5cbiAgLyoqIEVuZHMgYSBwYXJzZXIgYmF0Y2g6IHJldHVybnMgdGhlIHVuZmluaXNoZWQgdGFpbCB0byBrZWVwLCB1bmxlc3MgaXQgaXMgdG9vIGxvbmcgdG8gYmUgYSByZWNvcmQuICovXG4gIGNvbnN0IHRhaWwgPSAoaW5wdXQ6IHN0cmluZywgZnJvbTogbnVtYmVyLCBmaW5hbDogYm9vbGVhbik6IHN0cmluZyA9PiB7XG4gICAgY29uc3QgcmVzdCA9IGZpbmFsID8gXCJcIiA6IGlucHV0LnNsaWNlKGZyb20pO1xuICAgIGlmIChyZXN0Lmxlbmd0aCA+IE1BWF9SRUNPUkQpIHRocm93IHRvb0xvbmcocmVzdC5pbmRleE9mKCdcIicpID49IDAsIFwiY2hhcmFjdGVyc1wiKTtcbiAgICByZXR1cm4gcmVzdDtcbiAgfTtcblxuICAvKipcbiAgICogVGhlIGhlYWRlciBsaW5lIGF0IGBmcm9tYCwgd2hlbiBpdCBjYW4gYmUgcmVhZCB3aXRob3V0IHRoZSBwYXJzZXIgKG5vIHF1b3RlIGluIGl0KTogcmV0dXJuc1xuICAgKiB3aGVyZSB0aGUgbmV4dCBsaW5lIHN0YXJ0cywgb3IgYGZyb21gIHdoZW4gdGhlIHBhcnNlciBpcyB0byByZWFkIGl0LiBBIGJsYW5rIGxpbmUgYmVmb3JlIHRoZVxuICAgKiBoZWFkZXIgaXMgcGFzc2VkIG92ZXIuXG4gICAqL1xuICBjb25zdCBoZWFkZXJMaW5lID0gKGJ5dGVzOiBVaW50OEFycmF5LCBmcm9tOiBudW1iZXIsIHRvOiBudW1iZXIpOiBudW1iZXIgPT4ge1xuICAgIGNvbnN0IGxpbmVCcmVhayA9IGZpcnN0QnJlYWsoYnl0ZXMsIGZyb20sIHRvKTtcbiAgICBjb25zdCBlbmQgPSBsaW5lQnJlYWsgPCAwID8gdG8gOiBsaW5lQnJlYWs7XG4gICAgY29uc3QgbmV4dCA9IGxpbmVCcmVhayA8IDAgPyB0byA6IGFmdGVyQnJlYWsoYnl0ZXMsIGxpbmVCcmVhaywgdG8pO1xuICAgIGlmIChlbmQgPT09IGZyb20pIHtcbiAgICAgIGxpbmUrKztcbiAgICAgIHJldHVybiBuZXh0O1xuICAgIH1cbiAgICBjb25zdCBxdW90ZSA9IGJ5dGVzLmluZGV4T2YoUVVPVEUsIGZyb20pO1xuICAgIGlmIChxdW90ZSA+PSAwICYmIHF1b3RlIDwgZW5kKSByZXR1cm4gZnJvbTtcbiAgICBjb25zdCBoZWFkZXIgPSB0ZXh0T2YoYnl0ZXMsIGZyb20sIGVuZCwgbGluZSk7XG4gICAgc3RhcnRQYXJzZXIoaGVhZGVyKTtcbiAgICB1c2VIZWFkZXIoaGVhZGVyLnNwbGl0KGRlbGltaXRlciEpKTtcbiAgICBsaW5lKys7XG4gICAgcmV0dXJuIG5leHQ7XG4gIH07XG5cbiAgLyoqXG4gICAqIEN1dHMgdGhlIGxpbmVzIG9mIGBieXRlc1tmcm9tLi50bylgIGludG8gZmllbGRzLCB1cCB0byB0aGUgbGluZSB0aGF0IGhvbGRzIGBzdG9wYCAoYSBxdW90ZSk7XG4gICAqIHJldHVybnMgd2hlcmUgaXQgc3RvcHBlZC4gT25seSBvZmZzZXRzIGFyZSBrZXB0IHBlciBmaWVsZDogYHVzZVJvd2AgcmVhZHMgdGhlIHVzZWQgb25lc1xuICAgKiB3aGVyZSB0aGV5IGxpZS4gYHRvYCBpcyBqdXN0IGFmdGVyIGEgbGluZSBicmVhaywgb3IgdGhlIGVuZCBvZiB0aGUgZmlsZS5cbiAgICovXG4gIGNvbnN0IGN1dExpbmVzID0gKGNodW5rOiBVaW50OEFycmF5LCBmcm9tOiBudW1iZXIsIHRvOiBudW1iZXIsIHN0b3A6IG51bWJlcik6IG51bWJlciA9PiB7XG4gICAgY29uc3QgYnl0ZXMgPSB0byA9PT0gY2h1bmsubGVuZ3RoID8gY2h1bmsgOiBjaHVuay5zdWJhcnJheSgwLCB0byk7XG4gICAgY29uc3QgZCA9IGRlbGltaXRlckJ5dGU7XG4gICAgY29uc3Qgd2lkdGggPSBjb2x1bW5zIS5sZW5ndGg7XG4gICAgcm93Qnl0ZXMgPSBieXRlcztcbiAgICAvLyB0aGUgbmV4dCBcXG4gYW5kIFxcciwgZm91bmQgYWdhaW4gb25seSBvbmNlIHBhc3NlZDogYSBmaWxlIHdpdGhvdXQgXFxyIHNlYXJjaGVzIGZvciBpdCBvbmNlXG4gICAgbGV0IGxmID0gYnl0ZXMuaW5kZXhPZihMRiwgZnJvbSk7XG4gICAgbGV0IGNyID0gYnl0ZXMuaW5kZXhPZihDUiwgZnJvbSk7XG4gICAgaWYgKGxmIDwgMCkgbGYgPSB0bztcbiAgICBpZiAoY3IgPCAwKSBjciA9IHRvO1xuICAgIGxldCBwb3MgPSBmcm9tO1xuICAgIHdoaWxlIChwb3MgPCB0bykge1xuICAgICAgaWYgKGxmIDwgcG9zICYmIChsZiA9IGJ5dGVzLmluZGV4T2YoTEYsIHBvcykpIDwgMCkgbGYgPSB0bztcbiAgICAgIGlmIChjciA8IHBvcyAmJiAoY3IgPSBieXRlcy5pbmRleE9mKENSLCBwb3MpKSA8IDApIGNyID0gdG87XG4gICAgICBjb25zdCBlbmQgPSBsZiA8IGNyID8gbGYgOiBjcjtcbiAgICAgIGlmIChzdG9wIDwgZW5kKSBicmVhaztcbiAgICAgIGNvbnN0IG5leHQgPSBlbmQgPT09IGNyICYmIGJ5dGVzW2VuZCArIDFdID09PSBMRiA/IGVuZCArIDIgOiBlbmQgKyAxO1xuICAgICAgY29uc3QgYXQgPSBsaW5lKys7XG4gICAgICBpZiAoZW5kID4gcG9zKSB7XG4gICAgICAgIGxldCBzdGFydCA9IHBvcztcbiAgICAgICAgbGV0IGZpZWxkcyA9IDA7XG4gICAgICAgIGxldCBjdXQgPSBwb3M7XG4gICAgICAgIHdoaWxlIChmaWVsZHMgPCBuZWVkZWQpIHtcbiAgICAgICAgICBjdXQgPSBieXRlcy5pbmRleE9mKGQsIHN0YXJ0KTtcbiAgICAgICAgICBpZiAoY3V0IDwgMCB8fCBjdXQgPiBlbmQpIGN1dCA9IGVuZDtcbiAgICAgICAgICBzdGFydHNbZmllbGRzXSA9IHN0YXJ0O1xuICAgICAgICAgIGVuZHNbZmllbGRzXSA9IGN1dDtcbiAgICAgICAgICBmaWVsZHMrKztcbiAgICAgICAgICBpZiAoY3V0ID09PSBlbmQpIGJyZWFrO1xuICAgICAgICAgIHN0YXJ0ID0gY3V0ICsgMTtcbiAgICAgICAgfVxuICAgICAgICAvLyB0aGUgZmllbGRzIHBhc3QgdGhlIGxhc3Qgb25lIHVzZWQgYXJlIG9ubHkgY291bnRlZCwgdXAgdG8gb25lIG1vcmUgdGhhbiB0aGUgaGVhZGVyIGhhc1xuICAgICAgICB3aGlsZSAoY3V0IDwgZW5kICYmIGZpZWxkcyA8PSB3aWR0aCkge1xuICAgICAgICAgIGN1dCA9IGJ5dGVzLmluZGV4T2YoZCwgY3V0ICsgMSk7XG4gICAgICAgICAgaWYgKGN1dCA8IDAgfHwgY3V0ID4gZW5kKSBjdXQgPSBlbmQ7XG4gICAgICAgICAgZmllbGRzKys7XG4gICAgICAgIH1cbiAgICAgICAgdXNlUm93KGF0LCBmaWVsZHMpO1xuICAgICAgfVxuICAgICAgcG9zID0gbmV4dDtcbiAgICB9XG4gICAgcmV0dXJuIHBvcztcbiAgfTtcblxuICAvKiogR2l2ZXMgdGhlIHRleHQgb2YgYGJ5dGVzW2Zyb20uLnRvKWAgKHdob2xlIGxpbmVzKSB0byB0aGUgcGFyc2VyLCBhZnRlciB3aGF0IGl0IGhhcyBub3QgZmluaXNoZWQuICovXG4gIGNvbnN0IHBhcnNlQnl0ZXMgPSAoYnl0ZXM6IFVpbnQ4QXJyYXksIGZyb206IG51bWJlciwgdG86IG51bWJlciwgZmluYWw6IGJvb2xlYW4pID0+IHtcbiAgICBjb25zdCBsaW5lQnJlYWtzID0gY3N2TGluZUJyZWFrcyh0ZXh0T2YoYnl0ZXMsIGZyb20sIHRvLCBsaW5lKSwgaW5RdW90ZXMpO1xuICAgIGluUXVvdGVzID0gbGluZUJyZWFrcy5pblF1b3RlcztcbiAgICB0ZXh0VGFpbCA9IHBhcnNlKHRleHRUYWlsID09PSBcIlwiID8gbGluZUJyZWFrcy50ZXh0IDogdGV4dFRhaWwgKyBsaW5lQnJlYWtzLnRleHQsIGZpbmFsKTtcbiAgICAvLyB0aGUgcGFyc2VyIGZpbmlzaGVkIGV2ZXJ5IHJlY29yZDogbm8gcXVvdGVkIGZpZWxkIGlzIG9wZW4sIHdoYXRldmVyIHRoZSBxdW90ZXMgY291bnRlZFxuICAgIGlmICh0ZXh0VGFpbCA9PT0gXCJcIikgaW5RdW90ZXMgPSBmYWxzZTtcbiAgfTtcblxuICAvKiogUGFyc2VzIHRoZSB0ZXh0IHdpdGggUGFwYSBQYXJzZTsgcmV0dXJucyB0aGUgdW5maW5pc2hlZCB0YWlsIHRvIGtlZXAuICovXG4gIGNvbnN0IHBhcnNlID0gKGlucHV0OiBzdHJpbmcsIGZpbmFsOiBib29sZWFuKTogc3RyaW5nID0+IHtcbiAgICBpZiAocGFyc2VyID09PSBudWxsKSB7XG4gICAgICBjb25zdCBlbmQgPSBpbnB1dC5pbmRleE9mKG5ld2xpbmUpO1xuICAgICAgc3RhcnRQYXJzZXIoZW5kIDwgMCA/IGlucHV0IDogaW5wdXQuc2xpY2UoMCwgZW5kKSk7XG4gICAgfVxuICAgIGNvbnN0IHJlc3VsdCA9IHBhcnNlciEucGFyc2UoaW5wdXQsIDAsICFmaW5hbCkgYXMgUGFwYS5QYXJzZVJlc3VsdDxzdHJpbmdbXT47XG4gICAgY29uc3Qgcm93cyA9IHJlc3VsdC5kYXRhO1xuICAgIGNvbnN0IGhhc1F1b3RlcyA9IGlucHV0LmluZGV4T2YoJ1wiJykgPj0gMDtcbiAgICBjb25zdCBubCA9IG5ld2xpbmU7XG4gICAgbGV0IG1hbGZvcm1lZDogU2V0PG51bWJlcj4gfCBudWxsID0gbnVsbDtcbiAgICBmb3IgKGNvbnN0IGUgb2YgcmVzdWx0LmVycm9ycykge1xuICAgICAgaWYgKGUuY29kZSA9PT0gXCJNaXNzaW5nUXVvdGVzXCIpIHtcbiAgICAgICAgbGV0IGF0ID0gbGluZTtcbiAgICAgICAgZm9yIChsZXQgayA9IDA7IGsgPCAoZS5yb3cgPz8gMCk7IGsrKykgYXQgKz0gMSArIChyb3dzW2tdID8/IFtdKS5yZWR1Y2UoKG4sIGYpID0+IG4gKyBjb3VudE9mKGYsIG5sKSwgMCk7XG4gICAgICAgIHRocm93IG5ldyBFdmVudExvZ0Vycm9yKFwidW50ZXJtaW5hdGVkX3F1b3RlXCIsIGBsaW5lICR7YXR9OiBhIHF1b3RlZCBmaWVsZCBpcyBuZXZlciBjbG9zZWQ6IGNsb3NlIHRoZSBxdW90ZSAoYSBxdW90ZSBpbnNpZGUgYSBxdW90ZWQgZmllbGQgaXMgd3JpdHRlbiB0d2ljZSwgXCJcIilgLCB7IGxpbmU6IGF0IH0pO1xuICAgICAgfVxuICAgICAgKG1hbGZvcm1lZCA/Pz0gbmV3IFNldCgpKS5hZGQoZS5yb3cgPz8gLTEpO1xuICAgIH1cbiAgICBmb3IgKGxldCBrID0gMDsgayA8IHJvd3MubGVuZ3RoOyBrKyspIHtcbiAgICAgIGNvbnN0IHJvdyA9IHJvd3Nba10hO1xuICAgICAgY29uc3QgYXQgPSBsaW5lO1xuICAgICAgbGluZSsrO1xuICAgICAgaWYgKGhhc1F1b3RlcykgZm9yIChjb25zdCBmaWVsZCBvZiByb3cpIGlmIChmaWVsZC5pbmRleE9mKG5sKSA+PSAwKSBsaW5lICs9IGNvdW50T2YoZmllbGQsIG5sKTtcbiAgICAgIGlmIChyb3cubGVuZ3RoID09PSAxICYmIHJvd1swXSA9PT0gXCJcIikgY29udGludWU7IC8vIGEgYmxhbmsgbGluZVxuICAgICAgaWYgKG1hbGZvcm1lZD8uaGFzKGspKSB7XG4gICAgICAgIGJhZFJvdyhjb25maWcsIFwibWFsZm9ybWVkX3F1b3RlXCIsIGBsaW5lICR7YXR9OiBhIHF1b3RlZCBmaWVsZCBoYXMgdGV4dCBhZnRlciBpdHMgY2xvc2luZyBxdW90ZTogcXVvdGUgdGhlIHdob2xlIGZpZWxkIGFuZCBkb3VibGUgdGhlIHF1b3RlcyBpbnNpZGUgaXQgKFwiXCIpYCwgeyBsaW5lOiBhdCB9KTtcbiAgICAgIH0gZWxzZSBpZiAoY29sdW1ucyA9PT0gbnVsbCkge1xuICAgICAgICB1c2VIZWFkZXIocm93KTtcbiAgICAgIH0gZWxzZSB7XG4gICAgICAgIHVzZVBhcnNlZFJvdyhyb3csIGF0KTtcbiAgICAgIH1cbiAgICB9XG4gICAgcmV0dXJuIHRhaWwoaW5wdXQsIHJlc3VsdC5tZXRhLmN1cnNvciwgZmluYWwpO1xuICB9O1xuXG4gIC8qKlxuICAgKiBSZWFkcyB0aGUgd2hvbGUgbGluZXMgb2YgYGJ5dGVzW2Zyb20uLnRvKWA6IGB0b2AgaXMganVzdCBhZnRlciBhIGxpbmUgYnJlYWssIG9yIHRoZSBlbmQgb2ZcbiAgICogdGhlIGZpbGUgKGBmaW5hbGApLiBMaW5lcyBhcmUgY3V0IG9uIGJ5dGVzIHVwIHRvIGEgbGluZSB3aXRoIGEgcXVvdGU7IGZyb20gdGhlcmUgdGhlIHBhcnNlclxuICAgKiByZWFkcyBhIGJhdGNoLCBhbmQgYXMgbG9uZyBhcyBpdCBob2xkcyBhbiBvcGVuIHJlY29yZC5cbiAgICovXG4gIGNvbnN0IHJlYWRMaW5lcyA9IChieXRlczogVWludDhBcnJheSwgZnJvbTogbnVtYmVyLCB0bzogbnVtYmVyLCBmaW5hbDogYm9vbGVhbikgPT4ge1xuICAgIHdoaWxlIChmcm9tIDwgdG8pIHtcbiAgICAgIGlmICh0ZXh0VGFpbCA9PT0gXCJcIiAmJiBjb2x1bW5zID09PSBudWxsKSB7XG4gICAgICAgIGNvbnN0IG5leHQgPSBoZWFkZXJMaW5lKGJ5dGVzLCBmcm9tLCB0byk7XG4gICAgICAgIGlmIChuZXh0ICE9PSBmcm9tKSB7XG4gICAgICAgICAgZnJvbSA9IG5leHQ7XG4gICAgICAgICAgY29udGludWU7XG4gICAgICAgIH1cbiAgICAgIH0gZWxzZSBpZiAodGV4dFRhaWwgPT09IFwiXCIgJiYgZGVsaW1pdGVyQnl0ZSA+PSAwKSB7XG4gICAgICAgIGNvbnN0IHF1b3RlID0gYnl0ZXMuaW5kZXhPZihRVU9URSwgZnJvbSk7XG4gICAgICAgIGZyb20gPSBjdXRMaW5lcyhieXRlcywgZnJvbSwgdG8sIHF1b3RlIDwgMCB8fCBxdW90ZSA+PSB0byA/IHRvIDogcXVvdGUpO1xuICAgICAgICBpZiAoZnJvbSA+PSB0bykgcmV0dXJuO1xuICAgICAgfVxuICAgICAgbGV0IGVuZCA9IHRvO1xuICAgICAgaWYgKHRvIC0gZnJvbSA+IEJBVENIX0JZVEVTKSB7XG4gICAgICAgIGNvbnN0IGxpbmVCcmVhayA9IGZpcnN0QnJlYWsoYnl0ZXMsIGZyb20gKyBCQVRDSF9CWVRFUywgdG8pO1xuICAgICAgICBpZiAobGluZUJyZWFrID49IDApIGVuZCA9IGFmdGVyQnJlYWsoYnl0ZXMsIGxpbmVCcmVhaywgdG8pO1xuICAgICAgfVxuICAgICAgcGFyc2VCeXRlcyhieXRlcywgZnJvbSwgZW5kLCBmaW5hbCAmJiBlbmQgPT09IHRvKTtcbiAgICAgIGZyb20gPSBlbmQ7XG4gICAgfVxuICB9O1xuXG4gIC8qKiBUaGUgYnl0ZXMgb2YgYW4gdW5maW5pc2hlZCBsaW5lLCBjb3BpZWQgb3V0IG9mIHRoZWlyIGNodW5rLiAqL1xuICBsZXQgcGVuZGluZzogVWludDhBcnJheSA9IEVNUFRZO1xuICBjb25zdCBob2xkID0gKGJ5dGVzOiBVaW50OEFycmF5KSA9PiB7XG4gICAgcGVuZGluZyA9IGJ5dGVzO1xuICAgIGlmIChwZW5kaW5nLmxlbmd0aCA+IE1BWF9SRUNPUkQpIHRocm93IHRvb0xvbmcodGV4dFRhaWwgIT09IFwiXCIgfHwgcGVuZGluZy5pbmRleE9mKFFVT1RFKSA+PSAwLCBcImJ5dGVzXCIpO1xuICB9O1xuXG4gIC8qKlxuICAgKiBSZWFkcyB0aGUgd2hvbGUgbGluZXMgb2YgdGhlIG5leHQgY2h1bmsuIFRoZSB1bmZpbmlzaGVkIGxpbmUgb2YgdGhlIGxhc3QgY2h1bmsgaXMgam9pbmVkXG4gICAqIHdpdGggdGhlIHJlc3Qgb2YgaXRzIGxpbmUgb25seSwgbm90IHRoZSB3aG9sZSBjaHVuayAod2hpY2ggd291bGQgY29weSBldmVyeSBjaHVuayBvbmNlIG1vcmUpO1xuICAgKiB0aGUgdW5maW5pc2hlZCBsaW5lIGF0IHRoZSBlbmQgb2YgdGhpcyBjaHVuayBpcyBrZXB0IGZvciB0aGUgbmV4dC5cbiAgICovXG4gIGNvbnN0IHB1c2ggPSAoY2h1bms6IFVpbnQ4QXJyYXkpID0+IHtcbiAgICBsZXQgZnJvbSA9IDA7XG4gICAgaWYgKHBlbmRpbmcubGVuZ3RoID4gMCkge1xuICAgICAgLy8gKGEgXFxyIHRoYXQgZW5kZWQgdGhlIGxhc3QgY2h1bmsgaXMgd2hvbGUgbm93LCBhIGxpbmUgYnJlYWsgb2YgaXRzIG93biBvciB0aGUgZmlyc3QgaGFsZiBvZiBhIFxcclxcbilcbiAgICAgIGNvbnN0IGxpbmVCcmVhayA9IGZpcnN0QnJlYWsoY2h1bmssIDAsIGNodW5rLmxlbmd0aCk7XG4gICAgICBpZiAobGluZUJyZWFrIDwgMCB8fCAobGluZUJyZWFrID09PSBjaHVuay5sZW5ndGggLSAxICYmIGNodW5rW2xpbmVCcmVha10gPT09IENSKSkgcmV0dXJuIGhvbGQoam9pbmVkKHBlbmRpbmcsIGNodW5rKSk7XG4gICAgICBmcm9tID0gYWZ0ZXJCcmVhayhjaHVuaywgbGluZUJyZWFrLCBjaHVuay5sZW5ndGgpO1xuICAgICAgY29uc3QgZmlyc3QgPSBqb2luZWQocGVuZGluZywgY2h1bmsuc3ViYXJyYXkoMCwgZnJvbSkpO1xuICAgICAgcGVuZGluZyA9IEVNUFRZO1xuICAgICAgcmVhZExpbmVzKGZpcnN0LCAwLCBmaXJzdC5sZW5ndGgsIGZhbHNlKTtcbiAgICB9XG4gICAgY29uc3QgZW5kID0gYWZ0ZXJMYXN0QnJlYWsoY2h1bmssIGZyb20pO1xuICAgIGlmIChlbmQgPiBmcm9tKSByZWFkTGluZXMoY2h1bmssIGZyb20sIGVuZCwgZmFsc2UpO1xuICAgIGlmIChlbmQgPCBjaHVuay5sZW5ndGgpIGhvbGQoam9pbmVkKEVNUFRZLCBjaHVuay5zdWJhcnJheShlbmQpKSk7IC8vIGEgY29weTogQnVmZmVyJ3Mgc2xpY2Ugd291bGQgc2hhcmUgdGhlIGNodW5rXG4gIH07XG5cbiAgLyoqIFRoZSBsYXN0IDQgYnl0ZXMgb2YgdGhlIGZpbGU6IGEgVVRGLTggY2hhcmFjdGVyIGN1dCBvZmYgYXQgaXRzIGVuZCBpcyBhbiBlbmNvZGluZyBlcnJvci4gKi9cbiAgY29uc3QgbGFzdCA9IG5ldyBVaW50OEFycmF5KDQpO1xuICBsZXQgc2VlbiA9IDA7XG4gIGxldCBmaXJzdDogVWludDhBcnJheSB8IG51bGwgPSBFTVBUWTsgLy8gdGhlIGZpcnN0IGJ5dGVzLCB1bnRpbCBhIGJ5dGUtb3JkZXIgbWFyayBjYW4gYmUgdG9sZFxuICBmb3IgYXdhaXQgKGNvbnN0IGJ5dGVzIG9mIGNodW5rcykge1xuICAgIGlmIChieXRlcy5sZW5ndGggPT09IDApIGNvbnRpbnVlO1xuICAgIGxldCBjaHVuayA9IHNlYXJjaGFibGUoYnl0ZXMpO1xuICAgIGZvciAobGV0IGkgPSBNYXRoLm1heCgwLCBjaHVuay5sZW5ndGggLSA0KTsgaSA8IGNodW5rLmxlbmd0aDsgaSsrKSBsYXN0W3NlZW4rKyAmIDNdID0gY2h1bmtbaV0hO1xuICAgIGlmIChmaXJzdCAhPT0gbnVsbCkge1xuICAgICAgZmlyc3QgPSBmaXJzdC5sZW5ndGggPT09IDAgPyBjaHVuayA6IGpvaW5lZChmaXJzdCwgY2h1bmspO1xuICAgICAgaWYgKGZpcnN0Lmxlbmd0aCA8IDMpIGNvbnRpbnVlO1xuICAgICAgY2h1bmsgPSBmaXJzdFswXSA9PT0gMHhlZiAmJiBmaXJzdFsxXSA9PT0gMHhiYiAmJiBmaXJzdFsyXSA9PT0gMHhiZiA/IGZpcnN0LnN1YmFycmF5KDMpIDogZmlyc3Q7XG4gICAgICBmaXJzdCA9IG51bGw7XG4gICAgfVxuICAgIHB1c2goY2h1bmspO1xuICB9XG4gIGlmIChmaXJzdCAhPT0gbnVsbCAmJiBmaXJzdC5sZW5ndGggPiAwKSBwdXNoKGZpcnN0KTtcbiAgY29uc3QgZW5kaW5nID0gVWludDhBcnJheS5mcm9tKHsgbGVuZ3RoOiBNYXRoLm1pbihzZWVuLCA0KSB9LCAoXywgaykgPT4gbGFzdFsoc2VlbiAtIE1hdGgubWluKHNlZW4sIDQpICsgaykgJiAzXSEpO1xuICBpZiAod2hvbGVDaGFyYWN0ZXJzKGVuZGluZykgPCBlbmRpbmcubGVuZ3RoKSB0aHJvdyBpbnZhbGlkRW5jb2RpbmcobGluZSk7XG4gIGlmIChwZW5kaW5nLmxlbmd0aCA+IDApIHJlYWRMaW5lcyhwZW5kaW5nLCAwLCBwZW5kaW5nLmxlbmd0aCwgdHJ1ZSk7XG4gIGVsc2UgaWYgKHRleHRUYWlsICE9PSBcIlwiKSB0ZXh0VGFpbCA9IHBhcnNlKHRleHRUYWlsLCB0cnVlKTtcbiAgaWYgKGNvbHVtbnMgPT09IG51bGwpIHRocm93IG5ldyBFdmVudExvZ0Vycm9yKFwiZW1wdHlfbG9nXCIsIFwidGhlIGxvZyBpcyBlbXB0eTogZXhwZWN0ZWQgYSBoZWFkZXIgbGluZSBuYW1pbmcgdGhlIGNvbHVtbnMsIHRoZW4gb25lIGxpbmUgcGVyIGV2ZW50XCIpO1xufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay93dC9yZWFkZXIvc3JjL2xvZ3NcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZmlsZW5hbWUgPSBcIi93b3JrL3d0L3JlYWRlci9zcmMvbG9ncy9ieXRlLWtleXMudHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfaW1wb3J0X21ldGFfdXJsID0gXCJmaWxlOi8vL3dvcmsvd3QvcmVhZGVyL3NyYy9sb2dzL2J5dGUta2V5cy50c1wiO2ltcG9ydCB7IG1peEhhc2gsIHBsYWNlSW5TbG90cyB9IGZyb20gXCIuL2hhc2gtc2xvdHMuanNcIjtcblxuLyoqIFdoYXQgYEJ5dGVLZXlzLmZpbmRgIHJldHVybnMgZm9yIGJ5dGVzIGl0IGRvZXMgbm90IGhvbGQuICovXG5leHBvcnQgY29uc3QgQUJTRU5UID0gLTE7XG5cbi8qKlxuICogQSBoYXNoIG1hcCBmcm9tIGJ5dGUgc3RyaW5ncyB0byBudW1iZXJzIChhIG5hbWUncyBpbmRleCBpbiBhIGBTdHJpbmdUYWJsZWAsIG9yIGEgbWFya2VyKSwgZm9yIGFcbiAqIHJlYWRlciB0aGF0IGN1dHMgbmFtZXMgb3V0IG9mIGEgZmlsZSdzIGJ5dGVzOiBhIG5hbWUgaXMgbG9va2VkIHVwIHdoZXJlIGl0IGxpZXMgaW4gdGhlIGNodW5rLFxuICogYW5kIGRlY29kZWQgaW50byBhIHN0cmluZyBvbmx5IHRoZSBmaXJzdCB0aW1lIGl0IGlzIHNlZW4uIFRoZSBrZXlzIGFyZSBjb3BpZWQgaW50byBhbiBhcmVuYSBvZlxuICogdGhlIG1hcCdzIG93biwgc28gdGhlIG1hcCBuZXZlciBob2xkcyBvbiB0byBhIGNodW5rIG9mIHRoZSBmaWxlLlxuICpcbiAqIEBleGFtcGxlXG4gKiBjb25zdCBrZXlzID0gbmV3IEJ5dGVLZXlzKCk7XG4gKiBjb25zdCBieXRlcyA9IG5ldyBUZXh0RW5jb2RlcigpLmVuY29kZShcImRlc2ssbGFiXCIpO1xuICoga2V5cy5maW5kKGJ5dGVzLCAwLCA0KTsgLy8gQUJTRU5UXG4gKiBrZXlzLmFkZChieXRlcywgMCwgNCwgNyk7XG4gKiBrZXlzLmZpbmQoYnl0ZXMsIDAsIDQpOyAvLyA3XG4gKi9cbmV4cG9ydCBjbGFzcyBCeXRlS2V5cyB7XG4gIC8qKiBUaGUga2V5cycgYnl0ZXMsIG9uZSBhZnRlciBhbm90aGVyLiAqL1xuICBwcml2YXRlIGFyZW5hID0gbmV3IFVpbnQ4QXJyYXkoMSA8PCAxMik7XG4gIHByaXZhdGUgdXNlZCA9IDA7XG4gIC8qKiBQZXIgZW50cnk6IHdoZXJlIGl0cyBrZXkgc3RhcnRzIGluIHRoZSBhcmVuYSwgaXRzIGxlbmd0aCwgaXRzIGhhc2ggYW5kIGl0cyB2YWx1ZS4gKi9cbiAgcHJpdmF0ZSBrZXlTdGFydCA9IG5ldyBJbnQzMkFycmF5KDY0KTtcbiAgcHJpdmF0ZSBrZXlMZW5ndGggPSBuZXcgSW50MzJBcnJheSg2NCk7XG4gIHByaXZhdGUga2V5SGFzaCA9IG5ldyBJbnQzMkFycmF5KDY0KTtcbiAgcHJpdmF0ZSB2YWx1ZXMgPSBuZXcgVWludDMyQXJyYXkoNjQpO1xuICBwcml2YXRlIGNvdW50ID0gMDtcbiAgLyoqIE9wZW4gYWRkcmVzc2luZywgdHdvIG51bWJlcnMgcGVyIHNsb3Q6IHRoZSBlbnRyeSArIDEgKDAgd2hlbiBmcmVlKSBhbmQgaXRzIGhhc2guICovXG4gIHByaXZhdGUgc2xvdHMgPSBuZXcgSW50MzJBcnJheSgxMjgpO1xuXG4gIC8qKiBUaGUgdmFsdWUgb2YgdGhlIGtleSBgYnl0ZXNbc3RhcnQuLmVuZClgLCBvciBgQUJTRU5UYC4gKi9cbiAgZmluZChieXRlczogVWludDhBcnJheSwgc3RhcnQ6IG51bWJlciwgZW5kOiBudW1iZXIpOiBudW1iZXIge1xuICAgIHJldHVybiB0aGlzLmxvb2t1cChieXRlcywgc3RhcnQsIGVuZCwgaGFzaEJ5dGVzKGJ5dGVzLCBzdGFydCwgZW5kKSk7XG4gIH1cblxuICAvKiogU2V0cyB0aGUgdmFsdWUgb2YgdGhlIGtleSBgYnl0ZXNbc3RhcnQuLmVuZClgOyB0aGUga2V5IG11c3QgYmUgYWJzZW50LiAqL1xuICBhZGQoYnl0ZXM6IFVpbnQ4QXJyYXksIHN0YXJ0OiBudW1iZXIsIGVuZDogbnVtYmVyLCB2YWx1ZTogbnVtYmVyKTogdm9pZCB7XG4gICAgY29uc3QgbGVuZ3RoID0gZW5kIC0gc3RhcnQ7XG4gICAgaWYgKHRoaXMudXNlZCArIGxlbmd0aCA+IHRoaXMuYXJlbmEubGVuZ3RoKSB7XG4gICAgICBjb25zdCBhcmVuYSA9IG5ldyBVaW50OEFycmF5KE1hdGgubWF4KDIgKiB0aGlzLmFyZW5hLmxlbmd0aCwgdGhpcy51c2VkICsgbGVuZ3RoKSk7XG4gICAgICBhcmVuYS5zZXQodGhpcy5hcmVuYS5zdWJhcnJheSgwLCB0aGlzLnVzZWQpKTtcbiAgICAgIHRoaXMuYXJlbmEgPSBhcmVuYTtcbiAgICB9XG4gICAgaWYgKHRoaXMuY291bnQgPT09IHRoaXMudmFsdWVzLmxlbmd0aCkge1xuICAgICAgdGhpcy5rZXlTdGFydCA9IGdyb3duKHRoaXMua2V5U3RhcnQsIG5ldyBJbnQzMkFycmF5KDIgKiB0aGlzLmNvdW50KSk7XG4gICAgICB0aGlzLmtleUxlbmd0aCA9IGdyb3duKHRoaXMua2V5TGVuZ3RoLCBuZXcgSW50MzJBcnJheSgyICogdGhpcy5jb3VudCkpO1xuICAgICAgdGhpcy5rZXlIYXNoID0gZ3Jvd24odGhpcy5rZXlIYXNoLCBuZXcgSW50MzJBcnJheSgyICogdGhpcy5jb3VudCkpO1xuICAgICAgdGhpcy52YWx1ZXMgPSBncm93bih0aGlzLnZhbHVlcywgbmV3IFVpbnQzMkFycmF5KDIgKiB0aGlzLmNvdW50KSk7XG4gICAgfVxuICAgIGNvbnN0IGVudHJ5ID0gdGhpcy5jb3VudCsrO1xuICAgIGNvbnN0IGhhc2ggPSBoYXNoQnl0ZXMoYnl0ZXMsIHN0YXJ0LCBlbmQpO1xuICAgIGZvciAobGV0IGkgPSAwOyBpIDwgbGVuZ3RoOyBpKyspIHRoaXMuYXJlbmFbdGhpcy51c2VkICsgaV0gPSBieXRlc1tzdGFydCArIGldITtcbiAgICB0aGlzLmtleVN0YXJ0W2VudHJ5XSA9IHRoaXMudXNlZDtcbiAgICB0aGlzLmtleUxlbmd0aFtlbnRyeV0gPSBsZW5ndGg7XG4gICAgdGhpcy5rZXlIYXNoW2VudHJ5XSA9IGhhc2g7XG4gICAgdGhpcy52YWx1ZXNbZW50cnldID0gdmFsdWU7XG4gICAgdGhpcy51c2VkICs9IGxlbmd0aDtcbiAgICBpZiAodGhpcy5jb3VudCAqIDQgPiB0aGlzLnNsb3RzLmxlbmd0aCkgdGhpcy5yZWhhc2goKTtcbiAgICBlbHNlIHBsYWNlSW5TbG90cyh0aGlzLnNsb3RzLCBoYXNoLCBlbnRyeSk7XG4gIH1cblxuICBwcml2YXRlIGxvb2t1cChieXRlczogVWludDhBcnJheSwgc3RhcnQ6IG51bWJlciwgZW5kOiBudW1iZXIsIGhhc2g6IG51bWJlcik6IG51bWJlciB7XG4gICAgY29uc3Qgc2xvdHMgPSB0aGlzLnNsb3RzO1xuICAgIGNvbnN0IG1hc2sgPSAoc2xvdHMubGVuZ3RoID4+IDEpIC0gMTtcbiAgICBjb25zdCBsZW5ndGggPSBlbmQgLSBzdGFydDtcbiAgICBjb25zdCBhcmVuYSA9IHRoaXMuYXJlbmE7XG4gICAgcHJvYmU6IGZvciAobGV0IHMgPSBoYXNoICYgbWFzazsgOyBzID0gKHMgKyAxKSAmIG1hc2spIHtcbiAgICAgIGNvbnN0IGVudHJ5ID0gc2xvdHNbMiAqIHNdISAtIDE7XG4gICAgICBpZiAoZW50cnkgPCAwKSByZXR1cm4gQUJTRU5UO1xuICAgICAgaWYgKHNsb3RzWzIgKiBzICsgMV0gIT09IGhhc2ggfHwgdGhpcy5rZXlMZW5ndGhbZW50cnldICE9PSBsZW5ndGgpIGNvbnRpbnVlO1xuICAgICAgY29uc3QgYXQgPSB0aGlzLmtleVN0YXJ0W2VudHJ5XSEgLSBzdGFydDtcbiAgICAgIGZvciAobGV0IGkgPSBzdGFydDsgaSA8IGVuZDsgaSsrKSBpZiAoYXJlbmFbYXQgKyBpXSAhPT0gYnl0ZXNbaV0pIGNvbnRpbnVlIHByb2JlO1xuICAgICAgcmV0dXJuIHRoaXMudmFsdWVzW2VudHJ5XSE7XG4gICAgfVxuICB9XG5cbiAgcHJpdmF0ZSByZWhhc2goKTogdm9pZCB7XG4gICAgdGhpcy5zbG90cyA9IG5ldyBJbnQzMkFycmF5KHRoaXMuc2xvdHMubGVuZ3RoICogMik7XG4gICAgZm9yIChsZXQgZW50cnkgPSAwOyBlbnRyeSA8IHRoaXMuY291bnQ7IGVudHJ5KyspIHBsYWNlSW5TbG90cyh0aGlzLnNsb3RzLCB0aGlzLmtleUhhc2hbZW50cnldISwgZW50cnkpO1xuICB9XG59XG5cbmZ1bmN0aW9uIGdyb3duPFQgZXh0ZW5kcyBJbnQzMkFycmF5IHwgVWludDMyQXJyYXk+KG9sZDogVCwgbmV4dDogVCk6IFQge1xuICBuZXh0LnNldChvbGQpO1xuICByZXR1cm4gbmV4dDtcbn1cblxuLyoqIEtleXMgdXAgdG8gdGhpcyBsb25nIGFyZSBoYXNoZWQgd2hvbGU7IGxvbmdlciBvbmVzIGJ5IHRoZWlyIGxlbmd0aCwgaGVhZCBhbmQgdGFpbC4gKi9cbmNvbnN0IFdIT0xFID0gMTY7XG5cbi8qKlxuICogRk5WLTFhIG92ZXIgYGJ5dGVzW3N0YXJ0Li5lbmQpYDogYWxsIG9mIHRoZW0gdXAgdG8gYFdIT0xFYCwgZWxzZSB0aGUgbGVuZ3RoIGFuZCB0aGUgZmlyc3QgYW5kXG4gKiBsYXN0IDggKHJlYWRpbmcgYnl0ZXMgaXMgbW9zdCBvZiB0aGUgY29zdDsga2V5cyB0aGF0IGRpZmZlciBvbmx5IGluIHRoZSBtaWRkbGUgYXJlIGNvbXBhcmVkIGluXG4gKiBmdWxsIHdoZW4gcHJvYmluZyksIHRoZW4gTXVybXVySGFzaDMncyBmaW5hbGlzZXIsIHNpbmNlIGEgc2xvdCBpcyBjaG9zZW4gYnkgdGhlIGxvdyBiaXRzLlxuICovXG5mdW5jdGlvbiBoYXNoQnl0ZXMoYnl0ZXM6IFVpbnQ4QXJyYXksIHN0YXJ0OiBudW1iZXIsIGVuZDogbnVtYmVyKTogbnVtYmVyIHtcbiAgbGV0IGggPSAweDgxMWM5ZGM1O1xuICBpZiAoZW5kIC0gc3RhcnQgPD0gV0hPTEUpIHtcbiAgICBmb3IgKGxldCBpID0gc3RhcnQ7IGkgPCBlbmQ7IGkrKykgaCA9IE1hdGguaW11bChoIF4gYnl0ZXNbaV0hLCAweDAxMDAwMTkzKTtcbiAgfSBlbHNlIHtcbiAgICBoID0gTWF0aC5pbXVsKGggXiAoZW5kIC0gc3RhcnQpLCAweDAxMDAwMTkzKTtcbiAgICBmb3IgKGxldCBpID0gc3RhcnQ7IGkgPCBzdGFydCArIDg7IGkrKykgaCA9IE1hdGguaW11bChoIF4gYnl0ZXNbaV0hLCAweDAxMDAwMTkzKTtcbiAgICBmb3IgKGxldCBpID0gZW5kIC0gODsgaSA8IGVuZDsgaSsrKSBoID0gTWF0aC5pbXVsKGggXiBieXRlc1tpXSEsIDB4MDEwMDAxOTMpO1xuICB9XG4gIHJldHVybiBtaXhIYXNoKGgpO1xufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay93dC9yZWFkZXIvc3JjL2xvZ3NcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZmlsZW5hbWUgPSBcIi93b3JrL3d0L3JlYWRlci9zcmMvbG9ncy9jc3YtbGluZS1icmVha3MudHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfaW1wb3J0X21ldGFfdXJsID0gXCJmaWxlOi8vL3dvcmsvd3QvcmVhZGVyL3NyYy9sb2dzL2Nzdi1saW5lLWJyZWFrcy50c1wiOy8qKlxuICogQ1NWIHRleHQgd2l0aCBldmVyeSBsaW5lIGJyZWFrIG91dHNpZGUgcXVvdGVkIGZpZWxkcyBtYWRlIGEgYFxcbmA6IGBcXHJcXG5gIGFuZCBhIGxvbmUgYFxccmAgZW5kIGFcbiAqIGxpbmUgYXMgd2VsbCBhcyBgXFxuYCBkb2VzLCBsaW5lIGJ5IGxpbmUgXHUyMDE0IGEgZmlsZSB3aG9zZSBoZWFkZXIgZW5kcyBpbiBgXFxyXFxuYCBhbmQgd2hvc2Ugcm93cyBlbmRcbiAqIGluIGBcXG5gIChvciB0aGUgb3RoZXIgd2F5IHJvdW5kKSBpcyByZWFkIHdob2xlLCBhbmQgbm8gYFxccmAgaXMgbGVmdCBhdCB0aGUgZW5kIG9mIGEgdmFsdWUuXG4gKiBJbnNpZGUgYSBxdW90ZWQgZmllbGQgdGhlIHRleHQgaXMga2VwdCBhcyBpdCBpcy4gYGluUXVvdGVzYCBzYXlzIHdoZXRoZXIgdGhlIHRleHQgc3RhcnRzXG4gKiBpbnNpZGUgYSBxdW90ZWQgZmllbGQ7IHRoZSByZXN1bHQgc2F5cyB3aGV0aGVyIGl0IGVuZHMgaW5zaWRlIG9uZS4gVGhlIHRleHQgbXVzdCBub3QgZW5kIGluXG4gKiB0aGUgYFxccmAgb2YgYSBgXFxyXFxuYCB3aG9zZSBgXFxuYCBpcyBzdGlsbCB0byBjb21lICh0aGUgcmVhZGVyIGN1dHMgaXRzIHRleHQgYWZ0ZXIgd2hvbGUgbGluZSBicmVha3MpLlxuICpcbiAqIEBleGFtcGxlXG4gKiBjc3ZMaW5lQnJlYWtzKCdhLGJcXHJcXG4xLFwieFxcclxcbnlcIlxccjMsNFxcbicsIGZhbHNlKTsgLy8geyB0ZXh0OiAnYSxiXFxuMSxcInhcXHJcXG55XCJcXG4zLDRcXG4nLCBpblF1b3RlczogZmFsc2UgfVxuICovXG5leHBvcnQgZnVuY3Rpb24gY3N2TGluZUJyZWFrcyh0ZXh0OiBzdHJpbmcsIGluUXVvdGVzOiBib29sZWFuKTogeyB0ZXh0OiBzdHJpbmc7IGluUXVvdGVzOiBib29sZWFuIH0ge1xuICBpZiAodGV4dC5pbmRleE9mKFwiXFxyXCIpIDwgMCkgcmV0dXJuIHsgdGV4dCwgaW5RdW90ZXM6IHF1b3Rlc0ZsaXAodGV4dCkgPyAhaW5RdW90ZXMgOiBpblF1b3RlcyB9O1xuICBsZXQgb3V0ID0gXCJcIjtcbiAgbGV0IHBvcyA9IDA7XG4gIHdoaWxlIChwb3MgPCB0ZXh0Lmxlbmd0aCkge1xuICAgIGNvbnN0IHF1b3RlID0gdGV4dC5pbmRleE9mKCdcIicsIHBvcyk7XG4gICAgY29uc3QgZW5kID0gcXVvdGUgPCAwID8gdGV4dC5sZW5ndGggOiBxdW90ZSArIDE7XG4gICAgY29uc3QgcGllY2UgPSB0ZXh0LnNsaWNlKHBvcywgZW5kKTtcbiAgICBvdXQgKz0gaW5RdW90ZXMgfHwgcGllY2UuaW5kZXhPZihcIlxcclwiKSA8IDAgPyBwaWVjZSA6IHBpZWNlLnJlcGxhY2UoL1xcclxcbj8vZywgXCJcXG5cIik7XG4gICAgaWYgKHF1b3RlID49IDApIGluUXVvdGVzID0gIWluUXVvdGVzO1xuICAgIHBvcyA9IGVuZDtcbiAgfVxuICByZXR1cm4geyB0ZXh0OiBvdXQsIGluUXVvdGVzIH07XG59XG5cbi8qKiBXaGV0aGVyIHRoZSB0ZXh0IGhvbGRzIGFuIG9kZCBudW1iZXIgb2YgcXVvdGUgY2hhcmFjdGVycy4gKi9cbmZ1bmN0aW9uIHF1b3Rlc0ZsaXAodGV4dDogc3RyaW5nKTogYm9vbGVhbiB7XG4gIGxldCBvZGQgPSBmYWxzZTtcbiAgZm9yIChsZXQgaSA9IHRleHQuaW5kZXhPZignXCInKTsgaSA+PSAwOyBpID0gdGV4dC5pbmRleE9mKCdcIicsIGkgKyAxKSkgb2RkID0gIW9kZDtcbiAgcmV0dXJuIG9kZDtcbn1cbiIsICJjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZGlybmFtZSA9IFwiL3dvcmsvd3QvcmVhZGVyL3NyYy9sb2dzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay93dC9yZWFkZXIvc3JjL2xvZ3MvY2xvc2VzdC1uYW1lcy50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay93dC9yZWFkZXIvc3JjL2xvZ3MvY2xvc2VzdC1uYW1lcy50c1wiO2ltcG9ydCB7IGRpc3RhbmNlIH0gZnJvbSBcImZhc3Rlc3QtbGV2ZW5zaHRlaW5cIjtcblxuLyoqIE5hbWVzIGFyZSBjb21wYXJlZCBvbiB0aGVpciBmaXJzdCBjaGFyYWN0ZXJzIG9ubHk6IGEgbmFtZSB0aGlzIGxvbmcgaXMgbm8gdHlwbyBvZiBhIHNob3J0IG9uZS4gKi9cbmNvbnN0IENPTVBBUkVEX0NIQVJTID0gMjAwO1xuXG4vKipcbiAqIFdoYXQgYGNsb3Nlc3ROYW1lc2AgcmV0dXJuczogZXZlcnkgbmFtZSwgdGhlIGNsb3Nlc3QgdG8gdGhlIG9uZSBhc2tlZCBmb3IgZmlyc3QsIGFuZCB0aG9zZVxuICogY2xvc2UgZW5vdWdoIHRvIGJlIHdoYXQgd2FzIG1lYW50LlxuICovXG5leHBvcnQgaW50ZXJmYWNlIENsb3Nlc3ROYW1lcyB7XG4gIC8qKiBBbGwgdGhlIG5hbWVzLCBjbG9zZXN0IGZpcnN0ICh0aWVzIGtlZXAgdGhlaXIgb3JkZXIpLiAqL1xuICBvcmRlcmVkOiBzdHJpbmdbXTtcbiAgLyoqIFRoZSBuYW1lcyBjbG9zZSBlbm91Z2ggdG8gc3VnZ2VzdCAoXCJkaWQgeW91IG1lYW4gXHUyMDI2P1wiKSwgY2xvc2VzdCBmaXJzdDsgb2Z0ZW4gZW1wdHkuICovXG4gIHN1Z2dlc3RlZDogc3RyaW5nW107XG59XG5cbi8qKlxuICogVGhlIG5hbWVzIGEgdXNlciBtYXkgaGF2ZSBtZWFudCBieSBgbmFtZWA6IG9yZGVyZWQgYnkgZWRpdCBkaXN0YW5jZSAoTGV2ZW5zaHRlaW4sIGJ5IHRoZVxuICogZmFzdGVzdC1sZXZlbnNodGVpbiBsaWJyYXJ5KSwgY2FzZSBpZ25vcmVkLiBBIG5hbWUgaXMgc3VnZ2VzdGVkIHdoZW4gaXQgZGlmZmVycyBieSBhdCBtb3N0IGFcbiAqIHRoaXJkIG9mIHRoZSBuYW1lJ3MgY2hhcmFjdGVycyAoYXQgbGVhc3Qgb25lKSwgb3Igd2hlbiBvbmUgY29udGFpbnMgdGhlIG90aGVyIChgZ3JvdXBgIGluXG4gKiBgb3JnOmdyb3VwYCkuXG4gKlxuICogQGV4YW1wbGVcbiAqIGNsb3Nlc3ROYW1lcyhcIkFjdGl2dHlcIiwgW1wiQ2FzZSBJRFwiLCBcIkFjdGl2aXR5XCIsIFwiUmVzb3VyY2VcIl0pO1xuICogLy8geyBvcmRlcmVkOiBbXCJBY3Rpdml0eVwiLCBcIkNhc2UgSURcIiwgXCJSZXNvdXJjZVwiXSwgc3VnZ2VzdGVkOiBbXCJBY3Rpdml0eVwiXSB9XG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjbG9zZXN0TmFtZXMobmFtZTogc3RyaW5nLCBuYW1lczogcmVhZG9ubHkgc3RyaW5nW10pOiBDbG9zZXN0TmFtZXMge1xuICBjb25zdCB3YW50ZWQgPSBuYW1lLnNsaWNlKDAsIENPTVBBUkVEX0NIQVJTKS50b0xvd2VyQ2FzZSgpO1xuICBjb25zdCBsaW1pdCA9IE1hdGgubWF4KDEsIE1hdGguZmxvb3Iod2FudGVkLmxlbmd0aCAvIDMpKTtcbiAgY29uc3Qgc2NvcmVkID0gbmFtZXMubWFwKChjYW5kaWRhdGUsIGluZGV4KSA9PiB7XG4gICAgY29uc3Qgb3RoZXIgPSBjYW5kaWRhdGUuc2xpY2UoMCwgQ09NUEFSRURfQ0hBUlMpLnRvTG93ZXJDYXNlKCk7XG4gICAgY29uc3QgY29udGFpbnMgPSB3YW50ZWQubGVuZ3RoID49IDMgJiYgb3RoZXIubGVuZ3RoID49IDMgJiYgKG90aGVyLmluY2x1ZGVzKHdhbnRlZCkgfHwgd2FudGVkLmluY2x1ZGVzKG90aGVyKSk7XG4gICAgY29uc3QgZCA9IGRpc3RhbmNlKHdhbnRlZCwgb3RoZXIpO1xuICAgIHJldHVybiB7IGNhbmRpZGF0ZSwgaW5kZXgsIGQsIGNsb3NlOiBkIDw9IGxpbWl0IHx8IGNvbnRhaW5zIH07XG4gIH0pO1xuICBzY29yZWQuc29ydCgoYSwgYikgPT4gTnVtYmVyKGIuY2xvc2UpIC0gTnVtYmVyKGEuY2xvc2UpIHx8IGEuZCAtIGIuZCB8fCBhLmluZGV4IC0gYi5pbmRleCk7XG4gIHJldHVybiB7IG9yZGVyZWQ6IHNjb3JlZC5tYXAoKHMpID0+IHMuY2FuZGlkYXRlKSwgc3VnZ2VzdGVkOiBzY29yZWQuZmlsdGVyKChzKSA9PiBzLmNsb3NlKS5tYXAoKHMpID0+IHMuY2FuZGlkYXRlKSB9O1xufVxuXG4vKipcbiAqIFwiZGlkIHlvdSBtZWFuIFx1MjAyNj9cIiBmb3IgdGhlIHN1Z2dlc3RlZCBuYW1lcywgZWFjaCB3cml0dGVuIGJ5IGBxdW90ZWA7IFwiXCIgd2hlbiBub25lIGlzIGNsb3NlLlxuICpcbiAqIEBleGFtcGxlXG4gKiBkaWRZb3VNZWFuKFtcIkFjdGl2aXR5XCJdLCAobikgPT4gSlNPTi5zdHJpbmdpZnkobikpOyAvLyAnZGlkIHlvdSBtZWFuIFwiQWN0aXZpdHlcIj8nXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBkaWRZb3VNZWFuKHN1Z2dlc3RlZDogcmVhZG9ubHkgc3RyaW5nW10sIHF1b3RlOiAobmFtZTogc3RyaW5nKSA9PiBzdHJpbmcpOiBzdHJpbmcge1xuICBpZiAoc3VnZ2VzdGVkLmxlbmd0aCA9PT0gMCkgcmV0dXJuIFwiXCI7XG4gIGNvbnN0IHNob3duID0gc3VnZ2VzdGVkLnNsaWNlKDAsIDMpLm1hcChxdW90ZSk7XG4gIHJldHVybiBgZGlkIHlvdSBtZWFuICR7c2hvd24ubGVuZ3RoID09PSAxID8gc2hvd25bMF0gOiBgJHtzaG93bi5zbGljZSgwLCAtMSkuam9pbihcIiwgXCIpfSBvciAke3Nob3duLmF0KC0xKX1gfT9gO1xufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay93dC9yZWFkZXIvc3JjL2xvZ3NcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZmlsZW5hbWUgPSBcIi93b3JrL3d0L3JlYWRlci9zcmMvbG9ncy9leGNlcnB0LnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL3d0L3JlYWRlci9zcmMvbG9ncy9leGNlcnB0LnRzXCI7LyoqIEVjaG9lZCB2YWx1ZXMgbG9uZ2VyIHRoYW4gdGhpcyBhcmUgY3V0OiBhbiBlcnJvciBtZXNzYWdlIHN0YXlzIGEgbGluZSwgd2hhdGV2ZXIgdGhlIGlucHV0LiAqL1xuY29uc3QgRVhDRVJQVF9DSEFSUyA9IDYwO1xuXG4vKipcbiAqIEEgdmFsdWUgZnJvbSB0aGUgaW5wdXQgYXMgYW4gZXJyb3IgbWVzc2FnZSBxdW90ZXMgaXQ6IEpTT04tcXVvdGVkLCBhbmQgd2hlbiBsb25nIGN1dCB0byBpdHNcbiAqIGZpcnN0IGNoYXJhY3RlcnMgd2l0aCB0aGUgZnVsbCBsZW5ndGggc2FpZCwgc28gdGhhdCBhIDQwIE1CIGxpbmUgbmV2ZXIgYmVjb21lcyBhIDQwIE1CIG1lc3NhZ2UuXG4gKlxuICogQGV4YW1wbGVcbiAqIGV4Y2VycHQoXCIyMDI0LTEzLTAxXCIpOyAvLyAnXCIyMDI0LTEzLTAxXCInXG4gKiBleGNlcnB0KFwieFwiLnJlcGVhdCgxZTYpKTsgLy8gJ1wieHh4eHh4eHhcdTIwMjZcIiAoMSwwMDAsMDAwIGNoYXJhY3RlcnMpJ1xuICovXG5leHBvcnQgZnVuY3Rpb24gZXhjZXJwdCh0ZXh0OiBzdHJpbmcpOiBzdHJpbmcge1xuICBpZiAodGV4dC5sZW5ndGggPD0gRVhDRVJQVF9DSEFSUykgcmV0dXJuIEpTT04uc3RyaW5naWZ5KHRleHQpO1xuICByZXR1cm4gYCR7SlNPTi5zdHJpbmdpZnkodGV4dC5zbGljZSgwLCBFWENFUlBUX0NIQVJTIC0gMSkgKyBcIlx1MjAyNlwiKX0gKCR7dGV4dC5sZW5ndGgudG9Mb2NhbGVTdHJpbmcoXCJlblwiKX0gY2hhcmFjdGVycylgO1xufVxuXG4vKipcbiAqIEEgbGlzdCBvZiB2YWx1ZXMgZnJvbSB0aGUgaW5wdXQsIGVhY2ggYXMgYGV4Y2VycHRgIHF1b3RlcyBpdCwgYXQgbW9zdCBgbGltaXRgIG9mIHRoZW0gYW5kIGFcbiAqIGNvdW50IG9mIHRoZSByZXN0LlxuICpcbiAqIEBleGFtcGxlXG4gKiBleGNlcnB0TGlzdChbXCJhXCIsIFwiYlwiLCBcImNcIl0sIDIpOyAvLyAnXCJhXCIsIFwiYlwiIGFuZCAxIG1vcmUnXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBleGNlcnB0TGlzdCh2YWx1ZXM6IHJlYWRvbmx5IHN0cmluZ1tdLCBsaW1pdCA9IDIwKTogc3RyaW5nIHtcbiAgY29uc3Qgc2hvd24gPSB2YWx1ZXMuc2xpY2UoMCwgbGltaXQpLm1hcChleGNlcnB0KS5qb2luKFwiLCBcIik7XG4gIHJldHVybiB2YWx1ZXMubGVuZ3RoID4gbGltaXQgPyBgJHtzaG93bn0gYW5kICR7KHZhbHVlcy5sZW5ndGggLSBsaW1pdCkudG9Mb2NhbGVTdHJpbmcoXCJlblwiKX0gbW9yZWAgOiBzaG93bjtcbn1cbiIsICJjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZGlybmFtZSA9IFwiL3dvcmsvd3QvcmVhZGVyL3NyYy9sb2dzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay93dC9yZWFkZXIvc3JjL2xvZ3MvcmVhZGVyLWNvbmZpZy50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay93dC9yZWFkZXIvc3JjL2xvZ3MvcmVhZGVyLWNvbmZpZy50c1wiO2ltcG9ydCB7IEV2ZW50TG9nRXJyb3IsIFJPV19QUk9CTEVNUyB9IGZyb20gXCIuL2V2ZW50LWxvZy1lcnJvci5qc1wiO1xuaW1wb3J0IHR5cGUgeyBFdmVudExvZ0J1aWxkZXIgfSBmcm9tIFwiLi9ldmVudC1sb2ctYnVpbGRlci5qc1wiO1xuaW1wb3J0IHsgbG9nRml4VGV4dCwgdHlwZSBMb2dGaXggfSBmcm9tIFwiLi9sb2ctZml4LmpzXCI7XG5pbXBvcnQgdHlwZSB7IFRpbWVzdGFtcEJ5dGVzUGFyc2VyLCBUaW1lc3RhbXBQYXJzZXIgfSBmcm9tIFwiLi90aW1lc3RhbXAtcGFyc2VyLmpzXCI7XG5cbi8qKiBXaGF0IGEgcmVhZGVyIG5lZWRzLCByZXNvbHZlZCBvbmNlIGZyb20gdGhlIG1hcHBpbmcgYW5kIHRoZSBvcHRpb25zIGJ5IGByZWFkRXZlbnRMb2dgLiAqL1xuZXhwb3J0IGludGVyZmFjZSBSZWFkZXJDb25maWcge1xuICBjYXNlS2V5OiBzdHJpbmc7XG4gIGFjdGl2aXR5S2V5czogcmVhZG9ubHkgc3RyaW5nW107XG4gIHRpbWVzdGFtcEtleTogc3RyaW5nO1xuICAvKiogVGhlIGNvbHVtbiBvZiB0aGUgc3RhcnQgdGltZSAoQ1NWKSwgb3IgbnVsbDsgYW4gZW1wdHkgdmFsdWUgbWVhbnMgXCJubyBzdGFydFwiLiAqL1xuICBzdGFydFRpbWVzdGFtcEtleTogc3RyaW5nIHwgbnVsbDtcbiAgZGVwYXJ0bWVudEtleTogc3RyaW5nIHwgbnVsbDtcbiAgLyoqIFRoZSBjb2x1bW4gb3IgYXR0cmlidXRlIG5hbWluZyB0aGUgY3VzdG9tZXIsIG9yIG51bGwuICovXG4gIGN1c3RvbWVyS2V5OiBzdHJpbmcgfCBudWxsO1xuICAvKiogRGVwYXJ0bWVudCB2YWx1ZXMgdGhhdCBtZWFuIFwidW5rbm93blwiOyB0aGUgZW1wdHkgc3RyaW5nIGFsd2F5cyBkb2VzLiAqL1xuICBtaXNzaW5nOiBSZWFkb25seVNldDxzdHJpbmc+O1xuICBhY3Rpdml0eVNlcGFyYXRvcjogc3RyaW5nO1xuICBwYXJzZVRpbWU6IFRpbWVzdGFtcFBhcnNlcjtcbiAgLyoqIFRoZSBkZWZhdWx0IHJlYWRlciBvbiBhIHJhbmdlIG9mIGJ5dGVzIChgaXNvVGltZXN0YW1wQnl0ZXNgKSwgd2hlbiBubyBmb3JtYXQgaXMgc2V0OiBubyBzdHJpbmcgcGVyIGV2ZW50LiAqL1xuICBwYXJzZVRpbWVBdDogVGltZXN0YW1wQnl0ZXNQYXJzZXIgfCBudWxsO1xuICAvKiogSG93IHRoZSBleHBlY3RlZCB0aW1lc3RhbXBzIGxvb2ssIGZvciBlcnJvciBtZXNzYWdlcy4gKi9cbiAgdGltZXN0YW1wSGludDogc3RyaW5nO1xuICAvKiogV2hhdCBmaXhlcyBhIHRpbWVzdGFtcCB0aGF0IGNhbm5vdCBiZSByZWFkOiBnaXZpbmcgaXRzIGxheW91dCwgdW5sZXNzIG9uZSB3YXMgZ2l2ZW4uICovXG4gIHRpbWVzdGFtcEZpeGVzOiByZWFkb25seSBMb2dGaXhbXTtcbiAgc2tpcEJhZFJvd3M6IGJvb2xlYW47XG4gIGJ1aWxkZXI6IEV2ZW50TG9nQnVpbGRlcjtcbn1cblxuLyoqIFRocm93cyBhIHJvdyBwcm9ibGVtLCBvciBjb3VudHMgYW5kIHNraXBzIGl0IHdoZW4gYHNraXBCYWRSb3dzYCBhbGxvd3M7IGEgcm93IHByb2JsZW0gbWF5IGFsd2F5cyBiZSBza2lwcGVkLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGJhZFJvdyhjb25maWc6IFJlYWRlckNvbmZpZywgY29kZTogc3RyaW5nLCBtZXNzYWdlOiBzdHJpbmcsIHBsYWNlOiBFdmVudExvZ0Vycm9yW1wicGxhY2VcIl0sIGZpeGVzOiByZWFkb25seSBMb2dGaXhbXSA9IFtdKTogdm9pZCB7XG4gIGlmIChjb25maWcuc2tpcEJhZFJvd3MgJiYgUk9XX1BST0JMRU1TLmhhcyhjb2RlKSkgY29uZmlnLmJ1aWxkZXIuc2tpcChtZXNzYWdlICsgbG9nRml4VGV4dChmaXhlcykpO1xuICBlbHNlIHRocm93IG5ldyBFdmVudExvZ0Vycm9yKGNvZGUsIG1lc3NhZ2UsIHBsYWNlLCBST1dfUFJPQkxFTVMuaGFzKGNvZGUpID8gWy4uLmZpeGVzLCBcInNraXBfYmFkX3Jvd3NcIl0gOiBmaXhlcyk7XG59XG4iLCAiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL3d0L3JlYWRlci9zcmMvbG9nc1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvd3QvcmVhZGVyL3NyYy9sb2dzL3JlYWQteGVzLWV2ZW50cy50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay93dC9yZWFkZXIvc3JjL2xvZ3MvcmVhZC14ZXMtZXZlbnRzLnRzXCI7aW1wb3J0IHsgU2F4ZXNQYXJzZXIsIHR5cGUgU2F4ZXNUYWdQbGFpbiB9IGZyb20gXCJzYXhlc1wiO1xuaW1wb3J0IHsgY2xvc2VzdE5hbWVzLCBkaWRZb3VNZWFuIH0gZnJvbSBcIi4vY2xvc2VzdC1uYW1lcy5qc1wiO1xuaW1wb3J0IHsgRXZlbnRMb2dFcnJvciB9IGZyb20gXCIuL2V2ZW50LWxvZy1lcnJvci5qc1wiO1xuaW1wb3J0IHsgZXhjZXJwdCwgZXhjZXJwdExpc3QgfSBmcm9tIFwiLi9leGNlcnB0LmpzXCI7XG5pbXBvcnQgdHlwZSB7IExvZ0ZpeCB9IGZyb20gXCIuL2xvZy1maXguanNcIjtcbmltcG9ydCB7IE1JU1NJTkdfREVQQVJUTUVOVCwgTk9fQ1VTVE9NRVIgfSBmcm9tIFwiLi9ldmVudC1sb2cuanNcIjtcbmltcG9ydCB7IGJhZFJvdywgdHlwZSBSZWFkZXJDb25maWcgfSBmcm9tIFwiLi9yZWFkZXItY29uZmlnLmpzXCI7XG5cbi8qKiBPbmUgZXZlbnQgb2YgdGhlIG9wZW4gdHJhY2U6IHRoZSB2YWx1ZXMgb2YgdGhlIGF0dHJpYnV0ZXMgdGhlIG1hcHBpbmcgd2FudHMsIGJ5IGtleS4gKi9cbmludGVyZmFjZSBQZW5kaW5nRXZlbnQge1xuICB2YWx1ZXM6IE1hcDxzdHJpbmcsIHN0cmluZz47XG4gIGxpbmU6IG51bWJlcjtcbn1cblxuY29uc3QgcXVvdGVkID0gZXhjZXJwdDtcblxuLyoqXG4gKiBDaGFyYWN0ZXJzIGEgdGFnLCBhbiBhdHRyaWJ1dGUgdmFsdWUgb3IgYSB0ZXh0IG1heSBydW4gdG86IHBhc3QgaXQsIG5vIGV2ZW50IGxvZyBpcyBiZWluZ1xuICogcmVhZCAoVjggaXRzZWxmIGNhbm5vdCBob2xkIGEgc3RyaW5nIHBhc3QgNTEyIE1CIGFuZCB3b3VsZCBmYWlsIHdpdGggXCJJbnZhbGlkIHN0cmluZyBsZW5ndGhcIikuXG4gKi9cbmNvbnN0IE1BWF9TUEFOX0NIQVJTID0gMSA8PCAyNDtcblxuLyoqIFRoZSBhdHRyaWJ1dGUga2V5cyByZW1lbWJlcmVkIGZvciBcImRpZCB5b3UgbWVhblwiOiBhIGhvc3RpbGUgZmlsZSBtYXkgaGF2ZSBhbnkgbnVtYmVyLiAqL1xuY29uc3QgTUFYX0tFWVMgPSAxMF8wMDA7XG5cbi8qKiBUaGUgWEVTIGxpZmVjeWNsZSBhdHRyaWJ1dGU6IGBzdGFydGAgZXZlbnRzIGdpdmUgdGhlIG5leHQgYGNvbXBsZXRlYCBvZiB0aGVpciBhY3Rpdml0eSBpdHMgc3RhcnQgdGltZS4gKi9cbmNvbnN0IExJRkVDWUNMRSA9IFwibGlmZWN5Y2xlOnRyYW5zaXRpb25cIjtcblxuLyoqXG4gKiBSZWFkcyBYRVMgKElFRUUgMTg0OSkgdGV4dCBjaHVua3MgaW50byB0aGUgYnVpbGRlciB3aXRoIHNheGVzLCBhIHN0cmVhbWluZyBwYXJzZXIgdGhhdCBuZXZlclxuICogZXhwYW5kcyBlbnRpdGllczsgYSBET0NUWVBFIGlzIHJlZnVzZWQgb3V0cmlnaHQgKGB4bWxfZW50aXRpZXNgKSwgc28gYSBiaWxsaW9uLWxhdWdocyBmaWxlIGlzIGFcbiAqIHF1aWNrIGNsZWFyIGVycm9yLiBUaGUgY2FzZSBpcyBhbiBhdHRyaWJ1dGUgb2YgdGhlIGA8dHJhY2U+YDsgYWN0aXZpdHksIHRpbWVzdGFtcCBhbmRcbiAqIGRlcGFydG1lbnQgYXJlIGF0dHJpYnV0ZXMgb2YgdGhlIGA8ZXZlbnQ+YCwgYW5kIGFuIGV2ZW50IHdpdGhvdXQgb25lIG9mIHRoZW0gZmFsbHMgYmFjayB0b1xuICogaXRzIHRyYWNlJ3MgYXR0cmlidXRlIG9mIHRoYXQga2V5LiBOZXN0ZWQgYXR0cmlidXRlcyBhbmQgYDxnbG9iYWw+YCBkZWZhdWx0cyBhcmUgbm90IHVzZWQuXG4gKlxuICogQW4gZXZlbnQgd2hvc2UgYGxpZmVjeWNsZTp0cmFuc2l0aW9uYCBpcyBgc3RhcnRgIGlzIG5vdCBhbiBldmVudCBvZiBpdHMgb3duOiBpdHMgdGltZSBiZWNvbWVzXG4gKiB0aGUgc3RhcnQgdGltZSBvZiB0aGUgbmV4dCBgY29tcGxldGVgIGV2ZW50IG9mIHRoZSBzYW1lIGFjdGl2aXR5ICh0aGUgYWN0aXZpdHkgbmFtZWQgd2l0aG91dFxuICogdGhlIGxpZmVjeWNsZSkgaW4gdGhlIHNhbWUgdHJhY2UsIGZpcnN0IGluIGZpcnN0IG91dC4gQSBgc3RhcnRgIG5ldmVyIGNvbXBsZXRlZCBzdGF5cyBhblxuICogZXZlbnQsIHdpdGggaXRzIG93biB0aW1lIGFzIHN0YXJ0IGFuZCBlbmQuXG4gKlxuICogTm90aGluZyBpcyBkcm9wcGVkIHdpdGhvdXQgYSB3b3JkOiBhbiBgPGV2ZW50PmAgb3V0c2lkZSBhIGA8dHJhY2U+YCAoZGlyZWN0bHkgdW5kZXIgYDxsb2c+YClcbiAqIG9yIGEgYDx0cmFjZT5gIGluc2lkZSBhbm90aGVyIGlzIGBtaXNwbGFjZWRfZXZlbnRgLCBhbmQgYW4gYXR0cmlidXRlIHRoZSBtYXBwaW5nIHJlYWRzIGdpdmVuXG4gKiB0d2ljZSBvbiBvbmUgZXZlbnQgb3IgdHJhY2UgaXMgYGR1cGxpY2F0ZV9hdHRyaWJ1dGVgLiBBIHRhZyBvciB2YWx1ZSBvdmVyIDE2TSBjaGFyYWN0ZXJzIGlzXG4gKiBgcmVjb3JkX3Rvb19sb25nYC4gQW4gYXR0cmlidXRlIHRoZSBtYXBwaW5nIG5hbWVzIHRoYXQgbm8gdHJhY2Ugb3IgZXZlbnQgb2YgdGhlIGxvZyBoYXMgaXNcbiAqIGB1bmtub3duX2F0dHJpYnV0ZWAsIGxpc3RpbmcgdGhlIGF0dHJpYnV0ZXMgdGhlIGxvZyBoYXMsIHRoZSBjbG9zZXN0IGZpcnN0OiB1bnRpbCBzdWNoIGEga2V5IGhhc1xuICogYmVlbiBzZWVuLCBldmVudHMgbGFja2luZyBpdCBhcmUgaGVsZCBiYWNrIGFzIHByb2JsZW1zLCBhbmQgdGhleSBiZWNvbWUgcm93IHByb2JsZW1zIG9ubHkgb25jZVxuICogdGhlIGtleSB0dXJucyB1cC5cbiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIHJlYWRYZXNFdmVudHModGV4dHM6IEFzeW5jSXRlcmFibGU8c3RyaW5nPiwgY29uZmlnOiBSZWFkZXJDb25maWcpOiBQcm9taXNlPHZvaWQ+IHtcbiAgY29uc3QgdG9vTG9uZyA9ICgpID0+XG4gICAgbmV3IEV2ZW50TG9nRXJyb3IoXG4gICAgICBcInJlY29yZF90b29fbG9uZ1wiLFxuICAgICAgYGxpbmUgJHtwYXJzZXIubGluZX06IGEgdGFnLCBhdHRyaWJ1dGUgdmFsdWUgb3IgdGV4dCBydW5zIG92ZXIgJHtNQVhfU1BBTl9DSEFSUy50b0xvY2FsZVN0cmluZyhcImVuXCIpfSBjaGFyYWN0ZXJzOiBubyBhdHRyaWJ1dGUgb2YgYW4gZXZlbnQgbG9nIGlzIHRoaXMgbG9uZyAoaXMgdGhlIGZpbGUgZGFtYWdlZD8pYCxcbiAgICAgIHsgbGluZTogcGFyc2VyLmxpbmUgfSxcbiAgICApO1xuICBjb25zdCB7IGJ1aWxkZXIsIG1pc3NpbmcgfSA9IGNvbmZpZztcbiAgY29uc3Qgd2FudGVkID0gbmV3IFNldChbY29uZmlnLmNhc2VLZXksIGNvbmZpZy50aW1lc3RhbXBLZXksIExJRkVDWUNMRSwgLi4uY29uZmlnLmFjdGl2aXR5S2V5c10pO1xuICBjb25zdCBwYWlyaW5nS2V5cyA9IGNvbmZpZy5hY3Rpdml0eUtleXMuZmlsdGVyKChrKSA9PiBrICE9PSBMSUZFQ1lDTEUpO1xuICBpZiAoY29uZmlnLmRlcGFydG1lbnRLZXkgIT09IG51bGwpIHdhbnRlZC5hZGQoY29uZmlnLmRlcGFydG1lbnRLZXkpO1xuICBpZiAoY29uZmlnLmN1c3RvbWVyS2V5ICE9PSBudWxsKSB3YW50ZWQuYWRkKGNvbmZpZy5jdXN0b21lcktleSk7XG4gIGNvbnN0IHBhcnNlciA9IG5ldyBTYXhlc1BhcnNlcih7IHhtbG5zOiBmYWxzZSwgcG9zaXRpb246IHRydWUgfSk7XG5cbiAgLyoqIEV2ZXJ5IGF0dHJpYnV0ZSBrZXkgb2YgYSB0cmFjZSBvciBhbiBldmVudCwgaW4gb3JkZXIgb2YgZmlyc3QgYXBwZWFyYW5jZSAodXAgdG8gTUFYX0tFWVMpLiAqL1xuICBjb25zdCBzZWVuS2V5cyA9IG5ldyBTZXQ8c3RyaW5nPigpO1xuICAvKiogVGhlIG1hcHBlZCBrZXlzLCBieSB3aGF0IHRoZXkgbmFtZSwgZm9yIHRoZSBjaGVjayBhdCB0aGUgZW5kLiAqL1xuICBjb25zdCBtYXBwZWQgPSBuZXcgTWFwPHN0cmluZywgc3RyaW5nPihbW2NvbmZpZy5jYXNlS2V5LCBcInRoZSBjYXNlXCJdLCAuLi5jb25maWcuYWN0aXZpdHlLZXlzLm1hcCgoaykgPT4gW2ssIFwidGhlIGFjdGl2aXR5XCJdIGFzIFtzdHJpbmcsIHN0cmluZ10pLCBbY29uZmlnLnRpbWVzdGFtcEtleSwgXCJ0aGUgdGltZXN0YW1wXCJdXSk7XG4gIGlmIChjb25maWcuZGVwYXJ0bWVudEtleSAhPT0gbnVsbCkgbWFwcGVkLnNldChjb25maWcuZGVwYXJ0bWVudEtleSwgXCJ0aGUgZGVwYXJ0bWVudFwiKTtcbiAgaWYgKGNvbmZpZy5jdXN0b21lcktleSAhPT0gbnVsbCkgbWFwcGVkLnNldChjb25maWcuY3VzdG9tZXJLZXksIFwidGhlIGN1c3RvbWVyXCIpO1xuICAvKiogUm93IHByb2JsZW1zIGNhdXNlZCBieSBhIG1hcHBlZCBrZXkgbmV2ZXIgc2VlbiBzbyBmYXI6IGhlbGQgdW50aWwgdGhlIGtleSB0dXJucyB1cCAodGhlbiByZWFsKSBvciB0aGUgZW5kICh0aGVuIHRoZSBrZXkgaXMgdW5rbm93bikuICovXG4gIGNvbnN0IGhlbGQgPSBuZXcgTWFwPHN0cmluZywgeyBjb3VudDogbnVtYmVyOyBmaXJzdDogeyBjb2RlOiBzdHJpbmc7IG1lc3NhZ2U6IHN0cmluZzsgcGxhY2U6IEV2ZW50TG9nRXJyb3JbXCJwbGFjZVwiXTsgZml4ZXM6IHJlYWRvbmx5IExvZ0ZpeFtdIH1bXSB9PigpO1xuICBjb25zdCBwcm9ibGVtID0gKGtleTogc3RyaW5nLCBjb2RlOiBzdHJpbmcsIG1lc3NhZ2U6IHN0cmluZywgcGxhY2U6IEV2ZW50TG9nRXJyb3JbXCJwbGFjZVwiXSwgZml4ZXM6IHJlYWRvbmx5IExvZ0ZpeFtdID0gW10pID0+IHtcbiAgICBpZiAoc2VlbktleXMuaGFzKGtleSkpIHJldHVybiBiYWRSb3coY29uZmlnLCBjb2RlLCBtZXNzYWdlLCBwbGFjZSwgZml4ZXMpO1xuICAgIGNvbnN0IGxpc3QgPSBoZWxkLmdldChrZXkpID8/IHsgY291bnQ6IDAsIGZpcnN0OiBbXSB9O1xuICAgIGxpc3QuY291bnQrKztcbiAgICBpZiAobGlzdC5maXJzdC5sZW5ndGggPCAxMCkgbGlzdC5maXJzdC5wdXNoKHsgY29kZSwgbWVzc2FnZSwgcGxhY2UsIGZpeGVzIH0pO1xuICAgIGhlbGQuc2V0KGtleSwgbGlzdCk7XG4gIH07XG4gIC8qKiBBIGtleSB0dXJucyB1cDogd2hhdCBpdCBoZWxkIGJhY2sgaXMgYSByb3cgcHJvYmxlbSBhZnRlciBhbGwgKHRocm93biwgb3Igc2tpcHBlZCBhbmQgY291bnRlZCkuICovXG4gIGNvbnN0IHNlZSA9IChrZXk6IHN0cmluZykgPT4ge1xuICAgIGlmIChzZWVuS2V5cy5zaXplIDwgTUFYX0tFWVMpIHNlZW5LZXlzLmFkZChrZXkpO1xuICAgIGNvbnN0IGxpc3QgPSBoZWxkLmdldChrZXkpO1xuICAgIGlmIChsaXN0ID09PSB1bmRlZmluZWQpIHJldHVybjtcbiAgICBoZWxkLmRlbGV0ZShrZXkpO1xuICAgIGZvciAobGV0IGkgPSAwOyBpIDwgbGlzdC5jb3VudDsgaSsrKSB7XG4gICAgICBjb25zdCBwID0gbGlzdC5maXJzdFtNYXRoLm1pbihpLCBsaXN0LmZpcnN0Lmxlbmd0aCAtIDEpXSE7XG4gICAgICBiYWRSb3coY29uZmlnLCBwLmNvZGUsIHAubWVzc2FnZSwgcC5wbGFjZSwgcC5maXhlcyk7XG4gICAgfVxuICB9O1xuICBsZXQgc2F3RXZlbnQgPSBmYWxzZTtcblxuICBsZXQgZGVwdGggPSAwO1xuICBsZXQgdHJhY2VDb3VudCA9IDA7XG4gIGxldCB0cmFjZUxpbmUgPSAwO1xuICBsZXQgdHJhY2VWYWx1ZXM6IE1hcDxzdHJpbmcsIHN0cmluZz4gfCBudWxsID0gbnVsbDtcbiAgbGV0IGV2ZW50czogUGVuZGluZ0V2ZW50W10gPSBbXTtcbiAgbGV0IGV2ZW50OiBQZW5kaW5nRXZlbnQgfCBudWxsID0gbnVsbDtcbiAgbGV0IHNhd0xvZyA9IGZhbHNlO1xuXG4gIGNvbnN0IGZsdXNoVHJhY2UgPSAoKSA9PiB7XG4gICAgY29uc3QgdHJhY2UgPSB0cmFjZUNvdW50O1xuICAgIGNvbnN0IGNhc2VUZXh0ID0gdHJhY2VWYWx1ZXMhLmdldChjb25maWcuY2FzZUtleSkgPz8gXCJcIjtcbiAgICBpZiAoY2FzZVRleHQgPT09IFwiXCIpIHtcbiAgICAgIGNvbnN0IG1lc3NhZ2UgPSBgdHJhY2UgJHt0cmFjZX0gKGxpbmUgJHt0cmFjZUxpbmV9KTogbm8gJHtxdW90ZWQoY29uZmlnLmNhc2VLZXkpfSBhdHRyaWJ1dGUgbmFtaW5nIHRoZSBjYXNlYDtcbiAgICAgIGlmIChldmVudHMubGVuZ3RoID09PSAwKSByZXR1cm47XG4gICAgICBmb3IgKGxldCBlID0gMDsgZSA8IGV2ZW50cy5sZW5ndGg7IGUrKykgcHJvYmxlbShjb25maWcuY2FzZUtleSwgXCJtaXNzaW5nX2F0dHJpYnV0ZVwiLCBtZXNzYWdlLCB7IHRyYWNlIH0pO1xuICAgICAgcmV0dXJuO1xuICAgIH1cbiAgICBjb25zdCBjYXNlSW5kZXggPSBidWlsZGVyLmNhc2VzLmludGVybihjYXNlVGV4dCk7XG4gICAgLyoqIFN0YXJ0IHRpbWVzIHdhaXRpbmcgZm9yIHRoZWlyIGBjb21wbGV0ZWAsIGJ5IGFjdGl2aXR5ICh3aXRob3V0IHRoZSBsaWZlY3ljbGUpLiAqL1xuICAgIGNvbnN0IG9wZW4gPSBuZXcgTWFwPHN0cmluZywgeyB0aW1lOiBudW1iZXI7IGU6IG51bWJlciB9W10+KCk7XG4gICAgY29uc3Qga2VwdDogeyBlOiBudW1iZXI7IGFjdGl2aXR5OiBzdHJpbmc7IGRlcGFydG1lbnQ6IG51bWJlcjsgdGltZTogbnVtYmVyOyBzdGFydDogbnVtYmVyOyBjdXN0b21lcjogbnVtYmVyIH1bXSA9IFtdO1xuICAgIGZvciAobGV0IGUgPSAwOyBlIDwgZXZlbnRzLmxlbmd0aDsgZSsrKSB7XG4gICAgICBjb25zdCB7IHZhbHVlcywgbGluZSB9ID0gZXZlbnRzW2VdITtcbiAgICAgIGNvbnN0IGdldCA9IChrZXk6IHN0cmluZykgPT4gdmFsdWVzLmdldChrZXkpID8/IHRyYWNlVmFsdWVzIS5nZXQoa2V5KSA/PyBcIlwiO1xuICAgICAgY29uc3QgcGxhY2UgPSB7IHRyYWNlLCBldmVudDogZSArIDEgfTtcbiAgICAgIGNvbnN0IHdoZXJlID0gYHRyYWNlICR7dHJhY2V9IChjYXNlICR7cXVvdGVkKGNhc2VUZXh0KX0pLCBldmVudCAke2UgKyAxfSAobGluZSAke2xpbmV9KWA7XG4gICAgICBsZXQgYWN0aXZpdHkgPSBcIlwiO1xuICAgICAgZm9yIChjb25zdCBrZXkgb2YgY29uZmlnLmFjdGl2aXR5S2V5cykge1xuICAgICAgICBjb25zdCBwYXJ0ID0gZ2V0KGtleSk7XG4gICAgICAgIGlmIChwYXJ0ICE9PSBcIlwiKSBhY3Rpdml0eSA9IGFjdGl2aXR5ID09PSBcIlwiID8gcGFydCA6IGFjdGl2aXR5ICsgY29uZmlnLmFjdGl2aXR5U2VwYXJhdG9yICsgcGFydDtcbiAgICAgIH1cbiAgICAgIGlmIChhY3Rpdml0eSA9PT0gXCJcIikge1xuICAgICAgICBjb25zdCB1bnNlZW4gPSBjb25maWcuYWN0aXZpdHlLZXlzLmZpbmQoKGspID0+ICFzZWVuS2V5cy5oYXMoaykpID8/IGNvbmZpZy5hY3Rpdml0eUtleXNbMF0hO1xuICAgICAgICBwcm9ibGVtKHVuc2VlbiwgXCJtaXNzaW5nX2F0dHJpYnV0ZVwiLCBgJHt3aGVyZX06IG5vIGFjdGl2aXR5ICgke2NvbmZpZy5hY3Rpdml0eUtleXMubWFwKHF1b3RlZCkuam9pbihcIiArIFwiKX0pYCwgcGxhY2UpO1xuICAgICAgICBjb250aW51ZTtcbiAgICAgIH1cbiAgICAgIGNvbnN0IHN0YW1wID0gZ2V0KGNvbmZpZy50aW1lc3RhbXBLZXkpO1xuICAgICAgY29uc3QgdGltZSA9IGNvbmZpZy5wYXJzZVRpbWUoc3RhbXApO1xuICAgICAgaWYgKE51bWJlci5pc05hTih0aW1lKSkge1xuICAgICAgICBjb25zdCB3aGF0ID0gc3RhbXAgPT09IFwiXCIgPyBgbm8gJHtxdW90ZWQoY29uZmlnLnRpbWVzdGFtcEtleSl9IGF0dHJpYnV0ZWAgOiBgY2Fubm90IHJlYWQgdGhlIHRpbWVzdGFtcCAke3F1b3RlZChzdGFtcCl9YDtcbiAgICAgICAgcHJvYmxlbShjb25maWcudGltZXN0YW1wS2V5LCBzdGFtcCA9PT0gXCJcIiA/IFwibWlzc2luZ19hdHRyaWJ1dGVcIiA6IFwiYmFkX3RpbWVzdGFtcFwiLCBgJHt3aGVyZX06ICR7d2hhdH06IGV4cGVjdGVkICR7Y29uZmlnLnRpbWVzdGFtcEhpbnR9YCwgcGxhY2UsIGNvbmZpZy50aW1lc3RhbXBGaXhlcyk7XG4gICAgICAgIGNvbnRpbnVlO1xuICAgICAgfVxuICAgICAgbGV0IGRlcGFydG1lbnQgPSBNSVNTSU5HX0RFUEFSVE1FTlQ7XG4gICAgICBpZiAoY29uZmlnLmRlcGFydG1lbnRLZXkgIT09IG51bGwpIHtcbiAgICAgICAgY29uc3QgZCA9IGdldChjb25maWcuZGVwYXJ0bWVudEtleSk7XG4gICAgICAgIGlmIChkICE9PSBcIlwiICYmICFtaXNzaW5nLmhhcyhkKSkgZGVwYXJ0bWVudCA9IGJ1aWxkZXIuZGVwYXJ0bWVudHMuaW50ZXJuKGQpO1xuICAgICAgfVxuICAgICAgLy8gYW4gZXZlbnQgd2l0aG91dCBhIGN1c3RvbWVyIHRha2VzIGl0cyBjYXNlJ3NcbiAgICAgIGNvbnN0IGN1c3RvbWVyVGV4dCA9IGNvbmZpZy5jdXN0b21lcktleSA9PT0gbnVsbCA/IFwiXCIgOiBnZXQoY29uZmlnLmN1c3RvbWVyS2V5KTtcbiAgICAgIGNvbnN0IGN1c3RvbWVyID0gY3VzdG9tZXJUZXh0ID09PSBcIlwiID8gTk9fQ1VTVE9NRVIgOiBidWlsZGVyLmN1c3RvbWVycy5pbnRlcm4oY3VzdG9tZXJUZXh0KTtcbiAgICAgIGNvbnN0IGxpZmVjeWNsZSA9IGdldChMSUZFQ1lDTEUpLnRvTG93ZXJDYXNlKCk7XG4gICAgICBjb25zdCBiYXNlID0gbGlmZWN5Y2xlID09PSBcInN0YXJ0XCIgfHwgbGlmZWN5Y2xlID09PSBcImNvbXBsZXRlXCIgPyBwYWlyaW5nS2V5cy5tYXAoZ2V0KS5qb2luKFwiXFx1MDAwMFwiKSA6IFwiXCI7XG4gICAgICBpZiAobGlmZWN5Y2xlID09PSBcInN0YXJ0XCIpIHtcbiAgICAgICAgY29uc3QgcXVldWUgPSBvcGVuLmdldChiYXNlKTtcbiAgICAgICAgY29uc3Qgc3RhcnRlZCA9IHsgdGltZSwgZToga2VwdC5sZW5ndGggfTtcbiAgICAgICAgaWYgKHF1ZXVlKSBxdWV1ZS5wdXNoKHN0YXJ0ZWQpO1xuICAgICAgICBlbHNlIG9wZW4uc2V0KGJhc2UsIFtzdGFydGVkXSk7XG4gICAgICAgIGtlcHQucHVzaCh7IGUsIGFjdGl2aXR5LCBkZXBhcnRtZW50LCB0aW1lLCBzdGFydDogdGltZSwgY3VzdG9tZXIgfSk7XG4gICAgICAgIGNvbnRpbnVlO1xuICAgICAgfVxuICAgICAgbGV0IHN0YXJ0ID0gTnVtYmVyLk5hTjtcbiAgICAgIGNvbnN0IHF1ZXVlID0gbGlmZWN5Y2xlID09PSBcImNvbXBsZXRlXCIgPyBvcGVuLmdldChiYXNlKSA6IHVuZGVmaW5lZDtcbiAgICAgIGlmIChxdWV1ZSAhPT0gdW5kZWZpbmVkICYmIHF1ZXVlLmxlbmd0aCA+IDApIHtcbiAgICAgICAgY29uc3Qgc3RhcnRlZCA9IHF1ZXVlLnNoaWZ0KCkhO1xuICAgICAgICBzdGFydCA9IHN0YXJ0ZWQudGltZTtcbiAgICAgICAga2VwdFtzdGFydGVkLmVdIS5lID0gLTE7IC8vIHBhaXJlZDogbm8gZXZlbnQgb2YgaXRzIG93blxuICAgICAgfVxuICAgICAga2VwdC5wdXNoKHsgZSwgYWN0aXZpdHksIGRlcGFydG1lbnQsIHRpbWUsIHN0YXJ0LCBjdXN0b21lciB9KTtcbiAgICB9XG4gICAgZm9yIChjb25zdCBrIG9mIGtlcHQpIHtcbiAgICAgIGlmIChrLmUgPj0gMCkgYnVpbGRlci5hZGQoY2FzZUluZGV4LCBidWlsZGVyLmFjdGl2aXRpZXMuaW50ZXJuKGsuYWN0aXZpdHkpLCBrLmRlcGFydG1lbnQsIGsudGltZSwgay5zdGFydCwgay5jdXN0b21lcik7XG4gICAgfVxuICB9O1xuXG4gIHBhcnNlci5vbihcImRvY3R5cGVcIiwgKCkgPT4ge1xuICAgIHRocm93IG5ldyBFdmVudExvZ0Vycm9yKFxuICAgICAgXCJ4bWxfZW50aXRpZXNcIixcbiAgICAgIGBsaW5lICR7cGFyc2VyLmxpbmV9OiB0aGUgWEVTIGZpbGUgZGVjbGFyZXMgYSBET0NUWVBFOyBodWtrYSByZWZ1c2VzIERPQ1RZUEVzIGJlY2F1c2UgZW50aXR5IGV4cGFuc2lvbiBhbmQgZXh0ZXJuYWwgZW50aXRpZXMgYXJlIHVuc2FmZSAoYmlsbGlvbiBsYXVnaHMsIFhYRSk6IHJlbW92ZSB0aGUgRE9DVFlQRWAsXG4gICAgICB7IGxpbmU6IHBhcnNlci5saW5lIH0sXG4gICAgKTtcbiAgfSk7XG4gIHBhcnNlci5vbihcImVycm9yXCIsIChlKSA9PiB7XG4gICAgdGhyb3cgbmV3IEV2ZW50TG9nRXJyb3IoXCJ4bWxfZXJyb3JcIiwgYG5vdCB3ZWxsLWZvcm1lZCBYTUw6ICR7ZS5tZXNzYWdlfWAsIHsgbGluZTogcGFyc2VyLmxpbmUgfSk7XG4gIH0pO1xuICBjb25zdCBtaXNwbGFjZWQgPSAod2hhdDogc3RyaW5nKSA9PlxuICAgIG5ldyBFdmVudExvZ0Vycm9yKFxuICAgICAgXCJtaXNwbGFjZWRfZXZlbnRcIixcbiAgICAgIGBsaW5lICR7cGFyc2VyLmxpbmV9OiAke3doYXR9OiBodWtrYSByZWFkcyB0aGUgZXZlbnRzIGluc2lkZSBlYWNoIDx0cmFjZT4gKHRoZSBjYXNlKSBvbmx5OyBtb3ZlIGl0IGludG8gdGhlIDx0cmFjZT4gb2YgaXRzIGNhc2VgLFxuICAgICAgeyBsaW5lOiBwYXJzZXIubGluZSB9LFxuICAgICk7XG4gIC8qKiBTZXRzIGEgd2FudGVkIGF0dHJpYnV0ZSwgcmVmdXNpbmcgYSBzZWNvbmQgdmFsdWUgZm9yIHRoZSBzYW1lIGtleS4gKi9cbiAgY29uc3Qgc2V0T25jZSA9ICh2YWx1ZXM6IE1hcDxzdHJpbmcsIHN0cmluZz4sIGtleTogc3RyaW5nLCB2YWx1ZTogc3RyaW5nLCB3aGVyZTogc3RyaW5nKSA9PiB7XG4gICAgY29uc3QgZWFybGllciA9IHZhbHVlcy5nZXQoa2V5KTtcbiAgICBpZiAoZWFybGllciAhPT0gdW5kZWZpbmVkKSB7XG4gICAgICB0aHJvdyBuZXcgRXZlbnRMb2dFcnJvcihcbiAgICAgICAgXCJkdXBsaWNhdGVfYXR0cmlidXRlXCIsXG4gICAgICAgIGAke3doZXJlfTogdGhlIGF0dHJpYnV0ZSAke3F1b3RlZChrZXkpfSBpcyBnaXZlbiB0d2ljZSAoJHtxdW90ZWQoZWFybGllcil9LCB0aGVuICR7cXVvdGVkKHZhbHVlKX0pOiBrZWVwIG9uZSwgc28gdGhhdCBpdCBpcyBjbGVhciB3aGljaCBvbmUgdG8gcmVhZGAsXG4gICAgICAgIHsgbGluZTogcGFyc2VyLmxpbmUgfSxcbiAgICAgICk7XG4gICAgfVxuICAgIHZhbHVlcy5zZXQoa2V5LCB2YWx1ZSk7XG4gIH07XG4gIGxldCBtYXJrID0gMDsgLy8gd2hlcmUgdGhlIGxhc3QgdGFnIGVuZGVkLCBpbiBjaGFyYWN0ZXJzXG4gIHBhcnNlci5vbihcIm9wZW50YWdcIiwgKHRhZzogU2F4ZXNUYWdQbGFpbikgPT4ge1xuICAgIG1hcmsgPSBwYXJzZXIucG9zaXRpb247XG4gICAgaWYgKHRhZy5uYW1lID09PSBcImV2ZW50XCIgJiYgKGRlcHRoICE9PSAyIHx8IHRyYWNlVmFsdWVzID09PSBudWxsKSkge1xuICAgICAgdGhyb3cgbWlzcGxhY2VkKGRlcHRoID09PSAxID8gXCJhbiA8ZXZlbnQ+IGRpcmVjdGx5IHVuZGVyIDxsb2c+LCBvdXRzaWRlIGFueSA8dHJhY2U+XCIgOiBgYW4gPGV2ZW50PiBhdCBkZXB0aCAke2RlcHRofSwgbm90IGRpcmVjdGx5IGluIGEgPHRyYWNlPmApO1xuICAgIH1cbiAgICBpZiAodGFnLm5hbWUgPT09IFwidHJhY2VcIiAmJiBkZXB0aCA+IDEpIHRocm93IG1pc3BsYWNlZChcImEgPHRyYWNlPiBpbnNpZGUgYSA8dHJhY2U+XCIpO1xuICAgIGlmIChkZXB0aCA9PT0gMCkge1xuICAgICAgaWYgKHRhZy5uYW1lICE9PSBcImxvZ1wiKSB7XG4gICAgICAgIHRocm93IG5ldyBFdmVudExvZ0Vycm9yKFwibm90X3hlc1wiLCBgdGhlIFhNTCByb290IGVsZW1lbnQgaXMgPCR7dGFnLm5hbWV9Piwgbm90IDxsb2c+OiB0aGlzIGlzIG5vdCBhbiBYRVMgZXZlbnQgbG9nYCwgeyBsaW5lOiBwYXJzZXIubGluZSB9KTtcbiAgICAgIH1cbiAgICAgIHNhd0xvZyA9IHRydWU7XG4gICAgfSBlbHNlIGlmIChkZXB0aCA9PT0gMSAmJiB0YWcubmFtZSA9PT0gXCJ0cmFjZVwiKSB7XG4gICAgICB0cmFjZUNvdW50Kys7XG4gICAgICB0cmFjZUxpbmUgPSBwYXJzZXIubGluZTtcbiAgICAgIHRyYWNlVmFsdWVzID0gbmV3IE1hcCgpO1xuICAgICAgZXZlbnRzID0gW107XG4gICAgfSBlbHNlIGlmIChkZXB0aCA9PT0gMiAmJiB0cmFjZVZhbHVlcyAhPT0gbnVsbCkge1xuICAgICAgaWYgKHRhZy5uYW1lID09PSBcImV2ZW50XCIpIHtcbiAgICAgICAgZXZlbnQgPSB7IHZhbHVlczogbmV3IE1hcCgpLCBsaW5lOiBwYXJzZXIubGluZSB9O1xuICAgICAgICBzYXdFdmVudCA9IHRydWU7XG4gICAgICB9IGVsc2Uge1xuICAgICAgICBjb25zdCBrZXkgPSB0YWcuYXR0cmlidXRlcy5rZXk7XG4gICAgICAgIGlmIChrZXkgIT09IHVuZGVmaW5lZCkgc2VlKGtleSk7XG4gICAgICAgIGlmIChrZXkgIT09IHVuZGVmaW5lZCAmJiB3YW50ZWQuaGFzKGtleSkgJiYgdGFnLmF0dHJpYnV0ZXMudmFsdWUgIT09IHVuZGVmaW5lZCkge1xuICAgICAgICAgIHNldE9uY2UodHJhY2VWYWx1ZXMsIGtleSwgdGFnLmF0dHJpYnV0ZXMudmFsdWUsIGB0cmFjZSAke3RyYWNlQ291bnR9IChsaW5lICR7cGFyc2VyLmxpbmV9KWApO1xuICAgICAgICB9XG4gICAgICB9XG4gICAgfSBlbHNlIGlmIChkZXB0aCA9PT0gMyAmJiBldmVudCAhPT0gbnVsbCkge1xuICAgICAgY29uc3Qga2V5ID0gdGFnLmF0dHJpYnV0ZXMua2V5O1xuICAgICAgaWYgKGtleSAhPT0gdW5kZWZpbmVkKSBzZWUoa2V5KTtcbiAgICAgIGlmIChrZXkgIT09IHVuZGVmaW5lZCAmJiB3YW50ZWQuaGFzKGtleSkgJiYgdGFnLmF0dHJpYnV0ZXMudmFsdWUgIT09IHVuZGVmaW5lZCkge1xuICAgICAgICBzZXRPbmNlKGV2ZW50LnZhbHVlcywga2V5LCB0YWcuYXR0cmlidXRlcy52YWx1ZSwgYHRyYWNlICR7dHJhY2VDb3VudH0sIGV2ZW50ICR7ZXZlbnRzLmxlbmd0aCArIDF9IChsaW5lICR7ZXZlbnQubGluZX0pYCk7XG4gICAgICB9XG4gICAgfVxuICAgIGRlcHRoKys7XG4gIH0pO1xuICBwYXJzZXIub24oXCJjbG9zZXRhZ1wiLCAodGFnKSA9PiB7XG4gICAgbWFyayA9IHBhcnNlci5wb3NpdGlvbjtcbiAgICBkZXB0aC0tO1xuICAgIGlmIChkZXB0aCA9PT0gMiAmJiBldmVudCAhPT0gbnVsbCAmJiB0YWcubmFtZSA9PT0gXCJldmVudFwiKSB7XG4gICAgICBldmVudHMucHVzaChldmVudCk7XG4gICAgICBldmVudCA9IG51bGw7XG4gICAgfSBlbHNlIGlmIChkZXB0aCA9PT0gMSAmJiB0cmFjZVZhbHVlcyAhPT0gbnVsbCAmJiB0YWcubmFtZSA9PT0gXCJ0cmFjZVwiKSB7XG4gICAgICBmbHVzaFRyYWNlKCk7XG4gICAgICB0cmFjZVZhbHVlcyA9IG51bGw7XG4gICAgICBldmVudHMgPSBbXTtcbiAgICB9XG4gIH0pO1xuXG4gIGZvciBhd2FpdCAoY29uc3QgdGV4dCBvZiB0ZXh0cykge1xuICAgIHRyeSB7XG4gICAgICBwYXJzZXIud3JpdGUodGV4dCk7XG4gICAgfSBjYXRjaCAoZSkge1xuICAgICAgaWYgKGUgaW5zdGFuY2VvZiBSYW5nZUVycm9yKSB0aHJvdyB0b29Mb25nKCk7XG4gICAgICB0aHJvdyBlO1xuICAgIH1cbiAgICBpZiAocGFyc2VyLnBvc2l0aW9uIC0gbWFyayA+IE1BWF9TUEFOX0NIQVJTKSB0aHJvdyB0b29Mb25nKCk7XG4gIH1cbiAgcGFyc2VyLmNsb3NlKCk7XG4gIGlmICghc2F3TG9nKSB0aHJvdyBuZXcgRXZlbnRMb2dFcnJvcihcImVtcHR5X2xvZ1wiLCBcInRoZSBsb2cgaXMgZW1wdHk6IGV4cGVjdGVkIGFuIFhFUyA8bG9nPiBlbGVtZW50XCIpO1xuICBpZiAoc2F3RXZlbnQpIHtcbiAgICBmb3IgKGNvbnN0IFtrZXksIHdoYXRdIG9mIG1hcHBlZCkgaWYgKCFzZWVuS2V5cy5oYXMoa2V5KSkgdGhyb3cgdW5rbm93bkF0dHJpYnV0ZShrZXksIHdoYXQsIFsuLi5zZWVuS2V5c10pO1xuICB9XG59XG5cbi8qKiBBIG1hcHBlZCBhdHRyaWJ1dGUgbm8gdHJhY2Ugb3IgZXZlbnQgaGFzOiB0aGUgYXR0cmlidXRlcyB0aGUgbG9nIGhhcywgdGhlIGNsb3Nlc3QgZmlyc3QuICovXG5mdW5jdGlvbiB1bmtub3duQXR0cmlidXRlKGtleTogc3RyaW5nLCB3aGF0OiBzdHJpbmcsIGtleXM6IHN0cmluZ1tdKTogRXZlbnRMb2dFcnJvciB7XG4gIGNvbnN0IHsgb3JkZXJlZCwgc3VnZ2VzdGVkIH0gPSBjbG9zZXN0TmFtZXMoa2V5LCBrZXlzKTtcbiAgY29uc3QgaGludCA9IGRpZFlvdU1lYW4oc3VnZ2VzdGVkLCBxdW90ZWQpO1xuICByZXR1cm4gbmV3IEV2ZW50TG9nRXJyb3IoXG4gICAgXCJ1bmtub3duX2F0dHJpYnV0ZVwiLFxuICAgIGBubyB0cmFjZSBvciBldmVudCBvZiB0aGUgbG9nIGhhcyB0aGUgYXR0cmlidXRlICR7cXVvdGVkKGtleSl9IG5hbWVkIGZvciAke3doYXR9JHtoaW50ID8gYDogJHtoaW50fWAgOiBcIlwifSAoYXR0cmlidXRlcyR7aGludCA/IFwiLCBjbG9zZXN0IGZpcnN0XCIgOiBcIlwifTogJHtrZXlzLmxlbmd0aCA9PT0gMCA/IFwibm9uZVwiIDogZXhjZXJwdExpc3QoaGludCA/IG9yZGVyZWQgOiBrZXlzKX0pOiBuYW1lIG9uZSBvZiB0aGVzZWAsXG4gICk7XG59XG4iLCAiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL3d0L3JlYWRlci9zcmMvbG9nc1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvd3QvcmVhZGVyL3NyYy9sb2dzL3JlZnVzZS1lbmdpbmUtZmlsZXMudHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfaW1wb3J0X21ldGFfdXJsID0gXCJmaWxlOi8vL3dvcmsvd3QvcmVhZGVyL3NyYy9sb2dzL3JlZnVzZS1lbmdpbmUtZmlsZXMudHNcIjtpbXBvcnQgeyBFdmVudExvZ0Vycm9yIH0gZnJvbSBcIi4vZXZlbnQtbG9nLWVycm9yLmpzXCI7XG5cbi8qKiBCeXRlcyBlbm91Z2ggdG8gc2VlIGEgZmlsZSdzIG1hZ2ljIG51bWJlcjogUGFycXVldCdzIGF0IDAsIER1Y2tEQidzIGF0IDguICovXG5jb25zdCBNQUdJQ19CWVRFUyA9IDEyO1xuY29uc3QgYXNjaWkgPSAoYnl0ZXM6IFVpbnQ4QXJyYXksIGZyb206IG51bWJlcikgPT4gU3RyaW5nLmZyb21DaGFyQ29kZSguLi5ieXRlcy5zdWJhcnJheShmcm9tLCBmcm9tICsgNCkpO1xuXG4vKipcbiAqIEhhbmRzIG9uIHRoZSBieXRlcyBvZiBhIGxvZywgZmlyc3QgcmVmdXNpbmcgYSBQYXJxdWV0IGZpbGUgKGBQQVIxYCBhdCB0aGUgc3RhcnQpIG9yIGEgRHVja0RCXG4gKiBkYXRhYmFzZSAoYERVQ0tgIGF0IGJ5dGUgOCk6IG5laXRoZXIgaXMgdGV4dCwgYW5kIHJlYWQgYXMgdGV4dCBlaXRoZXIgd291bGQgYmUgY2FsbGVkIFwibm90XG4gKiB2YWxpZCBVVEYtOFwiIHdpdGggdGhlIHdyb25nIGZpeC4gVGhlIGVycm9yIChgbmVlZHNfZHVja2RiYCkgc2F5cyB0byByZWFkIGl0IHRocm91Z2ggRHVja0RCLlxuICpcbiAqIEBleGFtcGxlXG4gKiBmb3IgYXdhaXQgKGNvbnN0IGNodW5rIG9mIHJlZnVzZUVuZ2luZUZpbGVzKGJ5dGVzKSkgY2h1bms7IC8vIHRocm93cyBvbiBhIFBhcnF1ZXQgZmlsZVxuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24qIHJlZnVzZUVuZ2luZUZpbGVzKGNodW5rczogQXN5bmNJdGVyYWJsZTxVaW50OEFycmF5Pik6IEFzeW5jR2VuZXJhdG9yPFVpbnQ4QXJyYXk+IHtcbiAgY29uc3QgaXRlcmF0b3IgPSBjaHVua3NbU3ltYm9sLmFzeW5jSXRlcmF0b3JdKCk7XG4gIGNvbnN0IHNlZW46IFVpbnQ4QXJyYXlbXSA9IFtdO1xuICBsZXQgbGVuZ3RoID0gMDtcbiAgd2hpbGUgKGxlbmd0aCA8IE1BR0lDX0JZVEVTKSB7XG4gICAgY29uc3QgbmV4dCA9IGF3YWl0IGl0ZXJhdG9yLm5leHQoKTtcbiAgICBpZiAobmV4dC5kb25lKSBicmVhaztcbiAgICBzZWVuLnB1c2gobmV4dC52YWx1ZSk7XG4gICAgbGVuZ3RoICs9IG5leHQudmFsdWUubGVuZ3RoO1xuICB9XG4gIGNvbnN0IGhlYWQgPSBuZXcgVWludDhBcnJheShNYXRoLm1pbihsZW5ndGgsIE1BR0lDX0JZVEVTKSk7XG4gIGxldCBhdCA9IDA7XG4gIGZvciAoY29uc3QgY2h1bmsgb2Ygc2Vlbikge1xuICAgIGlmIChhdCA+PSBoZWFkLmxlbmd0aCkgYnJlYWs7XG4gICAgY29uc3QgcGFydCA9IGNodW5rLnN1YmFycmF5KDAsIGhlYWQubGVuZ3RoIC0gYXQpO1xuICAgIGhlYWQuc2V0KHBhcnQsIGF0KTtcbiAgICBhdCArPSBwYXJ0Lmxlbmd0aDtcbiAgfVxuICBjb25zdCBraW5kID0gaGVhZC5sZW5ndGggPj0gNCAmJiBhc2NpaShoZWFkLCAwKSA9PT0gXCJQQVIxXCIgPyBcImEgUGFycXVldCBmaWxlXCIgOiBoZWFkLmxlbmd0aCA+PSAxMiAmJiBhc2NpaShoZWFkLCA4KSA9PT0gXCJEVUNLXCIgPyBcImEgRHVja0RCIGRhdGFiYXNlXCIgOiBudWxsO1xuICBpZiAoa2luZCAhPT0gbnVsbCkgdGhyb3cgbmV3IEV2ZW50TG9nRXJyb3IoXCJuZWVkc19kdWNrZGJcIiwgYHRoaXMgaXMgJHtraW5kfSwgbm90IGEgQ1NWIG9yIFhFUyBsb2dgLCB7fSwgW1wiZW5naW5lX2R1Y2tkYlwiXSk7XG4gIHlpZWxkKiBzZWVuO1xuICBmb3IgKGxldCBuZXh0ID0gYXdhaXQgaXRlcmF0b3IubmV4dCgpOyAhbmV4dC5kb25lOyBuZXh0ID0gYXdhaXQgaXRlcmF0b3IubmV4dCgpKSB5aWVsZCBuZXh0LnZhbHVlO1xufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay93dC9yZWFkZXIvc3JjL2xvZ3NcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZmlsZW5hbWUgPSBcIi93b3JrL3d0L3JlYWRlci9zcmMvbG9ncy90aW1lc3RhbXAtcGFyc2VyLnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL3d0L3JlYWRlci9zcmMvbG9ncy90aW1lc3RhbXAtcGFyc2VyLnRzXCI7LyoqXG4gKiBSZWFkcyBhIHRpbWVzdGFtcDogbWlsbGlzZWNvbmRzIHNpbmNlIDE5NzAtMDEtMDFUMDA6MDA6MDBaLCBvciBgTmFOYCB3aGVuIHRoZSB0ZXh0IGlzIG5vdCBvbmUuXG4gKlxuICogQGV4YW1wbGVcbiAqIGF3YWl0IHJlYWRFdmVudExvZyhzdHJlYW0sIG1hcHBpbmcsIHsgdGltZXN0YW1wRm9ybWF0OiAodGV4dCkgPT4gRGF0ZS5wYXJzZSh0ZXh0LnJlcGxhY2UoXCIgXCIsIFwiVFwiKSkgfSk7XG4gKi9cbmV4cG9ydCB0eXBlIFRpbWVzdGFtcFBhcnNlciA9ICh0ZXh0OiBzdHJpbmcpID0+IG51bWJlcjtcblxuLyoqIFRoZSBkZWZhdWx0IHJlYWRlciBvbiBhIHJhbmdlIG9mIGJ5dGVzIChgaXNvVGltZXN0YW1wQnl0ZXNgKTogaG93IHRoZSBDU1YgcmVhZGVyIHJlYWRzIGEgdGltZXN0YW1wIHdoZXJlIGl0IGxpZXMuICovXG5leHBvcnQgdHlwZSBUaW1lc3RhbXBCeXRlc1BhcnNlciA9IChieXRlczogVWludDhBcnJheSwgc3RhcnQ6IG51bWJlciwgZW5kOiBudW1iZXIpID0+IG51bWJlcjtcblxuY29uc3QgRElHSVRfMCA9IDQ4O1xuY29uc3QgW0hZUEhFTiwgU0xBU0gsIENPTE9OLCBET1QsIENPTU1BLCBTUEFDRSwgVCwgUExVUywgWiwgWl9MT1dFUl0gPSBbNDUsIDQ3LCA1OCwgNDYsIDQ0LCAzMiwgODQsIDQzLCA5MCwgMTIyXTtcblxuLyoqIFR3byBkaWdpdHMgYXQgYGlgIGFzIGEgbnVtYmVyLCBvciAtMS4gKi9cbmZ1bmN0aW9uIGRpZ2l0czIodDogVWludDhBcnJheSwgaTogbnVtYmVyKTogbnVtYmVyIHtcbiAgY29uc3QgYSA9IHRbaV0hIC0gRElHSVRfMDtcbiAgY29uc3QgYiA9IHRbaSArIDFdISAtIERJR0lUXzA7XG4gIHJldHVybiBhID49IDAgJiYgYSA8PSA5ICYmIGIgPj0gMCAmJiBiIDw9IDkgPyBhICogMTAgKyBiIDogLTE7XG59XG5cbi8qKiBGb3VyIGRpZ2l0cyBhdCBgaWAgYXMgYSBudW1iZXIsIG9yIC0xLiAqL1xuZnVuY3Rpb24gZGlnaXRzNCh0OiBVaW50OEFycmF5LCBpOiBudW1iZXIpOiBudW1iZXIge1xuICBjb25zdCBhID0gZGlnaXRzMih0LCBpKTtcbiAgY29uc3QgYiA9IGRpZ2l0czIodCwgaSArIDIpO1xuICByZXR1cm4gYSA+PSAwICYmIGIgPj0gMCA/IGEgKiAxMDAgKyBiIDogLTE7XG59XG5jb25zdCBNU19QRVJfREFZID0gODZfNDAwXzAwMDtcblxuLyoqIERheXMgZnJvbSAxOTcwLTAxLTAxIHRvIGEgcHJvbGVwdGljIEdyZWdvcmlhbiBkYXRlIChILiBIaW5uYW50LCBgZGF5c19mcm9tX2NpdmlsYCkuICovXG5mdW5jdGlvbiBkYXlzRnJvbUNpdmlsKHllYXI6IG51bWJlciwgbW9udGg6IG51bWJlciwgZGF5OiBudW1iZXIpOiBudW1iZXIge1xuICBjb25zdCB5ID0gbW9udGggPD0gMiA/IHllYXIgLSAxIDogeWVhcjtcbiAgY29uc3QgZXJhID0gTWF0aC5mbG9vcih5IC8gNDAwKTtcbiAgY29uc3QgeW9lID0geSAtIGVyYSAqIDQwMDtcbiAgY29uc3QgZG95ID0gTWF0aC5mbG9vcigoMTUzICogKG1vbnRoICsgKG1vbnRoID4gMiA/IC0zIDogOSkpICsgMikgLyA1KSArIGRheSAtIDE7XG4gIHJldHVybiBlcmEgKiAxNDZfMDk3ICsgeW9lICogMzY1ICsgTWF0aC5mbG9vcih5b2UgLyA0KSAtIE1hdGguZmxvb3IoeW9lIC8gMTAwKSArIGRveSAtIDcxOV80Njg7XG59XG5cbmZ1bmN0aW9uIGRheXNJbk1vbnRoKHllYXI6IG51bWJlciwgbW9udGg6IG51bWJlcik6IG51bWJlciB7XG4gIGlmIChtb250aCA9PT0gMikgcmV0dXJuIHllYXIgJSA0ID09PSAwICYmICh5ZWFyICUgMTAwICE9PSAwIHx8IHllYXIgJSA0MDAgPT09IDApID8gMjkgOiAyODtcbiAgcmV0dXJuIG1vbnRoID09PSA0IHx8IG1vbnRoID09PSA2IHx8IG1vbnRoID09PSA5IHx8IG1vbnRoID09PSAxMSA/IDMwIDogMzE7XG59XG5cbi8qKiBNaWxsaXNlY29uZHMgb2YgYSB2YWxpZCBkYXRlIGFuZCB0aW1lLCBvciBOYU47IGBvZmZzZXRgIGluIG1pbnV0ZXMgZWFzdCBvZiBVVEMuICovXG4vKiogVGhlIGxhc3QgdmFsaWQgZGF0ZSByZWFkIGFuZCBpdHMgZGF5IG51bWJlcjogZXZlbnRzIGluIGEgcm93IG1vc3RseSBzaGFyZSB0aGVpciBkYXRlLiAqL1xubGV0IGxhc3REYXRlID0gLTE7XG5sZXQgbGFzdERheXMgPSAwO1xuXG5mdW5jdGlvbiB0b01zKHk6IG51bWJlciwgbW86IG51bWJlciwgZDogbnVtYmVyLCBoOiBudW1iZXIsIG1pOiBudW1iZXIsIHM6IG51bWJlciwgbXM6IG51bWJlciwgb2Zmc2V0OiBudW1iZXIpOiBudW1iZXIge1xuICAvLyBBIGxlYXAgc2Vjb25kICgyMzo1OTo2MCBVVEM6IHNlY29uZCA2MCBvZiBhIG1pbnV0ZSB0aGF0IGlzIG1pbnV0ZSA1OSBpbiBVVEMsIDA1OjI5OjYwKzA1OjMwXG4gIC8vIHRvbykgaXMgcmVhZCBhcyB0aGUgbmV4dCBzZWNvbmQ6IHRpbWUgc2luY2UgMTk3MCBjb3VudHMgbm8gbGVhcCBzZWNvbmRzLCBhcyBQT1NJWCB0aW1lIGFuZCBEYXRlLlxuICBpZiAoaCA+IDIzIHx8IG1pID4gNTkgfHwgcyA+IDYwIHx8IChzID09PSA2MCAmJiAoKChoICogNjAgKyBtaSAtIG9mZnNldCkgJSA2MCkgKyA2MCkgJSA2MCAhPT0gNTkpKSByZXR1cm4gTmFOO1xuICBjb25zdCBkYXRlID0geSAqIDEwXzAwMCArIG1vICogMTAwICsgZDsgLy8gb25lIG51bWJlciBwZXIgZGF0ZTogbW9udGggYW5kIGRheSBhcmUgcmVhZCBhcyBhdCBtb3N0IDIgZGlnaXRzXG4gIGlmIChkYXRlICE9PSBsYXN0RGF0ZSkge1xuICAgIGlmIChtbyA8IDEgfHwgbW8gPiAxMiB8fCBkIDwgMSB8fCBkID4gZGF5c0luTW9udGgoeSwgbW8pKSByZXR1cm4gTmFOO1xuICAgIGxhc3REYXlzID0gZGF5c0Zyb21DaXZpbCh5LCBtbywgZCk7XG4gICAgbGFzdERhdGUgPSBkYXRlO1xuICB9XG4gIHJldHVybiBsYXN0RGF5cyAqIE1TX1BFUl9EQVkgKyAoKGggKiA2MCArIG1pIC0gb2Zmc2V0KSAqIDYwICsgcykgKiAxMDAwICsgbXM7XG59XG5cbi8qKiBBIGN1cnNvciBvdmVyIHRoZSB0ZXh0LCByZWFkaW5nIGRpZ2l0cyB3aXRob3V0IGFsbG9jYXRpbmcuICovXG5jbGFzcyBSZWFkZXIge1xuICBpID0gMDtcbiAgY29uc3RydWN0b3IocmVhZG9ubHkgdGV4dDogc3RyaW5nKSB7fVxuICAvKiogRXhhY3RseSBgbmAgZGlnaXRzLCBvciAtMS4gKi9cbiAgZGlnaXRzKG46IG51bWJlcik6IG51bWJlciB7XG4gICAgbGV0IHYgPSAwO1xuICAgIGZvciAobGV0IGsgPSAwOyBrIDwgbjsgaysrKSB7XG4gICAgICBjb25zdCBjID0gdGhpcy50ZXh0LmNoYXJDb2RlQXQodGhpcy5pKSAtIERJR0lUXzA7XG4gICAgICBpZiAoIShjID49IDAgJiYgYyA8PSA5KSkgcmV0dXJuIC0xO1xuICAgICAgdiA9IHYgKiAxMCArIGM7XG4gICAgICB0aGlzLmkrKztcbiAgICB9XG4gICAgcmV0dXJuIHY7XG4gIH1cbiAgLyoqIEJldHdlZW4gYG1pbmAgYW5kIGBtYXhgIGRpZ2l0cywgb3IgLTEuICovXG4gIGRpZ2l0c0JldHdlZW4obWluOiBudW1iZXIsIG1heDogbnVtYmVyKTogbnVtYmVyIHtcbiAgICBsZXQgdiA9IDA7XG4gICAgbGV0IGsgPSAwO1xuICAgIGZvciAoOyBrIDwgbWF4OyBrKyspIHtcbiAgICAgIGNvbnN0IGMgPSB0aGlzLnRleHQuY2hhckNvZGVBdCh0aGlzLmkpIC0gRElHSVRfMDtcbiAgICAgIGlmICghKGMgPj0gMCAmJiBjIDw9IDkpKSBicmVhaztcbiAgICAgIHYgPSB2ICogMTAgKyBjO1xuICAgICAgdGhpcy5pKys7XG4gICAgfVxuICAgIHJldHVybiBrIDwgbWluID8gLTEgOiB2O1xuICB9XG4gIC8qKiBBIGRlY2ltYWwgZnJhY3Rpb24gb2YgYSBzZWNvbmQgaW4gbWlsbGlzZWNvbmRzIChhdCBsZWFzdCBvbmUgZGlnaXQpLCBvciAtMS4gKi9cbiAgZnJhY3Rpb24oKTogbnVtYmVyIHtcbiAgICBsZXQgbXMgPSAwO1xuICAgIGxldCBzY2FsZSA9IDEwMDtcbiAgICBjb25zdCBzdGFydCA9IHRoaXMuaTtcbiAgICBmb3IgKDs7KSB7XG4gICAgICBjb25zdCBjID0gdGhpcy50ZXh0LmNoYXJDb2RlQXQodGhpcy5pKSAtIERJR0lUXzA7XG4gICAgICBpZiAoIShjID49IDAgJiYgYyA8PSA5KSkgYnJlYWs7XG4gICAgICBtcyArPSBjICogc2NhbGU7XG4gICAgICBzY2FsZSAvPSAxMDtcbiAgICAgIHRoaXMuaSsrO1xuICAgIH1cbiAgICByZXR1cm4gdGhpcy5pID09PSBzdGFydCA/IC0xIDogbXM7XG4gIH1cbiAgaXMoY2hhcjogc3RyaW5nKTogYm9vbGVhbiB7XG4gICAgaWYgKHRoaXMudGV4dFt0aGlzLmldICE9PSBjaGFyKSByZXR1cm4gZmFsc2U7XG4gICAgdGhpcy5pKys7XG4gICAgcmV0dXJuIHRydWU7XG4gIH1cbiAgLyoqIGBaYCwgYFx1MDBCMWhoOm1tYCwgYFx1MDBCMWhobW1gIG9yIGBcdTAwQjFoaGAgaW4gbWludXRlcyBlYXN0IG9mIFVUQzsgYG51bGxgIHdoZW4gdGhlcmUgaXMgbm9uZTsgTmFOIHdoZW4gbWFsZm9ybWVkLiAqL1xuICBvZmZzZXQoKTogbnVtYmVyIHwgbnVsbCB7XG4gICAgY29uc3QgYyA9IHRoaXMudGV4dFt0aGlzLmldO1xuICAgIGlmIChjID09PSBcIlpcIiB8fCBjID09PSBcInpcIikge1xuICAgICAgdGhpcy5pKys7XG4gICAgICByZXR1cm4gMDtcbiAgICB9XG4gICAgaWYgKGMgIT09IFwiK1wiICYmIGMgIT09IFwiLVwiKSByZXR1cm4gbnVsbDtcbiAgICB0aGlzLmkrKztcbiAgICBjb25zdCBoID0gdGhpcy5kaWdpdHMoMik7XG4gICAgaWYgKGggPCAwKSByZXR1cm4gTmFOO1xuICAgIHRoaXMuaXMoXCI6XCIpO1xuICAgIGNvbnN0IG0gPSB0aGlzLmkgPCB0aGlzLnRleHQubGVuZ3RoID8gdGhpcy5kaWdpdHMoMikgOiAwO1xuICAgIGlmIChtIDwgMCB8fCBoID4gMjMgfHwgbSA+IDU5KSByZXR1cm4gTmFOO1xuICAgIHJldHVybiAoYyA9PT0gXCItXCIgPyAtMSA6IDEpICogKGggKiA2MCArIG0pO1xuICB9XG4gIGdldCBkb25lKCk6IGJvb2xlYW4ge1xuICAgIHJldHVybiB0aGlzLmkgPT09IHRoaXMudGV4dC5sZW5ndGg7XG4gIH1cbn1cblxuLyoqXG4gKiBUaGUgZGVmYXVsdCB0aW1lc3RhbXAgcmVhZGVyOiBJU08gODYwMSAoYDIwMTEtMTAtMTFUMTM6NDU6NDAuMjc2KzAyOjAwYCwgd2l0aCBgVGAgb3IgYSBzcGFjZSxcbiAqIHNlY29uZHMgYW5kIGZyYWN0aW9uIG9wdGlvbmFsLCBvZmZzZXQgYFpgLCBgXHUwMEIxaGg6bW1gLCBgXHUwMEIxaGhtbWAgb3IgYFx1MDBCMWhoYCBvcHRpb25hbCwgb3IgYSBkYXRlXG4gKiBhbG9uZSkgYW5kIGBZWVlZL01NL0REIGhoOm1tOnNzKC5zc3MpYC4gQSB0aW1lIHdpdGhvdXQgYW4gb2Zmc2V0IGlzIHJlYWQgYXMgVVRDLCBzbyByZXN1bHRzXG4gKiBuZXZlciBkZXBlbmQgb24gdGhlIG1hY2hpbmUncyB0aW1lIHpvbmUuXG4gKi9cbmZ1bmN0aW9uIHJlYWREZWZhdWx0KHRleHQ6IHN0cmluZyk6IG51bWJlciB7XG4gIGxldCB0ID0gdGV4dDtcbiAgaWYgKHQuY2hhckNvZGVBdCgwKSA8PSAzMiB8fCB0LmNoYXJDb2RlQXQodC5sZW5ndGggLSAxKSA8PSAzMikgdCA9IHQudHJpbSgpO1xuICByZXR1cm4gaXNvVGltZXN0YW1wQXQodCwgMCwgdC5sZW5ndGgpO1xufVxuXG4vKiogUm9vbSBmb3IgdGhlIGNoYXJhY3RlcnMgb2YgYSB0aW1lc3RhbXAgcmVhZCBmcm9tIGEgc3RyaW5nIChzZWUgYGlzb1RpbWVzdGFtcEF0YCkuICovXG5sZXQgc2NyYXRjaCA9IG5ldyBVaW50OEFycmF5KDY0KTtcblxuLyoqXG4gKiBUaGUgZGVmYXVsdCByZWFkZXIgb24gYHRleHRbc3RhcnQuLmVuZClgOiBpdHMgY2hhcmFjdGVycyBhcmUgY29waWVkIGFzIGJ5dGVzIChhIGNoYXJhY3RlclxuICogYmV5b25kIExhdGluLTEgYXMgMCwgd2hpY2ggbm8gdGltZXN0YW1wIGhvbGRzKSBhbmQgcmVhZCBieSBgaXNvVGltZXN0YW1wQnl0ZXNgLCBzbyB0aGF0IHRleHRcbiAqIGFuZCBieXRlcyBhcmUgcmVhZCBieSBvbmUgcGFyc2VyLlxuICpcbiAqIEBleGFtcGxlXG4gKiBpc29UaW1lc3RhbXBBdChcImEsMjAxNC0xMC0yMiAxMToxNTo0MSxiXCIsIDIsIDIxKTsgLy8gMTQxMzk3NjU0MTAwMFxuICovXG5leHBvcnQgZnVuY3Rpb24gaXNvVGltZXN0YW1wQXQodDogc3RyaW5nLCBzdGFydDogbnVtYmVyLCBlbmQ6IG51bWJlcik6IG51bWJlciB7XG4gIGNvbnN0IG4gPSBlbmQgLSBzdGFydDtcbiAgaWYgKG4gPCAxMCkgcmV0dXJuIE5hTjtcbiAgaWYgKG4gPiBzY3JhdGNoLmxlbmd0aCkgc2NyYXRjaCA9IG5ldyBVaW50OEFycmF5KDIgKiBuKTtcbiAgZm9yIChsZXQgaSA9IDA7IGkgPCBuOyBpKyspIHtcbiAgICBjb25zdCBjID0gdC5jaGFyQ29kZUF0KHN0YXJ0ICsgaSk7XG4gICAgc2NyYXRjaFtpXSA9IGMgPCAyNTYgPyBjIDogMDtcbiAgfVxuICByZXR1cm4gaXNvVGltZXN0YW1wQnl0ZXMoc2NyYXRjaCwgMCwgbik7XG59XG5cbi8qKlxuICogVGhlIGRlZmF1bHQgcmVhZGVyIG9uIHRoZSBieXRlcyBgYltzdGFydC4uZW5kKWAgKEFTQ0lJLCBhcyBpbiBVVEYtOCBhbmQgTGF0aW4tMSksIHJlYWQgd2hlcmVcbiAqIHRoZXkgbGllOiB0aGUgQ1NWIHJlYWRlciBjYWxscyBpdCBvbiBhIGNodW5rIG9mIHRoZSBmaWxlIHdpdGhvdXQgbWFraW5nIGEgc3RyaW5nIHBlciBldmVudC5cbiAqIFN0cmFpZ2h0LWxpbmUgYXJpdGhtZXRpYyBvbiBieXRlIHZhbHVlcywgZXZlcnkgcmVhZCBrZXB0IGJlbG93IGBlbmRgICh0aGUgYnl0ZXMgZ28gb24gd2l0aCB0aGVcbiAqIG5leHQgZmllbGRzKS4gU3Vycm91bmRpbmcgYmxhbmtzIGFyZSBub3QgdHJpbW1lZCBoZXJlOiB0aGUgY2FsbGVyIHBhc3NlcyB0cmltbWVkIHJhbmdlcyBvclxuICogdXNlcyBgdGltZXN0YW1wUGFyc2VyKClgLlxuICpcbiAqIEBleGFtcGxlXG4gKiBpc29UaW1lc3RhbXBCeXRlcyhuZXcgVGV4dEVuY29kZXIoKS5lbmNvZGUoXCJhLDIwMTQtMTAtMjIgMTE6MTU6NDEsYlwiKSwgMiwgMjEpOyAvLyAxNDEzOTc2NTQxMDAwXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBpc29UaW1lc3RhbXBCeXRlcyh0OiBVaW50OEFycmF5LCBzdGFydDogbnVtYmVyLCBlbmQ6IG51bWJlcik6IG51bWJlciB7XG4gIGNvbnN0IG4gPSBlbmQgLSBzdGFydDtcbiAgaWYgKG4gPCAxMCkgcmV0dXJuIE5hTjtcbiAgY29uc3QgeSA9IGRpZ2l0czQodCwgc3RhcnQpO1xuICBjb25zdCBzZXAgPSB0W3N0YXJ0ICsgNF07XG4gIGlmICh5IDwgMCB8fCAoc2VwICE9PSBIWVBIRU4gJiYgc2VwICE9PSBTTEFTSCkgfHwgdFtzdGFydCArIDddICE9PSBzZXApIHJldHVybiBOYU47XG4gIGNvbnN0IG1vID0gZGlnaXRzMih0LCBzdGFydCArIDUpO1xuICBjb25zdCBkID0gZGlnaXRzMih0LCBzdGFydCArIDgpO1xuICBpZiAobW8gPCAwIHx8IGQgPCAwKSByZXR1cm4gTmFOO1xuICBpZiAobiA9PT0gMTApIHJldHVybiB0b01zKHksIG1vLCBkLCAwLCAwLCAwLCAwLCAwKTtcbiAgY29uc3QgdGVlID0gdFtzdGFydCArIDEwXTtcbiAgaWYgKG4gPCAxNiB8fCAodGVlICE9PSBUICYmIHRlZSAhPT0gU1BBQ0UpIHx8IHRbc3RhcnQgKyAxM10gIT09IENPTE9OKSByZXR1cm4gTmFOO1xuICBjb25zdCBoID0gZGlnaXRzMih0LCBzdGFydCArIDExKTtcbiAgY29uc3QgbWkgPSBkaWdpdHMyKHQsIHN0YXJ0ICsgMTQpO1xuICBpZiAoaCA8IDAgfHwgbWkgPCAwKSByZXR1cm4gTmFOO1xuICBsZXQgaSA9IHN0YXJ0ICsgMTY7XG4gIGxldCBzID0gMDtcbiAgbGV0IG1zID0gMDtcbiAgaWYgKGkgPCBlbmQgJiYgdFtpXSA9PT0gQ09MT04pIHtcbiAgICBpZiAobiA8IDE5KSByZXR1cm4gTmFOO1xuICAgIHMgPSBkaWdpdHMyKHQsIHN0YXJ0ICsgMTcpO1xuICAgIGlmIChzIDwgMCkgcmV0dXJuIE5hTjtcbiAgICBpID0gc3RhcnQgKyAxOTtcbiAgICBjb25zdCBkb3QgPSBpIDwgZW5kID8gdFtpXSA6IDA7XG4gICAgaWYgKGRvdCA9PT0gRE9UIHx8IGRvdCA9PT0gQ09NTUEpIHtcbiAgICAgIGxldCBzY2FsZSA9IDEwMDtcbiAgICAgIGNvbnN0IGZyb20gPSArK2k7XG4gICAgICBmb3IgKGxldCBjID0gdFtpXSEgLSBESUdJVF8wOyBpIDwgZW5kICYmIGMgPj0gMCAmJiBjIDw9IDk7IGMgPSB0WysraV0hIC0gRElHSVRfMCkge1xuICAgICAgICBtcyArPSBjICogc2NhbGU7XG4gICAgICAgIHNjYWxlIC89IDEwO1xuICAgICAgfVxuICAgICAgaWYgKGkgPT09IGZyb20pIHJldHVybiBOYU47XG4gICAgfVxuICB9XG4gIGlmIChpID09PSBlbmQpIHJldHVybiB0b01zKHksIG1vLCBkLCBoLCBtaSwgcywgbXMsIDApO1xuICBjb25zdCBvZmZzZXQgPSBvZmZzZXRBdCh0LCBpLCBlbmQpO1xuICByZXR1cm4gTnVtYmVyLmlzTmFOKG9mZnNldCkgPyBOYU4gOiB0b01zKHksIG1vLCBkLCBoLCBtaSwgcywgbXMsIG9mZnNldCk7XG59XG5cbi8qKiBUaGUgb2Zmc2V0IHRoYXQgZW5kcyB0aGUgYnl0ZXMgYXQgYGlgIChiZWZvcmUgYGVuZGApOiBgWmAsIGBcdTAwQjFoaDptbWAsIGBcdTAwQjFoaG1tYCBvciBgXHUwMEIxaGhgLCBpbiBtaW51dGVzIGVhc3Qgb2YgVVRDOyBOYU4gb3RoZXJ3aXNlLiAqL1xuZnVuY3Rpb24gb2Zmc2V0QXQodDogVWludDhBcnJheSwgaTogbnVtYmVyLCBlbmQ6IG51bWJlcik6IG51bWJlciB7XG4gIGNvbnN0IGMgPSB0W2ldO1xuICBpZiAoYyA9PT0gWiB8fCBjID09PSBaX0xPV0VSKSByZXR1cm4gaSArIDEgPT09IGVuZCA/IDAgOiBOYU47XG4gIGlmICgoYyAhPT0gUExVUyAmJiBjICE9PSBIWVBIRU4pIHx8IGkgKyAzID4gZW5kKSByZXR1cm4gTmFOO1xuICBjb25zdCBoID0gZGlnaXRzMih0LCBpICsgMSk7XG4gIGxldCBhdCA9IGkgKyAzO1xuICBjb25zdCBjb2xvbiA9IGF0IDwgZW5kICYmIHRbYXRdID09PSBDT0xPTjtcbiAgaWYgKGNvbG9uKSBhdCsrO1xuICBjb25zdCBtID0gYXQgPT09IGVuZCAmJiAhY29sb24gPyAwIDogYXQgKyAyIDw9IGVuZCA/IGRpZ2l0czIodCwgYXQpIDogLTE7XG4gIGlmIChoIDwgMCB8fCBoID4gMjMgfHwgbSA8IDAgfHwgbSA+IDU5IHx8IChhdCAhPT0gZW5kICYmIGF0ICsgMiAhPT0gZW5kKSkgcmV0dXJuIE5hTjtcbiAgcmV0dXJuIChjID09PSBIWVBIRU4gPyAtMSA6IDEpICogKGggKiA2MCArIG0pO1xufVxuXG50eXBlIFRva2VuID0geyBmaWVsZDogXCJZXCIgfCBcIk1cIiB8IFwiRFwiIHwgXCJIXCIgfCBcIm1cIiB8IFwic1wiOyBtaW46IG51bWJlcjsgbWF4OiBudW1iZXIgfSB8IHsgZmllbGQ6IFwiU1wiIHwgXCJaXCIgfSB8IHsgbGl0ZXJhbDogc3RyaW5nIH07XG5cbmNvbnN0IFBBVFRFUk5fVE9LRU5TOiBbc3RyaW5nLCBUb2tlbl1bXSA9IFtcbiAgW1wiWVlZWVwiLCB7IGZpZWxkOiBcIllcIiwgbWluOiA0LCBtYXg6IDQgfV0sXG4gIFtcIk1NXCIsIHsgZmllbGQ6IFwiTVwiLCBtaW46IDIsIG1heDogMiB9XSxcbiAgW1wiTVwiLCB7IGZpZWxkOiBcIk1cIiwgbWluOiAxLCBtYXg6IDIgfV0sXG4gIFtcIkREXCIsIHsgZmllbGQ6IFwiRFwiLCBtaW46IDIsIG1heDogMiB9XSxcbiAgW1wiRFwiLCB7IGZpZWxkOiBcIkRcIiwgbWluOiAxLCBtYXg6IDIgfV0sXG4gIFtcIkhIXCIsIHsgZmllbGQ6IFwiSFwiLCBtaW46IDIsIG1heDogMiB9XSxcbiAgW1wiSFwiLCB7IGZpZWxkOiBcIkhcIiwgbWluOiAxLCBtYXg6IDIgfV0sXG4gIFtcIm1tXCIsIHsgZmllbGQ6IFwibVwiLCBtaW46IDIsIG1heDogMiB9XSxcbiAgW1wic3NcIiwgeyBmaWVsZDogXCJzXCIsIG1pbjogMiwgbWF4OiAyIH1dLFxuICBbXCJaXCIsIHsgZmllbGQ6IFwiWlwiIH1dLFxuXTtcblxuZnVuY3Rpb24gY29tcGlsZVBhdHRlcm4ocGF0dGVybjogc3RyaW5nKTogVG9rZW5bXSB7XG4gIGNvbnN0IHRva2VuczogVG9rZW5bXSA9IFtdO1xuICBsZXQgaSA9IDA7XG4gIG91dGVyOiB3aGlsZSAoaSA8IHBhdHRlcm4ubGVuZ3RoKSB7XG4gICAgaWYgKHBhdHRlcm5baV0gPT09IFwiU1wiKSB7XG4gICAgICB3aGlsZSAocGF0dGVybltpXSA9PT0gXCJTXCIpIGkrKztcbiAgICAgIHRva2Vucy5wdXNoKHsgZmllbGQ6IFwiU1wiIH0pO1xuICAgICAgY29udGludWU7XG4gICAgfVxuICAgIGZvciAoY29uc3QgW3RleHQsIHRva2VuXSBvZiBQQVRURVJOX1RPS0VOUykge1xuICAgICAgaWYgKHBhdHRlcm4uc3RhcnRzV2l0aCh0ZXh0LCBpKSkge1xuICAgICAgICB0b2tlbnMucHVzaCh0b2tlbik7XG4gICAgICAgIGkgKz0gdGV4dC5sZW5ndGg7XG4gICAgICAgIGNvbnRpbnVlIG91dGVyO1xuICAgICAgfVxuICAgIH1cbiAgICB0b2tlbnMucHVzaCh7IGxpdGVyYWw6IHBhdHRlcm5baV0hIH0pO1xuICAgIGkrKztcbiAgfVxuICBjb25zdCBmaWVsZHMgPSBuZXcgU2V0KHRva2Vucy5mbGF0TWFwKCh0KSA9PiAoXCJmaWVsZFwiIGluIHQgPyBbdC5maWVsZF0gOiBbXSkpKTtcbiAgZm9yIChjb25zdCBuZWVkZWQgb2YgW1wiWVwiLCBcIk1cIiwgXCJEXCJdIGFzIGNvbnN0KSB7XG4gICAgaWYgKCFmaWVsZHMuaGFzKG5lZWRlZCkpIHRocm93IG5ldyBFcnJvcihgdGltZXN0YW1wIGZvcm1hdCBcIiR7cGF0dGVybn1cIiBoYXMgbm8gJHt7IFk6IFwiWVlZWVwiLCBNOiBcIk1NXCIsIEQ6IFwiRERcIiB9W25lZWRlZF19YCk7XG4gIH1cbiAgcmV0dXJuIHRva2Vucztcbn1cblxuZnVuY3Rpb24gcGF0dGVyblJlYWRlcihwYXR0ZXJuOiBzdHJpbmcpOiBUaW1lc3RhbXBQYXJzZXIge1xuICBjb25zdCB0b2tlbnMgPSBjb21waWxlUGF0dGVybihwYXR0ZXJuKTtcbiAgcmV0dXJuICh0ZXh0KSA9PiB7XG4gICAgY29uc3QgciA9IG5ldyBSZWFkZXIodGV4dC50cmltKCkpO1xuICAgIGNvbnN0IHYgPSB7IFk6IDAsIE06IDAsIEQ6IDAsIEg6IDAsIG06IDAsIHM6IDAsIFM6IDAsIFo6IDAgfTtcbiAgICBmb3IgKGNvbnN0IHQgb2YgdG9rZW5zKSB7XG4gICAgICBpZiAoXCJsaXRlcmFsXCIgaW4gdCkge1xuICAgICAgICBpZiAoIXIuaXModC5saXRlcmFsKSkgcmV0dXJuIE5hTjtcbiAgICAgIH0gZWxzZSBpZiAodC5maWVsZCA9PT0gXCJTXCIpIHtcbiAgICAgICAgaWYgKCh2LlMgPSByLmZyYWN0aW9uKCkpIDwgMCkgcmV0dXJuIE5hTjtcbiAgICAgIH0gZWxzZSBpZiAodC5maWVsZCA9PT0gXCJaXCIpIHtcbiAgICAgICAgY29uc3Qgb2Zmc2V0ID0gci5vZmZzZXQoKTtcbiAgICAgICAgaWYgKG9mZnNldCA9PT0gbnVsbCB8fCBOdW1iZXIuaXNOYU4ob2Zmc2V0KSkgcmV0dXJuIE5hTjtcbiAgICAgICAgdi5aID0gb2Zmc2V0O1xuICAgICAgfSBlbHNlIGlmIChcIm1pblwiIGluIHQgJiYgKHZbdC5maWVsZF0gPSByLmRpZ2l0c0JldHdlZW4odC5taW4sIHQubWF4KSkgPCAwKSByZXR1cm4gTmFOO1xuICAgIH1cbiAgICByZXR1cm4gci5kb25lID8gdG9Ncyh2LlksIHYuTSwgdi5ELCB2LkgsIHYubSwgdi5zLCB2LlMsIHYuWikgOiBOYU47XG4gIH07XG59XG5cbi8qKlxuICogQSB0aW1lc3RhbXAgcmVhZGVyLiBXaXRob3V0IGEgZm9ybWF0OiBJU08gODYwMSB3aXRoIG9yIHdpdGhvdXQgb2Zmc2V0LCBhbmRcbiAqIGBZWVlZL01NL0REIGhoOm1tOnNzKC5zc3MpYDsgYSB0aW1lIHdpdGhvdXQgYW4gb2Zmc2V0IGlzIFVUQy4gQSBwYXR0ZXJuIHN0cmluZyByZWFkcyBvdGhlclxuICogbGF5b3V0czogYFlZWVlgIHllYXIsIGBNTWAvYE1gIG1vbnRoLCBgRERgL2BEYCBkYXksIGBISGAvYEhgIGhvdXIgKDBcdTIwMTMyMyksIGBtbWAgbWludXRlLCBgc3NgXG4gKiBzZWNvbmQsIGBTXHUyMDI2YCBhIGRlY2ltYWwgZnJhY3Rpb24gb2YgYSBzZWNvbmQgKGFueSBudW1iZXIgb2YgZGlnaXRzKSwgYFpgIGFuIG9mZnNldCAoYFpgLFxuICogYFx1MDBCMWhoOm1tYCwgYFx1MDBCMWhobW1gKTsgZXZlcnkgb3RoZXIgY2hhcmFjdGVyIG11c3QgYXBwZWFyIGFzIHdyaXR0ZW4uIEEgZnVuY3Rpb24gaXMgdXNlZCBhcyBpcy5cbiAqIEludmFsaWQgdGV4dCwgb3IgYSBkYXRlIHRoYXQgZG9lcyBub3QgZXhpc3QgKEZlYnJ1YXJ5IDMwKSwgcmVhZHMgYXMgYE5hTmAuXG4gKlxuICogQGV4YW1wbGVcbiAqIHRpbWVzdGFtcFBhcnNlcigpKFwiMjAxNC8xMC8yMiAxMToxNTo0MS4wMDBcIik7IC8vIDE0MTM5NzY1NDEwMDBcbiAqIHRpbWVzdGFtcFBhcnNlcihcIkRELk1NLllZWVkgSEg6bW1cIikoXCIyMi4xMC4yMDE0IDExOjE1XCIpOyAvLyAxNDEzOTc2NTAwMDAwXG4gKiB0aW1lc3RhbXBQYXJzZXIoKShcIjIwMTEtMTAtMTEgMTM6NDU6NDAuMjc2MDAwKzAyOjAwXCIpOyAvLyAxMzE4MzMzNTQwMjc2XG4gKi9cbmV4cG9ydCBmdW5jdGlvbiB0aW1lc3RhbXBQYXJzZXIoZm9ybWF0Pzogc3RyaW5nIHwgVGltZXN0YW1wUGFyc2VyKTogVGltZXN0YW1wUGFyc2VyIHtcbiAgaWYgKHR5cGVvZiBmb3JtYXQgPT09IFwiZnVuY3Rpb25cIikgcmV0dXJuIGZvcm1hdDtcbiAgaWYgKGZvcm1hdCA9PT0gdW5kZWZpbmVkIHx8IGZvcm1hdCA9PT0gXCJcIikgcmV0dXJuIHJlYWREZWZhdWx0O1xuICByZXR1cm4gcGF0dGVyblJlYWRlcihmb3JtYXQpO1xufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay93dC9yZWFkZXIvc3JjL2xvZ3NcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZmlsZW5hbWUgPSBcIi93b3JrL3d0L3JlYWRlci9zcmMvbG9ncy91dGY4LWNodW5rcy50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay93dC9yZWFkZXIvc3JjL2xvZ3MvdXRmOC1jaHVua3MudHNcIjsvKiogQSBzdHJpbmcgaXMgZW5jb2RlZCB0aGlzIG1hbnkgY2hhcmFjdGVycyBhdCBhIHRpbWUuICovXG5jb25zdCBTTElDRSA9IDEgPDwgMjA7XG5cbi8qKlxuICogVGhlIFVURi04IGJ5dGVzIG9mIGEgdGV4dCwgaW4gY2h1bmtzOiBhIHN0cmluZyAoY3V0IGJldHdlZW4gY2hhcmFjdGVycywgbmV2ZXIgaW5zaWRlIGFcbiAqIHN1cnJvZ2F0ZSBwYWlyKSBvciB0ZXh0IGNodW5rcyBkZWNvZGVkIGZyb20gYW5vdGhlciBlbmNvZGluZy4gVGhlIENTViByZWFkZXIgcmVhZHMgVVRGLThcbiAqIGJ5dGVzIG9ubHk7IHRoaXMgaXMgaG93IGEgc3RyaW5nIHNvdXJjZSBvciBhIExhdGluLTEgbG9nIHJlYWNoZXMgaXQuXG4gKlxuICogQGV4YW1wbGVcbiAqIGZvciBhd2FpdCAoY29uc3QgYnl0ZXMgb2YgdXRmOENodW5rcyhcImNhc2UsYWN0aXZpdHlcXG5cIikpIGJ5dGVzOyAvLyBVaW50OEFycmF5KDE0KVxuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24qIHV0ZjhDaHVua3ModGV4dDogc3RyaW5nIHwgQXN5bmNJdGVyYWJsZTxzdHJpbmc+KTogQXN5bmNHZW5lcmF0b3I8VWludDhBcnJheT4ge1xuICBjb25zdCBlbmNvZGVyID0gbmV3IFRleHRFbmNvZGVyKCk7XG4gIGlmICh0eXBlb2YgdGV4dCAhPT0gXCJzdHJpbmdcIikge1xuICAgIGZvciBhd2FpdCAoY29uc3QgY2h1bmsgb2YgdGV4dCkgeWllbGQgZW5jb2Rlci5lbmNvZGUoY2h1bmspO1xuICAgIHJldHVybjtcbiAgfVxuICBmb3IgKGxldCBpID0gMDsgaSA8IHRleHQubGVuZ3RoOyApIHtcbiAgICBsZXQgZW5kID0gTWF0aC5taW4oaSArIFNMSUNFLCB0ZXh0Lmxlbmd0aCk7XG4gICAgY29uc3QgbGFzdCA9IHRleHQuY2hhckNvZGVBdChlbmQgLSAxKTtcbiAgICBpZiAoZW5kIDwgdGV4dC5sZW5ndGggJiYgbGFzdCA+PSAweGQ4MDAgJiYgbGFzdCA8IDB4ZGMwMCkgZW5kLS07IC8vIGtlZXAgYSBzdXJyb2dhdGUgcGFpciB3aG9sZVxuICAgIHlpZWxkIGVuY29kZXIuZW5jb2RlKHRleHQuc2xpY2UoaSwgZW5kKSk7XG4gICAgaSA9IGVuZDtcbiAgfVxufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay93dC9yZWFkZXIvc3JjL2xvZ3NcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZmlsZW5hbWUgPSBcIi93b3JrL3d0L3JlYWRlci9zcmMvbG9ncy96b25lLWNsb2NrLnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL3d0L3JlYWRlci9zcmMvbG9ncy96b25lLWNsb2NrLnRzXCI7Y29uc3QgTVNfUEVSX0RBWSA9IDg2XzQwMF8wMDA7XG5jb25zdCBNU19QRVJfU0VDT05EID0gMTAwMDtcblxuLyoqXG4gKiBMb2NhbCB0aW1lIGluIG9uZSBJQU5BIHRpbWUgem9uZSwgZXhhY3QgYWNyb3NzIGRheWxpZ2h0LXNhdmluZyBjaGFuZ2VzOiB0aGUgem9uZSdzIG9mZnNldCBhdFxuICogYW55IGluc3RhbnQsIGFuZCB0aGUgaW5zdGFudCBvZiBhbnkgbG9jYWwgd2FsbC1jbG9jayB0aW1lLlxuICpcbiAqIEBleGFtcGxlXG4gKiBjb25zdCBoZWxzaW5raSA9IHpvbmVDbG9jayhcIkV1cm9wZS9IZWxzaW5raVwiKTtcbiAqIGhlbHNpbmtpLm9mZnNldEF0KERhdGUuVVRDKDIwMjQsIDExLCA2LCAxMikpOyAvLyAxMjAgKG1pbnV0ZXMgZWFzdCBvZiBVVEMsIHdpbnRlcilcbiAqIGhlbHNpbmtpLmluc3RhbnRPZihEYXRlLlVUQygyMDI0LCA2LCAxLCA4KSk7IC8vIERhdGUuVVRDKDIwMjQsIDYsIDEsIDUpOiAwODowMCBsb2NhbCBpbiBzdW1tZXJcbiAqL1xuZXhwb3J0IGludGVyZmFjZSBab25lQ2xvY2sge1xuICAvKiogVGhlIElBTkEgbmFtZSwgZS5nLiBgXCJFdXJvcGUvSGVsc2lua2lcImAuICovXG4gIHJlYWRvbmx5IHRpbWV6b25lOiBzdHJpbmc7XG4gIC8qKiBUaGUgb2Zmc2V0IGluIG1pbnV0ZXMgZWFzdCBvZiBVVEMgYXQgYW4gaW5zdGFudCAobWlsbGlzZWNvbmRzIHNpbmNlIDE5NzAgVVRDKS4gKi9cbiAgb2Zmc2V0QXQoaW5zdGFudDogbnVtYmVyKTogbnVtYmVyO1xuICAvKipcbiAgICogVGhlIGluc3RhbnQgb2YgYSBsb2NhbCB3YWxsLWNsb2NrIHRpbWUsIGdpdmVuIGFzIG1pbGxpc2Vjb25kcyBzaW5jZSAxOTcwLTAxLTAxVDAwOjAwICpsb2NhbCouXG4gICAqIEEgdGltZSB0aGF0IGhhcHBlbnMgdHdpY2UgKHRoZSBob3VyIHJlcGVhdGVkIHdoZW4gY2xvY2tzIGdvIGJhY2spIGlzIGl0cyBmaXJzdCBvY2N1cnJlbmNlOyBhXG4gICAqIHRpbWUgdGhhdCBuZXZlciBoYXBwZW5zICh0aGUgaG91ciBza2lwcGVkIHdoZW4gY2xvY2tzIGdvIGZvcndhcmQpIGlzIHJlYWQgd2l0aCB0aGUgb2Zmc2V0XG4gICAqIGJlZm9yZSB0aGUgY2hhbmdlLCBzbyAwMzozMCBvbiBhIG5pZ2h0IHRoYXQganVtcHMgZnJvbSAwMzowMCB0byAwNDowMCBpcyAwNDozMCBuZXcgdGltZSBcdTIwMTRcbiAgICogVGVtcG9yYWwncyBgXCJjb21wYXRpYmxlXCJgIGNob2ljZSwgdGhlIG9uZSBtb3N0IGNhbGVuZGFycyBtYWtlLlxuICAgKi9cbiAgaW5zdGFudE9mKGxvY2FsOiBudW1iZXIpOiBudW1iZXI7XG59XG5cbi8qKlxuICogV2hldGhlciB0aGUgcnVudGltZSBrbm93cyBhbiBJQU5BIHpvbmUgbmFtZSAoYEludGxgIHRocm93cyBhIFJhbmdlRXJyb3IgZm9yIG9uZSBpdCBkb2VzIG5vdCkuXG4gKlxuICogQGV4YW1wbGVcbiAqIGlzVGltZVpvbmUoXCJFdXJvcGUvSGVsc2lua2lcIik7IC8vIHRydWVcbiAqIGlzVGltZVpvbmUoXCJIZWxzaW5raVwiKTsgLy8gZmFsc2VcbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGlzVGltZVpvbmUodGltZXpvbmU6IHN0cmluZyk6IGJvb2xlYW4ge1xuICB0cnkge1xuICAgIG5ldyBJbnRsLkRhdGVUaW1lRm9ybWF0KFwiZW4tVVNcIiwgeyB0aW1lWm9uZTogdGltZXpvbmUgfSk7XG4gICAgcmV0dXJuIHRydWU7XG4gIH0gY2F0Y2gge1xuICAgIHJldHVybiBmYWxzZTtcbiAgfVxufVxuXG4vKipcbiAqIFRoZSBjbG9jayBvZiBhbiBJQU5BIHRpbWUgem9uZSwgYnVpbHQgb24gYEludGxgICh0aGUgcnVudGltZSdzIG93biB0aW1lLXpvbmUgZGF0YWJhc2U6IG5vXG4gKiB0YWJsZSBvZiBvdXIgb3duIHRvIGtlZXAgdXAgdG8gZGF0ZSkuIGBJbnRsYCBjb3N0cyBhYm91dCBhIG1pY3Jvc2Vjb25kIGEgY2FsbCwgc28gb2Zmc2V0cyBhcmVcbiAqIGtlcHQgcGVyIFVUQyBkYXk6IGEgZGF5IHdob3NlIHR3byBlbmRzIHNoYXJlIGFuIG9mZnNldCBoYXMgaXQgdGhyb3VnaG91dCAobm8gem9uZSBjaGFuZ2VzXG4gKiB0d2ljZSB3aXRoaW4gYSBkYXkpLCBhbmQgYSBkYXkgd2hvc2UgZW5kcyBkaWZmZXIgaXMgc2VhcmNoZWQgdG8gdGhlIHNlY29uZCBmb3IgaXRzIGNoYW5nZS5cbiAqIEEgcmVwZWF0ZWQgcXVlc3Rpb24gY29zdHMgYSBgTWFwYCBsb29rLXVwLiBUaHJvd3MgYSBSYW5nZUVycm9yIGZvciBhbiB1bmtub3duIHpvbmUuXG4gKlxuICogQGV4YW1wbGVcbiAqIHpvbmVDbG9jayhcIkV1cm9wZS9IZWxzaW5raVwiKS5vZmZzZXRBdChEYXRlLlVUQygyMDI0LCAyLCAzMSwgMCwgNTkpKTsgLy8gMTIwXG4gKiB6b25lQ2xvY2soXCJFdXJvcGUvSGVsc2lua2lcIikub2Zmc2V0QXQoRGF0ZS5VVEMoMjAyNCwgMiwgMzEsIDEsIDApKTsgLy8gMTgwXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiB6b25lQ2xvY2sodGltZXpvbmU6IHN0cmluZyk6IFpvbmVDbG9jayB7XG4gIGNvbnN0IGZvcm1hdCA9IG5ldyBJbnRsLkRhdGVUaW1lRm9ybWF0KFwiZW4tVVNcIiwge1xuICAgIHRpbWVab25lOiB0aW1lem9uZSxcbiAgICBob3VyQ3ljbGU6IFwiaDIzXCIsXG4gICAgZXJhOiBcInNob3J0XCIsXG4gICAgeWVhcjogXCJudW1lcmljXCIsXG4gICAgbW9udGg6IFwibnVtZXJpY1wiLFxuICAgIGRheTogXCJudW1lcmljXCIsXG4gICAgaG91cjogXCJudW1lcmljXCIsXG4gICAgbWludXRlOiBcIm51bWVyaWNcIixcbiAgICBzZWNvbmQ6IFwibnVtZXJpY1wiLFxuICB9KTtcbiAgLyoqIFRoZSBvZmZzZXQgaW4gd2hvbGUgc2Vjb25kcywgc3RyYWlnaHQgZnJvbSBJbnRsLiAqL1xuICBjb25zdCBpbnRsT2Zmc2V0ID0gKGluc3RhbnQ6IG51bWJlcik6IG51bWJlciA9PiB7XG4gICAgY29uc3Qgc2Vjb25kID0gTWF0aC5mbG9vcihpbnN0YW50IC8gTVNfUEVSX1NFQ09ORCkgKiBNU19QRVJfU0VDT05EO1xuICAgIGNvbnN0IGY6IFJlY29yZDxzdHJpbmcsIG51bWJlcj4gPSB7fTtcbiAgICBsZXQgYmMgPSBmYWxzZTtcbiAgICBmb3IgKGNvbnN0IHBhcnQgb2YgZm9ybWF0LmZvcm1hdFRvUGFydHMoc2Vjb25kKSkge1xuICAgICAgaWYgKHBhcnQudHlwZSA9PT0gXCJlcmFcIikgYmMgPSBwYXJ0LnZhbHVlLnN0YXJ0c1dpdGgoXCJCXCIpO1xuICAgICAgZWxzZSBpZiAocGFydC50eXBlICE9PSBcImxpdGVyYWxcIikgZltwYXJ0LnR5cGVdID0gTnVtYmVyKHBhcnQudmFsdWUpO1xuICAgIH1cbiAgICAvLyBzZXRVVENGdWxsWWVhciwgdW5saWtlIERhdGUuVVRDLCByZWFkcyB5ZWFycyAwXHUyMDEzOTkgYXMgdGhleSBhcmVcbiAgICBjb25zdCB3YWxsID0gbmV3IERhdGUoMCk7XG4gICAgd2FsbC5zZXRVVENGdWxsWWVhcihiYyA/IDEgLSBmLnllYXIhIDogZi55ZWFyISwgZi5tb250aCEgLSAxLCBmLmRheSEpO1xuICAgIHdhbGwuc2V0VVRDSG91cnMoZi5ob3VyISwgZi5taW51dGUhLCBmLnNlY29uZCEpO1xuICAgIHJldHVybiAod2FsbC5nZXRUaW1lKCkgLSBzZWNvbmQpIC8gTVNfUEVSX1NFQ09ORDtcbiAgfTtcbiAgLy8gcGVyIFVUQyBkYXk6IGl0cyBvZmZzZXQgYXQgbWlkbmlnaHQgVVRDIChzKSwgZnJvbSBJbnRsXG4gIGNvbnN0IG1pZG5pZ2h0cyA9IG5ldyBNYXA8bnVtYmVyLCBudW1iZXI+KCk7XG4gIGNvbnN0IG1pZG5pZ2h0ID0gKGluZGV4OiBudW1iZXIpOiBudW1iZXIgPT4ge1xuICAgIGxldCBvID0gbWlkbmlnaHRzLmdldChpbmRleCk7XG4gICAgaWYgKG8gPT09IHVuZGVmaW5lZCkge1xuICAgICAgbyA9IGludGxPZmZzZXQoaW5kZXggKiBNU19QRVJfREFZKTtcbiAgICAgIG1pZG5pZ2h0cy5zZXQoaW5kZXgsIG8pO1xuICAgIH1cbiAgICByZXR1cm4gbztcbiAgfTtcbiAgLy8gcGVyIFVUQyBkYXk6IFtvZmZzZXQgYXQgaXRzIHN0YXJ0IChzKSwgaW5zdGFudCBvZiB0aGUgY2hhbmdlIG9yIE5hTiwgb2Zmc2V0IGFmdGVyIGl0IChzKV1cbiAgY29uc3QgZGF5cyA9IG5ldyBNYXA8bnVtYmVyLCBbbnVtYmVyLCBudW1iZXIsIG51bWJlcl0+KCk7XG4gIGNvbnN0IGRheSA9IChpbmRleDogbnVtYmVyKTogW251bWJlciwgbnVtYmVyLCBudW1iZXJdID0+IHtcbiAgICBsZXQgZCA9IGRheXMuZ2V0KGluZGV4KTtcbiAgICBpZiAoZCAhPT0gdW5kZWZpbmVkKSByZXR1cm4gZDtcbiAgICBjb25zdCBzdGFydCA9IGluZGV4ICogTVNfUEVSX0RBWTtcbiAgICBjb25zdCBiZWZvcmUgPSBtaWRuaWdodChpbmRleCk7XG4gICAgY29uc3QgYWZ0ZXIgPSBtaWRuaWdodChpbmRleCArIDEpO1xuICAgIGlmIChiZWZvcmUgPT09IGFmdGVyKSBkID0gW2JlZm9yZSwgTnVtYmVyLk5hTiwgYWZ0ZXJdO1xuICAgIGVsc2Uge1xuICAgICAgLy8gdGhlIGNoYW5nZSBpcyBhdCBhIHdob2xlIHNlY29uZDogc2VhcmNoIHRoZSBzZWNvbmRzIG9mIHRoZSBkYXlcbiAgICAgIGxldCBsbyA9IHN0YXJ0OyAvLyBvZmZzZXQgYGJlZm9yZWAgaGVyZVxuICAgICAgbGV0IGhpID0gc3RhcnQgKyBNU19QRVJfREFZOyAvLyBvZmZzZXQgYGFmdGVyYCBoZXJlXG4gICAgICB3aGlsZSAoaGkgLSBsbyA+IE1TX1BFUl9TRUNPTkQpIHtcbiAgICAgICAgY29uc3QgbWlkID0gbG8gKyBNYXRoLmZsb29yKChoaSAtIGxvKSAvIDIgLyBNU19QRVJfU0VDT05EKSAqIE1TX1BFUl9TRUNPTkQ7XG4gICAgICAgIGlmIChpbnRsT2Zmc2V0KG1pZCkgPT09IGJlZm9yZSkgbG8gPSBtaWQ7XG4gICAgICAgIGVsc2UgaGkgPSBtaWQ7XG4gICAgICB9XG4gICAgICBkID0gW2JlZm9yZSwgaGksIGFmdGVyXTtcbiAgICB9XG4gICAgZGF5cy5zZXQoaW5kZXgsIGQpO1xuICAgIHJldHVybiBkO1xuICB9O1xuICBjb25zdCBvZmZzZXRTZWNvbmRzID0gKGluc3RhbnQ6IG51bWJlcik6IG51bWJlciA9PiB7XG4gICAgY29uc3QgW2JlZm9yZSwgY2hhbmdlLCBhZnRlcl0gPSBkYXkoTWF0aC5mbG9vcihpbnN0YW50IC8gTVNfUEVSX0RBWSkpO1xuICAgIHJldHVybiBpbnN0YW50ID49IGNoYW5nZSA/IGFmdGVyIDogYmVmb3JlO1xuICB9O1xuICAvLyB0aGUgVVRDIGRheSBvZiB0aGUgbGFzdCBsb2NhbCB0aW1lIHJlYWQgd2hvc2UgbmVpZ2hib3VyaG9vZCBoYXMgb25lIG9mZnNldDogZXZlbnRzIGNvbWUgaW4gcnVuc1xuICBsZXQgcXVpZXREYXkgPSBOdW1iZXIuTmFOO1xuICBsZXQgcXVpZXRPZmZzZXQgPSAwO1xuICByZXR1cm4ge1xuICAgIHRpbWV6b25lLFxuICAgIG9mZnNldEF0OiAoaW5zdGFudCkgPT4gb2Zmc2V0U2Vjb25kcyhpbnN0YW50KSAvIDYwLFxuICAgIGluc3RhbnRPZihsb2NhbCkge1xuICAgICAgY29uc3QgaW5kZXggPSBNYXRoLmZsb29yKGxvY2FsIC8gTVNfUEVSX0RBWSk7XG4gICAgICBpZiAoaW5kZXggPT09IHF1aWV0RGF5KSByZXR1cm4gbG9jYWwgLSBxdWlldE9mZnNldDtcbiAgICAgIGNvbnN0IFtiZWZvcmUsIGNoYW5nZV0gPSBkYXkoaW5kZXgpO1xuICAgICAgaWYgKE51bWJlci5pc05hTihjaGFuZ2UpICYmIE51bWJlci5pc05hTihkYXkoaW5kZXggLSAxKVsxXSkgJiYgTnVtYmVyLmlzTmFOKGRheShpbmRleCArIDEpWzFdKSkge1xuICAgICAgICAvLyBubyBjaGFuZ2UgZnJvbSB0aGUgZGF5IGJlZm9yZSB0byB0aGUgZGF5IGFmdGVyOiBldmVyeSBsb2NhbCB0aW1lIG9mIHRoaXMgZGF5IHJlYWRzXG4gICAgICAgIC8vIHdpdGggb25lIG9mZnNldCAob2Zmc2V0cyBsaWUgd2l0aGluIFx1MDBCMTE0IGgsIHNvIGl0cyBpbnN0YW50IGxpZXMgd2l0aGluIHRob3NlIGRheXMpXG4gICAgICAgIHF1aWV0RGF5ID0gaW5kZXg7XG4gICAgICAgIHF1aWV0T2Zmc2V0ID0gYmVmb3JlICogTVNfUEVSX1NFQ09ORDtcbiAgICAgICAgcmV0dXJuIGxvY2FsIC0gcXVpZXRPZmZzZXQ7XG4gICAgICB9XG4gICAgICAvLyB0aGUgb2Zmc2V0cyBhIGRheSBiZWZvcmUgYW5kIGFmdGVyOiBhdCBtb3N0IG9uZSBjaGFuZ2UgbGllcyBiZXR3ZWVuIHRoZW1cbiAgICAgIGNvbnN0IGVhcmx5ID0gb2Zmc2V0U2Vjb25kcyhsb2NhbCAtIE1TX1BFUl9EQVkpICogTVNfUEVSX1NFQ09ORDtcbiAgICAgIGNvbnN0IGxhdGUgPSBvZmZzZXRTZWNvbmRzKGxvY2FsICsgTVNfUEVSX0RBWSkgKiBNU19QRVJfU0VDT05EO1xuICAgICAgY29uc3QgZmlyc3QgPSBsb2NhbCAtIGVhcmx5O1xuICAgICAgaWYgKG9mZnNldFNlY29uZHMoZmlyc3QpICogTVNfUEVSX1NFQ09ORCA9PT0gZWFybHkpIHJldHVybiBmaXJzdDsgLy8gYWxzbyB0aGUgZWFybGllciBvZiB0d29cbiAgICAgIGNvbnN0IHNlY29uZCA9IGxvY2FsIC0gbGF0ZTtcbiAgICAgIGlmIChvZmZzZXRTZWNvbmRzKHNlY29uZCkgKiBNU19QRVJfU0VDT05EID09PSBsYXRlKSByZXR1cm4gc2Vjb25kO1xuICAgICAgcmV0dXJuIGZpcnN0OyAvLyBpbiB0aGUgc2tpcHBlZCBob3VyOiB0aGUgb2Zmc2V0IGJlZm9yZSB0aGUgY2hhbmdlXG4gICAgfSxcbiAgfTtcbn1cbiIsICJjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZGlybmFtZSA9IFwiL3dvcmsvd3QvcmVhZGVyL3NyYy9sb2dzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay93dC9yZWFkZXIvc3JjL2xvZ3Mvem9uZWQtdGltZXN0YW1wcy50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay93dC9yZWFkZXIvc3JjL2xvZ3Mvem9uZWQtdGltZXN0YW1wcy50c1wiO2ltcG9ydCB7IHpvbmVDbG9jayB9IGZyb20gXCIuL3pvbmUtY2xvY2suanNcIjtcbmltcG9ydCB0eXBlIHsgVGltZXN0YW1wQnl0ZXNQYXJzZXIsIFRpbWVzdGFtcFBhcnNlciB9IGZyb20gXCIuL3RpbWVzdGFtcC1wYXJzZXIuanNcIjtcblxuY29uc3QgW1BMVVMsIEhZUEhFTiwgWiwgWl9MT1dFUl0gPSBbNDMsIDQ1LCA5MCwgMTIyXTtcblxuLyoqIFdoZXRoZXIgSVNPIHRleHQgb24gYHRbc3RhcnQuLmVuZClgIChpdHMgY2hhcmFjdGVyIGNvZGVzIG9yIGJ5dGVzKSBlbmRzIGluIGFuIG9mZnNldDogYFpgLCBvciBgK2AvYC1gIGFmdGVyIHRoZSBkYXRlLiAqL1xuZnVuY3Rpb24gaGFzT2Zmc2V0KGNvZGU6IChpOiBudW1iZXIpID0+IG51bWJlciwgc3RhcnQ6IG51bWJlciwgZW5kOiBudW1iZXIpOiBib29sZWFuIHtcbiAgY29uc3QgbGFzdCA9IGNvZGUoZW5kIC0gMSk7XG4gIGlmIChsYXN0ID09PSBaIHx8IGxhc3QgPT09IFpfTE9XRVIpIHJldHVybiB0cnVlO1xuICBmb3IgKGxldCBpID0gZW5kIC0gMTsgaSA+IHN0YXJ0ICsgMTA7IGktLSkge1xuICAgIGNvbnN0IGMgPSBjb2RlKGkpO1xuICAgIGlmIChjID09PSBQTFVTIHx8IGMgPT09IEhZUEhFTikgcmV0dXJuIHRydWU7XG4gIH1cbiAgcmV0dXJuIGZhbHNlO1xufVxuXG4vKipcbiAqIFRoZSB0aW1lc3RhbXAgcmVhZGVycyBvZiBgcmVhZEV2ZW50TG9nYCB3aXRoIHRpbWVzIHRoYXQgY2Fycnkgbm8gb2Zmc2V0IHJlYWQgaW4gYW4gSUFOQSB6b25lXG4gKiBpbnN0ZWFkIG9mIFVUQywgZXhhY3RseSBhY3Jvc3MgZGF5bGlnaHQtc2F2aW5nIGNoYW5nZXMgKGB6b25lQ2xvY2tgKS4gVGltZXMgd2l0aCBhbiBvZmZzZXRcbiAqIGtlZXAgaXQuIEEgcGF0dGVybiB3aXRoIGEgYFpgIGZpZWxkIGFsd2F5cyBoYXMgYW4gb2Zmc2V0OyBhIGZ1bmN0aW9uIGZvcm1hdCBpcyB1c2VkIGFzIGlzLlxuICpcbiAqIEBleGFtcGxlXG4gKiBjb25zdCB7IHBhcnNlVGltZSB9ID0gem9uZWRUaW1lc3RhbXBzKHRpbWVzdGFtcFBhcnNlcigpLCBpc29UaW1lc3RhbXBCeXRlcywgdW5kZWZpbmVkLCBcIkV1cm9wZS9IZWxzaW5raVwiKTtcbiAqIHBhcnNlVGltZShcIjIwMjQtMTItMDYgMDg6MDA6MDBcIik7IC8vIERhdGUucGFyc2UoXCIyMDI0LTEyLTA2VDA4OjAwOjAwKzAyOjAwXCIpXG4gKiBwYXJzZVRpbWUoXCIyMDI0LTEyLTA2IDA4OjAwOjAwWlwiKTsgLy8gRGF0ZS5wYXJzZShcIjIwMjQtMTItMDZUMDg6MDA6MDBaXCIpXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiB6b25lZFRpbWVzdGFtcHMoXG4gIHBhcnNlVGltZTogVGltZXN0YW1wUGFyc2VyLFxuICBwYXJzZVRpbWVBdDogVGltZXN0YW1wQnl0ZXNQYXJzZXIgfCBudWxsLFxuICBmb3JtYXQ6IHN0cmluZyB8IFRpbWVzdGFtcFBhcnNlciB8IHVuZGVmaW5lZCxcbiAgdGltZXpvbmU6IHN0cmluZyxcbik6IHsgcGFyc2VUaW1lOiBUaW1lc3RhbXBQYXJzZXI7IHBhcnNlVGltZUF0OiBUaW1lc3RhbXBCeXRlc1BhcnNlciB8IG51bGwgfSB7XG4gIGlmICh0eXBlb2YgZm9ybWF0ID09PSBcImZ1bmN0aW9uXCIgfHwgKHR5cGVvZiBmb3JtYXQgPT09IFwic3RyaW5nXCIgJiYgZm9ybWF0LmluY2x1ZGVzKFwiWlwiKSkpIHJldHVybiB7IHBhcnNlVGltZSwgcGFyc2VUaW1lQXQgfTtcbiAgY29uc3QgY2xvY2sgPSB6b25lQ2xvY2sodGltZXpvbmUpO1xuICBjb25zdCBwYXR0ZXJuID0gdHlwZW9mIGZvcm1hdCA9PT0gXCJzdHJpbmdcIiAmJiBmb3JtYXQgIT09IFwiXCI7XG4gIHJldHVybiB7XG4gICAgcGFyc2VUaW1lOiAodGV4dCkgPT4ge1xuICAgICAgY29uc3QgbXMgPSBwYXJzZVRpbWUodGV4dCk7XG4gICAgICBpZiAoTnVtYmVyLmlzTmFOKG1zKSkgcmV0dXJuIG1zO1xuICAgICAgY29uc3QgdCA9IHRleHQudHJpbSgpO1xuICAgICAgcmV0dXJuIHBhdHRlcm4gfHwgIWhhc09mZnNldCgoaSkgPT4gdC5jaGFyQ29kZUF0KGkpLCAwLCB0Lmxlbmd0aCkgPyBjbG9jay5pbnN0YW50T2YobXMpIDogbXM7XG4gICAgfSxcbiAgICBwYXJzZVRpbWVBdDpcbiAgICAgIHBhcnNlVGltZUF0ID09PSBudWxsXG4gICAgICAgID8gbnVsbFxuICAgICAgICA6IChieXRlcywgc3RhcnQsIGVuZCkgPT4ge1xuICAgICAgICAgICAgY29uc3QgbXMgPSBwYXJzZVRpbWVBdChieXRlcywgc3RhcnQsIGVuZCk7XG4gICAgICAgICAgICByZXR1cm4gTnVtYmVyLmlzTmFOKG1zKSB8fCBoYXNPZmZzZXQoKGkpID0+IGJ5dGVzW2ldISwgc3RhcnQsIGVuZCkgPyBtcyA6IGNsb2NrLmluc3RhbnRPZihtcyk7XG4gICAgICAgICAgfSxcbiAgfTtcbn1cbiIsICJjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZGlybmFtZSA9IFwiL3dvcmsvd3QvcmVhZGVyL3NyYy9sb2dzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay93dC9yZWFkZXIvc3JjL2xvZ3MvcmVhZC1ldmVudC1sb2cudHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfaW1wb3J0X21ldGFfdXJsID0gXCJmaWxlOi8vL3dvcmsvd3QvcmVhZGVyL3NyYy9sb2dzL3JlYWQtZXZlbnQtbG9nLnRzXCI7aW1wb3J0IHsgZGVjb2RlVGV4dCwgRU5DT0RJTkdTLCB0eXBlIExvZ0VuY29kaW5nIH0gZnJvbSBcIi4vZGVjb2RlLXRleHQuanNcIjtcbmltcG9ydCB7IEV2ZW50TG9nQnVpbGRlciB9IGZyb20gXCIuL2V2ZW50LWxvZy1idWlsZGVyLmpzXCI7XG5pbXBvcnQgeyBFdmVudExvZ0Vycm9yIH0gZnJvbSBcIi4vZXZlbnQtbG9nLWVycm9yLmpzXCI7XG5pbXBvcnQgdHlwZSB7IEV2ZW50TG9nIH0gZnJvbSBcIi4vZXZlbnQtbG9nLmpzXCI7XG5pbXBvcnQgeyBndW56aXBJZkNvbXByZXNzZWQgfSBmcm9tIFwiLi9ndW56aXAtaWYtY29tcHJlc3NlZC5qc1wiO1xuaW1wb3J0IHsgYnl0ZUNodW5rcywgdHlwZSBFdmVudExvZ1NvdXJjZSB9IGZyb20gXCIuL2xvZy1zb3VyY2UuanNcIjtcbmltcG9ydCB7IHJlYWRDc3ZFdmVudHMgfSBmcm9tIFwiLi9yZWFkLWNzdi1ldmVudHMuanNcIjtcbmltcG9ydCB7IHJlYWRYZXNFdmVudHMgfSBmcm9tIFwiLi9yZWFkLXhlcy1ldmVudHMuanNcIjtcbmltcG9ydCB7IHJlZnVzZUVuZ2luZUZpbGVzIH0gZnJvbSBcIi4vcmVmdXNlLWVuZ2luZS1maWxlcy5qc1wiO1xuaW1wb3J0IHR5cGUgeyBSZWFkZXJDb25maWcgfSBmcm9tIFwiLi9yZWFkZXItY29uZmlnLmpzXCI7XG5pbXBvcnQgeyBpc29UaW1lc3RhbXBCeXRlcywgdGltZXN0YW1wUGFyc2VyLCB0eXBlIFRpbWVzdGFtcFBhcnNlciB9IGZyb20gXCIuL3RpbWVzdGFtcC1wYXJzZXIuanNcIjtcbmltcG9ydCB7IHV0ZjhDaHVua3MgfSBmcm9tIFwiLi91dGY4LWNodW5rcy5qc1wiO1xuaW1wb3J0IHsgaXNUaW1lWm9uZSB9IGZyb20gXCIuL3pvbmUtY2xvY2suanNcIjtcbmltcG9ydCB7IHpvbmVkVGltZXN0YW1wcyB9IGZyb20gXCIuL3pvbmVkLXRpbWVzdGFtcHMuanNcIjtcblxuLyoqXG4gKiBXaGljaCBjb2x1bW5zIChDU1YpIG9yIGF0dHJpYnV0ZXMgKFhFUykgaG9sZCB3aGF0LiBGb3IgWEVTIGV2ZXJ5IGZpZWxkIGhhcyBhIGRlZmF1bHQ6IHRoZVxuICogY2FzZSBpcyB0aGUgdHJhY2UncyBgY29uY2VwdDpuYW1lYCwgdGhlIGFjdGl2aXR5IHRoZSBldmVudCdzIGBjb25jZXB0Om5hbWVgLCB0aGUgdGltZXN0YW1wXG4gKiBgdGltZTp0aW1lc3RhbXBgLiBBIENTViBsb2cgbmVlZHMgYGNhc2VgLCBgYWN0aXZpdHlgIGFuZCBgdGltZXN0YW1wYC5cbiAqXG4gKiBAZXhhbXBsZVxuICogY29uc3QgbWFwcGluZzogTG9nTWFwcGluZyA9IHtcbiAqICAgY2FzZTogXCJDYXNlIElEXCIsIGFjdGl2aXR5OiBcIkFjdGl2aXR5XCIsIHRpbWVzdGFtcDogXCJDb21wbGV0ZSBUaW1lc3RhbXBcIixcbiAqICAgZGVwYXJ0bWVudDogXCJvcmc6Z3JvdXBcIiwgbWlzc2luZzogW1wiP1wiXSxcbiAqIH07XG4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgTG9nTWFwcGluZyB7XG4gIGNhc2U/OiBzdHJpbmc7XG4gIC8qKiBPbmUgY29sdW1uLCBvciBzZXZlcmFsIGpvaW5lZCB3aXRoIGBhY3Rpdml0eVNlcGFyYXRvcmAgKGVtcHR5IHBhcnRzIGxlZnQgb3V0KS4gKi9cbiAgYWN0aXZpdHk/OiBzdHJpbmcgfCByZWFkb25seSBzdHJpbmdbXTtcbiAgdGltZXN0YW1wPzogc3RyaW5nO1xuICAvKipcbiAgICogQ1NWIG9ubHksIG9wdGlvbmFsOiB0aGUgY29sdW1uIG9mIHRoZSB0aW1lIHRoZSB3b3JrIG9uIHRoZSBldmVudCBzdGFydGVkIChzYW1lIGZvcm1hdHMgYXNcbiAgICogdGhlIHRpbWVzdGFtcDsgYW4gZW1wdHkgdmFsdWUgbWVhbnMgdGhlIGV2ZW50IGhhcyBubyBzdGFydCkuIFdpdGggc3RhcnQgdGltZXMgdGhlIG1pbmVkXG4gICAqIG1vZGVsJ3MgdG91Y2hwb2ludHMgZ2V0IHRoZWlyIHNlcnZpY2UgdGltZS4gWEVTIGxvZ3MgY2Fycnkgc3RhcnQgdGltZXMgYXMgZXZlbnRzIHdpdGhcbiAgICogYGxpZmVjeWNsZTp0cmFuc2l0aW9uYCBgc3RhcnRgLCBwYWlyZWQgd2l0aCB0aGUgbmV4dCBgY29tcGxldGVgIG9mIHRoZSBzYW1lIGFjdGl2aXR5LlxuICAgKi9cbiAgc3RhcnRUaW1lc3RhbXA/OiBzdHJpbmc7XG4gIC8qKiBPcHRpb25hbDogd2l0aG91dCBpdCBubyBldmVudCBoYXMgYSBkZXBhcnRtZW50IGFuZCBub3RoaW5nIHdhbmRlcnMuICovXG4gIGRlcGFydG1lbnQ/OiBzdHJpbmc7XG4gIC8qKiBEZXBhcnRtZW50IHZhbHVlcyBtZWFuaW5nIFwidW5rbm93blwiIChlLmcuIGBFTVBUWWAsIGA/YCk7IGFuIGVtcHR5IHZhbHVlIGFsd2F5cyBpcy4gKi9cbiAgbWlzc2luZz86IHJlYWRvbmx5IHN0cmluZ1tdO1xuICAvKipcbiAgICogT3B0aW9uYWw6IHRoZSBjb2x1bW4gKENTVikgb3IgYXR0cmlidXRlIChYRVM6IHRoZSBldmVudCdzLCBlbHNlIGl0cyB0cmFjZSdzKSBuYW1pbmcgdGhlXG4gICAqIGN1c3RvbWVyLiBXaXRoIGl0IGBhbmFseXNlTG9nYCBmb2xsb3dzIGN1c3RvbWVycyBhY3Jvc3MgdGhlaXIgY2FzZXMgKGBjdXN0b21lcnNgKS5cbiAgICovXG4gIGN1c3RvbWVyPzogc3RyaW5nO1xufVxuXG4vKipcbiAqIEhvdyB0aGUgbG9nIGlzIHJlYWQ7IGV2ZXJ5IGZpZWxkIGlzIG9wdGlvbmFsIChzZWUgYERFRkFVTFRTYCkuXG4gKlxuICogQGV4YW1wbGVcbiAqIGF3YWl0IHJlYWRFdmVudExvZyhzdHJlYW0sIG1hcHBpbmcsIHsgZGVsaW1pdGVyOiBcIjtcIiwgZW5jb2Rpbmc6IFwibGF0aW4xXCIsIHNraXBCYWRSb3dzOiB0cnVlIH0pO1xuICovXG5leHBvcnQgaW50ZXJmYWNlIFJlYWRFdmVudExvZ09wdGlvbnMge1xuICAvKiogYGNzdmAgb3IgYHhlc2A7IGJ5IGRlZmF1bHQgWEVTIHdoZW4gdGhlIHRleHQgc3RhcnRzIHdpdGggYDxgLCBDU1Ygb3RoZXJ3aXNlLiAqL1xuICBmb3JtYXQ/OiBcImNzdlwiIHwgXCJ4ZXNcIjtcbiAgLyoqIENTViBmaWVsZCBkZWxpbWl0ZXI7IGJ5IGRlZmF1bHQgdGhlIG9uZSBvZiBgLCA7IFxcdCB8YCBmb3VuZCBtb3N0IG9mdGVuIGluIHRoZSBoZWFkZXIgbGluZS4gKi9cbiAgZGVsaW1pdGVyPzogc3RyaW5nO1xuICBlbmNvZGluZz86IExvZ0VuY29kaW5nO1xuICAvKiogQSBwYXR0ZXJuIHN1Y2ggYXMgYERELk1NLllZWVkgSEg6bW1gIG9yIGEgZnVuY3Rpb24gKHNlZSBgdGltZXN0YW1wUGFyc2VyYCkuICovXG4gIHRpbWVzdGFtcEZvcm1hdD86IHN0cmluZyB8IFRpbWVzdGFtcFBhcnNlcjtcbiAgLyoqXG4gICAqIFRoZSBJQU5BIHRpbWUgem9uZSBvZiB0aW1lc3RhbXBzIHRoYXQgY2Fycnkgbm8gb2Zmc2V0LCByZWFkIGV4YWN0bHkgYWNyb3NzIGRheWxpZ2h0LXNhdmluZ1xuICAgKiBjaGFuZ2VzIChkZWZhdWx0OiBVVEMpOyBnaXZlIGEgY2FsZW5kYXIncyBgdGltZXpvbmVgIHRvIG1lYXN1cmUgd29ya2luZyB0aW1lLiBUaW1lc3RhbXBzXG4gICAqIHdpdGggYW4gb2Zmc2V0IGtlZXAgaXQ7IGEgZnVuY3Rpb24gYHRpbWVzdGFtcEZvcm1hdGAgaXMgdXNlZCBhcyBpcy5cbiAgICovXG4gIHRpbWV6b25lPzogc3RyaW5nO1xuICAvKiogSm9pbnMgc2V2ZXJhbCBhY3Rpdml0eSBjb2x1bW5zIG9yIGF0dHJpYnV0ZXMuICovXG4gIGFjdGl2aXR5U2VwYXJhdG9yPzogc3RyaW5nO1xuICAvKiogQ291bnQgYW5kIHNraXAgYmFkIHJvd3MgLyBldmVudHMgaW5zdGVhZCBvZiBmYWlsaW5nIG9uIHRoZSBmaXJzdC4gKi9cbiAgc2tpcEJhZFJvd3M/OiBib29sZWFuO1xuICAvKiogQ2FsbGVkIGFmdGVyIGVhY2ggY2h1bmsgb2YgdGhlIHNvdXJjZSB3aXRoIHRoZSBieXRlcyByZWFkIChiZWZvcmUgZGVjb21wcmVzc2lvbikgYW5kIHRoZSBldmVudHMga2VwdC4gKi9cbiAgb25Qcm9ncmVzcz86IChwcm9ncmVzczogeyBieXRlczogbnVtYmVyOyBldmVudHM6IG51bWJlciB9KSA9PiB2b2lkO1xufVxuXG5jb25zdCBERUZBVUxUUyA9IHtcbiAgZW5jb2Rpbmc6IFwidXRmLThcIiBhcyBMb2dFbmNvZGluZyxcbiAgYWN0aXZpdHlTZXBhcmF0b3I6IFwiK1wiLFxuICBza2lwQmFkUm93czogZmFsc2UsXG4gIHhlczogeyBjYXNlOiBcImNvbmNlcHQ6bmFtZVwiLCBhY3Rpdml0eTogW1wiY29uY2VwdDpuYW1lXCJdLCB0aW1lc3RhbXA6IFwidGltZTp0aW1lc3RhbXBcIiB9LFxufTtcblxuY29uc3QgVEVYVF9TTElDRSA9IDEgPDwgMjA7XG5cbmFzeW5jIGZ1bmN0aW9uKiBzbGljZWQodGV4dDogc3RyaW5nKTogQXN5bmNHZW5lcmF0b3I8c3RyaW5nPiB7XG4gIGZvciAobGV0IGkgPSAwOyBpIDwgdGV4dC5sZW5ndGg7IGkgKz0gVEVYVF9TTElDRSkgeWllbGQgdGV4dC5zbGljZShpLCBpICsgVEVYVF9TTElDRSk7XG59XG5cbmFzeW5jIGZ1bmN0aW9uKiBjb3VudGVkKGNodW5rczogQXN5bmNJdGVyYWJsZTxVaW50OEFycmF5Piwgb25DaHVuazogKGJ5dGVzOiBudW1iZXIpID0+IHZvaWQpOiBBc3luY0dlbmVyYXRvcjxVaW50OEFycmF5PiB7XG4gIGxldCBieXRlcyA9IDA7XG4gIGZvciBhd2FpdCAoY29uc3QgY2h1bmsgb2YgY2h1bmtzKSB7XG4gICAgeWllbGQgY2h1bms7XG4gICAgb25DaHVuaygoYnl0ZXMgKz0gY2h1bmsubGVuZ3RoKSk7XG4gIH1cbn1cblxuLyoqIFdoZXRoZXIgYSBsb2cncyB0ZXh0IHN0YXJ0cyBsaWtlIFhNTCAoYWZ0ZXIgYSBieXRlLW9yZGVyIG1hcmsgYW5kIGJsYW5rcyk6IHRoZW4gaXQgaXMgcmVhZCBhcyBYRVMuICovXG5mdW5jdGlvbiBsb29rc0xpa2VYbWwodGV4dDogc3RyaW5nKTogYm9vbGVhbiB8IG51bGwge1xuICBjb25zdCBzdGFydCA9IHRleHQucmVwbGFjZSgvXlxcdUZFRkYvLCBcIlwiKS50cmltU3RhcnQoKTtcbiAgcmV0dXJuIHN0YXJ0ID09PSBcIlwiID8gbnVsbCA6IHN0YXJ0LnN0YXJ0c1dpdGgoXCI8XCIpO1xufVxuXG4vKiogTG9va3MgYXQgdGhlIGZpcnN0IGJ5dGVzIHRvIHRlbGwgWEVTIGZyb20gQ1NWOyBoYW5kcyBvbiBldmVyeSBjaHVuay4gKi9cbmFzeW5jIGZ1bmN0aW9uIHBlZWtGb3JtYXQoY2h1bmtzOiBBc3luY0l0ZXJhYmxlPFVpbnQ4QXJyYXk+LCBlbmNvZGluZzogTG9nRW5jb2RpbmcpOiBQcm9taXNlPHsgZm9ybWF0OiBcImNzdlwiIHwgXCJ4ZXNcIjsgY2h1bmtzOiBBc3luY0l0ZXJhYmxlPFVpbnQ4QXJyYXk+IH0+IHtcbiAgY29uc3QgaXRlcmF0b3IgPSBjaHVua3NbU3ltYm9sLmFzeW5jSXRlcmF0b3JdKCk7XG4gIGNvbnN0IHNlZW46IFVpbnQ4QXJyYXlbXSA9IFtdO1xuICBjb25zdCBkZWNvZGVyID0gbmV3IFRleHREZWNvZGVyKGVuY29kaW5nKTtcbiAgbGV0IGhlYWQgPSBcIlwiO1xuICBsZXQgeG1sOiBib29sZWFuIHwgbnVsbCA9IG51bGw7XG4gIHdoaWxlICh4bWwgPT09IG51bGwpIHtcbiAgICBjb25zdCBuZXh0ID0gYXdhaXQgaXRlcmF0b3IubmV4dCgpO1xuICAgIGlmIChuZXh0LmRvbmUpIGJyZWFrO1xuICAgIHNlZW4ucHVzaChuZXh0LnZhbHVlKTtcbiAgICAvLyB0aGUgZmlyc3QgYnl0ZXMgdGVsbCwgdW5sZXNzIHRoZXkgYXJlIGFsbCBibGFua3M6IGEgbGFyZ2UgZmlyc3QgY2h1bmsgaXMgbm90IGRlY29kZWQgd2hvbGVcbiAgICB4bWwgPSBoZWFkID09PSBcIlwiID8gbG9va3NMaWtlWG1sKG5ldyBUZXh0RGVjb2RlcihlbmNvZGluZykuZGVjb2RlKG5leHQudmFsdWUuc3ViYXJyYXkoMCwgMjU2KSkpIDogbnVsbDtcbiAgICBpZiAoeG1sID09PSBudWxsKSB4bWwgPSBsb29rc0xpa2VYbWwoKGhlYWQgKz0gZGVjb2Rlci5kZWNvZGUobmV4dC52YWx1ZSwgeyBzdHJlYW06IHRydWUgfSkpKTtcbiAgfVxuICBhc3luYyBmdW5jdGlvbiogYWxsKCkge1xuICAgIHlpZWxkKiBzZWVuO1xuICAgIGZvciAobGV0IG5leHQgPSBhd2FpdCBpdGVyYXRvci5uZXh0KCk7ICFuZXh0LmRvbmU7IG5leHQgPSBhd2FpdCBpdGVyYXRvci5uZXh0KCkpIHlpZWxkIG5leHQudmFsdWU7XG4gIH1cbiAgcmV0dXJuIHsgZm9ybWF0OiB4bWwgPyBcInhlc1wiIDogXCJjc3ZcIiwgY2h1bmtzOiBhbGwoKSB9O1xufVxuXG5mdW5jdGlvbiB2YWxpZGF0ZShvcHRpb25zOiBSZWFkRXZlbnRMb2dPcHRpb25zKTogdm9pZCB7XG4gIGNvbnN0IGJhZCA9IChtZXNzYWdlOiBzdHJpbmcpID0+IG5ldyBFdmVudExvZ0Vycm9yKFwiYmFkX29wdGlvblwiLCBtZXNzYWdlKTtcbiAgaWYgKG9wdGlvbnMuZW5jb2RpbmcgIT09IHVuZGVmaW5lZCAmJiAhRU5DT0RJTkdTLmluY2x1ZGVzKG9wdGlvbnMuZW5jb2RpbmcpKSB7XG4gICAgdGhyb3cgYmFkKGB1bmtub3duIGVuY29kaW5nICR7SlNPTi5zdHJpbmdpZnkob3B0aW9ucy5lbmNvZGluZyl9OiB1c2Ugb25lIG9mICR7RU5DT0RJTkdTLmpvaW4oXCIsIFwiKX1gKTtcbiAgfVxuICBpZiAob3B0aW9ucy5kZWxpbWl0ZXIgIT09IHVuZGVmaW5lZCAmJiAob3B0aW9ucy5kZWxpbWl0ZXIgPT09IFwiXCIgfHwgL1tcIlxcclxcbl0vLnRlc3Qob3B0aW9ucy5kZWxpbWl0ZXIpKSkge1xuICAgIHRocm93IGJhZChgaW52YWxpZCBkZWxpbWl0ZXIgJHtKU09OLnN0cmluZ2lmeShvcHRpb25zLmRlbGltaXRlcil9OiB1c2UgYSBjaGFyYWN0ZXIgc3VjaCBhcyBcIixcIiBcIjtcIiBvciBcIlxcXFx0XCJgKTtcbiAgfVxuICBpZiAob3B0aW9ucy5mb3JtYXQgIT09IHVuZGVmaW5lZCAmJiBvcHRpb25zLmZvcm1hdCAhPT0gXCJjc3ZcIiAmJiBvcHRpb25zLmZvcm1hdCAhPT0gXCJ4ZXNcIikge1xuICAgIHRocm93IGJhZChgdW5rbm93biBmb3JtYXQgJHtKU09OLnN0cmluZ2lmeShvcHRpb25zLmZvcm1hdCl9OiB1c2UgXCJjc3ZcIiBvciBcInhlc1wiYCk7XG4gIH1cbn1cblxuLyoqXG4gKiBSZWFkcyBhbiBldmVudCBsb2cgKENTViBvciBYRVMsIHBsYWluIG9yIGd6aXAtY29tcHJlc3NlZCkgYXMgYSBzdHJlYW0gaW50byBhIGNvbHVtbmFyXG4gKiBgRXZlbnRMb2dgOiBtZW1vcnkgZ3Jvd3Mgd2l0aCB0aGUgZXZlbnRzIGtlcHQsIG5vdCB3aXRoIHRoZSBmaWxlLiBFdmVudHMgb2YgYSBjYXNlIGFyZSBvcmRlcmVkXG4gKiBieSB0aW1lLCB0aWVzIGluIGZpbGUgb3JkZXIuIEEgYmFkIHJvdyB0aHJvd3MgYW4gYEV2ZW50TG9nRXJyb3JgIG5hbWluZyBpdHMgbGluZSAoQ1NWKSBvclxuICogdHJhY2UgYW5kIGV2ZW50IChYRVMpIGFuZCB0aGUgZml4LCB1bmxlc3MgYHNraXBCYWRSb3dzYCBjb3VudHMgYW5kIHNraXBzIGl0LlxuICpcbiAqIEBleGFtcGxlXG4gKiBjb25zdCBsb2cgPSBhd2FpdCByZWFkRXZlbnRMb2coZnMuY3JlYXRlUmVhZFN0cmVhbShcInNlcHNpcy5jc3ZcIiksIHtcbiAqICAgY2FzZTogXCJDYXNlIElEXCIsIGFjdGl2aXR5OiBcIkFjdGl2aXR5XCIsIHRpbWVzdGFtcDogXCJDb21wbGV0ZSBUaW1lc3RhbXBcIixcbiAqICAgZGVwYXJ0bWVudDogXCJvcmc6Z3JvdXBcIiwgbWlzc2luZzogW1wiP1wiXSxcbiAqIH0pO1xuICogbG9nLmNhc2VzLmxlbmd0aDsgLy8gMTA1MFxuICogbG9nLmV2ZW50czsgLy8gMTUyMTRcbiAqXG4gKiBAZXhhbXBsZVxuICogY29uc3QgeGVzID0gYXdhaXQgcmVhZEV2ZW50TG9nKChhd2FpdCBmZXRjaChcInJlY2VpcHQueGVzLmd6XCIpKS5ib2R5ISwgeyBkZXBhcnRtZW50OiBcIm9yZzpncm91cFwiLCBtaXNzaW5nOiBbXCJFTVBUWVwiXSB9KTtcbiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIHJlYWRFdmVudExvZyhzb3VyY2U6IEV2ZW50TG9nU291cmNlLCBtYXBwaW5nOiBMb2dNYXBwaW5nID0ge30sIG9wdGlvbnM6IFJlYWRFdmVudExvZ09wdGlvbnMgPSB7fSk6IFByb21pc2U8RXZlbnRMb2c+IHtcbiAgdmFsaWRhdGUob3B0aW9ucyk7XG4gIGNvbnN0IGJ1aWxkZXIgPSBuZXcgRXZlbnRMb2dCdWlsZGVyKCk7XG4gIGNvbnN0IHByb2dyZXNzID0gb3B0aW9ucy5vblByb2dyZXNzO1xuICBjb25zdCBlbmNvZGluZyA9IG9wdGlvbnMuZW5jb2RpbmcgPz8gREVGQVVMVFMuZW5jb2Rpbmc7XG4gIGNvbnN0IHBlZWtlZCA9XG4gICAgdHlwZW9mIHNvdXJjZSA9PT0gXCJzdHJpbmdcIlxuICAgICAgPyB7IGZvcm1hdDogbG9va3NMaWtlWG1sKHNvdXJjZSkgPyAoXCJ4ZXNcIiBhcyBjb25zdCkgOiAoXCJjc3ZcIiBhcyBjb25zdCksIGNodW5rczogbnVsbCB9XG4gICAgICA6IGF3YWl0IHBlZWtGb3JtYXQocmVmdXNlRW5naW5lRmlsZXMoZ3VuemlwSWZDb21wcmVzc2VkKGNvdW50ZWQoYnl0ZUNodW5rcyhzb3VyY2UpLCAoYnl0ZXMpID0+IHByb2dyZXNzPy4oeyBieXRlcywgZXZlbnRzOiBidWlsZGVyLmV2ZW50cyB9KSkpKSwgZW5jb2RpbmcpO1xuICBjb25zdCBmb3JtYXQgPSBvcHRpb25zLmZvcm1hdCA/PyBwZWVrZWQuZm9ybWF0O1xuICBjb25zdCBkZWZhdWx0cyA9IGZvcm1hdCA9PT0gXCJ4ZXNcIiA/IERFRkFVTFRTLnhlcyA6IHsgY2FzZTogXCJcIiwgYWN0aXZpdHk6IFtdLCB0aW1lc3RhbXA6IFwiXCIgfTtcbiAgY29uc3QgYWN0aXZpdHkgPSBtYXBwaW5nLmFjdGl2aXR5ID8/IGRlZmF1bHRzLmFjdGl2aXR5O1xuICBsZXQgcGFyc2VUaW1lOiBUaW1lc3RhbXBQYXJzZXI7XG4gIHRyeSB7XG4gICAgcGFyc2VUaW1lID0gdGltZXN0YW1wUGFyc2VyKG9wdGlvbnMudGltZXN0YW1wRm9ybWF0KTtcbiAgfSBjYXRjaCAoZSkge1xuICAgIHRocm93IG5ldyBFdmVudExvZ0Vycm9yKFwiYmFkX29wdGlvblwiLCBgJHsoZSBhcyBFcnJvcikubWVzc2FnZX06IHVzZSBZWVlZLCBNTSwgREQsIEhILCBtbSwgc3MsIFNTUyBhbmQgWmApO1xuICB9XG4gIGlmIChvcHRpb25zLnRpbWV6b25lICE9PSB1bmRlZmluZWQgJiYgIWlzVGltZVpvbmUob3B0aW9ucy50aW1lem9uZSkpIHtcbiAgICB0aHJvdyBuZXcgRXZlbnRMb2dFcnJvcihcImJhZF9vcHRpb25cIiwgYHVua25vd24gdGltZSB6b25lICR7SlNPTi5zdHJpbmdpZnkob3B0aW9ucy50aW1lem9uZSl9OiB1c2UgYW4gSUFOQSBuYW1lIHN1Y2ggYXMgXCJFdXJvcGUvSGVsc2lua2lcImApO1xuICB9XG4gIGNvbnN0IHBhcnNlVGltZUF0ID0gb3B0aW9ucy50aW1lc3RhbXBGb3JtYXQgPT09IHVuZGVmaW5lZCB8fCBvcHRpb25zLnRpbWVzdGFtcEZvcm1hdCA9PT0gXCJcIiA/IGlzb1RpbWVzdGFtcEJ5dGVzIDogbnVsbDtcbiAgY29uc3Qgem9uZWQgPSBvcHRpb25zLnRpbWV6b25lID09PSB1bmRlZmluZWQgPyB7IHBhcnNlVGltZSwgcGFyc2VUaW1lQXQgfSA6IHpvbmVkVGltZXN0YW1wcyhwYXJzZVRpbWUsIHBhcnNlVGltZUF0LCBvcHRpb25zLnRpbWVzdGFtcEZvcm1hdCwgb3B0aW9ucy50aW1lem9uZSk7XG4gIGNvbnN0IGNvbmZpZzogUmVhZGVyQ29uZmlnID0ge1xuICAgIGNhc2VLZXk6IG1hcHBpbmcuY2FzZSA/PyBkZWZhdWx0cy5jYXNlLFxuICAgIGFjdGl2aXR5S2V5czogdHlwZW9mIGFjdGl2aXR5ID09PSBcInN0cmluZ1wiID8gW2FjdGl2aXR5XSA6IFsuLi5hY3Rpdml0eV0sXG4gICAgdGltZXN0YW1wS2V5OiBtYXBwaW5nLnRpbWVzdGFtcCA/PyBkZWZhdWx0cy50aW1lc3RhbXAsXG4gICAgc3RhcnRUaW1lc3RhbXBLZXk6IG1hcHBpbmcuc3RhcnRUaW1lc3RhbXAgPz8gbnVsbCxcbiAgICBkZXBhcnRtZW50S2V5OiBtYXBwaW5nLmRlcGFydG1lbnQgPz8gbnVsbCxcbiAgICBjdXN0b21lcktleTogbWFwcGluZy5jdXN0b21lciA/PyBudWxsLFxuICAgIG1pc3Npbmc6IG5ldyBTZXQobWFwcGluZy5taXNzaW5nID8/IFtdKSxcbiAgICBhY3Rpdml0eVNlcGFyYXRvcjogb3B0aW9ucy5hY3Rpdml0eVNlcGFyYXRvciA/PyBERUZBVUxUUy5hY3Rpdml0eVNlcGFyYXRvcixcbiAgICAuLi56b25lZCxcbiAgICB0aW1lc3RhbXBIaW50OlxuICAgICAgdHlwZW9mIG9wdGlvbnMudGltZXN0YW1wRm9ybWF0ID09PSBcInN0cmluZ1wiID8gYHRoZSBmb3JtYXQgJHtKU09OLnN0cmluZ2lmeShvcHRpb25zLnRpbWVzdGFtcEZvcm1hdCl9YCA6IFwiSVNPIDg2MDEgKDIwMTQtMTAtMjJUMTE6MTU6NDErMDI6MDApIG9yIFlZWVkvTU0vREQgaGg6bW06c3NcIixcbiAgICB0aW1lc3RhbXBGaXhlczogdHlwZW9mIG9wdGlvbnMudGltZXN0YW1wRm9ybWF0ID09PSBcInN0cmluZ1wiID8gW10gOiBbXCJ0aW1lc3RhbXBfZm9ybWF0XCJdLFxuICAgIHNraXBCYWRSb3dzOiBvcHRpb25zLnNraXBCYWRSb3dzID8/IERFRkFVTFRTLnNraXBCYWRSb3dzLFxuICAgIGJ1aWxkZXIsXG4gIH07XG4gIGlmIChmb3JtYXQgPT09IFwiY3N2XCIpIHtcbiAgICAvLyBUaGUgQ1NWIHJlYWRlciByZWFkcyBVVEYtOCBieXRlczogYSBzdHJpbmcgaXMgZW5jb2RlZCwgYW5vdGhlciBlbmNvZGluZyBkZWNvZGVkIGFuZCBlbmNvZGVkLlxuICAgIGNvbnN0IHV0ZjggPSBlbmNvZGluZyA9PT0gXCJ1dGYtOFwiIHx8IGVuY29kaW5nID09PSBcInV0ZjhcIjtcbiAgICBjb25zdCBieXRlcyA9IHBlZWtlZC5jaHVua3MgPT09IG51bGwgPyB1dGY4Q2h1bmtzKHNvdXJjZSBhcyBzdHJpbmcpIDogdXRmOCA/IHBlZWtlZC5jaHVua3MgOiB1dGY4Q2h1bmtzKGRlY29kZVRleHQocGVla2VkLmNodW5rcywgZW5jb2RpbmcpKTtcbiAgICBhd2FpdCByZWFkQ3N2RXZlbnRzKGJ5dGVzLCBjb25maWcsIG9wdGlvbnMuZGVsaW1pdGVyKTtcbiAgfSBlbHNlIHtcbiAgICB0cnkge1xuICAgICAgYXdhaXQgcmVhZFhlc0V2ZW50cyhwZWVrZWQuY2h1bmtzID09PSBudWxsID8gc2xpY2VkKHNvdXJjZSBhcyBzdHJpbmcpIDogZGVjb2RlVGV4dChwZWVrZWQuY2h1bmtzLCBlbmNvZGluZyksIGNvbmZpZyk7XG4gICAgfSBjYXRjaCAoZSkge1xuICAgICAgLy8gQSBDU1Ygd2hvc2UgZmlyc3QgY29sdW1uIG5hbWUgc3RhcnRzIHdpdGggXCI8XCIgaXMgcmVhZCBhcyBYRVM6IHNheSBob3cgdG8gcmVhZCBpdCBhcyBDU1YuXG4gICAgICBpZiAoZSBpbnN0YW5jZW9mIEV2ZW50TG9nRXJyb3IgJiYgb3B0aW9ucy5mb3JtYXQgPT09IHVuZGVmaW5lZCAmJiAoZS5jb2RlID09PSBcInhtbF9lcnJvclwiIHx8IGUuY29kZSA9PT0gXCJub3RfeGVzXCIpKSB7XG4gICAgICAgIHRocm93IG5ldyBFdmVudExvZ0Vycm9yKGUuY29kZSwgZS5wcm9ibGVtLCBlLnBsYWNlLCBbLi4uZS5maXhlcywgXCJmb3JtYXRfY3N2XCJdKTtcbiAgICAgIH1cbiAgICAgIHRocm93IGU7XG4gICAgfVxuICB9XG4gIGlmIChidWlsZGVyLmV2ZW50cyA9PT0gMCkge1xuICAgIGNvbnN0IHNraXBwZWQgPSBidWlsZGVyLnNraXBwZWQgPyBgOiBhbGwgJHtidWlsZGVyLnNraXBwZWR9IHdlcmUgc2tpcHBlZCBhcyBiYWQgKGZpcnN0OiAke2J1aWxkZXIuc2tpcHBlZFByb2JsZW1zWzBdfSlgIDogXCJcIjtcbiAgICB0aHJvdyBuZXcgRXZlbnRMb2dFcnJvcihcImVtcHR5X2xvZ1wiLCBgdGhlIGxvZyBoYXMgbm8gZXZlbnRzJHtza2lwcGVkfWApO1xuICB9XG4gIHJldHVybiBidWlsZGVyLmJ1aWxkKGZvcm1hdCwgY29uZmlnLmN1c3RvbWVyS2V5ICE9PSBudWxsKTtcbn1cbiIsICJjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZGlybmFtZSA9IFwiL3dvcmsvd3QvcmVhZGVyL3NyYy9taW5pbmdcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZmlsZW5hbWUgPSBcIi93b3JrL3d0L3JlYWRlci9zcmMvbWluaW5nL2NsYXNzaWZpY2F0aW9uLnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL3d0L3JlYWRlci9zcmMvbWluaW5nL2NsYXNzaWZpY2F0aW9uLnRzXCI7aW1wb3J0IHsgeiB9IGZyb20gXCJ6b2RcIjtcbmltcG9ydCB7IGZvcm1hdFBhdGggfSBmcm9tIFwiLi4vbW9kZWwvZm9ybWF0LXBhdGguanNcIjtcbmltcG9ydCB7IGlzc3VlTWVzc2FnZSB9IGZyb20gXCIuLi9tb2RlbC9pc3N1ZS1tZXNzYWdlLmpzXCI7XG5pbXBvcnQgdHlwZSB7IFByb2JsZW0gfSBmcm9tIFwiLi4vbW9kZWwvcHJvYmxlbS5qc1wiO1xuaW1wb3J0IHsgTU9ERUxfQk9VTkRTLCBPVVRDT01FUywgU1RBTkRBUkRfV0FTVEVTLCBTVEVQX1RZUEVTIH0gZnJvbSBcIi4uL21vZGVsL3NjaGVtYS5qc1wiO1xuaW1wb3J0IHR5cGUgeyBJc3N1ZSB9IGZyb20gXCIuLi9tb2RlbC90eXBlcy5qc1wiO1xuXG5jb25zdCBDbGFzc2lmaWVkQWN0aXZpdHlTY2hlbWEgPSB6LnN0cmljdE9iamVjdCh7XG4gIGFjdGl2aXR5OiB6LnN0cmluZygpLm1pbigxKS5kZXNjcmliZShcIlRoZSBhY3Rpdml0eSBuYW1lIGFzIHRoZSBsb2cgc3BlbGxzIGl0IChqb2luZWQsIHdoZW4gc2V2ZXJhbCBjb2x1bW5zIG1ha2UgdGhlIGFjdGl2aXR5KS5cIiksXG4gIHR5cGU6IHouZW51bShTVEVQX1RZUEVTKS5kZXNjcmliZShcInZhbHVlLCBuZWNlc3Nhcnkgb3Igd2FzdGUuXCIpLFxuICB3YXN0ZTogei5zdHJpbmcoKS5taW4oMSkub3B0aW9uYWwoKS5kZXNjcmliZShgV2FzdGUgY2F0ZWdvcnkgb2YgYSB3YXN0ZSBhY3Rpdml0eTogJHtTVEFOREFSRF9XQVNURVMuam9pbihcIiwgXCIpfSwgb3IgYSBjdXN0b20gb25lLmApLFxuICAvLyBib3VuZGVkIGFzIGEgbW9kZWwncyBtaW51dGVzIGFuZCBjb3N0IGFyZTogdGhlIG1pbmVkIG1vZGVsJ3Mgc3RlcHMgdGFrZSB0aGVtXG4gIG1pbnV0ZXM6IHoubnVtYmVyKCkuZmluaXRlKCkubm9ubmVnYXRpdmUoKS5tYXgoTU9ERUxfQk9VTkRTLm1pbnV0ZXMpLm9wdGlvbmFsKCkuZGVzY3JpYmUoXCJUaGUgY3VzdG9tZXIncyBtaW51dGVzIGluIHRoaXMgYWN0aXZpdHkgKDAgd2hlbiBhYnNlbnQpLlwiKSxcbiAgY29zdDogei5udW1iZXIoKS5maW5pdGUoKS5ub25uZWdhdGl2ZSgpLm1heChNT0RFTF9CT1VORFMuY29zdCkub3B0aW9uYWwoKS5kZXNjcmliZShcIlRoZSBvcmdhbmlzYXRpb24ncyBjb3N0IG9mIHRoaXMgYWN0aXZpdHkuXCIpLFxuICBmYWlsdXJlOiB6LmJvb2xlYW4oKS5vcHRpb25hbCgpLmRlc2NyaWJlKFwiQSB2aXNpdCB0byB0aGlzIGFjdGl2aXR5IGlzIGZhaWx1cmUgZGVtYW5kLlwiKSxcbiAgb3V0Y29tZTogei5lbnVtKE9VVENPTUVTKS5vcHRpb25hbCgpLmRlc2NyaWJlKFwiQSBjYXNlIHRoYXQgZW5kcyB3aXRoIHRoaXMgYWN0aXZpdHkgZW5kcyBzbyAocmVzb2x2ZWQgd2hlbiBhYnNlbnQpLlwiKSxcbn0pO1xuXG4vKipcbiAqIFRoZSB6b2Qgc2NoZW1hIG9mIGEgY2xhc3NpZmljYXRpb24gZmlsZSAoYGh1a2thIG1pbmUgLS1jbGFzc2lmeSBGSUxFYCk7IGBwYXJzZUNsYXNzaWZpY2F0aW9uYFxuICogd29yZHMgaXRzIHByb2JsZW1zLlxuICpcbiAqIEBleGFtcGxlXG4gKiBDbGFzc2lmaWNhdGlvblNjaGVtYS5zYWZlUGFyc2UoeyBhY3Rpdml0aWVzOiBbeyBhY3Rpdml0eTogXCJSZXR1cm4gRVJcIiwgdHlwZTogXCJ3YXN0ZVwiLCB3YXN0ZTogXCJlcnJvcnNcIiB9XSB9KS5zdWNjZXNzOyAvLyB0cnVlXG4gKi9cbmV4cG9ydCBjb25zdCBDbGFzc2lmaWNhdGlvblNjaGVtYSA9IHpcbiAgLnN0cmljdE9iamVjdCh7XG4gICAgJHNjaGVtYTogei5zdHJpbmcoKS5vcHRpb25hbCgpLFxuICAgIGFjdGl2aXRpZXM6IHouYXJyYXkoQ2xhc3NpZmllZEFjdGl2aXR5U2NoZW1hKSxcbiAgfSlcbiAgLnN1cGVyUmVmaW5lKCh2YWx1ZSwgY3R4KSA9PiB7XG4gICAgY29uc3Qgc2VlbiA9IG5ldyBNYXA8c3RyaW5nLCBudW1iZXI+KCk7XG4gICAgdmFsdWUuYWN0aXZpdGllcy5mb3JFYWNoKChhLCBpKSA9PiB7XG4gICAgICBjb25zdCBmaXJzdCA9IHNlZW4uZ2V0KGEuYWN0aXZpdHkpO1xuICAgICAgaWYgKGZpcnN0ICE9PSB1bmRlZmluZWQpIHtcbiAgICAgICAgY3R4LmFkZElzc3VlKHsgY29kZTogXCJjdXN0b21cIiwgcGF0aDogW1wiYWN0aXZpdGllc1wiLCBpLCBcImFjdGl2aXR5XCJdLCBtZXNzYWdlOiBgZHVwbGljYXRlIGFjdGl2aXR5ICR7SlNPTi5zdHJpbmdpZnkoYS5hY3Rpdml0eSl9IChhbHNvIGFjdGl2aXRpZXNbJHtmaXJzdH1dKTogY2xhc3NpZnkgZWFjaCBhY3Rpdml0eSBvbmNlYCwgcGFyYW1zOiB7IGNvZGU6IFwiZHVwbGljYXRlX2lkXCIgfSB9KTtcbiAgICAgIH0gZWxzZSBzZWVuLnNldChhLmFjdGl2aXR5LCBpKTtcbiAgICAgIGlmIChhLnR5cGUgPT09IFwid2FzdGVcIiAmJiBhLndhc3RlID09PSB1bmRlZmluZWQpIHtcbiAgICAgICAgY3R4LmFkZElzc3VlKHsgY29kZTogXCJjdXN0b21cIiwgcGF0aDogW1wiYWN0aXZpdGllc1wiLCBpLCBcIndhc3RlXCJdLCBtZXNzYWdlOiBgYSB3YXN0ZSBhY3Rpdml0eSBuZWVkcyBhIHdhc3RlIGNhdGVnb3J5ICgke1NUQU5EQVJEX1dBU1RFUy5qb2luKFwiLCBcIil9LCBvciBhIGN1c3RvbSBvbmUpYCwgcGFyYW1zOiB7IGNvZGU6IFwibWlzc2luZ193YXN0ZV9jYXRlZ29yeVwiIH0gfSk7XG4gICAgICB9XG4gICAgICBpZiAoYS50eXBlICE9PSBcIndhc3RlXCIgJiYgYS53YXN0ZSAhPT0gdW5kZWZpbmVkKSB7XG4gICAgICAgIGN0eC5hZGRJc3N1ZSh7IGNvZGU6IFwiY3VzdG9tXCIsIHBhdGg6IFtcImFjdGl2aXRpZXNcIiwgaSwgXCJ3YXN0ZVwiXSwgbWVzc2FnZTogYGEgd2FzdGUgY2F0ZWdvcnkgb24gYSAke2EudHlwZX0gYWN0aXZpdHk6IHNldCB0eXBlIFwid2FzdGVcIiBvciBkcm9wIHRoZSBjYXRlZ29yeWAsIHBhcmFtczogeyBjb2RlOiBcIndhc3RlX2NhdGVnb3J5X29uX25vbl93YXN0ZVwiIH0gfSk7XG4gICAgICB9XG4gICAgfSk7XG4gIH0pO1xuXG4vKipcbiAqIEhvdyB0aGUgYWN0aXZpdGllcyBvZiBhIGxvZyBjb3VudCBmb3IgdGhlIGN1c3RvbWVyOiBzdGVwIHR5cGUsIHdhc3RlIGNhdGVnb3J5LCBtaW51dGVzLFxuICogZmFpbHVyZSBkZW1hbmQsIGFuZCB3aGV0aGVyIGEgY2FzZSBlbmRpbmcgd2l0aCB0aGUgYWN0aXZpdHkgaXMgYWJhbmRvbmVkLlxuICpcbiAqIEBleGFtcGxlXG4gKiBjb25zdCBjbGFzc2lmaWNhdGlvbjogQ2xhc3NpZmljYXRpb24gPSBwYXJzZUNsYXNzaWZpY2F0aW9uKHtcbiAqICAgYWN0aXZpdGllczogW3sgYWN0aXZpdHk6IFwiUmV0dXJuIEVSXCIsIHR5cGU6IFwid2FzdGVcIiwgd2FzdGU6IFwiZXJyb3JzXCIsIGZhaWx1cmU6IHRydWUgfV0sXG4gKiB9KTtcbiAqL1xuZXhwb3J0IHR5cGUgQ2xhc3NpZmljYXRpb24gPSB6LmluZmVyPHR5cGVvZiBDbGFzc2lmaWNhdGlvblNjaGVtYT47XG4vKipcbiAqIEhvdyBvbmUgYWN0aXZpdHkgb2YgYSBsb2cgY291bnRzIGZvciB0aGUgY3VzdG9tZXIuXG4gKlxuICogQGV4YW1wbGVcbiAqIGNvbnN0IGFjdGl2aXR5OiBDbGFzc2lmaWVkQWN0aXZpdHkgPSB7IGFjdGl2aXR5OiBcIlQwMyBBZGp1c3QgY29uZmlybWF0aW9uIG9mIHJlY2VpcHRcIiwgdHlwZTogXCJ3YXN0ZVwiLCB3YXN0ZTogXCJlcnJvcnNcIiB9O1xuICovXG5leHBvcnQgdHlwZSBDbGFzc2lmaWVkQWN0aXZpdHkgPSBDbGFzc2lmaWNhdGlvbltcImFjdGl2aXRpZXNcIl1bbnVtYmVyXTtcblxuLyoqXG4gKiBUaHJvd24gYnkgYHBhcnNlQ2xhc3NpZmljYXRpb25gOyBgLmlzc3Vlc2AgbGlzdHMgZXZlcnkgcHJvYmxlbS5cbiAqXG4gKiBAZXhhbXBsZVxuICogdHJ5IHsgcGFyc2VDbGFzc2lmaWNhdGlvbih7IGFjdGl2aXRpZXM6IFt7IGFjdGl2aXR5OiBcInhcIiwgdHlwZTogXCJ3YXN0ZVwiIH1dIH0pOyB9XG4gKiBjYXRjaCAoZSkgeyAoZSBhcyBJbnZhbGlkQ2xhc3NpZmljYXRpb25FcnJvcikuaXNzdWVzWzBdLmNvZGU7IH0gLy8gXCJtaXNzaW5nX3dhc3RlX2NhdGVnb3J5XCJcbiAqL1xuZXhwb3J0IGNsYXNzIEludmFsaWRDbGFzc2lmaWNhdGlvbkVycm9yIGV4dGVuZHMgRXJyb3Ige1xuICBvdmVycmlkZSBuYW1lID0gXCJJbnZhbGlkQ2xhc3NpZmljYXRpb25FcnJvclwiO1xuICBjb25zdHJ1Y3RvcihyZWFkb25seSBpc3N1ZXM6IElzc3VlW10pIHtcbiAgICBzdXBlcihgaW52YWxpZCBjbGFzc2lmaWNhdGlvbiAoJHtpc3N1ZXMubGVuZ3RoID09PSAxID8gXCIxIHByb2JsZW1cIiA6IGAke2lzc3Vlcy5sZW5ndGh9IHByb2JsZW1zYH0pOlxcbiR7aXNzdWVzLm1hcCgoaSkgPT4gYCAgJHtpLm1lc3NhZ2V9YCkuam9pbihcIlxcblwiKX1gKTtcbiAgfVxufVxuXG4vKipcbiAqIFZhbGlkYXRlcyBhIGNsYXNzaWZpY2F0aW9uIChwYXJzZWQgSlNPTikgYW5kIGxpc3RzIGV2ZXJ5IHByb2JsZW0gYXQgb25jZTogZWFjaCBpc3N1ZSBoYXMgYVxuICogc25ha2VfY2FzZSBgY29kZWAsIGEgSlNPTiBgcGF0aGAgYW5kIGEgbWVzc2FnZSBuYW1pbmcgdGhlIHBsYWNlIGFuZCB0aGUgZml4LlxuICpcbiAqIEBleGFtcGxlXG4gKiBwYXJzZUNsYXNzaWZpY2F0aW9uKHsgYWN0aXZpdGllczogW1xuICogICB7IGFjdGl2aXR5OiBcIlJldHVybiBFUlwiLCB0eXBlOiBcIndhc3RlXCIsIHdhc3RlOiBcImVycm9yc1wiLCBmYWlsdXJlOiB0cnVlLCBvdXRjb21lOiBcImFiYW5kb25lZFwiIH0sXG4gKiAgIHsgYWN0aXZpdHk6IFwiRVIgVHJpYWdlXCIsIHR5cGU6IFwibmVjZXNzYXJ5XCIsIG1pbnV0ZXM6IDEwIH0sXG4gKiBdIH0pO1xuICogcGFyc2VDbGFzc2lmaWNhdGlvbih7IGFjdGl2aXRpZXM6IFt7IGFjdGl2aXR5OiBcInhcIiwgdHlwZTogXCJ3YXN0ZVwiIH1dIH0pO1xuICogLy8gdGhyb3dzOiBhY3Rpdml0aWVzWzBdLndhc3RlOiBhIHdhc3RlIGFjdGl2aXR5IG5lZWRzIGEgd2FzdGUgY2F0ZWdvcnkgKGRlbGF5LCBcdTIwMjYpXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwYXJzZUNsYXNzaWZpY2F0aW9uKGlucHV0OiB1bmtub3duKTogQ2xhc3NpZmljYXRpb24ge1xuICBjb25zdCByZXN1bHQgPSBDbGFzc2lmaWNhdGlvblNjaGVtYS5zYWZlUGFyc2UoaW5wdXQsIHsgcmVwb3J0SW5wdXQ6IHRydWUgfSk7XG4gIGlmIChyZXN1bHQuc3VjY2VzcykgcmV0dXJuIHJlc3VsdC5kYXRhO1xuICB0aHJvdyBuZXcgSW52YWxpZENsYXNzaWZpY2F0aW9uRXJyb3IoXG4gICAgcmVzdWx0LmVycm9yLmlzc3Vlcy5tYXAoKGkpID0+IHtcbiAgICAgIGNvbnN0IGNvZGUgPSBpLmNvZGUgPT09IFwiY3VzdG9tXCIgPyBTdHJpbmcoKGkucGFyYW1zIGFzIHsgY29kZT86IHN0cmluZyB9IHwgdW5kZWZpbmVkKT8uY29kZSA/PyBcImN1c3RvbVwiKSA6IGkuY29kZTtcbiAgICAgIGNvbnN0IHBhdGggPSBpLnBhdGgubWFwKChwKSA9PiAodHlwZW9mIHAgPT09IFwic3ltYm9sXCIgPyBTdHJpbmcocCkgOiBwKSk7XG4gICAgICByZXR1cm4geyBjb2RlLCBwYXRoLCBtZXNzYWdlOiBjbGFzc2lmaWNhdGlvbk1lc3NhZ2UoaSkgfTtcbiAgICB9KSxcbiAgKTtcbn1cblxuLyoqIEEgem9kIGlzc3VlIG9mIGEgY2xhc3NpZmljYXRpb24gaW4gaHVra2EncyB3b3JkcyAoXCJtdXN0IGJlIFx1MjI2NCAxZTksIGdvdCAxZSszMDhcIiksIGFzIG1vZGVsIHByb2JsZW1zIGFyZSB3b3JkZWQuICovXG5mdW5jdGlvbiBjbGFzc2lmaWNhdGlvbk1lc3NhZ2UoaXNzdWU6IHouY29yZS4kWm9kSXNzdWUpOiBzdHJpbmcge1xuICBpZiAoaXNzdWUuY29kZSA9PT0gXCJjdXN0b21cIikgcmV0dXJuIGAke2Zvcm1hdFBhdGgoaXNzdWUucGF0aCl9OiAke2lzc3VlLm1lc3NhZ2V9YDtcbiAgaWYgKGlzc3VlLmNvZGUgPT09IFwidW5yZWNvZ25pemVkX2tleXNcIikge1xuICAgIC8vIHRoZSBmaWVsZHMgb2YgYSBjbGFzc2lmaWNhdGlvbiwgbm90IG9mIGEgc2VydmljZSBtb2RlbFxuICAgIGNvbnN0IGtub3duID0gaXNzdWUucGF0aC5sZW5ndGggPT09IDAgPyBbXCIkc2NoZW1hXCIsIFwiYWN0aXZpdGllc1wiXSA6IE9iamVjdC5rZXlzKENsYXNzaWZpZWRBY3Rpdml0eVNjaGVtYS5zaGFwZSk7XG4gICAgY29uc3Qga2V5cyA9IGlzc3VlLmtleXMubWFwKChrKSA9PiBKU09OLnN0cmluZ2lmeShrKSkuam9pbihcIiwgXCIpO1xuICAgIHJldHVybiBgJHtmb3JtYXRQYXRoKGlzc3VlLnBhdGgpfTogdW5rbm93biBmaWVsZCR7aXNzdWUua2V5cy5sZW5ndGggPT09IDEgPyBcIlwiIDogXCJzXCJ9ICR7a2V5c30gKGtub3duOiAke2tub3duLmpvaW4oXCIsIFwiKX0pYDtcbiAgfVxuICByZXR1cm4gaXNzdWVNZXNzYWdlKGlzc3VlIGFzIFByb2JsZW0pO1xufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay93dC9yZWFkZXIvZG9jcy8udml0ZXByZXNzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay93dC9yZWFkZXIvZG9jcy8udml0ZXByZXNzL3JlY2VpcHQuZGF0YS50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay93dC9yZWFkZXIvZG9jcy8udml0ZXByZXNzL3JlY2VpcHQuZGF0YS50c1wiO2ltcG9ydCB7IGJ1c2llc3RPZiwgcmVhbExvZywgdHlwZSBNaXNzaW5nUmVhbExvZywgdHlwZSBSZWFsTG9nIH0gZnJvbSBcIi4vcmVhbC1sb2cuanNcIjtcblxuZGVjbGFyZSBjb25zdCBkYXRhOiBSZWFsTG9nIHwgTWlzc2luZ1JlYWxMb2c7XG5leHBvcnQgeyBkYXRhIH07XG5cbi8vIFRoZSByZWNlaXB0IGxvZzogaXRzIGVpZ2h0IGJ1c2llc3QgZ3JvdXBzIGRyYXduIGFzIGxhbmVzLCB0aGUgb3RoZXJzIGZvbGRlZCBpbnRvIG9uZS5cbmV4cG9ydCBkZWZhdWx0IHtcbiAgbG9hZDogKCkgPT5cbiAgICByZWFsTG9nKHtcbiAgICAgIGZpbGU6IFwic2hhcmVkL2RhdGEvcmVjZWlwdC9yZWNlaXB0LmNzdlwiLFxuICAgICAgZG9pOiBcImRvaToxMC40MTIxL3V1aWQ6YTA3Mzg2YTUtN2JlMy00MzY3LTk1MzUtNzBiYzllNzdkYmU2XCIsXG4gICAgICBjaXRhdGlvbjpcbiAgICAgICAgXCJKLkMuQS5NLiBCdWlqcywgUmVjZWlwdCBwaGFzZSBvZiBhbiBlbnZpcm9ubWVudGFsIHBlcm1pdCBhcHBsaWNhdGlvbiBwcm9jZXNzIChXQUJPKSwgQ29TZUxvRyBwcm9qZWN0LCA0VFUuUmVzZWFyY2hEYXRhLCAyMDE0XCIsXG4gICAgICBpZDogXCJyZWNlaXB0XCIsXG4gICAgICBuYW1lOiBcIlJlY2VpcHQgcGhhc2UsIGVpZ2h0IGJ1c2llc3QgZ3JvdXBzXCIsXG4gICAgICBtYXBwaW5nOiB7IGNhc2U6IFwiY2FzZTpjb25jZXB0Om5hbWVcIiwgYWN0aXZpdHk6IFwiY29uY2VwdDpuYW1lXCIsIHRpbWVzdGFtcDogXCJ0aW1lOnRpbWVzdGFtcFwiLCBkZXBhcnRtZW50OiBcIm9yZzpncm91cFwiLCBtaXNzaW5nOiBbXCJFTVBUWVwiXSB9LFxuICAgICAgY2xhc3NpZmljYXRpb246IFwiZXhhbXBsZXMvcmVjZWlwdC9jbGFzc2lmaWNhdGlvbi5qc29uXCIsXG4gICAgICBmb2xkOiBidXNpZXN0T2YoOCwgXCJPdGhlciBncm91cHNcIiksXG4gICAgfSksXG59O1xuIl0sCiAgIm1hcHBpbmdzIjogIjtBQUdBLFNBQVMsa0JBQWtCLFlBQVksb0JBQW9CO0FBQzNELFNBQVMscUJBQXFCOzs7QUNKcU4sU0FBUyxTQUFTO0FBYzlQLElBQU0sZUFBZSxPQUFPLE9BQU8sRUFBRSxTQUFTLEtBQUssTUFBTSxLQUFLLFFBQVEsS0FBSyxDQUFDO0FBRW5GLElBQU0sS0FBSyxFQUFFLE9BQU8sRUFBRSxJQUFJLENBQUMsRUFBRSxTQUFTLGlFQUFpRTtBQUN2RyxJQUFNLFVBQVUsRUFBRSxPQUFPLEVBQUUsT0FBTyxFQUFFLFlBQVksRUFBRSxJQUFJLGFBQWEsT0FBTztBQUMxRSxJQUFNLE9BQU8sRUFBRSxPQUFPLEVBQUUsT0FBTyxFQUFFLFlBQVksRUFBRSxJQUFJLGFBQWEsSUFBSTtBQUNwRSxJQUFNLFNBQVMsRUFBRSxPQUFPLEVBQUUsT0FBTyxFQUFFLFlBQVksRUFBRSxJQUFJLGFBQWEsTUFBTTtBQVFqRSxJQUFNLGtCQUFrQjtBQUFBLEVBQzdCO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQ0Y7QUFFTyxJQUFNLFFBQVEsQ0FBQyxjQUFjLGFBQWEsU0FBUztBQUNuRCxJQUFNLGFBQWEsQ0FBQyxTQUFTLGFBQWEsT0FBTztBQUNqRCxJQUFNLFdBQVcsQ0FBQyxZQUFZLFdBQVc7QUFFaEQsSUFBTSxnQkFBZ0IsRUFDbkIsT0FBTyxFQUNQLElBQUksQ0FBQyxFQUNMLFNBQVMsMEJBQTBCLGdCQUFnQixLQUFLLElBQUksQ0FBQyx1REFBdUQ7QUFRaEgsSUFBTSxtQkFBbUIsRUFDN0IsYUFBYTtBQUFBLEVBQ1o7QUFBQSxFQUNBLE1BQU0sRUFBRSxPQUFPLEVBQUUsU0FBUyxFQUFFLFNBQVMsbUNBQW1DO0FBQUEsRUFDeEUsTUFBTSxFQUNILEtBQUssS0FBSyxFQUNWLFNBQVMsRUFDVCxTQUFTLHVGQUF1RjtBQUNyRyxDQUFDLEVBQ0EsU0FBUywyRUFBMkU7QUFRaEYsSUFBTSxhQUFhLEVBQ3ZCLGFBQWE7QUFBQSxFQUNaLE1BQU0sRUFBRSxPQUFPLEVBQUUsSUFBSSxDQUFDLEVBQUUsU0FBUyxrREFBa0Q7QUFBQSxFQUNuRixNQUFNLEVBQ0gsS0FBSyxVQUFVLEVBQ2YsU0FBUyx1R0FBdUc7QUFBQSxFQUNuSCxPQUFPLGNBQWMsU0FBUztBQUFBLEVBQzlCLFNBQVMsUUFBUSxTQUFTLCtDQUErQztBQUFBLEVBQ3pFLE1BQU0sS0FBSyxTQUFTLEVBQUUsU0FBUyx1Q0FBdUM7QUFDeEUsQ0FBQyxFQUNBLFNBQVMsMkJBQTJCO0FBUWhDLElBQU0sbUJBQW1CLEVBQzdCLGFBQWE7QUFBQSxFQUNaO0FBQUEsRUFDQSxNQUFNLEVBQUUsT0FBTyxFQUFFLFNBQVMsRUFBRSxTQUFTLG1DQUFtQztBQUFBLEVBQ3hFLFlBQVksR0FBRyxTQUFTLHFEQUFxRDtBQUFBLEVBQzdFLFNBQVMsRUFBRSxPQUFPLEVBQUUsU0FBUyxFQUFFLFNBQVMsNkNBQXdDO0FBQUEsRUFDaEYsT0FBTyxFQUNKLE1BQU0sQ0FBQyxFQUFFLFFBQVEsR0FBRyxNQUFNLENBQUMsRUFDM0IsU0FBUyxFQUNULFNBQVMsbUZBQW1GO0FBQUEsRUFDL0YsU0FBUyxFQUNOLEtBQUssUUFBUSxFQUNiLFNBQVMsRUFDVCxTQUFTLGtGQUFrRjtBQUFBLEVBQzlGLE9BQU8sRUFBRSxNQUFNLFVBQVUsRUFBRSxTQUFTLGlDQUFpQztBQUFBLEVBQ3JFLE9BQU8sR0FDSixTQUFTLEVBQ1Q7QUFBQSxJQUNDO0FBQUEsRUFDRjtBQUNKLENBQUMsRUFDQSxTQUFTLCtDQUErQztBQVFwRCxJQUFNLG1CQUFtQixFQUM3QixhQUFhO0FBQUEsRUFDWixNQUFNLEdBQUcsU0FBUyxxQ0FBcUM7QUFBQSxFQUN2RCxJQUFJLEdBQUcsU0FBUywyQ0FBMkM7QUFBQSxFQUMzRCxhQUFhLEVBQUUsT0FBTyxFQUFFLE9BQU8sRUFBRSxJQUFJLENBQUMsRUFBRSxJQUFJLENBQUMsRUFBRSxTQUFTLEVBQUUsU0FBUyxtREFBbUQ7QUFBQSxFQUN0SCxRQUFRLE9BQ0wsU0FBUyxFQUNULFNBQVMsNEZBQTRGO0FBQUEsRUFDeEcsTUFBTSxRQUFRLFNBQVMsRUFBRSxTQUFTLHFGQUFxRjtBQUFBLEVBQ3ZILE9BQU8sY0FBYyxTQUFTLEVBQUUsU0FBUyxpREFBaUQ7QUFBQSxFQUMxRixhQUFhLFFBQ1YsU0FBUyxFQUNULFNBQVMsNEdBQTRHO0FBQUEsRUFDeEgsU0FBUyxFQUFFLFFBQVEsRUFBRSxTQUFTLEVBQUUsU0FBUyx1REFBdUQ7QUFDbEcsQ0FBQyxFQUNBLFNBQVMsd0NBQXdDO0FBUzdDLElBQU0sbUJBQW1CLENBQUMsUUFBUSxXQUFXLFFBQVEsV0FBVyxTQUFTO0FBUXpFLElBQU0sY0FBYyxFQUN4QixhQUFhO0FBQUEsRUFDWixPQUFPLEVBQUUsT0FBTyxFQUFFLElBQUksRUFBRSxZQUFZLEVBQUUsU0FBUyw0REFBNEQ7QUFBQSxFQUMzRyxZQUFZLEVBQUUsUUFBUSxFQUFFLFNBQVMsb0VBQW9FO0FBQUEsRUFDckcsWUFBWSxFQUNULE1BQU0sRUFBRSxLQUFLLGdCQUFnQixDQUFDLEVBQzlCLFNBQVMsbURBQW1ELGlCQUFpQixLQUFLLElBQUksQ0FBQyx1QkFBdUI7QUFDbkgsQ0FBQyxFQUNBLFNBQVMsK0hBQStIO0FBUXBJLElBQU0sZ0JBQWdCLEVBQzFCLGFBQWE7QUFBQSxFQUNaLFNBQVMsRUFBRSxPQUFPLEVBQUUsU0FBUyxFQUFFLFNBQVMsNENBQTRDO0FBQUEsRUFDcEY7QUFBQSxFQUNBLE1BQU0sRUFBRSxPQUFPLEVBQUUsU0FBUyxFQUFFLFNBQVMsbUNBQW1DO0FBQUEsRUFDeEUsUUFBUSxPQUFPLFNBQVMsRUFBRSxTQUFTLHdDQUF3QztBQUFBLEVBQzNFLFVBQVUsRUFBRSxPQUFPLEVBQUUsU0FBUyxFQUFFLFNBQVMsd0NBQXdDO0FBQUEsRUFDakYsTUFBTSxFQUNILE9BQU8sRUFDUCxJQUFJLENBQUMsRUFDTCxTQUFTLEVBQ1QsU0FBUyw0SEFBNEg7QUFBQSxFQUN4SSxPQUFPLFlBQVksU0FBUztBQUFBLEVBQzVCLG1CQUFtQixFQUNoQixPQUFPLEVBQ1AsU0FBUyxFQUNULElBQUksSUFBSSxFQUNSLFNBQVMsRUFDVCxTQUFTLDRHQUE0RztBQUFBLEVBQ3hILGFBQWEsRUFBRSxNQUFNLGdCQUFnQixFQUFFLElBQUksQ0FBQyxFQUFFLFNBQVMsZ0RBQWdEO0FBQUEsRUFDdkcsYUFBYSxFQUFFLE1BQU0sZ0JBQWdCLEVBQUUsSUFBSSxDQUFDLEVBQUUsU0FBUyx1RUFBdUU7QUFBQSxFQUM5SCxhQUFhLEVBQUUsTUFBTSxnQkFBZ0IsRUFBRSxTQUFTLGlFQUFpRTtBQUNuSCxDQUFDLEVBQ0EsU0FBUyxtQ0FBbUM7OztBQzFML0MsSUFBTSxXQUFXO0FBVVYsU0FBUyxVQUFVQSxLQUFvQjtBQUM1QyxTQUFPQSxJQUFHLFVBQVUsV0FBV0EsTUFBSyxHQUFHQSxJQUFHLE1BQU0sR0FBRyxXQUFXLENBQUMsQ0FBQyxXQUFNQSxJQUFHLE9BQU8sZUFBZSxJQUFJLENBQUM7QUFDdEc7OztBQ1hBLElBQU0sYUFBYTtBQVNaLFNBQVMsV0FBVyxNQUFxRDtBQUM5RSxNQUFJLEtBQUssV0FBVyxFQUFHLFFBQU87QUFDOUIsTUFBSSxPQUFPO0FBQ1gsYUFBVyxPQUFPLE1BQU07QUFDdEIsUUFBSSxPQUFPLFFBQVEsU0FBVSxTQUFRLElBQUksR0FBRztBQUFBLGFBQ25DLE9BQU8sUUFBUSxZQUFZLFdBQVcsS0FBSyxHQUFHLEVBQUcsU0FBUSxTQUFTLEtBQUssTUFBTSxJQUFJLEdBQUc7QUFBQSxRQUN4RixTQUFRLElBQUksS0FBSyxVQUFVLE9BQU8sR0FBRyxDQUFDLENBQUM7QUFBQSxFQUM5QztBQUNBLFNBQU87QUFDVDs7O0FDZEEsSUFBTSxhQUFhO0FBV1osU0FBUyxhQUFhLFNBQTBCO0FBQ3JELFNBQU8sR0FBRyxXQUFXLFFBQVEsSUFBSSxDQUFDLEtBQUssU0FBUyxPQUFPLENBQUM7QUFDMUQ7QUFFQSxTQUFTLFNBQVMsR0FBb0I7QUFDcEMsVUFBUSxFQUFFLE1BQU07QUFBQSxJQUVkLEtBQUs7QUFDSCxhQUFPLEVBQUUsVUFBVSxTQUNmLGtDQUFrQyxRQUFRLEVBQUUsUUFBUSxDQUFDLEtBQ3JELFlBQVksUUFBUSxFQUFFLFFBQVEsQ0FBQyxTQUFTLE1BQU0sRUFBRSxLQUFLLENBQUM7QUFBQSxJQUM1RCxLQUFLO0FBQ0gsVUFBSSxFQUFFLFdBQVcsU0FBVSxRQUFPO0FBQ2xDLFVBQUksRUFBRSxXQUFXLFFBQVMsUUFBTyxrQkFBa0IsRUFBRSxPQUFPLElBQUksT0FBTyxPQUFPLEVBQUUsT0FBTyxHQUFHLFNBQVMsRUFBRSxJQUFJLENBQUMsQ0FBQztBQUMzRyxhQUFPLFdBQVcsRUFBRSxZQUFZLFdBQU0sR0FBRyxJQUFJLE1BQU0sRUFBRSxPQUFPLENBQUMsU0FBUyxNQUFNLEVBQUUsS0FBSyxDQUFDO0FBQUEsSUFDdEYsS0FBSztBQUNILGFBQU8sV0FBVyxFQUFFLFlBQVksV0FBTSxHQUFHLElBQUksTUFBTSxFQUFFLE9BQU8sQ0FBQyxTQUFTLE1BQU0sRUFBRSxLQUFLLENBQUM7QUFBQSxJQUN0RixLQUFLLHFCQUFxQjtBQUN4QixZQUFNLFFBQVEsWUFBWSxFQUFFLElBQUk7QUFDaEMsYUFBTyxXQUFXLE9BQU8sRUFBRSxLQUFLLFFBQVEsT0FBTyxDQUFDLElBQUksRUFBRSxLQUFLLElBQUksS0FBSyxFQUFFLEtBQUssSUFBSSxDQUFDLEdBQUcsUUFBUSxZQUFZLE1BQU0sS0FBSyxJQUFJLENBQUMsTUFBTSxFQUFFO0FBQUEsSUFDakk7QUFBQSxJQUNBLEtBQUs7QUFDSCxhQUFPLEVBQUUsVUFBVSxTQUNmLGtDQUFrQyxNQUFNLE9BQU8sRUFBRSxLQUFLLEdBQUcsRUFBRSxLQUFLLE9BQU8sQ0FBQyxDQUFDLFlBQVksRUFBRSxPQUFPLElBQUksTUFBTSxFQUFFLEtBQUssSUFBSSxDQUFDLEtBQ3BILFdBQVcsT0FBTyxFQUFFLEtBQUssR0FBRyxFQUFFLEtBQUssT0FBTyxDQUFDLElBQUksTUFBTSxFQUFFLEtBQUssQ0FBQyxZQUFZLEVBQUUsT0FBTyxJQUFJLE1BQU0sRUFBRSxLQUFLLElBQUksQ0FBQztBQUFBLElBQzlHLEtBQUs7QUFDSCxhQUFPLEVBQUUsS0FBSyxHQUFHLEVBQUUsTUFBTSxVQUNyQix5REFBb0QsTUFBTSxFQUFFLEtBQUssQ0FBQyxLQUNsRSxpQkFBaUIsTUFBTSxFQUFFLEtBQUssQ0FBQztBQUFBLElBQ3JDLEtBQUs7QUFBQSxJQUNMLEtBQUs7QUFBQSxJQUNMLEtBQUs7QUFBQSxJQUNMLEtBQUs7QUFBQSxJQUNMLEtBQUs7QUFDSCxhQUFPLEdBQUcsRUFBRSxPQUFPLEdBQUcsRUFBRSxVQUFVLFNBQVksS0FBSyxTQUFTLE1BQU0sRUFBRSxLQUFLLENBQUMsRUFBRTtBQUFBLElBRzlFLEtBQUs7QUFDSCxhQUFPLGFBQWEsRUFBRSxJQUFJLE9BQU8sTUFBTSxFQUFFLEVBQUUsQ0FBQyxxQkFBcUIsV0FBVyxFQUFFLEtBQUssQ0FBQyxnQkFBZ0IsRUFBRSxJQUFJO0FBQUEsSUFDNUcsS0FBSztBQUNILGFBQU8sc0JBQXNCLE1BQU0sRUFBRSxLQUFLLENBQUMsWUFBWSxLQUFLLEVBQUUsTUFBTSxJQUFJLFNBQVMsQ0FBQyxDQUFDO0FBQUEsSUFDckYsS0FBSztBQUNILGFBQU8sc0JBQXNCLE1BQU0sRUFBRSxLQUFLLENBQUMsWUFBWSxLQUFLLEVBQUUsTUFBTSxJQUFJLFNBQVMsQ0FBQyxDQUFDO0FBQUEsSUFDckYsS0FBSztBQUNILGFBQU8sR0FBRyxFQUFFLEtBQUssSUFBSSxNQUFNLEVBQUUsS0FBSyxDQUFDLGlCQUFpQixNQUFNLEVBQUUsUUFBUSxDQUFDLG1CQUFtQixFQUFFLEtBQUssY0FBYyxNQUFNLEVBQUUsS0FBSyxDQUFDLGtIQUFrSCxFQUFFLEtBQUs7QUFBQSxJQUN0UCxLQUFLO0FBQ0gsYUFBTyx3QkFBd0IsTUFBTSxFQUFFLElBQUksQ0FBQyxXQUFNLE1BQU0sRUFBRSxFQUFFLENBQUMsNEJBQTRCLEVBQUUsS0FBSztBQUFBLElBQ2xHLEtBQUs7QUFDSCxhQUFPO0FBQUEsSUFDVCxLQUFLO0FBQ0gsYUFBTyxjQUFjLE1BQU0sRUFBRSxFQUFFLENBQUM7QUFBQSxJQUNsQyxLQUFLO0FBQ0gsYUFBTyxjQUFjLE1BQU0sRUFBRSxFQUFFLENBQUMsZ0JBQWdCLE1BQU0sRUFBRSxPQUFPLENBQUMsOEJBQThCLEtBQUssRUFBRSxXQUFXLENBQUM7QUFBQSxJQUNuSCxLQUFLO0FBQ0gsYUFBTyxtQ0FBbUMsTUFBTSxFQUFFLEVBQUUsQ0FBQyxXQUFXLE1BQU0sRUFBRSxHQUFHLENBQUMsWUFBWSxLQUFLLEVBQUUsV0FBVyxDQUFDO0FBQUEsSUFDN0csS0FBSztBQUNILGFBQU8sY0FBYyxNQUFNLEVBQUUsRUFBRSxDQUFDLEtBQUssS0FBSyxFQUFFLE9BQU8sQ0FBQyxJQUFJLEVBQUUsUUFBUSxXQUFXLElBQUksVUFBVSxNQUFNLHlCQUF5QixFQUFFLEtBQUssVUFBVSxPQUFPLEVBQUUsT0FBTyxZQUFZLENBQUMsY0FBYyxFQUFFLFVBQVUsSUFBSSxVQUFVLE1BQU0sdURBQXVELE1BQU0sRUFBRSxFQUFFLENBQUM7QUFBQSxJQUMxUixLQUFLO0FBQ0gsYUFBTyxjQUFjLE1BQU0sRUFBRSxFQUFFLENBQUMsS0FBSyxLQUFLLEVBQUUsT0FBTyxDQUFDLElBQUksRUFBRSxRQUFRLFdBQVcsSUFBSSxVQUFVLE1BQU0sb0JBQW9CLEVBQUUsS0FBSyxVQUFVLE9BQU8sRUFBRSxPQUFPLFlBQVksQ0FBQyxjQUFjLEVBQUUsVUFBVSxJQUFJLFVBQVUsTUFBTSxnRkFBZ0YsTUFBTSxFQUFFLEVBQUUsQ0FBQztBQUFBLElBQzlTLEtBQUs7QUFDSCxhQUFPLHNCQUFzQixFQUFFLEtBQUssSUFBSSxPQUFPLEVBQUUsT0FBTyxZQUFZLENBQUMsc0JBQXNCLE1BQU0sRUFBRSxFQUFFLENBQUM7QUFBQSxJQUN4RyxLQUFLO0FBQ0gsYUFBTyxjQUFjLE1BQU0sRUFBRSxJQUFJLENBQUMsK0NBQStDLGdCQUFnQixLQUFLLElBQUksQ0FBQztBQUFBLElBQzdHLEtBQUs7QUFDSCxhQUFPLEdBQUcsRUFBRSxJQUFJLFNBQVMsTUFBTSxFQUFFLElBQUksQ0FBQywwQkFBMEIsTUFBTSxFQUFFLEtBQUssQ0FBQztBQUFBLElBQ2hGLEtBQUs7QUFDSCxhQUFPLEVBQUUsS0FBSyxXQUFXLElBQ3JCLGtDQUFrQyxNQUFNLEVBQUUsS0FBSyxDQUFDLENBQUUsQ0FBQyxnR0FDbkQsa0NBQWtDLE1BQU0sRUFBRSxLQUFLLENBQUMsQ0FBRSxDQUFDLHlDQUF5QyxLQUFLLEVBQUUsS0FBSyxJQUFJLEtBQUssQ0FBQyxDQUFDO0FBQUEsSUFDekgsS0FBSyxzQkFBc0I7QUFDekIsWUFBTSxRQUFRLEVBQUUsS0FBSyxXQUFXLElBQUksZ0JBQWdCLG9DQUFvQyxLQUFLLEVBQUUsS0FBSyxJQUFJLEtBQUssQ0FBQyxDQUFDO0FBQy9HLFlBQU0sUUFDSixFQUFFLFdBQVcsT0FBTyxpREFBaUQsU0FBUyxPQUFPLEVBQUUsT0FBTyxZQUFZLENBQUMsQ0FBQyxFQUFFLGNBQWMsQ0FBQztBQUMvSCxhQUFPLGtDQUFrQyxNQUFNLEVBQUUsS0FBSyxDQUFDLENBQUUsQ0FBQyxJQUFJLEtBQUssSUFBSSxLQUFLO0FBQUEsSUFDOUU7QUFBQSxJQUNBLEtBQUs7QUFDSCxhQUFPLGNBQWMsTUFBTSxFQUFFLEVBQUUsQ0FBQztBQUFBLElBQ2xDLEtBQUs7QUFDSCxhQUFPLGNBQWMsTUFBTSxFQUFFLEVBQUUsQ0FBQyxtREFBbUQsRUFBRSxLQUFLLDRDQUE0QyxFQUFFLEtBQUs7QUFBQSxFQUNqSjtBQUNGO0FBR0EsU0FBUyxZQUFZLE1BQStDO0FBQ2xFLFFBQU0sUUFDSixLQUFLLFdBQVcsSUFDWixjQUFjLFFBQ2QsS0FBSyxXQUFXLEtBQUssS0FBSyxDQUFDLE1BQU0sZ0JBQy9CLGlCQUFpQixRQUNqQixLQUFLLFdBQVcsS0FBSyxLQUFLLENBQUMsTUFBTSxnQkFDL0IsaUJBQWlCLFFBQ2pCLEtBQUssV0FBVyxLQUFLLEtBQUssQ0FBQyxNQUFNLGlCQUFpQixLQUFLLENBQUMsTUFBTSxVQUM1RCxXQUFXLFFBQ1gsS0FBSyxXQUFXLEtBQUssS0FBSyxDQUFDLE1BQU0sZ0JBQy9CLGlCQUFpQixRQUNqQjtBQUNkLFNBQU8sUUFBUSxPQUFPLEtBQUssS0FBSyxJQUFJO0FBQ3RDO0FBRUEsU0FBUyxTQUFTLE1BQXNDO0FBQ3RELFFBQU0sTUFBTSxPQUFPLEtBQUssR0FBRyxFQUFFLEtBQUssTUFBTTtBQUN4QyxTQUFPLElBQUksU0FBUyxHQUFHLElBQUksSUFBSSxNQUFNLEdBQUcsRUFBRSxJQUFJO0FBQ2hEO0FBRUEsU0FBUyxLQUFLLGFBQXNDO0FBQ2xELFFBQU0sUUFBUSxZQUFZLE1BQU0sR0FBRyxVQUFVLEVBQUU7QUFBQSxJQUM3QyxDQUFDLE1BQU0sZUFBZSxFQUFFLEtBQUssWUFBTyxNQUFNLEVBQUUsRUFBRSxDQUFDLEdBQUcsRUFBRSxnQkFBZ0IsU0FBWSxLQUFLLElBQUksTUFBTSxFQUFFLFdBQVcsQ0FBQyxFQUFFO0FBQUEsRUFDakg7QUFDQSxRQUFNLE9BQU8sWUFBWSxTQUFTLE1BQU07QUFDeEMsU0FBTyxNQUFNLEtBQUssSUFBSSxLQUFLLE9BQU8sSUFBSSxRQUFRLEtBQUssZUFBZSxPQUFPLENBQUMsVUFBVTtBQUN0RjtBQUVBLFNBQVMsS0FBSyxLQUF1QjtBQUNuQyxNQUFJLElBQUksV0FBVyxFQUFHLFFBQU87QUFDN0IsUUFBTSxPQUFPLElBQUksU0FBUztBQUMxQixTQUFPLElBQUksTUFBTSxHQUFHLFVBQVUsRUFBRSxLQUFLLElBQUksS0FBSyxPQUFPLElBQUksZ0JBQVcsS0FBSyxlQUFlLE9BQU8sQ0FBQyxVQUFVO0FBQzVHO0FBR0EsU0FBUyxNQUFNLE9BQXdCO0FBQ3JDLE1BQUksT0FBTyxVQUFVLFNBQVUsUUFBTyxNQUFNLEtBQUs7QUFDakQsTUFBSSxVQUFVLEtBQU0sUUFBTztBQUMzQixNQUFJLE1BQU0sUUFBUSxLQUFLLEVBQUcsUUFBTztBQUNqQyxNQUFJLE9BQU8sVUFBVSxTQUFVLFFBQU87QUFDdEMsU0FBTyxPQUFPLEtBQUs7QUFDckI7QUFFQSxTQUFTLE1BQU0sTUFBc0I7QUFDbkMsU0FBTyxLQUFLLFVBQVUsS0FBSyxTQUFTLEtBQUssR0FBRyxLQUFLLE1BQU0sR0FBRyxFQUFFLENBQUMsV0FBTSxJQUFJO0FBQ3pFO0FBR0EsU0FBUyxNQUFNLEdBQTRCO0FBQ3pDLFNBQU8sT0FBTyxNQUFNLFlBQVksS0FBSyxJQUFJLENBQUMsS0FBSyxNQUFNLEVBQUUsY0FBYyxFQUFFLFFBQVEsTUFBTSxHQUFHLElBQUksT0FBTyxDQUFDO0FBQ3RHO0FBRUEsU0FBUyxRQUFRLE1BQXNCO0FBQ3JDLFNBQU8sV0FBVyxLQUFLLElBQUksSUFBSSxNQUFNLElBQUksS0FBSyxLQUFLLElBQUk7QUFDekQ7QUFFQSxTQUFTLE9BQU8sR0FBVyxNQUFzQjtBQUMvQyxTQUFPLE1BQU0sSUFBSSxPQUFPLEdBQUcsSUFBSTtBQUNqQztBQUdBLFNBQVMsTUFBTSxHQUFtQjtBQUNoQyxTQUFPLE9BQU8sRUFBRSxZQUFZLEVBQUUsQ0FBQztBQUNqQzs7O0FDeElPLFNBQVMsY0FDZCxhQUNBLGFBQ2tCO0FBQ2xCLFFBQU0sT0FBWSxDQUFDO0FBQ25CLFdBQVMsSUFBSSxHQUFHLElBQUksWUFBWSxRQUFRLEtBQUs7QUFDM0MsVUFBTSxJQUFJLFlBQVksQ0FBQztBQUN2QixRQUFJLE1BQU0sUUFBUSxNQUFNLE9BQVc7QUFDbkMsUUFBSSxLQUFLLFdBQVcsS0FBSyxLQUFLLEtBQUssU0FBUyxDQUFDLE1BQU0sRUFBRyxNQUFLLEtBQUssQ0FBQztBQUFBLEVBQ25FO0FBQ0EsTUFBSSxZQUFZO0FBQ2hCLFdBQVMsSUFBSSxHQUFHLElBQUksSUFBSSxLQUFLLFFBQVEsSUFBSyxLQUFJLEtBQUssQ0FBQyxNQUFNLEtBQUssSUFBSSxDQUFDLEVBQUc7QUFDdkUsU0FBTztBQUFBLElBQ0wsYUFBYTtBQUFBLElBQ2IsVUFBVSxLQUFLLElBQUksR0FBRyxLQUFLLFNBQVMsQ0FBQztBQUFBLElBQ3JDO0FBQUEsSUFDQSxVQUFVLEtBQUssU0FBUyxJQUFJLElBQUksSUFBSSxFQUFFO0FBQUEsSUFDdEMsU0FBUyxZQUFZLFNBQVMsSUFBSSxJQUFJLE1BQU0sS0FBSyxXQUFXLENBQUMsRUFBRTtBQUFBLEVBQ2pFO0FBQ0Y7OztBQ3hDTyxJQUFNLHFCQUFxQjtBQVMzQixJQUFNLGNBQWM7OztBQ3NHcEIsU0FBUyxvQkFBb0IsR0FBNkQsR0FBcUU7QUFDcEssUUFBTSxPQUFPLENBQUMsTUFBZSxJQUFJLElBQUksT0FBTyxtQkFBbUI7QUFDL0QsTUFBSSxFQUFFLGFBQWEsRUFBRSxTQUFVLFFBQU8sRUFBRSxXQUFXLEVBQUU7QUFDckQsTUFBSSxFQUFFLGVBQWUsRUFBRSxXQUFZLFFBQU8sS0FBSyxFQUFFLFVBQVUsSUFBSSxLQUFLLEVBQUUsVUFBVTtBQUNoRixNQUFJLEVBQUUsUUFBUSxXQUFXLEVBQUUsUUFBUSxPQUFRLFFBQU8sRUFBRSxRQUFRLFNBQVMsRUFBRSxRQUFRO0FBQy9FLFdBQVMsSUFBSSxHQUFHLElBQUksRUFBRSxRQUFRLFFBQVEsS0FBSztBQUN6QyxRQUFJLEVBQUUsUUFBUSxDQUFDLE1BQU0sRUFBRSxRQUFRLENBQUMsRUFBRyxRQUFPLEtBQUssRUFBRSxRQUFRLENBQUMsQ0FBRSxJQUFJLEtBQUssRUFBRSxRQUFRLENBQUMsQ0FBRTtBQUFBLEVBQ3BGO0FBQ0EsU0FBTztBQUNUOzs7QUN0R08sSUFBTSxrQkFBMEQsT0FBTyxPQUFPLEVBQUUsbUJBQW1CLFdBQVcsU0FBUyxHQUFHLFVBQVUsS0FBSyxDQUFDO0FBRWpKLElBQU0sZ0JBQWdCO0FBQ3RCLElBQU0sVUFBVTtBQUdULFNBQVMscUJBQXFCLFNBQTJEO0FBQzlGLFFBQU0sRUFBRSxtQkFBbUIsU0FBUyxTQUFTLElBQUksRUFBRSxHQUFHLGlCQUFpQixHQUFHLGVBQWUsT0FBTyxFQUFFO0FBQ2xHLE1BQUksc0JBQXNCLGFBQWEsc0JBQXNCLFdBQVc7QUFDdEUsVUFBTSxJQUFJLFdBQVcsNkJBQTZCLEtBQUssVUFBVSxpQkFBaUIsQ0FBQyw4QkFBOEI7QUFBQSxFQUNuSDtBQUNBLE1BQUksWUFBWSxLQUFLLFlBQVksS0FBSyxZQUFZLEdBQUc7QUFDbkQsVUFBTSxJQUFJLFdBQVcsbUJBQW1CLEtBQUssVUFBVSxPQUFPLENBQUMsbUVBQW1FO0FBQUEsRUFDcEk7QUFDQSxTQUFPLEVBQUUsbUJBQW1CLFNBQVMsU0FBUztBQUNoRDtBQUVBLFNBQVMsZUFBaUMsR0FBa0I7QUFDMUQsU0FBTyxPQUFPLFlBQVksT0FBTyxRQUFRLENBQUMsRUFBRSxPQUFPLENBQUMsQ0FBQyxFQUFFLENBQUMsTUFBTSxNQUFNLE1BQVMsQ0FBQztBQUNoRjtBQWdCTyxTQUFTLFlBQVksS0FBZSxVQUE4QixDQUFDLEdBQWlCO0FBQ3pGLFFBQU0sRUFBRSxtQkFBbUIsU0FBUyxTQUFTLElBQUkscUJBQXFCLE9BQU87QUFDN0UsUUFBTSxFQUFFLFdBQVcsVUFBVSxZQUFZLEtBQUssSUFBSTtBQUVsRCxRQUFNLFFBQVEsWUFBWSxJQUFJLFlBQVksSUFBSSxDQUFDLFNBQVMsU0FBUyxNQUFNLElBQUksQ0FBQztBQUM1RSxRQUFNLGVBQWUsVUFBVSxNQUFNLElBQUk7QUFDekMsUUFBTSxRQUFRLElBQUksU0FBUztBQUMzQixRQUFNLElBQUksSUFBSSxZQUFZO0FBRzFCLFFBQU0sSUFBSSxJQUFJO0FBQ2QsUUFBTSxVQUFVLElBQUksV0FBVyxTQUFTLEtBQUssSUFBSSxPQUFPO0FBQ3hELFFBQU0sYUFBYSxvQkFBSSxJQUE2QjtBQUNwRCxRQUFNLFNBQXdCLENBQUM7QUFDL0IsUUFBTSxrQkFBa0Isb0JBQUksSUFBb0I7QUFDaEQsUUFBTSxjQUFrQyxDQUFDO0FBQ3pDLFFBQU0sVUFBVSxDQUFDLE1BQWMsT0FBZSxPQUFPLFlBQWM7QUFFbkUsTUFBSSxjQUFjLElBQUksV0FBVyxFQUFFO0FBQ25DLE1BQUksUUFBUTtBQUNaLFdBQVMsSUFBSSxHQUFHLElBQUksSUFBSSxVQUFVLFFBQVEsS0FBSztBQUM3QyxVQUFNLE9BQU8sVUFBVSxDQUFDO0FBQ3hCLFVBQU0sS0FBSyxVQUFVLElBQUksQ0FBQztBQUMxQixRQUFJLFNBQVMsR0FBSTtBQUNqQjtBQUNBLFFBQUksWUFBWSxTQUFTLEtBQUssS0FBTSxlQUFjLElBQUksV0FBVyxLQUFLLEtBQUssS0FBSztBQUNoRixxQkFBaUIsWUFBWSxNQUFNLElBQUksbUJBQW1CLFdBQVc7QUFFckUsUUFBSSxLQUFLO0FBQ1QsUUFBSSxLQUFLO0FBQ1QsUUFBSSxVQUFVLFlBQVksQ0FBQztBQUMzQixRQUFJLGdCQUFnQjtBQUNwQixhQUFTLElBQUksTUFBTSxJQUFJLElBQUksS0FBSztBQUM5QixZQUFNLElBQUksWUFBWSxJQUFJLElBQUk7QUFDOUIsVUFBSSxJQUFJLFFBQVEsTUFBTSxTQUFTO0FBQzdCLGFBQUs7QUFDTCxhQUFLLFVBQVU7QUFDZixrQkFBVTtBQUFBLE1BQ1o7QUFDQSxZQUFNLElBQUksU0FBUyxDQUFDO0FBQ3BCLFlBQU0sUUFBUSxXQUFXLElBQUksS0FBSztBQUNsQyxZQUFNLFFBQVEsV0FBVyxJQUFJLEtBQUs7QUFDbEMsWUFBTSxNQUFNLFlBQVksSUFBSSxLQUFLLElBQUksTUFBTSxJQUFJLFNBQVMsSUFBSSxRQUFRLEdBQUcsQ0FBQyxJQUFJLENBQUMsSUFBSSxLQUFLLElBQUksS0FBSztBQUMvRixVQUFJLElBQUksV0FBVyxJQUFJLEdBQUc7QUFDMUIsVUFBSSxNQUFNLFFBQVc7QUFDbkIsWUFBSSxPQUFPO0FBQ1gsY0FBTSxPQUFPLENBQUMsT0FBTyxLQUFLLEVBQUUsT0FBTyxDQUFDLFNBQVMsT0FBTyxDQUFDLEVBQUUsSUFBSSxDQUFDLFNBQVMsT0FBTyxDQUFDO0FBQzdFLGVBQU8sS0FBSyxFQUFFLFVBQVUsR0FBRyxZQUFZLEdBQUcsU0FBUyxNQUFNLFFBQVEsR0FBRyxRQUFRLEdBQUcsTUFBTSxHQUFHLGdCQUFnQixHQUFHLGVBQWUsRUFBRSxDQUFDO0FBQzdILG1CQUFXLElBQUksS0FBSyxDQUFDO0FBQUEsTUFDdkI7QUFDQSxZQUFNLFFBQVEsT0FBTyxDQUFDO0FBQ3RCLFlBQU07QUFDTixVQUFJLE1BQU0sS0FBTSxPQUFNO0FBQ3RCLFVBQUksTUFBTSxLQUFLLEVBQUcsT0FBTTtBQUN4QixZQUFNLFVBQVUsVUFBVSxPQUFPLE9BQU8sTUFBTSxNQUFNLENBQUM7QUFDckQsVUFBSSxDQUFDLE9BQU8sTUFBTSxPQUFPLEdBQUc7QUFDMUIsY0FBTSxtQkFBbUIsS0FBSyxDQUFDLElBQUssV0FBVztBQUMvQyxjQUFNO0FBQUEsTUFDUjtBQUNBLFVBQUksaUJBQWlCLEdBQUc7QUFDdEIsY0FBTSxJQUFJLFFBQVEsZUFBZSxDQUFDO0FBQ2xDLFlBQUksSUFBSSxnQkFBZ0IsSUFBSSxDQUFDO0FBQzdCLFlBQUksTUFBTSxRQUFXO0FBQ25CLGNBQUksWUFBWTtBQUNoQixzQkFBWSxLQUFLLEVBQUUsTUFBTSxlQUFlLElBQUksR0FBRyxPQUFPLEdBQUcsYUFBYSxHQUFHLEdBQUksU0FBUyxFQUFFLG9CQUFvQixFQUFFLEVBQUcsQ0FBQztBQUNsSCwwQkFBZ0IsSUFBSSxHQUFHLENBQUM7QUFBQSxRQUMxQjtBQUNBLGNBQU0sVUFBVSxPQUFPLE1BQU0sT0FBTyxJQUFJLEtBQUssQ0FBQyxJQUFLO0FBQ25ELG9CQUFZLENBQUMsRUFBRztBQUNoQixvQkFBWSxDQUFDLEVBQUcsZ0JBQWdCLFVBQVUsS0FBSyxJQUFJLENBQUMsS0FBTTtBQUMxRCxZQUFJLE1BQU8sYUFBWSxDQUFDLEVBQUcsdUJBQXdCLElBQUksSUFBSSxlQUFnQixNQUFNLENBQUMsR0FBSSxlQUFlLEtBQUssSUFBSSxDQUFDLEdBQUksT0FBTztBQUFBLE1BQzVIO0FBQ0Esc0JBQWdCO0FBQUEsSUFDbEI7QUFBQSxFQUNGO0FBQ0EsU0FBTyxVQUFVO0FBQUEsSUFDZixRQUFRO0FBQUEsSUFDUixTQUFTO0FBQUEsSUFDVDtBQUFBLElBQ0E7QUFBQSxJQUNBO0FBQUEsSUFDQSxRQUFRLElBQUk7QUFBQSxJQUNaLFlBQVksQ0FBQyxHQUFHLElBQUksVUFBVTtBQUFBLElBQzlCLGFBQWEsQ0FBQyxHQUFHLElBQUksV0FBVztBQUFBLElBQ2hDLGVBQWUsVUFBVSxRQUFRLE9BQU8sS0FBSyxDQUFDLE1BQU0sRUFBRSxnQkFBZ0IsQ0FBQztBQUFBLElBQ3ZFLEdBQUksWUFBWSxFQUFFLG1CQUFtQixTQUFTLFdBQVc7QUFBQSxJQUN6RDtBQUFBLElBQ0E7QUFBQSxFQUNGLENBQUM7QUFDSDtBQVdPLFNBQVMsaUJBQWlCLFlBQXlCLE1BQWMsSUFBWSxNQUE2QixLQUF1QjtBQUN0SSxNQUFJLFFBQWdCO0FBQ3BCLE1BQUksU0FBUyxXQUFXO0FBQ3RCLGFBQVMsSUFBSSxNQUFNLElBQUksTUFBTSxVQUFVLFNBQVMsSUFBSyxLQUFJLFdBQVcsQ0FBQyxNQUFNLG1CQUFvQixTQUFRLFdBQVcsQ0FBQztBQUFBLEVBQ3JIO0FBQ0EsV0FBUyxJQUFJLE1BQU0sSUFBSSxJQUFJLEtBQUs7QUFDOUIsVUFBTSxJQUFJLFdBQVcsQ0FBQztBQUN0QixRQUFJLE1BQU0sbUJBQW9CLFNBQVE7QUFDdEMsUUFBSSxJQUFJLElBQUksSUFBSSxNQUFNLHFCQUFxQixJQUFJLFNBQVMsWUFBWSxRQUFRO0FBQUEsRUFDOUU7QUFDRjtBQUdPLFNBQVMsVUFBVSxRQUFvQztBQUM1RCxRQUFNLFFBQVEsT0FBTyxPQUFPLElBQUksQ0FBQyxHQUFHLE1BQU0sQ0FBQyxFQUFFLEtBQUssQ0FBQyxHQUFHLE1BQU0sb0JBQW9CLE9BQU8sT0FBTyxDQUFDLEdBQUksT0FBTyxPQUFPLENBQUMsQ0FBRSxDQUFDO0FBQ3JILFFBQU0sT0FBTyxJQUFJLFdBQVcsTUFBTSxNQUFNO0FBQ3hDLFFBQU0sUUFBUSxDQUFDLEdBQUcsTUFBTyxLQUFLLENBQUMsSUFBSSxDQUFFO0FBQ3JDLFNBQU87QUFBQSxJQUNMLEdBQUc7QUFBQSxJQUNILFFBQVEsTUFBTSxJQUFJLENBQUMsTUFBTSxPQUFPLE9BQU8sQ0FBQyxDQUFFO0FBQUEsSUFDMUMsYUFBYSxPQUFPLFlBQ2pCLElBQUksQ0FBQyxPQUFPLEVBQUUsR0FBRyxHQUFHLE1BQU0sS0FBSyxFQUFFLElBQUksR0FBSSxJQUFJLEtBQUssRUFBRSxFQUFFLEVBQUcsRUFBRSxFQUMzRCxLQUFLLENBQUMsR0FBRyxNQUFNLEVBQUUsT0FBTyxFQUFFLFFBQVEsRUFBRSxLQUFLLEVBQUUsRUFBRTtBQUFBLEVBQ2xEO0FBQ0Y7OztBQzVKTyxTQUFTLGNBQWMsS0FBOEI7QUFDMUQsUUFBTSxJQUFJLElBQUksV0FBVztBQUN6QixRQUFNLFNBQVMsSUFBSSxZQUFZLENBQUM7QUFDaEMsUUFBTSxPQUFPLElBQUksWUFBWSxDQUFDO0FBQzlCLFFBQU0sUUFBd0IsQ0FBQztBQUMvQixRQUFNLFFBQVEsb0JBQUksSUFBb0I7QUFDdEMsUUFBTSxFQUFFLFVBQVUsTUFBTSxVQUFVLElBQUk7QUFDdEMsV0FBUyxJQUFJLEdBQUcsSUFBSSxJQUFJLFVBQVUsUUFBUSxLQUFLO0FBQzdDLFVBQU0sT0FBTyxVQUFVLENBQUM7QUFDeEIsVUFBTSxLQUFLLFVBQVUsSUFBSSxDQUFDO0FBQzFCLFFBQUksU0FBUyxHQUFJO0FBQ2pCLFdBQU8sU0FBUyxJQUFJLENBQUU7QUFDdEIsU0FBSyxTQUFTLEtBQUssQ0FBQyxDQUFFO0FBQ3RCLGFBQVMsSUFBSSxNQUFNLElBQUksSUFBSSxJQUFJLEtBQUs7QUFDbEMsWUFBTSxJQUFJLFNBQVMsQ0FBQztBQUNwQixZQUFNLElBQUksU0FBUyxJQUFJLENBQUM7QUFDeEIsWUFBTSxNQUFNLElBQUksSUFBSTtBQUNwQixVQUFJLElBQUksTUFBTSxJQUFJLEdBQUc7QUFDckIsVUFBSSxNQUFNLFFBQVc7QUFDbkIsWUFBSSxNQUFNO0FBQ1YsY0FBTSxLQUFLLEVBQUUsTUFBTSxHQUFHLElBQUksR0FBRyxPQUFPLEdBQUcsY0FBYyxFQUFFLENBQUM7QUFDeEQsY0FBTSxJQUFJLEtBQUssQ0FBQztBQUFBLE1BQ2xCO0FBQ0EsWUFBTSxPQUFPLE1BQU0sQ0FBQztBQUNwQixXQUFLO0FBQ0wsV0FBSyxpQkFBaUIsS0FBSyxJQUFJLENBQUMsSUFBSyxLQUFLLENBQUMsS0FBTTtBQUFBLElBQ25EO0FBQUEsRUFDRjtBQUNBLFNBQU8sRUFBRSxPQUFPLFFBQVEsS0FBSztBQUMvQjs7O0FDakNPLFNBQVMsY0FBYyxLQUFlLEtBQW1FO0FBQzlHLFFBQU0sRUFBRSxXQUFXLFNBQVMsSUFBSTtBQUNoQyxRQUFNLFNBQVMsb0JBQUksSUFBNEI7QUFHL0MsUUFBTSxjQUFjLElBQUksV0FBVyxVQUFVO0FBQzdDLFdBQVMsSUFBSSxHQUFHLElBQUksSUFBSSxVQUFVLFFBQVEsS0FBSztBQUM3QyxVQUFNLFNBQVMsU0FBUyxTQUFTLFVBQVUsQ0FBQyxHQUFJLFVBQVUsSUFBSSxDQUFDLENBQUU7QUFDakUsVUFBTSxNQUFNLGNBQWMsVUFBVSxNQUFNLElBQUksT0FBTyxLQUFLLEdBQUc7QUFDN0QsVUFBTSxJQUFJLE9BQU8sSUFBSSxHQUFHO0FBQ3hCLFFBQUksRUFBRyxHQUFFO0FBQUEsUUFDSixRQUFPLElBQUksS0FBSyxFQUFFLFdBQVcsR0FBRyxPQUFPLEVBQUUsQ0FBQztBQUFBLEVBQ2pEO0FBQ0EsUUFBTSxXQUFXLENBQUMsR0FBRyxPQUFPLE9BQU8sQ0FBQyxFQUFFLEtBQUssQ0FBQyxHQUFHLE1BQU0sRUFBRSxRQUFRLEVBQUUsS0FBSyxFQUFFLE1BQU0sR0FBRyxHQUFHO0FBQ3BGLFNBQU8sRUFBRSxVQUFVLGNBQWMsT0FBTyxLQUFLO0FBQy9DO0FBR0EsU0FBUyxVQUFVLFFBQTZCO0FBQzlDLFFBQU0sUUFBUTtBQUNkLE1BQUksT0FBTyxVQUFVLE1BQU8sUUFBTyxPQUFPLGFBQWEsTUFBTSxNQUFNLE1BQTZCO0FBQ2hHLE1BQUksT0FBTztBQUNYLFdBQVMsSUFBSSxHQUFHLElBQUksT0FBTyxRQUFRLEtBQUssTUFBTyxTQUFRLE9BQU8sYUFBYSxNQUFNLE1BQU0sT0FBTyxTQUFTLEdBQUcsSUFBSSxLQUFLLENBQXdCO0FBQzNJLFNBQU87QUFDVDs7O0FDN0NBLElBQU1DLGlCQUFnQjtBQVlmLFNBQVMsWUFBWSxLQUFlLFVBQXlCLGVBQW1DO0FBQ3JHLFFBQU0sRUFBRSxXQUFXLEtBQUssSUFBSTtBQUM1QixRQUFNLFdBQVcsZ0JBQWdCQTtBQUNqQyxRQUFNLFFBQVEsQ0FBQyxNQUFjLEtBQUssVUFBVSxDQUFDLENBQUU7QUFDL0MsUUFBTSxPQUFPLENBQUMsTUFBYyxLQUFLLFVBQVUsSUFBSSxDQUFDLElBQUssQ0FBQztBQUN0RCxRQUFNLFdBQVcsSUFBSSxXQUFXLElBQUksTUFBTSxNQUFNO0FBQ2hELFFBQU0sT0FBaUIsQ0FBQztBQUN4QixXQUFTLElBQUksR0FBRyxJQUFJLElBQUksU0FBUyxPQUFPLFFBQVEsS0FBSztBQUNuRCxVQUFNLE9BQU8sTUFBTSxLQUFLLFNBQVMsTUFBTSxTQUFTLFNBQVMsT0FBTyxDQUFDLEdBQUksU0FBUyxPQUFPLElBQUksQ0FBQyxDQUFFLENBQUMsRUFBRSxLQUFLLENBQUMsR0FBRyxNQUFNLE1BQU0sQ0FBQyxJQUFJLE1BQU0sQ0FBQyxDQUFDO0FBQ2pJLFNBQUssU0FBUztBQUNkLGVBQVcsS0FBSyxNQUFNO0FBQ3BCLFlBQU0sUUFBUSxNQUFNLENBQUM7QUFFckIsVUFBSSxLQUFLO0FBQ1QsVUFBSSxLQUFLLEtBQUs7QUFDZCxhQUFPLEtBQUssSUFBSTtBQUNkLGNBQU0sTUFBTyxLQUFLLE1BQU87QUFDekIsWUFBSSxLQUFLLEdBQUcsS0FBTSxNQUFPLE1BQUssTUFBTTtBQUFBLFlBQy9CLE1BQUs7QUFBQSxNQUNaO0FBQ0EsVUFBSSxLQUFLLEtBQUssUUFBUSxLQUFLLEtBQUssQ0FBQyxLQUFNLFNBQVUsVUFBUyxDQUFDLElBQUk7QUFDL0QsWUFBTSxNQUFNLEtBQUssQ0FBQztBQUNsQixVQUFJLEtBQUssS0FBSztBQUNkLGFBQU8sS0FBSyxLQUFLLEtBQUssS0FBSyxDQUFDLElBQUssSUFBSztBQUN0QyxXQUFLLE9BQU8sSUFBSSxHQUFHLEdBQUc7QUFBQSxJQUN4QjtBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQ1Q7OztBQ1JPLFNBQVMsY0FBYyxLQUFxQztBQUNqRSxRQUFNLEVBQUUsVUFBVSxVQUFVLElBQUk7QUFDaEMsTUFBSSxhQUFhLFVBQWEsYUFBYSxRQUFRLElBQUksY0FBYyxPQUFXLFFBQU87QUFDdkYsUUFBTSxPQUFPLElBQUksaUJBQWlCO0FBQ2xDLFFBQU0sWUFBWSxJQUFJLE1BQU07QUFDNUIsUUFBTSxhQUFhLElBQUksWUFBWSxZQUFZLENBQUM7QUFDaEQsUUFBTSxRQUFrQixDQUFDO0FBQ3pCLE1BQUksVUFBVTtBQUNkLE1BQUksVUFBVTtBQUNkLFFBQU0sT0FBaUIsQ0FBQztBQUN4QixXQUFTLElBQUksR0FBRyxJQUFJLFdBQVcsS0FBSztBQUNsQyxTQUFLLFNBQVM7QUFDZCxhQUFTLElBQUksVUFBVSxDQUFDLEdBQUksSUFBSSxVQUFVLElBQUksQ0FBQyxHQUFJLEtBQUs7QUFDdEQsWUFBTSxJQUFJLFNBQVMsQ0FBQztBQUNwQixVQUFJLE1BQU0sZUFBZSxDQUFDLEtBQUssU0FBUyxDQUFDLEVBQUcsTUFBSyxLQUFLLENBQUM7QUFDdkQsWUFBTSxTQUFTLE1BQU0sSUFBSSxDQUFDO0FBQzFCLFVBQUksV0FBVztBQUFXLG1CQUFXLEtBQUssT0FBUSxLQUFJLENBQUMsS0FBSyxTQUFTLENBQUMsRUFBRyxNQUFLLEtBQUssQ0FBQztBQUFBO0FBQUEsSUFDdEY7QUFDQSxRQUFJLEtBQUssU0FBUyxFQUFHO0FBQ3JCLFFBQUksS0FBSyxXQUFXLEVBQUc7QUFDdkIsZUFBVyxLQUFLLEtBQU0sT0FBTSxLQUFLLENBQUM7QUFDbEMsZUFBVyxJQUFJLENBQUMsSUFBSSxNQUFNO0FBQUEsRUFDNUI7QUFDQSxRQUFNLFlBQVksWUFBWSxLQUFLLEtBQUs7QUFFeEMsUUFBTSxnQkFBZ0IsSUFBSSxVQUFVO0FBQ3BDLFFBQU0sU0FBUyxJQUFJLFlBQVksZ0JBQWdCLENBQUM7QUFDaEQsYUFBVyxLQUFLLFVBQVcsUUFBTyxJQUFJLENBQUM7QUFDdkMsV0FBUyxJQUFJLEdBQUcsSUFBSSxlQUFlLElBQUssUUFBTyxJQUFJLENBQUMsS0FBTSxPQUFPLENBQUM7QUFDbEUsUUFBTSxPQUFPLE9BQU8sTUFBTSxHQUFHLGFBQWE7QUFDMUMsUUFBTSxRQUFRLElBQUksWUFBWSxVQUFVLE1BQU07QUFDOUMsV0FBUyxJQUFJLEdBQUcsSUFBSSxXQUFXLEtBQUs7QUFDbEMsYUFBUyxJQUFJLFdBQVcsQ0FBQyxHQUFJLElBQUksV0FBVyxJQUFJLENBQUMsR0FBSSxJQUFLLE9BQU0sS0FBSyxVQUFVLENBQUMsQ0FBRSxHQUFJLElBQUk7QUFBQSxFQUM1RjtBQUNBLFFBQU0sNkJBQTZCLElBQUksOEJBQThCO0FBQ3JFLFNBQU8sRUFBRSxZQUFZLFdBQVcsUUFBUSxPQUFPLDJCQUEyQixTQUFTLHNCQUFzQixTQUFTLDJCQUEyQjtBQUMvSTs7O0FDN0JBLElBQU1DLGlCQUFnQjtBQVlmLFNBQVMsaUJBQWlCLEtBQWUsVUFBbUMsQ0FBQyxHQUE0QjtBQUM5RyxRQUFNLFdBQVcsY0FBYyxHQUFHO0FBQ2xDLE1BQUksYUFBYSxLQUFNLFFBQU87QUFDOUIsUUFBTSxNQUFNLFFBQVEsY0FBYztBQUNsQyxNQUFJLFFBQVEsUUFBUSxFQUFFLE9BQU8sR0FBSSxPQUFNLElBQUksV0FBVyx3REFBbUQsT0FBTyxHQUFHLENBQUMsRUFBRTtBQUN0SCxRQUFNLEVBQUUsV0FBVyxLQUFLLElBQUk7QUFDNUIsUUFBTSxRQUFRLENBQUMsTUFBYyxLQUFLLFVBQVUsQ0FBQyxDQUFFO0FBQy9DLFFBQU0sT0FBTyxDQUFDLE1BQWMsS0FBSyxVQUFVLElBQUksQ0FBQyxJQUFLLENBQUM7QUFDdEQsUUFBTSxRQUFRLFFBQVEsT0FBTyxXQUFXLE1BQU1BO0FBRTlDLFFBQU0sa0JBQTRCLENBQUM7QUFDbkMsUUFBTSxtQkFBNkIsQ0FBQyxDQUFDO0FBQ3JDLFFBQU0sZUFBZSxJQUFJLFlBQVksU0FBUyxNQUFNLE1BQU07QUFDMUQsTUFBSSxTQUFTO0FBQ2IsV0FBUyxJQUFJLEdBQUcsSUFBSSxJQUFJLFNBQVMsT0FBTyxRQUFRLEtBQUs7QUFDbkQsVUFBTSxPQUFPLFNBQVMsT0FBTyxDQUFDO0FBQzlCLFVBQU0sS0FBSyxTQUFTLE9BQU8sSUFBSSxDQUFDO0FBQ2hDLFFBQUksT0FBTyxLQUFNO0FBRWpCLFVBQU0sT0FBTyxNQUFNLEtBQUssU0FBUyxNQUFNLFNBQVMsTUFBTSxFQUFFLENBQUMsRUFBRSxLQUFLLENBQUMsR0FBRyxNQUFNLE1BQU0sQ0FBQyxJQUFJLE1BQU0sQ0FBQyxDQUFDO0FBQzdGLFFBQUksTUFBTTtBQUNWLGFBQVMsSUFBSSxHQUFHLElBQUksS0FBSyxRQUFRLEtBQUs7QUFDcEMsWUFBTSxJQUFJLEtBQUssQ0FBQztBQUNoQixVQUFJLE1BQU0sS0FBSyxNQUFNLENBQUMsSUFBSSxNQUFNLE9BQU87QUFDckMsWUFBSSxJQUFJLEVBQUcsa0JBQWlCLEtBQUssTUFBTTtBQUN2Qyx3QkFBZ0IsS0FBSyxDQUFDO0FBQUEsTUFDeEI7QUFDQSxtQkFBYSxRQUFRLElBQUk7QUFDekIsWUFBTSxLQUFLLElBQUksS0FBSyxLQUFLLENBQUMsQ0FBQztBQUFBLElBQzdCO0FBQ0EscUJBQWlCLEtBQUssTUFBTTtBQUFBLEVBQzlCO0FBRUEsUUFBTSxlQUFlLFlBQVksS0FBSyxnQkFBZ0I7QUFDdEQsUUFBTSxXQUFXLGdCQUFnQjtBQUNqQyxRQUFNLGFBQWEsSUFBSSxZQUFZLFdBQVcsQ0FBQztBQUMvQyxXQUFTLElBQUksR0FBRyxJQUFJLFVBQVUsS0FBSztBQUNqQyxRQUFJLElBQUk7QUFDUixhQUFTLElBQUksYUFBYSxDQUFDLEdBQUksSUFBSSxhQUFhLElBQUksQ0FBQyxHQUFJLElBQUssTUFBSyxVQUFVLGFBQWEsQ0FBQyxJQUFLLENBQUMsSUFBSyxVQUFVLGFBQWEsQ0FBQyxDQUFFO0FBQ2hJLGVBQVcsSUFBSSxDQUFDLElBQUksV0FBVyxDQUFDLElBQUs7QUFBQSxFQUN2QztBQUNBLFFBQU0sU0FBUyxJQUFJLFlBQVksV0FBVyxRQUFRLENBQUU7QUFDcEQsV0FBUyxJQUFJLEdBQUcsSUFBSSxVQUFVLEtBQUs7QUFDakMsVUFBTSxPQUFPLGFBQWEsQ0FBQztBQUMzQixVQUFNLEtBQUssYUFBYSxJQUFJLENBQUM7QUFDN0IsUUFBSSxLQUFLLFdBQVcsQ0FBQztBQUNyQixhQUFTLElBQUksTUFBTSxJQUFJLElBQUksS0FBSztBQUM5QixZQUFNLElBQUksYUFBYSxDQUFDO0FBQ3hCLGVBQVMsSUFBSSxVQUFVLENBQUMsR0FBSSxJQUFJLFVBQVUsSUFBSSxDQUFDLEdBQUksSUFBSyxRQUFPLElBQUksSUFBSTtBQUFBLElBQ3pFO0FBQ0EsUUFBSSxLQUFLLE9BQU8sR0FBRztBQUdqQixZQUFNLFFBQVEsT0FBTyxTQUFTLFdBQVcsQ0FBQyxHQUFJLEVBQUU7QUFDaEQsWUFBTSxTQUFTLE1BQU0sS0FBSyxLQUFLLEVBQUUsS0FBSyxDQUFDLEdBQUcsTUFBTSxLQUFLLENBQUMsSUFBSyxLQUFLLENBQUMsS0FBTSxJQUFJLENBQUM7QUFDNUUsWUFBTSxJQUFJLE1BQU07QUFBQSxJQUNsQjtBQUFBLEVBQ0Y7QUFDQSxTQUFPLEVBQUUsVUFBVSxZQUFZLEtBQUssZUFBZSxHQUFHLFdBQVcsY0FBYyxPQUFPLGNBQWMsWUFBWSxRQUFRLFNBQVM7QUFDbkk7OztBQzVGTyxTQUFTLGVBQWUsUUFBc0IsUUFBUSxPQUFPLFFBQXdCO0FBQzFGLE1BQUksVUFBVSxFQUFHLFFBQU8sRUFBRSxPQUFPLEdBQUcsYUFBYSxNQUFNLGVBQWUsS0FBSztBQUMzRSxNQUFJLE1BQU07QUFDVixXQUFTLElBQUksR0FBRyxJQUFJLE9BQU8sSUFBSyxRQUFPLE9BQU8sQ0FBQztBQUUvQyxRQUFNLE9BQU8sT0FBTyxNQUFNLEdBQUcsS0FBSztBQUNsQyxRQUFNLE1BQU0sU0FBUztBQUNyQixRQUFNLFFBQVEsT0FBTyxNQUFNLEdBQUc7QUFDOUIsTUFBSUMsVUFBUztBQUNiLE1BQUksUUFBUSxNQUFNLEdBQUc7QUFFbkIsUUFBSSxRQUFRLEtBQUssQ0FBQztBQUNsQixhQUFTLElBQUksR0FBRyxJQUFJLEtBQUssSUFBSyxLQUFJLEtBQUssQ0FBQyxJQUFLLE1BQU8sU0FBUSxLQUFLLENBQUM7QUFDbEUsSUFBQUEsV0FBVSxRQUFRLFNBQVM7QUFBQSxFQUM3QjtBQUNBLFNBQU8sRUFBRSxPQUFPLGFBQWEsTUFBTSxPQUFPLGVBQWVBLFFBQU87QUFDbEU7QUFPQSxTQUFTLE9BQU8sR0FBaUIsR0FBbUI7QUFDbEQsTUFBSSxLQUFLO0FBQ1QsTUFBSSxLQUFLLEVBQUUsU0FBUztBQUNwQixTQUFPLEtBQUssSUFBSTtBQUNkLFVBQU0sSUFBSyxLQUFLLE1BQU87QUFFdkIsVUFBTSxJQUFJLEVBQUUsRUFBRTtBQUNkLFVBQU0sSUFBSSxFQUFFLENBQUM7QUFDYixVQUFNQyxLQUFJLEVBQUUsRUFBRTtBQUNkLFVBQU0sUUFBUSxJQUFJLElBQUssSUFBSUEsS0FBSSxJQUFJLElBQUlBLEtBQUlBLEtBQUksSUFBSyxJQUFJQSxLQUFJLElBQUksSUFBSUEsS0FBSUEsS0FBSTtBQUM1RSxRQUFJLElBQUk7QUFDUixRQUFJLElBQUk7QUFDUixXQUFPLEtBQUssR0FBRztBQUNiLGFBQU8sRUFBRSxDQUFDLElBQUssTUFBTztBQUN0QixhQUFPLEVBQUUsQ0FBQyxJQUFLLE1BQU87QUFDdEIsVUFBSSxLQUFLLEdBQUc7QUFDVixjQUFNLElBQUksRUFBRSxDQUFDO0FBQ2IsVUFBRSxDQUFDLElBQUksRUFBRSxDQUFDO0FBQ1YsVUFBRSxDQUFDLElBQUk7QUFDUDtBQUNBO0FBQUEsTUFDRjtBQUFBLElBQ0Y7QUFDQSxRQUFJLEtBQUssRUFBRyxNQUFLO0FBQUEsYUFDUixLQUFLLEVBQUcsTUFBSztBQUFBLFFBQ2pCLFFBQU8sRUFBRSxDQUFDO0FBQUEsRUFDakI7QUFDQSxTQUFPLEVBQUUsQ0FBQztBQUNaOzs7QUNaQSxJQUFNLFdBQVcsRUFBRSxZQUFZLE1BQXVCLGNBQWMsSUFBSSxLQUFLLEdBQUc7QUFFaEYsSUFBTUMsaUJBQWdCO0FBRXRCLFNBQVMsT0FBTyxRQUFtQztBQUNqRCxRQUFNLElBQUksT0FBTztBQUNqQixNQUFJLE1BQU0sRUFBRyxRQUFPO0FBQ3BCLFNBQU8sSUFBSSxNQUFNLElBQUksT0FBTyxLQUFLLENBQUMsS0FBTSxRQUFRLEtBQUssS0FBSyxDQUFDLElBQUssT0FBTyxLQUFLLENBQUMsS0FBTTtBQUNyRjtBQVdPLFNBQVMsZUFBZSxLQUFlLFVBQWlDLENBQUMsR0FBMEI7QUFDeEcsUUFBTSxhQUFhLFFBQVEsY0FBYyxTQUFTO0FBQ2xELFFBQU0sZUFBZSxRQUFRLGdCQUFnQixTQUFTO0FBQ3RELE1BQUksRUFBRSxnQkFBZ0IsTUFBTSxDQUFDLE9BQU8sU0FBUyxZQUFZLEVBQUcsT0FBTSxJQUFJLFdBQVcsaUVBQTRELE9BQU8sWUFBWSxDQUFDLEVBQUU7QUFDbkssUUFBTSxXQUFXLGlCQUFpQixLQUFLLEVBQUUsV0FBVyxDQUFDO0FBQ3JELE1BQUksYUFBYSxLQUFNLFFBQU87QUFDOUIsUUFBTSxFQUFFLFdBQVcsT0FBTyxZQUFZLFFBQVEsU0FBUyxJQUFJO0FBQzNELFFBQU0sUUFBUSxTQUFTLFNBQVM7QUFDaEMsUUFBTSxFQUFFLFlBQVksVUFBVSxLQUFLLElBQUk7QUFDdkMsUUFBTSxRQUFRLElBQUksWUFBWSxLQUFLO0FBQ25DLFFBQU1DLFdBQVUsSUFBSSxhQUFhLEtBQUs7QUFDdEMsTUFBSSxXQUFXO0FBQ2YsTUFBSSxZQUFZO0FBQ2hCLE1BQUksV0FBVztBQUNmLE1BQUksYUFBYTtBQUNqQixRQUFNLFFBQTJCLENBQUM7QUFDbEMsUUFBTSxVQUFvQixDQUFDO0FBQzNCLFdBQVMsSUFBSSxHQUFHLElBQUksT0FBTyxLQUFLO0FBQzlCLFVBQU0sQ0FBQyxJQUFJLFVBQVUsSUFBSSxDQUFDLElBQUssVUFBVSxDQUFDO0FBQzFDLFFBQUksTUFBTTtBQUNWLFFBQUksV0FBVztBQUNmLGFBQVMsSUFBSSxVQUFVLENBQUMsR0FBSSxJQUFJLFVBQVUsSUFBSSxDQUFDLEdBQUksS0FBSztBQUN0RCxZQUFNLElBQUksTUFBTSxDQUFDO0FBQ2pCLFVBQUksS0FBSyxJQUFJLFVBQVUsQ0FBQyxDQUFFLElBQUssSUFBSyxZQUFXO0FBQy9DLFlBQU0sS0FBSyxJQUFJLEtBQUssS0FBSyxJQUFJLFVBQVUsSUFBSSxDQUFDLElBQUssQ0FBQyxDQUFFO0FBQUEsSUFDdEQ7QUFDQSxRQUFJLFNBQVU7QUFDZCxVQUFNLFNBQVM7QUFDZixZQUFRLFNBQVM7QUFDakIsYUFBUyxJQUFJLFdBQVcsQ0FBQyxHQUFJLElBQUksV0FBVyxJQUFJLENBQUMsR0FBSSxLQUFLO0FBQ3hELFlBQU0sSUFBSSxPQUFPLENBQUM7QUFDbEIsY0FBUSxLQUFLLFNBQVMsQ0FBQyxDQUFFO0FBQ3pCLFlBQU0sS0FBSyxXQUFXLENBQUMsTUFBTSxxQkFBcUIsT0FBTyxXQUFXLENBQUMsQ0FBRTtBQUFBLElBQ3pFO0FBQ0EsVUFBTSxJQUFJLGNBQWMsU0FBUyxLQUFLO0FBQ3RDLGdCQUFZLEVBQUU7QUFDZCxpQkFBYSxFQUFFO0FBQ2YsZ0JBQVksRUFBRTtBQUNkLFVBQU0sT0FBTyxXQUFXLENBQUM7QUFDekIsVUFBTSxLQUFLLFdBQVcsSUFBSSxDQUFDO0FBQzNCLElBQUFBLFNBQVEsQ0FBQyxJQUFJLEtBQUssUUFBUSxLQUFLLE9BQU8sS0FBSyxDQUFDLENBQUUsSUFBSyxLQUFLLE9BQU8sSUFBSSxDQUFFLEtBQU1ELGlCQUFnQjtBQUFBLEVBQzdGO0FBQ0EsUUFBTSxXQUFXLFlBQVksS0FBSyxVQUFVLFlBQVk7QUFDeEQsTUFBSSxVQUFVO0FBQ2QsYUFBVyxLQUFLLFNBQVUsWUFBVztBQUNyQyxRQUFNLGVBQWUsSUFBSSxNQUFNLFNBQVMsU0FBUztBQUNqRCxRQUFNLEtBQUs7QUFDWCxNQUFJLFFBQVE7QUFDWixhQUFXLEtBQUssTUFBTyxVQUFTO0FBQ2hDLE1BQUksWUFBWTtBQUNoQixXQUFTLElBQUksR0FBRyxJQUFJLElBQUksU0FBUyxPQUFPLFFBQVEsSUFBSyxLQUFJLFNBQVMsT0FBTyxJQUFJLENBQUMsSUFBSyxTQUFTLE9BQU8sQ0FBQyxFQUFJO0FBQ3hHLFNBQU87QUFBQSxJQUNMO0FBQUEsSUFDQSxPQUFPO0FBQUEsSUFDUCxVQUFVO0FBQUEsSUFDVixpQkFBaUIsRUFBRSxNQUFNLFVBQVUsSUFBSSxJQUFJLFFBQVEsT0FBTyxRQUFRLE9BQU8sS0FBSyxHQUFHLEtBQUssVUFBVSxJQUFJLElBQUksTUFBTSxRQUFRLENBQUMsRUFBRztBQUFBLElBQzFILG9CQUFvQjtBQUFBLElBQ3BCO0FBQUEsSUFDQTtBQUFBLElBQ0E7QUFBQSxJQUNBLGdCQUFnQixlQUFlQyxRQUFPO0FBQUEsSUFDdEM7QUFBQSxJQUNBLGFBQWEsaUJBQWlCLElBQUksSUFBSSxVQUFVO0FBQUEsSUFDaEQsMkJBQTJCLFNBQVM7QUFBQSxJQUNwQyw0QkFBNEIsU0FBUztBQUFBLElBQ3JDLHNCQUFzQixTQUFTO0FBQUEsSUFDL0IscUJBQXFCO0FBQUEsSUFDckIsbUJBQW1CO0FBQUEsRUFDckI7QUFDRjs7O0FDMUdPLFNBQVMsZUFBZSxLQUFlLFVBQW9DO0FBQ2hGLFFBQU0sRUFBRSxXQUFXLFlBQVksS0FBSyxJQUFJO0FBQ3hDLFFBQU0sV0FBVyxTQUFTLE1BQU0sSUFBSTtBQUNwQyxRQUFNLFFBQXdCLElBQUksWUFBWSxJQUFJLENBQUMsU0FBUyxTQUFTLE1BQU0sSUFBSSxDQUFDO0FBQ2hGLFFBQU0sVUFBVSxJQUFJLGFBQWEsSUFBSSxNQUFNO0FBQzNDLFFBQU0sUUFBUSxJQUFJLGFBQWEsSUFBSSxNQUFNO0FBQ3pDLE1BQUksY0FBYztBQUNsQixNQUFJLFlBQVk7QUFDaEIsTUFBSSxjQUFjO0FBQ2xCLE1BQUksUUFBUTtBQUNaLFdBQVMsSUFBSSxHQUFHLElBQUksSUFBSSxVQUFVLFFBQVEsS0FBSztBQUM3QyxVQUFNLE9BQU8sVUFBVSxDQUFDO0FBQ3hCLFVBQU0sS0FBSyxVQUFVLElBQUksQ0FBQztBQUMxQixRQUFJLEtBQUssS0FBTTtBQUVmLFFBQUksWUFBWTtBQUNoQixhQUFTLElBQUksTUFBTSxJQUFJLElBQUksS0FBSztBQUM5QixVQUFJLFdBQVcsQ0FBQyxNQUFNLG9CQUFvQjtBQUN4QyxvQkFBWSxNQUFNLFdBQVcsQ0FBQyxDQUFFO0FBQ2hDO0FBQUEsTUFDRjtBQUFBLElBQ0Y7QUFDQSxRQUFJLGdCQUFnQjtBQUNwQixhQUFTLElBQUksTUFBTSxJQUFJLElBQUksS0FBSztBQUM5QixZQUFNLElBQUksV0FBVyxDQUFDO0FBQ3RCLFlBQU0sTUFBTSxNQUFNLHFCQUFxQixZQUFZLE1BQU0sQ0FBQztBQUMxRCxrQkFBWTtBQUNaLFlBQU0sTUFBTSxJQUFJLE9BQU8sSUFBSSxlQUFlLEtBQUssSUFBSSxDQUFDLEdBQUksS0FBSyxDQUFDLENBQUUsSUFBSTtBQUNwRSxxQkFBZTtBQUNmLFVBQUksTUFBTSxtQkFBb0I7QUFDOUIsVUFBSSxpQkFBaUIsR0FBRztBQUV0QixjQUFNQyxXQUFVLGtCQUFrQixJQUFJLElBQUksTUFBTSxJQUFJLGVBQWUsS0FBSyxhQUFhLEdBQUksS0FBSyxDQUFDLENBQUU7QUFDakcsWUFBSSxXQUFXLGFBQWEsTUFBTSxFQUFHLE9BQU0sV0FBVyxJQUFJQTtBQUFBLFlBQ3JELFNBQVEsYUFBYSxJQUFJQTtBQUFBLE1BQ2hDO0FBQ0Esc0JBQWdCO0FBQUEsSUFDbEI7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUFBLElBQ0w7QUFBQSxJQUNBLGFBQWEsUUFBUSxJQUFJLGNBQWMsUUFBUTtBQUFBLElBQy9DLG1CQUFtQixlQUFlLFNBQVMsV0FBVztBQUFBLElBQ3RELGlCQUFpQixlQUFlLE9BQU8sU0FBUztBQUFBLElBQ2hELFlBQVksU0FBUztBQUFBLElBQ3JCLFVBQVUsU0FBUztBQUFBLEVBQ3JCO0FBQ0Y7OztBQ2pFQSxJQUFNQyxZQUFXLEVBQUUsYUFBYSxJQUFJLFVBQVUsS0FBd0I7QUFFdEUsSUFBTUMsaUJBQWdCO0FBR3RCLFNBQVMsaUJBQWlCLEtBQWU7QUFDdkMsUUFBTSxFQUFFLFdBQVcsWUFBWSxVQUFVLE1BQU0sWUFBWSxJQUFJO0FBQy9ELFFBQU0sU0FBUyxFQUFFLFVBQVUsR0FBRyxXQUFXLEdBQUcsVUFBVSxHQUFHLFNBQVMsR0FBRyxrQkFBa0IsR0FBRyxtQkFBbUIsR0FBRyxrQkFBa0IsRUFBRTtBQUNwSSxRQUFNLFFBQVEsb0JBQUksSUFBMEI7QUFDNUMsUUFBTSxVQUFVLElBQUksYUFBYSxJQUFJLE1BQU07QUFDM0MsUUFBTSxRQUFRLElBQUksYUFBYSxJQUFJLE1BQU07QUFDekMsTUFBSSxjQUFjO0FBQ2xCLE1BQUksWUFBWTtBQUVoQixRQUFNLFFBQTJCLENBQUM7QUFDbEMsUUFBTSxVQUFvQixDQUFDO0FBQzNCLFdBQVMsSUFBSSxHQUFHLElBQUksSUFBSSxVQUFVLFFBQVEsS0FBSztBQUM3QyxVQUFNLE9BQU8sVUFBVSxDQUFDO0FBQ3hCLFVBQU0sS0FBSyxVQUFVLElBQUksQ0FBQztBQUMxQixVQUFNLFNBQVM7QUFDZixZQUFRLFNBQVM7QUFDakIsUUFBSSxXQUFXO0FBQ2YsYUFBUyxJQUFJLE1BQU0sSUFBSSxJQUFJLEtBQUs7QUFDOUIsY0FBUSxLQUFLLFNBQVMsQ0FBQyxDQUFFO0FBQ3pCLFlBQU0sSUFBSSxXQUFXLENBQUM7QUFDdEIsVUFBSSxNQUFNLG9CQUFvQjtBQUM1QixjQUFNLEtBQUssSUFBSTtBQUNmO0FBQUEsTUFDRjtBQUNBLFlBQU0sS0FBSyxDQUFDO0FBQ1osVUFBSSxZQUFZLEdBQUc7QUFDakIsY0FBTUMsWUFBVyxLQUFLLENBQUMsSUFBSyxLQUFLLFFBQVEsS0FBTUQ7QUFDL0MsWUFBSSxXQUFXLFFBQVEsTUFBTSxFQUFHLE9BQU0sV0FBVyxJQUFJQztBQUFBLFlBQ2hELFNBQVEsYUFBYSxJQUFJQTtBQUFBLE1BQ2hDO0FBQ0EsaUJBQVc7QUFBQSxJQUNiO0FBQ0EsVUFBTSxJQUFJLGNBQWMsU0FBUyxLQUFLO0FBQ3RDLFdBQU8sWUFBWSxFQUFFO0FBQ3JCLFdBQU8sYUFBYSxFQUFFO0FBQ3RCLFdBQU8sWUFBWSxFQUFFO0FBQ3JCLFdBQU8sV0FBVyxFQUFFO0FBQ3BCLFFBQUksRUFBRSxXQUFXLEVBQUcsUUFBTztBQUMzQixRQUFJLEVBQUUsWUFBWSxFQUFHLFFBQU87QUFDNUIsUUFBSSxFQUFFLFdBQVcsRUFBRyxRQUFPO0FBQzNCLGFBQVMsSUFBSSxHQUFHLElBQUksSUFBSSxFQUFFLFlBQVksUUFBUSxLQUFLO0FBQ2pELFlBQU0sSUFBSSxFQUFFLFlBQVksQ0FBQztBQUN6QixZQUFNLElBQUksRUFBRSxZQUFZLElBQUksQ0FBQztBQUM3QixZQUFNLE1BQU0sSUFBSSxZQUFZLFNBQVM7QUFDckMsWUFBTSxPQUFPLE1BQU0sSUFBSSxHQUFHO0FBQzFCLFVBQUksS0FBTSxNQUFLO0FBQUEsVUFDVixPQUFNLElBQUksS0FBSyxFQUFFLE1BQU0sWUFBWSxDQUFDLEdBQUksSUFBSSxZQUFZLENBQUMsR0FBSSxPQUFPLEVBQUUsQ0FBQztBQUFBLElBQzlFO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFBQSxJQUNMLEdBQUc7QUFBQSxJQUNILGdCQUFnQixDQUFDLEdBQUcsTUFBTSxPQUFPLENBQUMsRUFBRSxLQUFLLENBQUMsR0FBRyxNQUFNLEVBQUUsUUFBUSxFQUFFLEtBQUs7QUFBQSxJQUNwRSxTQUFTLEVBQUUsbUJBQW1CLGVBQWUsU0FBUyxXQUFXLEdBQUcsaUJBQWlCLGVBQWUsT0FBTyxTQUFTLEVBQUU7QUFBQSxFQUN4SDtBQUNGO0FBR0EsU0FBUyxjQUFjLEtBQWUsS0FBNEQ7QUFDaEcsUUFBTSxFQUFFLFdBQVcsU0FBUyxJQUFJO0FBQ2hDLFFBQU0sRUFBRSxVQUFVLGFBQWEsSUFBSSxjQUFjLEtBQUssR0FBRztBQUN6RCxTQUFPO0FBQUEsSUFDTCxVQUFVLFNBQVMsSUFBSSxDQUFDLEVBQUUsV0FBVyxNQUFNLE9BQU87QUFBQSxNQUNoRCxZQUFZLE1BQU0sS0FBSyxTQUFTLFNBQVMsVUFBVSxTQUFTLEdBQUksVUFBVSxZQUFZLENBQUMsQ0FBRSxHQUFHLENBQUMsTUFBTSxJQUFJLFdBQVcsQ0FBQyxDQUFFO0FBQUEsTUFDckg7QUFBQSxJQUNGLEVBQUU7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUNGO0FBRUEsU0FBUyxjQUFjLEtBQTZCO0FBQ2xELFFBQU0sRUFBRSxXQUFXLEtBQUssSUFBSTtBQUM1QixRQUFNQSxXQUFVLElBQUksYUFBYSxJQUFJLE1BQU0sTUFBTTtBQUNqRCxXQUFTLElBQUksR0FBRyxJQUFJQSxTQUFRLFFBQVEsS0FBSztBQUN2QyxVQUFNLE9BQU8sVUFBVSxDQUFDO0FBQ3hCLFVBQU0sS0FBSyxVQUFVLElBQUksQ0FBQztBQUMxQixJQUFBQSxTQUFRLENBQUMsSUFBSSxLQUFLLFFBQVEsS0FBSyxLQUFLLENBQUMsSUFBSyxLQUFLLElBQUksS0FBTUQsaUJBQWdCO0FBQUEsRUFDM0U7QUFDQSxTQUFPQztBQUNUO0FBRUEsU0FBUyxnQkFBZ0IsS0FBa0M7QUFDekQsU0FBTyxjQUFjLEdBQUcsRUFDckIsTUFBTSxJQUFJLENBQUMsT0FBTyxFQUFFLE1BQU0sSUFBSSxXQUFXLEVBQUUsSUFBSSxHQUFJLElBQUksSUFBSSxXQUFXLEVBQUUsRUFBRSxHQUFJLE9BQU8sRUFBRSxPQUFPLGFBQWEsRUFBRSxlQUFlLEVBQUUsTUFBTSxFQUFFLEVBQ3RJLEtBQUssQ0FBQyxHQUFHLE1BQU0sRUFBRSxRQUFRLEVBQUUsS0FBSztBQUNyQztBQWlCTyxTQUFTLFdBQVcsS0FBZSxVQUE2QixDQUFDLEdBQWM7QUFDcEYsUUFBTSxjQUFjLFFBQVEsZUFBZUYsVUFBUztBQUNwRCxRQUFNLFdBQVcsUUFBUSxZQUFZQSxVQUFTO0FBQzlDLFFBQU0sWUFBWSxlQUFlLEtBQUssT0FBTztBQUM3QyxRQUFNLEVBQUUsU0FBUyxnQkFBZ0IsR0FBRyxPQUFPLElBQUksaUJBQWlCLEdBQUc7QUFDbkUsUUFBTSxFQUFFLFVBQVUsYUFBYSxJQUFJLGNBQWMsS0FBSyxXQUFXO0FBQ2pFLFNBQU87QUFBQSxJQUNMLE9BQU8sSUFBSSxNQUFNO0FBQUEsSUFDakIsUUFBUSxJQUFJO0FBQUEsSUFDWixZQUFZLElBQUksV0FBVztBQUFBLElBQzNCLGFBQWEsSUFBSSxZQUFZO0FBQUEsSUFDN0IsR0FBRztBQUFBLElBQ0g7QUFBQSxJQUNBLGlCQUFpQixnQkFBZ0IsR0FBRztBQUFBLElBQ3BDO0FBQUEsSUFDQTtBQUFBLElBQ0EsYUFBYSxlQUFlLGNBQWMsR0FBRyxDQUFDO0FBQUEsSUFDOUM7QUFBQSxJQUNBLEdBQUksWUFBWSxFQUFFLFNBQVMsZUFBZSxLQUFLLFFBQVEsRUFBRTtBQUFBLElBQ3pELGFBQWEsSUFBSTtBQUFBLElBQ2pCLEdBQUksY0FBYyxRQUFRLEVBQUUsVUFBVTtBQUFBLEVBQ3hDO0FBQ0Y7OztBQ3pJTyxTQUFTLFdBQVcsS0FBZSxVQUFtQyxDQUFDLEdBQW9CO0FBQ2hHLFFBQU0sV0FBVyxpQkFBaUIsS0FBSyxPQUFPO0FBQzlDLE1BQUksYUFBYSxLQUFNLFFBQU87QUFDOUIsUUFBTSxFQUFFLFFBQVEsV0FBVyxJQUFJO0FBQy9CLFFBQU0sSUFBSSxPQUFPO0FBQ2pCLFFBQU0sT0FBTyxDQUF1QyxRQUFXLFNBQThCO0FBQzNGLFVBQU0sTUFBTSxLQUFLLENBQUM7QUFDbEIsYUFBUyxJQUFJLEdBQUcsSUFBSSxHQUFHLElBQUssS0FBSSxDQUFDLElBQUksT0FBTyxPQUFPLENBQUMsQ0FBRTtBQUN0RCxXQUFPO0FBQUEsRUFDVDtBQUdBLFFBQU0sV0FBVyxDQUFDLFFBQXFCRyxXQUE2QjtBQUNsRSxVQUFNLFFBQVEsSUFBSSxXQUFXQSxPQUFNLE1BQU0sRUFBRSxLQUFLLEVBQUU7QUFDbEQsVUFBTSxRQUFrQixDQUFDO0FBQ3pCLGFBQVMsSUFBSSxHQUFHLElBQUksSUFBSSxTQUFTLFVBQVUsUUFBUSxLQUFLO0FBRXRELFlBQU0sUUFBUSxNQUFNLEtBQUssU0FBUyxNQUFNLFNBQVMsU0FBUyxVQUFVLENBQUMsR0FBSSxTQUFTLFVBQVUsSUFBSSxDQUFDLENBQUUsQ0FBQyxFQUFFLEtBQUssQ0FBQyxHQUFHLE1BQU0sSUFBSSxDQUFDO0FBQzFILGlCQUFXLEtBQUssT0FBTztBQUNyQixpQkFBUyxJQUFJLElBQUksVUFBVSxDQUFDLEdBQUksSUFBSSxJQUFJLFVBQVUsSUFBSSxDQUFDLEdBQUksS0FBSztBQUM5RCxnQkFBTSxJQUFJLE9BQU8sQ0FBQztBQUNsQixjQUFJLElBQUlBLE9BQU0sVUFBVSxNQUFNLENBQUMsTUFBTSxHQUFJLE9BQU0sQ0FBQyxJQUFJLE1BQU0sS0FBS0EsT0FBTSxDQUFDLENBQUUsSUFBSTtBQUFBLFFBQzlFO0FBQUEsTUFDRjtBQUFBLElBQ0Y7QUFDQSxVQUFNLE1BQU0sSUFBSSxZQUFZLENBQUM7QUFDN0IsYUFBUyxJQUFJLEdBQUcsSUFBSSxHQUFHLEtBQUs7QUFDMUIsWUFBTSxJQUFJLE9BQU8sT0FBTyxDQUFDLENBQUU7QUFDM0IsVUFBSSxDQUFDLElBQUksSUFBSUEsT0FBTSxTQUFTLE1BQU0sQ0FBQyxJQUFLO0FBQUEsSUFDMUM7QUFDQSxXQUFPLEVBQUUsS0FBSyxNQUFNO0FBQUEsRUFDdEI7QUFDQSxRQUFNLFdBQVcsU0FBUyxJQUFJLFVBQVUsSUFBSSxVQUFVO0FBQ3RELFFBQU0sYUFBYSxTQUFTLElBQUksWUFBWSxJQUFJLFdBQVc7QUFDM0QsUUFBTSxRQUFrQixDQUFDO0FBQ3pCLFFBQU0sb0JBQW9CLFNBQVM7QUFDbkMsTUFBSSxNQUFNO0FBQ1YsV0FBUyxJQUFJLEdBQUcsSUFBSSxrQkFBa0IsUUFBUSxLQUFLO0FBQ2pELFVBQU0sSUFBSSxrQkFBa0IsQ0FBQztBQUM3QixVQUFNLElBQUksS0FBSyxrQkFBa0IsSUFBSSxDQUFDLE1BQU0sSUFBSSxNQUFNLElBQUk7QUFDMUQsVUFBTSxLQUFLLFFBQVEsSUFBSSxJQUFJLFVBQVcsQ0FBQyxJQUFLLEdBQUcsSUFBSSxVQUFXLENBQUMsQ0FBRSxLQUFLLEdBQUcsRUFBRTtBQUFBLEVBQzdFO0FBQ0EsUUFBTSxXQUFXLElBQUksWUFBWSxDQUFDO0FBQ2xDLFdBQVMsSUFBSSxHQUFHLElBQUksa0JBQWtCLFFBQVEsSUFBSyxVQUFTLEtBQUssa0JBQWtCLENBQUMsR0FBSSxXQUFXLENBQUMsR0FBSSxXQUFXLElBQUksQ0FBQyxDQUFFO0FBQzFILFNBQU87QUFBQSxJQUNMLFFBQVEsSUFBSTtBQUFBLElBQ1osUUFBUTtBQUFBLElBQ1IsT0FBTztBQUFBLElBQ1AsWUFBWSxTQUFTO0FBQUEsSUFDckIsYUFBYSxXQUFXO0FBQUEsSUFDeEIsV0FBVztBQUFBLElBQ1gsVUFBVSxTQUFTO0FBQUEsSUFDbkIsWUFBWSxXQUFXO0FBQUEsSUFDdkIsTUFBTSxLQUFLLElBQUksTUFBTSxDQUFDLE1BQU0sSUFBSSxhQUFhLENBQUMsQ0FBQztBQUFBLElBQy9DLE9BQU8sSUFBSSxRQUFRLEtBQUssSUFBSSxPQUFPLENBQUMsTUFBTSxJQUFJLGFBQWEsQ0FBQyxDQUFDLElBQUk7QUFBQSxJQUNqRSxTQUFTLElBQUk7QUFBQSxJQUNiLGlCQUFpQixJQUFJO0FBQUEsSUFDckIsV0FBVyxJQUFJO0FBQUEsSUFDZjtBQUFBLElBQ0EsZUFBZTtBQUFBLEVBQ2pCO0FBQ0Y7OztBQ3BETyxTQUFTLGNBQWMsS0FBZSxVQUE2QixDQUFDLEdBQWE7QUFDdEYsUUFBTSxPQUFPLFFBQVEsUUFBUTtBQUM3QixNQUFJLFNBQVMsT0FBUSxRQUFPO0FBQzVCLE1BQUksU0FBUyxXQUFZLE9BQU0sSUFBSSxXQUFXLGdCQUFnQixLQUFLLFVBQVUsSUFBSSxDQUFDLDRCQUE0QjtBQUM5RyxRQUFNLFdBQVcsV0FBVyxLQUFLLEVBQUUsWUFBWSxRQUFRLGNBQWMsS0FBSyxDQUFDO0FBQzNFLE1BQUksYUFBYSxLQUFNLE9BQU0sSUFBSSxXQUFXLGlHQUFpRztBQUM3SSxTQUFPO0FBQ1Q7OztBQ1BBLElBQU1DLFlBQVcsRUFBRSxJQUFJLGlCQUFpQixtQkFBbUIsVUFBVTtBQUdyRSxTQUFTLFNBQVMsTUFBYyxPQUE0QjtBQUMxRCxNQUFJQyxNQUFLO0FBQ1QsV0FBUyxJQUFJLEdBQUcsTUFBTSxJQUFJQSxHQUFFLEdBQUcsSUFBSyxDQUFBQSxNQUFLLEdBQUcsSUFBSSxLQUFLLENBQUM7QUFDdEQsUUFBTSxJQUFJQSxHQUFFO0FBQ1osU0FBT0E7QUFDVDtBQWlDTyxTQUFTLGtCQUFrQixRQUFzQixVQUFvQyxDQUFDLEdBQVk7QUFDdkcsY0FBWSxNQUFNO0FBQ2xCLFFBQU0sRUFBRSxRQUFRLGFBQWEsV0FBVyxJQUFJLFVBQVUsTUFBTTtBQUM1RCxRQUFNQSxNQUFLLFFBQVEsTUFBTUQsVUFBUztBQUNsQyxRQUFNLFVBQVUsSUFBSSxLQUFLLFFBQVEsZ0JBQWdCLGNBQWMsQ0FBQyxHQUFHLElBQUksQ0FBQyxNQUFNLENBQUMsRUFBRSxVQUFVLENBQUMsQ0FBQyxDQUFDO0FBRTlGLFFBQU0sWUFBWSxTQUFTLFFBQVEscUJBQXFCQSxVQUFTLG1CQUFtQixJQUFJLElBQUksT0FBTyxXQUFXLENBQUM7QUFDL0csUUFBTSxlQUFlLENBQUMsTUFBZSxJQUFJLElBQUksWUFBWSxPQUFPLFlBQVksQ0FBQztBQUc3RSxRQUFNLFVBQVUsSUFBSSxXQUFXLE9BQU8sTUFBTTtBQUM1QyxRQUFNLFNBQWlGLENBQUM7QUFDeEYsU0FBTyxRQUFRLENBQUMsR0FBRyxNQUFNO0FBQ3ZCLFVBQU0sT0FBTyxPQUFPLE9BQU8sU0FBUyxDQUFDO0FBQ3JDLFFBQUksUUFBUSxLQUFLLGFBQWEsRUFBRSxZQUFZLEtBQUssZUFBZSxFQUFFLFdBQVksTUFBSztBQUFBLFFBQzlFLFFBQU8sS0FBSyxFQUFFLFVBQVUsRUFBRSxVQUFVLFlBQVksRUFBRSxZQUFZLE1BQU0sR0FBRyxNQUFNLEVBQUUsQ0FBQztBQUNyRixZQUFRLENBQUMsSUFBSSxPQUFPLFNBQVM7QUFDN0IsUUFBSSxFQUFFLE9BQU8sRUFBRyxRQUFPLE9BQU8sU0FBUyxDQUFDLEVBQUc7QUFBQSxFQUM3QyxDQUFDO0FBQ0QsUUFBTSx3QkFBd0IsSUFBSSxXQUFXLFdBQVcsTUFBTTtBQUM5RCxhQUFXLEtBQUssT0FBUSx1QkFBc0IsRUFBRSxRQUFRO0FBRXhELFFBQU0sUUFBUSxvQkFBSSxJQUFZO0FBQzlCLFFBQU0sV0FBcUIsSUFBSSxNQUFNLE9BQU8sTUFBTTtBQUNsRCxTQUFPLFFBQVEsQ0FBQyxHQUFHLE1BQU07QUFDdkIsUUFBSSxzQkFBc0IsRUFBRSxRQUFRLE1BQU0sRUFBRyxVQUFTLENBQUMsSUFBSSxTQUFTLFdBQVcsRUFBRSxRQUFRLEdBQUksS0FBSztBQUFBLEVBQ3BHLENBQUM7QUFDRCxTQUFPLFFBQVEsQ0FBQyxHQUFHLE1BQU07QUFDdkIsYUFBUyxDQUFDLE1BQU0sU0FBUyxHQUFHLFdBQVcsRUFBRSxRQUFRLENBQUUsTUFBTSxhQUFhLEVBQUUsVUFBVSxDQUFDLElBQUksS0FBSztBQUFBLEVBQzlGLENBQUM7QUFDRCxRQUFNLE1BQU0sT0FBTyxJQUFJLENBQUMsR0FBRyxNQUFNO0FBQy9CLFVBQU0sSUFBSSxRQUFRLENBQUM7QUFDbkIsV0FBTyxPQUFPLENBQUMsRUFBRyxTQUFTLElBQUksU0FBUyxDQUFDLElBQUssU0FBUyxHQUFHLFNBQVMsQ0FBQyxDQUFFLE1BQU0sYUFBYSxHQUFHLFlBQVksQ0FBQyxJQUFJLEtBQUs7QUFBQSxFQUNwSCxDQUFDO0FBQ0QsUUFBTSxjQUFjLE9BQU8sSUFBSSxDQUFDLEdBQUcsTUFBTyxFQUFFLE9BQU8sSUFBSSxTQUFTLFFBQVEsU0FBUyxDQUFDLENBQUUsSUFBSSxLQUFLLElBQUksSUFBSztBQUV0RyxRQUFNLE9BQU8sb0JBQUksSUFBWTtBQUM3QixRQUFNLGNBQTRCLE9BQU8sSUFBSSxDQUFDLEdBQUcsTUFBTTtBQUNyRCxTQUFLLElBQUksRUFBRSxVQUFVO0FBQ3JCLFVBQU0sV0FBVyxXQUFXLEVBQUUsUUFBUTtBQUN0QyxVQUFNLElBQUksUUFBUSxDQUFDO0FBQ25CLFdBQU87QUFBQSxNQUNMLElBQUksSUFBSSxDQUFDO0FBQUEsTUFDVCxHQUFJLElBQUksQ0FBQyxNQUFNLFlBQVksRUFBRSxNQUFNLFNBQVM7QUFBQSxNQUM1QyxZQUFZLGFBQWEsRUFBRSxVQUFVO0FBQUEsTUFDckMsR0FBSSxFQUFFLFNBQVMsS0FBSyxFQUFFLE9BQU8sRUFBRSxPQUFPO0FBQUEsTUFDdEMsT0FBTyxRQUFRLFVBQVUsUUFBUSxJQUFJLFFBQVEsR0FBRyxPQUFPLGdCQUFnQixFQUFFLGlCQUFpQixFQUFFLFNBQVMsTUFBUztBQUFBLE1BQzlHLEdBQUksT0FBTyxDQUFDLEVBQUcsT0FBTyxLQUFLLEVBQUUsT0FBTyxTQUFTLENBQUMsRUFBRztBQUFBLElBQ25EO0FBQUEsRUFDRixDQUFDO0FBQ0QsUUFBTSxRQUFzQixZQUFZLElBQUksQ0FBQyxPQUFPO0FBQUEsSUFDbEQsTUFBTSxJQUFJLEVBQUUsSUFBSTtBQUFBLElBQ2hCLElBQUksSUFBSSxFQUFFLEVBQUU7QUFBQSxJQUNaLFFBQVEsRUFBRTtBQUFBLElBQ1YsTUFBTSxLQUFLLElBQUksR0FBRyxFQUFFLGNBQWMsRUFBRSxLQUFLO0FBQUEsSUFDekMsR0FBSSxFQUFFLHVCQUF1QixVQUFhLEVBQUUsYUFBYSxLQUFLLElBQUksR0FBRyxFQUFFLHFCQUFxQixFQUFFLEtBQUssRUFBRTtBQUFBLElBQ3JHLEdBQUksUUFBUSxJQUFJLFdBQVcsT0FBTyxFQUFFLEVBQUUsRUFBRyxRQUFRLENBQUUsR0FBRyxXQUFXLEVBQUUsU0FBUyxLQUFLO0FBQUEsRUFDbkYsRUFBRTtBQUNGLFNBQU8sUUFBUSxDQUFDLEdBQUcsTUFBTTtBQUN2QixRQUFJLEVBQUUsU0FBUyxFQUFHO0FBQ2xCLFVBQU0sV0FBVyxXQUFXLEVBQUUsUUFBUTtBQUN0QyxVQUFNLE1BQU0sU0FBUyxRQUFRLElBQUksQ0FBQyxDQUFFLElBQUksS0FBSztBQUM3QyxVQUFNLFFBQVEsWUFBWSxRQUFRLENBQUMsQ0FBRTtBQUNyQyxnQkFBWSxLQUFLO0FBQUEsTUFDZixJQUFJO0FBQUEsTUFDSixNQUFNLG1CQUFtQixRQUFRO0FBQUEsTUFDakMsWUFBWSxhQUFhLEVBQUUsVUFBVTtBQUFBLE1BQ3JDLFNBQVMsUUFBUSxJQUFJLFFBQVEsR0FBRyxXQUFXO0FBQUEsTUFDM0MsT0FBTyxDQUFDO0FBQUEsTUFDUixHQUFJLFVBQVUsUUFBUSxVQUFVLFVBQWEsRUFBRSxNQUFNO0FBQUEsSUFDdkQsQ0FBQztBQUNELFVBQU0sS0FBSyxFQUFFLE1BQU0sSUFBSSxDQUFDLEdBQUksSUFBSSxLQUFLLFFBQVEsRUFBRSxLQUFLLENBQUM7QUFBQSxFQUN2RCxDQUFDO0FBRUQsUUFBTSxjQUE0QixDQUFDLEdBQUcsT0FBTyxZQUFZLEtBQUssR0FBRyxFQUFFLEVBQUUsT0FBTyxDQUFDLE1BQU0sS0FBSyxJQUFJLENBQUMsQ0FBQyxFQUFFLElBQUksQ0FBQyxPQUFPLEVBQUUsSUFBSSxhQUFhLENBQUMsRUFBRSxFQUFFO0FBQ3BJLFNBQU87QUFBQSxJQUNMLElBQUFDO0FBQUEsSUFDQSxHQUFJLFFBQVEsU0FBUyxVQUFhLEVBQUUsTUFBTSxRQUFRLEtBQUs7QUFBQSxJQUN2RCxHQUFJLFFBQVEsU0FBUyxVQUFhLEVBQUUsTUFBTSxRQUFRLEtBQUs7QUFBQSxJQUN2RCxPQUFPLFlBQVksUUFBUSxRQUFRLGNBQWM7QUFBQSxJQUNqRCxHQUFJLE9BQU8sc0JBQXNCLFVBQWEsRUFBRSxtQkFBbUIsT0FBTyxrQkFBa0I7QUFBQSxJQUM1RjtBQUFBLElBQ0E7QUFBQSxJQUNBLGFBQWE7QUFBQSxFQUNmO0FBQ0Y7QUFHQSxTQUFTLFlBQVksUUFBc0IsZ0JBQXlEO0FBQ2xHLFFBQU0sUUFBUSxDQUFDLFNBQTRDO0FBQ3pELFVBQU0sYUFBYSxnQkFBZ0IsY0FBYyxDQUFDO0FBQ2xELFlBQVEsTUFBTTtBQUFBLE1BQ1osS0FBSztBQUNILGVBQU8sV0FBVyxTQUFTO0FBQUEsTUFDN0IsS0FBSztBQUNILGVBQU8sV0FBVyxLQUFLLENBQUMsTUFBTSxFQUFFLFlBQVksTUFBUztBQUFBLE1BQ3ZELEtBQUs7QUFDSCxlQUFPLFdBQVcsS0FBSyxDQUFDLE1BQU0sRUFBRSxTQUFTLE1BQVM7QUFBQSxNQUNwRCxLQUFLO0FBQ0gsZUFBTyxXQUFXLEtBQUssQ0FBQyxNQUFNLEVBQUUsWUFBWSxNQUFTO0FBQUEsTUFDdkQsS0FBSztBQUNILGVBQU8sV0FBVyxLQUFLLENBQUMsTUFBTSxFQUFFLFlBQVksTUFBUztBQUFBLElBQ3pEO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFBQSxJQUNMLE9BQU8sT0FBTyxPQUFPLE9BQU8sQ0FBQyxLQUFLLE1BQU0sTUFBTSxFQUFFLFFBQVEsQ0FBQztBQUFBLElBQ3pELFlBQVksT0FBTztBQUFBLElBQ25CLFlBQVksaUJBQWlCLE9BQU8sS0FBSztBQUFBLEVBQzNDO0FBQ0Y7QUFHQSxTQUFTLGFBQWEsT0FBb0IsY0FBNkM7QUFDckYsU0FBTyxNQUFNLFFBQVEsV0FBVyxJQUFJLFVBQVUsU0FBUyxNQUFNLFFBQVEsSUFBSSxZQUFZLEVBQUUsS0FBSyxVQUFLLENBQUM7QUFDcEc7QUFFQSxTQUFTLFFBQVEsVUFBa0IsR0FBbUMsZ0JBQXlEO0FBQzdILFFBQU1DLFdBQVUsa0JBQWtCLEdBQUcsV0FBVztBQUNoRCxNQUFJLENBQUMsRUFBRyxRQUFPLENBQUMsRUFBRSxNQUFNLFVBQVUsTUFBTSxTQUFTLFNBQUFBLFNBQVEsQ0FBQztBQUMxRCxTQUFPO0FBQUEsSUFDTDtBQUFBLE1BQ0UsTUFBTTtBQUFBLE1BQ04sTUFBTSxFQUFFO0FBQUEsTUFDUixHQUFJLEVBQUUsVUFBVSxVQUFhLEVBQUUsT0FBTyxFQUFFLE1BQU07QUFBQSxNQUM5QyxTQUFBQTtBQUFBLE1BQ0EsR0FBSSxFQUFFLFNBQVMsVUFBYSxFQUFFLE1BQU0sRUFBRSxLQUFLO0FBQUEsSUFDN0M7QUFBQSxFQUNGO0FBQ0Y7QUFHQSxTQUFTLFlBQVksUUFBNEI7QUFDL0MsUUFBTSxNQUFNLENBQUMsT0FBZSxTQUFpQjtBQUMzQyxVQUFNLElBQUksV0FBVyxzQkFBc0IsS0FBSyxLQUFLLElBQUksRUFBRTtBQUFBLEVBQzdEO0FBQ0EsTUFBSSxXQUFXLFFBQVEsT0FBTyxXQUFXLFlBQVksT0FBTyxXQUFXLHVCQUF1QjtBQUM1RixRQUFJLFVBQVUsbUZBQW1GO0FBQUEsRUFDbkc7QUFDQSxNQUFJLE9BQU8sWUFBWSxFQUFHLEtBQUksV0FBVyxtQkFBbUIsS0FBSyxVQUFVLE9BQU8sT0FBTyxDQUFDLGVBQWU7QUFDekcsUUFBTSxJQUFJLE9BQU8sV0FBVztBQUM1QixRQUFNLElBQUksT0FBTyxZQUFZO0FBQzdCLFFBQU0sSUFBSSxPQUFPLE9BQU87QUFDeEIsUUFBTSxhQUFhLENBQUMsTUFBZSxPQUFPLFVBQVUsQ0FBQyxLQUFNLEtBQWdCLE1BQU8sSUFBZTtBQUNqRyxRQUFNLFFBQVEsQ0FBQyxNQUFlLE9BQU8sVUFBVSxDQUFDLEtBQU0sS0FBZ0I7QUFDdEUsU0FBTyxPQUFPLFFBQVEsQ0FBQyxHQUFHLE1BQU07QUFDOUIsUUFBSSxDQUFDLE9BQU8sVUFBVSxFQUFFLFFBQVEsS0FBSyxFQUFFLFdBQVcsS0FBSyxFQUFFLFlBQVksRUFBRyxLQUFJLFVBQVUsQ0FBQyxjQUFjLEdBQUcsRUFBRSxRQUFRLDZCQUE2QixDQUFDLGFBQWE7QUFDN0osUUFBSSxDQUFDLFdBQVcsRUFBRSxVQUFVLEVBQUcsS0FBSSxVQUFVLENBQUMsZ0JBQWdCLEdBQUcsRUFBRSxVQUFVLG1DQUFtQyxDQUFDLGNBQWM7QUFDL0gsUUFBSSxDQUFDLE1BQU0sUUFBUSxFQUFFLE9BQU8sS0FBSyxFQUFFLFFBQVEsU0FBUyxPQUFPLFdBQVcsQ0FBQyxFQUFFLFFBQVEsTUFBTSxVQUFVLEdBQUc7QUFDbEcsVUFBSSxVQUFVLENBQUMsYUFBYSxvQkFBb0IsT0FBTyxPQUFPLDZCQUE2QjtBQUFBLElBQzdGO0FBQ0EsUUFBSSxDQUFDLE1BQU0sRUFBRSxNQUFNLEtBQUssRUFBRSxXQUFXLEtBQUssQ0FBQyxNQUFNLEVBQUUsTUFBTSxLQUFLLENBQUMsTUFBTSxFQUFFLElBQUksRUFBRyxLQUFJLFVBQVUsQ0FBQyxLQUFLLDhEQUF5RDtBQUMzSixRQUFJLENBQUMsT0FBTyxTQUFTLEVBQUUsY0FBYyxFQUFHLEtBQUksVUFBVSxDQUFDLG9CQUFvQixvQ0FBb0M7QUFBQSxFQUNqSCxDQUFDO0FBQ0QsU0FBTyxZQUFZLFFBQVEsQ0FBQyxHQUFHLE1BQU07QUFDbkMsUUFBSSxDQUFDLE9BQU8sVUFBVSxFQUFFLElBQUksS0FBSyxFQUFFLE9BQU8sS0FBSyxFQUFFLFFBQVEsS0FBSyxDQUFDLE9BQU8sVUFBVSxFQUFFLEVBQUUsS0FBSyxFQUFFLEtBQUssS0FBSyxFQUFFLE1BQU0sR0FBRztBQUM5RyxVQUFJLGVBQWUsQ0FBQyxLQUFLLFFBQVEsRUFBRSxJQUFJLFNBQVMsRUFBRSxFQUFFLDZCQUE2QixDQUFDLFNBQVM7QUFBQSxJQUM3RjtBQUNBLFFBQUksQ0FBQyxNQUFNLEVBQUUsS0FBSyxLQUFLLEVBQUUsVUFBVSxFQUFHLEtBQUksZUFBZSxDQUFDLFdBQVcsNEJBQTRCO0FBQ2pHLFFBQUksQ0FBQyxPQUFPLFNBQVMsRUFBRSxXQUFXLEVBQUcsS0FBSSxlQUFlLENBQUMsaUJBQWlCLG9DQUFvQztBQUFBLEVBQ2hILENBQUM7QUFDSDs7O0FDekxPLFNBQVMsWUFDZCxLQUNBLFFBQ0EsUUFBNEIsQ0FBQyxHQUNwQjtBQUNULFFBQU0sU0FBUyxXQUFXLFVBQWEsTUFBTSxRQUFTLE9BQTBCLFVBQVU7QUFDMUYsUUFBTSxVQUE4QixTQUFTLEVBQUUsR0FBRyxPQUFPLGdCQUFnQixPQUF5QixJQUFNLFVBQTZDO0FBQ3JKLFNBQU8sa0JBQWtCLFlBQVksY0FBYyxLQUFLLE9BQU8sR0FBRyxPQUFPLEdBQUcsT0FBTztBQUNyRjs7O0FDekJPLFNBQVMsV0FBVyxPQUFrQztBQUMzRCxTQUFPLE1BQU0sSUFBSSxLQUFLLEVBQUUsS0FBSyxFQUFFO0FBQ2pDO0FBRUEsU0FBUyxNQUFNLEtBQXFCO0FBQ2xDLFVBQVEsS0FBSztBQUFBLElBQ1gsS0FBSztBQUNILGFBQU87QUFBQSxJQUNULEtBQUs7QUFDSCxhQUFPO0FBQUEsSUFDVCxLQUFLO0FBQ0gsYUFBTztBQUFBLElBQ1QsS0FBSztBQUNILGFBQU87QUFBQSxJQUNULEtBQUs7QUFDSCxhQUFPO0FBQUEsRUFDWDtBQUNGOzs7QUN2Qk8sSUFBTSxnQkFBTixjQUE0QixNQUFNO0FBQUEsRUFFdkMsWUFDVyxNQUNBLFNBQ0EsUUFBMkQsQ0FBQyxHQUM1RCxRQUEyQixDQUFDLEdBQ3JDO0FBQ0EsVUFBTSxVQUFVLFdBQVcsS0FBSyxDQUFDO0FBTHhCO0FBQ0E7QUFDQTtBQUNBO0FBQUEsRUFHWDtBQUFBLEVBUlMsT0FBTztBQVNsQjtBQUdPLElBQU0sZUFBb0Msb0JBQUksSUFBSTtBQUFBLEVBQ3ZEO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFDRixDQUFDOzs7QUN6QkQsSUFBTSxhQUFjLFdBQTRDO0FBRWhFLElBQU0sU0FBUyxJQUFJLFlBQVksU0FBUyxFQUFFLE9BQU8sTUFBTSxXQUFXLEtBQUssQ0FBQztBQVdqRSxTQUFTLFNBQVMsT0FBbUIsUUFBUSxHQUFHLE1BQU0sTUFBTSxRQUF1QjtBQUN4RixNQUFJLFlBQVk7QUFFZCxVQUFNLE9BQU8sV0FBVyxTQUFTLEtBQUssSUFBSyxNQUFvQyxTQUFTLFFBQVEsT0FBTyxHQUFHLElBQUksV0FBVyxLQUFLLE1BQU0sUUFBUSxNQUFNLGFBQWEsT0FBTyxNQUFNLEtBQUssRUFBRSxTQUFTLE1BQU07QUFDbE0sUUFBSSxLQUFLLFFBQVEsUUFBUSxJQUFJLEVBQUcsUUFBTztBQUFBLEVBQ3pDO0FBQ0EsTUFBSTtBQUNGLFdBQU8sT0FBTyxPQUFPLE1BQU0sU0FBUyxPQUFPLEdBQUcsQ0FBQztBQUFBLEVBQ2pELFFBQVE7QUFDTixXQUFPO0FBQUEsRUFDVDtBQUNGO0FBU08sU0FBUyxnQkFBZ0IsT0FBMkI7QUFDekQsUUFBTSxJQUFJLE1BQU07QUFDaEIsV0FBUyxPQUFPLEdBQUcsUUFBUSxLQUFLLElBQUksR0FBRyxDQUFDLEdBQUcsUUFBUTtBQUNqRCxVQUFNLElBQUksTUFBTSxJQUFJLElBQUk7QUFDeEIsU0FBSyxJQUFJLFNBQVUsSUFBTTtBQUN6QixVQUFNLFNBQVMsS0FBSyxNQUFPLElBQUksS0FBSyxNQUFPLElBQUksS0FBSyxNQUFPLElBQUk7QUFDL0QsV0FBTyxTQUFTLE9BQU8sSUFBSSxPQUFPO0FBQUEsRUFDcEM7QUFDQSxTQUFPO0FBQ1Q7OztBQzNDTyxJQUFNLFlBQW9DLENBQUMsU0FBUyxRQUFRLFVBQVUsY0FBYyxjQUFjO0FBVXpHLGdCQUF1QixXQUFXLFFBQW1DLFdBQXdCLFNBQWlDO0FBQzVILFFBQU0sT0FBTyxhQUFhLFdBQVcsYUFBYTtBQUNsRCxRQUFNLFVBQVUsSUFBSSxZQUFZLFVBQVUsRUFBRSxPQUFPLEtBQUssQ0FBQztBQUN6RCxNQUFJLFFBQVE7QUFDWixNQUFJLFFBQVE7QUFDWixNQUFJLFFBQTJCO0FBQy9CLFFBQU0sVUFBVSxDQUFDLFNBQ2YsSUFBSTtBQUFBLElBQ0Y7QUFBQSxJQUNBLDZDQUE2QyxNQUFNLGVBQWUsSUFBSSxDQUFDLFFBQVEsS0FBSyxlQUFlLElBQUksQ0FBQztBQUFBLElBQ3hHLENBQUM7QUFBQSxJQUNELENBQUMsaUJBQWlCO0FBQUEsRUFDcEI7QUFFRixRQUFNLFlBQVksQ0FBQyxPQUFtQixVQUEyQjtBQUMvRCxRQUFJQyxRQUFPO0FBQ1gsUUFBSSxPQUFPO0FBQ1QsTUFBQUEsUUFBTyxJQUFJLFdBQVcsTUFBTSxTQUFTLE1BQU0sTUFBTTtBQUNqRCxNQUFBQSxNQUFLLElBQUksS0FBSztBQUNkLE1BQUFBLE1BQUssSUFBSSxPQUFPLE1BQU0sTUFBTTtBQUM1QixjQUFRO0FBQUEsSUFDVjtBQUNBLFVBQU0sUUFBUSxRQUFRQSxNQUFLLFNBQVMsZ0JBQWdCQSxLQUFJO0FBQ3hELFFBQUksUUFBUUEsTUFBSyxPQUFRLFNBQVFBLE1BQUssTUFBTSxLQUFLO0FBQ2pELFVBQU0sT0FBTyxTQUFTQSxPQUFNLEdBQUcsS0FBSztBQUNwQyxRQUFJLFNBQVMsS0FBTSxPQUFNLFFBQVEsUUFBUSxNQUFNLE1BQU07QUFDckQsV0FBTztBQUFBLEVBQ1Q7QUFDQSxRQUFNLFNBQVMsQ0FBQyxVQUEwQztBQUN4RCxRQUFJLEtBQU0sUUFBTyxVQUFVLFNBQVMsSUFBSSxXQUFXLENBQUMsR0FBRyxVQUFVLE1BQVM7QUFDMUUsUUFBSTtBQUNGLGFBQU8sUUFBUSxRQUFRLE9BQU8sT0FBTyxFQUFFLFFBQVEsS0FBSyxDQUFDLElBQUksUUFBUSxPQUFPO0FBQUEsSUFDMUUsUUFBUTtBQUNOLFlBQU0sUUFBUSxTQUFTLE9BQU8sVUFBVSxFQUFFO0FBQUEsSUFDNUM7QUFBQSxFQUNGO0FBQ0EsbUJBQWlCLFNBQVMsUUFBUTtBQUNoQyxRQUFJLE9BQU8sT0FBTyxLQUFLO0FBQ3ZCLGFBQVMsTUFBTTtBQUNmLFFBQUksU0FBUyxTQUFTLElBQUk7QUFDeEIsVUFBSSxLQUFLLFdBQVcsQ0FBQyxNQUFNLE1BQVEsUUFBTyxLQUFLLE1BQU0sQ0FBQztBQUN0RCxjQUFRO0FBQUEsSUFDVjtBQUNBLFFBQUksS0FBTSxPQUFNO0FBQUEsRUFDbEI7QUFDQSxRQUFNLE9BQU8sT0FBTyxNQUFTO0FBQzdCLE1BQUksS0FBTSxPQUFNO0FBQ2xCOzs7QUMxRE8sU0FBUyxhQUFhLE9BQW1CLE1BQWMsT0FBcUI7QUFDakYsUUFBTSxRQUFRLE1BQU0sVUFBVSxLQUFLO0FBQ25DLE1BQUksSUFBSSxPQUFPO0FBQ2YsU0FBTyxNQUFNLElBQUksQ0FBQyxNQUFNLEVBQUcsS0FBSyxJQUFJLElBQUs7QUFDekMsUUFBTSxJQUFJLENBQUMsSUFBSSxRQUFRO0FBQ3ZCLFFBQU0sSUFBSSxJQUFJLENBQUMsSUFBSTtBQUNyQjtBQVNPLFNBQVMsUUFBUSxHQUFtQjtBQUN6QyxNQUFJLEtBQUssS0FBSyxJQUFLLE1BQU0sSUFBSyxVQUFVO0FBQ3hDLE1BQUksS0FBSyxLQUFLLElBQUssTUFBTSxJQUFLLFVBQVU7QUFDeEMsU0FBTyxJQUFLLE1BQU07QUFDcEI7OztBQ2JPLElBQU0sY0FBTixNQUFrQjtBQUFBLEVBQ2QsU0FBbUIsQ0FBQztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsRUFLckIsUUFBUSxJQUFJLFdBQVcsR0FBRztBQUFBO0FBQUEsRUFFMUIsU0FBUyxJQUFJLFdBQVcsRUFBRTtBQUFBLEVBRWxDLE9BQU9DLFFBQXVCO0FBQzVCLFdBQU8sS0FBSyxZQUFZQSxRQUFPLEdBQUdBLE9BQU0sTUFBTTtBQUFBLEVBQ2hEO0FBQUE7QUFBQSxFQUdBLFlBQVksTUFBYyxPQUFlLEtBQXFCO0FBQzVELFVBQU0sT0FBTyxPQUFPLE1BQU0sT0FBTyxHQUFHO0FBQ3BDLFVBQU0sUUFBUSxLQUFLLE9BQU8sTUFBTSxPQUFPLEtBQUssSUFBSTtBQUNoRCxRQUFJLFNBQVMsRUFBRyxRQUFPO0FBR3ZCLFVBQU1BLFNBQVEsS0FBSyxNQUFNLE9BQU8sR0FBRztBQUNuQyxXQUFPLEtBQUssTUFBTUEsT0FBTSxTQUFTLE1BQU0sTUFBTUEsUUFBTyxNQUFNLENBQUMsSUFBSUEsUUFBTyxJQUFJO0FBQUEsRUFDNUU7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsRUFPQSxJQUFJQSxRQUF1QjtBQUN6QixXQUFPLEtBQUssTUFBTUEsUUFBTyxPQUFPQSxRQUFPLEdBQUdBLE9BQU0sTUFBTSxDQUFDO0FBQUEsRUFDekQ7QUFBQTtBQUFBLEVBR0EsVUFBVSxNQUFjLE9BQWUsS0FBcUI7QUFDMUQsV0FBTyxLQUFLLE9BQU8sTUFBTSxPQUFPLEtBQUssT0FBTyxNQUFNLE9BQU8sR0FBRyxDQUFDO0FBQUEsRUFDL0Q7QUFBQSxFQUVBLElBQUksT0FBZTtBQUNqQixXQUFPLEtBQUssT0FBTztBQUFBLEVBQ3JCO0FBQUEsRUFFUSxPQUFPLE1BQWMsT0FBZSxLQUFhLE1BQXNCO0FBQzdFLFVBQU0sUUFBUSxLQUFLO0FBQ25CLFVBQU0sUUFBUSxNQUFNLFVBQVUsS0FBSztBQUNuQyxhQUFTLElBQUksT0FBTyxRQUFRLElBQUssSUFBSSxJQUFLLE1BQU07QUFDOUMsWUFBTSxRQUFRLE1BQU0sSUFBSSxDQUFDLElBQUs7QUFDOUIsVUFBSSxRQUFRLEVBQUcsUUFBTztBQUN0QixVQUFJLE1BQU0sSUFBSSxJQUFJLENBQUMsTUFBTSxLQUFNO0FBQy9CLFlBQU0sSUFBSSxLQUFLLE9BQU8sS0FBSztBQUUzQixVQUFJLEVBQUUsV0FBVyxNQUFNLFNBQVMsS0FBSyxNQUFNLE9BQU8sR0FBRyxNQUFNLEVBQUcsUUFBTztBQUFBLElBQ3ZFO0FBQUEsRUFDRjtBQUFBLEVBRVEsTUFBTUEsUUFBZSxNQUFzQjtBQUNqRCxVQUFNLElBQUksS0FBSyxPQUFPO0FBQ3RCLFNBQUssT0FBTyxLQUFLQSxNQUFLO0FBQ3RCLFFBQUksTUFBTSxLQUFLLE9BQU8sUUFBUTtBQUM1QixZQUFNLFNBQVMsSUFBSSxXQUFXLElBQUksQ0FBQztBQUNuQyxhQUFPLElBQUksS0FBSyxNQUFNO0FBQ3RCLFdBQUssU0FBUztBQUFBLElBQ2hCO0FBQ0EsU0FBSyxPQUFPLENBQUMsSUFBSTtBQUNqQixRQUFJLEtBQUssT0FBTyxTQUFTLElBQUksS0FBSyxNQUFNLE9BQVEsTUFBSyxPQUFPO0FBQUEsUUFDdkQsY0FBYSxLQUFLLE9BQU8sTUFBTSxDQUFDO0FBQ3JDLFdBQU87QUFBQSxFQUNUO0FBQUEsRUFFUSxTQUFlO0FBQ3JCLFNBQUssUUFBUSxJQUFJLFdBQVcsS0FBSyxNQUFNLFNBQVMsQ0FBQztBQUNqRCxhQUFTLElBQUksR0FBRyxJQUFJLEtBQUssT0FBTyxRQUFRLElBQUssY0FBYSxLQUFLLE9BQU8sS0FBSyxPQUFPLENBQUMsR0FBSSxDQUFDO0FBQUEsRUFDMUY7QUFDRjtBQUdBLElBQU0sUUFBUTtBQVFkLFNBQVMsT0FBTyxNQUFjLE9BQWUsS0FBcUI7QUFDaEUsTUFBSSxJQUFJO0FBQ1IsTUFBSSxNQUFNLFNBQVMsT0FBTztBQUN4QixhQUFTLElBQUksT0FBTyxJQUFJLEtBQUssSUFBSyxLQUFJLEtBQUssS0FBSyxJQUFJLEtBQUssV0FBVyxDQUFDLEdBQUcsUUFBVTtBQUFBLEVBQ3BGLE9BQU87QUFDTCxRQUFJLEtBQUssS0FBSyxJQUFLLE1BQU0sT0FBUSxRQUFVO0FBQzNDLGFBQVMsSUFBSSxPQUFPLElBQUksUUFBUSxHQUFHLElBQUssS0FBSSxLQUFLLEtBQUssSUFBSSxLQUFLLFdBQVcsQ0FBQyxHQUFHLFFBQVU7QUFDeEYsYUFBUyxJQUFJLE1BQU0sR0FBRyxJQUFJLEtBQUssSUFBSyxLQUFJLEtBQUssS0FBSyxJQUFJLEtBQUssV0FBVyxDQUFDLEdBQUcsUUFBVTtBQUFBLEVBQ3RGO0FBQ0EsU0FBTyxRQUFRLENBQUM7QUFDbEI7OztBQ3ZHTyxJQUFNLGtCQUFOLE1BQXNCO0FBQUEsRUFDbEIsUUFBUSxJQUFJLFlBQVk7QUFBQSxFQUN4QixhQUFhLElBQUksWUFBWTtBQUFBLEVBQzdCLGNBQWMsSUFBSSxZQUFZO0FBQUEsRUFDOUIsWUFBWSxJQUFJLFlBQVk7QUFBQTtBQUFBLEVBRTdCLFdBQStCO0FBQUE7QUFBQSxFQUV0QixnQkFBZ0Isb0JBQUksSUFBK0I7QUFBQSxFQUM1RCxTQUFTLElBQUksWUFBWSxJQUFJO0FBQUEsRUFDN0IsV0FBVyxJQUFJLFlBQVksSUFBSTtBQUFBLEVBQy9CLGFBQWEsSUFBSSxZQUFZLElBQUk7QUFBQSxFQUNqQyxPQUFPLElBQUksYUFBYSxJQUFJO0FBQUE7QUFBQSxFQUU1QixRQUE2QjtBQUFBLEVBQzdCLFFBQVE7QUFBQSxFQUNoQixVQUFVO0FBQUEsRUFDRCxrQkFBNEIsQ0FBQztBQUFBLEVBRXRDLElBQUksU0FBaUI7QUFDbkIsV0FBTyxLQUFLO0FBQUEsRUFDZDtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsRUFNQSxJQUFJLFdBQW1CLFVBQWtCLFlBQW9CLE1BQWMsUUFBUSxPQUFPLEtBQUssV0FBVyxhQUFhLGVBQXlDO0FBQzlKLFFBQUksS0FBSyxVQUFVLEtBQUssS0FBSyxPQUFRLE1BQUssS0FBSztBQUMvQyxVQUFNLElBQUksS0FBSztBQUNmLFNBQUssT0FBTyxDQUFDLElBQUk7QUFDakIsU0FBSyxTQUFTLENBQUMsSUFBSTtBQUNuQixTQUFLLFdBQVcsQ0FBQyxJQUFJO0FBQ3JCLFNBQUssS0FBSyxDQUFDLElBQUk7QUFDZixRQUFJLENBQUMsT0FBTyxNQUFNLEtBQUssS0FBSyxLQUFLLFVBQVUsS0FBTSxNQUFLLFFBQVEsSUFBSSxhQUFhLEtBQUssS0FBSyxNQUFNLEVBQUUsS0FBSyxPQUFPLEdBQUc7QUFDaEgsUUFBSSxLQUFLLFVBQVUsS0FBTSxNQUFLLE1BQU0sQ0FBQyxJQUFJO0FBQ3pDLFFBQUksYUFBYSxlQUFlLEtBQUssYUFBYSxLQUFNLE1BQUssV0FBVyxJQUFJLFlBQVksS0FBSyxLQUFLLE1BQU0sRUFBRSxLQUFLLFdBQVc7QUFDMUgsUUFBSSxLQUFLLGFBQWEsS0FBTSxNQUFLLFNBQVMsQ0FBQyxJQUFJO0FBQy9DLFFBQUksa0JBQWtCLFVBQWEsY0FBYyxTQUFTLEVBQUcsTUFBSyxjQUFjLElBQUksR0FBRyxhQUFhO0FBQUEsRUFDdEc7QUFBQSxFQUVBLEtBQUssU0FBdUI7QUFDMUIsU0FBSztBQUNMLFFBQUksS0FBSyxnQkFBZ0IsU0FBUyxHQUFJLE1BQUssZ0JBQWdCLEtBQUssT0FBTztBQUFBLEVBQ3pFO0FBQUEsRUFFUSxPQUFhO0FBQ25CLFVBQU0sT0FBTyxLQUFLLEtBQUssU0FBUztBQUNoQyxVQUFNLE1BQU0sQ0FBQyxRQUFxQjtBQUNoQyxZQUFNLE9BQU8sSUFBSSxZQUFZLElBQUk7QUFDakMsV0FBSyxJQUFJLEdBQUc7QUFDWixhQUFPO0FBQUEsSUFDVDtBQUNBLFNBQUssU0FBUyxJQUFJLEtBQUssTUFBTTtBQUM3QixTQUFLLFdBQVcsSUFBSSxLQUFLLFFBQVE7QUFDakMsU0FBSyxhQUFhLElBQUksS0FBSyxVQUFVO0FBQ3JDLFVBQU0sT0FBTyxJQUFJLGFBQWEsSUFBSTtBQUNsQyxTQUFLLElBQUksS0FBSyxJQUFJO0FBQ2xCLFNBQUssT0FBTztBQUNaLFFBQUksS0FBSyxVQUFVLE1BQU07QUFDdkIsWUFBTSxRQUFRLElBQUksYUFBYSxJQUFJLEVBQUUsS0FBSyxPQUFPLEdBQUc7QUFDcEQsWUFBTSxJQUFJLEtBQUssS0FBSztBQUNwQixXQUFLLFFBQVE7QUFBQSxJQUNmO0FBQ0EsUUFBSSxLQUFLLGFBQWEsTUFBTTtBQUMxQixZQUFNLFdBQVcsSUFBSSxZQUFZLElBQUksRUFBRSxLQUFLLFdBQVc7QUFDdkQsZUFBUyxJQUFJLEtBQUssUUFBUTtBQUMxQixXQUFLLFdBQVc7QUFBQSxJQUNsQjtBQUFBLEVBQ0Y7QUFBQTtBQUFBLEVBR0EsTUFBTSxRQUE0QixnQkFBZ0IsT0FBaUI7QUFDakUsVUFBTSxJQUFJLEtBQUs7QUFDZixVQUFNLFlBQVksS0FBSyxNQUFNO0FBRTdCLFVBQU0sWUFBWSxJQUFJLFlBQVksWUFBWSxDQUFDO0FBQy9DLGFBQVMsSUFBSSxHQUFHLElBQUksR0FBRyxJQUFLLFdBQVUsS0FBSyxPQUFPLENBQUMsSUFBSyxDQUFDO0FBQ3pELGFBQVMsSUFBSSxHQUFHLElBQUksV0FBVyxJQUFLLFdBQVUsSUFBSSxDQUFDLEtBQU0sVUFBVSxDQUFDO0FBQ3BFLFVBQU0sT0FBTyxVQUFVLE1BQU0sR0FBRyxTQUFTO0FBQ3pDLFVBQU0sUUFBUSxJQUFJLFlBQVksQ0FBQztBQUMvQixhQUFTLElBQUksR0FBRyxJQUFJLEdBQUcsSUFBSyxPQUFNLEtBQUssS0FBSyxPQUFPLENBQUMsQ0FBRSxHQUFJLElBQUk7QUFFOUQsVUFBTSxPQUFPLEtBQUs7QUFDbEIsYUFBUyxJQUFJLEdBQUcsSUFBSSxXQUFXLEtBQUs7QUFDbEMsWUFBTSxPQUFPLFVBQVUsQ0FBQztBQUN4QixZQUFNLEtBQUssVUFBVSxJQUFJLENBQUM7QUFDMUIsVUFBSSxTQUFTO0FBQ2IsZUFBUyxJQUFJLE9BQU8sR0FBRyxJQUFJLE1BQU0sUUFBUSxJQUFLLFVBQVMsS0FBSyxNQUFNLElBQUksQ0FBQyxDQUFFLEtBQU0sS0FBSyxNQUFNLENBQUMsQ0FBRTtBQUM3RixVQUFJLE9BQVE7QUFDWixZQUFNLFNBQVMsTUFBTSxLQUFLLE1BQU0sU0FBUyxNQUFNLEVBQUUsQ0FBQyxFQUFFLEtBQUssQ0FBQyxHQUFHLE1BQU0sS0FBSyxDQUFDLElBQUssS0FBSyxDQUFDLENBQUU7QUFDdEYsWUFBTSxJQUFJLFFBQVEsSUFBSTtBQUFBLElBQ3hCO0FBQ0EsVUFBTSxXQUFXLElBQUksWUFBWSxDQUFDO0FBQ2xDLFVBQU0sYUFBYSxJQUFJLFlBQVksQ0FBQztBQUNwQyxVQUFNLFFBQVEsSUFBSSxhQUFhLENBQUM7QUFDaEMsVUFBTSxTQUFTLEtBQUssVUFBVSxPQUFPLE9BQU8sSUFBSSxhQUFhLENBQUM7QUFDOUQsVUFBTSxZQUFZLGdCQUFnQixJQUFJLFlBQVksQ0FBQyxFQUFFLEtBQUssV0FBVyxJQUFJO0FBQ3pFLFVBQU0sT0FBTyxpQkFBaUIsS0FBSyxjQUFjLE9BQU8sSUFBSSxvQkFBSSxJQUErQixJQUFJO0FBQ25HLGFBQVMsSUFBSSxHQUFHLElBQUksR0FBRyxLQUFLO0FBQzFCLFlBQU0sSUFBSSxNQUFNLENBQUM7QUFDakIsZUFBUyxDQUFDLElBQUksS0FBSyxTQUFTLENBQUM7QUFDN0IsaUJBQVcsQ0FBQyxJQUFJLEtBQUssV0FBVyxDQUFDO0FBQ2pDLFlBQU0sQ0FBQyxJQUFJLEtBQUssQ0FBQztBQUNqQixVQUFJLFdBQVcsS0FBTSxRQUFPLENBQUMsSUFBSSxLQUFLLE1BQU8sQ0FBQztBQUM5QyxVQUFJLGNBQWMsUUFBUSxLQUFLLGFBQWEsS0FBTSxXQUFVLENBQUMsSUFBSSxLQUFLLFNBQVMsQ0FBQztBQUNoRixZQUFNLFNBQVMsU0FBUyxPQUFPLFNBQVksS0FBSyxjQUFjLElBQUksQ0FBQztBQUNuRSxVQUFJLFdBQVcsT0FBVyxNQUFNLElBQUksR0FBRyxNQUFNO0FBQUEsSUFDL0M7QUFDQSxXQUFPO0FBQUEsTUFDTDtBQUFBLE1BQ0EsUUFBUTtBQUFBLE1BQ1IsT0FBTyxLQUFLLE1BQU07QUFBQSxNQUNsQixZQUFZLEtBQUssV0FBVztBQUFBLE1BQzVCLGFBQWEsS0FBSyxZQUFZO0FBQUEsTUFDOUI7QUFBQSxNQUNBO0FBQUEsTUFDQTtBQUFBLE1BQ0EsTUFBTTtBQUFBLE1BQ04sT0FBTztBQUFBLE1BQ1AsU0FBUyxLQUFLO0FBQUEsTUFDZCxpQkFBaUIsS0FBSztBQUFBLE1BQ3RCLEdBQUksaUJBQWlCLEVBQUUsV0FBVyxLQUFLLFVBQVUsUUFBUSxVQUFVLFdBQVcsZUFBZSxLQUFLO0FBQUEsSUFDcEc7QUFBQSxFQUNGO0FBQ0Y7OztBQzFIQSxnQkFBdUIsbUJBQW1CLFFBQStEO0FBQ3ZHLFFBQU0sV0FBVyxPQUFPLE9BQU8sYUFBYSxFQUFFO0FBQzlDLE1BQUksUUFBUSxNQUFNLFNBQVMsS0FBSztBQUNoQyxTQUFPLENBQUMsTUFBTSxRQUFRLE1BQU0sTUFBTSxXQUFXLEVBQUcsU0FBUSxNQUFNLFNBQVMsS0FBSztBQUM1RSxNQUFJLE1BQU0sS0FBTTtBQUVoQixNQUFJLE1BQU0sTUFBTSxXQUFXLEdBQUc7QUFDNUIsVUFBTSxTQUFTLE1BQU0sU0FBUyxLQUFLO0FBQ25DLFFBQUksQ0FBQyxPQUFPLE1BQU07QUFDaEIsWUFBTUMsVUFBUyxJQUFJLFdBQVcsSUFBSSxPQUFPLE1BQU0sTUFBTTtBQUNyRCxNQUFBQSxRQUFPLENBQUMsSUFBSSxNQUFNLE1BQU0sQ0FBQztBQUN6QixNQUFBQSxRQUFPLElBQUksT0FBTyxPQUFPLENBQUM7QUFDMUIsY0FBUSxFQUFFLE1BQU0sT0FBTyxPQUFPQSxRQUFPO0FBQUEsSUFDdkM7QUFBQSxFQUNGO0FBQ0EsUUFBTSxPQUFPLE1BQU07QUFDbkIsTUFBSSxFQUFFLEtBQUssQ0FBQyxNQUFNLE1BQVEsS0FBSyxDQUFDLE1BQU0sTUFBTztBQUMzQyxVQUFNO0FBQ04sYUFBUyxPQUFPLE1BQU0sU0FBUyxLQUFLLEdBQUcsQ0FBQyxLQUFLLE1BQU0sT0FBTyxNQUFNLFNBQVMsS0FBSyxFQUFHLE9BQU0sS0FBSztBQUM1RjtBQUFBLEVBQ0Y7QUFDQSxRQUFNLGFBQWEsSUFBSSxlQUEyQjtBQUFBLElBQ2hELE1BQU0sWUFBWTtBQUNoQixpQkFBVyxRQUFRLElBQUk7QUFBQSxJQUN6QjtBQUFBLElBQ0EsTUFBTSxLQUFLLFlBQVk7QUFDckIsWUFBTSxPQUFPLE1BQU0sU0FBUyxLQUFLO0FBQ2pDLFVBQUksS0FBSyxLQUFNLFlBQVcsTUFBTTtBQUFBLFVBQzNCLFlBQVcsUUFBUSxLQUFLLEtBQUs7QUFBQSxJQUNwQztBQUFBLElBQ0EsTUFBTSxTQUFTO0FBQ2IsWUFBTSxTQUFTLFNBQVM7QUFBQSxJQUMxQjtBQUFBLEVBQ0YsQ0FBQztBQUNELFFBQU0sU0FBUyxXQUFXLFlBQVksSUFBSSxvQkFBb0IsTUFBTSxDQUFpRCxFQUFFLFVBQVU7QUFDakksYUFBUztBQUNQLFFBQUk7QUFDSixRQUFJO0FBQ0YsZUFBUyxNQUFNLE9BQU8sS0FBSztBQUFBLElBQzdCLFNBQVMsR0FBRztBQUNWLFlBQU0sSUFBSTtBQUFBLFFBQ1I7QUFBQSxRQUNBLDBDQUEyQyxFQUFZLE9BQU87QUFBQSxNQUNoRTtBQUFBLElBQ0Y7QUFDQSxRQUFJLE9BQU8sS0FBTTtBQUNqQixVQUFNLE9BQU87QUFBQSxFQUNmO0FBQ0Y7OztBQ2pDQSxnQkFBdUIsV0FBVyxRQUFxRTtBQUNyRyxNQUFJLGtCQUFrQixZQUFZO0FBQ2hDLFVBQU07QUFBQSxFQUNSLFdBQVcsa0JBQWtCLGFBQWE7QUFDeEMsVUFBTSxJQUFJLFdBQVcsTUFBTTtBQUFBLEVBQzdCLFdBQVcsT0FBUSxPQUEwQixjQUFjLFlBQVk7QUFFckUsVUFBTSxTQUFVLE9BQXNDLFVBQVU7QUFDaEUsUUFBSTtBQUNGLGlCQUFTO0FBQ1AsY0FBTSxFQUFFLE1BQU0sT0FBQUMsT0FBTSxJQUFJLE1BQU0sT0FBTyxLQUFLO0FBQzFDLFlBQUksS0FBTTtBQUNWLGNBQU1BO0FBQUEsTUFDUjtBQUFBLElBQ0YsVUFBRTtBQUNBLGFBQU8sWUFBWTtBQUFBLElBQ3JCO0FBQUEsRUFDRixXQUFXLE9BQU8saUJBQWlCLFVBQVUsT0FBTyxZQUFZLFFBQVE7QUFDdEUscUJBQWlCLFNBQVMsUUFBcUM7QUFDN0QsVUFBSSxPQUFPLFVBQVUsU0FBVSxPQUFNLElBQUksVUFBVSwrRkFBK0Y7QUFDbEosWUFBTTtBQUFBLElBQ1I7QUFBQSxFQUNGLE9BQU87QUFDTCxVQUFNLElBQUksVUFBVSxrR0FBa0c7QUFBQSxFQUN4SDtBQUNGOzs7QUNuRGtRLE9BQU8sVUFBVTs7O0FDRzVRLElBQU0sU0FBUztBQWVmLElBQU0sV0FBTixNQUFlO0FBQUE7QUFBQSxFQUVaLFFBQVEsSUFBSSxXQUFXLEtBQUssRUFBRTtBQUFBLEVBQzlCLE9BQU87QUFBQTtBQUFBLEVBRVAsV0FBVyxJQUFJLFdBQVcsRUFBRTtBQUFBLEVBQzVCLFlBQVksSUFBSSxXQUFXLEVBQUU7QUFBQSxFQUM3QixVQUFVLElBQUksV0FBVyxFQUFFO0FBQUEsRUFDM0IsU0FBUyxJQUFJLFlBQVksRUFBRTtBQUFBLEVBQzNCLFFBQVE7QUFBQTtBQUFBLEVBRVIsUUFBUSxJQUFJLFdBQVcsR0FBRztBQUFBO0FBQUEsRUFHbEMsS0FBSyxPQUFtQixPQUFlLEtBQXFCO0FBQzFELFdBQU8sS0FBSyxPQUFPLE9BQU8sT0FBTyxLQUFLLFVBQVUsT0FBTyxPQUFPLEdBQUcsQ0FBQztBQUFBLEVBQ3BFO0FBQUE7QUFBQSxFQUdBLElBQUksT0FBbUIsT0FBZSxLQUFhQyxRQUFxQjtBQUN0RSxVQUFNLFNBQVMsTUFBTTtBQUNyQixRQUFJLEtBQUssT0FBTyxTQUFTLEtBQUssTUFBTSxRQUFRO0FBQzFDLFlBQU0sUUFBUSxJQUFJLFdBQVcsS0FBSyxJQUFJLElBQUksS0FBSyxNQUFNLFFBQVEsS0FBSyxPQUFPLE1BQU0sQ0FBQztBQUNoRixZQUFNLElBQUksS0FBSyxNQUFNLFNBQVMsR0FBRyxLQUFLLElBQUksQ0FBQztBQUMzQyxXQUFLLFFBQVE7QUFBQSxJQUNmO0FBQ0EsUUFBSSxLQUFLLFVBQVUsS0FBSyxPQUFPLFFBQVE7QUFDckMsV0FBSyxXQUFXLE1BQU0sS0FBSyxVQUFVLElBQUksV0FBVyxJQUFJLEtBQUssS0FBSyxDQUFDO0FBQ25FLFdBQUssWUFBWSxNQUFNLEtBQUssV0FBVyxJQUFJLFdBQVcsSUFBSSxLQUFLLEtBQUssQ0FBQztBQUNyRSxXQUFLLFVBQVUsTUFBTSxLQUFLLFNBQVMsSUFBSSxXQUFXLElBQUksS0FBSyxLQUFLLENBQUM7QUFDakUsV0FBSyxTQUFTLE1BQU0sS0FBSyxRQUFRLElBQUksWUFBWSxJQUFJLEtBQUssS0FBSyxDQUFDO0FBQUEsSUFDbEU7QUFDQSxVQUFNLFFBQVEsS0FBSztBQUNuQixVQUFNLE9BQU8sVUFBVSxPQUFPLE9BQU8sR0FBRztBQUN4QyxhQUFTLElBQUksR0FBRyxJQUFJLFFBQVEsSUFBSyxNQUFLLE1BQU0sS0FBSyxPQUFPLENBQUMsSUFBSSxNQUFNLFFBQVEsQ0FBQztBQUM1RSxTQUFLLFNBQVMsS0FBSyxJQUFJLEtBQUs7QUFDNUIsU0FBSyxVQUFVLEtBQUssSUFBSTtBQUN4QixTQUFLLFFBQVEsS0FBSyxJQUFJO0FBQ3RCLFNBQUssT0FBTyxLQUFLLElBQUlBO0FBQ3JCLFNBQUssUUFBUTtBQUNiLFFBQUksS0FBSyxRQUFRLElBQUksS0FBSyxNQUFNLE9BQVEsTUFBSyxPQUFPO0FBQUEsUUFDL0MsY0FBYSxLQUFLLE9BQU8sTUFBTSxLQUFLO0FBQUEsRUFDM0M7QUFBQSxFQUVRLE9BQU8sT0FBbUIsT0FBZSxLQUFhLE1BQXNCO0FBQ2xGLFVBQU0sUUFBUSxLQUFLO0FBQ25CLFVBQU0sUUFBUSxNQUFNLFVBQVUsS0FBSztBQUNuQyxVQUFNLFNBQVMsTUFBTTtBQUNyQixVQUFNLFFBQVEsS0FBSztBQUNuQixVQUFPLFVBQVMsSUFBSSxPQUFPLFFBQVEsSUFBSyxJQUFJLElBQUssTUFBTTtBQUNyRCxZQUFNLFFBQVEsTUFBTSxJQUFJLENBQUMsSUFBSztBQUM5QixVQUFJLFFBQVEsRUFBRyxRQUFPO0FBQ3RCLFVBQUksTUFBTSxJQUFJLElBQUksQ0FBQyxNQUFNLFFBQVEsS0FBSyxVQUFVLEtBQUssTUFBTSxPQUFRO0FBQ25FLFlBQU0sS0FBSyxLQUFLLFNBQVMsS0FBSyxJQUFLO0FBQ25DLGVBQVMsSUFBSSxPQUFPLElBQUksS0FBSyxJQUFLLEtBQUksTUFBTSxLQUFLLENBQUMsTUFBTSxNQUFNLENBQUMsRUFBRyxVQUFTO0FBQzNFLGFBQU8sS0FBSyxPQUFPLEtBQUs7QUFBQSxJQUMxQjtBQUFBLEVBQ0Y7QUFBQSxFQUVRLFNBQWU7QUFDckIsU0FBSyxRQUFRLElBQUksV0FBVyxLQUFLLE1BQU0sU0FBUyxDQUFDO0FBQ2pELGFBQVMsUUFBUSxHQUFHLFFBQVEsS0FBSyxPQUFPLFFBQVMsY0FBYSxLQUFLLE9BQU8sS0FBSyxRQUFRLEtBQUssR0FBSSxLQUFLO0FBQUEsRUFDdkc7QUFDRjtBQUVBLFNBQVMsTUFBMEMsS0FBUSxNQUFZO0FBQ3JFLE9BQUssSUFBSSxHQUFHO0FBQ1osU0FBTztBQUNUO0FBR0EsSUFBTUMsU0FBUTtBQU9kLFNBQVMsVUFBVSxPQUFtQixPQUFlLEtBQXFCO0FBQ3hFLE1BQUksSUFBSTtBQUNSLE1BQUksTUFBTSxTQUFTQSxRQUFPO0FBQ3hCLGFBQVMsSUFBSSxPQUFPLElBQUksS0FBSyxJQUFLLEtBQUksS0FBSyxLQUFLLElBQUksTUFBTSxDQUFDLEdBQUksUUFBVTtBQUFBLEVBQzNFLE9BQU87QUFDTCxRQUFJLEtBQUssS0FBSyxJQUFLLE1BQU0sT0FBUSxRQUFVO0FBQzNDLGFBQVMsSUFBSSxPQUFPLElBQUksUUFBUSxHQUFHLElBQUssS0FBSSxLQUFLLEtBQUssSUFBSSxNQUFNLENBQUMsR0FBSSxRQUFVO0FBQy9FLGFBQVMsSUFBSSxNQUFNLEdBQUcsSUFBSSxLQUFLLElBQUssS0FBSSxLQUFLLEtBQUssSUFBSSxNQUFNLENBQUMsR0FBSSxRQUFVO0FBQUEsRUFDN0U7QUFDQSxTQUFPLFFBQVEsQ0FBQztBQUNsQjs7O0FDL0ZPLFNBQVMsY0FBYyxNQUFjLFVBQXdEO0FBQ2xHLE1BQUksS0FBSyxRQUFRLElBQUksSUFBSSxFQUFHLFFBQU8sRUFBRSxNQUFNLFVBQVUsV0FBVyxJQUFJLElBQUksQ0FBQyxXQUFXLFNBQVM7QUFDN0YsTUFBSSxNQUFNO0FBQ1YsTUFBSSxNQUFNO0FBQ1YsU0FBTyxNQUFNLEtBQUssUUFBUTtBQUN4QixVQUFNQyxTQUFRLEtBQUssUUFBUSxLQUFLLEdBQUc7QUFDbkMsVUFBTSxNQUFNQSxTQUFRLElBQUksS0FBSyxTQUFTQSxTQUFRO0FBQzlDLFVBQU0sUUFBUSxLQUFLLE1BQU0sS0FBSyxHQUFHO0FBQ2pDLFdBQU8sWUFBWSxNQUFNLFFBQVEsSUFBSSxJQUFJLElBQUksUUFBUSxNQUFNLFFBQVEsVUFBVSxJQUFJO0FBQ2pGLFFBQUlBLFVBQVMsRUFBRyxZQUFXLENBQUM7QUFDNUIsVUFBTTtBQUFBLEVBQ1I7QUFDQSxTQUFPLEVBQUUsTUFBTSxLQUFLLFNBQVM7QUFDL0I7QUFHQSxTQUFTLFdBQVcsTUFBdUI7QUFDekMsTUFBSSxNQUFNO0FBQ1YsV0FBUyxJQUFJLEtBQUssUUFBUSxHQUFHLEdBQUcsS0FBSyxHQUFHLElBQUksS0FBSyxRQUFRLEtBQUssSUFBSSxDQUFDLEVBQUcsT0FBTSxDQUFDO0FBQzdFLFNBQU87QUFDVDs7O0FDL0I4UCxTQUFTLGdCQUFnQjtBQUd2UixJQUFNLGlCQUFpQjtBQXVCaEIsU0FBUyxhQUFhLE1BQWMsT0FBd0M7QUFDakYsUUFBTSxTQUFTLEtBQUssTUFBTSxHQUFHLGNBQWMsRUFBRSxZQUFZO0FBQ3pELFFBQU0sUUFBUSxLQUFLLElBQUksR0FBRyxLQUFLLE1BQU0sT0FBTyxTQUFTLENBQUMsQ0FBQztBQUN2RCxRQUFNLFNBQVMsTUFBTSxJQUFJLENBQUMsV0FBVyxVQUFVO0FBQzdDLFVBQU0sUUFBUSxVQUFVLE1BQU0sR0FBRyxjQUFjLEVBQUUsWUFBWTtBQUM3RCxVQUFNLFdBQVcsT0FBTyxVQUFVLEtBQUssTUFBTSxVQUFVLE1BQU0sTUFBTSxTQUFTLE1BQU0sS0FBSyxPQUFPLFNBQVMsS0FBSztBQUM1RyxVQUFNLElBQUksU0FBUyxRQUFRLEtBQUs7QUFDaEMsV0FBTyxFQUFFLFdBQVcsT0FBTyxHQUFHLE9BQU8sS0FBSyxTQUFTLFNBQVM7QUFBQSxFQUM5RCxDQUFDO0FBQ0QsU0FBTyxLQUFLLENBQUMsR0FBRyxNQUFNLE9BQU8sRUFBRSxLQUFLLElBQUksT0FBTyxFQUFFLEtBQUssS0FBSyxFQUFFLElBQUksRUFBRSxLQUFLLEVBQUUsUUFBUSxFQUFFLEtBQUs7QUFDekYsU0FBTyxFQUFFLFNBQVMsT0FBTyxJQUFJLENBQUMsTUFBTSxFQUFFLFNBQVMsR0FBRyxXQUFXLE9BQU8sT0FBTyxDQUFDLE1BQU0sRUFBRSxLQUFLLEVBQUUsSUFBSSxDQUFDLE1BQU0sRUFBRSxTQUFTLEVBQUU7QUFDckg7QUFRTyxTQUFTLFdBQVcsV0FBOEJDLFFBQXlDO0FBQ2hHLE1BQUksVUFBVSxXQUFXLEVBQUcsUUFBTztBQUNuQyxRQUFNLFFBQVEsVUFBVSxNQUFNLEdBQUcsQ0FBQyxFQUFFLElBQUlBLE1BQUs7QUFDN0MsU0FBTyxnQkFBZ0IsTUFBTSxXQUFXLElBQUksTUFBTSxDQUFDLElBQUksR0FBRyxNQUFNLE1BQU0sR0FBRyxFQUFFLEVBQUUsS0FBSyxJQUFJLENBQUMsT0FBTyxNQUFNLEdBQUcsRUFBRSxDQUFDLEVBQUU7QUFDOUc7OztBQ2hEQSxJQUFNLGdCQUFnQjtBQVVmLFNBQVMsUUFBUSxNQUFzQjtBQUM1QyxNQUFJLEtBQUssVUFBVSxjQUFlLFFBQU8sS0FBSyxVQUFVLElBQUk7QUFDNUQsU0FBTyxHQUFHLEtBQUssVUFBVSxLQUFLLE1BQU0sR0FBRyxnQkFBZ0IsQ0FBQyxJQUFJLFFBQUcsQ0FBQyxLQUFLLEtBQUssT0FBTyxlQUFlLElBQUksQ0FBQztBQUN2RztBQVNPLFNBQVMsWUFBWSxRQUEyQixRQUFRLElBQVk7QUFDekUsUUFBTSxRQUFRLE9BQU8sTUFBTSxHQUFHLEtBQUssRUFBRSxJQUFJLE9BQU8sRUFBRSxLQUFLLElBQUk7QUFDM0QsU0FBTyxPQUFPLFNBQVMsUUFBUSxHQUFHLEtBQUssU0FBUyxPQUFPLFNBQVMsT0FBTyxlQUFlLElBQUksQ0FBQyxVQUFVO0FBQ3ZHOzs7QUNJTyxTQUFTLE9BQU8sUUFBc0IsTUFBYyxTQUFpQixPQUErQixRQUEyQixDQUFDLEdBQVM7QUFDOUksTUFBSSxPQUFPLGVBQWUsYUFBYSxJQUFJLElBQUksRUFBRyxRQUFPLFFBQVEsS0FBSyxVQUFVLFdBQVcsS0FBSyxDQUFDO0FBQUEsTUFDNUYsT0FBTSxJQUFJLGNBQWMsTUFBTSxTQUFTLE9BQU8sYUFBYSxJQUFJLElBQUksSUFBSSxDQUFDLEdBQUcsT0FBTyxlQUFlLElBQUksS0FBSztBQUNqSDs7O0FMdEJBLElBQU0sY0FBYyxLQUFLO0FBTXpCLElBQU0sYUFBYSxLQUFLO0FBQ3hCLElBQU0sYUFBYSxDQUFDLEtBQUssS0FBSyxLQUFNLEdBQUc7QUFDdkMsSUFBTSxDQUFDLElBQUksSUFBSSxLQUFLLElBQUksQ0FBQyxJQUFNLElBQU0sRUFBSTtBQUN6QyxJQUFNLFFBQVEsSUFBSSxXQUFXLENBQUM7QUFPOUIsSUFBTUMsY0FBYyxXQUE0QztBQUNoRSxJQUFNLGFBQWEsQ0FBQyxVQUFtQ0EsZUFBYyxDQUFDQSxZQUFXLFNBQVMsS0FBSyxJQUFJQSxZQUFXLEtBQUssTUFBTSxRQUFRLE1BQU0sWUFBWSxNQUFNLE1BQU0sSUFBSTtBQUVuSyxJQUFNLFNBQVM7QUFHZixTQUFTLGdCQUFnQixRQUF3QjtBQUMvQyxNQUFJLE9BQU87QUFDWCxNQUFJLFlBQVk7QUFDaEIsYUFBVyxLQUFLLFlBQVk7QUFDMUIsUUFBSSxRQUFRO0FBQ1osUUFBSSxXQUFXO0FBQ2YsZUFBVyxLQUFLLFFBQVE7QUFDdEIsVUFBSSxNQUFNLElBQUssWUFBVyxDQUFDO0FBQUEsZUFDbEIsTUFBTSxLQUFLLENBQUMsU0FBVTtBQUFBLElBQ2pDO0FBQ0EsUUFBSSxRQUFRLFVBQVcsRUFBQyxNQUFNLFNBQVMsSUFBSSxDQUFDLEdBQUcsS0FBSztBQUFBLEVBQ3REO0FBQ0EsU0FBTztBQUNUO0FBRUEsU0FBUyxRQUFRLE1BQWMsTUFBc0I7QUFDbkQsTUFBSSxJQUFJO0FBQ1IsV0FBUyxJQUFJLEtBQUssUUFBUSxJQUFJLEdBQUcsS0FBSyxHQUFHLElBQUksS0FBSyxRQUFRLE1BQU0sSUFBSSxDQUFDLEVBQUc7QUFDeEUsU0FBTztBQUNUO0FBRUEsU0FBUyxPQUFPLEdBQWUsR0FBMkI7QUFDeEQsUUFBTSxNQUFNLElBQUksV0FBVyxFQUFFLFNBQVMsRUFBRSxNQUFNO0FBQzlDLE1BQUksSUFBSSxDQUFDO0FBQ1QsTUFBSSxJQUFJLEdBQUcsRUFBRSxNQUFNO0FBQ25CLFNBQU8sV0FBVyxHQUFHO0FBQ3ZCO0FBR0EsU0FBUyxXQUFXLE9BQW1CLE1BQWMsSUFBb0I7QUFDdkUsUUFBTSxLQUFLLE1BQU0sUUFBUSxJQUFJLElBQUk7QUFDakMsUUFBTSxLQUFLLE1BQU0sUUFBUSxJQUFJLElBQUk7QUFDakMsUUFBTSxRQUFRLEtBQUssSUFBSSxLQUFLLEtBQUssSUFBSSxLQUFLLEtBQUssSUFBSSxJQUFJLEVBQUU7QUFDekQsU0FBTyxRQUFRLEtBQUssUUFBUTtBQUM5QjtBQUdBLFNBQVMsV0FBVyxPQUFtQixJQUFZLElBQW9CO0FBQ3JFLFNBQU8sTUFBTSxFQUFFLE1BQU0sTUFBTSxLQUFLLElBQUksTUFBTSxNQUFNLEtBQUssQ0FBQyxNQUFNLEtBQUssS0FBSyxJQUFJLEtBQUs7QUFDakY7QUFNQSxTQUFTLGVBQWUsT0FBbUIsTUFBc0I7QUFDL0QsUUFBTSxLQUFLLE1BQU0sWUFBWSxFQUFFO0FBQy9CLE1BQUksS0FBSyxNQUFNLFlBQVksRUFBRTtBQUM3QixNQUFJLE9BQU8sTUFBTSxTQUFTLEVBQUcsTUFBSyxLQUFLLElBQUksTUFBTSxZQUFZLElBQUksS0FBSyxDQUFDLElBQUk7QUFDM0UsUUFBTSxPQUFPLEtBQUssSUFBSSxJQUFJLEVBQUU7QUFDNUIsU0FBTyxPQUFPLE9BQU8sT0FBTyxPQUFPO0FBQ3JDO0FBZUEsZUFBc0IsY0FBYyxRQUFtQyxRQUFzQixXQUFtQztBQUM5SCxRQUFNLEVBQUUsU0FBUyxXQUFXLFlBQVksSUFBSTtBQUM1QyxNQUFJLFNBQTZCO0FBRWpDLE1BQUksZ0JBQWdCO0FBQ3BCLFFBQU0sVUFBVTtBQUNoQixNQUFJLFVBQTJCO0FBQy9CLE1BQUksYUFBYTtBQUNqQixNQUFJLGtCQUE0QixDQUFDO0FBQ2pDLE1BQUksa0JBQWtCO0FBQ3RCLE1BQUksbUJBQW1CO0FBQ3ZCLE1BQUksY0FBYztBQUNsQixNQUFJLGlCQUFpQjtBQUNyQixNQUFJLFNBQVM7QUFFYixNQUFJLE9BQU8sSUFBSSxXQUFXLENBQUM7QUFFM0IsTUFBSSxPQUFPO0FBRVgsUUFBTSxXQUFXLElBQUksU0FBUztBQUM5QixRQUFNLGVBQWUsSUFBSSxTQUFTO0FBQ2xDLFFBQU0saUJBQWlCLElBQUksU0FBUztBQUNwQyxRQUFNLGVBQWUsSUFBSSxTQUFTO0FBQ2xDLE1BQUksV0FBVztBQUNmLE1BQUksZ0JBQWdCLElBQUksV0FBVyxFQUFFO0FBQ3JDLE1BQUksaUJBQWlCO0FBRXJCLE1BQUksV0FBVztBQUNmLE1BQUksV0FBVztBQUVmLFFBQU0sa0JBQWtCLENBQUMsT0FBZSxJQUFJLGNBQWMsb0JBQW9CLFFBQVEsRUFBRSxnQ0FBZ0MsRUFBRSxNQUFNLEdBQUcsR0FBRyxDQUFDLGlCQUFpQixDQUFDO0FBQ3pKLFFBQU0sU0FBUyxDQUFDLE9BQW1CLE9BQWUsS0FBYSxPQUF1QjtBQUNwRixVQUFNLE9BQU8sU0FBUyxPQUFPLE9BQU8sR0FBRztBQUN2QyxRQUFJLFNBQVMsS0FBTSxPQUFNLGdCQUFnQixFQUFFO0FBQzNDLFdBQU87QUFBQSxFQUNUO0FBRUEsUUFBTSxjQUFjLENBQUMsTUFBYyxTQUFpQjtBQUNsRCxVQUFNLElBQUksUUFBUyxRQUFRLElBQUk7QUFDL0IsUUFBSSxJQUFJLEdBQUc7QUFFVCxZQUFNLEVBQUUsU0FBUyxVQUFVLElBQUksYUFBYSxNQUFNLE9BQVE7QUFDMUQsWUFBTSxPQUFPLFdBQVcsV0FBVyxNQUFNO0FBQ3pDLFlBQU0sSUFBSTtBQUFBLFFBQ1I7QUFBQSxRQUNBLGFBQWEsT0FBTyxJQUFJLENBQUMsWUFBWSxJQUFJLEdBQUcsT0FBTyxLQUFLLElBQUksS0FBSyxFQUFFLFlBQVksT0FBTyxvQkFBb0IsRUFBRSxLQUFLLFlBQVksT0FBTyxVQUFVLE9BQVEsQ0FBQyxlQUFlLE9BQU8sU0FBVSxDQUFDO0FBQUEsUUFDeEwsRUFBRSxNQUFNLEVBQUU7QUFBQSxNQUNaO0FBQUEsSUFDRjtBQUNBLFVBQU0sUUFBUSxRQUFTLFFBQVEsTUFBTSxJQUFJLENBQUM7QUFDMUMsUUFBSSxTQUFTLEdBQUc7QUFDZCxZQUFNLElBQUk7QUFBQSxRQUNSO0FBQUEsUUFDQSxjQUFjLE9BQU8sSUFBSSxDQUFDLFlBQVksSUFBSSx5Q0FBeUMsSUFBSSxDQUFDLFFBQVEsUUFBUSxDQUFDO0FBQUEsUUFDekcsRUFBRSxNQUFNLEVBQUU7QUFBQSxNQUNaO0FBQUEsSUFDRjtBQUNBLFdBQU87QUFBQSxFQUNUO0FBRUEsUUFBTSxZQUFZLENBQUMsUUFBa0I7QUFDbkMsY0FBVTtBQUNWLFFBQUksT0FBTyxZQUFZLE1BQU0sT0FBTyxhQUFhLFdBQVcsS0FBSyxPQUFPLGlCQUFpQixJQUFJO0FBQzNGLFlBQU0sSUFBSTtBQUFBLFFBQ1I7QUFBQSxRQUNBLDBKQUEwSixZQUFZLEdBQUcsQ0FBQztBQUFBLE1BQzVLO0FBQUEsSUFDRjtBQUNBLGlCQUFhLFlBQVksT0FBTyxTQUFTLE1BQU07QUFDL0Msc0JBQWtCLE9BQU8sYUFBYSxJQUFJLENBQUMsTUFBTSxZQUFZLEdBQUcsVUFBVSxDQUFDO0FBQzNFLHNCQUFrQixZQUFZLE9BQU8sY0FBYyxXQUFXO0FBQzlELHVCQUFtQixPQUFPLGtCQUFrQixPQUFPLEtBQUssWUFBWSxPQUFPLGVBQWUsWUFBWTtBQUN0RyxrQkFBYyxPQUFPLHNCQUFzQixPQUFPLEtBQUssWUFBWSxPQUFPLG1CQUFtQixpQkFBaUI7QUFDOUcscUJBQWlCLE9BQU8sZ0JBQWdCLE9BQU8sS0FBSyxZQUFZLE9BQU8sYUFBYSxVQUFVO0FBQzlGLGFBQVMsS0FBSyxJQUFJLFlBQVksaUJBQWlCLGtCQUFrQixhQUFhLGdCQUFnQixHQUFHLGVBQWUsSUFBSTtBQUNwSCxXQUFPLElBQUksV0FBVyxNQUFNO0FBQzVCLGFBQVMsSUFBSSxXQUFXLE1BQU07QUFDOUIsV0FBTyxJQUFJLFdBQVcsTUFBTTtBQUM1QixlQUFXLEtBQUssQ0FBQyxZQUFZLGlCQUFpQixrQkFBa0IsYUFBYSxnQkFBZ0IsR0FBRyxlQUFlLEVBQUcsS0FBSSxLQUFLLEVBQUcsTUFBSyxDQUFDLElBQUk7QUFBQSxFQUMxSTtBQU9BLE1BQUksV0FBdUI7QUFDM0IsTUFBSSxTQUFTLElBQUksV0FBVyxDQUFDO0FBQzdCLE1BQUksT0FBTyxJQUFJLFdBQVcsQ0FBQztBQUMzQixNQUFJLFVBQVUsSUFBSSxXQUFXLEdBQUc7QUFDaEMsUUFBTSxVQUFVLElBQUksWUFBWTtBQUNoQyxRQUFNLFFBQVEsQ0FBQyxHQUFXLE9BQWUsT0FBTyxVQUFVLE9BQU8sQ0FBQyxHQUFJLEtBQUssQ0FBQyxHQUFJLEVBQUU7QUFHbEYsUUFBTSxTQUFTLENBQUMsTUFBZ0IsR0FBVyxJQUFZLFlBQThDO0FBQ25HLFVBQU0sUUFBUSxPQUFPLENBQUM7QUFDdEIsVUFBTSxNQUFNLEtBQUssQ0FBQztBQUNsQixRQUFJLFFBQVEsS0FBSyxLQUFLLFVBQVUsT0FBTyxHQUFHO0FBQzFDLFFBQUksVUFBVSxRQUFRO0FBQ3BCLGNBQVEsUUFBUSxNQUFNLEdBQUcsRUFBRSxDQUFDO0FBQzVCLFdBQUssSUFBSSxVQUFVLE9BQU8sS0FBSyxLQUFLO0FBQUEsSUFDdEM7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUdBLFFBQU0sWUFBWSxDQUFDLFNBQWlCLFFBQVEsTUFBTSxJQUFJLElBQUk7QUFDMUQsUUFBTSxnQkFBZ0IsQ0FBQyxTQUFpQixRQUFRLFdBQVcsSUFBSSxJQUFJO0FBQ25FLFFBQU0sZ0JBQWdCLENBQUMsU0FBaUIsUUFBUSxVQUFVLElBQUksSUFBSTtBQUNsRSxRQUFNLGtCQUFrQixDQUFDLFNBQWtCLE9BQU8sUUFBUSxJQUFJLElBQUksSUFBSSxxQkFBcUIsUUFBUSxZQUFZLElBQUksSUFBSTtBQUV2SCxRQUFNLGFBQWEsQ0FBQyxPQUF1QjtBQUN6QyxRQUFJQyxVQUFTO0FBQ2IsZUFBVyxLQUFLLGlCQUFpQjtBQUMvQixZQUFNLE9BQU8sTUFBTSxHQUFHLEVBQUU7QUFDeEIsVUFBSSxTQUFTLEdBQUksQ0FBQUEsVUFBU0EsWUFBVyxLQUFLLE9BQU9BLFVBQVMsT0FBTyxvQkFBb0I7QUFBQSxJQUN2RjtBQUNBLFdBQU9BO0FBQUEsRUFDVDtBQUVBLFFBQU0sU0FBUyxDQUFDLEdBQVcsT0FBdUI7QUFDaEQsVUFBTSxRQUFRLE9BQU8sQ0FBQztBQUN0QixVQUFNLE1BQU0sS0FBSyxDQUFDO0FBRWxCLFFBQUksZ0JBQWdCLFFBQVEsTUFBTSxTQUFTLFNBQVMsS0FBSyxJQUFLLE1BQU0sU0FBUyxNQUFNLENBQUMsSUFBSyxHQUFJLFFBQU8sWUFBWSxVQUFVLE9BQU8sR0FBRztBQUNwSSxXQUFPLFVBQVUsTUFBTSxHQUFHLEVBQUUsQ0FBQztBQUFBLEVBQy9CO0FBR0EsUUFBTSxTQUFTLENBQUMsSUFBWSxXQUFtQjtBQUM3QyxRQUFJLFNBQVMsUUFBUyxRQUFRO0FBQzVCLFlBQU0sSUFBSSxjQUFjLE1BQU8sUUFBUSxPQUFPLFNBQVU7QUFDeEQsYUFBTyxRQUFRLFlBQVksUUFBUSxFQUFFLEtBQUssTUFBTSxnQ0FBZ0MsUUFBUyxNQUFNLGlDQUFpQyxDQUFDLHNFQUFpRSxFQUFFLE1BQU0sR0FBRyxDQUFDO0FBQzlNO0FBQUEsSUFDRjtBQUNBLFFBQUksU0FBUyxRQUFRO0FBQ25CLGFBQU8sUUFBUSxhQUFhLFFBQVEsRUFBRSxLQUFLLE1BQU0sU0FBUyxXQUFXLElBQUksS0FBSyxHQUFHLHlCQUF5QixRQUFTLE1BQU0sc0RBQXNELEVBQUUsTUFBTSxHQUFHLENBQUM7QUFDM0w7QUFBQSxJQUNGO0FBQ0EsUUFBSSxLQUFLLFVBQVUsTUFBTSxPQUFPLFVBQVUsRUFBRyxRQUFPLE9BQU8sUUFBUSxpQkFBaUIsUUFBUSxFQUFFLDZCQUE2QixPQUFPLE9BQU8sT0FBTyxDQUFDLElBQUksRUFBRSxNQUFNLEdBQUcsQ0FBQztBQUNqSyxVQUFNLFNBQVMsZ0JBQWdCLFdBQVcsSUFBSSxnQkFBZ0IsQ0FBQyxJQUFLO0FBQ3BFLFVBQU1BLFVBQVMsVUFBVSxJQUFJLE9BQU8sV0FBVyxFQUFFO0FBQ2pELFFBQUksVUFBVSxJQUFJLEtBQUssTUFBTSxNQUFNLE9BQU8sTUFBTSxJQUFJQSxZQUFXLElBQUk7QUFDakUsYUFBTyxPQUFPLFFBQVEsaUJBQWlCLFFBQVEsRUFBRSx1QkFBdUIsT0FBTyxhQUFhLElBQUksTUFBTSxFQUFFLEtBQUssS0FBSyxDQUFDLElBQUksRUFBRSxNQUFNLEdBQUcsQ0FBQztBQUFBLElBQ3JJO0FBQ0EsVUFBTSxPQUFPLE9BQU8saUJBQWlCLEVBQUU7QUFDdkMsUUFBSSxPQUFPLE1BQU0sSUFBSSxHQUFHO0FBQ3RCLFlBQU0sUUFBUSxNQUFNLGlCQUFpQixFQUFFO0FBQ3ZDLFlBQU0sT0FBTyxVQUFVLEtBQUssb0JBQW9CLDZCQUE2QixPQUFPLEtBQUssQ0FBQztBQUMxRixhQUFPLE9BQU8sUUFBUSxVQUFVLEtBQUssa0JBQWtCLGlCQUFpQixRQUFRLEVBQUUsS0FBSyxJQUFJLGNBQWMsT0FBTyxPQUFPLFlBQVksQ0FBQyxjQUFjLE9BQU8sYUFBYSxJQUFJLEVBQUUsTUFBTSxHQUFHLEdBQUcsT0FBTyxjQUFjO0FBQUEsSUFDL007QUFDQSxRQUFJLFFBQVEsT0FBTztBQUNuQixRQUFJLGVBQWUsS0FBSyxLQUFLLFdBQVcsSUFBSyxPQUFPLFdBQVcsR0FBSTtBQUNqRSxjQUFRLE9BQU8sYUFBYSxFQUFFO0FBQzlCLFVBQUksT0FBTyxNQUFNLEtBQUssR0FBRztBQUN2QixjQUFNLFFBQVEsTUFBTSxhQUFhLEVBQUU7QUFDbkMsZUFBTyxPQUFPLFFBQVEsaUJBQWlCLFFBQVEsRUFBRSxxQ0FBcUMsT0FBTyxLQUFLLENBQUMsY0FBYyxPQUFPLE9BQU8saUJBQWtCLENBQUMsY0FBYyxPQUFPLGFBQWEsSUFBSSxFQUFFLE1BQU0sR0FBRyxHQUFHLE9BQU8sY0FBYztBQUFBLE1BQzdOO0FBQUEsSUFDRjtBQUdBLFVBQU0sWUFBWSxPQUFPLFVBQVU7QUFDbkMsVUFBTSxhQUFhLEtBQUssVUFBVSxJQUFLO0FBQ3ZDLFFBQUksT0FBTyxlQUFlO0FBQzFCLGFBQVMsSUFBSSxHQUFHLFFBQVEsSUFBSSxZQUFZLElBQUssUUFBTyxTQUFTLFlBQVksQ0FBQyxNQUFNLGNBQWMsQ0FBQztBQUMvRixRQUFJLENBQUMsTUFBTTtBQUNULGlCQUFXLE9BQU8sVUFBVSxZQUFZLElBQUksU0FBUztBQUNyRCxVQUFJLGFBQWEsY0FBYyxPQUFRLGlCQUFnQixJQUFJLFdBQVcsSUFBSSxVQUFVO0FBQ3BGLGVBQVMsSUFBSSxHQUFHLElBQUksWUFBWSxJQUFLLGVBQWMsQ0FBQyxJQUFJLFNBQVMsWUFBWSxDQUFDO0FBQzlFLHVCQUFpQjtBQUFBLElBQ25CO0FBQ0EsVUFBTSxhQUFhLG9CQUFvQixLQUFLLEtBQUssZ0JBQWdCLElBQUssT0FBTyxnQkFBZ0IsSUFBSyxPQUFPLGdCQUFnQixrQkFBa0IsSUFBSSxlQUFlLElBQUk7QUFDbEssVUFBTSxXQUFXQSxZQUFXLE9BQU8sT0FBTyxjQUFjLFFBQVEsSUFBSSxhQUFhLElBQUksUUFBUSxXQUFXLE9BQU9BLE9BQU07QUFFckgsVUFBTSxXQUFXLGtCQUFrQixLQUFLLEtBQUssY0FBYyxJQUFLLE9BQU8sY0FBYyxJQUFLLE9BQU8sY0FBYyxnQkFBZ0IsSUFBSSxhQUFhLElBQUk7QUFDcEosWUFBUSxJQUFJLFVBQVUsVUFBVSxZQUFZLE1BQU0sT0FBTyxRQUFRO0FBQUEsRUFDbkU7QUFHQSxRQUFNLGVBQWUsQ0FBQyxLQUFlLE9BQWU7QUFDbEQsUUFBSSxJQUFJLFNBQVMsUUFBUyxPQUFRLFFBQU8sT0FBTyxJQUFJLElBQUksTUFBTTtBQUM5RCxVQUFNLFNBQVMsS0FBSyxJQUFJLElBQUksUUFBUSxNQUFNO0FBQzFDLFFBQUksT0FBTztBQUNYLGFBQVMsSUFBSSxHQUFHLElBQUksUUFBUSxJQUFLLEtBQUksS0FBSyxDQUFDLE1BQU0sRUFBRyxTQUFRLElBQUksSUFBSSxDQUFDLEVBQUc7QUFDeEUsUUFBSSxPQUFPLFFBQVEsT0FBUSxXQUFVLElBQUksV0FBVyxJQUFJLElBQUk7QUFDNUQsUUFBSSxNQUFNO0FBQ1YsYUFBUyxJQUFJLEdBQUcsSUFBSSxRQUFRLEtBQUs7QUFDL0IsVUFBSSxLQUFLLENBQUMsTUFBTSxFQUFHO0FBQ25CLFlBQU0sT0FBTyxJQUFJLENBQUM7QUFDbEIsYUFBTyxDQUFDLElBQUk7QUFFWixVQUFJLElBQUk7QUFDUixlQUFTLE9BQU8sR0FBRyxJQUFJLEtBQUssV0FBVyxPQUFPLEtBQUssV0FBVyxDQUFDLEtBQUssS0FBTSxJQUFLLFNBQVEsTUFBTSxDQUFDLElBQUk7QUFDbEcsYUFBTyxNQUFNLEtBQUssU0FBUyxJQUFJLFFBQVEsV0FBVyxNQUFNLFFBQVEsU0FBUyxHQUFHLENBQUMsRUFBRTtBQUMvRSxXQUFLLENBQUMsSUFBSTtBQUFBLElBQ1o7QUFDQSxlQUFXO0FBQ1gsV0FBTyxJQUFJLElBQUksTUFBTTtBQUFBLEVBQ3ZCO0FBR0EsUUFBTSxjQUFjLENBQUMsV0FBbUI7QUFDdEMsa0JBQWMsZ0JBQWdCLE1BQU07QUFDcEMsYUFBUyxJQUFJLEtBQUssT0FBTyxFQUFFLFdBQVcsU0FBMEIsV0FBVyxJQUFJLENBQUM7QUFDaEYsb0JBQWdCLFVBQVUsV0FBVyxLQUFLLFVBQVUsV0FBVyxDQUFDLElBQUksTUFBTyxVQUFVLFdBQVcsQ0FBQyxJQUFJO0FBQUEsRUFDdkc7QUFHQSxRQUFNLFVBQVUsQ0FBQyxXQUFvQixTQUFpQztBQUNwRSxVQUFNLFFBQVEsR0FBRyxXQUFXLGVBQWUsSUFBSSxDQUFDLElBQUksSUFBSTtBQUN4RCxVQUFNLE9BQ0osWUFBWSxPQUNSLHdCQUF3QixLQUFLLG1HQUM3QixZQUNFLHNCQUFzQixLQUFLLHVFQUMzQixvQkFBb0IsS0FBSztBQUNqQyxXQUFPLElBQUksY0FBYyxtQkFBbUIsUUFBUSxJQUFJLEtBQUssSUFBSSxJQUFJLEVBQUUsS0FBSyxDQUFDO0FBQUEsRUFDL0U7QUFHQSxRQUFNLE9BQU8sQ0FBQyxPQUFlLE1BQWMsVUFBMkI7QUFDcEUsVUFBTSxPQUFPLFFBQVEsS0FBSyxNQUFNLE1BQU0sSUFBSTtBQUMxQyxRQUFJLEtBQUssU0FBUyxXQUFZLE9BQU0sUUFBUSxLQUFLLFFBQVEsR0FBRyxLQUFLLEdBQUcsWUFBWTtBQUNoRixXQUFPO0FBQUEsRUFDVDtBQU9BLFFBQU0sYUFBYSxDQUFDLE9BQW1CLE1BQWMsT0FBdUI7QUFDMUUsVUFBTSxZQUFZLFdBQVcsT0FBTyxNQUFNLEVBQUU7QUFDNUMsVUFBTSxNQUFNLFlBQVksSUFBSSxLQUFLO0FBQ2pDLFVBQU0sT0FBTyxZQUFZLElBQUksS0FBSyxXQUFXLE9BQU8sV0FBVyxFQUFFO0FBQ2pFLFFBQUksUUFBUSxNQUFNO0FBQ2hCO0FBQ0EsYUFBTztBQUFBLElBQ1Q7QUFDQSxVQUFNQyxTQUFRLE1BQU0sUUFBUSxPQUFPLElBQUk7QUFDdkMsUUFBSUEsVUFBUyxLQUFLQSxTQUFRLElBQUssUUFBTztBQUN0QyxVQUFNLFNBQVMsT0FBTyxPQUFPLE1BQU0sS0FBSyxJQUFJO0FBQzVDLGdCQUFZLE1BQU07QUFDbEIsY0FBVSxPQUFPLE1BQU0sU0FBVSxDQUFDO0FBQ2xDO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFPQSxRQUFNLFdBQVcsQ0FBQyxPQUFtQixNQUFjLElBQVksU0FBeUI7QUFDdEYsVUFBTSxRQUFRLE9BQU8sTUFBTSxTQUFTLFFBQVEsTUFBTSxTQUFTLEdBQUcsRUFBRTtBQUNoRSxVQUFNLElBQUk7QUFDVixVQUFNLFFBQVEsUUFBUztBQUN2QixlQUFXO0FBRVgsUUFBSSxLQUFLLE1BQU0sUUFBUSxJQUFJLElBQUk7QUFDL0IsUUFBSSxLQUFLLE1BQU0sUUFBUSxJQUFJLElBQUk7QUFDL0IsUUFBSSxLQUFLLEVBQUcsTUFBSztBQUNqQixRQUFJLEtBQUssRUFBRyxNQUFLO0FBQ2pCLFFBQUksTUFBTTtBQUNWLFdBQU8sTUFBTSxJQUFJO0FBQ2YsVUFBSSxLQUFLLFFBQVEsS0FBSyxNQUFNLFFBQVEsSUFBSSxHQUFHLEtBQUssRUFBRyxNQUFLO0FBQ3hELFVBQUksS0FBSyxRQUFRLEtBQUssTUFBTSxRQUFRLElBQUksR0FBRyxLQUFLLEVBQUcsTUFBSztBQUN4RCxZQUFNLE1BQU0sS0FBSyxLQUFLLEtBQUs7QUFDM0IsVUFBSSxPQUFPLElBQUs7QUFDaEIsWUFBTSxPQUFPLFFBQVEsTUFBTSxNQUFNLE1BQU0sQ0FBQyxNQUFNLEtBQUssTUFBTSxJQUFJLE1BQU07QUFDbkUsWUFBTSxLQUFLO0FBQ1gsVUFBSSxNQUFNLEtBQUs7QUFDYixZQUFJLFFBQVE7QUFDWixZQUFJLFNBQVM7QUFDYixZQUFJLE1BQU07QUFDVixlQUFPLFNBQVMsUUFBUTtBQUN0QixnQkFBTSxNQUFNLFFBQVEsR0FBRyxLQUFLO0FBQzVCLGNBQUksTUFBTSxLQUFLLE1BQU0sSUFBSyxPQUFNO0FBQ2hDLGlCQUFPLE1BQU0sSUFBSTtBQUNqQixlQUFLLE1BQU0sSUFBSTtBQUNmO0FBQ0EsY0FBSSxRQUFRLElBQUs7QUFDakIsa0JBQVEsTUFBTTtBQUFBLFFBQ2hCO0FBRUEsZUFBTyxNQUFNLE9BQU8sVUFBVSxPQUFPO0FBQ25DLGdCQUFNLE1BQU0sUUFBUSxHQUFHLE1BQU0sQ0FBQztBQUM5QixjQUFJLE1BQU0sS0FBSyxNQUFNLElBQUssT0FBTTtBQUNoQztBQUFBLFFBQ0Y7QUFDQSxlQUFPLElBQUksTUFBTTtBQUFBLE1BQ25CO0FBQ0EsWUFBTTtBQUFBLElBQ1I7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUdBLFFBQU0sYUFBYSxDQUFDLE9BQW1CLE1BQWMsSUFBWSxVQUFtQjtBQUNsRixVQUFNLGFBQWEsY0FBYyxPQUFPLE9BQU8sTUFBTSxJQUFJLElBQUksR0FBRyxRQUFRO0FBQ3hFLGVBQVcsV0FBVztBQUN0QixlQUFXLE1BQU0sYUFBYSxLQUFLLFdBQVcsT0FBTyxXQUFXLFdBQVcsTUFBTSxLQUFLO0FBRXRGLFFBQUksYUFBYSxHQUFJLFlBQVc7QUFBQSxFQUNsQztBQUdBLFFBQU0sUUFBUSxDQUFDLE9BQWUsVUFBMkI7QUFDdkQsUUFBSSxXQUFXLE1BQU07QUFDbkIsWUFBTSxNQUFNLE1BQU0sUUFBUSxPQUFPO0FBQ2pDLGtCQUFZLE1BQU0sSUFBSSxRQUFRLE1BQU0sTUFBTSxHQUFHLEdBQUcsQ0FBQztBQUFBLElBQ25EO0FBQ0EsVUFBTSxTQUFTLE9BQVEsTUFBTSxPQUFPLEdBQUcsQ0FBQyxLQUFLO0FBQzdDLFVBQU0sT0FBTyxPQUFPO0FBQ3BCLFVBQU0sWUFBWSxNQUFNLFFBQVEsR0FBRyxLQUFLO0FBQ3hDLFVBQU0sS0FBSztBQUNYLFFBQUksWUFBZ0M7QUFDcEMsZUFBVyxLQUFLLE9BQU8sUUFBUTtBQUM3QixVQUFJLEVBQUUsU0FBUyxpQkFBaUI7QUFDOUIsWUFBSSxLQUFLO0FBQ1QsaUJBQVMsSUFBSSxHQUFHLEtBQUssRUFBRSxPQUFPLElBQUksSUFBSyxPQUFNLEtBQUssS0FBSyxDQUFDLEtBQUssQ0FBQyxHQUFHLE9BQU8sQ0FBQyxHQUFHLE1BQU0sSUFBSSxRQUFRLEdBQUcsRUFBRSxHQUFHLENBQUM7QUFDdkcsY0FBTSxJQUFJLGNBQWMsc0JBQXNCLFFBQVEsRUFBRSwwR0FBMEcsRUFBRSxNQUFNLEdBQUcsQ0FBQztBQUFBLE1BQ2hMO0FBQ0EsT0FBQyxjQUFjLG9CQUFJLElBQUksR0FBRyxJQUFJLEVBQUUsT0FBTyxFQUFFO0FBQUEsSUFDM0M7QUFDQSxhQUFTLElBQUksR0FBRyxJQUFJLEtBQUssUUFBUSxLQUFLO0FBQ3BDLFlBQU0sTUFBTSxLQUFLLENBQUM7QUFDbEIsWUFBTSxLQUFLO0FBQ1g7QUFDQSxVQUFJO0FBQVcsbUJBQVdDLFVBQVMsSUFBSyxLQUFJQSxPQUFNLFFBQVEsRUFBRSxLQUFLLEVBQUcsU0FBUSxRQUFRQSxRQUFPLEVBQUU7QUFBQTtBQUM3RixVQUFJLElBQUksV0FBVyxLQUFLLElBQUksQ0FBQyxNQUFNLEdBQUk7QUFDdkMsVUFBSSxXQUFXLElBQUksQ0FBQyxHQUFHO0FBQ3JCLGVBQU8sUUFBUSxtQkFBbUIsUUFBUSxFQUFFLGlIQUFpSCxFQUFFLE1BQU0sR0FBRyxDQUFDO0FBQUEsTUFDM0ssV0FBVyxZQUFZLE1BQU07QUFDM0Isa0JBQVUsR0FBRztBQUFBLE1BQ2YsT0FBTztBQUNMLHFCQUFhLEtBQUssRUFBRTtBQUFBLE1BQ3RCO0FBQUEsSUFDRjtBQUNBLFdBQU8sS0FBSyxPQUFPLE9BQU8sS0FBSyxRQUFRLEtBQUs7QUFBQSxFQUM5QztBQU9BLFFBQU0sWUFBWSxDQUFDLE9BQW1CLE1BQWMsSUFBWSxVQUFtQjtBQUNqRixXQUFPLE9BQU8sSUFBSTtBQUNoQixVQUFJLGFBQWEsTUFBTSxZQUFZLE1BQU07QUFDdkMsY0FBTSxPQUFPLFdBQVcsT0FBTyxNQUFNLEVBQUU7QUFDdkMsWUFBSSxTQUFTLE1BQU07QUFDakIsaUJBQU87QUFDUDtBQUFBLFFBQ0Y7QUFBQSxNQUNGLFdBQVcsYUFBYSxNQUFNLGlCQUFpQixHQUFHO0FBQ2hELGNBQU1ELFNBQVEsTUFBTSxRQUFRLE9BQU8sSUFBSTtBQUN2QyxlQUFPLFNBQVMsT0FBTyxNQUFNLElBQUlBLFNBQVEsS0FBS0EsVUFBUyxLQUFLLEtBQUtBLE1BQUs7QUFDdEUsWUFBSSxRQUFRLEdBQUk7QUFBQSxNQUNsQjtBQUNBLFVBQUksTUFBTTtBQUNWLFVBQUksS0FBSyxPQUFPLGFBQWE7QUFDM0IsY0FBTSxZQUFZLFdBQVcsT0FBTyxPQUFPLGFBQWEsRUFBRTtBQUMxRCxZQUFJLGFBQWEsRUFBRyxPQUFNLFdBQVcsT0FBTyxXQUFXLEVBQUU7QUFBQSxNQUMzRDtBQUNBLGlCQUFXLE9BQU8sTUFBTSxLQUFLLFNBQVMsUUFBUSxFQUFFO0FBQ2hELGFBQU87QUFBQSxJQUNUO0FBQUEsRUFDRjtBQUdBLE1BQUksVUFBc0I7QUFDMUIsUUFBTSxPQUFPLENBQUMsVUFBc0I7QUFDbEMsY0FBVTtBQUNWLFFBQUksUUFBUSxTQUFTLFdBQVksT0FBTSxRQUFRLGFBQWEsTUFBTSxRQUFRLFFBQVEsS0FBSyxLQUFLLEdBQUcsT0FBTztBQUFBLEVBQ3hHO0FBT0EsUUFBTSxPQUFPLENBQUMsVUFBc0I7QUFDbEMsUUFBSSxPQUFPO0FBQ1gsUUFBSSxRQUFRLFNBQVMsR0FBRztBQUV0QixZQUFNLFlBQVksV0FBVyxPQUFPLEdBQUcsTUFBTSxNQUFNO0FBQ25ELFVBQUksWUFBWSxLQUFNLGNBQWMsTUFBTSxTQUFTLEtBQUssTUFBTSxTQUFTLE1BQU0sR0FBSyxRQUFPLEtBQUssT0FBTyxTQUFTLEtBQUssQ0FBQztBQUNwSCxhQUFPLFdBQVcsT0FBTyxXQUFXLE1BQU0sTUFBTTtBQUNoRCxZQUFNRSxTQUFRLE9BQU8sU0FBUyxNQUFNLFNBQVMsR0FBRyxJQUFJLENBQUM7QUFDckQsZ0JBQVU7QUFDVixnQkFBVUEsUUFBTyxHQUFHQSxPQUFNLFFBQVEsS0FBSztBQUFBLElBQ3pDO0FBQ0EsVUFBTSxNQUFNLGVBQWUsT0FBTyxJQUFJO0FBQ3RDLFFBQUksTUFBTSxLQUFNLFdBQVUsT0FBTyxNQUFNLEtBQUssS0FBSztBQUNqRCxRQUFJLE1BQU0sTUFBTSxPQUFRLE1BQUssT0FBTyxPQUFPLE1BQU0sU0FBUyxHQUFHLENBQUMsQ0FBQztBQUFBLEVBQ2pFO0FBR0EsUUFBTSxPQUFPLElBQUksV0FBVyxDQUFDO0FBQzdCLE1BQUksT0FBTztBQUNYLE1BQUksUUFBMkI7QUFDL0IsbUJBQWlCLFNBQVMsUUFBUTtBQUNoQyxRQUFJLE1BQU0sV0FBVyxFQUFHO0FBQ3hCLFFBQUksUUFBUSxXQUFXLEtBQUs7QUFDNUIsYUFBUyxJQUFJLEtBQUssSUFBSSxHQUFHLE1BQU0sU0FBUyxDQUFDLEdBQUcsSUFBSSxNQUFNLFFBQVEsSUFBSyxNQUFLLFNBQVMsQ0FBQyxJQUFJLE1BQU0sQ0FBQztBQUM3RixRQUFJLFVBQVUsTUFBTTtBQUNsQixjQUFRLE1BQU0sV0FBVyxJQUFJLFFBQVEsT0FBTyxPQUFPLEtBQUs7QUFDeEQsVUFBSSxNQUFNLFNBQVMsRUFBRztBQUN0QixjQUFRLE1BQU0sQ0FBQyxNQUFNLE9BQVEsTUFBTSxDQUFDLE1BQU0sT0FBUSxNQUFNLENBQUMsTUFBTSxNQUFPLE1BQU0sU0FBUyxDQUFDLElBQUk7QUFDMUYsY0FBUTtBQUFBLElBQ1Y7QUFDQSxTQUFLLEtBQUs7QUFBQSxFQUNaO0FBQ0EsTUFBSSxVQUFVLFFBQVEsTUFBTSxTQUFTLEVBQUcsTUFBSyxLQUFLO0FBQ2xELFFBQU0sU0FBUyxXQUFXLEtBQUssRUFBRSxRQUFRLEtBQUssSUFBSSxNQUFNLENBQUMsRUFBRSxHQUFHLENBQUMsR0FBRyxNQUFNLEtBQU0sT0FBTyxLQUFLLElBQUksTUFBTSxDQUFDLElBQUksSUFBSyxDQUFDLENBQUU7QUFDakgsTUFBSSxnQkFBZ0IsTUFBTSxJQUFJLE9BQU8sT0FBUSxPQUFNLGdCQUFnQixJQUFJO0FBQ3ZFLE1BQUksUUFBUSxTQUFTLEVBQUcsV0FBVSxTQUFTLEdBQUcsUUFBUSxRQUFRLElBQUk7QUFBQSxXQUN6RCxhQUFhLEdBQUksWUFBVyxNQUFNLFVBQVUsSUFBSTtBQUN6RCxNQUFJLFlBQVksS0FBTSxPQUFNLElBQUksY0FBYyxhQUFhLHNGQUFzRjtBQUNuSjs7O0FNdmdCa1EsU0FBUyxtQkFBdUM7QUFjbFQsSUFBTUMsVUFBUztBQU1mLElBQU0saUJBQWlCLEtBQUs7QUFHNUIsSUFBTSxXQUFXO0FBR2pCLElBQU0sWUFBWTtBQXNCbEIsZUFBc0IsY0FBYyxPQUE4QixRQUFxQztBQUNyRyxRQUFNLFVBQVUsTUFDZCxJQUFJO0FBQUEsSUFDRjtBQUFBLElBQ0EsUUFBUSxPQUFPLElBQUksOENBQThDLGVBQWUsZUFBZSxJQUFJLENBQUM7QUFBQSxJQUNwRyxFQUFFLE1BQU0sT0FBTyxLQUFLO0FBQUEsRUFDdEI7QUFDRixRQUFNLEVBQUUsU0FBUyxRQUFRLElBQUk7QUFDN0IsUUFBTSxTQUFTLG9CQUFJLElBQUksQ0FBQyxPQUFPLFNBQVMsT0FBTyxjQUFjLFdBQVcsR0FBRyxPQUFPLFlBQVksQ0FBQztBQUMvRixRQUFNLGNBQWMsT0FBTyxhQUFhLE9BQU8sQ0FBQyxNQUFNLE1BQU0sU0FBUztBQUNyRSxNQUFJLE9BQU8sa0JBQWtCLEtBQU0sUUFBTyxJQUFJLE9BQU8sYUFBYTtBQUNsRSxNQUFJLE9BQU8sZ0JBQWdCLEtBQU0sUUFBTyxJQUFJLE9BQU8sV0FBVztBQUM5RCxRQUFNLFNBQVMsSUFBSSxZQUFZLEVBQUUsT0FBTyxPQUFPLFVBQVUsS0FBSyxDQUFDO0FBRy9ELFFBQU0sV0FBVyxvQkFBSSxJQUFZO0FBRWpDLFFBQU0sU0FBUyxJQUFJLElBQW9CLENBQUMsQ0FBQyxPQUFPLFNBQVMsVUFBVSxHQUFHLEdBQUcsT0FBTyxhQUFhLElBQUksQ0FBQyxNQUFNLENBQUMsR0FBRyxjQUFjLENBQXFCLEdBQUcsQ0FBQyxPQUFPLGNBQWMsZUFBZSxDQUFDLENBQUM7QUFDekwsTUFBSSxPQUFPLGtCQUFrQixLQUFNLFFBQU8sSUFBSSxPQUFPLGVBQWUsZ0JBQWdCO0FBQ3BGLE1BQUksT0FBTyxnQkFBZ0IsS0FBTSxRQUFPLElBQUksT0FBTyxhQUFhLGNBQWM7QUFFOUUsUUFBTSxPQUFPLG9CQUFJLElBQW9JO0FBQ3JKLFFBQU0sVUFBVSxDQUFDLEtBQWEsTUFBYyxTQUFpQixPQUErQixRQUEyQixDQUFDLE1BQU07QUFDNUgsUUFBSSxTQUFTLElBQUksR0FBRyxFQUFHLFFBQU8sT0FBTyxRQUFRLE1BQU0sU0FBUyxPQUFPLEtBQUs7QUFDeEUsVUFBTUMsUUFBTyxLQUFLLElBQUksR0FBRyxLQUFLLEVBQUUsT0FBTyxHQUFHLE9BQU8sQ0FBQyxFQUFFO0FBQ3BELElBQUFBLE1BQUs7QUFDTCxRQUFJQSxNQUFLLE1BQU0sU0FBUyxHQUFJLENBQUFBLE1BQUssTUFBTSxLQUFLLEVBQUUsTUFBTSxTQUFTLE9BQU8sTUFBTSxDQUFDO0FBQzNFLFNBQUssSUFBSSxLQUFLQSxLQUFJO0FBQUEsRUFDcEI7QUFFQSxRQUFNLE1BQU0sQ0FBQyxRQUFnQjtBQUMzQixRQUFJLFNBQVMsT0FBTyxTQUFVLFVBQVMsSUFBSSxHQUFHO0FBQzlDLFVBQU1BLFFBQU8sS0FBSyxJQUFJLEdBQUc7QUFDekIsUUFBSUEsVUFBUyxPQUFXO0FBQ3hCLFNBQUssT0FBTyxHQUFHO0FBQ2YsYUFBUyxJQUFJLEdBQUcsSUFBSUEsTUFBSyxPQUFPLEtBQUs7QUFDbkMsWUFBTSxJQUFJQSxNQUFLLE1BQU0sS0FBSyxJQUFJLEdBQUdBLE1BQUssTUFBTSxTQUFTLENBQUMsQ0FBQztBQUN2RCxhQUFPLFFBQVEsRUFBRSxNQUFNLEVBQUUsU0FBUyxFQUFFLE9BQU8sRUFBRSxLQUFLO0FBQUEsSUFDcEQ7QUFBQSxFQUNGO0FBQ0EsTUFBSSxXQUFXO0FBRWYsTUFBSSxRQUFRO0FBQ1osTUFBSSxhQUFhO0FBQ2pCLE1BQUksWUFBWTtBQUNoQixNQUFJLGNBQTBDO0FBQzlDLE1BQUksU0FBeUIsQ0FBQztBQUM5QixNQUFJLFFBQTZCO0FBQ2pDLE1BQUksU0FBUztBQUViLFFBQU0sYUFBYSxNQUFNO0FBQ3ZCLFVBQU0sUUFBUTtBQUNkLFVBQU0sV0FBVyxZQUFhLElBQUksT0FBTyxPQUFPLEtBQUs7QUFDckQsUUFBSSxhQUFhLElBQUk7QUFDbkIsWUFBTSxVQUFVLFNBQVMsS0FBSyxVQUFVLFNBQVMsU0FBU0QsUUFBTyxPQUFPLE9BQU8sQ0FBQztBQUNoRixVQUFJLE9BQU8sV0FBVyxFQUFHO0FBQ3pCLGVBQVMsSUFBSSxHQUFHLElBQUksT0FBTyxRQUFRLElBQUssU0FBUSxPQUFPLFNBQVMscUJBQXFCLFNBQVMsRUFBRSxNQUFNLENBQUM7QUFDdkc7QUFBQSxJQUNGO0FBQ0EsVUFBTSxZQUFZLFFBQVEsTUFBTSxPQUFPLFFBQVE7QUFFL0MsVUFBTSxPQUFPLG9CQUFJLElBQTJDO0FBQzVELFVBQU0sT0FBNkcsQ0FBQztBQUNwSCxhQUFTLElBQUksR0FBRyxJQUFJLE9BQU8sUUFBUSxLQUFLO0FBQ3RDLFlBQU0sRUFBRSxRQUFRLEtBQUssSUFBSSxPQUFPLENBQUM7QUFDakMsWUFBTSxNQUFNLENBQUMsUUFBZ0IsT0FBTyxJQUFJLEdBQUcsS0FBSyxZQUFhLElBQUksR0FBRyxLQUFLO0FBQ3pFLFlBQU0sUUFBUSxFQUFFLE9BQU8sT0FBTyxJQUFJLEVBQUU7QUFDcEMsWUFBTSxRQUFRLFNBQVMsS0FBSyxVQUFVQSxRQUFPLFFBQVEsQ0FBQyxZQUFZLElBQUksQ0FBQyxVQUFVLElBQUk7QUFDckYsVUFBSSxXQUFXO0FBQ2YsaUJBQVcsT0FBTyxPQUFPLGNBQWM7QUFDckMsY0FBTSxPQUFPLElBQUksR0FBRztBQUNwQixZQUFJLFNBQVMsR0FBSSxZQUFXLGFBQWEsS0FBSyxPQUFPLFdBQVcsT0FBTyxvQkFBb0I7QUFBQSxNQUM3RjtBQUNBLFVBQUksYUFBYSxJQUFJO0FBQ25CLGNBQU0sU0FBUyxPQUFPLGFBQWEsS0FBSyxDQUFDLE1BQU0sQ0FBQyxTQUFTLElBQUksQ0FBQyxDQUFDLEtBQUssT0FBTyxhQUFhLENBQUM7QUFDekYsZ0JBQVEsUUFBUSxxQkFBcUIsR0FBRyxLQUFLLGtCQUFrQixPQUFPLGFBQWEsSUFBSUEsT0FBTSxFQUFFLEtBQUssS0FBSyxDQUFDLEtBQUssS0FBSztBQUNwSDtBQUFBLE1BQ0Y7QUFDQSxZQUFNLFFBQVEsSUFBSSxPQUFPLFlBQVk7QUFDckMsWUFBTSxPQUFPLE9BQU8sVUFBVSxLQUFLO0FBQ25DLFVBQUksT0FBTyxNQUFNLElBQUksR0FBRztBQUN0QixjQUFNLE9BQU8sVUFBVSxLQUFLLE1BQU1BLFFBQU8sT0FBTyxZQUFZLENBQUMsZUFBZSw2QkFBNkJBLFFBQU8sS0FBSyxDQUFDO0FBQ3RILGdCQUFRLE9BQU8sY0FBYyxVQUFVLEtBQUssc0JBQXNCLGlCQUFpQixHQUFHLEtBQUssS0FBSyxJQUFJLGNBQWMsT0FBTyxhQUFhLElBQUksT0FBTyxPQUFPLGNBQWM7QUFDdEs7QUFBQSxNQUNGO0FBQ0EsVUFBSSxhQUFhO0FBQ2pCLFVBQUksT0FBTyxrQkFBa0IsTUFBTTtBQUNqQyxjQUFNLElBQUksSUFBSSxPQUFPLGFBQWE7QUFDbEMsWUFBSSxNQUFNLE1BQU0sQ0FBQyxRQUFRLElBQUksQ0FBQyxFQUFHLGNBQWEsUUFBUSxZQUFZLE9BQU8sQ0FBQztBQUFBLE1BQzVFO0FBRUEsWUFBTSxlQUFlLE9BQU8sZ0JBQWdCLE9BQU8sS0FBSyxJQUFJLE9BQU8sV0FBVztBQUM5RSxZQUFNLFdBQVcsaUJBQWlCLEtBQUssY0FBYyxRQUFRLFVBQVUsT0FBTyxZQUFZO0FBQzFGLFlBQU0sWUFBWSxJQUFJLFNBQVMsRUFBRSxZQUFZO0FBQzdDLFlBQU0sT0FBTyxjQUFjLFdBQVcsY0FBYyxhQUFhLFlBQVksSUFBSSxHQUFHLEVBQUUsS0FBSyxJQUFRLElBQUk7QUFDdkcsVUFBSSxjQUFjLFNBQVM7QUFDekIsY0FBTUUsU0FBUSxLQUFLLElBQUksSUFBSTtBQUMzQixjQUFNLFVBQVUsRUFBRSxNQUFNLEdBQUcsS0FBSyxPQUFPO0FBQ3ZDLFlBQUlBLE9BQU8sQ0FBQUEsT0FBTSxLQUFLLE9BQU87QUFBQSxZQUN4QixNQUFLLElBQUksTUFBTSxDQUFDLE9BQU8sQ0FBQztBQUM3QixhQUFLLEtBQUssRUFBRSxHQUFHLFVBQVUsWUFBWSxNQUFNLE9BQU8sTUFBTSxTQUFTLENBQUM7QUFDbEU7QUFBQSxNQUNGO0FBQ0EsVUFBSSxRQUFRLE9BQU87QUFDbkIsWUFBTSxRQUFRLGNBQWMsYUFBYSxLQUFLLElBQUksSUFBSSxJQUFJO0FBQzFELFVBQUksVUFBVSxVQUFhLE1BQU0sU0FBUyxHQUFHO0FBQzNDLGNBQU0sVUFBVSxNQUFNLE1BQU07QUFDNUIsZ0JBQVEsUUFBUTtBQUNoQixhQUFLLFFBQVEsQ0FBQyxFQUFHLElBQUk7QUFBQSxNQUN2QjtBQUNBLFdBQUssS0FBSyxFQUFFLEdBQUcsVUFBVSxZQUFZLE1BQU0sT0FBTyxTQUFTLENBQUM7QUFBQSxJQUM5RDtBQUNBLGVBQVcsS0FBSyxNQUFNO0FBQ3BCLFVBQUksRUFBRSxLQUFLLEVBQUcsU0FBUSxJQUFJLFdBQVcsUUFBUSxXQUFXLE9BQU8sRUFBRSxRQUFRLEdBQUcsRUFBRSxZQUFZLEVBQUUsTUFBTSxFQUFFLE9BQU8sRUFBRSxRQUFRO0FBQUEsSUFDdkg7QUFBQSxFQUNGO0FBRUEsU0FBTyxHQUFHLFdBQVcsTUFBTTtBQUN6QixVQUFNLElBQUk7QUFBQSxNQUNSO0FBQUEsTUFDQSxRQUFRLE9BQU8sSUFBSTtBQUFBLE1BQ25CLEVBQUUsTUFBTSxPQUFPLEtBQUs7QUFBQSxJQUN0QjtBQUFBLEVBQ0YsQ0FBQztBQUNELFNBQU8sR0FBRyxTQUFTLENBQUMsTUFBTTtBQUN4QixVQUFNLElBQUksY0FBYyxhQUFhLHdCQUF3QixFQUFFLE9BQU8sSUFBSSxFQUFFLE1BQU0sT0FBTyxLQUFLLENBQUM7QUFBQSxFQUNqRyxDQUFDO0FBQ0QsUUFBTSxZQUFZLENBQUMsU0FDakIsSUFBSTtBQUFBLElBQ0Y7QUFBQSxJQUNBLFFBQVEsT0FBTyxJQUFJLEtBQUssSUFBSTtBQUFBLElBQzVCLEVBQUUsTUFBTSxPQUFPLEtBQUs7QUFBQSxFQUN0QjtBQUVGLFFBQU0sVUFBVSxDQUFDLFFBQTZCLEtBQWFDLFFBQWUsVUFBa0I7QUFDMUYsVUFBTSxVQUFVLE9BQU8sSUFBSSxHQUFHO0FBQzlCLFFBQUksWUFBWSxRQUFXO0FBQ3pCLFlBQU0sSUFBSTtBQUFBLFFBQ1I7QUFBQSxRQUNBLEdBQUcsS0FBSyxtQkFBbUJILFFBQU8sR0FBRyxDQUFDLG9CQUFvQkEsUUFBTyxPQUFPLENBQUMsVUFBVUEsUUFBT0csTUFBSyxDQUFDO0FBQUEsUUFDaEcsRUFBRSxNQUFNLE9BQU8sS0FBSztBQUFBLE1BQ3RCO0FBQUEsSUFDRjtBQUNBLFdBQU8sSUFBSSxLQUFLQSxNQUFLO0FBQUEsRUFDdkI7QUFDQSxNQUFJLE9BQU87QUFDWCxTQUFPLEdBQUcsV0FBVyxDQUFDLFFBQXVCO0FBQzNDLFdBQU8sT0FBTztBQUNkLFFBQUksSUFBSSxTQUFTLFlBQVksVUFBVSxLQUFLLGdCQUFnQixPQUFPO0FBQ2pFLFlBQU0sVUFBVSxVQUFVLElBQUkseURBQXlELHVCQUF1QixLQUFLLDZCQUE2QjtBQUFBLElBQ2xKO0FBQ0EsUUFBSSxJQUFJLFNBQVMsV0FBVyxRQUFRLEVBQUcsT0FBTSxVQUFVLDRCQUE0QjtBQUNuRixRQUFJLFVBQVUsR0FBRztBQUNmLFVBQUksSUFBSSxTQUFTLE9BQU87QUFDdEIsY0FBTSxJQUFJLGNBQWMsV0FBVyw0QkFBNEIsSUFBSSxJQUFJLDhDQUE4QyxFQUFFLE1BQU0sT0FBTyxLQUFLLENBQUM7QUFBQSxNQUM1STtBQUNBLGVBQVM7QUFBQSxJQUNYLFdBQVcsVUFBVSxLQUFLLElBQUksU0FBUyxTQUFTO0FBQzlDO0FBQ0Esa0JBQVksT0FBTztBQUNuQixvQkFBYyxvQkFBSSxJQUFJO0FBQ3RCLGVBQVMsQ0FBQztBQUFBLElBQ1osV0FBVyxVQUFVLEtBQUssZ0JBQWdCLE1BQU07QUFDOUMsVUFBSSxJQUFJLFNBQVMsU0FBUztBQUN4QixnQkFBUSxFQUFFLFFBQVEsb0JBQUksSUFBSSxHQUFHLE1BQU0sT0FBTyxLQUFLO0FBQy9DLG1CQUFXO0FBQUEsTUFDYixPQUFPO0FBQ0wsY0FBTSxNQUFNLElBQUksV0FBVztBQUMzQixZQUFJLFFBQVEsT0FBVyxLQUFJLEdBQUc7QUFDOUIsWUFBSSxRQUFRLFVBQWEsT0FBTyxJQUFJLEdBQUcsS0FBSyxJQUFJLFdBQVcsVUFBVSxRQUFXO0FBQzlFLGtCQUFRLGFBQWEsS0FBSyxJQUFJLFdBQVcsT0FBTyxTQUFTLFVBQVUsVUFBVSxPQUFPLElBQUksR0FBRztBQUFBLFFBQzdGO0FBQUEsTUFDRjtBQUFBLElBQ0YsV0FBVyxVQUFVLEtBQUssVUFBVSxNQUFNO0FBQ3hDLFlBQU0sTUFBTSxJQUFJLFdBQVc7QUFDM0IsVUFBSSxRQUFRLE9BQVcsS0FBSSxHQUFHO0FBQzlCLFVBQUksUUFBUSxVQUFhLE9BQU8sSUFBSSxHQUFHLEtBQUssSUFBSSxXQUFXLFVBQVUsUUFBVztBQUM5RSxnQkFBUSxNQUFNLFFBQVEsS0FBSyxJQUFJLFdBQVcsT0FBTyxTQUFTLFVBQVUsV0FBVyxPQUFPLFNBQVMsQ0FBQyxVQUFVLE1BQU0sSUFBSSxHQUFHO0FBQUEsTUFDekg7QUFBQSxJQUNGO0FBQ0E7QUFBQSxFQUNGLENBQUM7QUFDRCxTQUFPLEdBQUcsWUFBWSxDQUFDLFFBQVE7QUFDN0IsV0FBTyxPQUFPO0FBQ2Q7QUFDQSxRQUFJLFVBQVUsS0FBSyxVQUFVLFFBQVEsSUFBSSxTQUFTLFNBQVM7QUFDekQsYUFBTyxLQUFLLEtBQUs7QUFDakIsY0FBUTtBQUFBLElBQ1YsV0FBVyxVQUFVLEtBQUssZ0JBQWdCLFFBQVEsSUFBSSxTQUFTLFNBQVM7QUFDdEUsaUJBQVc7QUFDWCxvQkFBYztBQUNkLGVBQVMsQ0FBQztBQUFBLElBQ1o7QUFBQSxFQUNGLENBQUM7QUFFRCxtQkFBaUIsUUFBUSxPQUFPO0FBQzlCLFFBQUk7QUFDRixhQUFPLE1BQU0sSUFBSTtBQUFBLElBQ25CLFNBQVMsR0FBRztBQUNWLFVBQUksYUFBYSxXQUFZLE9BQU0sUUFBUTtBQUMzQyxZQUFNO0FBQUEsSUFDUjtBQUNBLFFBQUksT0FBTyxXQUFXLE9BQU8sZUFBZ0IsT0FBTSxRQUFRO0FBQUEsRUFDN0Q7QUFDQSxTQUFPLE1BQU07QUFDYixNQUFJLENBQUMsT0FBUSxPQUFNLElBQUksY0FBYyxhQUFhLGlEQUFpRDtBQUNuRyxNQUFJLFVBQVU7QUFDWixlQUFXLENBQUMsS0FBSyxJQUFJLEtBQUssT0FBUSxLQUFJLENBQUMsU0FBUyxJQUFJLEdBQUcsRUFBRyxPQUFNLGlCQUFpQixLQUFLLE1BQU0sQ0FBQyxHQUFHLFFBQVEsQ0FBQztBQUFBLEVBQzNHO0FBQ0Y7QUFHQSxTQUFTLGlCQUFpQixLQUFhLE1BQWMsTUFBK0I7QUFDbEYsUUFBTSxFQUFFLFNBQVMsVUFBVSxJQUFJLGFBQWEsS0FBSyxJQUFJO0FBQ3JELFFBQU0sT0FBTyxXQUFXLFdBQVdILE9BQU07QUFDekMsU0FBTyxJQUFJO0FBQUEsSUFDVDtBQUFBLElBQ0Esa0RBQWtEQSxRQUFPLEdBQUcsQ0FBQyxjQUFjLElBQUksR0FBRyxPQUFPLEtBQUssSUFBSSxLQUFLLEVBQUUsZUFBZSxPQUFPLG9CQUFvQixFQUFFLEtBQUssS0FBSyxXQUFXLElBQUksU0FBUyxZQUFZLE9BQU8sVUFBVSxJQUFJLENBQUM7QUFBQSxFQUMzTjtBQUNGOzs7QUN4UUEsSUFBTSxjQUFjO0FBQ3BCLElBQU0sUUFBUSxDQUFDLE9BQW1CLFNBQWlCLE9BQU8sYUFBYSxHQUFHLE1BQU0sU0FBUyxNQUFNLE9BQU8sQ0FBQyxDQUFDO0FBVXhHLGdCQUF1QixrQkFBa0IsUUFBK0Q7QUFDdEcsUUFBTSxXQUFXLE9BQU8sT0FBTyxhQUFhLEVBQUU7QUFDOUMsUUFBTSxPQUFxQixDQUFDO0FBQzVCLE1BQUksU0FBUztBQUNiLFNBQU8sU0FBUyxhQUFhO0FBQzNCLFVBQU0sT0FBTyxNQUFNLFNBQVMsS0FBSztBQUNqQyxRQUFJLEtBQUssS0FBTTtBQUNmLFNBQUssS0FBSyxLQUFLLEtBQUs7QUFDcEIsY0FBVSxLQUFLLE1BQU07QUFBQSxFQUN2QjtBQUNBLFFBQU0sT0FBTyxJQUFJLFdBQVcsS0FBSyxJQUFJLFFBQVEsV0FBVyxDQUFDO0FBQ3pELE1BQUksS0FBSztBQUNULGFBQVcsU0FBUyxNQUFNO0FBQ3hCLFFBQUksTUFBTSxLQUFLLE9BQVE7QUFDdkIsVUFBTSxPQUFPLE1BQU0sU0FBUyxHQUFHLEtBQUssU0FBUyxFQUFFO0FBQy9DLFNBQUssSUFBSSxNQUFNLEVBQUU7QUFDakIsVUFBTSxLQUFLO0FBQUEsRUFDYjtBQUNBLFFBQU0sT0FBTyxLQUFLLFVBQVUsS0FBSyxNQUFNLE1BQU0sQ0FBQyxNQUFNLFNBQVMsbUJBQW1CLEtBQUssVUFBVSxNQUFNLE1BQU0sTUFBTSxDQUFDLE1BQU0sU0FBUyxzQkFBc0I7QUFDdkosTUFBSSxTQUFTLEtBQU0sT0FBTSxJQUFJLGNBQWMsZ0JBQWdCLFdBQVcsSUFBSSwwQkFBMEIsQ0FBQyxHQUFHLENBQUMsZUFBZSxDQUFDO0FBQ3pILFNBQU87QUFDUCxXQUFTLE9BQU8sTUFBTSxTQUFTLEtBQUssR0FBRyxDQUFDLEtBQUssTUFBTSxPQUFPLE1BQU0sU0FBUyxLQUFLLEVBQUcsT0FBTSxLQUFLO0FBQzlGOzs7QUN6QkEsSUFBTSxVQUFVO0FBQ2hCLElBQU0sQ0FBQyxRQUFRLE9BQU8sT0FBTyxLQUFLLE9BQU8sT0FBTyxHQUFHLE1BQU0sR0FBRyxPQUFPLElBQUksQ0FBQyxJQUFJLElBQUksSUFBSSxJQUFJLElBQUksSUFBSSxJQUFJLElBQUksSUFBSSxHQUFHO0FBRy9HLFNBQVMsUUFBUSxHQUFlLEdBQW1CO0FBQ2pELFFBQU0sSUFBSSxFQUFFLENBQUMsSUFBSztBQUNsQixRQUFNLElBQUksRUFBRSxJQUFJLENBQUMsSUFBSztBQUN0QixTQUFPLEtBQUssS0FBSyxLQUFLLEtBQUssS0FBSyxLQUFLLEtBQUssSUFBSSxJQUFJLEtBQUssSUFBSTtBQUM3RDtBQUdBLFNBQVMsUUFBUSxHQUFlLEdBQW1CO0FBQ2pELFFBQU0sSUFBSSxRQUFRLEdBQUcsQ0FBQztBQUN0QixRQUFNLElBQUksUUFBUSxHQUFHLElBQUksQ0FBQztBQUMxQixTQUFPLEtBQUssS0FBSyxLQUFLLElBQUksSUFBSSxNQUFNLElBQUk7QUFDMUM7QUFDQSxJQUFNLGFBQWE7QUFHbkIsU0FBUyxjQUFjLE1BQWMsT0FBZSxLQUFxQjtBQUN2RSxRQUFNLElBQUksU0FBUyxJQUFJLE9BQU8sSUFBSTtBQUNsQyxRQUFNLE1BQU0sS0FBSyxNQUFNLElBQUksR0FBRztBQUM5QixRQUFNLE1BQU0sSUFBSSxNQUFNO0FBQ3RCLFFBQU0sTUFBTSxLQUFLLE9BQU8sT0FBTyxTQUFTLFFBQVEsSUFBSSxLQUFLLE1BQU0sS0FBSyxDQUFDLElBQUksTUFBTTtBQUMvRSxTQUFPLE1BQU0sU0FBVSxNQUFNLE1BQU0sS0FBSyxNQUFNLE1BQU0sQ0FBQyxJQUFJLEtBQUssTUFBTSxNQUFNLEdBQUcsSUFBSSxNQUFNO0FBQ3pGO0FBRUEsU0FBUyxZQUFZLE1BQWMsT0FBdUI7QUFDeEQsTUFBSSxVQUFVLEVBQUcsUUFBTyxPQUFPLE1BQU0sTUFBTSxPQUFPLFFBQVEsS0FBSyxPQUFPLFFBQVEsS0FBSyxLQUFLO0FBQ3hGLFNBQU8sVUFBVSxLQUFLLFVBQVUsS0FBSyxVQUFVLEtBQUssVUFBVSxLQUFLLEtBQUs7QUFDMUU7QUFJQSxJQUFJLFdBQVc7QUFDZixJQUFJLFdBQVc7QUFFZixTQUFTLEtBQUssR0FBVyxJQUFZLEdBQVcsR0FBVyxJQUFZLEdBQVcsSUFBWSxRQUF3QjtBQUdwSCxNQUFJLElBQUksTUFBTSxLQUFLLE1BQU0sSUFBSSxNQUFPLE1BQU0sUUFBUyxJQUFJLEtBQUssS0FBSyxVQUFVLEtBQU0sTUFBTSxPQUFPLEdBQUssUUFBTztBQUMxRyxRQUFNLE9BQU8sSUFBSSxNQUFTLEtBQUssTUFBTTtBQUNyQyxNQUFJLFNBQVMsVUFBVTtBQUNyQixRQUFJLEtBQUssS0FBSyxLQUFLLE1BQU0sSUFBSSxLQUFLLElBQUksWUFBWSxHQUFHLEVBQUUsRUFBRyxRQUFPO0FBQ2pFLGVBQVcsY0FBYyxHQUFHLElBQUksQ0FBQztBQUNqQyxlQUFXO0FBQUEsRUFDYjtBQUNBLFNBQU8sV0FBVyxlQUFlLElBQUksS0FBSyxLQUFLLFVBQVUsS0FBSyxLQUFLLE1BQU87QUFDNUU7QUFHQSxJQUFNLFNBQU4sTUFBYTtBQUFBLEVBRVgsWUFBcUIsTUFBYztBQUFkO0FBQUEsRUFBZTtBQUFBLEVBRHBDLElBQUk7QUFBQTtBQUFBLEVBR0osT0FBTyxHQUFtQjtBQUN4QixRQUFJLElBQUk7QUFDUixhQUFTLElBQUksR0FBRyxJQUFJLEdBQUcsS0FBSztBQUMxQixZQUFNLElBQUksS0FBSyxLQUFLLFdBQVcsS0FBSyxDQUFDLElBQUk7QUFDekMsVUFBSSxFQUFFLEtBQUssS0FBSyxLQUFLLEdBQUksUUFBTztBQUNoQyxVQUFJLElBQUksS0FBSztBQUNiLFdBQUs7QUFBQSxJQUNQO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFBQTtBQUFBLEVBRUEsY0FBYyxLQUFhLEtBQXFCO0FBQzlDLFFBQUksSUFBSTtBQUNSLFFBQUksSUFBSTtBQUNSLFdBQU8sSUFBSSxLQUFLLEtBQUs7QUFDbkIsWUFBTSxJQUFJLEtBQUssS0FBSyxXQUFXLEtBQUssQ0FBQyxJQUFJO0FBQ3pDLFVBQUksRUFBRSxLQUFLLEtBQUssS0FBSyxHQUFJO0FBQ3pCLFVBQUksSUFBSSxLQUFLO0FBQ2IsV0FBSztBQUFBLElBQ1A7QUFDQSxXQUFPLElBQUksTUFBTSxLQUFLO0FBQUEsRUFDeEI7QUFBQTtBQUFBLEVBRUEsV0FBbUI7QUFDakIsUUFBSSxLQUFLO0FBQ1QsUUFBSSxRQUFRO0FBQ1osVUFBTSxRQUFRLEtBQUs7QUFDbkIsZUFBUztBQUNQLFlBQU0sSUFBSSxLQUFLLEtBQUssV0FBVyxLQUFLLENBQUMsSUFBSTtBQUN6QyxVQUFJLEVBQUUsS0FBSyxLQUFLLEtBQUssR0FBSTtBQUN6QixZQUFNLElBQUk7QUFDVixlQUFTO0FBQ1QsV0FBSztBQUFBLElBQ1A7QUFDQSxXQUFPLEtBQUssTUFBTSxRQUFRLEtBQUs7QUFBQSxFQUNqQztBQUFBLEVBQ0EsR0FBRyxNQUF1QjtBQUN4QixRQUFJLEtBQUssS0FBSyxLQUFLLENBQUMsTUFBTSxLQUFNLFFBQU87QUFDdkMsU0FBSztBQUNMLFdBQU87QUFBQSxFQUNUO0FBQUE7QUFBQSxFQUVBLFNBQXdCO0FBQ3RCLFVBQU0sSUFBSSxLQUFLLEtBQUssS0FBSyxDQUFDO0FBQzFCLFFBQUksTUFBTSxPQUFPLE1BQU0sS0FBSztBQUMxQixXQUFLO0FBQ0wsYUFBTztBQUFBLElBQ1Q7QUFDQSxRQUFJLE1BQU0sT0FBTyxNQUFNLElBQUssUUFBTztBQUNuQyxTQUFLO0FBQ0wsVUFBTSxJQUFJLEtBQUssT0FBTyxDQUFDO0FBQ3ZCLFFBQUksSUFBSSxFQUFHLFFBQU87QUFDbEIsU0FBSyxHQUFHLEdBQUc7QUFDWCxVQUFNLElBQUksS0FBSyxJQUFJLEtBQUssS0FBSyxTQUFTLEtBQUssT0FBTyxDQUFDLElBQUk7QUFDdkQsUUFBSSxJQUFJLEtBQUssSUFBSSxNQUFNLElBQUksR0FBSSxRQUFPO0FBQ3RDLFlBQVEsTUFBTSxNQUFNLEtBQUssTUFBTSxJQUFJLEtBQUs7QUFBQSxFQUMxQztBQUFBLEVBQ0EsSUFBSSxPQUFnQjtBQUNsQixXQUFPLEtBQUssTUFBTSxLQUFLLEtBQUs7QUFBQSxFQUM5QjtBQUNGO0FBUUEsU0FBUyxZQUFZLE1BQXNCO0FBQ3pDLE1BQUksSUFBSTtBQUNSLE1BQUksRUFBRSxXQUFXLENBQUMsS0FBSyxNQUFNLEVBQUUsV0FBVyxFQUFFLFNBQVMsQ0FBQyxLQUFLLEdBQUksS0FBSSxFQUFFLEtBQUs7QUFDMUUsU0FBTyxlQUFlLEdBQUcsR0FBRyxFQUFFLE1BQU07QUFDdEM7QUFHQSxJQUFJLFVBQVUsSUFBSSxXQUFXLEVBQUU7QUFVeEIsU0FBUyxlQUFlLEdBQVcsT0FBZSxLQUFxQjtBQUM1RSxRQUFNLElBQUksTUFBTTtBQUNoQixNQUFJLElBQUksR0FBSSxRQUFPO0FBQ25CLE1BQUksSUFBSSxRQUFRLE9BQVEsV0FBVSxJQUFJLFdBQVcsSUFBSSxDQUFDO0FBQ3RELFdBQVMsSUFBSSxHQUFHLElBQUksR0FBRyxLQUFLO0FBQzFCLFVBQU0sSUFBSSxFQUFFLFdBQVcsUUFBUSxDQUFDO0FBQ2hDLFlBQVEsQ0FBQyxJQUFJLElBQUksTUFBTSxJQUFJO0FBQUEsRUFDN0I7QUFDQSxTQUFPLGtCQUFrQixTQUFTLEdBQUcsQ0FBQztBQUN4QztBQVlPLFNBQVMsa0JBQWtCLEdBQWUsT0FBZSxLQUFxQjtBQUNuRixRQUFNLElBQUksTUFBTTtBQUNoQixNQUFJLElBQUksR0FBSSxRQUFPO0FBQ25CLFFBQU0sSUFBSSxRQUFRLEdBQUcsS0FBSztBQUMxQixRQUFNLE1BQU0sRUFBRSxRQUFRLENBQUM7QUFDdkIsTUFBSSxJQUFJLEtBQU0sUUFBUSxVQUFVLFFBQVEsU0FBVSxFQUFFLFFBQVEsQ0FBQyxNQUFNLElBQUssUUFBTztBQUMvRSxRQUFNLEtBQUssUUFBUSxHQUFHLFFBQVEsQ0FBQztBQUMvQixRQUFNLElBQUksUUFBUSxHQUFHLFFBQVEsQ0FBQztBQUM5QixNQUFJLEtBQUssS0FBSyxJQUFJLEVBQUcsUUFBTztBQUM1QixNQUFJLE1BQU0sR0FBSSxRQUFPLEtBQUssR0FBRyxJQUFJLEdBQUcsR0FBRyxHQUFHLEdBQUcsR0FBRyxDQUFDO0FBQ2pELFFBQU0sTUFBTSxFQUFFLFFBQVEsRUFBRTtBQUN4QixNQUFJLElBQUksTUFBTyxRQUFRLEtBQUssUUFBUSxTQUFVLEVBQUUsUUFBUSxFQUFFLE1BQU0sTUFBTyxRQUFPO0FBQzlFLFFBQU0sSUFBSSxRQUFRLEdBQUcsUUFBUSxFQUFFO0FBQy9CLFFBQU0sS0FBSyxRQUFRLEdBQUcsUUFBUSxFQUFFO0FBQ2hDLE1BQUksSUFBSSxLQUFLLEtBQUssRUFBRyxRQUFPO0FBQzVCLE1BQUksSUFBSSxRQUFRO0FBQ2hCLE1BQUksSUFBSTtBQUNSLE1BQUksS0FBSztBQUNULE1BQUksSUFBSSxPQUFPLEVBQUUsQ0FBQyxNQUFNLE9BQU87QUFDN0IsUUFBSSxJQUFJLEdBQUksUUFBTztBQUNuQixRQUFJLFFBQVEsR0FBRyxRQUFRLEVBQUU7QUFDekIsUUFBSSxJQUFJLEVBQUcsUUFBTztBQUNsQixRQUFJLFFBQVE7QUFDWixVQUFNLE1BQU0sSUFBSSxNQUFNLEVBQUUsQ0FBQyxJQUFJO0FBQzdCLFFBQUksUUFBUSxPQUFPLFFBQVEsT0FBTztBQUNoQyxVQUFJLFFBQVE7QUFDWixZQUFNLE9BQU8sRUFBRTtBQUNmLGVBQVMsSUFBSSxFQUFFLENBQUMsSUFBSyxTQUFTLElBQUksT0FBTyxLQUFLLEtBQUssS0FBSyxHQUFHLElBQUksRUFBRSxFQUFFLENBQUMsSUFBSyxTQUFTO0FBQ2hGLGNBQU0sSUFBSTtBQUNWLGlCQUFTO0FBQUEsTUFDWDtBQUNBLFVBQUksTUFBTSxLQUFNLFFBQU87QUFBQSxJQUN6QjtBQUFBLEVBQ0Y7QUFDQSxNQUFJLE1BQU0sSUFBSyxRQUFPLEtBQUssR0FBRyxJQUFJLEdBQUcsR0FBRyxJQUFJLEdBQUcsSUFBSSxDQUFDO0FBQ3BELFFBQU0sU0FBUyxTQUFTLEdBQUcsR0FBRyxHQUFHO0FBQ2pDLFNBQU8sT0FBTyxNQUFNLE1BQU0sSUFBSSxNQUFNLEtBQUssR0FBRyxJQUFJLEdBQUcsR0FBRyxJQUFJLEdBQUcsSUFBSSxNQUFNO0FBQ3pFO0FBR0EsU0FBUyxTQUFTLEdBQWUsR0FBVyxLQUFxQjtBQUMvRCxRQUFNLElBQUksRUFBRSxDQUFDO0FBQ2IsTUFBSSxNQUFNLEtBQUssTUFBTSxRQUFTLFFBQU8sSUFBSSxNQUFNLE1BQU0sSUFBSTtBQUN6RCxNQUFLLE1BQU0sUUFBUSxNQUFNLFVBQVcsSUFBSSxJQUFJLElBQUssUUFBTztBQUN4RCxRQUFNLElBQUksUUFBUSxHQUFHLElBQUksQ0FBQztBQUMxQixNQUFJLEtBQUssSUFBSTtBQUNiLFFBQU0sUUFBUSxLQUFLLE9BQU8sRUFBRSxFQUFFLE1BQU07QUFDcEMsTUFBSSxNQUFPO0FBQ1gsUUFBTSxJQUFJLE9BQU8sT0FBTyxDQUFDLFFBQVEsSUFBSSxLQUFLLEtBQUssTUFBTSxRQUFRLEdBQUcsRUFBRSxJQUFJO0FBQ3RFLE1BQUksSUFBSSxLQUFLLElBQUksTUFBTSxJQUFJLEtBQUssSUFBSSxNQUFPLE9BQU8sT0FBTyxLQUFLLE1BQU0sSUFBTSxRQUFPO0FBQ2pGLFVBQVEsTUFBTSxTQUFTLEtBQUssTUFBTSxJQUFJLEtBQUs7QUFDN0M7QUFJQSxJQUFNLGlCQUFvQztBQUFBLEVBQ3hDLENBQUMsUUFBUSxFQUFFLE9BQU8sS0FBSyxLQUFLLEdBQUcsS0FBSyxFQUFFLENBQUM7QUFBQSxFQUN2QyxDQUFDLE1BQU0sRUFBRSxPQUFPLEtBQUssS0FBSyxHQUFHLEtBQUssRUFBRSxDQUFDO0FBQUEsRUFDckMsQ0FBQyxLQUFLLEVBQUUsT0FBTyxLQUFLLEtBQUssR0FBRyxLQUFLLEVBQUUsQ0FBQztBQUFBLEVBQ3BDLENBQUMsTUFBTSxFQUFFLE9BQU8sS0FBSyxLQUFLLEdBQUcsS0FBSyxFQUFFLENBQUM7QUFBQSxFQUNyQyxDQUFDLEtBQUssRUFBRSxPQUFPLEtBQUssS0FBSyxHQUFHLEtBQUssRUFBRSxDQUFDO0FBQUEsRUFDcEMsQ0FBQyxNQUFNLEVBQUUsT0FBTyxLQUFLLEtBQUssR0FBRyxLQUFLLEVBQUUsQ0FBQztBQUFBLEVBQ3JDLENBQUMsS0FBSyxFQUFFLE9BQU8sS0FBSyxLQUFLLEdBQUcsS0FBSyxFQUFFLENBQUM7QUFBQSxFQUNwQyxDQUFDLE1BQU0sRUFBRSxPQUFPLEtBQUssS0FBSyxHQUFHLEtBQUssRUFBRSxDQUFDO0FBQUEsRUFDckMsQ0FBQyxNQUFNLEVBQUUsT0FBTyxLQUFLLEtBQUssR0FBRyxLQUFLLEVBQUUsQ0FBQztBQUFBLEVBQ3JDLENBQUMsS0FBSyxFQUFFLE9BQU8sSUFBSSxDQUFDO0FBQ3RCO0FBRUEsU0FBUyxlQUFlLFNBQTBCO0FBQ2hELFFBQU0sU0FBa0IsQ0FBQztBQUN6QixNQUFJLElBQUk7QUFDUixRQUFPLFFBQU8sSUFBSSxRQUFRLFFBQVE7QUFDaEMsUUFBSSxRQUFRLENBQUMsTUFBTSxLQUFLO0FBQ3RCLGFBQU8sUUFBUSxDQUFDLE1BQU0sSUFBSztBQUMzQixhQUFPLEtBQUssRUFBRSxPQUFPLElBQUksQ0FBQztBQUMxQjtBQUFBLElBQ0Y7QUFDQSxlQUFXLENBQUMsTUFBTSxLQUFLLEtBQUssZ0JBQWdCO0FBQzFDLFVBQUksUUFBUSxXQUFXLE1BQU0sQ0FBQyxHQUFHO0FBQy9CLGVBQU8sS0FBSyxLQUFLO0FBQ2pCLGFBQUssS0FBSztBQUNWLGlCQUFTO0FBQUEsTUFDWDtBQUFBLElBQ0Y7QUFDQSxXQUFPLEtBQUssRUFBRSxTQUFTLFFBQVEsQ0FBQyxFQUFHLENBQUM7QUFDcEM7QUFBQSxFQUNGO0FBQ0EsUUFBTSxTQUFTLElBQUksSUFBSSxPQUFPLFFBQVEsQ0FBQyxNQUFPLFdBQVcsSUFBSSxDQUFDLEVBQUUsS0FBSyxJQUFJLENBQUMsQ0FBRSxDQUFDO0FBQzdFLGFBQVcsVUFBVSxDQUFDLEtBQUssS0FBSyxHQUFHLEdBQVk7QUFDN0MsUUFBSSxDQUFDLE9BQU8sSUFBSSxNQUFNLEVBQUcsT0FBTSxJQUFJLE1BQU0scUJBQXFCLE9BQU8sWUFBWSxFQUFFLEdBQUcsUUFBUSxHQUFHLE1BQU0sR0FBRyxLQUFLLEVBQUUsTUFBTSxDQUFDLEVBQUU7QUFBQSxFQUM1SDtBQUNBLFNBQU87QUFDVDtBQUVBLFNBQVMsY0FBYyxTQUFrQztBQUN2RCxRQUFNLFNBQVMsZUFBZSxPQUFPO0FBQ3JDLFNBQU8sQ0FBQyxTQUFTO0FBQ2YsVUFBTSxJQUFJLElBQUksT0FBTyxLQUFLLEtBQUssQ0FBQztBQUNoQyxVQUFNLElBQUksRUFBRSxHQUFHLEdBQUcsR0FBRyxHQUFHLEdBQUcsR0FBRyxHQUFHLEdBQUcsR0FBRyxHQUFHLEdBQUcsR0FBRyxHQUFHLEdBQUcsR0FBRyxFQUFFO0FBQzNELGVBQVcsS0FBSyxRQUFRO0FBQ3RCLFVBQUksYUFBYSxHQUFHO0FBQ2xCLFlBQUksQ0FBQyxFQUFFLEdBQUcsRUFBRSxPQUFPLEVBQUcsUUFBTztBQUFBLE1BQy9CLFdBQVcsRUFBRSxVQUFVLEtBQUs7QUFDMUIsYUFBSyxFQUFFLElBQUksRUFBRSxTQUFTLEtBQUssRUFBRyxRQUFPO0FBQUEsTUFDdkMsV0FBVyxFQUFFLFVBQVUsS0FBSztBQUMxQixjQUFNLFNBQVMsRUFBRSxPQUFPO0FBQ3hCLFlBQUksV0FBVyxRQUFRLE9BQU8sTUFBTSxNQUFNLEVBQUcsUUFBTztBQUNwRCxVQUFFLElBQUk7QUFBQSxNQUNSLFdBQVcsU0FBUyxNQUFNLEVBQUUsRUFBRSxLQUFLLElBQUksRUFBRSxjQUFjLEVBQUUsS0FBSyxFQUFFLEdBQUcsS0FBSyxFQUFHLFFBQU87QUFBQSxJQUNwRjtBQUNBLFdBQU8sRUFBRSxPQUFPLEtBQUssRUFBRSxHQUFHLEVBQUUsR0FBRyxFQUFFLEdBQUcsRUFBRSxHQUFHLEVBQUUsR0FBRyxFQUFFLEdBQUcsRUFBRSxHQUFHLEVBQUUsQ0FBQyxJQUFJO0FBQUEsRUFDakU7QUFDRjtBQWVPLFNBQVMsZ0JBQWdCLFFBQW9EO0FBQ2xGLE1BQUksT0FBTyxXQUFXLFdBQVksUUFBTztBQUN6QyxNQUFJLFdBQVcsVUFBYSxXQUFXLEdBQUksUUFBTztBQUNsRCxTQUFPLGNBQWMsTUFBTTtBQUM3Qjs7O0FDOVNBLElBQU0sUUFBUSxLQUFLO0FBVW5CLGdCQUF1QixXQUFXLE1BQWtFO0FBQ2xHLFFBQU0sVUFBVSxJQUFJLFlBQVk7QUFDaEMsTUFBSSxPQUFPLFNBQVMsVUFBVTtBQUM1QixxQkFBaUIsU0FBUyxLQUFNLE9BQU0sUUFBUSxPQUFPLEtBQUs7QUFDMUQ7QUFBQSxFQUNGO0FBQ0EsV0FBUyxJQUFJLEdBQUcsSUFBSSxLQUFLLFVBQVU7QUFDakMsUUFBSSxNQUFNLEtBQUssSUFBSSxJQUFJLE9BQU8sS0FBSyxNQUFNO0FBQ3pDLFVBQU0sT0FBTyxLQUFLLFdBQVcsTUFBTSxDQUFDO0FBQ3BDLFFBQUksTUFBTSxLQUFLLFVBQVUsUUFBUSxTQUFVLE9BQU8sTUFBUTtBQUMxRCxVQUFNLFFBQVEsT0FBTyxLQUFLLE1BQU0sR0FBRyxHQUFHLENBQUM7QUFDdkMsUUFBSTtBQUFBLEVBQ047QUFDRjs7O0FDeEJ3UCxJQUFNSSxjQUFhO0FBQzNRLElBQU0sZ0JBQWdCO0FBaUNmLFNBQVMsV0FBVyxVQUEyQjtBQUNwRCxNQUFJO0FBQ0YsUUFBSSxLQUFLLGVBQWUsU0FBUyxFQUFFLFVBQVUsU0FBUyxDQUFDO0FBQ3ZELFdBQU87QUFBQSxFQUNULFFBQVE7QUFDTixXQUFPO0FBQUEsRUFDVDtBQUNGO0FBYU8sU0FBUyxVQUFVLFVBQTZCO0FBQ3JELFFBQU0sU0FBUyxJQUFJLEtBQUssZUFBZSxTQUFTO0FBQUEsSUFDOUMsVUFBVTtBQUFBLElBQ1YsV0FBVztBQUFBLElBQ1gsS0FBSztBQUFBLElBQ0wsTUFBTTtBQUFBLElBQ04sT0FBTztBQUFBLElBQ1AsS0FBSztBQUFBLElBQ0wsTUFBTTtBQUFBLElBQ04sUUFBUTtBQUFBLElBQ1IsUUFBUTtBQUFBLEVBQ1YsQ0FBQztBQUVELFFBQU0sYUFBYSxDQUFDLFlBQTRCO0FBQzlDLFVBQU0sU0FBUyxLQUFLLE1BQU0sVUFBVSxhQUFhLElBQUk7QUFDckQsVUFBTSxJQUE0QixDQUFDO0FBQ25DLFFBQUksS0FBSztBQUNULGVBQVcsUUFBUSxPQUFPLGNBQWMsTUFBTSxHQUFHO0FBQy9DLFVBQUksS0FBSyxTQUFTLE1BQU8sTUFBSyxLQUFLLE1BQU0sV0FBVyxHQUFHO0FBQUEsZUFDOUMsS0FBSyxTQUFTLFVBQVcsR0FBRSxLQUFLLElBQUksSUFBSSxPQUFPLEtBQUssS0FBSztBQUFBLElBQ3BFO0FBRUEsVUFBTSxPQUFPLG9CQUFJLEtBQUssQ0FBQztBQUN2QixTQUFLLGVBQWUsS0FBSyxJQUFJLEVBQUUsT0FBUSxFQUFFLE1BQU8sRUFBRSxRQUFTLEdBQUcsRUFBRSxHQUFJO0FBQ3BFLFNBQUssWUFBWSxFQUFFLE1BQU8sRUFBRSxRQUFTLEVBQUUsTUFBTztBQUM5QyxZQUFRLEtBQUssUUFBUSxJQUFJLFVBQVU7QUFBQSxFQUNyQztBQUVBLFFBQU0sWUFBWSxvQkFBSSxJQUFvQjtBQUMxQyxRQUFNLFdBQVcsQ0FBQyxVQUEwQjtBQUMxQyxRQUFJLElBQUksVUFBVSxJQUFJLEtBQUs7QUFDM0IsUUFBSSxNQUFNLFFBQVc7QUFDbkIsVUFBSSxXQUFXLFFBQVFBLFdBQVU7QUFDakMsZ0JBQVUsSUFBSSxPQUFPLENBQUM7QUFBQSxJQUN4QjtBQUNBLFdBQU87QUFBQSxFQUNUO0FBRUEsUUFBTSxPQUFPLG9CQUFJLElBQXNDO0FBQ3ZELFFBQU0sTUFBTSxDQUFDLFVBQTRDO0FBQ3ZELFFBQUksSUFBSSxLQUFLLElBQUksS0FBSztBQUN0QixRQUFJLE1BQU0sT0FBVyxRQUFPO0FBQzVCLFVBQU0sUUFBUSxRQUFRQTtBQUN0QixVQUFNLFNBQVMsU0FBUyxLQUFLO0FBQzdCLFVBQU0sUUFBUSxTQUFTLFFBQVEsQ0FBQztBQUNoQyxRQUFJLFdBQVcsTUFBTyxLQUFJLENBQUMsUUFBUSxPQUFPLEtBQUssS0FBSztBQUFBLFNBQy9DO0FBRUgsVUFBSSxLQUFLO0FBQ1QsVUFBSSxLQUFLLFFBQVFBO0FBQ2pCLGFBQU8sS0FBSyxLQUFLLGVBQWU7QUFDOUIsY0FBTSxNQUFNLEtBQUssS0FBSyxPQUFPLEtBQUssTUFBTSxJQUFJLGFBQWEsSUFBSTtBQUM3RCxZQUFJLFdBQVcsR0FBRyxNQUFNLE9BQVEsTUFBSztBQUFBLFlBQ2hDLE1BQUs7QUFBQSxNQUNaO0FBQ0EsVUFBSSxDQUFDLFFBQVEsSUFBSSxLQUFLO0FBQUEsSUFDeEI7QUFDQSxTQUFLLElBQUksT0FBTyxDQUFDO0FBQ2pCLFdBQU87QUFBQSxFQUNUO0FBQ0EsUUFBTSxnQkFBZ0IsQ0FBQyxZQUE0QjtBQUNqRCxVQUFNLENBQUMsUUFBUSxRQUFRLEtBQUssSUFBSSxJQUFJLEtBQUssTUFBTSxVQUFVQSxXQUFVLENBQUM7QUFDcEUsV0FBTyxXQUFXLFNBQVMsUUFBUTtBQUFBLEVBQ3JDO0FBRUEsTUFBSSxXQUFXLE9BQU87QUFDdEIsTUFBSSxjQUFjO0FBQ2xCLFNBQU87QUFBQSxJQUNMO0FBQUEsSUFDQSxVQUFVLENBQUMsWUFBWSxjQUFjLE9BQU8sSUFBSTtBQUFBLElBQ2hELFVBQVUsT0FBTztBQUNmLFlBQU0sUUFBUSxLQUFLLE1BQU0sUUFBUUEsV0FBVTtBQUMzQyxVQUFJLFVBQVUsU0FBVSxRQUFPLFFBQVE7QUFDdkMsWUFBTSxDQUFDLFFBQVEsTUFBTSxJQUFJLElBQUksS0FBSztBQUNsQyxVQUFJLE9BQU8sTUFBTSxNQUFNLEtBQUssT0FBTyxNQUFNLElBQUksUUFBUSxDQUFDLEVBQUUsQ0FBQyxDQUFDLEtBQUssT0FBTyxNQUFNLElBQUksUUFBUSxDQUFDLEVBQUUsQ0FBQyxDQUFDLEdBQUc7QUFHOUYsbUJBQVc7QUFDWCxzQkFBYyxTQUFTO0FBQ3ZCLGVBQU8sUUFBUTtBQUFBLE1BQ2pCO0FBRUEsWUFBTSxRQUFRLGNBQWMsUUFBUUEsV0FBVSxJQUFJO0FBQ2xELFlBQU0sT0FBTyxjQUFjLFFBQVFBLFdBQVUsSUFBSTtBQUNqRCxZQUFNLFFBQVEsUUFBUTtBQUN0QixVQUFJLGNBQWMsS0FBSyxJQUFJLGtCQUFrQixNQUFPLFFBQU87QUFDM0QsWUFBTSxTQUFTLFFBQVE7QUFDdkIsVUFBSSxjQUFjLE1BQU0sSUFBSSxrQkFBa0IsS0FBTSxRQUFPO0FBQzNELGFBQU87QUFBQSxJQUNUO0FBQUEsRUFDRjtBQUNGOzs7QUM5SUEsSUFBTSxDQUFDQyxPQUFNQyxTQUFRQyxJQUFHQyxRQUFPLElBQUksQ0FBQyxJQUFJLElBQUksSUFBSSxHQUFHO0FBR25ELFNBQVMsVUFBVSxNQUE2QixPQUFlLEtBQXNCO0FBQ25GLFFBQU0sT0FBTyxLQUFLLE1BQU0sQ0FBQztBQUN6QixNQUFJLFNBQVNELE1BQUssU0FBU0MsU0FBUyxRQUFPO0FBQzNDLFdBQVMsSUFBSSxNQUFNLEdBQUcsSUFBSSxRQUFRLElBQUksS0FBSztBQUN6QyxVQUFNLElBQUksS0FBSyxDQUFDO0FBQ2hCLFFBQUksTUFBTUgsU0FBUSxNQUFNQyxRQUFRLFFBQU87QUFBQSxFQUN6QztBQUNBLFNBQU87QUFDVDtBQVlPLFNBQVMsZ0JBQ2QsV0FDQSxhQUNBLFFBQ0EsVUFDMEU7QUFDMUUsTUFBSSxPQUFPLFdBQVcsY0FBZSxPQUFPLFdBQVcsWUFBWSxPQUFPLFNBQVMsR0FBRyxFQUFJLFFBQU8sRUFBRSxXQUFXLFlBQVk7QUFDMUgsUUFBTSxRQUFRLFVBQVUsUUFBUTtBQUNoQyxRQUFNLFVBQVUsT0FBTyxXQUFXLFlBQVksV0FBVztBQUN6RCxTQUFPO0FBQUEsSUFDTCxXQUFXLENBQUMsU0FBUztBQUNuQixZQUFNLEtBQUssVUFBVSxJQUFJO0FBQ3pCLFVBQUksT0FBTyxNQUFNLEVBQUUsRUFBRyxRQUFPO0FBQzdCLFlBQU0sSUFBSSxLQUFLLEtBQUs7QUFDcEIsYUFBTyxXQUFXLENBQUMsVUFBVSxDQUFDLE1BQU0sRUFBRSxXQUFXLENBQUMsR0FBRyxHQUFHLEVBQUUsTUFBTSxJQUFJLE1BQU0sVUFBVSxFQUFFLElBQUk7QUFBQSxJQUM1RjtBQUFBLElBQ0EsYUFDRSxnQkFBZ0IsT0FDWixPQUNBLENBQUMsT0FBTyxPQUFPLFFBQVE7QUFDckIsWUFBTSxLQUFLLFlBQVksT0FBTyxPQUFPLEdBQUc7QUFDeEMsYUFBTyxPQUFPLE1BQU0sRUFBRSxLQUFLLFVBQVUsQ0FBQyxNQUFNLE1BQU0sQ0FBQyxHQUFJLE9BQU8sR0FBRyxJQUFJLEtBQUssTUFBTSxVQUFVLEVBQUU7QUFBQSxJQUM5RjtBQUFBLEVBQ1I7QUFDRjs7O0FDMkJBLElBQU1HLFlBQVc7QUFBQSxFQUNmLFVBQVU7QUFBQSxFQUNWLG1CQUFtQjtBQUFBLEVBQ25CLGFBQWE7QUFBQSxFQUNiLEtBQUssRUFBRSxNQUFNLGdCQUFnQixVQUFVLENBQUMsY0FBYyxHQUFHLFdBQVcsaUJBQWlCO0FBQ3ZGO0FBRUEsSUFBTSxhQUFhLEtBQUs7QUFFeEIsZ0JBQWdCLE9BQU8sTUFBc0M7QUFDM0QsV0FBUyxJQUFJLEdBQUcsSUFBSSxLQUFLLFFBQVEsS0FBSyxXQUFZLE9BQU0sS0FBSyxNQUFNLEdBQUcsSUFBSSxVQUFVO0FBQ3RGO0FBRUEsZ0JBQWdCLFFBQVEsUUFBbUMsU0FBOEQ7QUFDdkgsTUFBSSxRQUFRO0FBQ1osbUJBQWlCLFNBQVMsUUFBUTtBQUNoQyxVQUFNO0FBQ04sWUFBUyxTQUFTLE1BQU0sTUFBTztBQUFBLEVBQ2pDO0FBQ0Y7QUFHQSxTQUFTLGFBQWEsTUFBOEI7QUFDbEQsUUFBTSxRQUFRLEtBQUssUUFBUSxXQUFXLEVBQUUsRUFBRSxVQUFVO0FBQ3BELFNBQU8sVUFBVSxLQUFLLE9BQU8sTUFBTSxXQUFXLEdBQUc7QUFDbkQ7QUFHQSxlQUFlLFdBQVcsUUFBbUMsVUFBOEY7QUFDekosUUFBTSxXQUFXLE9BQU8sT0FBTyxhQUFhLEVBQUU7QUFDOUMsUUFBTSxPQUFxQixDQUFDO0FBQzVCLFFBQU0sVUFBVSxJQUFJLFlBQVksUUFBUTtBQUN4QyxNQUFJLE9BQU87QUFDWCxNQUFJLE1BQXNCO0FBQzFCLFNBQU8sUUFBUSxNQUFNO0FBQ25CLFVBQU0sT0FBTyxNQUFNLFNBQVMsS0FBSztBQUNqQyxRQUFJLEtBQUssS0FBTTtBQUNmLFNBQUssS0FBSyxLQUFLLEtBQUs7QUFFcEIsVUFBTSxTQUFTLEtBQUssYUFBYSxJQUFJLFlBQVksUUFBUSxFQUFFLE9BQU8sS0FBSyxNQUFNLFNBQVMsR0FBRyxHQUFHLENBQUMsQ0FBQyxJQUFJO0FBQ2xHLFFBQUksUUFBUSxLQUFNLE9BQU0sYUFBYyxRQUFRLFFBQVEsT0FBTyxLQUFLLE9BQU8sRUFBRSxRQUFRLEtBQUssQ0FBQyxDQUFFO0FBQUEsRUFDN0Y7QUFDQSxrQkFBZ0IsTUFBTTtBQUNwQixXQUFPO0FBQ1AsYUFBUyxPQUFPLE1BQU0sU0FBUyxLQUFLLEdBQUcsQ0FBQyxLQUFLLE1BQU0sT0FBTyxNQUFNLFNBQVMsS0FBSyxFQUFHLE9BQU0sS0FBSztBQUFBLEVBQzlGO0FBQ0EsU0FBTyxFQUFFLFFBQVEsTUFBTSxRQUFRLE9BQU8sUUFBUSxJQUFJLEVBQUU7QUFDdEQ7QUFFQSxTQUFTLFNBQVMsU0FBb0M7QUFDcEQsUUFBTSxNQUFNLENBQUMsWUFBb0IsSUFBSSxjQUFjLGNBQWMsT0FBTztBQUN4RSxNQUFJLFFBQVEsYUFBYSxVQUFhLENBQUMsVUFBVSxTQUFTLFFBQVEsUUFBUSxHQUFHO0FBQzNFLFVBQU0sSUFBSSxvQkFBb0IsS0FBSyxVQUFVLFFBQVEsUUFBUSxDQUFDLGdCQUFnQixVQUFVLEtBQUssSUFBSSxDQUFDLEVBQUU7QUFBQSxFQUN0RztBQUNBLE1BQUksUUFBUSxjQUFjLFdBQWMsUUFBUSxjQUFjLE1BQU0sVUFBVSxLQUFLLFFBQVEsU0FBUyxJQUFJO0FBQ3RHLFVBQU0sSUFBSSxxQkFBcUIsS0FBSyxVQUFVLFFBQVEsU0FBUyxDQUFDLDRDQUE0QztBQUFBLEVBQzlHO0FBQ0EsTUFBSSxRQUFRLFdBQVcsVUFBYSxRQUFRLFdBQVcsU0FBUyxRQUFRLFdBQVcsT0FBTztBQUN4RixVQUFNLElBQUksa0JBQWtCLEtBQUssVUFBVSxRQUFRLE1BQU0sQ0FBQyxzQkFBc0I7QUFBQSxFQUNsRjtBQUNGO0FBbUJBLGVBQXNCLGFBQWEsUUFBd0IsVUFBc0IsQ0FBQyxHQUFHLFVBQStCLENBQUMsR0FBc0I7QUFDekksV0FBUyxPQUFPO0FBQ2hCLFFBQU0sVUFBVSxJQUFJLGdCQUFnQjtBQUNwQyxRQUFNLFdBQVcsUUFBUTtBQUN6QixRQUFNLFdBQVcsUUFBUSxZQUFZQSxVQUFTO0FBQzlDLFFBQU0sU0FDSixPQUFPLFdBQVcsV0FDZCxFQUFFLFFBQVEsYUFBYSxNQUFNLElBQUssUUFBbUIsT0FBaUIsUUFBUSxLQUFLLElBQ25GLE1BQU0sV0FBVyxrQkFBa0IsbUJBQW1CLFFBQVEsV0FBVyxNQUFNLEdBQUcsQ0FBQyxVQUFVLFdBQVcsRUFBRSxPQUFPLFFBQVEsUUFBUSxPQUFPLENBQUMsQ0FBQyxDQUFDLENBQUMsR0FBRyxRQUFRO0FBQzdKLFFBQU0sU0FBUyxRQUFRLFVBQVUsT0FBTztBQUN4QyxRQUFNLFdBQVcsV0FBVyxRQUFRQSxVQUFTLE1BQU0sRUFBRSxNQUFNLElBQUksVUFBVSxDQUFDLEdBQUcsV0FBVyxHQUFHO0FBQzNGLFFBQU0sV0FBVyxRQUFRLFlBQVksU0FBUztBQUM5QyxNQUFJO0FBQ0osTUFBSTtBQUNGLGdCQUFZLGdCQUFnQixRQUFRLGVBQWU7QUFBQSxFQUNyRCxTQUFTLEdBQUc7QUFDVixVQUFNLElBQUksY0FBYyxjQUFjLEdBQUksRUFBWSxPQUFPLDJDQUEyQztBQUFBLEVBQzFHO0FBQ0EsTUFBSSxRQUFRLGFBQWEsVUFBYSxDQUFDLFdBQVcsUUFBUSxRQUFRLEdBQUc7QUFDbkUsVUFBTSxJQUFJLGNBQWMsY0FBYyxxQkFBcUIsS0FBSyxVQUFVLFFBQVEsUUFBUSxDQUFDLDhDQUE4QztBQUFBLEVBQzNJO0FBQ0EsUUFBTSxjQUFjLFFBQVEsb0JBQW9CLFVBQWEsUUFBUSxvQkFBb0IsS0FBSyxvQkFBb0I7QUFDbEgsUUFBTSxRQUFRLFFBQVEsYUFBYSxTQUFZLEVBQUUsV0FBVyxZQUFZLElBQUksZ0JBQWdCLFdBQVcsYUFBYSxRQUFRLGlCQUFpQixRQUFRLFFBQVE7QUFDN0osUUFBTSxTQUF1QjtBQUFBLElBQzNCLFNBQVMsUUFBUSxRQUFRLFNBQVM7QUFBQSxJQUNsQyxjQUFjLE9BQU8sYUFBYSxXQUFXLENBQUMsUUFBUSxJQUFJLENBQUMsR0FBRyxRQUFRO0FBQUEsSUFDdEUsY0FBYyxRQUFRLGFBQWEsU0FBUztBQUFBLElBQzVDLG1CQUFtQixRQUFRLGtCQUFrQjtBQUFBLElBQzdDLGVBQWUsUUFBUSxjQUFjO0FBQUEsSUFDckMsYUFBYSxRQUFRLFlBQVk7QUFBQSxJQUNqQyxTQUFTLElBQUksSUFBSSxRQUFRLFdBQVcsQ0FBQyxDQUFDO0FBQUEsSUFDdEMsbUJBQW1CLFFBQVEscUJBQXFCQSxVQUFTO0FBQUEsSUFDekQsR0FBRztBQUFBLElBQ0gsZUFDRSxPQUFPLFFBQVEsb0JBQW9CLFdBQVcsY0FBYyxLQUFLLFVBQVUsUUFBUSxlQUFlLENBQUMsS0FBSztBQUFBLElBQzFHLGdCQUFnQixPQUFPLFFBQVEsb0JBQW9CLFdBQVcsQ0FBQyxJQUFJLENBQUMsa0JBQWtCO0FBQUEsSUFDdEYsYUFBYSxRQUFRLGVBQWVBLFVBQVM7QUFBQSxJQUM3QztBQUFBLEVBQ0Y7QUFDQSxNQUFJLFdBQVcsT0FBTztBQUVwQixVQUFNLE9BQU8sYUFBYSxXQUFXLGFBQWE7QUFDbEQsVUFBTSxRQUFRLE9BQU8sV0FBVyxPQUFPLFdBQVcsTUFBZ0IsSUFBSSxPQUFPLE9BQU8sU0FBUyxXQUFXLFdBQVcsT0FBTyxRQUFRLFFBQVEsQ0FBQztBQUMzSSxVQUFNLGNBQWMsT0FBTyxRQUFRLFFBQVEsU0FBUztBQUFBLEVBQ3RELE9BQU87QUFDTCxRQUFJO0FBQ0YsWUFBTSxjQUFjLE9BQU8sV0FBVyxPQUFPLE9BQU8sTUFBZ0IsSUFBSSxXQUFXLE9BQU8sUUFBUSxRQUFRLEdBQUcsTUFBTTtBQUFBLElBQ3JILFNBQVMsR0FBRztBQUVWLFVBQUksYUFBYSxpQkFBaUIsUUFBUSxXQUFXLFdBQWMsRUFBRSxTQUFTLGVBQWUsRUFBRSxTQUFTLFlBQVk7QUFDbEgsY0FBTSxJQUFJLGNBQWMsRUFBRSxNQUFNLEVBQUUsU0FBUyxFQUFFLE9BQU8sQ0FBQyxHQUFHLEVBQUUsT0FBTyxZQUFZLENBQUM7QUFBQSxNQUNoRjtBQUNBLFlBQU07QUFBQSxJQUNSO0FBQUEsRUFDRjtBQUNBLE1BQUksUUFBUSxXQUFXLEdBQUc7QUFDeEIsVUFBTSxVQUFVLFFBQVEsVUFBVSxTQUFTLFFBQVEsT0FBTyxnQ0FBZ0MsUUFBUSxnQkFBZ0IsQ0FBQyxDQUFDLE1BQU07QUFDMUgsVUFBTSxJQUFJLGNBQWMsYUFBYSx3QkFBd0IsT0FBTyxFQUFFO0FBQUEsRUFDeEU7QUFDQSxTQUFPLFFBQVEsTUFBTSxRQUFRLE9BQU8sZ0JBQWdCLElBQUk7QUFDMUQ7OztBQ3hOc1EsU0FBUyxLQUFBQyxVQUFTO0FBT3hSLElBQU0sMkJBQTJCQyxHQUFFLGFBQWE7QUFBQSxFQUM5QyxVQUFVQSxHQUFFLE9BQU8sRUFBRSxJQUFJLENBQUMsRUFBRSxTQUFTLDBGQUEwRjtBQUFBLEVBQy9ILE1BQU1BLEdBQUUsS0FBSyxVQUFVLEVBQUUsU0FBUyw0QkFBNEI7QUFBQSxFQUM5RCxPQUFPQSxHQUFFLE9BQU8sRUFBRSxJQUFJLENBQUMsRUFBRSxTQUFTLEVBQUUsU0FBUyx1Q0FBdUMsZ0JBQWdCLEtBQUssSUFBSSxDQUFDLG9CQUFvQjtBQUFBO0FBQUEsRUFFbEksU0FBU0EsR0FBRSxPQUFPLEVBQUUsT0FBTyxFQUFFLFlBQVksRUFBRSxJQUFJLGFBQWEsT0FBTyxFQUFFLFNBQVMsRUFBRSxTQUFTLDBEQUEwRDtBQUFBLEVBQ25KLE1BQU1BLEdBQUUsT0FBTyxFQUFFLE9BQU8sRUFBRSxZQUFZLEVBQUUsSUFBSSxhQUFhLElBQUksRUFBRSxTQUFTLEVBQUUsU0FBUywyQ0FBMkM7QUFBQSxFQUM5SCxTQUFTQSxHQUFFLFFBQVEsRUFBRSxTQUFTLEVBQUUsU0FBUyw2Q0FBNkM7QUFBQSxFQUN0RixTQUFTQSxHQUFFLEtBQUssUUFBUSxFQUFFLFNBQVMsRUFBRSxTQUFTLHFFQUFxRTtBQUNySCxDQUFDO0FBU00sSUFBTSx1QkFBdUJBLEdBQ2pDLGFBQWE7QUFBQSxFQUNaLFNBQVNBLEdBQUUsT0FBTyxFQUFFLFNBQVM7QUFBQSxFQUM3QixZQUFZQSxHQUFFLE1BQU0sd0JBQXdCO0FBQzlDLENBQUMsRUFDQSxZQUFZLENBQUNDLFFBQU8sUUFBUTtBQUMzQixRQUFNLE9BQU8sb0JBQUksSUFBb0I7QUFDckMsRUFBQUEsT0FBTSxXQUFXLFFBQVEsQ0FBQyxHQUFHLE1BQU07QUFDakMsVUFBTSxRQUFRLEtBQUssSUFBSSxFQUFFLFFBQVE7QUFDakMsUUFBSSxVQUFVLFFBQVc7QUFDdkIsVUFBSSxTQUFTLEVBQUUsTUFBTSxVQUFVLE1BQU0sQ0FBQyxjQUFjLEdBQUcsVUFBVSxHQUFHLFNBQVMsc0JBQXNCLEtBQUssVUFBVSxFQUFFLFFBQVEsQ0FBQyxxQkFBcUIsS0FBSyxtQ0FBbUMsUUFBUSxFQUFFLE1BQU0sZUFBZSxFQUFFLENBQUM7QUFBQSxJQUM5TixNQUFPLE1BQUssSUFBSSxFQUFFLFVBQVUsQ0FBQztBQUM3QixRQUFJLEVBQUUsU0FBUyxXQUFXLEVBQUUsVUFBVSxRQUFXO0FBQy9DLFVBQUksU0FBUyxFQUFFLE1BQU0sVUFBVSxNQUFNLENBQUMsY0FBYyxHQUFHLE9BQU8sR0FBRyxTQUFTLDRDQUE0QyxnQkFBZ0IsS0FBSyxJQUFJLENBQUMsc0JBQXNCLFFBQVEsRUFBRSxNQUFNLHlCQUF5QixFQUFFLENBQUM7QUFBQSxJQUNwTjtBQUNBLFFBQUksRUFBRSxTQUFTLFdBQVcsRUFBRSxVQUFVLFFBQVc7QUFDL0MsVUFBSSxTQUFTLEVBQUUsTUFBTSxVQUFVLE1BQU0sQ0FBQyxjQUFjLEdBQUcsT0FBTyxHQUFHLFNBQVMseUJBQXlCLEVBQUUsSUFBSSxvREFBb0QsUUFBUSxFQUFFLE1BQU0sOEJBQThCLEVBQUUsQ0FBQztBQUFBLElBQ2hOO0FBQUEsRUFDRixDQUFDO0FBQ0gsQ0FBQztBQTJCSSxJQUFNLDZCQUFOLGNBQXlDLE1BQU07QUFBQSxFQUVwRCxZQUFxQixRQUFpQjtBQUNwQyxVQUFNLDJCQUEyQixPQUFPLFdBQVcsSUFBSSxjQUFjLEdBQUcsT0FBTyxNQUFNLFdBQVc7QUFBQSxFQUFPLE9BQU8sSUFBSSxDQUFDLE1BQU0sS0FBSyxFQUFFLE9BQU8sRUFBRSxFQUFFLEtBQUssSUFBSSxDQUFDLEVBQUU7QUFEcEk7QUFBQSxFQUVyQjtBQUFBLEVBSFMsT0FBTztBQUlsQjtBQWNPLFNBQVMsb0JBQW9CLE9BQWdDO0FBQ2xFLFFBQU0sU0FBUyxxQkFBcUIsVUFBVSxPQUFPLEVBQUUsYUFBYSxLQUFLLENBQUM7QUFDMUUsTUFBSSxPQUFPLFFBQVMsUUFBTyxPQUFPO0FBQ2xDLFFBQU0sSUFBSTtBQUFBLElBQ1IsT0FBTyxNQUFNLE9BQU8sSUFBSSxDQUFDLE1BQU07QUFDN0IsWUFBTSxPQUFPLEVBQUUsU0FBUyxXQUFXLE9BQVEsRUFBRSxRQUEwQyxRQUFRLFFBQVEsSUFBSSxFQUFFO0FBQzdHLFlBQU0sT0FBTyxFQUFFLEtBQUssSUFBSSxDQUFDLE1BQU8sT0FBTyxNQUFNLFdBQVcsT0FBTyxDQUFDLElBQUksQ0FBRTtBQUN0RSxhQUFPLEVBQUUsTUFBTSxNQUFNLFNBQVMsc0JBQXNCLENBQUMsRUFBRTtBQUFBLElBQ3pELENBQUM7QUFBQSxFQUNIO0FBQ0Y7QUFHQSxTQUFTLHNCQUFzQixPQUFpQztBQUM5RCxNQUFJLE1BQU0sU0FBUyxTQUFVLFFBQU8sR0FBRyxXQUFXLE1BQU0sSUFBSSxDQUFDLEtBQUssTUFBTSxPQUFPO0FBQy9FLE1BQUksTUFBTSxTQUFTLHFCQUFxQjtBQUV0QyxVQUFNLFFBQVEsTUFBTSxLQUFLLFdBQVcsSUFBSSxDQUFDLFdBQVcsWUFBWSxJQUFJLE9BQU8sS0FBSyx5QkFBeUIsS0FBSztBQUM5RyxVQUFNLE9BQU8sTUFBTSxLQUFLLElBQUksQ0FBQyxNQUFNLEtBQUssVUFBVSxDQUFDLENBQUMsRUFBRSxLQUFLLElBQUk7QUFDL0QsV0FBTyxHQUFHLFdBQVcsTUFBTSxJQUFJLENBQUMsa0JBQWtCLE1BQU0sS0FBSyxXQUFXLElBQUksS0FBSyxHQUFHLElBQUksSUFBSSxZQUFZLE1BQU0sS0FBSyxJQUFJLENBQUM7QUFBQSxFQUMxSDtBQUNBLFNBQU8sYUFBYSxLQUFnQjtBQUN0Qzs7O0E1Q2hIbUssSUFBTSwyQ0FBMkM7QUFrQnBOLElBQU0sT0FBTyxjQUFjLElBQUksSUFBSSxTQUFTLHdDQUFlLENBQUM7QUFtQzVELFNBQVMsT0FBTyxLQUFlLE1BQXFDO0FBQ2xFLFFBQU0sU0FBUyxvQkFBSSxJQUFvQjtBQUN2QyxXQUFTLElBQUksR0FBRyxJQUFJLElBQUksUUFBUSxLQUFLO0FBQ25DLFVBQU0sSUFBSSxJQUFJLFdBQVcsQ0FBQztBQUMxQixRQUFJLE1BQU0sbUJBQW9CLFFBQU8sSUFBSSxJQUFJLE9BQU8sSUFBSSxDQUFDLEtBQUssS0FBSyxDQUFDO0FBQUEsRUFDdEU7QUFDQSxRQUFNLFVBQVUsQ0FBQyxHQUFHLE1BQU0sRUFBRSxLQUFLLENBQUMsR0FBRyxNQUFNLEVBQUUsQ0FBQyxJQUFJLEVBQUUsQ0FBQyxDQUFDLEVBQUUsSUFBSSxDQUFDLENBQUMsQ0FBQyxNQUFNLElBQUksWUFBWSxDQUFDLENBQUU7QUFDeEYsUUFBTSxTQUFTLElBQUksWUFBWSxJQUFJLENBQUMsTUFBTSxLQUFLLEdBQUcsT0FBTyxDQUFDO0FBQzFELFFBQU0sY0FBYyxDQUFDLEdBQUcsSUFBSSxJQUFJLE1BQU0sQ0FBQztBQUN2QyxRQUFNLFFBQVEsT0FBTyxJQUFJLENBQUMsTUFBTSxZQUFZLFFBQVEsQ0FBQyxDQUFDO0FBQ3RELFFBQU0sYUFBYSxJQUFJLFdBQVcsSUFBSSxDQUFDLE1BQU8sTUFBTSxxQkFBcUIsSUFBSSxNQUFNLENBQUMsQ0FBRztBQUN2RixTQUFPLEVBQUUsR0FBRyxLQUFLLGFBQWEsV0FBVztBQUMzQztBQUdPLElBQU0sWUFDWCxDQUFDLEdBQVcsVUFDWixDQUFDLFlBQW9CLFlBQ25CLFFBQVEsUUFBUSxVQUFVLElBQUksSUFBSSxhQUFhO0FBV25ELGVBQXNCLFFBQVEsTUFBbUIsVUFBa0MsQ0FBQyxHQUFzQztBQUN4SCxRQUFNLEVBQUUsV0FBVyxRQUFRLElBQUksT0FBTyxPQUFPLElBQUk7QUFDakQsUUFBTSxPQUFPLGNBQWMsSUFBSSxJQUFJLE1BQU0sS0FBSyxJQUFJLElBQUksVUFBVSxJQUFJLEVBQUUsQ0FBQztBQUN2RSxNQUFJLENBQUMsV0FBVyxJQUFJLEdBQUc7QUFDckIsVUFBTSxVQUNKLHFCQUFxQixLQUFLLElBQUksbUNBQW1DLEtBQUssSUFBSSxnRkFDcEMsS0FBSyxHQUFHLG1CQUFtQixLQUFLLFFBQVE7QUFDaEYsUUFBSSxTQUFVLE9BQU0sSUFBSSxNQUFNLFFBQVEsUUFBUSxNQUFNLEtBQUssSUFBSSxJQUFJLElBQUksQ0FBQztBQUV0RSxZQUFRLEtBQUssZUFBZSxPQUFPLEVBQUU7QUFDckMsV0FBTyxFQUFFLFVBQVUsS0FBSyxVQUFVLFFBQVE7QUFBQSxFQUM1QztBQUNBLFFBQU0sTUFBTSxNQUFNLGFBQWEsaUJBQWlCLElBQUksR0FBRyxLQUFLLFNBQVMsS0FBSyxPQUFPO0FBQ2pGLFFBQU0saUJBQWlCLEtBQUssaUJBQ3hCLG9CQUFvQixLQUFLLE1BQU0sYUFBYSxHQUFHLElBQUksR0FBRyxLQUFLLGNBQWMsSUFBSSxNQUFNLENBQUMsQ0FBQyxJQUNyRjtBQUNKLFFBQU0sVUFBVSxZQUFZLE9BQU8sS0FBSyxLQUFLLElBQUksR0FBRyxFQUFFLElBQUksS0FBSyxJQUFJLE1BQU0sS0FBSyxNQUFNLEdBQUksa0JBQWtCLEVBQUUsZUFBZSxFQUFHLENBQUM7QUFDL0gsUUFBTSxTQUFTLFdBQVcsR0FBRztBQUc3QixRQUFNLFlBQVksRUFBRSxHQUFHLFFBQVEsZ0JBQWdCLE9BQU8sZUFBZSxNQUFNLEdBQUcsRUFBRSxHQUFHLGlCQUFpQixPQUFPLGdCQUFnQixNQUFNLEdBQUcsRUFBRSxFQUFFO0FBQ3hJLFNBQU8sRUFBRSxVQUFVLEtBQUssVUFBVSxRQUFRLFdBQVcsUUFBUTtBQUMvRDs7O0E2Q2xHQSxJQUFPLHVCQUFRO0FBQUEsRUFDYixNQUFNLE1BQ0osUUFBUTtBQUFBLElBQ04sTUFBTTtBQUFBLElBQ04sS0FBSztBQUFBLElBQ0wsVUFDRTtBQUFBLElBQ0YsSUFBSTtBQUFBLElBQ0osTUFBTTtBQUFBLElBQ04sU0FBUyxFQUFFLE1BQU0scUJBQXFCLFVBQVUsZ0JBQWdCLFdBQVcsa0JBQWtCLFlBQVksYUFBYSxTQUFTLENBQUMsT0FBTyxFQUFFO0FBQUEsSUFDekksZ0JBQWdCO0FBQUEsSUFDaEIsTUFBTSxVQUFVLEdBQUcsY0FBYztBQUFBLEVBQ25DLENBQUM7QUFDTDsiLAogICJuYW1lcyI6IFsiaWQiLCAiTVNfUEVSX01JTlVURSIsICJNU19QRVJfTUlOVVRFIiwgIm1lZGlhbiIsICJ6IiwgIk1TX1BFUl9NSU5VVEUiLCAibWludXRlcyIsICJtaW51dGVzIiwgIkRFRkFVTFRTIiwgIk1TX1BFUl9NSU5VVEUiLCAibWludXRlcyIsICJuYW1lcyIsICJERUZBVUxUUyIsICJpZCIsICJtaW51dGVzIiwgImRhdGEiLCAidmFsdWUiLCAiam9pbmVkIiwgInZhbHVlIiwgInZhbHVlIiwgIldIT0xFIiwgInF1b3RlIiwgInF1b3RlIiwgIk5vZGVCdWZmZXIiLCAiam9pbmVkIiwgInF1b3RlIiwgImZpZWxkIiwgImZpcnN0IiwgInF1b3RlZCIsICJsaXN0IiwgInF1ZXVlIiwgInZhbHVlIiwgIk1TX1BFUl9EQVkiLCAiUExVUyIsICJIWVBIRU4iLCAiWiIsICJaX0xPV0VSIiwgIkRFRkFVTFRTIiwgInoiLCAieiIsICJ2YWx1ZSJdCn0K
