import { select } from "d3";
import { formatDuration } from "../../analysis/format-duration.js";
import type { Service } from "../../model/types.js";
import { changeDescription } from "../../redesign/change-description.js";
import type { ReplayComparison, WanderDelta } from "../../redesign/replay-comparison.js";
import { replayWords } from "../../redesign/replay-words.js";
import type { Redesign } from "../../redesign/types.js";
import { colours } from "../svg/colours.js";

/**
 * A redesign replayed on the log a report was mined from (`hukka mine … --redesign FILE --html
 * OUT`): the redesign and what `replayComparison` found. Plain JSON, so `reportHtml` can embed it.
 *
 * @example
 * const data: ReportRedesign = { redesign, replay: replayComparison(log, redesign) };
 */
export interface ReportRedesign {
  redesign: Redesign;
  replay: ReplayComparison;
}

/** The figures of the table, in the order of the terminal's. */
const ROWS: [keyof WanderDelta, string][] = [
  ["minutes", "time"],
  ["handoffs", "hand-offs"],
  ["pingPongs", "ping-pongs"],
  ["revisits", "revisits"],
];

/** The columns of changes, and which figures each tells exactly. */
const COLUMNS: ["predicted" | "replayed" | "remined", string, ReadonlySet<keyof WanderDelta>][] = [
  ["predicted", "predicted", new Set(["handoffs", "minutes"])],
  ["replayed", "replayed", new Set(["handoffs", "pingPongs", "revisits", "minutes"])],
  ["remined", "re-mined", new Set(["handoffs", "minutes"])],
];

const STYLE = `
.hukka-redesign-table{border-collapse:collapse;font-variant-numeric:tabular-nums;margin:4px 0 8px}
.hukka-redesign-table th,.hukka-redesign-table td{padding:4px 10px;border-bottom:1px solid ${colours.rule};text-align:right;vertical-align:bottom}
.hukka-redesign-table th:first-child,.hukka-redesign-table td:first-child{text-align:left}
.hukka-redesign-table thead th{font-weight:600;font-size:12.5px}
.hukka-redesign-table td[data-exact]::after{content:" ✓";color:${colours.value}}
.hukka-redesign-wrap{overflow-x:auto}
.hukka-redesign ol{margin:0 0 10px;padding-left:22px}
.hukka-redesign-table td+td{white-space:nowrap}
@media (max-width:600px){.hukka-redesign-table{font-size:12px}.hukka-redesign-table th,.hukka-redesign-table td{padding:4px 3px}}
`;

const signed = (x: number) => (Math.abs(x) < 0.00005 ? "0" : `${x > 0 ? "+" : "−"}${Math.abs(x).toFixed(4)}`);
const signedDuration = (x: number) => (Math.abs(x) < 0.05 ? "0 min" : `${x > 0 ? "+" : "−"}${formatDuration(Math.abs(x))}`);

/**
 * The redesign as a report section (`section[data-hukka="redesign"]`): the headline of the
 * replay and the assumption about time in the words of the terminal (`replayWords`), the
 * changes in words (`changeDescription`), and a table of the change per case in time,
 * hand-offs, ping-pongs and revisits — predicted by the mined model, replayed on the cases and
 * told by a model re-mined from the replay — beside the cases as they are, the exact cells
 * marked (`td[data-exact]`, a tick), then what the model and the replay fell back on.
 *
 * @example
 * redesignSection(document.querySelector(".hukka-report"), { redesign, replay: replayComparison(log, redesign) }, service);
 */
export function redesignSection(parent: Element, data: ReportRedesign, service: Service): HTMLElement {
  const { redesign, replay } = data;
  const doc = parent.ownerDocument;
  if (!doc.querySelector("style[data-hukka='redesign-style']")) {
    const style = doc.createElement("style");
    style.setAttribute("data-hukka", "redesign-style");
    style.textContent = STYLE;
    (doc.head ?? parent).appendChild(style);
  }
  const words = replayWords(replay, redesign);
  const section = select(parent).append("section").attr("class", "hukka-redesign").attr("data-hukka", "redesign");
  section.append("h2").text(`Redesign: ${replay.name || "without a name"}`);
  section.append("p").attr("class", "hukka-headline").attr("data-hukka", "redesign-headline").text(words.headline);
  if (words.waits) section.append("p").attr("class", "hukka-hint").attr("data-hukka", "waits").text(words.waits);

  section.append("h3").text("What changes");
  const changes = section.append("ol");
  for (const change of redesign.changes) {
    const li = changes.append("li").text(changeDescription(change, service));
    if (change.note) li.append("br");
    if (change.note) li.append("span").attr("class", "hukka-hint").text(change.note);
  }

  section
    .append("p")
    .attr("class", "hukka-hint")
    .text("Per case: the cases as they are (now), and the change predicted by the mined model, replayed on the cases, and told by a model re-mined from the replayed cases.");
  const table = section.append("div").attr("class", "hukka-redesign-wrap").append("table").attr("class", "hukka-redesign-table");
  const head = table.append("thead").append("tr");
  for (const label of ["per case", "now", ...COLUMNS.map(([, label]) => label)]) head.append("th").text(label);
  const body = table.append("tbody");
  for (const [key, label] of ROWS) {
    const tr = body.append("tr").attr("data-figure", key);
    tr.append("td").text(label);
    tr.append("td").attr("data-column", "before").text(key === "minutes" ? formatDuration(replay.before.log.minutes) : replay.before.log[key].toFixed(4));
    for (const [column, , exact] of COLUMNS) {
      const value = replay[column][key];
      tr.append("td")
        .attr("data-column", column)
        .attr("data-value", value)
        .attr("data-exact", exact.has(key) ? "" : null)
        .text(key === "minutes" ? signedDuration(value) : signed(value));
    }
  }
  section.append("p").attr("class", "hukka-hint").attr("data-hukka", "redesign-exact").text(`✓ exact. ${words.exact}`);
  if (replay.warnings.length > 0) {
    const ul = section.append("ul").attr("class", "hukka-warnings");
    for (const w of replay.warnings) ul.append("li").text(`${w.message} [${w.code}]`);
  }
  return section.node() as HTMLElement;
}
