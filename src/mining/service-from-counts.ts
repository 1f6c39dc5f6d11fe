import { CLASSIFIED_FACTS } from "../model/vocabulary.js";
import type { Department, MinedRecord, Service, Touchpoint, Transition } from "../model/types.js";
import type { Classification, ClassifiedActivity } from "./classification.js";
import { canonical } from "./count-mining.js";
import type { MiningCounts, MiningState } from "./mining-counts.js";

/**
 * Options of `serviceFromCounts` (and of `mineService`).
 *
 * @example
 * serviceFromCounts(counts, { id: "receipt", name: "Receipt phase", classification });
 */
export interface ServiceFromCountsOptions {
  /** The mined service's id. */
  id?: string;
  name?: string;
  /** The department of events with no known department (made unique if a real department has this name). */
  unknownDepartment?: string;
  /** Step type, waste category, minutes, failure demand and outcome per activity. */
  classification?: Classification;
  /** What the service calls its customer, singular ("patient"): the model's `noun`. */
  noun?: string;
}

const DEFAULTS = { id: "mined-service", unknownDepartment: "unknown" };

/** `base`, or `base (2)`, `base (3)`, … whichever is not taken yet; marks it taken. */
function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let k = 2; taken.has(id); k++) id = `${base} (${k})`;
  taken.add(id);
  return id;
}

/**
 * Builds the mined `Service` from `MiningCounts`, a pure function of the counts and
 * the options. Its rules, in the order they are applied:
 *
 * - **Departments**: the known departments in the counts' order, those used; then the unknown
 *   department (id `unknownDepartment`, suffixed ` (2)`, ` (3)`… if a real department has it).
 * - **Touchpoint ids**, states taken in the canonical order of `MiningCounts`:
 *   1. an activity seen in one department only: the activity name;
 *   2. else `activity @ department`, unique against every id so far (a clash gets ` (2)`, …);
 *   this (activity, department) id is the **group**;
 *   3. when a group has several states (history), each gets `group | first` (no previous run)
 *      or `group | after A → B` (previous runs, oldest first), unique again, and carries
 *      `group`; a group of one state is that state's touchpoint, without `group`;
 *   4. outcomes: `end: <touchpoint id>` per state that ends cases, unique again; outcomes of
 *      one group's states share the group `end: <group>` when there are several.
 * - **Touchpoints** in state order, then the outcomes in state order. `name` = the activity
 *   (outcomes: `Case ends after <activity>`); `entry` = the cases starting there; one step
 *   named after the activity, of the classified type (default `value`), whose minutes are the
 *   mean service time (Σ service minutes / visits) when the log has start times, else the
 *   classified minutes (default 0).
 * - **`mined`**: the cases (Σ starts), whether the log had start times, and what the
 *   classification named (`MinedRecord`): what `analyse` needs to tell a figure from a default.
 * - **Transitions** in the counts' order (by from, then to), then one per outcome:
 *   `volume` = count, `wait` = Σ wait / count (a negative mean, from overlapping work, is 0);
 *   `failure` when the target's activity is classified as failure demand. An outcome is
 *   `resolved` unless the classification says `abandoned`.
 *
 * @example
 * const service = serviceFromCounts(countMining(log, { history: 1 }), { id: "receipt" });
 * analyse(service).expected.handoffs; // the log's hand-offs per case
 */
export function serviceFromCounts(counts: MiningCounts, options: ServiceFromCountsOptions = {}): Service {
  checkCounts(counts);
  const { states, transitions, activities } = canonical(counts);
  const id = options.id ?? DEFAULTS.id;
  const classes = new Map((options.classification?.activities ?? []).map((c) => [c.activity, c]));

  const unknownId = uniqueId(options.unknownDepartment ?? DEFAULTS.unknownDepartment, new Set(counts.departments));
  const departmentId = (d: number) => (d < 0 ? unknownId : counts.departments[d]!);

  // Groups: runs of states with the same (activity, department), adjacent in canonical order.
  const groupOf = new Int32Array(states.length);
  const groups: { activity: number; department: number; size: number; ends: number }[] = [];
  states.forEach((s, k) => {
    const last = groups[groups.length - 1];
    if (last && last.activity === s.activity && last.department === s.department) last.size++;
    else groups.push({ activity: s.activity, department: s.department, size: 1, ends: 0 });
    groupOf[k] = groups.length - 1;
    if (s.ends > 0) groups[groups.length - 1]!.ends++;
  });
  const departmentsOfActivity = new Int32Array(activities.length);
  for (const g of groups) departmentsOfActivity[g.activity]!++;

  const taken = new Set<string>();
  const groupIds: string[] = new Array(groups.length);
  groups.forEach((g, k) => {
    if (departmentsOfActivity[g.activity] === 1) groupIds[k] = uniqueId(activities[g.activity]!, taken);
  });
  groups.forEach((g, k) => {
    groupIds[k] ??= uniqueId(`${activities[g.activity]!} @ ${departmentId(g.department)}`, taken);
  });
  const ids = states.map((s, k) => {
    const g = groupOf[k]!;
    return groups[g]!.size === 1 ? groupIds[g]! : uniqueId(`${groupIds[g]!} | ${historyLabel(s, departmentId)}`, taken);
  });
  const endGroupIds = groups.map((g, k) => (g.ends > 1 ? uniqueId(`end: ${groupIds[k]!}`, taken) : null));

  const used = new Set<number>();
  const touchpoints: Touchpoint[] = states.map((s, k) => {
    used.add(s.department);
    const activity = activities[s.activity]!;
    const g = groupOf[k]!;
    return {
      id: ids[k]!,
      ...(ids[k] !== activity && { name: activity }),
      department: departmentId(s.department),
      ...(s.starts > 0 && { entry: s.starts }),
      steps: stepsOf(activity, classes.get(activity), counts.hasStartTimes ? s.serviceMinutes / s.visits : undefined),
      ...(groups[g]!.size > 1 && { group: groupIds[g]! }),
    };
  });
  const mined: Transition[] = transitions.map((t) => ({
    from: ids[t.from]!,
    to: ids[t.to]!,
    volume: t.count,
    wait: Math.max(0, t.waitMinutes / t.count),
    ...(t.workingWaitMinutes !== undefined && { workingWait: Math.max(0, t.workingWaitMinutes / t.count) }),
    ...(classes.get(activities[states[t.to]!.activity]!)?.failure && { failure: true }),
  }));
  states.forEach((s, k) => {
    if (s.ends === 0) return;
    const activity = activities[s.activity]!;
    const end = uniqueId(`end: ${ids[k]!}`, taken);
    const group = endGroupIds[groupOf[k]!];
    touchpoints.push({
      id: end,
      name: `Case ends after ${activity}`,
      department: departmentId(s.department),
      outcome: classes.get(activity)?.outcome ?? "resolved",
      steps: [],
      ...(group !== null && group !== undefined && { group }),
    });
    mined.push({ from: ids[k]!, to: end, volume: s.ends });
  });

  const departments: Department[] = [...counts.departments.keys(), -1].filter((d) => used.has(d)).map((d) => ({ id: departmentId(d) }));
  return {
    id,
    ...(options.name !== undefined && { name: options.name }),
    ...(options.noun !== undefined && { noun: options.noun }),
    mined: minedRecord(counts, options.classification),
    ...(counts.workingDayMinutes !== undefined && { workingDayMinutes: counts.workingDayMinutes }),
    departments,
    touchpoints,
    transitions: mined,
  };
}

/** What the log could tell: its cases (Σ starts), whether it had start times, and what the classification named. */
function minedRecord(counts: MiningCounts, classification: Classification | undefined): MinedRecord {
  const named = (fact: MinedRecord["classified"][number]) => {
    const activities = classification?.activities ?? [];
    switch (fact) {
      case "type":
        return activities.length > 0;
      case "minutes":
        return activities.some((a) => a.minutes !== undefined);
      case "cost":
        return activities.some((a) => a.cost !== undefined);
      case "failure":
        return activities.some((a) => a.failure !== undefined);
      case "outcome":
        return activities.some((a) => a.outcome !== undefined);
    }
  };
  return {
    cases: counts.states.reduce((sum, s) => sum + s.starts, 0),
    startTimes: counts.hasStartTimes,
    classified: CLASSIFIED_FACTS.filter(named),
  };
}

/** `first`, or `after A → B`: the previous department runs, oldest first. */
function historyLabel(state: MiningState, departmentId: (d: number) => string): string {
  return state.history.length === 0 ? "first" : `after ${state.history.map(departmentId).join(" → ")}`;
}

function stepsOf(activity: string, c: ClassifiedActivity | undefined, serviceMinutes: number | undefined): Touchpoint["steps"] {
  const minutes = serviceMinutes ?? c?.minutes ?? 0;
  if (!c) return [{ name: activity, type: "value", minutes }];
  return [
    {
      name: activity,
      type: c.type,
      ...(c.waste !== undefined && { waste: c.waste }),
      minutes,
      ...(c.cost !== undefined && { cost: c.cost }),
    },
  ];
}

/** Counts from another engine are input: refuse what would build a wrong model, naming the place. */
function checkCounts(counts: MiningCounts): void {
  const bad = (where: string, what: string) => {
    throw new RangeError(`serviceFromCounts: ${where}: ${what}`);
  };
  if (counts === null || typeof counts !== "object" || counts.format !== "hukka-mining-counts") {
    bad("format", 'not mining counts (expected format "hukka-mining-counts", as countMining returns)');
  }
  if (counts.version !== 1) bad("version", `unknown version ${JSON.stringify(counts.version)} (expected 1)`);
  const A = counts.activities.length;
  const D = counts.departments.length;
  const S = counts.states.length;
  const department = (d: unknown) => Number.isInteger(d) && (d as number) >= -1 && (d as number) < D;
  const count = (n: unknown) => Number.isInteger(n) && (n as number) >= 0;
  counts.states.forEach((s, k) => {
    if (!Number.isInteger(s.activity) || s.activity < 0 || s.activity >= A) bad(`states[${k}].activity`, `${s.activity} is not an index into the ${A} activities`);
    if (!department(s.department)) bad(`states[${k}].department`, `${s.department} is not -1 or an index into the ${D} departments`);
    if (!Array.isArray(s.history) || s.history.length > counts.history || !s.history.every(department)) {
      bad(`states[${k}].history`, `expected at most ${counts.history} department indices (or -1)`);
    }
    if (!count(s.visits) || s.visits === 0 || !count(s.starts) || !count(s.ends)) bad(`states[${k}]`, "visits (> 0), starts and ends must be whole numbers ≥ 0");
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
