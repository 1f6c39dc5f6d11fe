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

// docs/.vitepress/sepsis.data.ts
var AREA = /* @__PURE__ */ new Map([
  ["A", "Emergency room"],
  ["C", "Emergency room"],
  ["B", "Laboratory"],
  ["E", "Discharge"]
]);
var sepsis_data_default = {
  load: () => realLog({
    file: "shared/data/sepsis/sepsis.csv",
    doi: "doi:10.4121/uuid:915d2bfb-7e84-49ad-a286-dc35f063a460",
    citation: "F. Mannhardt, Sepsis Cases \u2013 Event Log, 4TU.ResearchData, 2016",
    id: "sepsis",
    name: "Sepsis patients, groups folded into areas",
    mapping: { case: "Case ID", activity: "Activity", timestamp: "Complete Timestamp", department: "org:group", missing: ["?"] },
    options: { delimiter: ";" },
    classification: "examples/sepsis/classification.json",
    fold: (group) => AREA.get(group) ?? "Wards and IC"
  })
};
export {
  sepsis_data_default as default
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiZG9jcy8udml0ZXByZXNzL3JlYWwtbG9nLnRzIiwgInNyYy9tb2RlbC9zY2hlbWEudHMiLCAic3JjL21vZGVsL2V4Y2VycHQtaWQudHMiLCAic3JjL21vZGVsL2Zvcm1hdC1wYXRoLnRzIiwgInNyYy9tb2RlbC9pc3N1ZS1tZXNzYWdlLnRzIiwgInNyYy9hbmFseXNpcy93YW5kZXItbWV0cmljcy50cyIsICJzcmMvbG9ncy9ldmVudC1sb2cudHMiLCAic3JjL21pbmluZy9taW5pbmctY291bnRzLnRzIiwgInNyYy9taW5pbmcvY291bnQtbWluaW5nLnRzIiwgInNyYy9sb2ctcmVwb3J0L2FjdGl2aXR5LWZsb3dzLnRzIiwgInNyYy9sb2ctcmVwb3J0L2NvdW50LXZhcmlhbnRzLnRzIiwgInNyYy9sb2ctcmVwb3J0L2Nhc2UtcmV0dXJucy50cyIsICJzcmMvbG9nLXJlcG9ydC9jYXNlLWN1c3RvbWVycy50cyIsICJzcmMvbG9nLXJlcG9ydC9jdXN0b21lci1qb3VybmV5cy50cyIsICJzcmMvbG9nLXJlcG9ydC9taW51dGVzLXN1bW1hcnkudHMiLCAic3JjL2xvZy1yZXBvcnQvY3VzdG9tZXItcmVwb3J0LnRzIiwgInNyYy9sb2ctcmVwb3J0L2xvZy13b3JraW5nLXRpbWUudHMiLCAic3JjL2xvZy1yZXBvcnQvYW5hbHlzZS1sb2cudHMiLCAic3JjL2xvZy1yZXBvcnQvam91cm5leS1sb2cudHMiLCAic3JjL21pbmluZy9taW5pbmctdW5pdC1sb2cudHMiLCAic3JjL21pbmluZy9zZXJ2aWNlLWZyb20tY291bnRzLnRzIiwgInNyYy9taW5pbmcvbWluZS1zZXJ2aWNlLnRzIiwgInNyYy9sb2dzL2xvZy1maXgudHMiLCAic3JjL2xvZ3MvZXZlbnQtbG9nLWVycm9yLnRzIiwgInNyYy9sb2dzL3V0ZjgtdGV4dC50cyIsICJzcmMvbG9ncy9kZWNvZGUtdGV4dC50cyIsICJzcmMvbG9ncy9oYXNoLXNsb3RzLnRzIiwgInNyYy9sb2dzL3N0cmluZy10YWJsZS50cyIsICJzcmMvbG9ncy9ldmVudC1sb2ctYnVpbGRlci50cyIsICJzcmMvbG9ncy9ndW56aXAtaWYtY29tcHJlc3NlZC50cyIsICJzcmMvbG9ncy9sb2ctc291cmNlLnRzIiwgInNyYy9sb2dzL3JlYWQtY3N2LWV2ZW50cy50cyIsICJzcmMvbG9ncy9ieXRlLWtleXMudHMiLCAic3JjL2xvZ3MvY3N2LWxpbmUtYnJlYWtzLnRzIiwgInNyYy9sb2dzL2Nsb3Nlc3QtbmFtZXMudHMiLCAic3JjL2xvZ3MvZXhjZXJwdC50cyIsICJzcmMvbG9ncy9yZWFkZXItY29uZmlnLnRzIiwgInNyYy9sb2dzL3JlYWQteGVzLWV2ZW50cy50cyIsICJzcmMvbG9ncy9yZWZ1c2UtZW5naW5lLWZpbGVzLnRzIiwgInNyYy9sb2dzL3RpbWVzdGFtcC1wYXJzZXIudHMiLCAic3JjL2xvZ3MvdXRmOC1jaHVua3MudHMiLCAic3JjL2xvZ3Mvem9uZS1jbG9jay50cyIsICJzcmMvbG9ncy96b25lZC10aW1lc3RhbXBzLnRzIiwgInNyYy9sb2dzL3JlYWQtZXZlbnQtbG9nLnRzIiwgInNyYy9taW5pbmcvY2xhc3NpZmljYXRpb24udHMiLCAiZG9jcy8udml0ZXByZXNzL3NlcHNpcy5kYXRhLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyJjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZGlybmFtZSA9IFwiL3dvcmsvd3QvcmVhZGVyL2RvY3MvLnZpdGVwcmVzc1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvd3QvcmVhZGVyL2RvY3MvLnZpdGVwcmVzcy9yZWFsLWxvZy50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay93dC9yZWFkZXIvZG9jcy8udml0ZXByZXNzL3JlYWwtbG9nLnRzXCI7Ly8gVGhlIHJlYWwtZGF0YSBleGFtcGxlIHBhZ2VzIGRyYXcgdGhlIHNlcnZpY2VzIG1pbmVkIGZyb20gdGhlIHB1YmxpYyBsb2dzIG5leHQgdG8gdGhlIGNsb25lXG4vLyAoYC4uL3NoYXJlZC9kYXRhL1x1MjAyNmApIGF0IGRvY3MtYnVpbGQgdGltZS4gVGhlIGxvZ3MgYXJlIG5vdCBwYXJ0IG9mIHRoZSByZXBvc2l0b3J5OiB3aGVuIG9uZSBpc1xuLy8gbWlzc2luZyB0aGUgYnVpbGQgc3RvcHMgd2l0aCBhbiBlcnJvciBuYW1pbmcgdGhlIGZpbGUgYW5kIHRoZSBET0kgdG8gZG93bmxvYWQgaXQgZnJvbS5cbmltcG9ydCB7IGNyZWF0ZVJlYWRTdHJlYW0sIGV4aXN0c1N5bmMsIHJlYWRGaWxlU3luYyB9IGZyb20gXCJub2RlOmZzXCI7XG5pbXBvcnQgeyBmaWxlVVJMVG9QYXRoIH0gZnJvbSBcIm5vZGU6dXJsXCI7XG5pbXBvcnQge1xuICBhbmFseXNlTG9nLFxuICBNSVNTSU5HX0RFUEFSVE1FTlQsXG4gIG1pbmVTZXJ2aWNlLFxuICBwYXJzZUNsYXNzaWZpY2F0aW9uLFxuICByZWFkRXZlbnRMb2csXG4gIHR5cGUgRXZlbnRMb2csXG4gIHR5cGUgTG9nTWFwcGluZyxcbiAgdHlwZSBMb2dSZXBvcnQsXG4gIHR5cGUgUmVhZEV2ZW50TG9nT3B0aW9ucyxcbiAgdHlwZSBTZXJ2aWNlLFxufSBmcm9tIFwiLi4vLi4vc3JjL2luZGV4LmpzXCI7XG5cbmNvbnN0IHJlcG8gPSBmaWxlVVJMVG9QYXRoKG5ldyBVUkwoXCIuLi8uLlwiLCBpbXBvcnQubWV0YS51cmwpKTtcblxuLyoqIE9uZSBvZiB0aGUgcHVibGljIGxvZ3MsIGhvdyB0byByZWFkIGl0IGFuZCBob3cgdGhlIHBhZ2UgZm9sZHMgaXRzIGRlcGFydG1lbnRzLiAqL1xuZXhwb3J0IGludGVyZmFjZSBSZWFsTG9nU3BlYyB7XG4gIC8qKiBUaGUgbG9nJ3MgcGF0aCBmcm9tIHRoZSBkaXJlY3RvcnkgdGhhdCBob2xkcyB0aGUgY2xvbmUsIGUuZy4gYHNoYXJlZC9kYXRhL3NlcHNpcy9zZXBzaXMuY3N2YC4gKi9cbiAgZmlsZTogc3RyaW5nO1xuICAvKiogVGhlIGRhdGFzZXQncyBjaXRhdGlvbiwgRE9JIGluY2x1ZGVkLiAqL1xuICBjaXRhdGlvbjogc3RyaW5nO1xuICBkb2k6IHN0cmluZztcbiAgaWQ6IHN0cmluZztcbiAgbmFtZTogc3RyaW5nO1xuICBtYXBwaW5nOiBMb2dNYXBwaW5nO1xuICBvcHRpb25zPzogUmVhZEV2ZW50TG9nT3B0aW9ucztcbiAgLyoqIEEgY2xhc3NpZmljYXRpb24gZmlsZSwgZnJvbSB0aGUgcmVwb3NpdG9yeSByb290LiAqL1xuICBjbGFzc2lmaWNhdGlvbj86IHN0cmluZztcbiAgLyoqIFRoZSBkZXBhcnRtZW50IGVhY2ggb2YgdGhlIGxvZydzIGRlcGFydG1lbnRzIGlzIGRyYXduIGluICh0aGUgcmVzdCBvZiB0aGUgcGFnZSdzIGZpZ3VyZXMgYXJlIHRoZSBsb2cncyBvd24pLiAqL1xuICBmb2xkOiAoZGVwYXJ0bWVudDogc3RyaW5nLCBidXNpZXN0OiByZWFkb25seSBzdHJpbmdbXSkgPT4gc3RyaW5nO1xufVxuXG4vKiogV2hhdCBhIHJlYWwtZGF0YSBwYWdlIHNob3dzOiB0aGUgbG9nJ3Mgb3duIGZpZ3VyZXMgYW5kIHRoZSBzZXJ2aWNlIG1pbmVkIGZyb20gdGhlIGZvbGRlZCBsb2cuICovXG5leHBvcnQgaW50ZXJmYWNlIFJlYWxMb2cge1xuICBjaXRhdGlvbjogc3RyaW5nO1xuICAvKiogVGhlIHdob2xlIGxvZydzIHJlcG9ydCwgaXRzIGxpc3RzIGN1dCB0byB0aGUgZmlyc3QgMTAgZW50cmllcy4gKi9cbiAgcmVwb3J0OiBMb2dSZXBvcnQ7XG4gIHNlcnZpY2U6IFNlcnZpY2U7XG59XG5cbi8qKiBXaGF0IGEgcmVhbC1kYXRhIHBhZ2Ugc2hvd3Mgd2hlbiBpdHMgbG9nIHdhcyBtaXNzaW5nIGF0IGJ1aWxkIHRpbWUgKG91dHNpZGUgQ0kpOiB3aGVyZSB0byBnZXQgaXQuICovXG5leHBvcnQgaW50ZXJmYWNlIE1pc3NpbmdSZWFsTG9nIHtcbiAgY2l0YXRpb246IHN0cmluZztcbiAgLyoqIE9uZSBzZW50ZW5jZSBuYW1pbmcgdGhlIG1pc3NpbmcgZmlsZSBhbmQgd2hlcmUgdG8gZG93bmxvYWQgaXQuICovXG4gIG1pc3Npbmc6IHN0cmluZztcbn1cblxuLyoqIFRoZSBsb2cgd2l0aCBldmVyeSBkZXBhcnRtZW50IHJlbGFiZWxsZWQgYnkgYGZvbGRgOiBhIG5ldyB0YWJsZSwgdGhlIGV2ZW50cycgaW5kaWNlcyByZW1hcHBlZC4gKi9cbmZ1bmN0aW9uIGZvbGRlZChsb2c6IEV2ZW50TG9nLCBmb2xkOiBSZWFsTG9nU3BlY1tcImZvbGRcIl0pOiBFdmVudExvZyB7XG4gIGNvbnN0IGV2ZW50cyA9IG5ldyBNYXA8bnVtYmVyLCBudW1iZXI+KCk7XG4gIGZvciAobGV0IGkgPSAwOyBpIDwgbG9nLmV2ZW50czsgaSsrKSB7XG4gICAgY29uc3QgZCA9IGxvZy5kZXBhcnRtZW50W2ldITtcbiAgICBpZiAoZCAhPT0gTUlTU0lOR19ERVBBUlRNRU5UKSBldmVudHMuc2V0KGQsIChldmVudHMuZ2V0KGQpID8/IDApICsgMSk7XG4gIH1cbiAgY29uc3QgYnVzaWVzdCA9IFsuLi5ldmVudHNdLnNvcnQoKGEsIGIpID0+IGJbMV0gLSBhWzFdKS5tYXAoKFtkXSkgPT4gbG9nLmRlcGFydG1lbnRzW2RdISk7XG4gIGNvbnN0IGxhYmVscyA9IGxvZy5kZXBhcnRtZW50cy5tYXAoKGQpID0+IGZvbGQoZCwgYnVzaWVzdCkpO1xuICBjb25zdCBkZXBhcnRtZW50cyA9IFsuLi5uZXcgU2V0KGxhYmVscyldO1xuICBjb25zdCBpbmRleCA9IGxhYmVscy5tYXAoKGwpID0+IGRlcGFydG1lbnRzLmluZGV4T2YobCkpO1xuICBjb25zdCBkZXBhcnRtZW50ID0gbG9nLmRlcGFydG1lbnQubWFwKChkKSA9PiAoZCA9PT0gTUlTU0lOR19ERVBBUlRNRU5UID8gZCA6IGluZGV4W2RdISkpO1xuICByZXR1cm4geyAuLi5sb2csIGRlcGFydG1lbnRzLCBkZXBhcnRtZW50IH07XG59XG5cbi8qKiBLZWVwcyB0aGUgYG5gIGJ1c2llc3QgZGVwYXJ0bWVudHMgYnkgZXZlbnRzIGFuZCBmb2xkcyB0aGUgcmVzdCBpbnRvIGBvdGhlcmAuICovXG5leHBvcnQgY29uc3QgYnVzaWVzdE9mID1cbiAgKG46IG51bWJlciwgb3RoZXI6IHN0cmluZykgPT5cbiAgKGRlcGFydG1lbnQ6IHN0cmluZywgYnVzaWVzdDogcmVhZG9ubHkgc3RyaW5nW10pOiBzdHJpbmcgPT5cbiAgICBidXNpZXN0LmluZGV4T2YoZGVwYXJ0bWVudCkgPCBuID8gZGVwYXJ0bWVudCA6IG90aGVyO1xuXG4vKipcbiAqIFJlYWRzIGEgcHVibGljIGxvZywgbWVhc3VyZXMgaXQgYW5kIG1pbmVzIHRoZSBzZXJ2aWNlIG9mIGl0cyBmb2xkZWQgZGVwYXJ0bWVudHMuIEEgbWlzc2luZ1xuICogbG9nIHN0b3BzIHRoZSBidWlsZCBvbiBDSSAoYENJPXRydWVgLCBvciBgcmVxdWlyZWRgKTsgZWxzZXdoZXJlIHRoZSBwYWdlIGdldHMgYSBzZW50ZW5jZSBuYW1pbmdcbiAqIHRoZSBmaWxlIGFuZCB3aGVyZSB0byBkb3dubG9hZCBpdCwgaW5zdGVhZCBvZiBpdHMgZmlndXJlcy5cbiAqXG4gKiBAZXhhbXBsZVxuICogY29uc3Qgc2Vwc2lzID0gYXdhaXQgcmVhbExvZyh7IGZpbGU6IFwic2hhcmVkL2RhdGEvc2Vwc2lzL3NlcHNpcy5jc3ZcIiwgXHUyMDI2IH0pO1xuICogc2Vwc2lzLnJlcG9ydC5jYXNlczsgLy8gMTA1MFxuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gcmVhbExvZyhzcGVjOiBSZWFsTG9nU3BlYywgb3B0aW9uczogeyByZXF1aXJlZD86IGJvb2xlYW4gfSA9IHt9KTogUHJvbWlzZTxSZWFsTG9nIHwgTWlzc2luZ1JlYWxMb2c+IHtcbiAgY29uc3QgeyByZXF1aXJlZCA9IHByb2Nlc3MuZW52LkNJID09PSBcInRydWVcIiB9ID0gb3B0aW9ucztcbiAgY29uc3QgcGF0aCA9IGZpbGVVUkxUb1BhdGgobmV3IFVSTChgLi4vJHtzcGVjLmZpbGV9YCwgYGZpbGU6Ly8ke3JlcG99YCkpO1xuICBpZiAoIWV4aXN0c1N5bmMocGF0aCkpIHtcbiAgICBjb25zdCBtaXNzaW5nID1cbiAgICAgIGBUaGUgZG9jcyBkcmF3IHRoZSAke3NwZWMubmFtZX0gZXhhbXBsZSBmcm9tIHRoZSBwdWJsaWMgbG9nIC4uLyR7c3BlYy5maWxlfSBiZXNpZGUgdGhlIHJlcG9zaXRvcnksIHdoaWNoIGlzIG1pc3NpbmcuIGAgK1xuICAgICAgYERvd25sb2FkIGl0IGZyb20gNFRVLlJlc2VhcmNoRGF0YSAoJHtzcGVjLmRvaX0pIHRvIHRoYXQgcGF0aDogJHtzcGVjLmNpdGF0aW9ufS5gO1xuICAgIGlmIChyZXF1aXJlZCkgdGhyb3cgbmV3IEVycm9yKG1pc3NpbmcucmVwbGFjZShgLi4vJHtzcGVjLmZpbGV9YCwgcGF0aCkpO1xuICAgIC8vIG91dHNpZGUgQ0kgdGhlIHBhZ2Ugc2F5cyB3aGF0IGlzIG1pc3NpbmcgaW5zdGVhZCBvZiBkcmF3aW5nIGl0LCBhbmQgdGhlIGJ1aWxkIGdvZXMgb25cbiAgICBjb25zb2xlLndhcm4oYGh1a2thIGRvY3M6ICR7bWlzc2luZ31gKTtcbiAgICByZXR1cm4geyBjaXRhdGlvbjogc3BlYy5jaXRhdGlvbiwgbWlzc2luZyB9O1xuICB9XG4gIGNvbnN0IGxvZyA9IGF3YWl0IHJlYWRFdmVudExvZyhjcmVhdGVSZWFkU3RyZWFtKHBhdGgpLCBzcGVjLm1hcHBpbmcsIHNwZWMub3B0aW9ucyk7XG4gIGNvbnN0IGNsYXNzaWZpY2F0aW9uID0gc3BlYy5jbGFzc2lmaWNhdGlvblxuICAgID8gcGFyc2VDbGFzc2lmaWNhdGlvbihKU09OLnBhcnNlKHJlYWRGaWxlU3luYyhgJHtyZXBvfSR7c3BlYy5jbGFzc2lmaWNhdGlvbn1gLCBcInV0ZjhcIikpKVxuICAgIDogdW5kZWZpbmVkO1xuICBjb25zdCBzZXJ2aWNlID0gbWluZVNlcnZpY2UoZm9sZGVkKGxvZywgc3BlYy5mb2xkKSwgeyBpZDogc3BlYy5pZCwgbmFtZTogc3BlYy5uYW1lLCAuLi4oY2xhc3NpZmljYXRpb24gJiYgeyBjbGFzc2lmaWNhdGlvbiB9KSB9KTtcbiAgY29uc3QgcmVwb3J0ID0gYW5hbHlzZUxvZyhsb2cpO1xuICAvLyBUaGUgcGFnZSBzaG93cyB0aGUgaGVhZGxpbmUgZmlndXJlczogdGhlIGxvbmcgbGlzdHMgKHRob3VzYW5kcyBvZiB0ZWFtIHBhaXJzIGluIHRoZVxuICAvLyBpbmNpZGVudHMgbG9nKSB3b3VsZCBvbmx5IG1ha2UgaXQgaGVhdmllci5cbiAgY29uc3Qgc2hvcnRlbmVkID0geyAuLi5yZXBvcnQsIGhhbmRvZmZzQnlQYWlyOiByZXBvcnQuaGFuZG9mZnNCeVBhaXIuc2xpY2UoMCwgMTApLCBkaXJlY3RseUZvbGxvd3M6IHJlcG9ydC5kaXJlY3RseUZvbGxvd3Muc2xpY2UoMCwgMTApIH07XG4gIHJldHVybiB7IGNpdGF0aW9uOiBzcGVjLmNpdGF0aW9uLCByZXBvcnQ6IHNob3J0ZW5lZCwgc2VydmljZSB9O1xufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay93dC9yZWFkZXIvc3JjL21vZGVsXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay93dC9yZWFkZXIvc3JjL21vZGVsL3NjaGVtYS50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay93dC9yZWFkZXIvc3JjL21vZGVsL3NjaGVtYS50c1wiO2ltcG9ydCB7IHogfSBmcm9tIFwiem9kXCI7XG5cbi8vIFRoZSB6b2Qgc2NoZW1hcyBvZiB0aGUgc2VydmljZSBtb2RlbCwgdGhlIHNpbmdsZSBzb3VyY2Ugb2YgdGhlIGlucHV0IHR5cGVzLiBUaGUgSlNPTiBTY2hlbWFcbi8vIHNoaXBwZWQgYXMgYGh1a2thL3NjaGVtYS5qc29uYCBhbmQgcHJpbnRlZCBieSBgaHVra2Egc2NoZW1hYCBpcyBnZW5lcmF0ZWQgZnJvbSB0aGVzZSwgc28gZXZlcnlcbi8vIGAuZGVzY3JpYmUoKWAgaGVyZSBpcyB3aGF0IGFuIGVkaXRvciBzaG93cyB3aGlsZSBhIG1vZGVsIGlzIHdyaXR0ZW4gKGFuZCB3aGF0IHRoZSBBUEkgcGFnZXNcbi8vIHNob3cgYmVzaWRlIGVhY2ggZmllbGQpLlxuXG4vKipcbiAqIFRoZSBsYXJnZXN0IG1pbnV0ZXMsIHdhaXQgb3IgY29zdCBhIG1vZGVsIG1heSBnaXZlLCBhbmQgdGhlIGxhcmdlc3QgZW50cnkgd2VpZ2h0IG9yIHZvbHVtZTpcbiAqIGJvdW5kcyB1bmRlciB3aGljaCBldmVyeSBmaWd1cmUgb2YgYSByZXBvcnQgc3RheXMgYSBmaW5pdGUgbnVtYmVyLlxuICpcbiAqIEBleGFtcGxlXG4gKiBNT0RFTF9CT1VORFMubWludXRlczsgLy8gMWU5IChhYm91dCAxLDkwMCB5ZWFycylcbiAqL1xuZXhwb3J0IGNvbnN0IE1PREVMX0JPVU5EUyA9IE9iamVjdC5mcmVlemUoeyBtaW51dGVzOiAxZTksIGNvc3Q6IDFlOSwgd2VpZ2h0OiAxZTE1IH0pO1xuXG5jb25zdCBpZCA9IHouc3RyaW5nKCkubWluKDEpLmRlc2NyaWJlKFwiQSBub24tZW1wdHkgaWRlbnRpZmllcjsgYW55IHN0cmluZyB3b3JrcywgYF9fcHJvdG9fX2AgaW5jbHVkZWQuXCIpO1xuY29uc3QgbWludXRlcyA9IHoubnVtYmVyKCkuZmluaXRlKCkubm9ubmVnYXRpdmUoKS5tYXgoTU9ERUxfQk9VTkRTLm1pbnV0ZXMpO1xuY29uc3QgY29zdCA9IHoubnVtYmVyKCkuZmluaXRlKCkubm9ubmVnYXRpdmUoKS5tYXgoTU9ERUxfQk9VTkRTLmNvc3QpO1xuY29uc3Qgd2VpZ2h0ID0gei5udW1iZXIoKS5maW5pdGUoKS5ub25uZWdhdGl2ZSgpLm1heChNT0RFTF9CT1VORFMud2VpZ2h0KTtcblxuLyoqXG4gKiBUaGUgc2V2ZW4gc2VydmljZSB3YXN0ZXMgKEJvbmFjY29yc2ksIENhcm1pZ25hbmkgJiBaYW1tb3JpLCAyMDExKTsgY3VzdG9tIGNhdGVnb3JpZXMgYXJlIGFueSBvdGhlciBub24tZW1wdHkgc3RyaW5nLlxuICpcbiAqIEBleGFtcGxlXG4gKiBTVEFOREFSRF9XQVNURVMuaW5jbHVkZXMoXCJkZWxheVwiKTsgLy8gdHJ1ZVxuICovXG5leHBvcnQgY29uc3QgU1RBTkRBUkRfV0FTVEVTID0gW1xuICBcImRlbGF5XCIsXG4gIFwiZHVwbGljYXRpb25cIixcbiAgXCJtb3ZlbWVudFwiLFxuICBcInVuY2xlYXItY29tbXVuaWNhdGlvblwiLFxuICBcImluY29ycmVjdC1pbnZlbnRvcnlcIixcbiAgXCJvcHBvcnR1bml0eS1sb3N0XCIsXG4gIFwiZXJyb3JzXCIsXG5dIGFzIGNvbnN0O1xuXG5leHBvcnQgY29uc3QgTEFORVMgPSBbXCJmcm9udHN0YWdlXCIsIFwiYmFja3N0YWdlXCIsIFwic3VwcG9ydFwiXSBhcyBjb25zdDtcbmV4cG9ydCBjb25zdCBTVEVQX1RZUEVTID0gW1widmFsdWVcIiwgXCJuZWNlc3NhcnlcIiwgXCJ3YXN0ZVwiXSBhcyBjb25zdDtcbmV4cG9ydCBjb25zdCBPVVRDT01FUyA9IFtcInJlc29sdmVkXCIsIFwiYWJhbmRvbmVkXCJdIGFzIGNvbnN0O1xuXG5jb25zdCB3YXN0ZUNhdGVnb3J5ID0gelxuICAuc3RyaW5nKClcbiAgLm1pbigxKVxuICAuZGVzY3JpYmUoYFdhc3RlIGNhdGVnb3J5OiBvbmUgb2YgJHtTVEFOREFSRF9XQVNURVMuam9pbihcIiwgXCIpfSwgb3IgYW55IG90aGVyIG5vbi1lbXB0eSBzdHJpbmcgYXMgYSBjdXN0b20gY2F0ZWdvcnkuYCk7XG5cbi8qKlxuICogVGhlIHpvZCBzY2hlbWEgb2YgYSBkZXBhcnRtZW50OyBgRGVwYXJ0bWVudGAgaXMgaXRzIHR5cGUuXG4gKlxuICogQGV4YW1wbGVcbiAqIERlcGFydG1lbnRTY2hlbWEucGFyc2UoeyBpZDogXCJsYWJcIiwgbGFuZTogXCJzdXBwb3J0XCIgfSk7XG4gKi9cbmV4cG9ydCBjb25zdCBEZXBhcnRtZW50U2NoZW1hID0gelxuICAuc3RyaWN0T2JqZWN0KHtcbiAgICBpZCxcbiAgICBuYW1lOiB6LnN0cmluZygpLm9wdGlvbmFsKCkuZGVzY3JpYmUoXCJEaXNwbGF5IG5hbWU7IGRlZmF1bHRzIHRvIHRoZSBpZC5cIiksXG4gICAgbGFuZTogelxuICAgICAgLmVudW0oTEFORVMpXG4gICAgICAub3B0aW9uYWwoKVxuICAgICAgLmRlc2NyaWJlKFwiQmx1ZXByaW50IGxhbmU6IGZyb250c3RhZ2UgKHRoZSBjdXN0b21lciBzZWVzIGl0LCB0aGUgZGVmYXVsdCksIGJhY2tzdGFnZSBvciBzdXBwb3J0LlwiKSxcbiAgfSlcbiAgLmRlc2NyaWJlKFwiQSBkZXBhcnRtZW50LCB0ZWFtIG9yIG9yZ2FuaXNhdGlvbiB1bml0IHRoZSBjdXN0b21lciBtZWV0cyBvciBkZXBlbmRzIG9uLlwiKTtcblxuLyoqXG4gKiBUaGUgem9kIHNjaGVtYSBvZiBhIHN0ZXA7IGBTdGVwYCBpcyBpdHMgdHlwZS5cbiAqXG4gKiBAZXhhbXBsZVxuICogU3RlcFNjaGVtYS5wYXJzZSh7IG5hbWU6IFwiVGVsbCBzeW1wdG9tc1wiLCB0eXBlOiBcInZhbHVlXCIsIG1pbnV0ZXM6IDYgfSk7XG4gKi9cbmV4cG9ydCBjb25zdCBTdGVwU2NoZW1hID0gelxuICAuc3RyaWN0T2JqZWN0KHtcbiAgICBuYW1lOiB6LnN0cmluZygpLm1pbigxKS5kZXNjcmliZShcIldoYXQgaGFwcGVucywgZnJvbSB0aGUgY3VzdG9tZXIncyBwb2ludCBvZiB2aWV3LlwiKSxcbiAgICB0eXBlOiB6XG4gICAgICAuZW51bShTVEVQX1RZUEVTKVxuICAgICAgLmRlc2NyaWJlKFwidmFsdWU6IHRoZSBjdXN0b21lciB3b3VsZCBwYXkgZm9yIGl0OyBuZWNlc3Nhcnk6IHJlcXVpcmVkIChsYXcsIHNhZmV0eSksIHJlZHVjZSBpdDsgd2FzdGU6IHJlbW92ZSBpdC5cIiksXG4gICAgd2FzdGU6IHdhc3RlQ2F0ZWdvcnkub3B0aW9uYWwoKSxcbiAgICBtaW51dGVzOiBtaW51dGVzLmRlc2NyaWJlKFwiVGhlIGN1c3RvbWVyJ3MgdGltZSBvbiB0aGlzIHN0ZXAsIGluIG1pbnV0ZXMuXCIpLFxuICAgIGNvc3Q6IGNvc3Qub3B0aW9uYWwoKS5kZXNjcmliZShcIlRoZSBvcmdhbmlzYXRpb24ncyBjb3N0IG9mIHRoaXMgc3RlcC5cIiksXG4gIH0pXG4gIC5kZXNjcmliZShcIk9uZSBzdGVwIG9mIGEgdG91Y2hwb2ludC5cIik7XG5cbi8qKlxuICogVGhlIHpvZCBzY2hlbWEgb2YgYSB0b3VjaHBvaW50OyBgVG91Y2hwb2ludGAgaXMgaXRzIHR5cGUuXG4gKlxuICogQGV4YW1wbGVcbiAqIFRvdWNocG9pbnRTY2hlbWEucGFyc2UoeyBpZDogXCJkb25lXCIsIGRlcGFydG1lbnQ6IFwiY2xpbmljXCIsIG91dGNvbWU6IFwicmVzb2x2ZWRcIiwgc3RlcHM6IFtdIH0pO1xuICovXG5leHBvcnQgY29uc3QgVG91Y2hwb2ludFNjaGVtYSA9IHpcbiAgLnN0cmljdE9iamVjdCh7XG4gICAgaWQsXG4gICAgbmFtZTogei5zdHJpbmcoKS5vcHRpb25hbCgpLmRlc2NyaWJlKFwiRGlzcGxheSBuYW1lOyBkZWZhdWx0cyB0byB0aGUgaWQuXCIpLFxuICAgIGRlcGFydG1lbnQ6IGlkLmRlc2NyaWJlKFwiVGhlIGlkIG9mIHRoZSBkZXBhcnRtZW50IHRoYXQgb3ducyB0aGlzIHRvdWNocG9pbnQuXCIpLFxuICAgIGNoYW5uZWw6IHouc3RyaW5nKCkub3B0aW9uYWwoKS5kZXNjcmliZShcIkZyZWUgdGV4dDogcGhvbmUsIGRlc2ssIHdlYiwgbGV0dGVyLCBcdTIwMjZcIiksXG4gICAgZW50cnk6IHpcbiAgICAgIC51bmlvbihbei5ib29sZWFuKCksIHdlaWdodF0pXG4gICAgICAub3B0aW9uYWwoKVxuICAgICAgLmRlc2NyaWJlKFwiRW50cnkgd2VpZ2h0OiBjdXN0b21lcnMgc3RhcnQgaGVyZSAodHJ1ZSA9IDEpLiBBdCBsZWFzdCBvbmUgdG91Y2hwb2ludCBuZWVkcyBvbmUuXCIpLFxuICAgIG91dGNvbWU6IHpcbiAgICAgIC5lbnVtKE9VVENPTUVTKVxuICAgICAgLm9wdGlvbmFsKClcbiAgICAgIC5kZXNjcmliZShcIlRlcm1pbmFsIHRvdWNocG9pbnRzIG9ubHk6IHRoZSBjdXN0b21lcidzIHRyaXAgZW5kcyBoZXJlLCByZXNvbHZlZCBvciBhYmFuZG9uZWQuXCIpLFxuICAgIHN0ZXBzOiB6LmFycmF5KFN0ZXBTY2hlbWEpLmRlc2NyaWJlKFwiVGhlIHN0ZXBzIG9mIGEgdmlzaXQsIGluIG9yZGVyLlwiKSxcbiAgICBncm91cDogaWRcbiAgICAgIC5vcHRpb25hbCgpXG4gICAgICAuZGVzY3JpYmUoXG4gICAgICAgIFwiVGhlIGlkIG9mIHRoZSB0b3VjaHBvaW50IHRoaXMgb25lIHJlZmluZXMgKGEgbWluZWQgbW9kZWwncyBoaXN0b3J5KTogdG91Y2hwb2ludHMgb2Ygb25lIGdyb3VwIHNoYXJlIGl0cyBuYW1lIGFuZCBkZXBhcnRtZW50IGFuZCBhcmUgZHJhd24gYW5kIGFkZHJlc3NlZCBhcyBvbmUuXCIsXG4gICAgICApLFxuICB9KVxuICAuZGVzY3JpYmUoXCJBIHBsYWNlIHdoZXJlIHRoZSBjdXN0b21lciBtZWV0cyB0aGUgc2VydmljZS5cIik7XG5cbi8qKlxuICogVGhlIHpvZCBzY2hlbWEgb2YgYSB0cmFuc2l0aW9uOyBgVHJhbnNpdGlvbmAgaXMgaXRzIHR5cGUuXG4gKlxuICogQGV4YW1wbGVcbiAqIFRyYW5zaXRpb25TY2hlbWEucGFyc2UoeyBmcm9tOiBcImNhbGxcIiwgdG86IFwiY2FsbFwiLCBwcm9iYWJpbGl0eTogMC4zLCBmYWlsdXJlOiB0cnVlIH0pO1xuICovXG5leHBvcnQgY29uc3QgVHJhbnNpdGlvblNjaGVtYSA9IHpcbiAgLnN0cmljdE9iamVjdCh7XG4gICAgZnJvbTogaWQuZGVzY3JpYmUoXCJUaGUgdG91Y2hwb2ludCB0aGUgY3VzdG9tZXIgbGVhdmVzLlwiKSxcbiAgICB0bzogaWQuZGVzY3JpYmUoXCJUaGUgdG91Y2hwb2ludCB0aGUgY3VzdG9tZXIgZ29lcyB0byBuZXh0LlwiKSxcbiAgICBwcm9iYWJpbGl0eTogei5udW1iZXIoKS5maW5pdGUoKS5taW4oMCkubWF4KDEpLm9wdGlvbmFsKCkuZGVzY3JpYmUoXCJTaGFyZSBvZiBjdXN0b21lcnMgbGVhdmluZyBgZnJvbWAgd2hvIGdvIHRvIGB0b2AuXCIpLFxuICAgIHZvbHVtZTogd2VpZ2h0XG4gICAgICAub3B0aW9uYWwoKVxuICAgICAgLmRlc2NyaWJlKFwiQ291bnQgb2YgY3VzdG9tZXJzIHRha2luZyB0aGlzIHRyYW5zaXRpb247IHVzZWQgZm9yIHRoZSBwcm9iYWJpbGl0aWVzIHdoZW4gbm9uZSBhcmUgZ2l2ZW4uXCIpLFxuICAgIHdhaXQ6IG1pbnV0ZXMub3B0aW9uYWwoKS5kZXNjcmliZShcIk1pbnV0ZXMgdGhlIGN1c3RvbWVyIHdhaXRzIGJldHdlZW4gdGhlIHR3byB0b3VjaHBvaW50cyAod2FzdGUsIGBkZWxheWAgYnkgZGVmYXVsdCkuXCIpLFxuICAgIHdhc3RlOiB3YXN0ZUNhdGVnb3J5Lm9wdGlvbmFsKCkuZGVzY3JpYmUoXCJXYXN0ZSBjYXRlZ29yeSBvZiB0aGUgd2FpdDsgYGRlbGF5YCBieSBkZWZhdWx0LlwiKSxcbiAgICB3b3JraW5nV2FpdDogbWludXRlc1xuICAgICAgLm9wdGlvbmFsKClcbiAgICAgIC5kZXNjcmliZShcIlRoZSBwYXJ0IG9mIGB3YWl0YCBpbnNpZGUgd29ya2luZyBob3VycywgaW4gbWludXRlcyAodGhlIHdvcmtpbmcgY2xvY2s7IGEgbWluZWQgbW9kZWwncywgd2l0aCBhIGNhbGVuZGFyKS5cIiksXG4gICAgZmFpbHVyZTogei5ib29sZWFuKCkub3B0aW9uYWwoKS5kZXNjcmliZShcIlRoZSB2aXNpdCB0aGlzIHRyYW5zaXRpb24gbGVhZHMgdG8gaXMgZmFpbHVyZSBkZW1hbmQuXCIpLFxuICB9KVxuICAuZGVzY3JpYmUoXCJBIG1vdmUgZnJvbSBvbmUgdG91Y2hwb2ludCB0byBhbm90aGVyLlwiKTtcblxuLyoqXG4gKiBXaGF0IGEgbWluZWQgbW9kZWwncyBjbGFzc2lmaWNhdGlvbiBuYW1lZCwgb25lIHdvcmQgcGVyIGtpbmQgb2YgZmFjdDogYHR5cGVgIChzdGVwIHR5cGVzKSxcbiAqIGBtaW51dGVzYCwgYGNvc3RgLCBgZmFpbHVyZWAgKGZhaWx1cmUgZGVtYW5kKSBhbmQgYG91dGNvbWVgIChhYmFuZG9uZWQgb3V0Y29tZXMpLlxuICpcbiAqIEBleGFtcGxlXG4gKiBDTEFTU0lGSUVEX0ZBQ1RTLmluY2x1ZGVzKFwiZmFpbHVyZVwiKTsgLy8gdHJ1ZVxuICovXG5leHBvcnQgY29uc3QgQ0xBU1NJRklFRF9GQUNUUyA9IFtcInR5cGVcIiwgXCJtaW51dGVzXCIsIFwiY29zdFwiLCBcImZhaWx1cmVcIiwgXCJvdXRjb21lXCJdIGFzIGNvbnN0O1xuXG4vKipcbiAqIFRoZSB6b2Qgc2NoZW1hIG9mIGEgbWluZWQgbW9kZWwncyByZWNvcmQgb2Ygd2hhdCBpdHMgbG9nIGNvdWxkIHRlbGwgKGBtaW5lZGAgb24gYSBzZXJ2aWNlKS5cbiAqXG4gKiBAZXhhbXBsZVxuICogTWluZWRTY2hlbWEucGFyc2UoeyBjYXNlczogMTA1MCwgc3RhcnRUaW1lczogZmFsc2UsIGNsYXNzaWZpZWQ6IFtdIH0pO1xuICovXG5leHBvcnQgY29uc3QgTWluZWRTY2hlbWEgPSB6XG4gIC5zdHJpY3RPYmplY3Qoe1xuICAgIGNhc2VzOiB6Lm51bWJlcigpLmludCgpLm5vbm5lZ2F0aXZlKCkuZGVzY3JpYmUoXCJUaGUgY2FzZXMgKG9yIGN1c3RvbWVyIGpvdXJuZXlzKSB0aGUgbW9kZWwgd2FzIG1pbmVkIGZyb20uXCIpLFxuICAgIHN0YXJ0VGltZXM6IHouYm9vbGVhbigpLmRlc2NyaWJlKFwiVGhlIGxvZyBoYWQgc3RhcnQgdGltZXMsIHNvIHRoZSB0b3VjaHBvaW50cyBjYXJyeSBzZXJ2aWNlIG1pbnV0ZXMuXCIpLFxuICAgIGNsYXNzaWZpZWQ6IHpcbiAgICAgIC5hcnJheSh6LmVudW0oQ0xBU1NJRklFRF9GQUNUUykpXG4gICAgICAuZGVzY3JpYmUoYFdoYXQgYSBjbGFzc2lmaWNhdGlvbiBuYW1lZCBmb3IgdGhlIGFjdGl2aXRpZXMgKCR7Q0xBU1NJRklFRF9GQUNUUy5qb2luKFwiLCBcIil9KTsgZW1wdHkgd2l0aG91dCBvbmUuYCksXG4gIH0pXG4gIC5kZXNjcmliZShcIlNldCBieSB0aGUgbWluZXI6IHdoYXQgdGhlIGV2ZW50IGxvZyBjb3VsZCB0ZWxsLiBBIGZpZ3VyZSByZXN0aW5nIG9uIGEgZGVmYXVsdCByYXRoZXIgdGhhbiBvbiB0aGUgbG9nIGlzIHJlcG9ydGVkIGFzIHVua25vd24uXCIpO1xuXG4vKipcbiAqIFRoZSB6b2Qgc2NoZW1hIG9mIGEgc2VydmljZSBtb2RlbCAoaXRzIHNoYXBlIG9ubHk6IGBwYXJzZVNlcnZpY2VgIGFkZHMgdGhlIGdyYXBoIGNoZWNrcykuXG4gKlxuICogQGV4YW1wbGVcbiAqIFNlcnZpY2VTY2hlbWEuc2FmZVBhcnNlKGpzb24pLnN1Y2Nlc3M7XG4gKi9cbmV4cG9ydCBjb25zdCBTZXJ2aWNlU2NoZW1hID0gelxuICAuc3RyaWN0T2JqZWN0KHtcbiAgICAkc2NoZW1hOiB6LnN0cmluZygpLm9wdGlvbmFsKCkuZGVzY3JpYmUoXCJUaGUgSlNPTiBTY2hlbWEgb2YgdGhpcyBmaWxlLCBmb3IgZWRpdG9ycy5cIiksXG4gICAgaWQsXG4gICAgbmFtZTogei5zdHJpbmcoKS5vcHRpb25hbCgpLmRlc2NyaWJlKFwiRGlzcGxheSBuYW1lOyBkZWZhdWx0cyB0byB0aGUgaWQuXCIpLFxuICAgIHZvbHVtZTogd2VpZ2h0Lm9wdGlvbmFsKCkuZGVzY3JpYmUoXCJDdXN0b21lcnMgcGVyIHllYXIsIGZvciB5ZWFybHkgdG90YWxzLlwiKSxcbiAgICBjdXJyZW5jeTogei5zdHJpbmcoKS5vcHRpb25hbCgpLmRlc2NyaWJlKFwiQ3VycmVuY3kgb2YgdGhlIGNvc3QgZmllbGRzLCBlLmcuIEVVUi5cIiksXG4gICAgbm91bjogelxuICAgICAgLnN0cmluZygpXG4gICAgICAubWluKDEpXG4gICAgICAub3B0aW9uYWwoKVxuICAgICAgLmRlc2NyaWJlKCdXaGF0IHRoZSBzZXJ2aWNlIGNhbGxzIGl0cyBjdXN0b21lciwgc2luZ3VsYXIgKFwicGF0aWVudFwiLCBcInRheHBheWVyXCIpOiB0aGUgd29yZCBvZiBldmVyeSBoZWFkbGluZTsgXCJjdXN0b21lclwiIHdoZW4gYWJzZW50LicpLFxuICAgIG1pbmVkOiBNaW5lZFNjaGVtYS5vcHRpb25hbCgpLFxuICAgIHdvcmtpbmdEYXlNaW51dGVzOiB6XG4gICAgICAubnVtYmVyKClcbiAgICAgIC5wb3NpdGl2ZSgpXG4gICAgICAubWF4KDE0NDApXG4gICAgICAub3B0aW9uYWwoKVxuICAgICAgLmRlc2NyaWJlKFwiVGhlIGxlbmd0aCBvZiBhIHdvcmtpbmcgZGF5IGluIG1pbnV0ZXMsIGZvciB3b3JraW5nIHRpbWUgaW4gZGF5cyAoYHdvcmtpbmdXYWl0YCk6IGUuZy4gNDM1IGZvciA3IGggMTUgbWluLlwiKSxcbiAgICBkZXBhcnRtZW50czogei5hcnJheShEZXBhcnRtZW50U2NoZW1hKS5taW4oMSkuZGVzY3JpYmUoXCJUaGUgZGVwYXJ0bWVudHMsIHRlYW1zIG9yIHVuaXRzOiBhdCBsZWFzdCBvbmUuXCIpLFxuICAgIHRvdWNocG9pbnRzOiB6LmFycmF5KFRvdWNocG9pbnRTY2hlbWEpLm1pbigxKS5kZXNjcmliZShcIlRoZSB0b3VjaHBvaW50czogYXQgbGVhc3Qgb25lLCBhbmQgYXQgbGVhc3Qgb25lIHdpdGggYW4gZW50cnkgd2VpZ2h0LlwiKSxcbiAgICB0cmFuc2l0aW9uczogei5hcnJheShUcmFuc2l0aW9uU2NoZW1hKS5kZXNjcmliZShcIldoZXJlIGN1c3RvbWVycyBnbyBmcm9tIGVhY2ggdG91Y2hwb2ludCB0aGF0IGlzIG5vdCBhbiBvdXRjb21lLlwiKSxcbiAgfSlcbiAgLmRlc2NyaWJlKFwiQSBodWtrYSBzZXJ2aWNlIG1vZGVsLCB2ZXJzaW9uIDEuXCIpO1xuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay93dC9yZWFkZXIvc3JjL21vZGVsXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay93dC9yZWFkZXIvc3JjL21vZGVsL2V4Y2VycHQtaWQudHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfaW1wb3J0X21ldGFfdXJsID0gXCJmaWxlOi8vL3dvcmsvd3QvcmVhZGVyL3NyYy9tb2RlbC9leGNlcnB0LWlkLnRzXCI7LyoqIElkcyBsb25nZXIgdGhhbiB0aGlzIGFyZSBjdXQgd2hlcmUgYSBtZXNzYWdlIGVjaG9lcyB0aGVtLiAqL1xuY29uc3QgSURfQ0hBUlMgPSA2MDtcblxuLyoqXG4gKiBBbiBpZCBmcm9tIHRoZSBpbnB1dCBhcyBhIG1lc3NhZ2UgbGlzdHMgaXQ6IHdob2xlIHdoZW4gc2hvcnQsIGVsc2UgaXRzIGZpcnN0IGNoYXJhY3RlcnMgYW5kXG4gKiBpdHMgbGVuZ3RoLCBzbyB0aGF0IGEgMSBNQiBpZCBuZXZlciBtYWtlcyBhIDEgTUIgbWVzc2FnZSAodGhlIGxvZyByZWFkZXJzJyBgZXhjZXJwdGAsIHVucXVvdGVkKS5cbiAqXG4gKiBAZXhhbXBsZVxuICogZXhjZXJwdElkKFwibGFiXCIpOyAvLyBcImxhYlwiXG4gKiBleGNlcnB0SWQoXCJ4XCIucmVwZWF0KDFlNikpOyAvLyBcInh4eHhcdTIwMjZ4eHhcdTIwMjYgKDEsMDAwLDAwMCBjaGFyYWN0ZXJzKVwiLCA1OSB4J3NcbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGV4Y2VycHRJZChpZDogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIGlkLmxlbmd0aCA8PSBJRF9DSEFSUyA/IGlkIDogYCR7aWQuc2xpY2UoMCwgSURfQ0hBUlMgLSAxKX1cdTIwMjYgKCR7aWQubGVuZ3RoLnRvTG9jYWxlU3RyaW5nKFwiZW5cIil9IGNoYXJhY3RlcnMpYDtcbn1cbiIsICJjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZGlybmFtZSA9IFwiL3dvcmsvd3QvcmVhZGVyL3NyYy9tb2RlbFwiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvd3QvcmVhZGVyL3NyYy9tb2RlbC9mb3JtYXQtcGF0aC50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay93dC9yZWFkZXIvc3JjL21vZGVsL2Zvcm1hdC1wYXRoLnRzXCI7aW1wb3J0IHR5cGUgeyBJc3N1ZVBhdGggfSBmcm9tIFwiLi9wcm9ibGVtLmpzXCI7XG5cbmNvbnN0IElERU5USUZJRVIgPSAvXltBLVphLXpfJF1bXFx3JF0qJC87XG5cbi8qKlxuICogQSBKU09OIHBhdGggaW4gSmF2YVNjcmlwdCBub3RhdGlvbiwgdGhlIHByZWZpeCBvZiBldmVyeSBpc3N1ZSBtZXNzYWdlOyB0aGUgZW1wdHkgcGF0aCBpcyBgbW9kZWxgLlxuICpcbiAqIEBleGFtcGxlXG4gKiBmb3JtYXRQYXRoKFtcInRvdWNocG9pbnRzXCIsIDMsIFwiZGVwYXJ0bWVudFwiXSk7IC8vIFwidG91Y2hwb2ludHNbM10uZGVwYXJ0bWVudFwiXG4gKiBmb3JtYXRQYXRoKFtcInRvdWNocG9pbnRzXCIsIDAsIFwib2RkIGtleVwiXSk7ICAgIC8vICd0b3VjaHBvaW50c1swXVtcIm9kZCBrZXlcIl0nXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBmb3JtYXRQYXRoKHBhdGg6IHJlYWRvbmx5IChzdHJpbmcgfCBudW1iZXIgfCBzeW1ib2wpW10pOiBzdHJpbmcge1xuICBpZiAocGF0aC5sZW5ndGggPT09IDApIHJldHVybiBcIm1vZGVsXCI7XG4gIGxldCB0ZXh0ID0gXCJcIjtcbiAgZm9yIChjb25zdCBrZXkgb2YgcGF0aCkge1xuICAgIGlmICh0eXBlb2Yga2V5ID09PSBcIm51bWJlclwiKSB0ZXh0ICs9IGBbJHtrZXl9XWA7XG4gICAgZWxzZSBpZiAodHlwZW9mIGtleSA9PT0gXCJzdHJpbmdcIiAmJiBJREVOVElGSUVSLnRlc3Qoa2V5KSkgdGV4dCArPSB0ZXh0ID09PSBcIlwiID8ga2V5IDogYC4ke2tleX1gO1xuICAgIGVsc2UgdGV4dCArPSBgWyR7SlNPTi5zdHJpbmdpZnkoU3RyaW5nKGtleSkpfV1gO1xuICB9XG4gIHJldHVybiB0ZXh0O1xufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay93dC9yZWFkZXIvc3JjL21vZGVsXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay93dC9yZWFkZXIvc3JjL21vZGVsL2lzc3VlLW1lc3NhZ2UudHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfaW1wb3J0X21ldGFfdXJsID0gXCJmaWxlOi8vL3dvcmsvd3QvcmVhZGVyL3NyYy9tb2RlbC9pc3N1ZS1tZXNzYWdlLnRzXCI7aW1wb3J0IHsgZXhjZXJwdElkIH0gZnJvbSBcIi4vZXhjZXJwdC1pZC5qc1wiO1xuaW1wb3J0IHsgZm9ybWF0UGF0aCB9IGZyb20gXCIuL2Zvcm1hdC1wYXRoLmpzXCI7XG5pbXBvcnQgdHlwZSB7IFByb2JsZW0sIFRyYW5zaXRpb25SZWYgfSBmcm9tIFwiLi9wcm9ibGVtLmpzXCI7XG5pbXBvcnQgeyBEZXBhcnRtZW50U2NoZW1hLCBTZXJ2aWNlU2NoZW1hLCBTVEFOREFSRF9XQVNURVMsIFN0ZXBTY2hlbWEsIFRvdWNocG9pbnRTY2hlbWEsIFRyYW5zaXRpb25TY2hlbWEgfSBmcm9tIFwiLi9zY2hlbWEuanNcIjtcblxuLyoqIExpc3RzIGxvbmdlciB0aGFuIHRoaXMgYXJlIGN1dCwgd2l0aCBhIGNvdW50IG9mIHRoZSByZXN0OiBhIDEwMGstdG91Y2hwb2ludCBtb2RlbCBzdGF5cyByZWFkYWJsZS4gKi9cbmNvbnN0IExJU1RfTElNSVQgPSAxMDtcblxuLyoqXG4gKiBUaGUgRW5nbGlzaCBtZXNzYWdlIG9mIGEgcHJvYmxlbSwgcHJlZml4ZWQgYnkgaXRzIHBhdGggaW4gSmF2YVNjcmlwdCBub3RhdGlvbi4gVGhlIG9uZSBwbGFjZVxuICogd2hlcmUgaHVra2Egd29yZHMgaXRzIHZhbGlkYXRpb24gcHJvYmxlbXM6IGV2ZXJ5dGhpbmcgZWxzZSBoYW5kbGVzIGNvZGVzIGFuZCBkYXRhLlxuICpcbiAqIEBleGFtcGxlXG4gKiBpc3N1ZU1lc3NhZ2UoeyBjb2RlOiBcInVua25vd25fZGVwYXJ0bWVudFwiLCBwYXRoOiBbXCJ0b3VjaHBvaW50c1wiLCAzLCBcImRlcGFydG1lbnRcIl0sXG4gKiAgIHZhbHVlOiBcInJhZGlvbG9neVwiLCBrbm93bjogW1wiaGVhbHRoLWNlbnRyZVwiLCBcImxhYlwiLCBcImNsaW5pY1wiXSB9KTtcbiAqIC8vICd0b3VjaHBvaW50c1szXS5kZXBhcnRtZW50OiB1bmtub3duIGRlcGFydG1lbnQgXCJyYWRpb2xvZ3lcIiAoa25vd246IGhlYWx0aC1jZW50cmUsIGxhYiwgY2xpbmljKSdcbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGlzc3VlTWVzc2FnZShwcm9ibGVtOiBQcm9ibGVtKTogc3RyaW5nIHtcbiAgcmV0dXJuIGAke2Zvcm1hdFBhdGgocHJvYmxlbS5wYXRoKX06ICR7ZGVzY3JpYmUocHJvYmxlbSl9YDtcbn1cblxuZnVuY3Rpb24gZGVzY3JpYmUocDogUHJvYmxlbSk6IHN0cmluZyB7XG4gIHN3aXRjaCAocC5jb2RlKSB7XG4gICAgLy8gem9kJ3Mgb3duIGlzc3VlczogdGhlIGNvZGVzIHN0YXkgem9kJ3MsIHRoZSB3b3JkaW5nIGlzIG91cnNcbiAgICBjYXNlIFwiaW52YWxpZF90eXBlXCI6XG4gICAgICByZXR1cm4gcC5pbnB1dCA9PT0gdW5kZWZpbmVkXG4gICAgICAgID8gYHJlcXVpcmVkIGZpZWxkIGlzIG1pc3Npbmc6IGFkZCAke2FydGljbGUocC5leHBlY3RlZCl9YFxuICAgICAgICA6IGBleHBlY3RlZCAke2FydGljbGUocC5leHBlY3RlZCl9LCBnb3QgJHt2YWx1ZShwLmlucHV0KX1gO1xuICAgIGNhc2UgXCJ0b29fc21hbGxcIjpcbiAgICAgIGlmIChwLm9yaWdpbiA9PT0gXCJzdHJpbmdcIikgcmV0dXJuIGBtdXN0IG5vdCBiZSBlbXB0eWA7XG4gICAgICBpZiAocC5vcmlnaW4gPT09IFwiYXJyYXlcIikgcmV0dXJuIGBuZWVkcyBhdCBsZWFzdCAke3AubWluaW11bX0gJHtwbHVyYWwoTnVtYmVyKHAubWluaW11bSksIGl0ZW1OYW1lKHAucGF0aCkpfSwgZ290IG5vbmVgO1xuICAgICAgcmV0dXJuIGBtdXN0IGJlICR7cC5pbmNsdXNpdmUgPyBcIlx1MjI2NVwiIDogXCI+XCJ9ICR7Ym91bmQocC5taW5pbXVtKX0sIGdvdCAke3ZhbHVlKHAuaW5wdXQpfWA7XG4gICAgY2FzZSBcInRvb19iaWdcIjpcbiAgICAgIHJldHVybiBgbXVzdCBiZSAke3AuaW5jbHVzaXZlID8gXCJcdTIyNjRcIiA6IFwiPFwifSAke2JvdW5kKHAubWF4aW11bSl9LCBnb3QgJHt2YWx1ZShwLmlucHV0KX1gO1xuICAgIGNhc2UgXCJ1bnJlY29nbml6ZWRfa2V5c1wiOiB7XG4gICAgICBjb25zdCBrbm93biA9IGtub3duRmllbGRzKHAucGF0aCk7XG4gICAgICByZXR1cm4gYHVua25vd24gJHtwbHVyYWwocC5rZXlzLmxlbmd0aCwgXCJmaWVsZFwiKX0gJHtwLmtleXMubWFwKHF1b3RlKS5qb2luKFwiLCBcIil9JHtrbm93biA/IGAgKGtub3duOiAke2tub3duLmpvaW4oXCIsIFwiKX0pYCA6IFwiXCJ9YDtcbiAgICB9XG4gICAgY2FzZSBcImludmFsaWRfdmFsdWVcIjpcbiAgICAgIHJldHVybiBwLmlucHV0ID09PSB1bmRlZmluZWRcbiAgICAgICAgPyBgcmVxdWlyZWQgZmllbGQgaXMgbWlzc2luZzogYWRkICR7cXVvdGUoU3RyaW5nKHAucGF0aC5hdCgtMSkgPz8gXCJ2YWx1ZVwiKSl9LCBvbmUgb2YgJHtwLnZhbHVlcy5tYXAoU3RyaW5nKS5qb2luKFwiLCBcIil9YFxuICAgICAgICA6IGB1bmtub3duICR7U3RyaW5nKHAucGF0aC5hdCgtMSkgPz8gXCJ2YWx1ZVwiKX0gJHt2YWx1ZShwLmlucHV0KX0gKGtub3duOiAke3AudmFsdWVzLm1hcChTdHJpbmcpLmpvaW4oXCIsIFwiKX0pYDtcbiAgICBjYXNlIFwiaW52YWxpZF91bmlvblwiOlxuICAgICAgcmV0dXJuIHAucGF0aC5hdCgtMSkgPT09IFwiZW50cnlcIlxuICAgICAgICA/IGBleHBlY3RlZCB0cnVlLCBmYWxzZSBvciBhbiBlbnRyeSB3ZWlnaHQgXHUyMjY1IDAsIGdvdCAke3ZhbHVlKHAuaW5wdXQpfWBcbiAgICAgICAgOiBgaW52YWxpZCB2YWx1ZSAke3ZhbHVlKHAuaW5wdXQpfWA7XG4gICAgY2FzZSBcImludmFsaWRfZm9ybWF0XCI6XG4gICAgY2FzZSBcIm5vdF9tdWx0aXBsZV9vZlwiOlxuICAgIGNhc2UgXCJpbnZhbGlkX2tleVwiOlxuICAgIGNhc2UgXCJpbnZhbGlkX2VsZW1lbnRcIjpcbiAgICBjYXNlIFwiY3VzdG9tXCI6XG4gICAgICByZXR1cm4gYCR7cC5tZXNzYWdlfSR7cC5pbnB1dCA9PT0gdW5kZWZpbmVkID8gXCJcIiA6IGAsIGdvdCAke3ZhbHVlKHAuaW5wdXQpfWB9YDtcblxuICAgIC8vIGh1a2thJ3MgbW9kZWwgcHJvYmxlbXNcbiAgICBjYXNlIFwiZHVwbGljYXRlX2lkXCI6XG4gICAgICByZXR1cm4gYGR1cGxpY2F0ZSAke3Aua2luZH0gaWQgJHtxdW90ZShwLmlkKX0gKGFscmVhZHkgdXNlZCBhdCAke2Zvcm1hdFBhdGgocC5maXJzdCl9KTsgZ2l2ZSBlYWNoICR7cC5raW5kfSBpdHMgb3duIGlkYDtcbiAgICBjYXNlIFwidW5rbm93bl9kZXBhcnRtZW50XCI6XG4gICAgICByZXR1cm4gYHVua25vd24gZGVwYXJ0bWVudCAke3F1b3RlKHAudmFsdWUpfSAoa25vd246ICR7bGlzdChwLmtub3duLm1hcChleGNlcnB0SWQpKX0pYDtcbiAgICBjYXNlIFwidW5rbm93bl90b3VjaHBvaW50XCI6XG4gICAgICByZXR1cm4gYHVua25vd24gdG91Y2hwb2ludCAke3F1b3RlKHAudmFsdWUpfSAoa25vd246ICR7bGlzdChwLmtub3duLm1hcChleGNlcnB0SWQpKX0pYDtcbiAgICBjYXNlIFwiZ3JvdXBfbWlzbWF0Y2hcIjpcbiAgICAgIHJldHVybiBgJHtwLmZpZWxkfSAke3F1b3RlKHAudmFsdWUpfSBkaWZmZXJzIGZyb20gJHtxdW90ZShwLmV4cGVjdGVkKX0gb2YgdG91Y2hwb2ludHNbJHtwLmZpcnN0fV0gaW4gZ3JvdXAgJHtxdW90ZShwLmdyb3VwKX06IHRvdWNocG9pbnRzIG9mIG9uZSBncm91cCBzaGFyZSB0aGVpciBuYW1lIGFuZCBkZXBhcnRtZW50ICh0aGV5IGFyZSBvbmUgdG91Y2hwb2ludCByZWZpbmVkKTsgZ2l2ZSBpdCB0aGUgc2FtZSAke3AuZmllbGR9IG9yIGFub3RoZXIgZ3JvdXBgO1xuICAgIGNhc2UgXCJkdXBsaWNhdGVfdHJhbnNpdGlvblwiOlxuICAgICAgcmV0dXJuIGBkdXBsaWNhdGUgdHJhbnNpdGlvbiAke3F1b3RlKHAuZnJvbSl9IFx1MjE5MiAke3F1b3RlKHAudG8pfSAoYWxyZWFkeSBhdCB0cmFuc2l0aW9uc1ske3AuZmlyc3R9XSk7IGEgcGFpciBvZiB0b3VjaHBvaW50cyBoYXMgYXQgbW9zdCBvbmUgdHJhbnNpdGlvbjogbWVyZ2UgdGhlbWA7XG4gICAgY2FzZSBcIm5vX2VudHJ5XCI6XG4gICAgICByZXR1cm4gYG5vIGVudHJ5OiBubyB0b3VjaHBvaW50IGhhcyBhbiBlbnRyeSB3ZWlnaHQgPiAwOyBhZGQgXCJlbnRyeVwiOiB0cnVlIHRvIHRoZSB0b3VjaHBvaW50IHdoZXJlIGN1c3RvbWVycyBzdGFydGA7XG4gICAgY2FzZSBcIm1pc3Npbmdfb3V0Y29tZVwiOlxuICAgICAgcmV0dXJuIGB0b3VjaHBvaW50ICR7cXVvdGUocC5pZCl9IGlzIGEgZGVhZCBlbmQ6IG5vIHRyYW5zaXRpb24gbGVhdmVzIGl0IGFuZCBpdCBoYXMgbm8gb3V0Y29tZTsgYWRkIFwib3V0Y29tZVwiOiBcInJlc29sdmVkXCIgb3IgXCJhYmFuZG9uZWRcIiwgb3IgYSB0cmFuc2l0aW9uIG91dCBvZiBpdGA7XG4gICAgY2FzZSBcIm91dGNvbWVfd2l0aF9leGl0c1wiOlxuICAgICAgcmV0dXJuIGB0b3VjaHBvaW50ICR7cXVvdGUocC5pZCl9IGhhcyBvdXRjb21lICR7cXVvdGUocC5vdXRjb21lKX0gYnV0IHRyYW5zaXRpb25zIGxlYXZlIGl0ICgke3JlZnMocC50cmFuc2l0aW9ucyl9KTsgYW4gb3V0Y29tZSBlbmRzIHRoZSB0cmlwOiByZW1vdmUgdGhlIG91dGNvbWUgb3IgdGhvc2UgdHJhbnNpdGlvbnNgO1xuICAgIGNhc2UgXCJwcm9iYWJpbGl0aWVzX2RvX25vdF9zdW1fdG9fb25lXCI6XG4gICAgICByZXR1cm4gYHByb2JhYmlsaXRpZXMgb3V0IG9mIHRvdWNocG9pbnQgJHtxdW90ZShwLmlkKX0gc3VtIHRvICR7cm91bmQocC5zdW0pfSwgbm90IDEgKCR7cmVmcyhwLnRyYW5zaXRpb25zKX0pOyBtYWtlIHRoZW0gYWRkIHVwIHRvIDFgO1xuICAgIGNhc2UgXCJtaXhlZF9wcm9iYWJpbGl0aWVzXCI6XG4gICAgICByZXR1cm4gYHRvdWNocG9pbnQgJHtxdW90ZShwLmlkKX06ICR7cmVmcyhwLndpdGhvdXQpfSAke3Aud2l0aG91dC5sZW5ndGggPT09IDEgPyBcImdpdmVzXCIgOiBcImdpdmVcIn0gbm8gcHJvYmFiaWxpdHkgd2hpbGUgJHtwLmdpdmVufSBvdGhlciAke3BsdXJhbChwLmdpdmVuLCBcInRyYW5zaXRpb25cIil9IG91dCBvZiBpdCAke3AuZ2l2ZW4gPT09IDEgPyBcImdpdmVzXCIgOiBcImdpdmVcIn0gb25lOyBnaXZlIGEgcHJvYmFiaWxpdHkgb24gZXZlcnkgdHJhbnNpdGlvbiBvdXQgb2YgJHtxdW90ZShwLmlkKX0sIG9yIG9uIG5vbmVgO1xuICAgIGNhc2UgXCJtaXhlZF92b2x1bWVzXCI6XG4gICAgICByZXR1cm4gYHRvdWNocG9pbnQgJHtxdW90ZShwLmlkKX06ICR7cmVmcyhwLndpdGhvdXQpfSAke3Aud2l0aG91dC5sZW5ndGggPT09IDEgPyBcImdpdmVzXCIgOiBcImdpdmVcIn0gbm8gdm9sdW1lIHdoaWxlICR7cC5naXZlbn0gb3RoZXIgJHtwbHVyYWwocC5naXZlbiwgXCJ0cmFuc2l0aW9uXCIpfSBvdXQgb2YgaXQgJHtwLmdpdmVuID09PSAxID8gXCJnaXZlc1wiIDogXCJnaXZlXCJ9IG9uZSwgYW5kIG5vbmUgZ2l2ZXMgYSBwcm9iYWJpbGl0eTsgZ2l2ZSBhIHZvbHVtZSBvbiBldmVyeSB0cmFuc2l0aW9uIG91dCBvZiAke3F1b3RlKHAuaWQpfSwgb3IgcHJvYmFiaWxpdGllc2A7XG4gICAgY2FzZSBcInplcm9fdm9sdW1lc1wiOlxuICAgICAgcmV0dXJuIGB0aGUgdm9sdW1lcyBvZiB0aGUgJHtwLmNvdW50fSAke3BsdXJhbChwLmNvdW50LCBcInRyYW5zaXRpb25cIil9IG91dCBvZiB0b3VjaHBvaW50ICR7cXVvdGUocC5pZCl9IGFyZSBhbGwgMCwgc28gdGhleSBnaXZlIG5vIHNwbGl0OyBnaXZlIGEgdm9sdW1lID4gMCBvciBwcm9iYWJpbGl0aWVzYDtcbiAgICBjYXNlIFwibWlzc2luZ193YXN0ZV9jYXRlZ29yeVwiOlxuICAgICAgcmV0dXJuIGB3YXN0ZSBzdGVwICR7cXVvdGUocC5zdGVwKX0gaGFzIG5vIHdhc3RlIGNhdGVnb3J5OyBhZGQgXCJ3YXN0ZVwiOiBvbmUgb2YgJHtTVEFOREFSRF9XQVNURVMuam9pbihcIiwgXCIpfSwgb3IgYSBjdXN0b20gY2F0ZWdvcnlgO1xuICAgIGNhc2UgXCJ1bmV4cGVjdGVkX3dhc3RlX2NhdGVnb3J5XCI6XG4gICAgICByZXR1cm4gYCR7cC50eXBlfSBzdGVwICR7cXVvdGUocC5zdGVwKX0gaGFzIGEgd2FzdGUgY2F0ZWdvcnkgKCR7cXVvdGUocC53YXN0ZSl9KTsgb25seSB3YXN0ZSBzdGVwcyBoYXZlIG9uZTogcmVtb3ZlIFwid2FzdGVcIiwgb3IgbWFrZSB0aGUgc3RlcCBcInR5cGVcIjogXCJ3YXN0ZVwiYDtcbiAgICBjYXNlIFwidW5yZWFjaGFibGVfb3V0Y29tZVwiOlxuICAgICAgcmV0dXJuIHAubG9vcC5sZW5ndGggPT09IDFcbiAgICAgICAgPyBgY3VzdG9tZXJzIHdobyByZWFjaCB0b3VjaHBvaW50ICR7cXVvdGUocC5sb29wWzBdISl9IG5ldmVyIGdldCB0byBhbiBvdXRjb21lOiBpdCBvbmx5IGxlYWRzIGJhY2sgdG8gaXRzZWxmOyBhZGQgYSB0cmFuc2l0aW9uIHRvd2FyZHMgYW4gb3V0Y29tZWBcbiAgICAgICAgOiBgY3VzdG9tZXJzIHdobyByZWFjaCB0b3VjaHBvaW50ICR7cXVvdGUocC5sb29wWzBdISl9IG5ldmVyIGdldCB0byBhbiBvdXRjb21lOiB0b3VjaHBvaW50cyAke2xpc3QocC5sb29wLm1hcChxdW90ZSkpfSBvbmx5IGxlYWQgdG8gZWFjaCBvdGhlcjsgYWRkIGEgdHJhbnNpdGlvbiBmcm9tIG9uZSBvZiB0aGVtIHRvd2FyZHMgYW4gb3V0Y29tZWA7XG4gICAgY2FzZSBcIm5lYXJseV9jbG9zZWRfbG9vcFwiOiB7XG4gICAgICBjb25zdCB3aGVyZSA9IHAubG9vcC5sZW5ndGggPT09IDEgPyBgZ28gcm91bmQgaXRgIDogYGdvIHJvdW5kIHRoZSBsb29wIG9mIHRvdWNocG9pbnRzICR7bGlzdChwLmxvb3AubWFwKHF1b3RlKSl9YDtcbiAgICAgIGNvbnN0IG9mdGVuID1cbiAgICAgICAgcC52aXNpdHMgPT09IG51bGwgPyBcInNvIG9mdGVuIHRoYXQgdGhlIGNvdW50IGlzIGJleW9uZCBhbnkgZmlndXJlXCIgOiBgYWJvdXQgJHtOdW1iZXIocC52aXNpdHMudG9QcmVjaXNpb24oMikpLnRvRXhwb25lbnRpYWwoKX0gdGltZXMgb24gYXZlcmFnZWA7XG4gICAgICByZXR1cm4gYGN1c3RvbWVycyB3aG8gcmVhY2ggdG91Y2hwb2ludCAke3F1b3RlKHAubG9vcFswXSEpfSAke3doZXJlfSAke29mdGVufSBiZWZvcmUgdGhleSBsZWF2ZSAobW9yZSB0aGFuIDFlOSk6IGEgbG9vcCB0aGlzIG5lYXJseSBjbG9zZWQgZ2l2ZXMgbm8gbWVhbmluZ2Z1bCBmaWd1cmU7IGdpdmUgdGhlIHRyYW5zaXRpb25zIG91dCBvZiBpdCBhIHJlYWxpc3RpYyBwcm9iYWJpbGl0eSBvciB2b2x1bWVgO1xuICAgIH1cbiAgICBjYXNlIFwidW5yZWFjaGFibGVfdG91Y2hwb2ludFwiOlxuICAgICAgcmV0dXJuIGB0b3VjaHBvaW50ICR7cXVvdGUocC5pZCl9IGlzIG5ldmVyIHJlYWNoZWQ6IG5vIHRyYW5zaXRpb24gd2l0aCBhIHByb2JhYmlsaXR5ID4gMCBsZWFkcyB0byBpdCBmcm9tIGFuIGVudHJ5OyBhZGQgb25lLCBtYWtlIGl0IGFuIGVudHJ5LCBvciByZW1vdmUgaXRgO1xuICAgIGNhc2UgXCJ1bmlmb3JtX3NwbGl0XCI6XG4gICAgICByZXR1cm4gYHRvdWNocG9pbnQgJHtxdW90ZShwLmlkKX0gZ2l2ZXMgbmVpdGhlciBwcm9iYWJpbGl0aWVzIG5vciB2b2x1bWVzIG9uIGl0cyAke3AuY291bnR9IHRyYW5zaXRpb25zOyBhc3N1bWVkIGEgdW5pZm9ybSBzcGxpdCAoMS8ke3AuY291bnR9IGVhY2gpYDtcbiAgfVxufVxuXG4vKiogVGhlIGZpZWxkcyBhbiBvYmplY3QgYXQgYHBhdGhgIG1heSBoYXZlLCBmb3IgdGhlIGZpeCBvZiBhbiBgdW5yZWNvZ25pemVkX2tleXNgIGlzc3VlLiAqL1xuZnVuY3Rpb24ga25vd25GaWVsZHMocGF0aDogcmVhZG9ubHkgUHJvcGVydHlLZXlbXSk6IHN0cmluZ1tdIHwgbnVsbCB7XG4gIGNvbnN0IHNoYXBlID1cbiAgICBwYXRoLmxlbmd0aCA9PT0gMFxuICAgICAgPyBTZXJ2aWNlU2NoZW1hLnNoYXBlXG4gICAgICA6IHBhdGgubGVuZ3RoID09PSAyICYmIHBhdGhbMF0gPT09IFwiZGVwYXJ0bWVudHNcIlxuICAgICAgICA/IERlcGFydG1lbnRTY2hlbWEuc2hhcGVcbiAgICAgICAgOiBwYXRoLmxlbmd0aCA9PT0gMiAmJiBwYXRoWzBdID09PSBcInRvdWNocG9pbnRzXCJcbiAgICAgICAgICA/IFRvdWNocG9pbnRTY2hlbWEuc2hhcGVcbiAgICAgICAgICA6IHBhdGgubGVuZ3RoID09PSA0ICYmIHBhdGhbMF0gPT09IFwidG91Y2hwb2ludHNcIiAmJiBwYXRoWzJdID09PSBcInN0ZXBzXCJcbiAgICAgICAgICAgID8gU3RlcFNjaGVtYS5zaGFwZVxuICAgICAgICAgICAgOiBwYXRoLmxlbmd0aCA9PT0gMiAmJiBwYXRoWzBdID09PSBcInRyYW5zaXRpb25zXCJcbiAgICAgICAgICAgICAgPyBUcmFuc2l0aW9uU2NoZW1hLnNoYXBlXG4gICAgICAgICAgICAgIDogbnVsbDtcbiAgcmV0dXJuIHNoYXBlID8gT2JqZWN0LmtleXMoc2hhcGUpIDogbnVsbDtcbn1cblxuZnVuY3Rpb24gaXRlbU5hbWUocGF0aDogcmVhZG9ubHkgUHJvcGVydHlLZXlbXSk6IHN0cmluZyB7XG4gIGNvbnN0IGtleSA9IFN0cmluZyhwYXRoLmF0KC0xKSA/PyBcIml0ZW1cIik7XG4gIHJldHVybiBrZXkuZW5kc1dpdGgoXCJzXCIpID8ga2V5LnNsaWNlKDAsIC0xKSA6IFwiaXRlbVwiO1xufVxuXG5mdW5jdGlvbiByZWZzKHRyYW5zaXRpb25zOiBUcmFuc2l0aW9uUmVmW10pOiBzdHJpbmcge1xuICBjb25zdCBzaG93biA9IHRyYW5zaXRpb25zLnNsaWNlKDAsIExJU1RfTElNSVQpLm1hcChcbiAgICAodCkgPT4gYHRyYW5zaXRpb25zWyR7dC5pbmRleH1dIFx1MjE5MiAke3F1b3RlKHQudG8pfSR7dC5wcm9iYWJpbGl0eSA9PT0gdW5kZWZpbmVkID8gXCJcIiA6IGAgJHtyb3VuZCh0LnByb2JhYmlsaXR5KX1gfWAsXG4gICk7XG4gIGNvbnN0IHJlc3QgPSB0cmFuc2l0aW9ucy5sZW5ndGggLSBzaG93bi5sZW5ndGg7XG4gIHJldHVybiBzaG93bi5qb2luKFwiLCBcIikgKyAocmVzdCA+IDAgPyBgIGFuZCAke3Jlc3QudG9Mb2NhbGVTdHJpbmcoXCJlbi1VU1wiKX0gbW9yZWAgOiBcIlwiKTtcbn1cblxuZnVuY3Rpb24gbGlzdChpZHM6IHN0cmluZ1tdKTogc3RyaW5nIHtcbiAgaWYgKGlkcy5sZW5ndGggPT09IDApIHJldHVybiBcIm5vbmVcIjtcbiAgY29uc3QgcmVzdCA9IGlkcy5sZW5ndGggLSBMSVNUX0xJTUlUO1xuICByZXR1cm4gaWRzLnNsaWNlKDAsIExJU1RfTElNSVQpLmpvaW4oXCIsIFwiKSArIChyZXN0ID4gMCA/IGAsIFx1MjAyNiBhbmQgJHtyZXN0LnRvTG9jYWxlU3RyaW5nKFwiZW4tVVNcIil9IG1vcmVgIDogXCJcIik7XG59XG5cbi8qKiBBIHZhbHVlIGFzIHRoZSB1c2VyIHdyb3RlIGl0OiBzdHJpbmdzIHF1b3RlZCAoYW5kIGN1dCB3aGVuIGxvbmcpLCBjb250YWluZXJzIGJ5IGtpbmQuICovXG5mdW5jdGlvbiB2YWx1ZShpbnB1dDogdW5rbm93bik6IHN0cmluZyB7XG4gIGlmICh0eXBlb2YgaW5wdXQgPT09IFwic3RyaW5nXCIpIHJldHVybiBxdW90ZShpbnB1dCk7XG4gIGlmIChpbnB1dCA9PT0gbnVsbCkgcmV0dXJuIFwibnVsbFwiO1xuICBpZiAoQXJyYXkuaXNBcnJheShpbnB1dCkpIHJldHVybiBcImFuIGFycmF5XCI7XG4gIGlmICh0eXBlb2YgaW5wdXQgPT09IFwib2JqZWN0XCIpIHJldHVybiBcImFuIG9iamVjdFwiO1xuICByZXR1cm4gU3RyaW5nKGlucHV0KTtcbn1cblxuZnVuY3Rpb24gcXVvdGUodGV4dDogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIEpTT04uc3RyaW5naWZ5KHRleHQubGVuZ3RoID4gNjAgPyBgJHt0ZXh0LnNsaWNlKDAsIDU3KX1cdTIwMjZgIDogdGV4dCk7XG59XG5cbi8qKiBBIHNjaGVtYSdzIGJvdW5kIGFzIHdyaXR0ZW4gaW4gdGhlIGRvY3M6IDFlOSByYXRoZXIgdGhhbiAxMDAwMDAwMDAwLiAqL1xuZnVuY3Rpb24gYm91bmQoeDogbnVtYmVyIHwgYmlnaW50KTogc3RyaW5nIHtcbiAgcmV0dXJuIHR5cGVvZiB4ID09PSBcIm51bWJlclwiICYmIE1hdGguYWJzKHgpID49IDFlNiA/IHgudG9FeHBvbmVudGlhbCgpLnJlcGxhY2UoXCJlK1wiLCBcImVcIikgOiBTdHJpbmcoeCk7XG59XG5cbmZ1bmN0aW9uIGFydGljbGUodHlwZTogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIC9eW2FlaW91XS8udGVzdCh0eXBlKSA/IGBhbiAke3R5cGV9YCA6IGBhICR7dHlwZX1gO1xufVxuXG5mdW5jdGlvbiBwbHVyYWwobjogbnVtYmVyLCB3b3JkOiBzdHJpbmcpOiBzdHJpbmcge1xuICByZXR1cm4gbiA9PT0gMSA/IHdvcmQgOiBgJHt3b3JkfXNgO1xufVxuXG4vKiogU3VtcyBvZiBmbG9hdHMgc2hvd24gd2l0aG91dCBiaW5hcnkgbm9pc2U6IDAuNiArIDAuMyBpcyAwLjkgaGVyZS4gKi9cbmZ1bmN0aW9uIHJvdW5kKHg6IG51bWJlcik6IG51bWJlciB7XG4gIHJldHVybiBOdW1iZXIoeC50b1ByZWNpc2lvbigxMikpO1xufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay93dC9yZWFkZXIvc3JjL2FuYWx5c2lzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay93dC9yZWFkZXIvc3JjL2FuYWx5c2lzL3dhbmRlci1tZXRyaWNzLnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL3d0L3JlYWRlci9zcmMvYW5hbHlzaXMvd2FuZGVyLW1ldHJpY3MudHNcIjsvKipcbiAqIEhvdyBhIGpvdXJuZXkgd2FuZGVycyBiZXR3ZWVuIGRlcGFydG1lbnRzLlxuICpcbiAqIEBleGFtcGxlXG4gKiB3YW5kZXJNZXRyaWNzKFtcImFcIiwgXCJiXCIsIFwiY1wiXSwgW1wiZGVza1wiLCBcImxhYlwiLCBcImRlc2tcIl0pLnBpbmdQb25nczsgLy8gMVxuICovXG5leHBvcnQgaW50ZXJmYWNlIFdhbmRlck1ldHJpY3M8RCA9IHN0cmluZz4ge1xuICAvKiogRDogdGhlIGRlcGFydG1lbnQgc2VxdWVuY2Ugd2l0aCBjb25zZWN1dGl2ZSByZXBlYXRzIGNvbGxhcHNlZCAobWlzc2luZyBkZXBhcnRtZW50cyBsZWZ0IG91dCkuICovXG4gIGRlcGFydG1lbnRzOiBEW107XG4gIC8qKiB8RHwgXHUyMjEyIDEgKi9cbiAgaGFuZG9mZnM6IG51bWJlcjtcbiAgLyoqIERpcmVjdCBwaW5nLXBvbmc6IGkgd2l0aCBEXHUxRDYyID0gRFx1MUQ2Mlx1MjA4QVx1MjA4Mi4gKi9cbiAgcGluZ1BvbmdzOiBudW1iZXI7XG4gIC8qKiBEZXBhcnRtZW50IHJlLWVudHJpZXM6IHxEfCBcdTIyMTIgfHNldChEKXwsIGluZGlyZWN0IHBpbmctcG9uZyBpbmNsdWRlZC4gKi9cbiAgcmV2aXNpdHM6IG51bWJlcjtcbiAgLyoqIFRvdWNocG9pbnQgcmVwZWF0czogbiBcdTIyMTIgfHNldCh0KXwuICovXG4gIHJlcGVhdHM6IG51bWJlcjtcbn1cblxuLyoqXG4gKiBUaGUgb25lIGRlZmluaXRpb24gb2YgaGFuZC1vZmZzLCBwaW5nLXBvbmdzLCByZXZpc2l0cyBhbmQgcmVwZWF0cyBpbiBodWtrYSwgdXNlZCBmb3IgbW9kZWxcbiAqIGpvdXJuZXlzIGFuZCBmb3Igb2JzZXJ2ZWQgKGV2ZW50LWxvZykgam91cm5leXMgYWxpa2UuIFdvcmtzIG9uIGlkcyBvciBvbiBpbnRlcm5lZCBudW1iZXJzO1xuICogYSBgbnVsbGAgb3IgYHVuZGVmaW5lZGAgZGVwYXJ0bWVudCAodW5rbm93biBpbiBhIGxvZykgaXMgbGVmdCBvdXQgb2YgdGhlIGRlcGFydG1lbnQgc2VxdWVuY2Ugb25seS5cbiAqXG4gKiBAZXhhbXBsZVxuICogd2FuZGVyTWV0cmljcyhbXCJhXCIsIFwiYlwiLCBcImNcIl0sIFtcImRlc2tcIiwgXCJsYWJcIiwgXCJkZXNrXCJdKTtcbiAqIC8vIHsgZGVwYXJ0bWVudHM6IFtcImRlc2tcIiwgXCJsYWJcIiwgXCJkZXNrXCJdLCBoYW5kb2ZmczogMiwgcGluZ1BvbmdzOiAxLCByZXZpc2l0czogMSwgcmVwZWF0czogMCB9XG4gKi9cbmV4cG9ydCBmdW5jdGlvbiB3YW5kZXJNZXRyaWNzPFQsIEQ+KFxuICB0b3VjaHBvaW50czogQXJyYXlMaWtlPFQ+LFxuICBkZXBhcnRtZW50czogQXJyYXlMaWtlPEQgfCBudWxsIHwgdW5kZWZpbmVkPixcbik6IFdhbmRlck1ldHJpY3M8RD4ge1xuICBjb25zdCBydW5zOiBEW10gPSBbXTtcbiAgZm9yIChsZXQgaSA9IDA7IGkgPCBkZXBhcnRtZW50cy5sZW5ndGg7IGkrKykge1xuICAgIGNvbnN0IGQgPSBkZXBhcnRtZW50c1tpXTtcbiAgICBpZiAoZCA9PT0gbnVsbCB8fCBkID09PSB1bmRlZmluZWQpIGNvbnRpbnVlO1xuICAgIGlmIChydW5zLmxlbmd0aCA9PT0gMCB8fCBydW5zW3J1bnMubGVuZ3RoIC0gMV0gIT09IGQpIHJ1bnMucHVzaChkKTtcbiAgfVxuICBsZXQgcGluZ1BvbmdzID0gMDtcbiAgZm9yIChsZXQgaSA9IDA7IGkgKyAyIDwgcnVucy5sZW5ndGg7IGkrKykgaWYgKHJ1bnNbaV0gPT09IHJ1bnNbaSArIDJdKSBwaW5nUG9uZ3MrKztcbiAgcmV0dXJuIHtcbiAgICBkZXBhcnRtZW50czogcnVucyxcbiAgICBoYW5kb2ZmczogTWF0aC5tYXgoMCwgcnVucy5sZW5ndGggLSAxKSxcbiAgICBwaW5nUG9uZ3MsXG4gICAgcmV2aXNpdHM6IHJ1bnMubGVuZ3RoIC0gbmV3IFNldChydW5zKS5zaXplLFxuICAgIHJlcGVhdHM6IHRvdWNocG9pbnRzLmxlbmd0aCAtIG5ldyBTZXQoQXJyYXkuZnJvbSh0b3VjaHBvaW50cykpLnNpemUsXG4gIH07XG59XG4iLCAiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL3d0L3JlYWRlci9zcmMvbG9nc1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvd3QvcmVhZGVyL3NyYy9sb2dzL2V2ZW50LWxvZy50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay93dC9yZWFkZXIvc3JjL2xvZ3MvZXZlbnQtbG9nLnRzXCI7LyoqXG4gKiBUaGUgZGVwYXJ0bWVudCBpbmRleCBvZiBhbiBldmVudCB3aG9zZSBkZXBhcnRtZW50IGlzIG1pc3NpbmcgKGVtcHR5IG9yIGEgYG1pc3NpbmdgIG1hcmtlcikuXG4gKlxuICogQGV4YW1wbGVcbiAqIGNvbnN0IGQgPSBsb2cuZGVwYXJ0bWVudFtpXTtcbiAqIGNvbnN0IG5hbWUgPSBkID09PSBNSVNTSU5HX0RFUEFSVE1FTlQgPyBudWxsIDogbG9nLmRlcGFydG1lbnRzW2RdO1xuICovXG5leHBvcnQgY29uc3QgTUlTU0lOR19ERVBBUlRNRU5UID0gMHhmZmZmX2ZmZmY7XG5cbi8qKlxuICogVGhlIGN1c3RvbWVyIGluZGV4IG9mIGFuIGV2ZW50IHRoYXQgbmFtZXMgbm8gY3VzdG9tZXIgKGl0IHRha2VzIGl0cyBjYXNlJ3MpLlxuICpcbiAqIEBleGFtcGxlXG4gKiBjb25zdCBrID0gbG9nLmN1c3RvbWVyIVtpXTtcbiAqIGNvbnN0IG5hbWUgPSBrID09PSBOT19DVVNUT01FUiA/IG51bGwgOiBsb2cuY3VzdG9tZXJzIVtrXTtcbiAqL1xuZXhwb3J0IGNvbnN0IE5PX0NVU1RPTUVSID0gMHhmZmZmX2ZmZmY7XG5cbi8qKlxuICogQW4gZXZlbnQgbG9nIGhlbGQgaW4gY29sdW1uczogbWVtb3J5IGdyb3dzIHdpdGggdGhlIGV2ZW50cyBrZXB0LCBuZXZlciB3aXRoIHRoZSBmaWxlJ3MgdGV4dC5cbiAqIFN0cmluZ3MgYXJlIGludGVybmVkOiBhbiBldmVudCdzIGNhc2UsIGFjdGl2aXR5IGFuZCBkZXBhcnRtZW50IGFyZSBpbmRpY2VzIGludG8gdGhlIHN0cmluZ1xuICogdGFibGVzIGBjYXNlc2AsIGBhY3Rpdml0aWVzYCBhbmQgYGRlcGFydG1lbnRzYC5cbiAqXG4gKiBFdmVudHMgYXJlIGdyb3VwZWQgYnkgY2FzZSwgY2FzZXMgaW4gdGhlIG9yZGVyIG9mIHRoZWlyIGZpcnN0IGV2ZW50IGluIHRoZSBmaWxlOyB3aXRoaW4gYVxuICogY2FzZSBldmVudHMgYXJlIG9yZGVyZWQgYnkgdGltZSwgYW5kIGV2ZW50cyB3aXRoIHRoZSBzYW1lIHRpbWUga2VlcCB0aGVpciBmaWxlIG9yZGVyLlxuICogVGhlIGV2ZW50cyBvZiBjYXNlIGBjYCBhcmUgdGhlIGluZGljZXMgYGNhc2VTdGFydFtjXWAgdXAgdG8gKG5vdCBpbmNsdWRpbmcpIGBjYXNlU3RhcnRbYyArIDFdYC5cbiAqXG4gKiBAZXhhbXBsZVxuICogLy8gdGhlIGFjdGl2aXRpZXMgb2YgY2FzZSAwLCBpbiBvcmRlclxuICogQXJyYXkuZnJvbShsb2cuYWN0aXZpdHkuc3ViYXJyYXkobG9nLmNhc2VTdGFydFswXSwgbG9nLmNhc2VTdGFydFsxXSksIChhKSA9PiBsb2cuYWN0aXZpdGllc1thXSk7XG4gKiAvLyBbXCJFUiBSZWdpc3RyYXRpb25cIiwgXCJFUiBUcmlhZ2VcIiwgXCJFUiBTZXBzaXMgVHJpYWdlXCJdXG4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgRXZlbnRMb2cge1xuICAvKiogV2hlcmUgdGhlIGV2ZW50cyBjYW1lIGZyb20uICovXG4gIHJlYWRvbmx5IGZvcm1hdDogXCJjc3ZcIiB8IFwieGVzXCIgfCBcIm9jZWxcIjtcbiAgLyoqIFRoZSBudW1iZXIgb2YgZXZlbnRzIGtlcHQuICovXG4gIHJlYWRvbmx5IGV2ZW50czogbnVtYmVyO1xuICAvKiogQ2FzZSBuYW1lcyAoY2FzZSBpZHMpOyBjYXNlIGBjYCBpcyBgY2FzZXNbY11gLiAqL1xuICByZWFkb25seSBjYXNlczogcmVhZG9ubHkgc3RyaW5nW107XG4gIC8qKiBBY3Rpdml0eSBuYW1lczsgam9pbmVkIGZyb20gc2V2ZXJhbCBjb2x1bW5zIG9yIGF0dHJpYnV0ZXMgd2hlbiB0aGUgbWFwcGluZyBuYW1lcyBzZXZlcmFsLiAqL1xuICByZWFkb25seSBhY3Rpdml0aWVzOiByZWFkb25seSBzdHJpbmdbXTtcbiAgLyoqIERlcGFydG1lbnQgbmFtZXM7IG1pc3NpbmcgZGVwYXJ0bWVudHMgYXJlIG5vdCBpbiB0aGlzIHRhYmxlLiAqL1xuICByZWFkb25seSBkZXBhcnRtZW50czogcmVhZG9ubHkgc3RyaW5nW107XG4gIC8qKiBgY2FzZXMubGVuZ3RoICsgMWAgb2Zmc2V0cyBpbnRvIHRoZSBldmVudCBjb2x1bW5zLiAqL1xuICByZWFkb25seSBjYXNlU3RhcnQ6IFVpbnQzMkFycmF5O1xuICAvKiogUGVyIGV2ZW50OiBpbmRleCBpbnRvIGBhY3Rpdml0aWVzYC4gKi9cbiAgcmVhZG9ubHkgYWN0aXZpdHk6IFVpbnQzMkFycmF5O1xuICAvKiogUGVyIGV2ZW50OiBpbmRleCBpbnRvIGBkZXBhcnRtZW50c2AsIG9yIGBNSVNTSU5HX0RFUEFSVE1FTlRgLiAqL1xuICByZWFkb25seSBkZXBhcnRtZW50OiBVaW50MzJBcnJheTtcbiAgLyoqIFBlciBldmVudDogbWlsbGlzZWNvbmRzIHNpbmNlIDE5NzAtMDEtMDFUMDA6MDA6MDBaICh0aGUgZXZlbnQncyBjb21wbGV0aW9uIHdoZW4gaXQgaGFzIGEgc3RhcnQpLiAqL1xuICByZWFkb25seSB0aW1lOiBGbG9hdDY0QXJyYXk7XG4gIC8qKlxuICAgKiBQZXIgZXZlbnQ6IHdoZW4gdGhlIHdvcmsgb24gaXQgc3RhcnRlZCwgaW4gbWlsbGlzZWNvbmRzLCBvciBgTmFOYCBmb3IgYW4gZXZlbnQgd2l0aG91dCBhXG4gICAqIHN0YXJ0IHRpbWU7IGBudWxsYCB3aGVuIG5vIGV2ZW50IG9mIHRoZSBsb2cgaGFzIG9uZSAobm8gc3RhcnQtdGltZXN0YW1wIGNvbHVtbiwgbm8gWEVTXG4gICAqIGBzdGFydGAgZXZlbnRzKS4gRXZlbnRzIGFyZSBvcmRlcmVkIGJ5IGB0aW1lYCwgbm90IGJ5IHN0YXJ0LiBPcHRpb25hbCwgc28gdGhhdCBhIGxvZyBidWlsdFxuICAgKiBlbHNld2hlcmUgbmVlZCBub3Qgc2V0IGl0OiBhYnNlbnQgaXMgdGhlIHNhbWUgYXMgYG51bGxgLlxuICAgKi9cbiAgcmVhZG9ubHkgc3RhcnQ/OiBGbG9hdDY0QXJyYXkgfCBudWxsO1xuICAvKiogQ3VzdG9tZXIgbmFtZXMsIHdoZW4gdGhlIGxvZyB3YXMgcmVhZCB3aXRoIGEgY3VzdG9tZXIgbWFwcGluZyAoYWJzZW50IG90aGVyd2lzZSkuICovXG4gIHJlYWRvbmx5IGN1c3RvbWVycz86IHJlYWRvbmx5IHN0cmluZ1tdO1xuICAvKiogUGVyIGV2ZW50OiBpbmRleCBpbnRvIGBjdXN0b21lcnNgLCBvciBgTk9fQ1VTVE9NRVJgOyBhYnNlbnQgb3IgYG51bGxgIHdpdGhvdXQgYSBjdXN0b21lciBtYXBwaW5nLiAqL1xuICByZWFkb25seSBjdXN0b21lcj86IFVpbnQzMkFycmF5IHwgbnVsbDtcbiAgLyoqIEV2ZW50cyB0aGF0IG5hbWUgbW9yZSB0aGFuIG9uZSBjdXN0b21lciAoT0NFTCk6IGV2ZW50IGluZGV4IFx1MjE5MiB0aGUgY3VzdG9tZXJzIGJleW9uZCBgY3VzdG9tZXJbaV1gLiAqL1xuICByZWFkb25seSBtb3JlQ3VzdG9tZXJzPzogUmVhZG9ubHlNYXA8bnVtYmVyLCByZWFkb25seSBudW1iZXJbXT4gfCBudWxsO1xuICAvKiogU291cmNlIGV2ZW50cyB0aGF0IG5hbWUgbW9yZSB0aGFuIG9uZSBjdXN0b21lciAoT0NFTCksIGNvdW50ZWQgb25jZSBob3dldmVyIG1hbnkgY2FzZXMgaG9sZCB0aGVtLiAqL1xuICByZWFkb25seSBldmVudHNXaXRoU2V2ZXJhbEN1c3RvbWVycz86IG51bWJlcjtcbiAgLyoqIEJhZCByb3dzIG9yIGV2ZW50cyBza2lwcGVkIHdpdGggYHNraXBCYWRSb3dzYCAoMCBvdGhlcndpc2UpLiAqL1xuICByZWFkb25seSBza2lwcGVkOiBudW1iZXI7XG4gIC8qKiBUaGUgZmlyc3QgcHJvYmxlbXMgc2tpcHBlZCB3aXRoIGBza2lwQmFkUm93c2AgKGF0IG1vc3QgMTApLCBlYWNoIG5hbWluZyBpdHMgcGxhY2UuICovXG4gIHJlYWRvbmx5IHNraXBwZWRQcm9ibGVtczogcmVhZG9ubHkgc3RyaW5nW107XG59XG4iLCAiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL3d0L3JlYWRlci9zcmMvbWluaW5nXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay93dC9yZWFkZXIvc3JjL21pbmluZy9taW5pbmctY291bnRzLnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL3d0L3JlYWRlci9zcmMvbWluaW5nL21pbmluZy1jb3VudHMudHNcIjsvKipcbiAqIE9uZSBzdGF0ZSBvZiBhIG1pbmVkIG1vZGVsOiBhbiAoYWN0aXZpdHksIGRlcGFydG1lbnQpIHBhaXIsIHJlZmluZWQgYnkgdGhlIGRlcGFydG1lbnRzIG9mIHRoZVxuICogY3VzdG9tZXIncyBwcmV2aW91cyBydW5zIHdoZW4gYGhpc3RvcnlgID4gMC4gRXZlcnkgc3RhdGUgYmVjb21lcyBvbmUgdG91Y2hwb2ludC5cbiAqXG4gKiBAZXhhbXBsZVxuICogLy8gXCJSZXZpZXdcIiBkb25lIGJ5IHRlYW0gRzk3LCBhZnRlciBydW5zIGluIEc5NiB0aGVuIEcxMiAoaGlzdG9yeSAyKTpcbiAqIGNvbnN0IHN0YXRlOiBNaW5pbmdTdGF0ZSA9IHsgYWN0aXZpdHk6IDMsIGRlcGFydG1lbnQ6IDUsIGhpc3Rvcnk6IFs4LCAyXSwgdmlzaXRzOiA0MSwgc3RhcnRzOiAwLCBlbmRzOiA3LCBzZXJ2aWNlTWludXRlczogMCwgc2VydmljZUV2ZW50czogMCB9O1xuICovXG5leHBvcnQgaW50ZXJmYWNlIE1pbmluZ1N0YXRlIHtcbiAgLyoqIEluZGV4IGludG8gYE1pbmluZ0NvdW50cy5hY3Rpdml0aWVzYC4gKi9cbiAgYWN0aXZpdHk6IG51bWJlcjtcbiAgLyoqXG4gICAqIEluZGV4IGludG8gYE1pbmluZ0NvdW50cy5kZXBhcnRtZW50c2AgKHRoZSBkZXBhcnRtZW50IGFmdGVyIGluaGVyaXRhbmNlLCBzZWVcbiAgICogYE1pbmluZ0NvdW50cy5taXNzaW5nRGVwYXJ0bWVudGApLCBvciAtMSBmb3IgdGhlIHVua25vd24gZGVwYXJ0bWVudC5cbiAgICovXG4gIGRlcGFydG1lbnQ6IG51bWJlcjtcbiAgLyoqXG4gICAqIFRoZSBkZXBhcnRtZW50cyAoaW5kaWNlcywgLTEgPSB1bmtub3duKSBvZiB0aGUgcHJldmlvdXMgZGVwYXJ0bWVudCBydW5zIG9mIHRoZSBjYXNlLFxuICAgKiBvbGRlc3QgZmlyc3Q6IHRoZSBsYXN0IGBoaXN0b3J5YCBydW5zIGJlZm9yZSB0aGUgcnVuIHRoaXMgZXZlbnQgYmVsb25ncyB0bywgZmV3ZXIgYXQgdGhlXG4gICAqIHN0YXJ0IG9mIGEgY2FzZSAoYFtdYCBpbiB0aGUgZmlyc3QgcnVuKS4gQWx3YXlzIGBbXWAgd2hlbiBgaGlzdG9yeWAgaXMgMC5cbiAgICovXG4gIGhpc3Rvcnk6IG51bWJlcltdO1xuICAvKiogRXZlbnRzIGluIHRoaXMgc3RhdGUgKD0gZXhwZWN0ZWQgdmlzaXRzIFx1MDBENyBjYXNlcyBpbiB0aGUgbWluZWQgbW9kZWwpLiAqL1xuICB2aXNpdHM6IG51bWJlcjtcbiAgLyoqIENhc2VzIHdob3NlIGZpcnN0IGV2ZW50IGlzIGluIHRoaXMgc3RhdGUuICovXG4gIHN0YXJ0czogbnVtYmVyO1xuICAvKiogQ2FzZXMgd2hvc2UgbGFzdCBldmVudCBpcyBpbiB0aGlzIHN0YXRlLiAqL1xuICBlbmRzOiBudW1iZXI7XG4gIC8qKlxuICAgKiBcdTAzQTMgbWludXRlcyBmcm9tIHN0YXJ0IHRvIGNvbXBsZXRpb24gb3ZlciB0aGUgZXZlbnRzIG9mIHRoaXMgc3RhdGUgdGhhdCBoYXZlIGEgc3RhcnQgdGltZVxuICAgKiAoMCB3aGVuIG5vbmUgaGFzKS4gVGhlIHRvdWNocG9pbnQncyBzZXJ2aWNlIHRpbWUgaXMgYHNlcnZpY2VNaW51dGVzIC8gdmlzaXRzYDogYW4gZXZlbnRcbiAgICogd2l0aG91dCBhIHN0YXJ0IGNvdW50cyBhcyAwIG1pbnV0ZXMgb2Ygc2VydmljZSwgd2hpY2gga2VlcHMgZXZlcnkgY2FzZSdzIG1pbnV0ZXMgZXhhY3QuXG4gICAqL1xuICBzZXJ2aWNlTWludXRlczogbnVtYmVyO1xuICAvKiogSG93IG1hbnkgb2YgdGhlIGB2aXNpdHNgIGhhZCBhIHN0YXJ0IHRpbWUuICovXG4gIHNlcnZpY2VFdmVudHM6IG51bWJlcjtcbn1cblxuLyoqXG4gKiBIb3cgb2Z0ZW4gdGhlIHN0YXRlIGB0b2AgZGlyZWN0bHkgZm9sbG93cyB0aGUgc3RhdGUgYGZyb21gIHdpdGhpbiBhIGNhc2UuXG4gKlxuICogQGV4YW1wbGVcbiAqIGNvbnN0IHQ6IE1pbmluZ1RyYW5zaXRpb24gPSB7IGZyb206IDAsIHRvOiA0LCBjb3VudDogMTIsIHdhaXRNaW51dGVzOiAzNjAwIH07IC8vIG1lYW4gd2FpdCAzMDAgbWluXG4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgTWluaW5nVHJhbnNpdGlvbiB7XG4gIC8qKiBJbmRleCBpbnRvIGBNaW5pbmdDb3VudHMuc3RhdGVzYC4gKi9cbiAgZnJvbTogbnVtYmVyO1xuICB0bzogbnVtYmVyO1xuICBjb3VudDogbnVtYmVyO1xuICAvKipcbiAgICogXHUwM0EzIG1pbnV0ZXMgYmV0d2VlbiB0aGUgdHdvIGV2ZW50cyBvdmVyIHRoZSBgY291bnRgIHBhaXJzOiBmcm9tIHRoZSBmaXJzdCdzIHRpbWVzdGFtcCB0byB0aGVcbiAgICogc2Vjb25kJ3Mgc3RhcnQgd2hlbiB0aGUgc2Vjb25kIGhhcyBhIHN0YXJ0IHRpbWUsIGVsc2UgdG8gdGhlIHNlY29uZCdzIHRpbWVzdGFtcC4gQSBzdW0sIG5vdFxuICAgKiBhIG1lYW4sIHNvIHRoYXQgY291bnRzIG9mIHBhcnRzIG9mIGEgbG9nIGFkZCB1cCBleGFjdGx5LlxuICAgKi9cbiAgd2FpdE1pbnV0ZXM6IG51bWJlcjtcbiAgLyoqXG4gICAqIFx1MDNBMyB3b3JraW5nIG1pbnV0ZXMgb2YgdGhlIHNhbWUgd2FpdHMsIGVhY2ggb24gdGhlIHdvcmtpbmcgaG91cnMgb2YgdGhlIGRlcGFydG1lbnQgb2YgYHRvYFxuICAgKiAoY291bnRlZCB3aXRoIGEgY2FsZW5kYXIgb25seSkuXG4gICAqL1xuICB3b3JraW5nV2FpdE1pbnV0ZXM/OiBudW1iZXI7XG59XG5cbi8qKlxuICogVGhlIGFnZ3JlZ2F0ZSBvZiBhbiBldmVudCBsb2cgdGhhdCBhIG1pbmVkIG1vZGVsIGlzIG1hZGUgb2YgKGBjb3VudE1pbmluZ2ApLCBzbWFsbCAoaXRzIHNpemVcbiAqIGdyb3dzIHdpdGggYWN0aXZpdGllcyBcdTAwRDcgZGVwYXJ0bWVudHMgXHUwMEQ3IGhpc3RvcnksIG5vdCB3aXRoIGV2ZW50cykgYW5kIEpTT04tc2VyaWFsaXNhYmxlLCBzb1xuICogdGhhdCBhbiBlbmdpbmUgb3RoZXIgdGhhbiBodWtrYSAoRHVja0RCLCBQb3N0Z3JlcywgU3BhcmssIFx1MjAyNikgY2FuIGNvbXB1dGUgaXQgd2hlcmUgdGhlIGxvZ1xuICogbGl2ZXMgYW5kIGhhbmQgaXQgdG8gYHNlcnZpY2VGcm9tQ291bnRzYC4gRXZlcnkgZmlndXJlIGlzIGEgY291bnQgb3IgYSBzdW06IHRoZSBjb3VudHMgb2YgdHdvXG4gKiBkaXNqb2ludCBzZXRzIG9mIGNhc2VzIGFkZCB1cCBzdGF0ZSBieSBzdGF0ZSBhbmQgdHJhbnNpdGlvbiBieSB0cmFuc2l0aW9uLlxuICpcbiAqIE9yZGVyIHJ1bGVzICh3aGF0IGFub3RoZXIgZW5naW5lIG11c3QgcmVwcm9kdWNlKTpcbiAqIC0gYGFjdGl2aXRpZXNgIGFuZCBgZGVwYXJ0bWVudHNgIGFyZSBpbiBvcmRlciBvZiBmaXJzdCBhcHBlYXJhbmNlIGluIHRoZSBmaWxlICh0aGUgcm93IG9yZGVyXG4gKiAgIG9mIHRoZSBDU1YsIGRvY3VtZW50IG9yZGVyIG9mIHRoZSBYRVMpLCBhcyBgRXZlbnRMb2dgIGludGVybnMgdGhlbS4gRGVwYXJ0bWVudHMgbGlzdCBvbmx5XG4gKiAgIGtub3duIGRlcGFydG1lbnRzOyBtaXNzaW5nIG1hcmtlcnMgbmV2ZXIgYXBwZWFyLlxuICogLSBBIGNhc2UncyBldmVudHMgYXJlIG9yZGVyZWQgYnkgdGltZXN0YW1wLCB0aWVzIGluIGZpbGUgb3JkZXIuXG4gKiAtIGBzdGF0ZXNgIGFyZSBzb3J0ZWQgYnkgYWN0aXZpdHkgaW5kZXgsIHRoZW4gZGVwYXJ0bWVudCBpbmRleCAoLTEsIHRoZSB1bmtub3duIGRlcGFydG1lbnQsXG4gKiAgIGFmdGVyIGV2ZXJ5IGtub3duIG9uZSksIHRoZW4gaGlzdG9yeSBsZW5ndGgsIHRoZW4gaGlzdG9yeSBlbGVtZW50IGJ5IGVsZW1lbnQgKC0xIGxhc3QpLlxuICogLSBgdHJhbnNpdGlvbnNgIGFyZSBzb3J0ZWQgYnkgYGZyb21gLCB0aGVuIGB0b2AuXG4gKiBgc2VydmljZUZyb21Db3VudHNgIHJlLXNvcnRzIGl0cyBpbnB1dCBieSB0aGVzZSBydWxlcywgc28gdGhleSBtYXR0ZXIgZm9yIHJlcHJvZHVjaW5nIHRoZVxuICogY291bnRzIGV4YWN0bHksIG5vdCBmb3IgdGhlIG1vZGVsIGJ1aWx0IGZyb20gdGhlbS5cbiAqXG4gKiBAZXhhbXBsZVxuICogY29uc3QgY291bnRzID0gY291bnRNaW5pbmcobG9nLCB7IGhpc3Rvcnk6IDEgfSk7XG4gKiBKU09OLnBhcnNlKEpTT04uc3RyaW5naWZ5KGNvdW50cykpOyAvLyB0aGUgc2FtZSBjb3VudHNcbiAqIHNlcnZpY2VGcm9tQ291bnRzKGNvdW50cywgeyBpZDogXCJyZWNlaXB0XCIgfSk7IC8vIHRoZSBtaW5lZCBTZXJ2aWNlXG4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgTWluaW5nQ291bnRzIHtcbiAgLyoqIEFsd2F5cyBgXCJodWtrYS1taW5pbmctY291bnRzXCJgOyB3aXRoIGB2ZXJzaW9uYCwgdGVsbHMgdGhlIGZvcm1hdCBhcGFydC4gKi9cbiAgZm9ybWF0OiBcImh1a2thLW1pbmluZy1jb3VudHNcIjtcbiAgdmVyc2lvbjogMTtcbiAgLyoqIEhvdyBtYW55IHByZXZpb3VzIGRlcGFydG1lbnQgcnVucyByZWZpbmUgYSBzdGF0ZSAoMCwgMSBvciAyKS4gKi9cbiAgaGlzdG9yeTogMCB8IDEgfCAyO1xuICAvKipcbiAgICogYGluaGVyaXRgOiBhbiBldmVudCB3aXRoIGEgbWlzc2luZyBkZXBhcnRtZW50IHRha2VzIHRoZSBkZXBhcnRtZW50IG9mIHRoZSBjYXNlJ3MgcHJldmlvdXNcbiAgICogZXZlbnQgd2l0aCBhIGtub3duIG9uZSAobGVhZGluZyBldmVudHM6IHRoZSBmaXJzdCBrbm93biBvbmU7IGEgY2FzZSB3aXRoIG5vbmUgYXQgYWxsOlxuICAgKiB1bmtub3duLCAtMSkuIGB1bmtub3duYDogaXQgaXMgaW4gdGhlIHVua25vd24gZGVwYXJ0bWVudC5cbiAgICovXG4gIG1pc3NpbmdEZXBhcnRtZW50OiBcImluaGVyaXRcIiB8IFwidW5rbm93blwiO1xuICAvKiogQ2FzZXMgd2l0aCBhdCBsZWFzdCBvbmUgZXZlbnQuICovXG4gIGNhc2VzOiBudW1iZXI7XG4gIGV2ZW50czogbnVtYmVyO1xuICAvKiogQWN0aXZpdHkgbmFtZXMuICovXG4gIGFjdGl2aXRpZXM6IHN0cmluZ1tdO1xuICAvKiogS25vd24gZGVwYXJ0bWVudCBuYW1lcy4gKi9cbiAgZGVwYXJ0bWVudHM6IHN0cmluZ1tdO1xuICAvKiogV2hldGhlciBhbnkgZXZlbnQgaGFkIGEgc3RhcnQgdGltZSAodGhlbiB0b3VjaHBvaW50cyBnZXQgc2VydmljZSB0aW1lIGZyb20gYHNlcnZpY2VNaW51dGVzYCkuICovXG4gIGhhc1N0YXJ0VGltZXM6IGJvb2xlYW47XG4gIC8qKiBUaGUgY2FsZW5kYXIncyB3b3JraW5nIGRheSBpbiBtaW51dGVzLCB3aGVuIHRoZSB3YWl0cyB3ZXJlIGNvdW50ZWQgb24gYSBjYWxlbmRhciB0b28uICovXG4gIHdvcmtpbmdEYXlNaW51dGVzPzogbnVtYmVyO1xuICBzdGF0ZXM6IE1pbmluZ1N0YXRlW107XG4gIHRyYW5zaXRpb25zOiBNaW5pbmdUcmFuc2l0aW9uW107XG59XG5cbi8qKlxuICogVGhlIGNhbm9uaWNhbCBvcmRlciBvZiB0aGUgc3RhdGVzIChzZWUgYE1pbmluZ0NvdW50c2ApOiBhIGNvbXBhcmlzb24gb2YgdHdvIHN0YXRlcy5cbiAqXG4gKiBAZXhhbXBsZVxuICogWy4uLmNvdW50cy5zdGF0ZXNdLnNvcnQoY29tcGFyZU1pbmluZ1N0YXRlcyk7XG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjb21wYXJlTWluaW5nU3RhdGVzKGE6IFBpY2s8TWluaW5nU3RhdGUsIFwiYWN0aXZpdHlcIiB8IFwiZGVwYXJ0bWVudFwiIHwgXCJoaXN0b3J5XCI+LCBiOiBQaWNrPE1pbmluZ1N0YXRlLCBcImFjdGl2aXR5XCIgfCBcImRlcGFydG1lbnRcIiB8IFwiaGlzdG9yeVwiPik6IG51bWJlciB7XG4gIGNvbnN0IGxhc3QgPSAoZDogbnVtYmVyKSA9PiAoZCA8IDAgPyBOdW1iZXIuTUFYX1NBRkVfSU5URUdFUiA6IGQpO1xuICBpZiAoYS5hY3Rpdml0eSAhPT0gYi5hY3Rpdml0eSkgcmV0dXJuIGEuYWN0aXZpdHkgLSBiLmFjdGl2aXR5O1xuICBpZiAoYS5kZXBhcnRtZW50ICE9PSBiLmRlcGFydG1lbnQpIHJldHVybiBsYXN0KGEuZGVwYXJ0bWVudCkgLSBsYXN0KGIuZGVwYXJ0bWVudCk7XG4gIGlmIChhLmhpc3RvcnkubGVuZ3RoICE9PSBiLmhpc3RvcnkubGVuZ3RoKSByZXR1cm4gYS5oaXN0b3J5Lmxlbmd0aCAtIGIuaGlzdG9yeS5sZW5ndGg7XG4gIGZvciAobGV0IGsgPSAwOyBrIDwgYS5oaXN0b3J5Lmxlbmd0aDsgaysrKSB7XG4gICAgaWYgKGEuaGlzdG9yeVtrXSAhPT0gYi5oaXN0b3J5W2tdKSByZXR1cm4gbGFzdChhLmhpc3Rvcnlba10hKSAtIGxhc3QoYi5oaXN0b3J5W2tdISk7XG4gIH1cbiAgcmV0dXJuIDA7XG59XG4iLCAiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL3d0L3JlYWRlci9zcmMvbWluaW5nXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay93dC9yZWFkZXIvc3JjL21pbmluZy9jb3VudC1taW5pbmcudHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfaW1wb3J0X21ldGFfdXJsID0gXCJmaWxlOi8vL3dvcmsvd3QvcmVhZGVyL3NyYy9taW5pbmcvY291bnQtbWluaW5nLnRzXCI7aW1wb3J0IHsgTUlTU0lOR19ERVBBUlRNRU5ULCB0eXBlIEV2ZW50TG9nIH0gZnJvbSBcIi4uL2xvZ3MvZXZlbnQtbG9nLmpzXCI7XG5pbXBvcnQgdHlwZSB7IENhbGVuZGFyIH0gZnJvbSBcIi4uL3dvcmtpbmctdGltZS9jYWxlbmRhci5qc1wiO1xuaW1wb3J0IHsgY29tcGFyZU1pbmluZ1N0YXRlcywgdHlwZSBNaW5pbmdDb3VudHMsIHR5cGUgTWluaW5nU3RhdGUsIHR5cGUgTWluaW5nVHJhbnNpdGlvbiB9IGZyb20gXCIuL21pbmluZy1jb3VudHMuanNcIjtcblxuLyoqXG4gKiBPcHRpb25zIG9mIGBjb3VudE1pbmluZ2AgKGFuZCBvZiBgbWluZVNlcnZpY2VgKS5cbiAqXG4gKiBAZXhhbXBsZVxuICogY291bnRNaW5pbmcobG9nLCB7IGhpc3Rvcnk6IDEsIG1pc3NpbmdEZXBhcnRtZW50OiBcInVua25vd25cIiB9KTtcbiAqL1xuZXhwb3J0IGludGVyZmFjZSBDb3VudE1pbmluZ09wdGlvbnMge1xuICAvKiogSG93IGFuIGV2ZW50IHdpdGggYSBtaXNzaW5nIGRlcGFydG1lbnQgaXMgcGxhY2VkOyBzZWUgYE1pbmluZ0NvdW50cy5taXNzaW5nRGVwYXJ0bWVudGAuICovXG4gIG1pc3NpbmdEZXBhcnRtZW50PzogXCJpbmhlcml0XCIgfCBcInVua25vd25cIjtcbiAgLyoqIEhvdyBtYW55IHByZXZpb3VzIGRlcGFydG1lbnQgcnVucyByZWZpbmUgYSB0b3VjaHBvaW50OiAwLCAxIG9yIDIuICovXG4gIGhpc3Rvcnk/OiAwIHwgMSB8IDI7XG4gIC8qKiBDb3VudCBlYWNoIHdhaXQgb24gdGhpcyBjYWxlbmRhcidzIHdvcmtpbmcgY2xvY2sgdG9vIChgd29ya2luZ1dhaXRNaW51dGVzYCk7IHNlZSBgcGFyc2VDYWxlbmRhcmAuICovXG4gIGNhbGVuZGFyPzogQ2FsZW5kYXIgfCBudWxsO1xufVxuXG4vKipcbiAqIFRoZSBkZWZhdWx0cyBvZiBgY291bnRNaW5pbmdgIGFuZCBgbWluZVNlcnZpY2VgLCBkZWNsYXJlZCBvbmNlLlxuICpcbiAqIEBleGFtcGxlXG4gKiBNSU5JTkdfREVGQVVMVFMuaGlzdG9yeTsgLy8gMlxuICovXG5leHBvcnQgY29uc3QgTUlOSU5HX0RFRkFVTFRTOiBSZWFkb25seTxSZXF1aXJlZDxDb3VudE1pbmluZ09wdGlvbnM+PiA9IE9iamVjdC5mcmVlemUoeyBtaXNzaW5nRGVwYXJ0bWVudDogXCJpbmhlcml0XCIsIGhpc3Rvcnk6IDIsIGNhbGVuZGFyOiBudWxsIH0pO1xuXG5jb25zdCBNU19QRVJfTUlOVVRFID0gNjBfMDAwO1xuY29uc3QgVU5LTk9XTiA9IC0xO1xuXG4vKiogQ2hlY2tzIHRoZSBvcHRpb25zIGFuZCBmaWxscyBpbiB0aGUgZGVmYXVsdHM7IGEgYmFkIHZhbHVlIG5hbWVzIGl0c2VsZiBhbmQgdGhlIGNob2ljZXMuICovXG5leHBvcnQgZnVuY3Rpb24gcmVzb2x2ZU1pbmluZ09wdGlvbnMob3B0aW9uczogQ291bnRNaW5pbmdPcHRpb25zKTogUmVxdWlyZWQ8Q291bnRNaW5pbmdPcHRpb25zPiB7XG4gIGNvbnN0IHsgbWlzc2luZ0RlcGFydG1lbnQsIGhpc3RvcnksIGNhbGVuZGFyIH0gPSB7IC4uLk1JTklOR19ERUZBVUxUUywgLi4uc3RyaXBVbmRlZmluZWQob3B0aW9ucykgfTtcbiAgaWYgKG1pc3NpbmdEZXBhcnRtZW50ICE9PSBcImluaGVyaXRcIiAmJiBtaXNzaW5nRGVwYXJ0bWVudCAhPT0gXCJ1bmtub3duXCIpIHtcbiAgICB0aHJvdyBuZXcgUmFuZ2VFcnJvcihgaW52YWxpZCBtaXNzaW5nRGVwYXJ0bWVudCAke0pTT04uc3RyaW5naWZ5KG1pc3NpbmdEZXBhcnRtZW50KX06IHVzZSBcImluaGVyaXRcIiBvciBcInVua25vd25cImApO1xuICB9XG4gIGlmIChoaXN0b3J5ICE9PSAwICYmIGhpc3RvcnkgIT09IDEgJiYgaGlzdG9yeSAhPT0gMikge1xuICAgIHRocm93IG5ldyBSYW5nZUVycm9yKGBpbnZhbGlkIGhpc3RvcnkgJHtKU09OLnN0cmluZ2lmeShoaXN0b3J5KX06IHVzZSAwLCAxIG9yIDIgKHByZXZpb3VzIGRlcGFydG1lbnQgcnVucyBhIHRvdWNocG9pbnQgcmVtZW1iZXJzKWApO1xuICB9XG4gIHJldHVybiB7IG1pc3NpbmdEZXBhcnRtZW50LCBoaXN0b3J5LCBjYWxlbmRhciB9O1xufVxuXG5mdW5jdGlvbiBzdHJpcFVuZGVmaW5lZDxUIGV4dGVuZHMgb2JqZWN0PihvOiBUKTogUGFydGlhbDxUPiB7XG4gIHJldHVybiBPYmplY3QuZnJvbUVudHJpZXMoT2JqZWN0LmVudHJpZXMobykuZmlsdGVyKChbLCB2XSkgPT4gdiAhPT0gdW5kZWZpbmVkKSkgYXMgUGFydGlhbDxUPjtcbn1cblxuLyoqXG4gKiBDb3VudHMgd2hhdCBhIG1pbmVkIG1vZGVsIGlzIG1hZGUgb2YgKHNlZSBgTWluaW5nQ291bnRzYCk6IHBlciBjYXNlLCBldmVudHMgb3JkZXJlZCBieSB0aW1lLFxuICogZWFjaCBldmVudCdzIGRlcGFydG1lbnQgYWZ0ZXIgaW5oZXJpdGFuY2UsIGl0cyBkZXBhcnRtZW50IHJ1bnMsIGFuZCBpdHMgc3RhdGUgPSAoYWN0aXZpdHksXG4gKiBkZXBhcnRtZW50LCBkZXBhcnRtZW50cyBvZiB0aGUgbGFzdCBgaGlzdG9yeWAgcnVucyBiZWZvcmUgaXRzIG93bik7IHRoZW4gcGVyIHN0YXRlIHRoZVxuICogdmlzaXRzLCBzdGFydHMsIGVuZHMgYW5kIHNlcnZpY2UgbWludXRlcywgYW5kIHBlciBkaXJlY3RseS1mb2xsb3dzIHBhaXIgb2Ygc3RhdGVzIHRoZSBjb3VudFxuICogYW5kIHRoZSBzdW1tZWQgd2FpdC4gT25lIHBhc3Mgb3ZlciB0aGUgZXZlbnRzOyB0aGUgbG9nIGlzIG5vdCBjaGFuZ2VkLlxuICpcbiAqIEBleGFtcGxlXG4gKiAvLyBvbmUgY2FzZTogY2FsbChkZXNrKSAwIG1pbiBcdTIxOTIgdGVzdChsYWIpIDEwIFx1MjE5MiB0YWxrKGRlc2spIDQwLCBoaXN0b3J5IDFcbiAqIGNvbnN0IGNvdW50cyA9IGNvdW50TWluaW5nKGxvZywgeyBoaXN0b3J5OiAxIH0pO1xuICogY291bnRzLnN0YXRlcy5tYXAoKHMpID0+IFtjb3VudHMuYWN0aXZpdGllc1tzLmFjdGl2aXR5XSwgcy5oaXN0b3J5Lm1hcCgoZCkgPT4gY291bnRzLmRlcGFydG1lbnRzW2RdKV0pO1xuICogLy8gW1tcImNhbGxcIiwgW11dLCBbXCJ0ZXN0XCIsIFtcImRlc2tcIl1dLCBbXCJ0YWxrXCIsIFtcImxhYlwiXV1dXG4gKiBjb3VudHMudHJhbnNpdGlvbnM7IC8vIFt7IGZyb206IDAsIHRvOiAxLCBjb3VudDogMSwgd2FpdE1pbnV0ZXM6IDEwIH0sIHsgZnJvbTogMSwgdG86IDIsIGNvdW50OiAxLCB3YWl0TWludXRlczogMzAgfV1cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNvdW50TWluaW5nKGxvZzogRXZlbnRMb2csIG9wdGlvbnM6IENvdW50TWluaW5nT3B0aW9ucyA9IHt9KTogTWluaW5nQ291bnRzIHtcbiAgY29uc3QgeyBtaXNzaW5nRGVwYXJ0bWVudCwgaGlzdG9yeSwgY2FsZW5kYXIgfSA9IHJlc29sdmVNaW5pbmdPcHRpb25zKG9wdGlvbnMpO1xuICBjb25zdCB7IGNhc2VTdGFydCwgYWN0aXZpdHksIGRlcGFydG1lbnQsIHRpbWUgfSA9IGxvZztcbiAgLy8gd2l0aCBhIGNhbGVuZGFyLCBlYWNoIHdhaXQgaXMgYWxzbyBtZWFzdXJlZCBvbiB0aGUgaG91cnMgb2YgdGhlIGRlcGFydG1lbnQgd2FpdGVkIGZvclxuICBjb25zdCBob3VycyA9IGNhbGVuZGFyICYmIGxvZy5kZXBhcnRtZW50cy5tYXAoKG5hbWUpID0+IGNhbGVuZGFyLmhvdXJzKG5hbWUpKTtcbiAgY29uc3QgdW5rbm93bkhvdXJzID0gY2FsZW5kYXI/LmhvdXJzKG51bGwpO1xuICBjb25zdCBzdGFydCA9IGxvZy5zdGFydCA/PyBudWxsO1xuICBjb25zdCBEID0gbG9nLmRlcGFydG1lbnRzLmxlbmd0aDtcbiAgLy8gQSBzdGF0ZSdzIGtleSBwYWNrcyAoYWN0aXZpdHksIGRlcGFydG1lbnQsIGhpc3RvcnkpIGludG8gb25lIG51bWJlciB3aGVuIGl0IGZpdHMgKGJhc2UgQlxuICAvLyBwZXIgZGVwYXJ0bWVudCBzbG90OiAwID0gbm8gcnVuLCAxID0gdW5rbm93biwgZCArIDIgPSBkZXBhcnRtZW50IGQpLCBlbHNlIGludG8gYSBzdHJpbmcuXG4gIGNvbnN0IEIgPSBEICsgMjtcbiAgY29uc3QgbnVtZXJpYyA9IGxvZy5hY3Rpdml0aWVzLmxlbmd0aCAqIEIgKiogMyA8IE51bWJlci5NQVhfU0FGRV9JTlRFR0VSO1xuICBjb25zdCBzdGF0ZUluZGV4ID0gbmV3IE1hcDxudW1iZXIgfCBzdHJpbmcsIG51bWJlcj4oKTtcbiAgY29uc3Qgc3RhdGVzOiBNaW5pbmdTdGF0ZVtdID0gW107XG4gIGNvbnN0IHRyYW5zaXRpb25JbmRleCA9IG5ldyBNYXA8bnVtYmVyLCBudW1iZXI+KCk7XG4gIGNvbnN0IHRyYW5zaXRpb25zOiBNaW5pbmdUcmFuc2l0aW9uW10gPSBbXTtcbiAgY29uc3QgcGFpcktleSA9IChmcm9tOiBudW1iZXIsIHRvOiBudW1iZXIpID0+IGZyb20gKiAweDEwMDBfMDAwMCArIHRvO1xuXG4gIGxldCBkZXBhcnRtZW50cyA9IG5ldyBJbnQzMkFycmF5KDY0KTsgLy8gcGVyIGV2ZW50IG9mIHRoZSBjdXJyZW50IGNhc2UsIGFmdGVyIGluaGVyaXRhbmNlXG4gIGxldCBjYXNlcyA9IDA7XG4gIGZvciAobGV0IGMgPSAwOyBjICsgMSA8IGNhc2VTdGFydC5sZW5ndGg7IGMrKykge1xuICAgIGNvbnN0IGZyb20gPSBjYXNlU3RhcnRbY10hO1xuICAgIGNvbnN0IHRvID0gY2FzZVN0YXJ0W2MgKyAxXSE7XG4gICAgaWYgKGZyb20gPT09IHRvKSBjb250aW51ZTtcbiAgICBjYXNlcysrO1xuICAgIGlmIChkZXBhcnRtZW50cy5sZW5ndGggPCB0byAtIGZyb20pIGRlcGFydG1lbnRzID0gbmV3IEludDMyQXJyYXkoMiAqICh0byAtIGZyb20pKTtcbiAgICBwbGFjZURlcGFydG1lbnRzKGRlcGFydG1lbnQsIGZyb20sIHRvLCBtaXNzaW5nRGVwYXJ0bWVudCwgZGVwYXJ0bWVudHMpO1xuXG4gICAgbGV0IGgxID0gMDsgLy8gdGhlIHJ1biBiZWZvcmUgdGhlIGN1cnJlbnQgb25lIChzbG90IGNvZGUpLCAwIHdoZW4gbm9uZVxuICAgIGxldCBoMiA9IDA7IC8vIHRoZSBvbmUgYmVmb3JlIHRoYXRcbiAgICBsZXQgY3VycmVudCA9IGRlcGFydG1lbnRzWzBdITtcbiAgICBsZXQgcHJldmlvdXNTdGF0ZSA9IC0xO1xuICAgIGZvciAobGV0IGkgPSBmcm9tOyBpIDwgdG87IGkrKykge1xuICAgICAgY29uc3QgZCA9IGRlcGFydG1lbnRzW2kgLSBmcm9tXSE7XG4gICAgICBpZiAoaSA+IGZyb20gJiYgZCAhPT0gY3VycmVudCkge1xuICAgICAgICBoMiA9IGgxO1xuICAgICAgICBoMSA9IGN1cnJlbnQgKyAyO1xuICAgICAgICBjdXJyZW50ID0gZDtcbiAgICAgIH1cbiAgICAgIGNvbnN0IGEgPSBhY3Rpdml0eVtpXSE7XG4gICAgICBjb25zdCBzbG90MSA9IGhpc3RvcnkgPj0gMSA/IGgxIDogMDtcbiAgICAgIGNvbnN0IHNsb3QyID0gaGlzdG9yeSA+PSAyID8gaDIgOiAwO1xuICAgICAgY29uc3Qga2V5ID0gbnVtZXJpYyA/ICgoYSAqIEIgKyAoZCArIDIpKSAqIEIgKyBzbG90MSkgKiBCICsgc2xvdDIgOiBgJHthfSwke2R9LCR7c2xvdDF9LCR7c2xvdDJ9YDtcbiAgICAgIGxldCBzID0gc3RhdGVJbmRleC5nZXQoa2V5KTtcbiAgICAgIGlmIChzID09PSB1bmRlZmluZWQpIHtcbiAgICAgICAgcyA9IHN0YXRlcy5sZW5ndGg7XG4gICAgICAgIGNvbnN0IHBhc3QgPSBbc2xvdDIsIHNsb3QxXS5maWx0ZXIoKHNsb3QpID0+IHNsb3QgPiAwKS5tYXAoKHNsb3QpID0+IHNsb3QgLSAyKTtcbiAgICAgICAgc3RhdGVzLnB1c2goeyBhY3Rpdml0eTogYSwgZGVwYXJ0bWVudDogZCwgaGlzdG9yeTogcGFzdCwgdmlzaXRzOiAwLCBzdGFydHM6IDAsIGVuZHM6IDAsIHNlcnZpY2VNaW51dGVzOiAwLCBzZXJ2aWNlRXZlbnRzOiAwIH0pO1xuICAgICAgICBzdGF0ZUluZGV4LnNldChrZXksIHMpO1xuICAgICAgfVxuICAgICAgY29uc3Qgc3RhdGUgPSBzdGF0ZXNbc10hO1xuICAgICAgc3RhdGUudmlzaXRzKys7XG4gICAgICBpZiAoaSA9PT0gZnJvbSkgc3RhdGUuc3RhcnRzKys7XG4gICAgICBpZiAoaSA9PT0gdG8gLSAxKSBzdGF0ZS5lbmRzKys7XG4gICAgICBjb25zdCBzdGFydGVkID0gc3RhcnQgPT09IG51bGwgPyBOdW1iZXIuTmFOIDogc3RhcnRbaV0hO1xuICAgICAgaWYgKCFOdW1iZXIuaXNOYU4oc3RhcnRlZCkpIHtcbiAgICAgICAgc3RhdGUuc2VydmljZU1pbnV0ZXMgKz0gKHRpbWVbaV0hIC0gc3RhcnRlZCkgLyBNU19QRVJfTUlOVVRFO1xuICAgICAgICBzdGF0ZS5zZXJ2aWNlRXZlbnRzKys7XG4gICAgICB9XG4gICAgICBpZiAocHJldmlvdXNTdGF0ZSA+PSAwKSB7XG4gICAgICAgIGNvbnN0IGsgPSBwYWlyS2V5KHByZXZpb3VzU3RhdGUsIHMpO1xuICAgICAgICBsZXQgdCA9IHRyYW5zaXRpb25JbmRleC5nZXQoayk7XG4gICAgICAgIGlmICh0ID09PSB1bmRlZmluZWQpIHtcbiAgICAgICAgICB0ID0gdHJhbnNpdGlvbnMubGVuZ3RoO1xuICAgICAgICAgIHRyYW5zaXRpb25zLnB1c2goeyBmcm9tOiBwcmV2aW91c1N0YXRlLCB0bzogcywgY291bnQ6IDAsIHdhaXRNaW51dGVzOiAwLCAuLi4oaG91cnMgJiYgeyB3b3JraW5nV2FpdE1pbnV0ZXM6IDAgfSkgfSk7XG4gICAgICAgICAgdHJhbnNpdGlvbkluZGV4LnNldChrLCB0KTtcbiAgICAgICAgfVxuICAgICAgICBjb25zdCBhcnJpdmVkID0gTnVtYmVyLmlzTmFOKHN0YXJ0ZWQpID8gdGltZVtpXSEgOiBzdGFydGVkO1xuICAgICAgICB0cmFuc2l0aW9uc1t0XSEuY291bnQrKztcbiAgICAgICAgdHJhbnNpdGlvbnNbdF0hLndhaXRNaW51dGVzICs9IChhcnJpdmVkIC0gdGltZVtpIC0gMV0hKSAvIE1TX1BFUl9NSU5VVEU7XG4gICAgICAgIGlmIChob3VycykgdHJhbnNpdGlvbnNbdF0hLndvcmtpbmdXYWl0TWludXRlcyEgKz0gKGQgPCAwID8gdW5rbm93bkhvdXJzISA6IGhvdXJzW2RdISkubWludXRlc0JldHdlZW4odGltZVtpIC0gMV0hLCBhcnJpdmVkKTtcbiAgICAgIH1cbiAgICAgIHByZXZpb3VzU3RhdGUgPSBzO1xuICAgIH1cbiAgfVxuICByZXR1cm4gY2Fub25pY2FsKHtcbiAgICBmb3JtYXQ6IFwiaHVra2EtbWluaW5nLWNvdW50c1wiLFxuICAgIHZlcnNpb246IDEsXG4gICAgaGlzdG9yeSxcbiAgICBtaXNzaW5nRGVwYXJ0bWVudCxcbiAgICBjYXNlcyxcbiAgICBldmVudHM6IGxvZy5ldmVudHMsXG4gICAgYWN0aXZpdGllczogWy4uLmxvZy5hY3Rpdml0aWVzXSxcbiAgICBkZXBhcnRtZW50czogWy4uLmxvZy5kZXBhcnRtZW50c10sXG4gICAgaGFzU3RhcnRUaW1lczogc3RhcnQgIT09IG51bGwgJiYgc3RhdGVzLnNvbWUoKHMpID0+IHMuc2VydmljZUV2ZW50cyA+IDApLFxuICAgIC4uLihjYWxlbmRhciAmJiB7IHdvcmtpbmdEYXlNaW51dGVzOiBjYWxlbmRhci5kYXlNaW51dGVzIH0pLFxuICAgIHN0YXRlcyxcbiAgICB0cmFuc2l0aW9ucyxcbiAgfSk7XG59XG5cbi8qKlxuICogV3JpdGVzIGludG8gYG91dFswIC4uIHRvIFx1MjIxMiBmcm9tKWAgdGhlIGRlcGFydG1lbnQgaW5kZXggb2YgZWFjaCBldmVudCBvZiBvbmUgY2FzZToga25vd24gb25lc1xuICogYXMgdGhleSBhcmU7IG1pc3Npbmcgb25lcyBpbmhlcml0ZWQgZnJvbSB0aGUgcHJldmlvdXMga25vd24gZXZlbnQgKGxlYWRpbmcgb25lcyBmcm9tIHRoZVxuICogZmlyc3Qga25vd24gZXZlbnQ7IG5vbmUga25vd246IHVua25vd24sIC0xKSBvciwgd2l0aCBgdW5rbm93bmAsIHRoZSB1bmtub3duIGRlcGFydG1lbnQuIFRoZVxuICogbWluZWQgbW9kZWwncyBwbGFjZW1lbnQsIHNoYXJlZCB3aXRoIHRoZSByZXBsYXkgb2YgYSByZWRlc2lnbiBvbiB0aGUgY2FzZXMuXG4gKlxuICogQGV4YW1wbGVcbiAqIHBsYWNlRGVwYXJ0bWVudHMobG9nLmRlcGFydG1lbnQsIGxvZy5jYXNlU3RhcnRbMF0sIGxvZy5jYXNlU3RhcnRbMV0sIFwiaW5oZXJpdFwiLCBvdXQpO1xuICovXG5leHBvcnQgZnVuY3Rpb24gcGxhY2VEZXBhcnRtZW50cyhkZXBhcnRtZW50OiBVaW50MzJBcnJheSwgZnJvbTogbnVtYmVyLCB0bzogbnVtYmVyLCBydWxlOiBcImluaGVyaXRcIiB8IFwidW5rbm93blwiLCBvdXQ6IEludDMyQXJyYXkpOiB2b2lkIHtcbiAgbGV0IGtub3duOiBudW1iZXIgPSBVTktOT1dOO1xuICBpZiAocnVsZSA9PT0gXCJpbmhlcml0XCIpIHtcbiAgICBmb3IgKGxldCBpID0gZnJvbTsgaSA8IHRvICYmIGtub3duID09PSBVTktOT1dOOyBpKyspIGlmIChkZXBhcnRtZW50W2ldICE9PSBNSVNTSU5HX0RFUEFSVE1FTlQpIGtub3duID0gZGVwYXJ0bWVudFtpXSE7XG4gIH1cbiAgZm9yIChsZXQgaSA9IGZyb207IGkgPCB0bzsgaSsrKSB7XG4gICAgY29uc3QgZCA9IGRlcGFydG1lbnRbaV0hO1xuICAgIGlmIChkICE9PSBNSVNTSU5HX0RFUEFSVE1FTlQpIGtub3duID0gZDtcbiAgICBvdXRbaSAtIGZyb21dID0gZCAhPT0gTUlTU0lOR19ERVBBUlRNRU5UID8gZCA6IHJ1bGUgPT09IFwiaW5oZXJpdFwiID8ga25vd24gOiBVTktOT1dOO1xuICB9XG59XG5cbi8qKiBUaGUgY291bnRzIHdpdGggc3RhdGVzIGFuZCB0cmFuc2l0aW9ucyBpbiB0aGUgY2Fub25pY2FsIG9yZGVyIG9mIGBNaW5pbmdDb3VudHNgLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNhbm9uaWNhbChjb3VudHM6IE1pbmluZ0NvdW50cyk6IE1pbmluZ0NvdW50cyB7XG4gIGNvbnN0IG9yZGVyID0gY291bnRzLnN0YXRlcy5tYXAoKF8sIHMpID0+IHMpLnNvcnQoKGEsIGIpID0+IGNvbXBhcmVNaW5pbmdTdGF0ZXMoY291bnRzLnN0YXRlc1thXSEsIGNvdW50cy5zdGF0ZXNbYl0hKSk7XG4gIGNvbnN0IHJhbmsgPSBuZXcgSW50MzJBcnJheShvcmRlci5sZW5ndGgpO1xuICBvcmRlci5mb3JFYWNoKChzLCByKSA9PiAocmFua1tzXSA9IHIpKTtcbiAgcmV0dXJuIHtcbiAgICAuLi5jb3VudHMsXG4gICAgc3RhdGVzOiBvcmRlci5tYXAoKHMpID0+IGNvdW50cy5zdGF0ZXNbc10hKSxcbiAgICB0cmFuc2l0aW9uczogY291bnRzLnRyYW5zaXRpb25zXG4gICAgICAubWFwKCh0KSA9PiAoeyAuLi50LCBmcm9tOiByYW5rW3QuZnJvbV0hLCB0bzogcmFua1t0LnRvXSEgfSkpXG4gICAgICAuc29ydCgoYSwgYikgPT4gYS5mcm9tIC0gYi5mcm9tIHx8IGEudG8gLSBiLnRvKSxcbiAgfTtcbn1cbiIsICJjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZGlybmFtZSA9IFwiL3dvcmsvd3QvcmVhZGVyL3NyYy9sb2ctcmVwb3J0XCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay93dC9yZWFkZXIvc3JjL2xvZy1yZXBvcnQvYWN0aXZpdHktZmxvd3MudHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfaW1wb3J0X21ldGFfdXJsID0gXCJmaWxlOi8vL3dvcmsvd3QvcmVhZGVyL3NyYy9sb2ctcmVwb3J0L2FjdGl2aXR5LWZsb3dzLnRzXCI7aW1wb3J0IHR5cGUgeyBFdmVudExvZyB9IGZyb20gXCIuLi9sb2dzL2V2ZW50LWxvZy5qc1wiO1xuXG4vKiogQSBkaXJlY3RseS1mb2xsb3dzIHBhaXIgb2YgYWN0aXZpdGllcyAoaW5kaWNlcyBpbnRvIGBsb2cuYWN0aXZpdGllc2ApLiAqL1xuZXhwb3J0IGludGVyZmFjZSBBY3Rpdml0eVBhaXIge1xuICBmcm9tOiBudW1iZXI7XG4gIHRvOiBudW1iZXI7XG4gIC8qKiBIb3cgb2Z0ZW4gYHRvYCBkaXJlY3RseSBmb2xsb3dzIGBmcm9tYCB3aXRoaW4gYSBjYXNlLiAqL1xuICBjb3VudDogbnVtYmVyO1xuICAvKiogXHUwM0EzIG1pbnV0ZXMgYmV0d2VlbiB0aGUgdHdvIGV2ZW50cy4gKi9cbiAgdG90YWxNaW51dGVzOiBudW1iZXI7XG59XG5cbi8qKiBEaXJlY3RseS1mb2xsb3dzIHBhaXJzLCBhbmQgcGVyIGFjdGl2aXR5IGhvdyBtYW55IGNhc2VzIHN0YXJ0IGFuZCBlbmQgd2l0aCBpdC4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgQWN0aXZpdHlGbG93cyB7XG4gIHBhaXJzOiBBY3Rpdml0eVBhaXJbXTtcbiAgc3RhcnRzOiBVaW50MzJBcnJheTtcbiAgZW5kczogVWludDMyQXJyYXk7XG59XG5cbi8qKlxuICogQ291bnRzIGRpcmVjdGx5LWZvbGxvd3MgcGFpcnMgb2YgYWN0aXZpdGllcyBvdmVyIGV2ZXJ5IGNhc2UsIHdpdGggdGhlIG1pbnV0ZXMgYmV0d2VlbiB0aGVcbiAqIHR3byBldmVudHMsIGFuZCB0aGUgc3RhcnQgYW5kIGVuZCBhY3Rpdml0eSBvZiBldmVyeSBjYXNlLiBQYWlycyBjb21lIGluIG9yZGVyIG9mIGZpcnN0XG4gKiBhcHBlYXJhbmNlLiBTaGFyZWQgYnkgYGFuYWx5c2VMb2dgIGFuZCBgbWluZVNlcnZpY2VgLlxuICpcbiAqIEBleGFtcGxlXG4gKiAvLyBvbmUgY2FzZSBhIFx1MjE5MiBiIFx1MjE5MiBhIGF0IG1pbnV0ZXMgMCwgNSwgNjpcbiAqIGFjdGl2aXR5Rmxvd3MobG9nKS5wYWlyczsgLy8gW3sgZnJvbTogMCwgdG86IDEsIGNvdW50OiAxLCB0b3RhbE1pbnV0ZXM6IDUgfSwgeyBmcm9tOiAxLCB0bzogMCwgY291bnQ6IDEsIHRvdGFsTWludXRlczogMSB9XVxuICovXG5leHBvcnQgZnVuY3Rpb24gYWN0aXZpdHlGbG93cyhsb2c6IEV2ZW50TG9nKTogQWN0aXZpdHlGbG93cyB7XG4gIGNvbnN0IG4gPSBsb2cuYWN0aXZpdGllcy5sZW5ndGg7XG4gIGNvbnN0IHN0YXJ0cyA9IG5ldyBVaW50MzJBcnJheShuKTtcbiAgY29uc3QgZW5kcyA9IG5ldyBVaW50MzJBcnJheShuKTtcbiAgY29uc3QgcGFpcnM6IEFjdGl2aXR5UGFpcltdID0gW107XG4gIGNvbnN0IGluZGV4ID0gbmV3IE1hcDxudW1iZXIsIG51bWJlcj4oKTtcbiAgY29uc3QgeyBhY3Rpdml0eSwgdGltZSwgY2FzZVN0YXJ0IH0gPSBsb2c7XG4gIGZvciAobGV0IGMgPSAwOyBjICsgMSA8IGNhc2VTdGFydC5sZW5ndGg7IGMrKykge1xuICAgIGNvbnN0IGZyb20gPSBjYXNlU3RhcnRbY10hO1xuICAgIGNvbnN0IHRvID0gY2FzZVN0YXJ0W2MgKyAxXSE7XG4gICAgaWYgKGZyb20gPT09IHRvKSBjb250aW51ZTtcbiAgICBzdGFydHNbYWN0aXZpdHlbZnJvbV0hXSErKztcbiAgICBlbmRzW2FjdGl2aXR5W3RvIC0gMV0hXSErKztcbiAgICBmb3IgKGxldCBpID0gZnJvbTsgaSArIDEgPCB0bzsgaSsrKSB7XG4gICAgICBjb25zdCBhID0gYWN0aXZpdHlbaV0hO1xuICAgICAgY29uc3QgYiA9IGFjdGl2aXR5W2kgKyAxXSE7XG4gICAgICBjb25zdCBrZXkgPSBhICogbiArIGI7XG4gICAgICBsZXQgcCA9IGluZGV4LmdldChrZXkpO1xuICAgICAgaWYgKHAgPT09IHVuZGVmaW5lZCkge1xuICAgICAgICBwID0gcGFpcnMubGVuZ3RoO1xuICAgICAgICBwYWlycy5wdXNoKHsgZnJvbTogYSwgdG86IGIsIGNvdW50OiAwLCB0b3RhbE1pbnV0ZXM6IDAgfSk7XG4gICAgICAgIGluZGV4LnNldChrZXksIHApO1xuICAgICAgfVxuICAgICAgY29uc3QgcGFpciA9IHBhaXJzW3BdITtcbiAgICAgIHBhaXIuY291bnQrKztcbiAgICAgIHBhaXIudG90YWxNaW51dGVzICs9ICh0aW1lW2kgKyAxXSEgLSB0aW1lW2ldISkgLyA2MF8wMDA7XG4gICAgfVxuICB9XG4gIHJldHVybiB7IHBhaXJzLCBzdGFydHMsIGVuZHMgfTtcbn1cbiIsICJjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZGlybmFtZSA9IFwiL3dvcmsvd3QvcmVhZGVyL3NyYy9sb2ctcmVwb3J0XCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay93dC9yZWFkZXIvc3JjL2xvZy1yZXBvcnQvY291bnQtdmFyaWFudHMudHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfaW1wb3J0X21ldGFfdXJsID0gXCJmaWxlOi8vL3dvcmsvd3QvcmVhZGVyL3NyYy9sb2ctcmVwb3J0L2NvdW50LXZhcmlhbnRzLnRzXCI7aW1wb3J0IHR5cGUgeyBFdmVudExvZyB9IGZyb20gXCIuLi9sb2dzL2V2ZW50LWxvZy5qc1wiO1xuXG4vKipcbiAqIEEgdmFyaWFudCBmb3VuZCBieSBgY291bnRWYXJpYW50c2A6IGl0cyBhY3Rpdml0eSBpbmRpY2VzJyBjYXNlIGNvdW50IGFuZCB0aGUgZmlyc3QgY2FzZSB0aGF0IGZvbGxvd3MgaXQuXG4gKlxuICogQGV4YW1wbGVcbiAqIGNvdW50VmFyaWFudHMobG9nLCAxKS52YXJpYW50c1swXTsgLy8geyBmaXJzdENhc2U6IDAsIGNvdW50OiAzNSB9XG4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgQ291bnRlZFZhcmlhbnQge1xuICAvKiogSW5kZXggb2YgdGhlIGZpcnN0IGNhc2UgKGluIGxvZyBvcmRlcikgdGhhdCBmb2xsb3dzIHRoZSB2YXJpYW50LiAqL1xuICBmaXJzdENhc2U6IG51bWJlcjtcbiAgY291bnQ6IG51bWJlcjtcbn1cblxuLyoqXG4gKiBEaXN0aW5jdCBhY3Rpdml0eSBzZXF1ZW5jZXMgb2YgYSBsb2cgd2l0aCB0aGVpciBjYXNlIGNvdW50cywgdGhlIGB0b3BgIG1vc3QgZnJlcXVlbnQgZmlyc3RcbiAqIChzdGFibGU6IHRpZXMgaW4gb3JkZXIgb2YgZmlyc3QgY2FzZSksIGFuZCBob3cgbWFueSBkaXN0aW5jdCBzZXF1ZW5jZXMgdGhlcmUgYXJlLiBTaGFyZWQgYnlcbiAqIGBhbmFseXNlTG9nYCAodGhlIHJlcG9ydCdzIHZhcmlhbnRzKSBhbmQgYG9ic2VydmVkSm91cm5leXNgICh0aGVpciBkcmF3biBleGFtcGxlcyksIHNvIGJvdGhcbiAqIG5hbWUgdGhlIHNhbWUgdmFyaWFudHMgd2l0aCB0aGUgc2FtZSBjb3VudHMuXG4gKlxuICogQGV4YW1wbGVcbiAqIGNvbnN0IHsgdmFyaWFudHMsIHZhcmlhbnRDb3VudCB9ID0gY291bnRWYXJpYW50cyhsb2csIDEwKTtcbiAqIGxvZy5jYXNlc1t2YXJpYW50c1swXS5maXJzdENhc2VdOyAvLyB0aGUgZmlyc3QgY2FzZSBvZiB0aGUgbW9zdCBmcmVxdWVudCB2YXJpYW50XG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjb3VudFZhcmlhbnRzKGxvZzogRXZlbnRMb2csIHRvcDogbnVtYmVyKTogeyB2YXJpYW50czogQ291bnRlZFZhcmlhbnRbXTsgdmFyaWFudENvdW50OiBudW1iZXIgfSB7XG4gIGNvbnN0IHsgY2FzZVN0YXJ0LCBhY3Rpdml0eSB9ID0gbG9nO1xuICBjb25zdCBjb3VudHMgPSBuZXcgTWFwPHN0cmluZywgQ291bnRlZFZhcmlhbnQ+KCk7XG4gIC8vIE9uZSBVVEYtMTYgY29kZSB1bml0IHBlciBhY3Rpdml0eSBtYWtlcyB0aGUga2V5IG5hdGl2ZWx5IGFuZCAzXHUwMEQ3IHNob3J0ZXIgdGhhbiBqb2luZWRcbiAgLy8gZGlnaXRzOyBhIGxvZyB3aXRoIG1vcmUgYWN0aXZpdGllcyB0aGFuIGNvZGUgdW5pdHMgZmFsbHMgYmFjayB0byB0aGUgam9pbmVkIGluZGljZXMuXG4gIGNvbnN0IGFzQ29kZVVuaXRzID0gbG9nLmFjdGl2aXRpZXMubGVuZ3RoIDw9IDB4ZmZmZjtcbiAgZm9yIChsZXQgYyA9IDA7IGMgKyAxIDwgY2FzZVN0YXJ0Lmxlbmd0aDsgYysrKSB7XG4gICAgY29uc3QgZXZlbnRzID0gYWN0aXZpdHkuc3ViYXJyYXkoY2FzZVN0YXJ0W2NdISwgY2FzZVN0YXJ0W2MgKyAxXSEpO1xuICAgIGNvbnN0IGtleSA9IGFzQ29kZVVuaXRzID8gY29kZVVuaXRzKGV2ZW50cykgOiBldmVudHMuam9pbihcIixcIik7XG4gICAgY29uc3QgdiA9IGNvdW50cy5nZXQoa2V5KTtcbiAgICBpZiAodikgdi5jb3VudCsrO1xuICAgIGVsc2UgY291bnRzLnNldChrZXksIHsgZmlyc3RDYXNlOiBjLCBjb3VudDogMSB9KTtcbiAgfVxuICBjb25zdCB2YXJpYW50cyA9IFsuLi5jb3VudHMudmFsdWVzKCldLnNvcnQoKGEsIGIpID0+IGIuY291bnQgLSBhLmNvdW50KS5zbGljZSgwLCB0b3ApO1xuICByZXR1cm4geyB2YXJpYW50cywgdmFyaWFudENvdW50OiBjb3VudHMuc2l6ZSB9O1xufVxuXG4vKiogVGhlIHZhbHVlcyAoZWFjaCBiZWxvdyAyXHUwMEI5XHUyMDc2KSBhcyBhIHN0cmluZyBvZiBjb2RlIHVuaXRzLCBtYWRlIGluIHBpZWNlcyB0aGF0IGZpdCBhbiBhcmd1bWVudCBsaXN0LiAqL1xuZnVuY3Rpb24gY29kZVVuaXRzKHZhbHVlczogVWludDMyQXJyYXkpOiBzdHJpbmcge1xuICBjb25zdCBQSUVDRSA9IDQwOTY7XG4gIGlmICh2YWx1ZXMubGVuZ3RoIDw9IFBJRUNFKSByZXR1cm4gU3RyaW5nLmZyb21DaGFyQ29kZS5hcHBseShudWxsLCB2YWx1ZXMgYXMgdW5rbm93biBhcyBudW1iZXJbXSk7XG4gIGxldCB0ZXh0ID0gXCJcIjtcbiAgZm9yIChsZXQgaSA9IDA7IGkgPCB2YWx1ZXMubGVuZ3RoOyBpICs9IFBJRUNFKSB0ZXh0ICs9IFN0cmluZy5mcm9tQ2hhckNvZGUuYXBwbHkobnVsbCwgdmFsdWVzLnN1YmFycmF5KGksIGkgKyBQSUVDRSkgYXMgdW5rbm93biBhcyBudW1iZXJbXSk7XG4gIHJldHVybiB0ZXh0O1xufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay93dC9yZWFkZXIvc3JjL2xvZy1yZXBvcnRcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZmlsZW5hbWUgPSBcIi93b3JrL3d0L3JlYWRlci9zcmMvbG9nLXJlcG9ydC9jYXNlLXJldHVybnMudHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfaW1wb3J0X21ldGFfdXJsID0gXCJmaWxlOi8vL3dvcmsvd3QvcmVhZGVyL3NyYy9sb2ctcmVwb3J0L2Nhc2UtcmV0dXJucy50c1wiO2ltcG9ydCB0eXBlIHsgRXZlbnRMb2cgfSBmcm9tIFwiLi4vbG9ncy9ldmVudC1sb2cuanNcIjtcbmltcG9ydCB0eXBlIHsgQ2FzZUN1c3RvbWVycyB9IGZyb20gXCIuL2Nhc2UtY3VzdG9tZXJzLmpzXCI7XG5cbmNvbnN0IE1TX1BFUl9NSU5VVEUgPSA2MF8wMDA7XG5cbi8qKlxuICogTWFya3MgdGhlIHJldHVybnMgb2YgYSBsb2c6IGEgY2FzZSBpcyBhIHJldHVybiB3aGVuIGl0IHN0YXJ0cyBhdCBvciBhZnRlciB0aGUgZW5kIG9mIGFuXG4gKiBlYXJsaWVyIGNhc2Ugb2Ygb25lIG9mIGl0cyBjdXN0b21lcnMgYW5kIGF0IG1vc3QgYHdpbmRvd01pbnV0ZXNgIGFmdGVyIHRoYXQgZW5kIFx1MjAxNCBkZW1hbmRcbiAqIHRoZSBlYXJsaWVyIGNhc2UgZGlkIG5vdCBzZXR0bGUuIEVhcmxpZXIgbWVhbnMgYW4gZWFybGllciBmaXJzdCBldmVudCAodGllczogY2FzZSBvcmRlcikuXG4gKiBBIGNhc2Ugd2l0aCB0d28gY3VzdG9tZXJzIGlzIGEgcmV0dXJuIHdoZW4gaXQgaXMgb25lIGZvciBlaXRoZXI7IGl0IGNvdW50cyBvbmNlLlxuICpcbiAqIEBleGFtcGxlXG4gKiAvLyBjdXN0b21lciBYOiBjYXNlIEEgMSBNYXlcdTIwMTMzIE1heSwgY2FzZSBCIHN0YXJ0cyA1IE1heTogQiByZXR1cm5zIHdpdGhpbiBhIDctZGF5IHdpbmRvd1xuICogY2FzZVJldHVybnMobG9nLCByZWxhdGlvbiwgNyAqIDI0ICogNjApOyAvLyBVaW50OEFycmF5IFswLCAxXVxuICovXG5leHBvcnQgZnVuY3Rpb24gY2FzZVJldHVybnMobG9nOiBFdmVudExvZywgcmVsYXRpb246IENhc2VDdXN0b21lcnMsIHdpbmRvd01pbnV0ZXM6IG51bWJlcik6IFVpbnQ4QXJyYXkge1xuICBjb25zdCB7IGNhc2VTdGFydCwgdGltZSB9ID0gbG9nO1xuICBjb25zdCB3aW5kb3dNcyA9IHdpbmRvd01pbnV0ZXMgKiBNU19QRVJfTUlOVVRFO1xuICBjb25zdCBmaXJzdCA9IChjOiBudW1iZXIpID0+IHRpbWVbY2FzZVN0YXJ0W2NdIV0hO1xuICBjb25zdCBsYXN0ID0gKGM6IG51bWJlcikgPT4gdGltZVtjYXNlU3RhcnRbYyArIDFdISAtIDFdITtcbiAgY29uc3QgaXNSZXR1cm4gPSBuZXcgVWludDhBcnJheShsb2cuY2FzZXMubGVuZ3RoKTtcbiAgY29uc3QgZW5kczogbnVtYmVyW10gPSBbXTtcbiAgZm9yIChsZXQgayA9IDA7IGsgKyAxIDwgcmVsYXRpb24uY2FzZU9mLmxlbmd0aDsgaysrKSB7XG4gICAgY29uc3QgbWluZSA9IEFycmF5LmZyb20ocmVsYXRpb24uY2FzZXMuc3ViYXJyYXkocmVsYXRpb24uY2FzZU9mW2tdISwgcmVsYXRpb24uY2FzZU9mW2sgKyAxXSEpKS5zb3J0KChhLCBiKSA9PiBmaXJzdChhKSAtIGZpcnN0KGIpKTtcbiAgICBlbmRzLmxlbmd0aCA9IDA7XG4gICAgZm9yIChjb25zdCBjIG9mIG1pbmUpIHtcbiAgICAgIGNvbnN0IHN0YXJ0ID0gZmlyc3QoYyk7XG4gICAgICAvLyBUaGUgbGF0ZXN0IGVuZCBhdCBvciBiZWZvcmUgdGhpcyBzdGFydCBpcyB0aGUgY2xvc2VzdCBvbmU6IGEgYmluYXJ5IHNlYXJjaCBpbiB0aGUgc29ydGVkIGVuZHMuXG4gICAgICBsZXQgbG8gPSAwO1xuICAgICAgbGV0IGhpID0gZW5kcy5sZW5ndGg7XG4gICAgICB3aGlsZSAobG8gPCBoaSkge1xuICAgICAgICBjb25zdCBtaWQgPSAobG8gKyBoaSkgPj4gMTtcbiAgICAgICAgaWYgKGVuZHNbbWlkXSEgPD0gc3RhcnQpIGxvID0gbWlkICsgMTtcbiAgICAgICAgZWxzZSBoaSA9IG1pZDtcbiAgICAgIH1cbiAgICAgIGlmIChsbyA+IDAgJiYgc3RhcnQgLSBlbmRzW2xvIC0gMV0hIDw9IHdpbmRvd01zKSBpc1JldHVybltjXSA9IDE7XG4gICAgICBjb25zdCBlbmQgPSBsYXN0KGMpO1xuICAgICAgbGV0IGF0ID0gZW5kcy5sZW5ndGg7XG4gICAgICB3aGlsZSAoYXQgPiAwICYmIGVuZHNbYXQgLSAxXSEgPiBlbmQpIGF0LS07XG4gICAgICBlbmRzLnNwbGljZShhdCwgMCwgZW5kKTtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIGlzUmV0dXJuO1xufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay93dC9yZWFkZXIvc3JjL2xvZy1yZXBvcnRcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZmlsZW5hbWUgPSBcIi93b3JrL3d0L3JlYWRlci9zcmMvbG9nLXJlcG9ydC9jYXNlLWN1c3RvbWVycy50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay93dC9yZWFkZXIvc3JjL2xvZy1yZXBvcnQvY2FzZS1jdXN0b21lcnMudHNcIjtpbXBvcnQgeyBOT19DVVNUT01FUiwgdHlwZSBFdmVudExvZyB9IGZyb20gXCIuLi9sb2dzL2V2ZW50LWxvZy5qc1wiO1xuXG4vKipcbiAqIFdoaWNoIGN1c3RvbWVycyBlYWNoIGNhc2UgYmVsb25ncyB0bywgYW5kIGVhY2ggY3VzdG9tZXIncyBjYXNlczogYSBjYXNlIGJlbG9uZ3MgdG8gZXZlcnlcbiAqIGN1c3RvbWVyIG9uZSBvZiBpdHMgZXZlbnRzIG5hbWVzIChhbiBldmVudCB3aXRob3V0IGEgY3VzdG9tZXIgdGFrZXMgaXRzIGNhc2UncyksIHNvIGEgY2FzZVxuICogd2hvc2UgZXZlbnRzIG5hbWUgdHdvIGN1c3RvbWVycyBiZWxvbmdzIHRvIGJvdGguIE9mZnNldHMgaW4gdGhlIG1hbm5lciBvZiBgY2FzZVN0YXJ0YC5cbiAqXG4gKiBAZXhhbXBsZVxuICogLy8gY2FzZSAwIG5hbWVzIGN1c3RvbWVyIDAgb25seSwgY2FzZSAxIG5hbWVzIGN1c3RvbWVycyAwIGFuZCAxXG4gKiBjb25zdCB7IGN1c3RvbWVycywgY3VzdG9tZXJPZiB9ID0gY2FzZUN1c3RvbWVycyhsb2cpO1xuICogQXJyYXkuZnJvbShjdXN0b21lcnMuc3ViYXJyYXkoY3VzdG9tZXJPZlsxXSwgY3VzdG9tZXJPZlsyXSkpOyAvLyBbMCwgMV1cbiAqL1xuZXhwb3J0IGludGVyZmFjZSBDYXNlQ3VzdG9tZXJzIHtcbiAgLyoqIGBjYXNlcyArIDFgIG9mZnNldHMgaW50byBgY3VzdG9tZXJzYC4gKi9cbiAgY3VzdG9tZXJPZjogVWludDMyQXJyYXk7XG4gIC8qKiBUaGUgY3VzdG9tZXJzIG9mIGVhY2ggY2FzZSwgaW4gdGhlIG9yZGVyIGl0cyBldmVudHMgZmlyc3QgbmFtZSB0aGVtLiAqL1xuICBjdXN0b21lcnM6IFVpbnQzMkFycmF5O1xuICAvKiogYGxvZy5jdXN0b21lcnMubGVuZ3RoICsgMWAgb2Zmc2V0cyBpbnRvIGBjYXNlc2AuICovXG4gIGNhc2VPZjogVWludDMyQXJyYXk7XG4gIC8qKiBUaGUgY2FzZXMgb2YgZWFjaCBjdXN0b21lciwgaW4gY2FzZSBvcmRlciAoZmlyc3QgYXBwZWFyYW5jZSBpbiB0aGUgbG9nKS4gKi9cbiAgY2FzZXM6IFVpbnQzMkFycmF5O1xuICAvKiogQ2FzZXMgd2hvc2UgZXZlbnRzIG5hbWUgbW9yZSB0aGFuIG9uZSBjdXN0b21lci4gKi9cbiAgY2FzZXNXaXRoU2V2ZXJhbEN1c3RvbWVyczogbnVtYmVyO1xuICAvKiogQ2FzZXMgbm8gZXZlbnQgb2Ygd2hpY2ggbmFtZXMgYSBjdXN0b21lci4gKi9cbiAgY2FzZXNXaXRob3V0Q3VzdG9tZXI6IG51bWJlcjtcbiAgLyoqIEV2ZW50cyB0aGF0IG5hbWUgbW9yZSB0aGFuIG9uZSBjdXN0b21lciAoT0NFTCkuICovXG4gIGV2ZW50c1dpdGhTZXZlcmFsQ3VzdG9tZXJzOiBudW1iZXI7XG59XG5cbi8qKlxuICogVGhlIGNhc2VcdTIwMTNjdXN0b21lciByZWxhdGlvbiBvZiBhIGxvZyByZWFkIHdpdGggYSBjdXN0b21lciBtYXBwaW5nOyBgbnVsbGAgZm9yIGEgbG9nIHdpdGhvdXQgb25lLlxuICpcbiAqIEBleGFtcGxlXG4gKiBjYXNlQ3VzdG9tZXJzKGhlbHBkZXNrKSEuY2FzZXNXaXRoU2V2ZXJhbEN1c3RvbWVyczsgLy8gN1xuICovXG5leHBvcnQgZnVuY3Rpb24gY2FzZUN1c3RvbWVycyhsb2c6IEV2ZW50TG9nKTogQ2FzZUN1c3RvbWVycyB8IG51bGwge1xuICBjb25zdCB7IGN1c3RvbWVyLCBjYXNlU3RhcnQgfSA9IGxvZztcbiAgaWYgKGN1c3RvbWVyID09PSB1bmRlZmluZWQgfHwgY3VzdG9tZXIgPT09IG51bGwgfHwgbG9nLmN1c3RvbWVycyA9PT0gdW5kZWZpbmVkKSByZXR1cm4gbnVsbDtcbiAgY29uc3QgbW9yZSA9IGxvZy5tb3JlQ3VzdG9tZXJzID8/IG51bGw7XG4gIGNvbnN0IGNhc2VDb3VudCA9IGxvZy5jYXNlcy5sZW5ndGg7XG4gIGNvbnN0IGN1c3RvbWVyT2YgPSBuZXcgVWludDMyQXJyYXkoY2FzZUNvdW50ICsgMSk7XG4gIGNvbnN0IHBhaXJzOiBudW1iZXJbXSA9IFtdO1xuICBsZXQgc2V2ZXJhbCA9IDA7XG4gIGxldCB3aXRob3V0ID0gMDtcbiAgY29uc3Qgc2VlbjogbnVtYmVyW10gPSBbXTtcbiAgZm9yIChsZXQgYyA9IDA7IGMgPCBjYXNlQ291bnQ7IGMrKykge1xuICAgIHNlZW4ubGVuZ3RoID0gMDtcbiAgICBmb3IgKGxldCBpID0gY2FzZVN0YXJ0W2NdITsgaSA8IGNhc2VTdGFydFtjICsgMV0hOyBpKyspIHtcbiAgICAgIGNvbnN0IGsgPSBjdXN0b21lcltpXSE7XG4gICAgICBpZiAoayAhPT0gTk9fQ1VTVE9NRVIgJiYgIXNlZW4uaW5jbHVkZXMoaykpIHNlZW4ucHVzaChrKTtcbiAgICAgIGNvbnN0IG90aGVycyA9IG1vcmU/LmdldChpKTtcbiAgICAgIGlmIChvdGhlcnMgIT09IHVuZGVmaW5lZCkgZm9yIChjb25zdCBvIG9mIG90aGVycykgaWYgKCFzZWVuLmluY2x1ZGVzKG8pKSBzZWVuLnB1c2gobyk7XG4gICAgfVxuICAgIGlmIChzZWVuLmxlbmd0aCA+IDEpIHNldmVyYWwrKztcbiAgICBpZiAoc2Vlbi5sZW5ndGggPT09IDApIHdpdGhvdXQrKztcbiAgICBmb3IgKGNvbnN0IGsgb2Ygc2VlbikgcGFpcnMucHVzaChrKTtcbiAgICBjdXN0b21lck9mW2MgKyAxXSA9IHBhaXJzLmxlbmd0aDtcbiAgfVxuICBjb25zdCBjdXN0b21lcnMgPSBVaW50MzJBcnJheS5mcm9tKHBhaXJzKTtcbiAgLy8gQ291bnRpbmcgc29ydCBvZiB0aGUgcGFpcnMgYnkgY3VzdG9tZXI6IGVhY2ggY3VzdG9tZXIncyBjYXNlcyBzdGF5IGluIGNhc2Ugb3JkZXIuXG4gIGNvbnN0IGN1c3RvbWVyQ291bnQgPSBsb2cuY3VzdG9tZXJzLmxlbmd0aDtcbiAgY29uc3QgY2FzZU9mID0gbmV3IFVpbnQzMkFycmF5KGN1c3RvbWVyQ291bnQgKyAxKTtcbiAgZm9yIChjb25zdCBrIG9mIGN1c3RvbWVycykgY2FzZU9mW2sgKyAxXSErKztcbiAgZm9yIChsZXQgayA9IDA7IGsgPCBjdXN0b21lckNvdW50OyBrKyspIGNhc2VPZltrICsgMV0hICs9IGNhc2VPZltrXSE7XG4gIGNvbnN0IG5leHQgPSBjYXNlT2Yuc2xpY2UoMCwgY3VzdG9tZXJDb3VudCk7XG4gIGNvbnN0IGNhc2VzID0gbmV3IFVpbnQzMkFycmF5KGN1c3RvbWVycy5sZW5ndGgpO1xuICBmb3IgKGxldCBjID0gMDsgYyA8IGNhc2VDb3VudDsgYysrKSB7XG4gICAgZm9yIChsZXQgcCA9IGN1c3RvbWVyT2ZbY10hOyBwIDwgY3VzdG9tZXJPZltjICsgMV0hOyBwKyspIGNhc2VzW25leHRbY3VzdG9tZXJzW3BdIV0hKytdID0gYztcbiAgfVxuICBjb25zdCBldmVudHNXaXRoU2V2ZXJhbEN1c3RvbWVycyA9IGxvZy5ldmVudHNXaXRoU2V2ZXJhbEN1c3RvbWVycyA/PyAwO1xuICByZXR1cm4geyBjdXN0b21lck9mLCBjdXN0b21lcnMsIGNhc2VPZiwgY2FzZXMsIGNhc2VzV2l0aFNldmVyYWxDdXN0b21lcnM6IHNldmVyYWwsIGNhc2VzV2l0aG91dEN1c3RvbWVyOiB3aXRob3V0LCBldmVudHNXaXRoU2V2ZXJhbEN1c3RvbWVycyB9O1xufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay93dC9yZWFkZXIvc3JjL2xvZy1yZXBvcnRcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZmlsZW5hbWUgPSBcIi93b3JrL3d0L3JlYWRlci9zcmMvbG9nLXJlcG9ydC9jdXN0b21lci1qb3VybmV5cy50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay93dC9yZWFkZXIvc3JjL2xvZy1yZXBvcnQvY3VzdG9tZXItam91cm5leXMudHNcIjtpbXBvcnQgdHlwZSB7IEV2ZW50TG9nIH0gZnJvbSBcIi4uL2xvZ3MvZXZlbnQtbG9nLmpzXCI7XG5pbXBvcnQgeyBjYXNlQ3VzdG9tZXJzLCB0eXBlIENhc2VDdXN0b21lcnMgfSBmcm9tIFwiLi9jYXNlLWN1c3RvbWVycy5qc1wiO1xuXG4vKipcbiAqIE9wdGlvbnMgb2YgYGN1c3RvbWVySm91cm5leXNgLlxuICpcbiAqIEBleGFtcGxlXG4gKiBjdXN0b21lckpvdXJuZXlzKGxvZywgeyBqb3VybmV5R2FwOiAzMCAqIDI0ICogNjAgfSk7IC8vIGN1dCB3aGVyZSBhIGN1c3RvbWVyIHdhcyBhd2F5IDMwIGRheXNcbiAqL1xuZXhwb3J0IGludGVyZmFjZSBDdXN0b21lckpvdXJuZXlzT3B0aW9ucyB7XG4gIC8qKlxuICAgKiBNaW51dGVzOyBhIGNhc2UgdGhhdCBzdGFydHMgbW9yZSB0aGFuIHRoaXMgYWZ0ZXIgdGhlIGVuZCBvZiBldmVyeSBlYXJsaWVyIGNhc2Ugb2YgaXRzXG4gICAqIGN1c3RvbWVyIGJlZ2lucyBhIG5ldyBqb3VybmV5LiBEZWZhdWx0OiBubyBjdXQsIG9uZSBqb3VybmV5IHBlciBjdXN0b21lci5cbiAgICovXG4gIGpvdXJuZXlHYXA/OiBudW1iZXIgfCBudWxsO1xufVxuXG4vKipcbiAqIFRoZSBjdXN0b21lciBqb3VybmV5cyBvZiBhIGxvZywgaW4gY29sdW1uczogam91cm5leSBgamAgYmVsb25ncyB0byBjdXN0b21lciBgY3VzdG9tZXJbal1gLFxuICogaG9sZHMgdGhlIGNhc2VzIGBjYXNlc1tjYXNlU3RhcnRbal1dIFx1MjAyNmAgKG9yZGVyZWQgYnkgdGhlaXIgZmlyc3QgZXZlbnQsIHRpZXMgaW4gY2FzZSBvcmRlcilcbiAqIGFuZCB0aGUgZXZlbnRzIGBldmVudHNbZXZlbnRTdGFydFtqXV0gXHUyMDI2YCBvZiB0aG9zZSBjYXNlcyBtZXJnZWQgYnkgdGltZSAodGllczogY2FzZSBvcmRlciBvZlxuICogZmlyc3QgYXBwZWFyYW5jZSwgdGhlbiBmaWxlIG9yZGVyKS5cbiAqXG4gKiBAZXhhbXBsZVxuICogY29uc3QgaiA9IGN1c3RvbWVySm91cm5leXMobG9nKSE7XG4gKiBBcnJheS5mcm9tKGouZXZlbnRzLnN1YmFycmF5KGouZXZlbnRTdGFydFswXSwgai5ldmVudFN0YXJ0WzFdKSk7IC8vIGV2ZW50IGluZGljZXMgb2Ygam91cm5leSAwXG4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgQ3VzdG9tZXJKb3VybmV5cyB7XG4gIC8qKiBQZXIgam91cm5leTogaW5kZXggaW50byBgbG9nLmN1c3RvbWVyc2AuIEpvdXJuZXlzIG9mIGEgY3VzdG9tZXIgZm9sbG93IGVhY2ggb3RoZXIuICovXG4gIGN1c3RvbWVyOiBVaW50MzJBcnJheTtcbiAgLyoqIGBqb3VybmV5cyArIDFgIG9mZnNldHMgaW50byBgY2FzZXNgLiAqL1xuICBjYXNlU3RhcnQ6IFVpbnQzMkFycmF5O1xuICAvKiogQ2FzZSBpbmRpY2VzLiAqL1xuICBjYXNlczogVWludDMyQXJyYXk7XG4gIC8qKiBgam91cm5leXMgKyAxYCBvZmZzZXRzIGludG8gYGV2ZW50c2AuICovXG4gIGV2ZW50U3RhcnQ6IFVpbnQzMkFycmF5O1xuICAvKiogRXZlbnQgaW5kaWNlcyAoYW4gZXZlbnQgb2YgYSBjYXNlIHdpdGggdHdvIGN1c3RvbWVycyBpcyBpbiBib3RoIGN1c3RvbWVycycgam91cm5leXMpLiAqL1xuICBldmVudHM6IFVpbnQzMkFycmF5O1xuICAvKiogVGhlIGNhc2VcdTIwMTNjdXN0b21lciByZWxhdGlvbiB0aGUgam91cm5leXMgd2VyZSBtYWRlIGZyb20uICovXG4gIHJlbGF0aW9uOiBDYXNlQ3VzdG9tZXJzO1xufVxuXG5jb25zdCBNU19QRVJfTUlOVVRFID0gNjBfMDAwO1xuXG4vKipcbiAqIEN1dHMgZWFjaCBjdXN0b21lcidzIGNhc2VzIGludG8gam91cm5leXM6IG9uZSBwZXIgY3VzdG9tZXIsIG9yLCB3aXRoIGBqb3VybmV5R2FwYCwgYSBuZXdcbiAqIG9uZSB3aGVyZXZlciBhIGNhc2Ugc3RhcnRzIG1vcmUgdGhhbiB0aGUgZ2FwIGFmdGVyIHRoZSBlbmQgb2YgZXZlcnkgZWFybGllciBjYXNlIG9mIHRoZVxuICogY3VzdG9tZXIuIEEgY2FzZSBpcyBuZXZlciBzcGxpdC4gYG51bGxgIHdoZW4gdGhlIGxvZyB3YXMgcmVhZCB3aXRob3V0IGEgY3VzdG9tZXIgbWFwcGluZy5cbiAqIEN1c3RvbWVycyB3aXRob3V0IGEgY2FzZSBoYXZlIG5vIGpvdXJuZXkuXG4gKlxuICogQGV4YW1wbGVcbiAqIGNvbnN0IGpvdXJuZXlzID0gY3VzdG9tZXJKb3VybmV5cyhsb2csIHsgam91cm5leUdhcDogNDMyMDAgfSkhO1xuICogam91cm5leXMuY3VzdG9tZXIubGVuZ3RoOyAvLyB0aGUgbnVtYmVyIG9mIGpvdXJuZXlzXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjdXN0b21lckpvdXJuZXlzKGxvZzogRXZlbnRMb2csIG9wdGlvbnM6IEN1c3RvbWVySm91cm5leXNPcHRpb25zID0ge30pOiBDdXN0b21lckpvdXJuZXlzIHwgbnVsbCB7XG4gIGNvbnN0IHJlbGF0aW9uID0gY2FzZUN1c3RvbWVycyhsb2cpO1xuICBpZiAocmVsYXRpb24gPT09IG51bGwpIHJldHVybiBudWxsO1xuICBjb25zdCBnYXAgPSBvcHRpb25zLmpvdXJuZXlHYXAgPz8gbnVsbDtcbiAgaWYgKGdhcCAhPT0gbnVsbCAmJiAhKGdhcCA+PSAwKSkgdGhyb3cgbmV3IFJhbmdlRXJyb3IoYGpvdXJuZXlHYXAgbXVzdCBiZSBhIG51bWJlciBvZiBtaW51dGVzIFx1MjI2NSAwLCBub3QgJHtTdHJpbmcoZ2FwKX1gKTtcbiAgY29uc3QgeyBjYXNlU3RhcnQsIHRpbWUgfSA9IGxvZztcbiAgY29uc3QgZmlyc3QgPSAoYzogbnVtYmVyKSA9PiB0aW1lW2Nhc2VTdGFydFtjXSFdITtcbiAgY29uc3QgbGFzdCA9IChjOiBudW1iZXIpID0+IHRpbWVbY2FzZVN0YXJ0W2MgKyAxXSEgLSAxXSE7XG4gIGNvbnN0IGdhcE1zID0gZ2FwID09PSBudWxsID8gSW5maW5pdHkgOiBnYXAgKiBNU19QRVJfTUlOVVRFO1xuXG4gIGNvbnN0IGpvdXJuZXlDdXN0b21lcjogbnVtYmVyW10gPSBbXTtcbiAgY29uc3Qgam91cm5leUNhc2VTdGFydDogbnVtYmVyW10gPSBbMF07XG4gIGNvbnN0IG9yZGVyZWRDYXNlcyA9IG5ldyBVaW50MzJBcnJheShyZWxhdGlvbi5jYXNlcy5sZW5ndGgpO1xuICBsZXQgcGxhY2VkID0gMDtcbiAgZm9yIChsZXQgayA9IDA7IGsgKyAxIDwgcmVsYXRpb24uY2FzZU9mLmxlbmd0aDsgaysrKSB7XG4gICAgY29uc3QgZnJvbSA9IHJlbGF0aW9uLmNhc2VPZltrXSE7XG4gICAgY29uc3QgdG8gPSByZWxhdGlvbi5jYXNlT2ZbayArIDFdITtcbiAgICBpZiAodG8gPT09IGZyb20pIGNvbnRpbnVlO1xuICAgIC8vIFRoZSBjdXN0b21lcidzIGNhc2VzIGJ5IHRoZWlyIGZpcnN0IGV2ZW50OyBhIHN0YWJsZSBzb3J0IGtlZXBzIGNhc2Ugb3JkZXIgb24gdGllcy5cbiAgICBjb25zdCBtaW5lID0gQXJyYXkuZnJvbShyZWxhdGlvbi5jYXNlcy5zdWJhcnJheShmcm9tLCB0bykpLnNvcnQoKGEsIGIpID0+IGZpcnN0KGEpIC0gZmlyc3QoYikpO1xuICAgIGxldCBlbmQgPSAtSW5maW5pdHk7XG4gICAgZm9yIChsZXQgcCA9IDA7IHAgPCBtaW5lLmxlbmd0aDsgcCsrKSB7XG4gICAgICBjb25zdCBjID0gbWluZVtwXSE7XG4gICAgICBpZiAocCA9PT0gMCB8fCBmaXJzdChjKSAtIGVuZCA+IGdhcE1zKSB7XG4gICAgICAgIGlmIChwID4gMCkgam91cm5leUNhc2VTdGFydC5wdXNoKHBsYWNlZCk7XG4gICAgICAgIGpvdXJuZXlDdXN0b21lci5wdXNoKGspO1xuICAgICAgfVxuICAgICAgb3JkZXJlZENhc2VzW3BsYWNlZCsrXSA9IGM7XG4gICAgICBlbmQgPSBNYXRoLm1heChlbmQsIGxhc3QoYykpO1xuICAgIH1cbiAgICBqb3VybmV5Q2FzZVN0YXJ0LnB1c2gocGxhY2VkKTtcbiAgfVxuXG4gIGNvbnN0IGNhc2VTdGFydE91dCA9IFVpbnQzMkFycmF5LmZyb20oam91cm5leUNhc2VTdGFydCk7XG4gIGNvbnN0IGpvdXJuZXlzID0gam91cm5leUN1c3RvbWVyLmxlbmd0aDtcbiAgY29uc3QgZXZlbnRTdGFydCA9IG5ldyBVaW50MzJBcnJheShqb3VybmV5cyArIDEpO1xuICBmb3IgKGxldCBqID0gMDsgaiA8IGpvdXJuZXlzOyBqKyspIHtcbiAgICBsZXQgbiA9IDA7XG4gICAgZm9yIChsZXQgcCA9IGNhc2VTdGFydE91dFtqXSE7IHAgPCBjYXNlU3RhcnRPdXRbaiArIDFdITsgcCsrKSBuICs9IGNhc2VTdGFydFtvcmRlcmVkQ2FzZXNbcF0hICsgMV0hIC0gY2FzZVN0YXJ0W29yZGVyZWRDYXNlc1twXSFdITtcbiAgICBldmVudFN0YXJ0W2ogKyAxXSA9IGV2ZW50U3RhcnRbal0hICsgbjtcbiAgfVxuICBjb25zdCBldmVudHMgPSBuZXcgVWludDMyQXJyYXkoZXZlbnRTdGFydFtqb3VybmV5c10hKTtcbiAgZm9yIChsZXQgaiA9IDA7IGogPCBqb3VybmV5czsgaisrKSB7XG4gICAgY29uc3QgZnJvbSA9IGNhc2VTdGFydE91dFtqXSE7XG4gICAgY29uc3QgdG8gPSBjYXNlU3RhcnRPdXRbaiArIDFdITtcbiAgICBsZXQgYXQgPSBldmVudFN0YXJ0W2pdITtcbiAgICBmb3IgKGxldCBwID0gZnJvbTsgcCA8IHRvOyBwKyspIHtcbiAgICAgIGNvbnN0IGMgPSBvcmRlcmVkQ2FzZXNbcF0hO1xuICAgICAgZm9yIChsZXQgaSA9IGNhc2VTdGFydFtjXSE7IGkgPCBjYXNlU3RhcnRbYyArIDFdITsgaSsrKSBldmVudHNbYXQrK10gPSBpO1xuICAgIH1cbiAgICBpZiAodG8gLSBmcm9tID4gMSkge1xuICAgICAgLy8gTWVyZ2UgYnkgdGltZTsgdGllczogdGhlIGNhc2UgdGhhdCBhcHBlYXJlZCBmaXJzdCBpbiB0aGUgbG9nLCB0aGVuIGZpbGUgb3JkZXIgXHUyMDE0IHdoaWNoXG4gICAgICAvLyBpcyB0aGUgb3JkZXIgb2YgZXZlbnQgaW5kaWNlcywgYXMgdGhlIGxvZyBncm91cHMgZXZlbnRzIGJ5IGNhc2UgaW4gb3JkZXIgb2YgYXBwZWFyYW5jZS5cbiAgICAgIGNvbnN0IHNsaWNlID0gZXZlbnRzLnN1YmFycmF5KGV2ZW50U3RhcnRbal0hLCBhdCk7XG4gICAgICBjb25zdCBzb3J0ZWQgPSBBcnJheS5mcm9tKHNsaWNlKS5zb3J0KChhLCBiKSA9PiB0aW1lW2FdISAtIHRpbWVbYl0hIHx8IGEgLSBiKTtcbiAgICAgIHNsaWNlLnNldChzb3J0ZWQpO1xuICAgIH1cbiAgfVxuICByZXR1cm4geyBjdXN0b21lcjogVWludDMyQXJyYXkuZnJvbShqb3VybmV5Q3VzdG9tZXIpLCBjYXNlU3RhcnQ6IGNhc2VTdGFydE91dCwgY2FzZXM6IG9yZGVyZWRDYXNlcywgZXZlbnRTdGFydCwgZXZlbnRzLCByZWxhdGlvbiB9O1xufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay93dC9yZWFkZXIvc3JjL2xvZy1yZXBvcnRcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZmlsZW5hbWUgPSBcIi93b3JrL3d0L3JlYWRlci9zcmMvbG9nLXJlcG9ydC9taW51dGVzLXN1bW1hcnkudHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfaW1wb3J0X21ldGFfdXJsID0gXCJmaWxlOi8vL3dvcmsvd3QvcmVhZGVyL3NyYy9sb2ctcmVwb3J0L21pbnV0ZXMtc3VtbWFyeS50c1wiOy8qKlxuICogQ291bnQsIG1lYW4gYW5kIG1lZGlhbiBvZiBhIHNldCBvZiBkdXJhdGlvbnMgaW4gbWludXRlczsgbWVhbiBhbmQgbWVkaWFuIGFyZSBgbnVsbGAgd2hlbiB0aGVyZSBhcmUgbm9uZS5cbiAqXG4gKiBAZXhhbXBsZVxuICogYW5hbHlzZUxvZyhzZXBzaXNMb2cpLmNhc2VNaW51dGVzOyAvLyB7IGNvdW50OiAxMDUwLCBtZWFuTWludXRlczogNDA5OTUuOSwgbWVkaWFuTWludXRlczogNzY5NC41IH1cbiAqL1xuZXhwb3J0IGludGVyZmFjZSBNaW51dGVzU3VtbWFyeSB7XG4gIC8qKiBIb3cgbWFueSBkdXJhdGlvbnMuICovXG4gIGNvdW50OiBudW1iZXI7XG4gIC8qKiBUaGVpciBtZWFuIGluIG1pbnV0ZXM7IG51bGwgd2hlbiB0aGVyZSBhcmUgbm9uZS4gKi9cbiAgbWVhbk1pbnV0ZXM6IG51bWJlciB8IG51bGw7XG4gIC8qKiBUaGVpciBtZWRpYW4gaW4gbWludXRlczsgbnVsbCB3aGVuIHRoZXJlIGFyZSBub25lLiAqL1xuICBtZWRpYW5NaW51dGVzOiBudW1iZXIgfCBudWxsO1xufVxuXG4vKipcbiAqIFN1bW1hcmlzZXMgdGhlIGZpcnN0IGBjb3VudGAgdmFsdWVzIChtaW51dGVzKTsgc2VsZWN0cyB0aGUgbWVkaWFuIGluIGEgY29weSwgbmV2ZXIgdGhlIGlucHV0LlxuICpcbiAqIEBleGFtcGxlXG4gKiBtaW51dGVzU3VtbWFyeShuZXcgRmxvYXQ2NEFycmF5KFs0LCAxLCAxMF0pLCAzKTsgLy8geyBjb3VudDogMywgbWVhbk1pbnV0ZXM6IDUsIG1lZGlhbk1pbnV0ZXM6IDQgfVxuICovXG5leHBvcnQgZnVuY3Rpb24gbWludXRlc1N1bW1hcnkodmFsdWVzOiBGbG9hdDY0QXJyYXksIGNvdW50ID0gdmFsdWVzLmxlbmd0aCk6IE1pbnV0ZXNTdW1tYXJ5IHtcbiAgaWYgKGNvdW50ID09PSAwKSByZXR1cm4geyBjb3VudDogMCwgbWVhbk1pbnV0ZXM6IG51bGwsIG1lZGlhbk1pbnV0ZXM6IG51bGwgfTtcbiAgbGV0IHN1bSA9IDA7XG4gIGZvciAobGV0IGkgPSAwOyBpIDwgY291bnQ7IGkrKykgc3VtICs9IHZhbHVlc1tpXSE7XG4gIC8vIFNlbGVjdGlvbiBpbnN0ZWFkIG9mIGEgZnVsbCBzb3J0OiBsaW5lYXIgdGltZSwgYSBmaWZ0aCBvZiB0aGUgc29ydCdzIG9uIGEgbWlsbGlvbiB3YWl0cy5cbiAgY29uc3QgY29weSA9IHZhbHVlcy5zbGljZSgwLCBjb3VudCk7XG4gIGNvbnN0IG1pZCA9IGNvdW50ID4+IDE7XG4gIGNvbnN0IHVwcGVyID0gc2VsZWN0KGNvcHksIG1pZCk7XG4gIGxldCBtZWRpYW4gPSB1cHBlcjtcbiAgaWYgKGNvdW50ICUgMiA9PT0gMCkge1xuICAgIC8vIHNlbGVjdCgpIGxlYXZlcyBldmVyeSB2YWx1ZSBiZWxvdyBgbWlkYCBhdCBtb3N0IHRoZSB1cHBlciBtaWRkbGU6IHRoZSBsb3dlciBvbmUgaXMgdGhlaXIgbWF4aW11bS5cbiAgICBsZXQgbG93ZXIgPSBjb3B5WzBdITtcbiAgICBmb3IgKGxldCBpID0gMTsgaSA8IG1pZDsgaSsrKSBpZiAoY29weVtpXSEgPiBsb3dlcikgbG93ZXIgPSBjb3B5W2ldITtcbiAgICBtZWRpYW4gPSAobG93ZXIgKyB1cHBlcikgLyAyO1xuICB9XG4gIHJldHVybiB7IGNvdW50LCBtZWFuTWludXRlczogc3VtIC8gY291bnQsIG1lZGlhbk1pbnV0ZXM6IG1lZGlhbiB9O1xufVxuXG4vKipcbiAqIFRoZSBga2AtdGggc21hbGxlc3QgdmFsdWUgKDAtYmFzZWQpIGJ5IHF1aWNrc2VsZWN0IChIb2FyZSdzIHBhcnRpdGlvbiwgbWVkaWFuLW9mLXRocmVlXG4gKiBwaXZvdCksIHJlYXJyYW5naW5nIGBhYCBzbyB0aGF0IGBhW2tdYCBob2xkcyBpdCwgdmFsdWVzIGJlZm9yZSBpdCBhcmUgbm8gbGFyZ2VyIGFuZCB2YWx1ZXNcbiAqIGFmdGVyIGl0IG5vIHNtYWxsZXIuIFRoZSB2YWx1ZXMgYXJlIGR1cmF0aW9uczogbmV2ZXIgTmFOLlxuICovXG5mdW5jdGlvbiBzZWxlY3QoYTogRmxvYXQ2NEFycmF5LCBrOiBudW1iZXIpOiBudW1iZXIge1xuICBsZXQgbG8gPSAwO1xuICBsZXQgaGkgPSBhLmxlbmd0aCAtIDE7XG4gIHdoaWxlIChoaSA+IGxvKSB7XG4gICAgY29uc3QgbSA9IChsbyArIGhpKSA+PiAxO1xuICAgIC8vIG1lZGlhbiBvZiBhW2xvXSwgYVttXSwgYVtoaV0gYXMgdGhlIHBpdm90XG4gICAgY29uc3QgeCA9IGFbbG9dITtcbiAgICBjb25zdCB5ID0gYVttXSE7XG4gICAgY29uc3QgeiA9IGFbaGldITtcbiAgICBjb25zdCBwaXZvdCA9IHggPCB5ID8gKHkgPCB6ID8geSA6IHggPCB6ID8geiA6IHgpIDogeCA8IHogPyB4IDogeSA8IHogPyB6IDogeTtcbiAgICBsZXQgaSA9IGxvO1xuICAgIGxldCBqID0gaGk7XG4gICAgd2hpbGUgKGkgPD0gaikge1xuICAgICAgd2hpbGUgKGFbaV0hIDwgcGl2b3QpIGkrKztcbiAgICAgIHdoaWxlIChhW2pdISA+IHBpdm90KSBqLS07XG4gICAgICBpZiAoaSA8PSBqKSB7XG4gICAgICAgIGNvbnN0IHQgPSBhW2ldITtcbiAgICAgICAgYVtpXSA9IGFbal0hO1xuICAgICAgICBhW2pdID0gdDtcbiAgICAgICAgaSsrO1xuICAgICAgICBqLS07XG4gICAgICB9XG4gICAgfVxuICAgIGlmIChrIDw9IGopIGhpID0gajtcbiAgICBlbHNlIGlmIChrID49IGkpIGxvID0gaTtcbiAgICBlbHNlIHJldHVybiBhW2tdITtcbiAgfVxuICByZXR1cm4gYVtrXSE7XG59XG4iLCAiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL3d0L3JlYWRlci9zcmMvbG9nLXJlcG9ydFwiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvd3QvcmVhZGVyL3NyYy9sb2ctcmVwb3J0L2N1c3RvbWVyLXJlcG9ydC50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay93dC9yZWFkZXIvc3JjL2xvZy1yZXBvcnQvY3VzdG9tZXItcmVwb3J0LnRzXCI7aW1wb3J0IHsgd2FuZGVyTWV0cmljcyB9IGZyb20gXCIuLi9hbmFseXNpcy93YW5kZXItbWV0cmljcy5qc1wiO1xuaW1wb3J0IHsgTUlTU0lOR19ERVBBUlRNRU5ULCB0eXBlIEV2ZW50TG9nIH0gZnJvbSBcIi4uL2xvZ3MvZXZlbnQtbG9nLmpzXCI7XG5pbXBvcnQgeyBjYXNlUmV0dXJucyB9IGZyb20gXCIuL2Nhc2UtcmV0dXJucy5qc1wiO1xuaW1wb3J0IHsgY3VzdG9tZXJKb3VybmV5cyB9IGZyb20gXCIuL2N1c3RvbWVyLWpvdXJuZXlzLmpzXCI7XG5pbXBvcnQgeyBtaW51dGVzU3VtbWFyeSwgdHlwZSBNaW51dGVzU3VtbWFyeSB9IGZyb20gXCIuL21pbnV0ZXMtc3VtbWFyeS5qc1wiO1xuXG4vKipcbiAqIE9wdGlvbnMgb2YgYGN1c3RvbWVyUmVwb3J0YCAoYW5kIG9mIGBhbmFseXNlTG9nYCBmb3IgaXRzIGBjdXN0b21lcnNgIGJsb2NrKS5cbiAqXG4gKiBAZXhhbXBsZVxuICogY3VzdG9tZXJSZXBvcnQobG9nLCB7IGpvdXJuZXlHYXA6IDMwICogMjQgKiA2MCwgcmV0dXJuV2luZG93OiA3ICogMjQgKiA2MCB9KTtcbiAqL1xuZXhwb3J0IGludGVyZmFjZSBDdXN0b21lclJlcG9ydE9wdGlvbnMge1xuICAvKiogTWludXRlczsgYSBjYXNlIHN0YXJ0aW5nIG1vcmUgdGhhbiB0aGlzIGFmdGVyIGV2ZXJ5IGVhcmxpZXIgY2FzZSBvZiBpdHMgY3VzdG9tZXIgZW5kZWQgYmVnaW5zIGEgbmV3IGpvdXJuZXkuIERlZmF1bHQ6IG5vIGN1dC4gKi9cbiAgam91cm5leUdhcD86IG51bWJlciB8IG51bGw7XG4gIC8qKiBNaW51dGVzIGFmdGVyIGEgY2FzZSBlbmRlZCB3aXRoaW4gd2hpY2ggYW5vdGhlciBjYXNlIG9mIHRoZSBzYW1lIGN1c3RvbWVyIGlzIGEgcmV0dXJuLiBEZWZhdWx0OiA3IGRheXMuICovXG4gIHJldHVybldpbmRvdz86IG51bWJlcjtcbn1cblxuLyoqXG4gKiBUaGUgY3VzdG9tZXJzIGJsb2NrIG9mIGEgbG9nIHJlcG9ydDogaG93IGN1c3RvbWVycyB3YW5kZXIgYWNyb3NzIHRoZWlyIGNhc2VzLlxuICpcbiAqIEBleGFtcGxlXG4gKiBhbmFseXNlTG9nKGhlbHBkZXNrKS5jdXN0b21lcnM7XG4gKiAvLyB7IGN1c3RvbWVyczogMzk3LCBqb3VybmV5czogMzk3LCBjYXNlc1BlckpvdXJuZXk6IHsgbWVhbjogMTEuNSwgbWVkaWFuOiAzLCBtYXg6IDI1MSB9LCBcdTIwMjYgfVxuICovXG5leHBvcnQgaW50ZXJmYWNlIEN1c3RvbWVyUmVwb3J0IHtcbiAgLyoqIEN1c3RvbWVycyB3aXRoIGF0IGxlYXN0IG9uZSBjYXNlLiAqL1xuICBjdXN0b21lcnM6IG51bWJlcjtcbiAgLyoqIENhc2VzIHdpdGggYSBjdXN0b21lciAoYSBjYXNlIG9mIHR3byBjdXN0b21lcnMgY291bnRzIG9uY2UpLiAqL1xuICBjYXNlczogbnVtYmVyO1xuICAvKiogQ3VzdG9tZXIgam91cm5leXMgKG9uZSBwZXIgY3VzdG9tZXIgd2l0aG91dCBhIGpvdXJuZXkgZ2FwKS4gKi9cbiAgam91cm5leXM6IG51bWJlcjtcbiAgLyoqIENhc2VzIHBlciBqb3VybmV5OyBhIGNhc2Ugd2l0aCB0d28gY3VzdG9tZXJzIGNvdW50cyBpbiBib3RoIGpvdXJuZXlzLiAqL1xuICBjYXNlc1BlckpvdXJuZXk6IHsgbWVhbjogbnVtYmVyOyBtZWRpYW46IG51bWJlcjsgbWF4OiBudW1iZXIgfTtcbiAgLyoqIEpvdXJuZXlzIGluIHdoaWNoIGEgY2FzZSBzdGFydHMgYmVmb3JlIGFuIGVhcmxpZXIgY2FzZSBvZiB0aGUgam91cm5leSBoYXMgZW5kZWQuICovXG4gIGNvbmN1cnJlbnRKb3VybmV5czogbnVtYmVyO1xuICAvKiogQ2hhbmdlcyBvZiBkZXBhcnRtZW50IGFsb25nIGVhY2ggam91cm5leSdzIGV2ZW50cyBhY3Jvc3MgaXRzIGNhc2VzLCBzdW1tZWQgb3ZlciB0aGUgam91cm5leXMuICovXG4gIGhhbmRvZmZzOiBudW1iZXI7XG4gIC8qKiBEaXJlY3QgcmV0dXJucyBBIFx1MjE5MiBCIFx1MjE5MiBBIGFsb25nIHRoZSBqb3VybmV5cywgc3VtbWVkLiAqL1xuICBwaW5nUG9uZ3M6IG51bWJlcjtcbiAgLyoqIERlcGFydG1lbnQgcmUtZW50cmllcyBhbG9uZyB0aGUgam91cm5leXMsIHN1bW1lZC4gKi9cbiAgcmV2aXNpdHM6IG51bWJlcjtcbiAgLyoqIEpvdXJuZXkgZHVyYXRpb246IG1pbnV0ZXMgZnJvbSBhIGpvdXJuZXkncyBmaXJzdCBldmVudCB0byBpdHMgbGFzdC4gKi9cbiAgam91cm5leU1pbnV0ZXM6IE1pbnV0ZXNTdW1tYXJ5O1xuICAvKiogQ2FzZXMgdGhhdCBzdGFydCBhdCBtb3N0IGByZXR1cm5XaW5kb3dNaW51dGVzYCBhZnRlciBhbm90aGVyIGNhc2Ugb2YgdGhlIHNhbWUgY3VzdG9tZXIgZW5kZWQuICovXG4gIHJldHVybnM6IG51bWJlcjtcbiAgLyoqIHJldHVybnMgLyBjYXNlcyB3aXRoIGEgY3VzdG9tZXIgKDAgd2hlbiB0aGVyZSBhcmUgbm9uZSkuICovXG4gIHJldHVyblNoYXJlOiBudW1iZXI7XG4gIC8qKiBDYXNlcyB3aG9zZSBldmVudHMgbmFtZSBtb3JlIHRoYW4gb25lIGN1c3RvbWVyOyBlYWNoIGNvdW50cyBpbiBldmVyeSBvbmUncyBqb3VybmV5LiAqL1xuICBjYXNlc1dpdGhTZXZlcmFsQ3VzdG9tZXJzOiBudW1iZXI7XG4gIC8qKiBFdmVudHMgdGhhdCBuYW1lIG1vcmUgdGhhbiBvbmUgY3VzdG9tZXIgKE9DRUwpOyBlYWNoIGNvdW50cyBpbiBldmVyeSBvbmUncyBqb3VybmV5LiAqL1xuICBldmVudHNXaXRoU2V2ZXJhbEN1c3RvbWVyczogbnVtYmVyO1xuICAvKiogQ2FzZXMgbm8gZXZlbnQgb2Ygd2hpY2ggbmFtZXMgYSBjdXN0b21lcjogaW4gbm8gam91cm5leS4gKi9cbiAgY2FzZXNXaXRob3V0Q3VzdG9tZXI6IG51bWJlcjtcbiAgcmV0dXJuV2luZG93TWludXRlczogbnVtYmVyO1xuICAvKiogbnVsbDogbm8gY3V0LCBvbmUgam91cm5leSBwZXIgY3VzdG9tZXIuICovXG4gIGpvdXJuZXlHYXBNaW51dGVzOiBudW1iZXIgfCBudWxsO1xufVxuXG5jb25zdCBERUZBVUxUUyA9IHsgam91cm5leUdhcDogbnVsbCBhcyBudW1iZXIgfCBudWxsLCByZXR1cm5XaW5kb3c6IDcgKiAyNCAqIDYwIH07XG5cbmNvbnN0IE1TX1BFUl9NSU5VVEUgPSA2MF8wMDA7XG5cbmZ1bmN0aW9uIG1lZGlhbihzb3J0ZWQ6IEFycmF5TGlrZTxudW1iZXI+KTogbnVtYmVyIHtcbiAgY29uc3QgbiA9IHNvcnRlZC5sZW5ndGg7XG4gIGlmIChuID09PSAwKSByZXR1cm4gMDtcbiAgcmV0dXJuIG4gJSAyID09PSAxID8gc29ydGVkW24gPj4gMV0hIDogKHNvcnRlZFsobiA+PiAxKSAtIDFdISArIHNvcnRlZFtuID4+IDFdISkgLyAyO1xufVxuXG4vKipcbiAqIE1lYXN1cmVzIHRoZSBjdXN0b21lciBqb3VybmV5cyBvZiBhIGxvZyByZWFkIHdpdGggYSBjdXN0b21lciBtYXBwaW5nIChgbnVsbGAgd2l0aG91dCBvbmUpOlxuICogZWFjaCBqb3VybmV5J3MgZXZlbnRzIGFjcm9zcyBpdHMgY2FzZXMgYXJlIG1lYXN1cmVkIHdpdGggYHdhbmRlck1ldHJpY3NgLCB0aGUgb25lIGRlZmluaXRpb25cbiAqIG9mIGhhbmQtb2ZmcywgcGluZy1wb25ncyBhbmQgcmV2aXNpdHM7IHJldHVybnMgYXJlIGNvdW50ZWQgcGVyIGN1c3RvbWVyIGFjcm9zcyBhbGwgdGhlaXJcbiAqIGNhc2VzLCB3aGF0ZXZlciB0aGUgam91cm5leSBnYXAuXG4gKlxuICogQGV4YW1wbGVcbiAqIGN1c3RvbWVyUmVwb3J0KGxvZywgeyByZXR1cm5XaW5kb3c6IDEwMDgwIH0pPy5yZXR1cm5TaGFyZTsgLy8gMC4zMVxuICovXG5leHBvcnQgZnVuY3Rpb24gY3VzdG9tZXJSZXBvcnQobG9nOiBFdmVudExvZywgb3B0aW9uczogQ3VzdG9tZXJSZXBvcnRPcHRpb25zID0ge30pOiBDdXN0b21lclJlcG9ydCB8IG51bGwge1xuICBjb25zdCBqb3VybmV5R2FwID0gb3B0aW9ucy5qb3VybmV5R2FwID8/IERFRkFVTFRTLmpvdXJuZXlHYXA7XG4gIGNvbnN0IHJldHVybldpbmRvdyA9IG9wdGlvbnMucmV0dXJuV2luZG93ID8/IERFRkFVTFRTLnJldHVybldpbmRvdztcbiAgaWYgKCEocmV0dXJuV2luZG93ID49IDApIHx8ICFOdW1iZXIuaXNGaW5pdGUocmV0dXJuV2luZG93KSkgdGhyb3cgbmV3IFJhbmdlRXJyb3IoYHJldHVybldpbmRvdyBtdXN0IGJlIGEgZmluaXRlIG51bWJlciBvZiBtaW51dGVzIFx1MjI2NSAwLCBub3QgJHtTdHJpbmcocmV0dXJuV2luZG93KX1gKTtcbiAgY29uc3Qgam91cm5leXMgPSBjdXN0b21lckpvdXJuZXlzKGxvZywgeyBqb3VybmV5R2FwIH0pO1xuICBpZiAoam91cm5leXMgPT09IG51bGwpIHJldHVybiBudWxsO1xuICBjb25zdCB7IGNhc2VTdGFydCwgY2FzZXMsIGV2ZW50U3RhcnQsIGV2ZW50cywgcmVsYXRpb24gfSA9IGpvdXJuZXlzO1xuICBjb25zdCBjb3VudCA9IGpvdXJuZXlzLmN1c3RvbWVyLmxlbmd0aDtcbiAgY29uc3QgeyBkZXBhcnRtZW50LCBhY3Rpdml0eSwgdGltZSB9ID0gbG9nO1xuICBjb25zdCBzaXplcyA9IG5ldyBVaW50MzJBcnJheShjb3VudCk7XG4gIGNvbnN0IG1pbnV0ZXMgPSBuZXcgRmxvYXQ2NEFycmF5KGNvdW50KTtcbiAgbGV0IGhhbmRvZmZzID0gMDtcbiAgbGV0IHBpbmdQb25ncyA9IDA7XG4gIGxldCByZXZpc2l0cyA9IDA7XG4gIGxldCBjb25jdXJyZW50ID0gMDtcbiAgY29uc3Qga25vd246IChudW1iZXIgfCBudWxsKVtdID0gW107XG4gIGNvbnN0IHZpc2l0ZWQ6IG51bWJlcltdID0gW107XG4gIGZvciAobGV0IGogPSAwOyBqIDwgY291bnQ7IGorKykge1xuICAgIHNpemVzW2pdID0gY2FzZVN0YXJ0W2ogKyAxXSEgLSBjYXNlU3RhcnRbal0hO1xuICAgIGxldCBlbmQgPSAtSW5maW5pdHk7XG4gICAgbGV0IG92ZXJsYXBzID0gZmFsc2U7XG4gICAgZm9yIChsZXQgcCA9IGNhc2VTdGFydFtqXSE7IHAgPCBjYXNlU3RhcnRbaiArIDFdITsgcCsrKSB7XG4gICAgICBjb25zdCBjID0gY2FzZXNbcF0hO1xuICAgICAgaWYgKHRpbWVbbG9nLmNhc2VTdGFydFtjXSFdISA8IGVuZCkgb3ZlcmxhcHMgPSB0cnVlO1xuICAgICAgZW5kID0gTWF0aC5tYXgoZW5kLCB0aW1lW2xvZy5jYXNlU3RhcnRbYyArIDFdISAtIDFdISk7XG4gICAgfVxuICAgIGlmIChvdmVybGFwcykgY29uY3VycmVudCsrO1xuICAgIGtub3duLmxlbmd0aCA9IDA7XG4gICAgdmlzaXRlZC5sZW5ndGggPSAwO1xuICAgIGZvciAobGV0IGUgPSBldmVudFN0YXJ0W2pdITsgZSA8IGV2ZW50U3RhcnRbaiArIDFdITsgZSsrKSB7XG4gICAgICBjb25zdCBpID0gZXZlbnRzW2VdITtcbiAgICAgIHZpc2l0ZWQucHVzaChhY3Rpdml0eVtpXSEpO1xuICAgICAga25vd24ucHVzaChkZXBhcnRtZW50W2ldID09PSBNSVNTSU5HX0RFUEFSVE1FTlQgPyBudWxsIDogZGVwYXJ0bWVudFtpXSEpO1xuICAgIH1cbiAgICBjb25zdCBtID0gd2FuZGVyTWV0cmljcyh2aXNpdGVkLCBrbm93bik7XG4gICAgaGFuZG9mZnMgKz0gbS5oYW5kb2ZmcztcbiAgICBwaW5nUG9uZ3MgKz0gbS5waW5nUG9uZ3M7XG4gICAgcmV2aXNpdHMgKz0gbS5yZXZpc2l0cztcbiAgICBjb25zdCBmcm9tID0gZXZlbnRTdGFydFtqXSE7XG4gICAgY29uc3QgdG8gPSBldmVudFN0YXJ0W2ogKyAxXSE7XG4gICAgbWludXRlc1tqXSA9IHRvID4gZnJvbSA/ICh0aW1lW2V2ZW50c1t0byAtIDFdIV0hIC0gdGltZVtldmVudHNbZnJvbV0hXSEpIC8gTVNfUEVSX01JTlVURSA6IDA7XG4gIH1cbiAgY29uc3QgaXNSZXR1cm4gPSBjYXNlUmV0dXJucyhsb2csIHJlbGF0aW9uLCByZXR1cm5XaW5kb3cpO1xuICBsZXQgcmV0dXJucyA9IDA7XG4gIGZvciAoY29uc3QgciBvZiBpc1JldHVybikgcmV0dXJucyArPSByO1xuICBjb25zdCB3aXRoQ3VzdG9tZXIgPSBsb2cuY2FzZXMubGVuZ3RoIC0gcmVsYXRpb24uY2FzZXNXaXRob3V0Q3VzdG9tZXI7XG4gIHNpemVzLnNvcnQoKTtcbiAgbGV0IHRvdGFsID0gMDtcbiAgZm9yIChjb25zdCBzIG9mIHNpemVzKSB0b3RhbCArPSBzO1xuICBsZXQgY3VzdG9tZXJzID0gMDtcbiAgZm9yIChsZXQgayA9IDA7IGsgKyAxIDwgcmVsYXRpb24uY2FzZU9mLmxlbmd0aDsgaysrKSBpZiAocmVsYXRpb24uY2FzZU9mW2sgKyAxXSEgPiByZWxhdGlvbi5jYXNlT2Zba10hKSBjdXN0b21lcnMrKztcbiAgcmV0dXJuIHtcbiAgICBjdXN0b21lcnMsXG4gICAgY2FzZXM6IHdpdGhDdXN0b21lcixcbiAgICBqb3VybmV5czogY291bnQsXG4gICAgY2FzZXNQZXJKb3VybmV5OiB7IG1lYW46IGNvdW50ID09PSAwID8gMCA6IHRvdGFsIC8gY291bnQsIG1lZGlhbjogbWVkaWFuKHNpemVzKSwgbWF4OiBjb3VudCA9PT0gMCA/IDAgOiBzaXplc1tjb3VudCAtIDFdISB9LFxuICAgIGNvbmN1cnJlbnRKb3VybmV5czogY29uY3VycmVudCxcbiAgICBoYW5kb2ZmcyxcbiAgICBwaW5nUG9uZ3MsXG4gICAgcmV2aXNpdHMsXG4gICAgam91cm5leU1pbnV0ZXM6IG1pbnV0ZXNTdW1tYXJ5KG1pbnV0ZXMpLFxuICAgIHJldHVybnMsXG4gICAgcmV0dXJuU2hhcmU6IHdpdGhDdXN0b21lciA9PT0gMCA/IDAgOiByZXR1cm5zIC8gd2l0aEN1c3RvbWVyLFxuICAgIGNhc2VzV2l0aFNldmVyYWxDdXN0b21lcnM6IHJlbGF0aW9uLmNhc2VzV2l0aFNldmVyYWxDdXN0b21lcnMsXG4gICAgZXZlbnRzV2l0aFNldmVyYWxDdXN0b21lcnM6IHJlbGF0aW9uLmV2ZW50c1dpdGhTZXZlcmFsQ3VzdG9tZXJzLFxuICAgIGNhc2VzV2l0aG91dEN1c3RvbWVyOiByZWxhdGlvbi5jYXNlc1dpdGhvdXRDdXN0b21lcixcbiAgICByZXR1cm5XaW5kb3dNaW51dGVzOiByZXR1cm5XaW5kb3csXG4gICAgam91cm5leUdhcE1pbnV0ZXM6IGpvdXJuZXlHYXAsXG4gIH07XG59XG4iLCAiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL3d0L3JlYWRlci9zcmMvbG9nLXJlcG9ydFwiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvd3QvcmVhZGVyL3NyYy9sb2ctcmVwb3J0L2xvZy13b3JraW5nLXRpbWUudHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfaW1wb3J0X21ldGFfdXJsID0gXCJmaWxlOi8vL3dvcmsvd3QvcmVhZGVyL3NyYy9sb2ctcmVwb3J0L2xvZy13b3JraW5nLXRpbWUudHNcIjtpbXBvcnQgeyBNSVNTSU5HX0RFUEFSVE1FTlQsIHR5cGUgRXZlbnRMb2cgfSBmcm9tIFwiLi4vbG9ncy9ldmVudC1sb2cuanNcIjtcbmltcG9ydCB7IG1pbnV0ZXNTdW1tYXJ5LCB0eXBlIE1pbnV0ZXNTdW1tYXJ5IH0gZnJvbSBcIi4vbWludXRlcy1zdW1tYXJ5LmpzXCI7XG5pbXBvcnQgdHlwZSB7IENhbGVuZGFyIH0gZnJvbSBcIi4uL3dvcmtpbmctdGltZS9jYWxlbmRhci5qc1wiO1xuaW1wb3J0IHR5cGUgeyBXb3JraW5nSG91cnMgfSBmcm9tIFwiLi4vd29ya2luZy10aW1lL3dvcmtpbmctaG91cnMuanNcIjtcblxuLyoqXG4gKiBUaGUgd29ya2luZy10aW1lIHR3aW4gb2YgYSBsb2cgcmVwb3J0J3Mgd2FpdGluZyBmaWd1cmVzIChgTG9nUmVwb3J0LndvcmtpbmdgKTogdGhlIHNhbWUgd2FpdHNcbiAqIG1lYXN1cmVkIG9uIHRoZSB3b3JraW5nIGNsb2NrIG9mIHRoZSBkZXBhcnRtZW50IHRoZSBjdXN0b21lciB3YWl0cyBmb3IuIEpTT04tc2VyaWFsaXNhYmxlLlxuICpcbiAqIEBleGFtcGxlXG4gKiBhbmFseXNlTG9nKGxvZywgeyBjYWxlbmRhciB9KS53b3JraW5nO1xuICogLy8geyB3YWl0TWludXRlczogMV8yMzRfNTY3LCBtZWFuUGVyQ2FzZTogODYxLCBkYXlNaW51dGVzOiA0ODAsIHRpbWV6b25lOiBcIkV1cm9wZS9BbXN0ZXJkYW1cIixcbiAqIC8vICAgZGVwYXJ0bWVudENoYW5nZXM6IHsgY291bnQ6IDQyMTIsIG1lYW5NaW51dGVzOiA1MTIsIG1lZGlhbk1pbnV0ZXM6IDEwMSB9LCBkZXBhcnRtZW50U3RheXM6IHsgXHUyMDI2IH0gfVxuICovXG5leHBvcnQgaW50ZXJmYWNlIExvZ1dvcmtpbmdUaW1lIHtcbiAgLyoqIFdvcmtpbmcgbWludXRlcyBvZiBldmVyeSB3YWl0IGJldHdlZW4gY29uc2VjdXRpdmUgZXZlbnRzIG9mIGEgY2FzZSwgc3VtbWVkIG92ZXIgdGhlIGNhc2VzLiAqL1xuICB3YWl0TWludXRlczogbnVtYmVyO1xuICAvKiogYHdhaXRNaW51dGVzYCBwZXIgY2FzZSAoMCBmb3IgYSBsb2cgd2l0aG91dCBjYXNlcykuICovXG4gIG1lYW5QZXJDYXNlOiBudW1iZXI7XG4gIC8qKiBXb3JraW5nIG1pbnV0ZXMgb2YgdGhlIHdhaXRzIHdoZW4gdGhlIGRlcGFydG1lbnQgY2hhbmdlczogdGhlIHBhaXJzIG9mIGB3YWl0aW5nLmRlcGFydG1lbnRDaGFuZ2VzYC4gKi9cbiAgZGVwYXJ0bWVudENoYW5nZXM6IE1pbnV0ZXNTdW1tYXJ5O1xuICAvKiogXHUyMDI2IGFuZCB3aGVuIGl0IHN0YXlzOiB0aGUgcGFpcnMgb2YgYHdhaXRpbmcuZGVwYXJ0bWVudFN0YXlzYC4gKi9cbiAgZGVwYXJ0bWVudFN0YXlzOiBNaW51dGVzU3VtbWFyeTtcbiAgLyoqIFRoZSBjYWxlbmRhcidzIHdvcmtpbmcgZGF5IGluIG1pbnV0ZXM6IFwiYSB3b3JraW5nIGRheVwiIGluIGV2ZXJ5IHRleHQgaXMgdGhpcyBsb25nLiAqL1xuICBkYXlNaW51dGVzOiBudW1iZXI7XG4gIC8qKiBUaGUgY2FsZW5kYXIncyB0aW1lIHpvbmUuICovXG4gIHRpbWV6b25lOiBzdHJpbmc7XG59XG5cbi8qKlxuICogTWVhc3VyZXMgZXZlcnkgd2FpdCBvZiBhIGxvZyBvbiB0aGUgd29ya2luZyBjbG9jay4gQSB3YWl0IGJldHdlZW4gdHdvIGNvbnNlY3V0aXZlIGV2ZW50cyBvZiBhXG4gKiBjYXNlIGlzIHRoZSBwYXJ0IG9mIHRoZSBpbnRlcnZhbCBpbnNpZGUgdGhlIHdvcmtpbmcgdGltZSBvZiB0aGUgZGVwYXJ0bWVudCB3YWl0ZWQgZm9yOiB0aGVcbiAqIGxhdGVyIGV2ZW50J3MgKERFU0lHTiBcdTAwQTc0IGF0dHJpYnV0ZXMgYSB3YWl0IHRvIHRoZSBxdWV1ZSBpdCBsZWFkcyBpbnRvKSwgYSBtaXNzaW5nIGRlcGFydG1lbnRcbiAqIGluaGVyaXRlZCBmcm9tIHRoZSBjYXNlJ3MgcHJldmlvdXMga25vd24gb25lIChsZWFkaW5nIGV2ZW50czogdGhlIGZpcnN0IGtub3duIG9uZTsgYSBjYXNlIHdpdGhcbiAqIG5vbmUgdXNlcyB0aGUgY2FsZW5kYXIncyBvd24gaG91cnMpLiBBbiBlbmQgYmVmb3JlIGl0cyBzdGFydCBjb3VudHMgMC4gVGhlIGNoYW5nZSBhbmQgc3RheVxuICogZmlndXJlcyB1c2UgZXhhY3RseSB0aGUgcGFpcnMgb2YgdGhlIGxvZyByZXBvcnQncyBgd2FpdGluZ2AgYmxvY2sgKGNvbnNlY3V0aXZlIGV2ZW50cyB3aXRoXG4gKiBrbm93biBkZXBhcnRtZW50cyksIHNvIGVhY2ggc3RhbmRzIGJlc2lkZSBpdHMgY2FsZW5kYXIgdHdpbi4gVGhlIGxvZyBpcyBub3QgY2hhbmdlZC5cbiAqXG4gKiBAZXhhbXBsZVxuICogLy8gb25lIGNhc2U6IGRlc2sgRnJpIDE1OjAwIFx1MjE5MiBsYWIgTW9uIDA5OjAwLCBNb25kYXlcdTIwMTNGcmlkYXkgMDg6MDBcdTIwMTMxNjowMFxuICogbG9nV29ya2luZ1RpbWUobG9nLCBjYWxlbmRhcikud2FpdE1pbnV0ZXM7IC8vIDEyMFxuICovXG5leHBvcnQgZnVuY3Rpb24gbG9nV29ya2luZ1RpbWUobG9nOiBFdmVudExvZywgY2FsZW5kYXI6IENhbGVuZGFyKTogTG9nV29ya2luZ1RpbWUge1xuICBjb25zdCB7IGNhc2VTdGFydCwgZGVwYXJ0bWVudCwgdGltZSB9ID0gbG9nO1xuICBjb25zdCBzdGFuZGFyZCA9IGNhbGVuZGFyLmhvdXJzKG51bGwpO1xuICBjb25zdCBob3VyczogV29ya2luZ0hvdXJzW10gPSBsb2cuZGVwYXJ0bWVudHMubWFwKChuYW1lKSA9PiBjYWxlbmRhci5ob3VycyhuYW1lKSk7XG4gIGNvbnN0IGNoYW5nZXMgPSBuZXcgRmxvYXQ2NEFycmF5KGxvZy5ldmVudHMpO1xuICBjb25zdCBzdGF5cyA9IG5ldyBGbG9hdDY0QXJyYXkobG9nLmV2ZW50cyk7XG4gIGxldCBjaGFuZ2VDb3VudCA9IDA7XG4gIGxldCBzdGF5Q291bnQgPSAwO1xuICBsZXQgd2FpdE1pbnV0ZXMgPSAwO1xuICBsZXQgY2FzZXMgPSAwO1xuICBmb3IgKGxldCBjID0gMDsgYyArIDEgPCBjYXNlU3RhcnQubGVuZ3RoOyBjKyspIHtcbiAgICBjb25zdCBmcm9tID0gY2FzZVN0YXJ0W2NdITtcbiAgICBjb25zdCB0byA9IGNhc2VTdGFydFtjICsgMV0hO1xuICAgIGlmICh0byA+IGZyb20pIGNhc2VzKys7XG4gICAgLy8gdGhlIGRlcGFydG1lbnQgd2FpdGVkIGZvciBiZWZvcmUgdGhlIGZpcnN0IGtub3duIG9uZTogdGhlIGZpcnN0IGtub3duIG9uZVxuICAgIGxldCBpbmhlcml0ZWQgPSBzdGFuZGFyZDtcbiAgICBmb3IgKGxldCBpID0gZnJvbTsgaSA8IHRvOyBpKyspIHtcbiAgICAgIGlmIChkZXBhcnRtZW50W2ldICE9PSBNSVNTSU5HX0RFUEFSVE1FTlQpIHtcbiAgICAgICAgaW5oZXJpdGVkID0gaG91cnNbZGVwYXJ0bWVudFtpXSFdITtcbiAgICAgICAgYnJlYWs7XG4gICAgICB9XG4gICAgfVxuICAgIGxldCBwcmV2aW91c0tub3duID0gLTE7XG4gICAgZm9yIChsZXQgaSA9IGZyb207IGkgPCB0bzsgaSsrKSB7XG4gICAgICBjb25zdCBkID0gZGVwYXJ0bWVudFtpXSE7XG4gICAgICBjb25zdCBvd24gPSBkID09PSBNSVNTSU5HX0RFUEFSVE1FTlQgPyBpbmhlcml0ZWQgOiBob3Vyc1tkXSE7XG4gICAgICBpbmhlcml0ZWQgPSBvd247XG4gICAgICBjb25zdCBnYXAgPSBpID4gZnJvbSA/IG93bi5taW51dGVzQmV0d2Vlbih0aW1lW2kgLSAxXSEsIHRpbWVbaV0hKSA6IDA7XG4gICAgICB3YWl0TWludXRlcyArPSBnYXA7XG4gICAgICBpZiAoZCA9PT0gTUlTU0lOR19ERVBBUlRNRU5UKSBjb250aW51ZTtcbiAgICAgIGlmIChwcmV2aW91c0tub3duID49IDApIHtcbiAgICAgICAgLy8gYWNyb3NzIGV2ZW50cyB3aXRoIGEgbWlzc2luZyBkZXBhcnRtZW50IHRoZSBwYWlyIHNwYW5zIHNldmVyYWwgZ2FwczogbWVhc3VyZSBpdCB3aG9sZVxuICAgICAgICBjb25zdCBtaW51dGVzID0gcHJldmlvdXNLbm93biA9PT0gaSAtIDEgPyBnYXAgOiBvd24ubWludXRlc0JldHdlZW4odGltZVtwcmV2aW91c0tub3duXSEsIHRpbWVbaV0hKTtcbiAgICAgICAgaWYgKGRlcGFydG1lbnRbcHJldmlvdXNLbm93bl0gPT09IGQpIHN0YXlzW3N0YXlDb3VudCsrXSA9IG1pbnV0ZXM7XG4gICAgICAgIGVsc2UgY2hhbmdlc1tjaGFuZ2VDb3VudCsrXSA9IG1pbnV0ZXM7XG4gICAgICB9XG4gICAgICBwcmV2aW91c0tub3duID0gaTtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIHtcbiAgICB3YWl0TWludXRlcyxcbiAgICBtZWFuUGVyQ2FzZTogY2FzZXMgPiAwID8gd2FpdE1pbnV0ZXMgLyBjYXNlcyA6IDAsXG4gICAgZGVwYXJ0bWVudENoYW5nZXM6IG1pbnV0ZXNTdW1tYXJ5KGNoYW5nZXMsIGNoYW5nZUNvdW50KSxcbiAgICBkZXBhcnRtZW50U3RheXM6IG1pbnV0ZXNTdW1tYXJ5KHN0YXlzLCBzdGF5Q291bnQpLFxuICAgIGRheU1pbnV0ZXM6IGNhbGVuZGFyLmRheU1pbnV0ZXMsXG4gICAgdGltZXpvbmU6IGNhbGVuZGFyLnRpbWV6b25lLFxuICB9O1xufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay93dC9yZWFkZXIvc3JjL2xvZy1yZXBvcnRcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZmlsZW5hbWUgPSBcIi93b3JrL3d0L3JlYWRlci9zcmMvbG9nLXJlcG9ydC9hbmFseXNlLWxvZy50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay93dC9yZWFkZXIvc3JjL2xvZy1yZXBvcnQvYW5hbHlzZS1sb2cudHNcIjtpbXBvcnQgdHlwZSB7IEhhbmRvZmZDb3VudCB9IGZyb20gXCIuLi9hbmFseXNpcy9yZXBvcnQuanNcIjtcbmltcG9ydCB7IHdhbmRlck1ldHJpY3MgfSBmcm9tIFwiLi4vYW5hbHlzaXMvd2FuZGVyLW1ldHJpY3MuanNcIjtcbmltcG9ydCB7IGFjdGl2aXR5Rmxvd3MgfSBmcm9tIFwiLi9hY3Rpdml0eS1mbG93cy5qc1wiO1xuaW1wb3J0IHsgY291bnRWYXJpYW50cyB9IGZyb20gXCIuL2NvdW50LXZhcmlhbnRzLmpzXCI7XG5pbXBvcnQgeyBjdXN0b21lclJlcG9ydCwgdHlwZSBDdXN0b21lclJlcG9ydE9wdGlvbnMgfSBmcm9tIFwiLi9jdXN0b21lci1yZXBvcnQuanNcIjtcbmltcG9ydCB7IE1JU1NJTkdfREVQQVJUTUVOVCwgdHlwZSBFdmVudExvZyB9IGZyb20gXCIuLi9sb2dzL2V2ZW50LWxvZy5qc1wiO1xuaW1wb3J0IHR5cGUgeyBEaXJlY3RseUZvbGxvd3MsIExvZ1JlcG9ydCwgVmFyaWFudCB9IGZyb20gXCIuL2xvZy1yZXBvcnQuanNcIjtcbmltcG9ydCB7IG1pbnV0ZXNTdW1tYXJ5IH0gZnJvbSBcIi4vbWludXRlcy1zdW1tYXJ5LmpzXCI7XG5pbXBvcnQgdHlwZSB7IENhbGVuZGFyIH0gZnJvbSBcIi4uL3dvcmtpbmctdGltZS9jYWxlbmRhci5qc1wiO1xuaW1wb3J0IHsgbG9nV29ya2luZ1RpbWUgfSBmcm9tIFwiLi9sb2ctd29ya2luZy10aW1lLmpzXCI7XG5cbi8qKlxuICogT3B0aW9ucyBvZiBgYW5hbHlzZUxvZ2AuXG4gKlxuICogQGV4YW1wbGVcbiAqIGFuYWx5c2VMb2cobG9nLCB7IHRvcFZhcmlhbnRzOiA1IH0pLnZhcmlhbnRzLmxlbmd0aDsgLy8gXHUyMjY0IDVcbiAqL1xuZXhwb3J0IGludGVyZmFjZSBBbmFseXNlTG9nT3B0aW9ucyBleHRlbmRzIEN1c3RvbWVyUmVwb3J0T3B0aW9ucyB7XG4gIC8qKiBIb3cgbWFueSB2YXJpYW50cyB0byBsaXN0LiAqL1xuICB0b3BWYXJpYW50cz86IG51bWJlcjtcbiAgLyoqIE1lYXN1cmUgdGhlIHdhaXRzIG9uIHRoaXMgY2FsZW5kYXIncyB3b3JraW5nIGNsb2NrIHRvbyAoYExvZ1JlcG9ydC53b3JraW5nYCk7IHNlZSBgcGFyc2VDYWxlbmRhcmAuICovXG4gIGNhbGVuZGFyPzogQ2FsZW5kYXIgfCBudWxsO1xufVxuXG5jb25zdCBERUZBVUxUUyA9IHsgdG9wVmFyaWFudHM6IDEwLCBjYWxlbmRhcjogbnVsbCBhcyBDYWxlbmRhciB8IG51bGwgfTtcblxuY29uc3QgTVNfUEVSX01JTlVURSA9IDYwXzAwMDtcblxuLyoqIFdhbmRlciB0b3RhbHMgb2YgZXZlcnkgY2FzZSwgaGFuZC1vZmZzIGJ5IHBhaXIgYW5kIHRoZSB3YWl0cyB3aGVuIHRoZSBkZXBhcnRtZW50IGNoYW5nZXMgb3Igc3RheXMuICovXG5mdW5jdGlvbiBtZWFzdXJlV2FuZGVyaW5nKGxvZzogRXZlbnRMb2cpIHtcbiAgY29uc3QgeyBjYXNlU3RhcnQsIGRlcGFydG1lbnQsIGFjdGl2aXR5LCB0aW1lLCBkZXBhcnRtZW50cyB9ID0gbG9nO1xuICBjb25zdCB0b3RhbHMgPSB7IGhhbmRvZmZzOiAwLCBwaW5nUG9uZ3M6IDAsIHJldmlzaXRzOiAwLCByZXBlYXRzOiAwLCBjYXNlc1dpdGhIYW5kb2ZmOiAwLCBjYXNlc1dpdGhQaW5nUG9uZzogMCwgY2FzZXNXaXRoUmV2aXNpdDogMCB9O1xuICBjb25zdCBwYWlycyA9IG5ldyBNYXA8bnVtYmVyLCBIYW5kb2ZmQ291bnQ+KCk7XG4gIGNvbnN0IGNoYW5nZXMgPSBuZXcgRmxvYXQ2NEFycmF5KGxvZy5ldmVudHMpO1xuICBjb25zdCBzdGF5cyA9IG5ldyBGbG9hdDY0QXJyYXkobG9nLmV2ZW50cyk7XG4gIGxldCBjaGFuZ2VDb3VudCA9IDA7XG4gIGxldCBzdGF5Q291bnQgPSAwO1xuICAvLyBwbGFpbiBhcnJheXMgcmV1c2VkIGZyb20gY2FzZSB0byBjYXNlOiBjaGVhcGVyIGZvciB3YW5kZXJNZXRyaWNzIHRoYW4gdHlwZWQtYXJyYXkgdmlld3NcbiAgY29uc3Qga25vd246IChudW1iZXIgfCBudWxsKVtdID0gW107XG4gIGNvbnN0IHZpc2l0ZWQ6IG51bWJlcltdID0gW107XG4gIGZvciAobGV0IGMgPSAwOyBjICsgMSA8IGNhc2VTdGFydC5sZW5ndGg7IGMrKykge1xuICAgIGNvbnN0IGZyb20gPSBjYXNlU3RhcnRbY10hO1xuICAgIGNvbnN0IHRvID0gY2FzZVN0YXJ0W2MgKyAxXSE7XG4gICAga25vd24ubGVuZ3RoID0gMDtcbiAgICB2aXNpdGVkLmxlbmd0aCA9IDA7XG4gICAgbGV0IHByZXZpb3VzID0gLTE7XG4gICAgZm9yIChsZXQgaSA9IGZyb207IGkgPCB0bzsgaSsrKSB7XG4gICAgICB2aXNpdGVkLnB1c2goYWN0aXZpdHlbaV0hKTtcbiAgICAgIGNvbnN0IGQgPSBkZXBhcnRtZW50W2ldITtcbiAgICAgIGlmIChkID09PSBNSVNTSU5HX0RFUEFSVE1FTlQpIHtcbiAgICAgICAga25vd24ucHVzaChudWxsKTtcbiAgICAgICAgY29udGludWU7XG4gICAgICB9XG4gICAgICBrbm93bi5wdXNoKGQpO1xuICAgICAgaWYgKHByZXZpb3VzID49IDApIHtcbiAgICAgICAgY29uc3QgbWludXRlcyA9ICh0aW1lW2ldISAtIHRpbWVbcHJldmlvdXNdISkgLyBNU19QRVJfTUlOVVRFO1xuICAgICAgICBpZiAoZGVwYXJ0bWVudFtwcmV2aW91c10gPT09IGQpIHN0YXlzW3N0YXlDb3VudCsrXSA9IG1pbnV0ZXM7XG4gICAgICAgIGVsc2UgY2hhbmdlc1tjaGFuZ2VDb3VudCsrXSA9IG1pbnV0ZXM7XG4gICAgICB9XG4gICAgICBwcmV2aW91cyA9IGk7XG4gICAgfVxuICAgIGNvbnN0IG0gPSB3YW5kZXJNZXRyaWNzKHZpc2l0ZWQsIGtub3duKTtcbiAgICB0b3RhbHMuaGFuZG9mZnMgKz0gbS5oYW5kb2ZmcztcbiAgICB0b3RhbHMucGluZ1BvbmdzICs9IG0ucGluZ1BvbmdzO1xuICAgIHRvdGFscy5yZXZpc2l0cyArPSBtLnJldmlzaXRzO1xuICAgIHRvdGFscy5yZXBlYXRzICs9IG0ucmVwZWF0cztcbiAgICBpZiAobS5oYW5kb2ZmcyA+IDApIHRvdGFscy5jYXNlc1dpdGhIYW5kb2ZmKys7XG4gICAgaWYgKG0ucGluZ1BvbmdzID4gMCkgdG90YWxzLmNhc2VzV2l0aFBpbmdQb25nKys7XG4gICAgaWYgKG0ucmV2aXNpdHMgPiAwKSB0b3RhbHMuY2FzZXNXaXRoUmV2aXNpdCsrO1xuICAgIGZvciAobGV0IGsgPSAwOyBrICsgMSA8IG0uZGVwYXJ0bWVudHMubGVuZ3RoOyBrKyspIHtcbiAgICAgIGNvbnN0IGEgPSBtLmRlcGFydG1lbnRzW2tdITtcbiAgICAgIGNvbnN0IGIgPSBtLmRlcGFydG1lbnRzW2sgKyAxXSE7XG4gICAgICBjb25zdCBrZXkgPSBhICogZGVwYXJ0bWVudHMubGVuZ3RoICsgYjtcbiAgICAgIGNvbnN0IHBhaXIgPSBwYWlycy5nZXQoa2V5KTtcbiAgICAgIGlmIChwYWlyKSBwYWlyLmNvdW50Kys7XG4gICAgICBlbHNlIHBhaXJzLnNldChrZXksIHsgZnJvbTogZGVwYXJ0bWVudHNbYV0hLCB0bzogZGVwYXJ0bWVudHNbYl0hLCBjb3VudDogMSB9KTtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIHtcbiAgICAuLi50b3RhbHMsXG4gICAgaGFuZG9mZnNCeVBhaXI6IFsuLi5wYWlycy52YWx1ZXMoKV0uc29ydCgocCwgcSkgPT4gcS5jb3VudCAtIHAuY291bnQpLFxuICAgIHdhaXRpbmc6IHsgZGVwYXJ0bWVudENoYW5nZXM6IG1pbnV0ZXNTdW1tYXJ5KGNoYW5nZXMsIGNoYW5nZUNvdW50KSwgZGVwYXJ0bWVudFN0YXlzOiBtaW51dGVzU3VtbWFyeShzdGF5cywgc3RheUNvdW50KSB9LFxuICB9O1xufVxuXG4vKiogVGhlIHRvcCB2YXJpYW50cyBhcyBhY3Rpdml0eSBuYW1lcywgYW5kIGhvdyBtYW55IGRpc3RpbmN0IG9uZXMgdGhlcmUgYXJlLiAqL1xuZnVuY3Rpb24gbmFtZWRWYXJpYW50cyhsb2c6IEV2ZW50TG9nLCB0b3A6IG51bWJlcik6IHsgdmFyaWFudHM6IFZhcmlhbnRbXTsgdmFyaWFudENvdW50OiBudW1iZXIgfSB7XG4gIGNvbnN0IHsgY2FzZVN0YXJ0LCBhY3Rpdml0eSB9ID0gbG9nO1xuICBjb25zdCB7IHZhcmlhbnRzLCB2YXJpYW50Q291bnQgfSA9IGNvdW50VmFyaWFudHMobG9nLCB0b3ApO1xuICByZXR1cm4ge1xuICAgIHZhcmlhbnRzOiB2YXJpYW50cy5tYXAoKHsgZmlyc3RDYXNlLCBjb3VudCB9KSA9PiAoe1xuICAgICAgYWN0aXZpdGllczogQXJyYXkuZnJvbShhY3Rpdml0eS5zdWJhcnJheShjYXNlU3RhcnRbZmlyc3RDYXNlXSEsIGNhc2VTdGFydFtmaXJzdENhc2UgKyAxXSEpLCAoYSkgPT4gbG9nLmFjdGl2aXRpZXNbYV0hKSxcbiAgICAgIGNvdW50LFxuICAgIH0pKSxcbiAgICB2YXJpYW50Q291bnQsXG4gIH07XG59XG5cbmZ1bmN0aW9uIGNhc2VEdXJhdGlvbnMobG9nOiBFdmVudExvZyk6IEZsb2F0NjRBcnJheSB7XG4gIGNvbnN0IHsgY2FzZVN0YXJ0LCB0aW1lIH0gPSBsb2c7XG4gIGNvbnN0IG1pbnV0ZXMgPSBuZXcgRmxvYXQ2NEFycmF5KGxvZy5jYXNlcy5sZW5ndGgpO1xuICBmb3IgKGxldCBjID0gMDsgYyA8IG1pbnV0ZXMubGVuZ3RoOyBjKyspIHtcbiAgICBjb25zdCBmcm9tID0gY2FzZVN0YXJ0W2NdITtcbiAgICBjb25zdCB0byA9IGNhc2VTdGFydFtjICsgMV0hO1xuICAgIG1pbnV0ZXNbY10gPSB0byA+IGZyb20gPyAodGltZVt0byAtIDFdISAtIHRpbWVbZnJvbV0hKSAvIE1TX1BFUl9NSU5VVEUgOiAwO1xuICB9XG4gIHJldHVybiBtaW51dGVzO1xufVxuXG5mdW5jdGlvbiBkaXJlY3RseUZvbGxvd3MobG9nOiBFdmVudExvZyk6IERpcmVjdGx5Rm9sbG93c1tdIHtcbiAgcmV0dXJuIGFjdGl2aXR5Rmxvd3MobG9nKVxuICAgIC5wYWlycy5tYXAoKHApID0+ICh7IGZyb206IGxvZy5hY3Rpdml0aWVzW3AuZnJvbV0hLCB0bzogbG9nLmFjdGl2aXRpZXNbcC50b10hLCBjb3VudDogcC5jb3VudCwgbWVhbk1pbnV0ZXM6IHAudG90YWxNaW51dGVzIC8gcC5jb3VudCB9KSlcbiAgICAuc29ydCgoYSwgYikgPT4gYi5jb3VudCAtIGEuY291bnQpO1xufVxuXG4vKipcbiAqIE1lYXN1cmVzIGhvdyB0aGUgY3VzdG9tZXJzIG9mIGFuIGV2ZW50IGxvZyB3YW5kZXI6IGV2ZXJ5IGNhc2UgZ2V0cyB0aGUgam91cm5leVxuICogbWV0cmljcyBmcm9tIGB3YW5kZXJNZXRyaWNzYCBvbiBpdHMgZGVwYXJ0bWVudCBzZXF1ZW5jZSAobWlzc2luZyBkZXBhcnRtZW50c1xuICogbGVmdCBvdXQpLCBzdW1tZWQgaW50byB0b3RhbHM7IHBsdXMgaGFuZC1vZmZzIGJ5IHBhaXIsIGRpcmVjdGx5LWZvbGxvd3MgcGFpcnMgd2l0aCB0aGUgbWVhblxuICogbWludXRlcyBiZXR3ZWVuIHRoZW0sIHRoZSB0b3AgdmFyaWFudHMsIGNhc2UgZHVyYXRpb25zLCBhbmQgdGhlIHdhaXRpbmcgd2hlbiB0aGUgZGVwYXJ0bWVudFxuICogY2hhbmdlcyB2ZXJzdXMgd2hlbiBpdCBzdGF5cy4gVGhlIGxvZyBpcyBub3QgY2hhbmdlZC5cbiAqXG4gKiBAZXhhbXBsZVxuICogLy8gdHdvIGNhc2VzOiBkZXNrIFx1MjE5MiBsYWIgXHUyMTkyIGRlc2sgKG1pbnV0ZXMgMCwgMTAsIDExKSBhbmQgZGVzayBcdTIxOTIgZGVzayAoMCwgNSlcbiAqIGNvbnN0IHJlcG9ydCA9IGFuYWx5c2VMb2cobG9nKTtcbiAqIHJlcG9ydC5oYW5kb2ZmczsgLy8gMlxuICogcmVwb3J0LnBpbmdQb25nczsgLy8gMVxuICogcmVwb3J0LmNhc2VzV2l0aFBpbmdQb25nOyAvLyAxXG4gKiByZXBvcnQud2FpdGluZy5kZXBhcnRtZW50Q2hhbmdlczsgLy8geyBjb3VudDogMiwgbWVhbk1pbnV0ZXM6IDUuNSwgbWVkaWFuTWludXRlczogNS41IH1cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGFuYWx5c2VMb2cobG9nOiBFdmVudExvZywgb3B0aW9uczogQW5hbHlzZUxvZ09wdGlvbnMgPSB7fSk6IExvZ1JlcG9ydCB7XG4gIGNvbnN0IHRvcFZhcmlhbnRzID0gb3B0aW9ucy50b3BWYXJpYW50cyA/PyBERUZBVUxUUy50b3BWYXJpYW50cztcbiAgY29uc3QgY2FsZW5kYXIgPSBvcHRpb25zLmNhbGVuZGFyID8/IERFRkFVTFRTLmNhbGVuZGFyO1xuICBjb25zdCBjdXN0b21lcnMgPSBjdXN0b21lclJlcG9ydChsb2csIG9wdGlvbnMpO1xuICBjb25zdCB7IHdhaXRpbmcsIGhhbmRvZmZzQnlQYWlyLCAuLi53YW5kZXIgfSA9IG1lYXN1cmVXYW5kZXJpbmcobG9nKTtcbiAgY29uc3QgeyB2YXJpYW50cywgdmFyaWFudENvdW50IH0gPSBuYW1lZFZhcmlhbnRzKGxvZywgdG9wVmFyaWFudHMpO1xuICByZXR1cm4ge1xuICAgIGNhc2VzOiBsb2cuY2FzZXMubGVuZ3RoLFxuICAgIGV2ZW50czogbG9nLmV2ZW50cyxcbiAgICBhY3Rpdml0aWVzOiBsb2cuYWN0aXZpdGllcy5sZW5ndGgsXG4gICAgZGVwYXJ0bWVudHM6IGxvZy5kZXBhcnRtZW50cy5sZW5ndGgsXG4gICAgLi4ud2FuZGVyLFxuICAgIGhhbmRvZmZzQnlQYWlyLFxuICAgIGRpcmVjdGx5Rm9sbG93czogZGlyZWN0bHlGb2xsb3dzKGxvZyksXG4gICAgdmFyaWFudHMsXG4gICAgdmFyaWFudENvdW50LFxuICAgIGNhc2VNaW51dGVzOiBtaW51dGVzU3VtbWFyeShjYXNlRHVyYXRpb25zKGxvZykpLFxuICAgIHdhaXRpbmcsXG4gICAgLi4uKGNhbGVuZGFyICYmIHsgd29ya2luZzogbG9nV29ya2luZ1RpbWUobG9nLCBjYWxlbmRhcikgfSksXG4gICAgc2tpcHBlZFJvd3M6IGxvZy5za2lwcGVkLFxuICAgIC4uLihjdXN0b21lcnMgIT09IG51bGwgJiYgeyBjdXN0b21lcnMgfSksXG4gIH07XG59XG4iLCAiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL3d0L3JlYWRlci9zcmMvbG9nLXJlcG9ydFwiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvd3QvcmVhZGVyL3NyYy9sb2ctcmVwb3J0L2pvdXJuZXktbG9nLnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL3d0L3JlYWRlci9zcmMvbG9nLXJlcG9ydC9qb3VybmV5LWxvZy50c1wiO2ltcG9ydCB0eXBlIHsgRXZlbnRMb2cgfSBmcm9tIFwiLi4vbG9ncy9ldmVudC1sb2cuanNcIjtcbmltcG9ydCB7IGN1c3RvbWVySm91cm5leXMsIHR5cGUgQ3VzdG9tZXJKb3VybmV5c09wdGlvbnMgfSBmcm9tIFwiLi9jdXN0b21lci1qb3VybmV5cy5qc1wiO1xuXG4vKipcbiAqIFRoZSBsb2cgc2VlbiB3aXRoIHRoZSBjdXN0b21lciBqb3VybmV5IGFzIHRoZSB1bml0OiBvbmUgY2FzZSBwZXIgam91cm5leSAobmFtZWQgYWZ0ZXIgaXRzXG4gKiBjdXN0b21lciwgYCMyYCwgYCMzYFx1MjAyNiBmb3IgYSBjdXN0b21lcidzIGxhdGVyIGpvdXJuZXlzKSwgaG9sZGluZyB0aGUgZXZlbnRzIG9mIHRoZSBqb3VybmV5J3NcbiAqIGNhc2VzIGluIGpvdXJuZXkgb3JkZXIuIE1pbmluZyBpdCAoYHVuaXQ6IFwiY3VzdG9tZXJcImAsIGAtLXVuaXQgY3VzdG9tZXJgKSBnaXZlcyBhIG1vZGVsIHdob3NlXG4gKiBmaWRlbGl0eSBob2xkcyBwZXIgam91cm5leTsgYGFuYWx5c2VMb2dgIG9uIGl0IG1lYXN1cmVzIHRoZSBqb3VybmV5cyBhcyBpdCBtZWFzdXJlcyBjYXNlcy5cbiAqIGBudWxsYCBmb3IgYSBsb2cgcmVhZCB3aXRob3V0IGEgY3VzdG9tZXIgbWFwcGluZy4gVGhlIGxvZyBpcyBub3QgY2hhbmdlZC5cbiAqXG4gKiBAZXhhbXBsZVxuICogY29uc3Qgam91cm5leXMgPSBqb3VybmV5TG9nKGxvZywgeyBqb3VybmV5R2FwOiA0MzIwMCB9KSE7XG4gKiBqb3VybmV5cy5jYXNlczsgLy8gW1wiVmFsdWUgMVwiLCBcIlZhbHVlIDEgIzJcIiwgXCJWYWx1ZSAyXCIsIFx1MjAyNl1cbiAqIG1pbmVTZXJ2aWNlKGpvdXJuZXlzKTsgLy8gdGhlIG1vZGVsIG9mIHRoZSBjdXN0b21lcnMnIHRyaXBzIGFjcm9zcyB0aGVpciBjYXNlc1xuICovXG5leHBvcnQgZnVuY3Rpb24gam91cm5leUxvZyhsb2c6IEV2ZW50TG9nLCBvcHRpb25zOiBDdXN0b21lckpvdXJuZXlzT3B0aW9ucyA9IHt9KTogRXZlbnRMb2cgfCBudWxsIHtcbiAgY29uc3Qgam91cm5leXMgPSBjdXN0b21lckpvdXJuZXlzKGxvZywgb3B0aW9ucyk7XG4gIGlmIChqb3VybmV5cyA9PT0gbnVsbCkgcmV0dXJuIG51bGw7XG4gIGNvbnN0IHsgZXZlbnRzLCBldmVudFN0YXJ0IH0gPSBqb3VybmV5cztcbiAgY29uc3QgbiA9IGV2ZW50cy5sZW5ndGg7XG4gIGNvbnN0IHBpY2sgPSA8VCBleHRlbmRzIFVpbnQzMkFycmF5IHwgRmxvYXQ2NEFycmF5Pihjb2x1bW46IFQsIG1ha2U6IChuOiBudW1iZXIpID0+IFQpOiBUID0+IHtcbiAgICBjb25zdCBvdXQgPSBtYWtlKG4pO1xuICAgIGZvciAobGV0IGUgPSAwOyBlIDwgbjsgZSsrKSBvdXRbZV0gPSBjb2x1bW5bZXZlbnRzW2VdIV0hO1xuICAgIHJldHVybiBvdXQ7XG4gIH07XG4gIC8vIE5hbWVzIG51bWJlcmVkIGJ5IGZpcnN0IGFwcGVhcmFuY2UsIGFzIGEgbG9nIHJlYWQgZnJvbSBhIGZpbGUgaG9sZGluZyB0aGUgam91cm5leXMgb25lIGFmdGVyXG4gIC8vIHRoZSBvdGhlciwgZWFjaCBqb3VybmV5J3MgY2FzZXMgaW4gbG9nIG9yZGVyLCB3b3VsZCBudW1iZXIgdGhlbSAodGhlIFNRTCByb3V0ZSBudW1iZXJzIHRoZW0gc28pLlxuICBjb25zdCByZW51bWJlciA9IChjb2x1bW46IFVpbnQzMkFycmF5LCBuYW1lczogcmVhZG9ubHkgc3RyaW5nW10pID0+IHtcbiAgICBjb25zdCBpbmRleCA9IG5ldyBJbnQzMkFycmF5KG5hbWVzLmxlbmd0aCkuZmlsbCgtMSk7XG4gICAgY29uc3Qgb3JkZXI6IHN0cmluZ1tdID0gW107XG4gICAgZm9yIChsZXQgaiA9IDA7IGogKyAxIDwgam91cm5leXMuY2FzZVN0YXJ0Lmxlbmd0aDsgaisrKSB7XG4gICAgICAvLyB0aGUgam91cm5leSdzIGNhc2VzIGluIHRoZSBvcmRlciB0aGV5IGFwcGVhciBpbiB0aGUgbG9nLCBhcyBpdHMgZXZlbnRzJyB0aWVzIGFyZSBicm9rZW5cbiAgICAgIGNvbnN0IGNhc2VzID0gQXJyYXkuZnJvbShqb3VybmV5cy5jYXNlcy5zdWJhcnJheShqb3VybmV5cy5jYXNlU3RhcnRbal0hLCBqb3VybmV5cy5jYXNlU3RhcnRbaiArIDFdISkpLnNvcnQoKGEsIGIpID0+IGEgLSBiKTtcbiAgICAgIGZvciAoY29uc3QgYyBvZiBjYXNlcykge1xuICAgICAgICBmb3IgKGxldCBpID0gbG9nLmNhc2VTdGFydFtjXSE7IGkgPCBsb2cuY2FzZVN0YXJ0W2MgKyAxXSE7IGkrKykge1xuICAgICAgICAgIGNvbnN0IHYgPSBjb2x1bW5baV0hO1xuICAgICAgICAgIGlmICh2IDwgbmFtZXMubGVuZ3RoICYmIGluZGV4W3ZdID09PSAtMSkgaW5kZXhbdl0gPSBvcmRlci5wdXNoKG5hbWVzW3ZdISkgLSAxO1xuICAgICAgICB9XG4gICAgICB9XG4gICAgfVxuICAgIGNvbnN0IG91dCA9IG5ldyBVaW50MzJBcnJheShuKTtcbiAgICBmb3IgKGxldCBlID0gMDsgZSA8IG47IGUrKykge1xuICAgICAgY29uc3QgdiA9IGNvbHVtbltldmVudHNbZV0hXSE7XG4gICAgICBvdXRbZV0gPSB2IDwgbmFtZXMubGVuZ3RoID8gaW5kZXhbdl0hIDogdjsgLy8gTUlTU0lOR19ERVBBUlRNRU5UIHN0YXlzIGl0c2VsZlxuICAgIH1cbiAgICByZXR1cm4geyBvdXQsIG9yZGVyIH07XG4gIH07XG4gIGNvbnN0IGFjdGl2aXR5ID0gcmVudW1iZXIobG9nLmFjdGl2aXR5LCBsb2cuYWN0aXZpdGllcyk7XG4gIGNvbnN0IGRlcGFydG1lbnQgPSByZW51bWJlcihsb2cuZGVwYXJ0bWVudCwgbG9nLmRlcGFydG1lbnRzKTtcbiAgY29uc3QgbmFtZXM6IHN0cmluZ1tdID0gW107XG4gIGNvbnN0IGN1c3RvbWVyT2ZKb3VybmV5ID0gam91cm5leXMuY3VzdG9tZXI7XG4gIGxldCBudGggPSAwO1xuICBmb3IgKGxldCBqID0gMDsgaiA8IGN1c3RvbWVyT2ZKb3VybmV5Lmxlbmd0aDsgaisrKSB7XG4gICAgY29uc3QgayA9IGN1c3RvbWVyT2ZKb3VybmV5W2pdITtcbiAgICBudGggPSBqID4gMCAmJiBjdXN0b21lck9mSm91cm5leVtqIC0gMV0gPT09IGsgPyBudGggKyAxIDogMTtcbiAgICBuYW1lcy5wdXNoKG50aCA9PT0gMSA/IGxvZy5jdXN0b21lcnMhW2tdISA6IGAke2xvZy5jdXN0b21lcnMhW2tdIX0gIyR7bnRofWApO1xuICB9XG4gIGNvbnN0IGN1c3RvbWVyID0gbmV3IFVpbnQzMkFycmF5KG4pO1xuICBmb3IgKGxldCBqID0gMDsgaiA8IGN1c3RvbWVyT2ZKb3VybmV5Lmxlbmd0aDsgaisrKSBjdXN0b21lci5maWxsKGN1c3RvbWVyT2ZKb3VybmV5W2pdISwgZXZlbnRTdGFydFtqXSEsIGV2ZW50U3RhcnRbaiArIDFdISk7XG4gIHJldHVybiB7XG4gICAgZm9ybWF0OiBsb2cuZm9ybWF0LFxuICAgIGV2ZW50czogbixcbiAgICBjYXNlczogbmFtZXMsXG4gICAgYWN0aXZpdGllczogYWN0aXZpdHkub3JkZXIsXG4gICAgZGVwYXJ0bWVudHM6IGRlcGFydG1lbnQub3JkZXIsXG4gICAgY2FzZVN0YXJ0OiBldmVudFN0YXJ0LFxuICAgIGFjdGl2aXR5OiBhY3Rpdml0eS5vdXQsXG4gICAgZGVwYXJ0bWVudDogZGVwYXJ0bWVudC5vdXQsXG4gICAgdGltZTogcGljayhsb2cudGltZSwgKG0pID0+IG5ldyBGbG9hdDY0QXJyYXkobSkpLFxuICAgIHN0YXJ0OiBsb2cuc3RhcnQgPyBwaWNrKGxvZy5zdGFydCwgKG0pID0+IG5ldyBGbG9hdDY0QXJyYXkobSkpIDogbnVsbCxcbiAgICBza2lwcGVkOiBsb2cuc2tpcHBlZCxcbiAgICBza2lwcGVkUHJvYmxlbXM6IGxvZy5za2lwcGVkUHJvYmxlbXMsXG4gICAgY3VzdG9tZXJzOiBsb2cuY3VzdG9tZXJzISxcbiAgICBjdXN0b21lcixcbiAgICBtb3JlQ3VzdG9tZXJzOiBudWxsLFxuICB9O1xufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay93dC9yZWFkZXIvc3JjL21pbmluZ1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvd3QvcmVhZGVyL3NyYy9taW5pbmcvbWluaW5nLXVuaXQtbG9nLnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL3d0L3JlYWRlci9zcmMvbWluaW5nL21pbmluZy11bml0LWxvZy50c1wiO2ltcG9ydCB7IGpvdXJuZXlMb2cgfSBmcm9tIFwiLi4vbG9nLXJlcG9ydC9qb3VybmV5LWxvZy5qc1wiO1xuaW1wb3J0IHR5cGUgeyBFdmVudExvZyB9IGZyb20gXCIuLi9sb2dzL2V2ZW50LWxvZy5qc1wiO1xuXG4vKipcbiAqIFdoYXQgYSBtaW5lZCBtb2RlbCBmb2xsb3dzOiB0aGUgY2FzZSAoZGVmYXVsdCksIG9yIHRoZSBjdXN0b21lciBqb3VybmV5IGFjcm9zcyBjYXNlcy5cbiAqXG4gKiBAZXhhbXBsZVxuICogbWluZVNlcnZpY2UobG9nLCB7IHVuaXQ6IFwiY3VzdG9tZXJcIiwgam91cm5leUdhcDogMzAgKiAyNCAqIDYwIH0pO1xuICovXG5leHBvcnQgaW50ZXJmYWNlIE1pbmluZ1VuaXRPcHRpb25zIHtcbiAgLyoqIGBjYXNlYDogb25lIGpvdXJuZXkgcGVyIGNhc2U7IGBjdXN0b21lcmA6IG9uZSBwZXIgY3VzdG9tZXIgam91cm5leSAodGhlIGxvZyBuZWVkcyBhIGN1c3RvbWVyIG1hcHBpbmcpLiAqL1xuICB1bml0PzogXCJjYXNlXCIgfCBcImN1c3RvbWVyXCI7XG4gIC8qKiBXaXRoIGB1bml0OiBcImN1c3RvbWVyXCJgOiBtaW51dGVzIGF3YXkgYWZ0ZXIgd2hpY2ggYSBjdXN0b21lcidzIG5leHQgY2FzZSBiZWdpbnMgYSBuZXcgam91cm5leSAoZGVmYXVsdDogbm8gY3V0KS4gKi9cbiAgam91cm5leUdhcD86IG51bWJlciB8IG51bGw7XG59XG5cbi8qKlxuICogVGhlIGxvZyB3aG9zZSBjYXNlcyBhIG1vZGVsIGlzIG1pbmVkIGZyb206IHRoZSBsb2cgaXRzZWxmLCBvciB3aXRoIGB1bml0OiBcImN1c3RvbWVyXCJgIGl0c1xuICogam91cm5leSBsb2cgKGBqb3VybmV5TG9nYCksIHdob3NlIGNhc2VzIGFyZSB0aGUgY3VzdG9tZXIgam91cm5leXMgXHUyMDE0IHNvIHRoZSBtb2RlbCdzIGZpZGVsaXR5XG4gKiBob2xkcyBwZXIgam91cm5leS5cbiAqXG4gKiBAZXhhbXBsZVxuICogbWluaW5nVW5pdExvZyhsb2csIHsgdW5pdDogXCJjdXN0b21lclwiIH0pLmNhc2VzOyAvLyBbXCJWYWx1ZSAxXCIsIFwiVmFsdWUgMlwiLCBcdTIwMjZdXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBtaW5pbmdVbml0TG9nKGxvZzogRXZlbnRMb2csIG9wdGlvbnM6IE1pbmluZ1VuaXRPcHRpb25zID0ge30pOiBFdmVudExvZyB7XG4gIGNvbnN0IHVuaXQgPSBvcHRpb25zLnVuaXQgPz8gXCJjYXNlXCI7XG4gIGlmICh1bml0ID09PSBcImNhc2VcIikgcmV0dXJuIGxvZztcbiAgaWYgKHVuaXQgIT09IFwiY3VzdG9tZXJcIikgdGhyb3cgbmV3IFJhbmdlRXJyb3IoYGludmFsaWQgdW5pdCAke0pTT04uc3RyaW5naWZ5KHVuaXQpfTogdXNlIFwiY2FzZVwiIG9yIFwiY3VzdG9tZXJcImApO1xuICBjb25zdCBqb3VybmV5cyA9IGpvdXJuZXlMb2cobG9nLCB7IGpvdXJuZXlHYXA6IG9wdGlvbnMuam91cm5leUdhcCA/PyBudWxsIH0pO1xuICBpZiAoam91cm5leXMgPT09IG51bGwpIHRocm93IG5ldyBSYW5nZUVycm9yKCd1bml0IFwiY3VzdG9tZXJcIiBuZWVkcyBhIGxvZyByZWFkIHdpdGggYSBjdXN0b21lciBtYXBwaW5nIChjdXN0b21lciwgLS1jdXN0b21lcjsgb3IgYW4gT0NFTCBsb2cpJyk7XG4gIHJldHVybiBqb3VybmV5cztcbn1cbiIsICJjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZGlybmFtZSA9IFwiL3dvcmsvd3QvcmVhZGVyL3NyYy9taW5pbmdcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZmlsZW5hbWUgPSBcIi93b3JrL3d0L3JlYWRlci9zcmMvbWluaW5nL3NlcnZpY2UtZnJvbS1jb3VudHMudHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfaW1wb3J0X21ldGFfdXJsID0gXCJmaWxlOi8vL3dvcmsvd3QvcmVhZGVyL3NyYy9taW5pbmcvc2VydmljZS1mcm9tLWNvdW50cy50c1wiO2ltcG9ydCB7IENMQVNTSUZJRURfRkFDVFMgfSBmcm9tIFwiLi4vbW9kZWwvc2NoZW1hLmpzXCI7XG5pbXBvcnQgdHlwZSB7IERlcGFydG1lbnQsIE1pbmVkUmVjb3JkLCBTZXJ2aWNlLCBUb3VjaHBvaW50LCBUcmFuc2l0aW9uIH0gZnJvbSBcIi4uL21vZGVsL3R5cGVzLmpzXCI7XG5pbXBvcnQgdHlwZSB7IENsYXNzaWZpY2F0aW9uLCBDbGFzc2lmaWVkQWN0aXZpdHkgfSBmcm9tIFwiLi9jbGFzc2lmaWNhdGlvbi5qc1wiO1xuaW1wb3J0IHsgY2Fub25pY2FsIH0gZnJvbSBcIi4vY291bnQtbWluaW5nLmpzXCI7XG5pbXBvcnQgdHlwZSB7IE1pbmluZ0NvdW50cywgTWluaW5nU3RhdGUgfSBmcm9tIFwiLi9taW5pbmctY291bnRzLmpzXCI7XG5cbi8qKlxuICogT3B0aW9ucyBvZiBgc2VydmljZUZyb21Db3VudHNgIChhbmQgb2YgYG1pbmVTZXJ2aWNlYCkuXG4gKlxuICogQGV4YW1wbGVcbiAqIHNlcnZpY2VGcm9tQ291bnRzKGNvdW50cywgeyBpZDogXCJyZWNlaXB0XCIsIG5hbWU6IFwiUmVjZWlwdCBwaGFzZVwiLCBjbGFzc2lmaWNhdGlvbiB9KTtcbiAqL1xuZXhwb3J0IGludGVyZmFjZSBTZXJ2aWNlRnJvbUNvdW50c09wdGlvbnMge1xuICAvKiogVGhlIG1pbmVkIHNlcnZpY2UncyBpZC4gKi9cbiAgaWQ/OiBzdHJpbmc7XG4gIG5hbWU/OiBzdHJpbmc7XG4gIC8qKiBUaGUgZGVwYXJ0bWVudCBvZiBldmVudHMgd2l0aCBubyBrbm93biBkZXBhcnRtZW50IChtYWRlIHVuaXF1ZSBpZiBhIHJlYWwgZGVwYXJ0bWVudCBoYXMgdGhpcyBuYW1lKS4gKi9cbiAgdW5rbm93bkRlcGFydG1lbnQ/OiBzdHJpbmc7XG4gIC8qKiBTdGVwIHR5cGUsIHdhc3RlIGNhdGVnb3J5LCBtaW51dGVzLCBmYWlsdXJlIGRlbWFuZCBhbmQgb3V0Y29tZSBwZXIgYWN0aXZpdHkuICovXG4gIGNsYXNzaWZpY2F0aW9uPzogQ2xhc3NpZmljYXRpb247XG4gIC8qKiBXaGF0IHRoZSBzZXJ2aWNlIGNhbGxzIGl0cyBjdXN0b21lciwgc2luZ3VsYXIgKFwicGF0aWVudFwiKTogdGhlIG1vZGVsJ3MgYG5vdW5gLiAqL1xuICBub3VuPzogc3RyaW5nO1xufVxuXG5jb25zdCBERUZBVUxUUyA9IHsgaWQ6IFwibWluZWQtc2VydmljZVwiLCB1bmtub3duRGVwYXJ0bWVudDogXCJ1bmtub3duXCIgfTtcblxuLyoqIGBiYXNlYCwgb3IgYGJhc2UgKDIpYCwgYGJhc2UgKDMpYCwgXHUyMDI2IHdoaWNoZXZlciBpcyBub3QgdGFrZW4geWV0OyBtYXJrcyBpdCB0YWtlbi4gKi9cbmZ1bmN0aW9uIHVuaXF1ZUlkKGJhc2U6IHN0cmluZywgdGFrZW46IFNldDxzdHJpbmc+KTogc3RyaW5nIHtcbiAgbGV0IGlkID0gYmFzZTtcbiAgZm9yIChsZXQgayA9IDI7IHRha2VuLmhhcyhpZCk7IGsrKykgaWQgPSBgJHtiYXNlfSAoJHtrfSlgO1xuICB0YWtlbi5hZGQoaWQpO1xuICByZXR1cm4gaWQ7XG59XG5cbi8qKlxuICogQnVpbGRzIHRoZSBtaW5lZCBgU2VydmljZWAgZnJvbSBgTWluaW5nQ291bnRzYCwgYSBwdXJlIGZ1bmN0aW9uIG9mIHRoZSBjb3VudHMgYW5kXG4gKiB0aGUgb3B0aW9ucy4gSXRzIHJ1bGVzLCBpbiB0aGUgb3JkZXIgdGhleSBhcmUgYXBwbGllZDpcbiAqXG4gKiAtICoqRGVwYXJ0bWVudHMqKjogdGhlIGtub3duIGRlcGFydG1lbnRzIGluIHRoZSBjb3VudHMnIG9yZGVyLCB0aG9zZSB1c2VkOyB0aGVuIHRoZSB1bmtub3duXG4gKiAgIGRlcGFydG1lbnQgKGlkIGB1bmtub3duRGVwYXJ0bWVudGAsIHN1ZmZpeGVkIGAgKDIpYCwgYCAoMylgXHUyMDI2IGlmIGEgcmVhbCBkZXBhcnRtZW50IGhhcyBpdCkuXG4gKiAtICoqVG91Y2hwb2ludCBpZHMqKiwgc3RhdGVzIHRha2VuIGluIHRoZSBjYW5vbmljYWwgb3JkZXIgb2YgYE1pbmluZ0NvdW50c2A6XG4gKiAgIDEuIGFuIGFjdGl2aXR5IHNlZW4gaW4gb25lIGRlcGFydG1lbnQgb25seTogdGhlIGFjdGl2aXR5IG5hbWU7XG4gKiAgIDIuIGVsc2UgYGFjdGl2aXR5IEAgZGVwYXJ0bWVudGAsIHVuaXF1ZSBhZ2FpbnN0IGV2ZXJ5IGlkIHNvIGZhciAoYSBjbGFzaCBnZXRzIGAgKDIpYCwgXHUyMDI2KTtcbiAqICAgdGhpcyAoYWN0aXZpdHksIGRlcGFydG1lbnQpIGlkIGlzIHRoZSAqKmdyb3VwKio7XG4gKiAgIDMuIHdoZW4gYSBncm91cCBoYXMgc2V2ZXJhbCBzdGF0ZXMgKGhpc3RvcnkpLCBlYWNoIGdldHMgYGdyb3VwIHwgZmlyc3RgIChubyBwcmV2aW91cyBydW4pXG4gKiAgICAgIG9yIGBncm91cCB8IGFmdGVyIEEgXHUyMTkyIEJgIChwcmV2aW91cyBydW5zLCBvbGRlc3QgZmlyc3QpLCB1bmlxdWUgYWdhaW4sIGFuZCBjYXJyaWVzXG4gKiAgICAgIGBncm91cGA7IGEgZ3JvdXAgb2Ygb25lIHN0YXRlIGlzIHRoYXQgc3RhdGUncyB0b3VjaHBvaW50LCB3aXRob3V0IGBncm91cGA7XG4gKiAgIDQuIG91dGNvbWVzOiBgZW5kOiA8dG91Y2hwb2ludCBpZD5gIHBlciBzdGF0ZSB0aGF0IGVuZHMgY2FzZXMsIHVuaXF1ZSBhZ2Fpbjsgb3V0Y29tZXMgb2ZcbiAqICAgICAgb25lIGdyb3VwJ3Mgc3RhdGVzIHNoYXJlIHRoZSBncm91cCBgZW5kOiA8Z3JvdXA+YCB3aGVuIHRoZXJlIGFyZSBzZXZlcmFsLlxuICogLSAqKlRvdWNocG9pbnRzKiogaW4gc3RhdGUgb3JkZXIsIHRoZW4gdGhlIG91dGNvbWVzIGluIHN0YXRlIG9yZGVyLiBgbmFtZWAgPSB0aGUgYWN0aXZpdHlcbiAqICAgKG91dGNvbWVzOiBgQ2FzZSBlbmRzIGFmdGVyIDxhY3Rpdml0eT5gKTsgYGVudHJ5YCA9IHRoZSBjYXNlcyBzdGFydGluZyB0aGVyZTsgb25lIHN0ZXBcbiAqICAgbmFtZWQgYWZ0ZXIgdGhlIGFjdGl2aXR5LCBvZiB0aGUgY2xhc3NpZmllZCB0eXBlIChkZWZhdWx0IGB2YWx1ZWApLCB3aG9zZSBtaW51dGVzIGFyZSB0aGVcbiAqICAgbWVhbiBzZXJ2aWNlIHRpbWUgKFx1MDNBMyBzZXJ2aWNlIG1pbnV0ZXMgLyB2aXNpdHMpIHdoZW4gdGhlIGxvZyBoYXMgc3RhcnQgdGltZXMsIGVsc2UgdGhlXG4gKiAgIGNsYXNzaWZpZWQgbWludXRlcyAoZGVmYXVsdCAwKS5cbiAqIC0gKipgbWluZWRgKio6IHRoZSBjYXNlcyAoXHUwM0EzIHN0YXJ0cyksIHdoZXRoZXIgdGhlIGxvZyBoYWQgc3RhcnQgdGltZXMsIGFuZCB3aGF0IHRoZVxuICogICBjbGFzc2lmaWNhdGlvbiBuYW1lZCAoYE1pbmVkUmVjb3JkYCk6IHdoYXQgYGFuYWx5c2VgIG5lZWRzIHRvIHRlbGwgYSBmaWd1cmUgZnJvbSBhIGRlZmF1bHQuXG4gKiAtICoqVHJhbnNpdGlvbnMqKiBpbiB0aGUgY291bnRzJyBvcmRlciAoYnkgZnJvbSwgdGhlbiB0byksIHRoZW4gb25lIHBlciBvdXRjb21lOlxuICogICBgdm9sdW1lYCA9IGNvdW50LCBgd2FpdGAgPSBcdTAzQTMgd2FpdCAvIGNvdW50IChhIG5lZ2F0aXZlIG1lYW4sIGZyb20gb3ZlcmxhcHBpbmcgd29yaywgaXMgMCk7XG4gKiAgIGBmYWlsdXJlYCB3aGVuIHRoZSB0YXJnZXQncyBhY3Rpdml0eSBpcyBjbGFzc2lmaWVkIGFzIGZhaWx1cmUgZGVtYW5kLiBBbiBvdXRjb21lIGlzXG4gKiAgIGByZXNvbHZlZGAgdW5sZXNzIHRoZSBjbGFzc2lmaWNhdGlvbiBzYXlzIGBhYmFuZG9uZWRgLlxuICpcbiAqIEBleGFtcGxlXG4gKiBjb25zdCBzZXJ2aWNlID0gc2VydmljZUZyb21Db3VudHMoY291bnRNaW5pbmcobG9nLCB7IGhpc3Rvcnk6IDEgfSksIHsgaWQ6IFwicmVjZWlwdFwiIH0pO1xuICogYW5hbHlzZShzZXJ2aWNlKS5leHBlY3RlZC5oYW5kb2ZmczsgLy8gdGhlIGxvZydzIGhhbmQtb2ZmcyBwZXIgY2FzZVxuICovXG5leHBvcnQgZnVuY3Rpb24gc2VydmljZUZyb21Db3VudHMoY291bnRzOiBNaW5pbmdDb3VudHMsIG9wdGlvbnM6IFNlcnZpY2VGcm9tQ291bnRzT3B0aW9ucyA9IHt9KTogU2VydmljZSB7XG4gIGNoZWNrQ291bnRzKGNvdW50cyk7XG4gIGNvbnN0IHsgc3RhdGVzLCB0cmFuc2l0aW9ucywgYWN0aXZpdGllcyB9ID0gY2Fub25pY2FsKGNvdW50cyk7XG4gIGNvbnN0IGlkID0gb3B0aW9ucy5pZCA/PyBERUZBVUxUUy5pZDtcbiAgY29uc3QgY2xhc3NlcyA9IG5ldyBNYXAoKG9wdGlvbnMuY2xhc3NpZmljYXRpb24/LmFjdGl2aXRpZXMgPz8gW10pLm1hcCgoYykgPT4gW2MuYWN0aXZpdHksIGNdKSk7XG5cbiAgY29uc3QgdW5rbm93bklkID0gdW5pcXVlSWQob3B0aW9ucy51bmtub3duRGVwYXJ0bWVudCA/PyBERUZBVUxUUy51bmtub3duRGVwYXJ0bWVudCwgbmV3IFNldChjb3VudHMuZGVwYXJ0bWVudHMpKTtcbiAgY29uc3QgZGVwYXJ0bWVudElkID0gKGQ6IG51bWJlcikgPT4gKGQgPCAwID8gdW5rbm93bklkIDogY291bnRzLmRlcGFydG1lbnRzW2RdISk7XG5cbiAgLy8gR3JvdXBzOiBydW5zIG9mIHN0YXRlcyB3aXRoIHRoZSBzYW1lIChhY3Rpdml0eSwgZGVwYXJ0bWVudCksIGFkamFjZW50IGluIGNhbm9uaWNhbCBvcmRlci5cbiAgY29uc3QgZ3JvdXBPZiA9IG5ldyBJbnQzMkFycmF5KHN0YXRlcy5sZW5ndGgpO1xuICBjb25zdCBncm91cHM6IHsgYWN0aXZpdHk6IG51bWJlcjsgZGVwYXJ0bWVudDogbnVtYmVyOyBzaXplOiBudW1iZXI7IGVuZHM6IG51bWJlciB9W10gPSBbXTtcbiAgc3RhdGVzLmZvckVhY2goKHMsIGspID0+IHtcbiAgICBjb25zdCBsYXN0ID0gZ3JvdXBzW2dyb3Vwcy5sZW5ndGggLSAxXTtcbiAgICBpZiAobGFzdCAmJiBsYXN0LmFjdGl2aXR5ID09PSBzLmFjdGl2aXR5ICYmIGxhc3QuZGVwYXJ0bWVudCA9PT0gcy5kZXBhcnRtZW50KSBsYXN0LnNpemUrKztcbiAgICBlbHNlIGdyb3Vwcy5wdXNoKHsgYWN0aXZpdHk6IHMuYWN0aXZpdHksIGRlcGFydG1lbnQ6IHMuZGVwYXJ0bWVudCwgc2l6ZTogMSwgZW5kczogMCB9KTtcbiAgICBncm91cE9mW2tdID0gZ3JvdXBzLmxlbmd0aCAtIDE7XG4gICAgaWYgKHMuZW5kcyA+IDApIGdyb3Vwc1tncm91cHMubGVuZ3RoIC0gMV0hLmVuZHMrKztcbiAgfSk7XG4gIGNvbnN0IGRlcGFydG1lbnRzT2ZBY3Rpdml0eSA9IG5ldyBJbnQzMkFycmF5KGFjdGl2aXRpZXMubGVuZ3RoKTtcbiAgZm9yIChjb25zdCBnIG9mIGdyb3VwcykgZGVwYXJ0bWVudHNPZkFjdGl2aXR5W2cuYWN0aXZpdHldISsrO1xuXG4gIGNvbnN0IHRha2VuID0gbmV3IFNldDxzdHJpbmc+KCk7XG4gIGNvbnN0IGdyb3VwSWRzOiBzdHJpbmdbXSA9IG5ldyBBcnJheShncm91cHMubGVuZ3RoKTtcbiAgZ3JvdXBzLmZvckVhY2goKGcsIGspID0+IHtcbiAgICBpZiAoZGVwYXJ0bWVudHNPZkFjdGl2aXR5W2cuYWN0aXZpdHldID09PSAxKSBncm91cElkc1trXSA9IHVuaXF1ZUlkKGFjdGl2aXRpZXNbZy5hY3Rpdml0eV0hLCB0YWtlbik7XG4gIH0pO1xuICBncm91cHMuZm9yRWFjaCgoZywgaykgPT4ge1xuICAgIGdyb3VwSWRzW2tdID8/PSB1bmlxdWVJZChgJHthY3Rpdml0aWVzW2cuYWN0aXZpdHldIX0gQCAke2RlcGFydG1lbnRJZChnLmRlcGFydG1lbnQpfWAsIHRha2VuKTtcbiAgfSk7XG4gIGNvbnN0IGlkcyA9IHN0YXRlcy5tYXAoKHMsIGspID0+IHtcbiAgICBjb25zdCBnID0gZ3JvdXBPZltrXSE7XG4gICAgcmV0dXJuIGdyb3Vwc1tnXSEuc2l6ZSA9PT0gMSA/IGdyb3VwSWRzW2ddISA6IHVuaXF1ZUlkKGAke2dyb3VwSWRzW2ddIX0gfCAke2hpc3RvcnlMYWJlbChzLCBkZXBhcnRtZW50SWQpfWAsIHRha2VuKTtcbiAgfSk7XG4gIGNvbnN0IGVuZEdyb3VwSWRzID0gZ3JvdXBzLm1hcCgoZywgaykgPT4gKGcuZW5kcyA+IDEgPyB1bmlxdWVJZChgZW5kOiAke2dyb3VwSWRzW2tdIX1gLCB0YWtlbikgOiBudWxsKSk7XG5cbiAgY29uc3QgdXNlZCA9IG5ldyBTZXQ8bnVtYmVyPigpO1xuICBjb25zdCB0b3VjaHBvaW50czogVG91Y2hwb2ludFtdID0gc3RhdGVzLm1hcCgocywgaykgPT4ge1xuICAgIHVzZWQuYWRkKHMuZGVwYXJ0bWVudCk7XG4gICAgY29uc3QgYWN0aXZpdHkgPSBhY3Rpdml0aWVzW3MuYWN0aXZpdHldITtcbiAgICBjb25zdCBnID0gZ3JvdXBPZltrXSE7XG4gICAgcmV0dXJuIHtcbiAgICAgIGlkOiBpZHNba10hLFxuICAgICAgLi4uKGlkc1trXSAhPT0gYWN0aXZpdHkgJiYgeyBuYW1lOiBhY3Rpdml0eSB9KSxcbiAgICAgIGRlcGFydG1lbnQ6IGRlcGFydG1lbnRJZChzLmRlcGFydG1lbnQpLFxuICAgICAgLi4uKHMuc3RhcnRzID4gMCAmJiB7IGVudHJ5OiBzLnN0YXJ0cyB9KSxcbiAgICAgIHN0ZXBzOiBzdGVwc09mKGFjdGl2aXR5LCBjbGFzc2VzLmdldChhY3Rpdml0eSksIGNvdW50cy5oYXNTdGFydFRpbWVzID8gcy5zZXJ2aWNlTWludXRlcyAvIHMudmlzaXRzIDogdW5kZWZpbmVkKSxcbiAgICAgIC4uLihncm91cHNbZ10hLnNpemUgPiAxICYmIHsgZ3JvdXA6IGdyb3VwSWRzW2ddISB9KSxcbiAgICB9O1xuICB9KTtcbiAgY29uc3QgbWluZWQ6IFRyYW5zaXRpb25bXSA9IHRyYW5zaXRpb25zLm1hcCgodCkgPT4gKHtcbiAgICBmcm9tOiBpZHNbdC5mcm9tXSEsXG4gICAgdG86IGlkc1t0LnRvXSEsXG4gICAgdm9sdW1lOiB0LmNvdW50LFxuICAgIHdhaXQ6IE1hdGgubWF4KDAsIHQud2FpdE1pbnV0ZXMgLyB0LmNvdW50KSxcbiAgICAuLi4odC53b3JraW5nV2FpdE1pbnV0ZXMgIT09IHVuZGVmaW5lZCAmJiB7IHdvcmtpbmdXYWl0OiBNYXRoLm1heCgwLCB0LndvcmtpbmdXYWl0TWludXRlcyAvIHQuY291bnQpIH0pLFxuICAgIC4uLihjbGFzc2VzLmdldChhY3Rpdml0aWVzW3N0YXRlc1t0LnRvXSEuYWN0aXZpdHldISk/LmZhaWx1cmUgJiYgeyBmYWlsdXJlOiB0cnVlIH0pLFxuICB9KSk7XG4gIHN0YXRlcy5mb3JFYWNoKChzLCBrKSA9PiB7XG4gICAgaWYgKHMuZW5kcyA9PT0gMCkgcmV0dXJuO1xuICAgIGNvbnN0IGFjdGl2aXR5ID0gYWN0aXZpdGllc1tzLmFjdGl2aXR5XSE7XG4gICAgY29uc3QgZW5kID0gdW5pcXVlSWQoYGVuZDogJHtpZHNba10hfWAsIHRha2VuKTtcbiAgICBjb25zdCBncm91cCA9IGVuZEdyb3VwSWRzW2dyb3VwT2Zba10hXTtcbiAgICB0b3VjaHBvaW50cy5wdXNoKHtcbiAgICAgIGlkOiBlbmQsXG4gICAgICBuYW1lOiBgQ2FzZSBlbmRzIGFmdGVyICR7YWN0aXZpdHl9YCxcbiAgICAgIGRlcGFydG1lbnQ6IGRlcGFydG1lbnRJZChzLmRlcGFydG1lbnQpLFxuICAgICAgb3V0Y29tZTogY2xhc3Nlcy5nZXQoYWN0aXZpdHkpPy5vdXRjb21lID8/IFwicmVzb2x2ZWRcIixcbiAgICAgIHN0ZXBzOiBbXSxcbiAgICAgIC4uLihncm91cCAhPT0gbnVsbCAmJiBncm91cCAhPT0gdW5kZWZpbmVkICYmIHsgZ3JvdXAgfSksXG4gICAgfSk7XG4gICAgbWluZWQucHVzaCh7IGZyb206IGlkc1trXSEsIHRvOiBlbmQsIHZvbHVtZTogcy5lbmRzIH0pO1xuICB9KTtcblxuICBjb25zdCBkZXBhcnRtZW50czogRGVwYXJ0bWVudFtdID0gWy4uLmNvdW50cy5kZXBhcnRtZW50cy5rZXlzKCksIC0xXS5maWx0ZXIoKGQpID0+IHVzZWQuaGFzKGQpKS5tYXAoKGQpID0+ICh7IGlkOiBkZXBhcnRtZW50SWQoZCkgfSkpO1xuICByZXR1cm4ge1xuICAgIGlkLFxuICAgIC4uLihvcHRpb25zLm5hbWUgIT09IHVuZGVmaW5lZCAmJiB7IG5hbWU6IG9wdGlvbnMubmFtZSB9KSxcbiAgICAuLi4ob3B0aW9ucy5ub3VuICE9PSB1bmRlZmluZWQgJiYgeyBub3VuOiBvcHRpb25zLm5vdW4gfSksXG4gICAgbWluZWQ6IG1pbmVkUmVjb3JkKGNvdW50cywgb3B0aW9ucy5jbGFzc2lmaWNhdGlvbiksXG4gICAgLi4uKGNvdW50cy53b3JraW5nRGF5TWludXRlcyAhPT0gdW5kZWZpbmVkICYmIHsgd29ya2luZ0RheU1pbnV0ZXM6IGNvdW50cy53b3JraW5nRGF5TWludXRlcyB9KSxcbiAgICBkZXBhcnRtZW50cyxcbiAgICB0b3VjaHBvaW50cyxcbiAgICB0cmFuc2l0aW9uczogbWluZWQsXG4gIH07XG59XG5cbi8qKiBXaGF0IHRoZSBsb2cgY291bGQgdGVsbDogaXRzIGNhc2VzIChcdTAzQTMgc3RhcnRzKSwgd2hldGhlciBpdCBoYWQgc3RhcnQgdGltZXMsIGFuZCB3aGF0IHRoZSBjbGFzc2lmaWNhdGlvbiBuYW1lZC4gKi9cbmZ1bmN0aW9uIG1pbmVkUmVjb3JkKGNvdW50czogTWluaW5nQ291bnRzLCBjbGFzc2lmaWNhdGlvbjogQ2xhc3NpZmljYXRpb24gfCB1bmRlZmluZWQpOiBNaW5lZFJlY29yZCB7XG4gIGNvbnN0IG5hbWVkID0gKGZhY3Q6IE1pbmVkUmVjb3JkW1wiY2xhc3NpZmllZFwiXVtudW1iZXJdKSA9PiB7XG4gICAgY29uc3QgYWN0aXZpdGllcyA9IGNsYXNzaWZpY2F0aW9uPy5hY3Rpdml0aWVzID8/IFtdO1xuICAgIHN3aXRjaCAoZmFjdCkge1xuICAgICAgY2FzZSBcInR5cGVcIjpcbiAgICAgICAgcmV0dXJuIGFjdGl2aXRpZXMubGVuZ3RoID4gMDtcbiAgICAgIGNhc2UgXCJtaW51dGVzXCI6XG4gICAgICAgIHJldHVybiBhY3Rpdml0aWVzLnNvbWUoKGEpID0+IGEubWludXRlcyAhPT0gdW5kZWZpbmVkKTtcbiAgICAgIGNhc2UgXCJjb3N0XCI6XG4gICAgICAgIHJldHVybiBhY3Rpdml0aWVzLnNvbWUoKGEpID0+IGEuY29zdCAhPT0gdW5kZWZpbmVkKTtcbiAgICAgIGNhc2UgXCJmYWlsdXJlXCI6XG4gICAgICAgIHJldHVybiBhY3Rpdml0aWVzLnNvbWUoKGEpID0+IGEuZmFpbHVyZSAhPT0gdW5kZWZpbmVkKTtcbiAgICAgIGNhc2UgXCJvdXRjb21lXCI6XG4gICAgICAgIHJldHVybiBhY3Rpdml0aWVzLnNvbWUoKGEpID0+IGEub3V0Y29tZSAhPT0gdW5kZWZpbmVkKTtcbiAgICB9XG4gIH07XG4gIHJldHVybiB7XG4gICAgY2FzZXM6IGNvdW50cy5zdGF0ZXMucmVkdWNlKChzdW0sIHMpID0+IHN1bSArIHMuc3RhcnRzLCAwKSxcbiAgICBzdGFydFRpbWVzOiBjb3VudHMuaGFzU3RhcnRUaW1lcyxcbiAgICBjbGFzc2lmaWVkOiBDTEFTU0lGSUVEX0ZBQ1RTLmZpbHRlcihuYW1lZCksXG4gIH07XG59XG5cbi8qKiBgZmlyc3RgLCBvciBgYWZ0ZXIgQSBcdTIxOTIgQmA6IHRoZSBwcmV2aW91cyBkZXBhcnRtZW50IHJ1bnMsIG9sZGVzdCBmaXJzdC4gKi9cbmZ1bmN0aW9uIGhpc3RvcnlMYWJlbChzdGF0ZTogTWluaW5nU3RhdGUsIGRlcGFydG1lbnRJZDogKGQ6IG51bWJlcikgPT4gc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIHN0YXRlLmhpc3RvcnkubGVuZ3RoID09PSAwID8gXCJmaXJzdFwiIDogYGFmdGVyICR7c3RhdGUuaGlzdG9yeS5tYXAoZGVwYXJ0bWVudElkKS5qb2luKFwiIFx1MjE5MiBcIil9YDtcbn1cblxuZnVuY3Rpb24gc3RlcHNPZihhY3Rpdml0eTogc3RyaW5nLCBjOiBDbGFzc2lmaWVkQWN0aXZpdHkgfCB1bmRlZmluZWQsIHNlcnZpY2VNaW51dGVzOiBudW1iZXIgfCB1bmRlZmluZWQpOiBUb3VjaHBvaW50W1wic3RlcHNcIl0ge1xuICBjb25zdCBtaW51dGVzID0gc2VydmljZU1pbnV0ZXMgPz8gYz8ubWludXRlcyA/PyAwO1xuICBpZiAoIWMpIHJldHVybiBbeyBuYW1lOiBhY3Rpdml0eSwgdHlwZTogXCJ2YWx1ZVwiLCBtaW51dGVzIH1dO1xuICByZXR1cm4gW1xuICAgIHtcbiAgICAgIG5hbWU6IGFjdGl2aXR5LFxuICAgICAgdHlwZTogYy50eXBlLFxuICAgICAgLi4uKGMud2FzdGUgIT09IHVuZGVmaW5lZCAmJiB7IHdhc3RlOiBjLndhc3RlIH0pLFxuICAgICAgbWludXRlcyxcbiAgICAgIC4uLihjLmNvc3QgIT09IHVuZGVmaW5lZCAmJiB7IGNvc3Q6IGMuY29zdCB9KSxcbiAgICB9LFxuICBdO1xufVxuXG4vKiogQ291bnRzIGZyb20gYW5vdGhlciBlbmdpbmUgYXJlIGlucHV0OiByZWZ1c2Ugd2hhdCB3b3VsZCBidWlsZCBhIHdyb25nIG1vZGVsLCBuYW1pbmcgdGhlIHBsYWNlLiAqL1xuZnVuY3Rpb24gY2hlY2tDb3VudHMoY291bnRzOiBNaW5pbmdDb3VudHMpOiB2b2lkIHtcbiAgY29uc3QgYmFkID0gKHdoZXJlOiBzdHJpbmcsIHdoYXQ6IHN0cmluZykgPT4ge1xuICAgIHRocm93IG5ldyBSYW5nZUVycm9yKGBzZXJ2aWNlRnJvbUNvdW50czogJHt3aGVyZX06ICR7d2hhdH1gKTtcbiAgfTtcbiAgaWYgKGNvdW50cyA9PT0gbnVsbCB8fCB0eXBlb2YgY291bnRzICE9PSBcIm9iamVjdFwiIHx8IGNvdW50cy5mb3JtYXQgIT09IFwiaHVra2EtbWluaW5nLWNvdW50c1wiKSB7XG4gICAgYmFkKFwiZm9ybWF0XCIsICdub3QgbWluaW5nIGNvdW50cyAoZXhwZWN0ZWQgZm9ybWF0IFwiaHVra2EtbWluaW5nLWNvdW50c1wiLCBhcyBjb3VudE1pbmluZyByZXR1cm5zKScpO1xuICB9XG4gIGlmIChjb3VudHMudmVyc2lvbiAhPT0gMSkgYmFkKFwidmVyc2lvblwiLCBgdW5rbm93biB2ZXJzaW9uICR7SlNPTi5zdHJpbmdpZnkoY291bnRzLnZlcnNpb24pfSAoZXhwZWN0ZWQgMSlgKTtcbiAgY29uc3QgQSA9IGNvdW50cy5hY3Rpdml0aWVzLmxlbmd0aDtcbiAgY29uc3QgRCA9IGNvdW50cy5kZXBhcnRtZW50cy5sZW5ndGg7XG4gIGNvbnN0IFMgPSBjb3VudHMuc3RhdGVzLmxlbmd0aDtcbiAgY29uc3QgZGVwYXJ0bWVudCA9IChkOiB1bmtub3duKSA9PiBOdW1iZXIuaXNJbnRlZ2VyKGQpICYmIChkIGFzIG51bWJlcikgPj0gLTEgJiYgKGQgYXMgbnVtYmVyKSA8IEQ7XG4gIGNvbnN0IGNvdW50ID0gKG46IHVua25vd24pID0+IE51bWJlci5pc0ludGVnZXIobikgJiYgKG4gYXMgbnVtYmVyKSA+PSAwO1xuICBjb3VudHMuc3RhdGVzLmZvckVhY2goKHMsIGspID0+IHtcbiAgICBpZiAoIU51bWJlci5pc0ludGVnZXIocy5hY3Rpdml0eSkgfHwgcy5hY3Rpdml0eSA8IDAgfHwgcy5hY3Rpdml0eSA+PSBBKSBiYWQoYHN0YXRlc1ske2t9XS5hY3Rpdml0eWAsIGAke3MuYWN0aXZpdHl9IGlzIG5vdCBhbiBpbmRleCBpbnRvIHRoZSAke0F9IGFjdGl2aXRpZXNgKTtcbiAgICBpZiAoIWRlcGFydG1lbnQocy5kZXBhcnRtZW50KSkgYmFkKGBzdGF0ZXNbJHtrfV0uZGVwYXJ0bWVudGAsIGAke3MuZGVwYXJ0bWVudH0gaXMgbm90IC0xIG9yIGFuIGluZGV4IGludG8gdGhlICR7RH0gZGVwYXJ0bWVudHNgKTtcbiAgICBpZiAoIUFycmF5LmlzQXJyYXkocy5oaXN0b3J5KSB8fCBzLmhpc3RvcnkubGVuZ3RoID4gY291bnRzLmhpc3RvcnkgfHwgIXMuaGlzdG9yeS5ldmVyeShkZXBhcnRtZW50KSkge1xuICAgICAgYmFkKGBzdGF0ZXNbJHtrfV0uaGlzdG9yeWAsIGBleHBlY3RlZCBhdCBtb3N0ICR7Y291bnRzLmhpc3Rvcnl9IGRlcGFydG1lbnQgaW5kaWNlcyAob3IgLTEpYCk7XG4gICAgfVxuICAgIGlmICghY291bnQocy52aXNpdHMpIHx8IHMudmlzaXRzID09PSAwIHx8ICFjb3VudChzLnN0YXJ0cykgfHwgIWNvdW50KHMuZW5kcykpIGJhZChgc3RhdGVzWyR7a31dYCwgXCJ2aXNpdHMgKD4gMCksIHN0YXJ0cyBhbmQgZW5kcyBtdXN0IGJlIHdob2xlIG51bWJlcnMgXHUyMjY1IDBcIik7XG4gICAgaWYgKCFOdW1iZXIuaXNGaW5pdGUocy5zZXJ2aWNlTWludXRlcykpIGJhZChgc3RhdGVzWyR7a31dLnNlcnZpY2VNaW51dGVzYCwgXCJtdXN0IGJlIGEgZmluaXRlIG51bWJlciBvZiBtaW51dGVzXCIpO1xuICB9KTtcbiAgY291bnRzLnRyYW5zaXRpb25zLmZvckVhY2goKHQsIGspID0+IHtcbiAgICBpZiAoIU51bWJlci5pc0ludGVnZXIodC5mcm9tKSB8fCB0LmZyb20gPCAwIHx8IHQuZnJvbSA+PSBTIHx8ICFOdW1iZXIuaXNJbnRlZ2VyKHQudG8pIHx8IHQudG8gPCAwIHx8IHQudG8gPj0gUykge1xuICAgICAgYmFkKGB0cmFuc2l0aW9uc1ske2t9XWAsIGBmcm9tICR7dC5mcm9tfSAvIHRvICR7dC50b30gYXJlIG5vdCBpbmRpY2VzIGludG8gdGhlICR7U30gc3RhdGVzYCk7XG4gICAgfVxuICAgIGlmICghY291bnQodC5jb3VudCkgfHwgdC5jb3VudCA9PT0gMCkgYmFkKGB0cmFuc2l0aW9uc1ske2t9XS5jb3VudGAsIFwibXVzdCBiZSBhIHdob2xlIG51bWJlciA+IDBcIik7XG4gICAgaWYgKCFOdW1iZXIuaXNGaW5pdGUodC53YWl0TWludXRlcykpIGJhZChgdHJhbnNpdGlvbnNbJHtrfV0ud2FpdE1pbnV0ZXNgLCBcIm11c3QgYmUgYSBmaW5pdGUgbnVtYmVyIG9mIG1pbnV0ZXNcIik7XG4gIH0pO1xufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay93dC9yZWFkZXIvc3JjL21pbmluZ1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvd3QvcmVhZGVyL3NyYy9taW5pbmcvbWluZS1zZXJ2aWNlLnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL3d0L3JlYWRlci9zcmMvbWluaW5nL21pbmUtc2VydmljZS50c1wiO2ltcG9ydCB0eXBlIHsgU2VydmljZSB9IGZyb20gXCIuLi9tb2RlbC90eXBlcy5qc1wiO1xuaW1wb3J0IHR5cGUgeyBDbGFzc2lmaWNhdGlvbiB9IGZyb20gXCIuL2NsYXNzaWZpY2F0aW9uLmpzXCI7XG5pbXBvcnQgeyBjb3VudE1pbmluZywgdHlwZSBDb3VudE1pbmluZ09wdGlvbnMgfSBmcm9tIFwiLi9jb3VudC1taW5pbmcuanNcIjtcbmltcG9ydCB0eXBlIHsgRXZlbnRMb2cgfSBmcm9tIFwiLi4vbG9ncy9ldmVudC1sb2cuanNcIjtcbmltcG9ydCB7IG1pbmluZ1VuaXRMb2csIHR5cGUgTWluaW5nVW5pdE9wdGlvbnMgfSBmcm9tIFwiLi9taW5pbmctdW5pdC1sb2cuanNcIjtcbmltcG9ydCB7IHNlcnZpY2VGcm9tQ291bnRzLCB0eXBlIFNlcnZpY2VGcm9tQ291bnRzT3B0aW9ucyB9IGZyb20gXCIuL3NlcnZpY2UtZnJvbS1jb3VudHMuanNcIjtcblxuLyoqXG4gKiBPcHRpb25zIG9mIGBtaW5lU2VydmljZWA6IHRob3NlIG9mIGBjb3VudE1pbmluZ2AgKGhvdyB0aGUgbG9nIGlzIGNvdW50ZWQpIGFuZCBvZlxuICogYHNlcnZpY2VGcm9tQ291bnRzYCAoaG93IHRoZSBtb2RlbCBpcyBuYW1lZCBhbmQgY2xhc3NpZmllZCkuXG4gKlxuICogQGV4YW1wbGVcbiAqIG1pbmVTZXJ2aWNlKGxvZywgeyBpZDogXCJyZWNlaXB0XCIsIG5hbWU6IFwiUmVjZWlwdCBwaGFzZVwiLCBoaXN0b3J5OiAxLCBtaXNzaW5nRGVwYXJ0bWVudDogXCJpbmhlcml0XCIgfSk7XG4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgTWluZVNlcnZpY2VPcHRpb25zIGV4dGVuZHMgQ291bnRNaW5pbmdPcHRpb25zLCBTZXJ2aWNlRnJvbUNvdW50c09wdGlvbnMsIE1pbmluZ1VuaXRPcHRpb25zIHt9XG5cbi8qKlxuICogTWluZXMgYSBzZXJ2aWNlIG1vZGVsIHRoYXQgdGVsbHMgdGhlIHNhbWUgc3RvcnkgYXMgdGhlIGxvZzogb25lIHRvdWNocG9pbnQgcGVyXG4gKiAoYWN0aXZpdHksIGRlcGFydG1lbnQpIFx1MjAxNCBhIG1pc3NpbmcgZGVwYXJ0bWVudCBpbmhlcml0ZWQgZnJvbSB0aGUgY2FzZSdzIHByZXZpb3VzIGtub3duIG9uZSBcdTIwMTRcbiAqIHJlZmluZWQgYnkgdGhlIGRlcGFydG1lbnRzIG9mIHRoZSBjdXN0b21lcidzIHByZXZpb3VzIGBoaXN0b3J5YCBydW5zIChkZWZhdWx0IDIpOyB0cmFuc2l0aW9uc1xuICogd2VpZ2h0ZWQgYnkgaG93IG9mdGVuIG9uZSBzdGF0ZSBkaXJlY3RseSBmb2xsb3dzIHRoZSBvdGhlciwgd2l0aCB0aGUgbWVhbiB3YWl0IGJldHdlZW4gdGhlbTtcbiAqIGVudHJpZXMgd2VpZ2h0ZWQgYnkgdGhlIGNhc2VzIHN0YXJ0aW5nIHRoZXJlOyBvbmUgb3V0Y29tZSBwZXIgc3RhdGUgdGhhdCBlbmRzIGNhc2VzOyBzZXJ2aWNlXG4gKiB0aW1lIGZyb20gc3RhcnQgdGltZXMgd2hlbiB0aGUgbG9nIGhhcyB0aGVtLiBNZWFzdXJlZCBvbiB0aGUgbG9nJ3Mgb3duIGNhc2VzLCB0aGUgbW9kZWwnc1xuICogZXhwZWN0ZWQgaGFuZC1vZmZzLCBwaW5nLXBvbmdzIChoaXN0b3J5IFx1MjI2NSAxKSBhbmQgbWludXRlcyBwZXIgY3VzdG9tZXIgZXF1YWwgdGhlIGxvZydzXG4gKiBwZXItY2FzZSBtZWFucy4gSXQgaXMgYHNlcnZpY2VGcm9tQ291bnRzKGNvdW50TWluaW5nKGxvZywgb3B0aW9ucyksIG9wdGlvbnMpYDogdGhlIHR3byBzdGVwc1xuICogYXJlIHB1YmxpYyBzbyB0aGF0IHRoZSBjb3VudHMgY2FuIGNvbWUgZnJvbSBlbHNld2hlcmUgKFNRTCkuXG4gKlxuICogQGV4YW1wbGVcbiAqIGNvbnN0IHNlcnZpY2UgPSBtaW5lU2VydmljZShsb2csIHsgaWQ6IFwic2Vwc2lzXCIsIGNsYXNzaWZpY2F0aW9uOiBwYXJzZUNsYXNzaWZpY2F0aW9uKGpzb24pIH0pO1xuICogYW5hbHlzZShzZXJ2aWNlKS5leHBlY3RlZC5oYW5kb2ZmczsgLy8gPSBhbmFseXNlTG9nKGxvZykuaGFuZG9mZnMgLyBhbmFseXNlTG9nKGxvZykuY2FzZXNcbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIG1pbmVTZXJ2aWNlKGxvZzogRXZlbnRMb2csIG9wdGlvbnM/OiBNaW5lU2VydmljZU9wdGlvbnMpOiBTZXJ2aWNlO1xuLyoqXG4gKiBUaGUgZm9ybSBvZiBodWtrYSAwLjEsIGtlcHQgd29ya2luZzogdGhlIGNsYXNzaWZpY2F0aW9uIGFzIHRoZSBzZWNvbmQgYXJndW1lbnQuXG4gKlxuICogQGRlcHJlY2F0ZWQgcGFzcyBgeyBjbGFzc2lmaWNhdGlvbiB9YCBpbiB0aGUgb3B0aW9ucy5cbiAqIEBleGFtcGxlXG4gKiBtaW5lU2VydmljZShsb2csIGNsYXNzaWZpY2F0aW9uLCB7IGlkOiBcInNlcHNpc1wiIH0pO1xuICovXG5leHBvcnQgZnVuY3Rpb24gbWluZVNlcnZpY2UobG9nOiBFdmVudExvZywgY2xhc3NpZmljYXRpb246IENsYXNzaWZpY2F0aW9uIHwgdW5kZWZpbmVkLCBvcHRpb25zPzogTWluZVNlcnZpY2VPcHRpb25zKTogU2VydmljZTtcbmV4cG9ydCBmdW5jdGlvbiBtaW5lU2VydmljZShcbiAgbG9nOiBFdmVudExvZyxcbiAgc2Vjb25kPzogTWluZVNlcnZpY2VPcHRpb25zIHwgQ2xhc3NpZmljYXRpb24sXG4gIHRoaXJkOiBNaW5lU2VydmljZU9wdGlvbnMgPSB7fSxcbik6IFNlcnZpY2Uge1xuICBjb25zdCBsZWdhY3kgPSBzZWNvbmQgIT09IHVuZGVmaW5lZCAmJiBBcnJheS5pc0FycmF5KChzZWNvbmQgYXMgQ2xhc3NpZmljYXRpb24pLmFjdGl2aXRpZXMpO1xuICBjb25zdCBvcHRpb25zOiBNaW5lU2VydmljZU9wdGlvbnMgPSBsZWdhY3kgPyB7IC4uLnRoaXJkLCBjbGFzc2lmaWNhdGlvbjogc2Vjb25kIGFzIENsYXNzaWZpY2F0aW9uIH0gOiAoKHNlY29uZCBhcyBNaW5lU2VydmljZU9wdGlvbnMgfCB1bmRlZmluZWQpID8/IHRoaXJkKTtcbiAgcmV0dXJuIHNlcnZpY2VGcm9tQ291bnRzKGNvdW50TWluaW5nKG1pbmluZ1VuaXRMb2cobG9nLCBvcHRpb25zKSwgb3B0aW9ucyksIG9wdGlvbnMpO1xufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay93dC9yZWFkZXIvc3JjL2xvZ3NcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZmlsZW5hbWUgPSBcIi93b3JrL3d0L3JlYWRlci9zcmMvbG9ncy9sb2ctZml4LnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL3d0L3JlYWRlci9zcmMvbG9ncy9sb2ctZml4LnRzXCI7LyoqXG4gKiBBIGNoYW5nZSBvZiBob3cgdGhlIGxvZyBpcyByZWFkIHRoYXQgZml4ZXMgYSByZWFkaW5nIGVycm9yLCBhcyBkYXRhIG9uIGBFdmVudExvZ0Vycm9yLmZpeGVzYDpcbiAqIHRoZSBsaWJyYXJ5IHdvcmRzIGl0IGluIGl0cyBvd24gYW5kIHRoZSBDTEkncyB0ZXJtcyAoYGxvZ0ZpeFRleHRgKTsgYW5vdGhlciBmcm9udCBlbmQgKHRoZVxuICogZG9jcycgb3duLWxvZyBmb3JtKSB3b3JkcyBpdCBpbiB0ZXJtcyBvZiBpdHMgb3duIGNvbnRyb2xzLlxuICpcbiAqIC0gYHRpbWVzdGFtcF9mb3JtYXRgOiBnaXZlIHRoZSBsYXlvdXQgb2YgdGhlIHRpbWVzdGFtcHMgKGB0aW1lc3RhbXBGb3JtYXRgLCBgLS10aW1lc3RhbXAtZm9ybWF0YClcbiAqIC0gYHNraXBfYmFkX3Jvd3NgOiBjb3VudCBhbmQgc2tpcCBzdWNoIHJvd3MgKGBza2lwQmFkUm93c2AsIGAtLXNraXAtYmFkLXJvd3NgKVxuICogLSBgZW5jb2RpbmdfbGF0aW4xYDogcmVhZCB0aGUgdGV4dCBhcyBMYXRpbi0xIChgZW5jb2Rpbmc6IFwibGF0aW4xXCJgLCBgLS1lbmNvZGluZyBsYXRpbjFgKVxuICogLSBgZm9ybWF0X2NzdmA6IHJlYWQgaXQgYXMgQ1NWLCBub3QgWEVTIChgZm9ybWF0OiBcImNzdlwiYCwgYC0tZm9ybWF0IGNzdmApXG4gKiAtIGBlbmdpbmVfZHVja2RiYDogcmVhZCBpdCB3aXRoIER1Y2tEQiwgYSBQYXJxdWV0IGZpbGUgb3IgYSBEdWNrREIgZGF0YWJhc2UgKGAtLWVuZ2luZSBkdWNrZGJgKVxuICpcbiAqIEBleGFtcGxlXG4gKiBjb25zdCBmaXg6IExvZ0ZpeCA9IFwic2tpcF9iYWRfcm93c1wiO1xuICovXG5leHBvcnQgdHlwZSBMb2dGaXggPSBcInRpbWVzdGFtcF9mb3JtYXRcIiB8IFwic2tpcF9iYWRfcm93c1wiIHwgXCJlbmNvZGluZ19sYXRpbjFcIiB8IFwiZm9ybWF0X2NzdlwiIHwgXCJlbmdpbmVfZHVja2RiXCI7XG5cbi8qKlxuICogVGhlIHdvcmRzIHRoYXQgZm9sbG93IGEgcHJvYmxlbSBmb3IgZWFjaCBvZiBpdHMgZml4ZXMsIG5hbWluZyB0aGUgbGlicmFyeSdzIG9wdGlvbiBhbmQgdGhlXG4gKiBDTEkncyBmbGFnOiB0aGUgZW5kIG9mIGBFdmVudExvZ0Vycm9yLm1lc3NhZ2VgLlxuICpcbiAqIEBleGFtcGxlXG4gKiBsb2dGaXhUZXh0KFtcInNraXBfYmFkX3Jvd3NcIl0pOyAvLyBcIiAob3Igc2tpcCBzdWNoIHJvd3Mgd2l0aCBza2lwQmFkUm93cywgLS1za2lwLWJhZC1yb3dzKVwiXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBsb2dGaXhUZXh0KGZpeGVzOiByZWFkb25seSBMb2dGaXhbXSk6IHN0cmluZyB7XG4gIHJldHVybiBmaXhlcy5tYXAod29yZHMpLmpvaW4oXCJcIik7XG59XG5cbmZ1bmN0aW9uIHdvcmRzKGZpeDogTG9nRml4KTogc3RyaW5nIHtcbiAgc3dpdGNoIChmaXgpIHtcbiAgICBjYXNlIFwidGltZXN0YW1wX2Zvcm1hdFwiOlxuICAgICAgcmV0dXJuIFwiOyBzZXQgdGltZXN0YW1wRm9ybWF0ICgtLXRpbWVzdGFtcC1mb3JtYXQpIGZvciBvdGhlciBsYXlvdXRzXCI7XG4gICAgY2FzZSBcInNraXBfYmFkX3Jvd3NcIjpcbiAgICAgIHJldHVybiBcIiAob3Igc2tpcCBzdWNoIHJvd3Mgd2l0aCBza2lwQmFkUm93cywgLS1za2lwLWJhZC1yb3dzKVwiO1xuICAgIGNhc2UgXCJlbmNvZGluZ19sYXRpbjFcIjpcbiAgICAgIHJldHVybiAnOiBpZiBpdCBpcyBMYXRpbi0xLCByZWFkIGl0IHdpdGggZW5jb2RpbmcgXCJsYXRpbjFcIiAoLS1lbmNvZGluZyBsYXRpbjEpJztcbiAgICBjYXNlIFwiZm9ybWF0X2NzdlwiOlxuICAgICAgcmV0dXJuICcgKHJlYWQgYXMgWEVTIGJlY2F1c2UgdGhlIHRleHQgc3RhcnRzIHdpdGggXCI8XCI7IHNldCBmb3JtYXQgXCJjc3ZcIiwgLS1mb3JtYXQgY3N2LCBmb3IgYSBDU1YgbG9nKSc7XG4gICAgY2FzZSBcImVuZ2luZV9kdWNrZGJcIjpcbiAgICAgIHJldHVybiBcIjogcmVhZCBpdCB0aHJvdWdoIER1Y2tEQjogYGh1a2thIG1pbmUgTE9HIC0tZW5naW5lIGR1Y2tkYmAgKGR1Y2tkYkxvZ0FnZ3JlZ2F0ZSBpbiBodWtrYS9zcWwpXCI7XG4gIH1cbn1cbiIsICJjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZGlybmFtZSA9IFwiL3dvcmsvd3QvcmVhZGVyL3NyYy9sb2dzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay93dC9yZWFkZXIvc3JjL2xvZ3MvZXZlbnQtbG9nLWVycm9yLnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL3d0L3JlYWRlci9zcmMvbG9ncy9ldmVudC1sb2ctZXJyb3IudHNcIjtpbXBvcnQgeyBsb2dGaXhUZXh0LCB0eXBlIExvZ0ZpeCB9IGZyb20gXCIuL2xvZy1maXguanNcIjtcblxuLyoqXG4gKiBXaHkgYSBsb2cgY291bGQgbm90IGJlIHJlYWQ6IGEgc3RhYmxlIHNuYWtlX2Nhc2UgYGNvZGVgLCB0aGUgcGxhY2UgKENTViBgbGluZWAsIG9yIFhFU1xuICogYHRyYWNlYCBhbmQgYGV2ZW50YCBwb3NpdGlvbnMsIDEtYmFzZWQpIHdoZW4gdGhlcmUgaXMgb25lLCBhbmQgYSBtZXNzYWdlIG5hbWluZyB0aGUgZml4LlxuICpcbiAqIENvZGVzOiBgZW1wdHlfbG9nYCwgYG1hcHBpbmdfcmVxdWlyZWRgLCBgbWlzc2luZ19jb2x1bW5gLCBgZHVwbGljYXRlX2NvbHVtbmAsIGBtaXNzaW5nX3ZhbHVlYCxcbiAqIGBzaG9ydF9yb3dgLCBgbG9uZ19yb3dgLCBgYmFkX3RpbWVzdGFtcGAsIGB1bnRlcm1pbmF0ZWRfcXVvdGVgLCBgbWFsZm9ybWVkX3F1b3RlYCxcbiAqIGByZWNvcmRfdG9vX2xvbmdgLCBgaW52YWxpZF9lbmNvZGluZ2AsIGBiYWRfZ3ppcGAsIGB4bWxfZXJyb3JgLCBgeG1sX2VudGl0aWVzYCwgYG5vdF94ZXNgLFxuICogYG1pc3BsYWNlZF9ldmVudGAsIGBkdXBsaWNhdGVfYXR0cmlidXRlYCwgYG1pc3NpbmdfYXR0cmlidXRlYCwgYHVua25vd25fYXR0cmlidXRlYCwgYGJhZF9vcHRpb25gLFxuICogYG5lZWRzX2R1Y2tkYmAuIGBwcm9ibGVtYCBpcyB0aGUgbWVzc2FnZSB3aXRob3V0IGl0cyBmaXhlcywgYW5kIGBmaXhlc2AgdGhlIGNoYW5nZXMgb2YgdGhlXG4gKiByZWFkaW5nIG9wdGlvbnMgdGhhdCBmaXggaXQgKGBMb2dGaXhgKSwgZm9yIGEgZnJvbnQgZW5kIHRoYXQgd29yZHMgdGhlbSBpbiBpdHMgb3duIHRlcm1zLlxuICpcbiAqIEBleGFtcGxlXG4gKiB0cnkgeyBhd2FpdCByZWFkRXZlbnRMb2coXCJhLGJcXG4xLDJcXG5cIiwgeyBjYXNlOiBcImlkXCIsIGFjdGl2aXR5OiBcImFcIiwgdGltZXN0YW1wOiBcImJcIiB9KTsgfVxuICogY2F0Y2ggKGUpIHsgW2UuY29kZSwgZS5wbGFjZV07IH0gLy8gW1wibWlzc2luZ19jb2x1bW5cIiwgeyBsaW5lOiAxIH1dXG4gKi9cbmV4cG9ydCBjbGFzcyBFdmVudExvZ0Vycm9yIGV4dGVuZHMgRXJyb3Ige1xuICBvdmVycmlkZSBuYW1lID0gXCJFdmVudExvZ0Vycm9yXCI7XG4gIGNvbnN0cnVjdG9yKFxuICAgIHJlYWRvbmx5IGNvZGU6IHN0cmluZyxcbiAgICByZWFkb25seSBwcm9ibGVtOiBzdHJpbmcsXG4gICAgcmVhZG9ubHkgcGxhY2U6IHsgbGluZT86IG51bWJlcjsgdHJhY2U/OiBudW1iZXI7IGV2ZW50PzogbnVtYmVyIH0gPSB7fSxcbiAgICByZWFkb25seSBmaXhlczogcmVhZG9ubHkgTG9nRml4W10gPSBbXSxcbiAgKSB7XG4gICAgc3VwZXIocHJvYmxlbSArIGxvZ0ZpeFRleHQoZml4ZXMpKTtcbiAgfVxufVxuXG4vKiogQ29kZXMgb2YgcHJvYmxlbXMgdGhhdCBjb25jZXJuIG9uZSByb3cgb3IgZXZlbnQsIHNvIGBza2lwQmFkUm93c2AgbWF5IHNraXAgdGhlbS4gKi9cbmV4cG9ydCBjb25zdCBST1dfUFJPQkxFTVM6IFJlYWRvbmx5U2V0PHN0cmluZz4gPSBuZXcgU2V0KFtcbiAgXCJtaXNzaW5nX3ZhbHVlXCIsXG4gIFwic2hvcnRfcm93XCIsXG4gIFwibG9uZ19yb3dcIixcbiAgXCJiYWRfdGltZXN0YW1wXCIsXG4gIFwibWFsZm9ybWVkX3F1b3RlXCIsXG4gIFwibWlzc2luZ19hdHRyaWJ1dGVcIixcbl0pO1xuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay93dC9yZWFkZXIvc3JjL2xvZ3NcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZmlsZW5hbWUgPSBcIi93b3JrL3d0L3JlYWRlci9zcmMvbG9ncy91dGY4LXRleHQudHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfaW1wb3J0X21ldGFfdXJsID0gXCJmaWxlOi8vL3dvcmsvd3QvcmVhZGVyL3NyYy9sb2dzL3V0ZjgtdGV4dC50c1wiO2ludGVyZmFjZSBOb2RlQnVmZmVyVmlldyB7XG4gIHRvU3RyaW5nKGVuY29kaW5nOiBcInV0ZjhcIiwgc3RhcnQ/OiBudW1iZXIsIGVuZD86IG51bWJlcik6IHN0cmluZztcbn1cbmludGVyZmFjZSBOb2RlQnVmZmVyQ2xhc3Mge1xuICBmcm9tKGJ1ZmZlcjogQXJyYXlCdWZmZXJMaWtlLCBieXRlT2Zmc2V0OiBudW1iZXIsIGxlbmd0aDogbnVtYmVyKTogTm9kZUJ1ZmZlclZpZXc7XG4gIGlzQnVmZmVyKHZhbHVlOiB1bmtub3duKTogYm9vbGVhbjtcbn1cblxuLyoqXG4gKiBOb2RlJ3MgYEJ1ZmZlcmAgZGVjb2RlcyBVVEYtOCB0d2ljZSBhcyBmYXN0IGFzIE5vZGUgMjAncyBgVGV4dERlY29kZXJgICgwLjQ1IHMgYWdhaW5zdCAxIHMgZm9yXG4gKiBhIDI3NiBNQiBsb2cpOyBicm93c2VycyBoYXZlIG5vIGBCdWZmZXJgIGFuZCBhIGZhc3QgYFRleHREZWNvZGVyYC5cbiAqL1xuY29uc3QgTm9kZUJ1ZmZlciA9IChnbG9iYWxUaGlzIGFzIHsgQnVmZmVyPzogTm9kZUJ1ZmZlckNsYXNzIH0pLkJ1ZmZlcjtcblxuY29uc3Qgc3RyaWN0ID0gbmV3IFRleHREZWNvZGVyKFwidXRmLThcIiwgeyBmYXRhbDogdHJ1ZSwgaWdub3JlQk9NOiB0cnVlIH0pO1xuXG4vKipcbiAqIFRoZSB0ZXh0IG9mIHRoZSBVVEYtOCBieXRlcyBgYnl0ZXNbc3RhcnQuLmVuZClgLCBvciBgbnVsbGAgd2hlbiB0aGV5IGFyZSBub3QgdmFsaWQgVVRGLTggKGFcbiAqIExhdGluLTEgZmlsZSByZWFkIGFzIFVURi04KTogbmV2ZXIgYSBuYW1lIHdpdGggcmVwbGFjZW1lbnQgY2hhcmFjdGVycy4gQSBVK0ZGRkQgd3JpdHRlbiBpbiB0aGVcbiAqIGZpbGUgaXMgdGV4dCBsaWtlIGFueSBvdGhlci5cbiAqXG4gKiBAZXhhbXBsZVxuICogdXRmOFRleHQobmV3IFRleHRFbmNvZGVyKCkuZW5jb2RlKFwiS1x1MDBFNHNpdHRlbHlcIiksIDAsIDEwKTsgLy8gXCJLXHUwMEU0c2l0dGVseVwiXG4gKiB1dGY4VGV4dChuZXcgVWludDhBcnJheShbMHg0YiwgMHhlNF0pLCAwLCAyKTsgLy8gbnVsbFxuICovXG5leHBvcnQgZnVuY3Rpb24gdXRmOFRleHQoYnl0ZXM6IFVpbnQ4QXJyYXksIHN0YXJ0ID0gMCwgZW5kID0gYnl0ZXMubGVuZ3RoKTogc3RyaW5nIHwgbnVsbCB7XG4gIGlmIChOb2RlQnVmZmVyKSB7XG4gICAgLy8gYSBCdWZmZXIgKGEgY2h1bmsgb2YgYSBmaWxlIHJlYWQgYnkgTm9kZSkgZGVjb2RlcyBhIHJhbmdlIG9mIGl0c2VsZiB3aXRob3V0IGEgbmV3IHZpZXdcbiAgICBjb25zdCB0ZXh0ID0gTm9kZUJ1ZmZlci5pc0J1ZmZlcihieXRlcykgPyAoYnl0ZXMgYXMgdW5rbm93biBhcyBOb2RlQnVmZmVyVmlldykudG9TdHJpbmcoXCJ1dGY4XCIsIHN0YXJ0LCBlbmQpIDogTm9kZUJ1ZmZlci5mcm9tKGJ5dGVzLmJ1ZmZlciwgYnl0ZXMuYnl0ZU9mZnNldCArIHN0YXJ0LCBlbmQgLSBzdGFydCkudG9TdHJpbmcoXCJ1dGY4XCIpO1xuICAgIGlmICh0ZXh0LmluZGV4T2YoXCJcXHVGRkZEXCIpIDwgMCkgcmV0dXJuIHRleHQ7XG4gIH1cbiAgdHJ5IHtcbiAgICByZXR1cm4gc3RyaWN0LmRlY29kZShieXRlcy5zdWJhcnJheShzdGFydCwgZW5kKSk7XG4gIH0gY2F0Y2gge1xuICAgIHJldHVybiBudWxsO1xuICB9XG59XG5cbi8qKlxuICogVGhlIGxlbmd0aCBvZiB0aGUgbG9uZ2VzdCBwcmVmaXggb2YgYGJ5dGVzYCB0aGF0IGVuZHMgb24gYSB3aG9sZSBVVEYtOCBjaGFyYWN0ZXI6IGFsbCBvZiB0aGVtLFxuICogdW5sZXNzIHRoZSBsYXN0IGNoYXJhY3RlciBpcyBjdXQgb2ZmLlxuICpcbiAqIEBleGFtcGxlXG4gKiB3aG9sZUNoYXJhY3RlcnMobmV3IFVpbnQ4QXJyYXkoWzB4NjEsIDB4YzNdKSk7IC8vIDFcbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHdob2xlQ2hhcmFjdGVycyhieXRlczogVWludDhBcnJheSk6IG51bWJlciB7XG4gIGNvbnN0IG4gPSBieXRlcy5sZW5ndGg7XG4gIGZvciAobGV0IGJhY2sgPSAxOyBiYWNrIDw9IE1hdGgubWluKDMsIG4pOyBiYWNrKyspIHtcbiAgICBjb25zdCBiID0gYnl0ZXNbbiAtIGJhY2tdITtcbiAgICBpZiAoKGIgJiAweGMwKSA9PT0gMHg4MCkgY29udGludWU7IC8vIGEgY29udGludWF0aW9uIGJ5dGU6IGxvb2sgZnVydGhlciBiYWNrXG4gICAgY29uc3QgbGVuZ3RoID0gYiA+PSAweGYwID8gNCA6IGIgPj0gMHhlMCA/IDMgOiBiID49IDB4YzAgPyAyIDogMTtcbiAgICByZXR1cm4gbGVuZ3RoID4gYmFjayA/IG4gLSBiYWNrIDogbjtcbiAgfVxuICByZXR1cm4gbjtcbn1cbiIsICJjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZGlybmFtZSA9IFwiL3dvcmsvd3QvcmVhZGVyL3NyYy9sb2dzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay93dC9yZWFkZXIvc3JjL2xvZ3MvZGVjb2RlLXRleHQudHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfaW1wb3J0X21ldGFfdXJsID0gXCJmaWxlOi8vL3dvcmsvd3QvcmVhZGVyL3NyYy9sb2dzL2RlY29kZS10ZXh0LnRzXCI7aW1wb3J0IHsgRXZlbnRMb2dFcnJvciB9IGZyb20gXCIuL2V2ZW50LWxvZy1lcnJvci5qc1wiO1xuaW1wb3J0IHsgdXRmOFRleHQsIHdob2xlQ2hhcmFjdGVycyB9IGZyb20gXCIuL3V0ZjgtdGV4dC5qc1wiO1xuXG4vKipcbiAqIFRleHQgZW5jb2RpbmdzIGEgbG9nIG1heSBiZSBpbi4gYGxhdGluMWAgaXMgcmVhZCBhcyB3aW5kb3dzLTEyNTIsIGFzIHRoZSBXSEFUV0cgRW5jb2Rpbmcgc3RhbmRhcmQgZG9lcy5cbiAqXG4gKiBAZXhhbXBsZVxuICogYXdhaXQgcmVhZEV2ZW50TG9nKHN0cmVhbSwgbWFwcGluZywgeyBlbmNvZGluZzogXCJsYXRpbjFcIiB9KTtcbiAqL1xuZXhwb3J0IHR5cGUgTG9nRW5jb2RpbmcgPSBcInV0Zi04XCIgfCBcInV0ZjhcIiB8IFwibGF0aW4xXCIgfCBcImlzby04ODU5LTFcIiB8IFwid2luZG93cy0xMjUyXCI7XG5cbmV4cG9ydCBjb25zdCBFTkNPRElOR1M6IHJlYWRvbmx5IExvZ0VuY29kaW5nW10gPSBbXCJ1dGYtOFwiLCBcInV0ZjhcIiwgXCJsYXRpbjFcIiwgXCJpc28tODg1OS0xXCIsIFwid2luZG93cy0xMjUyXCJdO1xuXG4vKipcbiAqIERlY29kZXMgYnl0ZSBjaHVua3MgaW50byB0ZXh0IGNodW5rcywgYSBjaGFyYWN0ZXIgc3BsaXQgYWNyb3NzIGNodW5rcyBpbmNsdWRlZCwgYSBsZWFkaW5nXG4gKiBieXRlLW9yZGVyIG1hcmsgZHJvcHBlZC4gVVRGLTggaXMgY2hlY2tlZDogYnl0ZXMgdGhhdCBhcmUgbm90IFVURi04IChhIExhdGluLTEgZmlsZSByZWFkIGFzXG4gKiBVVEYtOCkgYXJlIGFuIGBpbnZhbGlkX2VuY29kaW5nYCBlcnJvciB0aGF0IG5hbWVzIHRoZSBmaXgsIG5ldmVyIHNpbGVudGx5IHdyb25nIG5hbWVzLlxuICpcbiAqIEBleGFtcGxlXG4gKiBmb3IgYXdhaXQgKGNvbnN0IHRleHQgb2YgZGVjb2RlVGV4dChieXRlcywgXCJsYXRpbjFcIikpIHRleHQ7XG4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiogZGVjb2RlVGV4dChjaHVua3M6IEFzeW5jSXRlcmFibGU8VWludDhBcnJheT4sIGVuY29kaW5nOiBMb2dFbmNvZGluZyA9IFwidXRmLThcIik6IEFzeW5jR2VuZXJhdG9yPHN0cmluZz4ge1xuICBjb25zdCB1dGY4ID0gZW5jb2RpbmcgPT09IFwidXRmLThcIiB8fCBlbmNvZGluZyA9PT0gXCJ1dGY4XCI7XG4gIGNvbnN0IGRlY29kZXIgPSBuZXcgVGV4dERlY29kZXIoZW5jb2RpbmcsIHsgZmF0YWw6IHV0ZjggfSk7XG4gIGxldCBieXRlcyA9IDA7XG4gIGxldCBmaXJzdCA9IHRydWU7XG4gIGxldCBjYXJyeTogVWludDhBcnJheSB8IG51bGwgPSBudWxsO1xuICBjb25zdCBpbnZhbGlkID0gKHVwVG86IG51bWJlcikgPT5cbiAgICBuZXcgRXZlbnRMb2dFcnJvcihcbiAgICAgIFwiaW52YWxpZF9lbmNvZGluZ1wiLFxuICAgICAgYHRoZSBsb2cgaXMgbm90IHZhbGlkIFVURi04IChiZXR3ZWVuIGJ5dGVzICR7Ynl0ZXMudG9Mb2NhbGVTdHJpbmcoXCJlblwiKX0gYW5kICR7dXBUby50b0xvY2FsZVN0cmluZyhcImVuXCIpfSlgLFxuICAgICAge30sXG4gICAgICBbXCJlbmNvZGluZ19sYXRpbjFcIl0sXG4gICAgKTtcbiAgLyoqIFdob2xlIFVURi04IGNoYXJhY3RlcnMsIHRoZSByZXN0IGNhcnJpZWQgdG8gdGhlIG5leHQgY2h1bmsuICovXG4gIGNvbnN0IHZpYUJ1ZmZlciA9IChjaHVuazogVWludDhBcnJheSwgZmluYWw6IGJvb2xlYW4pOiBzdHJpbmcgPT4ge1xuICAgIGxldCBkYXRhID0gY2h1bms7XG4gICAgaWYgKGNhcnJ5KSB7XG4gICAgICBkYXRhID0gbmV3IFVpbnQ4QXJyYXkoY2FycnkubGVuZ3RoICsgY2h1bmsubGVuZ3RoKTtcbiAgICAgIGRhdGEuc2V0KGNhcnJ5KTtcbiAgICAgIGRhdGEuc2V0KGNodW5rLCBjYXJyeS5sZW5ndGgpO1xuICAgICAgY2FycnkgPSBudWxsO1xuICAgIH1cbiAgICBjb25zdCB3aG9sZSA9IGZpbmFsID8gZGF0YS5sZW5ndGggOiB3aG9sZUNoYXJhY3RlcnMoZGF0YSk7XG4gICAgaWYgKHdob2xlIDwgZGF0YS5sZW5ndGgpIGNhcnJ5ID0gZGF0YS5zbGljZSh3aG9sZSk7XG4gICAgY29uc3QgdGV4dCA9IHV0ZjhUZXh0KGRhdGEsIDAsIHdob2xlKTtcbiAgICBpZiAodGV4dCA9PT0gbnVsbCkgdGhyb3cgaW52YWxpZChieXRlcyArIGNodW5rLmxlbmd0aCk7XG4gICAgcmV0dXJuIHRleHQ7XG4gIH07XG4gIGNvbnN0IGRlY29kZSA9IChjaHVuazogVWludDhBcnJheSB8IHVuZGVmaW5lZCk6IHN0cmluZyA9PiB7XG4gICAgaWYgKHV0ZjgpIHJldHVybiB2aWFCdWZmZXIoY2h1bmsgPz8gbmV3IFVpbnQ4QXJyYXkoMCksIGNodW5rID09PSB1bmRlZmluZWQpO1xuICAgIHRyeSB7XG4gICAgICByZXR1cm4gY2h1bmsgPyBkZWNvZGVyLmRlY29kZShjaHVuaywgeyBzdHJlYW06IHRydWUgfSkgOiBkZWNvZGVyLmRlY29kZSgpO1xuICAgIH0gY2F0Y2gge1xuICAgICAgdGhyb3cgaW52YWxpZChieXRlcyArIChjaHVuaz8ubGVuZ3RoID8/IDApKTtcbiAgICB9XG4gIH07XG4gIGZvciBhd2FpdCAoY29uc3QgY2h1bmsgb2YgY2h1bmtzKSB7XG4gICAgbGV0IHRleHQgPSBkZWNvZGUoY2h1bmspO1xuICAgIGJ5dGVzICs9IGNodW5rLmxlbmd0aDtcbiAgICBpZiAoZmlyc3QgJiYgdGV4dCAhPT0gXCJcIikge1xuICAgICAgaWYgKHRleHQuY2hhckNvZGVBdCgwKSA9PT0gMHhmZWZmKSB0ZXh0ID0gdGV4dC5zbGljZSgxKTtcbiAgICAgIGZpcnN0ID0gZmFsc2U7XG4gICAgfVxuICAgIGlmICh0ZXh0KSB5aWVsZCB0ZXh0O1xuICB9XG4gIGNvbnN0IHJlc3QgPSBkZWNvZGUodW5kZWZpbmVkKTtcbiAgaWYgKHJlc3QpIHlpZWxkIHJlc3Q7XG59XG4iLCAiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL3d0L3JlYWRlci9zcmMvbG9nc1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvd3QvcmVhZGVyL3NyYy9sb2dzL2hhc2gtc2xvdHMudHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfaW1wb3J0X21ldGFfdXJsID0gXCJmaWxlOi8vL3dvcmsvd3QvcmVhZGVyL3NyYy9sb2dzL2hhc2gtc2xvdHMudHNcIjsvKipcbiAqIFB1dHMgYGluZGV4YCBpbnRvIHRoZSBvcGVuLWFkZHJlc3NpbmcgdGFibGUgYHNsb3RzYCAodHdvIG51bWJlcnMgcGVyIHNsb3Q6IHRoZSBpbmRleCArIDEsIDBcbiAqIHdoZW4gdGhlIHNsb3QgaXMgZnJlZSwgYW5kIHRoZSBoYXNoLCBzbyB0aGF0IHByb2JpbmcgY29tcGFyZXMgaGFzaGVzIGJlZm9yZSBpdCB0b3VjaGVzIGFcbiAqIGtleSkgYXQgdGhlIGZpcnN0IGZyZWUgc2xvdCBmcm9tIGBoYXNoYCBvbi4gVGhlIHRhYmxlcyBvZiBuYW1lcyAoYFN0cmluZ1RhYmxlYCwgYEJ5dGVLZXlzYClcbiAqIHNoYXJlIGl0LlxuICpcbiAqIEBleGFtcGxlXG4gKiBjb25zdCBzbG90cyA9IG5ldyBJbnQzMkFycmF5KDgpOyAvLyA0IHNsb3RzXG4gKiBwbGFjZUluU2xvdHMoc2xvdHMsIDUsIDApOyAvLyBzbG90IDEgKDUgJiAzKTogc2xvdHNbMl0gPT09IDEsIHNsb3RzWzNdID09PSA1XG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwbGFjZUluU2xvdHMoc2xvdHM6IEludDMyQXJyYXksIGhhc2g6IG51bWJlciwgaW5kZXg6IG51bWJlcik6IHZvaWQge1xuICBjb25zdCBtYXNrID0gKHNsb3RzLmxlbmd0aCA+PiAxKSAtIDE7XG4gIGxldCBzID0gaGFzaCAmIG1hc2s7XG4gIHdoaWxlIChzbG90c1syICogc10gIT09IDApIHMgPSAocyArIDEpICYgbWFzaztcbiAgc2xvdHNbMiAqIHNdID0gaW5kZXggKyAxO1xuICBzbG90c1syICogcyArIDFdID0gaGFzaDtcbn1cblxuLyoqXG4gKiBNdXJtdXJIYXNoMydzIGZpbmFsaXNlciBvdmVyIGFuIEZOVi0xYSBoYXNoOiBGTlYncyBsb3cgYml0cywgdGhlIG9uZXMgYSB0YWJsZSBpbmRleCB1c2VzLCBtaXhcbiAqIHBvb3JseS5cbiAqXG4gKiBAZXhhbXBsZVxuICogbWl4SGFzaCgweDgxMWM5ZGM1KSAhPT0gMHg4MTFjOWRjNTsgLy8gdHJ1ZVxuICovXG5leHBvcnQgZnVuY3Rpb24gbWl4SGFzaChoOiBudW1iZXIpOiBudW1iZXIge1xuICBoID0gTWF0aC5pbXVsKGggXiAoaCA+Pj4gMTYpLCAweDg1ZWJjYTZiKTtcbiAgaCA9IE1hdGguaW11bChoIF4gKGggPj4+IDEzKSwgMHhjMmIyYWUzNSk7XG4gIHJldHVybiBoIF4gKGggPj4+IDE2KTtcbn1cbiIsICJjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZGlybmFtZSA9IFwiL3dvcmsvd3QvcmVhZGVyL3NyYy9sb2dzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay93dC9yZWFkZXIvc3JjL2xvZ3Mvc3RyaW5nLXRhYmxlLnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL3d0L3JlYWRlci9zcmMvbG9ncy9zdHJpbmctdGFibGUudHNcIjtpbXBvcnQgeyBtaXhIYXNoLCBwbGFjZUluU2xvdHMgfSBmcm9tIFwiLi9oYXNoLXNsb3RzLmpzXCI7XG5cbi8qKlxuICogSW50ZXJucyBzdHJpbmdzIHJlYWQgZnJvbSBhIGxvZzogZWFjaCBkaXN0aW5jdCBzdHJpbmcgaXMga2VwdCBvbmNlIGFuZCBuYW1lZCBieSBpdHMgaW5kZXguXG4gKiBBIHBhcnQgb2YgYSBsYXJnZXIgdGV4dCAoYGludGVyblJhbmdlYCkgaXMgbG9va2VkIHVwIHdoZXJlIGl0IGxpZXMsIHdpdGhvdXQgY3V0dGluZyBpdCBvdXQ6XG4gKiBhIG1pbGxpb24tZXZlbnQgbG9nIHRoZW4gbWFrZXMgYSBzdHJpbmcgb25seSBmb3IgZWFjaCAqbmV3KiBuYW1lLCBub3QgZm9yIGV2ZXJ5IGZpZWxkLiBUaGVcbiAqIHRhYmxlIGlzIGEgaGFzaCB0YWJsZSBvZiBpdHMgb3duIG92ZXIgY2hhcmFjdGVyIGNvZGVzLCBzbyBob3N0aWxlIG5hbWVzIHN1Y2ggYXMgYF9fcHJvdG9fX2BcbiAqIGFyZSBvcmRpbmFyeSBrZXlzLlxuICpcbiAqIEBleGFtcGxlXG4gKiBjb25zdCB0YWJsZSA9IG5ldyBTdHJpbmdUYWJsZSgpO1xuICogdGFibGUuaW50ZXJuKFwibGFiXCIpOyAvLyAwXG4gKiB0YWJsZS5pbnRlcm4oXCJkZXNrXCIpOyAvLyAxXG4gKiB0YWJsZS5pbnRlcm5SYW5nZShcInRvIHRoZSBsYWJcIiwgNywgMTApOyAvLyAwXG4gKiB0YWJsZS52YWx1ZXM7IC8vIFtcImxhYlwiLCBcImRlc2tcIl1cbiAqL1xuZXhwb3J0IGNsYXNzIFN0cmluZ1RhYmxlIHtcbiAgcmVhZG9ubHkgdmFsdWVzOiBzdHJpbmdbXSA9IFtdO1xuICAvKipcbiAgICogT3BlbiBhZGRyZXNzaW5nLCB0d28gbnVtYmVycyBwZXIgc2xvdDogdGhlIGluZGV4ICsgMSBvZiB0aGUgdmFsdWUgKDAgd2hlbiB0aGUgc2xvdCBpc1xuICAgKiBmcmVlKSBhbmQgaXRzIGhhc2gsIHNvIHRoYXQgcHJvYmluZyBjb21wYXJlcyBoYXNoZXMgYmVmb3JlIGl0IHRvdWNoZXMgYSBzdHJpbmcuXG4gICAqL1xuICBwcml2YXRlIHNsb3RzID0gbmV3IEludDMyQXJyYXkoMTI4KTtcbiAgLyoqIEVhY2ggdmFsdWUncyBoYXNoLCBzbyB0aGF0IGdyb3dpbmcgdGhlIHRhYmxlIGhhc2hlcyBub3RoaW5nIGFnYWluLiAqL1xuICBwcml2YXRlIGhhc2hlcyA9IG5ldyBJbnQzMkFycmF5KDY0KTtcblxuICBpbnRlcm4odmFsdWU6IHN0cmluZyk6IG51bWJlciB7XG4gICAgcmV0dXJuIHRoaXMuaW50ZXJuUmFuZ2UodmFsdWUsIDAsIHZhbHVlLmxlbmd0aCk7XG4gIH1cblxuICAvKiogVGhlIGluZGV4IG9mIGB0ZXh0LnNsaWNlKHN0YXJ0LCBlbmQpYCwgYWRkZWQgd2hlbiBuZXcuICovXG4gIGludGVyblJhbmdlKHRleHQ6IHN0cmluZywgc3RhcnQ6IG51bWJlciwgZW5kOiBudW1iZXIpOiBudW1iZXIge1xuICAgIGNvbnN0IGhhc2ggPSBoYXNoT2YodGV4dCwgc3RhcnQsIGVuZCk7XG4gICAgY29uc3QgZm91bmQgPSB0aGlzLmxvb2t1cCh0ZXh0LCBzdGFydCwgZW5kLCBoYXNoKTtcbiAgICBpZiAoZm91bmQgPj0gMCkgcmV0dXJuIGZvdW5kO1xuICAgIC8vIEEgc3RyaW5nIGN1dCBmcm9tIGEgdGV4dCBjaHVuayBtYXkgc2hhcmUgdGhhdCBjaHVuaydzIG1lbW9yeSAoVjggc2xpY2VkIHN0cmluZ3MpOiBjb3B5XG4gICAgLy8gaXQsIHNvIHRoZSB0YWJsZSBrZWVwcyBvbmx5IGl0cyBvd24gY2hhcmFjdGVycywgbm90IHRoZSBmaWxlJ3MgdGV4dC5cbiAgICBjb25zdCB2YWx1ZSA9IHRleHQuc2xpY2Uoc3RhcnQsIGVuZCk7XG4gICAgcmV0dXJuIHRoaXMuc3RvcmUodmFsdWUubGVuZ3RoID4gMTIgPyAoXCIgXCIgKyB2YWx1ZSkuc2xpY2UoMSkgOiB2YWx1ZSwgaGFzaCk7XG4gIH1cblxuICAvKipcbiAgICogQWRkcyBhIHZhbHVlIHRoZSBjYWxsZXIga25vd3MgdGhlIHRhYmxlIGRvZXMgbm90IGhvbGQsIHdpdGhvdXQgbG9va2luZyBmb3IgaXQ6IHRoZSBDU1ZcbiAgICogcmVhZGVyIGZpbmRzIG5hbWVzIGJ5IHRoZWlyIGJ5dGVzIGZpcnN0IChgQnl0ZUtleXNgKSwgc28gYSBuYW1lIGl0IGRlY29kZXMgaXMgbmV3IGhlcmUuXG4gICAqIFRoZSB2YWx1ZSBpcyBrZXB0IGFzIGl0IGlzOiBpdCBtdXN0IGJlIGEgc3RyaW5nIG9mIGl0cyBvd24sIG5vdCBjdXQgZnJvbSBhIGxhcmdlciB0ZXh0LlxuICAgKi9cbiAgYWRkKHZhbHVlOiBzdHJpbmcpOiBudW1iZXIge1xuICAgIHJldHVybiB0aGlzLnN0b3JlKHZhbHVlLCBoYXNoT2YodmFsdWUsIDAsIHZhbHVlLmxlbmd0aCkpO1xuICB9XG5cbiAgLyoqIFRoZSBpbmRleCBvZiBgdGV4dC5zbGljZShzdGFydCwgZW5kKWAsIG9yIC0xIHdoZW4gdGhlIHRhYmxlIGRvZXMgbm90IGhvbGQgaXQuICovXG4gIGZpbmRSYW5nZSh0ZXh0OiBzdHJpbmcsIHN0YXJ0OiBudW1iZXIsIGVuZDogbnVtYmVyKTogbnVtYmVyIHtcbiAgICByZXR1cm4gdGhpcy5sb29rdXAodGV4dCwgc3RhcnQsIGVuZCwgaGFzaE9mKHRleHQsIHN0YXJ0LCBlbmQpKTtcbiAgfVxuXG4gIGdldCBzaXplKCk6IG51bWJlciB7XG4gICAgcmV0dXJuIHRoaXMudmFsdWVzLmxlbmd0aDtcbiAgfVxuXG4gIHByaXZhdGUgbG9va3VwKHRleHQ6IHN0cmluZywgc3RhcnQ6IG51bWJlciwgZW5kOiBudW1iZXIsIGhhc2g6IG51bWJlcik6IG51bWJlciB7XG4gICAgY29uc3Qgc2xvdHMgPSB0aGlzLnNsb3RzO1xuICAgIGNvbnN0IG1hc2sgPSAoc2xvdHMubGVuZ3RoID4+IDEpIC0gMTtcbiAgICBmb3IgKGxldCBzID0gaGFzaCAmIG1hc2s7IDsgcyA9IChzICsgMSkgJiBtYXNrKSB7XG4gICAgICBjb25zdCBpbmRleCA9IHNsb3RzWzIgKiBzXSEgLSAxO1xuICAgICAgaWYgKGluZGV4IDwgMCkgcmV0dXJuIC0xO1xuICAgICAgaWYgKHNsb3RzWzIgKiBzICsgMV0gIT09IGhhc2gpIGNvbnRpbnVlO1xuICAgICAgY29uc3QgdiA9IHRoaXMudmFsdWVzW2luZGV4XSE7XG4gICAgICAvLyBzbGljZSArID09PSBjb21wYXJlcyBuYXRpdmVseTsgc3RhcnRzV2l0aCB3YWxrcyB0aGUgY2hhcmFjdGVycyBvbmUgYnkgb25lICgzXHUwMEQ3IHNsb3dlciBhdCAzMCkuXG4gICAgICBpZiAodi5sZW5ndGggPT09IGVuZCAtIHN0YXJ0ICYmIHRleHQuc2xpY2Uoc3RhcnQsIGVuZCkgPT09IHYpIHJldHVybiBpbmRleDtcbiAgICB9XG4gIH1cblxuICBwcml2YXRlIHN0b3JlKHZhbHVlOiBzdHJpbmcsIGhhc2g6IG51bWJlcik6IG51bWJlciB7XG4gICAgY29uc3QgaSA9IHRoaXMudmFsdWVzLmxlbmd0aDtcbiAgICB0aGlzLnZhbHVlcy5wdXNoKHZhbHVlKTtcbiAgICBpZiAoaSA9PT0gdGhpcy5oYXNoZXMubGVuZ3RoKSB7XG4gICAgICBjb25zdCBoYXNoZXMgPSBuZXcgSW50MzJBcnJheSgyICogaSk7XG4gICAgICBoYXNoZXMuc2V0KHRoaXMuaGFzaGVzKTtcbiAgICAgIHRoaXMuaGFzaGVzID0gaGFzaGVzO1xuICAgIH1cbiAgICB0aGlzLmhhc2hlc1tpXSA9IGhhc2g7XG4gICAgaWYgKHRoaXMudmFsdWVzLmxlbmd0aCAqIDQgPiB0aGlzLnNsb3RzLmxlbmd0aCkgdGhpcy5yZWhhc2goKTtcbiAgICBlbHNlIHBsYWNlSW5TbG90cyh0aGlzLnNsb3RzLCBoYXNoLCBpKTtcbiAgICByZXR1cm4gaTtcbiAgfVxuXG4gIHByaXZhdGUgcmVoYXNoKCk6IHZvaWQge1xuICAgIHRoaXMuc2xvdHMgPSBuZXcgSW50MzJBcnJheSh0aGlzLnNsb3RzLmxlbmd0aCAqIDIpO1xuICAgIGZvciAobGV0IGkgPSAwOyBpIDwgdGhpcy52YWx1ZXMubGVuZ3RoOyBpKyspIHBsYWNlSW5TbG90cyh0aGlzLnNsb3RzLCB0aGlzLmhhc2hlc1tpXSEsIGkpO1xuICB9XG59XG5cbi8qKiBTdHJpbmdzIHVwIHRvIHRoaXMgbG9uZyBhcmUgaGFzaGVkIHdob2xlOyBsb25nZXIgb25lcyBieSB0aGVpciBsZW5ndGgsIGhlYWQgYW5kIHRhaWwuICovXG5jb25zdCBXSE9MRSA9IDE2O1xuXG4vKipcbiAqIEZOVi0xYSBvdmVyIHRoZSBVVEYtMTYgY29kZSB1bml0cyBvZiBgdGV4dFtzdGFydC4uZW5kKWA6IGFsbCBvZiB0aGVtIHVwIHRvIGBXSE9MRWAsIGVsc2UgdGhlXG4gKiBsZW5ndGggYW5kIHRoZSBmaXJzdCBhbmQgbGFzdCA4LiBSZWFkaW5nIGNoYXJhY3RlcnMgaXMgbW9zdCBvZiB0aGUgY29zdCBvZiBpbnRlcm5pbmcgYVxuICogbWlsbGlvbiBmaWVsZHMsIGFuZCBuYW1lcyBvZiB0aGUgc2FtZSBsZW5ndGggdGhhdCBkaWZmZXIgb25seSBpbiB0aGUgbWlkZGxlIGFyZSByYXJlOyB3aGVuXG4gKiB0aGV5IG9jY3VyLCBwcm9iaW5nIGNvbXBhcmVzIHRoZW0gaW4gZnVsbCwgc28gdGhlIHRhYmxlIHN0YXlzIGV4YWN0LlxuICovXG5mdW5jdGlvbiBoYXNoT2YodGV4dDogc3RyaW5nLCBzdGFydDogbnVtYmVyLCBlbmQ6IG51bWJlcik6IG51bWJlciB7XG4gIGxldCBoID0gMHg4MTFjOWRjNTtcbiAgaWYgKGVuZCAtIHN0YXJ0IDw9IFdIT0xFKSB7XG4gICAgZm9yIChsZXQgaSA9IHN0YXJ0OyBpIDwgZW5kOyBpKyspIGggPSBNYXRoLmltdWwoaCBeIHRleHQuY2hhckNvZGVBdChpKSwgMHgwMTAwMDE5Myk7XG4gIH0gZWxzZSB7XG4gICAgaCA9IE1hdGguaW11bChoIF4gKGVuZCAtIHN0YXJ0KSwgMHgwMTAwMDE5Myk7XG4gICAgZm9yIChsZXQgaSA9IHN0YXJ0OyBpIDwgc3RhcnQgKyA4OyBpKyspIGggPSBNYXRoLmltdWwoaCBeIHRleHQuY2hhckNvZGVBdChpKSwgMHgwMTAwMDE5Myk7XG4gICAgZm9yIChsZXQgaSA9IGVuZCAtIDg7IGkgPCBlbmQ7IGkrKykgaCA9IE1hdGguaW11bChoIF4gdGV4dC5jaGFyQ29kZUF0KGkpLCAweDAxMDAwMTkzKTtcbiAgfVxuICByZXR1cm4gbWl4SGFzaChoKTtcbn1cbiIsICJjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZGlybmFtZSA9IFwiL3dvcmsvd3QvcmVhZGVyL3NyYy9sb2dzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay93dC9yZWFkZXIvc3JjL2xvZ3MvZXZlbnQtbG9nLWJ1aWxkZXIudHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfaW1wb3J0X21ldGFfdXJsID0gXCJmaWxlOi8vL3dvcmsvd3QvcmVhZGVyL3NyYy9sb2dzL2V2ZW50LWxvZy1idWlsZGVyLnRzXCI7aW1wb3J0IHsgTk9fQ1VTVE9NRVIsIHR5cGUgRXZlbnRMb2cgfSBmcm9tIFwiLi9ldmVudC1sb2cuanNcIjtcbmltcG9ydCB7IFN0cmluZ1RhYmxlIH0gZnJvbSBcIi4vc3RyaW5nLXRhYmxlLmpzXCI7XG5cbi8qKlxuICogQ29sbGVjdHMgZXZlbnRzIGluIGZpbGUgb3JkZXIgaW50byBncm93YWJsZSB0eXBlZCBjb2x1bW5zIGFuZCBpbnRlcm5lZCBzdHJpbmcgdGFibGVzLCB0aGVuXG4gKiBgYnVpbGQoKWBzIHRoZSBjb2x1bW5hciBgRXZlbnRMb2dgOiBncm91cGVkIGJ5IGNhc2UsIGVhY2ggY2FzZSBvcmRlcmVkIGJ5IHRpbWUgd2l0aCB0aWVzIGluXG4gKiBmaWxlIG9yZGVyLiBSZWFkZXJzIGZlZWQgaXQ7IGl0IGlzIG5vdCBwYXJ0IG9mIHRoZSBwdWJsaWMgQVBJLlxuICovXG5leHBvcnQgY2xhc3MgRXZlbnRMb2dCdWlsZGVyIHtcbiAgcmVhZG9ubHkgY2FzZXMgPSBuZXcgU3RyaW5nVGFibGUoKTtcbiAgcmVhZG9ubHkgYWN0aXZpdGllcyA9IG5ldyBTdHJpbmdUYWJsZSgpO1xuICByZWFkb25seSBkZXBhcnRtZW50cyA9IG5ldyBTdHJpbmdUYWJsZSgpO1xuICByZWFkb25seSBjdXN0b21lcnMgPSBuZXcgU3RyaW5nVGFibGUoKTtcbiAgLyoqIFBlciBldmVudDogdGhlIGN1c3RvbWVyLCBtYWRlIHdoZW4gdGhlIGZpcnN0IGV2ZW50IHdpdGggb25lIGFycml2ZXMgKE5PX0NVU1RPTUVSIGZvciB0aGUgZXZlbnRzIHdpdGhvdXQpLiAqL1xuICBwcml2YXRlIGN1c3RvbWVyOiBVaW50MzJBcnJheSB8IG51bGwgPSBudWxsO1xuICAvKiogRXZlbnRzIHRoYXQgbmFtZSBzZXZlcmFsIGN1c3RvbWVyczogZmlsZS1vcmRlciBpbmRleCBcdTIxOTIgdGhlIGN1c3RvbWVycyBiZXlvbmQgdGhlIGZpcnN0LiAqL1xuICBwcml2YXRlIHJlYWRvbmx5IG1vcmVDdXN0b21lcnMgPSBuZXcgTWFwPG51bWJlciwgcmVhZG9ubHkgbnVtYmVyW10+KCk7XG4gIHByaXZhdGUgY2FzZU9mID0gbmV3IFVpbnQzMkFycmF5KDEwMjQpO1xuICBwcml2YXRlIGFjdGl2aXR5ID0gbmV3IFVpbnQzMkFycmF5KDEwMjQpO1xuICBwcml2YXRlIGRlcGFydG1lbnQgPSBuZXcgVWludDMyQXJyYXkoMTAyNCk7XG4gIHByaXZhdGUgdGltZSA9IG5ldyBGbG9hdDY0QXJyYXkoMTAyNCk7XG4gIC8qKiBTdGFydCB0aW1lcywgbWFkZSB3aGVuIHRoZSBmaXJzdCBldmVudCB3aXRoIG9uZSBhcnJpdmVzIChOYU4gZm9yIHRoZSBldmVudHMgd2l0aG91dCkuICovXG4gIHByaXZhdGUgc3RhcnQ6IEZsb2F0NjRBcnJheSB8IG51bGwgPSBudWxsO1xuICBwcml2YXRlIGNvdW50ID0gMDtcbiAgc2tpcHBlZCA9IDA7XG4gIHJlYWRvbmx5IHNraXBwZWRQcm9ibGVtczogc3RyaW5nW10gPSBbXTtcblxuICBnZXQgZXZlbnRzKCk6IG51bWJlciB7XG4gICAgcmV0dXJuIHRoaXMuY291bnQ7XG4gIH1cblxuICAvKipcbiAgICogQWRkcyBvbmUgZXZlbnQ7IGBkZXBhcnRtZW50YCBpcyBhbiBpbmRleCBpbnRvIGBkZXBhcnRtZW50c2Agb3IgYE1JU1NJTkdfREVQQVJUTUVOVGAsIGB0aW1lYFxuICAgKiAoYW5kIGBzdGFydGAsIHdoZW4gdGhlIGV2ZW50IGhhcyBvbmUpIGluIG1zLlxuICAgKi9cbiAgYWRkKGNhc2VJbmRleDogbnVtYmVyLCBhY3Rpdml0eTogbnVtYmVyLCBkZXBhcnRtZW50OiBudW1iZXIsIHRpbWU6IG51bWJlciwgc3RhcnQgPSBOdW1iZXIuTmFOLCBjdXN0b21lciA9IE5PX0NVU1RPTUVSLCBtb3JlQ3VzdG9tZXJzPzogcmVhZG9ubHkgbnVtYmVyW10pOiB2b2lkIHtcbiAgICBpZiAodGhpcy5jb3VudCA9PT0gdGhpcy50aW1lLmxlbmd0aCkgdGhpcy5ncm93KCk7XG4gICAgY29uc3QgaSA9IHRoaXMuY291bnQrKztcbiAgICB0aGlzLmNhc2VPZltpXSA9IGNhc2VJbmRleDtcbiAgICB0aGlzLmFjdGl2aXR5W2ldID0gYWN0aXZpdHk7XG4gICAgdGhpcy5kZXBhcnRtZW50W2ldID0gZGVwYXJ0bWVudDtcbiAgICB0aGlzLnRpbWVbaV0gPSB0aW1lO1xuICAgIGlmICghTnVtYmVyLmlzTmFOKHN0YXJ0KSAmJiB0aGlzLnN0YXJ0ID09PSBudWxsKSB0aGlzLnN0YXJ0ID0gbmV3IEZsb2F0NjRBcnJheSh0aGlzLnRpbWUubGVuZ3RoKS5maWxsKE51bWJlci5OYU4pO1xuICAgIGlmICh0aGlzLnN0YXJ0ICE9PSBudWxsKSB0aGlzLnN0YXJ0W2ldID0gc3RhcnQ7XG4gICAgaWYgKGN1c3RvbWVyICE9PSBOT19DVVNUT01FUiAmJiB0aGlzLmN1c3RvbWVyID09PSBudWxsKSB0aGlzLmN1c3RvbWVyID0gbmV3IFVpbnQzMkFycmF5KHRoaXMudGltZS5sZW5ndGgpLmZpbGwoTk9fQ1VTVE9NRVIpO1xuICAgIGlmICh0aGlzLmN1c3RvbWVyICE9PSBudWxsKSB0aGlzLmN1c3RvbWVyW2ldID0gY3VzdG9tZXI7XG4gICAgaWYgKG1vcmVDdXN0b21lcnMgIT09IHVuZGVmaW5lZCAmJiBtb3JlQ3VzdG9tZXJzLmxlbmd0aCA+IDApIHRoaXMubW9yZUN1c3RvbWVycy5zZXQoaSwgbW9yZUN1c3RvbWVycyk7XG4gIH1cblxuICBza2lwKHByb2JsZW06IHN0cmluZyk6IHZvaWQge1xuICAgIHRoaXMuc2tpcHBlZCsrO1xuICAgIGlmICh0aGlzLnNraXBwZWRQcm9ibGVtcy5sZW5ndGggPCAxMCkgdGhpcy5za2lwcGVkUHJvYmxlbXMucHVzaChwcm9ibGVtKTtcbiAgfVxuXG4gIHByaXZhdGUgZ3JvdygpOiB2b2lkIHtcbiAgICBjb25zdCBzaXplID0gdGhpcy50aW1lLmxlbmd0aCAqIDI7XG4gICAgY29uc3QgdTMyID0gKG9sZDogVWludDMyQXJyYXkpID0+IHtcbiAgICAgIGNvbnN0IG5leHQgPSBuZXcgVWludDMyQXJyYXkoc2l6ZSk7XG4gICAgICBuZXh0LnNldChvbGQpO1xuICAgICAgcmV0dXJuIG5leHQ7XG4gICAgfTtcbiAgICB0aGlzLmNhc2VPZiA9IHUzMih0aGlzLmNhc2VPZik7XG4gICAgdGhpcy5hY3Rpdml0eSA9IHUzMih0aGlzLmFjdGl2aXR5KTtcbiAgICB0aGlzLmRlcGFydG1lbnQgPSB1MzIodGhpcy5kZXBhcnRtZW50KTtcbiAgICBjb25zdCB0aW1lID0gbmV3IEZsb2F0NjRBcnJheShzaXplKTtcbiAgICB0aW1lLnNldCh0aGlzLnRpbWUpO1xuICAgIHRoaXMudGltZSA9IHRpbWU7XG4gICAgaWYgKHRoaXMuc3RhcnQgIT09IG51bGwpIHtcbiAgICAgIGNvbnN0IHN0YXJ0ID0gbmV3IEZsb2F0NjRBcnJheShzaXplKS5maWxsKE51bWJlci5OYU4pO1xuICAgICAgc3RhcnQuc2V0KHRoaXMuc3RhcnQpO1xuICAgICAgdGhpcy5zdGFydCA9IHN0YXJ0O1xuICAgIH1cbiAgICBpZiAodGhpcy5jdXN0b21lciAhPT0gbnVsbCkge1xuICAgICAgY29uc3QgY3VzdG9tZXIgPSBuZXcgVWludDMyQXJyYXkoc2l6ZSkuZmlsbChOT19DVVNUT01FUik7XG4gICAgICBjdXN0b21lci5zZXQodGhpcy5jdXN0b21lcik7XG4gICAgICB0aGlzLmN1c3RvbWVyID0gY3VzdG9tZXI7XG4gICAgfVxuICB9XG5cbiAgLyoqIFRoZSBjb2x1bW5hciBsb2c7IGB3aXRoQ3VzdG9tZXJzYCAoYSBjdXN0b21lciBtYXBwaW5nIHdhcyBnaXZlbikgYWRkcyB0aGUgY3VzdG9tZXIgY29sdW1ucyBldmVuIHdoZW4gbm8gZXZlbnQgbmFtZWQgb25lLiAqL1xuICBidWlsZChmb3JtYXQ6IEV2ZW50TG9nW1wiZm9ybWF0XCJdLCB3aXRoQ3VzdG9tZXJzID0gZmFsc2UpOiBFdmVudExvZyB7XG4gICAgY29uc3QgbiA9IHRoaXMuY291bnQ7XG4gICAgY29uc3QgY2FzZUNvdW50ID0gdGhpcy5jYXNlcy5zaXplO1xuICAgIC8vIENvdW50aW5nIHNvcnQgYnkgY2FzZSBrZWVwcyBmaWxlIG9yZGVyIHdpdGhpbiBhIGNhc2UgKHN0YWJsZSkuXG4gICAgY29uc3QgY2FzZVN0YXJ0ID0gbmV3IFVpbnQzMkFycmF5KGNhc2VDb3VudCArIDEpO1xuICAgIGZvciAobGV0IGkgPSAwOyBpIDwgbjsgaSsrKSBjYXNlU3RhcnRbdGhpcy5jYXNlT2ZbaV0hICsgMV0hKys7XG4gICAgZm9yIChsZXQgYyA9IDA7IGMgPCBjYXNlQ291bnQ7IGMrKykgY2FzZVN0YXJ0W2MgKyAxXSEgKz0gY2FzZVN0YXJ0W2NdITtcbiAgICBjb25zdCBuZXh0ID0gY2FzZVN0YXJ0LnNsaWNlKDAsIGNhc2VDb3VudCk7XG4gICAgY29uc3Qgb3JkZXIgPSBuZXcgVWludDMyQXJyYXkobik7XG4gICAgZm9yIChsZXQgaSA9IDA7IGkgPCBuOyBpKyspIG9yZGVyW25leHRbdGhpcy5jYXNlT2ZbaV0hXSErK10gPSBpO1xuICAgIC8vIFRoZW4gb3JkZXIgZWFjaCBjYXNlIGJ5IHRpbWU7IEFycmF5LnByb3RvdHlwZS5zb3J0IGlzIHN0YWJsZSwgc28gdGllcyBrZWVwIGZpbGUgb3JkZXIuXG4gICAgY29uc3QgdGltZSA9IHRoaXMudGltZTtcbiAgICBmb3IgKGxldCBjID0gMDsgYyA8IGNhc2VDb3VudDsgYysrKSB7XG4gICAgICBjb25zdCBmcm9tID0gY2FzZVN0YXJ0W2NdITtcbiAgICAgIGNvbnN0IHRvID0gY2FzZVN0YXJ0W2MgKyAxXSE7XG4gICAgICBsZXQgc29ydGVkID0gdHJ1ZTtcbiAgICAgIGZvciAobGV0IGsgPSBmcm9tICsgMTsgayA8IHRvICYmIHNvcnRlZDsgaysrKSBzb3J0ZWQgPSB0aW1lW29yZGVyW2sgLSAxXSFdISA8PSB0aW1lW29yZGVyW2tdIV0hO1xuICAgICAgaWYgKHNvcnRlZCkgY29udGludWU7XG4gICAgICBjb25zdCBldmVudHMgPSBBcnJheS5mcm9tKG9yZGVyLnN1YmFycmF5KGZyb20sIHRvKSkuc29ydCgoYSwgYikgPT4gdGltZVthXSEgLSB0aW1lW2JdISk7XG4gICAgICBvcmRlci5zZXQoZXZlbnRzLCBmcm9tKTtcbiAgICB9XG4gICAgY29uc3QgYWN0aXZpdHkgPSBuZXcgVWludDMyQXJyYXkobik7XG4gICAgY29uc3QgZGVwYXJ0bWVudCA9IG5ldyBVaW50MzJBcnJheShuKTtcbiAgICBjb25zdCB0aW1lcyA9IG5ldyBGbG9hdDY0QXJyYXkobik7XG4gICAgY29uc3Qgc3RhcnRzID0gdGhpcy5zdGFydCA9PT0gbnVsbCA/IG51bGwgOiBuZXcgRmxvYXQ2NEFycmF5KG4pO1xuICAgIGNvbnN0IGN1c3RvbWVycyA9IHdpdGhDdXN0b21lcnMgPyBuZXcgVWludDMyQXJyYXkobikuZmlsbChOT19DVVNUT01FUikgOiBudWxsO1xuICAgIGNvbnN0IG1vcmUgPSB3aXRoQ3VzdG9tZXJzICYmIHRoaXMubW9yZUN1c3RvbWVycy5zaXplID4gMCA/IG5ldyBNYXA8bnVtYmVyLCByZWFkb25seSBudW1iZXJbXT4oKSA6IG51bGw7XG4gICAgZm9yIChsZXQgayA9IDA7IGsgPCBuOyBrKyspIHtcbiAgICAgIGNvbnN0IGkgPSBvcmRlcltrXSE7XG4gICAgICBhY3Rpdml0eVtrXSA9IHRoaXMuYWN0aXZpdHlbaV0hO1xuICAgICAgZGVwYXJ0bWVudFtrXSA9IHRoaXMuZGVwYXJ0bWVudFtpXSE7XG4gICAgICB0aW1lc1trXSA9IHRpbWVbaV0hO1xuICAgICAgaWYgKHN0YXJ0cyAhPT0gbnVsbCkgc3RhcnRzW2tdID0gdGhpcy5zdGFydCFbaV0hO1xuICAgICAgaWYgKGN1c3RvbWVycyAhPT0gbnVsbCAmJiB0aGlzLmN1c3RvbWVyICE9PSBudWxsKSBjdXN0b21lcnNba10gPSB0aGlzLmN1c3RvbWVyW2ldITtcbiAgICAgIGNvbnN0IG90aGVycyA9IG1vcmUgPT09IG51bGwgPyB1bmRlZmluZWQgOiB0aGlzLm1vcmVDdXN0b21lcnMuZ2V0KGkpO1xuICAgICAgaWYgKG90aGVycyAhPT0gdW5kZWZpbmVkKSBtb3JlIS5zZXQoaywgb3RoZXJzKTtcbiAgICB9XG4gICAgcmV0dXJuIHtcbiAgICAgIGZvcm1hdCxcbiAgICAgIGV2ZW50czogbixcbiAgICAgIGNhc2VzOiB0aGlzLmNhc2VzLnZhbHVlcyxcbiAgICAgIGFjdGl2aXRpZXM6IHRoaXMuYWN0aXZpdGllcy52YWx1ZXMsXG4gICAgICBkZXBhcnRtZW50czogdGhpcy5kZXBhcnRtZW50cy52YWx1ZXMsXG4gICAgICBjYXNlU3RhcnQsXG4gICAgICBhY3Rpdml0eSxcbiAgICAgIGRlcGFydG1lbnQsXG4gICAgICB0aW1lOiB0aW1lcyxcbiAgICAgIHN0YXJ0OiBzdGFydHMsXG4gICAgICBza2lwcGVkOiB0aGlzLnNraXBwZWQsXG4gICAgICBza2lwcGVkUHJvYmxlbXM6IHRoaXMuc2tpcHBlZFByb2JsZW1zLFxuICAgICAgLi4uKHdpdGhDdXN0b21lcnMgJiYgeyBjdXN0b21lcnM6IHRoaXMuY3VzdG9tZXJzLnZhbHVlcywgY3VzdG9tZXI6IGN1c3RvbWVycywgbW9yZUN1c3RvbWVyczogbW9yZSB9KSxcbiAgICB9O1xuICB9XG59XG4iLCAiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL3d0L3JlYWRlci9zcmMvbG9nc1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvd3QvcmVhZGVyL3NyYy9sb2dzL2d1bnppcC1pZi1jb21wcmVzc2VkLnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL3d0L3JlYWRlci9zcmMvbG9ncy9ndW56aXAtaWYtY29tcHJlc3NlZC50c1wiO2ltcG9ydCB7IEV2ZW50TG9nRXJyb3IgfSBmcm9tIFwiLi9ldmVudC1sb2ctZXJyb3IuanNcIjtcblxuLyoqXG4gKiBQYXNzZXMgYnl0ZSBjaHVua3MgdGhyb3VnaCwgZGVjb21wcmVzc2luZyB0aGVtIHdoZW4gdGhleSBzdGFydCB3aXRoIHRoZSBnemlwIG1hZ2ljIGJ5dGVzXG4gKiBgMWYgOGJgICh0aGUgbmFtZSBvZiBhIGZpbGUgc2F5cyBub3RoaW5nKS4gVXNlcyB0aGUgcGxhdGZvcm0ncyBgRGVjb21wcmVzc2lvblN0cmVhbWBcbiAqIChicm93c2VycywgTm9kZSBcdTIyNjUgMTgpLCBzbyBhIDQwIE1CIGxvZyBpcyBuZXZlciBoZWxkIHdob2xlOyBhIHRydW5jYXRlZCBvciBkYW1hZ2VkIHN0cmVhbSBpc1xuICogYSBgYmFkX2d6aXBgIGVycm9yLlxuICpcbiAqIEBleGFtcGxlXG4gKiBmb3IgYXdhaXQgKGNvbnN0IGJ5dGVzIG9mIGd1bnppcElmQ29tcHJlc3NlZChieXRlQ2h1bmtzKGZpbGUuc3RyZWFtKCkpKSkgYnl0ZXM7IC8vIHBsYWluIGJ5dGVzXG4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiogZ3VuemlwSWZDb21wcmVzc2VkKGNodW5rczogQXN5bmNJdGVyYWJsZTxVaW50OEFycmF5Pik6IEFzeW5jR2VuZXJhdG9yPFVpbnQ4QXJyYXk+IHtcbiAgY29uc3QgaXRlcmF0b3IgPSBjaHVua3NbU3ltYm9sLmFzeW5jSXRlcmF0b3JdKCk7XG4gIGxldCBmaXJzdCA9IGF3YWl0IGl0ZXJhdG9yLm5leHQoKTtcbiAgd2hpbGUgKCFmaXJzdC5kb25lICYmIGZpcnN0LnZhbHVlLmxlbmd0aCA9PT0gMCkgZmlyc3QgPSBhd2FpdCBpdGVyYXRvci5uZXh0KCk7XG4gIGlmIChmaXJzdC5kb25lKSByZXR1cm47XG4gIC8vIE9uZSBieXRlIG9mIGEgdHdvLWJ5dGUgbWFnaWMgbnVtYmVyIG1heSBjb21lIGFsb25lOyBqb2luIGl0IHdpdGggdGhlIG5leHQgY2h1bmsuXG4gIGlmIChmaXJzdC52YWx1ZS5sZW5ndGggPT09IDEpIHtcbiAgICBjb25zdCBzZWNvbmQgPSBhd2FpdCBpdGVyYXRvci5uZXh0KCk7XG4gICAgaWYgKCFzZWNvbmQuZG9uZSkge1xuICAgICAgY29uc3Qgam9pbmVkID0gbmV3IFVpbnQ4QXJyYXkoMSArIHNlY29uZC52YWx1ZS5sZW5ndGgpO1xuICAgICAgam9pbmVkWzBdID0gZmlyc3QudmFsdWVbMF0hO1xuICAgICAgam9pbmVkLnNldChzZWNvbmQudmFsdWUsIDEpO1xuICAgICAgZmlyc3QgPSB7IGRvbmU6IGZhbHNlLCB2YWx1ZTogam9pbmVkIH07XG4gICAgfVxuICB9XG4gIGNvbnN0IGhlYWQgPSBmaXJzdC52YWx1ZTtcbiAgaWYgKCEoaGVhZFswXSA9PT0gMHgxZiAmJiBoZWFkWzFdID09PSAweDhiKSkge1xuICAgIHlpZWxkIGhlYWQ7XG4gICAgZm9yIChsZXQgbmV4dCA9IGF3YWl0IGl0ZXJhdG9yLm5leHQoKTsgIW5leHQuZG9uZTsgbmV4dCA9IGF3YWl0IGl0ZXJhdG9yLm5leHQoKSkgeWllbGQgbmV4dC52YWx1ZTtcbiAgICByZXR1cm47XG4gIH1cbiAgY29uc3QgY29tcHJlc3NlZCA9IG5ldyBSZWFkYWJsZVN0cmVhbTxVaW50OEFycmF5Pih7XG4gICAgc3RhcnQoY29udHJvbGxlcikge1xuICAgICAgY29udHJvbGxlci5lbnF1ZXVlKGhlYWQpO1xuICAgIH0sXG4gICAgYXN5bmMgcHVsbChjb250cm9sbGVyKSB7XG4gICAgICBjb25zdCBuZXh0ID0gYXdhaXQgaXRlcmF0b3IubmV4dCgpO1xuICAgICAgaWYgKG5leHQuZG9uZSkgY29udHJvbGxlci5jbG9zZSgpO1xuICAgICAgZWxzZSBjb250cm9sbGVyLmVucXVldWUobmV4dC52YWx1ZSk7XG4gICAgfSxcbiAgICBhc3luYyBjYW5jZWwoKSB7XG4gICAgICBhd2FpdCBpdGVyYXRvci5yZXR1cm4/LigpO1xuICAgIH0sXG4gIH0pO1xuICBjb25zdCByZWFkZXIgPSBjb21wcmVzc2VkLnBpcGVUaHJvdWdoKG5ldyBEZWNvbXByZXNzaW9uU3RyZWFtKFwiZ3ppcFwiKSBhcyBSZWFkYWJsZVdyaXRhYmxlUGFpcjxVaW50OEFycmF5LCBVaW50OEFycmF5PikuZ2V0UmVhZGVyKCk7XG4gIGZvciAoOzspIHtcbiAgICBsZXQgcmVzdWx0OiBSZWFkYWJsZVN0cmVhbVJlYWRSZXN1bHQ8VWludDhBcnJheT47XG4gICAgdHJ5IHtcbiAgICAgIHJlc3VsdCA9IGF3YWl0IHJlYWRlci5yZWFkKCk7XG4gICAgfSBjYXRjaCAoZSkge1xuICAgICAgdGhyb3cgbmV3IEV2ZW50TG9nRXJyb3IoXG4gICAgICAgIFwiYmFkX2d6aXBcIixcbiAgICAgICAgYHRoZSBnemlwIGRhdGEgaXMgdHJ1bmNhdGVkIG9yIGRhbWFnZWQgKCR7KGUgYXMgRXJyb3IpLm1lc3NhZ2V9KTogZG93bmxvYWQgb3IgY29tcHJlc3MgdGhlIGxvZyBhZ2FpbmAsXG4gICAgICApO1xuICAgIH1cbiAgICBpZiAocmVzdWx0LmRvbmUpIHJldHVybjtcbiAgICB5aWVsZCByZXN1bHQudmFsdWU7XG4gIH1cbn1cbiIsICJjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZGlybmFtZSA9IFwiL3dvcmsvd3QvcmVhZGVyL3NyYy9sb2dzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay93dC9yZWFkZXIvc3JjL2xvZ3MvbG9nLXNvdXJjZS50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay93dC9yZWFkZXIvc3JjL2xvZ3MvbG9nLXNvdXJjZS50c1wiOy8qKlxuICogV2hlcmUgYSBsb2cncyBieXRlcyBjb21lIGZyb20sIGluIHRoZSBicm93c2VyIGFzIGluIE5vZGU6IGEgd2ViIGBSZWFkYWJsZVN0cmVhbWAgKGEgYGZldGNoYFxuICogYm9keSwgYEZpbGUuc3RyZWFtKClgKSwgYW55IChhc3luYykgaXRlcmFibGUgb2YgYnl0ZSBjaHVua3MgKGEgTm9kZSBgUmVhZGFibGVgIHN1Y2ggYXNcbiAqIGBmcy5jcmVhdGVSZWFkU3RyZWFtKHBhdGgpYCksIG9uZSBgVWludDhBcnJheWAgLyBgQXJyYXlCdWZmZXJgLCBvciBhIHN0cmluZyBob2xkaW5nIHRoZVxuICogbG9nJ3MgdGV4dCAodGhlbiBgZW5jb2RpbmdgIGRvZXMgbm90IGFwcGx5KS4gR3ppcC1jb21wcmVzc2VkIGJ5dGVzIGFyZSByZWNvZ25pc2VkIGJ5IHRoZWlyXG4gKiBmaXJzdCBieXRlcywgd2hhdGV2ZXIgdGhlIGZpbGUgaXMgY2FsbGVkLlxuICpcbiAqIEBleGFtcGxlXG4gKiBhd2FpdCByZWFkRXZlbnRMb2coY3JlYXRlUmVhZFN0cmVhbShcInNlcHNpcy5jc3ZcIiksIG1hcHBpbmcpOyAvLyBhIE5vZGUgc3RyZWFtXG4gKiBhd2FpdCByZWFkRXZlbnRMb2coKGF3YWl0IGZldGNoKHVybCkpLmJvZHkhLCBtYXBwaW5nKTsgICAgICAgLy8gYSB3ZWIgc3RyZWFtXG4gKiBhd2FpdCByZWFkRXZlbnRMb2codGV4dCwgbWFwcGluZyk7ICAgICAgICAgICAgICAgICAgICAgICAgICAgLy8gdGhlIHRleHQgaXRzZWxmXG4gKi9cbmV4cG9ydCB0eXBlIEV2ZW50TG9nU291cmNlID1cbiAgfCBzdHJpbmdcbiAgfCBVaW50OEFycmF5XG4gIHwgQXJyYXlCdWZmZXJcbiAgfCBSZWFkYWJsZVN0cmVhbTxVaW50OEFycmF5PlxuICB8IEFzeW5jSXRlcmFibGU8VWludDhBcnJheT5cbiAgfCBJdGVyYWJsZTxVaW50OEFycmF5PjtcblxuLyoqXG4gKiBUaGUgYnl0ZSBjaHVua3Mgb2YgYSAobm9uLXN0cmluZykgc291cmNlLCBvbmUgYnkgb25lLlxuICpcbiAqIEBleGFtcGxlXG4gKiBmb3IgYXdhaXQgKGNvbnN0IGNodW5rIG9mIGJ5dGVDaHVua3MobmV3IFVpbnQ4QXJyYXkoWzEsIDJdKSkpIGNodW5rOyAvLyBVaW50OEFycmF5IFsxLCAyXVxuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24qIGJ5dGVDaHVua3Moc291cmNlOiBFeGNsdWRlPEV2ZW50TG9nU291cmNlLCBzdHJpbmc+KTogQXN5bmNHZW5lcmF0b3I8VWludDhBcnJheT4ge1xuICBpZiAoc291cmNlIGluc3RhbmNlb2YgVWludDhBcnJheSkge1xuICAgIHlpZWxkIHNvdXJjZTtcbiAgfSBlbHNlIGlmIChzb3VyY2UgaW5zdGFuY2VvZiBBcnJheUJ1ZmZlcikge1xuICAgIHlpZWxkIG5ldyBVaW50OEFycmF5KHNvdXJjZSk7XG4gIH0gZWxzZSBpZiAodHlwZW9mIChzb3VyY2UgYXMgUmVhZGFibGVTdHJlYW0pLmdldFJlYWRlciA9PT0gXCJmdW5jdGlvblwiKSB7XG4gICAgLy8gUmVhZCB0aHJvdWdoIGEgcmVhZGVyIHJhdGhlciB0aGFuIGFzeW5jIGl0ZXJhdGlvbjogbm90IGV2ZXJ5IGJyb3dzZXIgaXRlcmF0ZXMgd2ViIHN0cmVhbXMuXG4gICAgY29uc3QgcmVhZGVyID0gKHNvdXJjZSBhcyBSZWFkYWJsZVN0cmVhbTxVaW50OEFycmF5PikuZ2V0UmVhZGVyKCk7XG4gICAgdHJ5IHtcbiAgICAgIGZvciAoOzspIHtcbiAgICAgICAgY29uc3QgeyBkb25lLCB2YWx1ZSB9ID0gYXdhaXQgcmVhZGVyLnJlYWQoKTtcbiAgICAgICAgaWYgKGRvbmUpIGJyZWFrO1xuICAgICAgICB5aWVsZCB2YWx1ZTtcbiAgICAgIH1cbiAgICB9IGZpbmFsbHkge1xuICAgICAgcmVhZGVyLnJlbGVhc2VMb2NrKCk7XG4gICAgfVxuICB9IGVsc2UgaWYgKFN5bWJvbC5hc3luY0l0ZXJhdG9yIGluIHNvdXJjZSB8fCBTeW1ib2wuaXRlcmF0b3IgaW4gc291cmNlKSB7XG4gICAgZm9yIGF3YWl0IChjb25zdCBjaHVuayBvZiBzb3VyY2UgYXMgQXN5bmNJdGVyYWJsZTxVaW50OEFycmF5Pikge1xuICAgICAgaWYgKHR5cGVvZiBjaHVuayA9PT0gXCJzdHJpbmdcIikgdGhyb3cgbmV3IFR5cGVFcnJvcihcInJlYWRFdmVudExvZzogYSBzdHJlYW0gb2Ygc3RyaW5ncyBpcyBub3QgYSBieXRlIHN0cmVhbTsgcGFzcyB0aGUgdGV4dCBhcyBvbmUgc3RyaW5nLCBvciBieXRlc1wiKTtcbiAgICAgIHlpZWxkIGNodW5rO1xuICAgIH1cbiAgfSBlbHNlIHtcbiAgICB0aHJvdyBuZXcgVHlwZUVycm9yKFwicmVhZEV2ZW50TG9nOiB0aGUgc291cmNlIG11c3QgYmUgYSBzdHJpbmcsIGJ5dGVzLCBhIFJlYWRhYmxlU3RyZWFtIG9yIGFuIGl0ZXJhYmxlIG9mIGJ5dGUgY2h1bmtzXCIpO1xuICB9XG59XG4iLCAiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL3d0L3JlYWRlci9zcmMvbG9nc1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvd3QvcmVhZGVyL3NyYy9sb2dzL3JlYWQtY3N2LWV2ZW50cy50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay93dC9yZWFkZXIvc3JjL2xvZ3MvcmVhZC1jc3YtZXZlbnRzLnRzXCI7aW1wb3J0IFBhcGEgZnJvbSBcInBhcGFwYXJzZVwiO1xuaW1wb3J0IHsgQUJTRU5ULCBCeXRlS2V5cyB9IGZyb20gXCIuL2J5dGUta2V5cy5qc1wiO1xuaW1wb3J0IHsgY3N2TGluZUJyZWFrcyB9IGZyb20gXCIuL2Nzdi1saW5lLWJyZWFrcy5qc1wiO1xuaW1wb3J0IHsgRXZlbnRMb2dFcnJvciB9IGZyb20gXCIuL2V2ZW50LWxvZy1lcnJvci5qc1wiO1xuaW1wb3J0IHsgTUlTU0lOR19ERVBBUlRNRU5ULCBOT19DVVNUT01FUiB9IGZyb20gXCIuL2V2ZW50LWxvZy5qc1wiO1xuaW1wb3J0IHsgY2xvc2VzdE5hbWVzLCBkaWRZb3VNZWFuIH0gZnJvbSBcIi4vY2xvc2VzdC1uYW1lcy5qc1wiO1xuaW1wb3J0IHsgZXhjZXJwdCwgZXhjZXJwdExpc3QgfSBmcm9tIFwiLi9leGNlcnB0LmpzXCI7XG5pbXBvcnQgeyBiYWRSb3csIHR5cGUgUmVhZGVyQ29uZmlnIH0gZnJvbSBcIi4vcmVhZGVyLWNvbmZpZy5qc1wiO1xuaW1wb3J0IHsgdXRmOFRleHQsIHdob2xlQ2hhcmFjdGVycyB9IGZyb20gXCIuL3V0ZjgtdGV4dC5qc1wiO1xuXG4vKiogUXVvdGVkIHRleHQgaXMgZ2l2ZW4gdG8gdGhlIHBhcnNlciBhdCBsZWFzdCB0aGlzIG1hbnkgYnl0ZXMgYXQgYSB0aW1lOiBmZXdlciBjYWxscyBpbnRvIGl0LiAqL1xuY29uc3QgQkFUQ0hfQllURVMgPSAxIDw8IDE2O1xuLyoqXG4gKiBBIGhlYWRlciBvciByZWNvcmQgc3RpbGwgb3BlbiBhZnRlciB0aGlzIG1hbnkgYnl0ZXMgKG9yIGNoYXJhY3RlcnMgb2YgcXVvdGVkIHRleHQpIGlzIG5vdCBhXG4gKiBsaW5lIG9mIGFuIGV2ZW50IGxvZyAoYW4gdW50ZXJtaW5hdGVkIHF1b3RlLCBhIGZpbGUgd2l0aG91dCBsaW5lIGJyZWFrcyk6IHJlYWRpbmcgc3RvcHNcbiAqIHRoZXJlLCBpbiB0aW1lIGxpbmVhciBpbiBpdC5cbiAqL1xuY29uc3QgTUFYX1JFQ09SRCA9IDEgPDwgMjI7XG5jb25zdCBERUxJTUlURVJTID0gW1wiLFwiLCBcIjtcIiwgXCJcXHRcIiwgXCJ8XCJdO1xuY29uc3QgW0xGLCBDUiwgUVVPVEVdID0gWzB4MGEsIDB4MGQsIDB4MjJdO1xuY29uc3QgRU1QVFkgPSBuZXcgVWludDhBcnJheSgwKTtcblxuaW50ZXJmYWNlIE5vZGVCdWZmZXJDbGFzcyB7XG4gIGZyb20oYnVmZmVyOiBBcnJheUJ1ZmZlckxpa2UsIGJ5dGVPZmZzZXQ6IG51bWJlciwgbGVuZ3RoOiBudW1iZXIpOiBVaW50OEFycmF5O1xuICBpc0J1ZmZlcih2YWx1ZTogdW5rbm93bik6IGJvb2xlYW47XG59XG4vKiogTm9kZSdzIGBCdWZmZXIuaW5kZXhPZmAgZmluZHMgYSBieXRlIGZhc3RlciB0aGFuIGBVaW50OEFycmF5LnByb3RvdHlwZS5pbmRleE9mYDsgYnJvd3NlcnMgaGF2ZSBvbmx5IHRoZSBsYXR0ZXIuICovXG5jb25zdCBOb2RlQnVmZmVyID0gKGdsb2JhbFRoaXMgYXMgeyBCdWZmZXI/OiBOb2RlQnVmZmVyQ2xhc3MgfSkuQnVmZmVyO1xuY29uc3Qgc2VhcmNoYWJsZSA9IChieXRlczogVWludDhBcnJheSk6IFVpbnQ4QXJyYXkgPT4gKE5vZGVCdWZmZXIgJiYgIU5vZGVCdWZmZXIuaXNCdWZmZXIoYnl0ZXMpID8gTm9kZUJ1ZmZlci5mcm9tKGJ5dGVzLmJ1ZmZlciwgYnl0ZXMuYnl0ZU9mZnNldCwgYnl0ZXMubGVuZ3RoKSA6IGJ5dGVzKTtcblxuY29uc3QgcXVvdGVkID0gZXhjZXJwdDtcblxuLyoqIFRoZSBjYW5kaWRhdGUgZGVsaW1pdGVyIGZvdW5kIG1vc3Qgb2Z0ZW4gb3V0c2lkZSBxdW90ZXMgaW4gdGhlIGhlYWRlciBsaW5lIChgLGAgd2hlbiBub25lIGlzKS4gKi9cbmZ1bmN0aW9uIGRldGVjdERlbGltaXRlcihoZWFkZXI6IHN0cmluZyk6IHN0cmluZyB7XG4gIGxldCBiZXN0ID0gXCIsXCI7XG4gIGxldCBiZXN0Q291bnQgPSAwO1xuICBmb3IgKGNvbnN0IGQgb2YgREVMSU1JVEVSUykge1xuICAgIGxldCBjb3VudCA9IDA7XG4gICAgbGV0IGluUXVvdGVzID0gZmFsc2U7XG4gICAgZm9yIChjb25zdCBjIG9mIGhlYWRlcikge1xuICAgICAgaWYgKGMgPT09ICdcIicpIGluUXVvdGVzID0gIWluUXVvdGVzO1xuICAgICAgZWxzZSBpZiAoYyA9PT0gZCAmJiAhaW5RdW90ZXMpIGNvdW50Kys7XG4gICAgfVxuICAgIGlmIChjb3VudCA+IGJlc3RDb3VudCkgW2Jlc3QsIGJlc3RDb3VudF0gPSBbZCwgY291bnRdO1xuICB9XG4gIHJldHVybiBiZXN0O1xufVxuXG5mdW5jdGlvbiBjb3VudE9mKHRleHQ6IHN0cmluZywgY2hhcjogc3RyaW5nKTogbnVtYmVyIHtcbiAgbGV0IG4gPSAwO1xuICBmb3IgKGxldCBpID0gdGV4dC5pbmRleE9mKGNoYXIpOyBpID49IDA7IGkgPSB0ZXh0LmluZGV4T2YoY2hhciwgaSArIDEpKSBuKys7XG4gIHJldHVybiBuO1xufVxuXG5mdW5jdGlvbiBqb2luZWQoYTogVWludDhBcnJheSwgYjogVWludDhBcnJheSk6IFVpbnQ4QXJyYXkge1xuICBjb25zdCBvdXQgPSBuZXcgVWludDhBcnJheShhLmxlbmd0aCArIGIubGVuZ3RoKTtcbiAgb3V0LnNldChhKTtcbiAgb3V0LnNldChiLCBhLmxlbmd0aCk7XG4gIHJldHVybiBzZWFyY2hhYmxlKG91dCk7XG59XG5cbi8qKiBUaGUgZmlyc3QgbGluZSBicmVhayAoYFxcbmAgb3IgYFxccmApIGluIGBieXRlc1tmcm9tLi50bylgLCBvciAtMS4gKi9cbmZ1bmN0aW9uIGZpcnN0QnJlYWsoYnl0ZXM6IFVpbnQ4QXJyYXksIGZyb206IG51bWJlciwgdG86IG51bWJlcik6IG51bWJlciB7XG4gIGNvbnN0IGxmID0gYnl0ZXMuaW5kZXhPZihMRiwgZnJvbSk7XG4gIGNvbnN0IGNyID0gYnl0ZXMuaW5kZXhPZihDUiwgZnJvbSk7XG4gIGNvbnN0IGZpcnN0ID0gbGYgPCAwID8gY3IgOiBjciA8IDAgPyBsZiA6IE1hdGgubWluKGxmLCBjcik7XG4gIHJldHVybiBmaXJzdCA8IHRvID8gZmlyc3QgOiAtMTtcbn1cblxuLyoqIEp1c3QgYWZ0ZXIgdGhlIGxpbmUgYnJlYWsgYXQgYGF0YDogYSBgXFxyXFxuYCBpcyBvbmUgYnJlYWsuICovXG5mdW5jdGlvbiBhZnRlckJyZWFrKGJ5dGVzOiBVaW50OEFycmF5LCBhdDogbnVtYmVyLCB0bzogbnVtYmVyKTogbnVtYmVyIHtcbiAgcmV0dXJuIGJ5dGVzW2F0XSA9PT0gQ1IgJiYgYXQgKyAxIDwgdG8gJiYgYnl0ZXNbYXQgKyAxXSA9PT0gTEYgPyBhdCArIDIgOiBhdCArIDE7XG59XG5cbi8qKlxuICogSnVzdCBhZnRlciB0aGUgbGFzdCBsaW5lIGJyZWFrIG9mIGBieXRlc2AgYXQgb3IgYWZ0ZXIgYGZyb21gIHRoYXQgaXMga25vd24gdG8gYmUgd2hvbGUsIG9yXG4gKiBgZnJvbWA6IGEgYFxccmAgaW4gdGhlIGxhc3QgYnl0ZSBtYXkgYmUgdGhlIGZpcnN0IGhhbGYgb2YgYSBgXFxyXFxuYC5cbiAqL1xuZnVuY3Rpb24gYWZ0ZXJMYXN0QnJlYWsoYnl0ZXM6IFVpbnQ4QXJyYXksIGZyb206IG51bWJlcik6IG51bWJlciB7XG4gIGNvbnN0IGxmID0gYnl0ZXMubGFzdEluZGV4T2YoTEYpO1xuICBsZXQgY3IgPSBieXRlcy5sYXN0SW5kZXhPZihDUik7XG4gIGlmIChjciA9PT0gYnl0ZXMubGVuZ3RoIC0gMSkgY3IgPSBjciA+IDAgPyBieXRlcy5sYXN0SW5kZXhPZihDUiwgY3IgLSAxKSA6IC0xO1xuICBjb25zdCBsYXN0ID0gTWF0aC5tYXgobGYsIGNyKTtcbiAgcmV0dXJuIGxhc3QgPCBmcm9tID8gZnJvbSA6IGxhc3QgKyAxOyAvLyBhIFxcciBmb3VuZCBoZXJlIGlzIGZvbGxvd2VkIGJ5IGEgYnl0ZSB0aGF0IGlzIG5vdCBcXG5cbn1cblxuLyoqXG4gKiBSZWFkcyBhIENTViBsb2cncyBVVEYtOCBieXRlcyBpbnRvIHRoZSBidWlsZGVyLiBUaGUgZmlyc3Qgcm93IG5hbWVzIHRoZSBjb2x1bW5zOyBldmVyeSBsYXRlclxuICogcm93IGlzIGFuIGV2ZW50LiBBbnkgb2YgYFxcbmAsIGBcXHJcXG5gIGFuZCBgXFxyYCBlbmRzIGEgbGluZSwgZWFjaCBsaW5lIG9uIGl0cyBvd24sIGEgYFxcclxcbmAgY3V0XG4gKiBiZXR3ZWVuIHR3byBjaHVua3MgaW5jbHVkZWQuIExpbmVzIGFyZSBzcGxpdCBvbmNlLCBvbiB0aGUgYnl0ZXM6IGEgbGluZSB3aXRob3V0IGEgcXVvdGVcbiAqIGNoYXJhY3RlciBpcyBjdXQgaW50byBmaWVsZHMgd2hlcmUgaXQgbGllcyBpbiBpdHMgY2h1bmssIGl0cyB0aW1lc3RhbXAgcmVhZCB0aGVyZSBhbmQgaXRzIG5hbWVzXG4gKiBsb29rZWQgdXAgYnkgdGhlaXIgYnl0ZXMgKGBCeXRlS2V5c2ApLCBzbyB0aGF0IG9ubHkgYSBuYW1lIHNlZW4gZm9yIHRoZSBmaXJzdCB0aW1lIGlzIGRlY29kZWQuXG4gKiBMaW5lcyB3aXRoIGEgcXVvdGUgZ28sIGEgYmF0Y2ggYXQgYSB0aW1lLCB0byBQYXBhIFBhcnNlJ3MgcGFyc2VyIChSRkMgNDE4MCBxdW90aW5nOiBmaWVsZHNcbiAqIHdpdGggZGVsaW1pdGVycywgcXVvdGVzIGRvdWJsZWQsIG5ld2xpbmVzKS4gQSByb3cgd2l0aCBmZXdlciBmaWVsZHMgdGhhbiB0aGUgaGVhZGVyIGlzXG4gKiBgc2hvcnRfcm93YCwgd2l0aCBtb3JlIGBsb25nX3Jvd2AgKGEgdmFsdWUgaG9sZGluZyB0aGUgZGVsaW1pdGVyIHdpdGhvdXQgcXVvdGVzKS4gTGluZSBudW1iZXJzXG4gKiBpbiBlcnJvcnMgYXJlIHRoZSBmaWxlJ3MgbGluZXMsIHF1b3RlZCBuZXdsaW5lcyBpbmNsdWRlZCwgYW5kIHZhbHVlcyBpbiBlcnJvcnMgYXJlIGV4Y2VycHRzLlxuICogVGhlIGJ5dGVzIGFyZSBjaGVja2VkIHRvIGJlIFVURi04IHdoZXJlIHRoZXkgYXJlIHJlYWQgYXMgdGV4dCAodGhlIGhlYWRlciwgbmFtZXMsIHF1b3RlZFxuICogbGluZXMsIHZhbHVlcyBxdW90ZWQgaW4gZXJyb3JzKTogYSBjb2x1bW4gdGhlIG1hcHBpbmcgZG9lcyBub3QgdXNlIGlzIG5ldmVyIGRlY29kZWQuXG4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiByZWFkQ3N2RXZlbnRzKGNodW5rczogQXN5bmNJdGVyYWJsZTxVaW50OEFycmF5PiwgY29uZmlnOiBSZWFkZXJDb25maWcsIGRlbGltaXRlcj86IHN0cmluZyk6IFByb21pc2U8dm9pZD4ge1xuICBjb25zdCB7IGJ1aWxkZXIsIHBhcnNlVGltZSwgcGFyc2VUaW1lQXQgfSA9IGNvbmZpZztcbiAgbGV0IHBhcnNlcjogUGFwYS5QYXJzZXIgfCBudWxsID0gbnVsbDtcbiAgLyoqIFRoZSBkZWxpbWl0ZXIgYXMgb25lIEFTQ0lJIGJ5dGUsIG9yIC0xICh0aGVuIGV2ZXJ5IGxpbmUgZ29lcyB0byB0aGUgcGFyc2VyKS4gKi9cbiAgbGV0IGRlbGltaXRlckJ5dGUgPSAtMTtcbiAgY29uc3QgbmV3bGluZSA9IFwiXFxuXCI7IC8vIGNzdkxpbmVCcmVha3MgbWFrZXMgZXZlcnkgbGluZSBicmVhayBvdXRzaWRlIHF1b3RlcyBvbmVcbiAgbGV0IGNvbHVtbnM6IHN0cmluZ1tdIHwgbnVsbCA9IG51bGw7XG4gIGxldCBjYXNlQ29sdW1uID0gMDtcbiAgbGV0IGFjdGl2aXR5Q29sdW1uczogbnVtYmVyW10gPSBbXTtcbiAgbGV0IHRpbWVzdGFtcENvbHVtbiA9IDA7XG4gIGxldCBkZXBhcnRtZW50Q29sdW1uID0gLTE7XG4gIGxldCBzdGFydENvbHVtbiA9IC0xO1xuICBsZXQgY3VzdG9tZXJDb2x1bW4gPSAtMTtcbiAgbGV0IG5lZWRlZCA9IDA7XG4gIC8qKiBQZXIgY29sdW1uIHVwIHRvIHRoZSBsYXN0IG9uZSBuZWVkZWQ6IHdoZXRoZXIgdGhlIG1hcHBpbmcgdXNlcyBpdC4gKi9cbiAgbGV0IHVzZWQgPSBuZXcgVWludDhBcnJheSgwKTtcbiAgLyoqIFRoZSBsaW5lIHRoZSBuZXh0IGxpbmUgb2YgdGhlIGZpbGUgaXMuICovXG4gIGxldCBsaW5lID0gMTtcbiAgLyoqIE5hbWVzIGJ5IHRoZWlyIGJ5dGVzOiB0aGUgaW5kZXggaW4gdGhlIGJ1aWxkZXIncyB0YWJsZSAoYSBkZXBhcnRtZW50OiBvciBNSVNTSU5HX0RFUEFSVE1FTlQpLiAqL1xuICBjb25zdCBjYXNlS2V5cyA9IG5ldyBCeXRlS2V5cygpO1xuICBjb25zdCBhY3Rpdml0eUtleXMgPSBuZXcgQnl0ZUtleXMoKTtcbiAgY29uc3QgZGVwYXJ0bWVudEtleXMgPSBuZXcgQnl0ZUtleXMoKTtcbiAgY29uc3QgY3VzdG9tZXJLZXlzID0gbmV3IEJ5dGVLZXlzKCk7XG4gIGxldCBsYXN0Q2FzZSA9IC0xO1xuICBsZXQgbGFzdENhc2VCeXRlcyA9IG5ldyBVaW50OEFycmF5KDY0KTtcbiAgbGV0IGxhc3RDYXNlTGVuZ3RoID0gLTE7XG4gIC8qKiBRdW90ZWQgdGV4dCB0aGUgcGFyc2VyIGhhcyBub3QgZmluaXNoZWQgKGEgcmVjb3JkIHN0aWxsIG9wZW4pLCBhbmQgd2hldGhlciBpdCBlbmRzIGluc2lkZSBxdW90ZXMuICovXG4gIGxldCB0ZXh0VGFpbCA9IFwiXCI7XG4gIGxldCBpblF1b3RlcyA9IGZhbHNlO1xuXG4gIGNvbnN0IGludmFsaWRFbmNvZGluZyA9IChhdDogbnVtYmVyKSA9PiBuZXcgRXZlbnRMb2dFcnJvcihcImludmFsaWRfZW5jb2RpbmdcIiwgYGxpbmUgJHthdH06IHRoZSBsb2cgaXMgbm90IHZhbGlkIFVURi04YCwgeyBsaW5lOiBhdCB9LCBbXCJlbmNvZGluZ19sYXRpbjFcIl0pO1xuICBjb25zdCB0ZXh0T2YgPSAoYnl0ZXM6IFVpbnQ4QXJyYXksIHN0YXJ0OiBudW1iZXIsIGVuZDogbnVtYmVyLCBhdDogbnVtYmVyKTogc3RyaW5nID0+IHtcbiAgICBjb25zdCB0ZXh0ID0gdXRmOFRleHQoYnl0ZXMsIHN0YXJ0LCBlbmQpO1xuICAgIGlmICh0ZXh0ID09PSBudWxsKSB0aHJvdyBpbnZhbGlkRW5jb2RpbmcoYXQpO1xuICAgIHJldHVybiB0ZXh0O1xuICB9O1xuXG4gIGNvbnN0IGNvbHVtbkluZGV4ID0gKG5hbWU6IHN0cmluZywgcm9sZTogc3RyaW5nKSA9PiB7XG4gICAgY29uc3QgaSA9IGNvbHVtbnMhLmluZGV4T2YobmFtZSk7XG4gICAgaWYgKGkgPCAwKSB7XG4gICAgICAvLyB0aGUgY2xvc2VzdCBuYW1lcyBmaXJzdCwgc28gdGhhdCB0aGUgb25lIG1lYW50IGlzIG5ldmVyIGFtb25nIFwiXHUyMDI2IGFuZCBOIG1vcmVcIlxuICAgICAgY29uc3QgeyBvcmRlcmVkLCBzdWdnZXN0ZWQgfSA9IGNsb3Nlc3ROYW1lcyhuYW1lLCBjb2x1bW5zISk7XG4gICAgICBjb25zdCBoaW50ID0gZGlkWW91TWVhbihzdWdnZXN0ZWQsIHF1b3RlZCk7XG4gICAgICB0aHJvdyBuZXcgRXZlbnRMb2dFcnJvcihcbiAgICAgICAgXCJtaXNzaW5nX2NvbHVtblwiLFxuICAgICAgICBgbm8gY29sdW1uICR7cXVvdGVkKG5hbWUpfSBmb3IgdGhlICR7cm9sZX0ke2hpbnQgPyBgOiAke2hpbnR9YCA6IFwiXCJ9IChjb2x1bW5zJHtoaW50ID8gXCIsIGNsb3Nlc3QgZmlyc3RcIiA6IFwiXCJ9OiAke2V4Y2VycHRMaXN0KGhpbnQgPyBvcmRlcmVkIDogY29sdW1ucyEpfTsgZGVsaW1pdGVyICR7cXVvdGVkKGRlbGltaXRlciEpfSk6IG5hbWUgb25lIG9mIHRoZXNlLCBvciBzZXQgdGhlIGRlbGltaXRlcmAsXG4gICAgICAgIHsgbGluZTogMSB9LFxuICAgICAgKTtcbiAgICB9XG4gICAgY29uc3QgYWdhaW4gPSBjb2x1bW5zIS5pbmRleE9mKG5hbWUsIGkgKyAxKTtcbiAgICBpZiAoYWdhaW4gPj0gMCkge1xuICAgICAgdGhyb3cgbmV3IEV2ZW50TG9nRXJyb3IoXG4gICAgICAgIFwiZHVwbGljYXRlX2NvbHVtblwiLFxuICAgICAgICBgdGhlIGNvbHVtbiAke3F1b3RlZChuYW1lKX0gZm9yIHRoZSAke3JvbGV9IGFwcGVhcnMgdHdpY2UgaW4gdGhlIGhlYWRlciAoY29sdW1ucyAke2kgKyAxfSBhbmQgJHthZ2FpbiArIDF9KTogcmVuYW1lIG9uZSBvZiB0aGVtIHNvIHRoYXQgdGhlIG1hcHBpbmcgbmFtZXMgb25lIGNvbHVtbmAsXG4gICAgICAgIHsgbGluZTogMSB9LFxuICAgICAgKTtcbiAgICB9XG4gICAgcmV0dXJuIGk7XG4gIH07XG5cbiAgY29uc3QgdXNlSGVhZGVyID0gKHJvdzogc3RyaW5nW10pID0+IHtcbiAgICBjb2x1bW5zID0gcm93O1xuICAgIGlmIChjb25maWcuY2FzZUtleSA9PT0gXCJcIiB8fCBjb25maWcuYWN0aXZpdHlLZXlzLmxlbmd0aCA9PT0gMCB8fCBjb25maWcudGltZXN0YW1wS2V5ID09PSBcIlwiKSB7XG4gICAgICB0aHJvdyBuZXcgRXZlbnRMb2dFcnJvcihcbiAgICAgICAgXCJtYXBwaW5nX3JlcXVpcmVkXCIsXG4gICAgICAgIGBhIENTViBsb2cgbmVlZHMgdGhlIGNvbHVtbnMgb2YgdGhlIGNhc2UsIHRoZSBhY3Rpdml0eSBhbmQgdGhlIHRpbWVzdGFtcCAobWFwcGluZyBjYXNlLCBhY3Rpdml0eSwgdGltZXN0YW1wOyAtLWNhc2UsIC0tYWN0aXZpdHksIC0tdGltZXN0YW1wKTsgY29sdW1uczogJHtleGNlcnB0TGlzdChyb3cpfWAsXG4gICAgICApO1xuICAgIH1cbiAgICBjYXNlQ29sdW1uID0gY29sdW1uSW5kZXgoY29uZmlnLmNhc2VLZXksIFwiY2FzZVwiKTtcbiAgICBhY3Rpdml0eUNvbHVtbnMgPSBjb25maWcuYWN0aXZpdHlLZXlzLm1hcCgoaykgPT4gY29sdW1uSW5kZXgoaywgXCJhY3Rpdml0eVwiKSk7XG4gICAgdGltZXN0YW1wQ29sdW1uID0gY29sdW1uSW5kZXgoY29uZmlnLnRpbWVzdGFtcEtleSwgXCJ0aW1lc3RhbXBcIik7XG4gICAgZGVwYXJ0bWVudENvbHVtbiA9IGNvbmZpZy5kZXBhcnRtZW50S2V5ID09PSBudWxsID8gLTEgOiBjb2x1bW5JbmRleChjb25maWcuZGVwYXJ0bWVudEtleSwgXCJkZXBhcnRtZW50XCIpO1xuICAgIHN0YXJ0Q29sdW1uID0gY29uZmlnLnN0YXJ0VGltZXN0YW1wS2V5ID09PSBudWxsID8gLTEgOiBjb2x1bW5JbmRleChjb25maWcuc3RhcnRUaW1lc3RhbXBLZXksIFwic3RhcnQgdGltZXN0YW1wXCIpO1xuICAgIGN1c3RvbWVyQ29sdW1uID0gY29uZmlnLmN1c3RvbWVyS2V5ID09PSBudWxsID8gLTEgOiBjb2x1bW5JbmRleChjb25maWcuY3VzdG9tZXJLZXksIFwiY3VzdG9tZXJcIik7XG4gICAgbmVlZGVkID0gTWF0aC5tYXgoY2FzZUNvbHVtbiwgdGltZXN0YW1wQ29sdW1uLCBkZXBhcnRtZW50Q29sdW1uLCBzdGFydENvbHVtbiwgY3VzdG9tZXJDb2x1bW4sIC4uLmFjdGl2aXR5Q29sdW1ucykgKyAxO1xuICAgIHVzZWQgPSBuZXcgVWludDhBcnJheShuZWVkZWQpO1xuICAgIHN0YXJ0cyA9IG5ldyBJbnQzMkFycmF5KG5lZWRlZCk7XG4gICAgZW5kcyA9IG5ldyBJbnQzMkFycmF5KG5lZWRlZCk7XG4gICAgZm9yIChjb25zdCBjIG9mIFtjYXNlQ29sdW1uLCB0aW1lc3RhbXBDb2x1bW4sIGRlcGFydG1lbnRDb2x1bW4sIHN0YXJ0Q29sdW1uLCBjdXN0b21lckNvbHVtbiwgLi4uYWN0aXZpdHlDb2x1bW5zXSkgaWYgKGMgPj0gMCkgdXNlZFtjXSA9IDE7XG4gIH07XG5cbiAgLyoqXG4gICAqIFRoZSB1c2VkIGZpZWxkcyBvZiB0aGUgY3VycmVudCByb3c6IGZpZWxkIGBjYCBpcyBgcm93Qnl0ZXNbc3RhcnRzW2NdLi5lbmRzW2NdKWAuIEEgbGluZSBjdXRcbiAgICogb24gYnl0ZXMgcG9pbnRzIGludG8gaXRzIGNodW5rOyBhIHJvdyBmcm9tIHRoZSBwYXJzZXIgaW50byBgZW5jb2RlZGAsIHdoZXJlIGl0cyB1c2VkIGZpZWxkc1xuICAgKiBhcmUgd3JpdHRlbiBhcyBVVEYtOC5cbiAgICovXG4gIGxldCByb3dCeXRlczogVWludDhBcnJheSA9IEVNUFRZO1xuICBsZXQgc3RhcnRzID0gbmV3IEludDMyQXJyYXkoMCk7XG4gIGxldCBlbmRzID0gbmV3IEludDMyQXJyYXkoMCk7XG4gIGxldCBlbmNvZGVkID0gbmV3IFVpbnQ4QXJyYXkoMjU2KTtcbiAgY29uc3QgZW5jb2RlciA9IG5ldyBUZXh0RW5jb2RlcigpO1xuICBjb25zdCBmaWVsZCA9IChjOiBudW1iZXIsIGF0OiBudW1iZXIpID0+IHRleHRPZihyb3dCeXRlcywgc3RhcnRzW2NdISwgZW5kc1tjXSEsIGF0KTtcblxuICAvKiogVGhlIGluZGV4IG9mIHRoZSBuYW1lIGluIGZpZWxkIGBjYDogZm91bmQgYnkgaXRzIGJ5dGVzLCBvciBkZWNvZGVkIGFuZCByZXNvbHZlZCBvbmNlLiAqL1xuICBjb25zdCBuYW1lT2YgPSAoa2V5czogQnl0ZUtleXMsIGM6IG51bWJlciwgYXQ6IG51bWJlciwgcmVzb2x2ZTogKG5hbWU6IHN0cmluZykgPT4gbnVtYmVyKTogbnVtYmVyID0+IHtcbiAgICBjb25zdCBzdGFydCA9IHN0YXJ0c1tjXSE7XG4gICAgY29uc3QgZW5kID0gZW5kc1tjXSE7XG4gICAgbGV0IGluZGV4ID0ga2V5cy5maW5kKHJvd0J5dGVzLCBzdGFydCwgZW5kKTtcbiAgICBpZiAoaW5kZXggPT09IEFCU0VOVCkge1xuICAgICAgaW5kZXggPSByZXNvbHZlKGZpZWxkKGMsIGF0KSk7XG4gICAgICBrZXlzLmFkZChyb3dCeXRlcywgc3RhcnQsIGVuZCwgaW5kZXgpO1xuICAgIH1cbiAgICByZXR1cm4gaW5kZXg7XG4gIH07XG4gIC8vIEEgbmFtZSB3aG9zZSBieXRlcyBhcmUgbmV3IGlzIG5ldyB0byBpdHMgdGFibGUgKFVURi04IGJ5dGVzIGFuZCBzdHJpbmdzIGFyZSBvbmUgdG8gb25lKTpcbiAgLy8gaXQgaXMgYWRkZWQgd2l0aG91dCBhIGxvb2t1cC4gTmFtZXMgb2Ygc2V2ZXJhbCBhY3Rpdml0eSBjb2x1bW5zIGFyZSBqb2luZWQsIGFuZCBpbnRlcm5lZC5cbiAgY29uc3QgY2FzZUluZGV4ID0gKG5hbWU6IHN0cmluZykgPT4gYnVpbGRlci5jYXNlcy5hZGQobmFtZSk7XG4gIGNvbnN0IGFjdGl2aXR5SW5kZXggPSAobmFtZTogc3RyaW5nKSA9PiBidWlsZGVyLmFjdGl2aXRpZXMuYWRkKG5hbWUpO1xuICBjb25zdCBjdXN0b21lckluZGV4ID0gKG5hbWU6IHN0cmluZykgPT4gYnVpbGRlci5jdXN0b21lcnMuYWRkKG5hbWUpO1xuICBjb25zdCBkZXBhcnRtZW50SW5kZXggPSAobmFtZTogc3RyaW5nKSA9PiAoY29uZmlnLm1pc3NpbmcuaGFzKG5hbWUpID8gTUlTU0lOR19ERVBBUlRNRU5UIDogYnVpbGRlci5kZXBhcnRtZW50cy5hZGQobmFtZSkpO1xuXG4gIGNvbnN0IGFjdGl2aXR5T2YgPSAoYXQ6IG51bWJlcik6IHN0cmluZyA9PiB7XG4gICAgbGV0IGpvaW5lZCA9IFwiXCI7XG4gICAgZm9yIChjb25zdCBjIG9mIGFjdGl2aXR5Q29sdW1ucykge1xuICAgICAgY29uc3QgcGFydCA9IGZpZWxkKGMsIGF0KTtcbiAgICAgIGlmIChwYXJ0ICE9PSBcIlwiKSBqb2luZWQgPSBqb2luZWQgPT09IFwiXCIgPyBwYXJ0IDogam9pbmVkICsgY29uZmlnLmFjdGl2aXR5U2VwYXJhdG9yICsgcGFydDtcbiAgICB9XG4gICAgcmV0dXJuIGpvaW5lZDtcbiAgfTtcblxuICBjb25zdCB0aW1lT2YgPSAoYzogbnVtYmVyLCBhdDogbnVtYmVyKTogbnVtYmVyID0+IHtcbiAgICBjb25zdCBzdGFydCA9IHN0YXJ0c1tjXSE7XG4gICAgY29uc3QgZW5kID0gZW5kc1tjXSE7XG4gICAgLy8gSW4gcGxhY2Ugd2hlbiB0aGUgZGVmYXVsdCByZWFkZXIgYXBwbGllcyBhbmQgdGhlcmUgYXJlIG5vIGJsYW5rcyB0byB0cmltIGFyb3VuZCB0aGUgc3RhbXAuXG4gICAgaWYgKHBhcnNlVGltZUF0ICE9PSBudWxsICYmIGVuZCA+IHN0YXJ0ICYmIHJvd0J5dGVzW3N0YXJ0XSEgPiAzMiAmJiByb3dCeXRlc1tlbmQgLSAxXSEgPiAzMikgcmV0dXJuIHBhcnNlVGltZUF0KHJvd0J5dGVzLCBzdGFydCwgZW5kKTtcbiAgICByZXR1cm4gcGFyc2VUaW1lKGZpZWxkKGMsIGF0KSk7XG4gIH07XG5cbiAgLyoqIFRoZSBjdXJyZW50IHJvdyBpcyB0aGUgZXZlbnQgb2YgbGluZSBgYXRgLCB3aXRoIGBmaWVsZHNgIGZpZWxkcyBpbiBhbGwuICovXG4gIGNvbnN0IHVzZVJvdyA9IChhdDogbnVtYmVyLCBmaWVsZHM6IG51bWJlcikgPT4ge1xuICAgIGlmIChmaWVsZHMgPiBjb2x1bW5zIS5sZW5ndGgpIHtcbiAgICAgIGNvbnN0IGQgPSBkZWxpbWl0ZXIgPT09IFwiXFx0XCIgPyBcInRhYlwiIDogcXVvdGVkKGRlbGltaXRlciEpO1xuICAgICAgYmFkUm93KGNvbmZpZywgXCJsb25nX3Jvd1wiLCBgbGluZSAke2F0fTogJHtmaWVsZHN9IGZpZWxkcyB3aGVyZSB0aGUgaGVhZGVyIGhhcyAke2NvbHVtbnMhLmxlbmd0aH06IGEgdmFsdWUgaG9sZHMgdGhlIGRlbGltaXRlciAke2R9IHdpdGhvdXQgcXVvdGVzPyBxdW90ZSB0aGF0IHZhbHVlIChcIlx1MjAyNlwiKSwgb3Igc2V0IHRoZSBkZWxpbWl0ZXJgLCB7IGxpbmU6IGF0IH0pO1xuICAgICAgcmV0dXJuO1xuICAgIH1cbiAgICBpZiAoZmllbGRzIDwgbmVlZGVkKSB7XG4gICAgICBiYWRSb3coY29uZmlnLCBcInNob3J0X3Jvd1wiLCBgbGluZSAke2F0fTogJHtmaWVsZHN9IGZpZWxkJHtmaWVsZHMgPT09IDEgPyBcIlwiIDogXCJzXCJ9IHdoZXJlIHRoZSBoZWFkZXIgaGFzICR7Y29sdW1ucyEubGVuZ3RofTogY2hlY2sgdGhlIGRlbGltaXRlciBhbmQgdGhlIHF1b3Rpbmcgb2YgdGhpcyBsaW5lYCwgeyBsaW5lOiBhdCB9KTtcbiAgICAgIHJldHVybjtcbiAgICB9XG4gICAgaWYgKGVuZHNbY2FzZUNvbHVtbl0gPT09IHN0YXJ0c1tjYXNlQ29sdW1uXSkgcmV0dXJuIGJhZFJvdyhjb25maWcsIFwibWlzc2luZ192YWx1ZVwiLCBgbGluZSAke2F0fTogZW1wdHkgY2FzZSBpZCBpbiBjb2x1bW4gJHtxdW90ZWQoY29uZmlnLmNhc2VLZXkpfWAsIHsgbGluZTogYXQgfSk7XG4gICAgY29uc3Qgc2luZ2xlID0gYWN0aXZpdHlDb2x1bW5zLmxlbmd0aCA9PT0gMSA/IGFjdGl2aXR5Q29sdW1uc1swXSEgOiAtMTtcbiAgICBjb25zdCBqb2luZWQgPSBzaW5nbGUgPj0gMCA/IG51bGwgOiBhY3Rpdml0eU9mKGF0KTtcbiAgICBpZiAoc2luZ2xlID49IDAgPyBlbmRzW3NpbmdsZV0gPT09IHN0YXJ0c1tzaW5nbGVdIDogam9pbmVkID09PSBcIlwiKSB7XG4gICAgICByZXR1cm4gYmFkUm93KGNvbmZpZywgXCJtaXNzaW5nX3ZhbHVlXCIsIGBsaW5lICR7YXR9OiBlbXB0eSBhY3Rpdml0eSBpbiAke2NvbmZpZy5hY3Rpdml0eUtleXMubWFwKHF1b3RlZCkuam9pbihcIiArIFwiKX1gLCB7IGxpbmU6IGF0IH0pO1xuICAgIH1cbiAgICBjb25zdCB0aW1lID0gdGltZU9mKHRpbWVzdGFtcENvbHVtbiwgYXQpO1xuICAgIGlmIChOdW1iZXIuaXNOYU4odGltZSkpIHtcbiAgICAgIGNvbnN0IHN0YW1wID0gZmllbGQodGltZXN0YW1wQ29sdW1uLCBhdCk7XG4gICAgICBjb25zdCB3aGF0ID0gc3RhbXAgPT09IFwiXCIgPyBcImVtcHR5IHRpbWVzdGFtcFwiIDogYGNhbm5vdCByZWFkIHRoZSB0aW1lc3RhbXAgJHtxdW90ZWQoc3RhbXApfWA7XG4gICAgICByZXR1cm4gYmFkUm93KGNvbmZpZywgc3RhbXAgPT09IFwiXCIgPyBcIm1pc3NpbmdfdmFsdWVcIiA6IFwiYmFkX3RpbWVzdGFtcFwiLCBgbGluZSAke2F0fTogJHt3aGF0fSBpbiBjb2x1bW4gJHtxdW90ZWQoY29uZmlnLnRpbWVzdGFtcEtleSl9OiBleHBlY3RlZCAke2NvbmZpZy50aW1lc3RhbXBIaW50fWAsIHsgbGluZTogYXQgfSwgY29uZmlnLnRpbWVzdGFtcEZpeGVzKTtcbiAgICB9XG4gICAgbGV0IHN0YXJ0ID0gTnVtYmVyLk5hTjtcbiAgICBpZiAoc3RhcnRDb2x1bW4gPj0gMCAmJiBlbmRzW3N0YXJ0Q29sdW1uXSEgPiBzdGFydHNbc3RhcnRDb2x1bW5dISkge1xuICAgICAgc3RhcnQgPSB0aW1lT2Yoc3RhcnRDb2x1bW4sIGF0KTtcbiAgICAgIGlmIChOdW1iZXIuaXNOYU4oc3RhcnQpKSB7XG4gICAgICAgIGNvbnN0IHN0YW1wID0gZmllbGQoc3RhcnRDb2x1bW4sIGF0KTtcbiAgICAgICAgcmV0dXJuIGJhZFJvdyhjb25maWcsIFwiYmFkX3RpbWVzdGFtcFwiLCBgbGluZSAke2F0fTogY2Fubm90IHJlYWQgdGhlIHN0YXJ0IHRpbWVzdGFtcCAke3F1b3RlZChzdGFtcCl9IGluIGNvbHVtbiAke3F1b3RlZChjb25maWcuc3RhcnRUaW1lc3RhbXBLZXkhKX06IGV4cGVjdGVkICR7Y29uZmlnLnRpbWVzdGFtcEhpbnR9YCwgeyBsaW5lOiBhdCB9LCBjb25maWcudGltZXN0YW1wRml4ZXMpO1xuICAgICAgfVxuICAgIH1cbiAgICAvLyBUaGUgZXZlbnRzIG9mIGEgY2FzZSB1c3VhbGx5IGZvbGxvdyBlYWNoIG90aGVyOiBjb21wYXJlIHdpdGggdGhlIGxhc3QgY2FzZSdzIGJ5dGVzIGFuZFxuICAgIC8vIGxvb2sgdGhlIGNhc2UgdXAgb25seSB3aGVuIGl0IGNoYW5nZXM7IGEgY2FzZSB0aGF0IGNvbWVzIGJhY2sgaXMgZm91bmQgYnkgaXRzIGJ5dGVzLlxuICAgIGNvbnN0IGNhc2VTdGFydCA9IHN0YXJ0c1tjYXNlQ29sdW1uXSE7XG4gICAgY29uc3QgY2FzZUxlbmd0aCA9IGVuZHNbY2FzZUNvbHVtbl0hIC0gY2FzZVN0YXJ0O1xuICAgIGxldCBzYW1lID0gY2FzZUxlbmd0aCA9PT0gbGFzdENhc2VMZW5ndGg7XG4gICAgZm9yIChsZXQgaSA9IDA7IHNhbWUgJiYgaSA8IGNhc2VMZW5ndGg7IGkrKykgc2FtZSA9IHJvd0J5dGVzW2Nhc2VTdGFydCArIGldID09PSBsYXN0Q2FzZUJ5dGVzW2ldO1xuICAgIGlmICghc2FtZSkge1xuICAgICAgbGFzdENhc2UgPSBuYW1lT2YoY2FzZUtleXMsIGNhc2VDb2x1bW4sIGF0LCBjYXNlSW5kZXgpO1xuICAgICAgaWYgKGNhc2VMZW5ndGggPiBsYXN0Q2FzZUJ5dGVzLmxlbmd0aCkgbGFzdENhc2VCeXRlcyA9IG5ldyBVaW50OEFycmF5KDIgKiBjYXNlTGVuZ3RoKTtcbiAgICAgIGZvciAobGV0IGkgPSAwOyBpIDwgY2FzZUxlbmd0aDsgaSsrKSBsYXN0Q2FzZUJ5dGVzW2ldID0gcm93Qnl0ZXNbY2FzZVN0YXJ0ICsgaV0hOyAvLyAoYSBCdWZmZXIncyBzdWJhcnJheSBjb3N0cyBhIG1pY3Jvc2Vjb25kKVxuICAgICAgbGFzdENhc2VMZW5ndGggPSBjYXNlTGVuZ3RoO1xuICAgIH1cbiAgICBjb25zdCBkZXBhcnRtZW50ID0gZGVwYXJ0bWVudENvbHVtbiA+PSAwICYmIGVuZHNbZGVwYXJ0bWVudENvbHVtbl0hID4gc3RhcnRzW2RlcGFydG1lbnRDb2x1bW5dISA/IG5hbWVPZihkZXBhcnRtZW50S2V5cywgZGVwYXJ0bWVudENvbHVtbiwgYXQsIGRlcGFydG1lbnRJbmRleCkgOiBNSVNTSU5HX0RFUEFSVE1FTlQ7XG4gICAgY29uc3QgYWN0aXZpdHkgPSBqb2luZWQgPT09IG51bGwgPyBuYW1lT2YoYWN0aXZpdHlLZXlzLCBzaW5nbGUsIGF0LCBhY3Rpdml0eUluZGV4KSA6IGJ1aWxkZXIuYWN0aXZpdGllcy5pbnRlcm4oam9pbmVkKTtcbiAgICAvLyBhbiBlbXB0eSBjdXN0b21lcjogdGhlIGV2ZW50IHRha2VzIGl0cyBjYXNlJ3NcbiAgICBjb25zdCBjdXN0b21lciA9IGN1c3RvbWVyQ29sdW1uID49IDAgJiYgZW5kc1tjdXN0b21lckNvbHVtbl0hID4gc3RhcnRzW2N1c3RvbWVyQ29sdW1uXSEgPyBuYW1lT2YoY3VzdG9tZXJLZXlzLCBjdXN0b21lckNvbHVtbiwgYXQsIGN1c3RvbWVySW5kZXgpIDogTk9fQ1VTVE9NRVI7XG4gICAgYnVpbGRlci5hZGQobGFzdENhc2UsIGFjdGl2aXR5LCBkZXBhcnRtZW50LCB0aW1lLCBzdGFydCwgY3VzdG9tZXIpO1xuICB9O1xuXG4gIC8qKiBBIHJvdyBmcm9tIHRoZSBwYXJzZXI6IGl0cyB1c2VkIGZpZWxkcyBhcmUgd3JpdHRlbiBhcyBVVEYtOCwgdG8gYmUgcmVhZCBhcyBhIGN1dCBsaW5lJ3MgYXJlLiAqL1xuICBjb25zdCB1c2VQYXJzZWRSb3cgPSAocm93OiBzdHJpbmdbXSwgYXQ6IG51bWJlcikgPT4ge1xuICAgIGlmIChyb3cubGVuZ3RoID4gY29sdW1ucyEubGVuZ3RoKSByZXR1cm4gdXNlUm93KGF0LCByb3cubGVuZ3RoKTtcbiAgICBjb25zdCBmaWVsZHMgPSBNYXRoLm1pbihyb3cubGVuZ3RoLCBuZWVkZWQpO1xuICAgIGxldCByb29tID0gMDtcbiAgICBmb3IgKGxldCBjID0gMDsgYyA8IGZpZWxkczsgYysrKSBpZiAodXNlZFtjXSA9PT0gMSkgcm9vbSArPSAzICogcm93W2NdIS5sZW5ndGg7XG4gICAgaWYgKHJvb20gPiBlbmNvZGVkLmxlbmd0aCkgZW5jb2RlZCA9IG5ldyBVaW50OEFycmF5KDIgKiByb29tKTtcbiAgICBsZXQgZW5kID0gMDtcbiAgICBmb3IgKGxldCBjID0gMDsgYyA8IGZpZWxkczsgYysrKSB7XG4gICAgICBpZiAodXNlZFtjXSAhPT0gMSkgY29udGludWU7XG4gICAgICBjb25zdCB0ZXh0ID0gcm93W2NdITtcbiAgICAgIHN0YXJ0c1tjXSA9IGVuZDtcbiAgICAgIC8vIEFTQ0lJIGlzIGNvcGllZCBhcyBpdCBpcyAobm8gdmlldyBwZXIgZmllbGQpOyBvdGhlciB0ZXh0IGlzIGVuY29kZWRcbiAgICAgIGxldCBpID0gMDtcbiAgICAgIGZvciAobGV0IGNvZGUgPSAwOyBpIDwgdGV4dC5sZW5ndGggJiYgKGNvZGUgPSB0ZXh0LmNoYXJDb2RlQXQoaSkpIDwgMHg4MDsgaSsrKSBlbmNvZGVkW2VuZCArIGldID0gY29kZTtcbiAgICAgIGVuZCArPSBpID09PSB0ZXh0Lmxlbmd0aCA/IGkgOiBlbmNvZGVyLmVuY29kZUludG8odGV4dCwgZW5jb2RlZC5zdWJhcnJheShlbmQpKS53cml0dGVuO1xuICAgICAgZW5kc1tjXSA9IGVuZDtcbiAgICB9XG4gICAgcm93Qnl0ZXMgPSBlbmNvZGVkO1xuICAgIHVzZVJvdyhhdCwgcm93Lmxlbmd0aCk7XG4gIH07XG5cbiAgLyoqIFRoZSBkZWxpbWl0ZXIgaXMga25vd24gb25jZSB0aGUgaGVhZGVyIGxpbmUgaXM6IHRoZSBwYXJzZXIgaXMgbWFkZSB3aXRoIGl0LiAqL1xuICBjb25zdCBzdGFydFBhcnNlciA9IChoZWFkZXI6IHN0cmluZykgPT4ge1xuICAgIGRlbGltaXRlciA/Pz0gZGV0ZWN0RGVsaW1pdGVyKGhlYWRlcik7XG4gICAgcGFyc2VyID0gbmV3IFBhcGEuUGFyc2VyKHsgZGVsaW1pdGVyLCBuZXdsaW5lOiBuZXdsaW5lIGFzIFwiXFxuXCIsIHF1b3RlQ2hhcjogJ1wiJyB9KTtcbiAgICBkZWxpbWl0ZXJCeXRlID0gZGVsaW1pdGVyLmxlbmd0aCA9PT0gMSAmJiBkZWxpbWl0ZXIuY2hhckNvZGVBdCgwKSA8IDB4ODAgPyBkZWxpbWl0ZXIuY2hhckNvZGVBdCgwKSA6IC0xO1xuICB9O1xuXG4gIC8qKiBUaGUgZXJyb3IgZm9yIGEgaGVhZGVyIG9yIHJlY29yZCBwYXN0IHRoZSBib3VuZDogYW4gb3BlbiBxdW90ZSwgb3Igbm8gbGluZSBicmVhayBhdCBhbGwuICovXG4gIGNvbnN0IHRvb0xvbmcgPSAob3BlblF1b3RlOiBib29sZWFuLCB1bml0OiBcImJ5dGVzXCIgfCBcImNoYXJhY3RlcnNcIikgPT4ge1xuICAgIGNvbnN0IGxpbWl0ID0gYCR7TUFYX1JFQ09SRC50b0xvY2FsZVN0cmluZyhcImVuXCIpfSAke3VuaXR9YDtcbiAgICBjb25zdCB3aGF0ID1cbiAgICAgIGNvbHVtbnMgPT09IG51bGxcbiAgICAgICAgPyBgdGhlIGhlYWRlciBydW5zIG92ZXIgJHtsaW1pdH0gd2l0aG91dCBhIGxpbmUgYnJlYWs6IHRoaXMgZG9lcyBub3QgbG9vayBsaWtlIGEgQ1NWIGV2ZW50IGxvZyAoY2hlY2sgdGhlIGZpbGUgYW5kIGl0cyBmb3JtYXQpYFxuICAgICAgICA6IG9wZW5RdW90ZVxuICAgICAgICAgID8gYGEgcmVjb3JkIHJ1bnMgb3ZlciAke2xpbWl0fSwgbW9zdCBsaWtlbHkgYSBxdW90ZWQgZmllbGQgdGhhdCBpcyBuZXZlciBjbG9zZWQ6IGNsb3NlIHRoZSBxdW90ZWBcbiAgICAgICAgICA6IGBhIGxpbmUgcnVucyBvdmVyICR7bGltaXR9IHdpdGhvdXQgYSBsaW5lIGJyZWFrOiB0aGlzIGRvZXMgbm90IGxvb2sgbGlrZSBhIGxpbmUgb2YgYW4gZXZlbnQgbG9nIChjaGVjayB0aGUgZGVsaW1pdGVyIGFuZCB0aGUgbGluZSBicmVha3MpYDtcbiAgICByZXR1cm4gbmV3IEV2ZW50TG9nRXJyb3IoXCJyZWNvcmRfdG9vX2xvbmdcIiwgYGxpbmUgJHtsaW5lfTogJHt3aGF0fWAsIHsgbGluZSB9KTtcbiAgfTtcblxuICAvKiogRW5kcyBhIHBhcnNlciBiYXRjaDogcmV0dXJucyB0aGUgdW5maW5pc2hlZCB0YWlsIHRvIGtlZXAsIHVubGVzcyBpdCBpcyB0b28gbG9uZyB0byBiZSBhIHJlY29yZC4gKi9cbiAgY29uc3QgdGFpbCA9IChpbnB1dDogc3RyaW5nLCBmcm9tOiBudW1iZXIsIGZpbmFsOiBib29sZWFuKTogc3RyaW5nID0+IHtcbiAgICBjb25zdCByZXN0ID0gZmluYWwgPyBcIlwiIDogaW5wdXQuc2xpY2UoZnJvbSk7XG4gICAgaWYgKHJlc3QubGVuZ3RoID4gTUFYX1JFQ09SRCkgdGhyb3cgdG9vTG9uZyhyZXN0LmluZGV4T2YoJ1wiJykgPj0gMCwgXCJjaGFyYWN0ZXJzXCIpO1xuICAgIHJldHVybiByZXN0O1xuICB9O1xuXG4gIC8qKlxuICAgKiBUaGUgaGVhZGVyIGxpbmUgYXQgYGZyb21gLCB3aGVuIGl0IGNhbiBiZSByZWFkIHdpdGhvdXQgdGhlIHBhcnNlciAobm8gcXVvdGUgaW4gaXQpOiByZXR1cm5zXG4gICAqIHdoZXJlIHRoZSBuZXh0IGxpbmUgc3RhcnRzLCBvciBgZnJvbWAgd2hlbiB0aGUgcGFyc2VyIGlzIHRvIHJlYWQgaXQuIEEgYmxhbmsgbGluZSBiZWZvcmUgdGhlXG4gICAqIGhlYWRlciBpcyBwYXNzZWQgb3Zlci5cbiAgICovXG4gIGNvbnN0IGhlYWRlckxpbmUgPSAoYnl0ZXM6IFVpbnQ4QXJyYXksIGZyb206IG51bWJlciwgdG86IG51bWJlcik6IG51bWJlciA9PiB7XG4gICAgY29uc3QgbGluZUJyZWFrID0gZmlyc3RCcmVhayhieXRlcywgZnJvbSwgdG8pO1xuICAgIGNvbnN0IGVuZCA9IGxpbmVCcmVhayA8IDAgPyB0byA6IGxpbmVCcmVhaztcbiAgICBjb25zdCBuZXh0ID0gbGluZUJyZWFrIDwgMCA/IHRvIDogYWZ0ZXJCcmVhayhieXRlcywgbGluZUJyZWFrLCB0byk7XG4gICAgaWYgKGVuZCA9PT0gZnJvbSkge1xuICAgICAgbGluZSsrO1xuICAgICAgcmV0dXJuIG5leHQ7XG4gICAgfVxuICAgIGNvbnN0IHF1b3RlID0gYnl0ZXMuaW5kZXhPZihRVU9URSwgZnJvbSk7XG4gICAgaWYgKHF1b3RlID49IDAgJiYgcXVvdGUgPCBlbmQpIHJldHVybiBmcm9tO1xuICAgIGNvbnN0IGhlYWRlciA9IHRleHRPZihieXRlcywgZnJvbSwgZW5kLCBsaW5lKTtcbiAgICBzdGFydFBhcnNlcihoZWFkZXIpO1xuICAgIHVzZUhlYWRlcihoZWFkZXIuc3BsaXQoZGVsaW1pdGVyISkpO1xuICAgIGxpbmUrKztcbiAgICByZXR1cm4gbmV4dDtcbiAgfTtcblxuICAvKipcbiAgICogQ3V0cyB0aGUgbGluZXMgb2YgYGJ5dGVzW2Zyb20uLnRvKWAgaW50byBmaWVsZHMsIHVwIHRvIHRoZSBsaW5lIHRoYXQgaG9sZHMgYHN0b3BgIChhIHF1b3RlKTtcbiAgICogcmV0dXJucyB3aGVyZSBpdCBzdG9wcGVkLiBPbmx5IG9mZnNldHMgYXJlIGtlcHQgcGVyIGZpZWxkOiBgdXNlUm93YCByZWFkcyB0aGUgdXNlZCBvbmVzXG4gICAqIHdoZXJlIHRoZXkgbGllLiBgdG9gIGlzIGp1c3QgYWZ0ZXIgYSBsaW5lIGJyZWFrLCBvciB0aGUgZW5kIG9mIHRoZSBmaWxlLlxuICAgKi9cbiAgY29uc3QgY3V0TGluZXMgPSAoY2h1bms6IFVpbnQ4QXJyYXksIGZyb206IG51bWJlciwgdG86IG51bWJlciwgc3RvcDogbnVtYmVyKTogbnVtYmVyID0+IHtcbiAgICBjb25zdCBieXRlcyA9IHRvID09PSBjaHVuay5sZW5ndGggPyBjaHVuayA6IGNodW5rLnN1YmFycmF5KDAsIHRvKTtcbiAgICBjb25zdCBkID0gZGVsaW1pdGVyQnl0ZTtcbiAgICBjb25zdCB3aWR0aCA9IGNvbHVtbnMhLmxlbmd0aDtcbiAgICByb3dCeXRlcyA9IGJ5dGVzO1xuICAgIC8vIHRoZSBuZXh0IFxcbiBhbmQgXFxyLCBmb3VuZCBhZ2FpbiBvbmx5IG9uY2UgcGFzc2VkOiBhIGZpbGUgd2l0aG91dCBcXHIgc2VhcmNoZXMgZm9yIGl0IG9uY2VcbiAgICBsZXQgbGYgPSBieXRlcy5pbmRleE9mKExGLCBmcm9tKTtcbiAgICBsZXQgY3IgPSBieXRlcy5pbmRleE9mKENSLCBmcm9tKTtcbiAgICBpZiAobGYgPCAwKSBsZiA9IHRvO1xuICAgIGlmIChjciA8IDApIGNyID0gdG87XG4gICAgbGV0IHBvcyA9IGZyb207XG4gICAgd2hpbGUgKHBvcyA8IHRvKSB7XG4gICAgICBpZiAobGYgPCBwb3MgJiYgKGxmID0gYnl0ZXMuaW5kZXhPZihMRiwgcG9zKSkgPCAwKSBsZiA9IHRvO1xuICAgICAgaWYgKGNyIDwgcG9zICYmIChjciA9IGJ5dGVzLmluZGV4T2YoQ1IsIHBvcykpIDwgMCkgY3IgPSB0bztcbiAgICAgIGNvbnN0IGVuZCA9IGxmIDwgY3IgPyBsZiA6IGNyO1xuICAgICAgaWYgKHN0b3AgPCBlbmQpIGJyZWFrO1xuICAgICAgY29uc3QgbmV4dCA9IGVuZCA9PT0gY3IgJiYgYnl0ZXNbZW5kICsgMV0gPT09IExGID8gZW5kICsgMiA6IGVuZCArIDE7XG4gICAgICBjb25zdCBhdCA9IGxpbmUrKztcbiAgICAgIGlmIChlbmQgPiBwb3MpIHtcbiAgICAgICAgbGV0IHN0YXJ0ID0gcG9zO1xuICAgICAgICBsZXQgZmllbGRzID0gMDtcbiAgICAgICAgbGV0IGN1dCA9IHBvcztcbiAgICAgICAgd2hpbGUgKGZpZWxkcyA8IG5lZWRlZCkge1xuICAgICAgICAgIGN1dCA9IGJ5dGVzLmluZGV4T2YoZCwgc3RhcnQpO1xuICAgICAgICAgIGlmIChjdXQgPCAwIHx8IGN1dCA+IGVuZCkgY3V0ID0gZW5kO1xuICAgICAgICAgIHN0YXJ0c1tmaWVsZHNdID0gc3RhcnQ7XG4gICAgICAgICAgZW5kc1tmaWVsZHNdID0gY3V0O1xuICAgICAgICAgIGZpZWxkcysrO1xuICAgICAgICAgIGlmIChjdXQgPT09IGVuZCkgYnJlYWs7XG4gICAgICAgICAgc3RhcnQgPSBjdXQgKyAxO1xuICAgICAgICB9XG4gICAgICAgIC8vIHRoZSBmaWVsZHMgcGFzdCB0aGUgbGFzdCBvbmUgdXNlZCBhcmUgb25seSBjb3VudGVkLCB1cCB0byBvbmUgbW9yZSB0aGFuIHRoZSBoZWFkZXIgaGFzXG4gICAgICAgIHdoaWxlIChjdXQgPCBlbmQgJiYgZmllbGRzIDw9IHdpZHRoKSB7XG4gICAgICAgICAgY3V0ID0gYnl0ZXMuaW5kZXhPZihkLCBjdXQgKyAxKTtcbiAgICAgICAgICBpZiAoY3V0IDwgMCB8fCBjdXQgPiBlbmQpIGN1dCA9IGVuZDtcbiAgICAgICAgICBmaWVsZHMrKztcbiAgICAgICAgfVxuICAgICAgICB1c2VSb3coYXQsIGZpZWxkcyk7XG4gICAgICB9XG4gICAgICBwb3MgPSBuZXh0O1xuICAgIH1cbiAgICByZXR1cm4gcG9zO1xuICB9O1xuXG4gIC8qKiBHaXZlcyB0aGUgdGV4dCBvZiBgYnl0ZXNbZnJvbS4udG8pYCAod2hvbGUgbGluZXMpIHRvIHRoZSBwYXJzZXIsIGFmdGVyIHdoYXQgaXQgaGFzIG5vdCBmaW5pc2hlZC4gKi9cbiAgY29uc3QgcGFyc2VCeXRlcyA9IChieXRlczogVWludDhBcnJheSwgZnJvbTogbnVtYmVyLCB0bzogbnVtYmVyLCBmaW5hbDogYm9vbGVhbikgPT4ge1xuICAgIGNvbnN0IGxpbmVCcmVha3MgPSBjc3ZMaW5lQnJlYWtzKHRleHRPZihieXRlcywgZnJvbSwgdG8sIGxpbmUpLCBpblF1b3Rlcyk7XG4gICAgaW5RdW90ZXMgPSBsaW5lQnJlYWtzLmluUXVvdGVzO1xuICAgIHRleHRUYWlsID0gcGFyc2UodGV4dFRhaWwgPT09IFwiXCIgPyBsaW5lQnJlYWtzLnRleHQgOiB0ZXh0VGFpbCArIGxpbmVCcmVha3MudGV4dCwgZmluYWwpO1xuICAgIC8vIHRoZSBwYXJzZXIgZmluaXNoZWQgZXZlcnkgcmVjb3JkOiBubyBxdW90ZWQgZmllbGQgaXMgb3Blbiwgd2hhdGV2ZXIgdGhlIHF1b3RlcyBjb3VudGVkXG4gICAgaWYgKHRleHRUYWlsID09PSBcIlwiKSBpblF1b3RlcyA9IGZhbHNlO1xuICB9O1xuXG4gIC8qKiBQYXJzZXMgdGhlIHRleHQgd2l0aCBQYXBhIFBhcnNlOyByZXR1cm5zIHRoZSB1bmZpbmlzaGVkIHRhaWwgdG8ga2VlcC4gKi9cbiAgY29uc3QgcGFyc2UgPSAoaW5wdXQ6IHN0cmluZywgZmluYWw6IGJvb2xlYW4pOiBzdHJpbmcgPT4ge1xuICAgIGlmIChwYXJzZXIgPT09IG51bGwpIHtcbiAgICAgIGNvbnN0IGVuZCA9IGlucHV0LmluZGV4T2YobmV3bGluZSk7XG4gICAgICBzdGFydFBhcnNlcihlbmQgPCAwID8gaW5wdXQgOiBpbnB1dC5zbGljZSgwLCBlbmQpKTtcbiAgICB9XG4gICAgY29uc3QgcmVzdWx0ID0gcGFyc2VyIS5wYXJzZShpbnB1dCwgMCwgIWZpbmFsKSBhcyBQYXBhLlBhcnNlUmVzdWx0PHN0cmluZ1tdPjtcbiAgICBjb25zdCByb3dzID0gcmVzdWx0LmRhdGE7XG4gICAgY29uc3QgaGFzUXVvdGVzID0gaW5wdXQuaW5kZXhPZignXCInKSA+PSAwO1xuICAgIGNvbnN0IG5sID0gbmV3bGluZTtcbiAgICBsZXQgbWFsZm9ybWVkOiBTZXQ8bnVtYmVyPiB8IG51bGwgPSBudWxsO1xuICAgIGZvciAoY29uc3QgZSBvZiByZXN1bHQuZXJyb3JzKSB7XG4gICAgICBpZiAoZS5jb2RlID09PSBcIk1pc3NpbmdRdW90ZXNcIikge1xuICAgICAgICBsZXQgYXQgPSBsaW5lO1xuICAgICAgICBmb3IgKGxldCBrID0gMDsgayA8IChlLnJvdyA/PyAwKTsgaysrKSBhdCArPSAxICsgKHJvd3Nba10gPz8gW10pLnJlZHVjZSgobiwgZikgPT4gbiArIGNvdW50T2YoZiwgbmwpLCAwKTtcbiAgICAgICAgdGhyb3cgbmV3IEV2ZW50TG9nRXJyb3IoXCJ1bnRlcm1pbmF0ZWRfcXVvdGVcIiwgYGxpbmUgJHthdH06IGEgcXVvdGVkIGZpZWxkIGlzIG5ldmVyIGNsb3NlZDogY2xvc2UgdGhlIHF1b3RlIChhIHF1b3RlIGluc2lkZSBhIHF1b3RlZCBmaWVsZCBpcyB3cml0dGVuIHR3aWNlLCBcIlwiKWAsIHsgbGluZTogYXQgfSk7XG4gICAgICB9XG4gICAgICAobWFsZm9ybWVkID8/PSBuZXcgU2V0KCkpLmFkZChlLnJvdyA/PyAtMSk7XG4gICAgfVxuICAgIGZvciAobGV0IGsgPSAwOyBrIDwgcm93cy5sZW5ndGg7IGsrKykge1xuICAgICAgY29uc3Qgcm93ID0gcm93c1trXSE7XG4gICAgICBjb25zdCBhdCA9IGxpbmU7XG4gICAgICBsaW5lKys7XG4gICAgICBpZiAoaGFzUXVvdGVzKSBmb3IgKGNvbnN0IGZpZWxkIG9mIHJvdykgaWYgKGZpZWxkLmluZGV4T2YobmwpID49IDApIGxpbmUgKz0gY291bnRPZihmaWVsZCwgbmwpO1xuICAgICAgaWYgKHJvdy5sZW5ndGggPT09IDEgJiYgcm93WzBdID09PSBcIlwiKSBjb250aW51ZTsgLy8gYSBibGFuayBsaW5lXG4gICAgICBpZiAobWFsZm9ybWVkPy5oYXMoaykpIHtcbiAgICAgICAgYmFkUm93KGNvbmZpZywgXCJtYWxmb3JtZWRfcXVvdGVcIiwgYGxpbmUgJHthdH06IGEgcXVvdGVkIGZpZWxkIGhhcyB0ZXh0IGFmdGVyIGl0cyBjbG9zaW5nIHF1b3RlOiBxdW90ZSB0aGUgd2hvbGUgZmllbGQgYW5kIGRvdWJsZSB0aGUgcXVvdGVzIGluc2lkZSBpdCAoXCJcIilgLCB7IGxpbmU6IGF0IH0pO1xuICAgICAgfSBlbHNlIGlmIChjb2x1bW5zID09PSBudWxsKSB7XG4gICAgICAgIHVzZUhlYWRlcihyb3cpO1xuICAgICAgfSBlbHNlIHtcbiAgICAgICAgdXNlUGFyc2VkUm93KHJvdywgYXQpO1xuICAgICAgfVxuICAgIH1cbiAgICByZXR1cm4gdGFpbChpbnB1dCwgcmVzdWx0Lm1ldGEuY3Vyc29yLCBmaW5hbCk7XG4gIH07XG5cbiAgLyoqXG4gICAqIFJlYWRzIHRoZSB3aG9sZSBsaW5lcyBvZiBgYnl0ZXNbZnJvbS4udG8pYDogYHRvYCBpcyBqdXN0IGFmdGVyIGEgbGluZSBicmVhaywgb3IgdGhlIGVuZCBvZlxuICAgKiB0aGUgZmlsZSAoYGZpbmFsYCkuIExpbmVzIGFyZSBjdXQgb24gYnl0ZXMgdXAgdG8gYSBsaW5lIHdpdGggYSBxdW90ZTsgZnJvbSB0aGVyZSB0aGUgcGFyc2VyXG4gICAqIHJlYWRzIGEgYmF0Y2gsIGFuZCBhcyBsb25nIGFzIGl0IGhvbGRzIGFuIG9wZW4gcmVjb3JkLlxuICAgKi9cbiAgY29uc3QgcmVhZExpbmVzID0gKGJ5dGVzOiBVaW50OEFycmF5LCBmcm9tOiBudW1iZXIsIHRvOiBudW1iZXIsIGZpbmFsOiBib29sZWFuKSA9PiB7XG4gICAgd2hpbGUgKGZyb20gPCB0bykge1xuICAgICAgaWYgKHRleHRUYWlsID09PSBcIlwiICYmIGNvbHVtbnMgPT09IG51bGwpIHtcbiAgICAgICAgY29uc3QgbmV4dCA9IGhlYWRlckxpbmUoYnl0ZXMsIGZyb20sIHRvKTtcbiAgICAgICAgaWYgKG5leHQgIT09IGZyb20pIHtcbiAgICAgICAgICBmcm9tID0gbmV4dDtcbiAgICAgICAgICBjb250aW51ZTtcbiAgICAgICAgfVxuICAgICAgfSBlbHNlIGlmICh0ZXh0VGFpbCA9PT0gXCJcIiAmJiBkZWxpbWl0ZXJCeXRlID49IDApIHtcbiAgICAgICAgY29uc3QgcXVvdGUgPSBieXRlcy5pbmRleE9mKFFVT1RFLCBmcm9tKTtcbiAgICAgICAgZnJvbSA9IGN1dExpbmVzKGJ5dGVzLCBmcm9tLCB0bywgcXVvdGUgPCAwIHx8IHF1b3RlID49IHRvID8gdG8gOiBxdW90ZSk7XG4gICAgICAgIGlmIChmcm9tID49IHRvKSByZXR1cm47XG4gICAgICB9XG4gICAgICBsZXQgZW5kID0gdG87XG4gICAgICBpZiAodG8gLSBmcm9tID4gQkFUQ0hfQllURVMpIHtcbiAgICAgICAgY29uc3QgbGluZUJyZWFrID0gZmlyc3RCcmVhayhieXRlcywgZnJvbSArIEJBVENIX0JZVEVTLCB0byk7XG4gICAgICAgIGlmIChsaW5lQnJlYWsgPj0gMCkgZW5kID0gYWZ0ZXJCcmVhayhieXRlcywgbGluZUJyZWFrLCB0byk7XG4gICAgICB9XG4gICAgICBwYXJzZUJ5dGVzKGJ5dGVzLCBmcm9tLCBlbmQsIGZpbmFsICYmIGVuZCA9PT0gdG8pO1xuICAgICAgZnJvbSA9IGVuZDtcbiAgICB9XG4gIH07XG5cbiAgLyoqIFRoZSBieXRlcyBvZiBhbiB1bmZpbmlzaGVkIGxpbmUsIGNvcGllZCBvdXQgb2YgdGhlaXIgY2h1bmsuICovXG4gIGxldCBwZW5kaW5nOiBVaW50OEFycmF5ID0gRU1QVFk7XG4gIGNvbnN0IGhvbGQgPSAoYnl0ZXM6IFVpbnQ4QXJyYXkpID0+IHtcbiAgICBwZW5kaW5nID0gYnl0ZXM7XG4gICAgaWYgKHBlbmRpbmcubGVuZ3RoID4gTUFYX1JFQ09SRCkgdGhyb3cgdG9vTG9uZyh0ZXh0VGFpbCAhPT0gXCJcIiB8fCBwZW5kaW5nLmluZGV4T2YoUVVPVEUpID49IDAsIFwiYnl0ZXNcIik7XG4gIH07XG5cbiAgLyoqXG4gICAqIFJlYWRzIHRoZSB3aG9sZSBsaW5lcyBvZiB0aGUgbmV4dCBjaHVuay4gVGhlIHVuZmluaXNoZWQgbGluZSBvZiB0aGUgbGFzdCBjaHVuayBpcyBqb2luZWRcbiAgICogd2l0aCB0aGUgcmVzdCBvZiBpdHMgbGluZSBvbmx5LCBub3QgdGhlIHdob2xlIGNodW5rICh3aGljaCB3b3VsZCBjb3B5IGV2ZXJ5IGNodW5rIG9uY2UgbW9yZSk7XG4gICAqIHRoZSB1bmZpbmlzaGVkIGxpbmUgYXQgdGhlIGVuZCBvZiB0aGlzIGNodW5rIGlzIGtlcHQgZm9yIHRoZSBuZXh0LlxuICAgKi9cbiAgY29uc3QgcHVzaCA9IChjaHVuazogVWludDhBcnJheSkgPT4ge1xuICAgIGxldCBmcm9tID0gMDtcbiAgICBpZiAocGVuZGluZy5sZW5ndGggPiAwKSB7XG4gICAgICAvLyAoYSBcXHIgdGhhdCBlbmRlZCB0aGUgbGFzdCBjaHVuayBpcyB3aG9sZSBub3csIGEgbGluZSBicmVhayBvZiBpdHMgb3duIG9yIHRoZSBmaXJzdCBoYWxmIG9mIGEgXFxyXFxuKVxuICAgICAgY29uc3QgbGluZUJyZWFrID0gZmlyc3RCcmVhayhjaHVuaywgMCwgY2h1bmsubGVuZ3RoKTtcbiAgICAgIGlmIChsaW5lQnJlYWsgPCAwIHx8IChsaW5lQnJlYWsgPT09IGNodW5rLmxlbmd0aCAtIDEgJiYgY2h1bmtbbGluZUJyZWFrXSA9PT0gQ1IpKSByZXR1cm4gaG9sZChqb2luZWQocGVuZGluZywgY2h1bmspKTtcbiAgICAgIGZyb20gPSBhZnRlckJyZWFrKGNodW5rLCBsaW5lQnJlYWssIGNodW5rLmxlbmd0aCk7XG4gICAgICBjb25zdCBmaXJzdCA9IGpvaW5lZChwZW5kaW5nLCBjaHVuay5zdWJhcnJheSgwLCBmcm9tKSk7XG4gICAgICBwZW5kaW5nID0gRU1QVFk7XG4gICAgICByZWFkTGluZXMoZmlyc3QsIDAsIGZpcnN0Lmxlbmd0aCwgZmFsc2UpO1xuICAgIH1cbiAgICBjb25zdCBlbmQgPSBhZnRlckxhc3RCcmVhayhjaHVuaywgZnJvbSk7XG4gICAgaWYgKGVuZCA+IGZyb20pIHJlYWRMaW5lcyhjaHVuaywgZnJvbSwgZW5kLCBmYWxzZSk7XG4gICAgaWYgKGVuZCA8IGNodW5rLmxlbmd0aCkgaG9sZChqb2luZWQoRU1QVFksIGNodW5rLnN1YmFycmF5KGVuZCkpKTsgLy8gYSBjb3B5OiBCdWZmZXIncyBzbGljZSB3b3VsZCBzaGFyZSB0aGUgY2h1bmtcbiAgfTtcblxuICAvKiogVGhlIGxhc3QgNCBieXRlcyBvZiB0aGUgZmlsZTogYSBVVEYtOCBjaGFyYWN0ZXIgY3V0IG9mZiBhdCBpdHMgZW5kIGlzIGFuIGVuY29kaW5nIGVycm9yLiAqL1xuICBjb25zdCBsYXN0ID0gbmV3IFVpbnQ4QXJyYXkoNCk7XG4gIGxldCBzZWVuID0gMDtcbiAgbGV0IGZpcnN0OiBVaW50OEFycmF5IHwgbnVsbCA9IEVNUFRZOyAvLyB0aGUgZmlyc3QgYnl0ZXMsIHVudGlsIGEgYnl0ZS1vcmRlciBtYXJrIGNhbiBiZSB0b2xkXG4gIGZvciBhd2FpdCAoY29uc3QgYnl0ZXMgb2YgY2h1bmtzKSB7XG4gICAgaWYgKGJ5dGVzLmxlbmd0aCA9PT0gMCkgY29udGludWU7XG4gICAgbGV0IGNodW5rID0gc2VhcmNoYWJsZShieXRlcyk7XG4gICAgZm9yIChsZXQgaSA9IE1hdGgubWF4KDAsIGNodW5rLmxlbmd0aCAtIDQpOyBpIDwgY2h1bmsubGVuZ3RoOyBpKyspIGxhc3Rbc2VlbisrICYgM10gPSBjaHVua1tpXSE7XG4gICAgaWYgKGZpcnN0ICE9PSBudWxsKSB7XG4gICAgICBmaXJzdCA9IGZpcnN0Lmxlbmd0aCA9PT0gMCA/IGNodW5rIDogam9pbmVkKGZpcnN0LCBjaHVuayk7XG4gICAgICBpZiAoZmlyc3QubGVuZ3RoIDwgMykgY29udGludWU7XG4gICAgICBjaHVuayA9IGZpcnN0WzBdID09PSAweGVmICYmIGZpcnN0WzFdID09PSAweGJiICYmIGZpcnN0WzJdID09PSAweGJmID8gZmlyc3Quc3ViYXJyYXkoMykgOiBmaXJzdDtcbiAgICAgIGZpcnN0ID0gbnVsbDtcbiAgICB9XG4gICAgcHVzaChjaHVuayk7XG4gIH1cbiAgaWYgKGZpcnN0ICE9PSBudWxsICYmIGZpcnN0Lmxlbmd0aCA+IDApIHB1c2goZmlyc3QpO1xuICBjb25zdCBlbmRpbmcgPSBVaW50OEFycmF5LmZyb20oeyBsZW5ndGg6IE1hdGgubWluKHNlZW4sIDQpIH0sIChfLCBrKSA9PiBsYXN0WyhzZWVuIC0gTWF0aC5taW4oc2VlbiwgNCkgKyBrKSAmIDNdISk7XG4gIGlmICh3aG9sZUNoYXJhY3RlcnMoZW5kaW5nKSA8IGVuZGluZy5sZW5ndGgpIHRocm93IGludmFsaWRFbmNvZGluZyhsaW5lKTtcbiAgaWYgKHBlbmRpbmcubGVuZ3RoID4gMCkgcmVhZExpbmVzKHBlbmRpbmcsIDAsIHBlbmRpbmcubGVuZ3RoLCB0cnVlKTtcbiAgZWxzZSBpZiAodGV4dFRhaWwgIT09IFwiXCIpIHRleHRUYWlsID0gcGFyc2UodGV4dFRhaWwsIHRydWUpO1xuICBpZiAoY29sdW1ucyA9PT0gbnVsbCkgdGhyb3cgbmV3IEV2ZW50TG9nRXJyb3IoXCJlbXB0eV9sb2dcIiwgXCJ0aGUgbG9nIGlzIGVtcHR5OiBleHBlY3RlZCBhIGhlYWRlciBsaW5lIG5hbWluZyB0aGUgY29sdW1ucywgdGhlbiBvbmUgbGluZSBwZXIgZXZlbnRcIik7XG59XG4iLCAiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL3d0L3JlYWRlci9zcmMvbG9nc1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvd3QvcmVhZGVyL3NyYy9sb2dzL2J5dGUta2V5cy50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay93dC9yZWFkZXIvc3JjL2xvZ3MvYnl0ZS1rZXlzLnRzXCI7aW1wb3J0IHsgbWl4SGFzaCwgcGxhY2VJblNsb3RzIH0gZnJvbSBcIi4vaGFzaC1zbG90cy5qc1wiO1xuXG4vKiogV2hhdCBgQnl0ZUtleXMuZmluZGAgcmV0dXJucyBmb3IgYnl0ZXMgaXQgZG9lcyBub3QgaG9sZC4gKi9cbmV4cG9ydCBjb25zdCBBQlNFTlQgPSAtMTtcblxuLyoqXG4gKiBBIGhhc2ggbWFwIGZyb20gYnl0ZSBzdHJpbmdzIHRvIG51bWJlcnMgKGEgbmFtZSdzIGluZGV4IGluIGEgYFN0cmluZ1RhYmxlYCwgb3IgYSBtYXJrZXIpLCBmb3IgYVxuICogcmVhZGVyIHRoYXQgY3V0cyBuYW1lcyBvdXQgb2YgYSBmaWxlJ3MgYnl0ZXM6IGEgbmFtZSBpcyBsb29rZWQgdXAgd2hlcmUgaXQgbGllcyBpbiB0aGUgY2h1bmssXG4gKiBhbmQgZGVjb2RlZCBpbnRvIGEgc3RyaW5nIG9ubHkgdGhlIGZpcnN0IHRpbWUgaXQgaXMgc2Vlbi4gVGhlIGtleXMgYXJlIGNvcGllZCBpbnRvIGFuIGFyZW5hIG9mXG4gKiB0aGUgbWFwJ3Mgb3duLCBzbyB0aGUgbWFwIG5ldmVyIGhvbGRzIG9uIHRvIGEgY2h1bmsgb2YgdGhlIGZpbGUuXG4gKlxuICogQGV4YW1wbGVcbiAqIGNvbnN0IGtleXMgPSBuZXcgQnl0ZUtleXMoKTtcbiAqIGNvbnN0IGJ5dGVzID0gbmV3IFRleHRFbmNvZGVyKCkuZW5jb2RlKFwiZGVzayxsYWJcIik7XG4gKiBrZXlzLmZpbmQoYnl0ZXMsIDAsIDQpOyAvLyBBQlNFTlRcbiAqIGtleXMuYWRkKGJ5dGVzLCAwLCA0LCA3KTtcbiAqIGtleXMuZmluZChieXRlcywgMCwgNCk7IC8vIDdcbiAqL1xuZXhwb3J0IGNsYXNzIEJ5dGVLZXlzIHtcbiAgLyoqIFRoZSBrZXlzJyBieXRlcywgb25lIGFmdGVyIGFub3RoZXIuICovXG4gIHByaXZhdGUgYXJlbmEgPSBuZXcgVWludDhBcnJheSgxIDw8IDEyKTtcbiAgcHJpdmF0ZSB1c2VkID0gMDtcbiAgLyoqIFBlciBlbnRyeTogd2hlcmUgaXRzIGtleSBzdGFydHMgaW4gdGhlIGFyZW5hLCBpdHMgbGVuZ3RoLCBpdHMgaGFzaCBhbmQgaXRzIHZhbHVlLiAqL1xuICBwcml2YXRlIGtleVN0YXJ0ID0gbmV3IEludDMyQXJyYXkoNjQpO1xuICBwcml2YXRlIGtleUxlbmd0aCA9IG5ldyBJbnQzMkFycmF5KDY0KTtcbiAgcHJpdmF0ZSBrZXlIYXNoID0gbmV3IEludDMyQXJyYXkoNjQpO1xuICBwcml2YXRlIHZhbHVlcyA9IG5ldyBVaW50MzJBcnJheSg2NCk7XG4gIHByaXZhdGUgY291bnQgPSAwO1xuICAvKiogT3BlbiBhZGRyZXNzaW5nLCB0d28gbnVtYmVycyBwZXIgc2xvdDogdGhlIGVudHJ5ICsgMSAoMCB3aGVuIGZyZWUpIGFuZCBpdHMgaGFzaC4gKi9cbiAgcHJpdmF0ZSBzbG90cyA9IG5ldyBJbnQzMkFycmF5KDEyOCk7XG5cbiAgLyoqIFRoZSB2YWx1ZSBvZiB0aGUga2V5IGBieXRlc1tzdGFydC4uZW5kKWAsIG9yIGBBQlNFTlRgLiAqL1xuICBmaW5kKGJ5dGVzOiBVaW50OEFycmF5LCBzdGFydDogbnVtYmVyLCBlbmQ6IG51bWJlcik6IG51bWJlciB7XG4gICAgcmV0dXJuIHRoaXMubG9va3VwKGJ5dGVzLCBzdGFydCwgZW5kLCBoYXNoQnl0ZXMoYnl0ZXMsIHN0YXJ0LCBlbmQpKTtcbiAgfVxuXG4gIC8qKiBTZXRzIHRoZSB2YWx1ZSBvZiB0aGUga2V5IGBieXRlc1tzdGFydC4uZW5kKWA7IHRoZSBrZXkgbXVzdCBiZSBhYnNlbnQuICovXG4gIGFkZChieXRlczogVWludDhBcnJheSwgc3RhcnQ6IG51bWJlciwgZW5kOiBudW1iZXIsIHZhbHVlOiBudW1iZXIpOiB2b2lkIHtcbiAgICBjb25zdCBsZW5ndGggPSBlbmQgLSBzdGFydDtcbiAgICBpZiAodGhpcy51c2VkICsgbGVuZ3RoID4gdGhpcy5hcmVuYS5sZW5ndGgpIHtcbiAgICAgIGNvbnN0IGFyZW5hID0gbmV3IFVpbnQ4QXJyYXkoTWF0aC5tYXgoMiAqIHRoaXMuYXJlbmEubGVuZ3RoLCB0aGlzLnVzZWQgKyBsZW5ndGgpKTtcbiAgICAgIGFyZW5hLnNldCh0aGlzLmFyZW5hLnN1YmFycmF5KDAsIHRoaXMudXNlZCkpO1xuICAgICAgdGhpcy5hcmVuYSA9IGFyZW5hO1xuICAgIH1cbiAgICBpZiAodGhpcy5jb3VudCA9PT0gdGhpcy52YWx1ZXMubGVuZ3RoKSB7XG4gICAgICB0aGlzLmtleVN0YXJ0ID0gZ3Jvd24odGhpcy5rZXlTdGFydCwgbmV3IEludDMyQXJyYXkoMiAqIHRoaXMuY291bnQpKTtcbiAgICAgIHRoaXMua2V5TGVuZ3RoID0gZ3Jvd24odGhpcy5rZXlMZW5ndGgsIG5ldyBJbnQzMkFycmF5KDIgKiB0aGlzLmNvdW50KSk7XG4gICAgICB0aGlzLmtleUhhc2ggPSBncm93bih0aGlzLmtleUhhc2gsIG5ldyBJbnQzMkFycmF5KDIgKiB0aGlzLmNvdW50KSk7XG4gICAgICB0aGlzLnZhbHVlcyA9IGdyb3duKHRoaXMudmFsdWVzLCBuZXcgVWludDMyQXJyYXkoMiAqIHRoaXMuY291bnQpKTtcbiAgICB9XG4gICAgY29uc3QgZW50cnkgPSB0aGlzLmNvdW50Kys7XG4gICAgY29uc3QgaGFzaCA9IGhhc2hCeXRlcyhieXRlcywgc3RhcnQsIGVuZCk7XG4gICAgZm9yIChsZXQgaSA9IDA7IGkgPCBsZW5ndGg7IGkrKykgdGhpcy5hcmVuYVt0aGlzLnVzZWQgKyBpXSA9IGJ5dGVzW3N0YXJ0ICsgaV0hO1xuICAgIHRoaXMua2V5U3RhcnRbZW50cnldID0gdGhpcy51c2VkO1xuICAgIHRoaXMua2V5TGVuZ3RoW2VudHJ5XSA9IGxlbmd0aDtcbiAgICB0aGlzLmtleUhhc2hbZW50cnldID0gaGFzaDtcbiAgICB0aGlzLnZhbHVlc1tlbnRyeV0gPSB2YWx1ZTtcbiAgICB0aGlzLnVzZWQgKz0gbGVuZ3RoO1xuICAgIGlmICh0aGlzLmNvdW50ICogNCA+IHRoaXMuc2xvdHMubGVuZ3RoKSB0aGlzLnJlaGFzaCgpO1xuICAgIGVsc2UgcGxhY2VJblNsb3RzKHRoaXMuc2xvdHMsIGhhc2gsIGVudHJ5KTtcbiAgfVxuXG4gIHByaXZhdGUgbG9va3VwKGJ5dGVzOiBVaW50OEFycmF5LCBzdGFydDogbnVtYmVyLCBlbmQ6IG51bWJlciwgaGFzaDogbnVtYmVyKTogbnVtYmVyIHtcbiAgICBjb25zdCBzbG90cyA9IHRoaXMuc2xvdHM7XG4gICAgY29uc3QgbWFzayA9IChzbG90cy5sZW5ndGggPj4gMSkgLSAxO1xuICAgIGNvbnN0IGxlbmd0aCA9IGVuZCAtIHN0YXJ0O1xuICAgIGNvbnN0IGFyZW5hID0gdGhpcy5hcmVuYTtcbiAgICBwcm9iZTogZm9yIChsZXQgcyA9IGhhc2ggJiBtYXNrOyA7IHMgPSAocyArIDEpICYgbWFzaykge1xuICAgICAgY29uc3QgZW50cnkgPSBzbG90c1syICogc10hIC0gMTtcbiAgICAgIGlmIChlbnRyeSA8IDApIHJldHVybiBBQlNFTlQ7XG4gICAgICBpZiAoc2xvdHNbMiAqIHMgKyAxXSAhPT0gaGFzaCB8fCB0aGlzLmtleUxlbmd0aFtlbnRyeV0gIT09IGxlbmd0aCkgY29udGludWU7XG4gICAgICBjb25zdCBhdCA9IHRoaXMua2V5U3RhcnRbZW50cnldISAtIHN0YXJ0O1xuICAgICAgZm9yIChsZXQgaSA9IHN0YXJ0OyBpIDwgZW5kOyBpKyspIGlmIChhcmVuYVthdCArIGldICE9PSBieXRlc1tpXSkgY29udGludWUgcHJvYmU7XG4gICAgICByZXR1cm4gdGhpcy52YWx1ZXNbZW50cnldITtcbiAgICB9XG4gIH1cblxuICBwcml2YXRlIHJlaGFzaCgpOiB2b2lkIHtcbiAgICB0aGlzLnNsb3RzID0gbmV3IEludDMyQXJyYXkodGhpcy5zbG90cy5sZW5ndGggKiAyKTtcbiAgICBmb3IgKGxldCBlbnRyeSA9IDA7IGVudHJ5IDwgdGhpcy5jb3VudDsgZW50cnkrKykgcGxhY2VJblNsb3RzKHRoaXMuc2xvdHMsIHRoaXMua2V5SGFzaFtlbnRyeV0hLCBlbnRyeSk7XG4gIH1cbn1cblxuZnVuY3Rpb24gZ3Jvd248VCBleHRlbmRzIEludDMyQXJyYXkgfCBVaW50MzJBcnJheT4ob2xkOiBULCBuZXh0OiBUKTogVCB7XG4gIG5leHQuc2V0KG9sZCk7XG4gIHJldHVybiBuZXh0O1xufVxuXG4vKiogS2V5cyB1cCB0byB0aGlzIGxvbmcgYXJlIGhhc2hlZCB3aG9sZTsgbG9uZ2VyIG9uZXMgYnkgdGhlaXIgbGVuZ3RoLCBoZWFkIGFuZCB0YWlsLiAqL1xuY29uc3QgV0hPTEUgPSAxNjtcblxuLyoqXG4gKiBGTlYtMWEgb3ZlciBgYnl0ZXNbc3RhcnQuLmVuZClgOiBhbGwgb2YgdGhlbSB1cCB0byBgV0hPTEVgLCBlbHNlIHRoZSBsZW5ndGggYW5kIHRoZSBmaXJzdCBhbmRcbiAqIGxhc3QgOCAocmVhZGluZyBieXRlcyBpcyBtb3N0IG9mIHRoZSBjb3N0OyBrZXlzIHRoYXQgZGlmZmVyIG9ubHkgaW4gdGhlIG1pZGRsZSBhcmUgY29tcGFyZWQgaW5cbiAqIGZ1bGwgd2hlbiBwcm9iaW5nKSwgdGhlbiBNdXJtdXJIYXNoMydzIGZpbmFsaXNlciwgc2luY2UgYSBzbG90IGlzIGNob3NlbiBieSB0aGUgbG93IGJpdHMuXG4gKi9cbmZ1bmN0aW9uIGhhc2hCeXRlcyhieXRlczogVWludDhBcnJheSwgc3RhcnQ6IG51bWJlciwgZW5kOiBudW1iZXIpOiBudW1iZXIge1xuICBsZXQgaCA9IDB4ODExYzlkYzU7XG4gIGlmIChlbmQgLSBzdGFydCA8PSBXSE9MRSkge1xuICAgIGZvciAobGV0IGkgPSBzdGFydDsgaSA8IGVuZDsgaSsrKSBoID0gTWF0aC5pbXVsKGggXiBieXRlc1tpXSEsIDB4MDEwMDAxOTMpO1xuICB9IGVsc2Uge1xuICAgIGggPSBNYXRoLmltdWwoaCBeIChlbmQgLSBzdGFydCksIDB4MDEwMDAxOTMpO1xuICAgIGZvciAobGV0IGkgPSBzdGFydDsgaSA8IHN0YXJ0ICsgODsgaSsrKSBoID0gTWF0aC5pbXVsKGggXiBieXRlc1tpXSEsIDB4MDEwMDAxOTMpO1xuICAgIGZvciAobGV0IGkgPSBlbmQgLSA4OyBpIDwgZW5kOyBpKyspIGggPSBNYXRoLmltdWwoaCBeIGJ5dGVzW2ldISwgMHgwMTAwMDE5Myk7XG4gIH1cbiAgcmV0dXJuIG1peEhhc2goaCk7XG59XG4iLCAiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL3d0L3JlYWRlci9zcmMvbG9nc1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvd3QvcmVhZGVyL3NyYy9sb2dzL2Nzdi1saW5lLWJyZWFrcy50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay93dC9yZWFkZXIvc3JjL2xvZ3MvY3N2LWxpbmUtYnJlYWtzLnRzXCI7LyoqXG4gKiBDU1YgdGV4dCB3aXRoIGV2ZXJ5IGxpbmUgYnJlYWsgb3V0c2lkZSBxdW90ZWQgZmllbGRzIG1hZGUgYSBgXFxuYDogYFxcclxcbmAgYW5kIGEgbG9uZSBgXFxyYCBlbmQgYVxuICogbGluZSBhcyB3ZWxsIGFzIGBcXG5gIGRvZXMsIGxpbmUgYnkgbGluZSBcdTIwMTQgYSBmaWxlIHdob3NlIGhlYWRlciBlbmRzIGluIGBcXHJcXG5gIGFuZCB3aG9zZSByb3dzIGVuZFxuICogaW4gYFxcbmAgKG9yIHRoZSBvdGhlciB3YXkgcm91bmQpIGlzIHJlYWQgd2hvbGUsIGFuZCBubyBgXFxyYCBpcyBsZWZ0IGF0IHRoZSBlbmQgb2YgYSB2YWx1ZS5cbiAqIEluc2lkZSBhIHF1b3RlZCBmaWVsZCB0aGUgdGV4dCBpcyBrZXB0IGFzIGl0IGlzLiBgaW5RdW90ZXNgIHNheXMgd2hldGhlciB0aGUgdGV4dCBzdGFydHNcbiAqIGluc2lkZSBhIHF1b3RlZCBmaWVsZDsgdGhlIHJlc3VsdCBzYXlzIHdoZXRoZXIgaXQgZW5kcyBpbnNpZGUgb25lLiBUaGUgdGV4dCBtdXN0IG5vdCBlbmQgaW5cbiAqIHRoZSBgXFxyYCBvZiBhIGBcXHJcXG5gIHdob3NlIGBcXG5gIGlzIHN0aWxsIHRvIGNvbWUgKHRoZSByZWFkZXIgY3V0cyBpdHMgdGV4dCBhZnRlciB3aG9sZSBsaW5lIGJyZWFrcykuXG4gKlxuICogQGV4YW1wbGVcbiAqIGNzdkxpbmVCcmVha3MoJ2EsYlxcclxcbjEsXCJ4XFxyXFxueVwiXFxyMyw0XFxuJywgZmFsc2UpOyAvLyB7IHRleHQ6ICdhLGJcXG4xLFwieFxcclxcbnlcIlxcbjMsNFxcbicsIGluUXVvdGVzOiBmYWxzZSB9XG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjc3ZMaW5lQnJlYWtzKHRleHQ6IHN0cmluZywgaW5RdW90ZXM6IGJvb2xlYW4pOiB7IHRleHQ6IHN0cmluZzsgaW5RdW90ZXM6IGJvb2xlYW4gfSB7XG4gIGlmICh0ZXh0LmluZGV4T2YoXCJcXHJcIikgPCAwKSByZXR1cm4geyB0ZXh0LCBpblF1b3RlczogcXVvdGVzRmxpcCh0ZXh0KSA/ICFpblF1b3RlcyA6IGluUXVvdGVzIH07XG4gIGxldCBvdXQgPSBcIlwiO1xuICBsZXQgcG9zID0gMDtcbiAgd2hpbGUgKHBvcyA8IHRleHQubGVuZ3RoKSB7XG4gICAgY29uc3QgcXVvdGUgPSB0ZXh0LmluZGV4T2YoJ1wiJywgcG9zKTtcbiAgICBjb25zdCBlbmQgPSBxdW90ZSA8IDAgPyB0ZXh0Lmxlbmd0aCA6IHF1b3RlICsgMTtcbiAgICBjb25zdCBwaWVjZSA9IHRleHQuc2xpY2UocG9zLCBlbmQpO1xuICAgIG91dCArPSBpblF1b3RlcyB8fCBwaWVjZS5pbmRleE9mKFwiXFxyXCIpIDwgMCA/IHBpZWNlIDogcGllY2UucmVwbGFjZSgvXFxyXFxuPy9nLCBcIlxcblwiKTtcbiAgICBpZiAocXVvdGUgPj0gMCkgaW5RdW90ZXMgPSAhaW5RdW90ZXM7XG4gICAgcG9zID0gZW5kO1xuICB9XG4gIHJldHVybiB7IHRleHQ6IG91dCwgaW5RdW90ZXMgfTtcbn1cblxuLyoqIFdoZXRoZXIgdGhlIHRleHQgaG9sZHMgYW4gb2RkIG51bWJlciBvZiBxdW90ZSBjaGFyYWN0ZXJzLiAqL1xuZnVuY3Rpb24gcXVvdGVzRmxpcCh0ZXh0OiBzdHJpbmcpOiBib29sZWFuIHtcbiAgbGV0IG9kZCA9IGZhbHNlO1xuICBmb3IgKGxldCBpID0gdGV4dC5pbmRleE9mKCdcIicpOyBpID49IDA7IGkgPSB0ZXh0LmluZGV4T2YoJ1wiJywgaSArIDEpKSBvZGQgPSAhb2RkO1xuICByZXR1cm4gb2RkO1xufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay93dC9yZWFkZXIvc3JjL2xvZ3NcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZmlsZW5hbWUgPSBcIi93b3JrL3d0L3JlYWRlci9zcmMvbG9ncy9jbG9zZXN0LW5hbWVzLnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL3d0L3JlYWRlci9zcmMvbG9ncy9jbG9zZXN0LW5hbWVzLnRzXCI7aW1wb3J0IHsgZGlzdGFuY2UgfSBmcm9tIFwiZmFzdGVzdC1sZXZlbnNodGVpblwiO1xuXG4vKiogTmFtZXMgYXJlIGNvbXBhcmVkIG9uIHRoZWlyIGZpcnN0IGNoYXJhY3RlcnMgb25seTogYSBuYW1lIHRoaXMgbG9uZyBpcyBubyB0eXBvIG9mIGEgc2hvcnQgb25lLiAqL1xuY29uc3QgQ09NUEFSRURfQ0hBUlMgPSAyMDA7XG5cbi8qKlxuICogV2hhdCBgY2xvc2VzdE5hbWVzYCByZXR1cm5zOiBldmVyeSBuYW1lLCB0aGUgY2xvc2VzdCB0byB0aGUgb25lIGFza2VkIGZvciBmaXJzdCwgYW5kIHRob3NlXG4gKiBjbG9zZSBlbm91Z2ggdG8gYmUgd2hhdCB3YXMgbWVhbnQuXG4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgQ2xvc2VzdE5hbWVzIHtcbiAgLyoqIEFsbCB0aGUgbmFtZXMsIGNsb3Nlc3QgZmlyc3QgKHRpZXMga2VlcCB0aGVpciBvcmRlcikuICovXG4gIG9yZGVyZWQ6IHN0cmluZ1tdO1xuICAvKiogVGhlIG5hbWVzIGNsb3NlIGVub3VnaCB0byBzdWdnZXN0IChcImRpZCB5b3UgbWVhbiBcdTIwMjY/XCIpLCBjbG9zZXN0IGZpcnN0OyBvZnRlbiBlbXB0eS4gKi9cbiAgc3VnZ2VzdGVkOiBzdHJpbmdbXTtcbn1cblxuLyoqXG4gKiBUaGUgbmFtZXMgYSB1c2VyIG1heSBoYXZlIG1lYW50IGJ5IGBuYW1lYDogb3JkZXJlZCBieSBlZGl0IGRpc3RhbmNlIChMZXZlbnNodGVpbiwgYnkgdGhlXG4gKiBmYXN0ZXN0LWxldmVuc2h0ZWluIGxpYnJhcnkpLCBjYXNlIGlnbm9yZWQuIEEgbmFtZSBpcyBzdWdnZXN0ZWQgd2hlbiBpdCBkaWZmZXJzIGJ5IGF0IG1vc3QgYVxuICogdGhpcmQgb2YgdGhlIG5hbWUncyBjaGFyYWN0ZXJzIChhdCBsZWFzdCBvbmUpLCBvciB3aGVuIG9uZSBjb250YWlucyB0aGUgb3RoZXIgKGBncm91cGAgaW5cbiAqIGBvcmc6Z3JvdXBgKS5cbiAqXG4gKiBAZXhhbXBsZVxuICogY2xvc2VzdE5hbWVzKFwiQWN0aXZ0eVwiLCBbXCJDYXNlIElEXCIsIFwiQWN0aXZpdHlcIiwgXCJSZXNvdXJjZVwiXSk7XG4gKiAvLyB7IG9yZGVyZWQ6IFtcIkFjdGl2aXR5XCIsIFwiQ2FzZSBJRFwiLCBcIlJlc291cmNlXCJdLCBzdWdnZXN0ZWQ6IFtcIkFjdGl2aXR5XCJdIH1cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNsb3Nlc3ROYW1lcyhuYW1lOiBzdHJpbmcsIG5hbWVzOiByZWFkb25seSBzdHJpbmdbXSk6IENsb3Nlc3ROYW1lcyB7XG4gIGNvbnN0IHdhbnRlZCA9IG5hbWUuc2xpY2UoMCwgQ09NUEFSRURfQ0hBUlMpLnRvTG93ZXJDYXNlKCk7XG4gIGNvbnN0IGxpbWl0ID0gTWF0aC5tYXgoMSwgTWF0aC5mbG9vcih3YW50ZWQubGVuZ3RoIC8gMykpO1xuICBjb25zdCBzY29yZWQgPSBuYW1lcy5tYXAoKGNhbmRpZGF0ZSwgaW5kZXgpID0+IHtcbiAgICBjb25zdCBvdGhlciA9IGNhbmRpZGF0ZS5zbGljZSgwLCBDT01QQVJFRF9DSEFSUykudG9Mb3dlckNhc2UoKTtcbiAgICBjb25zdCBjb250YWlucyA9IHdhbnRlZC5sZW5ndGggPj0gMyAmJiBvdGhlci5sZW5ndGggPj0gMyAmJiAob3RoZXIuaW5jbHVkZXMod2FudGVkKSB8fCB3YW50ZWQuaW5jbHVkZXMob3RoZXIpKTtcbiAgICBjb25zdCBkID0gZGlzdGFuY2Uod2FudGVkLCBvdGhlcik7XG4gICAgcmV0dXJuIHsgY2FuZGlkYXRlLCBpbmRleCwgZCwgY2xvc2U6IGQgPD0gbGltaXQgfHwgY29udGFpbnMgfTtcbiAgfSk7XG4gIHNjb3JlZC5zb3J0KChhLCBiKSA9PiBOdW1iZXIoYi5jbG9zZSkgLSBOdW1iZXIoYS5jbG9zZSkgfHwgYS5kIC0gYi5kIHx8IGEuaW5kZXggLSBiLmluZGV4KTtcbiAgcmV0dXJuIHsgb3JkZXJlZDogc2NvcmVkLm1hcCgocykgPT4gcy5jYW5kaWRhdGUpLCBzdWdnZXN0ZWQ6IHNjb3JlZC5maWx0ZXIoKHMpID0+IHMuY2xvc2UpLm1hcCgocykgPT4gcy5jYW5kaWRhdGUpIH07XG59XG5cbi8qKlxuICogXCJkaWQgeW91IG1lYW4gXHUyMDI2P1wiIGZvciB0aGUgc3VnZ2VzdGVkIG5hbWVzLCBlYWNoIHdyaXR0ZW4gYnkgYHF1b3RlYDsgXCJcIiB3aGVuIG5vbmUgaXMgY2xvc2UuXG4gKlxuICogQGV4YW1wbGVcbiAqIGRpZFlvdU1lYW4oW1wiQWN0aXZpdHlcIl0sIChuKSA9PiBKU09OLnN0cmluZ2lmeShuKSk7IC8vICdkaWQgeW91IG1lYW4gXCJBY3Rpdml0eVwiPydcbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGRpZFlvdU1lYW4oc3VnZ2VzdGVkOiByZWFkb25seSBzdHJpbmdbXSwgcXVvdGU6IChuYW1lOiBzdHJpbmcpID0+IHN0cmluZyk6IHN0cmluZyB7XG4gIGlmIChzdWdnZXN0ZWQubGVuZ3RoID09PSAwKSByZXR1cm4gXCJcIjtcbiAgY29uc3Qgc2hvd24gPSBzdWdnZXN0ZWQuc2xpY2UoMCwgMykubWFwKHF1b3RlKTtcbiAgcmV0dXJuIGBkaWQgeW91IG1lYW4gJHtzaG93bi5sZW5ndGggPT09IDEgPyBzaG93blswXSA6IGAke3Nob3duLnNsaWNlKDAsIC0xKS5qb2luKFwiLCBcIil9IG9yICR7c2hvd24uYXQoLTEpfWB9P2A7XG59XG4iLCAiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL3d0L3JlYWRlci9zcmMvbG9nc1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvd3QvcmVhZGVyL3NyYy9sb2dzL2V4Y2VycHQudHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfaW1wb3J0X21ldGFfdXJsID0gXCJmaWxlOi8vL3dvcmsvd3QvcmVhZGVyL3NyYy9sb2dzL2V4Y2VycHQudHNcIjsvKiogRWNob2VkIHZhbHVlcyBsb25nZXIgdGhhbiB0aGlzIGFyZSBjdXQ6IGFuIGVycm9yIG1lc3NhZ2Ugc3RheXMgYSBsaW5lLCB3aGF0ZXZlciB0aGUgaW5wdXQuICovXG5jb25zdCBFWENFUlBUX0NIQVJTID0gNjA7XG5cbi8qKlxuICogQSB2YWx1ZSBmcm9tIHRoZSBpbnB1dCBhcyBhbiBlcnJvciBtZXNzYWdlIHF1b3RlcyBpdDogSlNPTi1xdW90ZWQsIGFuZCB3aGVuIGxvbmcgY3V0IHRvIGl0c1xuICogZmlyc3QgY2hhcmFjdGVycyB3aXRoIHRoZSBmdWxsIGxlbmd0aCBzYWlkLCBzbyB0aGF0IGEgNDAgTUIgbGluZSBuZXZlciBiZWNvbWVzIGEgNDAgTUIgbWVzc2FnZS5cbiAqXG4gKiBAZXhhbXBsZVxuICogZXhjZXJwdChcIjIwMjQtMTMtMDFcIik7IC8vICdcIjIwMjQtMTMtMDFcIidcbiAqIGV4Y2VycHQoXCJ4XCIucmVwZWF0KDFlNikpOyAvLyAnXCJ4eHh4eHh4eFx1MjAyNlwiICgxLDAwMCwwMDAgY2hhcmFjdGVycyknXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBleGNlcnB0KHRleHQ6IHN0cmluZyk6IHN0cmluZyB7XG4gIGlmICh0ZXh0Lmxlbmd0aCA8PSBFWENFUlBUX0NIQVJTKSByZXR1cm4gSlNPTi5zdHJpbmdpZnkodGV4dCk7XG4gIHJldHVybiBgJHtKU09OLnN0cmluZ2lmeSh0ZXh0LnNsaWNlKDAsIEVYQ0VSUFRfQ0hBUlMgLSAxKSArIFwiXHUyMDI2XCIpfSAoJHt0ZXh0Lmxlbmd0aC50b0xvY2FsZVN0cmluZyhcImVuXCIpfSBjaGFyYWN0ZXJzKWA7XG59XG5cbi8qKlxuICogQSBsaXN0IG9mIHZhbHVlcyBmcm9tIHRoZSBpbnB1dCwgZWFjaCBhcyBgZXhjZXJwdGAgcXVvdGVzIGl0LCBhdCBtb3N0IGBsaW1pdGAgb2YgdGhlbSBhbmQgYVxuICogY291bnQgb2YgdGhlIHJlc3QuXG4gKlxuICogQGV4YW1wbGVcbiAqIGV4Y2VycHRMaXN0KFtcImFcIiwgXCJiXCIsIFwiY1wiXSwgMik7IC8vICdcImFcIiwgXCJiXCIgYW5kIDEgbW9yZSdcbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGV4Y2VycHRMaXN0KHZhbHVlczogcmVhZG9ubHkgc3RyaW5nW10sIGxpbWl0ID0gMjApOiBzdHJpbmcge1xuICBjb25zdCBzaG93biA9IHZhbHVlcy5zbGljZSgwLCBsaW1pdCkubWFwKGV4Y2VycHQpLmpvaW4oXCIsIFwiKTtcbiAgcmV0dXJuIHZhbHVlcy5sZW5ndGggPiBsaW1pdCA/IGAke3Nob3dufSBhbmQgJHsodmFsdWVzLmxlbmd0aCAtIGxpbWl0KS50b0xvY2FsZVN0cmluZyhcImVuXCIpfSBtb3JlYCA6IHNob3duO1xufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay93dC9yZWFkZXIvc3JjL2xvZ3NcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZmlsZW5hbWUgPSBcIi93b3JrL3d0L3JlYWRlci9zcmMvbG9ncy9yZWFkZXItY29uZmlnLnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL3d0L3JlYWRlci9zcmMvbG9ncy9yZWFkZXItY29uZmlnLnRzXCI7aW1wb3J0IHsgRXZlbnRMb2dFcnJvciwgUk9XX1BST0JMRU1TIH0gZnJvbSBcIi4vZXZlbnQtbG9nLWVycm9yLmpzXCI7XG5pbXBvcnQgdHlwZSB7IEV2ZW50TG9nQnVpbGRlciB9IGZyb20gXCIuL2V2ZW50LWxvZy1idWlsZGVyLmpzXCI7XG5pbXBvcnQgeyBsb2dGaXhUZXh0LCB0eXBlIExvZ0ZpeCB9IGZyb20gXCIuL2xvZy1maXguanNcIjtcbmltcG9ydCB0eXBlIHsgVGltZXN0YW1wQnl0ZXNQYXJzZXIsIFRpbWVzdGFtcFBhcnNlciB9IGZyb20gXCIuL3RpbWVzdGFtcC1wYXJzZXIuanNcIjtcblxuLyoqIFdoYXQgYSByZWFkZXIgbmVlZHMsIHJlc29sdmVkIG9uY2UgZnJvbSB0aGUgbWFwcGluZyBhbmQgdGhlIG9wdGlvbnMgYnkgYHJlYWRFdmVudExvZ2AuICovXG5leHBvcnQgaW50ZXJmYWNlIFJlYWRlckNvbmZpZyB7XG4gIGNhc2VLZXk6IHN0cmluZztcbiAgYWN0aXZpdHlLZXlzOiByZWFkb25seSBzdHJpbmdbXTtcbiAgdGltZXN0YW1wS2V5OiBzdHJpbmc7XG4gIC8qKiBUaGUgY29sdW1uIG9mIHRoZSBzdGFydCB0aW1lIChDU1YpLCBvciBudWxsOyBhbiBlbXB0eSB2YWx1ZSBtZWFucyBcIm5vIHN0YXJ0XCIuICovXG4gIHN0YXJ0VGltZXN0YW1wS2V5OiBzdHJpbmcgfCBudWxsO1xuICBkZXBhcnRtZW50S2V5OiBzdHJpbmcgfCBudWxsO1xuICAvKiogVGhlIGNvbHVtbiBvciBhdHRyaWJ1dGUgbmFtaW5nIHRoZSBjdXN0b21lciwgb3IgbnVsbC4gKi9cbiAgY3VzdG9tZXJLZXk6IHN0cmluZyB8IG51bGw7XG4gIC8qKiBEZXBhcnRtZW50IHZhbHVlcyB0aGF0IG1lYW4gXCJ1bmtub3duXCI7IHRoZSBlbXB0eSBzdHJpbmcgYWx3YXlzIGRvZXMuICovXG4gIG1pc3Npbmc6IFJlYWRvbmx5U2V0PHN0cmluZz47XG4gIGFjdGl2aXR5U2VwYXJhdG9yOiBzdHJpbmc7XG4gIHBhcnNlVGltZTogVGltZXN0YW1wUGFyc2VyO1xuICAvKiogVGhlIGRlZmF1bHQgcmVhZGVyIG9uIGEgcmFuZ2Ugb2YgYnl0ZXMgKGBpc29UaW1lc3RhbXBCeXRlc2ApLCB3aGVuIG5vIGZvcm1hdCBpcyBzZXQ6IG5vIHN0cmluZyBwZXIgZXZlbnQuICovXG4gIHBhcnNlVGltZUF0OiBUaW1lc3RhbXBCeXRlc1BhcnNlciB8IG51bGw7XG4gIC8qKiBIb3cgdGhlIGV4cGVjdGVkIHRpbWVzdGFtcHMgbG9vaywgZm9yIGVycm9yIG1lc3NhZ2VzLiAqL1xuICB0aW1lc3RhbXBIaW50OiBzdHJpbmc7XG4gIC8qKiBXaGF0IGZpeGVzIGEgdGltZXN0YW1wIHRoYXQgY2Fubm90IGJlIHJlYWQ6IGdpdmluZyBpdHMgbGF5b3V0LCB1bmxlc3Mgb25lIHdhcyBnaXZlbi4gKi9cbiAgdGltZXN0YW1wRml4ZXM6IHJlYWRvbmx5IExvZ0ZpeFtdO1xuICBza2lwQmFkUm93czogYm9vbGVhbjtcbiAgYnVpbGRlcjogRXZlbnRMb2dCdWlsZGVyO1xufVxuXG4vKiogVGhyb3dzIGEgcm93IHByb2JsZW0sIG9yIGNvdW50cyBhbmQgc2tpcHMgaXQgd2hlbiBgc2tpcEJhZFJvd3NgIGFsbG93czsgYSByb3cgcHJvYmxlbSBtYXkgYWx3YXlzIGJlIHNraXBwZWQuICovXG5leHBvcnQgZnVuY3Rpb24gYmFkUm93KGNvbmZpZzogUmVhZGVyQ29uZmlnLCBjb2RlOiBzdHJpbmcsIG1lc3NhZ2U6IHN0cmluZywgcGxhY2U6IEV2ZW50TG9nRXJyb3JbXCJwbGFjZVwiXSwgZml4ZXM6IHJlYWRvbmx5IExvZ0ZpeFtdID0gW10pOiB2b2lkIHtcbiAgaWYgKGNvbmZpZy5za2lwQmFkUm93cyAmJiBST1dfUFJPQkxFTVMuaGFzKGNvZGUpKSBjb25maWcuYnVpbGRlci5za2lwKG1lc3NhZ2UgKyBsb2dGaXhUZXh0KGZpeGVzKSk7XG4gIGVsc2UgdGhyb3cgbmV3IEV2ZW50TG9nRXJyb3IoY29kZSwgbWVzc2FnZSwgcGxhY2UsIFJPV19QUk9CTEVNUy5oYXMoY29kZSkgPyBbLi4uZml4ZXMsIFwic2tpcF9iYWRfcm93c1wiXSA6IGZpeGVzKTtcbn1cbiIsICJjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZGlybmFtZSA9IFwiL3dvcmsvd3QvcmVhZGVyL3NyYy9sb2dzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay93dC9yZWFkZXIvc3JjL2xvZ3MvcmVhZC14ZXMtZXZlbnRzLnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL3d0L3JlYWRlci9zcmMvbG9ncy9yZWFkLXhlcy1ldmVudHMudHNcIjtpbXBvcnQgeyBTYXhlc1BhcnNlciwgdHlwZSBTYXhlc1RhZ1BsYWluIH0gZnJvbSBcInNheGVzXCI7XG5pbXBvcnQgeyBjbG9zZXN0TmFtZXMsIGRpZFlvdU1lYW4gfSBmcm9tIFwiLi9jbG9zZXN0LW5hbWVzLmpzXCI7XG5pbXBvcnQgeyBFdmVudExvZ0Vycm9yIH0gZnJvbSBcIi4vZXZlbnQtbG9nLWVycm9yLmpzXCI7XG5pbXBvcnQgeyBleGNlcnB0LCBleGNlcnB0TGlzdCB9IGZyb20gXCIuL2V4Y2VycHQuanNcIjtcbmltcG9ydCB0eXBlIHsgTG9nRml4IH0gZnJvbSBcIi4vbG9nLWZpeC5qc1wiO1xuaW1wb3J0IHsgTUlTU0lOR19ERVBBUlRNRU5ULCBOT19DVVNUT01FUiB9IGZyb20gXCIuL2V2ZW50LWxvZy5qc1wiO1xuaW1wb3J0IHsgYmFkUm93LCB0eXBlIFJlYWRlckNvbmZpZyB9IGZyb20gXCIuL3JlYWRlci1jb25maWcuanNcIjtcblxuLyoqIE9uZSBldmVudCBvZiB0aGUgb3BlbiB0cmFjZTogdGhlIHZhbHVlcyBvZiB0aGUgYXR0cmlidXRlcyB0aGUgbWFwcGluZyB3YW50cywgYnkga2V5LiAqL1xuaW50ZXJmYWNlIFBlbmRpbmdFdmVudCB7XG4gIHZhbHVlczogTWFwPHN0cmluZywgc3RyaW5nPjtcbiAgbGluZTogbnVtYmVyO1xufVxuXG5jb25zdCBxdW90ZWQgPSBleGNlcnB0O1xuXG4vKipcbiAqIENoYXJhY3RlcnMgYSB0YWcsIGFuIGF0dHJpYnV0ZSB2YWx1ZSBvciBhIHRleHQgbWF5IHJ1biB0bzogcGFzdCBpdCwgbm8gZXZlbnQgbG9nIGlzIGJlaW5nXG4gKiByZWFkIChWOCBpdHNlbGYgY2Fubm90IGhvbGQgYSBzdHJpbmcgcGFzdCA1MTIgTUIgYW5kIHdvdWxkIGZhaWwgd2l0aCBcIkludmFsaWQgc3RyaW5nIGxlbmd0aFwiKS5cbiAqL1xuY29uc3QgTUFYX1NQQU5fQ0hBUlMgPSAxIDw8IDI0O1xuXG4vKiogVGhlIGF0dHJpYnV0ZSBrZXlzIHJlbWVtYmVyZWQgZm9yIFwiZGlkIHlvdSBtZWFuXCI6IGEgaG9zdGlsZSBmaWxlIG1heSBoYXZlIGFueSBudW1iZXIuICovXG5jb25zdCBNQVhfS0VZUyA9IDEwXzAwMDtcblxuLyoqIFRoZSBYRVMgbGlmZWN5Y2xlIGF0dHJpYnV0ZTogYHN0YXJ0YCBldmVudHMgZ2l2ZSB0aGUgbmV4dCBgY29tcGxldGVgIG9mIHRoZWlyIGFjdGl2aXR5IGl0cyBzdGFydCB0aW1lLiAqL1xuY29uc3QgTElGRUNZQ0xFID0gXCJsaWZlY3ljbGU6dHJhbnNpdGlvblwiO1xuXG4vKipcbiAqIFJlYWRzIFhFUyAoSUVFRSAxODQ5KSB0ZXh0IGNodW5rcyBpbnRvIHRoZSBidWlsZGVyIHdpdGggc2F4ZXMsIGEgc3RyZWFtaW5nIHBhcnNlciB0aGF0IG5ldmVyXG4gKiBleHBhbmRzIGVudGl0aWVzOyBhIERPQ1RZUEUgaXMgcmVmdXNlZCBvdXRyaWdodCAoYHhtbF9lbnRpdGllc2ApLCBzbyBhIGJpbGxpb24tbGF1Z2hzIGZpbGUgaXMgYVxuICogcXVpY2sgY2xlYXIgZXJyb3IuIFRoZSBjYXNlIGlzIGFuIGF0dHJpYnV0ZSBvZiB0aGUgYDx0cmFjZT5gOyBhY3Rpdml0eSwgdGltZXN0YW1wIGFuZFxuICogZGVwYXJ0bWVudCBhcmUgYXR0cmlidXRlcyBvZiB0aGUgYDxldmVudD5gLCBhbmQgYW4gZXZlbnQgd2l0aG91dCBvbmUgb2YgdGhlbSBmYWxscyBiYWNrIHRvXG4gKiBpdHMgdHJhY2UncyBhdHRyaWJ1dGUgb2YgdGhhdCBrZXkuIE5lc3RlZCBhdHRyaWJ1dGVzIGFuZCBgPGdsb2JhbD5gIGRlZmF1bHRzIGFyZSBub3QgdXNlZC5cbiAqXG4gKiBBbiBldmVudCB3aG9zZSBgbGlmZWN5Y2xlOnRyYW5zaXRpb25gIGlzIGBzdGFydGAgaXMgbm90IGFuIGV2ZW50IG9mIGl0cyBvd246IGl0cyB0aW1lIGJlY29tZXNcbiAqIHRoZSBzdGFydCB0aW1lIG9mIHRoZSBuZXh0IGBjb21wbGV0ZWAgZXZlbnQgb2YgdGhlIHNhbWUgYWN0aXZpdHkgKHRoZSBhY3Rpdml0eSBuYW1lZCB3aXRob3V0XG4gKiB0aGUgbGlmZWN5Y2xlKSBpbiB0aGUgc2FtZSB0cmFjZSwgZmlyc3QgaW4gZmlyc3Qgb3V0LiBBIGBzdGFydGAgbmV2ZXIgY29tcGxldGVkIHN0YXlzIGFuXG4gKiBldmVudCwgd2l0aCBpdHMgb3duIHRpbWUgYXMgc3RhcnQgYW5kIGVuZC5cbiAqXG4gKiBOb3RoaW5nIGlzIGRyb3BwZWQgd2l0aG91dCBhIHdvcmQ6IGFuIGA8ZXZlbnQ+YCBvdXRzaWRlIGEgYDx0cmFjZT5gIChkaXJlY3RseSB1bmRlciBgPGxvZz5gKVxuICogb3IgYSBgPHRyYWNlPmAgaW5zaWRlIGFub3RoZXIgaXMgYG1pc3BsYWNlZF9ldmVudGAsIGFuZCBhbiBhdHRyaWJ1dGUgdGhlIG1hcHBpbmcgcmVhZHMgZ2l2ZW5cbiAqIHR3aWNlIG9uIG9uZSBldmVudCBvciB0cmFjZSBpcyBgZHVwbGljYXRlX2F0dHJpYnV0ZWAuIEEgdGFnIG9yIHZhbHVlIG92ZXIgMTZNIGNoYXJhY3RlcnMgaXNcbiAqIGByZWNvcmRfdG9vX2xvbmdgLiBBbiBhdHRyaWJ1dGUgdGhlIG1hcHBpbmcgbmFtZXMgdGhhdCBubyB0cmFjZSBvciBldmVudCBvZiB0aGUgbG9nIGhhcyBpc1xuICogYHVua25vd25fYXR0cmlidXRlYCwgbGlzdGluZyB0aGUgYXR0cmlidXRlcyB0aGUgbG9nIGhhcywgdGhlIGNsb3Nlc3QgZmlyc3Q6IHVudGlsIHN1Y2ggYSBrZXkgaGFzXG4gKiBiZWVuIHNlZW4sIGV2ZW50cyBsYWNraW5nIGl0IGFyZSBoZWxkIGJhY2sgYXMgcHJvYmxlbXMsIGFuZCB0aGV5IGJlY29tZSByb3cgcHJvYmxlbXMgb25seSBvbmNlXG4gKiB0aGUga2V5IHR1cm5zIHVwLlxuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gcmVhZFhlc0V2ZW50cyh0ZXh0czogQXN5bmNJdGVyYWJsZTxzdHJpbmc+LCBjb25maWc6IFJlYWRlckNvbmZpZyk6IFByb21pc2U8dm9pZD4ge1xuICBjb25zdCB0b29Mb25nID0gKCkgPT5cbiAgICBuZXcgRXZlbnRMb2dFcnJvcihcbiAgICAgIFwicmVjb3JkX3Rvb19sb25nXCIsXG4gICAgICBgbGluZSAke3BhcnNlci5saW5lfTogYSB0YWcsIGF0dHJpYnV0ZSB2YWx1ZSBvciB0ZXh0IHJ1bnMgb3ZlciAke01BWF9TUEFOX0NIQVJTLnRvTG9jYWxlU3RyaW5nKFwiZW5cIil9IGNoYXJhY3RlcnM6IG5vIGF0dHJpYnV0ZSBvZiBhbiBldmVudCBsb2cgaXMgdGhpcyBsb25nIChpcyB0aGUgZmlsZSBkYW1hZ2VkPylgLFxuICAgICAgeyBsaW5lOiBwYXJzZXIubGluZSB9LFxuICAgICk7XG4gIGNvbnN0IHsgYnVpbGRlciwgbWlzc2luZyB9ID0gY29uZmlnO1xuICBjb25zdCB3YW50ZWQgPSBuZXcgU2V0KFtjb25maWcuY2FzZUtleSwgY29uZmlnLnRpbWVzdGFtcEtleSwgTElGRUNZQ0xFLCAuLi5jb25maWcuYWN0aXZpdHlLZXlzXSk7XG4gIGNvbnN0IHBhaXJpbmdLZXlzID0gY29uZmlnLmFjdGl2aXR5S2V5cy5maWx0ZXIoKGspID0+IGsgIT09IExJRkVDWUNMRSk7XG4gIGlmIChjb25maWcuZGVwYXJ0bWVudEtleSAhPT0gbnVsbCkgd2FudGVkLmFkZChjb25maWcuZGVwYXJ0bWVudEtleSk7XG4gIGlmIChjb25maWcuY3VzdG9tZXJLZXkgIT09IG51bGwpIHdhbnRlZC5hZGQoY29uZmlnLmN1c3RvbWVyS2V5KTtcbiAgY29uc3QgcGFyc2VyID0gbmV3IFNheGVzUGFyc2VyKHsgeG1sbnM6IGZhbHNlLCBwb3NpdGlvbjogdHJ1ZSB9KTtcblxuICAvKiogRXZlcnkgYXR0cmlidXRlIGtleSBvZiBhIHRyYWNlIG9yIGFuIGV2ZW50LCBpbiBvcmRlciBvZiBmaXJzdCBhcHBlYXJhbmNlICh1cCB0byBNQVhfS0VZUykuICovXG4gIGNvbnN0IHNlZW5LZXlzID0gbmV3IFNldDxzdHJpbmc+KCk7XG4gIC8qKiBUaGUgbWFwcGVkIGtleXMsIGJ5IHdoYXQgdGhleSBuYW1lLCBmb3IgdGhlIGNoZWNrIGF0IHRoZSBlbmQuICovXG4gIGNvbnN0IG1hcHBlZCA9IG5ldyBNYXA8c3RyaW5nLCBzdHJpbmc+KFtbY29uZmlnLmNhc2VLZXksIFwidGhlIGNhc2VcIl0sIC4uLmNvbmZpZy5hY3Rpdml0eUtleXMubWFwKChrKSA9PiBbaywgXCJ0aGUgYWN0aXZpdHlcIl0gYXMgW3N0cmluZywgc3RyaW5nXSksIFtjb25maWcudGltZXN0YW1wS2V5LCBcInRoZSB0aW1lc3RhbXBcIl1dKTtcbiAgaWYgKGNvbmZpZy5kZXBhcnRtZW50S2V5ICE9PSBudWxsKSBtYXBwZWQuc2V0KGNvbmZpZy5kZXBhcnRtZW50S2V5LCBcInRoZSBkZXBhcnRtZW50XCIpO1xuICBpZiAoY29uZmlnLmN1c3RvbWVyS2V5ICE9PSBudWxsKSBtYXBwZWQuc2V0KGNvbmZpZy5jdXN0b21lcktleSwgXCJ0aGUgY3VzdG9tZXJcIik7XG4gIC8qKiBSb3cgcHJvYmxlbXMgY2F1c2VkIGJ5IGEgbWFwcGVkIGtleSBuZXZlciBzZWVuIHNvIGZhcjogaGVsZCB1bnRpbCB0aGUga2V5IHR1cm5zIHVwICh0aGVuIHJlYWwpIG9yIHRoZSBlbmQgKHRoZW4gdGhlIGtleSBpcyB1bmtub3duKS4gKi9cbiAgY29uc3QgaGVsZCA9IG5ldyBNYXA8c3RyaW5nLCB7IGNvdW50OiBudW1iZXI7IGZpcnN0OiB7IGNvZGU6IHN0cmluZzsgbWVzc2FnZTogc3RyaW5nOyBwbGFjZTogRXZlbnRMb2dFcnJvcltcInBsYWNlXCJdOyBmaXhlczogcmVhZG9ubHkgTG9nRml4W10gfVtdIH0+KCk7XG4gIGNvbnN0IHByb2JsZW0gPSAoa2V5OiBzdHJpbmcsIGNvZGU6IHN0cmluZywgbWVzc2FnZTogc3RyaW5nLCBwbGFjZTogRXZlbnRMb2dFcnJvcltcInBsYWNlXCJdLCBmaXhlczogcmVhZG9ubHkgTG9nRml4W10gPSBbXSkgPT4ge1xuICAgIGlmIChzZWVuS2V5cy5oYXMoa2V5KSkgcmV0dXJuIGJhZFJvdyhjb25maWcsIGNvZGUsIG1lc3NhZ2UsIHBsYWNlLCBmaXhlcyk7XG4gICAgY29uc3QgbGlzdCA9IGhlbGQuZ2V0KGtleSkgPz8geyBjb3VudDogMCwgZmlyc3Q6IFtdIH07XG4gICAgbGlzdC5jb3VudCsrO1xuICAgIGlmIChsaXN0LmZpcnN0Lmxlbmd0aCA8IDEwKSBsaXN0LmZpcnN0LnB1c2goeyBjb2RlLCBtZXNzYWdlLCBwbGFjZSwgZml4ZXMgfSk7XG4gICAgaGVsZC5zZXQoa2V5LCBsaXN0KTtcbiAgfTtcbiAgLyoqIEEga2V5IHR1cm5zIHVwOiB3aGF0IGl0IGhlbGQgYmFjayBpcyBhIHJvdyBwcm9ibGVtIGFmdGVyIGFsbCAodGhyb3duLCBvciBza2lwcGVkIGFuZCBjb3VudGVkKS4gKi9cbiAgY29uc3Qgc2VlID0gKGtleTogc3RyaW5nKSA9PiB7XG4gICAgaWYgKHNlZW5LZXlzLnNpemUgPCBNQVhfS0VZUykgc2VlbktleXMuYWRkKGtleSk7XG4gICAgY29uc3QgbGlzdCA9IGhlbGQuZ2V0KGtleSk7XG4gICAgaWYgKGxpc3QgPT09IHVuZGVmaW5lZCkgcmV0dXJuO1xuICAgIGhlbGQuZGVsZXRlKGtleSk7XG4gICAgZm9yIChsZXQgaSA9IDA7IGkgPCBsaXN0LmNvdW50OyBpKyspIHtcbiAgICAgIGNvbnN0IHAgPSBsaXN0LmZpcnN0W01hdGgubWluKGksIGxpc3QuZmlyc3QubGVuZ3RoIC0gMSldITtcbiAgICAgIGJhZFJvdyhjb25maWcsIHAuY29kZSwgcC5tZXNzYWdlLCBwLnBsYWNlLCBwLmZpeGVzKTtcbiAgICB9XG4gIH07XG4gIGxldCBzYXdFdmVudCA9IGZhbHNlO1xuXG4gIGxldCBkZXB0aCA9IDA7XG4gIGxldCB0cmFjZUNvdW50ID0gMDtcbiAgbGV0IHRyYWNlTGluZSA9IDA7XG4gIGxldCB0cmFjZVZhbHVlczogTWFwPHN0cmluZywgc3RyaW5nPiB8IG51bGwgPSBudWxsO1xuICBsZXQgZXZlbnRzOiBQZW5kaW5nRXZlbnRbXSA9IFtdO1xuICBsZXQgZXZlbnQ6IFBlbmRpbmdFdmVudCB8IG51bGwgPSBudWxsO1xuICBsZXQgc2F3TG9nID0gZmFsc2U7XG5cbiAgY29uc3QgZmx1c2hUcmFjZSA9ICgpID0+IHtcbiAgICBjb25zdCB0cmFjZSA9IHRyYWNlQ291bnQ7XG4gICAgY29uc3QgY2FzZVRleHQgPSB0cmFjZVZhbHVlcyEuZ2V0KGNvbmZpZy5jYXNlS2V5KSA/PyBcIlwiO1xuICAgIGlmIChjYXNlVGV4dCA9PT0gXCJcIikge1xuICAgICAgY29uc3QgbWVzc2FnZSA9IGB0cmFjZSAke3RyYWNlfSAobGluZSAke3RyYWNlTGluZX0pOiBubyAke3F1b3RlZChjb25maWcuY2FzZUtleSl9IGF0dHJpYnV0ZSBuYW1pbmcgdGhlIGNhc2VgO1xuICAgICAgaWYgKGV2ZW50cy5sZW5ndGggPT09IDApIHJldHVybjtcbiAgICAgIGZvciAobGV0IGUgPSAwOyBlIDwgZXZlbnRzLmxlbmd0aDsgZSsrKSBwcm9ibGVtKGNvbmZpZy5jYXNlS2V5LCBcIm1pc3NpbmdfYXR0cmlidXRlXCIsIG1lc3NhZ2UsIHsgdHJhY2UgfSk7XG4gICAgICByZXR1cm47XG4gICAgfVxuICAgIGNvbnN0IGNhc2VJbmRleCA9IGJ1aWxkZXIuY2FzZXMuaW50ZXJuKGNhc2VUZXh0KTtcbiAgICAvKiogU3RhcnQgdGltZXMgd2FpdGluZyBmb3IgdGhlaXIgYGNvbXBsZXRlYCwgYnkgYWN0aXZpdHkgKHdpdGhvdXQgdGhlIGxpZmVjeWNsZSkuICovXG4gICAgY29uc3Qgb3BlbiA9IG5ldyBNYXA8c3RyaW5nLCB7IHRpbWU6IG51bWJlcjsgZTogbnVtYmVyIH1bXT4oKTtcbiAgICBjb25zdCBrZXB0OiB7IGU6IG51bWJlcjsgYWN0aXZpdHk6IHN0cmluZzsgZGVwYXJ0bWVudDogbnVtYmVyOyB0aW1lOiBudW1iZXI7IHN0YXJ0OiBudW1iZXI7IGN1c3RvbWVyOiBudW1iZXIgfVtdID0gW107XG4gICAgZm9yIChsZXQgZSA9IDA7IGUgPCBldmVudHMubGVuZ3RoOyBlKyspIHtcbiAgICAgIGNvbnN0IHsgdmFsdWVzLCBsaW5lIH0gPSBldmVudHNbZV0hO1xuICAgICAgY29uc3QgZ2V0ID0gKGtleTogc3RyaW5nKSA9PiB2YWx1ZXMuZ2V0KGtleSkgPz8gdHJhY2VWYWx1ZXMhLmdldChrZXkpID8/IFwiXCI7XG4gICAgICBjb25zdCBwbGFjZSA9IHsgdHJhY2UsIGV2ZW50OiBlICsgMSB9O1xuICAgICAgY29uc3Qgd2hlcmUgPSBgdHJhY2UgJHt0cmFjZX0gKGNhc2UgJHtxdW90ZWQoY2FzZVRleHQpfSksIGV2ZW50ICR7ZSArIDF9IChsaW5lICR7bGluZX0pYDtcbiAgICAgIGxldCBhY3Rpdml0eSA9IFwiXCI7XG4gICAgICBmb3IgKGNvbnN0IGtleSBvZiBjb25maWcuYWN0aXZpdHlLZXlzKSB7XG4gICAgICAgIGNvbnN0IHBhcnQgPSBnZXQoa2V5KTtcbiAgICAgICAgaWYgKHBhcnQgIT09IFwiXCIpIGFjdGl2aXR5ID0gYWN0aXZpdHkgPT09IFwiXCIgPyBwYXJ0IDogYWN0aXZpdHkgKyBjb25maWcuYWN0aXZpdHlTZXBhcmF0b3IgKyBwYXJ0O1xuICAgICAgfVxuICAgICAgaWYgKGFjdGl2aXR5ID09PSBcIlwiKSB7XG4gICAgICAgIGNvbnN0IHVuc2VlbiA9IGNvbmZpZy5hY3Rpdml0eUtleXMuZmluZCgoaykgPT4gIXNlZW5LZXlzLmhhcyhrKSkgPz8gY29uZmlnLmFjdGl2aXR5S2V5c1swXSE7XG4gICAgICAgIHByb2JsZW0odW5zZWVuLCBcIm1pc3NpbmdfYXR0cmlidXRlXCIsIGAke3doZXJlfTogbm8gYWN0aXZpdHkgKCR7Y29uZmlnLmFjdGl2aXR5S2V5cy5tYXAocXVvdGVkKS5qb2luKFwiICsgXCIpfSlgLCBwbGFjZSk7XG4gICAgICAgIGNvbnRpbnVlO1xuICAgICAgfVxuICAgICAgY29uc3Qgc3RhbXAgPSBnZXQoY29uZmlnLnRpbWVzdGFtcEtleSk7XG4gICAgICBjb25zdCB0aW1lID0gY29uZmlnLnBhcnNlVGltZShzdGFtcCk7XG4gICAgICBpZiAoTnVtYmVyLmlzTmFOKHRpbWUpKSB7XG4gICAgICAgIGNvbnN0IHdoYXQgPSBzdGFtcCA9PT0gXCJcIiA/IGBubyAke3F1b3RlZChjb25maWcudGltZXN0YW1wS2V5KX0gYXR0cmlidXRlYCA6IGBjYW5ub3QgcmVhZCB0aGUgdGltZXN0YW1wICR7cXVvdGVkKHN0YW1wKX1gO1xuICAgICAgICBwcm9ibGVtKGNvbmZpZy50aW1lc3RhbXBLZXksIHN0YW1wID09PSBcIlwiID8gXCJtaXNzaW5nX2F0dHJpYnV0ZVwiIDogXCJiYWRfdGltZXN0YW1wXCIsIGAke3doZXJlfTogJHt3aGF0fTogZXhwZWN0ZWQgJHtjb25maWcudGltZXN0YW1wSGludH1gLCBwbGFjZSwgY29uZmlnLnRpbWVzdGFtcEZpeGVzKTtcbiAgICAgICAgY29udGludWU7XG4gICAgICB9XG4gICAgICBsZXQgZGVwYXJ0bWVudCA9IE1JU1NJTkdfREVQQVJUTUVOVDtcbiAgICAgIGlmIChjb25maWcuZGVwYXJ0bWVudEtleSAhPT0gbnVsbCkge1xuICAgICAgICBjb25zdCBkID0gZ2V0KGNvbmZpZy5kZXBhcnRtZW50S2V5KTtcbiAgICAgICAgaWYgKGQgIT09IFwiXCIgJiYgIW1pc3NpbmcuaGFzKGQpKSBkZXBhcnRtZW50ID0gYnVpbGRlci5kZXBhcnRtZW50cy5pbnRlcm4oZCk7XG4gICAgICB9XG4gICAgICAvLyBhbiBldmVudCB3aXRob3V0IGEgY3VzdG9tZXIgdGFrZXMgaXRzIGNhc2Unc1xuICAgICAgY29uc3QgY3VzdG9tZXJUZXh0ID0gY29uZmlnLmN1c3RvbWVyS2V5ID09PSBudWxsID8gXCJcIiA6IGdldChjb25maWcuY3VzdG9tZXJLZXkpO1xuICAgICAgY29uc3QgY3VzdG9tZXIgPSBjdXN0b21lclRleHQgPT09IFwiXCIgPyBOT19DVVNUT01FUiA6IGJ1aWxkZXIuY3VzdG9tZXJzLmludGVybihjdXN0b21lclRleHQpO1xuICAgICAgY29uc3QgbGlmZWN5Y2xlID0gZ2V0KExJRkVDWUNMRSkudG9Mb3dlckNhc2UoKTtcbiAgICAgIGNvbnN0IGJhc2UgPSBsaWZlY3ljbGUgPT09IFwic3RhcnRcIiB8fCBsaWZlY3ljbGUgPT09IFwiY29tcGxldGVcIiA/IHBhaXJpbmdLZXlzLm1hcChnZXQpLmpvaW4oXCJcXHUwMDAwXCIpIDogXCJcIjtcbiAgICAgIGlmIChsaWZlY3ljbGUgPT09IFwic3RhcnRcIikge1xuICAgICAgICBjb25zdCBxdWV1ZSA9IG9wZW4uZ2V0KGJhc2UpO1xuICAgICAgICBjb25zdCBzdGFydGVkID0geyB0aW1lLCBlOiBrZXB0Lmxlbmd0aCB9O1xuICAgICAgICBpZiAocXVldWUpIHF1ZXVlLnB1c2goc3RhcnRlZCk7XG4gICAgICAgIGVsc2Ugb3Blbi5zZXQoYmFzZSwgW3N0YXJ0ZWRdKTtcbiAgICAgICAga2VwdC5wdXNoKHsgZSwgYWN0aXZpdHksIGRlcGFydG1lbnQsIHRpbWUsIHN0YXJ0OiB0aW1lLCBjdXN0b21lciB9KTtcbiAgICAgICAgY29udGludWU7XG4gICAgICB9XG4gICAgICBsZXQgc3RhcnQgPSBOdW1iZXIuTmFOO1xuICAgICAgY29uc3QgcXVldWUgPSBsaWZlY3ljbGUgPT09IFwiY29tcGxldGVcIiA/IG9wZW4uZ2V0KGJhc2UpIDogdW5kZWZpbmVkO1xuICAgICAgaWYgKHF1ZXVlICE9PSB1bmRlZmluZWQgJiYgcXVldWUubGVuZ3RoID4gMCkge1xuICAgICAgICBjb25zdCBzdGFydGVkID0gcXVldWUuc2hpZnQoKSE7XG4gICAgICAgIHN0YXJ0ID0gc3RhcnRlZC50aW1lO1xuICAgICAgICBrZXB0W3N0YXJ0ZWQuZV0hLmUgPSAtMTsgLy8gcGFpcmVkOiBubyBldmVudCBvZiBpdHMgb3duXG4gICAgICB9XG4gICAgICBrZXB0LnB1c2goeyBlLCBhY3Rpdml0eSwgZGVwYXJ0bWVudCwgdGltZSwgc3RhcnQsIGN1c3RvbWVyIH0pO1xuICAgIH1cbiAgICBmb3IgKGNvbnN0IGsgb2Yga2VwdCkge1xuICAgICAgaWYgKGsuZSA+PSAwKSBidWlsZGVyLmFkZChjYXNlSW5kZXgsIGJ1aWxkZXIuYWN0aXZpdGllcy5pbnRlcm4oay5hY3Rpdml0eSksIGsuZGVwYXJ0bWVudCwgay50aW1lLCBrLnN0YXJ0LCBrLmN1c3RvbWVyKTtcbiAgICB9XG4gIH07XG5cbiAgcGFyc2VyLm9uKFwiZG9jdHlwZVwiLCAoKSA9PiB7XG4gICAgdGhyb3cgbmV3IEV2ZW50TG9nRXJyb3IoXG4gICAgICBcInhtbF9lbnRpdGllc1wiLFxuICAgICAgYGxpbmUgJHtwYXJzZXIubGluZX06IHRoZSBYRVMgZmlsZSBkZWNsYXJlcyBhIERPQ1RZUEU7IGh1a2thIHJlZnVzZXMgRE9DVFlQRXMgYmVjYXVzZSBlbnRpdHkgZXhwYW5zaW9uIGFuZCBleHRlcm5hbCBlbnRpdGllcyBhcmUgdW5zYWZlIChiaWxsaW9uIGxhdWdocywgWFhFKTogcmVtb3ZlIHRoZSBET0NUWVBFYCxcbiAgICAgIHsgbGluZTogcGFyc2VyLmxpbmUgfSxcbiAgICApO1xuICB9KTtcbiAgcGFyc2VyLm9uKFwiZXJyb3JcIiwgKGUpID0+IHtcbiAgICB0aHJvdyBuZXcgRXZlbnRMb2dFcnJvcihcInhtbF9lcnJvclwiLCBgbm90IHdlbGwtZm9ybWVkIFhNTDogJHtlLm1lc3NhZ2V9YCwgeyBsaW5lOiBwYXJzZXIubGluZSB9KTtcbiAgfSk7XG4gIGNvbnN0IG1pc3BsYWNlZCA9ICh3aGF0OiBzdHJpbmcpID0+XG4gICAgbmV3IEV2ZW50TG9nRXJyb3IoXG4gICAgICBcIm1pc3BsYWNlZF9ldmVudFwiLFxuICAgICAgYGxpbmUgJHtwYXJzZXIubGluZX06ICR7d2hhdH06IGh1a2thIHJlYWRzIHRoZSBldmVudHMgaW5zaWRlIGVhY2ggPHRyYWNlPiAodGhlIGNhc2UpIG9ubHk7IG1vdmUgaXQgaW50byB0aGUgPHRyYWNlPiBvZiBpdHMgY2FzZWAsXG4gICAgICB7IGxpbmU6IHBhcnNlci5saW5lIH0sXG4gICAgKTtcbiAgLyoqIFNldHMgYSB3YW50ZWQgYXR0cmlidXRlLCByZWZ1c2luZyBhIHNlY29uZCB2YWx1ZSBmb3IgdGhlIHNhbWUga2V5LiAqL1xuICBjb25zdCBzZXRPbmNlID0gKHZhbHVlczogTWFwPHN0cmluZywgc3RyaW5nPiwga2V5OiBzdHJpbmcsIHZhbHVlOiBzdHJpbmcsIHdoZXJlOiBzdHJpbmcpID0+IHtcbiAgICBjb25zdCBlYXJsaWVyID0gdmFsdWVzLmdldChrZXkpO1xuICAgIGlmIChlYXJsaWVyICE9PSB1bmRlZmluZWQpIHtcbiAgICAgIHRocm93IG5ldyBFdmVudExvZ0Vycm9yKFxuICAgICAgICBcImR1cGxpY2F0ZV9hdHRyaWJ1dGVcIixcbiAgICAgICAgYCR7d2hlcmV9OiB0aGUgYXR0cmlidXRlICR7cXVvdGVkKGtleSl9IGlzIGdpdmVuIHR3aWNlICgke3F1b3RlZChlYXJsaWVyKX0sIHRoZW4gJHtxdW90ZWQodmFsdWUpfSk6IGtlZXAgb25lLCBzbyB0aGF0IGl0IGlzIGNsZWFyIHdoaWNoIG9uZSB0byByZWFkYCxcbiAgICAgICAgeyBsaW5lOiBwYXJzZXIubGluZSB9LFxuICAgICAgKTtcbiAgICB9XG4gICAgdmFsdWVzLnNldChrZXksIHZhbHVlKTtcbiAgfTtcbiAgbGV0IG1hcmsgPSAwOyAvLyB3aGVyZSB0aGUgbGFzdCB0YWcgZW5kZWQsIGluIGNoYXJhY3RlcnNcbiAgcGFyc2VyLm9uKFwib3BlbnRhZ1wiLCAodGFnOiBTYXhlc1RhZ1BsYWluKSA9PiB7XG4gICAgbWFyayA9IHBhcnNlci5wb3NpdGlvbjtcbiAgICBpZiAodGFnLm5hbWUgPT09IFwiZXZlbnRcIiAmJiAoZGVwdGggIT09IDIgfHwgdHJhY2VWYWx1ZXMgPT09IG51bGwpKSB7XG4gICAgICB0aHJvdyBtaXNwbGFjZWQoZGVwdGggPT09IDEgPyBcImFuIDxldmVudD4gZGlyZWN0bHkgdW5kZXIgPGxvZz4sIG91dHNpZGUgYW55IDx0cmFjZT5cIiA6IGBhbiA8ZXZlbnQ+IGF0IGRlcHRoICR7ZGVwdGh9LCBub3QgZGlyZWN0bHkgaW4gYSA8dHJhY2U+YCk7XG4gICAgfVxuICAgIGlmICh0YWcubmFtZSA9PT0gXCJ0cmFjZVwiICYmIGRlcHRoID4gMSkgdGhyb3cgbWlzcGxhY2VkKFwiYSA8dHJhY2U+IGluc2lkZSBhIDx0cmFjZT5cIik7XG4gICAgaWYgKGRlcHRoID09PSAwKSB7XG4gICAgICBpZiAodGFnLm5hbWUgIT09IFwibG9nXCIpIHtcbiAgICAgICAgdGhyb3cgbmV3IEV2ZW50TG9nRXJyb3IoXCJub3RfeGVzXCIsIGB0aGUgWE1MIHJvb3QgZWxlbWVudCBpcyA8JHt0YWcubmFtZX0+LCBub3QgPGxvZz46IHRoaXMgaXMgbm90IGFuIFhFUyBldmVudCBsb2dgLCB7IGxpbmU6IHBhcnNlci5saW5lIH0pO1xuICAgICAgfVxuICAgICAgc2F3TG9nID0gdHJ1ZTtcbiAgICB9IGVsc2UgaWYgKGRlcHRoID09PSAxICYmIHRhZy5uYW1lID09PSBcInRyYWNlXCIpIHtcbiAgICAgIHRyYWNlQ291bnQrKztcbiAgICAgIHRyYWNlTGluZSA9IHBhcnNlci5saW5lO1xuICAgICAgdHJhY2VWYWx1ZXMgPSBuZXcgTWFwKCk7XG4gICAgICBldmVudHMgPSBbXTtcbiAgICB9IGVsc2UgaWYgKGRlcHRoID09PSAyICYmIHRyYWNlVmFsdWVzICE9PSBudWxsKSB7XG4gICAgICBpZiAodGFnLm5hbWUgPT09IFwiZXZlbnRcIikge1xuICAgICAgICBldmVudCA9IHsgdmFsdWVzOiBuZXcgTWFwKCksIGxpbmU6IHBhcnNlci5saW5lIH07XG4gICAgICAgIHNhd0V2ZW50ID0gdHJ1ZTtcbiAgICAgIH0gZWxzZSB7XG4gICAgICAgIGNvbnN0IGtleSA9IHRhZy5hdHRyaWJ1dGVzLmtleTtcbiAgICAgICAgaWYgKGtleSAhPT0gdW5kZWZpbmVkKSBzZWUoa2V5KTtcbiAgICAgICAgaWYgKGtleSAhPT0gdW5kZWZpbmVkICYmIHdhbnRlZC5oYXMoa2V5KSAmJiB0YWcuYXR0cmlidXRlcy52YWx1ZSAhPT0gdW5kZWZpbmVkKSB7XG4gICAgICAgICAgc2V0T25jZSh0cmFjZVZhbHVlcywga2V5LCB0YWcuYXR0cmlidXRlcy52YWx1ZSwgYHRyYWNlICR7dHJhY2VDb3VudH0gKGxpbmUgJHtwYXJzZXIubGluZX0pYCk7XG4gICAgICAgIH1cbiAgICAgIH1cbiAgICB9IGVsc2UgaWYgKGRlcHRoID09PSAzICYmIGV2ZW50ICE9PSBudWxsKSB7XG4gICAgICBjb25zdCBrZXkgPSB0YWcuYXR0cmlidXRlcy5rZXk7XG4gICAgICBpZiAoa2V5ICE9PSB1bmRlZmluZWQpIHNlZShrZXkpO1xuICAgICAgaWYgKGtleSAhPT0gdW5kZWZpbmVkICYmIHdhbnRlZC5oYXMoa2V5KSAmJiB0YWcuYXR0cmlidXRlcy52YWx1ZSAhPT0gdW5kZWZpbmVkKSB7XG4gICAgICAgIHNldE9uY2UoZXZlbnQudmFsdWVzLCBrZXksIHRhZy5hdHRyaWJ1dGVzLnZhbHVlLCBgdHJhY2UgJHt0cmFjZUNvdW50fSwgZXZlbnQgJHtldmVudHMubGVuZ3RoICsgMX0gKGxpbmUgJHtldmVudC5saW5lfSlgKTtcbiAgICAgIH1cbiAgICB9XG4gICAgZGVwdGgrKztcbiAgfSk7XG4gIHBhcnNlci5vbihcImNsb3NldGFnXCIsICh0YWcpID0+IHtcbiAgICBtYXJrID0gcGFyc2VyLnBvc2l0aW9uO1xuICAgIGRlcHRoLS07XG4gICAgaWYgKGRlcHRoID09PSAyICYmIGV2ZW50ICE9PSBudWxsICYmIHRhZy5uYW1lID09PSBcImV2ZW50XCIpIHtcbiAgICAgIGV2ZW50cy5wdXNoKGV2ZW50KTtcbiAgICAgIGV2ZW50ID0gbnVsbDtcbiAgICB9IGVsc2UgaWYgKGRlcHRoID09PSAxICYmIHRyYWNlVmFsdWVzICE9PSBudWxsICYmIHRhZy5uYW1lID09PSBcInRyYWNlXCIpIHtcbiAgICAgIGZsdXNoVHJhY2UoKTtcbiAgICAgIHRyYWNlVmFsdWVzID0gbnVsbDtcbiAgICAgIGV2ZW50cyA9IFtdO1xuICAgIH1cbiAgfSk7XG5cbiAgZm9yIGF3YWl0IChjb25zdCB0ZXh0IG9mIHRleHRzKSB7XG4gICAgdHJ5IHtcbiAgICAgIHBhcnNlci53cml0ZSh0ZXh0KTtcbiAgICB9IGNhdGNoIChlKSB7XG4gICAgICBpZiAoZSBpbnN0YW5jZW9mIFJhbmdlRXJyb3IpIHRocm93IHRvb0xvbmcoKTtcbiAgICAgIHRocm93IGU7XG4gICAgfVxuICAgIGlmIChwYXJzZXIucG9zaXRpb24gLSBtYXJrID4gTUFYX1NQQU5fQ0hBUlMpIHRocm93IHRvb0xvbmcoKTtcbiAgfVxuICBwYXJzZXIuY2xvc2UoKTtcbiAgaWYgKCFzYXdMb2cpIHRocm93IG5ldyBFdmVudExvZ0Vycm9yKFwiZW1wdHlfbG9nXCIsIFwidGhlIGxvZyBpcyBlbXB0eTogZXhwZWN0ZWQgYW4gWEVTIDxsb2c+IGVsZW1lbnRcIik7XG4gIGlmIChzYXdFdmVudCkge1xuICAgIGZvciAoY29uc3QgW2tleSwgd2hhdF0gb2YgbWFwcGVkKSBpZiAoIXNlZW5LZXlzLmhhcyhrZXkpKSB0aHJvdyB1bmtub3duQXR0cmlidXRlKGtleSwgd2hhdCwgWy4uLnNlZW5LZXlzXSk7XG4gIH1cbn1cblxuLyoqIEEgbWFwcGVkIGF0dHJpYnV0ZSBubyB0cmFjZSBvciBldmVudCBoYXM6IHRoZSBhdHRyaWJ1dGVzIHRoZSBsb2cgaGFzLCB0aGUgY2xvc2VzdCBmaXJzdC4gKi9cbmZ1bmN0aW9uIHVua25vd25BdHRyaWJ1dGUoa2V5OiBzdHJpbmcsIHdoYXQ6IHN0cmluZywga2V5czogc3RyaW5nW10pOiBFdmVudExvZ0Vycm9yIHtcbiAgY29uc3QgeyBvcmRlcmVkLCBzdWdnZXN0ZWQgfSA9IGNsb3Nlc3ROYW1lcyhrZXksIGtleXMpO1xuICBjb25zdCBoaW50ID0gZGlkWW91TWVhbihzdWdnZXN0ZWQsIHF1b3RlZCk7XG4gIHJldHVybiBuZXcgRXZlbnRMb2dFcnJvcihcbiAgICBcInVua25vd25fYXR0cmlidXRlXCIsXG4gICAgYG5vIHRyYWNlIG9yIGV2ZW50IG9mIHRoZSBsb2cgaGFzIHRoZSBhdHRyaWJ1dGUgJHtxdW90ZWQoa2V5KX0gbmFtZWQgZm9yICR7d2hhdH0ke2hpbnQgPyBgOiAke2hpbnR9YCA6IFwiXCJ9IChhdHRyaWJ1dGVzJHtoaW50ID8gXCIsIGNsb3Nlc3QgZmlyc3RcIiA6IFwiXCJ9OiAke2tleXMubGVuZ3RoID09PSAwID8gXCJub25lXCIgOiBleGNlcnB0TGlzdChoaW50ID8gb3JkZXJlZCA6IGtleXMpfSk6IG5hbWUgb25lIG9mIHRoZXNlYCxcbiAgKTtcbn1cbiIsICJjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZGlybmFtZSA9IFwiL3dvcmsvd3QvcmVhZGVyL3NyYy9sb2dzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay93dC9yZWFkZXIvc3JjL2xvZ3MvcmVmdXNlLWVuZ2luZS1maWxlcy50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay93dC9yZWFkZXIvc3JjL2xvZ3MvcmVmdXNlLWVuZ2luZS1maWxlcy50c1wiO2ltcG9ydCB7IEV2ZW50TG9nRXJyb3IgfSBmcm9tIFwiLi9ldmVudC1sb2ctZXJyb3IuanNcIjtcblxuLyoqIEJ5dGVzIGVub3VnaCB0byBzZWUgYSBmaWxlJ3MgbWFnaWMgbnVtYmVyOiBQYXJxdWV0J3MgYXQgMCwgRHVja0RCJ3MgYXQgOC4gKi9cbmNvbnN0IE1BR0lDX0JZVEVTID0gMTI7XG5jb25zdCBhc2NpaSA9IChieXRlczogVWludDhBcnJheSwgZnJvbTogbnVtYmVyKSA9PiBTdHJpbmcuZnJvbUNoYXJDb2RlKC4uLmJ5dGVzLnN1YmFycmF5KGZyb20sIGZyb20gKyA0KSk7XG5cbi8qKlxuICogSGFuZHMgb24gdGhlIGJ5dGVzIG9mIGEgbG9nLCBmaXJzdCByZWZ1c2luZyBhIFBhcnF1ZXQgZmlsZSAoYFBBUjFgIGF0IHRoZSBzdGFydCkgb3IgYSBEdWNrREJcbiAqIGRhdGFiYXNlIChgRFVDS2AgYXQgYnl0ZSA4KTogbmVpdGhlciBpcyB0ZXh0LCBhbmQgcmVhZCBhcyB0ZXh0IGVpdGhlciB3b3VsZCBiZSBjYWxsZWQgXCJub3RcbiAqIHZhbGlkIFVURi04XCIgd2l0aCB0aGUgd3JvbmcgZml4LiBUaGUgZXJyb3IgKGBuZWVkc19kdWNrZGJgKSBzYXlzIHRvIHJlYWQgaXQgdGhyb3VnaCBEdWNrREIuXG4gKlxuICogQGV4YW1wbGVcbiAqIGZvciBhd2FpdCAoY29uc3QgY2h1bmsgb2YgcmVmdXNlRW5naW5lRmlsZXMoYnl0ZXMpKSBjaHVuazsgLy8gdGhyb3dzIG9uIGEgUGFycXVldCBmaWxlXG4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiogcmVmdXNlRW5naW5lRmlsZXMoY2h1bmtzOiBBc3luY0l0ZXJhYmxlPFVpbnQ4QXJyYXk+KTogQXN5bmNHZW5lcmF0b3I8VWludDhBcnJheT4ge1xuICBjb25zdCBpdGVyYXRvciA9IGNodW5rc1tTeW1ib2wuYXN5bmNJdGVyYXRvcl0oKTtcbiAgY29uc3Qgc2VlbjogVWludDhBcnJheVtdID0gW107XG4gIGxldCBsZW5ndGggPSAwO1xuICB3aGlsZSAobGVuZ3RoIDwgTUFHSUNfQllURVMpIHtcbiAgICBjb25zdCBuZXh0ID0gYXdhaXQgaXRlcmF0b3IubmV4dCgpO1xuICAgIGlmIChuZXh0LmRvbmUpIGJyZWFrO1xuICAgIHNlZW4ucHVzaChuZXh0LnZhbHVlKTtcbiAgICBsZW5ndGggKz0gbmV4dC52YWx1ZS5sZW5ndGg7XG4gIH1cbiAgY29uc3QgaGVhZCA9IG5ldyBVaW50OEFycmF5KE1hdGgubWluKGxlbmd0aCwgTUFHSUNfQllURVMpKTtcbiAgbGV0IGF0ID0gMDtcbiAgZm9yIChjb25zdCBjaHVuayBvZiBzZWVuKSB7XG4gICAgaWYgKGF0ID49IGhlYWQubGVuZ3RoKSBicmVhaztcbiAgICBjb25zdCBwYXJ0ID0gY2h1bmsuc3ViYXJyYXkoMCwgaGVhZC5sZW5ndGggLSBhdCk7XG4gICAgaGVhZC5zZXQocGFydCwgYXQpO1xuICAgIGF0ICs9IHBhcnQubGVuZ3RoO1xuICB9XG4gIGNvbnN0IGtpbmQgPSBoZWFkLmxlbmd0aCA+PSA0ICYmIGFzY2lpKGhlYWQsIDApID09PSBcIlBBUjFcIiA/IFwiYSBQYXJxdWV0IGZpbGVcIiA6IGhlYWQubGVuZ3RoID49IDEyICYmIGFzY2lpKGhlYWQsIDgpID09PSBcIkRVQ0tcIiA/IFwiYSBEdWNrREIgZGF0YWJhc2VcIiA6IG51bGw7XG4gIGlmIChraW5kICE9PSBudWxsKSB0aHJvdyBuZXcgRXZlbnRMb2dFcnJvcihcIm5lZWRzX2R1Y2tkYlwiLCBgdGhpcyBpcyAke2tpbmR9LCBub3QgYSBDU1Ygb3IgWEVTIGxvZ2AsIHt9LCBbXCJlbmdpbmVfZHVja2RiXCJdKTtcbiAgeWllbGQqIHNlZW47XG4gIGZvciAobGV0IG5leHQgPSBhd2FpdCBpdGVyYXRvci5uZXh0KCk7ICFuZXh0LmRvbmU7IG5leHQgPSBhd2FpdCBpdGVyYXRvci5uZXh0KCkpIHlpZWxkIG5leHQudmFsdWU7XG59XG4iLCAiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL3d0L3JlYWRlci9zcmMvbG9nc1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvd3QvcmVhZGVyL3NyYy9sb2dzL3RpbWVzdGFtcC1wYXJzZXIudHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfaW1wb3J0X21ldGFfdXJsID0gXCJmaWxlOi8vL3dvcmsvd3QvcmVhZGVyL3NyYy9sb2dzL3RpbWVzdGFtcC1wYXJzZXIudHNcIjsvKipcbiAqIFJlYWRzIGEgdGltZXN0YW1wOiBtaWxsaXNlY29uZHMgc2luY2UgMTk3MC0wMS0wMVQwMDowMDowMFosIG9yIGBOYU5gIHdoZW4gdGhlIHRleHQgaXMgbm90IG9uZS5cbiAqXG4gKiBAZXhhbXBsZVxuICogYXdhaXQgcmVhZEV2ZW50TG9nKHN0cmVhbSwgbWFwcGluZywgeyB0aW1lc3RhbXBGb3JtYXQ6ICh0ZXh0KSA9PiBEYXRlLnBhcnNlKHRleHQucmVwbGFjZShcIiBcIiwgXCJUXCIpKSB9KTtcbiAqL1xuZXhwb3J0IHR5cGUgVGltZXN0YW1wUGFyc2VyID0gKHRleHQ6IHN0cmluZykgPT4gbnVtYmVyO1xuXG4vKiogVGhlIGRlZmF1bHQgcmVhZGVyIG9uIGEgcmFuZ2Ugb2YgYnl0ZXMgKGBpc29UaW1lc3RhbXBCeXRlc2ApOiBob3cgdGhlIENTViByZWFkZXIgcmVhZHMgYSB0aW1lc3RhbXAgd2hlcmUgaXQgbGllcy4gKi9cbmV4cG9ydCB0eXBlIFRpbWVzdGFtcEJ5dGVzUGFyc2VyID0gKGJ5dGVzOiBVaW50OEFycmF5LCBzdGFydDogbnVtYmVyLCBlbmQ6IG51bWJlcikgPT4gbnVtYmVyO1xuXG5jb25zdCBESUdJVF8wID0gNDg7XG5jb25zdCBbSFlQSEVOLCBTTEFTSCwgQ09MT04sIERPVCwgQ09NTUEsIFNQQUNFLCBULCBQTFVTLCBaLCBaX0xPV0VSXSA9IFs0NSwgNDcsIDU4LCA0NiwgNDQsIDMyLCA4NCwgNDMsIDkwLCAxMjJdO1xuXG4vKiogVHdvIGRpZ2l0cyBhdCBgaWAgYXMgYSBudW1iZXIsIG9yIC0xLiAqL1xuZnVuY3Rpb24gZGlnaXRzMih0OiBVaW50OEFycmF5LCBpOiBudW1iZXIpOiBudW1iZXIge1xuICBjb25zdCBhID0gdFtpXSEgLSBESUdJVF8wO1xuICBjb25zdCBiID0gdFtpICsgMV0hIC0gRElHSVRfMDtcbiAgcmV0dXJuIGEgPj0gMCAmJiBhIDw9IDkgJiYgYiA+PSAwICYmIGIgPD0gOSA/IGEgKiAxMCArIGIgOiAtMTtcbn1cblxuLyoqIEZvdXIgZGlnaXRzIGF0IGBpYCBhcyBhIG51bWJlciwgb3IgLTEuICovXG5mdW5jdGlvbiBkaWdpdHM0KHQ6IFVpbnQ4QXJyYXksIGk6IG51bWJlcik6IG51bWJlciB7XG4gIGNvbnN0IGEgPSBkaWdpdHMyKHQsIGkpO1xuICBjb25zdCBiID0gZGlnaXRzMih0LCBpICsgMik7XG4gIHJldHVybiBhID49IDAgJiYgYiA+PSAwID8gYSAqIDEwMCArIGIgOiAtMTtcbn1cbmNvbnN0IE1TX1BFUl9EQVkgPSA4Nl80MDBfMDAwO1xuXG4vKiogRGF5cyBmcm9tIDE5NzAtMDEtMDEgdG8gYSBwcm9sZXB0aWMgR3JlZ29yaWFuIGRhdGUgKEguIEhpbm5hbnQsIGBkYXlzX2Zyb21fY2l2aWxgKS4gKi9cbmZ1bmN0aW9uIGRheXNGcm9tQ2l2aWwoeWVhcjogbnVtYmVyLCBtb250aDogbnVtYmVyLCBkYXk6IG51bWJlcik6IG51bWJlciB7XG4gIGNvbnN0IHkgPSBtb250aCA8PSAyID8geWVhciAtIDEgOiB5ZWFyO1xuICBjb25zdCBlcmEgPSBNYXRoLmZsb29yKHkgLyA0MDApO1xuICBjb25zdCB5b2UgPSB5IC0gZXJhICogNDAwO1xuICBjb25zdCBkb3kgPSBNYXRoLmZsb29yKCgxNTMgKiAobW9udGggKyAobW9udGggPiAyID8gLTMgOiA5KSkgKyAyKSAvIDUpICsgZGF5IC0gMTtcbiAgcmV0dXJuIGVyYSAqIDE0Nl8wOTcgKyB5b2UgKiAzNjUgKyBNYXRoLmZsb29yKHlvZSAvIDQpIC0gTWF0aC5mbG9vcih5b2UgLyAxMDApICsgZG95IC0gNzE5XzQ2ODtcbn1cblxuZnVuY3Rpb24gZGF5c0luTW9udGgoeWVhcjogbnVtYmVyLCBtb250aDogbnVtYmVyKTogbnVtYmVyIHtcbiAgaWYgKG1vbnRoID09PSAyKSByZXR1cm4geWVhciAlIDQgPT09IDAgJiYgKHllYXIgJSAxMDAgIT09IDAgfHwgeWVhciAlIDQwMCA9PT0gMCkgPyAyOSA6IDI4O1xuICByZXR1cm4gbW9udGggPT09IDQgfHwgbW9udGggPT09IDYgfHwgbW9udGggPT09IDkgfHwgbW9udGggPT09IDExID8gMzAgOiAzMTtcbn1cblxuLyoqIE1pbGxpc2Vjb25kcyBvZiBhIHZhbGlkIGRhdGUgYW5kIHRpbWUsIG9yIE5hTjsgYG9mZnNldGAgaW4gbWludXRlcyBlYXN0IG9mIFVUQy4gKi9cbi8qKiBUaGUgbGFzdCB2YWxpZCBkYXRlIHJlYWQgYW5kIGl0cyBkYXkgbnVtYmVyOiBldmVudHMgaW4gYSByb3cgbW9zdGx5IHNoYXJlIHRoZWlyIGRhdGUuICovXG5sZXQgbGFzdERhdGUgPSAtMTtcbmxldCBsYXN0RGF5cyA9IDA7XG5cbmZ1bmN0aW9uIHRvTXMoeTogbnVtYmVyLCBtbzogbnVtYmVyLCBkOiBudW1iZXIsIGg6IG51bWJlciwgbWk6IG51bWJlciwgczogbnVtYmVyLCBtczogbnVtYmVyLCBvZmZzZXQ6IG51bWJlcik6IG51bWJlciB7XG4gIC8vIEEgbGVhcCBzZWNvbmQgKDIzOjU5OjYwIFVUQzogc2Vjb25kIDYwIG9mIGEgbWludXRlIHRoYXQgaXMgbWludXRlIDU5IGluIFVUQywgMDU6Mjk6NjArMDU6MzBcbiAgLy8gdG9vKSBpcyByZWFkIGFzIHRoZSBuZXh0IHNlY29uZDogdGltZSBzaW5jZSAxOTcwIGNvdW50cyBubyBsZWFwIHNlY29uZHMsIGFzIFBPU0lYIHRpbWUgYW5kIERhdGUuXG4gIGlmIChoID4gMjMgfHwgbWkgPiA1OSB8fCBzID4gNjAgfHwgKHMgPT09IDYwICYmICgoKGggKiA2MCArIG1pIC0gb2Zmc2V0KSAlIDYwKSArIDYwKSAlIDYwICE9PSA1OSkpIHJldHVybiBOYU47XG4gIGNvbnN0IGRhdGUgPSB5ICogMTBfMDAwICsgbW8gKiAxMDAgKyBkOyAvLyBvbmUgbnVtYmVyIHBlciBkYXRlOiBtb250aCBhbmQgZGF5IGFyZSByZWFkIGFzIGF0IG1vc3QgMiBkaWdpdHNcbiAgaWYgKGRhdGUgIT09IGxhc3REYXRlKSB7XG4gICAgaWYgKG1vIDwgMSB8fCBtbyA+IDEyIHx8IGQgPCAxIHx8IGQgPiBkYXlzSW5Nb250aCh5LCBtbykpIHJldHVybiBOYU47XG4gICAgbGFzdERheXMgPSBkYXlzRnJvbUNpdmlsKHksIG1vLCBkKTtcbiAgICBsYXN0RGF0ZSA9IGRhdGU7XG4gIH1cbiAgcmV0dXJuIGxhc3REYXlzICogTVNfUEVSX0RBWSArICgoaCAqIDYwICsgbWkgLSBvZmZzZXQpICogNjAgKyBzKSAqIDEwMDAgKyBtcztcbn1cblxuLyoqIEEgY3Vyc29yIG92ZXIgdGhlIHRleHQsIHJlYWRpbmcgZGlnaXRzIHdpdGhvdXQgYWxsb2NhdGluZy4gKi9cbmNsYXNzIFJlYWRlciB7XG4gIGkgPSAwO1xuICBjb25zdHJ1Y3RvcihyZWFkb25seSB0ZXh0OiBzdHJpbmcpIHt9XG4gIC8qKiBFeGFjdGx5IGBuYCBkaWdpdHMsIG9yIC0xLiAqL1xuICBkaWdpdHMobjogbnVtYmVyKTogbnVtYmVyIHtcbiAgICBsZXQgdiA9IDA7XG4gICAgZm9yIChsZXQgayA9IDA7IGsgPCBuOyBrKyspIHtcbiAgICAgIGNvbnN0IGMgPSB0aGlzLnRleHQuY2hhckNvZGVBdCh0aGlzLmkpIC0gRElHSVRfMDtcbiAgICAgIGlmICghKGMgPj0gMCAmJiBjIDw9IDkpKSByZXR1cm4gLTE7XG4gICAgICB2ID0gdiAqIDEwICsgYztcbiAgICAgIHRoaXMuaSsrO1xuICAgIH1cbiAgICByZXR1cm4gdjtcbiAgfVxuICAvKiogQmV0d2VlbiBgbWluYCBhbmQgYG1heGAgZGlnaXRzLCBvciAtMS4gKi9cbiAgZGlnaXRzQmV0d2VlbihtaW46IG51bWJlciwgbWF4OiBudW1iZXIpOiBudW1iZXIge1xuICAgIGxldCB2ID0gMDtcbiAgICBsZXQgayA9IDA7XG4gICAgZm9yICg7IGsgPCBtYXg7IGsrKykge1xuICAgICAgY29uc3QgYyA9IHRoaXMudGV4dC5jaGFyQ29kZUF0KHRoaXMuaSkgLSBESUdJVF8wO1xuICAgICAgaWYgKCEoYyA+PSAwICYmIGMgPD0gOSkpIGJyZWFrO1xuICAgICAgdiA9IHYgKiAxMCArIGM7XG4gICAgICB0aGlzLmkrKztcbiAgICB9XG4gICAgcmV0dXJuIGsgPCBtaW4gPyAtMSA6IHY7XG4gIH1cbiAgLyoqIEEgZGVjaW1hbCBmcmFjdGlvbiBvZiBhIHNlY29uZCBpbiBtaWxsaXNlY29uZHMgKGF0IGxlYXN0IG9uZSBkaWdpdCksIG9yIC0xLiAqL1xuICBmcmFjdGlvbigpOiBudW1iZXIge1xuICAgIGxldCBtcyA9IDA7XG4gICAgbGV0IHNjYWxlID0gMTAwO1xuICAgIGNvbnN0IHN0YXJ0ID0gdGhpcy5pO1xuICAgIGZvciAoOzspIHtcbiAgICAgIGNvbnN0IGMgPSB0aGlzLnRleHQuY2hhckNvZGVBdCh0aGlzLmkpIC0gRElHSVRfMDtcbiAgICAgIGlmICghKGMgPj0gMCAmJiBjIDw9IDkpKSBicmVhaztcbiAgICAgIG1zICs9IGMgKiBzY2FsZTtcbiAgICAgIHNjYWxlIC89IDEwO1xuICAgICAgdGhpcy5pKys7XG4gICAgfVxuICAgIHJldHVybiB0aGlzLmkgPT09IHN0YXJ0ID8gLTEgOiBtcztcbiAgfVxuICBpcyhjaGFyOiBzdHJpbmcpOiBib29sZWFuIHtcbiAgICBpZiAodGhpcy50ZXh0W3RoaXMuaV0gIT09IGNoYXIpIHJldHVybiBmYWxzZTtcbiAgICB0aGlzLmkrKztcbiAgICByZXR1cm4gdHJ1ZTtcbiAgfVxuICAvKiogYFpgLCBgXHUwMEIxaGg6bW1gLCBgXHUwMEIxaGhtbWAgb3IgYFx1MDBCMWhoYCBpbiBtaW51dGVzIGVhc3Qgb2YgVVRDOyBgbnVsbGAgd2hlbiB0aGVyZSBpcyBub25lOyBOYU4gd2hlbiBtYWxmb3JtZWQuICovXG4gIG9mZnNldCgpOiBudW1iZXIgfCBudWxsIHtcbiAgICBjb25zdCBjID0gdGhpcy50ZXh0W3RoaXMuaV07XG4gICAgaWYgKGMgPT09IFwiWlwiIHx8IGMgPT09IFwielwiKSB7XG4gICAgICB0aGlzLmkrKztcbiAgICAgIHJldHVybiAwO1xuICAgIH1cbiAgICBpZiAoYyAhPT0gXCIrXCIgJiYgYyAhPT0gXCItXCIpIHJldHVybiBudWxsO1xuICAgIHRoaXMuaSsrO1xuICAgIGNvbnN0IGggPSB0aGlzLmRpZ2l0cygyKTtcbiAgICBpZiAoaCA8IDApIHJldHVybiBOYU47XG4gICAgdGhpcy5pcyhcIjpcIik7XG4gICAgY29uc3QgbSA9IHRoaXMuaSA8IHRoaXMudGV4dC5sZW5ndGggPyB0aGlzLmRpZ2l0cygyKSA6IDA7XG4gICAgaWYgKG0gPCAwIHx8IGggPiAyMyB8fCBtID4gNTkpIHJldHVybiBOYU47XG4gICAgcmV0dXJuIChjID09PSBcIi1cIiA/IC0xIDogMSkgKiAoaCAqIDYwICsgbSk7XG4gIH1cbiAgZ2V0IGRvbmUoKTogYm9vbGVhbiB7XG4gICAgcmV0dXJuIHRoaXMuaSA9PT0gdGhpcy50ZXh0Lmxlbmd0aDtcbiAgfVxufVxuXG4vKipcbiAqIFRoZSBkZWZhdWx0IHRpbWVzdGFtcCByZWFkZXI6IElTTyA4NjAxIChgMjAxMS0xMC0xMVQxMzo0NTo0MC4yNzYrMDI6MDBgLCB3aXRoIGBUYCBvciBhIHNwYWNlLFxuICogc2Vjb25kcyBhbmQgZnJhY3Rpb24gb3B0aW9uYWwsIG9mZnNldCBgWmAsIGBcdTAwQjFoaDptbWAsIGBcdTAwQjFoaG1tYCBvciBgXHUwMEIxaGhgIG9wdGlvbmFsLCBvciBhIGRhdGVcbiAqIGFsb25lKSBhbmQgYFlZWVkvTU0vREQgaGg6bW06c3MoLnNzcylgLiBBIHRpbWUgd2l0aG91dCBhbiBvZmZzZXQgaXMgcmVhZCBhcyBVVEMsIHNvIHJlc3VsdHNcbiAqIG5ldmVyIGRlcGVuZCBvbiB0aGUgbWFjaGluZSdzIHRpbWUgem9uZS5cbiAqL1xuZnVuY3Rpb24gcmVhZERlZmF1bHQodGV4dDogc3RyaW5nKTogbnVtYmVyIHtcbiAgbGV0IHQgPSB0ZXh0O1xuICBpZiAodC5jaGFyQ29kZUF0KDApIDw9IDMyIHx8IHQuY2hhckNvZGVBdCh0Lmxlbmd0aCAtIDEpIDw9IDMyKSB0ID0gdC50cmltKCk7XG4gIHJldHVybiBpc29UaW1lc3RhbXBBdCh0LCAwLCB0Lmxlbmd0aCk7XG59XG5cbi8qKiBSb29tIGZvciB0aGUgY2hhcmFjdGVycyBvZiBhIHRpbWVzdGFtcCByZWFkIGZyb20gYSBzdHJpbmcgKHNlZSBgaXNvVGltZXN0YW1wQXRgKS4gKi9cbmxldCBzY3JhdGNoID0gbmV3IFVpbnQ4QXJyYXkoNjQpO1xuXG4vKipcbiAqIFRoZSBkZWZhdWx0IHJlYWRlciBvbiBgdGV4dFtzdGFydC4uZW5kKWA6IGl0cyBjaGFyYWN0ZXJzIGFyZSBjb3BpZWQgYXMgYnl0ZXMgKGEgY2hhcmFjdGVyXG4gKiBiZXlvbmQgTGF0aW4tMSBhcyAwLCB3aGljaCBubyB0aW1lc3RhbXAgaG9sZHMpIGFuZCByZWFkIGJ5IGBpc29UaW1lc3RhbXBCeXRlc2AsIHNvIHRoYXQgdGV4dFxuICogYW5kIGJ5dGVzIGFyZSByZWFkIGJ5IG9uZSBwYXJzZXIuXG4gKlxuICogQGV4YW1wbGVcbiAqIGlzb1RpbWVzdGFtcEF0KFwiYSwyMDE0LTEwLTIyIDExOjE1OjQxLGJcIiwgMiwgMjEpOyAvLyAxNDEzOTc2NTQxMDAwXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBpc29UaW1lc3RhbXBBdCh0OiBzdHJpbmcsIHN0YXJ0OiBudW1iZXIsIGVuZDogbnVtYmVyKTogbnVtYmVyIHtcbiAgY29uc3QgbiA9IGVuZCAtIHN0YXJ0O1xuICBpZiAobiA8IDEwKSByZXR1cm4gTmFOO1xuICBpZiAobiA+IHNjcmF0Y2gubGVuZ3RoKSBzY3JhdGNoID0gbmV3IFVpbnQ4QXJyYXkoMiAqIG4pO1xuICBmb3IgKGxldCBpID0gMDsgaSA8IG47IGkrKykge1xuICAgIGNvbnN0IGMgPSB0LmNoYXJDb2RlQXQoc3RhcnQgKyBpKTtcbiAgICBzY3JhdGNoW2ldID0gYyA8IDI1NiA/IGMgOiAwO1xuICB9XG4gIHJldHVybiBpc29UaW1lc3RhbXBCeXRlcyhzY3JhdGNoLCAwLCBuKTtcbn1cblxuLyoqXG4gKiBUaGUgZGVmYXVsdCByZWFkZXIgb24gdGhlIGJ5dGVzIGBiW3N0YXJ0Li5lbmQpYCAoQVNDSUksIGFzIGluIFVURi04IGFuZCBMYXRpbi0xKSwgcmVhZCB3aGVyZVxuICogdGhleSBsaWU6IHRoZSBDU1YgcmVhZGVyIGNhbGxzIGl0IG9uIGEgY2h1bmsgb2YgdGhlIGZpbGUgd2l0aG91dCBtYWtpbmcgYSBzdHJpbmcgcGVyIGV2ZW50LlxuICogU3RyYWlnaHQtbGluZSBhcml0aG1ldGljIG9uIGJ5dGUgdmFsdWVzLCBldmVyeSByZWFkIGtlcHQgYmVsb3cgYGVuZGAgKHRoZSBieXRlcyBnbyBvbiB3aXRoIHRoZVxuICogbmV4dCBmaWVsZHMpLiBTdXJyb3VuZGluZyBibGFua3MgYXJlIG5vdCB0cmltbWVkIGhlcmU6IHRoZSBjYWxsZXIgcGFzc2VzIHRyaW1tZWQgcmFuZ2VzIG9yXG4gKiB1c2VzIGB0aW1lc3RhbXBQYXJzZXIoKWAuXG4gKlxuICogQGV4YW1wbGVcbiAqIGlzb1RpbWVzdGFtcEJ5dGVzKG5ldyBUZXh0RW5jb2RlcigpLmVuY29kZShcImEsMjAxNC0xMC0yMiAxMToxNTo0MSxiXCIpLCAyLCAyMSk7IC8vIDE0MTM5NzY1NDEwMDBcbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGlzb1RpbWVzdGFtcEJ5dGVzKHQ6IFVpbnQ4QXJyYXksIHN0YXJ0OiBudW1iZXIsIGVuZDogbnVtYmVyKTogbnVtYmVyIHtcbiAgY29uc3QgbiA9IGVuZCAtIHN0YXJ0O1xuICBpZiAobiA8IDEwKSByZXR1cm4gTmFOO1xuICBjb25zdCB5ID0gZGlnaXRzNCh0LCBzdGFydCk7XG4gIGNvbnN0IHNlcCA9IHRbc3RhcnQgKyA0XTtcbiAgaWYgKHkgPCAwIHx8IChzZXAgIT09IEhZUEhFTiAmJiBzZXAgIT09IFNMQVNIKSB8fCB0W3N0YXJ0ICsgN10gIT09IHNlcCkgcmV0dXJuIE5hTjtcbiAgY29uc3QgbW8gPSBkaWdpdHMyKHQsIHN0YXJ0ICsgNSk7XG4gIGNvbnN0IGQgPSBkaWdpdHMyKHQsIHN0YXJ0ICsgOCk7XG4gIGlmIChtbyA8IDAgfHwgZCA8IDApIHJldHVybiBOYU47XG4gIGlmIChuID09PSAxMCkgcmV0dXJuIHRvTXMoeSwgbW8sIGQsIDAsIDAsIDAsIDAsIDApO1xuICBjb25zdCB0ZWUgPSB0W3N0YXJ0ICsgMTBdO1xuICBpZiAobiA8IDE2IHx8ICh0ZWUgIT09IFQgJiYgdGVlICE9PSBTUEFDRSkgfHwgdFtzdGFydCArIDEzXSAhPT0gQ09MT04pIHJldHVybiBOYU47XG4gIGNvbnN0IGggPSBkaWdpdHMyKHQsIHN0YXJ0ICsgMTEpO1xuICBjb25zdCBtaSA9IGRpZ2l0czIodCwgc3RhcnQgKyAxNCk7XG4gIGlmIChoIDwgMCB8fCBtaSA8IDApIHJldHVybiBOYU47XG4gIGxldCBpID0gc3RhcnQgKyAxNjtcbiAgbGV0IHMgPSAwO1xuICBsZXQgbXMgPSAwO1xuICBpZiAoaSA8IGVuZCAmJiB0W2ldID09PSBDT0xPTikge1xuICAgIGlmIChuIDwgMTkpIHJldHVybiBOYU47XG4gICAgcyA9IGRpZ2l0czIodCwgc3RhcnQgKyAxNyk7XG4gICAgaWYgKHMgPCAwKSByZXR1cm4gTmFOO1xuICAgIGkgPSBzdGFydCArIDE5O1xuICAgIGNvbnN0IGRvdCA9IGkgPCBlbmQgPyB0W2ldIDogMDtcbiAgICBpZiAoZG90ID09PSBET1QgfHwgZG90ID09PSBDT01NQSkge1xuICAgICAgbGV0IHNjYWxlID0gMTAwO1xuICAgICAgY29uc3QgZnJvbSA9ICsraTtcbiAgICAgIGZvciAobGV0IGMgPSB0W2ldISAtIERJR0lUXzA7IGkgPCBlbmQgJiYgYyA+PSAwICYmIGMgPD0gOTsgYyA9IHRbKytpXSEgLSBESUdJVF8wKSB7XG4gICAgICAgIG1zICs9IGMgKiBzY2FsZTtcbiAgICAgICAgc2NhbGUgLz0gMTA7XG4gICAgICB9XG4gICAgICBpZiAoaSA9PT0gZnJvbSkgcmV0dXJuIE5hTjtcbiAgICB9XG4gIH1cbiAgaWYgKGkgPT09IGVuZCkgcmV0dXJuIHRvTXMoeSwgbW8sIGQsIGgsIG1pLCBzLCBtcywgMCk7XG4gIGNvbnN0IG9mZnNldCA9IG9mZnNldEF0KHQsIGksIGVuZCk7XG4gIHJldHVybiBOdW1iZXIuaXNOYU4ob2Zmc2V0KSA/IE5hTiA6IHRvTXMoeSwgbW8sIGQsIGgsIG1pLCBzLCBtcywgb2Zmc2V0KTtcbn1cblxuLyoqIFRoZSBvZmZzZXQgdGhhdCBlbmRzIHRoZSBieXRlcyBhdCBgaWAgKGJlZm9yZSBgZW5kYCk6IGBaYCwgYFx1MDBCMWhoOm1tYCwgYFx1MDBCMWhobW1gIG9yIGBcdTAwQjFoaGAsIGluIG1pbnV0ZXMgZWFzdCBvZiBVVEM7IE5hTiBvdGhlcndpc2UuICovXG5mdW5jdGlvbiBvZmZzZXRBdCh0OiBVaW50OEFycmF5LCBpOiBudW1iZXIsIGVuZDogbnVtYmVyKTogbnVtYmVyIHtcbiAgY29uc3QgYyA9IHRbaV07XG4gIGlmIChjID09PSBaIHx8IGMgPT09IFpfTE9XRVIpIHJldHVybiBpICsgMSA9PT0gZW5kID8gMCA6IE5hTjtcbiAgaWYgKChjICE9PSBQTFVTICYmIGMgIT09IEhZUEhFTikgfHwgaSArIDMgPiBlbmQpIHJldHVybiBOYU47XG4gIGNvbnN0IGggPSBkaWdpdHMyKHQsIGkgKyAxKTtcbiAgbGV0IGF0ID0gaSArIDM7XG4gIGNvbnN0IGNvbG9uID0gYXQgPCBlbmQgJiYgdFthdF0gPT09IENPTE9OO1xuICBpZiAoY29sb24pIGF0Kys7XG4gIGNvbnN0IG0gPSBhdCA9PT0gZW5kICYmICFjb2xvbiA/IDAgOiBhdCArIDIgPD0gZW5kID8gZGlnaXRzMih0LCBhdCkgOiAtMTtcbiAgaWYgKGggPCAwIHx8IGggPiAyMyB8fCBtIDwgMCB8fCBtID4gNTkgfHwgKGF0ICE9PSBlbmQgJiYgYXQgKyAyICE9PSBlbmQpKSByZXR1cm4gTmFOO1xuICByZXR1cm4gKGMgPT09IEhZUEhFTiA/IC0xIDogMSkgKiAoaCAqIDYwICsgbSk7XG59XG5cbnR5cGUgVG9rZW4gPSB7IGZpZWxkOiBcIllcIiB8IFwiTVwiIHwgXCJEXCIgfCBcIkhcIiB8IFwibVwiIHwgXCJzXCI7IG1pbjogbnVtYmVyOyBtYXg6IG51bWJlciB9IHwgeyBmaWVsZDogXCJTXCIgfCBcIlpcIiB9IHwgeyBsaXRlcmFsOiBzdHJpbmcgfTtcblxuY29uc3QgUEFUVEVSTl9UT0tFTlM6IFtzdHJpbmcsIFRva2VuXVtdID0gW1xuICBbXCJZWVlZXCIsIHsgZmllbGQ6IFwiWVwiLCBtaW46IDQsIG1heDogNCB9XSxcbiAgW1wiTU1cIiwgeyBmaWVsZDogXCJNXCIsIG1pbjogMiwgbWF4OiAyIH1dLFxuICBbXCJNXCIsIHsgZmllbGQ6IFwiTVwiLCBtaW46IDEsIG1heDogMiB9XSxcbiAgW1wiRERcIiwgeyBmaWVsZDogXCJEXCIsIG1pbjogMiwgbWF4OiAyIH1dLFxuICBbXCJEXCIsIHsgZmllbGQ6IFwiRFwiLCBtaW46IDEsIG1heDogMiB9XSxcbiAgW1wiSEhcIiwgeyBmaWVsZDogXCJIXCIsIG1pbjogMiwgbWF4OiAyIH1dLFxuICBbXCJIXCIsIHsgZmllbGQ6IFwiSFwiLCBtaW46IDEsIG1heDogMiB9XSxcbiAgW1wibW1cIiwgeyBmaWVsZDogXCJtXCIsIG1pbjogMiwgbWF4OiAyIH1dLFxuICBbXCJzc1wiLCB7IGZpZWxkOiBcInNcIiwgbWluOiAyLCBtYXg6IDIgfV0sXG4gIFtcIlpcIiwgeyBmaWVsZDogXCJaXCIgfV0sXG5dO1xuXG5mdW5jdGlvbiBjb21waWxlUGF0dGVybihwYXR0ZXJuOiBzdHJpbmcpOiBUb2tlbltdIHtcbiAgY29uc3QgdG9rZW5zOiBUb2tlbltdID0gW107XG4gIGxldCBpID0gMDtcbiAgb3V0ZXI6IHdoaWxlIChpIDwgcGF0dGVybi5sZW5ndGgpIHtcbiAgICBpZiAocGF0dGVybltpXSA9PT0gXCJTXCIpIHtcbiAgICAgIHdoaWxlIChwYXR0ZXJuW2ldID09PSBcIlNcIikgaSsrO1xuICAgICAgdG9rZW5zLnB1c2goeyBmaWVsZDogXCJTXCIgfSk7XG4gICAgICBjb250aW51ZTtcbiAgICB9XG4gICAgZm9yIChjb25zdCBbdGV4dCwgdG9rZW5dIG9mIFBBVFRFUk5fVE9LRU5TKSB7XG4gICAgICBpZiAocGF0dGVybi5zdGFydHNXaXRoKHRleHQsIGkpKSB7XG4gICAgICAgIHRva2Vucy5wdXNoKHRva2VuKTtcbiAgICAgICAgaSArPSB0ZXh0Lmxlbmd0aDtcbiAgICAgICAgY29udGludWUgb3V0ZXI7XG4gICAgICB9XG4gICAgfVxuICAgIHRva2Vucy5wdXNoKHsgbGl0ZXJhbDogcGF0dGVybltpXSEgfSk7XG4gICAgaSsrO1xuICB9XG4gIGNvbnN0IGZpZWxkcyA9IG5ldyBTZXQodG9rZW5zLmZsYXRNYXAoKHQpID0+IChcImZpZWxkXCIgaW4gdCA/IFt0LmZpZWxkXSA6IFtdKSkpO1xuICBmb3IgKGNvbnN0IG5lZWRlZCBvZiBbXCJZXCIsIFwiTVwiLCBcIkRcIl0gYXMgY29uc3QpIHtcbiAgICBpZiAoIWZpZWxkcy5oYXMobmVlZGVkKSkgdGhyb3cgbmV3IEVycm9yKGB0aW1lc3RhbXAgZm9ybWF0IFwiJHtwYXR0ZXJufVwiIGhhcyBubyAke3sgWTogXCJZWVlZXCIsIE06IFwiTU1cIiwgRDogXCJERFwiIH1bbmVlZGVkXX1gKTtcbiAgfVxuICByZXR1cm4gdG9rZW5zO1xufVxuXG5mdW5jdGlvbiBwYXR0ZXJuUmVhZGVyKHBhdHRlcm46IHN0cmluZyk6IFRpbWVzdGFtcFBhcnNlciB7XG4gIGNvbnN0IHRva2VucyA9IGNvbXBpbGVQYXR0ZXJuKHBhdHRlcm4pO1xuICByZXR1cm4gKHRleHQpID0+IHtcbiAgICBjb25zdCByID0gbmV3IFJlYWRlcih0ZXh0LnRyaW0oKSk7XG4gICAgY29uc3QgdiA9IHsgWTogMCwgTTogMCwgRDogMCwgSDogMCwgbTogMCwgczogMCwgUzogMCwgWjogMCB9O1xuICAgIGZvciAoY29uc3QgdCBvZiB0b2tlbnMpIHtcbiAgICAgIGlmIChcImxpdGVyYWxcIiBpbiB0KSB7XG4gICAgICAgIGlmICghci5pcyh0LmxpdGVyYWwpKSByZXR1cm4gTmFOO1xuICAgICAgfSBlbHNlIGlmICh0LmZpZWxkID09PSBcIlNcIikge1xuICAgICAgICBpZiAoKHYuUyA9IHIuZnJhY3Rpb24oKSkgPCAwKSByZXR1cm4gTmFOO1xuICAgICAgfSBlbHNlIGlmICh0LmZpZWxkID09PSBcIlpcIikge1xuICAgICAgICBjb25zdCBvZmZzZXQgPSByLm9mZnNldCgpO1xuICAgICAgICBpZiAob2Zmc2V0ID09PSBudWxsIHx8IE51bWJlci5pc05hTihvZmZzZXQpKSByZXR1cm4gTmFOO1xuICAgICAgICB2LlogPSBvZmZzZXQ7XG4gICAgICB9IGVsc2UgaWYgKFwibWluXCIgaW4gdCAmJiAodlt0LmZpZWxkXSA9IHIuZGlnaXRzQmV0d2Vlbih0Lm1pbiwgdC5tYXgpKSA8IDApIHJldHVybiBOYU47XG4gICAgfVxuICAgIHJldHVybiByLmRvbmUgPyB0b01zKHYuWSwgdi5NLCB2LkQsIHYuSCwgdi5tLCB2LnMsIHYuUywgdi5aKSA6IE5hTjtcbiAgfTtcbn1cblxuLyoqXG4gKiBBIHRpbWVzdGFtcCByZWFkZXIuIFdpdGhvdXQgYSBmb3JtYXQ6IElTTyA4NjAxIHdpdGggb3Igd2l0aG91dCBvZmZzZXQsIGFuZFxuICogYFlZWVkvTU0vREQgaGg6bW06c3MoLnNzcylgOyBhIHRpbWUgd2l0aG91dCBhbiBvZmZzZXQgaXMgVVRDLiBBIHBhdHRlcm4gc3RyaW5nIHJlYWRzIG90aGVyXG4gKiBsYXlvdXRzOiBgWVlZWWAgeWVhciwgYE1NYC9gTWAgbW9udGgsIGBERGAvYERgIGRheSwgYEhIYC9gSGAgaG91ciAoMFx1MjAxMzIzKSwgYG1tYCBtaW51dGUsIGBzc2BcbiAqIHNlY29uZCwgYFNcdTIwMjZgIGEgZGVjaW1hbCBmcmFjdGlvbiBvZiBhIHNlY29uZCAoYW55IG51bWJlciBvZiBkaWdpdHMpLCBgWmAgYW4gb2Zmc2V0IChgWmAsXG4gKiBgXHUwMEIxaGg6bW1gLCBgXHUwMEIxaGhtbWApOyBldmVyeSBvdGhlciBjaGFyYWN0ZXIgbXVzdCBhcHBlYXIgYXMgd3JpdHRlbi4gQSBmdW5jdGlvbiBpcyB1c2VkIGFzIGlzLlxuICogSW52YWxpZCB0ZXh0LCBvciBhIGRhdGUgdGhhdCBkb2VzIG5vdCBleGlzdCAoRmVicnVhcnkgMzApLCByZWFkcyBhcyBgTmFOYC5cbiAqXG4gKiBAZXhhbXBsZVxuICogdGltZXN0YW1wUGFyc2VyKCkoXCIyMDE0LzEwLzIyIDExOjE1OjQxLjAwMFwiKTsgLy8gMTQxMzk3NjU0MTAwMFxuICogdGltZXN0YW1wUGFyc2VyKFwiREQuTU0uWVlZWSBISDptbVwiKShcIjIyLjEwLjIwMTQgMTE6MTVcIik7IC8vIDE0MTM5NzY1MDAwMDBcbiAqIHRpbWVzdGFtcFBhcnNlcigpKFwiMjAxMS0xMC0xMSAxMzo0NTo0MC4yNzYwMDArMDI6MDBcIik7IC8vIDEzMTgzMzM1NDAyNzZcbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHRpbWVzdGFtcFBhcnNlcihmb3JtYXQ/OiBzdHJpbmcgfCBUaW1lc3RhbXBQYXJzZXIpOiBUaW1lc3RhbXBQYXJzZXIge1xuICBpZiAodHlwZW9mIGZvcm1hdCA9PT0gXCJmdW5jdGlvblwiKSByZXR1cm4gZm9ybWF0O1xuICBpZiAoZm9ybWF0ID09PSB1bmRlZmluZWQgfHwgZm9ybWF0ID09PSBcIlwiKSByZXR1cm4gcmVhZERlZmF1bHQ7XG4gIHJldHVybiBwYXR0ZXJuUmVhZGVyKGZvcm1hdCk7XG59XG4iLCAiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL3d0L3JlYWRlci9zcmMvbG9nc1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvd3QvcmVhZGVyL3NyYy9sb2dzL3V0ZjgtY2h1bmtzLnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL3d0L3JlYWRlci9zcmMvbG9ncy91dGY4LWNodW5rcy50c1wiOy8qKiBBIHN0cmluZyBpcyBlbmNvZGVkIHRoaXMgbWFueSBjaGFyYWN0ZXJzIGF0IGEgdGltZS4gKi9cbmNvbnN0IFNMSUNFID0gMSA8PCAyMDtcblxuLyoqXG4gKiBUaGUgVVRGLTggYnl0ZXMgb2YgYSB0ZXh0LCBpbiBjaHVua3M6IGEgc3RyaW5nIChjdXQgYmV0d2VlbiBjaGFyYWN0ZXJzLCBuZXZlciBpbnNpZGUgYVxuICogc3Vycm9nYXRlIHBhaXIpIG9yIHRleHQgY2h1bmtzIGRlY29kZWQgZnJvbSBhbm90aGVyIGVuY29kaW5nLiBUaGUgQ1NWIHJlYWRlciByZWFkcyBVVEYtOFxuICogYnl0ZXMgb25seTsgdGhpcyBpcyBob3cgYSBzdHJpbmcgc291cmNlIG9yIGEgTGF0aW4tMSBsb2cgcmVhY2hlcyBpdC5cbiAqXG4gKiBAZXhhbXBsZVxuICogZm9yIGF3YWl0IChjb25zdCBieXRlcyBvZiB1dGY4Q2h1bmtzKFwiY2FzZSxhY3Rpdml0eVxcblwiKSkgYnl0ZXM7IC8vIFVpbnQ4QXJyYXkoMTQpXG4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiogdXRmOENodW5rcyh0ZXh0OiBzdHJpbmcgfCBBc3luY0l0ZXJhYmxlPHN0cmluZz4pOiBBc3luY0dlbmVyYXRvcjxVaW50OEFycmF5PiB7XG4gIGNvbnN0IGVuY29kZXIgPSBuZXcgVGV4dEVuY29kZXIoKTtcbiAgaWYgKHR5cGVvZiB0ZXh0ICE9PSBcInN0cmluZ1wiKSB7XG4gICAgZm9yIGF3YWl0IChjb25zdCBjaHVuayBvZiB0ZXh0KSB5aWVsZCBlbmNvZGVyLmVuY29kZShjaHVuayk7XG4gICAgcmV0dXJuO1xuICB9XG4gIGZvciAobGV0IGkgPSAwOyBpIDwgdGV4dC5sZW5ndGg7ICkge1xuICAgIGxldCBlbmQgPSBNYXRoLm1pbihpICsgU0xJQ0UsIHRleHQubGVuZ3RoKTtcbiAgICBjb25zdCBsYXN0ID0gdGV4dC5jaGFyQ29kZUF0KGVuZCAtIDEpO1xuICAgIGlmIChlbmQgPCB0ZXh0Lmxlbmd0aCAmJiBsYXN0ID49IDB4ZDgwMCAmJiBsYXN0IDwgMHhkYzAwKSBlbmQtLTsgLy8ga2VlcCBhIHN1cnJvZ2F0ZSBwYWlyIHdob2xlXG4gICAgeWllbGQgZW5jb2Rlci5lbmNvZGUodGV4dC5zbGljZShpLCBlbmQpKTtcbiAgICBpID0gZW5kO1xuICB9XG59XG4iLCAiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL3d0L3JlYWRlci9zcmMvbG9nc1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvd3QvcmVhZGVyL3NyYy9sb2dzL3pvbmUtY2xvY2sudHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfaW1wb3J0X21ldGFfdXJsID0gXCJmaWxlOi8vL3dvcmsvd3QvcmVhZGVyL3NyYy9sb2dzL3pvbmUtY2xvY2sudHNcIjtjb25zdCBNU19QRVJfREFZID0gODZfNDAwXzAwMDtcbmNvbnN0IE1TX1BFUl9TRUNPTkQgPSAxMDAwO1xuXG4vKipcbiAqIExvY2FsIHRpbWUgaW4gb25lIElBTkEgdGltZSB6b25lLCBleGFjdCBhY3Jvc3MgZGF5bGlnaHQtc2F2aW5nIGNoYW5nZXM6IHRoZSB6b25lJ3Mgb2Zmc2V0IGF0XG4gKiBhbnkgaW5zdGFudCwgYW5kIHRoZSBpbnN0YW50IG9mIGFueSBsb2NhbCB3YWxsLWNsb2NrIHRpbWUuXG4gKlxuICogQGV4YW1wbGVcbiAqIGNvbnN0IGhlbHNpbmtpID0gem9uZUNsb2NrKFwiRXVyb3BlL0hlbHNpbmtpXCIpO1xuICogaGVsc2lua2kub2Zmc2V0QXQoRGF0ZS5VVEMoMjAyNCwgMTEsIDYsIDEyKSk7IC8vIDEyMCAobWludXRlcyBlYXN0IG9mIFVUQywgd2ludGVyKVxuICogaGVsc2lua2kuaW5zdGFudE9mKERhdGUuVVRDKDIwMjQsIDYsIDEsIDgpKTsgLy8gRGF0ZS5VVEMoMjAyNCwgNiwgMSwgNSk6IDA4OjAwIGxvY2FsIGluIHN1bW1lclxuICovXG5leHBvcnQgaW50ZXJmYWNlIFpvbmVDbG9jayB7XG4gIC8qKiBUaGUgSUFOQSBuYW1lLCBlLmcuIGBcIkV1cm9wZS9IZWxzaW5raVwiYC4gKi9cbiAgcmVhZG9ubHkgdGltZXpvbmU6IHN0cmluZztcbiAgLyoqIFRoZSBvZmZzZXQgaW4gbWludXRlcyBlYXN0IG9mIFVUQyBhdCBhbiBpbnN0YW50IChtaWxsaXNlY29uZHMgc2luY2UgMTk3MCBVVEMpLiAqL1xuICBvZmZzZXRBdChpbnN0YW50OiBudW1iZXIpOiBudW1iZXI7XG4gIC8qKlxuICAgKiBUaGUgaW5zdGFudCBvZiBhIGxvY2FsIHdhbGwtY2xvY2sgdGltZSwgZ2l2ZW4gYXMgbWlsbGlzZWNvbmRzIHNpbmNlIDE5NzAtMDEtMDFUMDA6MDAgKmxvY2FsKi5cbiAgICogQSB0aW1lIHRoYXQgaGFwcGVucyB0d2ljZSAodGhlIGhvdXIgcmVwZWF0ZWQgd2hlbiBjbG9ja3MgZ28gYmFjaykgaXMgaXRzIGZpcnN0IG9jY3VycmVuY2U7IGFcbiAgICogdGltZSB0aGF0IG5ldmVyIGhhcHBlbnMgKHRoZSBob3VyIHNraXBwZWQgd2hlbiBjbG9ja3MgZ28gZm9yd2FyZCkgaXMgcmVhZCB3aXRoIHRoZSBvZmZzZXRcbiAgICogYmVmb3JlIHRoZSBjaGFuZ2UsIHNvIDAzOjMwIG9uIGEgbmlnaHQgdGhhdCBqdW1wcyBmcm9tIDAzOjAwIHRvIDA0OjAwIGlzIDA0OjMwIG5ldyB0aW1lIFx1MjAxNFxuICAgKiBUZW1wb3JhbCdzIGBcImNvbXBhdGlibGVcImAgY2hvaWNlLCB0aGUgb25lIG1vc3QgY2FsZW5kYXJzIG1ha2UuXG4gICAqL1xuICBpbnN0YW50T2YobG9jYWw6IG51bWJlcik6IG51bWJlcjtcbn1cblxuLyoqXG4gKiBXaGV0aGVyIHRoZSBydW50aW1lIGtub3dzIGFuIElBTkEgem9uZSBuYW1lIChgSW50bGAgdGhyb3dzIGEgUmFuZ2VFcnJvciBmb3Igb25lIGl0IGRvZXMgbm90KS5cbiAqXG4gKiBAZXhhbXBsZVxuICogaXNUaW1lWm9uZShcIkV1cm9wZS9IZWxzaW5raVwiKTsgLy8gdHJ1ZVxuICogaXNUaW1lWm9uZShcIkhlbHNpbmtpXCIpOyAvLyBmYWxzZVxuICovXG5leHBvcnQgZnVuY3Rpb24gaXNUaW1lWm9uZSh0aW1lem9uZTogc3RyaW5nKTogYm9vbGVhbiB7XG4gIHRyeSB7XG4gICAgbmV3IEludGwuRGF0ZVRpbWVGb3JtYXQoXCJlbi1VU1wiLCB7IHRpbWVab25lOiB0aW1lem9uZSB9KTtcbiAgICByZXR1cm4gdHJ1ZTtcbiAgfSBjYXRjaCB7XG4gICAgcmV0dXJuIGZhbHNlO1xuICB9XG59XG5cbi8qKlxuICogVGhlIGNsb2NrIG9mIGFuIElBTkEgdGltZSB6b25lLCBidWlsdCBvbiBgSW50bGAgKHRoZSBydW50aW1lJ3Mgb3duIHRpbWUtem9uZSBkYXRhYmFzZTogbm9cbiAqIHRhYmxlIG9mIG91ciBvd24gdG8ga2VlcCB1cCB0byBkYXRlKS4gYEludGxgIGNvc3RzIGFib3V0IGEgbWljcm9zZWNvbmQgYSBjYWxsLCBzbyBvZmZzZXRzIGFyZVxuICoga2VwdCBwZXIgVVRDIGRheTogYSBkYXkgd2hvc2UgdHdvIGVuZHMgc2hhcmUgYW4gb2Zmc2V0IGhhcyBpdCB0aHJvdWdob3V0IChubyB6b25lIGNoYW5nZXNcbiAqIHR3aWNlIHdpdGhpbiBhIGRheSksIGFuZCBhIGRheSB3aG9zZSBlbmRzIGRpZmZlciBpcyBzZWFyY2hlZCB0byB0aGUgc2Vjb25kIGZvciBpdHMgY2hhbmdlLlxuICogQSByZXBlYXRlZCBxdWVzdGlvbiBjb3N0cyBhIGBNYXBgIGxvb2stdXAuIFRocm93cyBhIFJhbmdlRXJyb3IgZm9yIGFuIHVua25vd24gem9uZS5cbiAqXG4gKiBAZXhhbXBsZVxuICogem9uZUNsb2NrKFwiRXVyb3BlL0hlbHNpbmtpXCIpLm9mZnNldEF0KERhdGUuVVRDKDIwMjQsIDIsIDMxLCAwLCA1OSkpOyAvLyAxMjBcbiAqIHpvbmVDbG9jayhcIkV1cm9wZS9IZWxzaW5raVwiKS5vZmZzZXRBdChEYXRlLlVUQygyMDI0LCAyLCAzMSwgMSwgMCkpOyAvLyAxODBcbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHpvbmVDbG9jayh0aW1lem9uZTogc3RyaW5nKTogWm9uZUNsb2NrIHtcbiAgY29uc3QgZm9ybWF0ID0gbmV3IEludGwuRGF0ZVRpbWVGb3JtYXQoXCJlbi1VU1wiLCB7XG4gICAgdGltZVpvbmU6IHRpbWV6b25lLFxuICAgIGhvdXJDeWNsZTogXCJoMjNcIixcbiAgICBlcmE6IFwic2hvcnRcIixcbiAgICB5ZWFyOiBcIm51bWVyaWNcIixcbiAgICBtb250aDogXCJudW1lcmljXCIsXG4gICAgZGF5OiBcIm51bWVyaWNcIixcbiAgICBob3VyOiBcIm51bWVyaWNcIixcbiAgICBtaW51dGU6IFwibnVtZXJpY1wiLFxuICAgIHNlY29uZDogXCJudW1lcmljXCIsXG4gIH0pO1xuICAvKiogVGhlIG9mZnNldCBpbiB3aG9sZSBzZWNvbmRzLCBzdHJhaWdodCBmcm9tIEludGwuICovXG4gIGNvbnN0IGludGxPZmZzZXQgPSAoaW5zdGFudDogbnVtYmVyKTogbnVtYmVyID0+IHtcbiAgICBjb25zdCBzZWNvbmQgPSBNYXRoLmZsb29yKGluc3RhbnQgLyBNU19QRVJfU0VDT05EKSAqIE1TX1BFUl9TRUNPTkQ7XG4gICAgY29uc3QgZjogUmVjb3JkPHN0cmluZywgbnVtYmVyPiA9IHt9O1xuICAgIGxldCBiYyA9IGZhbHNlO1xuICAgIGZvciAoY29uc3QgcGFydCBvZiBmb3JtYXQuZm9ybWF0VG9QYXJ0cyhzZWNvbmQpKSB7XG4gICAgICBpZiAocGFydC50eXBlID09PSBcImVyYVwiKSBiYyA9IHBhcnQudmFsdWUuc3RhcnRzV2l0aChcIkJcIik7XG4gICAgICBlbHNlIGlmIChwYXJ0LnR5cGUgIT09IFwibGl0ZXJhbFwiKSBmW3BhcnQudHlwZV0gPSBOdW1iZXIocGFydC52YWx1ZSk7XG4gICAgfVxuICAgIC8vIHNldFVUQ0Z1bGxZZWFyLCB1bmxpa2UgRGF0ZS5VVEMsIHJlYWRzIHllYXJzIDBcdTIwMTM5OSBhcyB0aGV5IGFyZVxuICAgIGNvbnN0IHdhbGwgPSBuZXcgRGF0ZSgwKTtcbiAgICB3YWxsLnNldFVUQ0Z1bGxZZWFyKGJjID8gMSAtIGYueWVhciEgOiBmLnllYXIhLCBmLm1vbnRoISAtIDEsIGYuZGF5ISk7XG4gICAgd2FsbC5zZXRVVENIb3VycyhmLmhvdXIhLCBmLm1pbnV0ZSEsIGYuc2Vjb25kISk7XG4gICAgcmV0dXJuICh3YWxsLmdldFRpbWUoKSAtIHNlY29uZCkgLyBNU19QRVJfU0VDT05EO1xuICB9O1xuICAvLyBwZXIgVVRDIGRheTogaXRzIG9mZnNldCBhdCBtaWRuaWdodCBVVEMgKHMpLCBmcm9tIEludGxcbiAgY29uc3QgbWlkbmlnaHRzID0gbmV3IE1hcDxudW1iZXIsIG51bWJlcj4oKTtcbiAgY29uc3QgbWlkbmlnaHQgPSAoaW5kZXg6IG51bWJlcik6IG51bWJlciA9PiB7XG4gICAgbGV0IG8gPSBtaWRuaWdodHMuZ2V0KGluZGV4KTtcbiAgICBpZiAobyA9PT0gdW5kZWZpbmVkKSB7XG4gICAgICBvID0gaW50bE9mZnNldChpbmRleCAqIE1TX1BFUl9EQVkpO1xuICAgICAgbWlkbmlnaHRzLnNldChpbmRleCwgbyk7XG4gICAgfVxuICAgIHJldHVybiBvO1xuICB9O1xuICAvLyBwZXIgVVRDIGRheTogW29mZnNldCBhdCBpdHMgc3RhcnQgKHMpLCBpbnN0YW50IG9mIHRoZSBjaGFuZ2Ugb3IgTmFOLCBvZmZzZXQgYWZ0ZXIgaXQgKHMpXVxuICBjb25zdCBkYXlzID0gbmV3IE1hcDxudW1iZXIsIFtudW1iZXIsIG51bWJlciwgbnVtYmVyXT4oKTtcbiAgY29uc3QgZGF5ID0gKGluZGV4OiBudW1iZXIpOiBbbnVtYmVyLCBudW1iZXIsIG51bWJlcl0gPT4ge1xuICAgIGxldCBkID0gZGF5cy5nZXQoaW5kZXgpO1xuICAgIGlmIChkICE9PSB1bmRlZmluZWQpIHJldHVybiBkO1xuICAgIGNvbnN0IHN0YXJ0ID0gaW5kZXggKiBNU19QRVJfREFZO1xuICAgIGNvbnN0IGJlZm9yZSA9IG1pZG5pZ2h0KGluZGV4KTtcbiAgICBjb25zdCBhZnRlciA9IG1pZG5pZ2h0KGluZGV4ICsgMSk7XG4gICAgaWYgKGJlZm9yZSA9PT0gYWZ0ZXIpIGQgPSBbYmVmb3JlLCBOdW1iZXIuTmFOLCBhZnRlcl07XG4gICAgZWxzZSB7XG4gICAgICAvLyB0aGUgY2hhbmdlIGlzIGF0IGEgd2hvbGUgc2Vjb25kOiBzZWFyY2ggdGhlIHNlY29uZHMgb2YgdGhlIGRheVxuICAgICAgbGV0IGxvID0gc3RhcnQ7IC8vIG9mZnNldCBgYmVmb3JlYCBoZXJlXG4gICAgICBsZXQgaGkgPSBzdGFydCArIE1TX1BFUl9EQVk7IC8vIG9mZnNldCBgYWZ0ZXJgIGhlcmVcbiAgICAgIHdoaWxlIChoaSAtIGxvID4gTVNfUEVSX1NFQ09ORCkge1xuICAgICAgICBjb25zdCBtaWQgPSBsbyArIE1hdGguZmxvb3IoKGhpIC0gbG8pIC8gMiAvIE1TX1BFUl9TRUNPTkQpICogTVNfUEVSX1NFQ09ORDtcbiAgICAgICAgaWYgKGludGxPZmZzZXQobWlkKSA9PT0gYmVmb3JlKSBsbyA9IG1pZDtcbiAgICAgICAgZWxzZSBoaSA9IG1pZDtcbiAgICAgIH1cbiAgICAgIGQgPSBbYmVmb3JlLCBoaSwgYWZ0ZXJdO1xuICAgIH1cbiAgICBkYXlzLnNldChpbmRleCwgZCk7XG4gICAgcmV0dXJuIGQ7XG4gIH07XG4gIGNvbnN0IG9mZnNldFNlY29uZHMgPSAoaW5zdGFudDogbnVtYmVyKTogbnVtYmVyID0+IHtcbiAgICBjb25zdCBbYmVmb3JlLCBjaGFuZ2UsIGFmdGVyXSA9IGRheShNYXRoLmZsb29yKGluc3RhbnQgLyBNU19QRVJfREFZKSk7XG4gICAgcmV0dXJuIGluc3RhbnQgPj0gY2hhbmdlID8gYWZ0ZXIgOiBiZWZvcmU7XG4gIH07XG4gIC8vIHRoZSBVVEMgZGF5IG9mIHRoZSBsYXN0IGxvY2FsIHRpbWUgcmVhZCB3aG9zZSBuZWlnaGJvdXJob29kIGhhcyBvbmUgb2Zmc2V0OiBldmVudHMgY29tZSBpbiBydW5zXG4gIGxldCBxdWlldERheSA9IE51bWJlci5OYU47XG4gIGxldCBxdWlldE9mZnNldCA9IDA7XG4gIHJldHVybiB7XG4gICAgdGltZXpvbmUsXG4gICAgb2Zmc2V0QXQ6IChpbnN0YW50KSA9PiBvZmZzZXRTZWNvbmRzKGluc3RhbnQpIC8gNjAsXG4gICAgaW5zdGFudE9mKGxvY2FsKSB7XG4gICAgICBjb25zdCBpbmRleCA9IE1hdGguZmxvb3IobG9jYWwgLyBNU19QRVJfREFZKTtcbiAgICAgIGlmIChpbmRleCA9PT0gcXVpZXREYXkpIHJldHVybiBsb2NhbCAtIHF1aWV0T2Zmc2V0O1xuICAgICAgY29uc3QgW2JlZm9yZSwgY2hhbmdlXSA9IGRheShpbmRleCk7XG4gICAgICBpZiAoTnVtYmVyLmlzTmFOKGNoYW5nZSkgJiYgTnVtYmVyLmlzTmFOKGRheShpbmRleCAtIDEpWzFdKSAmJiBOdW1iZXIuaXNOYU4oZGF5KGluZGV4ICsgMSlbMV0pKSB7XG4gICAgICAgIC8vIG5vIGNoYW5nZSBmcm9tIHRoZSBkYXkgYmVmb3JlIHRvIHRoZSBkYXkgYWZ0ZXI6IGV2ZXJ5IGxvY2FsIHRpbWUgb2YgdGhpcyBkYXkgcmVhZHNcbiAgICAgICAgLy8gd2l0aCBvbmUgb2Zmc2V0IChvZmZzZXRzIGxpZSB3aXRoaW4gXHUwMEIxMTQgaCwgc28gaXRzIGluc3RhbnQgbGllcyB3aXRoaW4gdGhvc2UgZGF5cylcbiAgICAgICAgcXVpZXREYXkgPSBpbmRleDtcbiAgICAgICAgcXVpZXRPZmZzZXQgPSBiZWZvcmUgKiBNU19QRVJfU0VDT05EO1xuICAgICAgICByZXR1cm4gbG9jYWwgLSBxdWlldE9mZnNldDtcbiAgICAgIH1cbiAgICAgIC8vIHRoZSBvZmZzZXRzIGEgZGF5IGJlZm9yZSBhbmQgYWZ0ZXI6IGF0IG1vc3Qgb25lIGNoYW5nZSBsaWVzIGJldHdlZW4gdGhlbVxuICAgICAgY29uc3QgZWFybHkgPSBvZmZzZXRTZWNvbmRzKGxvY2FsIC0gTVNfUEVSX0RBWSkgKiBNU19QRVJfU0VDT05EO1xuICAgICAgY29uc3QgbGF0ZSA9IG9mZnNldFNlY29uZHMobG9jYWwgKyBNU19QRVJfREFZKSAqIE1TX1BFUl9TRUNPTkQ7XG4gICAgICBjb25zdCBmaXJzdCA9IGxvY2FsIC0gZWFybHk7XG4gICAgICBpZiAob2Zmc2V0U2Vjb25kcyhmaXJzdCkgKiBNU19QRVJfU0VDT05EID09PSBlYXJseSkgcmV0dXJuIGZpcnN0OyAvLyBhbHNvIHRoZSBlYXJsaWVyIG9mIHR3b1xuICAgICAgY29uc3Qgc2Vjb25kID0gbG9jYWwgLSBsYXRlO1xuICAgICAgaWYgKG9mZnNldFNlY29uZHMoc2Vjb25kKSAqIE1TX1BFUl9TRUNPTkQgPT09IGxhdGUpIHJldHVybiBzZWNvbmQ7XG4gICAgICByZXR1cm4gZmlyc3Q7IC8vIGluIHRoZSBza2lwcGVkIGhvdXI6IHRoZSBvZmZzZXQgYmVmb3JlIHRoZSBjaGFuZ2VcbiAgICB9LFxuICB9O1xufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay93dC9yZWFkZXIvc3JjL2xvZ3NcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZmlsZW5hbWUgPSBcIi93b3JrL3d0L3JlYWRlci9zcmMvbG9ncy96b25lZC10aW1lc3RhbXBzLnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL3d0L3JlYWRlci9zcmMvbG9ncy96b25lZC10aW1lc3RhbXBzLnRzXCI7aW1wb3J0IHsgem9uZUNsb2NrIH0gZnJvbSBcIi4vem9uZS1jbG9jay5qc1wiO1xuaW1wb3J0IHR5cGUgeyBUaW1lc3RhbXBCeXRlc1BhcnNlciwgVGltZXN0YW1wUGFyc2VyIH0gZnJvbSBcIi4vdGltZXN0YW1wLXBhcnNlci5qc1wiO1xuXG5jb25zdCBbUExVUywgSFlQSEVOLCBaLCBaX0xPV0VSXSA9IFs0MywgNDUsIDkwLCAxMjJdO1xuXG4vKiogV2hldGhlciBJU08gdGV4dCBvbiBgdFtzdGFydC4uZW5kKWAgKGl0cyBjaGFyYWN0ZXIgY29kZXMgb3IgYnl0ZXMpIGVuZHMgaW4gYW4gb2Zmc2V0OiBgWmAsIG9yIGArYC9gLWAgYWZ0ZXIgdGhlIGRhdGUuICovXG5mdW5jdGlvbiBoYXNPZmZzZXQoY29kZTogKGk6IG51bWJlcikgPT4gbnVtYmVyLCBzdGFydDogbnVtYmVyLCBlbmQ6IG51bWJlcik6IGJvb2xlYW4ge1xuICBjb25zdCBsYXN0ID0gY29kZShlbmQgLSAxKTtcbiAgaWYgKGxhc3QgPT09IFogfHwgbGFzdCA9PT0gWl9MT1dFUikgcmV0dXJuIHRydWU7XG4gIGZvciAobGV0IGkgPSBlbmQgLSAxOyBpID4gc3RhcnQgKyAxMDsgaS0tKSB7XG4gICAgY29uc3QgYyA9IGNvZGUoaSk7XG4gICAgaWYgKGMgPT09IFBMVVMgfHwgYyA9PT0gSFlQSEVOKSByZXR1cm4gdHJ1ZTtcbiAgfVxuICByZXR1cm4gZmFsc2U7XG59XG5cbi8qKlxuICogVGhlIHRpbWVzdGFtcCByZWFkZXJzIG9mIGByZWFkRXZlbnRMb2dgIHdpdGggdGltZXMgdGhhdCBjYXJyeSBubyBvZmZzZXQgcmVhZCBpbiBhbiBJQU5BIHpvbmVcbiAqIGluc3RlYWQgb2YgVVRDLCBleGFjdGx5IGFjcm9zcyBkYXlsaWdodC1zYXZpbmcgY2hhbmdlcyAoYHpvbmVDbG9ja2ApLiBUaW1lcyB3aXRoIGFuIG9mZnNldFxuICoga2VlcCBpdC4gQSBwYXR0ZXJuIHdpdGggYSBgWmAgZmllbGQgYWx3YXlzIGhhcyBhbiBvZmZzZXQ7IGEgZnVuY3Rpb24gZm9ybWF0IGlzIHVzZWQgYXMgaXMuXG4gKlxuICogQGV4YW1wbGVcbiAqIGNvbnN0IHsgcGFyc2VUaW1lIH0gPSB6b25lZFRpbWVzdGFtcHModGltZXN0YW1wUGFyc2VyKCksIGlzb1RpbWVzdGFtcEJ5dGVzLCB1bmRlZmluZWQsIFwiRXVyb3BlL0hlbHNpbmtpXCIpO1xuICogcGFyc2VUaW1lKFwiMjAyNC0xMi0wNiAwODowMDowMFwiKTsgLy8gRGF0ZS5wYXJzZShcIjIwMjQtMTItMDZUMDg6MDA6MDArMDI6MDBcIilcbiAqIHBhcnNlVGltZShcIjIwMjQtMTItMDYgMDg6MDA6MDBaXCIpOyAvLyBEYXRlLnBhcnNlKFwiMjAyNC0xMi0wNlQwODowMDowMFpcIilcbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHpvbmVkVGltZXN0YW1wcyhcbiAgcGFyc2VUaW1lOiBUaW1lc3RhbXBQYXJzZXIsXG4gIHBhcnNlVGltZUF0OiBUaW1lc3RhbXBCeXRlc1BhcnNlciB8IG51bGwsXG4gIGZvcm1hdDogc3RyaW5nIHwgVGltZXN0YW1wUGFyc2VyIHwgdW5kZWZpbmVkLFxuICB0aW1lem9uZTogc3RyaW5nLFxuKTogeyBwYXJzZVRpbWU6IFRpbWVzdGFtcFBhcnNlcjsgcGFyc2VUaW1lQXQ6IFRpbWVzdGFtcEJ5dGVzUGFyc2VyIHwgbnVsbCB9IHtcbiAgaWYgKHR5cGVvZiBmb3JtYXQgPT09IFwiZnVuY3Rpb25cIiB8fCAodHlwZW9mIGZvcm1hdCA9PT0gXCJzdHJpbmdcIiAmJiBmb3JtYXQuaW5jbHVkZXMoXCJaXCIpKSkgcmV0dXJuIHsgcGFyc2VUaW1lLCBwYXJzZVRpbWVBdCB9O1xuICBjb25zdCBjbG9jayA9IHpvbmVDbG9jayh0aW1lem9uZSk7XG4gIGNvbnN0IHBhdHRlcm4gPSB0eXBlb2YgZm9ybWF0ID09PSBcInN0cmluZ1wiICYmIGZvcm1hdCAhPT0gXCJcIjtcbiAgcmV0dXJuIHtcbiAgICBwYXJzZVRpbWU6ICh0ZXh0KSA9PiB7XG4gICAgICBjb25zdCBtcyA9IHBhcnNlVGltZSh0ZXh0KTtcbiAgICAgIGlmIChOdW1iZXIuaXNOYU4obXMpKSByZXR1cm4gbXM7XG4gICAgICBjb25zdCB0ID0gdGV4dC50cmltKCk7XG4gICAgICByZXR1cm4gcGF0dGVybiB8fCAhaGFzT2Zmc2V0KChpKSA9PiB0LmNoYXJDb2RlQXQoaSksIDAsIHQubGVuZ3RoKSA/IGNsb2NrLmluc3RhbnRPZihtcykgOiBtcztcbiAgICB9LFxuICAgIHBhcnNlVGltZUF0OlxuICAgICAgcGFyc2VUaW1lQXQgPT09IG51bGxcbiAgICAgICAgPyBudWxsXG4gICAgICAgIDogKGJ5dGVzLCBzdGFydCwgZW5kKSA9PiB7XG4gICAgICAgICAgICBjb25zdCBtcyA9IHBhcnNlVGltZUF0KGJ5dGVzLCBzdGFydCwgZW5kKTtcbiAgICAgICAgICAgIHJldHVybiBOdW1iZXIuaXNOYU4obXMpIHx8IGhhc09mZnNldCgoaSkgPT4gYnl0ZXNbaV0hLCBzdGFydCwgZW5kKSA/IG1zIDogY2xvY2suaW5zdGFudE9mKG1zKTtcbiAgICAgICAgICB9LFxuICB9O1xufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay93dC9yZWFkZXIvc3JjL2xvZ3NcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZmlsZW5hbWUgPSBcIi93b3JrL3d0L3JlYWRlci9zcmMvbG9ncy9yZWFkLWV2ZW50LWxvZy50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay93dC9yZWFkZXIvc3JjL2xvZ3MvcmVhZC1ldmVudC1sb2cudHNcIjtpbXBvcnQgeyBkZWNvZGVUZXh0LCBFTkNPRElOR1MsIHR5cGUgTG9nRW5jb2RpbmcgfSBmcm9tIFwiLi9kZWNvZGUtdGV4dC5qc1wiO1xuaW1wb3J0IHsgRXZlbnRMb2dCdWlsZGVyIH0gZnJvbSBcIi4vZXZlbnQtbG9nLWJ1aWxkZXIuanNcIjtcbmltcG9ydCB7IEV2ZW50TG9nRXJyb3IgfSBmcm9tIFwiLi9ldmVudC1sb2ctZXJyb3IuanNcIjtcbmltcG9ydCB0eXBlIHsgRXZlbnRMb2cgfSBmcm9tIFwiLi9ldmVudC1sb2cuanNcIjtcbmltcG9ydCB7IGd1bnppcElmQ29tcHJlc3NlZCB9IGZyb20gXCIuL2d1bnppcC1pZi1jb21wcmVzc2VkLmpzXCI7XG5pbXBvcnQgeyBieXRlQ2h1bmtzLCB0eXBlIEV2ZW50TG9nU291cmNlIH0gZnJvbSBcIi4vbG9nLXNvdXJjZS5qc1wiO1xuaW1wb3J0IHsgcmVhZENzdkV2ZW50cyB9IGZyb20gXCIuL3JlYWQtY3N2LWV2ZW50cy5qc1wiO1xuaW1wb3J0IHsgcmVhZFhlc0V2ZW50cyB9IGZyb20gXCIuL3JlYWQteGVzLWV2ZW50cy5qc1wiO1xuaW1wb3J0IHsgcmVmdXNlRW5naW5lRmlsZXMgfSBmcm9tIFwiLi9yZWZ1c2UtZW5naW5lLWZpbGVzLmpzXCI7XG5pbXBvcnQgdHlwZSB7IFJlYWRlckNvbmZpZyB9IGZyb20gXCIuL3JlYWRlci1jb25maWcuanNcIjtcbmltcG9ydCB7IGlzb1RpbWVzdGFtcEJ5dGVzLCB0aW1lc3RhbXBQYXJzZXIsIHR5cGUgVGltZXN0YW1wUGFyc2VyIH0gZnJvbSBcIi4vdGltZXN0YW1wLXBhcnNlci5qc1wiO1xuaW1wb3J0IHsgdXRmOENodW5rcyB9IGZyb20gXCIuL3V0ZjgtY2h1bmtzLmpzXCI7XG5pbXBvcnQgeyBpc1RpbWVab25lIH0gZnJvbSBcIi4vem9uZS1jbG9jay5qc1wiO1xuaW1wb3J0IHsgem9uZWRUaW1lc3RhbXBzIH0gZnJvbSBcIi4vem9uZWQtdGltZXN0YW1wcy5qc1wiO1xuXG4vKipcbiAqIFdoaWNoIGNvbHVtbnMgKENTVikgb3IgYXR0cmlidXRlcyAoWEVTKSBob2xkIHdoYXQuIEZvciBYRVMgZXZlcnkgZmllbGQgaGFzIGEgZGVmYXVsdDogdGhlXG4gKiBjYXNlIGlzIHRoZSB0cmFjZSdzIGBjb25jZXB0Om5hbWVgLCB0aGUgYWN0aXZpdHkgdGhlIGV2ZW50J3MgYGNvbmNlcHQ6bmFtZWAsIHRoZSB0aW1lc3RhbXBcbiAqIGB0aW1lOnRpbWVzdGFtcGAuIEEgQ1NWIGxvZyBuZWVkcyBgY2FzZWAsIGBhY3Rpdml0eWAgYW5kIGB0aW1lc3RhbXBgLlxuICpcbiAqIEBleGFtcGxlXG4gKiBjb25zdCBtYXBwaW5nOiBMb2dNYXBwaW5nID0ge1xuICogICBjYXNlOiBcIkNhc2UgSURcIiwgYWN0aXZpdHk6IFwiQWN0aXZpdHlcIiwgdGltZXN0YW1wOiBcIkNvbXBsZXRlIFRpbWVzdGFtcFwiLFxuICogICBkZXBhcnRtZW50OiBcIm9yZzpncm91cFwiLCBtaXNzaW5nOiBbXCI/XCJdLFxuICogfTtcbiAqL1xuZXhwb3J0IGludGVyZmFjZSBMb2dNYXBwaW5nIHtcbiAgY2FzZT86IHN0cmluZztcbiAgLyoqIE9uZSBjb2x1bW4sIG9yIHNldmVyYWwgam9pbmVkIHdpdGggYGFjdGl2aXR5U2VwYXJhdG9yYCAoZW1wdHkgcGFydHMgbGVmdCBvdXQpLiAqL1xuICBhY3Rpdml0eT86IHN0cmluZyB8IHJlYWRvbmx5IHN0cmluZ1tdO1xuICB0aW1lc3RhbXA/OiBzdHJpbmc7XG4gIC8qKlxuICAgKiBDU1Ygb25seSwgb3B0aW9uYWw6IHRoZSBjb2x1bW4gb2YgdGhlIHRpbWUgdGhlIHdvcmsgb24gdGhlIGV2ZW50IHN0YXJ0ZWQgKHNhbWUgZm9ybWF0cyBhc1xuICAgKiB0aGUgdGltZXN0YW1wOyBhbiBlbXB0eSB2YWx1ZSBtZWFucyB0aGUgZXZlbnQgaGFzIG5vIHN0YXJ0KS4gV2l0aCBzdGFydCB0aW1lcyB0aGUgbWluZWRcbiAgICogbW9kZWwncyB0b3VjaHBvaW50cyBnZXQgdGhlaXIgc2VydmljZSB0aW1lLiBYRVMgbG9ncyBjYXJyeSBzdGFydCB0aW1lcyBhcyBldmVudHMgd2l0aFxuICAgKiBgbGlmZWN5Y2xlOnRyYW5zaXRpb25gIGBzdGFydGAsIHBhaXJlZCB3aXRoIHRoZSBuZXh0IGBjb21wbGV0ZWAgb2YgdGhlIHNhbWUgYWN0aXZpdHkuXG4gICAqL1xuICBzdGFydFRpbWVzdGFtcD86IHN0cmluZztcbiAgLyoqIE9wdGlvbmFsOiB3aXRob3V0IGl0IG5vIGV2ZW50IGhhcyBhIGRlcGFydG1lbnQgYW5kIG5vdGhpbmcgd2FuZGVycy4gKi9cbiAgZGVwYXJ0bWVudD86IHN0cmluZztcbiAgLyoqIERlcGFydG1lbnQgdmFsdWVzIG1lYW5pbmcgXCJ1bmtub3duXCIgKGUuZy4gYEVNUFRZYCwgYD9gKTsgYW4gZW1wdHkgdmFsdWUgYWx3YXlzIGlzLiAqL1xuICBtaXNzaW5nPzogcmVhZG9ubHkgc3RyaW5nW107XG4gIC8qKlxuICAgKiBPcHRpb25hbDogdGhlIGNvbHVtbiAoQ1NWKSBvciBhdHRyaWJ1dGUgKFhFUzogdGhlIGV2ZW50J3MsIGVsc2UgaXRzIHRyYWNlJ3MpIG5hbWluZyB0aGVcbiAgICogY3VzdG9tZXIuIFdpdGggaXQgYGFuYWx5c2VMb2dgIGZvbGxvd3MgY3VzdG9tZXJzIGFjcm9zcyB0aGVpciBjYXNlcyAoYGN1c3RvbWVyc2ApLlxuICAgKi9cbiAgY3VzdG9tZXI/OiBzdHJpbmc7XG59XG5cbi8qKlxuICogSG93IHRoZSBsb2cgaXMgcmVhZDsgZXZlcnkgZmllbGQgaXMgb3B0aW9uYWwgKHNlZSBgREVGQVVMVFNgKS5cbiAqXG4gKiBAZXhhbXBsZVxuICogYXdhaXQgcmVhZEV2ZW50TG9nKHN0cmVhbSwgbWFwcGluZywgeyBkZWxpbWl0ZXI6IFwiO1wiLCBlbmNvZGluZzogXCJsYXRpbjFcIiwgc2tpcEJhZFJvd3M6IHRydWUgfSk7XG4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUmVhZEV2ZW50TG9nT3B0aW9ucyB7XG4gIC8qKiBgY3N2YCBvciBgeGVzYDsgYnkgZGVmYXVsdCBYRVMgd2hlbiB0aGUgdGV4dCBzdGFydHMgd2l0aCBgPGAsIENTViBvdGhlcndpc2UuICovXG4gIGZvcm1hdD86IFwiY3N2XCIgfCBcInhlc1wiO1xuICAvKiogQ1NWIGZpZWxkIGRlbGltaXRlcjsgYnkgZGVmYXVsdCB0aGUgb25lIG9mIGAsIDsgXFx0IHxgIGZvdW5kIG1vc3Qgb2Z0ZW4gaW4gdGhlIGhlYWRlciBsaW5lLiAqL1xuICBkZWxpbWl0ZXI/OiBzdHJpbmc7XG4gIGVuY29kaW5nPzogTG9nRW5jb2Rpbmc7XG4gIC8qKiBBIHBhdHRlcm4gc3VjaCBhcyBgREQuTU0uWVlZWSBISDptbWAgb3IgYSBmdW5jdGlvbiAoc2VlIGB0aW1lc3RhbXBQYXJzZXJgKS4gKi9cbiAgdGltZXN0YW1wRm9ybWF0Pzogc3RyaW5nIHwgVGltZXN0YW1wUGFyc2VyO1xuICAvKipcbiAgICogVGhlIElBTkEgdGltZSB6b25lIG9mIHRpbWVzdGFtcHMgdGhhdCBjYXJyeSBubyBvZmZzZXQsIHJlYWQgZXhhY3RseSBhY3Jvc3MgZGF5bGlnaHQtc2F2aW5nXG4gICAqIGNoYW5nZXMgKGRlZmF1bHQ6IFVUQyk7IGdpdmUgYSBjYWxlbmRhcidzIGB0aW1lem9uZWAgdG8gbWVhc3VyZSB3b3JraW5nIHRpbWUuIFRpbWVzdGFtcHNcbiAgICogd2l0aCBhbiBvZmZzZXQga2VlcCBpdDsgYSBmdW5jdGlvbiBgdGltZXN0YW1wRm9ybWF0YCBpcyB1c2VkIGFzIGlzLlxuICAgKi9cbiAgdGltZXpvbmU/OiBzdHJpbmc7XG4gIC8qKiBKb2lucyBzZXZlcmFsIGFjdGl2aXR5IGNvbHVtbnMgb3IgYXR0cmlidXRlcy4gKi9cbiAgYWN0aXZpdHlTZXBhcmF0b3I/OiBzdHJpbmc7XG4gIC8qKiBDb3VudCBhbmQgc2tpcCBiYWQgcm93cyAvIGV2ZW50cyBpbnN0ZWFkIG9mIGZhaWxpbmcgb24gdGhlIGZpcnN0LiAqL1xuICBza2lwQmFkUm93cz86IGJvb2xlYW47XG4gIC8qKiBDYWxsZWQgYWZ0ZXIgZWFjaCBjaHVuayBvZiB0aGUgc291cmNlIHdpdGggdGhlIGJ5dGVzIHJlYWQgKGJlZm9yZSBkZWNvbXByZXNzaW9uKSBhbmQgdGhlIGV2ZW50cyBrZXB0LiAqL1xuICBvblByb2dyZXNzPzogKHByb2dyZXNzOiB7IGJ5dGVzOiBudW1iZXI7IGV2ZW50czogbnVtYmVyIH0pID0+IHZvaWQ7XG59XG5cbmNvbnN0IERFRkFVTFRTID0ge1xuICBlbmNvZGluZzogXCJ1dGYtOFwiIGFzIExvZ0VuY29kaW5nLFxuICBhY3Rpdml0eVNlcGFyYXRvcjogXCIrXCIsXG4gIHNraXBCYWRSb3dzOiBmYWxzZSxcbiAgeGVzOiB7IGNhc2U6IFwiY29uY2VwdDpuYW1lXCIsIGFjdGl2aXR5OiBbXCJjb25jZXB0Om5hbWVcIl0sIHRpbWVzdGFtcDogXCJ0aW1lOnRpbWVzdGFtcFwiIH0sXG59O1xuXG5jb25zdCBURVhUX1NMSUNFID0gMSA8PCAyMDtcblxuYXN5bmMgZnVuY3Rpb24qIHNsaWNlZCh0ZXh0OiBzdHJpbmcpOiBBc3luY0dlbmVyYXRvcjxzdHJpbmc+IHtcbiAgZm9yIChsZXQgaSA9IDA7IGkgPCB0ZXh0Lmxlbmd0aDsgaSArPSBURVhUX1NMSUNFKSB5aWVsZCB0ZXh0LnNsaWNlKGksIGkgKyBURVhUX1NMSUNFKTtcbn1cblxuYXN5bmMgZnVuY3Rpb24qIGNvdW50ZWQoY2h1bmtzOiBBc3luY0l0ZXJhYmxlPFVpbnQ4QXJyYXk+LCBvbkNodW5rOiAoYnl0ZXM6IG51bWJlcikgPT4gdm9pZCk6IEFzeW5jR2VuZXJhdG9yPFVpbnQ4QXJyYXk+IHtcbiAgbGV0IGJ5dGVzID0gMDtcbiAgZm9yIGF3YWl0IChjb25zdCBjaHVuayBvZiBjaHVua3MpIHtcbiAgICB5aWVsZCBjaHVuaztcbiAgICBvbkNodW5rKChieXRlcyArPSBjaHVuay5sZW5ndGgpKTtcbiAgfVxufVxuXG4vKiogV2hldGhlciBhIGxvZydzIHRleHQgc3RhcnRzIGxpa2UgWE1MIChhZnRlciBhIGJ5dGUtb3JkZXIgbWFyayBhbmQgYmxhbmtzKTogdGhlbiBpdCBpcyByZWFkIGFzIFhFUy4gKi9cbmZ1bmN0aW9uIGxvb2tzTGlrZVhtbCh0ZXh0OiBzdHJpbmcpOiBib29sZWFuIHwgbnVsbCB7XG4gIGNvbnN0IHN0YXJ0ID0gdGV4dC5yZXBsYWNlKC9eXFx1RkVGRi8sIFwiXCIpLnRyaW1TdGFydCgpO1xuICByZXR1cm4gc3RhcnQgPT09IFwiXCIgPyBudWxsIDogc3RhcnQuc3RhcnRzV2l0aChcIjxcIik7XG59XG5cbi8qKiBMb29rcyBhdCB0aGUgZmlyc3QgYnl0ZXMgdG8gdGVsbCBYRVMgZnJvbSBDU1Y7IGhhbmRzIG9uIGV2ZXJ5IGNodW5rLiAqL1xuYXN5bmMgZnVuY3Rpb24gcGVla0Zvcm1hdChjaHVua3M6IEFzeW5jSXRlcmFibGU8VWludDhBcnJheT4sIGVuY29kaW5nOiBMb2dFbmNvZGluZyk6IFByb21pc2U8eyBmb3JtYXQ6IFwiY3N2XCIgfCBcInhlc1wiOyBjaHVua3M6IEFzeW5jSXRlcmFibGU8VWludDhBcnJheT4gfT4ge1xuICBjb25zdCBpdGVyYXRvciA9IGNodW5rc1tTeW1ib2wuYXN5bmNJdGVyYXRvcl0oKTtcbiAgY29uc3Qgc2VlbjogVWludDhBcnJheVtdID0gW107XG4gIGNvbnN0IGRlY29kZXIgPSBuZXcgVGV4dERlY29kZXIoZW5jb2RpbmcpO1xuICBsZXQgaGVhZCA9IFwiXCI7XG4gIGxldCB4bWw6IGJvb2xlYW4gfCBudWxsID0gbnVsbDtcbiAgd2hpbGUgKHhtbCA9PT0gbnVsbCkge1xuICAgIGNvbnN0IG5leHQgPSBhd2FpdCBpdGVyYXRvci5uZXh0KCk7XG4gICAgaWYgKG5leHQuZG9uZSkgYnJlYWs7XG4gICAgc2Vlbi5wdXNoKG5leHQudmFsdWUpO1xuICAgIC8vIHRoZSBmaXJzdCBieXRlcyB0ZWxsLCB1bmxlc3MgdGhleSBhcmUgYWxsIGJsYW5rczogYSBsYXJnZSBmaXJzdCBjaHVuayBpcyBub3QgZGVjb2RlZCB3aG9sZVxuICAgIHhtbCA9IGhlYWQgPT09IFwiXCIgPyBsb29rc0xpa2VYbWwobmV3IFRleHREZWNvZGVyKGVuY29kaW5nKS5kZWNvZGUobmV4dC52YWx1ZS5zdWJhcnJheSgwLCAyNTYpKSkgOiBudWxsO1xuICAgIGlmICh4bWwgPT09IG51bGwpIHhtbCA9IGxvb2tzTGlrZVhtbCgoaGVhZCArPSBkZWNvZGVyLmRlY29kZShuZXh0LnZhbHVlLCB7IHN0cmVhbTogdHJ1ZSB9KSkpO1xuICB9XG4gIGFzeW5jIGZ1bmN0aW9uKiBhbGwoKSB7XG4gICAgeWllbGQqIHNlZW47XG4gICAgZm9yIChsZXQgbmV4dCA9IGF3YWl0IGl0ZXJhdG9yLm5leHQoKTsgIW5leHQuZG9uZTsgbmV4dCA9IGF3YWl0IGl0ZXJhdG9yLm5leHQoKSkgeWllbGQgbmV4dC52YWx1ZTtcbiAgfVxuICByZXR1cm4geyBmb3JtYXQ6IHhtbCA/IFwieGVzXCIgOiBcImNzdlwiLCBjaHVua3M6IGFsbCgpIH07XG59XG5cbmZ1bmN0aW9uIHZhbGlkYXRlKG9wdGlvbnM6IFJlYWRFdmVudExvZ09wdGlvbnMpOiB2b2lkIHtcbiAgY29uc3QgYmFkID0gKG1lc3NhZ2U6IHN0cmluZykgPT4gbmV3IEV2ZW50TG9nRXJyb3IoXCJiYWRfb3B0aW9uXCIsIG1lc3NhZ2UpO1xuICBpZiAob3B0aW9ucy5lbmNvZGluZyAhPT0gdW5kZWZpbmVkICYmICFFTkNPRElOR1MuaW5jbHVkZXMob3B0aW9ucy5lbmNvZGluZykpIHtcbiAgICB0aHJvdyBiYWQoYHVua25vd24gZW5jb2RpbmcgJHtKU09OLnN0cmluZ2lmeShvcHRpb25zLmVuY29kaW5nKX06IHVzZSBvbmUgb2YgJHtFTkNPRElOR1Muam9pbihcIiwgXCIpfWApO1xuICB9XG4gIGlmIChvcHRpb25zLmRlbGltaXRlciAhPT0gdW5kZWZpbmVkICYmIChvcHRpb25zLmRlbGltaXRlciA9PT0gXCJcIiB8fCAvW1wiXFxyXFxuXS8udGVzdChvcHRpb25zLmRlbGltaXRlcikpKSB7XG4gICAgdGhyb3cgYmFkKGBpbnZhbGlkIGRlbGltaXRlciAke0pTT04uc3RyaW5naWZ5KG9wdGlvbnMuZGVsaW1pdGVyKX06IHVzZSBhIGNoYXJhY3RlciBzdWNoIGFzIFwiLFwiIFwiO1wiIG9yIFwiXFxcXHRcImApO1xuICB9XG4gIGlmIChvcHRpb25zLmZvcm1hdCAhPT0gdW5kZWZpbmVkICYmIG9wdGlvbnMuZm9ybWF0ICE9PSBcImNzdlwiICYmIG9wdGlvbnMuZm9ybWF0ICE9PSBcInhlc1wiKSB7XG4gICAgdGhyb3cgYmFkKGB1bmtub3duIGZvcm1hdCAke0pTT04uc3RyaW5naWZ5KG9wdGlvbnMuZm9ybWF0KX06IHVzZSBcImNzdlwiIG9yIFwieGVzXCJgKTtcbiAgfVxufVxuXG4vKipcbiAqIFJlYWRzIGFuIGV2ZW50IGxvZyAoQ1NWIG9yIFhFUywgcGxhaW4gb3IgZ3ppcC1jb21wcmVzc2VkKSBhcyBhIHN0cmVhbSBpbnRvIGEgY29sdW1uYXJcbiAqIGBFdmVudExvZ2A6IG1lbW9yeSBncm93cyB3aXRoIHRoZSBldmVudHMga2VwdCwgbm90IHdpdGggdGhlIGZpbGUuIEV2ZW50cyBvZiBhIGNhc2UgYXJlIG9yZGVyZWRcbiAqIGJ5IHRpbWUsIHRpZXMgaW4gZmlsZSBvcmRlci4gQSBiYWQgcm93IHRocm93cyBhbiBgRXZlbnRMb2dFcnJvcmAgbmFtaW5nIGl0cyBsaW5lIChDU1YpIG9yXG4gKiB0cmFjZSBhbmQgZXZlbnQgKFhFUykgYW5kIHRoZSBmaXgsIHVubGVzcyBgc2tpcEJhZFJvd3NgIGNvdW50cyBhbmQgc2tpcHMgaXQuXG4gKlxuICogQGV4YW1wbGVcbiAqIGNvbnN0IGxvZyA9IGF3YWl0IHJlYWRFdmVudExvZyhmcy5jcmVhdGVSZWFkU3RyZWFtKFwic2Vwc2lzLmNzdlwiKSwge1xuICogICBjYXNlOiBcIkNhc2UgSURcIiwgYWN0aXZpdHk6IFwiQWN0aXZpdHlcIiwgdGltZXN0YW1wOiBcIkNvbXBsZXRlIFRpbWVzdGFtcFwiLFxuICogICBkZXBhcnRtZW50OiBcIm9yZzpncm91cFwiLCBtaXNzaW5nOiBbXCI/XCJdLFxuICogfSk7XG4gKiBsb2cuY2FzZXMubGVuZ3RoOyAvLyAxMDUwXG4gKiBsb2cuZXZlbnRzOyAvLyAxNTIxNFxuICpcbiAqIEBleGFtcGxlXG4gKiBjb25zdCB4ZXMgPSBhd2FpdCByZWFkRXZlbnRMb2coKGF3YWl0IGZldGNoKFwicmVjZWlwdC54ZXMuZ3pcIikpLmJvZHkhLCB7IGRlcGFydG1lbnQ6IFwib3JnOmdyb3VwXCIsIG1pc3Npbmc6IFtcIkVNUFRZXCJdIH0pO1xuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gcmVhZEV2ZW50TG9nKHNvdXJjZTogRXZlbnRMb2dTb3VyY2UsIG1hcHBpbmc6IExvZ01hcHBpbmcgPSB7fSwgb3B0aW9uczogUmVhZEV2ZW50TG9nT3B0aW9ucyA9IHt9KTogUHJvbWlzZTxFdmVudExvZz4ge1xuICB2YWxpZGF0ZShvcHRpb25zKTtcbiAgY29uc3QgYnVpbGRlciA9IG5ldyBFdmVudExvZ0J1aWxkZXIoKTtcbiAgY29uc3QgcHJvZ3Jlc3MgPSBvcHRpb25zLm9uUHJvZ3Jlc3M7XG4gIGNvbnN0IGVuY29kaW5nID0gb3B0aW9ucy5lbmNvZGluZyA/PyBERUZBVUxUUy5lbmNvZGluZztcbiAgY29uc3QgcGVla2VkID1cbiAgICB0eXBlb2Ygc291cmNlID09PSBcInN0cmluZ1wiXG4gICAgICA/IHsgZm9ybWF0OiBsb29rc0xpa2VYbWwoc291cmNlKSA/IChcInhlc1wiIGFzIGNvbnN0KSA6IChcImNzdlwiIGFzIGNvbnN0KSwgY2h1bmtzOiBudWxsIH1cbiAgICAgIDogYXdhaXQgcGVla0Zvcm1hdChyZWZ1c2VFbmdpbmVGaWxlcyhndW56aXBJZkNvbXByZXNzZWQoY291bnRlZChieXRlQ2h1bmtzKHNvdXJjZSksIChieXRlcykgPT4gcHJvZ3Jlc3M/Lih7IGJ5dGVzLCBldmVudHM6IGJ1aWxkZXIuZXZlbnRzIH0pKSkpLCBlbmNvZGluZyk7XG4gIGNvbnN0IGZvcm1hdCA9IG9wdGlvbnMuZm9ybWF0ID8/IHBlZWtlZC5mb3JtYXQ7XG4gIGNvbnN0IGRlZmF1bHRzID0gZm9ybWF0ID09PSBcInhlc1wiID8gREVGQVVMVFMueGVzIDogeyBjYXNlOiBcIlwiLCBhY3Rpdml0eTogW10sIHRpbWVzdGFtcDogXCJcIiB9O1xuICBjb25zdCBhY3Rpdml0eSA9IG1hcHBpbmcuYWN0aXZpdHkgPz8gZGVmYXVsdHMuYWN0aXZpdHk7XG4gIGxldCBwYXJzZVRpbWU6IFRpbWVzdGFtcFBhcnNlcjtcbiAgdHJ5IHtcbiAgICBwYXJzZVRpbWUgPSB0aW1lc3RhbXBQYXJzZXIob3B0aW9ucy50aW1lc3RhbXBGb3JtYXQpO1xuICB9IGNhdGNoIChlKSB7XG4gICAgdGhyb3cgbmV3IEV2ZW50TG9nRXJyb3IoXCJiYWRfb3B0aW9uXCIsIGAkeyhlIGFzIEVycm9yKS5tZXNzYWdlfTogdXNlIFlZWVksIE1NLCBERCwgSEgsIG1tLCBzcywgU1NTIGFuZCBaYCk7XG4gIH1cbiAgaWYgKG9wdGlvbnMudGltZXpvbmUgIT09IHVuZGVmaW5lZCAmJiAhaXNUaW1lWm9uZShvcHRpb25zLnRpbWV6b25lKSkge1xuICAgIHRocm93IG5ldyBFdmVudExvZ0Vycm9yKFwiYmFkX29wdGlvblwiLCBgdW5rbm93biB0aW1lIHpvbmUgJHtKU09OLnN0cmluZ2lmeShvcHRpb25zLnRpbWV6b25lKX06IHVzZSBhbiBJQU5BIG5hbWUgc3VjaCBhcyBcIkV1cm9wZS9IZWxzaW5raVwiYCk7XG4gIH1cbiAgY29uc3QgcGFyc2VUaW1lQXQgPSBvcHRpb25zLnRpbWVzdGFtcEZvcm1hdCA9PT0gdW5kZWZpbmVkIHx8IG9wdGlvbnMudGltZXN0YW1wRm9ybWF0ID09PSBcIlwiID8gaXNvVGltZXN0YW1wQnl0ZXMgOiBudWxsO1xuICBjb25zdCB6b25lZCA9IG9wdGlvbnMudGltZXpvbmUgPT09IHVuZGVmaW5lZCA/IHsgcGFyc2VUaW1lLCBwYXJzZVRpbWVBdCB9IDogem9uZWRUaW1lc3RhbXBzKHBhcnNlVGltZSwgcGFyc2VUaW1lQXQsIG9wdGlvbnMudGltZXN0YW1wRm9ybWF0LCBvcHRpb25zLnRpbWV6b25lKTtcbiAgY29uc3QgY29uZmlnOiBSZWFkZXJDb25maWcgPSB7XG4gICAgY2FzZUtleTogbWFwcGluZy5jYXNlID8/IGRlZmF1bHRzLmNhc2UsXG4gICAgYWN0aXZpdHlLZXlzOiB0eXBlb2YgYWN0aXZpdHkgPT09IFwic3RyaW5nXCIgPyBbYWN0aXZpdHldIDogWy4uLmFjdGl2aXR5XSxcbiAgICB0aW1lc3RhbXBLZXk6IG1hcHBpbmcudGltZXN0YW1wID8/IGRlZmF1bHRzLnRpbWVzdGFtcCxcbiAgICBzdGFydFRpbWVzdGFtcEtleTogbWFwcGluZy5zdGFydFRpbWVzdGFtcCA/PyBudWxsLFxuICAgIGRlcGFydG1lbnRLZXk6IG1hcHBpbmcuZGVwYXJ0bWVudCA/PyBudWxsLFxuICAgIGN1c3RvbWVyS2V5OiBtYXBwaW5nLmN1c3RvbWVyID8/IG51bGwsXG4gICAgbWlzc2luZzogbmV3IFNldChtYXBwaW5nLm1pc3NpbmcgPz8gW10pLFxuICAgIGFjdGl2aXR5U2VwYXJhdG9yOiBvcHRpb25zLmFjdGl2aXR5U2VwYXJhdG9yID8/IERFRkFVTFRTLmFjdGl2aXR5U2VwYXJhdG9yLFxuICAgIC4uLnpvbmVkLFxuICAgIHRpbWVzdGFtcEhpbnQ6XG4gICAgICB0eXBlb2Ygb3B0aW9ucy50aW1lc3RhbXBGb3JtYXQgPT09IFwic3RyaW5nXCIgPyBgdGhlIGZvcm1hdCAke0pTT04uc3RyaW5naWZ5KG9wdGlvbnMudGltZXN0YW1wRm9ybWF0KX1gIDogXCJJU08gODYwMSAoMjAxNC0xMC0yMlQxMToxNTo0MSswMjowMCkgb3IgWVlZWS9NTS9ERCBoaDptbTpzc1wiLFxuICAgIHRpbWVzdGFtcEZpeGVzOiB0eXBlb2Ygb3B0aW9ucy50aW1lc3RhbXBGb3JtYXQgPT09IFwic3RyaW5nXCIgPyBbXSA6IFtcInRpbWVzdGFtcF9mb3JtYXRcIl0sXG4gICAgc2tpcEJhZFJvd3M6IG9wdGlvbnMuc2tpcEJhZFJvd3MgPz8gREVGQVVMVFMuc2tpcEJhZFJvd3MsXG4gICAgYnVpbGRlcixcbiAgfTtcbiAgaWYgKGZvcm1hdCA9PT0gXCJjc3ZcIikge1xuICAgIC8vIFRoZSBDU1YgcmVhZGVyIHJlYWRzIFVURi04IGJ5dGVzOiBhIHN0cmluZyBpcyBlbmNvZGVkLCBhbm90aGVyIGVuY29kaW5nIGRlY29kZWQgYW5kIGVuY29kZWQuXG4gICAgY29uc3QgdXRmOCA9IGVuY29kaW5nID09PSBcInV0Zi04XCIgfHwgZW5jb2RpbmcgPT09IFwidXRmOFwiO1xuICAgIGNvbnN0IGJ5dGVzID0gcGVla2VkLmNodW5rcyA9PT0gbnVsbCA/IHV0ZjhDaHVua3Moc291cmNlIGFzIHN0cmluZykgOiB1dGY4ID8gcGVla2VkLmNodW5rcyA6IHV0ZjhDaHVua3MoZGVjb2RlVGV4dChwZWVrZWQuY2h1bmtzLCBlbmNvZGluZykpO1xuICAgIGF3YWl0IHJlYWRDc3ZFdmVudHMoYnl0ZXMsIGNvbmZpZywgb3B0aW9ucy5kZWxpbWl0ZXIpO1xuICB9IGVsc2Uge1xuICAgIHRyeSB7XG4gICAgICBhd2FpdCByZWFkWGVzRXZlbnRzKHBlZWtlZC5jaHVua3MgPT09IG51bGwgPyBzbGljZWQoc291cmNlIGFzIHN0cmluZykgOiBkZWNvZGVUZXh0KHBlZWtlZC5jaHVua3MsIGVuY29kaW5nKSwgY29uZmlnKTtcbiAgICB9IGNhdGNoIChlKSB7XG4gICAgICAvLyBBIENTViB3aG9zZSBmaXJzdCBjb2x1bW4gbmFtZSBzdGFydHMgd2l0aCBcIjxcIiBpcyByZWFkIGFzIFhFUzogc2F5IGhvdyB0byByZWFkIGl0IGFzIENTVi5cbiAgICAgIGlmIChlIGluc3RhbmNlb2YgRXZlbnRMb2dFcnJvciAmJiBvcHRpb25zLmZvcm1hdCA9PT0gdW5kZWZpbmVkICYmIChlLmNvZGUgPT09IFwieG1sX2Vycm9yXCIgfHwgZS5jb2RlID09PSBcIm5vdF94ZXNcIikpIHtcbiAgICAgICAgdGhyb3cgbmV3IEV2ZW50TG9nRXJyb3IoZS5jb2RlLCBlLnByb2JsZW0sIGUucGxhY2UsIFsuLi5lLmZpeGVzLCBcImZvcm1hdF9jc3ZcIl0pO1xuICAgICAgfVxuICAgICAgdGhyb3cgZTtcbiAgICB9XG4gIH1cbiAgaWYgKGJ1aWxkZXIuZXZlbnRzID09PSAwKSB7XG4gICAgY29uc3Qgc2tpcHBlZCA9IGJ1aWxkZXIuc2tpcHBlZCA/IGA6IGFsbCAke2J1aWxkZXIuc2tpcHBlZH0gd2VyZSBza2lwcGVkIGFzIGJhZCAoZmlyc3Q6ICR7YnVpbGRlci5za2lwcGVkUHJvYmxlbXNbMF19KWAgOiBcIlwiO1xuICAgIHRocm93IG5ldyBFdmVudExvZ0Vycm9yKFwiZW1wdHlfbG9nXCIsIGB0aGUgbG9nIGhhcyBubyBldmVudHMke3NraXBwZWR9YCk7XG4gIH1cbiAgcmV0dXJuIGJ1aWxkZXIuYnVpbGQoZm9ybWF0LCBjb25maWcuY3VzdG9tZXJLZXkgIT09IG51bGwpO1xufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay93dC9yZWFkZXIvc3JjL21pbmluZ1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvd3QvcmVhZGVyL3NyYy9taW5pbmcvY2xhc3NpZmljYXRpb24udHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfaW1wb3J0X21ldGFfdXJsID0gXCJmaWxlOi8vL3dvcmsvd3QvcmVhZGVyL3NyYy9taW5pbmcvY2xhc3NpZmljYXRpb24udHNcIjtpbXBvcnQgeyB6IH0gZnJvbSBcInpvZFwiO1xuaW1wb3J0IHsgZm9ybWF0UGF0aCB9IGZyb20gXCIuLi9tb2RlbC9mb3JtYXQtcGF0aC5qc1wiO1xuaW1wb3J0IHsgaXNzdWVNZXNzYWdlIH0gZnJvbSBcIi4uL21vZGVsL2lzc3VlLW1lc3NhZ2UuanNcIjtcbmltcG9ydCB0eXBlIHsgUHJvYmxlbSB9IGZyb20gXCIuLi9tb2RlbC9wcm9ibGVtLmpzXCI7XG5pbXBvcnQgeyBNT0RFTF9CT1VORFMsIE9VVENPTUVTLCBTVEFOREFSRF9XQVNURVMsIFNURVBfVFlQRVMgfSBmcm9tIFwiLi4vbW9kZWwvc2NoZW1hLmpzXCI7XG5pbXBvcnQgdHlwZSB7IElzc3VlIH0gZnJvbSBcIi4uL21vZGVsL3R5cGVzLmpzXCI7XG5cbmNvbnN0IENsYXNzaWZpZWRBY3Rpdml0eVNjaGVtYSA9IHouc3RyaWN0T2JqZWN0KHtcbiAgYWN0aXZpdHk6IHouc3RyaW5nKCkubWluKDEpLmRlc2NyaWJlKFwiVGhlIGFjdGl2aXR5IG5hbWUgYXMgdGhlIGxvZyBzcGVsbHMgaXQgKGpvaW5lZCwgd2hlbiBzZXZlcmFsIGNvbHVtbnMgbWFrZSB0aGUgYWN0aXZpdHkpLlwiKSxcbiAgdHlwZTogei5lbnVtKFNURVBfVFlQRVMpLmRlc2NyaWJlKFwidmFsdWUsIG5lY2Vzc2FyeSBvciB3YXN0ZS5cIiksXG4gIHdhc3RlOiB6LnN0cmluZygpLm1pbigxKS5vcHRpb25hbCgpLmRlc2NyaWJlKGBXYXN0ZSBjYXRlZ29yeSBvZiBhIHdhc3RlIGFjdGl2aXR5OiAke1NUQU5EQVJEX1dBU1RFUy5qb2luKFwiLCBcIil9LCBvciBhIGN1c3RvbSBvbmUuYCksXG4gIC8vIGJvdW5kZWQgYXMgYSBtb2RlbCdzIG1pbnV0ZXMgYW5kIGNvc3QgYXJlOiB0aGUgbWluZWQgbW9kZWwncyBzdGVwcyB0YWtlIHRoZW1cbiAgbWludXRlczogei5udW1iZXIoKS5maW5pdGUoKS5ub25uZWdhdGl2ZSgpLm1heChNT0RFTF9CT1VORFMubWludXRlcykub3B0aW9uYWwoKS5kZXNjcmliZShcIlRoZSBjdXN0b21lcidzIG1pbnV0ZXMgaW4gdGhpcyBhY3Rpdml0eSAoMCB3aGVuIGFic2VudCkuXCIpLFxuICBjb3N0OiB6Lm51bWJlcigpLmZpbml0ZSgpLm5vbm5lZ2F0aXZlKCkubWF4KE1PREVMX0JPVU5EUy5jb3N0KS5vcHRpb25hbCgpLmRlc2NyaWJlKFwiVGhlIG9yZ2FuaXNhdGlvbidzIGNvc3Qgb2YgdGhpcyBhY3Rpdml0eS5cIiksXG4gIGZhaWx1cmU6IHouYm9vbGVhbigpLm9wdGlvbmFsKCkuZGVzY3JpYmUoXCJBIHZpc2l0IHRvIHRoaXMgYWN0aXZpdHkgaXMgZmFpbHVyZSBkZW1hbmQuXCIpLFxuICBvdXRjb21lOiB6LmVudW0oT1VUQ09NRVMpLm9wdGlvbmFsKCkuZGVzY3JpYmUoXCJBIGNhc2UgdGhhdCBlbmRzIHdpdGggdGhpcyBhY3Rpdml0eSBlbmRzIHNvIChyZXNvbHZlZCB3aGVuIGFic2VudCkuXCIpLFxufSk7XG5cbi8qKlxuICogVGhlIHpvZCBzY2hlbWEgb2YgYSBjbGFzc2lmaWNhdGlvbiBmaWxlIChgaHVra2EgbWluZSAtLWNsYXNzaWZ5IEZJTEVgKTsgYHBhcnNlQ2xhc3NpZmljYXRpb25gXG4gKiB3b3JkcyBpdHMgcHJvYmxlbXMuXG4gKlxuICogQGV4YW1wbGVcbiAqIENsYXNzaWZpY2F0aW9uU2NoZW1hLnNhZmVQYXJzZSh7IGFjdGl2aXRpZXM6IFt7IGFjdGl2aXR5OiBcIlJldHVybiBFUlwiLCB0eXBlOiBcIndhc3RlXCIsIHdhc3RlOiBcImVycm9yc1wiIH1dIH0pLnN1Y2Nlc3M7IC8vIHRydWVcbiAqL1xuZXhwb3J0IGNvbnN0IENsYXNzaWZpY2F0aW9uU2NoZW1hID0gelxuICAuc3RyaWN0T2JqZWN0KHtcbiAgICAkc2NoZW1hOiB6LnN0cmluZygpLm9wdGlvbmFsKCksXG4gICAgYWN0aXZpdGllczogei5hcnJheShDbGFzc2lmaWVkQWN0aXZpdHlTY2hlbWEpLFxuICB9KVxuICAuc3VwZXJSZWZpbmUoKHZhbHVlLCBjdHgpID0+IHtcbiAgICBjb25zdCBzZWVuID0gbmV3IE1hcDxzdHJpbmcsIG51bWJlcj4oKTtcbiAgICB2YWx1ZS5hY3Rpdml0aWVzLmZvckVhY2goKGEsIGkpID0+IHtcbiAgICAgIGNvbnN0IGZpcnN0ID0gc2Vlbi5nZXQoYS5hY3Rpdml0eSk7XG4gICAgICBpZiAoZmlyc3QgIT09IHVuZGVmaW5lZCkge1xuICAgICAgICBjdHguYWRkSXNzdWUoeyBjb2RlOiBcImN1c3RvbVwiLCBwYXRoOiBbXCJhY3Rpdml0aWVzXCIsIGksIFwiYWN0aXZpdHlcIl0sIG1lc3NhZ2U6IGBkdXBsaWNhdGUgYWN0aXZpdHkgJHtKU09OLnN0cmluZ2lmeShhLmFjdGl2aXR5KX0gKGFsc28gYWN0aXZpdGllc1ske2ZpcnN0fV0pOiBjbGFzc2lmeSBlYWNoIGFjdGl2aXR5IG9uY2VgLCBwYXJhbXM6IHsgY29kZTogXCJkdXBsaWNhdGVfaWRcIiB9IH0pO1xuICAgICAgfSBlbHNlIHNlZW4uc2V0KGEuYWN0aXZpdHksIGkpO1xuICAgICAgaWYgKGEudHlwZSA9PT0gXCJ3YXN0ZVwiICYmIGEud2FzdGUgPT09IHVuZGVmaW5lZCkge1xuICAgICAgICBjdHguYWRkSXNzdWUoeyBjb2RlOiBcImN1c3RvbVwiLCBwYXRoOiBbXCJhY3Rpdml0aWVzXCIsIGksIFwid2FzdGVcIl0sIG1lc3NhZ2U6IGBhIHdhc3RlIGFjdGl2aXR5IG5lZWRzIGEgd2FzdGUgY2F0ZWdvcnkgKCR7U1RBTkRBUkRfV0FTVEVTLmpvaW4oXCIsIFwiKX0sIG9yIGEgY3VzdG9tIG9uZSlgLCBwYXJhbXM6IHsgY29kZTogXCJtaXNzaW5nX3dhc3RlX2NhdGVnb3J5XCIgfSB9KTtcbiAgICAgIH1cbiAgICAgIGlmIChhLnR5cGUgIT09IFwid2FzdGVcIiAmJiBhLndhc3RlICE9PSB1bmRlZmluZWQpIHtcbiAgICAgICAgY3R4LmFkZElzc3VlKHsgY29kZTogXCJjdXN0b21cIiwgcGF0aDogW1wiYWN0aXZpdGllc1wiLCBpLCBcIndhc3RlXCJdLCBtZXNzYWdlOiBgYSB3YXN0ZSBjYXRlZ29yeSBvbiBhICR7YS50eXBlfSBhY3Rpdml0eTogc2V0IHR5cGUgXCJ3YXN0ZVwiIG9yIGRyb3AgdGhlIGNhdGVnb3J5YCwgcGFyYW1zOiB7IGNvZGU6IFwid2FzdGVfY2F0ZWdvcnlfb25fbm9uX3dhc3RlXCIgfSB9KTtcbiAgICAgIH1cbiAgICB9KTtcbiAgfSk7XG5cbi8qKlxuICogSG93IHRoZSBhY3Rpdml0aWVzIG9mIGEgbG9nIGNvdW50IGZvciB0aGUgY3VzdG9tZXI6IHN0ZXAgdHlwZSwgd2FzdGUgY2F0ZWdvcnksIG1pbnV0ZXMsXG4gKiBmYWlsdXJlIGRlbWFuZCwgYW5kIHdoZXRoZXIgYSBjYXNlIGVuZGluZyB3aXRoIHRoZSBhY3Rpdml0eSBpcyBhYmFuZG9uZWQuXG4gKlxuICogQGV4YW1wbGVcbiAqIGNvbnN0IGNsYXNzaWZpY2F0aW9uOiBDbGFzc2lmaWNhdGlvbiA9IHBhcnNlQ2xhc3NpZmljYXRpb24oe1xuICogICBhY3Rpdml0aWVzOiBbeyBhY3Rpdml0eTogXCJSZXR1cm4gRVJcIiwgdHlwZTogXCJ3YXN0ZVwiLCB3YXN0ZTogXCJlcnJvcnNcIiwgZmFpbHVyZTogdHJ1ZSB9XSxcbiAqIH0pO1xuICovXG5leHBvcnQgdHlwZSBDbGFzc2lmaWNhdGlvbiA9IHouaW5mZXI8dHlwZW9mIENsYXNzaWZpY2F0aW9uU2NoZW1hPjtcbi8qKlxuICogSG93IG9uZSBhY3Rpdml0eSBvZiBhIGxvZyBjb3VudHMgZm9yIHRoZSBjdXN0b21lci5cbiAqXG4gKiBAZXhhbXBsZVxuICogY29uc3QgYWN0aXZpdHk6IENsYXNzaWZpZWRBY3Rpdml0eSA9IHsgYWN0aXZpdHk6IFwiVDAzIEFkanVzdCBjb25maXJtYXRpb24gb2YgcmVjZWlwdFwiLCB0eXBlOiBcIndhc3RlXCIsIHdhc3RlOiBcImVycm9yc1wiIH07XG4gKi9cbmV4cG9ydCB0eXBlIENsYXNzaWZpZWRBY3Rpdml0eSA9IENsYXNzaWZpY2F0aW9uW1wiYWN0aXZpdGllc1wiXVtudW1iZXJdO1xuXG4vKipcbiAqIFRocm93biBieSBgcGFyc2VDbGFzc2lmaWNhdGlvbmA7IGAuaXNzdWVzYCBsaXN0cyBldmVyeSBwcm9ibGVtLlxuICpcbiAqIEBleGFtcGxlXG4gKiB0cnkgeyBwYXJzZUNsYXNzaWZpY2F0aW9uKHsgYWN0aXZpdGllczogW3sgYWN0aXZpdHk6IFwieFwiLCB0eXBlOiBcIndhc3RlXCIgfV0gfSk7IH1cbiAqIGNhdGNoIChlKSB7IChlIGFzIEludmFsaWRDbGFzc2lmaWNhdGlvbkVycm9yKS5pc3N1ZXNbMF0uY29kZTsgfSAvLyBcIm1pc3Npbmdfd2FzdGVfY2F0ZWdvcnlcIlxuICovXG5leHBvcnQgY2xhc3MgSW52YWxpZENsYXNzaWZpY2F0aW9uRXJyb3IgZXh0ZW5kcyBFcnJvciB7XG4gIG92ZXJyaWRlIG5hbWUgPSBcIkludmFsaWRDbGFzc2lmaWNhdGlvbkVycm9yXCI7XG4gIGNvbnN0cnVjdG9yKHJlYWRvbmx5IGlzc3VlczogSXNzdWVbXSkge1xuICAgIHN1cGVyKGBpbnZhbGlkIGNsYXNzaWZpY2F0aW9uICgke2lzc3Vlcy5sZW5ndGggPT09IDEgPyBcIjEgcHJvYmxlbVwiIDogYCR7aXNzdWVzLmxlbmd0aH0gcHJvYmxlbXNgfSk6XFxuJHtpc3N1ZXMubWFwKChpKSA9PiBgICAke2kubWVzc2FnZX1gKS5qb2luKFwiXFxuXCIpfWApO1xuICB9XG59XG5cbi8qKlxuICogVmFsaWRhdGVzIGEgY2xhc3NpZmljYXRpb24gKHBhcnNlZCBKU09OKSBhbmQgbGlzdHMgZXZlcnkgcHJvYmxlbSBhdCBvbmNlOiBlYWNoIGlzc3VlIGhhcyBhXG4gKiBzbmFrZV9jYXNlIGBjb2RlYCwgYSBKU09OIGBwYXRoYCBhbmQgYSBtZXNzYWdlIG5hbWluZyB0aGUgcGxhY2UgYW5kIHRoZSBmaXguXG4gKlxuICogQGV4YW1wbGVcbiAqIHBhcnNlQ2xhc3NpZmljYXRpb24oeyBhY3Rpdml0aWVzOiBbXG4gKiAgIHsgYWN0aXZpdHk6IFwiUmV0dXJuIEVSXCIsIHR5cGU6IFwid2FzdGVcIiwgd2FzdGU6IFwiZXJyb3JzXCIsIGZhaWx1cmU6IHRydWUsIG91dGNvbWU6IFwiYWJhbmRvbmVkXCIgfSxcbiAqICAgeyBhY3Rpdml0eTogXCJFUiBUcmlhZ2VcIiwgdHlwZTogXCJuZWNlc3NhcnlcIiwgbWludXRlczogMTAgfSxcbiAqIF0gfSk7XG4gKiBwYXJzZUNsYXNzaWZpY2F0aW9uKHsgYWN0aXZpdGllczogW3sgYWN0aXZpdHk6IFwieFwiLCB0eXBlOiBcIndhc3RlXCIgfV0gfSk7XG4gKiAvLyB0aHJvd3M6IGFjdGl2aXRpZXNbMF0ud2FzdGU6IGEgd2FzdGUgYWN0aXZpdHkgbmVlZHMgYSB3YXN0ZSBjYXRlZ29yeSAoZGVsYXksIFx1MjAyNilcbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBhcnNlQ2xhc3NpZmljYXRpb24oaW5wdXQ6IHVua25vd24pOiBDbGFzc2lmaWNhdGlvbiB7XG4gIGNvbnN0IHJlc3VsdCA9IENsYXNzaWZpY2F0aW9uU2NoZW1hLnNhZmVQYXJzZShpbnB1dCwgeyByZXBvcnRJbnB1dDogdHJ1ZSB9KTtcbiAgaWYgKHJlc3VsdC5zdWNjZXNzKSByZXR1cm4gcmVzdWx0LmRhdGE7XG4gIHRocm93IG5ldyBJbnZhbGlkQ2xhc3NpZmljYXRpb25FcnJvcihcbiAgICByZXN1bHQuZXJyb3IuaXNzdWVzLm1hcCgoaSkgPT4ge1xuICAgICAgY29uc3QgY29kZSA9IGkuY29kZSA9PT0gXCJjdXN0b21cIiA/IFN0cmluZygoaS5wYXJhbXMgYXMgeyBjb2RlPzogc3RyaW5nIH0gfCB1bmRlZmluZWQpPy5jb2RlID8/IFwiY3VzdG9tXCIpIDogaS5jb2RlO1xuICAgICAgY29uc3QgcGF0aCA9IGkucGF0aC5tYXAoKHApID0+ICh0eXBlb2YgcCA9PT0gXCJzeW1ib2xcIiA/IFN0cmluZyhwKSA6IHApKTtcbiAgICAgIHJldHVybiB7IGNvZGUsIHBhdGgsIG1lc3NhZ2U6IGNsYXNzaWZpY2F0aW9uTWVzc2FnZShpKSB9O1xuICAgIH0pLFxuICApO1xufVxuXG4vKiogQSB6b2QgaXNzdWUgb2YgYSBjbGFzc2lmaWNhdGlvbiBpbiBodWtrYSdzIHdvcmRzIChcIm11c3QgYmUgXHUyMjY0IDFlOSwgZ290IDFlKzMwOFwiKSwgYXMgbW9kZWwgcHJvYmxlbXMgYXJlIHdvcmRlZC4gKi9cbmZ1bmN0aW9uIGNsYXNzaWZpY2F0aW9uTWVzc2FnZShpc3N1ZTogei5jb3JlLiRab2RJc3N1ZSk6IHN0cmluZyB7XG4gIGlmIChpc3N1ZS5jb2RlID09PSBcImN1c3RvbVwiKSByZXR1cm4gYCR7Zm9ybWF0UGF0aChpc3N1ZS5wYXRoKX06ICR7aXNzdWUubWVzc2FnZX1gO1xuICBpZiAoaXNzdWUuY29kZSA9PT0gXCJ1bnJlY29nbml6ZWRfa2V5c1wiKSB7XG4gICAgLy8gdGhlIGZpZWxkcyBvZiBhIGNsYXNzaWZpY2F0aW9uLCBub3Qgb2YgYSBzZXJ2aWNlIG1vZGVsXG4gICAgY29uc3Qga25vd24gPSBpc3N1ZS5wYXRoLmxlbmd0aCA9PT0gMCA/IFtcIiRzY2hlbWFcIiwgXCJhY3Rpdml0aWVzXCJdIDogT2JqZWN0LmtleXMoQ2xhc3NpZmllZEFjdGl2aXR5U2NoZW1hLnNoYXBlKTtcbiAgICBjb25zdCBrZXlzID0gaXNzdWUua2V5cy5tYXAoKGspID0+IEpTT04uc3RyaW5naWZ5KGspKS5qb2luKFwiLCBcIik7XG4gICAgcmV0dXJuIGAke2Zvcm1hdFBhdGgoaXNzdWUucGF0aCl9OiB1bmtub3duIGZpZWxkJHtpc3N1ZS5rZXlzLmxlbmd0aCA9PT0gMSA/IFwiXCIgOiBcInNcIn0gJHtrZXlzfSAoa25vd246ICR7a25vd24uam9pbihcIiwgXCIpfSlgO1xuICB9XG4gIHJldHVybiBpc3N1ZU1lc3NhZ2UoaXNzdWUgYXMgUHJvYmxlbSk7XG59XG4iLCAiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL3d0L3JlYWRlci9kb2NzLy52aXRlcHJlc3NcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZmlsZW5hbWUgPSBcIi93b3JrL3d0L3JlYWRlci9kb2NzLy52aXRlcHJlc3Mvc2Vwc2lzLmRhdGEudHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfaW1wb3J0X21ldGFfdXJsID0gXCJmaWxlOi8vL3dvcmsvd3QvcmVhZGVyL2RvY3MvLnZpdGVwcmVzcy9zZXBzaXMuZGF0YS50c1wiO2ltcG9ydCB7IHJlYWxMb2csIHR5cGUgTWlzc2luZ1JlYWxMb2csIHR5cGUgUmVhbExvZyB9IGZyb20gXCIuL3JlYWwtbG9nLmpzXCI7XG5cbmRlY2xhcmUgY29uc3QgZGF0YTogUmVhbExvZyB8IE1pc3NpbmdSZWFsTG9nO1xuZXhwb3J0IHsgZGF0YSB9O1xuXG4vLyBUaGUgU2Vwc2lzIGxvZywgaXRzIGFub255bWlzZWQgZ3JvdXBzIGZvbGRlZCBpbnRvIHRoZSBob3NwaXRhbCdzIGFyZWFzIGFzIHRoZSBleGFtcGxlIGRvZXMuXG5jb25zdCBBUkVBID0gbmV3IE1hcChbXG4gIFtcIkFcIiwgXCJFbWVyZ2VuY3kgcm9vbVwiXSxcbiAgW1wiQ1wiLCBcIkVtZXJnZW5jeSByb29tXCJdLFxuICBbXCJCXCIsIFwiTGFib3JhdG9yeVwiXSxcbiAgW1wiRVwiLCBcIkRpc2NoYXJnZVwiXSxcbl0pO1xuXG5leHBvcnQgZGVmYXVsdCB7XG4gIGxvYWQ6ICgpID0+XG4gICAgcmVhbExvZyh7XG4gICAgICBmaWxlOiBcInNoYXJlZC9kYXRhL3NlcHNpcy9zZXBzaXMuY3N2XCIsXG4gICAgICBkb2k6IFwiZG9pOjEwLjQxMjEvdXVpZDo5MTVkMmJmYi03ZTg0LTQ5YWQtYTI4Ni1kYzM1ZjA2M2E0NjBcIixcbiAgICAgIGNpdGF0aW9uOiBcIkYuIE1hbm5oYXJkdCwgU2Vwc2lzIENhc2VzIFx1MjAxMyBFdmVudCBMb2csIDRUVS5SZXNlYXJjaERhdGEsIDIwMTZcIixcbiAgICAgIGlkOiBcInNlcHNpc1wiLFxuICAgICAgbmFtZTogXCJTZXBzaXMgcGF0aWVudHMsIGdyb3VwcyBmb2xkZWQgaW50byBhcmVhc1wiLFxuICAgICAgbWFwcGluZzogeyBjYXNlOiBcIkNhc2UgSURcIiwgYWN0aXZpdHk6IFwiQWN0aXZpdHlcIiwgdGltZXN0YW1wOiBcIkNvbXBsZXRlIFRpbWVzdGFtcFwiLCBkZXBhcnRtZW50OiBcIm9yZzpncm91cFwiLCBtaXNzaW5nOiBbXCI/XCJdIH0sXG4gICAgICBvcHRpb25zOiB7IGRlbGltaXRlcjogXCI7XCIgfSxcbiAgICAgIGNsYXNzaWZpY2F0aW9uOiBcImV4YW1wbGVzL3NlcHNpcy9jbGFzc2lmaWNhdGlvbi5qc29uXCIsXG4gICAgICBmb2xkOiAoZ3JvdXApID0+IEFSRUEuZ2V0KGdyb3VwKSA/PyBcIldhcmRzIGFuZCBJQ1wiLFxuICAgIH0pLFxufTtcbiJdLAogICJtYXBwaW5ncyI6ICI7QUFHQSxTQUFTLGtCQUFrQixZQUFZLG9CQUFvQjtBQUMzRCxTQUFTLHFCQUFxQjs7O0FDSnFOLFNBQVMsU0FBUztBQWM5UCxJQUFNLGVBQWUsT0FBTyxPQUFPLEVBQUUsU0FBUyxLQUFLLE1BQU0sS0FBSyxRQUFRLEtBQUssQ0FBQztBQUVuRixJQUFNLEtBQUssRUFBRSxPQUFPLEVBQUUsSUFBSSxDQUFDLEVBQUUsU0FBUyxpRUFBaUU7QUFDdkcsSUFBTSxVQUFVLEVBQUUsT0FBTyxFQUFFLE9BQU8sRUFBRSxZQUFZLEVBQUUsSUFBSSxhQUFhLE9BQU87QUFDMUUsSUFBTSxPQUFPLEVBQUUsT0FBTyxFQUFFLE9BQU8sRUFBRSxZQUFZLEVBQUUsSUFBSSxhQUFhLElBQUk7QUFDcEUsSUFBTSxTQUFTLEVBQUUsT0FBTyxFQUFFLE9BQU8sRUFBRSxZQUFZLEVBQUUsSUFBSSxhQUFhLE1BQU07QUFRakUsSUFBTSxrQkFBa0I7QUFBQSxFQUM3QjtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUNGO0FBRU8sSUFBTSxRQUFRLENBQUMsY0FBYyxhQUFhLFNBQVM7QUFDbkQsSUFBTSxhQUFhLENBQUMsU0FBUyxhQUFhLE9BQU87QUFDakQsSUFBTSxXQUFXLENBQUMsWUFBWSxXQUFXO0FBRWhELElBQU0sZ0JBQWdCLEVBQ25CLE9BQU8sRUFDUCxJQUFJLENBQUMsRUFDTCxTQUFTLDBCQUEwQixnQkFBZ0IsS0FBSyxJQUFJLENBQUMsdURBQXVEO0FBUWhILElBQU0sbUJBQW1CLEVBQzdCLGFBQWE7QUFBQSxFQUNaO0FBQUEsRUFDQSxNQUFNLEVBQUUsT0FBTyxFQUFFLFNBQVMsRUFBRSxTQUFTLG1DQUFtQztBQUFBLEVBQ3hFLE1BQU0sRUFDSCxLQUFLLEtBQUssRUFDVixTQUFTLEVBQ1QsU0FBUyx1RkFBdUY7QUFDckcsQ0FBQyxFQUNBLFNBQVMsMkVBQTJFO0FBUWhGLElBQU0sYUFBYSxFQUN2QixhQUFhO0FBQUEsRUFDWixNQUFNLEVBQUUsT0FBTyxFQUFFLElBQUksQ0FBQyxFQUFFLFNBQVMsa0RBQWtEO0FBQUEsRUFDbkYsTUFBTSxFQUNILEtBQUssVUFBVSxFQUNmLFNBQVMsdUdBQXVHO0FBQUEsRUFDbkgsT0FBTyxjQUFjLFNBQVM7QUFBQSxFQUM5QixTQUFTLFFBQVEsU0FBUywrQ0FBK0M7QUFBQSxFQUN6RSxNQUFNLEtBQUssU0FBUyxFQUFFLFNBQVMsdUNBQXVDO0FBQ3hFLENBQUMsRUFDQSxTQUFTLDJCQUEyQjtBQVFoQyxJQUFNLG1CQUFtQixFQUM3QixhQUFhO0FBQUEsRUFDWjtBQUFBLEVBQ0EsTUFBTSxFQUFFLE9BQU8sRUFBRSxTQUFTLEVBQUUsU0FBUyxtQ0FBbUM7QUFBQSxFQUN4RSxZQUFZLEdBQUcsU0FBUyxxREFBcUQ7QUFBQSxFQUM3RSxTQUFTLEVBQUUsT0FBTyxFQUFFLFNBQVMsRUFBRSxTQUFTLDZDQUF3QztBQUFBLEVBQ2hGLE9BQU8sRUFDSixNQUFNLENBQUMsRUFBRSxRQUFRLEdBQUcsTUFBTSxDQUFDLEVBQzNCLFNBQVMsRUFDVCxTQUFTLG1GQUFtRjtBQUFBLEVBQy9GLFNBQVMsRUFDTixLQUFLLFFBQVEsRUFDYixTQUFTLEVBQ1QsU0FBUyxrRkFBa0Y7QUFBQSxFQUM5RixPQUFPLEVBQUUsTUFBTSxVQUFVLEVBQUUsU0FBUyxpQ0FBaUM7QUFBQSxFQUNyRSxPQUFPLEdBQ0osU0FBUyxFQUNUO0FBQUEsSUFDQztBQUFBLEVBQ0Y7QUFDSixDQUFDLEVBQ0EsU0FBUywrQ0FBK0M7QUFRcEQsSUFBTSxtQkFBbUIsRUFDN0IsYUFBYTtBQUFBLEVBQ1osTUFBTSxHQUFHLFNBQVMscUNBQXFDO0FBQUEsRUFDdkQsSUFBSSxHQUFHLFNBQVMsMkNBQTJDO0FBQUEsRUFDM0QsYUFBYSxFQUFFLE9BQU8sRUFBRSxPQUFPLEVBQUUsSUFBSSxDQUFDLEVBQUUsSUFBSSxDQUFDLEVBQUUsU0FBUyxFQUFFLFNBQVMsbURBQW1EO0FBQUEsRUFDdEgsUUFBUSxPQUNMLFNBQVMsRUFDVCxTQUFTLDRGQUE0RjtBQUFBLEVBQ3hHLE1BQU0sUUFBUSxTQUFTLEVBQUUsU0FBUyxxRkFBcUY7QUFBQSxFQUN2SCxPQUFPLGNBQWMsU0FBUyxFQUFFLFNBQVMsaURBQWlEO0FBQUEsRUFDMUYsYUFBYSxRQUNWLFNBQVMsRUFDVCxTQUFTLDRHQUE0RztBQUFBLEVBQ3hILFNBQVMsRUFBRSxRQUFRLEVBQUUsU0FBUyxFQUFFLFNBQVMsdURBQXVEO0FBQ2xHLENBQUMsRUFDQSxTQUFTLHdDQUF3QztBQVM3QyxJQUFNLG1CQUFtQixDQUFDLFFBQVEsV0FBVyxRQUFRLFdBQVcsU0FBUztBQVF6RSxJQUFNLGNBQWMsRUFDeEIsYUFBYTtBQUFBLEVBQ1osT0FBTyxFQUFFLE9BQU8sRUFBRSxJQUFJLEVBQUUsWUFBWSxFQUFFLFNBQVMsNERBQTREO0FBQUEsRUFDM0csWUFBWSxFQUFFLFFBQVEsRUFBRSxTQUFTLG9FQUFvRTtBQUFBLEVBQ3JHLFlBQVksRUFDVCxNQUFNLEVBQUUsS0FBSyxnQkFBZ0IsQ0FBQyxFQUM5QixTQUFTLG1EQUFtRCxpQkFBaUIsS0FBSyxJQUFJLENBQUMsdUJBQXVCO0FBQ25ILENBQUMsRUFDQSxTQUFTLCtIQUErSDtBQVFwSSxJQUFNLGdCQUFnQixFQUMxQixhQUFhO0FBQUEsRUFDWixTQUFTLEVBQUUsT0FBTyxFQUFFLFNBQVMsRUFBRSxTQUFTLDRDQUE0QztBQUFBLEVBQ3BGO0FBQUEsRUFDQSxNQUFNLEVBQUUsT0FBTyxFQUFFLFNBQVMsRUFBRSxTQUFTLG1DQUFtQztBQUFBLEVBQ3hFLFFBQVEsT0FBTyxTQUFTLEVBQUUsU0FBUyx3Q0FBd0M7QUFBQSxFQUMzRSxVQUFVLEVBQUUsT0FBTyxFQUFFLFNBQVMsRUFBRSxTQUFTLHdDQUF3QztBQUFBLEVBQ2pGLE1BQU0sRUFDSCxPQUFPLEVBQ1AsSUFBSSxDQUFDLEVBQ0wsU0FBUyxFQUNULFNBQVMsNEhBQTRIO0FBQUEsRUFDeEksT0FBTyxZQUFZLFNBQVM7QUFBQSxFQUM1QixtQkFBbUIsRUFDaEIsT0FBTyxFQUNQLFNBQVMsRUFDVCxJQUFJLElBQUksRUFDUixTQUFTLEVBQ1QsU0FBUyw0R0FBNEc7QUFBQSxFQUN4SCxhQUFhLEVBQUUsTUFBTSxnQkFBZ0IsRUFBRSxJQUFJLENBQUMsRUFBRSxTQUFTLGdEQUFnRDtBQUFBLEVBQ3ZHLGFBQWEsRUFBRSxNQUFNLGdCQUFnQixFQUFFLElBQUksQ0FBQyxFQUFFLFNBQVMsdUVBQXVFO0FBQUEsRUFDOUgsYUFBYSxFQUFFLE1BQU0sZ0JBQWdCLEVBQUUsU0FBUyxpRUFBaUU7QUFDbkgsQ0FBQyxFQUNBLFNBQVMsbUNBQW1DOzs7QUMxTC9DLElBQU0sV0FBVztBQVVWLFNBQVMsVUFBVUEsS0FBb0I7QUFDNUMsU0FBT0EsSUFBRyxVQUFVLFdBQVdBLE1BQUssR0FBR0EsSUFBRyxNQUFNLEdBQUcsV0FBVyxDQUFDLENBQUMsV0FBTUEsSUFBRyxPQUFPLGVBQWUsSUFBSSxDQUFDO0FBQ3RHOzs7QUNYQSxJQUFNLGFBQWE7QUFTWixTQUFTLFdBQVcsTUFBcUQ7QUFDOUUsTUFBSSxLQUFLLFdBQVcsRUFBRyxRQUFPO0FBQzlCLE1BQUksT0FBTztBQUNYLGFBQVcsT0FBTyxNQUFNO0FBQ3RCLFFBQUksT0FBTyxRQUFRLFNBQVUsU0FBUSxJQUFJLEdBQUc7QUFBQSxhQUNuQyxPQUFPLFFBQVEsWUFBWSxXQUFXLEtBQUssR0FBRyxFQUFHLFNBQVEsU0FBUyxLQUFLLE1BQU0sSUFBSSxHQUFHO0FBQUEsUUFDeEYsU0FBUSxJQUFJLEtBQUssVUFBVSxPQUFPLEdBQUcsQ0FBQyxDQUFDO0FBQUEsRUFDOUM7QUFDQSxTQUFPO0FBQ1Q7OztBQ2RBLElBQU0sYUFBYTtBQVdaLFNBQVMsYUFBYSxTQUEwQjtBQUNyRCxTQUFPLEdBQUcsV0FBVyxRQUFRLElBQUksQ0FBQyxLQUFLLFNBQVMsT0FBTyxDQUFDO0FBQzFEO0FBRUEsU0FBUyxTQUFTLEdBQW9CO0FBQ3BDLFVBQVEsRUFBRSxNQUFNO0FBQUEsSUFFZCxLQUFLO0FBQ0gsYUFBTyxFQUFFLFVBQVUsU0FDZixrQ0FBa0MsUUFBUSxFQUFFLFFBQVEsQ0FBQyxLQUNyRCxZQUFZLFFBQVEsRUFBRSxRQUFRLENBQUMsU0FBUyxNQUFNLEVBQUUsS0FBSyxDQUFDO0FBQUEsSUFDNUQsS0FBSztBQUNILFVBQUksRUFBRSxXQUFXLFNBQVUsUUFBTztBQUNsQyxVQUFJLEVBQUUsV0FBVyxRQUFTLFFBQU8sa0JBQWtCLEVBQUUsT0FBTyxJQUFJLE9BQU8sT0FBTyxFQUFFLE9BQU8sR0FBRyxTQUFTLEVBQUUsSUFBSSxDQUFDLENBQUM7QUFDM0csYUFBTyxXQUFXLEVBQUUsWUFBWSxXQUFNLEdBQUcsSUFBSSxNQUFNLEVBQUUsT0FBTyxDQUFDLFNBQVMsTUFBTSxFQUFFLEtBQUssQ0FBQztBQUFBLElBQ3RGLEtBQUs7QUFDSCxhQUFPLFdBQVcsRUFBRSxZQUFZLFdBQU0sR0FBRyxJQUFJLE1BQU0sRUFBRSxPQUFPLENBQUMsU0FBUyxNQUFNLEVBQUUsS0FBSyxDQUFDO0FBQUEsSUFDdEYsS0FBSyxxQkFBcUI7QUFDeEIsWUFBTSxRQUFRLFlBQVksRUFBRSxJQUFJO0FBQ2hDLGFBQU8sV0FBVyxPQUFPLEVBQUUsS0FBSyxRQUFRLE9BQU8sQ0FBQyxJQUFJLEVBQUUsS0FBSyxJQUFJLEtBQUssRUFBRSxLQUFLLElBQUksQ0FBQyxHQUFHLFFBQVEsWUFBWSxNQUFNLEtBQUssSUFBSSxDQUFDLE1BQU0sRUFBRTtBQUFBLElBQ2pJO0FBQUEsSUFDQSxLQUFLO0FBQ0gsYUFBTyxFQUFFLFVBQVUsU0FDZixrQ0FBa0MsTUFBTSxPQUFPLEVBQUUsS0FBSyxHQUFHLEVBQUUsS0FBSyxPQUFPLENBQUMsQ0FBQyxZQUFZLEVBQUUsT0FBTyxJQUFJLE1BQU0sRUFBRSxLQUFLLElBQUksQ0FBQyxLQUNwSCxXQUFXLE9BQU8sRUFBRSxLQUFLLEdBQUcsRUFBRSxLQUFLLE9BQU8sQ0FBQyxJQUFJLE1BQU0sRUFBRSxLQUFLLENBQUMsWUFBWSxFQUFFLE9BQU8sSUFBSSxNQUFNLEVBQUUsS0FBSyxJQUFJLENBQUM7QUFBQSxJQUM5RyxLQUFLO0FBQ0gsYUFBTyxFQUFFLEtBQUssR0FBRyxFQUFFLE1BQU0sVUFDckIseURBQW9ELE1BQU0sRUFBRSxLQUFLLENBQUMsS0FDbEUsaUJBQWlCLE1BQU0sRUFBRSxLQUFLLENBQUM7QUFBQSxJQUNyQyxLQUFLO0FBQUEsSUFDTCxLQUFLO0FBQUEsSUFDTCxLQUFLO0FBQUEsSUFDTCxLQUFLO0FBQUEsSUFDTCxLQUFLO0FBQ0gsYUFBTyxHQUFHLEVBQUUsT0FBTyxHQUFHLEVBQUUsVUFBVSxTQUFZLEtBQUssU0FBUyxNQUFNLEVBQUUsS0FBSyxDQUFDLEVBQUU7QUFBQSxJQUc5RSxLQUFLO0FBQ0gsYUFBTyxhQUFhLEVBQUUsSUFBSSxPQUFPLE1BQU0sRUFBRSxFQUFFLENBQUMscUJBQXFCLFdBQVcsRUFBRSxLQUFLLENBQUMsZ0JBQWdCLEVBQUUsSUFBSTtBQUFBLElBQzVHLEtBQUs7QUFDSCxhQUFPLHNCQUFzQixNQUFNLEVBQUUsS0FBSyxDQUFDLFlBQVksS0FBSyxFQUFFLE1BQU0sSUFBSSxTQUFTLENBQUMsQ0FBQztBQUFBLElBQ3JGLEtBQUs7QUFDSCxhQUFPLHNCQUFzQixNQUFNLEVBQUUsS0FBSyxDQUFDLFlBQVksS0FBSyxFQUFFLE1BQU0sSUFBSSxTQUFTLENBQUMsQ0FBQztBQUFBLElBQ3JGLEtBQUs7QUFDSCxhQUFPLEdBQUcsRUFBRSxLQUFLLElBQUksTUFBTSxFQUFFLEtBQUssQ0FBQyxpQkFBaUIsTUFBTSxFQUFFLFFBQVEsQ0FBQyxtQkFBbUIsRUFBRSxLQUFLLGNBQWMsTUFBTSxFQUFFLEtBQUssQ0FBQyxrSEFBa0gsRUFBRSxLQUFLO0FBQUEsSUFDdFAsS0FBSztBQUNILGFBQU8sd0JBQXdCLE1BQU0sRUFBRSxJQUFJLENBQUMsV0FBTSxNQUFNLEVBQUUsRUFBRSxDQUFDLDRCQUE0QixFQUFFLEtBQUs7QUFBQSxJQUNsRyxLQUFLO0FBQ0gsYUFBTztBQUFBLElBQ1QsS0FBSztBQUNILGFBQU8sY0FBYyxNQUFNLEVBQUUsRUFBRSxDQUFDO0FBQUEsSUFDbEMsS0FBSztBQUNILGFBQU8sY0FBYyxNQUFNLEVBQUUsRUFBRSxDQUFDLGdCQUFnQixNQUFNLEVBQUUsT0FBTyxDQUFDLDhCQUE4QixLQUFLLEVBQUUsV0FBVyxDQUFDO0FBQUEsSUFDbkgsS0FBSztBQUNILGFBQU8sbUNBQW1DLE1BQU0sRUFBRSxFQUFFLENBQUMsV0FBVyxNQUFNLEVBQUUsR0FBRyxDQUFDLFlBQVksS0FBSyxFQUFFLFdBQVcsQ0FBQztBQUFBLElBQzdHLEtBQUs7QUFDSCxhQUFPLGNBQWMsTUFBTSxFQUFFLEVBQUUsQ0FBQyxLQUFLLEtBQUssRUFBRSxPQUFPLENBQUMsSUFBSSxFQUFFLFFBQVEsV0FBVyxJQUFJLFVBQVUsTUFBTSx5QkFBeUIsRUFBRSxLQUFLLFVBQVUsT0FBTyxFQUFFLE9BQU8sWUFBWSxDQUFDLGNBQWMsRUFBRSxVQUFVLElBQUksVUFBVSxNQUFNLHVEQUF1RCxNQUFNLEVBQUUsRUFBRSxDQUFDO0FBQUEsSUFDMVIsS0FBSztBQUNILGFBQU8sY0FBYyxNQUFNLEVBQUUsRUFBRSxDQUFDLEtBQUssS0FBSyxFQUFFLE9BQU8sQ0FBQyxJQUFJLEVBQUUsUUFBUSxXQUFXLElBQUksVUFBVSxNQUFNLG9CQUFvQixFQUFFLEtBQUssVUFBVSxPQUFPLEVBQUUsT0FBTyxZQUFZLENBQUMsY0FBYyxFQUFFLFVBQVUsSUFBSSxVQUFVLE1BQU0sZ0ZBQWdGLE1BQU0sRUFBRSxFQUFFLENBQUM7QUFBQSxJQUM5UyxLQUFLO0FBQ0gsYUFBTyxzQkFBc0IsRUFBRSxLQUFLLElBQUksT0FBTyxFQUFFLE9BQU8sWUFBWSxDQUFDLHNCQUFzQixNQUFNLEVBQUUsRUFBRSxDQUFDO0FBQUEsSUFDeEcsS0FBSztBQUNILGFBQU8sY0FBYyxNQUFNLEVBQUUsSUFBSSxDQUFDLCtDQUErQyxnQkFBZ0IsS0FBSyxJQUFJLENBQUM7QUFBQSxJQUM3RyxLQUFLO0FBQ0gsYUFBTyxHQUFHLEVBQUUsSUFBSSxTQUFTLE1BQU0sRUFBRSxJQUFJLENBQUMsMEJBQTBCLE1BQU0sRUFBRSxLQUFLLENBQUM7QUFBQSxJQUNoRixLQUFLO0FBQ0gsYUFBTyxFQUFFLEtBQUssV0FBVyxJQUNyQixrQ0FBa0MsTUFBTSxFQUFFLEtBQUssQ0FBQyxDQUFFLENBQUMsZ0dBQ25ELGtDQUFrQyxNQUFNLEVBQUUsS0FBSyxDQUFDLENBQUUsQ0FBQyx5Q0FBeUMsS0FBSyxFQUFFLEtBQUssSUFBSSxLQUFLLENBQUMsQ0FBQztBQUFBLElBQ3pILEtBQUssc0JBQXNCO0FBQ3pCLFlBQU0sUUFBUSxFQUFFLEtBQUssV0FBVyxJQUFJLGdCQUFnQixvQ0FBb0MsS0FBSyxFQUFFLEtBQUssSUFBSSxLQUFLLENBQUMsQ0FBQztBQUMvRyxZQUFNLFFBQ0osRUFBRSxXQUFXLE9BQU8saURBQWlELFNBQVMsT0FBTyxFQUFFLE9BQU8sWUFBWSxDQUFDLENBQUMsRUFBRSxjQUFjLENBQUM7QUFDL0gsYUFBTyxrQ0FBa0MsTUFBTSxFQUFFLEtBQUssQ0FBQyxDQUFFLENBQUMsSUFBSSxLQUFLLElBQUksS0FBSztBQUFBLElBQzlFO0FBQUEsSUFDQSxLQUFLO0FBQ0gsYUFBTyxjQUFjLE1BQU0sRUFBRSxFQUFFLENBQUM7QUFBQSxJQUNsQyxLQUFLO0FBQ0gsYUFBTyxjQUFjLE1BQU0sRUFBRSxFQUFFLENBQUMsbURBQW1ELEVBQUUsS0FBSyw0Q0FBNEMsRUFBRSxLQUFLO0FBQUEsRUFDako7QUFDRjtBQUdBLFNBQVMsWUFBWSxNQUErQztBQUNsRSxRQUFNLFFBQ0osS0FBSyxXQUFXLElBQ1osY0FBYyxRQUNkLEtBQUssV0FBVyxLQUFLLEtBQUssQ0FBQyxNQUFNLGdCQUMvQixpQkFBaUIsUUFDakIsS0FBSyxXQUFXLEtBQUssS0FBSyxDQUFDLE1BQU0sZ0JBQy9CLGlCQUFpQixRQUNqQixLQUFLLFdBQVcsS0FBSyxLQUFLLENBQUMsTUFBTSxpQkFBaUIsS0FBSyxDQUFDLE1BQU0sVUFDNUQsV0FBVyxRQUNYLEtBQUssV0FBVyxLQUFLLEtBQUssQ0FBQyxNQUFNLGdCQUMvQixpQkFBaUIsUUFDakI7QUFDZCxTQUFPLFFBQVEsT0FBTyxLQUFLLEtBQUssSUFBSTtBQUN0QztBQUVBLFNBQVMsU0FBUyxNQUFzQztBQUN0RCxRQUFNLE1BQU0sT0FBTyxLQUFLLEdBQUcsRUFBRSxLQUFLLE1BQU07QUFDeEMsU0FBTyxJQUFJLFNBQVMsR0FBRyxJQUFJLElBQUksTUFBTSxHQUFHLEVBQUUsSUFBSTtBQUNoRDtBQUVBLFNBQVMsS0FBSyxhQUFzQztBQUNsRCxRQUFNLFFBQVEsWUFBWSxNQUFNLEdBQUcsVUFBVSxFQUFFO0FBQUEsSUFDN0MsQ0FBQyxNQUFNLGVBQWUsRUFBRSxLQUFLLFlBQU8sTUFBTSxFQUFFLEVBQUUsQ0FBQyxHQUFHLEVBQUUsZ0JBQWdCLFNBQVksS0FBSyxJQUFJLE1BQU0sRUFBRSxXQUFXLENBQUMsRUFBRTtBQUFBLEVBQ2pIO0FBQ0EsUUFBTSxPQUFPLFlBQVksU0FBUyxNQUFNO0FBQ3hDLFNBQU8sTUFBTSxLQUFLLElBQUksS0FBSyxPQUFPLElBQUksUUFBUSxLQUFLLGVBQWUsT0FBTyxDQUFDLFVBQVU7QUFDdEY7QUFFQSxTQUFTLEtBQUssS0FBdUI7QUFDbkMsTUFBSSxJQUFJLFdBQVcsRUFBRyxRQUFPO0FBQzdCLFFBQU0sT0FBTyxJQUFJLFNBQVM7QUFDMUIsU0FBTyxJQUFJLE1BQU0sR0FBRyxVQUFVLEVBQUUsS0FBSyxJQUFJLEtBQUssT0FBTyxJQUFJLGdCQUFXLEtBQUssZUFBZSxPQUFPLENBQUMsVUFBVTtBQUM1RztBQUdBLFNBQVMsTUFBTSxPQUF3QjtBQUNyQyxNQUFJLE9BQU8sVUFBVSxTQUFVLFFBQU8sTUFBTSxLQUFLO0FBQ2pELE1BQUksVUFBVSxLQUFNLFFBQU87QUFDM0IsTUFBSSxNQUFNLFFBQVEsS0FBSyxFQUFHLFFBQU87QUFDakMsTUFBSSxPQUFPLFVBQVUsU0FBVSxRQUFPO0FBQ3RDLFNBQU8sT0FBTyxLQUFLO0FBQ3JCO0FBRUEsU0FBUyxNQUFNLE1BQXNCO0FBQ25DLFNBQU8sS0FBSyxVQUFVLEtBQUssU0FBUyxLQUFLLEdBQUcsS0FBSyxNQUFNLEdBQUcsRUFBRSxDQUFDLFdBQU0sSUFBSTtBQUN6RTtBQUdBLFNBQVMsTUFBTSxHQUE0QjtBQUN6QyxTQUFPLE9BQU8sTUFBTSxZQUFZLEtBQUssSUFBSSxDQUFDLEtBQUssTUFBTSxFQUFFLGNBQWMsRUFBRSxRQUFRLE1BQU0sR0FBRyxJQUFJLE9BQU8sQ0FBQztBQUN0RztBQUVBLFNBQVMsUUFBUSxNQUFzQjtBQUNyQyxTQUFPLFdBQVcsS0FBSyxJQUFJLElBQUksTUFBTSxJQUFJLEtBQUssS0FBSyxJQUFJO0FBQ3pEO0FBRUEsU0FBUyxPQUFPLEdBQVcsTUFBc0I7QUFDL0MsU0FBTyxNQUFNLElBQUksT0FBTyxHQUFHLElBQUk7QUFDakM7QUFHQSxTQUFTLE1BQU0sR0FBbUI7QUFDaEMsU0FBTyxPQUFPLEVBQUUsWUFBWSxFQUFFLENBQUM7QUFDakM7OztBQ3hJTyxTQUFTLGNBQ2QsYUFDQSxhQUNrQjtBQUNsQixRQUFNLE9BQVksQ0FBQztBQUNuQixXQUFTLElBQUksR0FBRyxJQUFJLFlBQVksUUFBUSxLQUFLO0FBQzNDLFVBQU0sSUFBSSxZQUFZLENBQUM7QUFDdkIsUUFBSSxNQUFNLFFBQVEsTUFBTSxPQUFXO0FBQ25DLFFBQUksS0FBSyxXQUFXLEtBQUssS0FBSyxLQUFLLFNBQVMsQ0FBQyxNQUFNLEVBQUcsTUFBSyxLQUFLLENBQUM7QUFBQSxFQUNuRTtBQUNBLE1BQUksWUFBWTtBQUNoQixXQUFTLElBQUksR0FBRyxJQUFJLElBQUksS0FBSyxRQUFRLElBQUssS0FBSSxLQUFLLENBQUMsTUFBTSxLQUFLLElBQUksQ0FBQyxFQUFHO0FBQ3ZFLFNBQU87QUFBQSxJQUNMLGFBQWE7QUFBQSxJQUNiLFVBQVUsS0FBSyxJQUFJLEdBQUcsS0FBSyxTQUFTLENBQUM7QUFBQSxJQUNyQztBQUFBLElBQ0EsVUFBVSxLQUFLLFNBQVMsSUFBSSxJQUFJLElBQUksRUFBRTtBQUFBLElBQ3RDLFNBQVMsWUFBWSxTQUFTLElBQUksSUFBSSxNQUFNLEtBQUssV0FBVyxDQUFDLEVBQUU7QUFBQSxFQUNqRTtBQUNGOzs7QUN4Q08sSUFBTSxxQkFBcUI7QUFTM0IsSUFBTSxjQUFjOzs7QUNzR3BCLFNBQVMsb0JBQW9CLEdBQTZELEdBQXFFO0FBQ3BLLFFBQU0sT0FBTyxDQUFDLE1BQWUsSUFBSSxJQUFJLE9BQU8sbUJBQW1CO0FBQy9ELE1BQUksRUFBRSxhQUFhLEVBQUUsU0FBVSxRQUFPLEVBQUUsV0FBVyxFQUFFO0FBQ3JELE1BQUksRUFBRSxlQUFlLEVBQUUsV0FBWSxRQUFPLEtBQUssRUFBRSxVQUFVLElBQUksS0FBSyxFQUFFLFVBQVU7QUFDaEYsTUFBSSxFQUFFLFFBQVEsV0FBVyxFQUFFLFFBQVEsT0FBUSxRQUFPLEVBQUUsUUFBUSxTQUFTLEVBQUUsUUFBUTtBQUMvRSxXQUFTLElBQUksR0FBRyxJQUFJLEVBQUUsUUFBUSxRQUFRLEtBQUs7QUFDekMsUUFBSSxFQUFFLFFBQVEsQ0FBQyxNQUFNLEVBQUUsUUFBUSxDQUFDLEVBQUcsUUFBTyxLQUFLLEVBQUUsUUFBUSxDQUFDLENBQUUsSUFBSSxLQUFLLEVBQUUsUUFBUSxDQUFDLENBQUU7QUFBQSxFQUNwRjtBQUNBLFNBQU87QUFDVDs7O0FDdEdPLElBQU0sa0JBQTBELE9BQU8sT0FBTyxFQUFFLG1CQUFtQixXQUFXLFNBQVMsR0FBRyxVQUFVLEtBQUssQ0FBQztBQUVqSixJQUFNLGdCQUFnQjtBQUN0QixJQUFNLFVBQVU7QUFHVCxTQUFTLHFCQUFxQixTQUEyRDtBQUM5RixRQUFNLEVBQUUsbUJBQW1CLFNBQVMsU0FBUyxJQUFJLEVBQUUsR0FBRyxpQkFBaUIsR0FBRyxlQUFlLE9BQU8sRUFBRTtBQUNsRyxNQUFJLHNCQUFzQixhQUFhLHNCQUFzQixXQUFXO0FBQ3RFLFVBQU0sSUFBSSxXQUFXLDZCQUE2QixLQUFLLFVBQVUsaUJBQWlCLENBQUMsOEJBQThCO0FBQUEsRUFDbkg7QUFDQSxNQUFJLFlBQVksS0FBSyxZQUFZLEtBQUssWUFBWSxHQUFHO0FBQ25ELFVBQU0sSUFBSSxXQUFXLG1CQUFtQixLQUFLLFVBQVUsT0FBTyxDQUFDLG1FQUFtRTtBQUFBLEVBQ3BJO0FBQ0EsU0FBTyxFQUFFLG1CQUFtQixTQUFTLFNBQVM7QUFDaEQ7QUFFQSxTQUFTLGVBQWlDLEdBQWtCO0FBQzFELFNBQU8sT0FBTyxZQUFZLE9BQU8sUUFBUSxDQUFDLEVBQUUsT0FBTyxDQUFDLENBQUMsRUFBRSxDQUFDLE1BQU0sTUFBTSxNQUFTLENBQUM7QUFDaEY7QUFnQk8sU0FBUyxZQUFZLEtBQWUsVUFBOEIsQ0FBQyxHQUFpQjtBQUN6RixRQUFNLEVBQUUsbUJBQW1CLFNBQVMsU0FBUyxJQUFJLHFCQUFxQixPQUFPO0FBQzdFLFFBQU0sRUFBRSxXQUFXLFVBQVUsWUFBWSxLQUFLLElBQUk7QUFFbEQsUUFBTSxRQUFRLFlBQVksSUFBSSxZQUFZLElBQUksQ0FBQyxTQUFTLFNBQVMsTUFBTSxJQUFJLENBQUM7QUFDNUUsUUFBTSxlQUFlLFVBQVUsTUFBTSxJQUFJO0FBQ3pDLFFBQU0sUUFBUSxJQUFJLFNBQVM7QUFDM0IsUUFBTSxJQUFJLElBQUksWUFBWTtBQUcxQixRQUFNLElBQUksSUFBSTtBQUNkLFFBQU0sVUFBVSxJQUFJLFdBQVcsU0FBUyxLQUFLLElBQUksT0FBTztBQUN4RCxRQUFNLGFBQWEsb0JBQUksSUFBNkI7QUFDcEQsUUFBTSxTQUF3QixDQUFDO0FBQy9CLFFBQU0sa0JBQWtCLG9CQUFJLElBQW9CO0FBQ2hELFFBQU0sY0FBa0MsQ0FBQztBQUN6QyxRQUFNLFVBQVUsQ0FBQyxNQUFjLE9BQWUsT0FBTyxZQUFjO0FBRW5FLE1BQUksY0FBYyxJQUFJLFdBQVcsRUFBRTtBQUNuQyxNQUFJLFFBQVE7QUFDWixXQUFTLElBQUksR0FBRyxJQUFJLElBQUksVUFBVSxRQUFRLEtBQUs7QUFDN0MsVUFBTSxPQUFPLFVBQVUsQ0FBQztBQUN4QixVQUFNLEtBQUssVUFBVSxJQUFJLENBQUM7QUFDMUIsUUFBSSxTQUFTLEdBQUk7QUFDakI7QUFDQSxRQUFJLFlBQVksU0FBUyxLQUFLLEtBQU0sZUFBYyxJQUFJLFdBQVcsS0FBSyxLQUFLLEtBQUs7QUFDaEYscUJBQWlCLFlBQVksTUFBTSxJQUFJLG1CQUFtQixXQUFXO0FBRXJFLFFBQUksS0FBSztBQUNULFFBQUksS0FBSztBQUNULFFBQUksVUFBVSxZQUFZLENBQUM7QUFDM0IsUUFBSSxnQkFBZ0I7QUFDcEIsYUFBUyxJQUFJLE1BQU0sSUFBSSxJQUFJLEtBQUs7QUFDOUIsWUFBTSxJQUFJLFlBQVksSUFBSSxJQUFJO0FBQzlCLFVBQUksSUFBSSxRQUFRLE1BQU0sU0FBUztBQUM3QixhQUFLO0FBQ0wsYUFBSyxVQUFVO0FBQ2Ysa0JBQVU7QUFBQSxNQUNaO0FBQ0EsWUFBTSxJQUFJLFNBQVMsQ0FBQztBQUNwQixZQUFNLFFBQVEsV0FBVyxJQUFJLEtBQUs7QUFDbEMsWUFBTSxRQUFRLFdBQVcsSUFBSSxLQUFLO0FBQ2xDLFlBQU0sTUFBTSxZQUFZLElBQUksS0FBSyxJQUFJLE1BQU0sSUFBSSxTQUFTLElBQUksUUFBUSxHQUFHLENBQUMsSUFBSSxDQUFDLElBQUksS0FBSyxJQUFJLEtBQUs7QUFDL0YsVUFBSSxJQUFJLFdBQVcsSUFBSSxHQUFHO0FBQzFCLFVBQUksTUFBTSxRQUFXO0FBQ25CLFlBQUksT0FBTztBQUNYLGNBQU0sT0FBTyxDQUFDLE9BQU8sS0FBSyxFQUFFLE9BQU8sQ0FBQyxTQUFTLE9BQU8sQ0FBQyxFQUFFLElBQUksQ0FBQyxTQUFTLE9BQU8sQ0FBQztBQUM3RSxlQUFPLEtBQUssRUFBRSxVQUFVLEdBQUcsWUFBWSxHQUFHLFNBQVMsTUFBTSxRQUFRLEdBQUcsUUFBUSxHQUFHLE1BQU0sR0FBRyxnQkFBZ0IsR0FBRyxlQUFlLEVBQUUsQ0FBQztBQUM3SCxtQkFBVyxJQUFJLEtBQUssQ0FBQztBQUFBLE1BQ3ZCO0FBQ0EsWUFBTSxRQUFRLE9BQU8sQ0FBQztBQUN0QixZQUFNO0FBQ04sVUFBSSxNQUFNLEtBQU0sT0FBTTtBQUN0QixVQUFJLE1BQU0sS0FBSyxFQUFHLE9BQU07QUFDeEIsWUFBTSxVQUFVLFVBQVUsT0FBTyxPQUFPLE1BQU0sTUFBTSxDQUFDO0FBQ3JELFVBQUksQ0FBQyxPQUFPLE1BQU0sT0FBTyxHQUFHO0FBQzFCLGNBQU0sbUJBQW1CLEtBQUssQ0FBQyxJQUFLLFdBQVc7QUFDL0MsY0FBTTtBQUFBLE1BQ1I7QUFDQSxVQUFJLGlCQUFpQixHQUFHO0FBQ3RCLGNBQU0sSUFBSSxRQUFRLGVBQWUsQ0FBQztBQUNsQyxZQUFJLElBQUksZ0JBQWdCLElBQUksQ0FBQztBQUM3QixZQUFJLE1BQU0sUUFBVztBQUNuQixjQUFJLFlBQVk7QUFDaEIsc0JBQVksS0FBSyxFQUFFLE1BQU0sZUFBZSxJQUFJLEdBQUcsT0FBTyxHQUFHLGFBQWEsR0FBRyxHQUFJLFNBQVMsRUFBRSxvQkFBb0IsRUFBRSxFQUFHLENBQUM7QUFDbEgsMEJBQWdCLElBQUksR0FBRyxDQUFDO0FBQUEsUUFDMUI7QUFDQSxjQUFNLFVBQVUsT0FBTyxNQUFNLE9BQU8sSUFBSSxLQUFLLENBQUMsSUFBSztBQUNuRCxvQkFBWSxDQUFDLEVBQUc7QUFDaEIsb0JBQVksQ0FBQyxFQUFHLGdCQUFnQixVQUFVLEtBQUssSUFBSSxDQUFDLEtBQU07QUFDMUQsWUFBSSxNQUFPLGFBQVksQ0FBQyxFQUFHLHVCQUF3QixJQUFJLElBQUksZUFBZ0IsTUFBTSxDQUFDLEdBQUksZUFBZSxLQUFLLElBQUksQ0FBQyxHQUFJLE9BQU87QUFBQSxNQUM1SDtBQUNBLHNCQUFnQjtBQUFBLElBQ2xCO0FBQUEsRUFDRjtBQUNBLFNBQU8sVUFBVTtBQUFBLElBQ2YsUUFBUTtBQUFBLElBQ1IsU0FBUztBQUFBLElBQ1Q7QUFBQSxJQUNBO0FBQUEsSUFDQTtBQUFBLElBQ0EsUUFBUSxJQUFJO0FBQUEsSUFDWixZQUFZLENBQUMsR0FBRyxJQUFJLFVBQVU7QUFBQSxJQUM5QixhQUFhLENBQUMsR0FBRyxJQUFJLFdBQVc7QUFBQSxJQUNoQyxlQUFlLFVBQVUsUUFBUSxPQUFPLEtBQUssQ0FBQyxNQUFNLEVBQUUsZ0JBQWdCLENBQUM7QUFBQSxJQUN2RSxHQUFJLFlBQVksRUFBRSxtQkFBbUIsU0FBUyxXQUFXO0FBQUEsSUFDekQ7QUFBQSxJQUNBO0FBQUEsRUFDRixDQUFDO0FBQ0g7QUFXTyxTQUFTLGlCQUFpQixZQUF5QixNQUFjLElBQVksTUFBNkIsS0FBdUI7QUFDdEksTUFBSSxRQUFnQjtBQUNwQixNQUFJLFNBQVMsV0FBVztBQUN0QixhQUFTLElBQUksTUFBTSxJQUFJLE1BQU0sVUFBVSxTQUFTLElBQUssS0FBSSxXQUFXLENBQUMsTUFBTSxtQkFBb0IsU0FBUSxXQUFXLENBQUM7QUFBQSxFQUNySDtBQUNBLFdBQVMsSUFBSSxNQUFNLElBQUksSUFBSSxLQUFLO0FBQzlCLFVBQU0sSUFBSSxXQUFXLENBQUM7QUFDdEIsUUFBSSxNQUFNLG1CQUFvQixTQUFRO0FBQ3RDLFFBQUksSUFBSSxJQUFJLElBQUksTUFBTSxxQkFBcUIsSUFBSSxTQUFTLFlBQVksUUFBUTtBQUFBLEVBQzlFO0FBQ0Y7QUFHTyxTQUFTLFVBQVUsUUFBb0M7QUFDNUQsUUFBTSxRQUFRLE9BQU8sT0FBTyxJQUFJLENBQUMsR0FBRyxNQUFNLENBQUMsRUFBRSxLQUFLLENBQUMsR0FBRyxNQUFNLG9CQUFvQixPQUFPLE9BQU8sQ0FBQyxHQUFJLE9BQU8sT0FBTyxDQUFDLENBQUUsQ0FBQztBQUNySCxRQUFNLE9BQU8sSUFBSSxXQUFXLE1BQU0sTUFBTTtBQUN4QyxRQUFNLFFBQVEsQ0FBQyxHQUFHLE1BQU8sS0FBSyxDQUFDLElBQUksQ0FBRTtBQUNyQyxTQUFPO0FBQUEsSUFDTCxHQUFHO0FBQUEsSUFDSCxRQUFRLE1BQU0sSUFBSSxDQUFDLE1BQU0sT0FBTyxPQUFPLENBQUMsQ0FBRTtBQUFBLElBQzFDLGFBQWEsT0FBTyxZQUNqQixJQUFJLENBQUMsT0FBTyxFQUFFLEdBQUcsR0FBRyxNQUFNLEtBQUssRUFBRSxJQUFJLEdBQUksSUFBSSxLQUFLLEVBQUUsRUFBRSxFQUFHLEVBQUUsRUFDM0QsS0FBSyxDQUFDLEdBQUcsTUFBTSxFQUFFLE9BQU8sRUFBRSxRQUFRLEVBQUUsS0FBSyxFQUFFLEVBQUU7QUFBQSxFQUNsRDtBQUNGOzs7QUM1Sk8sU0FBUyxjQUFjLEtBQThCO0FBQzFELFFBQU0sSUFBSSxJQUFJLFdBQVc7QUFDekIsUUFBTSxTQUFTLElBQUksWUFBWSxDQUFDO0FBQ2hDLFFBQU0sT0FBTyxJQUFJLFlBQVksQ0FBQztBQUM5QixRQUFNLFFBQXdCLENBQUM7QUFDL0IsUUFBTSxRQUFRLG9CQUFJLElBQW9CO0FBQ3RDLFFBQU0sRUFBRSxVQUFVLE1BQU0sVUFBVSxJQUFJO0FBQ3RDLFdBQVMsSUFBSSxHQUFHLElBQUksSUFBSSxVQUFVLFFBQVEsS0FBSztBQUM3QyxVQUFNLE9BQU8sVUFBVSxDQUFDO0FBQ3hCLFVBQU0sS0FBSyxVQUFVLElBQUksQ0FBQztBQUMxQixRQUFJLFNBQVMsR0FBSTtBQUNqQixXQUFPLFNBQVMsSUFBSSxDQUFFO0FBQ3RCLFNBQUssU0FBUyxLQUFLLENBQUMsQ0FBRTtBQUN0QixhQUFTLElBQUksTUFBTSxJQUFJLElBQUksSUFBSSxLQUFLO0FBQ2xDLFlBQU0sSUFBSSxTQUFTLENBQUM7QUFDcEIsWUFBTSxJQUFJLFNBQVMsSUFBSSxDQUFDO0FBQ3hCLFlBQU0sTUFBTSxJQUFJLElBQUk7QUFDcEIsVUFBSSxJQUFJLE1BQU0sSUFBSSxHQUFHO0FBQ3JCLFVBQUksTUFBTSxRQUFXO0FBQ25CLFlBQUksTUFBTTtBQUNWLGNBQU0sS0FBSyxFQUFFLE1BQU0sR0FBRyxJQUFJLEdBQUcsT0FBTyxHQUFHLGNBQWMsRUFBRSxDQUFDO0FBQ3hELGNBQU0sSUFBSSxLQUFLLENBQUM7QUFBQSxNQUNsQjtBQUNBLFlBQU0sT0FBTyxNQUFNLENBQUM7QUFDcEIsV0FBSztBQUNMLFdBQUssaUJBQWlCLEtBQUssSUFBSSxDQUFDLElBQUssS0FBSyxDQUFDLEtBQU07QUFBQSxJQUNuRDtBQUFBLEVBQ0Y7QUFDQSxTQUFPLEVBQUUsT0FBTyxRQUFRLEtBQUs7QUFDL0I7OztBQ2pDTyxTQUFTLGNBQWMsS0FBZSxLQUFtRTtBQUM5RyxRQUFNLEVBQUUsV0FBVyxTQUFTLElBQUk7QUFDaEMsUUFBTSxTQUFTLG9CQUFJLElBQTRCO0FBRy9DLFFBQU0sY0FBYyxJQUFJLFdBQVcsVUFBVTtBQUM3QyxXQUFTLElBQUksR0FBRyxJQUFJLElBQUksVUFBVSxRQUFRLEtBQUs7QUFDN0MsVUFBTSxTQUFTLFNBQVMsU0FBUyxVQUFVLENBQUMsR0FBSSxVQUFVLElBQUksQ0FBQyxDQUFFO0FBQ2pFLFVBQU0sTUFBTSxjQUFjLFVBQVUsTUFBTSxJQUFJLE9BQU8sS0FBSyxHQUFHO0FBQzdELFVBQU0sSUFBSSxPQUFPLElBQUksR0FBRztBQUN4QixRQUFJLEVBQUcsR0FBRTtBQUFBLFFBQ0osUUFBTyxJQUFJLEtBQUssRUFBRSxXQUFXLEdBQUcsT0FBTyxFQUFFLENBQUM7QUFBQSxFQUNqRDtBQUNBLFFBQU0sV0FBVyxDQUFDLEdBQUcsT0FBTyxPQUFPLENBQUMsRUFBRSxLQUFLLENBQUMsR0FBRyxNQUFNLEVBQUUsUUFBUSxFQUFFLEtBQUssRUFBRSxNQUFNLEdBQUcsR0FBRztBQUNwRixTQUFPLEVBQUUsVUFBVSxjQUFjLE9BQU8sS0FBSztBQUMvQztBQUdBLFNBQVMsVUFBVSxRQUE2QjtBQUM5QyxRQUFNLFFBQVE7QUFDZCxNQUFJLE9BQU8sVUFBVSxNQUFPLFFBQU8sT0FBTyxhQUFhLE1BQU0sTUFBTSxNQUE2QjtBQUNoRyxNQUFJLE9BQU87QUFDWCxXQUFTLElBQUksR0FBRyxJQUFJLE9BQU8sUUFBUSxLQUFLLE1BQU8sU0FBUSxPQUFPLGFBQWEsTUFBTSxNQUFNLE9BQU8sU0FBUyxHQUFHLElBQUksS0FBSyxDQUF3QjtBQUMzSSxTQUFPO0FBQ1Q7OztBQzdDQSxJQUFNQyxpQkFBZ0I7QUFZZixTQUFTLFlBQVksS0FBZSxVQUF5QixlQUFtQztBQUNyRyxRQUFNLEVBQUUsV0FBVyxLQUFLLElBQUk7QUFDNUIsUUFBTSxXQUFXLGdCQUFnQkE7QUFDakMsUUFBTSxRQUFRLENBQUMsTUFBYyxLQUFLLFVBQVUsQ0FBQyxDQUFFO0FBQy9DLFFBQU0sT0FBTyxDQUFDLE1BQWMsS0FBSyxVQUFVLElBQUksQ0FBQyxJQUFLLENBQUM7QUFDdEQsUUFBTSxXQUFXLElBQUksV0FBVyxJQUFJLE1BQU0sTUFBTTtBQUNoRCxRQUFNLE9BQWlCLENBQUM7QUFDeEIsV0FBUyxJQUFJLEdBQUcsSUFBSSxJQUFJLFNBQVMsT0FBTyxRQUFRLEtBQUs7QUFDbkQsVUFBTSxPQUFPLE1BQU0sS0FBSyxTQUFTLE1BQU0sU0FBUyxTQUFTLE9BQU8sQ0FBQyxHQUFJLFNBQVMsT0FBTyxJQUFJLENBQUMsQ0FBRSxDQUFDLEVBQUUsS0FBSyxDQUFDLEdBQUcsTUFBTSxNQUFNLENBQUMsSUFBSSxNQUFNLENBQUMsQ0FBQztBQUNqSSxTQUFLLFNBQVM7QUFDZCxlQUFXLEtBQUssTUFBTTtBQUNwQixZQUFNLFFBQVEsTUFBTSxDQUFDO0FBRXJCLFVBQUksS0FBSztBQUNULFVBQUksS0FBSyxLQUFLO0FBQ2QsYUFBTyxLQUFLLElBQUk7QUFDZCxjQUFNLE1BQU8sS0FBSyxNQUFPO0FBQ3pCLFlBQUksS0FBSyxHQUFHLEtBQU0sTUFBTyxNQUFLLE1BQU07QUFBQSxZQUMvQixNQUFLO0FBQUEsTUFDWjtBQUNBLFVBQUksS0FBSyxLQUFLLFFBQVEsS0FBSyxLQUFLLENBQUMsS0FBTSxTQUFVLFVBQVMsQ0FBQyxJQUFJO0FBQy9ELFlBQU0sTUFBTSxLQUFLLENBQUM7QUFDbEIsVUFBSSxLQUFLLEtBQUs7QUFDZCxhQUFPLEtBQUssS0FBSyxLQUFLLEtBQUssQ0FBQyxJQUFLLElBQUs7QUFDdEMsV0FBSyxPQUFPLElBQUksR0FBRyxHQUFHO0FBQUEsSUFDeEI7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUNUOzs7QUNSTyxTQUFTLGNBQWMsS0FBcUM7QUFDakUsUUFBTSxFQUFFLFVBQVUsVUFBVSxJQUFJO0FBQ2hDLE1BQUksYUFBYSxVQUFhLGFBQWEsUUFBUSxJQUFJLGNBQWMsT0FBVyxRQUFPO0FBQ3ZGLFFBQU0sT0FBTyxJQUFJLGlCQUFpQjtBQUNsQyxRQUFNLFlBQVksSUFBSSxNQUFNO0FBQzVCLFFBQU0sYUFBYSxJQUFJLFlBQVksWUFBWSxDQUFDO0FBQ2hELFFBQU0sUUFBa0IsQ0FBQztBQUN6QixNQUFJLFVBQVU7QUFDZCxNQUFJLFVBQVU7QUFDZCxRQUFNLE9BQWlCLENBQUM7QUFDeEIsV0FBUyxJQUFJLEdBQUcsSUFBSSxXQUFXLEtBQUs7QUFDbEMsU0FBSyxTQUFTO0FBQ2QsYUFBUyxJQUFJLFVBQVUsQ0FBQyxHQUFJLElBQUksVUFBVSxJQUFJLENBQUMsR0FBSSxLQUFLO0FBQ3RELFlBQU0sSUFBSSxTQUFTLENBQUM7QUFDcEIsVUFBSSxNQUFNLGVBQWUsQ0FBQyxLQUFLLFNBQVMsQ0FBQyxFQUFHLE1BQUssS0FBSyxDQUFDO0FBQ3ZELFlBQU0sU0FBUyxNQUFNLElBQUksQ0FBQztBQUMxQixVQUFJLFdBQVc7QUFBVyxtQkFBVyxLQUFLLE9BQVEsS0FBSSxDQUFDLEtBQUssU0FBUyxDQUFDLEVBQUcsTUFBSyxLQUFLLENBQUM7QUFBQTtBQUFBLElBQ3RGO0FBQ0EsUUFBSSxLQUFLLFNBQVMsRUFBRztBQUNyQixRQUFJLEtBQUssV0FBVyxFQUFHO0FBQ3ZCLGVBQVcsS0FBSyxLQUFNLE9BQU0sS0FBSyxDQUFDO0FBQ2xDLGVBQVcsSUFBSSxDQUFDLElBQUksTUFBTTtBQUFBLEVBQzVCO0FBQ0EsUUFBTSxZQUFZLFlBQVksS0FBSyxLQUFLO0FBRXhDLFFBQU0sZ0JBQWdCLElBQUksVUFBVTtBQUNwQyxRQUFNLFNBQVMsSUFBSSxZQUFZLGdCQUFnQixDQUFDO0FBQ2hELGFBQVcsS0FBSyxVQUFXLFFBQU8sSUFBSSxDQUFDO0FBQ3ZDLFdBQVMsSUFBSSxHQUFHLElBQUksZUFBZSxJQUFLLFFBQU8sSUFBSSxDQUFDLEtBQU0sT0FBTyxDQUFDO0FBQ2xFLFFBQU0sT0FBTyxPQUFPLE1BQU0sR0FBRyxhQUFhO0FBQzFDLFFBQU0sUUFBUSxJQUFJLFlBQVksVUFBVSxNQUFNO0FBQzlDLFdBQVMsSUFBSSxHQUFHLElBQUksV0FBVyxLQUFLO0FBQ2xDLGFBQVMsSUFBSSxXQUFXLENBQUMsR0FBSSxJQUFJLFdBQVcsSUFBSSxDQUFDLEdBQUksSUFBSyxPQUFNLEtBQUssVUFBVSxDQUFDLENBQUUsR0FBSSxJQUFJO0FBQUEsRUFDNUY7QUFDQSxRQUFNLDZCQUE2QixJQUFJLDhCQUE4QjtBQUNyRSxTQUFPLEVBQUUsWUFBWSxXQUFXLFFBQVEsT0FBTywyQkFBMkIsU0FBUyxzQkFBc0IsU0FBUywyQkFBMkI7QUFDL0k7OztBQzdCQSxJQUFNQyxpQkFBZ0I7QUFZZixTQUFTLGlCQUFpQixLQUFlLFVBQW1DLENBQUMsR0FBNEI7QUFDOUcsUUFBTSxXQUFXLGNBQWMsR0FBRztBQUNsQyxNQUFJLGFBQWEsS0FBTSxRQUFPO0FBQzlCLFFBQU0sTUFBTSxRQUFRLGNBQWM7QUFDbEMsTUFBSSxRQUFRLFFBQVEsRUFBRSxPQUFPLEdBQUksT0FBTSxJQUFJLFdBQVcsd0RBQW1ELE9BQU8sR0FBRyxDQUFDLEVBQUU7QUFDdEgsUUFBTSxFQUFFLFdBQVcsS0FBSyxJQUFJO0FBQzVCLFFBQU0sUUFBUSxDQUFDLE1BQWMsS0FBSyxVQUFVLENBQUMsQ0FBRTtBQUMvQyxRQUFNLE9BQU8sQ0FBQyxNQUFjLEtBQUssVUFBVSxJQUFJLENBQUMsSUFBSyxDQUFDO0FBQ3RELFFBQU0sUUFBUSxRQUFRLE9BQU8sV0FBVyxNQUFNQTtBQUU5QyxRQUFNLGtCQUE0QixDQUFDO0FBQ25DLFFBQU0sbUJBQTZCLENBQUMsQ0FBQztBQUNyQyxRQUFNLGVBQWUsSUFBSSxZQUFZLFNBQVMsTUFBTSxNQUFNO0FBQzFELE1BQUksU0FBUztBQUNiLFdBQVMsSUFBSSxHQUFHLElBQUksSUFBSSxTQUFTLE9BQU8sUUFBUSxLQUFLO0FBQ25ELFVBQU0sT0FBTyxTQUFTLE9BQU8sQ0FBQztBQUM5QixVQUFNLEtBQUssU0FBUyxPQUFPLElBQUksQ0FBQztBQUNoQyxRQUFJLE9BQU8sS0FBTTtBQUVqQixVQUFNLE9BQU8sTUFBTSxLQUFLLFNBQVMsTUFBTSxTQUFTLE1BQU0sRUFBRSxDQUFDLEVBQUUsS0FBSyxDQUFDLEdBQUcsTUFBTSxNQUFNLENBQUMsSUFBSSxNQUFNLENBQUMsQ0FBQztBQUM3RixRQUFJLE1BQU07QUFDVixhQUFTLElBQUksR0FBRyxJQUFJLEtBQUssUUFBUSxLQUFLO0FBQ3BDLFlBQU0sSUFBSSxLQUFLLENBQUM7QUFDaEIsVUFBSSxNQUFNLEtBQUssTUFBTSxDQUFDLElBQUksTUFBTSxPQUFPO0FBQ3JDLFlBQUksSUFBSSxFQUFHLGtCQUFpQixLQUFLLE1BQU07QUFDdkMsd0JBQWdCLEtBQUssQ0FBQztBQUFBLE1BQ3hCO0FBQ0EsbUJBQWEsUUFBUSxJQUFJO0FBQ3pCLFlBQU0sS0FBSyxJQUFJLEtBQUssS0FBSyxDQUFDLENBQUM7QUFBQSxJQUM3QjtBQUNBLHFCQUFpQixLQUFLLE1BQU07QUFBQSxFQUM5QjtBQUVBLFFBQU0sZUFBZSxZQUFZLEtBQUssZ0JBQWdCO0FBQ3RELFFBQU0sV0FBVyxnQkFBZ0I7QUFDakMsUUFBTSxhQUFhLElBQUksWUFBWSxXQUFXLENBQUM7QUFDL0MsV0FBUyxJQUFJLEdBQUcsSUFBSSxVQUFVLEtBQUs7QUFDakMsUUFBSSxJQUFJO0FBQ1IsYUFBUyxJQUFJLGFBQWEsQ0FBQyxHQUFJLElBQUksYUFBYSxJQUFJLENBQUMsR0FBSSxJQUFLLE1BQUssVUFBVSxhQUFhLENBQUMsSUFBSyxDQUFDLElBQUssVUFBVSxhQUFhLENBQUMsQ0FBRTtBQUNoSSxlQUFXLElBQUksQ0FBQyxJQUFJLFdBQVcsQ0FBQyxJQUFLO0FBQUEsRUFDdkM7QUFDQSxRQUFNLFNBQVMsSUFBSSxZQUFZLFdBQVcsUUFBUSxDQUFFO0FBQ3BELFdBQVMsSUFBSSxHQUFHLElBQUksVUFBVSxLQUFLO0FBQ2pDLFVBQU0sT0FBTyxhQUFhLENBQUM7QUFDM0IsVUFBTSxLQUFLLGFBQWEsSUFBSSxDQUFDO0FBQzdCLFFBQUksS0FBSyxXQUFXLENBQUM7QUFDckIsYUFBUyxJQUFJLE1BQU0sSUFBSSxJQUFJLEtBQUs7QUFDOUIsWUFBTSxJQUFJLGFBQWEsQ0FBQztBQUN4QixlQUFTLElBQUksVUFBVSxDQUFDLEdBQUksSUFBSSxVQUFVLElBQUksQ0FBQyxHQUFJLElBQUssUUFBTyxJQUFJLElBQUk7QUFBQSxJQUN6RTtBQUNBLFFBQUksS0FBSyxPQUFPLEdBQUc7QUFHakIsWUFBTSxRQUFRLE9BQU8sU0FBUyxXQUFXLENBQUMsR0FBSSxFQUFFO0FBQ2hELFlBQU0sU0FBUyxNQUFNLEtBQUssS0FBSyxFQUFFLEtBQUssQ0FBQyxHQUFHLE1BQU0sS0FBSyxDQUFDLElBQUssS0FBSyxDQUFDLEtBQU0sSUFBSSxDQUFDO0FBQzVFLFlBQU0sSUFBSSxNQUFNO0FBQUEsSUFDbEI7QUFBQSxFQUNGO0FBQ0EsU0FBTyxFQUFFLFVBQVUsWUFBWSxLQUFLLGVBQWUsR0FBRyxXQUFXLGNBQWMsT0FBTyxjQUFjLFlBQVksUUFBUSxTQUFTO0FBQ25JOzs7QUM1Rk8sU0FBUyxlQUFlLFFBQXNCLFFBQVEsT0FBTyxRQUF3QjtBQUMxRixNQUFJLFVBQVUsRUFBRyxRQUFPLEVBQUUsT0FBTyxHQUFHLGFBQWEsTUFBTSxlQUFlLEtBQUs7QUFDM0UsTUFBSSxNQUFNO0FBQ1YsV0FBUyxJQUFJLEdBQUcsSUFBSSxPQUFPLElBQUssUUFBTyxPQUFPLENBQUM7QUFFL0MsUUFBTSxPQUFPLE9BQU8sTUFBTSxHQUFHLEtBQUs7QUFDbEMsUUFBTSxNQUFNLFNBQVM7QUFDckIsUUFBTSxRQUFRLE9BQU8sTUFBTSxHQUFHO0FBQzlCLE1BQUlDLFVBQVM7QUFDYixNQUFJLFFBQVEsTUFBTSxHQUFHO0FBRW5CLFFBQUksUUFBUSxLQUFLLENBQUM7QUFDbEIsYUFBUyxJQUFJLEdBQUcsSUFBSSxLQUFLLElBQUssS0FBSSxLQUFLLENBQUMsSUFBSyxNQUFPLFNBQVEsS0FBSyxDQUFDO0FBQ2xFLElBQUFBLFdBQVUsUUFBUSxTQUFTO0FBQUEsRUFDN0I7QUFDQSxTQUFPLEVBQUUsT0FBTyxhQUFhLE1BQU0sT0FBTyxlQUFlQSxRQUFPO0FBQ2xFO0FBT0EsU0FBUyxPQUFPLEdBQWlCLEdBQW1CO0FBQ2xELE1BQUksS0FBSztBQUNULE1BQUksS0FBSyxFQUFFLFNBQVM7QUFDcEIsU0FBTyxLQUFLLElBQUk7QUFDZCxVQUFNLElBQUssS0FBSyxNQUFPO0FBRXZCLFVBQU0sSUFBSSxFQUFFLEVBQUU7QUFDZCxVQUFNLElBQUksRUFBRSxDQUFDO0FBQ2IsVUFBTUMsS0FBSSxFQUFFLEVBQUU7QUFDZCxVQUFNLFFBQVEsSUFBSSxJQUFLLElBQUlBLEtBQUksSUFBSSxJQUFJQSxLQUFJQSxLQUFJLElBQUssSUFBSUEsS0FBSSxJQUFJLElBQUlBLEtBQUlBLEtBQUk7QUFDNUUsUUFBSSxJQUFJO0FBQ1IsUUFBSSxJQUFJO0FBQ1IsV0FBTyxLQUFLLEdBQUc7QUFDYixhQUFPLEVBQUUsQ0FBQyxJQUFLLE1BQU87QUFDdEIsYUFBTyxFQUFFLENBQUMsSUFBSyxNQUFPO0FBQ3RCLFVBQUksS0FBSyxHQUFHO0FBQ1YsY0FBTSxJQUFJLEVBQUUsQ0FBQztBQUNiLFVBQUUsQ0FBQyxJQUFJLEVBQUUsQ0FBQztBQUNWLFVBQUUsQ0FBQyxJQUFJO0FBQ1A7QUFDQTtBQUFBLE1BQ0Y7QUFBQSxJQUNGO0FBQ0EsUUFBSSxLQUFLLEVBQUcsTUFBSztBQUFBLGFBQ1IsS0FBSyxFQUFHLE1BQUs7QUFBQSxRQUNqQixRQUFPLEVBQUUsQ0FBQztBQUFBLEVBQ2pCO0FBQ0EsU0FBTyxFQUFFLENBQUM7QUFDWjs7O0FDWkEsSUFBTSxXQUFXLEVBQUUsWUFBWSxNQUF1QixjQUFjLElBQUksS0FBSyxHQUFHO0FBRWhGLElBQU1DLGlCQUFnQjtBQUV0QixTQUFTLE9BQU8sUUFBbUM7QUFDakQsUUFBTSxJQUFJLE9BQU87QUFDakIsTUFBSSxNQUFNLEVBQUcsUUFBTztBQUNwQixTQUFPLElBQUksTUFBTSxJQUFJLE9BQU8sS0FBSyxDQUFDLEtBQU0sUUFBUSxLQUFLLEtBQUssQ0FBQyxJQUFLLE9BQU8sS0FBSyxDQUFDLEtBQU07QUFDckY7QUFXTyxTQUFTLGVBQWUsS0FBZSxVQUFpQyxDQUFDLEdBQTBCO0FBQ3hHLFFBQU0sYUFBYSxRQUFRLGNBQWMsU0FBUztBQUNsRCxRQUFNLGVBQWUsUUFBUSxnQkFBZ0IsU0FBUztBQUN0RCxNQUFJLEVBQUUsZ0JBQWdCLE1BQU0sQ0FBQyxPQUFPLFNBQVMsWUFBWSxFQUFHLE9BQU0sSUFBSSxXQUFXLGlFQUE0RCxPQUFPLFlBQVksQ0FBQyxFQUFFO0FBQ25LLFFBQU0sV0FBVyxpQkFBaUIsS0FBSyxFQUFFLFdBQVcsQ0FBQztBQUNyRCxNQUFJLGFBQWEsS0FBTSxRQUFPO0FBQzlCLFFBQU0sRUFBRSxXQUFXLE9BQU8sWUFBWSxRQUFRLFNBQVMsSUFBSTtBQUMzRCxRQUFNLFFBQVEsU0FBUyxTQUFTO0FBQ2hDLFFBQU0sRUFBRSxZQUFZLFVBQVUsS0FBSyxJQUFJO0FBQ3ZDLFFBQU0sUUFBUSxJQUFJLFlBQVksS0FBSztBQUNuQyxRQUFNQyxXQUFVLElBQUksYUFBYSxLQUFLO0FBQ3RDLE1BQUksV0FBVztBQUNmLE1BQUksWUFBWTtBQUNoQixNQUFJLFdBQVc7QUFDZixNQUFJLGFBQWE7QUFDakIsUUFBTSxRQUEyQixDQUFDO0FBQ2xDLFFBQU0sVUFBb0IsQ0FBQztBQUMzQixXQUFTLElBQUksR0FBRyxJQUFJLE9BQU8sS0FBSztBQUM5QixVQUFNLENBQUMsSUFBSSxVQUFVLElBQUksQ0FBQyxJQUFLLFVBQVUsQ0FBQztBQUMxQyxRQUFJLE1BQU07QUFDVixRQUFJLFdBQVc7QUFDZixhQUFTLElBQUksVUFBVSxDQUFDLEdBQUksSUFBSSxVQUFVLElBQUksQ0FBQyxHQUFJLEtBQUs7QUFDdEQsWUFBTSxJQUFJLE1BQU0sQ0FBQztBQUNqQixVQUFJLEtBQUssSUFBSSxVQUFVLENBQUMsQ0FBRSxJQUFLLElBQUssWUFBVztBQUMvQyxZQUFNLEtBQUssSUFBSSxLQUFLLEtBQUssSUFBSSxVQUFVLElBQUksQ0FBQyxJQUFLLENBQUMsQ0FBRTtBQUFBLElBQ3REO0FBQ0EsUUFBSSxTQUFVO0FBQ2QsVUFBTSxTQUFTO0FBQ2YsWUFBUSxTQUFTO0FBQ2pCLGFBQVMsSUFBSSxXQUFXLENBQUMsR0FBSSxJQUFJLFdBQVcsSUFBSSxDQUFDLEdBQUksS0FBSztBQUN4RCxZQUFNLElBQUksT0FBTyxDQUFDO0FBQ2xCLGNBQVEsS0FBSyxTQUFTLENBQUMsQ0FBRTtBQUN6QixZQUFNLEtBQUssV0FBVyxDQUFDLE1BQU0scUJBQXFCLE9BQU8sV0FBVyxDQUFDLENBQUU7QUFBQSxJQUN6RTtBQUNBLFVBQU0sSUFBSSxjQUFjLFNBQVMsS0FBSztBQUN0QyxnQkFBWSxFQUFFO0FBQ2QsaUJBQWEsRUFBRTtBQUNmLGdCQUFZLEVBQUU7QUFDZCxVQUFNLE9BQU8sV0FBVyxDQUFDO0FBQ3pCLFVBQU0sS0FBSyxXQUFXLElBQUksQ0FBQztBQUMzQixJQUFBQSxTQUFRLENBQUMsSUFBSSxLQUFLLFFBQVEsS0FBSyxPQUFPLEtBQUssQ0FBQyxDQUFFLElBQUssS0FBSyxPQUFPLElBQUksQ0FBRSxLQUFNRCxpQkFBZ0I7QUFBQSxFQUM3RjtBQUNBLFFBQU0sV0FBVyxZQUFZLEtBQUssVUFBVSxZQUFZO0FBQ3hELE1BQUksVUFBVTtBQUNkLGFBQVcsS0FBSyxTQUFVLFlBQVc7QUFDckMsUUFBTSxlQUFlLElBQUksTUFBTSxTQUFTLFNBQVM7QUFDakQsUUFBTSxLQUFLO0FBQ1gsTUFBSSxRQUFRO0FBQ1osYUFBVyxLQUFLLE1BQU8sVUFBUztBQUNoQyxNQUFJLFlBQVk7QUFDaEIsV0FBUyxJQUFJLEdBQUcsSUFBSSxJQUFJLFNBQVMsT0FBTyxRQUFRLElBQUssS0FBSSxTQUFTLE9BQU8sSUFBSSxDQUFDLElBQUssU0FBUyxPQUFPLENBQUMsRUFBSTtBQUN4RyxTQUFPO0FBQUEsSUFDTDtBQUFBLElBQ0EsT0FBTztBQUFBLElBQ1AsVUFBVTtBQUFBLElBQ1YsaUJBQWlCLEVBQUUsTUFBTSxVQUFVLElBQUksSUFBSSxRQUFRLE9BQU8sUUFBUSxPQUFPLEtBQUssR0FBRyxLQUFLLFVBQVUsSUFBSSxJQUFJLE1BQU0sUUFBUSxDQUFDLEVBQUc7QUFBQSxJQUMxSCxvQkFBb0I7QUFBQSxJQUNwQjtBQUFBLElBQ0E7QUFBQSxJQUNBO0FBQUEsSUFDQSxnQkFBZ0IsZUFBZUMsUUFBTztBQUFBLElBQ3RDO0FBQUEsSUFDQSxhQUFhLGlCQUFpQixJQUFJLElBQUksVUFBVTtBQUFBLElBQ2hELDJCQUEyQixTQUFTO0FBQUEsSUFDcEMsNEJBQTRCLFNBQVM7QUFBQSxJQUNyQyxzQkFBc0IsU0FBUztBQUFBLElBQy9CLHFCQUFxQjtBQUFBLElBQ3JCLG1CQUFtQjtBQUFBLEVBQ3JCO0FBQ0Y7OztBQzFHTyxTQUFTLGVBQWUsS0FBZSxVQUFvQztBQUNoRixRQUFNLEVBQUUsV0FBVyxZQUFZLEtBQUssSUFBSTtBQUN4QyxRQUFNLFdBQVcsU0FBUyxNQUFNLElBQUk7QUFDcEMsUUFBTSxRQUF3QixJQUFJLFlBQVksSUFBSSxDQUFDLFNBQVMsU0FBUyxNQUFNLElBQUksQ0FBQztBQUNoRixRQUFNLFVBQVUsSUFBSSxhQUFhLElBQUksTUFBTTtBQUMzQyxRQUFNLFFBQVEsSUFBSSxhQUFhLElBQUksTUFBTTtBQUN6QyxNQUFJLGNBQWM7QUFDbEIsTUFBSSxZQUFZO0FBQ2hCLE1BQUksY0FBYztBQUNsQixNQUFJLFFBQVE7QUFDWixXQUFTLElBQUksR0FBRyxJQUFJLElBQUksVUFBVSxRQUFRLEtBQUs7QUFDN0MsVUFBTSxPQUFPLFVBQVUsQ0FBQztBQUN4QixVQUFNLEtBQUssVUFBVSxJQUFJLENBQUM7QUFDMUIsUUFBSSxLQUFLLEtBQU07QUFFZixRQUFJLFlBQVk7QUFDaEIsYUFBUyxJQUFJLE1BQU0sSUFBSSxJQUFJLEtBQUs7QUFDOUIsVUFBSSxXQUFXLENBQUMsTUFBTSxvQkFBb0I7QUFDeEMsb0JBQVksTUFBTSxXQUFXLENBQUMsQ0FBRTtBQUNoQztBQUFBLE1BQ0Y7QUFBQSxJQUNGO0FBQ0EsUUFBSSxnQkFBZ0I7QUFDcEIsYUFBUyxJQUFJLE1BQU0sSUFBSSxJQUFJLEtBQUs7QUFDOUIsWUFBTSxJQUFJLFdBQVcsQ0FBQztBQUN0QixZQUFNLE1BQU0sTUFBTSxxQkFBcUIsWUFBWSxNQUFNLENBQUM7QUFDMUQsa0JBQVk7QUFDWixZQUFNLE1BQU0sSUFBSSxPQUFPLElBQUksZUFBZSxLQUFLLElBQUksQ0FBQyxHQUFJLEtBQUssQ0FBQyxDQUFFLElBQUk7QUFDcEUscUJBQWU7QUFDZixVQUFJLE1BQU0sbUJBQW9CO0FBQzlCLFVBQUksaUJBQWlCLEdBQUc7QUFFdEIsY0FBTUMsV0FBVSxrQkFBa0IsSUFBSSxJQUFJLE1BQU0sSUFBSSxlQUFlLEtBQUssYUFBYSxHQUFJLEtBQUssQ0FBQyxDQUFFO0FBQ2pHLFlBQUksV0FBVyxhQUFhLE1BQU0sRUFBRyxPQUFNLFdBQVcsSUFBSUE7QUFBQSxZQUNyRCxTQUFRLGFBQWEsSUFBSUE7QUFBQSxNQUNoQztBQUNBLHNCQUFnQjtBQUFBLElBQ2xCO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFBQSxJQUNMO0FBQUEsSUFDQSxhQUFhLFFBQVEsSUFBSSxjQUFjLFFBQVE7QUFBQSxJQUMvQyxtQkFBbUIsZUFBZSxTQUFTLFdBQVc7QUFBQSxJQUN0RCxpQkFBaUIsZUFBZSxPQUFPLFNBQVM7QUFBQSxJQUNoRCxZQUFZLFNBQVM7QUFBQSxJQUNyQixVQUFVLFNBQVM7QUFBQSxFQUNyQjtBQUNGOzs7QUNqRUEsSUFBTUMsWUFBVyxFQUFFLGFBQWEsSUFBSSxVQUFVLEtBQXdCO0FBRXRFLElBQU1DLGlCQUFnQjtBQUd0QixTQUFTLGlCQUFpQixLQUFlO0FBQ3ZDLFFBQU0sRUFBRSxXQUFXLFlBQVksVUFBVSxNQUFNLFlBQVksSUFBSTtBQUMvRCxRQUFNLFNBQVMsRUFBRSxVQUFVLEdBQUcsV0FBVyxHQUFHLFVBQVUsR0FBRyxTQUFTLEdBQUcsa0JBQWtCLEdBQUcsbUJBQW1CLEdBQUcsa0JBQWtCLEVBQUU7QUFDcEksUUFBTSxRQUFRLG9CQUFJLElBQTBCO0FBQzVDLFFBQU0sVUFBVSxJQUFJLGFBQWEsSUFBSSxNQUFNO0FBQzNDLFFBQU0sUUFBUSxJQUFJLGFBQWEsSUFBSSxNQUFNO0FBQ3pDLE1BQUksY0FBYztBQUNsQixNQUFJLFlBQVk7QUFFaEIsUUFBTSxRQUEyQixDQUFDO0FBQ2xDLFFBQU0sVUFBb0IsQ0FBQztBQUMzQixXQUFTLElBQUksR0FBRyxJQUFJLElBQUksVUFBVSxRQUFRLEtBQUs7QUFDN0MsVUFBTSxPQUFPLFVBQVUsQ0FBQztBQUN4QixVQUFNLEtBQUssVUFBVSxJQUFJLENBQUM7QUFDMUIsVUFBTSxTQUFTO0FBQ2YsWUFBUSxTQUFTO0FBQ2pCLFFBQUksV0FBVztBQUNmLGFBQVMsSUFBSSxNQUFNLElBQUksSUFBSSxLQUFLO0FBQzlCLGNBQVEsS0FBSyxTQUFTLENBQUMsQ0FBRTtBQUN6QixZQUFNLElBQUksV0FBVyxDQUFDO0FBQ3RCLFVBQUksTUFBTSxvQkFBb0I7QUFDNUIsY0FBTSxLQUFLLElBQUk7QUFDZjtBQUFBLE1BQ0Y7QUFDQSxZQUFNLEtBQUssQ0FBQztBQUNaLFVBQUksWUFBWSxHQUFHO0FBQ2pCLGNBQU1DLFlBQVcsS0FBSyxDQUFDLElBQUssS0FBSyxRQUFRLEtBQU1EO0FBQy9DLFlBQUksV0FBVyxRQUFRLE1BQU0sRUFBRyxPQUFNLFdBQVcsSUFBSUM7QUFBQSxZQUNoRCxTQUFRLGFBQWEsSUFBSUE7QUFBQSxNQUNoQztBQUNBLGlCQUFXO0FBQUEsSUFDYjtBQUNBLFVBQU0sSUFBSSxjQUFjLFNBQVMsS0FBSztBQUN0QyxXQUFPLFlBQVksRUFBRTtBQUNyQixXQUFPLGFBQWEsRUFBRTtBQUN0QixXQUFPLFlBQVksRUFBRTtBQUNyQixXQUFPLFdBQVcsRUFBRTtBQUNwQixRQUFJLEVBQUUsV0FBVyxFQUFHLFFBQU87QUFDM0IsUUFBSSxFQUFFLFlBQVksRUFBRyxRQUFPO0FBQzVCLFFBQUksRUFBRSxXQUFXLEVBQUcsUUFBTztBQUMzQixhQUFTLElBQUksR0FBRyxJQUFJLElBQUksRUFBRSxZQUFZLFFBQVEsS0FBSztBQUNqRCxZQUFNLElBQUksRUFBRSxZQUFZLENBQUM7QUFDekIsWUFBTSxJQUFJLEVBQUUsWUFBWSxJQUFJLENBQUM7QUFDN0IsWUFBTSxNQUFNLElBQUksWUFBWSxTQUFTO0FBQ3JDLFlBQU0sT0FBTyxNQUFNLElBQUksR0FBRztBQUMxQixVQUFJLEtBQU0sTUFBSztBQUFBLFVBQ1YsT0FBTSxJQUFJLEtBQUssRUFBRSxNQUFNLFlBQVksQ0FBQyxHQUFJLElBQUksWUFBWSxDQUFDLEdBQUksT0FBTyxFQUFFLENBQUM7QUFBQSxJQUM5RTtBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQUEsSUFDTCxHQUFHO0FBQUEsSUFDSCxnQkFBZ0IsQ0FBQyxHQUFHLE1BQU0sT0FBTyxDQUFDLEVBQUUsS0FBSyxDQUFDLEdBQUcsTUFBTSxFQUFFLFFBQVEsRUFBRSxLQUFLO0FBQUEsSUFDcEUsU0FBUyxFQUFFLG1CQUFtQixlQUFlLFNBQVMsV0FBVyxHQUFHLGlCQUFpQixlQUFlLE9BQU8sU0FBUyxFQUFFO0FBQUEsRUFDeEg7QUFDRjtBQUdBLFNBQVMsY0FBYyxLQUFlLEtBQTREO0FBQ2hHLFFBQU0sRUFBRSxXQUFXLFNBQVMsSUFBSTtBQUNoQyxRQUFNLEVBQUUsVUFBVSxhQUFhLElBQUksY0FBYyxLQUFLLEdBQUc7QUFDekQsU0FBTztBQUFBLElBQ0wsVUFBVSxTQUFTLElBQUksQ0FBQyxFQUFFLFdBQVcsTUFBTSxPQUFPO0FBQUEsTUFDaEQsWUFBWSxNQUFNLEtBQUssU0FBUyxTQUFTLFVBQVUsU0FBUyxHQUFJLFVBQVUsWUFBWSxDQUFDLENBQUUsR0FBRyxDQUFDLE1BQU0sSUFBSSxXQUFXLENBQUMsQ0FBRTtBQUFBLE1BQ3JIO0FBQUEsSUFDRixFQUFFO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDRjtBQUVBLFNBQVMsY0FBYyxLQUE2QjtBQUNsRCxRQUFNLEVBQUUsV0FBVyxLQUFLLElBQUk7QUFDNUIsUUFBTUEsV0FBVSxJQUFJLGFBQWEsSUFBSSxNQUFNLE1BQU07QUFDakQsV0FBUyxJQUFJLEdBQUcsSUFBSUEsU0FBUSxRQUFRLEtBQUs7QUFDdkMsVUFBTSxPQUFPLFVBQVUsQ0FBQztBQUN4QixVQUFNLEtBQUssVUFBVSxJQUFJLENBQUM7QUFDMUIsSUFBQUEsU0FBUSxDQUFDLElBQUksS0FBSyxRQUFRLEtBQUssS0FBSyxDQUFDLElBQUssS0FBSyxJQUFJLEtBQU1ELGlCQUFnQjtBQUFBLEVBQzNFO0FBQ0EsU0FBT0M7QUFDVDtBQUVBLFNBQVMsZ0JBQWdCLEtBQWtDO0FBQ3pELFNBQU8sY0FBYyxHQUFHLEVBQ3JCLE1BQU0sSUFBSSxDQUFDLE9BQU8sRUFBRSxNQUFNLElBQUksV0FBVyxFQUFFLElBQUksR0FBSSxJQUFJLElBQUksV0FBVyxFQUFFLEVBQUUsR0FBSSxPQUFPLEVBQUUsT0FBTyxhQUFhLEVBQUUsZUFBZSxFQUFFLE1BQU0sRUFBRSxFQUN0SSxLQUFLLENBQUMsR0FBRyxNQUFNLEVBQUUsUUFBUSxFQUFFLEtBQUs7QUFDckM7QUFpQk8sU0FBUyxXQUFXLEtBQWUsVUFBNkIsQ0FBQyxHQUFjO0FBQ3BGLFFBQU0sY0FBYyxRQUFRLGVBQWVGLFVBQVM7QUFDcEQsUUFBTSxXQUFXLFFBQVEsWUFBWUEsVUFBUztBQUM5QyxRQUFNLFlBQVksZUFBZSxLQUFLLE9BQU87QUFDN0MsUUFBTSxFQUFFLFNBQVMsZ0JBQWdCLEdBQUcsT0FBTyxJQUFJLGlCQUFpQixHQUFHO0FBQ25FLFFBQU0sRUFBRSxVQUFVLGFBQWEsSUFBSSxjQUFjLEtBQUssV0FBVztBQUNqRSxTQUFPO0FBQUEsSUFDTCxPQUFPLElBQUksTUFBTTtBQUFBLElBQ2pCLFFBQVEsSUFBSTtBQUFBLElBQ1osWUFBWSxJQUFJLFdBQVc7QUFBQSxJQUMzQixhQUFhLElBQUksWUFBWTtBQUFBLElBQzdCLEdBQUc7QUFBQSxJQUNIO0FBQUEsSUFDQSxpQkFBaUIsZ0JBQWdCLEdBQUc7QUFBQSxJQUNwQztBQUFBLElBQ0E7QUFBQSxJQUNBLGFBQWEsZUFBZSxjQUFjLEdBQUcsQ0FBQztBQUFBLElBQzlDO0FBQUEsSUFDQSxHQUFJLFlBQVksRUFBRSxTQUFTLGVBQWUsS0FBSyxRQUFRLEVBQUU7QUFBQSxJQUN6RCxhQUFhLElBQUk7QUFBQSxJQUNqQixHQUFJLGNBQWMsUUFBUSxFQUFFLFVBQVU7QUFBQSxFQUN4QztBQUNGOzs7QUN6SU8sU0FBUyxXQUFXLEtBQWUsVUFBbUMsQ0FBQyxHQUFvQjtBQUNoRyxRQUFNLFdBQVcsaUJBQWlCLEtBQUssT0FBTztBQUM5QyxNQUFJLGFBQWEsS0FBTSxRQUFPO0FBQzlCLFFBQU0sRUFBRSxRQUFRLFdBQVcsSUFBSTtBQUMvQixRQUFNLElBQUksT0FBTztBQUNqQixRQUFNLE9BQU8sQ0FBdUMsUUFBVyxTQUE4QjtBQUMzRixVQUFNLE1BQU0sS0FBSyxDQUFDO0FBQ2xCLGFBQVMsSUFBSSxHQUFHLElBQUksR0FBRyxJQUFLLEtBQUksQ0FBQyxJQUFJLE9BQU8sT0FBTyxDQUFDLENBQUU7QUFDdEQsV0FBTztBQUFBLEVBQ1Q7QUFHQSxRQUFNLFdBQVcsQ0FBQyxRQUFxQkcsV0FBNkI7QUFDbEUsVUFBTSxRQUFRLElBQUksV0FBV0EsT0FBTSxNQUFNLEVBQUUsS0FBSyxFQUFFO0FBQ2xELFVBQU0sUUFBa0IsQ0FBQztBQUN6QixhQUFTLElBQUksR0FBRyxJQUFJLElBQUksU0FBUyxVQUFVLFFBQVEsS0FBSztBQUV0RCxZQUFNLFFBQVEsTUFBTSxLQUFLLFNBQVMsTUFBTSxTQUFTLFNBQVMsVUFBVSxDQUFDLEdBQUksU0FBUyxVQUFVLElBQUksQ0FBQyxDQUFFLENBQUMsRUFBRSxLQUFLLENBQUMsR0FBRyxNQUFNLElBQUksQ0FBQztBQUMxSCxpQkFBVyxLQUFLLE9BQU87QUFDckIsaUJBQVMsSUFBSSxJQUFJLFVBQVUsQ0FBQyxHQUFJLElBQUksSUFBSSxVQUFVLElBQUksQ0FBQyxHQUFJLEtBQUs7QUFDOUQsZ0JBQU0sSUFBSSxPQUFPLENBQUM7QUFDbEIsY0FBSSxJQUFJQSxPQUFNLFVBQVUsTUFBTSxDQUFDLE1BQU0sR0FBSSxPQUFNLENBQUMsSUFBSSxNQUFNLEtBQUtBLE9BQU0sQ0FBQyxDQUFFLElBQUk7QUFBQSxRQUM5RTtBQUFBLE1BQ0Y7QUFBQSxJQUNGO0FBQ0EsVUFBTSxNQUFNLElBQUksWUFBWSxDQUFDO0FBQzdCLGFBQVMsSUFBSSxHQUFHLElBQUksR0FBRyxLQUFLO0FBQzFCLFlBQU0sSUFBSSxPQUFPLE9BQU8sQ0FBQyxDQUFFO0FBQzNCLFVBQUksQ0FBQyxJQUFJLElBQUlBLE9BQU0sU0FBUyxNQUFNLENBQUMsSUFBSztBQUFBLElBQzFDO0FBQ0EsV0FBTyxFQUFFLEtBQUssTUFBTTtBQUFBLEVBQ3RCO0FBQ0EsUUFBTSxXQUFXLFNBQVMsSUFBSSxVQUFVLElBQUksVUFBVTtBQUN0RCxRQUFNLGFBQWEsU0FBUyxJQUFJLFlBQVksSUFBSSxXQUFXO0FBQzNELFFBQU0sUUFBa0IsQ0FBQztBQUN6QixRQUFNLG9CQUFvQixTQUFTO0FBQ25DLE1BQUksTUFBTTtBQUNWLFdBQVMsSUFBSSxHQUFHLElBQUksa0JBQWtCLFFBQVEsS0FBSztBQUNqRCxVQUFNLElBQUksa0JBQWtCLENBQUM7QUFDN0IsVUFBTSxJQUFJLEtBQUssa0JBQWtCLElBQUksQ0FBQyxNQUFNLElBQUksTUFBTSxJQUFJO0FBQzFELFVBQU0sS0FBSyxRQUFRLElBQUksSUFBSSxVQUFXLENBQUMsSUFBSyxHQUFHLElBQUksVUFBVyxDQUFDLENBQUUsS0FBSyxHQUFHLEVBQUU7QUFBQSxFQUM3RTtBQUNBLFFBQU0sV0FBVyxJQUFJLFlBQVksQ0FBQztBQUNsQyxXQUFTLElBQUksR0FBRyxJQUFJLGtCQUFrQixRQUFRLElBQUssVUFBUyxLQUFLLGtCQUFrQixDQUFDLEdBQUksV0FBVyxDQUFDLEdBQUksV0FBVyxJQUFJLENBQUMsQ0FBRTtBQUMxSCxTQUFPO0FBQUEsSUFDTCxRQUFRLElBQUk7QUFBQSxJQUNaLFFBQVE7QUFBQSxJQUNSLE9BQU87QUFBQSxJQUNQLFlBQVksU0FBUztBQUFBLElBQ3JCLGFBQWEsV0FBVztBQUFBLElBQ3hCLFdBQVc7QUFBQSxJQUNYLFVBQVUsU0FBUztBQUFBLElBQ25CLFlBQVksV0FBVztBQUFBLElBQ3ZCLE1BQU0sS0FBSyxJQUFJLE1BQU0sQ0FBQyxNQUFNLElBQUksYUFBYSxDQUFDLENBQUM7QUFBQSxJQUMvQyxPQUFPLElBQUksUUFBUSxLQUFLLElBQUksT0FBTyxDQUFDLE1BQU0sSUFBSSxhQUFhLENBQUMsQ0FBQyxJQUFJO0FBQUEsSUFDakUsU0FBUyxJQUFJO0FBQUEsSUFDYixpQkFBaUIsSUFBSTtBQUFBLElBQ3JCLFdBQVcsSUFBSTtBQUFBLElBQ2Y7QUFBQSxJQUNBLGVBQWU7QUFBQSxFQUNqQjtBQUNGOzs7QUNwRE8sU0FBUyxjQUFjLEtBQWUsVUFBNkIsQ0FBQyxHQUFhO0FBQ3RGLFFBQU0sT0FBTyxRQUFRLFFBQVE7QUFDN0IsTUFBSSxTQUFTLE9BQVEsUUFBTztBQUM1QixNQUFJLFNBQVMsV0FBWSxPQUFNLElBQUksV0FBVyxnQkFBZ0IsS0FBSyxVQUFVLElBQUksQ0FBQyw0QkFBNEI7QUFDOUcsUUFBTSxXQUFXLFdBQVcsS0FBSyxFQUFFLFlBQVksUUFBUSxjQUFjLEtBQUssQ0FBQztBQUMzRSxNQUFJLGFBQWEsS0FBTSxPQUFNLElBQUksV0FBVyxpR0FBaUc7QUFDN0ksU0FBTztBQUNUOzs7QUNQQSxJQUFNQyxZQUFXLEVBQUUsSUFBSSxpQkFBaUIsbUJBQW1CLFVBQVU7QUFHckUsU0FBUyxTQUFTLE1BQWMsT0FBNEI7QUFDMUQsTUFBSUMsTUFBSztBQUNULFdBQVMsSUFBSSxHQUFHLE1BQU0sSUFBSUEsR0FBRSxHQUFHLElBQUssQ0FBQUEsTUFBSyxHQUFHLElBQUksS0FBSyxDQUFDO0FBQ3RELFFBQU0sSUFBSUEsR0FBRTtBQUNaLFNBQU9BO0FBQ1Q7QUFpQ08sU0FBUyxrQkFBa0IsUUFBc0IsVUFBb0MsQ0FBQyxHQUFZO0FBQ3ZHLGNBQVksTUFBTTtBQUNsQixRQUFNLEVBQUUsUUFBUSxhQUFhLFdBQVcsSUFBSSxVQUFVLE1BQU07QUFDNUQsUUFBTUEsTUFBSyxRQUFRLE1BQU1ELFVBQVM7QUFDbEMsUUFBTSxVQUFVLElBQUksS0FBSyxRQUFRLGdCQUFnQixjQUFjLENBQUMsR0FBRyxJQUFJLENBQUMsTUFBTSxDQUFDLEVBQUUsVUFBVSxDQUFDLENBQUMsQ0FBQztBQUU5RixRQUFNLFlBQVksU0FBUyxRQUFRLHFCQUFxQkEsVUFBUyxtQkFBbUIsSUFBSSxJQUFJLE9BQU8sV0FBVyxDQUFDO0FBQy9HLFFBQU0sZUFBZSxDQUFDLE1BQWUsSUFBSSxJQUFJLFlBQVksT0FBTyxZQUFZLENBQUM7QUFHN0UsUUFBTSxVQUFVLElBQUksV0FBVyxPQUFPLE1BQU07QUFDNUMsUUFBTSxTQUFpRixDQUFDO0FBQ3hGLFNBQU8sUUFBUSxDQUFDLEdBQUcsTUFBTTtBQUN2QixVQUFNLE9BQU8sT0FBTyxPQUFPLFNBQVMsQ0FBQztBQUNyQyxRQUFJLFFBQVEsS0FBSyxhQUFhLEVBQUUsWUFBWSxLQUFLLGVBQWUsRUFBRSxXQUFZLE1BQUs7QUFBQSxRQUM5RSxRQUFPLEtBQUssRUFBRSxVQUFVLEVBQUUsVUFBVSxZQUFZLEVBQUUsWUFBWSxNQUFNLEdBQUcsTUFBTSxFQUFFLENBQUM7QUFDckYsWUFBUSxDQUFDLElBQUksT0FBTyxTQUFTO0FBQzdCLFFBQUksRUFBRSxPQUFPLEVBQUcsUUFBTyxPQUFPLFNBQVMsQ0FBQyxFQUFHO0FBQUEsRUFDN0MsQ0FBQztBQUNELFFBQU0sd0JBQXdCLElBQUksV0FBVyxXQUFXLE1BQU07QUFDOUQsYUFBVyxLQUFLLE9BQVEsdUJBQXNCLEVBQUUsUUFBUTtBQUV4RCxRQUFNLFFBQVEsb0JBQUksSUFBWTtBQUM5QixRQUFNLFdBQXFCLElBQUksTUFBTSxPQUFPLE1BQU07QUFDbEQsU0FBTyxRQUFRLENBQUMsR0FBRyxNQUFNO0FBQ3ZCLFFBQUksc0JBQXNCLEVBQUUsUUFBUSxNQUFNLEVBQUcsVUFBUyxDQUFDLElBQUksU0FBUyxXQUFXLEVBQUUsUUFBUSxHQUFJLEtBQUs7QUFBQSxFQUNwRyxDQUFDO0FBQ0QsU0FBTyxRQUFRLENBQUMsR0FBRyxNQUFNO0FBQ3ZCLGFBQVMsQ0FBQyxNQUFNLFNBQVMsR0FBRyxXQUFXLEVBQUUsUUFBUSxDQUFFLE1BQU0sYUFBYSxFQUFFLFVBQVUsQ0FBQyxJQUFJLEtBQUs7QUFBQSxFQUM5RixDQUFDO0FBQ0QsUUFBTSxNQUFNLE9BQU8sSUFBSSxDQUFDLEdBQUcsTUFBTTtBQUMvQixVQUFNLElBQUksUUFBUSxDQUFDO0FBQ25CLFdBQU8sT0FBTyxDQUFDLEVBQUcsU0FBUyxJQUFJLFNBQVMsQ0FBQyxJQUFLLFNBQVMsR0FBRyxTQUFTLENBQUMsQ0FBRSxNQUFNLGFBQWEsR0FBRyxZQUFZLENBQUMsSUFBSSxLQUFLO0FBQUEsRUFDcEgsQ0FBQztBQUNELFFBQU0sY0FBYyxPQUFPLElBQUksQ0FBQyxHQUFHLE1BQU8sRUFBRSxPQUFPLElBQUksU0FBUyxRQUFRLFNBQVMsQ0FBQyxDQUFFLElBQUksS0FBSyxJQUFJLElBQUs7QUFFdEcsUUFBTSxPQUFPLG9CQUFJLElBQVk7QUFDN0IsUUFBTSxjQUE0QixPQUFPLElBQUksQ0FBQyxHQUFHLE1BQU07QUFDckQsU0FBSyxJQUFJLEVBQUUsVUFBVTtBQUNyQixVQUFNLFdBQVcsV0FBVyxFQUFFLFFBQVE7QUFDdEMsVUFBTSxJQUFJLFFBQVEsQ0FBQztBQUNuQixXQUFPO0FBQUEsTUFDTCxJQUFJLElBQUksQ0FBQztBQUFBLE1BQ1QsR0FBSSxJQUFJLENBQUMsTUFBTSxZQUFZLEVBQUUsTUFBTSxTQUFTO0FBQUEsTUFDNUMsWUFBWSxhQUFhLEVBQUUsVUFBVTtBQUFBLE1BQ3JDLEdBQUksRUFBRSxTQUFTLEtBQUssRUFBRSxPQUFPLEVBQUUsT0FBTztBQUFBLE1BQ3RDLE9BQU8sUUFBUSxVQUFVLFFBQVEsSUFBSSxRQUFRLEdBQUcsT0FBTyxnQkFBZ0IsRUFBRSxpQkFBaUIsRUFBRSxTQUFTLE1BQVM7QUFBQSxNQUM5RyxHQUFJLE9BQU8sQ0FBQyxFQUFHLE9BQU8sS0FBSyxFQUFFLE9BQU8sU0FBUyxDQUFDLEVBQUc7QUFBQSxJQUNuRDtBQUFBLEVBQ0YsQ0FBQztBQUNELFFBQU0sUUFBc0IsWUFBWSxJQUFJLENBQUMsT0FBTztBQUFBLElBQ2xELE1BQU0sSUFBSSxFQUFFLElBQUk7QUFBQSxJQUNoQixJQUFJLElBQUksRUFBRSxFQUFFO0FBQUEsSUFDWixRQUFRLEVBQUU7QUFBQSxJQUNWLE1BQU0sS0FBSyxJQUFJLEdBQUcsRUFBRSxjQUFjLEVBQUUsS0FBSztBQUFBLElBQ3pDLEdBQUksRUFBRSx1QkFBdUIsVUFBYSxFQUFFLGFBQWEsS0FBSyxJQUFJLEdBQUcsRUFBRSxxQkFBcUIsRUFBRSxLQUFLLEVBQUU7QUFBQSxJQUNyRyxHQUFJLFFBQVEsSUFBSSxXQUFXLE9BQU8sRUFBRSxFQUFFLEVBQUcsUUFBUSxDQUFFLEdBQUcsV0FBVyxFQUFFLFNBQVMsS0FBSztBQUFBLEVBQ25GLEVBQUU7QUFDRixTQUFPLFFBQVEsQ0FBQyxHQUFHLE1BQU07QUFDdkIsUUFBSSxFQUFFLFNBQVMsRUFBRztBQUNsQixVQUFNLFdBQVcsV0FBVyxFQUFFLFFBQVE7QUFDdEMsVUFBTSxNQUFNLFNBQVMsUUFBUSxJQUFJLENBQUMsQ0FBRSxJQUFJLEtBQUs7QUFDN0MsVUFBTSxRQUFRLFlBQVksUUFBUSxDQUFDLENBQUU7QUFDckMsZ0JBQVksS0FBSztBQUFBLE1BQ2YsSUFBSTtBQUFBLE1BQ0osTUFBTSxtQkFBbUIsUUFBUTtBQUFBLE1BQ2pDLFlBQVksYUFBYSxFQUFFLFVBQVU7QUFBQSxNQUNyQyxTQUFTLFFBQVEsSUFBSSxRQUFRLEdBQUcsV0FBVztBQUFBLE1BQzNDLE9BQU8sQ0FBQztBQUFBLE1BQ1IsR0FBSSxVQUFVLFFBQVEsVUFBVSxVQUFhLEVBQUUsTUFBTTtBQUFBLElBQ3ZELENBQUM7QUFDRCxVQUFNLEtBQUssRUFBRSxNQUFNLElBQUksQ0FBQyxHQUFJLElBQUksS0FBSyxRQUFRLEVBQUUsS0FBSyxDQUFDO0FBQUEsRUFDdkQsQ0FBQztBQUVELFFBQU0sY0FBNEIsQ0FBQyxHQUFHLE9BQU8sWUFBWSxLQUFLLEdBQUcsRUFBRSxFQUFFLE9BQU8sQ0FBQyxNQUFNLEtBQUssSUFBSSxDQUFDLENBQUMsRUFBRSxJQUFJLENBQUMsT0FBTyxFQUFFLElBQUksYUFBYSxDQUFDLEVBQUUsRUFBRTtBQUNwSSxTQUFPO0FBQUEsSUFDTCxJQUFBQztBQUFBLElBQ0EsR0FBSSxRQUFRLFNBQVMsVUFBYSxFQUFFLE1BQU0sUUFBUSxLQUFLO0FBQUEsSUFDdkQsR0FBSSxRQUFRLFNBQVMsVUFBYSxFQUFFLE1BQU0sUUFBUSxLQUFLO0FBQUEsSUFDdkQsT0FBTyxZQUFZLFFBQVEsUUFBUSxjQUFjO0FBQUEsSUFDakQsR0FBSSxPQUFPLHNCQUFzQixVQUFhLEVBQUUsbUJBQW1CLE9BQU8sa0JBQWtCO0FBQUEsSUFDNUY7QUFBQSxJQUNBO0FBQUEsSUFDQSxhQUFhO0FBQUEsRUFDZjtBQUNGO0FBR0EsU0FBUyxZQUFZLFFBQXNCLGdCQUF5RDtBQUNsRyxRQUFNLFFBQVEsQ0FBQyxTQUE0QztBQUN6RCxVQUFNLGFBQWEsZ0JBQWdCLGNBQWMsQ0FBQztBQUNsRCxZQUFRLE1BQU07QUFBQSxNQUNaLEtBQUs7QUFDSCxlQUFPLFdBQVcsU0FBUztBQUFBLE1BQzdCLEtBQUs7QUFDSCxlQUFPLFdBQVcsS0FBSyxDQUFDLE1BQU0sRUFBRSxZQUFZLE1BQVM7QUFBQSxNQUN2RCxLQUFLO0FBQ0gsZUFBTyxXQUFXLEtBQUssQ0FBQyxNQUFNLEVBQUUsU0FBUyxNQUFTO0FBQUEsTUFDcEQsS0FBSztBQUNILGVBQU8sV0FBVyxLQUFLLENBQUMsTUFBTSxFQUFFLFlBQVksTUFBUztBQUFBLE1BQ3ZELEtBQUs7QUFDSCxlQUFPLFdBQVcsS0FBSyxDQUFDLE1BQU0sRUFBRSxZQUFZLE1BQVM7QUFBQSxJQUN6RDtBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQUEsSUFDTCxPQUFPLE9BQU8sT0FBTyxPQUFPLENBQUMsS0FBSyxNQUFNLE1BQU0sRUFBRSxRQUFRLENBQUM7QUFBQSxJQUN6RCxZQUFZLE9BQU87QUFBQSxJQUNuQixZQUFZLGlCQUFpQixPQUFPLEtBQUs7QUFBQSxFQUMzQztBQUNGO0FBR0EsU0FBUyxhQUFhLE9BQW9CLGNBQTZDO0FBQ3JGLFNBQU8sTUFBTSxRQUFRLFdBQVcsSUFBSSxVQUFVLFNBQVMsTUFBTSxRQUFRLElBQUksWUFBWSxFQUFFLEtBQUssVUFBSyxDQUFDO0FBQ3BHO0FBRUEsU0FBUyxRQUFRLFVBQWtCLEdBQW1DLGdCQUF5RDtBQUM3SCxRQUFNQyxXQUFVLGtCQUFrQixHQUFHLFdBQVc7QUFDaEQsTUFBSSxDQUFDLEVBQUcsUUFBTyxDQUFDLEVBQUUsTUFBTSxVQUFVLE1BQU0sU0FBUyxTQUFBQSxTQUFRLENBQUM7QUFDMUQsU0FBTztBQUFBLElBQ0w7QUFBQSxNQUNFLE1BQU07QUFBQSxNQUNOLE1BQU0sRUFBRTtBQUFBLE1BQ1IsR0FBSSxFQUFFLFVBQVUsVUFBYSxFQUFFLE9BQU8sRUFBRSxNQUFNO0FBQUEsTUFDOUMsU0FBQUE7QUFBQSxNQUNBLEdBQUksRUFBRSxTQUFTLFVBQWEsRUFBRSxNQUFNLEVBQUUsS0FBSztBQUFBLElBQzdDO0FBQUEsRUFDRjtBQUNGO0FBR0EsU0FBUyxZQUFZLFFBQTRCO0FBQy9DLFFBQU0sTUFBTSxDQUFDLE9BQWUsU0FBaUI7QUFDM0MsVUFBTSxJQUFJLFdBQVcsc0JBQXNCLEtBQUssS0FBSyxJQUFJLEVBQUU7QUFBQSxFQUM3RDtBQUNBLE1BQUksV0FBVyxRQUFRLE9BQU8sV0FBVyxZQUFZLE9BQU8sV0FBVyx1QkFBdUI7QUFDNUYsUUFBSSxVQUFVLG1GQUFtRjtBQUFBLEVBQ25HO0FBQ0EsTUFBSSxPQUFPLFlBQVksRUFBRyxLQUFJLFdBQVcsbUJBQW1CLEtBQUssVUFBVSxPQUFPLE9BQU8sQ0FBQyxlQUFlO0FBQ3pHLFFBQU0sSUFBSSxPQUFPLFdBQVc7QUFDNUIsUUFBTSxJQUFJLE9BQU8sWUFBWTtBQUM3QixRQUFNLElBQUksT0FBTyxPQUFPO0FBQ3hCLFFBQU0sYUFBYSxDQUFDLE1BQWUsT0FBTyxVQUFVLENBQUMsS0FBTSxLQUFnQixNQUFPLElBQWU7QUFDakcsUUFBTSxRQUFRLENBQUMsTUFBZSxPQUFPLFVBQVUsQ0FBQyxLQUFNLEtBQWdCO0FBQ3RFLFNBQU8sT0FBTyxRQUFRLENBQUMsR0FBRyxNQUFNO0FBQzlCLFFBQUksQ0FBQyxPQUFPLFVBQVUsRUFBRSxRQUFRLEtBQUssRUFBRSxXQUFXLEtBQUssRUFBRSxZQUFZLEVBQUcsS0FBSSxVQUFVLENBQUMsY0FBYyxHQUFHLEVBQUUsUUFBUSw2QkFBNkIsQ0FBQyxhQUFhO0FBQzdKLFFBQUksQ0FBQyxXQUFXLEVBQUUsVUFBVSxFQUFHLEtBQUksVUFBVSxDQUFDLGdCQUFnQixHQUFHLEVBQUUsVUFBVSxtQ0FBbUMsQ0FBQyxjQUFjO0FBQy9ILFFBQUksQ0FBQyxNQUFNLFFBQVEsRUFBRSxPQUFPLEtBQUssRUFBRSxRQUFRLFNBQVMsT0FBTyxXQUFXLENBQUMsRUFBRSxRQUFRLE1BQU0sVUFBVSxHQUFHO0FBQ2xHLFVBQUksVUFBVSxDQUFDLGFBQWEsb0JBQW9CLE9BQU8sT0FBTyw2QkFBNkI7QUFBQSxJQUM3RjtBQUNBLFFBQUksQ0FBQyxNQUFNLEVBQUUsTUFBTSxLQUFLLEVBQUUsV0FBVyxLQUFLLENBQUMsTUFBTSxFQUFFLE1BQU0sS0FBSyxDQUFDLE1BQU0sRUFBRSxJQUFJLEVBQUcsS0FBSSxVQUFVLENBQUMsS0FBSyw4REFBeUQ7QUFDM0osUUFBSSxDQUFDLE9BQU8sU0FBUyxFQUFFLGNBQWMsRUFBRyxLQUFJLFVBQVUsQ0FBQyxvQkFBb0Isb0NBQW9DO0FBQUEsRUFDakgsQ0FBQztBQUNELFNBQU8sWUFBWSxRQUFRLENBQUMsR0FBRyxNQUFNO0FBQ25DLFFBQUksQ0FBQyxPQUFPLFVBQVUsRUFBRSxJQUFJLEtBQUssRUFBRSxPQUFPLEtBQUssRUFBRSxRQUFRLEtBQUssQ0FBQyxPQUFPLFVBQVUsRUFBRSxFQUFFLEtBQUssRUFBRSxLQUFLLEtBQUssRUFBRSxNQUFNLEdBQUc7QUFDOUcsVUFBSSxlQUFlLENBQUMsS0FBSyxRQUFRLEVBQUUsSUFBSSxTQUFTLEVBQUUsRUFBRSw2QkFBNkIsQ0FBQyxTQUFTO0FBQUEsSUFDN0Y7QUFDQSxRQUFJLENBQUMsTUFBTSxFQUFFLEtBQUssS0FBSyxFQUFFLFVBQVUsRUFBRyxLQUFJLGVBQWUsQ0FBQyxXQUFXLDRCQUE0QjtBQUNqRyxRQUFJLENBQUMsT0FBTyxTQUFTLEVBQUUsV0FBVyxFQUFHLEtBQUksZUFBZSxDQUFDLGlCQUFpQixvQ0FBb0M7QUFBQSxFQUNoSCxDQUFDO0FBQ0g7OztBQ3pMTyxTQUFTLFlBQ2QsS0FDQSxRQUNBLFFBQTRCLENBQUMsR0FDcEI7QUFDVCxRQUFNLFNBQVMsV0FBVyxVQUFhLE1BQU0sUUFBUyxPQUEwQixVQUFVO0FBQzFGLFFBQU0sVUFBOEIsU0FBUyxFQUFFLEdBQUcsT0FBTyxnQkFBZ0IsT0FBeUIsSUFBTSxVQUE2QztBQUNySixTQUFPLGtCQUFrQixZQUFZLGNBQWMsS0FBSyxPQUFPLEdBQUcsT0FBTyxHQUFHLE9BQU87QUFDckY7OztBQ3pCTyxTQUFTLFdBQVcsT0FBa0M7QUFDM0QsU0FBTyxNQUFNLElBQUksS0FBSyxFQUFFLEtBQUssRUFBRTtBQUNqQztBQUVBLFNBQVMsTUFBTSxLQUFxQjtBQUNsQyxVQUFRLEtBQUs7QUFBQSxJQUNYLEtBQUs7QUFDSCxhQUFPO0FBQUEsSUFDVCxLQUFLO0FBQ0gsYUFBTztBQUFBLElBQ1QsS0FBSztBQUNILGFBQU87QUFBQSxJQUNULEtBQUs7QUFDSCxhQUFPO0FBQUEsSUFDVCxLQUFLO0FBQ0gsYUFBTztBQUFBLEVBQ1g7QUFDRjs7O0FDdkJPLElBQU0sZ0JBQU4sY0FBNEIsTUFBTTtBQUFBLEVBRXZDLFlBQ1csTUFDQSxTQUNBLFFBQTJELENBQUMsR0FDNUQsUUFBMkIsQ0FBQyxHQUNyQztBQUNBLFVBQU0sVUFBVSxXQUFXLEtBQUssQ0FBQztBQUx4QjtBQUNBO0FBQ0E7QUFDQTtBQUFBLEVBR1g7QUFBQSxFQVJTLE9BQU87QUFTbEI7QUFHTyxJQUFNLGVBQW9DLG9CQUFJLElBQUk7QUFBQSxFQUN2RDtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQ0YsQ0FBQzs7O0FDekJELElBQU0sYUFBYyxXQUE0QztBQUVoRSxJQUFNLFNBQVMsSUFBSSxZQUFZLFNBQVMsRUFBRSxPQUFPLE1BQU0sV0FBVyxLQUFLLENBQUM7QUFXakUsU0FBUyxTQUFTLE9BQW1CLFFBQVEsR0FBRyxNQUFNLE1BQU0sUUFBdUI7QUFDeEYsTUFBSSxZQUFZO0FBRWQsVUFBTSxPQUFPLFdBQVcsU0FBUyxLQUFLLElBQUssTUFBb0MsU0FBUyxRQUFRLE9BQU8sR0FBRyxJQUFJLFdBQVcsS0FBSyxNQUFNLFFBQVEsTUFBTSxhQUFhLE9BQU8sTUFBTSxLQUFLLEVBQUUsU0FBUyxNQUFNO0FBQ2xNLFFBQUksS0FBSyxRQUFRLFFBQVEsSUFBSSxFQUFHLFFBQU87QUFBQSxFQUN6QztBQUNBLE1BQUk7QUFDRixXQUFPLE9BQU8sT0FBTyxNQUFNLFNBQVMsT0FBTyxHQUFHLENBQUM7QUFBQSxFQUNqRCxRQUFRO0FBQ04sV0FBTztBQUFBLEVBQ1Q7QUFDRjtBQVNPLFNBQVMsZ0JBQWdCLE9BQTJCO0FBQ3pELFFBQU0sSUFBSSxNQUFNO0FBQ2hCLFdBQVMsT0FBTyxHQUFHLFFBQVEsS0FBSyxJQUFJLEdBQUcsQ0FBQyxHQUFHLFFBQVE7QUFDakQsVUFBTSxJQUFJLE1BQU0sSUFBSSxJQUFJO0FBQ3hCLFNBQUssSUFBSSxTQUFVLElBQU07QUFDekIsVUFBTSxTQUFTLEtBQUssTUFBTyxJQUFJLEtBQUssTUFBTyxJQUFJLEtBQUssTUFBTyxJQUFJO0FBQy9ELFdBQU8sU0FBUyxPQUFPLElBQUksT0FBTztBQUFBLEVBQ3BDO0FBQ0EsU0FBTztBQUNUOzs7QUMzQ08sSUFBTSxZQUFvQyxDQUFDLFNBQVMsUUFBUSxVQUFVLGNBQWMsY0FBYztBQVV6RyxnQkFBdUIsV0FBVyxRQUFtQyxXQUF3QixTQUFpQztBQUM1SCxRQUFNLE9BQU8sYUFBYSxXQUFXLGFBQWE7QUFDbEQsUUFBTSxVQUFVLElBQUksWUFBWSxVQUFVLEVBQUUsT0FBTyxLQUFLLENBQUM7QUFDekQsTUFBSSxRQUFRO0FBQ1osTUFBSSxRQUFRO0FBQ1osTUFBSSxRQUEyQjtBQUMvQixRQUFNLFVBQVUsQ0FBQyxTQUNmLElBQUk7QUFBQSxJQUNGO0FBQUEsSUFDQSw2Q0FBNkMsTUFBTSxlQUFlLElBQUksQ0FBQyxRQUFRLEtBQUssZUFBZSxJQUFJLENBQUM7QUFBQSxJQUN4RyxDQUFDO0FBQUEsSUFDRCxDQUFDLGlCQUFpQjtBQUFBLEVBQ3BCO0FBRUYsUUFBTSxZQUFZLENBQUMsT0FBbUIsVUFBMkI7QUFDL0QsUUFBSUMsUUFBTztBQUNYLFFBQUksT0FBTztBQUNULE1BQUFBLFFBQU8sSUFBSSxXQUFXLE1BQU0sU0FBUyxNQUFNLE1BQU07QUFDakQsTUFBQUEsTUFBSyxJQUFJLEtBQUs7QUFDZCxNQUFBQSxNQUFLLElBQUksT0FBTyxNQUFNLE1BQU07QUFDNUIsY0FBUTtBQUFBLElBQ1Y7QUFDQSxVQUFNLFFBQVEsUUFBUUEsTUFBSyxTQUFTLGdCQUFnQkEsS0FBSTtBQUN4RCxRQUFJLFFBQVFBLE1BQUssT0FBUSxTQUFRQSxNQUFLLE1BQU0sS0FBSztBQUNqRCxVQUFNLE9BQU8sU0FBU0EsT0FBTSxHQUFHLEtBQUs7QUFDcEMsUUFBSSxTQUFTLEtBQU0sT0FBTSxRQUFRLFFBQVEsTUFBTSxNQUFNO0FBQ3JELFdBQU87QUFBQSxFQUNUO0FBQ0EsUUFBTSxTQUFTLENBQUMsVUFBMEM7QUFDeEQsUUFBSSxLQUFNLFFBQU8sVUFBVSxTQUFTLElBQUksV0FBVyxDQUFDLEdBQUcsVUFBVSxNQUFTO0FBQzFFLFFBQUk7QUFDRixhQUFPLFFBQVEsUUFBUSxPQUFPLE9BQU8sRUFBRSxRQUFRLEtBQUssQ0FBQyxJQUFJLFFBQVEsT0FBTztBQUFBLElBQzFFLFFBQVE7QUFDTixZQUFNLFFBQVEsU0FBUyxPQUFPLFVBQVUsRUFBRTtBQUFBLElBQzVDO0FBQUEsRUFDRjtBQUNBLG1CQUFpQixTQUFTLFFBQVE7QUFDaEMsUUFBSSxPQUFPLE9BQU8sS0FBSztBQUN2QixhQUFTLE1BQU07QUFDZixRQUFJLFNBQVMsU0FBUyxJQUFJO0FBQ3hCLFVBQUksS0FBSyxXQUFXLENBQUMsTUFBTSxNQUFRLFFBQU8sS0FBSyxNQUFNLENBQUM7QUFDdEQsY0FBUTtBQUFBLElBQ1Y7QUFDQSxRQUFJLEtBQU0sT0FBTTtBQUFBLEVBQ2xCO0FBQ0EsUUFBTSxPQUFPLE9BQU8sTUFBUztBQUM3QixNQUFJLEtBQU0sT0FBTTtBQUNsQjs7O0FDMURPLFNBQVMsYUFBYSxPQUFtQixNQUFjLE9BQXFCO0FBQ2pGLFFBQU0sUUFBUSxNQUFNLFVBQVUsS0FBSztBQUNuQyxNQUFJLElBQUksT0FBTztBQUNmLFNBQU8sTUFBTSxJQUFJLENBQUMsTUFBTSxFQUFHLEtBQUssSUFBSSxJQUFLO0FBQ3pDLFFBQU0sSUFBSSxDQUFDLElBQUksUUFBUTtBQUN2QixRQUFNLElBQUksSUFBSSxDQUFDLElBQUk7QUFDckI7QUFTTyxTQUFTLFFBQVEsR0FBbUI7QUFDekMsTUFBSSxLQUFLLEtBQUssSUFBSyxNQUFNLElBQUssVUFBVTtBQUN4QyxNQUFJLEtBQUssS0FBSyxJQUFLLE1BQU0sSUFBSyxVQUFVO0FBQ3hDLFNBQU8sSUFBSyxNQUFNO0FBQ3BCOzs7QUNiTyxJQUFNLGNBQU4sTUFBa0I7QUFBQSxFQUNkLFNBQW1CLENBQUM7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBLEVBS3JCLFFBQVEsSUFBSSxXQUFXLEdBQUc7QUFBQTtBQUFBLEVBRTFCLFNBQVMsSUFBSSxXQUFXLEVBQUU7QUFBQSxFQUVsQyxPQUFPQyxRQUF1QjtBQUM1QixXQUFPLEtBQUssWUFBWUEsUUFBTyxHQUFHQSxPQUFNLE1BQU07QUFBQSxFQUNoRDtBQUFBO0FBQUEsRUFHQSxZQUFZLE1BQWMsT0FBZSxLQUFxQjtBQUM1RCxVQUFNLE9BQU8sT0FBTyxNQUFNLE9BQU8sR0FBRztBQUNwQyxVQUFNLFFBQVEsS0FBSyxPQUFPLE1BQU0sT0FBTyxLQUFLLElBQUk7QUFDaEQsUUFBSSxTQUFTLEVBQUcsUUFBTztBQUd2QixVQUFNQSxTQUFRLEtBQUssTUFBTSxPQUFPLEdBQUc7QUFDbkMsV0FBTyxLQUFLLE1BQU1BLE9BQU0sU0FBUyxNQUFNLE1BQU1BLFFBQU8sTUFBTSxDQUFDLElBQUlBLFFBQU8sSUFBSTtBQUFBLEVBQzVFO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBLEVBT0EsSUFBSUEsUUFBdUI7QUFDekIsV0FBTyxLQUFLLE1BQU1BLFFBQU8sT0FBT0EsUUFBTyxHQUFHQSxPQUFNLE1BQU0sQ0FBQztBQUFBLEVBQ3pEO0FBQUE7QUFBQSxFQUdBLFVBQVUsTUFBYyxPQUFlLEtBQXFCO0FBQzFELFdBQU8sS0FBSyxPQUFPLE1BQU0sT0FBTyxLQUFLLE9BQU8sTUFBTSxPQUFPLEdBQUcsQ0FBQztBQUFBLEVBQy9EO0FBQUEsRUFFQSxJQUFJLE9BQWU7QUFDakIsV0FBTyxLQUFLLE9BQU87QUFBQSxFQUNyQjtBQUFBLEVBRVEsT0FBTyxNQUFjLE9BQWUsS0FBYSxNQUFzQjtBQUM3RSxVQUFNLFFBQVEsS0FBSztBQUNuQixVQUFNLFFBQVEsTUFBTSxVQUFVLEtBQUs7QUFDbkMsYUFBUyxJQUFJLE9BQU8sUUFBUSxJQUFLLElBQUksSUFBSyxNQUFNO0FBQzlDLFlBQU0sUUFBUSxNQUFNLElBQUksQ0FBQyxJQUFLO0FBQzlCLFVBQUksUUFBUSxFQUFHLFFBQU87QUFDdEIsVUFBSSxNQUFNLElBQUksSUFBSSxDQUFDLE1BQU0sS0FBTTtBQUMvQixZQUFNLElBQUksS0FBSyxPQUFPLEtBQUs7QUFFM0IsVUFBSSxFQUFFLFdBQVcsTUFBTSxTQUFTLEtBQUssTUFBTSxPQUFPLEdBQUcsTUFBTSxFQUFHLFFBQU87QUFBQSxJQUN2RTtBQUFBLEVBQ0Y7QUFBQSxFQUVRLE1BQU1BLFFBQWUsTUFBc0I7QUFDakQsVUFBTSxJQUFJLEtBQUssT0FBTztBQUN0QixTQUFLLE9BQU8sS0FBS0EsTUFBSztBQUN0QixRQUFJLE1BQU0sS0FBSyxPQUFPLFFBQVE7QUFDNUIsWUFBTSxTQUFTLElBQUksV0FBVyxJQUFJLENBQUM7QUFDbkMsYUFBTyxJQUFJLEtBQUssTUFBTTtBQUN0QixXQUFLLFNBQVM7QUFBQSxJQUNoQjtBQUNBLFNBQUssT0FBTyxDQUFDLElBQUk7QUFDakIsUUFBSSxLQUFLLE9BQU8sU0FBUyxJQUFJLEtBQUssTUFBTSxPQUFRLE1BQUssT0FBTztBQUFBLFFBQ3ZELGNBQWEsS0FBSyxPQUFPLE1BQU0sQ0FBQztBQUNyQyxXQUFPO0FBQUEsRUFDVDtBQUFBLEVBRVEsU0FBZTtBQUNyQixTQUFLLFFBQVEsSUFBSSxXQUFXLEtBQUssTUFBTSxTQUFTLENBQUM7QUFDakQsYUFBUyxJQUFJLEdBQUcsSUFBSSxLQUFLLE9BQU8sUUFBUSxJQUFLLGNBQWEsS0FBSyxPQUFPLEtBQUssT0FBTyxDQUFDLEdBQUksQ0FBQztBQUFBLEVBQzFGO0FBQ0Y7QUFHQSxJQUFNLFFBQVE7QUFRZCxTQUFTLE9BQU8sTUFBYyxPQUFlLEtBQXFCO0FBQ2hFLE1BQUksSUFBSTtBQUNSLE1BQUksTUFBTSxTQUFTLE9BQU87QUFDeEIsYUFBUyxJQUFJLE9BQU8sSUFBSSxLQUFLLElBQUssS0FBSSxLQUFLLEtBQUssSUFBSSxLQUFLLFdBQVcsQ0FBQyxHQUFHLFFBQVU7QUFBQSxFQUNwRixPQUFPO0FBQ0wsUUFBSSxLQUFLLEtBQUssSUFBSyxNQUFNLE9BQVEsUUFBVTtBQUMzQyxhQUFTLElBQUksT0FBTyxJQUFJLFFBQVEsR0FBRyxJQUFLLEtBQUksS0FBSyxLQUFLLElBQUksS0FBSyxXQUFXLENBQUMsR0FBRyxRQUFVO0FBQ3hGLGFBQVMsSUFBSSxNQUFNLEdBQUcsSUFBSSxLQUFLLElBQUssS0FBSSxLQUFLLEtBQUssSUFBSSxLQUFLLFdBQVcsQ0FBQyxHQUFHLFFBQVU7QUFBQSxFQUN0RjtBQUNBLFNBQU8sUUFBUSxDQUFDO0FBQ2xCOzs7QUN2R08sSUFBTSxrQkFBTixNQUFzQjtBQUFBLEVBQ2xCLFFBQVEsSUFBSSxZQUFZO0FBQUEsRUFDeEIsYUFBYSxJQUFJLFlBQVk7QUFBQSxFQUM3QixjQUFjLElBQUksWUFBWTtBQUFBLEVBQzlCLFlBQVksSUFBSSxZQUFZO0FBQUE7QUFBQSxFQUU3QixXQUErQjtBQUFBO0FBQUEsRUFFdEIsZ0JBQWdCLG9CQUFJLElBQStCO0FBQUEsRUFDNUQsU0FBUyxJQUFJLFlBQVksSUFBSTtBQUFBLEVBQzdCLFdBQVcsSUFBSSxZQUFZLElBQUk7QUFBQSxFQUMvQixhQUFhLElBQUksWUFBWSxJQUFJO0FBQUEsRUFDakMsT0FBTyxJQUFJLGFBQWEsSUFBSTtBQUFBO0FBQUEsRUFFNUIsUUFBNkI7QUFBQSxFQUM3QixRQUFRO0FBQUEsRUFDaEIsVUFBVTtBQUFBLEVBQ0Qsa0JBQTRCLENBQUM7QUFBQSxFQUV0QyxJQUFJLFNBQWlCO0FBQ25CLFdBQU8sS0FBSztBQUFBLEVBQ2Q7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBLEVBTUEsSUFBSSxXQUFtQixVQUFrQixZQUFvQixNQUFjLFFBQVEsT0FBTyxLQUFLLFdBQVcsYUFBYSxlQUF5QztBQUM5SixRQUFJLEtBQUssVUFBVSxLQUFLLEtBQUssT0FBUSxNQUFLLEtBQUs7QUFDL0MsVUFBTSxJQUFJLEtBQUs7QUFDZixTQUFLLE9BQU8sQ0FBQyxJQUFJO0FBQ2pCLFNBQUssU0FBUyxDQUFDLElBQUk7QUFDbkIsU0FBSyxXQUFXLENBQUMsSUFBSTtBQUNyQixTQUFLLEtBQUssQ0FBQyxJQUFJO0FBQ2YsUUFBSSxDQUFDLE9BQU8sTUFBTSxLQUFLLEtBQUssS0FBSyxVQUFVLEtBQU0sTUFBSyxRQUFRLElBQUksYUFBYSxLQUFLLEtBQUssTUFBTSxFQUFFLEtBQUssT0FBTyxHQUFHO0FBQ2hILFFBQUksS0FBSyxVQUFVLEtBQU0sTUFBSyxNQUFNLENBQUMsSUFBSTtBQUN6QyxRQUFJLGFBQWEsZUFBZSxLQUFLLGFBQWEsS0FBTSxNQUFLLFdBQVcsSUFBSSxZQUFZLEtBQUssS0FBSyxNQUFNLEVBQUUsS0FBSyxXQUFXO0FBQzFILFFBQUksS0FBSyxhQUFhLEtBQU0sTUFBSyxTQUFTLENBQUMsSUFBSTtBQUMvQyxRQUFJLGtCQUFrQixVQUFhLGNBQWMsU0FBUyxFQUFHLE1BQUssY0FBYyxJQUFJLEdBQUcsYUFBYTtBQUFBLEVBQ3RHO0FBQUEsRUFFQSxLQUFLLFNBQXVCO0FBQzFCLFNBQUs7QUFDTCxRQUFJLEtBQUssZ0JBQWdCLFNBQVMsR0FBSSxNQUFLLGdCQUFnQixLQUFLLE9BQU87QUFBQSxFQUN6RTtBQUFBLEVBRVEsT0FBYTtBQUNuQixVQUFNLE9BQU8sS0FBSyxLQUFLLFNBQVM7QUFDaEMsVUFBTSxNQUFNLENBQUMsUUFBcUI7QUFDaEMsWUFBTSxPQUFPLElBQUksWUFBWSxJQUFJO0FBQ2pDLFdBQUssSUFBSSxHQUFHO0FBQ1osYUFBTztBQUFBLElBQ1Q7QUFDQSxTQUFLLFNBQVMsSUFBSSxLQUFLLE1BQU07QUFDN0IsU0FBSyxXQUFXLElBQUksS0FBSyxRQUFRO0FBQ2pDLFNBQUssYUFBYSxJQUFJLEtBQUssVUFBVTtBQUNyQyxVQUFNLE9BQU8sSUFBSSxhQUFhLElBQUk7QUFDbEMsU0FBSyxJQUFJLEtBQUssSUFBSTtBQUNsQixTQUFLLE9BQU87QUFDWixRQUFJLEtBQUssVUFBVSxNQUFNO0FBQ3ZCLFlBQU0sUUFBUSxJQUFJLGFBQWEsSUFBSSxFQUFFLEtBQUssT0FBTyxHQUFHO0FBQ3BELFlBQU0sSUFBSSxLQUFLLEtBQUs7QUFDcEIsV0FBSyxRQUFRO0FBQUEsSUFDZjtBQUNBLFFBQUksS0FBSyxhQUFhLE1BQU07QUFDMUIsWUFBTSxXQUFXLElBQUksWUFBWSxJQUFJLEVBQUUsS0FBSyxXQUFXO0FBQ3ZELGVBQVMsSUFBSSxLQUFLLFFBQVE7QUFDMUIsV0FBSyxXQUFXO0FBQUEsSUFDbEI7QUFBQSxFQUNGO0FBQUE7QUFBQSxFQUdBLE1BQU0sUUFBNEIsZ0JBQWdCLE9BQWlCO0FBQ2pFLFVBQU0sSUFBSSxLQUFLO0FBQ2YsVUFBTSxZQUFZLEtBQUssTUFBTTtBQUU3QixVQUFNLFlBQVksSUFBSSxZQUFZLFlBQVksQ0FBQztBQUMvQyxhQUFTLElBQUksR0FBRyxJQUFJLEdBQUcsSUFBSyxXQUFVLEtBQUssT0FBTyxDQUFDLElBQUssQ0FBQztBQUN6RCxhQUFTLElBQUksR0FBRyxJQUFJLFdBQVcsSUFBSyxXQUFVLElBQUksQ0FBQyxLQUFNLFVBQVUsQ0FBQztBQUNwRSxVQUFNLE9BQU8sVUFBVSxNQUFNLEdBQUcsU0FBUztBQUN6QyxVQUFNLFFBQVEsSUFBSSxZQUFZLENBQUM7QUFDL0IsYUFBUyxJQUFJLEdBQUcsSUFBSSxHQUFHLElBQUssT0FBTSxLQUFLLEtBQUssT0FBTyxDQUFDLENBQUUsR0FBSSxJQUFJO0FBRTlELFVBQU0sT0FBTyxLQUFLO0FBQ2xCLGFBQVMsSUFBSSxHQUFHLElBQUksV0FBVyxLQUFLO0FBQ2xDLFlBQU0sT0FBTyxVQUFVLENBQUM7QUFDeEIsWUFBTSxLQUFLLFVBQVUsSUFBSSxDQUFDO0FBQzFCLFVBQUksU0FBUztBQUNiLGVBQVMsSUFBSSxPQUFPLEdBQUcsSUFBSSxNQUFNLFFBQVEsSUFBSyxVQUFTLEtBQUssTUFBTSxJQUFJLENBQUMsQ0FBRSxLQUFNLEtBQUssTUFBTSxDQUFDLENBQUU7QUFDN0YsVUFBSSxPQUFRO0FBQ1osWUFBTSxTQUFTLE1BQU0sS0FBSyxNQUFNLFNBQVMsTUFBTSxFQUFFLENBQUMsRUFBRSxLQUFLLENBQUMsR0FBRyxNQUFNLEtBQUssQ0FBQyxJQUFLLEtBQUssQ0FBQyxDQUFFO0FBQ3RGLFlBQU0sSUFBSSxRQUFRLElBQUk7QUFBQSxJQUN4QjtBQUNBLFVBQU0sV0FBVyxJQUFJLFlBQVksQ0FBQztBQUNsQyxVQUFNLGFBQWEsSUFBSSxZQUFZLENBQUM7QUFDcEMsVUFBTSxRQUFRLElBQUksYUFBYSxDQUFDO0FBQ2hDLFVBQU0sU0FBUyxLQUFLLFVBQVUsT0FBTyxPQUFPLElBQUksYUFBYSxDQUFDO0FBQzlELFVBQU0sWUFBWSxnQkFBZ0IsSUFBSSxZQUFZLENBQUMsRUFBRSxLQUFLLFdBQVcsSUFBSTtBQUN6RSxVQUFNLE9BQU8saUJBQWlCLEtBQUssY0FBYyxPQUFPLElBQUksb0JBQUksSUFBK0IsSUFBSTtBQUNuRyxhQUFTLElBQUksR0FBRyxJQUFJLEdBQUcsS0FBSztBQUMxQixZQUFNLElBQUksTUFBTSxDQUFDO0FBQ2pCLGVBQVMsQ0FBQyxJQUFJLEtBQUssU0FBUyxDQUFDO0FBQzdCLGlCQUFXLENBQUMsSUFBSSxLQUFLLFdBQVcsQ0FBQztBQUNqQyxZQUFNLENBQUMsSUFBSSxLQUFLLENBQUM7QUFDakIsVUFBSSxXQUFXLEtBQU0sUUFBTyxDQUFDLElBQUksS0FBSyxNQUFPLENBQUM7QUFDOUMsVUFBSSxjQUFjLFFBQVEsS0FBSyxhQUFhLEtBQU0sV0FBVSxDQUFDLElBQUksS0FBSyxTQUFTLENBQUM7QUFDaEYsWUFBTSxTQUFTLFNBQVMsT0FBTyxTQUFZLEtBQUssY0FBYyxJQUFJLENBQUM7QUFDbkUsVUFBSSxXQUFXLE9BQVcsTUFBTSxJQUFJLEdBQUcsTUFBTTtBQUFBLElBQy9DO0FBQ0EsV0FBTztBQUFBLE1BQ0w7QUFBQSxNQUNBLFFBQVE7QUFBQSxNQUNSLE9BQU8sS0FBSyxNQUFNO0FBQUEsTUFDbEIsWUFBWSxLQUFLLFdBQVc7QUFBQSxNQUM1QixhQUFhLEtBQUssWUFBWTtBQUFBLE1BQzlCO0FBQUEsTUFDQTtBQUFBLE1BQ0E7QUFBQSxNQUNBLE1BQU07QUFBQSxNQUNOLE9BQU87QUFBQSxNQUNQLFNBQVMsS0FBSztBQUFBLE1BQ2QsaUJBQWlCLEtBQUs7QUFBQSxNQUN0QixHQUFJLGlCQUFpQixFQUFFLFdBQVcsS0FBSyxVQUFVLFFBQVEsVUFBVSxXQUFXLGVBQWUsS0FBSztBQUFBLElBQ3BHO0FBQUEsRUFDRjtBQUNGOzs7QUMxSEEsZ0JBQXVCLG1CQUFtQixRQUErRDtBQUN2RyxRQUFNLFdBQVcsT0FBTyxPQUFPLGFBQWEsRUFBRTtBQUM5QyxNQUFJLFFBQVEsTUFBTSxTQUFTLEtBQUs7QUFDaEMsU0FBTyxDQUFDLE1BQU0sUUFBUSxNQUFNLE1BQU0sV0FBVyxFQUFHLFNBQVEsTUFBTSxTQUFTLEtBQUs7QUFDNUUsTUFBSSxNQUFNLEtBQU07QUFFaEIsTUFBSSxNQUFNLE1BQU0sV0FBVyxHQUFHO0FBQzVCLFVBQU0sU0FBUyxNQUFNLFNBQVMsS0FBSztBQUNuQyxRQUFJLENBQUMsT0FBTyxNQUFNO0FBQ2hCLFlBQU1DLFVBQVMsSUFBSSxXQUFXLElBQUksT0FBTyxNQUFNLE1BQU07QUFDckQsTUFBQUEsUUFBTyxDQUFDLElBQUksTUFBTSxNQUFNLENBQUM7QUFDekIsTUFBQUEsUUFBTyxJQUFJLE9BQU8sT0FBTyxDQUFDO0FBQzFCLGNBQVEsRUFBRSxNQUFNLE9BQU8sT0FBT0EsUUFBTztBQUFBLElBQ3ZDO0FBQUEsRUFDRjtBQUNBLFFBQU0sT0FBTyxNQUFNO0FBQ25CLE1BQUksRUFBRSxLQUFLLENBQUMsTUFBTSxNQUFRLEtBQUssQ0FBQyxNQUFNLE1BQU87QUFDM0MsVUFBTTtBQUNOLGFBQVMsT0FBTyxNQUFNLFNBQVMsS0FBSyxHQUFHLENBQUMsS0FBSyxNQUFNLE9BQU8sTUFBTSxTQUFTLEtBQUssRUFBRyxPQUFNLEtBQUs7QUFDNUY7QUFBQSxFQUNGO0FBQ0EsUUFBTSxhQUFhLElBQUksZUFBMkI7QUFBQSxJQUNoRCxNQUFNLFlBQVk7QUFDaEIsaUJBQVcsUUFBUSxJQUFJO0FBQUEsSUFDekI7QUFBQSxJQUNBLE1BQU0sS0FBSyxZQUFZO0FBQ3JCLFlBQU0sT0FBTyxNQUFNLFNBQVMsS0FBSztBQUNqQyxVQUFJLEtBQUssS0FBTSxZQUFXLE1BQU07QUFBQSxVQUMzQixZQUFXLFFBQVEsS0FBSyxLQUFLO0FBQUEsSUFDcEM7QUFBQSxJQUNBLE1BQU0sU0FBUztBQUNiLFlBQU0sU0FBUyxTQUFTO0FBQUEsSUFDMUI7QUFBQSxFQUNGLENBQUM7QUFDRCxRQUFNLFNBQVMsV0FBVyxZQUFZLElBQUksb0JBQW9CLE1BQU0sQ0FBaUQsRUFBRSxVQUFVO0FBQ2pJLGFBQVM7QUFDUCxRQUFJO0FBQ0osUUFBSTtBQUNGLGVBQVMsTUFBTSxPQUFPLEtBQUs7QUFBQSxJQUM3QixTQUFTLEdBQUc7QUFDVixZQUFNLElBQUk7QUFBQSxRQUNSO0FBQUEsUUFDQSwwQ0FBMkMsRUFBWSxPQUFPO0FBQUEsTUFDaEU7QUFBQSxJQUNGO0FBQ0EsUUFBSSxPQUFPLEtBQU07QUFDakIsVUFBTSxPQUFPO0FBQUEsRUFDZjtBQUNGOzs7QUNqQ0EsZ0JBQXVCLFdBQVcsUUFBcUU7QUFDckcsTUFBSSxrQkFBa0IsWUFBWTtBQUNoQyxVQUFNO0FBQUEsRUFDUixXQUFXLGtCQUFrQixhQUFhO0FBQ3hDLFVBQU0sSUFBSSxXQUFXLE1BQU07QUFBQSxFQUM3QixXQUFXLE9BQVEsT0FBMEIsY0FBYyxZQUFZO0FBRXJFLFVBQU0sU0FBVSxPQUFzQyxVQUFVO0FBQ2hFLFFBQUk7QUFDRixpQkFBUztBQUNQLGNBQU0sRUFBRSxNQUFNLE9BQUFDLE9BQU0sSUFBSSxNQUFNLE9BQU8sS0FBSztBQUMxQyxZQUFJLEtBQU07QUFDVixjQUFNQTtBQUFBLE1BQ1I7QUFBQSxJQUNGLFVBQUU7QUFDQSxhQUFPLFlBQVk7QUFBQSxJQUNyQjtBQUFBLEVBQ0YsV0FBVyxPQUFPLGlCQUFpQixVQUFVLE9BQU8sWUFBWSxRQUFRO0FBQ3RFLHFCQUFpQixTQUFTLFFBQXFDO0FBQzdELFVBQUksT0FBTyxVQUFVLFNBQVUsT0FBTSxJQUFJLFVBQVUsK0ZBQStGO0FBQ2xKLFlBQU07QUFBQSxJQUNSO0FBQUEsRUFDRixPQUFPO0FBQ0wsVUFBTSxJQUFJLFVBQVUsa0dBQWtHO0FBQUEsRUFDeEg7QUFDRjs7O0FDbkRrUSxPQUFPLFVBQVU7OztBQ0c1USxJQUFNLFNBQVM7QUFlZixJQUFNLFdBQU4sTUFBZTtBQUFBO0FBQUEsRUFFWixRQUFRLElBQUksV0FBVyxLQUFLLEVBQUU7QUFBQSxFQUM5QixPQUFPO0FBQUE7QUFBQSxFQUVQLFdBQVcsSUFBSSxXQUFXLEVBQUU7QUFBQSxFQUM1QixZQUFZLElBQUksV0FBVyxFQUFFO0FBQUEsRUFDN0IsVUFBVSxJQUFJLFdBQVcsRUFBRTtBQUFBLEVBQzNCLFNBQVMsSUFBSSxZQUFZLEVBQUU7QUFBQSxFQUMzQixRQUFRO0FBQUE7QUFBQSxFQUVSLFFBQVEsSUFBSSxXQUFXLEdBQUc7QUFBQTtBQUFBLEVBR2xDLEtBQUssT0FBbUIsT0FBZSxLQUFxQjtBQUMxRCxXQUFPLEtBQUssT0FBTyxPQUFPLE9BQU8sS0FBSyxVQUFVLE9BQU8sT0FBTyxHQUFHLENBQUM7QUFBQSxFQUNwRTtBQUFBO0FBQUEsRUFHQSxJQUFJLE9BQW1CLE9BQWUsS0FBYUMsUUFBcUI7QUFDdEUsVUFBTSxTQUFTLE1BQU07QUFDckIsUUFBSSxLQUFLLE9BQU8sU0FBUyxLQUFLLE1BQU0sUUFBUTtBQUMxQyxZQUFNLFFBQVEsSUFBSSxXQUFXLEtBQUssSUFBSSxJQUFJLEtBQUssTUFBTSxRQUFRLEtBQUssT0FBTyxNQUFNLENBQUM7QUFDaEYsWUFBTSxJQUFJLEtBQUssTUFBTSxTQUFTLEdBQUcsS0FBSyxJQUFJLENBQUM7QUFDM0MsV0FBSyxRQUFRO0FBQUEsSUFDZjtBQUNBLFFBQUksS0FBSyxVQUFVLEtBQUssT0FBTyxRQUFRO0FBQ3JDLFdBQUssV0FBVyxNQUFNLEtBQUssVUFBVSxJQUFJLFdBQVcsSUFBSSxLQUFLLEtBQUssQ0FBQztBQUNuRSxXQUFLLFlBQVksTUFBTSxLQUFLLFdBQVcsSUFBSSxXQUFXLElBQUksS0FBSyxLQUFLLENBQUM7QUFDckUsV0FBSyxVQUFVLE1BQU0sS0FBSyxTQUFTLElBQUksV0FBVyxJQUFJLEtBQUssS0FBSyxDQUFDO0FBQ2pFLFdBQUssU0FBUyxNQUFNLEtBQUssUUFBUSxJQUFJLFlBQVksSUFBSSxLQUFLLEtBQUssQ0FBQztBQUFBLElBQ2xFO0FBQ0EsVUFBTSxRQUFRLEtBQUs7QUFDbkIsVUFBTSxPQUFPLFVBQVUsT0FBTyxPQUFPLEdBQUc7QUFDeEMsYUFBUyxJQUFJLEdBQUcsSUFBSSxRQUFRLElBQUssTUFBSyxNQUFNLEtBQUssT0FBTyxDQUFDLElBQUksTUFBTSxRQUFRLENBQUM7QUFDNUUsU0FBSyxTQUFTLEtBQUssSUFBSSxLQUFLO0FBQzVCLFNBQUssVUFBVSxLQUFLLElBQUk7QUFDeEIsU0FBSyxRQUFRLEtBQUssSUFBSTtBQUN0QixTQUFLLE9BQU8sS0FBSyxJQUFJQTtBQUNyQixTQUFLLFFBQVE7QUFDYixRQUFJLEtBQUssUUFBUSxJQUFJLEtBQUssTUFBTSxPQUFRLE1BQUssT0FBTztBQUFBLFFBQy9DLGNBQWEsS0FBSyxPQUFPLE1BQU0sS0FBSztBQUFBLEVBQzNDO0FBQUEsRUFFUSxPQUFPLE9BQW1CLE9BQWUsS0FBYSxNQUFzQjtBQUNsRixVQUFNLFFBQVEsS0FBSztBQUNuQixVQUFNLFFBQVEsTUFBTSxVQUFVLEtBQUs7QUFDbkMsVUFBTSxTQUFTLE1BQU07QUFDckIsVUFBTSxRQUFRLEtBQUs7QUFDbkIsVUFBTyxVQUFTLElBQUksT0FBTyxRQUFRLElBQUssSUFBSSxJQUFLLE1BQU07QUFDckQsWUFBTSxRQUFRLE1BQU0sSUFBSSxDQUFDLElBQUs7QUFDOUIsVUFBSSxRQUFRLEVBQUcsUUFBTztBQUN0QixVQUFJLE1BQU0sSUFBSSxJQUFJLENBQUMsTUFBTSxRQUFRLEtBQUssVUFBVSxLQUFLLE1BQU0sT0FBUTtBQUNuRSxZQUFNLEtBQUssS0FBSyxTQUFTLEtBQUssSUFBSztBQUNuQyxlQUFTLElBQUksT0FBTyxJQUFJLEtBQUssSUFBSyxLQUFJLE1BQU0sS0FBSyxDQUFDLE1BQU0sTUFBTSxDQUFDLEVBQUcsVUFBUztBQUMzRSxhQUFPLEtBQUssT0FBTyxLQUFLO0FBQUEsSUFDMUI7QUFBQSxFQUNGO0FBQUEsRUFFUSxTQUFlO0FBQ3JCLFNBQUssUUFBUSxJQUFJLFdBQVcsS0FBSyxNQUFNLFNBQVMsQ0FBQztBQUNqRCxhQUFTLFFBQVEsR0FBRyxRQUFRLEtBQUssT0FBTyxRQUFTLGNBQWEsS0FBSyxPQUFPLEtBQUssUUFBUSxLQUFLLEdBQUksS0FBSztBQUFBLEVBQ3ZHO0FBQ0Y7QUFFQSxTQUFTLE1BQTBDLEtBQVEsTUFBWTtBQUNyRSxPQUFLLElBQUksR0FBRztBQUNaLFNBQU87QUFDVDtBQUdBLElBQU1DLFNBQVE7QUFPZCxTQUFTLFVBQVUsT0FBbUIsT0FBZSxLQUFxQjtBQUN4RSxNQUFJLElBQUk7QUFDUixNQUFJLE1BQU0sU0FBU0EsUUFBTztBQUN4QixhQUFTLElBQUksT0FBTyxJQUFJLEtBQUssSUFBSyxLQUFJLEtBQUssS0FBSyxJQUFJLE1BQU0sQ0FBQyxHQUFJLFFBQVU7QUFBQSxFQUMzRSxPQUFPO0FBQ0wsUUFBSSxLQUFLLEtBQUssSUFBSyxNQUFNLE9BQVEsUUFBVTtBQUMzQyxhQUFTLElBQUksT0FBTyxJQUFJLFFBQVEsR0FBRyxJQUFLLEtBQUksS0FBSyxLQUFLLElBQUksTUFBTSxDQUFDLEdBQUksUUFBVTtBQUMvRSxhQUFTLElBQUksTUFBTSxHQUFHLElBQUksS0FBSyxJQUFLLEtBQUksS0FBSyxLQUFLLElBQUksTUFBTSxDQUFDLEdBQUksUUFBVTtBQUFBLEVBQzdFO0FBQ0EsU0FBTyxRQUFRLENBQUM7QUFDbEI7OztBQy9GTyxTQUFTLGNBQWMsTUFBYyxVQUF3RDtBQUNsRyxNQUFJLEtBQUssUUFBUSxJQUFJLElBQUksRUFBRyxRQUFPLEVBQUUsTUFBTSxVQUFVLFdBQVcsSUFBSSxJQUFJLENBQUMsV0FBVyxTQUFTO0FBQzdGLE1BQUksTUFBTTtBQUNWLE1BQUksTUFBTTtBQUNWLFNBQU8sTUFBTSxLQUFLLFFBQVE7QUFDeEIsVUFBTUMsU0FBUSxLQUFLLFFBQVEsS0FBSyxHQUFHO0FBQ25DLFVBQU0sTUFBTUEsU0FBUSxJQUFJLEtBQUssU0FBU0EsU0FBUTtBQUM5QyxVQUFNLFFBQVEsS0FBSyxNQUFNLEtBQUssR0FBRztBQUNqQyxXQUFPLFlBQVksTUFBTSxRQUFRLElBQUksSUFBSSxJQUFJLFFBQVEsTUFBTSxRQUFRLFVBQVUsSUFBSTtBQUNqRixRQUFJQSxVQUFTLEVBQUcsWUFBVyxDQUFDO0FBQzVCLFVBQU07QUFBQSxFQUNSO0FBQ0EsU0FBTyxFQUFFLE1BQU0sS0FBSyxTQUFTO0FBQy9CO0FBR0EsU0FBUyxXQUFXLE1BQXVCO0FBQ3pDLE1BQUksTUFBTTtBQUNWLFdBQVMsSUFBSSxLQUFLLFFBQVEsR0FBRyxHQUFHLEtBQUssR0FBRyxJQUFJLEtBQUssUUFBUSxLQUFLLElBQUksQ0FBQyxFQUFHLE9BQU0sQ0FBQztBQUM3RSxTQUFPO0FBQ1Q7OztBQy9COFAsU0FBUyxnQkFBZ0I7QUFHdlIsSUFBTSxpQkFBaUI7QUF1QmhCLFNBQVMsYUFBYSxNQUFjLE9BQXdDO0FBQ2pGLFFBQU0sU0FBUyxLQUFLLE1BQU0sR0FBRyxjQUFjLEVBQUUsWUFBWTtBQUN6RCxRQUFNLFFBQVEsS0FBSyxJQUFJLEdBQUcsS0FBSyxNQUFNLE9BQU8sU0FBUyxDQUFDLENBQUM7QUFDdkQsUUFBTSxTQUFTLE1BQU0sSUFBSSxDQUFDLFdBQVcsVUFBVTtBQUM3QyxVQUFNLFFBQVEsVUFBVSxNQUFNLEdBQUcsY0FBYyxFQUFFLFlBQVk7QUFDN0QsVUFBTSxXQUFXLE9BQU8sVUFBVSxLQUFLLE1BQU0sVUFBVSxNQUFNLE1BQU0sU0FBUyxNQUFNLEtBQUssT0FBTyxTQUFTLEtBQUs7QUFDNUcsVUFBTSxJQUFJLFNBQVMsUUFBUSxLQUFLO0FBQ2hDLFdBQU8sRUFBRSxXQUFXLE9BQU8sR0FBRyxPQUFPLEtBQUssU0FBUyxTQUFTO0FBQUEsRUFDOUQsQ0FBQztBQUNELFNBQU8sS0FBSyxDQUFDLEdBQUcsTUFBTSxPQUFPLEVBQUUsS0FBSyxJQUFJLE9BQU8sRUFBRSxLQUFLLEtBQUssRUFBRSxJQUFJLEVBQUUsS0FBSyxFQUFFLFFBQVEsRUFBRSxLQUFLO0FBQ3pGLFNBQU8sRUFBRSxTQUFTLE9BQU8sSUFBSSxDQUFDLE1BQU0sRUFBRSxTQUFTLEdBQUcsV0FBVyxPQUFPLE9BQU8sQ0FBQyxNQUFNLEVBQUUsS0FBSyxFQUFFLElBQUksQ0FBQyxNQUFNLEVBQUUsU0FBUyxFQUFFO0FBQ3JIO0FBUU8sU0FBUyxXQUFXLFdBQThCQyxRQUF5QztBQUNoRyxNQUFJLFVBQVUsV0FBVyxFQUFHLFFBQU87QUFDbkMsUUFBTSxRQUFRLFVBQVUsTUFBTSxHQUFHLENBQUMsRUFBRSxJQUFJQSxNQUFLO0FBQzdDLFNBQU8sZ0JBQWdCLE1BQU0sV0FBVyxJQUFJLE1BQU0sQ0FBQyxJQUFJLEdBQUcsTUFBTSxNQUFNLEdBQUcsRUFBRSxFQUFFLEtBQUssSUFBSSxDQUFDLE9BQU8sTUFBTSxHQUFHLEVBQUUsQ0FBQyxFQUFFO0FBQzlHOzs7QUNoREEsSUFBTSxnQkFBZ0I7QUFVZixTQUFTLFFBQVEsTUFBc0I7QUFDNUMsTUFBSSxLQUFLLFVBQVUsY0FBZSxRQUFPLEtBQUssVUFBVSxJQUFJO0FBQzVELFNBQU8sR0FBRyxLQUFLLFVBQVUsS0FBSyxNQUFNLEdBQUcsZ0JBQWdCLENBQUMsSUFBSSxRQUFHLENBQUMsS0FBSyxLQUFLLE9BQU8sZUFBZSxJQUFJLENBQUM7QUFDdkc7QUFTTyxTQUFTLFlBQVksUUFBMkIsUUFBUSxJQUFZO0FBQ3pFLFFBQU0sUUFBUSxPQUFPLE1BQU0sR0FBRyxLQUFLLEVBQUUsSUFBSSxPQUFPLEVBQUUsS0FBSyxJQUFJO0FBQzNELFNBQU8sT0FBTyxTQUFTLFFBQVEsR0FBRyxLQUFLLFNBQVMsT0FBTyxTQUFTLE9BQU8sZUFBZSxJQUFJLENBQUMsVUFBVTtBQUN2Rzs7O0FDSU8sU0FBUyxPQUFPLFFBQXNCLE1BQWMsU0FBaUIsT0FBK0IsUUFBMkIsQ0FBQyxHQUFTO0FBQzlJLE1BQUksT0FBTyxlQUFlLGFBQWEsSUFBSSxJQUFJLEVBQUcsUUFBTyxRQUFRLEtBQUssVUFBVSxXQUFXLEtBQUssQ0FBQztBQUFBLE1BQzVGLE9BQU0sSUFBSSxjQUFjLE1BQU0sU0FBUyxPQUFPLGFBQWEsSUFBSSxJQUFJLElBQUksQ0FBQyxHQUFHLE9BQU8sZUFBZSxJQUFJLEtBQUs7QUFDakg7OztBTHRCQSxJQUFNLGNBQWMsS0FBSztBQU16QixJQUFNLGFBQWEsS0FBSztBQUN4QixJQUFNLGFBQWEsQ0FBQyxLQUFLLEtBQUssS0FBTSxHQUFHO0FBQ3ZDLElBQU0sQ0FBQyxJQUFJLElBQUksS0FBSyxJQUFJLENBQUMsSUFBTSxJQUFNLEVBQUk7QUFDekMsSUFBTSxRQUFRLElBQUksV0FBVyxDQUFDO0FBTzlCLElBQU1DLGNBQWMsV0FBNEM7QUFDaEUsSUFBTSxhQUFhLENBQUMsVUFBbUNBLGVBQWMsQ0FBQ0EsWUFBVyxTQUFTLEtBQUssSUFBSUEsWUFBVyxLQUFLLE1BQU0sUUFBUSxNQUFNLFlBQVksTUFBTSxNQUFNLElBQUk7QUFFbkssSUFBTSxTQUFTO0FBR2YsU0FBUyxnQkFBZ0IsUUFBd0I7QUFDL0MsTUFBSSxPQUFPO0FBQ1gsTUFBSSxZQUFZO0FBQ2hCLGFBQVcsS0FBSyxZQUFZO0FBQzFCLFFBQUksUUFBUTtBQUNaLFFBQUksV0FBVztBQUNmLGVBQVcsS0FBSyxRQUFRO0FBQ3RCLFVBQUksTUFBTSxJQUFLLFlBQVcsQ0FBQztBQUFBLGVBQ2xCLE1BQU0sS0FBSyxDQUFDLFNBQVU7QUFBQSxJQUNqQztBQUNBLFFBQUksUUFBUSxVQUFXLEVBQUMsTUFBTSxTQUFTLElBQUksQ0FBQyxHQUFHLEtBQUs7QUFBQSxFQUN0RDtBQUNBLFNBQU87QUFDVDtBQUVBLFNBQVMsUUFBUSxNQUFjLE1BQXNCO0FBQ25ELE1BQUksSUFBSTtBQUNSLFdBQVMsSUFBSSxLQUFLLFFBQVEsSUFBSSxHQUFHLEtBQUssR0FBRyxJQUFJLEtBQUssUUFBUSxNQUFNLElBQUksQ0FBQyxFQUFHO0FBQ3hFLFNBQU87QUFDVDtBQUVBLFNBQVMsT0FBTyxHQUFlLEdBQTJCO0FBQ3hELFFBQU0sTUFBTSxJQUFJLFdBQVcsRUFBRSxTQUFTLEVBQUUsTUFBTTtBQUM5QyxNQUFJLElBQUksQ0FBQztBQUNULE1BQUksSUFBSSxHQUFHLEVBQUUsTUFBTTtBQUNuQixTQUFPLFdBQVcsR0FBRztBQUN2QjtBQUdBLFNBQVMsV0FBVyxPQUFtQixNQUFjLElBQW9CO0FBQ3ZFLFFBQU0sS0FBSyxNQUFNLFFBQVEsSUFBSSxJQUFJO0FBQ2pDLFFBQU0sS0FBSyxNQUFNLFFBQVEsSUFBSSxJQUFJO0FBQ2pDLFFBQU0sUUFBUSxLQUFLLElBQUksS0FBSyxLQUFLLElBQUksS0FBSyxLQUFLLElBQUksSUFBSSxFQUFFO0FBQ3pELFNBQU8sUUFBUSxLQUFLLFFBQVE7QUFDOUI7QUFHQSxTQUFTLFdBQVcsT0FBbUIsSUFBWSxJQUFvQjtBQUNyRSxTQUFPLE1BQU0sRUFBRSxNQUFNLE1BQU0sS0FBSyxJQUFJLE1BQU0sTUFBTSxLQUFLLENBQUMsTUFBTSxLQUFLLEtBQUssSUFBSSxLQUFLO0FBQ2pGO0FBTUEsU0FBUyxlQUFlLE9BQW1CLE1BQXNCO0FBQy9ELFFBQU0sS0FBSyxNQUFNLFlBQVksRUFBRTtBQUMvQixNQUFJLEtBQUssTUFBTSxZQUFZLEVBQUU7QUFDN0IsTUFBSSxPQUFPLE1BQU0sU0FBUyxFQUFHLE1BQUssS0FBSyxJQUFJLE1BQU0sWUFBWSxJQUFJLEtBQUssQ0FBQyxJQUFJO0FBQzNFLFFBQU0sT0FBTyxLQUFLLElBQUksSUFBSSxFQUFFO0FBQzVCLFNBQU8sT0FBTyxPQUFPLE9BQU8sT0FBTztBQUNyQztBQWVBLGVBQXNCLGNBQWMsUUFBbUMsUUFBc0IsV0FBbUM7QUFDOUgsUUFBTSxFQUFFLFNBQVMsV0FBVyxZQUFZLElBQUk7QUFDNUMsTUFBSSxTQUE2QjtBQUVqQyxNQUFJLGdCQUFnQjtBQUNwQixRQUFNLFVBQVU7QUFDaEIsTUFBSSxVQUEyQjtBQUMvQixNQUFJLGFBQWE7QUFDakIsTUFBSSxrQkFBNEIsQ0FBQztBQUNqQyxNQUFJLGtCQUFrQjtBQUN0QixNQUFJLG1CQUFtQjtBQUN2QixNQUFJLGNBQWM7QUFDbEIsTUFBSSxpQkFBaUI7QUFDckIsTUFBSSxTQUFTO0FBRWIsTUFBSSxPQUFPLElBQUksV0FBVyxDQUFDO0FBRTNCLE1BQUksT0FBTztBQUVYLFFBQU0sV0FBVyxJQUFJLFNBQVM7QUFDOUIsUUFBTSxlQUFlLElBQUksU0FBUztBQUNsQyxRQUFNLGlCQUFpQixJQUFJLFNBQVM7QUFDcEMsUUFBTSxlQUFlLElBQUksU0FBUztBQUNsQyxNQUFJLFdBQVc7QUFDZixNQUFJLGdCQUFnQixJQUFJLFdBQVcsRUFBRTtBQUNyQyxNQUFJLGlCQUFpQjtBQUVyQixNQUFJLFdBQVc7QUFDZixNQUFJLFdBQVc7QUFFZixRQUFNLGtCQUFrQixDQUFDLE9BQWUsSUFBSSxjQUFjLG9CQUFvQixRQUFRLEVBQUUsZ0NBQWdDLEVBQUUsTUFBTSxHQUFHLEdBQUcsQ0FBQyxpQkFBaUIsQ0FBQztBQUN6SixRQUFNLFNBQVMsQ0FBQyxPQUFtQixPQUFlLEtBQWEsT0FBdUI7QUFDcEYsVUFBTSxPQUFPLFNBQVMsT0FBTyxPQUFPLEdBQUc7QUFDdkMsUUFBSSxTQUFTLEtBQU0sT0FBTSxnQkFBZ0IsRUFBRTtBQUMzQyxXQUFPO0FBQUEsRUFDVDtBQUVBLFFBQU0sY0FBYyxDQUFDLE1BQWMsU0FBaUI7QUFDbEQsVUFBTSxJQUFJLFFBQVMsUUFBUSxJQUFJO0FBQy9CLFFBQUksSUFBSSxHQUFHO0FBRVQsWUFBTSxFQUFFLFNBQVMsVUFBVSxJQUFJLGFBQWEsTUFBTSxPQUFRO0FBQzFELFlBQU0sT0FBTyxXQUFXLFdBQVcsTUFBTTtBQUN6QyxZQUFNLElBQUk7QUFBQSxRQUNSO0FBQUEsUUFDQSxhQUFhLE9BQU8sSUFBSSxDQUFDLFlBQVksSUFBSSxHQUFHLE9BQU8sS0FBSyxJQUFJLEtBQUssRUFBRSxZQUFZLE9BQU8sb0JBQW9CLEVBQUUsS0FBSyxZQUFZLE9BQU8sVUFBVSxPQUFRLENBQUMsZUFBZSxPQUFPLFNBQVUsQ0FBQztBQUFBLFFBQ3hMLEVBQUUsTUFBTSxFQUFFO0FBQUEsTUFDWjtBQUFBLElBQ0Y7QUFDQSxVQUFNLFFBQVEsUUFBUyxRQUFRLE1BQU0sSUFBSSxDQUFDO0FBQzFDLFFBQUksU0FBUyxHQUFHO0FBQ2QsWUFBTSxJQUFJO0FBQUEsUUFDUjtBQUFBLFFBQ0EsY0FBYyxPQUFPLElBQUksQ0FBQyxZQUFZLElBQUkseUNBQXlDLElBQUksQ0FBQyxRQUFRLFFBQVEsQ0FBQztBQUFBLFFBQ3pHLEVBQUUsTUFBTSxFQUFFO0FBQUEsTUFDWjtBQUFBLElBQ0Y7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUVBLFFBQU0sWUFBWSxDQUFDLFFBQWtCO0FBQ25DLGNBQVU7QUFDVixRQUFJLE9BQU8sWUFBWSxNQUFNLE9BQU8sYUFBYSxXQUFXLEtBQUssT0FBTyxpQkFBaUIsSUFBSTtBQUMzRixZQUFNLElBQUk7QUFBQSxRQUNSO0FBQUEsUUFDQSwwSkFBMEosWUFBWSxHQUFHLENBQUM7QUFBQSxNQUM1SztBQUFBLElBQ0Y7QUFDQSxpQkFBYSxZQUFZLE9BQU8sU0FBUyxNQUFNO0FBQy9DLHNCQUFrQixPQUFPLGFBQWEsSUFBSSxDQUFDLE1BQU0sWUFBWSxHQUFHLFVBQVUsQ0FBQztBQUMzRSxzQkFBa0IsWUFBWSxPQUFPLGNBQWMsV0FBVztBQUM5RCx1QkFBbUIsT0FBTyxrQkFBa0IsT0FBTyxLQUFLLFlBQVksT0FBTyxlQUFlLFlBQVk7QUFDdEcsa0JBQWMsT0FBTyxzQkFBc0IsT0FBTyxLQUFLLFlBQVksT0FBTyxtQkFBbUIsaUJBQWlCO0FBQzlHLHFCQUFpQixPQUFPLGdCQUFnQixPQUFPLEtBQUssWUFBWSxPQUFPLGFBQWEsVUFBVTtBQUM5RixhQUFTLEtBQUssSUFBSSxZQUFZLGlCQUFpQixrQkFBa0IsYUFBYSxnQkFBZ0IsR0FBRyxlQUFlLElBQUk7QUFDcEgsV0FBTyxJQUFJLFdBQVcsTUFBTTtBQUM1QixhQUFTLElBQUksV0FBVyxNQUFNO0FBQzlCLFdBQU8sSUFBSSxXQUFXLE1BQU07QUFDNUIsZUFBVyxLQUFLLENBQUMsWUFBWSxpQkFBaUIsa0JBQWtCLGFBQWEsZ0JBQWdCLEdBQUcsZUFBZSxFQUFHLEtBQUksS0FBSyxFQUFHLE1BQUssQ0FBQyxJQUFJO0FBQUEsRUFDMUk7QUFPQSxNQUFJLFdBQXVCO0FBQzNCLE1BQUksU0FBUyxJQUFJLFdBQVcsQ0FBQztBQUM3QixNQUFJLE9BQU8sSUFBSSxXQUFXLENBQUM7QUFDM0IsTUFBSSxVQUFVLElBQUksV0FBVyxHQUFHO0FBQ2hDLFFBQU0sVUFBVSxJQUFJLFlBQVk7QUFDaEMsUUFBTSxRQUFRLENBQUMsR0FBVyxPQUFlLE9BQU8sVUFBVSxPQUFPLENBQUMsR0FBSSxLQUFLLENBQUMsR0FBSSxFQUFFO0FBR2xGLFFBQU0sU0FBUyxDQUFDLE1BQWdCLEdBQVcsSUFBWSxZQUE4QztBQUNuRyxVQUFNLFFBQVEsT0FBTyxDQUFDO0FBQ3RCLFVBQU0sTUFBTSxLQUFLLENBQUM7QUFDbEIsUUFBSSxRQUFRLEtBQUssS0FBSyxVQUFVLE9BQU8sR0FBRztBQUMxQyxRQUFJLFVBQVUsUUFBUTtBQUNwQixjQUFRLFFBQVEsTUFBTSxHQUFHLEVBQUUsQ0FBQztBQUM1QixXQUFLLElBQUksVUFBVSxPQUFPLEtBQUssS0FBSztBQUFBLElBQ3RDO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFHQSxRQUFNLFlBQVksQ0FBQyxTQUFpQixRQUFRLE1BQU0sSUFBSSxJQUFJO0FBQzFELFFBQU0sZ0JBQWdCLENBQUMsU0FBaUIsUUFBUSxXQUFXLElBQUksSUFBSTtBQUNuRSxRQUFNLGdCQUFnQixDQUFDLFNBQWlCLFFBQVEsVUFBVSxJQUFJLElBQUk7QUFDbEUsUUFBTSxrQkFBa0IsQ0FBQyxTQUFrQixPQUFPLFFBQVEsSUFBSSxJQUFJLElBQUkscUJBQXFCLFFBQVEsWUFBWSxJQUFJLElBQUk7QUFFdkgsUUFBTSxhQUFhLENBQUMsT0FBdUI7QUFDekMsUUFBSUMsVUFBUztBQUNiLGVBQVcsS0FBSyxpQkFBaUI7QUFDL0IsWUFBTSxPQUFPLE1BQU0sR0FBRyxFQUFFO0FBQ3hCLFVBQUksU0FBUyxHQUFJLENBQUFBLFVBQVNBLFlBQVcsS0FBSyxPQUFPQSxVQUFTLE9BQU8sb0JBQW9CO0FBQUEsSUFDdkY7QUFDQSxXQUFPQTtBQUFBLEVBQ1Q7QUFFQSxRQUFNLFNBQVMsQ0FBQyxHQUFXLE9BQXVCO0FBQ2hELFVBQU0sUUFBUSxPQUFPLENBQUM7QUFDdEIsVUFBTSxNQUFNLEtBQUssQ0FBQztBQUVsQixRQUFJLGdCQUFnQixRQUFRLE1BQU0sU0FBUyxTQUFTLEtBQUssSUFBSyxNQUFNLFNBQVMsTUFBTSxDQUFDLElBQUssR0FBSSxRQUFPLFlBQVksVUFBVSxPQUFPLEdBQUc7QUFDcEksV0FBTyxVQUFVLE1BQU0sR0FBRyxFQUFFLENBQUM7QUFBQSxFQUMvQjtBQUdBLFFBQU0sU0FBUyxDQUFDLElBQVksV0FBbUI7QUFDN0MsUUFBSSxTQUFTLFFBQVMsUUFBUTtBQUM1QixZQUFNLElBQUksY0FBYyxNQUFPLFFBQVEsT0FBTyxTQUFVO0FBQ3hELGFBQU8sUUFBUSxZQUFZLFFBQVEsRUFBRSxLQUFLLE1BQU0sZ0NBQWdDLFFBQVMsTUFBTSxpQ0FBaUMsQ0FBQyxzRUFBaUUsRUFBRSxNQUFNLEdBQUcsQ0FBQztBQUM5TTtBQUFBLElBQ0Y7QUFDQSxRQUFJLFNBQVMsUUFBUTtBQUNuQixhQUFPLFFBQVEsYUFBYSxRQUFRLEVBQUUsS0FBSyxNQUFNLFNBQVMsV0FBVyxJQUFJLEtBQUssR0FBRyx5QkFBeUIsUUFBUyxNQUFNLHNEQUFzRCxFQUFFLE1BQU0sR0FBRyxDQUFDO0FBQzNMO0FBQUEsSUFDRjtBQUNBLFFBQUksS0FBSyxVQUFVLE1BQU0sT0FBTyxVQUFVLEVBQUcsUUFBTyxPQUFPLFFBQVEsaUJBQWlCLFFBQVEsRUFBRSw2QkFBNkIsT0FBTyxPQUFPLE9BQU8sQ0FBQyxJQUFJLEVBQUUsTUFBTSxHQUFHLENBQUM7QUFDakssVUFBTSxTQUFTLGdCQUFnQixXQUFXLElBQUksZ0JBQWdCLENBQUMsSUFBSztBQUNwRSxVQUFNQSxVQUFTLFVBQVUsSUFBSSxPQUFPLFdBQVcsRUFBRTtBQUNqRCxRQUFJLFVBQVUsSUFBSSxLQUFLLE1BQU0sTUFBTSxPQUFPLE1BQU0sSUFBSUEsWUFBVyxJQUFJO0FBQ2pFLGFBQU8sT0FBTyxRQUFRLGlCQUFpQixRQUFRLEVBQUUsdUJBQXVCLE9BQU8sYUFBYSxJQUFJLE1BQU0sRUFBRSxLQUFLLEtBQUssQ0FBQyxJQUFJLEVBQUUsTUFBTSxHQUFHLENBQUM7QUFBQSxJQUNySTtBQUNBLFVBQU0sT0FBTyxPQUFPLGlCQUFpQixFQUFFO0FBQ3ZDLFFBQUksT0FBTyxNQUFNLElBQUksR0FBRztBQUN0QixZQUFNLFFBQVEsTUFBTSxpQkFBaUIsRUFBRTtBQUN2QyxZQUFNLE9BQU8sVUFBVSxLQUFLLG9CQUFvQiw2QkFBNkIsT0FBTyxLQUFLLENBQUM7QUFDMUYsYUFBTyxPQUFPLFFBQVEsVUFBVSxLQUFLLGtCQUFrQixpQkFBaUIsUUFBUSxFQUFFLEtBQUssSUFBSSxjQUFjLE9BQU8sT0FBTyxZQUFZLENBQUMsY0FBYyxPQUFPLGFBQWEsSUFBSSxFQUFFLE1BQU0sR0FBRyxHQUFHLE9BQU8sY0FBYztBQUFBLElBQy9NO0FBQ0EsUUFBSSxRQUFRLE9BQU87QUFDbkIsUUFBSSxlQUFlLEtBQUssS0FBSyxXQUFXLElBQUssT0FBTyxXQUFXLEdBQUk7QUFDakUsY0FBUSxPQUFPLGFBQWEsRUFBRTtBQUM5QixVQUFJLE9BQU8sTUFBTSxLQUFLLEdBQUc7QUFDdkIsY0FBTSxRQUFRLE1BQU0sYUFBYSxFQUFFO0FBQ25DLGVBQU8sT0FBTyxRQUFRLGlCQUFpQixRQUFRLEVBQUUscUNBQXFDLE9BQU8sS0FBSyxDQUFDLGNBQWMsT0FBTyxPQUFPLGlCQUFrQixDQUFDLGNBQWMsT0FBTyxhQUFhLElBQUksRUFBRSxNQUFNLEdBQUcsR0FBRyxPQUFPLGNBQWM7QUFBQSxNQUM3TjtBQUFBLElBQ0Y7QUFHQSxVQUFNLFlBQVksT0FBTyxVQUFVO0FBQ25DLFVBQU0sYUFBYSxLQUFLLFVBQVUsSUFBSztBQUN2QyxRQUFJLE9BQU8sZUFBZTtBQUMxQixhQUFTLElBQUksR0FBRyxRQUFRLElBQUksWUFBWSxJQUFLLFFBQU8sU0FBUyxZQUFZLENBQUMsTUFBTSxjQUFjLENBQUM7QUFDL0YsUUFBSSxDQUFDLE1BQU07QUFDVCxpQkFBVyxPQUFPLFVBQVUsWUFBWSxJQUFJLFNBQVM7QUFDckQsVUFBSSxhQUFhLGNBQWMsT0FBUSxpQkFBZ0IsSUFBSSxXQUFXLElBQUksVUFBVTtBQUNwRixlQUFTLElBQUksR0FBRyxJQUFJLFlBQVksSUFBSyxlQUFjLENBQUMsSUFBSSxTQUFTLFlBQVksQ0FBQztBQUM5RSx1QkFBaUI7QUFBQSxJQUNuQjtBQUNBLFVBQU0sYUFBYSxvQkFBb0IsS0FBSyxLQUFLLGdCQUFnQixJQUFLLE9BQU8sZ0JBQWdCLElBQUssT0FBTyxnQkFBZ0Isa0JBQWtCLElBQUksZUFBZSxJQUFJO0FBQ2xLLFVBQU0sV0FBV0EsWUFBVyxPQUFPLE9BQU8sY0FBYyxRQUFRLElBQUksYUFBYSxJQUFJLFFBQVEsV0FBVyxPQUFPQSxPQUFNO0FBRXJILFVBQU0sV0FBVyxrQkFBa0IsS0FBSyxLQUFLLGNBQWMsSUFBSyxPQUFPLGNBQWMsSUFBSyxPQUFPLGNBQWMsZ0JBQWdCLElBQUksYUFBYSxJQUFJO0FBQ3BKLFlBQVEsSUFBSSxVQUFVLFVBQVUsWUFBWSxNQUFNLE9BQU8sUUFBUTtBQUFBLEVBQ25FO0FBR0EsUUFBTSxlQUFlLENBQUMsS0FBZSxPQUFlO0FBQ2xELFFBQUksSUFBSSxTQUFTLFFBQVMsT0FBUSxRQUFPLE9BQU8sSUFBSSxJQUFJLE1BQU07QUFDOUQsVUFBTSxTQUFTLEtBQUssSUFBSSxJQUFJLFFBQVEsTUFBTTtBQUMxQyxRQUFJLE9BQU87QUFDWCxhQUFTLElBQUksR0FBRyxJQUFJLFFBQVEsSUFBSyxLQUFJLEtBQUssQ0FBQyxNQUFNLEVBQUcsU0FBUSxJQUFJLElBQUksQ0FBQyxFQUFHO0FBQ3hFLFFBQUksT0FBTyxRQUFRLE9BQVEsV0FBVSxJQUFJLFdBQVcsSUFBSSxJQUFJO0FBQzVELFFBQUksTUFBTTtBQUNWLGFBQVMsSUFBSSxHQUFHLElBQUksUUFBUSxLQUFLO0FBQy9CLFVBQUksS0FBSyxDQUFDLE1BQU0sRUFBRztBQUNuQixZQUFNLE9BQU8sSUFBSSxDQUFDO0FBQ2xCLGFBQU8sQ0FBQyxJQUFJO0FBRVosVUFBSSxJQUFJO0FBQ1IsZUFBUyxPQUFPLEdBQUcsSUFBSSxLQUFLLFdBQVcsT0FBTyxLQUFLLFdBQVcsQ0FBQyxLQUFLLEtBQU0sSUFBSyxTQUFRLE1BQU0sQ0FBQyxJQUFJO0FBQ2xHLGFBQU8sTUFBTSxLQUFLLFNBQVMsSUFBSSxRQUFRLFdBQVcsTUFBTSxRQUFRLFNBQVMsR0FBRyxDQUFDLEVBQUU7QUFDL0UsV0FBSyxDQUFDLElBQUk7QUFBQSxJQUNaO0FBQ0EsZUFBVztBQUNYLFdBQU8sSUFBSSxJQUFJLE1BQU07QUFBQSxFQUN2QjtBQUdBLFFBQU0sY0FBYyxDQUFDLFdBQW1CO0FBQ3RDLGtCQUFjLGdCQUFnQixNQUFNO0FBQ3BDLGFBQVMsSUFBSSxLQUFLLE9BQU8sRUFBRSxXQUFXLFNBQTBCLFdBQVcsSUFBSSxDQUFDO0FBQ2hGLG9CQUFnQixVQUFVLFdBQVcsS0FBSyxVQUFVLFdBQVcsQ0FBQyxJQUFJLE1BQU8sVUFBVSxXQUFXLENBQUMsSUFBSTtBQUFBLEVBQ3ZHO0FBR0EsUUFBTSxVQUFVLENBQUMsV0FBb0IsU0FBaUM7QUFDcEUsVUFBTSxRQUFRLEdBQUcsV0FBVyxlQUFlLElBQUksQ0FBQyxJQUFJLElBQUk7QUFDeEQsVUFBTSxPQUNKLFlBQVksT0FDUix3QkFBd0IsS0FBSyxtR0FDN0IsWUFDRSxzQkFBc0IsS0FBSyx1RUFDM0Isb0JBQW9CLEtBQUs7QUFDakMsV0FBTyxJQUFJLGNBQWMsbUJBQW1CLFFBQVEsSUFBSSxLQUFLLElBQUksSUFBSSxFQUFFLEtBQUssQ0FBQztBQUFBLEVBQy9FO0FBR0EsUUFBTSxPQUFPLENBQUMsT0FBZSxNQUFjLFVBQTJCO0FBQ3BFLFVBQU0sT0FBTyxRQUFRLEtBQUssTUFBTSxNQUFNLElBQUk7QUFDMUMsUUFBSSxLQUFLLFNBQVMsV0FBWSxPQUFNLFFBQVEsS0FBSyxRQUFRLEdBQUcsS0FBSyxHQUFHLFlBQVk7QUFDaEYsV0FBTztBQUFBLEVBQ1Q7QUFPQSxRQUFNLGFBQWEsQ0FBQyxPQUFtQixNQUFjLE9BQXVCO0FBQzFFLFVBQU0sWUFBWSxXQUFXLE9BQU8sTUFBTSxFQUFFO0FBQzVDLFVBQU0sTUFBTSxZQUFZLElBQUksS0FBSztBQUNqQyxVQUFNLE9BQU8sWUFBWSxJQUFJLEtBQUssV0FBVyxPQUFPLFdBQVcsRUFBRTtBQUNqRSxRQUFJLFFBQVEsTUFBTTtBQUNoQjtBQUNBLGFBQU87QUFBQSxJQUNUO0FBQ0EsVUFBTUMsU0FBUSxNQUFNLFFBQVEsT0FBTyxJQUFJO0FBQ3ZDLFFBQUlBLFVBQVMsS0FBS0EsU0FBUSxJQUFLLFFBQU87QUFDdEMsVUFBTSxTQUFTLE9BQU8sT0FBTyxNQUFNLEtBQUssSUFBSTtBQUM1QyxnQkFBWSxNQUFNO0FBQ2xCLGNBQVUsT0FBTyxNQUFNLFNBQVUsQ0FBQztBQUNsQztBQUNBLFdBQU87QUFBQSxFQUNUO0FBT0EsUUFBTSxXQUFXLENBQUMsT0FBbUIsTUFBYyxJQUFZLFNBQXlCO0FBQ3RGLFVBQU0sUUFBUSxPQUFPLE1BQU0sU0FBUyxRQUFRLE1BQU0sU0FBUyxHQUFHLEVBQUU7QUFDaEUsVUFBTSxJQUFJO0FBQ1YsVUFBTSxRQUFRLFFBQVM7QUFDdkIsZUFBVztBQUVYLFFBQUksS0FBSyxNQUFNLFFBQVEsSUFBSSxJQUFJO0FBQy9CLFFBQUksS0FBSyxNQUFNLFFBQVEsSUFBSSxJQUFJO0FBQy9CLFFBQUksS0FBSyxFQUFHLE1BQUs7QUFDakIsUUFBSSxLQUFLLEVBQUcsTUFBSztBQUNqQixRQUFJLE1BQU07QUFDVixXQUFPLE1BQU0sSUFBSTtBQUNmLFVBQUksS0FBSyxRQUFRLEtBQUssTUFBTSxRQUFRLElBQUksR0FBRyxLQUFLLEVBQUcsTUFBSztBQUN4RCxVQUFJLEtBQUssUUFBUSxLQUFLLE1BQU0sUUFBUSxJQUFJLEdBQUcsS0FBSyxFQUFHLE1BQUs7QUFDeEQsWUFBTSxNQUFNLEtBQUssS0FBSyxLQUFLO0FBQzNCLFVBQUksT0FBTyxJQUFLO0FBQ2hCLFlBQU0sT0FBTyxRQUFRLE1BQU0sTUFBTSxNQUFNLENBQUMsTUFBTSxLQUFLLE1BQU0sSUFBSSxNQUFNO0FBQ25FLFlBQU0sS0FBSztBQUNYLFVBQUksTUFBTSxLQUFLO0FBQ2IsWUFBSSxRQUFRO0FBQ1osWUFBSSxTQUFTO0FBQ2IsWUFBSSxNQUFNO0FBQ1YsZUFBTyxTQUFTLFFBQVE7QUFDdEIsZ0JBQU0sTUFBTSxRQUFRLEdBQUcsS0FBSztBQUM1QixjQUFJLE1BQU0sS0FBSyxNQUFNLElBQUssT0FBTTtBQUNoQyxpQkFBTyxNQUFNLElBQUk7QUFDakIsZUFBSyxNQUFNLElBQUk7QUFDZjtBQUNBLGNBQUksUUFBUSxJQUFLO0FBQ2pCLGtCQUFRLE1BQU07QUFBQSxRQUNoQjtBQUVBLGVBQU8sTUFBTSxPQUFPLFVBQVUsT0FBTztBQUNuQyxnQkFBTSxNQUFNLFFBQVEsR0FBRyxNQUFNLENBQUM7QUFDOUIsY0FBSSxNQUFNLEtBQUssTUFBTSxJQUFLLE9BQU07QUFDaEM7QUFBQSxRQUNGO0FBQ0EsZUFBTyxJQUFJLE1BQU07QUFBQSxNQUNuQjtBQUNBLFlBQU07QUFBQSxJQUNSO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFHQSxRQUFNLGFBQWEsQ0FBQyxPQUFtQixNQUFjLElBQVksVUFBbUI7QUFDbEYsVUFBTSxhQUFhLGNBQWMsT0FBTyxPQUFPLE1BQU0sSUFBSSxJQUFJLEdBQUcsUUFBUTtBQUN4RSxlQUFXLFdBQVc7QUFDdEIsZUFBVyxNQUFNLGFBQWEsS0FBSyxXQUFXLE9BQU8sV0FBVyxXQUFXLE1BQU0sS0FBSztBQUV0RixRQUFJLGFBQWEsR0FBSSxZQUFXO0FBQUEsRUFDbEM7QUFHQSxRQUFNLFFBQVEsQ0FBQyxPQUFlLFVBQTJCO0FBQ3ZELFFBQUksV0FBVyxNQUFNO0FBQ25CLFlBQU0sTUFBTSxNQUFNLFFBQVEsT0FBTztBQUNqQyxrQkFBWSxNQUFNLElBQUksUUFBUSxNQUFNLE1BQU0sR0FBRyxHQUFHLENBQUM7QUFBQSxJQUNuRDtBQUNBLFVBQU0sU0FBUyxPQUFRLE1BQU0sT0FBTyxHQUFHLENBQUMsS0FBSztBQUM3QyxVQUFNLE9BQU8sT0FBTztBQUNwQixVQUFNLFlBQVksTUFBTSxRQUFRLEdBQUcsS0FBSztBQUN4QyxVQUFNLEtBQUs7QUFDWCxRQUFJLFlBQWdDO0FBQ3BDLGVBQVcsS0FBSyxPQUFPLFFBQVE7QUFDN0IsVUFBSSxFQUFFLFNBQVMsaUJBQWlCO0FBQzlCLFlBQUksS0FBSztBQUNULGlCQUFTLElBQUksR0FBRyxLQUFLLEVBQUUsT0FBTyxJQUFJLElBQUssT0FBTSxLQUFLLEtBQUssQ0FBQyxLQUFLLENBQUMsR0FBRyxPQUFPLENBQUMsR0FBRyxNQUFNLElBQUksUUFBUSxHQUFHLEVBQUUsR0FBRyxDQUFDO0FBQ3ZHLGNBQU0sSUFBSSxjQUFjLHNCQUFzQixRQUFRLEVBQUUsMEdBQTBHLEVBQUUsTUFBTSxHQUFHLENBQUM7QUFBQSxNQUNoTDtBQUNBLE9BQUMsY0FBYyxvQkFBSSxJQUFJLEdBQUcsSUFBSSxFQUFFLE9BQU8sRUFBRTtBQUFBLElBQzNDO0FBQ0EsYUFBUyxJQUFJLEdBQUcsSUFBSSxLQUFLLFFBQVEsS0FBSztBQUNwQyxZQUFNLE1BQU0sS0FBSyxDQUFDO0FBQ2xCLFlBQU0sS0FBSztBQUNYO0FBQ0EsVUFBSTtBQUFXLG1CQUFXQyxVQUFTLElBQUssS0FBSUEsT0FBTSxRQUFRLEVBQUUsS0FBSyxFQUFHLFNBQVEsUUFBUUEsUUFBTyxFQUFFO0FBQUE7QUFDN0YsVUFBSSxJQUFJLFdBQVcsS0FBSyxJQUFJLENBQUMsTUFBTSxHQUFJO0FBQ3ZDLFVBQUksV0FBVyxJQUFJLENBQUMsR0FBRztBQUNyQixlQUFPLFFBQVEsbUJBQW1CLFFBQVEsRUFBRSxpSEFBaUgsRUFBRSxNQUFNLEdBQUcsQ0FBQztBQUFBLE1BQzNLLFdBQVcsWUFBWSxNQUFNO0FBQzNCLGtCQUFVLEdBQUc7QUFBQSxNQUNmLE9BQU87QUFDTCxxQkFBYSxLQUFLLEVBQUU7QUFBQSxNQUN0QjtBQUFBLElBQ0Y7QUFDQSxXQUFPLEtBQUssT0FBTyxPQUFPLEtBQUssUUFBUSxLQUFLO0FBQUEsRUFDOUM7QUFPQSxRQUFNLFlBQVksQ0FBQyxPQUFtQixNQUFjLElBQVksVUFBbUI7QUFDakYsV0FBTyxPQUFPLElBQUk7QUFDaEIsVUFBSSxhQUFhLE1BQU0sWUFBWSxNQUFNO0FBQ3ZDLGNBQU0sT0FBTyxXQUFXLE9BQU8sTUFBTSxFQUFFO0FBQ3ZDLFlBQUksU0FBUyxNQUFNO0FBQ2pCLGlCQUFPO0FBQ1A7QUFBQSxRQUNGO0FBQUEsTUFDRixXQUFXLGFBQWEsTUFBTSxpQkFBaUIsR0FBRztBQUNoRCxjQUFNRCxTQUFRLE1BQU0sUUFBUSxPQUFPLElBQUk7QUFDdkMsZUFBTyxTQUFTLE9BQU8sTUFBTSxJQUFJQSxTQUFRLEtBQUtBLFVBQVMsS0FBSyxLQUFLQSxNQUFLO0FBQ3RFLFlBQUksUUFBUSxHQUFJO0FBQUEsTUFDbEI7QUFDQSxVQUFJLE1BQU07QUFDVixVQUFJLEtBQUssT0FBTyxhQUFhO0FBQzNCLGNBQU0sWUFBWSxXQUFXLE9BQU8sT0FBTyxhQUFhLEVBQUU7QUFDMUQsWUFBSSxhQUFhLEVBQUcsT0FBTSxXQUFXLE9BQU8sV0FBVyxFQUFFO0FBQUEsTUFDM0Q7QUFDQSxpQkFBVyxPQUFPLE1BQU0sS0FBSyxTQUFTLFFBQVEsRUFBRTtBQUNoRCxhQUFPO0FBQUEsSUFDVDtBQUFBLEVBQ0Y7QUFHQSxNQUFJLFVBQXNCO0FBQzFCLFFBQU0sT0FBTyxDQUFDLFVBQXNCO0FBQ2xDLGNBQVU7QUFDVixRQUFJLFFBQVEsU0FBUyxXQUFZLE9BQU0sUUFBUSxhQUFhLE1BQU0sUUFBUSxRQUFRLEtBQUssS0FBSyxHQUFHLE9BQU87QUFBQSxFQUN4RztBQU9BLFFBQU0sT0FBTyxDQUFDLFVBQXNCO0FBQ2xDLFFBQUksT0FBTztBQUNYLFFBQUksUUFBUSxTQUFTLEdBQUc7QUFFdEIsWUFBTSxZQUFZLFdBQVcsT0FBTyxHQUFHLE1BQU0sTUFBTTtBQUNuRCxVQUFJLFlBQVksS0FBTSxjQUFjLE1BQU0sU0FBUyxLQUFLLE1BQU0sU0FBUyxNQUFNLEdBQUssUUFBTyxLQUFLLE9BQU8sU0FBUyxLQUFLLENBQUM7QUFDcEgsYUFBTyxXQUFXLE9BQU8sV0FBVyxNQUFNLE1BQU07QUFDaEQsWUFBTUUsU0FBUSxPQUFPLFNBQVMsTUFBTSxTQUFTLEdBQUcsSUFBSSxDQUFDO0FBQ3JELGdCQUFVO0FBQ1YsZ0JBQVVBLFFBQU8sR0FBR0EsT0FBTSxRQUFRLEtBQUs7QUFBQSxJQUN6QztBQUNBLFVBQU0sTUFBTSxlQUFlLE9BQU8sSUFBSTtBQUN0QyxRQUFJLE1BQU0sS0FBTSxXQUFVLE9BQU8sTUFBTSxLQUFLLEtBQUs7QUFDakQsUUFBSSxNQUFNLE1BQU0sT0FBUSxNQUFLLE9BQU8sT0FBTyxNQUFNLFNBQVMsR0FBRyxDQUFDLENBQUM7QUFBQSxFQUNqRTtBQUdBLFFBQU0sT0FBTyxJQUFJLFdBQVcsQ0FBQztBQUM3QixNQUFJLE9BQU87QUFDWCxNQUFJLFFBQTJCO0FBQy9CLG1CQUFpQixTQUFTLFFBQVE7QUFDaEMsUUFBSSxNQUFNLFdBQVcsRUFBRztBQUN4QixRQUFJLFFBQVEsV0FBVyxLQUFLO0FBQzVCLGFBQVMsSUFBSSxLQUFLLElBQUksR0FBRyxNQUFNLFNBQVMsQ0FBQyxHQUFHLElBQUksTUFBTSxRQUFRLElBQUssTUFBSyxTQUFTLENBQUMsSUFBSSxNQUFNLENBQUM7QUFDN0YsUUFBSSxVQUFVLE1BQU07QUFDbEIsY0FBUSxNQUFNLFdBQVcsSUFBSSxRQUFRLE9BQU8sT0FBTyxLQUFLO0FBQ3hELFVBQUksTUFBTSxTQUFTLEVBQUc7QUFDdEIsY0FBUSxNQUFNLENBQUMsTUFBTSxPQUFRLE1BQU0sQ0FBQyxNQUFNLE9BQVEsTUFBTSxDQUFDLE1BQU0sTUFBTyxNQUFNLFNBQVMsQ0FBQyxJQUFJO0FBQzFGLGNBQVE7QUFBQSxJQUNWO0FBQ0EsU0FBSyxLQUFLO0FBQUEsRUFDWjtBQUNBLE1BQUksVUFBVSxRQUFRLE1BQU0sU0FBUyxFQUFHLE1BQUssS0FBSztBQUNsRCxRQUFNLFNBQVMsV0FBVyxLQUFLLEVBQUUsUUFBUSxLQUFLLElBQUksTUFBTSxDQUFDLEVBQUUsR0FBRyxDQUFDLEdBQUcsTUFBTSxLQUFNLE9BQU8sS0FBSyxJQUFJLE1BQU0sQ0FBQyxJQUFJLElBQUssQ0FBQyxDQUFFO0FBQ2pILE1BQUksZ0JBQWdCLE1BQU0sSUFBSSxPQUFPLE9BQVEsT0FBTSxnQkFBZ0IsSUFBSTtBQUN2RSxNQUFJLFFBQVEsU0FBUyxFQUFHLFdBQVUsU0FBUyxHQUFHLFFBQVEsUUFBUSxJQUFJO0FBQUEsV0FDekQsYUFBYSxHQUFJLFlBQVcsTUFBTSxVQUFVLElBQUk7QUFDekQsTUFBSSxZQUFZLEtBQU0sT0FBTSxJQUFJLGNBQWMsYUFBYSxzRkFBc0Y7QUFDbko7OztBTXZnQmtRLFNBQVMsbUJBQXVDO0FBY2xULElBQU1DLFVBQVM7QUFNZixJQUFNLGlCQUFpQixLQUFLO0FBRzVCLElBQU0sV0FBVztBQUdqQixJQUFNLFlBQVk7QUFzQmxCLGVBQXNCLGNBQWMsT0FBOEIsUUFBcUM7QUFDckcsUUFBTSxVQUFVLE1BQ2QsSUFBSTtBQUFBLElBQ0Y7QUFBQSxJQUNBLFFBQVEsT0FBTyxJQUFJLDhDQUE4QyxlQUFlLGVBQWUsSUFBSSxDQUFDO0FBQUEsSUFDcEcsRUFBRSxNQUFNLE9BQU8sS0FBSztBQUFBLEVBQ3RCO0FBQ0YsUUFBTSxFQUFFLFNBQVMsUUFBUSxJQUFJO0FBQzdCLFFBQU0sU0FBUyxvQkFBSSxJQUFJLENBQUMsT0FBTyxTQUFTLE9BQU8sY0FBYyxXQUFXLEdBQUcsT0FBTyxZQUFZLENBQUM7QUFDL0YsUUFBTSxjQUFjLE9BQU8sYUFBYSxPQUFPLENBQUMsTUFBTSxNQUFNLFNBQVM7QUFDckUsTUFBSSxPQUFPLGtCQUFrQixLQUFNLFFBQU8sSUFBSSxPQUFPLGFBQWE7QUFDbEUsTUFBSSxPQUFPLGdCQUFnQixLQUFNLFFBQU8sSUFBSSxPQUFPLFdBQVc7QUFDOUQsUUFBTSxTQUFTLElBQUksWUFBWSxFQUFFLE9BQU8sT0FBTyxVQUFVLEtBQUssQ0FBQztBQUcvRCxRQUFNLFdBQVcsb0JBQUksSUFBWTtBQUVqQyxRQUFNLFNBQVMsSUFBSSxJQUFvQixDQUFDLENBQUMsT0FBTyxTQUFTLFVBQVUsR0FBRyxHQUFHLE9BQU8sYUFBYSxJQUFJLENBQUMsTUFBTSxDQUFDLEdBQUcsY0FBYyxDQUFxQixHQUFHLENBQUMsT0FBTyxjQUFjLGVBQWUsQ0FBQyxDQUFDO0FBQ3pMLE1BQUksT0FBTyxrQkFBa0IsS0FBTSxRQUFPLElBQUksT0FBTyxlQUFlLGdCQUFnQjtBQUNwRixNQUFJLE9BQU8sZ0JBQWdCLEtBQU0sUUFBTyxJQUFJLE9BQU8sYUFBYSxjQUFjO0FBRTlFLFFBQU0sT0FBTyxvQkFBSSxJQUFvSTtBQUNySixRQUFNLFVBQVUsQ0FBQyxLQUFhLE1BQWMsU0FBaUIsT0FBK0IsUUFBMkIsQ0FBQyxNQUFNO0FBQzVILFFBQUksU0FBUyxJQUFJLEdBQUcsRUFBRyxRQUFPLE9BQU8sUUFBUSxNQUFNLFNBQVMsT0FBTyxLQUFLO0FBQ3hFLFVBQU1DLFFBQU8sS0FBSyxJQUFJLEdBQUcsS0FBSyxFQUFFLE9BQU8sR0FBRyxPQUFPLENBQUMsRUFBRTtBQUNwRCxJQUFBQSxNQUFLO0FBQ0wsUUFBSUEsTUFBSyxNQUFNLFNBQVMsR0FBSSxDQUFBQSxNQUFLLE1BQU0sS0FBSyxFQUFFLE1BQU0sU0FBUyxPQUFPLE1BQU0sQ0FBQztBQUMzRSxTQUFLLElBQUksS0FBS0EsS0FBSTtBQUFBLEVBQ3BCO0FBRUEsUUFBTSxNQUFNLENBQUMsUUFBZ0I7QUFDM0IsUUFBSSxTQUFTLE9BQU8sU0FBVSxVQUFTLElBQUksR0FBRztBQUM5QyxVQUFNQSxRQUFPLEtBQUssSUFBSSxHQUFHO0FBQ3pCLFFBQUlBLFVBQVMsT0FBVztBQUN4QixTQUFLLE9BQU8sR0FBRztBQUNmLGFBQVMsSUFBSSxHQUFHLElBQUlBLE1BQUssT0FBTyxLQUFLO0FBQ25DLFlBQU0sSUFBSUEsTUFBSyxNQUFNLEtBQUssSUFBSSxHQUFHQSxNQUFLLE1BQU0sU0FBUyxDQUFDLENBQUM7QUFDdkQsYUFBTyxRQUFRLEVBQUUsTUFBTSxFQUFFLFNBQVMsRUFBRSxPQUFPLEVBQUUsS0FBSztBQUFBLElBQ3BEO0FBQUEsRUFDRjtBQUNBLE1BQUksV0FBVztBQUVmLE1BQUksUUFBUTtBQUNaLE1BQUksYUFBYTtBQUNqQixNQUFJLFlBQVk7QUFDaEIsTUFBSSxjQUEwQztBQUM5QyxNQUFJLFNBQXlCLENBQUM7QUFDOUIsTUFBSSxRQUE2QjtBQUNqQyxNQUFJLFNBQVM7QUFFYixRQUFNLGFBQWEsTUFBTTtBQUN2QixVQUFNLFFBQVE7QUFDZCxVQUFNLFdBQVcsWUFBYSxJQUFJLE9BQU8sT0FBTyxLQUFLO0FBQ3JELFFBQUksYUFBYSxJQUFJO0FBQ25CLFlBQU0sVUFBVSxTQUFTLEtBQUssVUFBVSxTQUFTLFNBQVNELFFBQU8sT0FBTyxPQUFPLENBQUM7QUFDaEYsVUFBSSxPQUFPLFdBQVcsRUFBRztBQUN6QixlQUFTLElBQUksR0FBRyxJQUFJLE9BQU8sUUFBUSxJQUFLLFNBQVEsT0FBTyxTQUFTLHFCQUFxQixTQUFTLEVBQUUsTUFBTSxDQUFDO0FBQ3ZHO0FBQUEsSUFDRjtBQUNBLFVBQU0sWUFBWSxRQUFRLE1BQU0sT0FBTyxRQUFRO0FBRS9DLFVBQU0sT0FBTyxvQkFBSSxJQUEyQztBQUM1RCxVQUFNLE9BQTZHLENBQUM7QUFDcEgsYUFBUyxJQUFJLEdBQUcsSUFBSSxPQUFPLFFBQVEsS0FBSztBQUN0QyxZQUFNLEVBQUUsUUFBUSxLQUFLLElBQUksT0FBTyxDQUFDO0FBQ2pDLFlBQU0sTUFBTSxDQUFDLFFBQWdCLE9BQU8sSUFBSSxHQUFHLEtBQUssWUFBYSxJQUFJLEdBQUcsS0FBSztBQUN6RSxZQUFNLFFBQVEsRUFBRSxPQUFPLE9BQU8sSUFBSSxFQUFFO0FBQ3BDLFlBQU0sUUFBUSxTQUFTLEtBQUssVUFBVUEsUUFBTyxRQUFRLENBQUMsWUFBWSxJQUFJLENBQUMsVUFBVSxJQUFJO0FBQ3JGLFVBQUksV0FBVztBQUNmLGlCQUFXLE9BQU8sT0FBTyxjQUFjO0FBQ3JDLGNBQU0sT0FBTyxJQUFJLEdBQUc7QUFDcEIsWUFBSSxTQUFTLEdBQUksWUFBVyxhQUFhLEtBQUssT0FBTyxXQUFXLE9BQU8sb0JBQW9CO0FBQUEsTUFDN0Y7QUFDQSxVQUFJLGFBQWEsSUFBSTtBQUNuQixjQUFNLFNBQVMsT0FBTyxhQUFhLEtBQUssQ0FBQyxNQUFNLENBQUMsU0FBUyxJQUFJLENBQUMsQ0FBQyxLQUFLLE9BQU8sYUFBYSxDQUFDO0FBQ3pGLGdCQUFRLFFBQVEscUJBQXFCLEdBQUcsS0FBSyxrQkFBa0IsT0FBTyxhQUFhLElBQUlBLE9BQU0sRUFBRSxLQUFLLEtBQUssQ0FBQyxLQUFLLEtBQUs7QUFDcEg7QUFBQSxNQUNGO0FBQ0EsWUFBTSxRQUFRLElBQUksT0FBTyxZQUFZO0FBQ3JDLFlBQU0sT0FBTyxPQUFPLFVBQVUsS0FBSztBQUNuQyxVQUFJLE9BQU8sTUFBTSxJQUFJLEdBQUc7QUFDdEIsY0FBTSxPQUFPLFVBQVUsS0FBSyxNQUFNQSxRQUFPLE9BQU8sWUFBWSxDQUFDLGVBQWUsNkJBQTZCQSxRQUFPLEtBQUssQ0FBQztBQUN0SCxnQkFBUSxPQUFPLGNBQWMsVUFBVSxLQUFLLHNCQUFzQixpQkFBaUIsR0FBRyxLQUFLLEtBQUssSUFBSSxjQUFjLE9BQU8sYUFBYSxJQUFJLE9BQU8sT0FBTyxjQUFjO0FBQ3RLO0FBQUEsTUFDRjtBQUNBLFVBQUksYUFBYTtBQUNqQixVQUFJLE9BQU8sa0JBQWtCLE1BQU07QUFDakMsY0FBTSxJQUFJLElBQUksT0FBTyxhQUFhO0FBQ2xDLFlBQUksTUFBTSxNQUFNLENBQUMsUUFBUSxJQUFJLENBQUMsRUFBRyxjQUFhLFFBQVEsWUFBWSxPQUFPLENBQUM7QUFBQSxNQUM1RTtBQUVBLFlBQU0sZUFBZSxPQUFPLGdCQUFnQixPQUFPLEtBQUssSUFBSSxPQUFPLFdBQVc7QUFDOUUsWUFBTSxXQUFXLGlCQUFpQixLQUFLLGNBQWMsUUFBUSxVQUFVLE9BQU8sWUFBWTtBQUMxRixZQUFNLFlBQVksSUFBSSxTQUFTLEVBQUUsWUFBWTtBQUM3QyxZQUFNLE9BQU8sY0FBYyxXQUFXLGNBQWMsYUFBYSxZQUFZLElBQUksR0FBRyxFQUFFLEtBQUssSUFBUSxJQUFJO0FBQ3ZHLFVBQUksY0FBYyxTQUFTO0FBQ3pCLGNBQU1FLFNBQVEsS0FBSyxJQUFJLElBQUk7QUFDM0IsY0FBTSxVQUFVLEVBQUUsTUFBTSxHQUFHLEtBQUssT0FBTztBQUN2QyxZQUFJQSxPQUFPLENBQUFBLE9BQU0sS0FBSyxPQUFPO0FBQUEsWUFDeEIsTUFBSyxJQUFJLE1BQU0sQ0FBQyxPQUFPLENBQUM7QUFDN0IsYUFBSyxLQUFLLEVBQUUsR0FBRyxVQUFVLFlBQVksTUFBTSxPQUFPLE1BQU0sU0FBUyxDQUFDO0FBQ2xFO0FBQUEsTUFDRjtBQUNBLFVBQUksUUFBUSxPQUFPO0FBQ25CLFlBQU0sUUFBUSxjQUFjLGFBQWEsS0FBSyxJQUFJLElBQUksSUFBSTtBQUMxRCxVQUFJLFVBQVUsVUFBYSxNQUFNLFNBQVMsR0FBRztBQUMzQyxjQUFNLFVBQVUsTUFBTSxNQUFNO0FBQzVCLGdCQUFRLFFBQVE7QUFDaEIsYUFBSyxRQUFRLENBQUMsRUFBRyxJQUFJO0FBQUEsTUFDdkI7QUFDQSxXQUFLLEtBQUssRUFBRSxHQUFHLFVBQVUsWUFBWSxNQUFNLE9BQU8sU0FBUyxDQUFDO0FBQUEsSUFDOUQ7QUFDQSxlQUFXLEtBQUssTUFBTTtBQUNwQixVQUFJLEVBQUUsS0FBSyxFQUFHLFNBQVEsSUFBSSxXQUFXLFFBQVEsV0FBVyxPQUFPLEVBQUUsUUFBUSxHQUFHLEVBQUUsWUFBWSxFQUFFLE1BQU0sRUFBRSxPQUFPLEVBQUUsUUFBUTtBQUFBLElBQ3ZIO0FBQUEsRUFDRjtBQUVBLFNBQU8sR0FBRyxXQUFXLE1BQU07QUFDekIsVUFBTSxJQUFJO0FBQUEsTUFDUjtBQUFBLE1BQ0EsUUFBUSxPQUFPLElBQUk7QUFBQSxNQUNuQixFQUFFLE1BQU0sT0FBTyxLQUFLO0FBQUEsSUFDdEI7QUFBQSxFQUNGLENBQUM7QUFDRCxTQUFPLEdBQUcsU0FBUyxDQUFDLE1BQU07QUFDeEIsVUFBTSxJQUFJLGNBQWMsYUFBYSx3QkFBd0IsRUFBRSxPQUFPLElBQUksRUFBRSxNQUFNLE9BQU8sS0FBSyxDQUFDO0FBQUEsRUFDakcsQ0FBQztBQUNELFFBQU0sWUFBWSxDQUFDLFNBQ2pCLElBQUk7QUFBQSxJQUNGO0FBQUEsSUFDQSxRQUFRLE9BQU8sSUFBSSxLQUFLLElBQUk7QUFBQSxJQUM1QixFQUFFLE1BQU0sT0FBTyxLQUFLO0FBQUEsRUFDdEI7QUFFRixRQUFNLFVBQVUsQ0FBQyxRQUE2QixLQUFhQyxRQUFlLFVBQWtCO0FBQzFGLFVBQU0sVUFBVSxPQUFPLElBQUksR0FBRztBQUM5QixRQUFJLFlBQVksUUFBVztBQUN6QixZQUFNLElBQUk7QUFBQSxRQUNSO0FBQUEsUUFDQSxHQUFHLEtBQUssbUJBQW1CSCxRQUFPLEdBQUcsQ0FBQyxvQkFBb0JBLFFBQU8sT0FBTyxDQUFDLFVBQVVBLFFBQU9HLE1BQUssQ0FBQztBQUFBLFFBQ2hHLEVBQUUsTUFBTSxPQUFPLEtBQUs7QUFBQSxNQUN0QjtBQUFBLElBQ0Y7QUFDQSxXQUFPLElBQUksS0FBS0EsTUFBSztBQUFBLEVBQ3ZCO0FBQ0EsTUFBSSxPQUFPO0FBQ1gsU0FBTyxHQUFHLFdBQVcsQ0FBQyxRQUF1QjtBQUMzQyxXQUFPLE9BQU87QUFDZCxRQUFJLElBQUksU0FBUyxZQUFZLFVBQVUsS0FBSyxnQkFBZ0IsT0FBTztBQUNqRSxZQUFNLFVBQVUsVUFBVSxJQUFJLHlEQUF5RCx1QkFBdUIsS0FBSyw2QkFBNkI7QUFBQSxJQUNsSjtBQUNBLFFBQUksSUFBSSxTQUFTLFdBQVcsUUFBUSxFQUFHLE9BQU0sVUFBVSw0QkFBNEI7QUFDbkYsUUFBSSxVQUFVLEdBQUc7QUFDZixVQUFJLElBQUksU0FBUyxPQUFPO0FBQ3RCLGNBQU0sSUFBSSxjQUFjLFdBQVcsNEJBQTRCLElBQUksSUFBSSw4Q0FBOEMsRUFBRSxNQUFNLE9BQU8sS0FBSyxDQUFDO0FBQUEsTUFDNUk7QUFDQSxlQUFTO0FBQUEsSUFDWCxXQUFXLFVBQVUsS0FBSyxJQUFJLFNBQVMsU0FBUztBQUM5QztBQUNBLGtCQUFZLE9BQU87QUFDbkIsb0JBQWMsb0JBQUksSUFBSTtBQUN0QixlQUFTLENBQUM7QUFBQSxJQUNaLFdBQVcsVUFBVSxLQUFLLGdCQUFnQixNQUFNO0FBQzlDLFVBQUksSUFBSSxTQUFTLFNBQVM7QUFDeEIsZ0JBQVEsRUFBRSxRQUFRLG9CQUFJLElBQUksR0FBRyxNQUFNLE9BQU8sS0FBSztBQUMvQyxtQkFBVztBQUFBLE1BQ2IsT0FBTztBQUNMLGNBQU0sTUFBTSxJQUFJLFdBQVc7QUFDM0IsWUFBSSxRQUFRLE9BQVcsS0FBSSxHQUFHO0FBQzlCLFlBQUksUUFBUSxVQUFhLE9BQU8sSUFBSSxHQUFHLEtBQUssSUFBSSxXQUFXLFVBQVUsUUFBVztBQUM5RSxrQkFBUSxhQUFhLEtBQUssSUFBSSxXQUFXLE9BQU8sU0FBUyxVQUFVLFVBQVUsT0FBTyxJQUFJLEdBQUc7QUFBQSxRQUM3RjtBQUFBLE1BQ0Y7QUFBQSxJQUNGLFdBQVcsVUFBVSxLQUFLLFVBQVUsTUFBTTtBQUN4QyxZQUFNLE1BQU0sSUFBSSxXQUFXO0FBQzNCLFVBQUksUUFBUSxPQUFXLEtBQUksR0FBRztBQUM5QixVQUFJLFFBQVEsVUFBYSxPQUFPLElBQUksR0FBRyxLQUFLLElBQUksV0FBVyxVQUFVLFFBQVc7QUFDOUUsZ0JBQVEsTUFBTSxRQUFRLEtBQUssSUFBSSxXQUFXLE9BQU8sU0FBUyxVQUFVLFdBQVcsT0FBTyxTQUFTLENBQUMsVUFBVSxNQUFNLElBQUksR0FBRztBQUFBLE1BQ3pIO0FBQUEsSUFDRjtBQUNBO0FBQUEsRUFDRixDQUFDO0FBQ0QsU0FBTyxHQUFHLFlBQVksQ0FBQyxRQUFRO0FBQzdCLFdBQU8sT0FBTztBQUNkO0FBQ0EsUUFBSSxVQUFVLEtBQUssVUFBVSxRQUFRLElBQUksU0FBUyxTQUFTO0FBQ3pELGFBQU8sS0FBSyxLQUFLO0FBQ2pCLGNBQVE7QUFBQSxJQUNWLFdBQVcsVUFBVSxLQUFLLGdCQUFnQixRQUFRLElBQUksU0FBUyxTQUFTO0FBQ3RFLGlCQUFXO0FBQ1gsb0JBQWM7QUFDZCxlQUFTLENBQUM7QUFBQSxJQUNaO0FBQUEsRUFDRixDQUFDO0FBRUQsbUJBQWlCLFFBQVEsT0FBTztBQUM5QixRQUFJO0FBQ0YsYUFBTyxNQUFNLElBQUk7QUFBQSxJQUNuQixTQUFTLEdBQUc7QUFDVixVQUFJLGFBQWEsV0FBWSxPQUFNLFFBQVE7QUFDM0MsWUFBTTtBQUFBLElBQ1I7QUFDQSxRQUFJLE9BQU8sV0FBVyxPQUFPLGVBQWdCLE9BQU0sUUFBUTtBQUFBLEVBQzdEO0FBQ0EsU0FBTyxNQUFNO0FBQ2IsTUFBSSxDQUFDLE9BQVEsT0FBTSxJQUFJLGNBQWMsYUFBYSxpREFBaUQ7QUFDbkcsTUFBSSxVQUFVO0FBQ1osZUFBVyxDQUFDLEtBQUssSUFBSSxLQUFLLE9BQVEsS0FBSSxDQUFDLFNBQVMsSUFBSSxHQUFHLEVBQUcsT0FBTSxpQkFBaUIsS0FBSyxNQUFNLENBQUMsR0FBRyxRQUFRLENBQUM7QUFBQSxFQUMzRztBQUNGO0FBR0EsU0FBUyxpQkFBaUIsS0FBYSxNQUFjLE1BQStCO0FBQ2xGLFFBQU0sRUFBRSxTQUFTLFVBQVUsSUFBSSxhQUFhLEtBQUssSUFBSTtBQUNyRCxRQUFNLE9BQU8sV0FBVyxXQUFXSCxPQUFNO0FBQ3pDLFNBQU8sSUFBSTtBQUFBLElBQ1Q7QUFBQSxJQUNBLGtEQUFrREEsUUFBTyxHQUFHLENBQUMsY0FBYyxJQUFJLEdBQUcsT0FBTyxLQUFLLElBQUksS0FBSyxFQUFFLGVBQWUsT0FBTyxvQkFBb0IsRUFBRSxLQUFLLEtBQUssV0FBVyxJQUFJLFNBQVMsWUFBWSxPQUFPLFVBQVUsSUFBSSxDQUFDO0FBQUEsRUFDM047QUFDRjs7O0FDeFFBLElBQU0sY0FBYztBQUNwQixJQUFNLFFBQVEsQ0FBQyxPQUFtQixTQUFpQixPQUFPLGFBQWEsR0FBRyxNQUFNLFNBQVMsTUFBTSxPQUFPLENBQUMsQ0FBQztBQVV4RyxnQkFBdUIsa0JBQWtCLFFBQStEO0FBQ3RHLFFBQU0sV0FBVyxPQUFPLE9BQU8sYUFBYSxFQUFFO0FBQzlDLFFBQU0sT0FBcUIsQ0FBQztBQUM1QixNQUFJLFNBQVM7QUFDYixTQUFPLFNBQVMsYUFBYTtBQUMzQixVQUFNLE9BQU8sTUFBTSxTQUFTLEtBQUs7QUFDakMsUUFBSSxLQUFLLEtBQU07QUFDZixTQUFLLEtBQUssS0FBSyxLQUFLO0FBQ3BCLGNBQVUsS0FBSyxNQUFNO0FBQUEsRUFDdkI7QUFDQSxRQUFNLE9BQU8sSUFBSSxXQUFXLEtBQUssSUFBSSxRQUFRLFdBQVcsQ0FBQztBQUN6RCxNQUFJLEtBQUs7QUFDVCxhQUFXLFNBQVMsTUFBTTtBQUN4QixRQUFJLE1BQU0sS0FBSyxPQUFRO0FBQ3ZCLFVBQU0sT0FBTyxNQUFNLFNBQVMsR0FBRyxLQUFLLFNBQVMsRUFBRTtBQUMvQyxTQUFLLElBQUksTUFBTSxFQUFFO0FBQ2pCLFVBQU0sS0FBSztBQUFBLEVBQ2I7QUFDQSxRQUFNLE9BQU8sS0FBSyxVQUFVLEtBQUssTUFBTSxNQUFNLENBQUMsTUFBTSxTQUFTLG1CQUFtQixLQUFLLFVBQVUsTUFBTSxNQUFNLE1BQU0sQ0FBQyxNQUFNLFNBQVMsc0JBQXNCO0FBQ3ZKLE1BQUksU0FBUyxLQUFNLE9BQU0sSUFBSSxjQUFjLGdCQUFnQixXQUFXLElBQUksMEJBQTBCLENBQUMsR0FBRyxDQUFDLGVBQWUsQ0FBQztBQUN6SCxTQUFPO0FBQ1AsV0FBUyxPQUFPLE1BQU0sU0FBUyxLQUFLLEdBQUcsQ0FBQyxLQUFLLE1BQU0sT0FBTyxNQUFNLFNBQVMsS0FBSyxFQUFHLE9BQU0sS0FBSztBQUM5Rjs7O0FDekJBLElBQU0sVUFBVTtBQUNoQixJQUFNLENBQUMsUUFBUSxPQUFPLE9BQU8sS0FBSyxPQUFPLE9BQU8sR0FBRyxNQUFNLEdBQUcsT0FBTyxJQUFJLENBQUMsSUFBSSxJQUFJLElBQUksSUFBSSxJQUFJLElBQUksSUFBSSxJQUFJLElBQUksR0FBRztBQUcvRyxTQUFTLFFBQVEsR0FBZSxHQUFtQjtBQUNqRCxRQUFNLElBQUksRUFBRSxDQUFDLElBQUs7QUFDbEIsUUFBTSxJQUFJLEVBQUUsSUFBSSxDQUFDLElBQUs7QUFDdEIsU0FBTyxLQUFLLEtBQUssS0FBSyxLQUFLLEtBQUssS0FBSyxLQUFLLElBQUksSUFBSSxLQUFLLElBQUk7QUFDN0Q7QUFHQSxTQUFTLFFBQVEsR0FBZSxHQUFtQjtBQUNqRCxRQUFNLElBQUksUUFBUSxHQUFHLENBQUM7QUFDdEIsUUFBTSxJQUFJLFFBQVEsR0FBRyxJQUFJLENBQUM7QUFDMUIsU0FBTyxLQUFLLEtBQUssS0FBSyxJQUFJLElBQUksTUFBTSxJQUFJO0FBQzFDO0FBQ0EsSUFBTSxhQUFhO0FBR25CLFNBQVMsY0FBYyxNQUFjLE9BQWUsS0FBcUI7QUFDdkUsUUFBTSxJQUFJLFNBQVMsSUFBSSxPQUFPLElBQUk7QUFDbEMsUUFBTSxNQUFNLEtBQUssTUFBTSxJQUFJLEdBQUc7QUFDOUIsUUFBTSxNQUFNLElBQUksTUFBTTtBQUN0QixRQUFNLE1BQU0sS0FBSyxPQUFPLE9BQU8sU0FBUyxRQUFRLElBQUksS0FBSyxNQUFNLEtBQUssQ0FBQyxJQUFJLE1BQU07QUFDL0UsU0FBTyxNQUFNLFNBQVUsTUFBTSxNQUFNLEtBQUssTUFBTSxNQUFNLENBQUMsSUFBSSxLQUFLLE1BQU0sTUFBTSxHQUFHLElBQUksTUFBTTtBQUN6RjtBQUVBLFNBQVMsWUFBWSxNQUFjLE9BQXVCO0FBQ3hELE1BQUksVUFBVSxFQUFHLFFBQU8sT0FBTyxNQUFNLE1BQU0sT0FBTyxRQUFRLEtBQUssT0FBTyxRQUFRLEtBQUssS0FBSztBQUN4RixTQUFPLFVBQVUsS0FBSyxVQUFVLEtBQUssVUFBVSxLQUFLLFVBQVUsS0FBSyxLQUFLO0FBQzFFO0FBSUEsSUFBSSxXQUFXO0FBQ2YsSUFBSSxXQUFXO0FBRWYsU0FBUyxLQUFLLEdBQVcsSUFBWSxHQUFXLEdBQVcsSUFBWSxHQUFXLElBQVksUUFBd0I7QUFHcEgsTUFBSSxJQUFJLE1BQU0sS0FBSyxNQUFNLElBQUksTUFBTyxNQUFNLFFBQVMsSUFBSSxLQUFLLEtBQUssVUFBVSxLQUFNLE1BQU0sT0FBTyxHQUFLLFFBQU87QUFDMUcsUUFBTSxPQUFPLElBQUksTUFBUyxLQUFLLE1BQU07QUFDckMsTUFBSSxTQUFTLFVBQVU7QUFDckIsUUFBSSxLQUFLLEtBQUssS0FBSyxNQUFNLElBQUksS0FBSyxJQUFJLFlBQVksR0FBRyxFQUFFLEVBQUcsUUFBTztBQUNqRSxlQUFXLGNBQWMsR0FBRyxJQUFJLENBQUM7QUFDakMsZUFBVztBQUFBLEVBQ2I7QUFDQSxTQUFPLFdBQVcsZUFBZSxJQUFJLEtBQUssS0FBSyxVQUFVLEtBQUssS0FBSyxNQUFPO0FBQzVFO0FBR0EsSUFBTSxTQUFOLE1BQWE7QUFBQSxFQUVYLFlBQXFCLE1BQWM7QUFBZDtBQUFBLEVBQWU7QUFBQSxFQURwQyxJQUFJO0FBQUE7QUFBQSxFQUdKLE9BQU8sR0FBbUI7QUFDeEIsUUFBSSxJQUFJO0FBQ1IsYUFBUyxJQUFJLEdBQUcsSUFBSSxHQUFHLEtBQUs7QUFDMUIsWUFBTSxJQUFJLEtBQUssS0FBSyxXQUFXLEtBQUssQ0FBQyxJQUFJO0FBQ3pDLFVBQUksRUFBRSxLQUFLLEtBQUssS0FBSyxHQUFJLFFBQU87QUFDaEMsVUFBSSxJQUFJLEtBQUs7QUFDYixXQUFLO0FBQUEsSUFDUDtBQUNBLFdBQU87QUFBQSxFQUNUO0FBQUE7QUFBQSxFQUVBLGNBQWMsS0FBYSxLQUFxQjtBQUM5QyxRQUFJLElBQUk7QUFDUixRQUFJLElBQUk7QUFDUixXQUFPLElBQUksS0FBSyxLQUFLO0FBQ25CLFlBQU0sSUFBSSxLQUFLLEtBQUssV0FBVyxLQUFLLENBQUMsSUFBSTtBQUN6QyxVQUFJLEVBQUUsS0FBSyxLQUFLLEtBQUssR0FBSTtBQUN6QixVQUFJLElBQUksS0FBSztBQUNiLFdBQUs7QUFBQSxJQUNQO0FBQ0EsV0FBTyxJQUFJLE1BQU0sS0FBSztBQUFBLEVBQ3hCO0FBQUE7QUFBQSxFQUVBLFdBQW1CO0FBQ2pCLFFBQUksS0FBSztBQUNULFFBQUksUUFBUTtBQUNaLFVBQU0sUUFBUSxLQUFLO0FBQ25CLGVBQVM7QUFDUCxZQUFNLElBQUksS0FBSyxLQUFLLFdBQVcsS0FBSyxDQUFDLElBQUk7QUFDekMsVUFBSSxFQUFFLEtBQUssS0FBSyxLQUFLLEdBQUk7QUFDekIsWUFBTSxJQUFJO0FBQ1YsZUFBUztBQUNULFdBQUs7QUFBQSxJQUNQO0FBQ0EsV0FBTyxLQUFLLE1BQU0sUUFBUSxLQUFLO0FBQUEsRUFDakM7QUFBQSxFQUNBLEdBQUcsTUFBdUI7QUFDeEIsUUFBSSxLQUFLLEtBQUssS0FBSyxDQUFDLE1BQU0sS0FBTSxRQUFPO0FBQ3ZDLFNBQUs7QUFDTCxXQUFPO0FBQUEsRUFDVDtBQUFBO0FBQUEsRUFFQSxTQUF3QjtBQUN0QixVQUFNLElBQUksS0FBSyxLQUFLLEtBQUssQ0FBQztBQUMxQixRQUFJLE1BQU0sT0FBTyxNQUFNLEtBQUs7QUFDMUIsV0FBSztBQUNMLGFBQU87QUFBQSxJQUNUO0FBQ0EsUUFBSSxNQUFNLE9BQU8sTUFBTSxJQUFLLFFBQU87QUFDbkMsU0FBSztBQUNMLFVBQU0sSUFBSSxLQUFLLE9BQU8sQ0FBQztBQUN2QixRQUFJLElBQUksRUFBRyxRQUFPO0FBQ2xCLFNBQUssR0FBRyxHQUFHO0FBQ1gsVUFBTSxJQUFJLEtBQUssSUFBSSxLQUFLLEtBQUssU0FBUyxLQUFLLE9BQU8sQ0FBQyxJQUFJO0FBQ3ZELFFBQUksSUFBSSxLQUFLLElBQUksTUFBTSxJQUFJLEdBQUksUUFBTztBQUN0QyxZQUFRLE1BQU0sTUFBTSxLQUFLLE1BQU0sSUFBSSxLQUFLO0FBQUEsRUFDMUM7QUFBQSxFQUNBLElBQUksT0FBZ0I7QUFDbEIsV0FBTyxLQUFLLE1BQU0sS0FBSyxLQUFLO0FBQUEsRUFDOUI7QUFDRjtBQVFBLFNBQVMsWUFBWSxNQUFzQjtBQUN6QyxNQUFJLElBQUk7QUFDUixNQUFJLEVBQUUsV0FBVyxDQUFDLEtBQUssTUFBTSxFQUFFLFdBQVcsRUFBRSxTQUFTLENBQUMsS0FBSyxHQUFJLEtBQUksRUFBRSxLQUFLO0FBQzFFLFNBQU8sZUFBZSxHQUFHLEdBQUcsRUFBRSxNQUFNO0FBQ3RDO0FBR0EsSUFBSSxVQUFVLElBQUksV0FBVyxFQUFFO0FBVXhCLFNBQVMsZUFBZSxHQUFXLE9BQWUsS0FBcUI7QUFDNUUsUUFBTSxJQUFJLE1BQU07QUFDaEIsTUFBSSxJQUFJLEdBQUksUUFBTztBQUNuQixNQUFJLElBQUksUUFBUSxPQUFRLFdBQVUsSUFBSSxXQUFXLElBQUksQ0FBQztBQUN0RCxXQUFTLElBQUksR0FBRyxJQUFJLEdBQUcsS0FBSztBQUMxQixVQUFNLElBQUksRUFBRSxXQUFXLFFBQVEsQ0FBQztBQUNoQyxZQUFRLENBQUMsSUFBSSxJQUFJLE1BQU0sSUFBSTtBQUFBLEVBQzdCO0FBQ0EsU0FBTyxrQkFBa0IsU0FBUyxHQUFHLENBQUM7QUFDeEM7QUFZTyxTQUFTLGtCQUFrQixHQUFlLE9BQWUsS0FBcUI7QUFDbkYsUUFBTSxJQUFJLE1BQU07QUFDaEIsTUFBSSxJQUFJLEdBQUksUUFBTztBQUNuQixRQUFNLElBQUksUUFBUSxHQUFHLEtBQUs7QUFDMUIsUUFBTSxNQUFNLEVBQUUsUUFBUSxDQUFDO0FBQ3ZCLE1BQUksSUFBSSxLQUFNLFFBQVEsVUFBVSxRQUFRLFNBQVUsRUFBRSxRQUFRLENBQUMsTUFBTSxJQUFLLFFBQU87QUFDL0UsUUFBTSxLQUFLLFFBQVEsR0FBRyxRQUFRLENBQUM7QUFDL0IsUUFBTSxJQUFJLFFBQVEsR0FBRyxRQUFRLENBQUM7QUFDOUIsTUFBSSxLQUFLLEtBQUssSUFBSSxFQUFHLFFBQU87QUFDNUIsTUFBSSxNQUFNLEdBQUksUUFBTyxLQUFLLEdBQUcsSUFBSSxHQUFHLEdBQUcsR0FBRyxHQUFHLEdBQUcsQ0FBQztBQUNqRCxRQUFNLE1BQU0sRUFBRSxRQUFRLEVBQUU7QUFDeEIsTUFBSSxJQUFJLE1BQU8sUUFBUSxLQUFLLFFBQVEsU0FBVSxFQUFFLFFBQVEsRUFBRSxNQUFNLE1BQU8sUUFBTztBQUM5RSxRQUFNLElBQUksUUFBUSxHQUFHLFFBQVEsRUFBRTtBQUMvQixRQUFNLEtBQUssUUFBUSxHQUFHLFFBQVEsRUFBRTtBQUNoQyxNQUFJLElBQUksS0FBSyxLQUFLLEVBQUcsUUFBTztBQUM1QixNQUFJLElBQUksUUFBUTtBQUNoQixNQUFJLElBQUk7QUFDUixNQUFJLEtBQUs7QUFDVCxNQUFJLElBQUksT0FBTyxFQUFFLENBQUMsTUFBTSxPQUFPO0FBQzdCLFFBQUksSUFBSSxHQUFJLFFBQU87QUFDbkIsUUFBSSxRQUFRLEdBQUcsUUFBUSxFQUFFO0FBQ3pCLFFBQUksSUFBSSxFQUFHLFFBQU87QUFDbEIsUUFBSSxRQUFRO0FBQ1osVUFBTSxNQUFNLElBQUksTUFBTSxFQUFFLENBQUMsSUFBSTtBQUM3QixRQUFJLFFBQVEsT0FBTyxRQUFRLE9BQU87QUFDaEMsVUFBSSxRQUFRO0FBQ1osWUFBTSxPQUFPLEVBQUU7QUFDZixlQUFTLElBQUksRUFBRSxDQUFDLElBQUssU0FBUyxJQUFJLE9BQU8sS0FBSyxLQUFLLEtBQUssR0FBRyxJQUFJLEVBQUUsRUFBRSxDQUFDLElBQUssU0FBUztBQUNoRixjQUFNLElBQUk7QUFDVixpQkFBUztBQUFBLE1BQ1g7QUFDQSxVQUFJLE1BQU0sS0FBTSxRQUFPO0FBQUEsSUFDekI7QUFBQSxFQUNGO0FBQ0EsTUFBSSxNQUFNLElBQUssUUFBTyxLQUFLLEdBQUcsSUFBSSxHQUFHLEdBQUcsSUFBSSxHQUFHLElBQUksQ0FBQztBQUNwRCxRQUFNLFNBQVMsU0FBUyxHQUFHLEdBQUcsR0FBRztBQUNqQyxTQUFPLE9BQU8sTUFBTSxNQUFNLElBQUksTUFBTSxLQUFLLEdBQUcsSUFBSSxHQUFHLEdBQUcsSUFBSSxHQUFHLElBQUksTUFBTTtBQUN6RTtBQUdBLFNBQVMsU0FBUyxHQUFlLEdBQVcsS0FBcUI7QUFDL0QsUUFBTSxJQUFJLEVBQUUsQ0FBQztBQUNiLE1BQUksTUFBTSxLQUFLLE1BQU0sUUFBUyxRQUFPLElBQUksTUFBTSxNQUFNLElBQUk7QUFDekQsTUFBSyxNQUFNLFFBQVEsTUFBTSxVQUFXLElBQUksSUFBSSxJQUFLLFFBQU87QUFDeEQsUUFBTSxJQUFJLFFBQVEsR0FBRyxJQUFJLENBQUM7QUFDMUIsTUFBSSxLQUFLLElBQUk7QUFDYixRQUFNLFFBQVEsS0FBSyxPQUFPLEVBQUUsRUFBRSxNQUFNO0FBQ3BDLE1BQUksTUFBTztBQUNYLFFBQU0sSUFBSSxPQUFPLE9BQU8sQ0FBQyxRQUFRLElBQUksS0FBSyxLQUFLLE1BQU0sUUFBUSxHQUFHLEVBQUUsSUFBSTtBQUN0RSxNQUFJLElBQUksS0FBSyxJQUFJLE1BQU0sSUFBSSxLQUFLLElBQUksTUFBTyxPQUFPLE9BQU8sS0FBSyxNQUFNLElBQU0sUUFBTztBQUNqRixVQUFRLE1BQU0sU0FBUyxLQUFLLE1BQU0sSUFBSSxLQUFLO0FBQzdDO0FBSUEsSUFBTSxpQkFBb0M7QUFBQSxFQUN4QyxDQUFDLFFBQVEsRUFBRSxPQUFPLEtBQUssS0FBSyxHQUFHLEtBQUssRUFBRSxDQUFDO0FBQUEsRUFDdkMsQ0FBQyxNQUFNLEVBQUUsT0FBTyxLQUFLLEtBQUssR0FBRyxLQUFLLEVBQUUsQ0FBQztBQUFBLEVBQ3JDLENBQUMsS0FBSyxFQUFFLE9BQU8sS0FBSyxLQUFLLEdBQUcsS0FBSyxFQUFFLENBQUM7QUFBQSxFQUNwQyxDQUFDLE1BQU0sRUFBRSxPQUFPLEtBQUssS0FBSyxHQUFHLEtBQUssRUFBRSxDQUFDO0FBQUEsRUFDckMsQ0FBQyxLQUFLLEVBQUUsT0FBTyxLQUFLLEtBQUssR0FBRyxLQUFLLEVBQUUsQ0FBQztBQUFBLEVBQ3BDLENBQUMsTUFBTSxFQUFFLE9BQU8sS0FBSyxLQUFLLEdBQUcsS0FBSyxFQUFFLENBQUM7QUFBQSxFQUNyQyxDQUFDLEtBQUssRUFBRSxPQUFPLEtBQUssS0FBSyxHQUFHLEtBQUssRUFBRSxDQUFDO0FBQUEsRUFDcEMsQ0FBQyxNQUFNLEVBQUUsT0FBTyxLQUFLLEtBQUssR0FBRyxLQUFLLEVBQUUsQ0FBQztBQUFBLEVBQ3JDLENBQUMsTUFBTSxFQUFFLE9BQU8sS0FBSyxLQUFLLEdBQUcsS0FBSyxFQUFFLENBQUM7QUFBQSxFQUNyQyxDQUFDLEtBQUssRUFBRSxPQUFPLElBQUksQ0FBQztBQUN0QjtBQUVBLFNBQVMsZUFBZSxTQUEwQjtBQUNoRCxRQUFNLFNBQWtCLENBQUM7QUFDekIsTUFBSSxJQUFJO0FBQ1IsUUFBTyxRQUFPLElBQUksUUFBUSxRQUFRO0FBQ2hDLFFBQUksUUFBUSxDQUFDLE1BQU0sS0FBSztBQUN0QixhQUFPLFFBQVEsQ0FBQyxNQUFNLElBQUs7QUFDM0IsYUFBTyxLQUFLLEVBQUUsT0FBTyxJQUFJLENBQUM7QUFDMUI7QUFBQSxJQUNGO0FBQ0EsZUFBVyxDQUFDLE1BQU0sS0FBSyxLQUFLLGdCQUFnQjtBQUMxQyxVQUFJLFFBQVEsV0FBVyxNQUFNLENBQUMsR0FBRztBQUMvQixlQUFPLEtBQUssS0FBSztBQUNqQixhQUFLLEtBQUs7QUFDVixpQkFBUztBQUFBLE1BQ1g7QUFBQSxJQUNGO0FBQ0EsV0FBTyxLQUFLLEVBQUUsU0FBUyxRQUFRLENBQUMsRUFBRyxDQUFDO0FBQ3BDO0FBQUEsRUFDRjtBQUNBLFFBQU0sU0FBUyxJQUFJLElBQUksT0FBTyxRQUFRLENBQUMsTUFBTyxXQUFXLElBQUksQ0FBQyxFQUFFLEtBQUssSUFBSSxDQUFDLENBQUUsQ0FBQztBQUM3RSxhQUFXLFVBQVUsQ0FBQyxLQUFLLEtBQUssR0FBRyxHQUFZO0FBQzdDLFFBQUksQ0FBQyxPQUFPLElBQUksTUFBTSxFQUFHLE9BQU0sSUFBSSxNQUFNLHFCQUFxQixPQUFPLFlBQVksRUFBRSxHQUFHLFFBQVEsR0FBRyxNQUFNLEdBQUcsS0FBSyxFQUFFLE1BQU0sQ0FBQyxFQUFFO0FBQUEsRUFDNUg7QUFDQSxTQUFPO0FBQ1Q7QUFFQSxTQUFTLGNBQWMsU0FBa0M7QUFDdkQsUUFBTSxTQUFTLGVBQWUsT0FBTztBQUNyQyxTQUFPLENBQUMsU0FBUztBQUNmLFVBQU0sSUFBSSxJQUFJLE9BQU8sS0FBSyxLQUFLLENBQUM7QUFDaEMsVUFBTSxJQUFJLEVBQUUsR0FBRyxHQUFHLEdBQUcsR0FBRyxHQUFHLEdBQUcsR0FBRyxHQUFHLEdBQUcsR0FBRyxHQUFHLEdBQUcsR0FBRyxHQUFHLEdBQUcsRUFBRTtBQUMzRCxlQUFXLEtBQUssUUFBUTtBQUN0QixVQUFJLGFBQWEsR0FBRztBQUNsQixZQUFJLENBQUMsRUFBRSxHQUFHLEVBQUUsT0FBTyxFQUFHLFFBQU87QUFBQSxNQUMvQixXQUFXLEVBQUUsVUFBVSxLQUFLO0FBQzFCLGFBQUssRUFBRSxJQUFJLEVBQUUsU0FBUyxLQUFLLEVBQUcsUUFBTztBQUFBLE1BQ3ZDLFdBQVcsRUFBRSxVQUFVLEtBQUs7QUFDMUIsY0FBTSxTQUFTLEVBQUUsT0FBTztBQUN4QixZQUFJLFdBQVcsUUFBUSxPQUFPLE1BQU0sTUFBTSxFQUFHLFFBQU87QUFDcEQsVUFBRSxJQUFJO0FBQUEsTUFDUixXQUFXLFNBQVMsTUFBTSxFQUFFLEVBQUUsS0FBSyxJQUFJLEVBQUUsY0FBYyxFQUFFLEtBQUssRUFBRSxHQUFHLEtBQUssRUFBRyxRQUFPO0FBQUEsSUFDcEY7QUFDQSxXQUFPLEVBQUUsT0FBTyxLQUFLLEVBQUUsR0FBRyxFQUFFLEdBQUcsRUFBRSxHQUFHLEVBQUUsR0FBRyxFQUFFLEdBQUcsRUFBRSxHQUFHLEVBQUUsR0FBRyxFQUFFLENBQUMsSUFBSTtBQUFBLEVBQ2pFO0FBQ0Y7QUFlTyxTQUFTLGdCQUFnQixRQUFvRDtBQUNsRixNQUFJLE9BQU8sV0FBVyxXQUFZLFFBQU87QUFDekMsTUFBSSxXQUFXLFVBQWEsV0FBVyxHQUFJLFFBQU87QUFDbEQsU0FBTyxjQUFjLE1BQU07QUFDN0I7OztBQzlTQSxJQUFNLFFBQVEsS0FBSztBQVVuQixnQkFBdUIsV0FBVyxNQUFrRTtBQUNsRyxRQUFNLFVBQVUsSUFBSSxZQUFZO0FBQ2hDLE1BQUksT0FBTyxTQUFTLFVBQVU7QUFDNUIscUJBQWlCLFNBQVMsS0FBTSxPQUFNLFFBQVEsT0FBTyxLQUFLO0FBQzFEO0FBQUEsRUFDRjtBQUNBLFdBQVMsSUFBSSxHQUFHLElBQUksS0FBSyxVQUFVO0FBQ2pDLFFBQUksTUFBTSxLQUFLLElBQUksSUFBSSxPQUFPLEtBQUssTUFBTTtBQUN6QyxVQUFNLE9BQU8sS0FBSyxXQUFXLE1BQU0sQ0FBQztBQUNwQyxRQUFJLE1BQU0sS0FBSyxVQUFVLFFBQVEsU0FBVSxPQUFPLE1BQVE7QUFDMUQsVUFBTSxRQUFRLE9BQU8sS0FBSyxNQUFNLEdBQUcsR0FBRyxDQUFDO0FBQ3ZDLFFBQUk7QUFBQSxFQUNOO0FBQ0Y7OztBQ3hCd1AsSUFBTUksY0FBYTtBQUMzUSxJQUFNLGdCQUFnQjtBQWlDZixTQUFTLFdBQVcsVUFBMkI7QUFDcEQsTUFBSTtBQUNGLFFBQUksS0FBSyxlQUFlLFNBQVMsRUFBRSxVQUFVLFNBQVMsQ0FBQztBQUN2RCxXQUFPO0FBQUEsRUFDVCxRQUFRO0FBQ04sV0FBTztBQUFBLEVBQ1Q7QUFDRjtBQWFPLFNBQVMsVUFBVSxVQUE2QjtBQUNyRCxRQUFNLFNBQVMsSUFBSSxLQUFLLGVBQWUsU0FBUztBQUFBLElBQzlDLFVBQVU7QUFBQSxJQUNWLFdBQVc7QUFBQSxJQUNYLEtBQUs7QUFBQSxJQUNMLE1BQU07QUFBQSxJQUNOLE9BQU87QUFBQSxJQUNQLEtBQUs7QUFBQSxJQUNMLE1BQU07QUFBQSxJQUNOLFFBQVE7QUFBQSxJQUNSLFFBQVE7QUFBQSxFQUNWLENBQUM7QUFFRCxRQUFNLGFBQWEsQ0FBQyxZQUE0QjtBQUM5QyxVQUFNLFNBQVMsS0FBSyxNQUFNLFVBQVUsYUFBYSxJQUFJO0FBQ3JELFVBQU0sSUFBNEIsQ0FBQztBQUNuQyxRQUFJLEtBQUs7QUFDVCxlQUFXLFFBQVEsT0FBTyxjQUFjLE1BQU0sR0FBRztBQUMvQyxVQUFJLEtBQUssU0FBUyxNQUFPLE1BQUssS0FBSyxNQUFNLFdBQVcsR0FBRztBQUFBLGVBQzlDLEtBQUssU0FBUyxVQUFXLEdBQUUsS0FBSyxJQUFJLElBQUksT0FBTyxLQUFLLEtBQUs7QUFBQSxJQUNwRTtBQUVBLFVBQU0sT0FBTyxvQkFBSSxLQUFLLENBQUM7QUFDdkIsU0FBSyxlQUFlLEtBQUssSUFBSSxFQUFFLE9BQVEsRUFBRSxNQUFPLEVBQUUsUUFBUyxHQUFHLEVBQUUsR0FBSTtBQUNwRSxTQUFLLFlBQVksRUFBRSxNQUFPLEVBQUUsUUFBUyxFQUFFLE1BQU87QUFDOUMsWUFBUSxLQUFLLFFBQVEsSUFBSSxVQUFVO0FBQUEsRUFDckM7QUFFQSxRQUFNLFlBQVksb0JBQUksSUFBb0I7QUFDMUMsUUFBTSxXQUFXLENBQUMsVUFBMEI7QUFDMUMsUUFBSSxJQUFJLFVBQVUsSUFBSSxLQUFLO0FBQzNCLFFBQUksTUFBTSxRQUFXO0FBQ25CLFVBQUksV0FBVyxRQUFRQSxXQUFVO0FBQ2pDLGdCQUFVLElBQUksT0FBTyxDQUFDO0FBQUEsSUFDeEI7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUVBLFFBQU0sT0FBTyxvQkFBSSxJQUFzQztBQUN2RCxRQUFNLE1BQU0sQ0FBQyxVQUE0QztBQUN2RCxRQUFJLElBQUksS0FBSyxJQUFJLEtBQUs7QUFDdEIsUUFBSSxNQUFNLE9BQVcsUUFBTztBQUM1QixVQUFNLFFBQVEsUUFBUUE7QUFDdEIsVUFBTSxTQUFTLFNBQVMsS0FBSztBQUM3QixVQUFNLFFBQVEsU0FBUyxRQUFRLENBQUM7QUFDaEMsUUFBSSxXQUFXLE1BQU8sS0FBSSxDQUFDLFFBQVEsT0FBTyxLQUFLLEtBQUs7QUFBQSxTQUMvQztBQUVILFVBQUksS0FBSztBQUNULFVBQUksS0FBSyxRQUFRQTtBQUNqQixhQUFPLEtBQUssS0FBSyxlQUFlO0FBQzlCLGNBQU0sTUFBTSxLQUFLLEtBQUssT0FBTyxLQUFLLE1BQU0sSUFBSSxhQUFhLElBQUk7QUFDN0QsWUFBSSxXQUFXLEdBQUcsTUFBTSxPQUFRLE1BQUs7QUFBQSxZQUNoQyxNQUFLO0FBQUEsTUFDWjtBQUNBLFVBQUksQ0FBQyxRQUFRLElBQUksS0FBSztBQUFBLElBQ3hCO0FBQ0EsU0FBSyxJQUFJLE9BQU8sQ0FBQztBQUNqQixXQUFPO0FBQUEsRUFDVDtBQUNBLFFBQU0sZ0JBQWdCLENBQUMsWUFBNEI7QUFDakQsVUFBTSxDQUFDLFFBQVEsUUFBUSxLQUFLLElBQUksSUFBSSxLQUFLLE1BQU0sVUFBVUEsV0FBVSxDQUFDO0FBQ3BFLFdBQU8sV0FBVyxTQUFTLFFBQVE7QUFBQSxFQUNyQztBQUVBLE1BQUksV0FBVyxPQUFPO0FBQ3RCLE1BQUksY0FBYztBQUNsQixTQUFPO0FBQUEsSUFDTDtBQUFBLElBQ0EsVUFBVSxDQUFDLFlBQVksY0FBYyxPQUFPLElBQUk7QUFBQSxJQUNoRCxVQUFVLE9BQU87QUFDZixZQUFNLFFBQVEsS0FBSyxNQUFNLFFBQVFBLFdBQVU7QUFDM0MsVUFBSSxVQUFVLFNBQVUsUUFBTyxRQUFRO0FBQ3ZDLFlBQU0sQ0FBQyxRQUFRLE1BQU0sSUFBSSxJQUFJLEtBQUs7QUFDbEMsVUFBSSxPQUFPLE1BQU0sTUFBTSxLQUFLLE9BQU8sTUFBTSxJQUFJLFFBQVEsQ0FBQyxFQUFFLENBQUMsQ0FBQyxLQUFLLE9BQU8sTUFBTSxJQUFJLFFBQVEsQ0FBQyxFQUFFLENBQUMsQ0FBQyxHQUFHO0FBRzlGLG1CQUFXO0FBQ1gsc0JBQWMsU0FBUztBQUN2QixlQUFPLFFBQVE7QUFBQSxNQUNqQjtBQUVBLFlBQU0sUUFBUSxjQUFjLFFBQVFBLFdBQVUsSUFBSTtBQUNsRCxZQUFNLE9BQU8sY0FBYyxRQUFRQSxXQUFVLElBQUk7QUFDakQsWUFBTSxRQUFRLFFBQVE7QUFDdEIsVUFBSSxjQUFjLEtBQUssSUFBSSxrQkFBa0IsTUFBTyxRQUFPO0FBQzNELFlBQU0sU0FBUyxRQUFRO0FBQ3ZCLFVBQUksY0FBYyxNQUFNLElBQUksa0JBQWtCLEtBQU0sUUFBTztBQUMzRCxhQUFPO0FBQUEsSUFDVDtBQUFBLEVBQ0Y7QUFDRjs7O0FDOUlBLElBQU0sQ0FBQ0MsT0FBTUMsU0FBUUMsSUFBR0MsUUFBTyxJQUFJLENBQUMsSUFBSSxJQUFJLElBQUksR0FBRztBQUduRCxTQUFTLFVBQVUsTUFBNkIsT0FBZSxLQUFzQjtBQUNuRixRQUFNLE9BQU8sS0FBSyxNQUFNLENBQUM7QUFDekIsTUFBSSxTQUFTRCxNQUFLLFNBQVNDLFNBQVMsUUFBTztBQUMzQyxXQUFTLElBQUksTUFBTSxHQUFHLElBQUksUUFBUSxJQUFJLEtBQUs7QUFDekMsVUFBTSxJQUFJLEtBQUssQ0FBQztBQUNoQixRQUFJLE1BQU1ILFNBQVEsTUFBTUMsUUFBUSxRQUFPO0FBQUEsRUFDekM7QUFDQSxTQUFPO0FBQ1Q7QUFZTyxTQUFTLGdCQUNkLFdBQ0EsYUFDQSxRQUNBLFVBQzBFO0FBQzFFLE1BQUksT0FBTyxXQUFXLGNBQWUsT0FBTyxXQUFXLFlBQVksT0FBTyxTQUFTLEdBQUcsRUFBSSxRQUFPLEVBQUUsV0FBVyxZQUFZO0FBQzFILFFBQU0sUUFBUSxVQUFVLFFBQVE7QUFDaEMsUUFBTSxVQUFVLE9BQU8sV0FBVyxZQUFZLFdBQVc7QUFDekQsU0FBTztBQUFBLElBQ0wsV0FBVyxDQUFDLFNBQVM7QUFDbkIsWUFBTSxLQUFLLFVBQVUsSUFBSTtBQUN6QixVQUFJLE9BQU8sTUFBTSxFQUFFLEVBQUcsUUFBTztBQUM3QixZQUFNLElBQUksS0FBSyxLQUFLO0FBQ3BCLGFBQU8sV0FBVyxDQUFDLFVBQVUsQ0FBQyxNQUFNLEVBQUUsV0FBVyxDQUFDLEdBQUcsR0FBRyxFQUFFLE1BQU0sSUFBSSxNQUFNLFVBQVUsRUFBRSxJQUFJO0FBQUEsSUFDNUY7QUFBQSxJQUNBLGFBQ0UsZ0JBQWdCLE9BQ1osT0FDQSxDQUFDLE9BQU8sT0FBTyxRQUFRO0FBQ3JCLFlBQU0sS0FBSyxZQUFZLE9BQU8sT0FBTyxHQUFHO0FBQ3hDLGFBQU8sT0FBTyxNQUFNLEVBQUUsS0FBSyxVQUFVLENBQUMsTUFBTSxNQUFNLENBQUMsR0FBSSxPQUFPLEdBQUcsSUFBSSxLQUFLLE1BQU0sVUFBVSxFQUFFO0FBQUEsSUFDOUY7QUFBQSxFQUNSO0FBQ0Y7OztBQzJCQSxJQUFNRyxZQUFXO0FBQUEsRUFDZixVQUFVO0FBQUEsRUFDVixtQkFBbUI7QUFBQSxFQUNuQixhQUFhO0FBQUEsRUFDYixLQUFLLEVBQUUsTUFBTSxnQkFBZ0IsVUFBVSxDQUFDLGNBQWMsR0FBRyxXQUFXLGlCQUFpQjtBQUN2RjtBQUVBLElBQU0sYUFBYSxLQUFLO0FBRXhCLGdCQUFnQixPQUFPLE1BQXNDO0FBQzNELFdBQVMsSUFBSSxHQUFHLElBQUksS0FBSyxRQUFRLEtBQUssV0FBWSxPQUFNLEtBQUssTUFBTSxHQUFHLElBQUksVUFBVTtBQUN0RjtBQUVBLGdCQUFnQixRQUFRLFFBQW1DLFNBQThEO0FBQ3ZILE1BQUksUUFBUTtBQUNaLG1CQUFpQixTQUFTLFFBQVE7QUFDaEMsVUFBTTtBQUNOLFlBQVMsU0FBUyxNQUFNLE1BQU87QUFBQSxFQUNqQztBQUNGO0FBR0EsU0FBUyxhQUFhLE1BQThCO0FBQ2xELFFBQU0sUUFBUSxLQUFLLFFBQVEsV0FBVyxFQUFFLEVBQUUsVUFBVTtBQUNwRCxTQUFPLFVBQVUsS0FBSyxPQUFPLE1BQU0sV0FBVyxHQUFHO0FBQ25EO0FBR0EsZUFBZSxXQUFXLFFBQW1DLFVBQThGO0FBQ3pKLFFBQU0sV0FBVyxPQUFPLE9BQU8sYUFBYSxFQUFFO0FBQzlDLFFBQU0sT0FBcUIsQ0FBQztBQUM1QixRQUFNLFVBQVUsSUFBSSxZQUFZLFFBQVE7QUFDeEMsTUFBSSxPQUFPO0FBQ1gsTUFBSSxNQUFzQjtBQUMxQixTQUFPLFFBQVEsTUFBTTtBQUNuQixVQUFNLE9BQU8sTUFBTSxTQUFTLEtBQUs7QUFDakMsUUFBSSxLQUFLLEtBQU07QUFDZixTQUFLLEtBQUssS0FBSyxLQUFLO0FBRXBCLFVBQU0sU0FBUyxLQUFLLGFBQWEsSUFBSSxZQUFZLFFBQVEsRUFBRSxPQUFPLEtBQUssTUFBTSxTQUFTLEdBQUcsR0FBRyxDQUFDLENBQUMsSUFBSTtBQUNsRyxRQUFJLFFBQVEsS0FBTSxPQUFNLGFBQWMsUUFBUSxRQUFRLE9BQU8sS0FBSyxPQUFPLEVBQUUsUUFBUSxLQUFLLENBQUMsQ0FBRTtBQUFBLEVBQzdGO0FBQ0Esa0JBQWdCLE1BQU07QUFDcEIsV0FBTztBQUNQLGFBQVMsT0FBTyxNQUFNLFNBQVMsS0FBSyxHQUFHLENBQUMsS0FBSyxNQUFNLE9BQU8sTUFBTSxTQUFTLEtBQUssRUFBRyxPQUFNLEtBQUs7QUFBQSxFQUM5RjtBQUNBLFNBQU8sRUFBRSxRQUFRLE1BQU0sUUFBUSxPQUFPLFFBQVEsSUFBSSxFQUFFO0FBQ3REO0FBRUEsU0FBUyxTQUFTLFNBQW9DO0FBQ3BELFFBQU0sTUFBTSxDQUFDLFlBQW9CLElBQUksY0FBYyxjQUFjLE9BQU87QUFDeEUsTUFBSSxRQUFRLGFBQWEsVUFBYSxDQUFDLFVBQVUsU0FBUyxRQUFRLFFBQVEsR0FBRztBQUMzRSxVQUFNLElBQUksb0JBQW9CLEtBQUssVUFBVSxRQUFRLFFBQVEsQ0FBQyxnQkFBZ0IsVUFBVSxLQUFLLElBQUksQ0FBQyxFQUFFO0FBQUEsRUFDdEc7QUFDQSxNQUFJLFFBQVEsY0FBYyxXQUFjLFFBQVEsY0FBYyxNQUFNLFVBQVUsS0FBSyxRQUFRLFNBQVMsSUFBSTtBQUN0RyxVQUFNLElBQUkscUJBQXFCLEtBQUssVUFBVSxRQUFRLFNBQVMsQ0FBQyw0Q0FBNEM7QUFBQSxFQUM5RztBQUNBLE1BQUksUUFBUSxXQUFXLFVBQWEsUUFBUSxXQUFXLFNBQVMsUUFBUSxXQUFXLE9BQU87QUFDeEYsVUFBTSxJQUFJLGtCQUFrQixLQUFLLFVBQVUsUUFBUSxNQUFNLENBQUMsc0JBQXNCO0FBQUEsRUFDbEY7QUFDRjtBQW1CQSxlQUFzQixhQUFhLFFBQXdCLFVBQXNCLENBQUMsR0FBRyxVQUErQixDQUFDLEdBQXNCO0FBQ3pJLFdBQVMsT0FBTztBQUNoQixRQUFNLFVBQVUsSUFBSSxnQkFBZ0I7QUFDcEMsUUFBTSxXQUFXLFFBQVE7QUFDekIsUUFBTSxXQUFXLFFBQVEsWUFBWUEsVUFBUztBQUM5QyxRQUFNLFNBQ0osT0FBTyxXQUFXLFdBQ2QsRUFBRSxRQUFRLGFBQWEsTUFBTSxJQUFLLFFBQW1CLE9BQWlCLFFBQVEsS0FBSyxJQUNuRixNQUFNLFdBQVcsa0JBQWtCLG1CQUFtQixRQUFRLFdBQVcsTUFBTSxHQUFHLENBQUMsVUFBVSxXQUFXLEVBQUUsT0FBTyxRQUFRLFFBQVEsT0FBTyxDQUFDLENBQUMsQ0FBQyxDQUFDLEdBQUcsUUFBUTtBQUM3SixRQUFNLFNBQVMsUUFBUSxVQUFVLE9BQU87QUFDeEMsUUFBTSxXQUFXLFdBQVcsUUFBUUEsVUFBUyxNQUFNLEVBQUUsTUFBTSxJQUFJLFVBQVUsQ0FBQyxHQUFHLFdBQVcsR0FBRztBQUMzRixRQUFNLFdBQVcsUUFBUSxZQUFZLFNBQVM7QUFDOUMsTUFBSTtBQUNKLE1BQUk7QUFDRixnQkFBWSxnQkFBZ0IsUUFBUSxlQUFlO0FBQUEsRUFDckQsU0FBUyxHQUFHO0FBQ1YsVUFBTSxJQUFJLGNBQWMsY0FBYyxHQUFJLEVBQVksT0FBTywyQ0FBMkM7QUFBQSxFQUMxRztBQUNBLE1BQUksUUFBUSxhQUFhLFVBQWEsQ0FBQyxXQUFXLFFBQVEsUUFBUSxHQUFHO0FBQ25FLFVBQU0sSUFBSSxjQUFjLGNBQWMscUJBQXFCLEtBQUssVUFBVSxRQUFRLFFBQVEsQ0FBQyw4Q0FBOEM7QUFBQSxFQUMzSTtBQUNBLFFBQU0sY0FBYyxRQUFRLG9CQUFvQixVQUFhLFFBQVEsb0JBQW9CLEtBQUssb0JBQW9CO0FBQ2xILFFBQU0sUUFBUSxRQUFRLGFBQWEsU0FBWSxFQUFFLFdBQVcsWUFBWSxJQUFJLGdCQUFnQixXQUFXLGFBQWEsUUFBUSxpQkFBaUIsUUFBUSxRQUFRO0FBQzdKLFFBQU0sU0FBdUI7QUFBQSxJQUMzQixTQUFTLFFBQVEsUUFBUSxTQUFTO0FBQUEsSUFDbEMsY0FBYyxPQUFPLGFBQWEsV0FBVyxDQUFDLFFBQVEsSUFBSSxDQUFDLEdBQUcsUUFBUTtBQUFBLElBQ3RFLGNBQWMsUUFBUSxhQUFhLFNBQVM7QUFBQSxJQUM1QyxtQkFBbUIsUUFBUSxrQkFBa0I7QUFBQSxJQUM3QyxlQUFlLFFBQVEsY0FBYztBQUFBLElBQ3JDLGFBQWEsUUFBUSxZQUFZO0FBQUEsSUFDakMsU0FBUyxJQUFJLElBQUksUUFBUSxXQUFXLENBQUMsQ0FBQztBQUFBLElBQ3RDLG1CQUFtQixRQUFRLHFCQUFxQkEsVUFBUztBQUFBLElBQ3pELEdBQUc7QUFBQSxJQUNILGVBQ0UsT0FBTyxRQUFRLG9CQUFvQixXQUFXLGNBQWMsS0FBSyxVQUFVLFFBQVEsZUFBZSxDQUFDLEtBQUs7QUFBQSxJQUMxRyxnQkFBZ0IsT0FBTyxRQUFRLG9CQUFvQixXQUFXLENBQUMsSUFBSSxDQUFDLGtCQUFrQjtBQUFBLElBQ3RGLGFBQWEsUUFBUSxlQUFlQSxVQUFTO0FBQUEsSUFDN0M7QUFBQSxFQUNGO0FBQ0EsTUFBSSxXQUFXLE9BQU87QUFFcEIsVUFBTSxPQUFPLGFBQWEsV0FBVyxhQUFhO0FBQ2xELFVBQU0sUUFBUSxPQUFPLFdBQVcsT0FBTyxXQUFXLE1BQWdCLElBQUksT0FBTyxPQUFPLFNBQVMsV0FBVyxXQUFXLE9BQU8sUUFBUSxRQUFRLENBQUM7QUFDM0ksVUFBTSxjQUFjLE9BQU8sUUFBUSxRQUFRLFNBQVM7QUFBQSxFQUN0RCxPQUFPO0FBQ0wsUUFBSTtBQUNGLFlBQU0sY0FBYyxPQUFPLFdBQVcsT0FBTyxPQUFPLE1BQWdCLElBQUksV0FBVyxPQUFPLFFBQVEsUUFBUSxHQUFHLE1BQU07QUFBQSxJQUNySCxTQUFTLEdBQUc7QUFFVixVQUFJLGFBQWEsaUJBQWlCLFFBQVEsV0FBVyxXQUFjLEVBQUUsU0FBUyxlQUFlLEVBQUUsU0FBUyxZQUFZO0FBQ2xILGNBQU0sSUFBSSxjQUFjLEVBQUUsTUFBTSxFQUFFLFNBQVMsRUFBRSxPQUFPLENBQUMsR0FBRyxFQUFFLE9BQU8sWUFBWSxDQUFDO0FBQUEsTUFDaEY7QUFDQSxZQUFNO0FBQUEsSUFDUjtBQUFBLEVBQ0Y7QUFDQSxNQUFJLFFBQVEsV0FBVyxHQUFHO0FBQ3hCLFVBQU0sVUFBVSxRQUFRLFVBQVUsU0FBUyxRQUFRLE9BQU8sZ0NBQWdDLFFBQVEsZ0JBQWdCLENBQUMsQ0FBQyxNQUFNO0FBQzFILFVBQU0sSUFBSSxjQUFjLGFBQWEsd0JBQXdCLE9BQU8sRUFBRTtBQUFBLEVBQ3hFO0FBQ0EsU0FBTyxRQUFRLE1BQU0sUUFBUSxPQUFPLGdCQUFnQixJQUFJO0FBQzFEOzs7QUN4TnNRLFNBQVMsS0FBQUMsVUFBUztBQU94UixJQUFNLDJCQUEyQkMsR0FBRSxhQUFhO0FBQUEsRUFDOUMsVUFBVUEsR0FBRSxPQUFPLEVBQUUsSUFBSSxDQUFDLEVBQUUsU0FBUywwRkFBMEY7QUFBQSxFQUMvSCxNQUFNQSxHQUFFLEtBQUssVUFBVSxFQUFFLFNBQVMsNEJBQTRCO0FBQUEsRUFDOUQsT0FBT0EsR0FBRSxPQUFPLEVBQUUsSUFBSSxDQUFDLEVBQUUsU0FBUyxFQUFFLFNBQVMsdUNBQXVDLGdCQUFnQixLQUFLLElBQUksQ0FBQyxvQkFBb0I7QUFBQTtBQUFBLEVBRWxJLFNBQVNBLEdBQUUsT0FBTyxFQUFFLE9BQU8sRUFBRSxZQUFZLEVBQUUsSUFBSSxhQUFhLE9BQU8sRUFBRSxTQUFTLEVBQUUsU0FBUywwREFBMEQ7QUFBQSxFQUNuSixNQUFNQSxHQUFFLE9BQU8sRUFBRSxPQUFPLEVBQUUsWUFBWSxFQUFFLElBQUksYUFBYSxJQUFJLEVBQUUsU0FBUyxFQUFFLFNBQVMsMkNBQTJDO0FBQUEsRUFDOUgsU0FBU0EsR0FBRSxRQUFRLEVBQUUsU0FBUyxFQUFFLFNBQVMsNkNBQTZDO0FBQUEsRUFDdEYsU0FBU0EsR0FBRSxLQUFLLFFBQVEsRUFBRSxTQUFTLEVBQUUsU0FBUyxxRUFBcUU7QUFDckgsQ0FBQztBQVNNLElBQU0sdUJBQXVCQSxHQUNqQyxhQUFhO0FBQUEsRUFDWixTQUFTQSxHQUFFLE9BQU8sRUFBRSxTQUFTO0FBQUEsRUFDN0IsWUFBWUEsR0FBRSxNQUFNLHdCQUF3QjtBQUM5QyxDQUFDLEVBQ0EsWUFBWSxDQUFDQyxRQUFPLFFBQVE7QUFDM0IsUUFBTSxPQUFPLG9CQUFJLElBQW9CO0FBQ3JDLEVBQUFBLE9BQU0sV0FBVyxRQUFRLENBQUMsR0FBRyxNQUFNO0FBQ2pDLFVBQU0sUUFBUSxLQUFLLElBQUksRUFBRSxRQUFRO0FBQ2pDLFFBQUksVUFBVSxRQUFXO0FBQ3ZCLFVBQUksU0FBUyxFQUFFLE1BQU0sVUFBVSxNQUFNLENBQUMsY0FBYyxHQUFHLFVBQVUsR0FBRyxTQUFTLHNCQUFzQixLQUFLLFVBQVUsRUFBRSxRQUFRLENBQUMscUJBQXFCLEtBQUssbUNBQW1DLFFBQVEsRUFBRSxNQUFNLGVBQWUsRUFBRSxDQUFDO0FBQUEsSUFDOU4sTUFBTyxNQUFLLElBQUksRUFBRSxVQUFVLENBQUM7QUFDN0IsUUFBSSxFQUFFLFNBQVMsV0FBVyxFQUFFLFVBQVUsUUFBVztBQUMvQyxVQUFJLFNBQVMsRUFBRSxNQUFNLFVBQVUsTUFBTSxDQUFDLGNBQWMsR0FBRyxPQUFPLEdBQUcsU0FBUyw0Q0FBNEMsZ0JBQWdCLEtBQUssSUFBSSxDQUFDLHNCQUFzQixRQUFRLEVBQUUsTUFBTSx5QkFBeUIsRUFBRSxDQUFDO0FBQUEsSUFDcE47QUFDQSxRQUFJLEVBQUUsU0FBUyxXQUFXLEVBQUUsVUFBVSxRQUFXO0FBQy9DLFVBQUksU0FBUyxFQUFFLE1BQU0sVUFBVSxNQUFNLENBQUMsY0FBYyxHQUFHLE9BQU8sR0FBRyxTQUFTLHlCQUF5QixFQUFFLElBQUksb0RBQW9ELFFBQVEsRUFBRSxNQUFNLDhCQUE4QixFQUFFLENBQUM7QUFBQSxJQUNoTjtBQUFBLEVBQ0YsQ0FBQztBQUNILENBQUM7QUEyQkksSUFBTSw2QkFBTixjQUF5QyxNQUFNO0FBQUEsRUFFcEQsWUFBcUIsUUFBaUI7QUFDcEMsVUFBTSwyQkFBMkIsT0FBTyxXQUFXLElBQUksY0FBYyxHQUFHLE9BQU8sTUFBTSxXQUFXO0FBQUEsRUFBTyxPQUFPLElBQUksQ0FBQyxNQUFNLEtBQUssRUFBRSxPQUFPLEVBQUUsRUFBRSxLQUFLLElBQUksQ0FBQyxFQUFFO0FBRHBJO0FBQUEsRUFFckI7QUFBQSxFQUhTLE9BQU87QUFJbEI7QUFjTyxTQUFTLG9CQUFvQixPQUFnQztBQUNsRSxRQUFNLFNBQVMscUJBQXFCLFVBQVUsT0FBTyxFQUFFLGFBQWEsS0FBSyxDQUFDO0FBQzFFLE1BQUksT0FBTyxRQUFTLFFBQU8sT0FBTztBQUNsQyxRQUFNLElBQUk7QUFBQSxJQUNSLE9BQU8sTUFBTSxPQUFPLElBQUksQ0FBQyxNQUFNO0FBQzdCLFlBQU0sT0FBTyxFQUFFLFNBQVMsV0FBVyxPQUFRLEVBQUUsUUFBMEMsUUFBUSxRQUFRLElBQUksRUFBRTtBQUM3RyxZQUFNLE9BQU8sRUFBRSxLQUFLLElBQUksQ0FBQyxNQUFPLE9BQU8sTUFBTSxXQUFXLE9BQU8sQ0FBQyxJQUFJLENBQUU7QUFDdEUsYUFBTyxFQUFFLE1BQU0sTUFBTSxTQUFTLHNCQUFzQixDQUFDLEVBQUU7QUFBQSxJQUN6RCxDQUFDO0FBQUEsRUFDSDtBQUNGO0FBR0EsU0FBUyxzQkFBc0IsT0FBaUM7QUFDOUQsTUFBSSxNQUFNLFNBQVMsU0FBVSxRQUFPLEdBQUcsV0FBVyxNQUFNLElBQUksQ0FBQyxLQUFLLE1BQU0sT0FBTztBQUMvRSxNQUFJLE1BQU0sU0FBUyxxQkFBcUI7QUFFdEMsVUFBTSxRQUFRLE1BQU0sS0FBSyxXQUFXLElBQUksQ0FBQyxXQUFXLFlBQVksSUFBSSxPQUFPLEtBQUsseUJBQXlCLEtBQUs7QUFDOUcsVUFBTSxPQUFPLE1BQU0sS0FBSyxJQUFJLENBQUMsTUFBTSxLQUFLLFVBQVUsQ0FBQyxDQUFDLEVBQUUsS0FBSyxJQUFJO0FBQy9ELFdBQU8sR0FBRyxXQUFXLE1BQU0sSUFBSSxDQUFDLGtCQUFrQixNQUFNLEtBQUssV0FBVyxJQUFJLEtBQUssR0FBRyxJQUFJLElBQUksWUFBWSxNQUFNLEtBQUssSUFBSSxDQUFDO0FBQUEsRUFDMUg7QUFDQSxTQUFPLGFBQWEsS0FBZ0I7QUFDdEM7OztBNUNoSG1LLElBQU0sMkNBQTJDO0FBa0JwTixJQUFNLE9BQU8sY0FBYyxJQUFJLElBQUksU0FBUyx3Q0FBZSxDQUFDO0FBbUM1RCxTQUFTLE9BQU8sS0FBZSxNQUFxQztBQUNsRSxRQUFNLFNBQVMsb0JBQUksSUFBb0I7QUFDdkMsV0FBUyxJQUFJLEdBQUcsSUFBSSxJQUFJLFFBQVEsS0FBSztBQUNuQyxVQUFNLElBQUksSUFBSSxXQUFXLENBQUM7QUFDMUIsUUFBSSxNQUFNLG1CQUFvQixRQUFPLElBQUksSUFBSSxPQUFPLElBQUksQ0FBQyxLQUFLLEtBQUssQ0FBQztBQUFBLEVBQ3RFO0FBQ0EsUUFBTSxVQUFVLENBQUMsR0FBRyxNQUFNLEVBQUUsS0FBSyxDQUFDLEdBQUcsTUFBTSxFQUFFLENBQUMsSUFBSSxFQUFFLENBQUMsQ0FBQyxFQUFFLElBQUksQ0FBQyxDQUFDLENBQUMsTUFBTSxJQUFJLFlBQVksQ0FBQyxDQUFFO0FBQ3hGLFFBQU0sU0FBUyxJQUFJLFlBQVksSUFBSSxDQUFDLE1BQU0sS0FBSyxHQUFHLE9BQU8sQ0FBQztBQUMxRCxRQUFNLGNBQWMsQ0FBQyxHQUFHLElBQUksSUFBSSxNQUFNLENBQUM7QUFDdkMsUUFBTSxRQUFRLE9BQU8sSUFBSSxDQUFDLE1BQU0sWUFBWSxRQUFRLENBQUMsQ0FBQztBQUN0RCxRQUFNLGFBQWEsSUFBSSxXQUFXLElBQUksQ0FBQyxNQUFPLE1BQU0scUJBQXFCLElBQUksTUFBTSxDQUFDLENBQUc7QUFDdkYsU0FBTyxFQUFFLEdBQUcsS0FBSyxhQUFhLFdBQVc7QUFDM0M7QUFpQkEsZUFBc0IsUUFBUSxNQUFtQixVQUFrQyxDQUFDLEdBQXNDO0FBQ3hILFFBQU0sRUFBRSxXQUFXLFFBQVEsSUFBSSxPQUFPLE9BQU8sSUFBSTtBQUNqRCxRQUFNLE9BQU8sY0FBYyxJQUFJLElBQUksTUFBTSxLQUFLLElBQUksSUFBSSxVQUFVLElBQUksRUFBRSxDQUFDO0FBQ3ZFLE1BQUksQ0FBQyxXQUFXLElBQUksR0FBRztBQUNyQixVQUFNLFVBQ0oscUJBQXFCLEtBQUssSUFBSSxtQ0FBbUMsS0FBSyxJQUFJLGdGQUNwQyxLQUFLLEdBQUcsbUJBQW1CLEtBQUssUUFBUTtBQUNoRixRQUFJLFNBQVUsT0FBTSxJQUFJLE1BQU0sUUFBUSxRQUFRLE1BQU0sS0FBSyxJQUFJLElBQUksSUFBSSxDQUFDO0FBRXRFLFlBQVEsS0FBSyxlQUFlLE9BQU8sRUFBRTtBQUNyQyxXQUFPLEVBQUUsVUFBVSxLQUFLLFVBQVUsUUFBUTtBQUFBLEVBQzVDO0FBQ0EsUUFBTSxNQUFNLE1BQU0sYUFBYSxpQkFBaUIsSUFBSSxHQUFHLEtBQUssU0FBUyxLQUFLLE9BQU87QUFDakYsUUFBTSxpQkFBaUIsS0FBSyxpQkFDeEIsb0JBQW9CLEtBQUssTUFBTSxhQUFhLEdBQUcsSUFBSSxHQUFHLEtBQUssY0FBYyxJQUFJLE1BQU0sQ0FBQyxDQUFDLElBQ3JGO0FBQ0osUUFBTSxVQUFVLFlBQVksT0FBTyxLQUFLLEtBQUssSUFBSSxHQUFHLEVBQUUsSUFBSSxLQUFLLElBQUksTUFBTSxLQUFLLE1BQU0sR0FBSSxrQkFBa0IsRUFBRSxlQUFlLEVBQUcsQ0FBQztBQUMvSCxRQUFNLFNBQVMsV0FBVyxHQUFHO0FBRzdCLFFBQU0sWUFBWSxFQUFFLEdBQUcsUUFBUSxnQkFBZ0IsT0FBTyxlQUFlLE1BQU0sR0FBRyxFQUFFLEdBQUcsaUJBQWlCLE9BQU8sZ0JBQWdCLE1BQU0sR0FBRyxFQUFFLEVBQUU7QUFDeEksU0FBTyxFQUFFLFVBQVUsS0FBSyxVQUFVLFFBQVEsV0FBVyxRQUFRO0FBQy9EOzs7QTZDbEdBLElBQU0sT0FBTyxvQkFBSSxJQUFJO0FBQUEsRUFDbkIsQ0FBQyxLQUFLLGdCQUFnQjtBQUFBLEVBQ3RCLENBQUMsS0FBSyxnQkFBZ0I7QUFBQSxFQUN0QixDQUFDLEtBQUssWUFBWTtBQUFBLEVBQ2xCLENBQUMsS0FBSyxXQUFXO0FBQ25CLENBQUM7QUFFRCxJQUFPLHNCQUFRO0FBQUEsRUFDYixNQUFNLE1BQ0osUUFBUTtBQUFBLElBQ04sTUFBTTtBQUFBLElBQ04sS0FBSztBQUFBLElBQ0wsVUFBVTtBQUFBLElBQ1YsSUFBSTtBQUFBLElBQ0osTUFBTTtBQUFBLElBQ04sU0FBUyxFQUFFLE1BQU0sV0FBVyxVQUFVLFlBQVksV0FBVyxzQkFBc0IsWUFBWSxhQUFhLFNBQVMsQ0FBQyxHQUFHLEVBQUU7QUFBQSxJQUMzSCxTQUFTLEVBQUUsV0FBVyxJQUFJO0FBQUEsSUFDMUIsZ0JBQWdCO0FBQUEsSUFDaEIsTUFBTSxDQUFDLFVBQVUsS0FBSyxJQUFJLEtBQUssS0FBSztBQUFBLEVBQ3RDLENBQUM7QUFDTDsiLAogICJuYW1lcyI6IFsiaWQiLCAiTVNfUEVSX01JTlVURSIsICJNU19QRVJfTUlOVVRFIiwgIm1lZGlhbiIsICJ6IiwgIk1TX1BFUl9NSU5VVEUiLCAibWludXRlcyIsICJtaW51dGVzIiwgIkRFRkFVTFRTIiwgIk1TX1BFUl9NSU5VVEUiLCAibWludXRlcyIsICJuYW1lcyIsICJERUZBVUxUUyIsICJpZCIsICJtaW51dGVzIiwgImRhdGEiLCAidmFsdWUiLCAiam9pbmVkIiwgInZhbHVlIiwgInZhbHVlIiwgIldIT0xFIiwgInF1b3RlIiwgInF1b3RlIiwgIk5vZGVCdWZmZXIiLCAiam9pbmVkIiwgInF1b3RlIiwgImZpZWxkIiwgImZpcnN0IiwgInF1b3RlZCIsICJsaXN0IiwgInF1ZXVlIiwgInZhbHVlIiwgIk1TX1BFUl9EQVkiLCAiUExVUyIsICJIWVBIRU4iLCAiWiIsICJaX0xPV0VSIiwgIkRFRkFVTFRTIiwgInoiLCAieiIsICJ2YWx1ZSJdCn0K
