import type { ZoneClock } from "../logs/zone-clock.js";

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;
/** Working intervals are laid out in blocks of this many UTC days, each built when first needed. */
const BLOCK_DAYS = 32;
const MS_PER_BLOCK = BLOCK_DAYS * MS_PER_DAY;

/**
 * Working ranges of one day: `[from, to)` in minutes after local midnight (0 … 1440), sorted and
 * disjoint.
 *
 * @example
 * const monday: DayHours = [[480, 690], [720, 975]]; // 08:00–11:30 and 12:00–16:15
 */
export type DayHours = readonly (readonly [number, number])[];

/**
 * The working time of one department: its weekly hours in its zone, less its closed days.
 *
 * @example
 * // Monday 9 December 2024 06:00 to 10:00 in Helsinki, open from 08:00: 120 working minutes
 * hours.minutesBetween(Date.parse("2024-12-09T06:00+02:00"), Date.parse("2024-12-09T10:00+02:00")); // 120
 */
export interface WorkingHours {
  /** The working minutes between two instants (milliseconds since 1970 UTC); 0 when `to` is not after `from`. */
  minutesBetween(from: number, to: number): number;
}

/** The working intervals of one block as UTC milliseconds, and the working time before each. */
interface Block {
  starts: Float64Array;
  ends: Float64Array;
  /** Working milliseconds of the block before interval k. */
  before: Float64Array;
  total: number;
}

/**
 * The working time of a week of hours (`week[0]` Monday … `week[6]` Sunday) read on a zone's
 * local clock, with the days for which `closed(day)` is true taken out (`day`: days since
 * 1970-01-01 on the local calendar). Each local range becomes an interval of real time, so a
 * range that spans a daylight-saving change is an hour shorter or longer, as it was.
 *
 * Intervals are laid out in UTC blocks of 32 days, built when a wait first touches them, with the
 * working time before each interval, so that a wait costs two binary searches however long it is
 * (plus a sum of block totals for waits longer than a block). Memory grows with the days the log
 * covers, not with its events.
 *
 * @example
 * const hours = workingHours(zoneClock("Europe/Helsinki"), [[[480, 960]], [[480, 960]], [[480, 960]], [[480, 960]], [[480, 960]], [], []], () => false);
 * // Friday 16:00 → Monday 10:00: the weekend is closed, Monday 08:00–10:00 counts
 * hours.minutesBetween(Date.parse("2024-12-13T16:00+02:00"), Date.parse("2024-12-16T10:00+02:00")); // 120
 */
export function workingHours(clock: ZoneClock, week: readonly DayHours[], closed: (day: number) => boolean): WorkingHours {
  const blocks = new Map<number, Block>();
  const block = (k: number): Block => {
    let b = blocks.get(k);
    if (b === undefined) {
      b = buildBlock(clock, week, closed, k);
      blocks.set(k, b);
    }
    return b;
  };
  /** Working milliseconds from the start of block k up to instant t inside it. */
  const upTo = (b: Block, t: number): number => {
    const { starts, ends, before } = b;
    // the last interval starting at or before t
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! <= t) lo = mid + 1;
      else hi = mid;
    }
    if (lo === 0) return 0;
    const k = lo - 1;
    return before[k]! + Math.min(t, ends[k]!) - starts[k]!;
  };
  return {
    minutesBetween(from, to) {
      if (!(to > from)) return 0; // also NaN
      const ka = Math.floor(from / MS_PER_BLOCK);
      const kb = Math.floor(to / MS_PER_BLOCK);
      const a = block(ka);
      if (ka === kb) return (upTo(a, to) - upTo(a, from)) / MS_PER_MINUTE;
      let ms = a.total - upTo(a, from);
      for (let k = ka + 1; k < kb; k++) ms += block(k).total;
      return (ms + upTo(block(kb), to)) / MS_PER_MINUTE;
    },
  };
}

function buildBlock(clock: ZoneClock, week: readonly DayHours[], closed: (day: number) => boolean, k: number): Block {
  const start = k * MS_PER_BLOCK;
  const end = start + MS_PER_BLOCK;
  const starts: number[] = [];
  const ends: number[] = [];
  // local days whose hours may fall into the block: offsets are within a day of UTC
  for (let day = start / MS_PER_DAY - 1; day <= end / MS_PER_DAY; day++) {
    const hours = week[(((day + 3) % 7) + 7) % 7]!; // 1970-01-01 was a Thursday: Monday is 0
    if (hours.length === 0 || closed(day)) continue;
    const midnight = day * MS_PER_DAY;
    for (const [from, to] of hours) {
      const a = Math.max(start, clock.instantOf(midnight + from * MS_PER_MINUTE));
      const b = Math.min(end, clock.instantOf(midnight + to * MS_PER_MINUTE));
      if (b <= a) continue;
      // a range ending at 24:00 meets the next day's range starting at 00:00: one interval
      if (ends.length > 0 && ends[ends.length - 1] === a) ends[ends.length - 1] = b;
      else {
        starts.push(a);
        ends.push(b);
      }
    }
  }
  const before = new Float64Array(starts.length);
  let total = 0;
  for (let i = 0; i < starts.length; i++) {
    before[i] = total;
    total += ends[i]! - starts[i]!;
  }
  return { starts: Float64Array.from(starts), ends: Float64Array.from(ends), before, total };
}
