// BPI Challenge 2013, Volvo IT incidents: how often are incidents passed back and forth between
// support teams (ping-pong), and how much longer do the customers whose incident ping-pongs wait?
// `npm run example:incidents [-- PATH/07_bpic2013_incidents.xes.gz]`
import { createReadStream } from "node:fs";
import { writeFileSync } from "node:fs";
import { MISSING_DEPARTMENT, readEventLog, wanderMetrics } from "hukka";
import { duration, hukka, logPath, out, percent, round } from "../hukka.mjs";

const citation = "W. Steeman, BPI Challenge 2013 (incidents), 4TU.ResearchData, 2013, doi:10.4121/uuid:500573e6-accc-4b0c-9576-aa5468b10cee";
const path = logPath("bpic2013/07_bpic2013_incidents.xes.gz", {
  example: "incidents",
  doi: "doi:10.4121/uuid:500573e6-accc-4b0c-9576-aa5468b10cee",
  citation,
});

// 1. The log as the CLI measures it: hand-offs and ping-pong between support teams (org:group).
const mapping = ["--activity", "concept:name", "--activity", "lifecycle:transition", "--department", "org:group"];
const report = hukka(["mine", path, ...mapping], { json: `${out}/incidents.json` });

// 2. Which pairs of teams pass incidents back and forth: both directions of a hand-off pair.
const count = new Map(report.handoffsByPair.map((p) => [JSON.stringify([p.from, p.to]), p.count]));
const backAndForth = report.handoffsByPair
  .filter((p) => p.from < p.to)
  .map((p) => ({ teams: [p.from, p.to], there: p.count, back: count.get(JSON.stringify([p.to, p.from])) ?? 0 }))
  .filter((p) => p.back > 0)
  .sort((a, b) => Math.min(b.there, b.back) - Math.min(a.there, a.back))
  .slice(0, 5);

// 3. What it costs: the same log through the library, each case measured with wanderMetrics
//    (hukka's one definition of a ping-pong), durations compared for cases that ping-pong and
//    cases that are handed off without ping-pong.
const log = await readEventLog(createReadStream(path), { department: "org:group" }, {});
const groups = { pingPong: [], handoffOnly: [], stayed: [] };
for (let c = 0; c < log.cases.length; c++) {
  const from = log.caseStart[c];
  const to = log.caseStart[c + 1];
  const teams = Array.from(log.department.subarray(from, to), (d) => (d === MISSING_DEPARTMENT ? null : d));
  const m = wanderMetrics(log.activity.subarray(from, to), teams);
  const minutes = (log.time[to - 1] - log.time[from]) / 60_000;
  (m.pingPongs > 0 ? groups.pingPong : m.handoffs > 0 ? groups.handoffOnly : groups.stayed).push(minutes);
}
const median = (xs) => {
  const s = Float64Array.from(xs).sort();
  return s.length === 0 ? null : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const mean = (xs) => (xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length);
const durations = Object.fromEntries(
  Object.entries(groups).map(([k, xs]) => [k, { cases: xs.length, medianMinutes: median(xs), meanMinutes: mean(xs) }]),
);
writeFileSync(`${out}/incidents-durations.json`, JSON.stringify({ backAndForth, durations }, null, 2) + "\n");

const w = report.waiting;
console.log(`
Incidents ping-pong between support teams
  ${report.cases.toLocaleString("en")} incidents, ${report.departments} support teams
  ${report.casesWithHandoff.toLocaleString("en")} incidents (${percent(report.casesWithHandoff / report.cases)}) were handed to another team at least once
  ${report.casesWithPingPong.toLocaleString("en")} incidents (${percent(report.casesWithPingPong / report.cases)}) went back to a team they had just left: ${report.pingPongs.toLocaleString("en")} ping-pongs
  between events, when the team changes: median ${duration(w.departmentChanges.medianMinutes)}, mean ${duration(w.departmentChanges.meanMinutes)}
                   when it stays:         median ${duration(w.departmentStays.medianMinutes)}, mean ${duration(w.departmentStays.meanMinutes)}

Pairs of teams that pass incidents back and forth (hand-offs each way)
${backAndForth.map((p) => `  ${p.teams[0]} ⇄ ${p.teams[1]}: ${p.there} → and ${p.back} ←`).join("\n")}

How long an incident stays open (first to last event)
  with ping-pong:                ${pad(durations.pingPong)}
  handed off, without ping-pong: ${pad(durations.handoffOnly)}
  never handed off:              ${pad(durations.stayed)}

wrote examples/out/incidents.json, examples/out/incidents-durations.json
Data: ${citation}.`);

function pad(d) {
  return `median ${duration(d.medianMinutes).padEnd(9)} mean ${duration(d.meanMinutes).padEnd(9)} (${d.cases.toLocaleString("en")} incidents)`;
}
void round;
