/**
 * The parts of hukka's default timestamp (`timestampParser`): ISO 8601 with `T` or a space, or
 * `YYYY/MM/DD`; seconds and a fraction (after `.` or `,`) optional; offset `Z`/`z`, `±hh:mm`,
 * `±hhmm` or `±hh` optional; or a date alone. RE2 has no back-references: both date separators
 * are captured and compared.
 */
const ISO = String.raw`^(\d{4})([-/])(\d{2})([-/])(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)?)?$`;
const PARTS = ["y", "sep1", "mo", "sep2", "d", "h", "mi", "s", "f", "z", "sign", "oh", "om"];

/**
 * DuckDB SQL for the parts of a trimmed timestamp text (a struct of strings, '' where a part is
 * absent), read by `duckdbIsoMicros`. Two steps, so that the text is matched once.
 *
 * @example
 * duckdbIsoParts("trim(stamp)"); // "regexp_extract(trim(stamp), '^(\\d{4})…', ['y', …])"
 */
export function duckdbIsoParts(text: string): string {
  return `regexp_extract(${text}, '${ISO}', [${PARTS.map((p) => `'${p}'`).join(", ")}])`;
}

/**
 * DuckDB SQL for the microseconds since 1970 of the parts `duckdbIsoParts` read, or NULL where
 * `timestampParser` reads no time: the same spellings and the same checks (a real date, hours
 * to 23, minutes to 59, a leap second only where the UTC minute is 59, read as the next second;
 * no offset is UTC). DuckDB's own cast reads more (`epoch`, `24:00:00`, zone names) and less
 * (`10:30Z`, `z`, a comma before the fraction, a leap second) than hukka. A fraction is rounded
 * to the microsecond.
 *
 * @example
 * duckdbIsoMicros("p"); // "CASE WHEN p.y <> '' AND … END"
 */
export function duckdbIsoMicros(p: string): string {
  const int = (part: string, otherwise = "0") => `COALESCE(TRY_CAST(NULLIF(${p}.${part}, '') AS BIGINT), ${otherwise})`;
  const offset = `(CASE WHEN ${p}.sign = '-' THEN -1 ELSE 1 END * (${int("oh")} * 60 + ${int("om")}))`;
  const seconds = `CASE WHEN ${p}.s = '60' THEN '59' WHEN ${p}.s = '' THEN '00' ELSE ${p}.s END`;
  const clock = `${p}.y || '-' || ${p}.mo || '-' || ${p}.d || ' ' || COALESCE(NULLIF(${p}.h, ''), '00') || ':' || COALESCE(NULLIF(${p}.mi, ''), '00') || ':' || ${seconds}`;
  const fraction = `CASE WHEN ${p}.f = '' THEN 0 ELSE CAST(round(CAST('0.' || ${p}.f AS DOUBLE) * 1000000) AS BIGINT) END`;
  const valid = [
    `${p}.y <> ''`,
    `${p}.sep1 = ${p}.sep2`,
    `${int("h")} <= 23`,
    `${int("mi")} <= 59`,
    `${int("oh")} <= 23`,
    `${int("om")} <= 59`,
    `(${p}.s <> '60' OR (((${int("h")} * 60 + ${int("mi")} - ${offset}) % 60) + 60) % 60 = 59)`,
  ].join(" AND ");
  return `CASE WHEN ${valid} THEN epoch_us(TRY_CAST(${clock} AS TIMESTAMP)) + CASE WHEN ${p}.s = '60' THEN 1000000 ELSE 0 END + ${fraction} - ${offset} * 60000000 END`;
}
