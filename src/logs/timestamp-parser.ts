/**
 * Reads a timestamp: milliseconds since 1970-01-01T00:00:00Z, or `NaN` when the text is not one.
 *
 * @example
 * await readEventLog(stream, mapping, { timestampFormat: (text) => Date.parse(text.replace(" ", "T")) });
 */
export type TimestampParser = (text: string) => number;

/** The default reader on a range of bytes (`isoTimestampBytes`): how the CSV reader reads a timestamp where it lies. */
export type TimestampBytesParser = (bytes: Uint8Array, start: number, end: number) => number;

const DIGIT_0 = 48;
const [HYPHEN, SLASH, COLON, DOT, COMMA, SPACE, T, PLUS, Z, Z_LOWER] = [45, 47, 58, 46, 44, 32, 84, 43, 90, 122];

/** Two digits at `i` as a number, or -1. */
function digits2(t: Uint8Array, i: number): number {
  const a = t[i]! - DIGIT_0;
  const b = t[i + 1]! - DIGIT_0;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/** Four digits at `i` as a number, or -1. */
function digits4(t: Uint8Array, i: number): number {
  const a = digits2(t, i);
  const b = digits2(t, i + 2);
  return a >= 0 && b >= 0 ? a * 100 + b : -1;
}
const MS_PER_DAY = 86_400_000;

/** Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant, `days_from_civil`). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  return era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719_468;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Milliseconds of a valid date and time, or NaN; `offset` in minutes east of UTC. */
/** The last valid date read and its day number: events in a row mostly share their date. */
let lastDate = -1;
let lastDays = 0;

function toMs(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number, offset: number): number {
  // A leap second (23:59:60 UTC: second 60 of a minute that is minute 59 in UTC, 05:29:60+05:30
  // too) is read as the next second: time since 1970 counts no leap seconds, as POSIX time and Date.
  if (h > 23 || mi > 59 || s > 60 || (s === 60 && (((h * 60 + mi - offset) % 60) + 60) % 60 !== 59)) return NaN;
  const date = y * 10_000 + mo * 100 + d; // one number per date: month and day are read as at most 2 digits
  if (date !== lastDate) {
    if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return NaN;
    lastDays = daysFromCivil(y, mo, d);
    lastDate = date;
  }
  return lastDays * MS_PER_DAY + ((h * 60 + mi - offset) * 60 + s) * 1000 + ms;
}

/** A cursor over the text, reading digits without allocating. */
class Reader {
  i = 0;
  constructor(readonly text: string) {}
  /** Exactly `n` digits, or -1. */
  digits(n: number): number {
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
  digitsBetween(min: number, max: number): number {
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
  fraction(): number {
    let ms = 0;
    let scale = 100;
    const start = this.i;
    for (;;) {
      const c = this.text.charCodeAt(this.i) - DIGIT_0;
      if (!(c >= 0 && c <= 9)) break;
      ms += c * scale;
      scale /= 10;
      this.i++;
    }
    return this.i === start ? -1 : ms;
  }
  is(char: string): boolean {
    if (this.text[this.i] !== char) return false;
    this.i++;
    return true;
  }
  /** `Z`, `±hh:mm`, `±hhmm` or `±hh` in minutes east of UTC; `null` when there is none; NaN when malformed. */
  offset(): number | null {
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
  get done(): boolean {
    return this.i === this.text.length;
  }
}

/**
 * The default timestamp reader: ISO 8601 (`2011-10-11T13:45:40.276+02:00`, with `T` or a space,
 * seconds and fraction optional, offset `Z`, `±hh:mm`, `±hhmm` or `±hh` optional, or a date
 * alone) and `YYYY/MM/DD hh:mm:ss(.sss)`. A time without an offset is read as UTC, so results
 * never depend on the machine's time zone.
 */
function readDefault(text: string): number {
  let t = text;
  if (t.charCodeAt(0) <= 32 || t.charCodeAt(t.length - 1) <= 32) t = t.trim();
  return isoTimestampAt(t, 0, t.length);
}

/** Room for the characters of a timestamp read from a string (see `isoTimestampAt`). */
let scratch = new Uint8Array(64);

/**
 * The default reader on `text[start..end)`: its characters are copied as bytes (a character
 * beyond Latin-1 as 0, which no timestamp holds) and read by `isoTimestampBytes`, so that text
 * and bytes are read by one parser.
 *
 * @example
 * isoTimestampAt("a,2014-10-22 11:15:41,b", 2, 21); // 1413976541000
 */
export function isoTimestampAt(t: string, start: number, end: number): number {
  const n = end - start;
  if (n < 10) return NaN;
  if (n > scratch.length) scratch = new Uint8Array(2 * n);
  for (let i = 0; i < n; i++) {
    const c = t.charCodeAt(start + i);
    scratch[i] = c < 256 ? c : 0;
  }
  return isoTimestampBytes(scratch, 0, n);
}

/**
 * The default reader on the bytes `b[start..end)` (ASCII, as in UTF-8 and Latin-1), read where
 * they lie: the CSV reader calls it on a chunk of the file without making a string per event.
 * Straight-line arithmetic on byte values, every read kept below `end` (the bytes go on with the
 * next fields). Surrounding blanks are not trimmed here: the caller passes trimmed ranges or
 * uses `timestampParser()`.
 *
 * @example
 * isoTimestampBytes(new TextEncoder().encode("a,2014-10-22 11:15:41,b"), 2, 21); // 1413976541000
 */
export function isoTimestampBytes(t: Uint8Array, start: number, end: number): number {
  const n = end - start;
  if (n < 10) return NaN;
  const y = digits4(t, start);
  const sep = t[start + 4];
  if (y < 0 || (sep !== HYPHEN && sep !== SLASH) || t[start + 7] !== sep) return NaN;
  const mo = digits2(t, start + 5);
  const d = digits2(t, start + 8);
  if (mo < 0 || d < 0) return NaN;
  if (n === 10) return toMs(y, mo, d, 0, 0, 0, 0, 0);
  const tee = t[start + 10];
  if (n < 16 || (tee !== T && tee !== SPACE) || t[start + 13] !== COLON) return NaN;
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
      for (let c = t[i]! - DIGIT_0; i < end && c >= 0 && c <= 9; c = t[++i]! - DIGIT_0) {
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

/** The offset that ends the bytes at `i` (before `end`): `Z`, `±hh:mm`, `±hhmm` or `±hh`, in minutes east of UTC; NaN otherwise. */
function offsetAt(t: Uint8Array, i: number, end: number): number {
  const c = t[i];
  if (c === Z || c === Z_LOWER) return i + 1 === end ? 0 : NaN;
  if ((c !== PLUS && c !== HYPHEN) || i + 3 > end) return NaN;
  const h = digits2(t, i + 1);
  let at = i + 3;
  const colon = at < end && t[at] === COLON;
  if (colon) at++;
  const m = at === end && !colon ? 0 : at + 2 <= end ? digits2(t, at) : -1;
  if (h < 0 || h > 23 || m < 0 || m > 59 || (at !== end && at + 2 !== end)) return NaN;
  return (c === HYPHEN ? -1 : 1) * (h * 60 + m);
}

type Token = { field: "Y" | "M" | "D" | "H" | "m" | "s"; min: number; max: number } | { field: "S" | "Z" } | { literal: string };

const PATTERN_TOKENS: [string, Token][] = [
  ["YYYY", { field: "Y", min: 4, max: 4 }],
  ["MM", { field: "M", min: 2, max: 2 }],
  ["M", { field: "M", min: 1, max: 2 }],
  ["DD", { field: "D", min: 2, max: 2 }],
  ["D", { field: "D", min: 1, max: 2 }],
  ["HH", { field: "H", min: 2, max: 2 }],
  ["H", { field: "H", min: 1, max: 2 }],
  ["mm", { field: "m", min: 2, max: 2 }],
  ["ss", { field: "s", min: 2, max: 2 }],
  ["Z", { field: "Z" }],
];

function compilePattern(pattern: string): Token[] {
  const tokens: Token[] = [];
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
    tokens.push({ literal: pattern[i]! });
    i++;
  }
  const fields = new Set(tokens.flatMap((t) => ("field" in t ? [t.field] : [])));
  for (const needed of ["Y", "M", "D"] as const) {
    if (!fields.has(needed)) throw new Error(`timestamp format "${pattern}" has no ${{ Y: "YYYY", M: "MM", D: "DD" }[needed]}`);
  }
  return tokens;
}

function patternReader(pattern: string): TimestampParser {
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

/**
 * A timestamp reader. Without a format: ISO 8601 with or without offset, and
 * `YYYY/MM/DD hh:mm:ss(.sss)`; a time without an offset is UTC. A pattern string reads other
 * layouts: `YYYY` year, `MM`/`M` month, `DD`/`D` day, `HH`/`H` hour (0–23), `mm` minute, `ss`
 * second, `S…` a decimal fraction of a second (any number of digits), `Z` an offset (`Z`,
 * `±hh:mm`, `±hhmm`); every other character must appear as written. A function is used as is.
 * Invalid text, or a date that does not exist (February 30), reads as `NaN`.
 *
 * @example
 * timestampParser()("2014/10/22 11:15:41.000"); // 1413976541000
 * timestampParser("DD.MM.YYYY HH:mm")("22.10.2014 11:15"); // 1413976500000
 * timestampParser()("2011-10-11 13:45:40.276000+02:00"); // 1318333540276
 */
export function timestampParser(format?: string | TimestampParser): TimestampParser {
  if (typeof format === "function") return format;
  if (format === undefined || format === "") return readDefault;
  return patternReader(format);
}
