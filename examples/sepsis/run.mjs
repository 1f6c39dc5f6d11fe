// Sepsis patients in a Dutch hospital: where do they wander between the emergency room, the
// laboratory and the wards, and how long do they wait when they are passed on?
// `npm run example:sepsis [-- PATH/sepsis.csv]`
import { createReadStream, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { MISSING_DEPARTMENT, readEventLog, wanderMetrics } from "hukka";
import { duration, hukka, logPath, out, percent } from "../hukka.mjs";

const citation =
  "F. Mannhardt, Sepsis Cases – Event Log, 4TU.ResearchData, 2016, doi:10.4121/uuid:915d2bfb-7e84-49ad-a286-dc35f063a460";
const path = logPath("sepsis/sepsis.csv", {
  example: "sepsis",
  doi: "doi:10.4121/uuid:915d2bfb-7e84-49ad-a286-dc35f063a460",
  citation,
});

// The log's departments are anonymised groups (org:group): A and C work in the emergency room,
// B is the laboratory, E discharges; the other letters are wards and intensive care.
const AREA = new Map([
  ["A", "emergency room"],
  ["C", "emergency room"],
  ["B", "laboratory"],
  ["E", "discharge"],
]);
const area = (group) => AREA.get(group) ?? "wards and IC";
// Tests are necessary, treatment and care are value, a return to the emergency room is failure demand.
const classification = fileURLToPath(new URL("./classification.json", import.meta.url));

// 1. The CLI: measure the log, mine a service model, analyse it into an interactive report.
const mapping = ["--delimiter", ";", "--case", "Case ID", "--activity", "Activity", "--timestamp", "Complete Timestamp"];
const report = hukka(
  ["mine", path, ...mapping, "--department", "org:group", "--missing", "?", "--classify", classification, "--model", `${out}/sepsis-model.json`],
  { json: `${out}/sepsis.json` },
);
const analysis = hukka(["analyse", `${out}/sepsis-model.json`, "--html", `${out}/sepsis.html`], { json: `${out}/sepsis-analysis.json` });

// 2. The same log through the library, with the groups folded into the hospital's areas, so that
//    A → C (both emergency room) is no hand-off and ER → lab → ER is one ping-pong.
const log = await readEventLog(createReadStream(path), {
  case: "Case ID",
  activity: "Activity",
  timestamp: "Complete Timestamp",
  department: "org:group",
  missing: ["?"],
});
const areas = [...new Set(log.departments.map(area))];
const areaOf = log.departments.map((g) => areas.indexOf(area(g)));
const moves = new Map(); // "emergency room → laboratory" → hand-offs
let patientsWithPingPong = 0;
let pingPongs = 0;
for (let c = 0; c < log.cases.length; c++) {
  const from = log.caseStart[c];
  const to = log.caseStart[c + 1];
  const seq = Array.from(log.department.subarray(from, to), (d) => (d === MISSING_DEPARTMENT ? null : areaOf[d]));
  const m = wanderMetrics(log.activity.subarray(from, to), seq);
  pingPongs += m.pingPongs;
  if (m.pingPongs > 0) patientsWithPingPong++;
  for (let i = 0; i + 1 < m.departments.length; i++) {
    const move = `${areas[m.departments[i]]} → ${areas[m.departments[i + 1]]}`;
    moves.set(move, (moves.get(move) ?? 0) + 1);
  }
}
const topMoves = [...moves].sort((a, b) => b[1] - a[1]).slice(0, 6);
writeFileSync(
  `${out}/sepsis-areas.json`,
  JSON.stringify({ areas, pingPongs, patientsWithPingPong, handoffs: Object.fromEntries(topMoves) }, null, 2) + "\n",
);

const w = report.waiting;
const pairs = report.handoffsByPair.slice(0, 6);
console.log(`
Where sepsis patients wander
  ${report.cases.toLocaleString("en")} patients, ${report.events.toLocaleString("en")} events, ${report.departments} groups
  every patient is handed between groups: ${(report.handoffs / report.cases).toFixed(1)} hand-offs per patient
  ${percent(report.casesWithPingPong / report.cases)} of patients ping-pong between two groups (${report.pingPongs.toLocaleString("en")} times)
  most frequent hand-offs between groups:
${pairs.map((p) => `    ${p.from} → ${p.to}  ${String(p.count).padStart(4)}   ${area(p.from)} → ${area(p.to)}`).join("\n")}

With the groups folded into areas (emergency room, laboratory, wards and IC, discharge)
  ${patientsWithPingPong.toLocaleString("en")} patients (${percent(patientsWithPingPong / report.cases)}) go back to an area they had just left: ${pingPongs.toLocaleString("en")} ping-pongs
  hand-offs between areas:
${topMoves.map(([move, n]) => `    ${move}: ${n.toLocaleString("en")}`).join("\n")}

The mined service, analysed (per patient, expected)
  ${duration(analysis.expected.minutes)} from registration to the last event; ${percent(analysis.expected.failureDemandShare)} of visits are failure demand (a return to the ER)
  ${analysis.expected.handoffs.toFixed(2)} hand-offs, ${analysis.expected.pingPongs.toFixed(2)} ping-pongs between groups
  where the waiting is: ${analysis.hotspots.touchpoints.slice(0, 3).map((h) => `${h.id} ${percent(h.share)}`).join(", ")}

Waiting between consecutive events
  when the group changes: median ${duration(w.departmentChanges.medianMinutes)}, mean ${duration(w.departmentChanges.meanMinutes)}
  when it stays:          median ${duration(w.departmentStays.medianMinutes)}, mean ${duration(w.departmentStays.meanMinutes)}

open examples/out/sepsis.html (the mined service: blueprint, journeys, wander line)
wrote examples/out/sepsis.json, sepsis-model.json, sepsis-analysis.json, sepsis-areas.json
Data: ${citation}.`);
