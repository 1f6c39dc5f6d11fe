import type { Department, Service, Touchpoint, Transition } from "../model/types.js";
import { activityFlows } from "./activity-flows.js";
import type { Classification, ClassifiedActivity } from "./classification.js";
import { MISSING_DEPARTMENT, type EventLog } from "./event-log.js";

/**
 * Options of `mineService`.
 *
 * @example
 * mineService(log, classification, { id: "receipt", name: "Receipt phase" });
 */
export interface MineServiceOptions {
  /** The mined service's id. */
  id?: string;
  name?: string;
  /** The department of activities that never have a known department (made unique if a real department has this name). */
  unknownDepartment?: string;
}

const DEFAULTS: Required<Omit<MineServiceOptions, "name">> = { id: "mined-service", unknownDepartment: "unknown" };

/** `base`, or `base (2)`, `base (3)`, … whichever is not taken yet; marks it taken. */
function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let k = 2; taken.has(id); k++) id = `${base} (${k})`;
  taken.add(id);
  return id;
}

/** Per activity, the index of its most frequent known department (ties: the department seen first), or -1. */
function mainDepartments(log: EventLog): Int32Array {
  const nd = log.departments.length;
  const counts = new Map<number, number>();
  for (let i = 0; i < log.events; i++) {
    const d = log.department[i]!;
    if (d === MISSING_DEPARTMENT) continue;
    const key = log.activity[i]! * nd + d;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const best = new Int32Array(log.activities.length).fill(-1);
  const bestCount = new Float64Array(log.activities.length);
  for (const [key, count] of counts) {
    const a = Math.floor(key / nd);
    const d = key % nd;
    if (count > bestCount[a]! || (count === bestCount[a]! && d < best[a]!)) {
      best[a] = d;
      bestCount[a] = count;
    }
  }
  return best;
}

function stepsOf(activity: string, c: ClassifiedActivity | undefined): Touchpoint["steps"] {
  if (!c) return [{ name: activity, type: "value", minutes: 0 }];
  return [
    {
      name: activity,
      type: c.type,
      ...(c.waste !== undefined && { waste: c.waste }),
      minutes: c.minutes ?? 0,
      ...(c.cost !== undefined && { cost: c.cost }),
    },
  ];
}

/**
 * Mines a service model from an event log: one touchpoint per activity, in the
 * department where the activity happens most often (activities never seen with a department go
 * to `unknown`); transitions with `volume` = how often one activity directly follows the other
 * and `wait` = the mean minutes between them; entry weights = how many cases start with each
 * activity; and one outcome touchpoint `end: <activity>` per activity that ends cases, reached
 * with `volume` = the cases ending there, `resolved` unless the classification says
 * `abandoned`. The classification gives each activity its step type, waste category, minutes
 * and failure demand (transitions into a failure activity are `failure`); unclassified
 * activities are `value` steps of 0 minutes. The result passes `parseService` and goes through
 * `analyse` like any model.
 *
 * @example
 * const service = mineService(log, parseClassification(json), { id: "sepsis" });
 * analyse(service).expected.handoffs;
 */
export function mineService(log: EventLog, classification?: Classification, options: MineServiceOptions = {}): Service {
  const { id, unknownDepartment } = { ...DEFAULTS, ...options };
  const classes = new Map((classification?.activities ?? []).map((c) => [c.activity, c]));
  const { pairs, starts, ends } = activityFlows(log);
  const main = mainDepartments(log);

  const departmentIds = new Set(log.departments);
  const unknownId = uniqueId(unknownDepartment, new Set(departmentIds));
  const used = new Set<string>();
  const departmentOf = (a: number) => {
    const d = main[a]!;
    const dept = d < 0 ? unknownId : log.departments[d]!;
    used.add(dept);
    return dept;
  };

  const taken = new Set(log.activities);
  const touchpoints: Touchpoint[] = log.activities.map((activity, a) => ({
    id: activity,
    department: departmentOf(a),
    ...(starts[a]! > 0 && { entry: starts[a]! }),
    steps: stepsOf(activity, classes.get(activity)),
  }));
  const transitions: Transition[] = pairs.map((p) => ({
    from: log.activities[p.from]!,
    to: log.activities[p.to]!,
    volume: p.count,
    wait: p.totalMinutes / p.count,
    ...(classes.get(log.activities[p.to]!)?.failure && { failure: true }),
  }));
  log.activities.forEach((activity, a) => {
    if (ends[a] === 0) return;
    const end = uniqueId(`end: ${activity}`, taken);
    touchpoints.push({
      id: end,
      name: `Case ends after ${activity}`,
      department: touchpoints[a]!.department,
      outcome: classes.get(activity)?.outcome ?? "resolved",
      steps: [],
    });
    transitions.push({ from: activity, to: end, volume: ends[a]! });
  });

  const departments: Department[] = [...log.departments, unknownId].filter((d) => used.has(d)).map((d) => ({ id: d }));
  return { id, ...(options.name !== undefined && { name: options.name }), departments, touchpoints, transitions };
}
