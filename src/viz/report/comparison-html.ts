import type { Issue, Service } from "../../model/types.js";
import { changeDescription } from "../../redesign/change-description.js";
import { savingHeadline } from "../../redesign/saving-headline.js";
import { waitsSentence } from "../../redesign/waits-sentence.js";
import { serviceDiff, type DiffKind, type ServiceDiff } from "../../redesign/service-diff.js";
import type { Comparison, Redesign } from "../../redesign/types.js";
import { colours } from "../svg/colours.js";
import { escapeHtml } from "./escape-html.js";
import { formatDuration } from "../../analysis/format-duration.js";
import { renderBlueprint } from "../blueprint/render-blueprint.js";
import { serializeSvg } from "../svg/serialize-svg.js";
import { svgContainer } from "../svg/svg-container.js";

/**
 * Options of `comparisonHtml`.
 *
 * @example
 * comparisonHtml(comparison, before, after, { redesign, title: "One-stop desk" });
 */
export interface ComparisonHtmlOptions {
  /** The redesign applied: its name heads the page and its changes (with their notes) are listed. */
  redesign?: Redesign;
  /** The page title; defaults to the redesign's name and the service's. */
  title?: string;
  /**
   * Warnings to show, e.g. those of validating the model and applying the redesign (what
   * `hukka compare` prints on stderr); the two reports' own warnings are always shown.
   */
  warnings?: readonly Issue[];
}

/** How each kind of difference is drawn: colour-blind-safe colours that also differ in dash. */
const MARKS: Record<DiffKind, { colour: string; dash: string; label: string }> = {
  changed: { colour: colours.wander, dash: "none", label: "changed" },
  added: { colour: colours.value, dash: "7 3", label: "added by the redesign" },
  removed: { colour: colours.waste, dash: "2 3", label: "removed by the redesign" },
};

/**
 * One self-contained, static HTML page comparing a service with its redesign: a headline
 * sentence, the figures before, after and the saving, the changes in words
 * (`changeDescription`), every warning, and both service blueprints at full size, one above
 * the other (rendered in Node like `blueprintSvg`), with what the redesign changed marked —
 * `data-changed="changed|added|removed"` on the touchpoints, links and lanes concerned. No script,
 * no network; every user string reaches the page as text.
 *
 * @example
 * const after = applyRedesign(service, redesign);
 * const comparison = compareReports(analyse(service), analyse(after));
 * writeFileSync("comparison.html", comparisonHtml(comparison, service, after, { redesign }));
 */
export function comparisonHtml(comparison: Comparison, before: Service, after: Service, options: ComparisonHtmlOptions = {}): string {
  const diff = serviceDiff(before, after);
  const name = options.redesign?.name ?? "Redesign";
  const serviceName = before.name ?? before.id;
  const title = options.title ?? `${name} · ${serviceName} · hukka`;
  const beforeSvg = markedBlueprint(before, comparison.before, diff, ["changed", "removed"], `Before: ${serviceName}`);
  const afterSvg = markedBlueprint(after, comparison.after, diff, ["changed", "added"], `After: ${name}`);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="hukka">
<title>${escapeHtml(title)}</title>
<style>${css()}</style>
</head>
<body>
<main class="hukka-comparison" data-hukka="comparison">
<h1>${escapeHtml(name)}</h1>
<p class="hukka-headline">${escapeHtml(savingHeadline(comparison, name, { currency: before.currency ?? null }))}</p>
${waitsParagraph(options.redesign)}
<p class="hukka-sub">${escapeHtml(serviceName)}: what the redesign would save, per customer${comparison.before.totals ? " and per year" : ""}</p>
${figuresTable(comparison, before.currency)}
${changesList(options.redesign, diff, before)}
${warningsList([...(options.warnings ?? []), ...comparison.before.warnings, ...comparison.after.warnings])}
<p class="hukka-legend">${(Object.keys(MARKS) as DiffKind[]).map((k) => `<span><i data-kind="${k}"></i>${MARKS[k].label}</span>`).join("")}</p>
<div class="hukka-side-by-side" style="grid-template-columns:repeat(auto-fit,minmax(min(100%,${Math.ceil(Math.max(svgWidth(beforeSvg), svgWidth(afterSvg)) + 18)}px),1fr))">
<figure data-side="before"><figcaption>Before</figcaption>${beforeSvg}</figure>
<figure data-side="after"><figcaption>After</figcaption>${afterSvg}</figure>
</div>
</main>
</body>
</html>
`;
}

/** The blueprint of one side, with the differences this side shows marked on its elements. */
function markedBlueprint(
  service: Service,
  report: Comparison["before"],
  diff: ServiceDiff,
  kinds: DiffKind[],
  title: string,
): string {
  const svg = renderBlueprint(svgContainer(), service, report, { title });
  const shown = (change: DiffKind) => kinds.includes(change);
  // Compared by attribute value rather than selected by it: ids are user strings, never selectors.
  const mark = (selector: string, matches: (el: Element) => DiffKind | undefined) => {
    for (const el of Array.from(svg.querySelectorAll(selector))) {
      const change = matches(el);
      if (change && shown(change)) el.setAttribute("data-changed", change);
    }
  };
  const touchpoints = new Map(diff.touchpoints.map((t) => [t.id, t.change] as const));
  const transitions = new Map(diff.transitions.map((t) => [JSON.stringify([t.from, t.to]), t.change] as const));
  const departments = new Map(diff.departments.map((d) => [d.id, d.change] as const));
  mark(".hukka-node[data-touchpoint]", (el) => touchpoints.get(el.getAttribute("data-touchpoint")!));
  mark(".hukka-link[data-from]", (el) =>
    transitions.get(JSON.stringify([el.getAttribute("data-from"), el.getAttribute("data-to")])),
  );
  mark(".hukka-lane[data-department]", (el) => departments.get(el.getAttribute("data-department")!));
  return serializeSvg(svg);
}

function figuresTable(comparison: Comparison, currency: string | undefined): string {
  const { before, after } = comparison;
  const b = before.expected;
  const a = after.expected;
  const number = (x: number, digits: number) =>
    (Math.abs(x) < 0.5 * 10 ** -digits ? 0 : x).toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const money = currency ? ` (${currency})` : "";
  // a rise reads "0.07 more", never as a negative saving
  const saving = (before: number, after: number, digits: number) =>
    before - after <= -0.5 * 10 ** -digits ? `${number(after - before, digits)} more` : number(before - after, digits);
  const rows: [string, string, string, string][] = [
    ["time", formatDuration(b.minutes), formatDuration(a.minutes), b.minutes - a.minutes <= -0.05 ? `${formatDuration(a.minutes - b.minutes)} more` : formatDuration(b.minutes - a.minutes)],
    ["minutes", number(b.minutes, 1), number(a.minutes, 1), saving(b.minutes, a.minutes, 1)],
    ["waste minutes", number(b.wasteMinutes, 1), number(a.wasteMinutes, 1), saving(b.wasteMinutes, a.wasteMinutes, 1)],
    ["hand-offs", number(b.handoffs, 2), number(a.handoffs, 2), saving(b.handoffs, a.handoffs, 2)],
    ["ping-pongs", number(b.pingPongs, 2), number(a.pingPongs, 2), saving(b.pingPongs, a.pingPongs, 2)],
    ["revisits", number(b.revisits, 2), number(a.revisits, 2), saving(b.revisits, a.revisits, 2)],
    [`cost${money}`, number(b.cost, 2), number(a.cost, 2), saving(b.cost, a.cost, 2)],
    [
      "flow efficiency",
      `${number(b.flowEfficiency * 100, 2)} %`,
      `${number(a.flowEfficiency * 100, 2)} %`,
      `${number((a.flowEfficiency - b.flowEfficiency) * 100, 2)} pp gained`,
    ],
    [
      "failure demand",
      `${number(b.failureDemandShare * 100, 1)} %`,
      `${number(a.failureDemandShare * 100, 1)} %`,
      `${number((b.failureDemandShare - a.failureDemandShare) * 100, 1)} pp`,
    ],
    ["resolved", `${number(b.resolved * 100, 1)} %`, `${number(a.resolved * 100, 1)} %`, `${number((a.resolved - b.resolved) * 100, 1)} pp gained`],
  ];
  if (before.totals && after.totals) {
    const hb = (b.minutes * before.totals.customers) / 60;
    const ha = (a.minutes * after.totals.customers) / 60;
    rows.push(
      [`hours per year (${number(before.totals.customers, 0)} customers)`, number(hb, 0), number(ha, 0), number(hb - ha, 0)],
      ["waste hours per year", number(before.totals.wasteHours, 0), number(after.totals.wasteHours, 0), number(before.totals.wasteHours - after.totals.wasteHours, 0)],
    );
  }
  const cells = (row: string[], tag: string) => row.map((c) => `<${tag}>${escapeHtml(c)}</${tag}>`).join("");
  return `<div class="hukka-figures-wrap"><table class="hukka-figures">
<thead><tr>${cells(["per customer", "before", "after", "saving"], "th")}</tr></thead>
<tbody>${rows.map((r) => `<tr>${cells(r, "td")}</tr>`).join("\n")}</tbody>
</table></div>`;
}

/** The width a serialised blueprint asks for: side by side only when both fit at full size. */
function svgWidth(svg: string): number {
  return Number(/<svg[^>]*\swidth="([\d.]+)"/.exec(svg)?.[1] ?? 0);
}

/** The assumption about time the redesign's merges make, in words; nothing when it merges nothing. */
function waitsParagraph(redesign: Redesign | undefined): string {
  const sentence = redesign ? waitsSentence(redesign) : null;
  return sentence ? `<p class="hukka-waits" data-hukka="waits">${escapeHtml(sentence)}</p>` : "";
}

function warningsList(warnings: readonly Issue[]): string {
  const seen = new Set<string>();
  const items = warnings.filter((w) => !seen.has(w.message) && seen.add(w.message));
  if (items.length === 0) return "";
  return `<section class="hukka-warnings"><h2>Warnings</h2><ul>${items
    .map((w) => `<li>${escapeHtml(w.message)} [${escapeHtml(w.code)}]</li>`)
    .join("\n")}</ul></section>`;
}

function changesList(redesign: Redesign | undefined, diff: ServiceDiff, before: Service): string {
  const items = redesign
    ? redesign.changes.map(
        (c) => `<li>${escapeHtml(changeDescription(c, before))}${c.note ? `<br><span class="hukka-note">${escapeHtml(c.note)}</span>` : ""}</li>`,
      )
    : [
        ...diff.touchpoints.map((t) => `<li>touchpoint ${escapeHtml(t.id)}: ${t.change}</li>`),
        ...diff.transitions.map((t) => `<li>transition ${escapeHtml(t.from)} → ${escapeHtml(t.to)}: ${t.change}</li>`),
        ...diff.departments.map((d) => `<li>department ${escapeHtml(d.id)}: ${d.change}</li>`),
      ];
  if (items.length === 0) return `<p>The redesign changes nothing.</p>`;
  const description = redesign?.description ? `<p>${escapeHtml(redesign.description)}</p>` : "";
  return `<section class="hukka-changes"><h2>What changes</h2>${description}<ol>${items.join("\n")}</ol></section>`;
}

/** Static text, no user data. */
function css(): string {
  const marks = (Object.entries(MARKS) as [DiffKind, (typeof MARKS)[DiffKind]][])
    .map(
      ([k, m]) => `
.hukka-node[data-changed="${k}"] .hukka-node-box{stroke:${m.colour};stroke-width:4;stroke-dasharray:${m.dash}}
.hukka-link[data-changed="${k}"]{stroke:${m.colour};stroke-opacity:1;stroke-dasharray:${m.dash}}
.hukka-lane[data-changed="${k}"]>rect{stroke:${m.colour};stroke-width:3;stroke-dasharray:${m.dash}}
.hukka-legend i[data-kind="${k}"]{border-top:4px ${m.dash === "none" ? "solid" : "dashed"} ${m.colour}}`,
    )
    .join("");
  return `
body{margin:0;background:#fff;color:${colours.ink};font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
.hukka-comparison{max-width:1800px;margin:0 auto;padding:20px 24px 40px}
h1{font-size:24px;margin:0 0 2px}
h2{font-size:17px;margin:0 0 6px}
.hukka-sub{color:${colours.muted};margin:0 0 14px}
.hukka-figures{border-collapse:collapse;margin:0 0 18px;font-variant-numeric:tabular-nums}
.hukka-figures th,.hukka-figures td{padding:4px 12px;border-bottom:1px solid ${colours.rule};text-align:right}
.hukka-figures th:first-child,.hukka-figures td:first-child{text-align:left}
.hukka-changes ol{margin:0 0 14px;padding-left:22px}
.hukka-note{color:${colours.muted}}
.hukka-legend{display:flex;flex-wrap:wrap;gap:16px;font-size:13px}
.hukka-legend span{display:inline-flex;align-items:center;gap:6px}
.hukka-legend i{display:inline-block;width:26px;height:0}
.hukka-headline{font-size:16.5px;margin:6px 0}
.hukka-waits{margin:0 0 10px;max-width:70em;color:${colours.muted}}
.hukka-figures-wrap{overflow-x:auto}
.hukka-warnings li{color:${colours.waste}}
.hukka-side-by-side{display:grid;grid-template-columns:minmax(0,1fr);gap:16px}
figure{margin:0;border:1px solid ${colours.rule};border-radius:8px;padding:8px;overflow:auto;min-width:0}
figcaption{font-weight:650;margin:0 0 6px;position:sticky;left:0}
figure svg{display:block;max-width:none;height:auto}
@media (max-width:600px){.hukka-comparison{padding:14px 12px 32px}h1{font-size:20px}.hukka-figures th,.hukka-figures td{padding:4px 6px}}${marks}
`;
}
