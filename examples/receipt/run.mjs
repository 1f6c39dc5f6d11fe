// The receipt phase of an environmental permit application in a Dutch municipality: how often is
// an application handed between groups, and passed back and forth (ping-pong)? With a
// classification of the activities, what share of the applicant's time is waste?
// `npm run example:receipt [-- PATH/receipt.csv]`
import { fileURLToPath } from "node:url";
import { duration, hukka, logPath, out, percent } from "../hukka.mjs";

const citation =
  "J.C.A.M. Buijs, Receipt phase of an environmental permit application process (WABO), CoSeLoG project, 4TU.ResearchData, 2014, doi:10.4121/uuid:a07386a5-7be3-4367-9535-70bc9e77dbe6";
const path = logPath("receipt/receipt.csv", {
  example: "receipt",
  doi: "doi:10.4121/uuid:a07386a5-7be3-4367-9535-70bc9e77dbe6",
  citation,
});
const classification = fileURLToPath(new URL("./classification.json", import.meta.url));

// 1. Measure the log and mine a service model whose steps carry the classification.
const mapping = ["--case", "case:concept:name", "--activity", "concept:name", "--timestamp", "time:timestamp"];
const report = hukka(
  ["mine", path, ...mapping, "--department", "org:group", "--missing", "EMPTY", "--classify", classification, "--model", `${out}/receipt-model.json`],
  { json: `${out}/receipt.json` },
);
// 2. Analyse the mined service like any model: expected figures per application, hotspots.
const analysis = hukka(["analyse", `${out}/receipt-model.json`, "--html", `${out}/receipt.html`], { json: `${out}/receipt-analysis.json` });

const count = new Map(report.handoffsByPair.map((p) => [JSON.stringify([p.from, p.to]), p.count]));
const backAndForth = report.handoffsByPair
  .map((p) => ({ ...p, back: count.get(JSON.stringify([p.to, p.from])) ?? 0 }))
  .filter((p) => p.from < p.to && p.back > 0)
  .sort((a, b) => Math.min(b.count, b.back) - Math.min(a.count, a.back))
  .slice(0, 4);
const e = analysis.expected;
const w = report.waiting;
console.log(`
Hand-offs and ping-pong in the receipt phase
  ${report.cases.toLocaleString("en")} applications, ${report.events.toLocaleString("en")} events, ${report.departments} groups
  ${percent(report.casesWithHandoff / report.cases)} of applications change hands: ${(report.handoffs / report.cases).toFixed(2)} hand-offs per application
  ${percent(report.casesWithPingPong / report.cases)} go back to the group they came from (${report.pingPongs} ping-pongs); ${percent(report.casesWithRevisit / report.cases)} return to a group later
  most frequent hand-offs: ${report.handoffsByPair.slice(0, 4).map((p) => `${p.from} → ${p.to} (${p.count})`).join(", ")}
  groups passing applications back and forth: ${backAndForth.map((p) => `${p.from} → ${p.to} ${p.count} and back ${p.back}`).join("; ")}
  between events, when the group changes: median ${duration(w.departmentChanges.medianMinutes)}, mean ${duration(w.departmentChanges.meanMinutes)}
                  when it stays:          median ${duration(w.departmentStays.medianMinutes)}, mean ${duration(w.departmentStays.meanMinutes)}

The mined service, analysed (per application, expected)
  ${duration(e.minutes)} from receipt to the last step, all of it waiting between steps (the log has no time on the steps themselves)
  ${e.handoffs.toFixed(2)} hand-offs, ${e.pingPongs.toFixed(3)} ping-pongs, failure demand ${percent(e.failureDemandShare)} of visits
  waste hotspots: ${analysis.hotspots.departments.slice(0, 3).map((h) => `${h.id} ${percent(h.share)}`).join(", ")}

open examples/out/receipt.html
wrote examples/out/receipt.json, receipt-model.json, receipt-analysis.json
Data: ${citation}.`);
