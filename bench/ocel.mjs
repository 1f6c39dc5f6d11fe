// `npm run bench -- ocel` (DESIGN §13, v3): reading a 100 MB OCEL 2.0 JSON log as a stream.
// The log is the helpdesk log (I. Verenich, Helpdesk, Mendeley Data, 2016,
// doi:10.17632/39bp3vv62t.1) written as OCEL 2.0 JSON — tickets and customers as objects, the
// resource an event attribute — and repeated with renamed objects and events until the file
// passes 100 MB. `hukka mine FILE --customer-type customer --case-type ticket --department
// org:resource --json` runs on it in a process of its own; its peak resident memory must stay
// under 1 GB (the file's text is never held whole).
import { spawnSync } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { once } from "node:events";

const LOG = fileURLToPath(new URL("../../shared/data/helpdesk/helpdesk.xes.gz", import.meta.url));
const OUT = fileURLToPath(new URL("./out/", import.meta.url));
const FILE = `${OUT}helpdesk-100mb.jsonocel`;
const CLI = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const USAGE = fileURLToPath(new URL("./resource-usage.mjs", import.meta.url));
const TARGET_BYTES = 100 * 1024 * 1024;
const LIMIT_MB = 1024;

if (!existsSync(LOG)) {
  console.log(`skipped: ${LOG} is missing (Helpdesk, Mendeley Data)`);
  process.exit(0);
}
mkdirSync(OUT, { recursive: true });
const { readEventLog } = await import("../dist/index.js");

async function writeLog() {
  const log = await readEventLog(readFileSync(LOG), { department: "org:resource", customer: "customer" });
  const out = createWriteStream(FILE);
  let bytes = 0;
  const write = async (text) => {
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, "drain");
  };
  const copies = Math.ceil(TARGET_BYTES / 300 / log.events) + 1; // about 300 bytes an event
  await write(`{"objectTypes":[{"name":"customer","attributes":[]},{"name":"ticket","attributes":[]}],"eventTypes":[`);
  await write(log.activities.map((a) => JSON.stringify({ name: a, attributes: [{ name: "org:resource", type: "string" }] })).join(","));
  await write(`],"objects":[`);
  let first = true;
  for (let k = 0; k < copies; k++) {
    for (const c of log.customers) await write(`${first ? "" : ","}${JSON.stringify({ id: `customer ${c} #${k}`, type: "customer", attributes: [] })}`), (first = false);
    for (const c of log.cases) await write(`,${JSON.stringify({ id: `${c} #${k}`, type: "ticket", attributes: [] })}`);
  }
  await write(`],"events":[`);
  first = true;
  for (let k = 0; k < copies && bytes < TARGET_BYTES; k++) {
    for (let c = 0; c < log.cases.length; c++) {
      for (let i = log.caseStart[c]; i < log.caseStart[c + 1]; i++) {
        const event = {
          id: `e${i} #${k}`,
          type: log.activities[log.activity[i]],
          time: new Date(log.time[i]).toISOString(),
          attributes: [{ name: "org:resource", value: log.departments[log.department[i]] ?? "" }],
          relationships: [
            { objectId: `${log.cases[c]} #${k}`, qualifier: "ticket" },
            { objectId: `customer ${log.customers[log.customer[i]]} #${k}`, qualifier: "customer" },
          ],
        };
        await write(`${first ? "" : ","}${JSON.stringify(event)}`);
        first = false;
      }
    }
  }
  await write("]}\n");
  out.end();
  await once(out, "finish");
}

if (!existsSync(FILE) || statSync(FILE).size < TARGET_BYTES) await writeLog();
const size = statSync(FILE).size;
const usageFile = `${OUT}ocel-usage.json`;
const started = performance.now();
const run = spawnSync(process.execPath, ["--import", USAGE, CLI, "mine", FILE, "--customer-type", "customer", "--case-type", "ticket", "--department", "org:resource", "--json"], {
  env: { ...process.env, HUKKA_BENCH_USAGE: usageFile },
  maxBuffer: 1 << 30,
  encoding: "utf8",
});
const seconds = (performance.now() - started) / 1000;
if (run.status !== 0) {
  console.error(run.stderr);
  process.exit(1);
}
const report = JSON.parse(run.stdout);
const usage = JSON.parse(readFileSync(usageFile, "utf8"));
console.log(`machine: ${cpus().length} cores, load ${loadavg()[0].toFixed(1)} (1 min)`);
console.log(`file: ${(size / 1024 / 1024).toFixed(1)} MB OCEL 2.0 JSON, ${report.events.toLocaleString("en")} events, ${report.cases.toLocaleString("en")} cases, ${report.customers.customers.toLocaleString("en")} customers`);
console.log(`hukka mine (read, report, mine, fidelity): ${seconds.toFixed(1)} s wall, ${usage.cpuSeconds.toFixed(1)} s CPU, peak ${usage.peakMB.toFixed(0)} MB resident (limit ${LIMIT_MB} MB)`);
if (usage.peakMB > LIMIT_MB) {
  console.error(`over the limit: ${usage.peakMB.toFixed(0)} MB > ${LIMIT_MB} MB`);
  process.exit(1);
}
