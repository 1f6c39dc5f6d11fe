const MS_PER_DAY = 86_400_000;
const MS_PER_SECOND = 1000;

/**
 * Local time in one IANA time zone, exact across daylight-saving changes: the zone's offset at
 * any instant, and the instant of any local wall-clock time.
 *
 * @example
 * const helsinki = zoneClock("Europe/Helsinki");
 * helsinki.offsetAt(Date.UTC(2024, 11, 6, 12)); // 120 (minutes east of UTC, winter)
 * helsinki.instantOf(Date.UTC(2024, 6, 1, 8)); // Date.UTC(2024, 6, 1, 5): 08:00 local in summer
 */
export interface ZoneClock {
  /** The IANA name, e.g. `"Europe/Helsinki"`. */
  readonly timezone: string;
  /** The offset in minutes east of UTC at an instant (milliseconds since 1970 UTC). */
  offsetAt(instant: number): number;
  /**
   * The instant of a local wall-clock time, given as milliseconds since 1970-01-01T00:00 *local*.
   * A time that happens twice (the hour repeated when clocks go back) is its first occurrence; a
   * time that never happens (the hour skipped when clocks go forward) is read with the offset
   * before the change, so 03:30 on a night that jumps from 03:00 to 04:00 is 04:30 new time —
   * Temporal's `"compatible"` choice, the one most calendars make.
   */
  instantOf(local: number): number;
}

/**
 * Whether the runtime knows an IANA zone name (`Intl` throws a RangeError for one it does not).
 *
 * @example
 * isTimeZone("Europe/Helsinki"); // true
 * isTimeZone("Helsinki"); // false
 */
export function isTimeZone(timezone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: timezone });
    return true;
  } catch {
    return false;
  }
}

/**
 * The clock of an IANA time zone, built on `Intl` (the runtime's own time-zone database: no
 * table of our own to keep up to date). `Intl` costs about a microsecond a call, so offsets are
 * kept per UTC day: a day whose two ends share an offset has it throughout (no zone changes
 * twice within a day), and a day whose ends differ is searched to the second for its change.
 * A repeated question costs a `Map` look-up. Throws a RangeError for an unknown zone.
 *
 * @example
 * zoneClock("Europe/Helsinki").offsetAt(Date.UTC(2024, 2, 31, 0, 59)); // 120
 * zoneClock("Europe/Helsinki").offsetAt(Date.UTC(2024, 2, 31, 1, 0)); // 180
 */
export function zoneClock(timezone: string): ZoneClock {
  const format = new Intl.DateTimeFormat("en-US", {
    timeZone: timezone,
    hourCycle: "h23",
    era: "short",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  });
  /** The offset in whole seconds, straight from Intl. */
  const intlOffset = (instant: number): number => {
    const second = Math.floor(instant / MS_PER_SECOND) * MS_PER_SECOND;
    const f: Record<string, number> = {};
    let bc = false;
    for (const part of format.formatToParts(second)) {
      if (part.type === "era") bc = part.value.startsWith("B");
      else if (part.type !== "literal") f[part.type] = Number(part.value);
    }
    // setUTCFullYear, unlike Date.UTC, reads years 0–99 as they are
    const wall = new Date(0);
    wall.setUTCFullYear(bc ? 1 - f.year! : f.year!, f.month! - 1, f.day!);
    wall.setUTCHours(f.hour!, f.minute!, f.second!);
    return (wall.getTime() - second) / MS_PER_SECOND;
  };
  // per UTC day: its offset at midnight UTC (s), from Intl
  const midnights = new Map<number, number>();
  const midnight = (index: number): number => {
    let o = midnights.get(index);
    if (o === undefined) {
      o = intlOffset(index * MS_PER_DAY);
      midnights.set(index, o);
    }
    return o;
  };
  // per UTC day: [offset at its start (s), instant of the change or NaN, offset after it (s)]
  const days = new Map<number, [number, number, number]>();
  const day = (index: number): [number, number, number] => {
    let d = days.get(index);
    if (d !== undefined) return d;
    const start = index * MS_PER_DAY;
    const before = midnight(index);
    const after = midnight(index + 1);
    if (before === after) d = [before, Number.NaN, after];
    else {
      // the change is at a whole second: search the seconds of the day
      let lo = start; // offset `before` here
      let hi = start + MS_PER_DAY; // offset `after` here
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
  const offsetSeconds = (instant: number): number => {
    const [before, change, after] = day(Math.floor(instant / MS_PER_DAY));
    return instant >= change ? after : before;
  };
  // the UTC day of the last local time read whose neighbourhood has one offset: events come in runs
  let quietDay = Number.NaN;
  let quietOffset = 0;
  return {
    timezone,
    offsetAt: (instant) => offsetSeconds(instant) / 60,
    instantOf(local) {
      const index = Math.floor(local / MS_PER_DAY);
      if (index === quietDay) return local - quietOffset;
      const [before, change] = day(index);
      if (Number.isNaN(change) && Number.isNaN(day(index - 1)[1]) && Number.isNaN(day(index + 1)[1])) {
        // no change from the day before to the day after: every local time of this day reads
        // with one offset (offsets lie within ±14 h, so its instant lies within those days)
        quietDay = index;
        quietOffset = before * MS_PER_SECOND;
        return local - quietOffset;
      }
      // the offsets a day before and after: at most one change lies between them
      const early = offsetSeconds(local - MS_PER_DAY) * MS_PER_SECOND;
      const late = offsetSeconds(local + MS_PER_DAY) * MS_PER_SECOND;
      const first = local - early;
      if (offsetSeconds(first) * MS_PER_SECOND === early) return first; // also the earlier of two
      const second = local - late;
      if (offsetSeconds(second) * MS_PER_SECOND === late) return second;
      return first; // in the skipped hour: the offset before the change
    },
  };
}
