import { parseDuration } from "../log-report/parse-duration.js";
import { usageError } from "./cli-error.js";
import type { OptionTable } from "./option-table.js";

/** The options of `hukka mine` that follow customers across cases, and read OCEL logs. */
export const customerOptions = {
  customer: {
    type: "string",
    value: "C",
    description: "the column (CSV) or attribute (XES) naming the customer: follow customers across their cases (journeys, returns)",
  },
  "journey-gap": {
    type: "string",
    value: "DURATION",
    description: "a customer's case starting more than this after all their earlier cases ended begins a new journey: 30d, 12h, 90m or minutes (default: no cut)",
  },
  "return-window": {
    type: "string",
    value: "DURATION",
    default: "7d",
    description: "a case starting at most this after another case of the same customer ended is a return: 30d, 12h, 90m or minutes",
  },
  unit: { type: "string", value: "case|customer", default: "case", description: "mine the model from the cases, or from the customer journeys across cases" },
  ocel: { type: "boolean", description: "read the log as OCEL 2.0 (JSON, XML or SQLite); such files are also recognised by content and extension" },
  "customer-type": { type: "string", value: "T", description: "OCEL: the object type of the customers" },
  "case-type": { type: "string", value: "T", multiple: true, description: "OCEL: the object type of the cases, several for cases of several kinds (default: one case per customer)" },
} as const satisfies OptionTable;

/** The customer settings of a `hukka mine` command line, checked: a bad value is wrong usage. */
export function customerSettings(
  values: { "journey-gap"?: string; "return-window"?: string; unit?: string },
  usage: string,
): { journeyGap: number | null; returnWindow: number; unit: "case" | "customer" } {
  const minutes = (option: string, text: string) => {
    const m = parseDuration(text);
    if (m === null) throw usageError(`invalid --${option} ${JSON.stringify(text)}: use a duration such as 30d, 12h, 90m, or minutes\nusage: ${usage}`);
    return m;
  };
  const unit = values.unit ?? "case";
  if (unit !== "case" && unit !== "customer") throw usageError(`invalid --unit ${JSON.stringify(unit)}: use case or customer\nusage: ${usage}`);
  return {
    journeyGap: values["journey-gap"] === undefined ? null : minutes("journey-gap", values["journey-gap"]),
    returnWindow: minutes("return-window", values["return-window"] ?? "7d"),
    unit,
  };
}
