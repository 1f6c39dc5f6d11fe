import type { Selection } from "d3";
import { formatDuration } from "../../analysis/format-duration.js";
import { formatWorkingDays } from "../../analysis/format-working-time.js";
import { FIDELITY_TOLERANCE, fidelityUnitWords, type FidelityFigures, type MiningFidelity } from "../../mining/mining-fidelity.js";

type Row = [keyof FidelityFigures, string, (x: number) => string];

/** The rows the fidelity has: the working-clock row only where a calendar gave it. */
function rows(fidelity: MiningFidelity, dayMinutes: number | undefined): Row[] {
  const out: Row[] = [
    ["handoffs", "hand-offs", (x) => x.toFixed(2)],
    ["pingPongs", "ping-pongs", (x) => x.toFixed(2)],
    ["revisits", "revisits", (x) => x.toFixed(2)],
    ["minutes", "time", formatDuration],
  ];
  if (fidelity.log.workingMinutes !== undefined && fidelity.model.workingMinutes !== undefined && dayMinutes !== undefined) {
    out.push(["workingMinutes", "of it in working hours", (x) => formatWorkingDays(x, dayMinutes)]);
  }
  return out;
}

const difference = (d: number | null) =>
  d === null ? "the log has none" : Math.abs(d) < 0.0005 ? "0.0 %" : `${d > 0 ? "+" : "−"}${Math.abs(100 * d).toFixed(1)} %`;

/**
 * Whether the mined model tells its log's story, as a table (`section[data-hukka="fidelity"]`):
 * per figure (`tr[data-fidelity="FIELD"]`) the log's mean per case (per customer journey for a
 * model mined from them: the fidelity's `unit`), the model's expected value per customer and
 * their difference; a row more than 5 % off carries `data-off` and is drawn as a
 * warning. A statement of agreement, not a warning. A model mined with a calendar (its
 * `workingDayMinutes`, and the fidelity's `workingMinutes`) adds the time on the working clock.
 *
 * @example
 * fidelityTable(select(root), miningFidelity(log, analyseLog(log), analyse(mined).expected), "patient");
 */
export function fidelityTable(
  root: Selection<HTMLElement, unknown, null, undefined>,
  fidelity: MiningFidelity,
  noun: string,
  dayMinutes?: number,
): HTMLElement {
  const ROWS = rows(fidelity, dayMinutes);
  const per = fidelityUnitWords(fidelity.unit);
  const section = root.append("section").attr("class", "hukka-fidelity").attr("data-hukka", "fidelity");
  section.append("h2").text("The model and its log");
  const off = ROWS.filter(([key]) => {
    const d = fidelity.difference[key] ?? null;
    return d === null || Math.abs(d) > FIDELITY_TOLERANCE;
  });
  section
    .append("p")
    .attr("class", "hukka-hint")
    .text(
      off.length === 0
        ? `The mined model tells the log's story: each figure it expects per ${noun} is within ${FIDELITY_TOLERANCE * 100} % of the log's mean per ${per}.`
        : `The mined model's ${off.map(([, label]) => label).join(" and ")} part from the log's by more than ${FIDELITY_TOLERANCE * 100} % (marked); the other figures agree.`,
    );
  const table = section.append("table").attr("class", "hukka-fidelity-table");
  const head = table.append("thead").append("tr");
  for (const label of ["", `log, per ${per}`, `model, per ${noun}`, "difference"]) head.append("th").attr("scope", "col").text(label);
  const body = table.append("tbody");
  for (const [key, label, format] of ROWS) {
    const d = fidelity.difference[key] ?? null;
    const tr = body.append("tr").attr("data-fidelity", key);
    if (d === null || Math.abs(d) > FIDELITY_TOLERANCE) tr.attr("data-off", "");
    tr.append("th").attr("scope", "row").text(label);
    tr.append("td").text(format(fidelity.log[key]!));
    tr.append("td").text(format(fidelity.model[key]!));
    tr.append("td").text(difference(d ?? null));
  }
  return section.node() as HTMLElement;
}
