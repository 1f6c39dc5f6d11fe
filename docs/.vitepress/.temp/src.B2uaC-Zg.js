var __defProp = Object.defineProperty;
var __defNormalProp = (obj, key, value2) => key in obj ? __defProp(obj, key, { enumerable: true, configurable: true, writable: true, value: value2 }) : obj[key] = value2;
var __publicField = (obj, key, value2) => __defNormalProp(obj, typeof key !== "symbol" ? key + "" : key, value2);
import { z } from "zod";
import { p as probabilitySource, a as probabilitySplit, w as wanderMetrics, c as changeLabel } from "./service-diff.BR74DRsA.js";
import { s } from "./service-diff.BR74DRsA.js";
import graphology from "graphology";
import Papa from "papaparse";
import { SaxesParser } from "saxes";
const id$1 = z.string().min(1).describe("A non-empty identifier; any string works, `__proto__` included.");
const minutes = z.number().finite().nonnegative();
const STANDARD_WASTES = [
  "delay",
  "duplication",
  "movement",
  "unclear-communication",
  "incorrect-inventory",
  "opportunity-lost",
  "errors"
];
const LANES = ["frontstage", "backstage", "support"];
const STEP_TYPES = ["value", "necessary", "waste"];
const OUTCOMES = ["resolved", "abandoned"];
const wasteCategory = z.string().min(1).describe(`Waste category: one of ${STANDARD_WASTES.join(", ")}, or any other non-empty string as a custom category.`);
const DepartmentSchema = z.strictObject({
  id: id$1,
  name: z.string().optional().describe("Display name; defaults to the id."),
  lane: z.enum(LANES).optional().describe("Blueprint lane: frontstage (the customer sees it, the default), backstage or support.")
}).describe("A department, team or organisation unit the customer meets or depends on.");
const StepSchema = z.strictObject({
  name: z.string().min(1).describe("What happens, from the customer's point of view."),
  type: z.enum(STEP_TYPES).describe("value: the customer would pay for it; necessary: required (law, safety), reduce it; waste: remove it."),
  waste: wasteCategory.optional(),
  minutes: minutes.describe("The customer's time on this step, in minutes."),
  cost: z.number().finite().nonnegative().optional().describe("The organisation's cost of this step.")
}).describe("One step of a touchpoint.");
const TouchpointSchema = z.strictObject({
  id: id$1,
  name: z.string().optional().describe("Display name; defaults to the id."),
  department: id$1.describe("The id of the department that owns this touchpoint."),
  channel: z.string().optional().describe("Free text: phone, desk, web, letter, …"),
  entry: z.union([z.boolean(), z.number().finite().nonnegative()]).optional().describe("Entry weight: customers start here (true = 1). At least one touchpoint needs one."),
  outcome: z.enum(OUTCOMES).optional().describe("Terminal touchpoints only: the customer's trip ends here, resolved or abandoned."),
  steps: z.array(StepSchema).describe("The steps of a visit, in order."),
  group: id$1.optional().describe(
    "The id of the touchpoint this one refines (a mined model's history): touchpoints of one group share its name and department and are drawn and addressed as one."
  )
}).describe("A place where the customer meets the service.");
const TransitionSchema = z.strictObject({
  from: id$1.describe("The touchpoint the customer leaves."),
  to: id$1.describe("The touchpoint the customer goes to next."),
  probability: z.number().finite().min(0).max(1).optional().describe("Share of customers leaving `from` who go to `to`."),
  volume: z.number().finite().nonnegative().optional().describe("Count of customers taking this transition; used for the probabilities when none are given."),
  wait: minutes.optional().describe("Minutes the customer waits between the two touchpoints (waste, `delay` by default)."),
  waste: wasteCategory.optional().describe("Waste category of the wait; `delay` by default."),
  failure: z.boolean().optional().describe("The visit this transition leads to is failure demand.")
}).describe("A move from one touchpoint to another.");
const ServiceSchema = z.strictObject({
  $schema: z.string().optional().describe("The JSON Schema of this file, for editors."),
  id: id$1,
  name: z.string().optional(),
  volume: z.number().finite().nonnegative().optional().describe("Customers per year, for yearly totals."),
  currency: z.string().optional().describe("Currency of the cost fields, e.g. EUR."),
  departments: z.array(DepartmentSchema).min(1),
  touchpoints: z.array(TouchpointSchema).min(1),
  transitions: z.array(TransitionSchema)
}).describe("A hukka service model, version 1.");
const MESSAGE_LIMIT = 20;
class InvalidServiceError extends Error {
  constructor(issues, warnings = []) {
    const head = issues.length === 1 ? "1 problem" : `${issues.length} problems`;
    const shown = issues.slice(0, MESSAGE_LIMIT).map((i) => `  ${i.message}`);
    if (issues.length > MESSAGE_LIMIT) shown.push(`  … and ${issues.length - MESSAGE_LIMIT} more (see .issues)`);
    super(`invalid service model (${head}):
${shown.join("\n")}`);
    __publicField(this, "name", "InvalidServiceError");
    __publicField(this, "issues");
    __publicField(this, "warnings");
    this.issues = issues;
    this.warnings = warnings;
  }
}
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
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
const LIST_LIMIT = 10;
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
      return `must be ${p.inclusive ? "≥" : ">"} ${p.minimum}, got ${value(p.input)}`;
    case "too_big":
      return `must be ${p.inclusive ? "≤" : "<"} ${p.maximum}, got ${value(p.input)}`;
    case "unrecognized_keys": {
      const known = knownFields(p.path);
      return `unknown ${plural(p.keys.length, "field")} ${p.keys.map(quote).join(", ")}${known ? ` (known: ${known.join(", ")})` : ""}`;
    }
    case "invalid_value":
      return `unknown ${String(p.path.at(-1) ?? "value")} ${value(p.input)} (known: ${p.values.map(String).join(", ")})`;
    case "invalid_union":
      return p.path.at(-1) === "entry" ? `expected true, false or an entry weight ≥ 0, got ${value(p.input)}` : `invalid value ${value(p.input)}`;
    case "invalid_format":
    case "not_multiple_of":
    case "invalid_key":
    case "invalid_element":
    case "custom":
      return `${p.message}${p.input === void 0 ? "" : `, got ${value(p.input)}`}`;
    case "duplicate_id":
      return `duplicate ${p.kind} id ${quote(p.id)} (already used at ${formatPath(p.first)}); give each ${p.kind} its own id`;
    case "unknown_department":
      return `unknown department ${quote(p.value)} (known: ${list(p.known)})`;
    case "unknown_touchpoint":
      return `unknown touchpoint ${quote(p.value)} (known: ${list(p.known)})`;
    case "duplicate_transition":
      return `duplicate transition ${quote(p.from)} → ${quote(p.to)} (already at transitions[${p.first}]); a pair of touchpoints has at most one transition: merge them`;
    case "no_entry":
      return `no entry: no touchpoint has an entry weight > 0; add "entry": true to the touchpoint where customers start`;
    case "missing_outcome":
      return `touchpoint ${quote(p.id)} is a dead end: no transition leaves it and it has no outcome; add "outcome": "resolved" or "abandoned", or a transition out of it`;
    case "outcome_with_exits":
      return `touchpoint ${quote(p.id)} has outcome ${quote(p.outcome)} but transitions leave it (${refs(p.transitions)}); an outcome ends the trip: remove the outcome or those transitions`;
    case "probabilities_do_not_sum_to_one":
      return `probabilities out of touchpoint ${quote(p.id)} sum to ${round$1(p.sum)}, not 1 (${refs(p.transitions)}); make them add up to 1`;
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
    (t) => `transitions[${t.index}] → ${quote(t.to)}${t.probability === void 0 ? "" : ` ${round$1(t.probability)}`}`
  );
  const rest = transitions.length - shown.length;
  return shown.join(", ") + (rest > 0 ? ` and ${rest.toLocaleString("en-US")} more` : "");
}
function list(ids) {
  if (ids.length === 0) return "none";
  const rest = ids.length - LIST_LIMIT;
  return ids.slice(0, LIST_LIMIT).join(", ") + (rest > 0 ? `, … and ${rest.toLocaleString("en-US")} more` : "");
}
function value(input) {
  if (typeof input === "string") return quote(input);
  if (input === null) return "null";
  if (Array.isArray(input)) return "an array";
  if (typeof input === "object") return "an object";
  return String(input);
}
function quote(text) {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}…` : text);
}
function article(type) {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
function plural(n, word) {
  return n === 1 ? word : `${word}s`;
}
function round$1(x) {
  return Number(x.toPrecision(12));
}
function entryWeight(entry) {
  return entry === true ? 1 : entry === false || entry === void 0 ? 0 : entry;
}
function journeyEndProblems(view, index) {
  const problems = [];
  const touchpoints = view.touchpoints ?? [];
  const entriesKnown = Array.isArray(view.touchpoints) && touchpoints.every((t) => t !== null && t.entry !== null);
  if (entriesKnown && touchpoints.length > 0 && !touchpoints.some((t) => entryWeight(t.entry ?? void 0) > 0)) {
    problems.push({ code: "no_entry", path: ["touchpoints"] });
  }
  touchpoints.forEach((t, i) => {
    if (!index.isNode[i]) return;
    const id2 = t.id;
    const start = index.exitStart[i];
    const end = index.exitStart[i + 1];
    if (t.outcome === void 0 && start === end && index.exitsKnown) {
      problems.push({ code: "missing_outcome", path: ["touchpoints", i], id: id2 });
    }
    if (typeof t.outcome === "string" && start < end) {
      const exits = Array.from(index.exits.subarray(start, end));
      problems.push({
        code: "outcome_with_exits",
        path: ["touchpoints", i, "outcome"],
        id: id2,
        outcome: t.outcome,
        transitions: exits.map((e) => ({ index: e, to: view.transitions[e].to ?? "?" }))
      });
    }
  });
  return problems;
}
function lenientService(input) {
  const root = record(input);
  return {
    departments: records(root, "departments", (d) => ({ id: field(d, "id", DepartmentSchema.shape.id) })),
    touchpoints: records(root, "touchpoints", (t) => ({
      id: field(t, "id", TouchpointSchema.shape.id),
      department: field(t, "department", TouchpointSchema.shape.department),
      entry: field(t, "entry", TouchpointSchema.shape.entry),
      outcome: field(t, "outcome", TouchpointSchema.shape.outcome),
      steps: records(t, "steps", (s2) => ({
        name: field(s2, "name", StepSchema.shape.name),
        type: field(s2, "type", StepSchema.shape.type),
        waste: field(s2, "waste", StepSchema.shape.waste)
      }))
    })),
    transitions: records(root, "transitions", (t) => ({
      from: field(t, "from", TransitionSchema.shape.from),
      to: field(t, "to", TransitionSchema.shape.to),
      probability: field(t, "probability", TransitionSchema.shape.probability),
      volume: field(t, "volume", TransitionSchema.shape.volume)
    }))
  };
}
function record(value2) {
  return typeof value2 === "object" && value2 !== null && !Array.isArray(value2) ? value2 : null;
}
function field(object, key, schema) {
  if (!Object.hasOwn(object, key) || object[key] === void 0) return void 0;
  const result = schema.safeParse(object[key]);
  return result.success ? result.data : null;
}
function records(parent, key, read) {
  if (parent === null) return null;
  if (!Object.hasOwn(parent, key) || parent[key] === void 0) return void 0;
  const list2 = parent[key];
  if (!Array.isArray(list2)) return null;
  return Array.from(list2, (item) => {
    const r = record(item);
    return r === null ? null : read(r);
  });
}
function modelIndex(view) {
  var _a;
  const departments = /* @__PURE__ */ new Map();
  let departmentsKnown = Array.isArray(view.departments);
  (view.departments ?? []).forEach((d, i) => {
    if (typeof (d == null ? void 0 : d.id) !== "string") departmentsKnown = false;
    else if (!departments.has(d.id)) departments.set(d.id, i);
  });
  const touchpointList = view.touchpoints ?? [];
  const n = touchpointList.length;
  const touchpoints = /* @__PURE__ */ new Map();
  const isNode = new Uint8Array(n);
  let touchpointsKnown = Array.isArray(view.touchpoints);
  for (let i = 0; i < n; i++) {
    const id2 = (_a = touchpointList[i]) == null ? void 0 : _a.id;
    if (typeof id2 !== "string") touchpointsKnown = false;
    else if (!touchpoints.has(id2)) touchpoints.set(id2, i), isNode[i] = 1;
  }
  const transitionList = view.transitions ?? [];
  const m = transitionList.length;
  const from = new Int32Array(m).fill(-1);
  const to = new Int32Array(m).fill(-1);
  const exitStart = new Int32Array(n + 1);
  let exitsKnown = Array.isArray(view.transitions);
  for (let e = 0; e < m; e++) {
    const t = transitionList[e];
    if (typeof (t == null ? void 0 : t.from) !== "string") exitsKnown = false;
    else from[e] = touchpoints.get(t.from) ?? -1;
    if (typeof (t == null ? void 0 : t.to) === "string") to[e] = touchpoints.get(t.to) ?? -1;
    if (from[e] >= 0) exitStart[from[e] + 1]++;
  }
  for (let i = 0; i < n; i++) exitStart[i + 1] += exitStart[i];
  const fill = exitStart.slice(0, n);
  const exits = new Int32Array(exitStart[n]);
  for (let e = 0; e < m; e++) if (from[e] >= 0) exits[fill[from[e]]++] = e;
  return { departments, touchpoints, isNode, from, to, exitStart, exits, departmentsKnown, touchpointsKnown, exitsKnown };
}
const SUM_TOLERANCE = 1e-6;
function probabilityProblems(view, index) {
  const problems = [];
  const n = index.isNode.length;
  const seen = new Int32Array(n);
  const transitions = [];
  const exits = [];
  for (let v = 0; v < n; v++) {
    transitions.length = exits.length = 0;
    let readable = true;
    for (let k = index.exitStart[v]; k < index.exitStart[v + 1]; k++) {
      const e = index.exits[k];
      const t = view.transitions[e];
      const w = index.to[e];
      if (t.probability === null || t.volume === null || w >= 0 && seen[w] === v + 1) readable = false;
      if (w >= 0) seen[w] = v + 1;
      transitions.push(t);
      exits.push(e);
    }
    if (transitions.length === 0 || !readable) continue;
    const problem = splitProblem(view.touchpoints[v].id, ["touchpoints", v], transitions, exits);
    if (problem) problems.push(problem);
  }
  return problems;
}
function splitProblem(id2, path, transitions, exits) {
  const ref = (t, k) => ({
    index: exits[k],
    to: t.to ?? "?",
    ...typeof t.probability === "number" ? { probability: t.probability } : {}
  });
  const given = transitions.filter((t) => t.probability !== void 0).length;
  const source = probabilitySource(transitions);
  if (given > 0 && given < transitions.length) {
    const without = transitions.map(ref).filter((r) => r.probability === void 0);
    return { code: "mixed_probabilities", path, id: id2, without, given };
  }
  if (source === "probability") {
    let sum = 0;
    for (const t of transitions) sum += t.probability;
    return Math.abs(sum - 1) > SUM_TOLERANCE ? { code: "probabilities_do_not_sum_to_one", path, id: id2, sum, transitions: transitions.map(ref) } : null;
  }
  if (source === "volume") return null;
  const withVolume = transitions.filter((t) => t.volume !== void 0).length;
  if (withVolume === transitions.length) return { code: "zero_volumes", path, id: id2, count: transitions.length };
  if (withVolume > 0) {
    const without = transitions.map(ref).filter((_, k) => transitions[k].volume === void 0);
    return { code: "mixed_volumes", path, id: id2, without, given: withVolume };
  }
  return transitions.length > 1 ? { code: "uniform_split", path, id: id2, count: transitions.length } : null;
}
const WARNING_CODES = /* @__PURE__ */ new Set(["unreachable_touchpoint", "uniform_split"]);
function strongComponents(start, targets, include) {
  const n = include.length;
  const order = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const next = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const component = new Int32Array(n).fill(-1);
  const stack = [];
  const calls = [];
  let counter = 0;
  let components2 = 0;
  const visit = (v) => {
    order[v] = low[v] = counter++;
    next[v] = start[v];
    stack.push(v);
    onStack[v] = 1;
    calls.push(v);
  };
  for (let root = 0; root < n; root++) {
    if (!include[root] || order[root] !== -1) continue;
    visit(root);
    while (calls.length > 0) {
      const v = calls[calls.length - 1];
      if (next[v] < start[v + 1]) {
        const w = targets[next[v]++];
        if (!include[w]) continue;
        if (order[w] === -1) visit(w);
        else if (onStack[w]) low[v] = Math.min(low[v], order[w]);
        continue;
      }
      calls.pop();
      const parent = calls[calls.length - 1];
      if (parent !== void 0) low[parent] = Math.min(low[parent], low[v]);
      if (low[v] === order[v]) {
        let w;
        do {
          w = stack.pop();
          onStack[w] = 0;
          component[w] = components2;
        } while (w !== v);
        components2++;
      }
    }
  }
  return component;
}
function reachabilityProblems(view, index) {
  var _a;
  if (!Array.isArray(view.touchpoints) || !index.exitsKnown) return [];
  const touchpoints = view.touchpoints;
  const n = touchpoints.length;
  const { isNode } = index;
  const { start, targets, openEnd } = positiveEdges(view, index);
  const reachable = new Uint8Array(n);
  const queue = new Int32Array(n);
  let tail = 0;
  for (let i = 0; i < n; i++) {
    const entry = (_a = touchpoints[i]) == null ? void 0 : _a.entry;
    if (isNode[i] && (entry === null || entryWeight(entry) > 0)) reachable[i] = 1, queue[tail++] = i;
  }
  if (tail === 0) return [];
  for (let q = 0; q < tail; q++) {
    const v = queue[q];
    for (let e = start[v]; e < start[v + 1]; e++) {
      const w = targets[e];
      if (!reachable[w]) reachable[w] = 1, queue[tail++] = w;
    }
  }
  const canFinish = new Uint8Array(n);
  const back = reverse(start, targets, n);
  tail = 0;
  for (let i = 0; i < n; i++) {
    const deadEnd = start[i] === start[i + 1];
    if (isNode[i] && (touchpoints[i].outcome !== void 0 || deadEnd || openEnd[i])) canFinish[i] = 1, queue[tail++] = i;
  }
  for (let q = 0; q < tail; q++) {
    const w = queue[q];
    for (let e = back.start[w]; e < back.start[w + 1]; e++) {
      const v = back.targets[e];
      if (!canFinish[v]) canFinish[v] = 1, queue[tail++] = v;
    }
  }
  const problems = [];
  const stuck = new Uint8Array(n);
  let anyStuck = false;
  for (let i = 0; i < n; i++) if (reachable[i] && !canFinish[i]) stuck[i] = 1, anyStuck = true;
  if (anyStuck) problems.push(...loopProblems(view, start, targets, stuck));
  for (let i = 0; i < n; i++) {
    if (isNode[i] && !reachable[i]) problems.push({ code: "unreachable_touchpoint", path: ["touchpoints", i], id: touchpoints[i].id });
  }
  return problems;
}
function positiveEdges(view, index) {
  const n = index.isNode.length;
  const start = new Int32Array(n + 1);
  const targets = new Int32Array(index.exits.length);
  const openEnd = new Uint8Array(n);
  const transitions = [];
  let size = 0;
  for (let v = 0; v < n; v++) {
    start[v] = size;
    transitions.length = 0;
    for (let k = index.exitStart[v]; k < index.exitStart[v + 1]; k++) transitions.push(view.transitions[index.exits[k]]);
    const source = probabilitySource(transitions);
    for (let k = index.exitStart[v]; k < index.exitStart[v + 1]; k++) {
      const e = index.exits[k];
      const t = view.transitions[e];
      const w = index.to[e];
      if (w < 0) openEnd[v] = 1;
      else if (source === "uniform" || (source === "probability" ? t.probability > 0 : t.volume > 0)) targets[size++] = w;
    }
  }
  start[n] = size;
  return { start, targets: targets.subarray(0, size), openEnd };
}
function reverse(start, targets, n) {
  const backStart = new Int32Array(n + 1);
  for (const w of targets) backStart[w + 1]++;
  for (let i = 0; i < n; i++) backStart[i + 1] += backStart[i];
  const fill = backStart.slice(0, n);
  const backTargets = new Int32Array(targets.length);
  for (let v = 0; v < n; v++) for (let e = start[v]; e < start[v + 1]; e++) backTargets[fill[targets[e]]++] = v;
  return { start: backStart, targets: backTargets };
}
function loopProblems(view, start, targets, stuck) {
  const component = strongComponents(start, targets, stuck);
  const leaves = /* @__PURE__ */ new Set();
  for (let v = 0; v < stuck.length; v++) {
    if (!stuck[v]) continue;
    for (let e = start[v]; e < start[v + 1]; e++) if (component[targets[e]] !== component[v]) leaves.add(component[v]);
  }
  const loops = /* @__PURE__ */ new Map();
  const firsts = [];
  for (let v = 0; v < stuck.length; v++) {
    const c = component[v];
    if (!stuck[v] || leaves.has(c)) continue;
    const loop = loops.get(c);
    if (loop) loop.push(view.touchpoints[v].id);
    else loops.set(c, [view.touchpoints[v].id]), firsts.push(v);
  }
  return firsts.map((v) => ({ code: "unreachable_outcome", path: ["touchpoints", v], loop: loops.get(component[v]) }));
}
function referenceProblems(view, index) {
  const problems = [];
  let knownDepartments;
  let knownTouchpoints;
  (view.departments ?? []).forEach((d, i) => {
    if (typeof (d == null ? void 0 : d.id) !== "string") return;
    const first = index.departments.get(d.id);
    if (first !== i) problems.push({ code: "duplicate_id", path: ["departments", i, "id"], kind: "department", id: d.id, first: ["departments", first] });
  });
  (view.touchpoints ?? []).forEach((t, i) => {
    if (typeof (t == null ? void 0 : t.id) === "string" && !index.isNode[i]) {
      const first = index.touchpoints.get(t.id);
      problems.push({ code: "duplicate_id", path: ["touchpoints", i, "id"], kind: "touchpoint", id: t.id, first: ["touchpoints", first] });
    }
    if (index.departmentsKnown && typeof (t == null ? void 0 : t.department) === "string" && !index.departments.has(t.department)) {
      problems.push({ code: "unknown_department", path: ["touchpoints", i, "department"], value: t.department, known: knownDepartments ?? (knownDepartments = [...index.departments.keys()]) });
    }
  });
  if (index.touchpointsKnown) {
    (view.transitions ?? []).forEach((t, e) => {
      for (const end of ["from", "to"]) {
        const id2 = t == null ? void 0 : t[end];
        if (typeof id2 === "string" && index[end][e] === -1) {
          problems.push({ code: "unknown_touchpoint", path: ["transitions", e, end], value: id2, known: knownTouchpoints ?? (knownTouchpoints = [...index.touchpoints.keys()]) });
        }
      }
    });
  }
  problems.push(...duplicateTransitions(view, index));
  return problems;
}
function duplicateTransitions(view, index) {
  const n = index.isNode.length;
  const seen = new Int32Array(n);
  const firstAt = new Int32Array(n);
  const duplicates = [];
  for (let v = 0; v < n; v++) {
    for (let k = index.exitStart[v]; k < index.exitStart[v + 1]; k++) {
      const e = index.exits[k];
      const w = index.to[e];
      if (w < 0) continue;
      if (seen[w] !== v + 1) seen[w] = v + 1, firstAt[w] = e;
      else duplicates.push({ code: "duplicate_transition", path: ["transitions", e], from: view.transitions[e].from, to: view.transitions[e].to, first: firstAt[w] });
    }
  }
  return duplicates.sort((a, b) => a.path[1] - b.path[1]);
}
function stepProblems(view) {
  const problems = [];
  (view.touchpoints ?? []).forEach((t, i) => {
    ((t == null ? void 0 : t.steps) ?? []).forEach((s2, k) => {
      if (s2 === null) return;
      const path = ["touchpoints", i, "steps", k, "waste"];
      const step = typeof s2.name === "string" ? s2.name : `#${k}`;
      if (s2.type === "waste" && s2.waste === void 0) problems.push({ code: "missing_waste_category", path, step });
      if ((s2.type === "value" || s2.type === "necessary") && typeof s2.waste === "string") {
        problems.push({ code: "unexpected_waste_category", path, step, type: s2.type, waste: s2.waste });
      }
    });
  });
  return problems;
}
function safeParseService(input) {
  const parsed = ServiceSchema.safeParse(input, { reportInput: true });
  const view = parsed.success ? parsed.data : lenientService(input);
  const problems = [...parsed.success ? [] : parsed.error.issues, ...graphProblems(view)];
  const issues = [];
  const warnings = [];
  for (const problem of problems) {
    const issue = { code: problem.code, path: problem.path.map(pathKey), message: issueMessage(problem) };
    (WARNING_CODES.has(problem.code) ? warnings : issues).push(issue);
  }
  return parsed.success && issues.length === 0 ? { success: true, data: parsed.data, warnings } : { success: false, issues, warnings };
}
function parseService(input) {
  const result = safeParseService(input);
  if (!result.success) throw new InvalidServiceError(result.issues, result.warnings);
  return result.data;
}
function graphProblems(view) {
  const index = modelIndex(view);
  return [
    ...referenceProblems(view, index),
    ...journeyEndProblems(view, index),
    ...stepProblems(view),
    ...probabilityProblems(view, index),
    ...reachabilityProblems(view, index)
  ];
}
function pathKey(key) {
  return typeof key === "number" ? key : String(key);
}
function serviceJsonSchema() {
  const schema = z.toJSONSchema(ServiceSchema, { target: "draft-2020-12" });
  return { $schema: schema.$schema, title: "hukka service model", ...schema };
}
function transitionProbabilities(service) {
  const { probabilities, uniform } = probabilitySplit(service);
  const warnings = [];
  if (uniform.length === 0) return { probabilities, warnings };
  const count = new Map(uniform.map((u) => [u.id, u.count]));
  service.touchpoints.forEach((touchpoint, tp) => {
    const exits = count.get(touchpoint.id);
    if (exits === void 0) return;
    count.delete(touchpoint.id);
    const problem = { code: "uniform_split", path: ["touchpoints", tp], id: touchpoint.id, count: exits };
    warnings.push({ code: problem.code, path: problem.path, message: issueMessage(problem) });
  });
  return { probabilities, warnings };
}
const { DirectedGraph } = graphology;
function serviceGraph(service) {
  const departments = new Map(
    service.departments.map((d) => [d.id, { name: d.name ?? d.id, lane: d.lane ?? "frontstage" }])
  );
  const keys = /* @__PURE__ */ new Map();
  const { probabilities, warnings } = transitionProbabilities(service);
  const graph = new DirectedGraph();
  graph.replaceAttributes({ service, keys, departments, warnings });
  service.touchpoints.forEach((t, i) => {
    var _a;
    const key = `t${i}`;
    keys.set(t.id, key);
    graph.addNode(key, touchpointAttributes(t, ((_a = departments.get(t.department)) == null ? void 0 : _a.lane) ?? "frontstage"));
  });
  service.transitions.forEach((t, i) => {
    graph.addDirectedEdge(keys.get(t.from), keys.get(t.to), {
      from: t.from,
      to: t.to,
      probability: probabilities[i],
      volume: t.volume ?? null,
      wait: t.wait ?? 0,
      waste: t.waste ?? "delay",
      failure: t.failure ?? false
    });
  });
  return graph;
}
function touchpointKey(graph, id2) {
  return graph.getAttribute("keys").get(id2) ?? null;
}
function touchpointAttributes(t, lane) {
  const sum = (type) => t.steps.reduce((s2, step) => type === void 0 || step.type === type ? s2 + step.minutes : s2, 0);
  return {
    id: t.id,
    name: t.name ?? t.id,
    department: t.department,
    lane,
    channel: t.channel ?? null,
    entry: entryWeight(t.entry),
    outcome: t.outcome ?? null,
    steps: t.steps.map((s2) => ({ ...s2 })),
    minutes: sum(),
    valueMinutes: sum("value"),
    necessaryMinutes: sum("necessary"),
    wasteMinutes: sum("waste"),
    cost: t.steps.reduce((s2, step) => s2 + (step.cost ?? 0), 0),
    wasteCost: t.steps.reduce((s2, step) => s2 + (step.type === "waste" ? step.cost ?? 0 : 0), 0)
  };
}
function attributedWaste(chain, visits) {
  const waste = new Float64Array(chain.n);
  for (let i = 0; i < chain.n; i++) waste[i] = visits[i] * chain.wasteMinutes[i];
  for (let e = 0; e < chain.m; e++) {
    if (chain.wait[e] > 0) waste[chain.to[e]] += visits[chain.from[e]] * chain.p[e] * chain.wait[e];
  }
  return waste;
}
function flowSystem(n, from, to, p, keep) {
  const inPtr = new Int32Array(n + 1);
  let count = 0;
  for (let e = 0; e < from.length; e++) {
    if (!keep(e)) continue;
    inPtr[to[e] + 1]++;
    count++;
  }
  for (let i = 0; i < n; i++) inPtr[i + 1] += inPtr[i];
  const fill = inPtr.slice(0, n);
  const inSrc = new Int32Array(count);
  const inP = new Float64Array(count);
  for (let e = 0; e < from.length; e++) {
    if (!keep(e)) continue;
    const k = fill[to[e]]++;
    inSrc[k] = from[e];
    inP[k] = p[e];
  }
  return { n, inPtr, inSrc, inP, ...components(n, inPtr, inSrc) };
}
function components(n, inPtr, inSrc) {
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack = new Int32Array(n);
  const callNode = new Int32Array(n);
  const callEdge = new Int32Array(n);
  const order = new Int32Array(n);
  const start = [0];
  const component = new Int32Array(n);
  const position = new Int32Array(n);
  let sp = 0;
  let emitted = 0;
  let counter = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    let top = 0;
    index[root] = low[root] = counter++;
    stack[sp++] = root;
    onStack[root] = 1;
    callNode[0] = root;
    callEdge[0] = inPtr[root];
    while (top >= 0) {
      const v = callNode[top];
      const k = callEdge[top];
      if (k < inPtr[v + 1]) {
        callEdge[top] = k + 1;
        const w2 = inSrc[k];
        if (index[w2] === -1) {
          index[w2] = low[w2] = counter++;
          stack[sp++] = w2;
          onStack[w2] = 1;
          top++;
          callNode[top] = w2;
          callEdge[top] = inPtr[w2];
        } else if (onStack[w2] && index[w2] < low[v]) {
          low[v] = index[w2];
        }
        continue;
      }
      top--;
      if (top >= 0) {
        const u = callNode[top];
        if (low[v] < low[u]) low[u] = low[v];
      }
      if (low[v] !== index[v]) continue;
      const c = start.length - 1;
      let w;
      const first = emitted;
      do {
        w = stack[--sp];
        onStack[w] = 0;
        component[w] = c;
        position[w] = emitted - first;
        order[emitted++] = w;
      } while (w !== v);
      start.push(emitted);
    }
  }
  return { order, start: Int32Array.from(start), component, position };
}
const TRANSIENT = 0;
const RESOLVED = 1;
const ABANDONED = 2;
const UNCATEGORISED = "uncategorised";
function markovChain(service) {
  const n = service.touchpoints.length;
  const ids = new Array(n);
  const index = /* @__PURE__ */ new Map();
  const departments = service.departments.map((d) => d.id);
  const deptIndex = new Map(departments.map((d, i) => [d, i]));
  const categories = [];
  const categoryIndex = /* @__PURE__ */ new Map();
  const category = (name) => {
    let c = categoryIndex.get(name);
    if (c === void 0) {
      c = categories.length;
      categories.push(name);
      categoryIndex.set(name, c);
    }
    return c;
  };
  const department = new Int32Array(n);
  const outcome = new Int8Array(n);
  const entry = new Float64Array(n);
  const minutes2 = new Float64Array(n);
  const valueMinutes = new Float64Array(n);
  const necessaryMinutes = new Float64Array(n);
  const wasteMinutes = new Float64Array(n);
  const cost = new Float64Array(n);
  const wasteCost = new Float64Array(n);
  const wasteTp = [];
  const wasteCat = [];
  const wasteMin = [];
  let entryTotal = 0;
  for (let i = 0; i < n; i++) {
    const t = service.touchpoints[i];
    ids[i] = t.id;
    index.set(t.id, i);
    let d = deptIndex.get(t.department);
    if (d === void 0) {
      d = departments.length;
      departments.push(t.department);
      deptIndex.set(t.department, d);
    }
    department[i] = d;
    outcome[i] = t.outcome === "resolved" ? RESOLVED : t.outcome === "abandoned" ? ABANDONED : TRANSIENT;
    const weight = entryWeight(t.entry);
    entry[i] = weight;
    entryTotal += weight;
    for (const step of t.steps) {
      minutes2[i] += step.minutes;
      cost[i] += step.cost ?? 0;
      if (step.type === "value") valueMinutes[i] += step.minutes;
      else if (step.type === "necessary") necessaryMinutes[i] += step.minutes;
      else {
        wasteMinutes[i] += step.minutes;
        wasteCost[i] += step.cost ?? 0;
        wasteTp.push(i);
        wasteCat.push(category(step.waste ?? UNCATEGORISED));
        wasteMin.push(step.minutes);
      }
    }
  }
  if (entryTotal > 0) for (let t = 0; t < n; t++) entry[t] /= entryTotal;
  const { probabilities, warnings } = transitionProbabilities(service);
  const count = service.transitions.length;
  const fromAll = new Int32Array(count);
  const toAll = new Int32Array(count);
  const pAll = new Float64Array(count);
  const waitAll = new Float64Array(count);
  const waitCategoryAll = new Int32Array(count);
  const failureAll = new Uint8Array(count);
  let m = 0;
  let lastFrom;
  let fromIndex = -1;
  for (let k = 0; k < count; k++) {
    const t = service.transitions[k];
    const probability = probabilities[k];
    if (!(probability > 0)) continue;
    if (t.from !== lastFrom) {
      lastFrom = t.from;
      fromIndex = index.get(t.from);
    }
    fromAll[m] = fromIndex;
    toAll[m] = index.get(t.to);
    pAll[m] = probability;
    const w = t.wait ?? 0;
    waitAll[m] = w;
    waitCategoryAll[m] = w > 0 ? category(t.waste ?? "delay") : -1;
    failureAll[m] = t.failure ? 1 : 0;
    m++;
  }
  const fromArray = fromAll.slice(0, m);
  const toArray = toAll.slice(0, m);
  const [outPtr, outEdge] = adjacency(n, fromArray);
  const [inPtr, inEdge] = adjacency(n, toArray);
  return {
    n,
    ids,
    departments,
    department,
    outcome,
    entry,
    minutes: minutes2,
    valueMinutes,
    necessaryMinutes,
    wasteMinutes,
    cost,
    wasteCost,
    categories,
    stepWaste: {
      touchpoint: Int32Array.from(wasteTp),
      category: Int32Array.from(wasteCat),
      minutes: Float64Array.from(wasteMin)
    },
    m,
    from: fromArray,
    to: toArray,
    p: pAll.slice(0, m),
    wait: waitAll.slice(0, m),
    waitCategory: waitCategoryAll.slice(0, m),
    failure: failureAll.slice(0, m),
    outPtr,
    outEdge,
    inPtr,
    inEdge,
    warnings
  };
}
function adjacency(n, end) {
  const ptr = new Int32Array(n + 1);
  for (let e = 0; e < end.length; e++) ptr[end[e] + 1]++;
  for (let t = 0; t < n; t++) ptr[t + 1] += ptr[t];
  const fill = ptr.slice(0, n);
  const edges = new Int32Array(end.length);
  for (let e = 0; e < end.length; e++) edges[fill[end[e]]++] = e;
  return [ptr, edges];
}
const RELATIVE_RESIDUAL = 1e-14;
const DENSE_LIMIT = 120;
const KRYLOV_ITERATIONS = 2e3;
const KRYLOV_RESTARTS = 20;
const GAUSS_SEIDEL_SWEEPS = 2e5;
const LEAK_FLOOR = 1e-12;
class ClosedCycleError extends Error {
  constructor(node) {
    super(`customers reaching touchpoint #${node} can never leave its cycle`);
    this.node = node;
  }
}
function solveFlow(system, rhs, x, components2 = allComponents(system)) {
  const { inPtr, inSrc, inP, order, start, component } = system;
  for (let ci = 0; ci < components2.length; ci++) {
    const c = components2[ci];
    const a = start[c];
    const size = start[c + 1] - a;
    if (size === 1) {
      const i = order[a];
      let b = rhs[i];
      let self = 0;
      for (let k = inPtr[i]; k < inPtr[i + 1]; k++) {
        const j = inSrc[k];
        if (j === i) self += inP[k];
        else b += inP[k] * x[j];
      }
      if (b === 0) x[i] = 0;
      else if (self > 1 - LEAK_FLOOR) throw new ClosedCycleError(i);
      else x[i] = b / (1 - self);
      continue;
    }
    solveCycle(system, c, a, size, rhs, x);
  }
}
function allComponents(system) {
  const count = system.start.length - 1;
  const all = new Int32Array(count);
  for (let c = 0; c < count; c++) all[c] = c;
  return all;
}
const matrices = /* @__PURE__ */ new WeakMap();
function solveCycle(system, c, a, size, rhs, x) {
  const { inPtr, inSrc, inP, order, component } = system;
  const b = new Float64Array(size);
  let inflow = 0;
  for (let k = 0; k < size; k++) {
    const i = order[a + k];
    let bi = rhs[i];
    for (let e = inPtr[i]; e < inPtr[i + 1]; e++) {
      const j = inSrc[e];
      if (component[j] !== c) bi += inP[e] * x[j];
    }
    b[k] = bi;
    inflow += Math.abs(bi);
  }
  if (inflow === 0) {
    for (let k = 0; k < size; k++) x[order[a + k]] = 0;
    return;
  }
  let cached = matrices.get(system);
  if (!cached) matrices.set(system, cached = /* @__PURE__ */ new Map());
  let matrix = cached.get(c);
  if (!matrix) cached.set(c, matrix = cycleMatrix(system, c, a, size));
  if (!matrix.leaks) throw new ClosedCycleError(order.subarray(a, a + size).reduce((min, i) => Math.min(min, i)));
  const cycle = { ...matrix, b };
  const local = size <= DENSE_LIMIT ? gaussianElimination(cycle) : bicgstab(cycle) ?? gaussSeidel(cycle);
  if (!local) throw new Error(`expected visits: the solver did not converge on a cycle of ${size} touchpoints`);
  for (let k = 0; k < size; k++) x[order[a + k]] = local[k];
}
function cycleMatrix(system, c, a, size) {
  const { inPtr, inSrc, inP, order, component, position } = system;
  const ptr = new Int32Array(size + 1);
  const inside = new Float64Array(size);
  const diagonal = new Float64Array(size).fill(1);
  let internal = 0;
  for (let k = 0; k < size; k++) {
    const i = order[a + k];
    for (let e = inPtr[i]; e < inPtr[i + 1]; e++) {
      const j = inSrc[e];
      if (component[j] !== c) continue;
      inside[position[j]] += inP[e];
      if (j === i) diagonal[k] -= inP[e];
      else internal++;
    }
    ptr[k + 1] = internal;
  }
  const src = new Int32Array(internal);
  const p = new Float64Array(internal);
  for (let k = 0, q = 0; k < size; k++) {
    const i = order[a + k];
    for (let e = inPtr[i]; e < inPtr[i + 1]; e++) {
      const j = inSrc[e];
      if (component[j] !== c || j === i) continue;
      src[q] = position[j];
      p[q++] = inP[e];
    }
  }
  return { size, ptr, src, p, diagonal, leaks: inside.some((kept) => kept < 1 - LEAK_FLOOR) };
}
function multiply(cycle, v, y) {
  const { size, ptr, src, p, diagonal } = cycle;
  for (let k = 0; k < size; k++) {
    let s2 = diagonal[k] * v[k];
    for (let e = ptr[k]; e < ptr[k + 1]; e++) s2 -= p[e] * v[src[e]];
    y[k] = s2;
  }
}
function residualNorm(cycle, x, scratch) {
  multiply(cycle, x, scratch);
  let r = 0;
  for (let k = 0; k < cycle.size; k++) r += Math.abs(cycle.b[k] - scratch[k]);
  return r;
}
const norm1 = (v) => {
  let s2 = 0;
  for (let k = 0; k < v.length; k++) s2 += Math.abs(v[k]);
  return s2;
};
const dot = (u, v) => {
  let s2 = 0;
  for (let k = 0; k < u.length; k++) s2 += u[k] * v[k];
  return s2;
};
function gaussianElimination(cycle) {
  const { size: m, b, ptr, src, p, diagonal } = cycle;
  const A = new Float64Array(m * m);
  const y = Float64Array.from(b);
  for (let k = 0; k < m; k++) {
    A[k * m + k] = diagonal[k];
    for (let e = ptr[k]; e < ptr[k + 1]; e++) A[k * m + src[e]] -= p[e];
  }
  for (let col = 0; col < m; col++) {
    let pivot = col;
    for (let r = col + 1; r < m; r++) if (Math.abs(A[r * m + col]) > Math.abs(A[pivot * m + col])) pivot = r;
    if (Math.abs(A[pivot * m + col]) < 1e-300) return null;
    if (pivot !== col) {
      for (let k = 0; k < m; k++) {
        const t2 = A[col * m + k];
        A[col * m + k] = A[pivot * m + k];
        A[pivot * m + k] = t2;
      }
      const t = y[col];
      y[col] = y[pivot];
      y[pivot] = t;
    }
    const d = A[col * m + col];
    for (let r = col + 1; r < m; r++) {
      const f = A[r * m + col] / d;
      if (f === 0) continue;
      for (let k = col; k < m; k++) A[r * m + k] -= f * A[col * m + k];
      y[r] -= f * y[col];
    }
  }
  for (let r = m - 1; r >= 0; r--) {
    let s2 = y[r];
    for (let k = r + 1; k < m; k++) s2 -= A[r * m + k] * y[k];
    y[r] = s2 / A[r * m + r];
  }
  return y;
}
function bicgstab(cycle) {
  const { size, b, diagonal } = cycle;
  const x = new Float64Array(size);
  for (let k = 0; k < size; k++) x[k] = b[k] / diagonal[k];
  const r = new Float64Array(size);
  const rHat = new Float64Array(size);
  const v = new Float64Array(size);
  const q = new Float64Array(size);
  const qHat = new Float64Array(size);
  const s2 = new Float64Array(size);
  const sHat = new Float64Array(size);
  const t = new Float64Array(size);
  for (let restart = 0; restart < KRYLOV_RESTARTS; restart++) {
    multiply(cycle, x, r);
    for (let k = 0; k < size; k++) r[k] = b[k] - r[k];
    if (norm1(r) <= RELATIVE_RESIDUAL * norm1(x)) return x;
    rHat.set(r);
    v.fill(0);
    q.fill(0);
    let rho = 1;
    let alpha = 1;
    let omega = 1;
    let rhoNext = dot(rHat, r);
    for (let it = 0; it < KRYLOV_ITERATIONS; it++) {
      if (rhoNext === 0 || !Number.isFinite(rhoNext)) break;
      const beta = rhoNext / rho * (alpha / omega);
      rho = rhoNext;
      for (let k = 0; k < size; k++) {
        q[k] = r[k] + beta * (q[k] - omega * v[k]);
        qHat[k] = q[k] / diagonal[k];
      }
      multiply(cycle, qHat, v);
      const rv = dot(rHat, v);
      if (rv === 0) break;
      alpha = rho / rv;
      for (let k = 0; k < size; k++) {
        s2[k] = r[k] - alpha * v[k];
        sHat[k] = s2[k] / diagonal[k];
      }
      multiply(cycle, sHat, t);
      let tt = 0;
      let ts = 0;
      for (let k = 0; k < size; k++) {
        tt += t[k] * t[k];
        ts += t[k] * s2[k];
      }
      omega = tt === 0 ? 0 : ts / tt;
      let rNorm = 0;
      let xNorm = 0;
      rhoNext = 0;
      for (let k = 0; k < size; k++) {
        const xk = x[k] += alpha * qHat[k] + omega * sHat[k];
        const rk = r[k] = s2[k] - omega * t[k];
        rNorm += Math.abs(rk);
        xNorm += Math.abs(xk);
        rhoNext += rHat[k] * rk;
      }
      if (rNorm <= 0.1 * RELATIVE_RESIDUAL * xNorm || omega === 0) break;
    }
    if (!allFinite(x)) return null;
  }
  return residualNorm(cycle, x, t) <= RELATIVE_RESIDUAL * norm1(x) ? x : null;
}
function allFinite(v) {
  for (let k = 0; k < v.length; k++) if (!Number.isFinite(v[k])) return false;
  return true;
}
function gaussSeidel(cycle) {
  const { size, b, ptr, src, p, diagonal } = cycle;
  const x = new Float64Array(size);
  const scratch = new Float64Array(size);
  for (let sweep = 1; sweep <= GAUSS_SEIDEL_SWEEPS; sweep++) {
    for (let k = 0; k < size; k++) {
      let s2 = b[k];
      for (let e = ptr[k]; e < ptr[k + 1]; e++) s2 += p[e] * x[src[e]];
      x[k] = s2 / diagonal[k];
    }
    if (sweep % 10 === 0 && residualNorm(cycle, x, scratch) <= RELATIVE_RESIDUAL * norm1(x)) return x;
  }
  return null;
}
function expectedPingPongs(chain, visits) {
  const { n, from, to, p, outcome, department } = chain;
  const D = chain.departments.length;
  const same = flowSystem(
    n,
    from,
    to,
    p,
    (e) => department[from[e]] === department[to[e]] && outcome[from[e]] === TRANSIENT && outcome[to[e]] === TRANSIENT
  );
  const componentsOf = Array.from({ length: D }, () => []);
  for (let c = 0; c + 1 < same.start.length; c++) componentsOf[department[same.order[same.start[c]]]].push(c);
  const byPair = /* @__PURE__ */ new Map();
  for (let e = 0; e < chain.m; e++) {
    const a = department[from[e]];
    const b = department[to[e]];
    if (a === b || outcome[from[e]] !== TRANSIENT || !(visits[from[e]] > 0)) continue;
    const list2 = byPair.get(a * D + b);
    if (list2) list2.push(e);
    else byPair.set(a * D + b, [e]);
  }
  const rhs = new Float64Array(n);
  const y = new Float64Array(n);
  let pingPongs = 0;
  for (const [pair, arrivals] of byPair) {
    const q = Math.floor(pair / D);
    const d = pair % D;
    const returns = byPair.get(d * D + q);
    if (!returns) continue;
    for (const e of arrivals) if (outcome[to[e]] === TRANSIENT) rhs[to[e]] += visits[from[e]] * p[e];
    solveFlow(same, rhs, y, componentsOf[d]);
    for (const e of returns) pingPongs += y[from[e]] * p[e];
    for (const e of arrivals) rhs[to[e]] = 0;
  }
  return pingPongs;
}
function expectedValues(chain, visits) {
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
    const v = visits[i];
    valueMinutes += v * chain.valueMinutes[i];
    necessaryMinutes += v * chain.necessaryMinutes[i];
    wasteMinutes += v * chain.wasteMinutes[i];
    cost += v * chain.cost[i];
    wasteCost += v * chain.wasteCost[i];
    totalVisits += v;
    if (outcome[i] === RESOLVED) resolved += v;
    else if (outcome[i] === ABANDONED) abandoned += v;
  }
  const byCategory = new Float64Array(chain.categories.length);
  const { stepWaste } = chain;
  for (let k = 0; k < stepWaste.touchpoint.length; k++) {
    byCategory[stepWaste.category[k]] += visits[stepWaste.touchpoint[k]] * stepWaste.minutes[k];
  }
  const D = chain.departments.length;
  const pairs = /* @__PURE__ */ new Map();
  let handoffs = 0;
  let failureVisits = 0;
  for (let e = 0; e < m; e++) {
    const flow = visits[from[e]] * p[e];
    if (flow === 0) continue;
    if (wait[e] > 0) {
      wasteMinutes += flow * wait[e];
      byCategory[chain.waitCategory[e]] += flow * wait[e];
    }
    if (chain.failure[e]) failureVisits += flow;
    const a = department[from[e]];
    const b = department[to[e]];
    if (a !== b) {
      handoffs += flow;
      pairs.set(a * D + b, (pairs.get(a * D + b) ?? 0) + flow);
    }
  }
  const waste = attributedWaste(chain, visits);
  const byDepartment = new Float64Array(D);
  for (let i = 0; i < n; i++) byDepartment[department[i]] += waste[i];
  const minutes2 = valueMinutes + necessaryMinutes + wasteMinutes;
  return {
    minutes: minutes2,
    valueMinutes,
    necessaryMinutes,
    wasteMinutes,
    flowEfficiency: minutes2 > 0 ? valueMinutes / minutes2 : 0,
    handoffs,
    pingPongs: expectedPingPongs(chain, visits),
    failureDemandShare: totalVisits > 0 ? failureVisits / totalVisits : 0,
    resolved,
    abandoned,
    cost,
    wasteCost,
    visits: keyed(chain.ids, visits),
    wasteByCategory: keyed(chain.categories, byCategory),
    wasteByDepartment: keyed(chain.departments, byDepartment),
    handoffsByPair: handoffCounts(pairs, chain.departments)
  };
}
function keyed(ids, values) {
  const out = /* @__PURE__ */ Object.create(null);
  ids.forEach((id2, i) => out[id2] = values[i]);
  return out;
}
function handoffCounts(pairs, departments) {
  const D = departments.length;
  return [...pairs].sort(([ka, a], [kb, b]) => b - a || ka - kb).map(([k, count]) => ({ from: departments[Math.floor(k / D)], to: departments[k % D], count }));
}
function expectedVisits(chain) {
  const { n, from, to, p, outcome, entry } = chain;
  const transient = (e) => outcome[from[e]] === TRANSIENT && outcome[to[e]] === TRANSIENT;
  const system = flowSystem(n, from, to, p, transient);
  const rhs = new Float64Array(n);
  for (let i = 0; i < n; i++) if (outcome[i] === TRANSIENT) rhs[i] = entry[i];
  const visits = new Float64Array(n);
  try {
    solveFlow(system, rhs, visits);
  } catch (e) {
    if (e instanceof ClosedCycleError) throw neverFinishes(chain, e.node);
    throw e;
  }
  for (let i = 0; i < n; i++) {
    if (outcome[i] !== TRANSIENT) visits[i] = entry[i];
    else if (visits[i] > 0 && chain.outPtr[i] === chain.outPtr[i + 1]) throw neverFinishes(chain, i);
  }
  for (let e = 0; e < chain.m; e++) {
    if (outcome[to[e]] !== TRANSIENT && outcome[from[e]] === TRANSIENT) visits[to[e]] += visits[from[e]] * p[e];
  }
  return visits;
}
function neverFinishes(chain, node) {
  const id2 = JSON.stringify(chain.ids[node]);
  return new InvalidServiceError([
    {
      code: "unreachable_outcome",
      path: ["touchpoints", node],
      message: `touchpoints[${node}]: customers who reach touchpoint ${id2} can never reach an outcome (they would wander forever); add a transition towards a touchpoint with an outcome, or validate the model with parseService first`
    }
  ]);
}
const SHORT_LIST = 64;
function hotspots(ids, wasteMinutes, total, limit) {
  const ranked = limit <= SHORT_LIST ? topIndices(wasteMinutes, ids.length, limit) : sortedIndices(wasteMinutes, ids.length).slice(0, limit);
  return ranked.map((i) => ({ id: ids[i], wasteMinutes: wasteMinutes[i], share: total > 0 ? wasteMinutes[i] / total : 0 }));
}
function sortedIndices(wasteMinutes, n) {
  const ranked = [];
  for (let i = 0; i < n; i++) if (wasteMinutes[i] > 0) ranked.push(i);
  return ranked.sort((a, b) => wasteMinutes[b] - wasteMinutes[a] || a - b);
}
function topIndices(wasteMinutes, n, limit) {
  const top = [];
  if (limit === 0) return top;
  for (let i = 0; i < n; i++) {
    const w = wasteMinutes[i];
    if (!(w > 0) || top.length === limit && w <= wasteMinutes[top[limit - 1]]) continue;
    let k = top.length;
    while (k > 0 && wasteMinutes[top[k - 1]] < w) k--;
    top.splice(k, 0, i);
    if (top.length > limit) top.pop();
  }
  return top;
}
class KeyedHeap {
  constructor(largestFirst = false) {
    __publicField(this, "items", []);
    __publicField(this, "keys", []);
    this.largestFirst = largestFirst;
  }
  get size() {
    return this.items.length;
  }
  before(ka, a, kb, b) {
    if (ka !== kb) return this.largestFirst ? ka > kb : ka < kb;
    return a < b;
  }
  push(item, key) {
    const { items, keys } = this;
    let i = items.length;
    items.push(item);
    keys.push(key);
    while (i > 0) {
      const up = i - 1 >> 1;
      if (!this.before(key, item, keys[up], items[up])) break;
      items[i] = items[up];
      keys[i] = keys[up];
      i = up;
    }
    items[i] = item;
    keys[i] = key;
  }
  pop() {
    const { items, keys } = this;
    const top = items[0];
    const last = items.pop();
    const lastKey = keys.pop();
    if (items.length > 0) {
      let i = 0;
      for (; ; ) {
        const l = 2 * i + 1;
        if (l >= items.length) break;
        const r = l + 1;
        const c = r < items.length && this.before(keys[r], items[r], keys[l], items[l]) ? r : l;
        if (!this.before(keys[c], items[c], lastKey, last)) break;
        items[i] = items[c];
        keys[i] = keys[c];
        i = c;
      }
      items[i] = last;
      keys[i] = lastKey;
    }
    return top;
  }
}
function idealRoutes(chain) {
  const { n, from, to, wait, minutes: minutes2, inPtr, inEdge } = chain;
  const distance = new Float64Array(n).fill(Infinity);
  const next = new Int32Array(n).fill(-1);
  const done = new Uint8Array(n);
  const heap = new KeyedHeap();
  for (let t = 0; t < n; t++) {
    if (chain.outcome[t] !== RESOLVED) continue;
    distance[t] = 0;
    heap.push(t, 0);
  }
  while (heap.size > 0) {
    const v = heap.pop();
    if (done[v]) continue;
    done[v] = 1;
    for (let k = inPtr[v]; k < inPtr[v + 1]; k++) {
      const e = inEdge[k];
      const u = from[e];
      const d = distance[v] + wait[e] + minutes2[to[e]];
      if (d < distance[u]) {
        distance[u] = d;
        next[u] = v;
        heap.push(u, d);
      }
    }
  }
  const routes = [];
  for (let t = 0; t < n; t++) {
    if (!(chain.entry[t] > 0)) continue;
    if (distance[t] === Infinity) {
      routes.push({ entry: chain.ids[t], path: null, minutes: null, handoffs: null });
      continue;
    }
    const path = [t];
    while (next[path[path.length - 1]] !== -1) path.push(next[path[path.length - 1]]);
    const ids = path.map((i) => chain.ids[i]);
    const departments = path.map((i) => chain.departments[chain.department[i]]);
    routes.push({
      entry: chain.ids[t],
      path: ids,
      minutes: minutes2[t] + distance[t],
      handoffs: wanderMetrics(ids, departments).handoffs
    });
  }
  return routes;
}
function likelyJourneys(chain, options) {
  const { outcome, outPtr, to, p, entry } = chain;
  const best = completionProbabilities(chain);
  const sorted = edgesByCompletion(chain, best);
  const node = [];
  const slot = [];
  const parent = [];
  const probability = [];
  const heap = new KeyedHeap(true);
  const add = (t, k, from, pr) => {
    node.push(t);
    slot.push(k);
    parent.push(from);
    probability.push(pr);
    heap.push(node.length - 1, pr * best[t]);
  };
  for (let t = 0; t < chain.n; t++) if (entry[t] > 0 && best[t] > 0) add(t, -1, -1, entry[t]);
  const found = [];
  let expansions = 0;
  let budgetHit = false;
  while (heap.size > 0 && found.length < options.limit) {
    const j = heap.pop();
    if (probability[j] * best[node[j]] === 0) break;
    const from = parent[j];
    const next = slot[j] + 1;
    if (from !== -1 && next < outPtr[node[from] + 1]) {
      add(to[sorted[next]], next, from, probability[from] * p[sorted[next]]);
    }
    const t = node[j];
    if (outcome[t] !== TRANSIENT) {
      found.push(j);
      continue;
    }
    if (expansions >= options.budget) {
      budgetHit = true;
      break;
    }
    expansions++;
    const first = outPtr[t];
    if (first < outPtr[t + 1]) add(to[sorted[first]], first, j, probability[j] * p[sorted[first]]);
  }
  const edge = slot.map((k) => k === -1 ? -1 : sorted[k]);
  return { journeys: found.map((j) => chainJourney(j, node, edge, parent, probability[j])), budgetHit };
}
function completionProbabilities(chain) {
  const { n, from, p, inPtr, inEdge, outcome } = chain;
  const best = new Float64Array(n);
  const done = new Uint8Array(n);
  const heap = new KeyedHeap(true);
  for (let t = 0; t < n; t++) {
    if (outcome[t] === TRANSIENT) continue;
    best[t] = 1;
    heap.push(t, 1);
  }
  while (heap.size > 0) {
    const v = heap.pop();
    if (done[v]) continue;
    done[v] = 1;
    for (let k = inPtr[v]; k < inPtr[v + 1]; k++) {
      const e = inEdge[k];
      const u = from[e];
      if (outcome[u] !== TRANSIENT) continue;
      const q = p[e] * best[v];
      if (q > best[u]) {
        best[u] = q;
        heap.push(u, q);
      }
    }
  }
  return best;
}
function edgesByCompletion(chain, best) {
  const { p, to } = chain;
  const sorted = Int32Array.from(chain.outEdge);
  for (let t = 0; t < chain.n; t++) {
    const a = chain.outPtr[t];
    const b = chain.outPtr[t + 1];
    if (b - a > 1) sorted.subarray(a, b).sort((x, y) => p[y] * best[to[y]] - p[x] * best[to[x]] || x - y);
  }
  return sorted;
}
function chainJourney(last, node, edge, parent, probability) {
  let length = 0;
  for (let j = last; j !== -1; j = parent[j]) length++;
  const touchpoints = new Int32Array(length);
  const edges = new Int32Array(length);
  for (let j = last, k = length - 1; j !== -1; j = parent[j], k--) {
    touchpoints[k] = node[j];
    edges[k] = edge[j];
  }
  return { touchpoints, edges, probability };
}
function journeyMetrics(visits, options = {}) {
  let valueMinutes = 0;
  let necessaryMinutes = 0;
  let wasteMinutes = 0;
  let cost = 0;
  let wasteCost = 0;
  let failureDemand = 0;
  for (const v of visits) {
    valueMinutes += v.valueMinutes;
    necessaryMinutes += v.necessaryMinutes;
    wasteMinutes += v.wasteMinutes + (v.wait ?? 0);
    cost += v.cost ?? 0;
    wasteCost += v.wasteCost ?? 0;
    if (v.failure) failureDemand++;
  }
  const path = visits.map((v) => v.touchpoint);
  const wander = wanderMetrics(
    path,
    visits.map((v) => v.department)
  );
  const minutes2 = valueMinutes + necessaryMinutes + wasteMinutes;
  const ideal = options.idealMinutes ?? null;
  return {
    path,
    departments: wander.departments,
    minutes: minutes2,
    valueMinutes,
    necessaryMinutes,
    wasteMinutes,
    flowEfficiency: minutes2 > 0 ? valueMinutes / minutes2 : 0,
    handoffs: wander.handoffs,
    pingPongs: wander.pingPongs,
    revisits: wander.revisits,
    repeats: wander.repeats,
    failureDemand,
    excessMinutes: ideal === null ? null : minutes2 - ideal,
    cost,
    wasteCost
  };
}
function modelJourney(chain, journey, idealMinutes) {
  const visits = Array.from(journey.touchpoints, (t, k) => {
    const e = journey.edges[k];
    return {
      touchpoint: chain.ids[t],
      department: chain.departments[chain.department[t]],
      valueMinutes: chain.valueMinutes[t],
      necessaryMinutes: chain.necessaryMinutes[t],
      wasteMinutes: chain.wasteMinutes[t],
      cost: chain.cost[t],
      wasteCost: chain.wasteCost[t],
      wait: e === -1 ? 0 : chain.wait[e],
      failure: e !== -1 && chain.failure[e] === 1
    };
  });
  const last = journey.touchpoints[journey.touchpoints.length - 1];
  return {
    ...journeyMetrics(visits, { idealMinutes }),
    probability: journey.probability,
    outcome: chain.outcome[last] === RESOLVED ? "resolved" : "abandoned"
  };
}
function unreachableTouchpoints(chain, visits) {
  const warnings = [];
  for (let i = 0; i < chain.n; i++) {
    if (visits[i] > 0) continue;
    warnings.push({
      code: "unreachable_touchpoint",
      path: ["touchpoints", i],
      message: `touchpoints[${i}]: touchpoint ${JSON.stringify(chain.ids[i])} is never reached from an entry; add a transition to it (with probability > 0) or remove it`
    });
  }
  return warnings;
}
function wanderPaths(chain, candidates, ideal, limit) {
  const routes = new Map(ideal.map((r) => [r.entry, r]));
  const ranked = [];
  for (const journey of candidates) {
    const route = routes.get(chain.ids[journey.touchpoints[0]]);
    if (!route || route.minutes === null) continue;
    const departments = Array.from(journey.touchpoints, (t) => chain.department[t]);
    const wander = wanderMetrics(journey.touchpoints, departments);
    if (wander.pingPongs === 0 && wander.revisits === 0 && wander.handoffs <= route.handoffs) continue;
    let minutes2 = 0;
    journey.touchpoints.forEach((t, k) => {
      const e = journey.edges[k];
      minutes2 += chain.minutes[t] + (e === -1 ? 0 : chain.wait[e]);
    });
    ranked.push({ journey, lost: journey.probability * (minutes2 - route.minutes), ideal: route.minutes });
  }
  return ranked.sort((a, b) => b.lost - a.lost).slice(0, limit).map(({ journey, ideal: ideal2 }) => {
    const path = modelJourney(chain, journey, ideal2);
    return { ...path, lostMinutes: path.probability * path.excessMinutes };
  });
}
const ANALYSE_DEFAULTS = Object.freeze({
  top: 10,
  budget: 1e5,
  wanderCandidates: 1e3,
  wanderPaths: 10,
  hotspots: 10
});
function analyse(service, options = {}) {
  const o = resolveOptions(options);
  const chain = markovChain(service);
  const visits = expectedVisits(chain);
  const expected = expectedValues(chain, visits);
  const ideal = idealRoutes(chain);
  const search = likelyJourneys(chain, { limit: Math.max(o.top, o.wanderCandidates), budget: o.budget });
  const idealMinutes = new Map(ideal.map((r) => [r.entry, r.minutes]));
  const journeys = search.journeys.slice(0, o.top).map((j) => modelJourney(chain, j, idealMinutes.get(chain.ids[j.touchpoints[0]]) ?? null));
  return {
    service: { id: service.id, name: service.name ?? service.id },
    expected,
    ideal,
    journeys,
    coverage: journeys.reduce((sum, j) => sum + j.probability, 0),
    truncated: search.budgetHit && journeys.length < o.top,
    wanderPaths: wanderPaths(chain, search.journeys.slice(0, o.wanderCandidates), ideal, o.wanderPaths),
    hotspots: {
      departments: hotspots(
        chain.departments,
        chain.departments.map((d) => expected.wasteByDepartment[d]),
        expected.wasteMinutes,
        o.hotspots
      ),
      touchpoints: hotspots(chain.ids, attributedWaste(chain, visits), expected.wasteMinutes, o.hotspots)
    },
    ...service.volume === void 0 ? {} : { totals: totals(service.volume, expected) },
    warnings: [...chain.warnings, ...unreachableTouchpoints(chain, visits)]
  };
}
function totals(volume, expected) {
  return { customers: volume, wasteHours: volume * expected.wasteMinutes / 60, wasteCost: volume * expected.wasteCost };
}
function resolveOptions(options) {
  const resolved = { ...ANALYSE_DEFAULTS };
  for (const name of Object.keys(resolved)) {
    const value2 = options[name] ?? ANALYSE_DEFAULTS[name];
    if (!Number.isInteger(value2) || value2 < 0) {
      throw new RangeError(`analyse: invalid option ${name}: ${String(value2)} (expected a whole number ≥ 0)`);
    }
    resolved[name] = value2;
  }
  return resolved;
}
const KNOWN_SHOWN = 20;
function changeContext(index) {
  const issues = [];
  const warnings = [];
  const issue = (code, field2, message) => {
    const path = ["changes", index, ...Array.isArray(field2) ? field2 : [field2]];
    issues.push({ code, path, change: index, message: `${formatPath(path)}: ${message}` });
  };
  return {
    index,
    issues,
    warnings,
    issue,
    /** An id the model does not have: name it and list the known ones. */
    unknown(what, field2, id2, known) {
      issue(`unknown_${what}`, field2, `unknown ${what} ${JSON.stringify(id2)} (known: ${knownList(known)})`);
    },
    warn(code, message) {
      warnings.push({ code, path: ["changes", index], message: `changes[${index}]: ${message}` });
    }
  };
}
function knownList(ids) {
  const all = [...ids];
  if (all.length === 0) return "none";
  const shown = all.slice(0, KNOWN_SHOWN).join(", ");
  return all.length > KNOWN_SHOWN ? `${shown}, … and ${all.length - KNOWN_SHOWN} more` : shown;
}
class InvalidRedesignError extends Error {
  constructor(issues, warnings = []) {
    const head = issues.length === 1 ? "1 problem" : `${issues.length} problems`;
    super(`invalid redesign (${head}):
${issues.map((i) => `  ${i.message}`).join("\n")}`);
    __publicField(this, "name", "InvalidRedesignError");
    __publicField(this, "issues");
    __publicField(this, "warnings");
    this.issues = issues;
    this.warnings = warnings;
  }
}
function mergeDepartments(service, change, context) {
  const byId = new Map(service.departments.map((d) => [d.id, d]));
  change.departments.forEach((id2, i) => {
    if (!byId.has(id2)) context.unknown("department", ["departments", i], id2, byId.keys());
  });
  if (context.issues.length > 0) return;
  const merged = /* @__PURE__ */ new Set([...change.departments, change.into]);
  const first = byId.get(change.departments[0]);
  const target = byId.get(change.into) ?? { id: change.into, ...first.lane && { lane: first.lane } };
  if (change.name !== void 0) target.name = change.name;
  if (change.lane !== void 0) target.lane = change.lane;
  const departments = [];
  for (const d of service.departments) {
    if (!merged.has(d.id)) departments.push(d);
    else if (!departments.includes(target)) departments.push(target);
  }
  service.departments = departments;
  for (const t of service.touchpoints) if (merged.has(t.department)) t.department = change.into;
}
const id = z.string().min(1);
const note = z.string().optional().describe("Why this change: free text, kept for the reader.");
const stepSelector = {
  touchpoint: id.describe("The id of the touchpoint whose step changes."),
  step: z.string().min(1).describe("The step's name, exactly as in the model."),
  occurrence: z.number().int().min(1).optional().describe("Which step of that name (1 = the first) when the touchpoint has several; required then.")
};
const RemoveStepSchema = z.strictObject({ op: z.literal("remove-step"), ...stepSelector, note }).describe("Remove one step of a touchpoint.");
const SetStepSchema = z.strictObject({
  op: z.literal("set-step"),
  ...stepSelector,
  name: z.string().min(1).optional().describe("A new name for the step."),
  minutes: z.number().finite().nonnegative().optional(),
  cost: z.number().finite().nonnegative().optional(),
  type: z.enum(STEP_TYPES).optional(),
  waste: z.string().min(1).optional().describe("Waste category; dropped when the type becomes value or necessary."),
  note
}).refine((c) => ["name", "minutes", "cost", "type", "waste"].some((k) => k in c), {
  message: "set-step changes nothing: give at least one of name, minutes, cost, type, waste"
}).describe("Change the name, minutes, cost, type or waste category of one step.");
const MergeDepartmentsSchema = z.strictObject({
  op: z.literal("merge-departments"),
  departments: z.array(id).min(1).describe("The departments merged; each must exist."),
  into: id.describe("The merged department: an existing one (its record is kept) or a new id."),
  name: z.string().optional().describe("Display name of the merged department."),
  lane: z.enum(LANES).optional().describe("Lane of the merged department; by default the lane it had, or the first merged one's."),
  note
}).describe("Merge departments into one: their touchpoints move to `into`, the others are removed.");
const SetTransitionSchema = z.strictObject({
  op: z.literal("set-transition"),
  from: id,
  to: id,
  probability: z.number().finite().min(0).max(1).optional().describe("New probability; the other transitions out of `from` are rescaled to keep the sum 1. 0 removes it."),
  wait: z.number().finite().nonnegative().optional().describe("Minutes the customer waits between the two."),
  waste: z.string().min(1).optional().describe("Waste category of the wait."),
  failure: z.boolean().optional().describe("The visit this transition leads to is failure demand."),
  note
}).refine((c) => ["probability", "wait", "waste", "failure"].some((k) => k in c), {
  message: "set-transition changes nothing: give at least one of probability, wait, waste, failure"
}).describe("Change, add or (probability 0) remove the transition from → to.");
const REDESIGN_OPS = ["remove-step", "set-step", "merge-departments", "set-transition"];
const RedesignChangeSchema = z.discriminatedUnion("op", [
  RemoveStepSchema,
  SetStepSchema,
  MergeDepartmentsSchema,
  SetTransitionSchema
]);
const RedesignSchema = z.strictObject({
  $schema: z.string().optional(),
  name: z.string().optional().describe("What the redesign is called, e.g. One-stop desk."),
  description: z.string().optional(),
  changes: z.array(RedesignChangeSchema).describe("Applied in order; each must leave a valid model.")
}).describe("A hukka redesign: what-if changes to a service model.");
function safeParseRedesign(input) {
  const result = RedesignSchema.safeParse(input);
  if (result.success) return { success: true, data: result.data };
  return { success: false, issues: result.error.issues.map((issue) => redesignIssue(issue, input)) };
}
function parseRedesign(input) {
  const result = safeParseRedesign(input);
  if (!result.success) throw new InvalidRedesignError(result.issues);
  return result.data;
}
function redesignIssue(issue, input) {
  const path = issue.path;
  const change = path[0] === "changes" && typeof path[1] === "number" ? path[1] : null;
  const where = path.length === 0 ? "redesign" : formatPath(path);
  let message = issue.message;
  if (issue.code === "invalid_union" && path[path.length - 1] === "op") {
    const op = valueAt(input, path);
    message = op === void 0 ? `missing "op" (one of ${REDESIGN_OPS.join(", ")})` : `unknown operation ${JSON.stringify(op)} (known: ${REDESIGN_OPS.join(", ")})`;
  } else if (issue.code === "unrecognized_keys") {
    const op = valueAt(input, [...path, "op"]);
    const of = typeof op === "string" ? ` of ${op}` : "";
    message = `unknown field${issue.keys.length > 1 ? "s" : ""}${of} ${issue.keys.map((k) => JSON.stringify(k)).join(", ")}: remove or rename ${issue.keys.length > 1 ? "them" : "it"}`;
  } else if (issue.code === "invalid_type" && valueAt(input, path) === void 0) {
    message = `missing ${JSON.stringify(path[path.length - 1] ?? "redesign")} (${issue.expected})`;
  }
  return { code: issue.code, path, change, message: `${where}: ${message}` };
}
function valueAt(input, path) {
  let value2 = input;
  for (const part of path) {
    if (value2 === null || typeof value2 !== "object" || !Object.hasOwn(value2, part)) return void 0;
    value2 = value2[part];
  }
  return value2;
}
function findStep(service, change, context) {
  const touchpoint = service.touchpoints.find((t) => t.id === change.touchpoint);
  if (!touchpoint) {
    context.unknown("touchpoint", "touchpoint", change.touchpoint, service.touchpoints.map((t) => t.id));
    return null;
  }
  const matches = [];
  touchpoint.steps.forEach((s2, i) => s2.name === change.step && matches.push(i));
  const names = touchpoint.steps.map((s2) => JSON.stringify(s2.name));
  if (matches.length === 0) {
    context.issue(
      "unknown_step",
      "step",
      `touchpoint ${JSON.stringify(touchpoint.id)} has no step ${JSON.stringify(change.step)} (its steps: ${names.join(", ") || "none"})`
    );
    return null;
  }
  if (change.occurrence === void 0 && matches.length > 1) {
    context.issue(
      "ambiguous_step",
      "step",
      `touchpoint ${JSON.stringify(touchpoint.id)} has ${matches.length} steps named ${JSON.stringify(change.step)}: add "occurrence": 1 … ${matches.length} to say which`
    );
    return null;
  }
  const occurrence = change.occurrence ?? 1;
  if (occurrence > matches.length) {
    context.issue(
      "unknown_step",
      "occurrence",
      `touchpoint ${JSON.stringify(touchpoint.id)} has ${matches.length} step${matches.length > 1 ? "s" : ""} named ${JSON.stringify(change.step)}, not ${occurrence}`
    );
    return null;
  }
  const index = matches[occurrence - 1];
  return { touchpoint, index, step: touchpoint.steps[index] };
}
function removeStep(service, change, context) {
  const found = findStep(service, change, context);
  if (found) found.touchpoint.steps.splice(found.index, 1);
}
function setStep(service, change, context) {
  const found = findStep(service, change, context);
  if (!found) return;
  const step = found.step;
  if (change.name !== void 0) step.name = change.name;
  if (change.minutes !== void 0) step.minutes = change.minutes;
  if (change.cost !== void 0) step.cost = change.cost;
  if (change.type !== void 0) {
    step.type = change.type;
    if (change.type !== "waste") delete step.waste;
  }
  if (change.waste !== void 0) step.waste = change.waste;
}
const EPSILON = 1e-12;
function setTransition(service, change, context) {
  const ids = service.touchpoints.map((t) => t.id);
  const known = new Set(ids);
  if (!known.has(change.from)) context.unknown("touchpoint", "from", change.from, ids);
  if (!known.has(change.to)) context.unknown("touchpoint", "to", change.to, ids);
  if (context.issues.length > 0) return;
  const outgoing = service.transitions.filter((t) => t.from === change.from);
  let target = outgoing.find((t) => t.to === change.to);
  const p = change.probability;
  if (!target) {
    if (p === void 0) {
      const exits = outgoing.map((t) => t.to).join(", ") || "none";
      context.issue(
        "missing_probability",
        "probability",
        `there is no transition ${change.from} → ${change.to} (its transitions go to: ${exits}); give a probability to add one`
      );
      return;
    }
    if (p === 0) {
      const exits = outgoing.map((t) => t.to).join(", ") || "none";
      context.issue(
        "unknown_transition",
        "to",
        `there is no transition ${change.from} → ${change.to} to remove (its transitions go to: ${exits})`
      );
      return;
    }
  }
  if (p !== void 0 && probabilitySource(outgoing) !== "probability") {
    convertToProbabilities(service, change.from, context);
  }
  if (!target) {
    target = { from: change.from, to: change.to };
    const last = service.transitions.lastIndexOf(outgoing[outgoing.length - 1]);
    service.transitions.splice(last < 0 ? service.transitions.length : last + 1, 0, target);
  }
  if (change.wait !== void 0) target.wait = change.wait;
  if (change.waste !== void 0) target.waste = change.waste;
  if (change.failure !== void 0) target.failure = change.failure;
  if (p === void 0) return;
  const others = outgoing.filter((t) => t !== target);
  const rest = others.reduce((sum, t) => sum + t.probability, 0);
  if (rest <= EPSILON && 1 - p > EPSILON && !(p === 0 && others.length === 0)) {
    context.issue(
      "cannot_rescale",
      "probability",
      `cannot give the remaining ${round(1 - p)} to the other transitions out of ${JSON.stringify(change.from)}: ` + (others.length === 0 ? "there are none" : `they all have probability 0 (${others.map((t) => t.to).join(", ")})`) + `; add or set them first, or use probability 1`
    );
    return;
  }
  target.probability = p;
  const scale = rest > EPSILON ? (1 - p) / rest : 0;
  for (const t of others) t.probability = t.probability * scale;
  const removed = new Set(p >= 1 - EPSILON ? others : []);
  if (p <= EPSILON) removed.add(target);
  if (removed.size > 0) service.transitions = service.transitions.filter((t) => !removed.has(t));
}
function convertToProbabilities(service, from, context) {
  const { probabilities } = transitionProbabilities(service);
  const converted = [];
  const outgoing = service.transitions.filter((t) => t.from === from);
  const byVolume = probabilitySource(outgoing) === "volume";
  service.transitions.forEach((t, i) => {
    if (t.from !== from) return;
    t.probability = probabilities[i];
    delete t.volume;
    converted.push(`${t.to} ${round(t.probability)}`);
  });
  if (outgoing.length < 2) return;
  context.warn(
    "converted_to_probabilities",
    `the transitions out of ${JSON.stringify(from)} gave ${byVolume ? "volumes" : "no probabilities (a uniform split)"}; converted to probabilities (${converted.join(", ")}) before changing them`
  );
}
const round = (x) => Math.round(x * 1e4) / 1e4;
function safeApplyRedesign(service, redesign) {
  const parsed = safeParseRedesign(redesign);
  if (!parsed.success) return { success: false, issues: parsed.issues, warnings: [] };
  const input = safeParseService(service);
  if (!input.success) {
    const issues = input.issues.map((i) => ({ ...i, change: null, message: `service: ${i.message}` }));
    return { success: false, issues, warnings: [] };
  }
  let current = structuredClone(input.data);
  let known = new Set(input.warnings.map((w) => w.message));
  const warnings = [];
  for (const [index, change] of parsed.data.changes.entries()) {
    const context = changeContext(index);
    applyChange(current, change, context);
    warnings.push(...context.warnings);
    if (context.issues.length > 0) return { success: false, issues: context.issues, warnings };
    const label = changeLabel(change, index);
    const checked = safeParseService(current);
    const caused = (i) => ({ code: i.code, path: ["changes", index], message: `${label}: ${i.message}` });
    if (!checked.success) {
      return { success: false, issues: checked.issues.map((i) => ({ ...caused(i), change: index })), warnings };
    }
    warnings.push(...checked.warnings.filter((w) => !known.has(w.message)).map(caused));
    known = new Set(checked.warnings.map((w) => w.message));
    current = checked.data;
  }
  return { success: true, data: current, warnings };
}
function applyRedesign(service, redesign) {
  const result = safeApplyRedesign(service, redesign);
  if (!result.success) throw new InvalidRedesignError(result.issues, result.warnings);
  return result.data;
}
function applyChange(service, change, context) {
  switch (change.op) {
    case "remove-step":
      return removeStep(service, change, context);
    case "set-step":
      return setStep(service, change, context);
    case "merge-departments":
      return mergeDepartments(service, change, context);
    case "set-transition":
      return setTransition(service, change, context);
  }
}
const DEFAULTS$3 = {
  /** How many contributors to the saving each list keeps. */
  top: 5
};
const FIGURES = [
  "minutes",
  "valueMinutes",
  "necessaryMinutes",
  "wasteMinutes",
  "flowEfficiency",
  "handoffs",
  "pingPongs",
  "failureDemandShare",
  "resolved",
  "abandoned",
  "cost",
  "wasteCost"
];
function compareReports(before, after, options = {}) {
  const { top } = { ...DEFAULTS$3, ...options };
  if (!Number.isInteger(top) || top < 0) throw new RangeError(`compareReports: invalid option top: ${String(top)} (expected a whole number ≥ 0)`);
  const delta = {
    ...expectedDelta(before, after),
    yearly: yearlyDelta(before, after),
    contributors: {
      touchpoints: touchpointDrops(before, after, top),
      // A department the redesign merged away did not save its waste, it moved it: left out.
      departments: drops(
        before.expected.wasteByDepartment,
        after.expected.wasteByDepartment,
        top,
        (id2) => Object.hasOwn(after.expected.wasteByDepartment, id2)
      ),
      categories: drops(before.expected.wasteByCategory, after.expected.wasteByCategory, top)
    }
  };
  return { before, after, delta };
}
function expectedDelta(before, after) {
  const b = before.expected;
  const a = after.expected;
  const figures = Object.fromEntries(FIGURES.map((f) => [f, a[f] - b[f]]));
  return {
    ...figures,
    visits: mapDelta(b.visits, a.visits),
    wasteByCategory: mapDelta(b.wasteByCategory, a.wasteByCategory),
    wasteByDepartment: mapDelta(b.wasteByDepartment, a.wasteByDepartment),
    handoffsByPair: pairDelta(b.handoffsByPair, a.handoffsByPair)
  };
}
function mapDelta(before, after) {
  const delta = /* @__PURE__ */ Object.create(null);
  for (const key of unionKeys(before, after)) delta[key] = valueOf(after, key) - valueOf(before, key);
  return delta;
}
function pairDelta(before, after) {
  const pairs = /* @__PURE__ */ new Map();
  const add = (list2, sign) => {
    for (const { from, to, count } of list2) {
      const key = JSON.stringify([from, to]);
      const pair = pairs.get(key) ?? pairs.set(key, { from, to, count: 0 }).get(key);
      pair.count += sign * count;
    }
  };
  add(after, 1);
  add(before, -1);
  const order = new Map([...before, ...after].map((p, i) => [JSON.stringify([p.from, p.to]), i]));
  return [...pairs.entries()].sort(([x], [y]) => order.get(x) - order.get(y)).map(([, p]) => p);
}
function yearlyDelta(before, after) {
  if (!before.totals || !after.totals) return null;
  const cb = before.totals.customers;
  const ca = after.totals.customers;
  return {
    hours: (after.expected.minutes * ca - before.expected.minutes * cb) / 60,
    wasteHours: after.totals.wasteHours - before.totals.wasteHours,
    cost: after.expected.cost * ca - before.expected.cost * cb,
    wasteCost: after.totals.wasteCost - before.totals.wasteCost
  };
}
function touchpointDrops(before, after, top) {
  const b = hotspotMap(before);
  const a = hotspotMap(after);
  const known = (side, id2) => side.complete || Object.hasOwn(side.map, id2);
  return drops(b.map, a.map, top, (id2) => known(b, id2) && known(a, id2));
}
function hotspotMap(report) {
  const map = /* @__PURE__ */ Object.create(null);
  let sum = 0;
  for (const h of report.hotspots.touchpoints) {
    map[h.id] = h.wasteMinutes;
    sum += h.wasteMinutes;
  }
  const total = report.expected.wasteMinutes;
  return { map, complete: Math.abs(total - sum) <= 1e-9 * Math.max(1, total) };
}
function drops(before, after, top, include = () => true) {
  const list2 = [];
  for (const id2 of unionKeys(before, after)) {
    const b = valueOf(before, id2);
    const a = valueOf(after, id2);
    if (a - b < -1e-9 && include(id2)) list2.push({ id: id2, before: b, after: a, delta: a - b });
  }
  return list2.sort((x, y) => x.delta - y.delta).slice(0, top);
}
function unionKeys(before, after) {
  return /* @__PURE__ */ new Set([...Object.keys(before), ...Object.keys(after)]);
}
const valueOf = (map, key) => Object.hasOwn(map, key) ? map[key] : 0;
class EventLogError extends Error {
  constructor(code, message, place = {}) {
    super(message);
    __publicField(this, "name", "EventLogError");
    this.code = code;
    this.place = place;
  }
}
const ROW_PROBLEMS = /* @__PURE__ */ new Set([
  "missing_value",
  "short_row",
  "bad_timestamp",
  "malformed_quote",
  "missing_attribute"
]);
const ENCODINGS = ["utf-8", "utf8", "latin1", "iso-8859-1", "windows-1252"];
const NodeBuffer = globalThis.Buffer;
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
async function* decodeText(chunks, encoding = "utf-8") {
  const utf8 = encoding === "utf-8" || encoding === "utf8";
  const decoder = new TextDecoder(encoding, { fatal: utf8 });
  let bytes = 0;
  let first = true;
  let carry = null;
  const invalid = (upTo) => new EventLogError(
    "invalid_encoding",
    `the log is not valid UTF-8 (between bytes ${bytes.toLocaleString("en")} and ${upTo.toLocaleString("en")}): if it is Latin-1, read it with encoding "latin1" (--encoding latin1)`
  );
  const viaBuffer = (chunk, final) => {
    let data = chunk;
    if (carry) {
      data = new Uint8Array(carry.length + chunk.length);
      data.set(carry);
      data.set(chunk, carry.length);
      carry = null;
    }
    const whole = final ? data.length : wholeCharacters(data);
    if (whole < data.length) carry = data.slice(whole);
    const text = NodeBuffer.from(data.buffer, data.byteOffset, whole).toString("utf8");
    if (text.indexOf("�") >= 0) {
      try {
        new TextDecoder("utf-8", { fatal: true }).decode(data.subarray(0, whole));
      } catch {
        throw invalid(bytes + chunk.length);
      }
    }
    return text;
  };
  const decode = (chunk) => {
    if (utf8 && NodeBuffer) return viaBuffer(chunk ?? new Uint8Array(0), chunk === void 0);
    try {
      return chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode();
    } catch {
      throw invalid(bytes + ((chunk == null ? void 0 : chunk.length) ?? 0));
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
class StringTable {
  constructor() {
    __publicField(this, "values", []);
    /**
     * Open addressing, two numbers per slot: the index + 1 of the value (0 when the slot is
     * free) and its hash, so that probing compares hashes before it touches a string.
     */
    __publicField(this, "slots", new Int32Array(128));
  }
  intern(value2) {
    return this.internRange(value2, 0, value2.length);
  }
  /** The index of `text.slice(start, end)`, added when new. */
  internRange(text, start, end) {
    const hash = hashOf(text, start, end);
    const found = this.lookup(text, start, end, hash);
    if (found >= 0) return found;
    const i = this.values.length;
    const value2 = text.slice(start, end);
    this.values.push(value2.length > 12 ? (" " + value2).slice(1) : value2);
    if (this.values.length * 4 > this.slots.length) this.rehash();
    else this.place(hash, i);
    return i;
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
    for (let s2 = hash & mask; ; s2 = s2 + 1 & mask) {
      const index = slots[2 * s2] - 1;
      if (index < 0) return -1;
      if (slots[2 * s2 + 1] !== hash) continue;
      const v = this.values[index];
      if (v.length === end - start && text.slice(start, end) === v) return index;
    }
  }
  place(hash, index) {
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    let s2 = hash & mask;
    while (slots[2 * s2] !== 0) s2 = s2 + 1 & mask;
    slots[2 * s2] = index + 1;
    slots[2 * s2 + 1] = hash;
  }
  rehash() {
    this.slots = new Int32Array(this.slots.length * 2);
    for (let i = 0; i < this.values.length; i++) this.place(hashOf(this.values[i], 0, this.values[i].length), i);
  }
}
const WHOLE = 16;
function hashOf(text, start, end) {
  let h = 2166136261;
  if (end - start <= WHOLE) {
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  } else {
    h = Math.imul(h ^ end - start, 16777619);
    for (let i = start; i < start + 8; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
    for (let i = end - 8; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  }
  h = Math.imul(h ^ h >>> 16, 2246822507);
  h = Math.imul(h ^ h >>> 13, 3266489909);
  return h ^ h >>> 16;
}
class EventLogBuilder {
  constructor() {
    __publicField(this, "cases", new StringTable());
    __publicField(this, "activities", new StringTable());
    __publicField(this, "departments", new StringTable());
    __publicField(this, "caseOf", new Uint32Array(1024));
    __publicField(this, "activity", new Uint32Array(1024));
    __publicField(this, "department", new Uint32Array(1024));
    __publicField(this, "time", new Float64Array(1024));
    __publicField(this, "count", 0);
    __publicField(this, "skipped", 0);
    __publicField(this, "skippedProblems", []);
  }
  get events() {
    return this.count;
  }
  /** Adds one event; `department` is an index into `departments` or `MISSING_DEPARTMENT`, `time` in ms. */
  add(caseIndex, activity, department, time) {
    if (this.count === this.time.length) this.grow();
    const i = this.count++;
    this.caseOf[i] = caseIndex;
    this.activity[i] = activity;
    this.department[i] = department;
    this.time[i] = time;
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
  }
  build(format) {
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
    for (let k = 0; k < n; k++) {
      const i = order[k];
      activity[k] = this.activity[i];
      department[k] = this.department[i];
      times[k] = time[i];
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
      skipped: this.skipped,
      skippedProblems: this.skippedProblems
    };
  }
}
async function* gunzipIfCompressed(chunks) {
  const iterator = chunks[Symbol.asyncIterator]();
  let first = await iterator.next();
  while (!first.done && first.value.length === 0) first = await iterator.next();
  if (first.done) return;
  if (first.value.length === 1) {
    const second = await iterator.next();
    if (!second.done) {
      const joined = new Uint8Array(1 + second.value.length);
      joined[0] = first.value[0];
      joined.set(second.value, 1);
      first = { done: false, value: joined };
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
      var _a;
      await ((_a = iterator.return) == null ? void 0 : _a.call(iterator));
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
const MISSING_DEPARTMENT = 4294967295;
function badRow(config, code, message, place) {
  if (config.skipBadRows && ROW_PROBLEMS.has(code)) config.builder.skip(message);
  else throw new EventLogError(code, message + (ROW_PROBLEMS.has(code) ? " (or skip such rows with skipBadRows, --skip-bad-rows)" : ""), place);
}
const BATCH_CHARS = 1 << 16;
const MAX_RECORD_CHARS = 1 << 24;
const DELIMITERS = [",", ";", "	", "|"];
const quoted$1 = (s2) => JSON.stringify(s2);
function detectNewline(text) {
  const i = text.search(/[\r\n]/);
  if (i < 0 || text[i] === "\n") return "\n";
  return text[i + 1] === "\n" ? "\r\n" : "\r";
}
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
async function readCsvEvents(texts, config, delimiter) {
  const { builder, parseTime, parseTimeAt } = config;
  const missingMarkers = new StringTable();
  for (const marker of config.missing) missingMarkers.intern(marker);
  let parser = null;
  let newline = "\n";
  let columns = null;
  let caseColumn = 0;
  let activityColumns = [];
  let timestampColumn = 0;
  let departmentColumn = -1;
  let needed = 0;
  let used = new Uint8Array(0);
  let line = 1;
  let lastCaseText = "";
  let lastCase = -1;
  const columnIndex = (name, role) => {
    const i = columns.indexOf(name);
    if (i < 0) {
      throw new EventLogError(
        "missing_column",
        `no column ${quoted$1(name)} for the ${role} (columns: ${columns.map(quoted$1).join(", ")}; delimiter ${quoted$1(delimiter)}): name one of these, or set the delimiter`,
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
        `a CSV log needs the columns of the case, the activity and the timestamp (mapping case, activity, timestamp; --case, --activity, --timestamp); columns: ${row.map(quoted$1).join(", ")}`
      );
    }
    caseColumn = columnIndex(config.caseKey, "case");
    activityColumns = config.activityKeys.map((k) => columnIndex(k, "activity"));
    timestampColumn = columnIndex(config.timestampKey, "timestamp");
    departmentColumn = config.departmentKey === null ? -1 : columnIndex(config.departmentKey, "department");
    needed = Math.max(caseColumn, timestampColumn, departmentColumn, ...activityColumns) + 1;
    used = new Uint8Array(needed);
    fieldText = new Array(needed).fill("");
    starts = new Int32Array(needed);
    ends = new Int32Array(needed);
    for (const c of [caseColumn, timestampColumn, departmentColumn, ...activityColumns]) if (c >= 0) used[c] = 1;
  };
  let fieldText = [];
  let starts = new Int32Array(0);
  let ends = new Int32Array(0);
  const field2 = (c) => fieldText[c].slice(starts[c], ends[c]);
  const activityOf = () => {
    let joined = "";
    for (const c of activityColumns) {
      const part = field2(c);
      if (part !== "") joined = joined === "" ? part : joined + config.activitySeparator + part;
    }
    return joined;
  };
  const timeOf = (c) => {
    const text = fieldText[c];
    const start = starts[c];
    const end = ends[c];
    if (parseTimeAt !== null && end > start && text.charCodeAt(start) > 32 && text.charCodeAt(end - 1) > 32) return parseTimeAt(text, start, end);
    return parseTime(field2(c));
  };
  const useRow = (at, fields) => {
    if (fields < needed) {
      badRow(config, "short_row", `line ${at}: ${fields} field${fields === 1 ? "" : "s"} where the header has ${columns.length}: check the delimiter and the quoting of this line`, { line: at });
      return;
    }
    if (ends[caseColumn] === starts[caseColumn]) return badRow(config, "missing_value", `line ${at}: empty case id in column ${quoted$1(config.caseKey)}`, { line: at });
    const single = activityColumns.length === 1 ? activityColumns[0] : -1;
    const joined = single >= 0 ? null : activityOf();
    if (single >= 0 ? ends[single] === starts[single] : joined === "") {
      return badRow(config, "missing_value", `line ${at}: empty activity in ${config.activityKeys.map(quoted$1).join(" + ")}`, { line: at });
    }
    const time = timeOf(timestampColumn);
    if (Number.isNaN(time)) {
      const stamp = field2(timestampColumn);
      const what = stamp === "" ? "empty timestamp" : `cannot read the timestamp ${quoted$1(stamp)}`;
      return badRow(config, stamp === "" ? "missing_value" : "bad_timestamp", `line ${at}: ${what} in column ${quoted$1(config.timestampKey)}: expected ${config.timestampHint}`, { line: at });
    }
    const caseText = fieldText[caseColumn];
    const caseStart = starts[caseColumn];
    const caseEnd = ends[caseColumn];
    if (lastCase < 0 || caseEnd - caseStart !== lastCaseText.length || caseText.slice(caseStart, caseEnd) !== lastCaseText) {
      lastCase = builder.cases.internRange(caseText, caseStart, caseEnd);
      lastCaseText = builder.cases.values[lastCase];
    }
    let department = MISSING_DEPARTMENT;
    if (departmentColumn >= 0) {
      const text = fieldText[departmentColumn];
      const start = starts[departmentColumn];
      const end = ends[departmentColumn];
      if (end > start) department = builder.departments.findRange(text, start, end);
      if (department < 0) department = missingMarkers.findRange(text, start, end) >= 0 ? MISSING_DEPARTMENT : builder.departments.internRange(text, start, end);
    }
    const activity = joined === null ? builder.activities.internRange(fieldText[single], starts[single], ends[single]) : builder.activities.intern(joined);
    builder.add(lastCase, activity, department, time);
  };
  const useParsedRow = (row, at) => {
    const fields = Math.min(row.length, needed);
    for (let c = 0; c < fields; c++) {
      if (used[c] !== 1) continue;
      fieldText[c] = row[c];
      starts[c] = 0;
      ends[c] = row[c].length;
    }
    useRow(at, row.length);
  };
  const tail = (input, from, final) => {
    const rest = final ? "" : input.slice(from);
    if (rest.length > MAX_RECORD_CHARS) {
      throw new EventLogError("record_too_long", `line ${line}: a record runs over ${MAX_RECORD_CHARS.toLocaleString("en")} characters, most likely a quoted field that is never closed: close the quote`, { line });
    }
    return rest;
  };
  const cutLines = (input, from, final) => {
    const nl = newline === "\r" ? "\r" : "\n";
    const crlf = newline === "\r\n";
    const step = delimiter.length;
    for (let c = 0; c < needed; c++) fieldText[c] = input;
    let pos = from;
    for (; ; ) {
      let end = input.indexOf(nl, pos);
      if (end < 0) {
        if (!final || pos >= input.length) break;
        end = input.length;
      }
      const next = end + 1;
      if (crlf && end > pos && input.charCodeAt(end - 1) === 13) end--;
      const at = line++;
      if (end > pos) {
        let start = pos;
        let fields = 0;
        while (fields < needed) {
          let stop = input.indexOf(delimiter, start);
          if (stop < 0 || stop > end) stop = end;
          starts[fields] = start;
          ends[fields] = stop;
          fields++;
          if (stop === end) break;
          start = stop + step;
        }
        useRow(at, fields);
      }
      pos = next;
    }
    return tail(input, pos, final);
  };
  const parse = (input, final, from = 0) => {
    if (columns !== null && input.indexOf('"', from) < 0) return cutLines(input, from, final);
    if (from > 0) input = input.slice(from);
    if (parser === null) {
      if (line === 1 && input.charCodeAt(0) === 65279) input = input.slice(1);
      const end = input.search(/[\r\n]/);
      if (end < 0 && !final) return input;
      newline = detectNewline(input);
      const header = end < 0 ? input : input.slice(0, end);
      delimiter ?? (delimiter = detectDelimiter(header));
      parser = new Papa.Parser({ delimiter, newline, quoteChar: '"' });
      if (header !== "" && header.indexOf('"') < 0) {
        useHeader(header.split(delimiter));
        line = 2;
        input = end < 0 ? "" : input.slice(end + newline.length);
        if (input.indexOf('"') < 0) return cutLines(input, 0, final);
      }
    }
    const result = parser.parse(input, 0, !final);
    const rows = result.data;
    const hasQuotes = input.indexOf('"') >= 0;
    const nl = newline === "\r" ? "\r" : "\n";
    let malformed = null;
    for (const e of result.errors) {
      if (e.code === "MissingQuotes") {
        let at = line;
        for (let k = 0; k < (e.row ?? 0); k++) at += 1 + (rows[k] ?? []).reduce((n, f) => n + countOf(f, nl), 0);
        throw new EventLogError("unterminated_quote", `line ${at}: a quoted field is never closed: close the quote (a quote inside a quoted field is written twice, "")`, { line: at });
      }
      (malformed ?? (malformed = /* @__PURE__ */ new Set())).add(e.row ?? -1);
    }
    for (let k = 0; k < rows.length; k++) {
      const row = rows[k];
      const at = line;
      line++;
      if (hasQuotes) {
        for (const field22 of row) if (field22.indexOf(nl) >= 0) line += countOf(field22, nl);
      }
      if (row.length === 1 && row[0] === "") continue;
      if (malformed == null ? void 0 : malformed.has(k)) {
        badRow(config, "malformed_quote", `line ${at}: a quoted field has text after its closing quote: quote the whole field and double the quotes inside it ("")`, { line: at });
      } else if (columns === null) {
        useHeader(row);
      } else {
        useParsedRow(row, at);
      }
    }
    return tail(input, result.meta.cursor, final);
  };
  let pending = "";
  for await (const text of texts) {
    const end = pending === "" || columns === null ? -1 : text.indexOf(newline === "\r" ? "\r" : "\n");
    if (end < 0) {
      pending = pending === "" ? text : pending + text;
    } else {
      pending = parse(pending + text.slice(0, end + 1), false);
      if (pending === "" && text.length - end - 1 >= BATCH_CHARS) {
        pending = parse(text, false, end + 1);
        continue;
      }
      const rest = text.slice(end + 1);
      pending = pending === "" ? rest : pending + rest;
    }
    if (pending.length >= BATCH_CHARS) pending = parse(pending, false);
  }
  parse(pending, true);
  if (columns === null) throw new EventLogError("empty_log", "the log is empty: expected a header line naming the columns, then one line per event");
}
const quoted = (s2) => JSON.stringify(s2);
async function readXesEvents(texts, config) {
  const { builder, missing } = config;
  const wanted = /* @__PURE__ */ new Set([config.caseKey, config.timestampKey, ...config.activityKeys]);
  if (config.departmentKey !== null) wanted.add(config.departmentKey);
  const parser = new SaxesParser({ xmlns: false, position: true });
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
      const message = `trace ${trace} (line ${traceLine}): no ${quoted(config.caseKey)} attribute naming the case`;
      if (events.length === 0) return;
      for (let e = 0; e < events.length; e++) badRow(config, "missing_attribute", message, { trace });
      return;
    }
    const caseIndex = builder.cases.intern(caseText);
    for (let e = 0; e < events.length; e++) {
      const { values, line } = events[e];
      const get = (key) => values.get(key) ?? traceValues.get(key) ?? "";
      const place = { trace, event: e + 1 };
      const where = `trace ${trace} (case ${quoted(caseText)}), event ${e + 1} (line ${line})`;
      let activity = "";
      for (const key of config.activityKeys) {
        const part = get(key);
        if (part !== "") activity = activity === "" ? part : activity + config.activitySeparator + part;
      }
      if (activity === "") {
        badRow(config, "missing_attribute", `${where}: no activity (${config.activityKeys.map(quoted).join(" + ")})`, place);
        continue;
      }
      const stamp = get(config.timestampKey);
      const time = config.parseTime(stamp);
      if (Number.isNaN(time)) {
        const what = stamp === "" ? `no ${quoted(config.timestampKey)} attribute` : `cannot read the timestamp ${quoted(stamp)}`;
        badRow(config, stamp === "" ? "missing_attribute" : "bad_timestamp", `${where}: ${what}: expected ${config.timestampHint}`, place);
        continue;
      }
      let department = MISSING_DEPARTMENT;
      if (config.departmentKey !== null) {
        const d = get(config.departmentKey);
        if (d !== "" && !missing.has(d)) department = builder.departments.intern(d);
      }
      builder.add(caseIndex, builder.activities.intern(activity), department, time);
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
  parser.on("opentag", (tag) => {
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
      if (tag.name === "event") event = { values: /* @__PURE__ */ new Map(), line: parser.line };
      else {
        const key = tag.attributes.key;
        if (key !== void 0 && wanted.has(key) && tag.attributes.value !== void 0) traceValues.set(key, tag.attributes.value);
      }
    } else if (depth === 3 && event !== null) {
      const key = tag.attributes.key;
      if (key !== void 0 && wanted.has(key) && tag.attributes.value !== void 0) event.values.set(key, tag.attributes.value);
    }
    depth++;
  });
  parser.on("closetag", (tag) => {
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
  for await (const text of texts) parser.write(text);
  parser.close();
  if (!sawLog) throw new EventLogError("empty_log", "the log is empty: expected an XES <log> element");
}
const DIGIT_0 = 48;
const [HYPHEN, SLASH, COLON, DOT, COMMA, SPACE, T, PLUS, Z, Z_LOWER] = [45, 47, 58, 46, 44, 32, 84, 43, 90, 122];
function digits2(t, i) {
  const a = t.charCodeAt(i) - DIGIT_0;
  const b = t.charCodeAt(i + 1) - DIGIT_0;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}
function digits4(t, i) {
  const a = digits2(t, i);
  const b = digits2(t, i + 2);
  return a >= 0 && b >= 0 ? a * 100 + b : -1;
}
const MS_PER_DAY = 864e5;
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
let lastDate = -1;
let lastDays = 0;
function toMs(y, mo, d, h, mi, s2, ms, offset) {
  if (h > 23 || mi > 59 || s2 > 59) return NaN;
  const date = y * 1e4 + mo * 100 + d;
  if (date !== lastDate) {
    if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return NaN;
    lastDays = daysFromCivil(y, mo, d);
    lastDate = date;
  }
  return lastDays * MS_PER_DAY + ((h * 60 + mi - offset) * 60 + s2) * 1e3 + ms;
}
class Reader {
  constructor(text) {
    __publicField(this, "i", 0);
    this.text = text;
  }
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
}
function readDefault(text) {
  let t = text;
  if (t.charCodeAt(0) <= 32 || t.charCodeAt(t.length - 1) <= 32) t = t.trim();
  return isoTimestampAt(t, 0, t.length);
}
function isoTimestampAt(t, start, end) {
  const n = end - start;
  if (n < 10) return NaN;
  const y = digits4(t, start);
  const sep = t.charCodeAt(start + 4);
  if (y < 0 || sep !== HYPHEN && sep !== SLASH || t.charCodeAt(start + 7) !== sep) return NaN;
  const mo = digits2(t, start + 5);
  const d = digits2(t, start + 8);
  if (mo < 0 || d < 0) return NaN;
  if (n === 10) return toMs(y, mo, d, 0, 0, 0, 0, 0);
  const tee = t.charCodeAt(start + 10);
  if (n < 16 || tee !== T && tee !== SPACE || t.charCodeAt(start + 13) !== COLON) return NaN;
  const h = digits2(t, start + 11);
  const mi = digits2(t, start + 14);
  if (h < 0 || mi < 0) return NaN;
  let i = start + 16;
  let s2 = 0;
  let ms = 0;
  if (i < end && t.charCodeAt(i) === COLON) {
    if (n < 19) return NaN;
    s2 = digits2(t, start + 17);
    if (s2 < 0) return NaN;
    i = start + 19;
    const dot2 = i < end ? t.charCodeAt(i) : 0;
    if (dot2 === DOT || dot2 === COMMA) {
      let scale = 100;
      const from = ++i;
      for (let c = t.charCodeAt(i) - DIGIT_0; i < end && c >= 0 && c <= 9; c = t.charCodeAt(++i) - DIGIT_0) {
        ms += c * scale;
        scale /= 10;
      }
      if (i === from) return NaN;
    }
  }
  if (i === end) return toMs(y, mo, d, h, mi, s2, ms, 0);
  const offset = offsetAt(t, i, end);
  return Number.isNaN(offset) ? NaN : toMs(y, mo, d, h, mi, s2, ms, offset);
}
function offsetAt(t, i, end) {
  const c = t.charCodeAt(i);
  if (c === Z || c === Z_LOWER) return i + 1 === end ? 0 : NaN;
  if (c !== PLUS && c !== HYPHEN || i + 3 > end) return NaN;
  const h = digits2(t, i + 1);
  let at = i + 3;
  const colon = at < end && t.charCodeAt(at) === COLON;
  if (colon) at++;
  const m = at === end && !colon ? 0 : at + 2 <= end ? digits2(t, at) : -1;
  if (h < 0 || h > 23 || m < 0 || m > 59 || at !== end && at + 2 !== end) return NaN;
  return (c === HYPHEN ? -1 : 1) * (h * 60 + m);
}
const PATTERN_TOKENS = [
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
const DEFAULTS$2 = {
  encoding: "utf-8",
  activitySeparator: "+",
  skipBadRows: false,
  xes: { case: "concept:name", activity: ["concept:name"], timestamp: "time:timestamp" }
};
const TEXT_SLICE = 1 << 20;
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
async function peekFormat(texts) {
  const iterator = texts[Symbol.asyncIterator]();
  const seen = [];
  let format = "csv";
  for (; ; ) {
    const next = await iterator.next();
    if (next.done) break;
    seen.push(next.value);
    const start = next.value.replace(/^\uFEFF/, "").trimStart();
    if (start !== "") {
      format = start.startsWith("<") ? "xes" : "csv";
      break;
    }
  }
  async function* all() {
    yield* seen;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  return { format, texts: all() };
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
  const bytesIn = typeof source === "string" ? sliced(source) : decodeText(
    gunzipIfCompressed(counted(byteChunks(source), (bytes) => progress == null ? void 0 : progress({ bytes, events: builder.events }))),
    options.encoding ?? DEFAULTS$2.encoding
  );
  const { format: detected, texts } = await peekFormat(bytesIn);
  const format = options.format ?? detected;
  const defaults = format === "xes" ? DEFAULTS$2.xes : { case: "", activity: [], timestamp: "" };
  const activity = mapping.activity ?? defaults.activity;
  let parseTime;
  try {
    parseTime = timestampParser(options.timestampFormat);
  } catch (e) {
    throw new EventLogError("bad_option", `${e.message}: use YYYY, MM, DD, HH, mm, ss, SSS and Z`);
  }
  const config = {
    caseKey: mapping.case ?? defaults.case,
    activityKeys: typeof activity === "string" ? [activity] : [...activity],
    timestampKey: mapping.timestamp ?? defaults.timestamp,
    departmentKey: mapping.department ?? null,
    missing: new Set(mapping.missing ?? []),
    activitySeparator: options.activitySeparator ?? DEFAULTS$2.activitySeparator,
    parseTime,
    parseTimeAt: options.timestampFormat === void 0 || options.timestampFormat === "" ? isoTimestampAt : null,
    timestampHint: typeof options.timestampFormat === "string" ? `the format ${JSON.stringify(options.timestampFormat)}` : "ISO 8601 (2014-10-22T11:15:41+02:00) or YYYY/MM/DD hh:mm:ss; set timestampFormat (--timestamp-format) for other layouts",
    skipBadRows: options.skipBadRows ?? DEFAULTS$2.skipBadRows,
    builder
  };
  if (format === "csv") await readCsvEvents(texts, config, options.delimiter);
  else {
    try {
      await readXesEvents(texts, config);
    } catch (e) {
      if (e instanceof EventLogError && options.format === void 0 && (e.code === "xml_error" || e.code === "not_xes")) {
        throw new EventLogError(e.code, `${e.message} (read as XES because the text starts with "<"; set format "csv", --format csv, for a CSV log)`, e.place);
      }
      throw e;
    }
  }
  if (builder.events === 0) {
    const skipped = builder.skipped ? `: all ${builder.skipped} were skipped as bad (first: ${builder.skippedProblems[0]})` : "";
    throw new EventLogError("empty_log", `the log has no events${skipped}`);
  }
  return builder.build(format);
}
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
function minutesSummary(values, count = values.length) {
  if (count === 0) return { count: 0, meanMinutes: null, medianMinutes: null };
  let sum = 0;
  for (let i = 0; i < count; i++) sum += values[i];
  const copy = values.slice(0, count);
  const mid = count >> 1;
  const upper = select(copy, mid);
  let median = upper;
  if (count % 2 === 0) {
    let lower = copy[0];
    for (let i = 1; i < mid; i++) if (copy[i] > lower) lower = copy[i];
    median = (lower + upper) / 2;
  }
  return { count, meanMinutes: sum / count, medianMinutes: median };
}
function select(a, k) {
  let lo = 0;
  let hi = a.length - 1;
  while (hi > lo) {
    const m = lo + hi >> 1;
    const x = a[lo];
    const y = a[m];
    const z2 = a[hi];
    const pivot = x < y ? y < z2 ? y : x < z2 ? z2 : x : x < z2 ? x : y < z2 ? z2 : y;
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
const DEFAULTS$1 = { topVariants: 10 };
const MS_PER_MINUTE = 6e4;
function measureWandering(log) {
  const { caseStart, department, activity, time, departments } = log;
  const totals2 = { handoffs: 0, pingPongs: 0, revisits: 0, repeats: 0, casesWithHandoff: 0, casesWithPingPong: 0, casesWithRevisit: 0 };
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
        const minutes2 = (time[i] - time[previous]) / MS_PER_MINUTE;
        if (department[previous] === d) stays[stayCount++] = minutes2;
        else changes[changeCount++] = minutes2;
      }
      previous = i;
    }
    const m = wanderMetrics(visited, known);
    totals2.handoffs += m.handoffs;
    totals2.pingPongs += m.pingPongs;
    totals2.revisits += m.revisits;
    totals2.repeats += m.repeats;
    if (m.handoffs > 0) totals2.casesWithHandoff++;
    if (m.pingPongs > 0) totals2.casesWithPingPong++;
    if (m.revisits > 0) totals2.casesWithRevisit++;
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
    ...totals2,
    handoffsByPair: [...pairs.values()].sort((p, q) => q.count - p.count),
    waiting: { departmentChanges: minutesSummary(changes, changeCount), departmentStays: minutesSummary(stays, stayCount) }
  };
}
function countVariants(log, top) {
  const { caseStart, activity } = log;
  const counts = /* @__PURE__ */ new Map();
  const asCodeUnits = log.activities.length <= 65535;
  for (let c = 0; c + 1 < caseStart.length; c++) {
    const events = activity.subarray(caseStart[c], caseStart[c + 1]);
    const key = asCodeUnits ? codeUnits(events) : events.join(",");
    const v = counts.get(key);
    if (v) v.count++;
    else counts.set(key, { first: c, count: 1 });
  }
  const ranked = [...counts.values()].sort((a, b) => b.count - a.count).slice(0, top);
  return {
    variants: ranked.map(({ first, count }) => ({
      activities: Array.from(activity.subarray(caseStart[first], caseStart[first + 1]), (a) => log.activities[a]),
      count
    })),
    variantCount: counts.size
  };
}
function codeUnits(values) {
  const PIECE = 4096;
  if (values.length <= PIECE) return String.fromCharCode.apply(null, values);
  let text = "";
  for (let i = 0; i < values.length; i += PIECE) text += String.fromCharCode.apply(null, values.subarray(i, i + PIECE));
  return text;
}
function caseDurations(log) {
  const { caseStart, time } = log;
  const minutes2 = new Float64Array(log.cases.length);
  for (let c = 0; c < minutes2.length; c++) {
    const from = caseStart[c];
    const to = caseStart[c + 1];
    minutes2[c] = to > from ? (time[to - 1] - time[from]) / MS_PER_MINUTE : 0;
  }
  return minutes2;
}
function directlyFollows(log) {
  return activityFlows(log).pairs.map((p) => ({ from: log.activities[p.from], to: log.activities[p.to], count: p.count, meanMinutes: p.totalMinutes / p.count })).sort((a, b) => b.count - a.count);
}
function analyseLog(log, options = {}) {
  const { topVariants } = { ...DEFAULTS$1, ...options };
  const { waiting, handoffsByPair, ...wander } = measureWandering(log);
  const { variants, variantCount } = countVariants(log, topVariants);
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
    skippedRows: log.skipped
  };
}
const DEFAULTS = { id: "mined-service", unknownDepartment: "unknown" };
function uniqueId(base, taken) {
  let id2 = base;
  for (let k = 2; taken.has(id2); k++) id2 = `${base} (${k})`;
  taken.add(id2);
  return id2;
}
function mainDepartments(log) {
  const nd = log.departments.length;
  const counts = /* @__PURE__ */ new Map();
  for (let i = 0; i < log.events; i++) {
    const d = log.department[i];
    if (d === MISSING_DEPARTMENT) continue;
    const key = log.activity[i] * nd + d;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const best = new Int32Array(log.activities.length).fill(-1);
  const bestCount = new Float64Array(log.activities.length);
  for (const [key, count] of counts) {
    const a = Math.floor(key / nd);
    const d = key % nd;
    if (count > bestCount[a] || count === bestCount[a] && d < best[a]) {
      best[a] = d;
      bestCount[a] = count;
    }
  }
  return best;
}
function stepsOf(activity, c) {
  if (!c) return [{ name: activity, type: "value", minutes: 0 }];
  return [
    {
      name: activity,
      type: c.type,
      ...c.waste !== void 0 && { waste: c.waste },
      minutes: c.minutes ?? 0,
      ...c.cost !== void 0 && { cost: c.cost }
    }
  ];
}
function mineService(log, classification, options = {}) {
  const { id: id2, unknownDepartment } = { ...DEFAULTS, ...options };
  const classes = new Map(((classification == null ? void 0 : classification.activities) ?? []).map((c) => [c.activity, c]));
  const { pairs, starts, ends } = activityFlows(log);
  const main = mainDepartments(log);
  const departmentIds = new Set(log.departments);
  const unknownId = uniqueId(unknownDepartment, new Set(departmentIds));
  const used = /* @__PURE__ */ new Set();
  const departmentOf = (a) => {
    const d = main[a];
    const dept = d < 0 ? unknownId : log.departments[d];
    used.add(dept);
    return dept;
  };
  const taken = new Set(log.activities);
  const touchpoints = log.activities.map((activity, a) => ({
    id: activity,
    department: departmentOf(a),
    ...starts[a] > 0 && { entry: starts[a] },
    steps: stepsOf(activity, classes.get(activity))
  }));
  const transitions = pairs.map((p) => {
    var _a;
    return {
      from: log.activities[p.from],
      to: log.activities[p.to],
      volume: p.count,
      wait: p.totalMinutes / p.count,
      ...((_a = classes.get(log.activities[p.to])) == null ? void 0 : _a.failure) && { failure: true }
    };
  });
  log.activities.forEach((activity, a) => {
    var _a;
    if (ends[a] === 0) return;
    const end = uniqueId(`end: ${activity}`, taken);
    touchpoints.push({
      id: end,
      name: `Case ends after ${activity}`,
      department: touchpoints[a].department,
      outcome: ((_a = classes.get(activity)) == null ? void 0 : _a.outcome) ?? "resolved",
      steps: []
    });
    transitions.push({ from: activity, to: end, volume: ends[a] });
  });
  const departments = [...log.departments, unknownId].filter((d) => used.has(d)).map((d) => ({ id: d }));
  return { id: id2, ...options.name !== void 0 && { name: options.name }, departments, touchpoints, transitions };
}
const ClassifiedActivitySchema = z.strictObject({
  activity: z.string().min(1).describe("The activity name as the log spells it (joined, when several columns make the activity)."),
  type: z.enum(STEP_TYPES).describe("value, necessary or waste."),
  waste: z.string().min(1).optional().describe(`Waste category of a waste activity: ${STANDARD_WASTES.join(", ")}, or a custom one.`),
  minutes: z.number().finite().nonnegative().optional().describe("The customer's minutes in this activity (0 when absent)."),
  cost: z.number().finite().nonnegative().optional().describe("The organisation's cost of this activity."),
  failure: z.boolean().optional().describe("A visit to this activity is failure demand."),
  outcome: z.enum(OUTCOMES).optional().describe("A case that ends with this activity ends so (resolved when absent).")
});
const ClassificationSchema = z.strictObject({
  $schema: z.string().optional(),
  activities: z.array(ClassifiedActivitySchema)
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
class InvalidClassificationError extends Error {
  constructor(issues) {
    super(`invalid classification (${issues.length === 1 ? "1 problem" : `${issues.length} problems`}):
${issues.map((i) => `  ${i.message}`).join("\n")}`);
    __publicField(this, "name", "InvalidClassificationError");
    this.issues = issues;
  }
}
function parseClassification(input) {
  const result = ClassificationSchema.safeParse(input);
  if (result.success) return result.data;
  throw new InvalidClassificationError(
    result.error.issues.map((i) => {
      var _a;
      const code = i.code === "custom" ? String(((_a = i.params) == null ? void 0 : _a.code) ?? "custom") : i.code;
      return { code, path: i.path.map((p) => typeof p === "symbol" ? String(p) : p), message: `${formatPath(i.path)}: ${i.message}` };
    })
  );
}
export {
  ANALYSE_DEFAULTS,
  ClassificationSchema,
  DepartmentSchema,
  EventLogError,
  InvalidClassificationError,
  InvalidRedesignError,
  InvalidServiceError,
  MISSING_DEPARTMENT,
  REDESIGN_OPS,
  RedesignSchema,
  STANDARD_WASTES,
  ServiceSchema,
  StepSchema,
  TouchpointSchema,
  TransitionSchema,
  WARNING_CODES,
  analyse,
  analyseLog,
  applyRedesign,
  compareReports,
  entryWeight,
  expectedPingPongs,
  expectedValues,
  expectedVisits,
  formatPath,
  idealRoutes,
  issueMessage,
  journeyMetrics,
  likelyJourneys,
  markovChain,
  mineService,
  modelJourney,
  parseClassification,
  parseRedesign,
  parseService,
  readEventLog,
  safeApplyRedesign,
  safeParseRedesign,
  safeParseService,
  s as serviceDiff,
  serviceGraph,
  serviceJsonSchema,
  timestampParser,
  touchpointKey,
  transitionProbabilities,
  wanderMetrics,
  wanderPaths
};
