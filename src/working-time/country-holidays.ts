const MS_PER_DAY = 86_400_000;

/**
 * Days that are not public holidays by law but on which offices close, by country, named by the
 * holiday library's own rule for the day. In Finland, Midsummer Eve (the Friday after 19 June)
 * and Christmas Eve (24 December) are not among the statutory holidays of the Annual Holidays
 * Act, yet offices, banks and most shops close on them: date-holidays lists both as `bank`
 * days, not `public`, so they are added here. New Year's Eve, also `bank` there, is a working
 * day in Finnish offices and stays one. Whit Sunday (`easter 49`) is a public holiday there
 * already.
 */
const OFFICES_CLOSE: ReadonlyMap<string, readonly string[]> = new Map([["FI", ["friday after 06-19", "12-24"]]]);

/**
 * Public holidays by country code, from the date-holidays library (maintained, with rules for
 * about 200 countries and their states): no hand-written list.
 *
 * @example
 * const holidays = await loadCountryHolidays();
 * holidays.knows("FI"); // true
 * holidays.closedDays("FI", 2024).includes(Date.UTC(2024, 11, 6) / 86_400_000); // true: Independence Day
 */
export interface CountryHolidays {
  /** Whether the library knows a code: `"FI"`, or a country and state, `"DE-BY"`. */
  knows(code: string): boolean;
  /**
   * The local dates on which offices close in a year, as days since 1970-01-01, ascending: the
   * public holidays (substitute days included) and the days of `OFFICES_CLOSE`.
   */
  closedDays(code: string, year: number): readonly number[];
}

let loading: Promise<CountryHolidays> | null = null;

/**
 * Loads the holiday library once (it is large: loaded only when a calendar names a country).
 *
 * @example
 * (await loadCountryHolidays()).closedDays("FI", 2024).length; // 15
 */
export function loadCountryHolidays(): Promise<CountryHolidays> {
  loading ??= import("date-holidays").then(({ default: Holidays }) => {
    const countries = new Holidays().getCountries();
    const byCode = new Map<string, InstanceType<typeof Holidays>>();
    const byYear = new Map<string, readonly number[]>();
    const split = (code: string): [string, string | undefined] => {
      const [country, state] = code.split("-", 2);
      return [country!, state];
    };
    const knows = (code: string): boolean => {
      const [country, state] = split(code);
      if (!Object.hasOwn(countries, country)) return false;
      return state === undefined || Object.hasOwn(new Holidays().getStates(country) ?? {}, state);
    };
    return {
      knows,
      closedDays(code, year) {
        const key = `${code} ${year}`;
        let days = byYear.get(key);
        if (days) return days;
        let library = byCode.get(code);
        if (!library) {
          const [country, state] = split(code);
          library = state === undefined ? new Holidays(country) : new Holidays(country, state);
          byCode.set(code, library);
        }
        const extra = OFFICES_CLOSE.get(split(code)[0]) ?? [];
        const found = new Set<number>();
        for (const h of library.getHolidays(year)) {
          if (h.type !== "public" && !extra.includes(h.rule)) continue;
          // h.date is the local date and time "YYYY-MM-DD hh:mm:ss": the day counts whole
          const first = Date.UTC(Number(h.date.slice(0, 4)), Number(h.date.slice(5, 7)) - 1, Number(h.date.slice(8, 10))) / MS_PER_DAY;
          const length = Math.max(1, Math.round((h.end.getTime() - h.start.getTime()) / MS_PER_DAY));
          for (let d = 0; d < length; d++) found.add(first + d);
        }
        days = [...found].sort((a, b) => a - b);
        byYear.set(key, days);
        return days;
      },
    };
  });
  return loading;
}
