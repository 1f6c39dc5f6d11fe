import type { CountMiningOptions } from "../mining/count-mining.js";
import { fidelityUnitWords, type FidelityFigures, type MiningFidelity } from "../mining/mining-fidelity.js";
import type { Service } from "../model/types.js";
import { formatDuration } from "../analysis/format-duration.js";
import { formatWorkingDays } from "../analysis/format-working-time.js";
import type { ReplayComparison, WanderDelta } from "../redesign/replay-comparison.js";
import { replayWords } from "../redesign/replay-words.js";
import type { Redesign } from "../redesign/types.js";
import { terminalText } from "./terminal-text.js";

/** Minutes in the unit a reader takes in at a glance. */
function duration(minutes: number): string {
  if (minutes < 120) return `${minutes.toFixed(1)} min`;
  if (minutes < 48 * 60) return `${(minutes / 60).toFixed(1)} h`;
  return `${(minutes / 1440).toFixed(1)} days`;
}

const ROWS: [keyof FidelityFigures, string, (x: number) => string][] = [
  ["handoffs", "hand-offs", (x) => x.toFixed(2)],
  ["pingPongs", "ping-pongs", (x) => x.toFixed(2)],
  ["revisits", "revisits", (x) => x.toFixed(2)],
  ["minutes", "time", duration],
];

/** The time on the working clock, in working days of the calendar's length (the line under the table names it). */
const workingRow = (dayMinutes: number): (typeof ROWS)[number] => ["workingMinutes", "working time", (x) => formatWorkingDays(x, dayMinutes)];

const percent = (d: number | null) => (d === null ? "n/a" : Math.abs(d) < 0.0005 ? "0.0 %" : `${d > 0 ? "+" : "−"}${Math.abs(100 * d).toFixed(1)} %`);

/**
 * What `hukka mine` prints about the mined model: its size, and the log's per-case (or per-journey:
 * the fidelity's `unit`) figures beside the model's expected ones (the model's fidelity).
 *
 * @example
 * fidelityLines(service, fidelity, { history: 2, missingDepartment: "inherit" });
 * // "mined model (history 2, …): 1,070 touchpoints …\n  per case         log  model …"
 */
export function fidelityLines(service: Service, fidelity: MiningFidelity, mining: Required<CountMiningOptions>): string {
  const visited = service.touchpoints.filter((t) => t.outcome === undefined);
  const groups = new Set(visited.map((t) => t.group ?? t.id)).size;
  const rule = mining.missingDepartment === "inherit" ? "missing departments inherited" : "missing departments unknown";
  const lines = [
    `mined model (history ${mining.history}, ${rule}): ${visited.length.toLocaleString("en")} touchpoints` +
      (groups !== visited.length ? ` refining ${groups.toLocaleString("en")} (activity, department) pairs` : "") +
      `, ${service.transitions.length.toLocaleString("en")} transitions`,
  ];
  const day = service.workingDayMinutes;
  const working = fidelity.log.workingMinutes !== undefined && fidelity.model.workingMinutes !== undefined && day !== undefined;
  const cells = (working ? [...ROWS, workingRow(day)] : ROWS).map(([key, label, format]) => [label, format(fidelity.log[key]!), format(fidelity.model[key]!), percent(fidelity.difference[key] ?? null)]);
  const width = Math.max(12, ...cells.flatMap(([, log, model]) => [log!.length, model!.length]));
  // the unit in the words of the warnings and the HTML table; the labels' column as wide as it
  const head = `per ${fidelityUnitWords(fidelity.unit)}`;
  const labels = Math.max(15, head.length);
  lines.push(`  ${head.padEnd(labels)}  ${"log".padStart(width)}  ${"model".padStart(width)}  difference`);
  for (const [label, log, model, difference] of cells) lines.push(`  ${label!.padEnd(labels)}  ${log!.padStart(width)}  ${model!.padStart(width)}  ${difference!.padStart(9)}`);
  return lines.join("\n") + "\n";
}

const signed = (x: number) => `${x >= 0 ? "+" : "−"}${Math.abs(x).toFixed(4)}`;
/** A change of time with its sign; a change below a tenth of a minute reads 0. */
const signedDuration = (x: number) => (Math.abs(x) < 0.05 ? "0 min" : `${x > 0 ? "+" : "−"}${formatDuration(Math.abs(x))}`);

/**
 * The redesign's change per case, predicted by the mined model, replayed on the cases and told
 * by the model re-mined from them, under the headline of the replay and the assumption about
 * time (`replayWords`), with a line on which figures are exact.
 *
 * @example
 * replayLines(replayComparison(log, redesign), redesign);
 */
export function replayLines(r: ReplayComparison, redesign: Redesign): string {
  const words = replayWords(r, redesign);
  const cells = (d: WanderDelta, number: (x: number) => string, time: (x: number) => string) =>
    `${number(d.handoffs).padStart(10)}  ${number(d.pingPongs).padStart(10)}  ${number(d.revisits).padStart(10)}  ${time(d.minutes).padStart(10)}`;
  const row = (label: string, d: WanderDelta) => `  ${label.padEnd(45)}  ${cells(d, signed, signedDuration)}`;
  return [
    `redesign${r.name ? ` ${JSON.stringify(terminalText(r.name))}` : ""}, per case:`,
    ...wrapped(terminalText(words.headline)),
    ...(words.waits ? wrapped(terminalText(words.waits)) : []),
    `  ${"".padEnd(45)}  ${"hand-offs".padStart(10)}  ${"ping-pongs".padStart(10)}  ${"revisits".padStart(10)}  ${"time".padStart(10)}`,
    `  ${"the cases as they are".padEnd(45)}  ${cells(r.before.log, (x) => x.toFixed(4), formatDuration)}`,
    row("change predicted by the mined model", r.predicted),
    row("change replayed on the cases", r.replayed),
    row("change by a model re-mined from the replay", r.remined),
    ...wrapped(words.exact),
  ].join("\n") + "\n";
}

/** Text broken between words into lines of at most `width` characters, each indented by two spaces. */
function wrapped(text: string, width = 100): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && line.length + 1 + word.length > width - 2) {
      lines.push(`  ${line}`);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(`  ${line}`);
  return lines;
}
