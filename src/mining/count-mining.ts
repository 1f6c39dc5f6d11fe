import { MISSING_DEPARTMENT, type EventLog } from "../logs/event-log.js";
import type { Calendar } from "../working-time/calendar.js";
import { compareMiningStates, type MiningCounts, type MiningState, type MiningTransition } from "./mining-counts.js";

/**
 * Options of `countMining` (and of `mineService`).
 *
 * @example
 * countMining(log, { history: 1, missingDepartment: "unknown" });
 */
export interface CountMiningOptions {
  /** How an event with a missing department is placed; see `MiningCounts.missingDepartment`. */
  missingDepartment?: "inherit" | "unknown";
  /** How many previous department runs refine a touchpoint: 0, 1 or 2. */
  history?: 0 | 1 | 2;
  /** Count each wait on this calendar's working clock too (`workingWaitMinutes`); see `parseCalendar`. */
  calendar?: Calendar | null;
}

/**
 * The defaults of `countMining` and `mineService`, declared once.
 *
 * @example
 * MINING_DEFAULTS.history; // 2
 */
export const MINING_DEFAULTS: Readonly<Required<CountMiningOptions>> = Object.freeze({ missingDepartment: "inherit", history: 2, calendar: null });

const MS_PER_MINUTE = 60_000;
const UNKNOWN = -1;

/** Checks the options and fills in the defaults; a bad value names itself and the choices. */
export function resolveMiningOptions(options: CountMiningOptions): Required<CountMiningOptions> {
  const { missingDepartment, history, calendar } = { ...MINING_DEFAULTS, ...stripUndefined(options) };
  if (missingDepartment !== "inherit" && missingDepartment !== "unknown") {
    throw new RangeError(`invalid missingDepartment ${JSON.stringify(missingDepartment)}: use "inherit" or "unknown"`);
  }
  if (history !== 0 && history !== 1 && history !== 2) {
    throw new RangeError(`invalid history ${JSON.stringify(history)}: use 0, 1 or 2 (previous department runs a touchpoint remembers)`);
  }
  return { missingDepartment, history, calendar };
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * Counts what a mined model is made of (see `MiningCounts`): per case, events ordered by time,
 * each event's department after inheritance, its department runs, and its state = (activity,
 * department, departments of the last `history` runs before its own); then per state the
 * visits, starts, ends and service minutes, and per directly-follows pair of states the count
 * and the summed wait. One pass over the events; the log is not changed.
 *
 * @example
 * // one case: call(desk) 0 min → test(lab) 10 → talk(desk) 40, history 1
 * const counts = countMining(log, { history: 1 });
 * counts.states.map((s) => [counts.activities[s.activity], s.history.map((d) => counts.departments[d])]);
 * // [["call", []], ["test", ["desk"]], ["talk", ["lab"]]]
 * counts.transitions; // [{ from: 0, to: 1, count: 1, waitMinutes: 10 }, { from: 1, to: 2, count: 1, waitMinutes: 30 }]
 */
export function countMining(log: EventLog, options: CountMiningOptions = {}): MiningCounts {
  const { missingDepartment, history, calendar } = resolveMiningOptions(options);
  const { caseStart, activity, department, time } = log;
  // with a calendar, each wait is also measured on the hours of the department waited for
  const hours = calendar && log.departments.map((name) => calendar.hours(name));
  const unknownHours = calendar?.hours(null);
  const start = log.start ?? null;
  const D = log.departments.length;
  // A state's key packs (activity, department, history) into one number when it fits (base B
  // per department slot: 0 = no run, 1 = unknown, d + 2 = department d), else into a string.
  const B = D + 2;
  const numeric = log.activities.length * B ** 3 < Number.MAX_SAFE_INTEGER;
  const stateIndex = new Map<number | string, number>();
  const states: MiningState[] = [];
  const transitionIndex = new Map<number, number>();
  const transitions: MiningTransition[] = [];
  const pairKey = (from: number, to: number) => from * 0x1000_0000 + to;

  let departments = new Int32Array(64); // per event of the current case, after inheritance
  let cases = 0;
  for (let c = 0; c + 1 < caseStart.length; c++) {
    const from = caseStart[c]!;
    const to = caseStart[c + 1]!;
    if (from === to) continue;
    cases++;
    if (departments.length < to - from) departments = new Int32Array(2 * (to - from));
    placeDepartments(department, from, to, missingDepartment, departments);

    let h1 = 0; // the run before the current one (slot code), 0 when none
    let h2 = 0; // the one before that
    let current = departments[0]!;
    let previousState = -1;
    for (let i = from; i < to; i++) {
      const d = departments[i - from]!;
      if (i > from && d !== current) {
        h2 = h1;
        h1 = current + 2;
        current = d;
      }
      const a = activity[i]!;
      const slot1 = history >= 1 ? h1 : 0;
      const slot2 = history >= 2 ? h2 : 0;
      const key = numeric ? ((a * B + (d + 2)) * B + slot1) * B + slot2 : `${a},${d},${slot1},${slot2}`;
      let s = stateIndex.get(key);
      if (s === undefined) {
        s = states.length;
        const past = [slot2, slot1].filter((slot) => slot > 0).map((slot) => slot - 2);
        states.push({ activity: a, department: d, history: past, visits: 0, starts: 0, ends: 0, serviceMinutes: 0, serviceEvents: 0 });
        stateIndex.set(key, s);
      }
      const state = states[s]!;
      state.visits++;
      if (i === from) state.starts++;
      if (i === to - 1) state.ends++;
      const started = start === null ? Number.NaN : start[i]!;
      if (!Number.isNaN(started)) {
        state.serviceMinutes += (time[i]! - started) / MS_PER_MINUTE;
        state.serviceEvents++;
      }
      if (previousState >= 0) {
        const k = pairKey(previousState, s);
        let t = transitionIndex.get(k);
        if (t === undefined) {
          t = transitions.length;
          transitions.push({ from: previousState, to: s, count: 0, waitMinutes: 0, ...(hours && { workingWaitMinutes: 0 }) });
          transitionIndex.set(k, t);
        }
        const arrived = Number.isNaN(started) ? time[i]! : started;
        transitions[t]!.count++;
        transitions[t]!.waitMinutes += (arrived - time[i - 1]!) / MS_PER_MINUTE;
        if (hours) transitions[t]!.workingWaitMinutes! += (d < 0 ? unknownHours! : hours[d]!).minutesBetween(time[i - 1]!, arrived);
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
    ...(calendar && { workingDayMinutes: calendar.dayMinutes }),
    states,
    transitions,
  });
}

/**
 * Writes into `out[0 .. to − from)` the department index of each event of one case: known ones
 * as they are; missing ones inherited from the previous known event (leading ones from the
 * first known event; none known: unknown, -1) or, with `unknown`, the unknown department. The
 * mined model's placement, shared with the replay of a redesign on the cases.
 *
 * @example
 * placeDepartments(log.department, log.caseStart[0], log.caseStart[1], "inherit", out);
 */
export function placeDepartments(department: Uint32Array, from: number, to: number, rule: "inherit" | "unknown", out: Int32Array): void {
  let known: number = UNKNOWN;
  if (rule === "inherit") {
    for (let i = from; i < to && known === UNKNOWN; i++) if (department[i] !== MISSING_DEPARTMENT) known = department[i]!;
  }
  for (let i = from; i < to; i++) {
    const d = department[i]!;
    if (d !== MISSING_DEPARTMENT) known = d;
    out[i - from] = d !== MISSING_DEPARTMENT ? d : rule === "inherit" ? known : UNKNOWN;
  }
}

/** The counts with states and transitions in the canonical order of `MiningCounts`. */
export function canonical(counts: MiningCounts): MiningCounts {
  const order = counts.states.map((_, s) => s).sort((a, b) => compareMiningStates(counts.states[a]!, counts.states[b]!));
  const rank = new Int32Array(order.length);
  order.forEach((s, r) => (rank[s] = r));
  return {
    ...counts,
    states: order.map((s) => counts.states[s]!),
    transitions: counts.transitions
      .map((t) => ({ ...t, from: rank[t.from]!, to: rank[t.to]! }))
      .sort((a, b) => a.from - b.from || a.to - b.to),
  };
}
