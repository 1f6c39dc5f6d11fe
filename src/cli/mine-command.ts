import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { basename } from "node:path";
import { analyse } from "../analysis/analyse.js";
import { formatDuration } from "../analysis/format-duration.js";
import { logHeadline } from "../log-report/log-headline.js";
import { analyseLog } from "../log-report/analyse-log.js";
import { departmentFlows } from "../log-report/department-flows.js";
import { observedJourneys } from "../log-report/observed-journeys.js";
import { InvalidClassificationError, parseClassification, type Classification } from "../mining/classification.js";
import type { LogEncoding } from "../logs/decode-text.js";
import { EventLogError } from "../logs/event-log-error.js";
import type { EventLog } from "../logs/event-log.js";
import type { LogReport } from "../log-report/log-report.js";
import { resolveMiningOptions, type CountMiningOptions } from "../mining/count-mining.js";
import { mineService } from "../mining/mine-service.js";
import { miningFidelity } from "../mining/mining-fidelity.js";
import { InvalidRedesignError } from "../redesign/invalid-redesign-error.js";
import { safeParseRedesign } from "../redesign/parse-redesign.js";
import { replayComparison, type ReplayComparison } from "../redesign/replay-comparison.js";
import type { Redesign } from "../redesign/types.js";
import { readOcel } from "../logs/read-ocel.js";
import { observedCustomerJourney } from "../log-report/observed-customer-journey.js";
import { miningUnitLog } from "../mining/mining-unit-log.js";
import { customerLines } from "./customer-lines.js";
import { customerOptions, customerSettings } from "./customer-options.js";
import { departmentCandidates } from "./department-candidates.js";
import { isOcelLog } from "./is-ocel-log.js";
import { fidelityLines, replayLines } from "./fidelity-lines.js";
import { invalidInput } from "./invalid-input.js";
import { issueLine } from "./issue-line.js";
import { readEventLog } from "../logs/read-event-log.js";
import { serviceFromCounts } from "../mining/service-from-counts.js";
import { CliError, usageError } from "./cli-error.js";
import type { Command } from "./command.js";
import type { CliIO } from "./io.js";
import { jsonText } from "./json-text.js";
import type { OptionTable } from "./option-table.js";
import { parseOptions } from "./parse-options.js";
import { readCalendar } from "./read-calendar.js";
import { readJsonFile } from "./read-json-file.js";
import { terminalText } from "./terminal-text.js";
import { usageLine } from "./usage-line.js";
import { jsonChunks } from "./json-chunks.js";
import { checkOutputs, writeOutputs } from "./output-files.js";
import { workingTimeLines } from "./working-time-lines.js";

const options = {
  case: { type: "string", value: "C", description: "the column (CSV) or trace attribute (XES) naming the case (XES default: concept:name)" },
  activity: {
    type: "string",
    value: "A",
    multiple: true,
    description: "the activity column or event attribute; several are joined (XES default: concept:name)",
  },
  timestamp: { type: "string", value: "T", description: "the timestamp column or event attribute (XES default: time:timestamp)" },
  "start-timestamp": {
    type: "string",
    value: "S",
    description: "CSV: the column of the time work on an event started, for service times (XES: lifecycle start events are paired by themselves)",
  },
  department: {
    type: "string",
    value: "D",
    description: "the department column or attribute; without it nothing about wandering can be measured",
  },
  missing: { type: "string", value: "M", multiple: true, description: 'a department value meaning "unknown", e.g. EMPTY (an empty value always is)' },
  "missing-department": {
    type: "string",
    value: "inherit|unknown",
    default: "inherit",
    description: "where the mined model puts an event without a department: the case's previous known department, or an unknown one",
  },
  history: {
    type: "string",
    value: "0|1|2",
    default: "2",
    description: "how many previous department runs a mined touchpoint remembers (1: ping-pongs exact; 2: revisits closer)",
  },
  format: {
    type: "string",
    value: "csv|xes",
    description: "the log's format (default: detected from its first bytes); with --engine duckdb: csv, parquet or table (default: parquet for .parquet, else csv)",
  },
  delimiter: { type: "string", value: "D", description: "the CSV field delimiter; \\t or tab for a tab (default: detected from the header)" },
  encoding: { type: "string", value: "E", description: "the text encoding of a CSV log: utf8, latin1 or windows-1252 (default: utf8)" },
  "timestamp-format": { type: "string", value: "F", description: "a pattern for timestamps that are neither ISO 8601 nor YYYY/MM/DD hh:mm:ss" },
  "skip-bad-rows": { type: "boolean", description: "count and skip bad rows instead of stopping at the first" },
  classify: { type: "string", value: "FILE", input: true, description: "a classification (JSON): step type, waste, failure demand and outcome per activity" },
  calendar: { type: "string", value: "FILE", input: true, description: "a calendar (JSON: time zone, weekly hours, holidays): every wait on the working clock too" },
  redesign: {
    type: "string",
    value: "FILE",
    input: true,
    description: "a redesign that merges or renames departments: its effect predicted by the mined model beside it replayed on the cases",
  },
  noun: { type: "string", value: "WORD", description: "what the service calls its customer, singular, e.g. patient: the mined model's noun, in every headline" },
  json: { type: "boolean", description: "print the log report, with the mined model's fidelity (and the redesign), as JSON on stdout" },
  model: { type: "string", value: "FILE", output: true, description: "also write the mined service model (JSON)" },
  html: { type: "string", value: "FILE", output: true, description: "also write the mined model's interactive HTML report" },
  engine: {
    type: "string",
    value: "duckdb",
    description: "compute the log report in DuckDB (CSV, Parquet or a DuckDB table; the events never enter this process); needs the package @duckdb/node-api",
  },
  database: { type: "string", value: "FILE", input: true, requires: ["engine", "duckdb"], description: "with --engine duckdb: a DuckDB database file whose table LOG holds the events (--format table)" },
  "memory-limit": { type: "string", value: "SIZE", requires: ["engine", "duckdb"], description: "with --engine duckdb: DuckDB's memory limit, e.g. 2GB; past it DuckDB spills to --temp-directory" },
  "temp-directory": { type: "string", value: "DIR", requires: ["engine", "duckdb"], description: "with --engine duckdb: where DuckDB spills what does not fit in --memory-limit" },
  ...customerOptions,
} as const satisfies OptionTable;

const usage = usageLine("mine", "LOG", options);
const calendarNeedsDefaultEngine = `--calendar needs the default engine: working time reads each event's local time against the calendar's hours and holidays, which the SQL aggregation does not compute; leave out --engine duckdb (the default engine mines a million events with a calendar in seconds)\nusage: ${usage}`;

const count = (n: number) => n.toLocaleString("en");
/** Names from a log reach the terminal with their control characters shown, not obeyed. */
const shown = terminalText;
const percent = (part: number, whole: number) => `${whole === 0 ? "0" : ((100 * part) / whole).toFixed(1)}%`;

/** Minutes in the unit a reader takes in at a glance. */
function duration(minutes: number | null): string {
  return minutes === null ? "–" : formatDuration(minutes);
}

/** A size DuckDB's `memory_limit` reads (it takes more spellings; these are the ones worth typing), above 0. */
const MEMORY_SIZE = /^\s*(?=[\d.]*[1-9])(\d+(\.\d*)?|\.\d+)\s*(b|bytes|kb|kib|mb|mib|gb|gib|tb|tib|k|m|g|t)\s*$/i;

/** `\t` and `tab` are hard to type as a delimiter in a shell. */
const unescapeDelimiter = (d: string | undefined) => (d === "\\t" || d === "tab" ? "\t" : d);

async function openLog(path: string): Promise<number> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new CliError(`log is a directory, not a file: ${path}`);
    return info.size;
  } catch (e) {
    if (e instanceof CliError) throw e;
    if ((e as NodeJS.ErrnoException).code === "ENOENT") throw new CliError(`log not found: ${path}`);
    throw new CliError(`cannot read log ${path}: ${(e as Error).message}`);
  }
}

/** `--history` and `--missing-department`, checked: a bad value is wrong usage. */
function miningOptions(history: string | undefined, missingDepartment: string | undefined): Required<CountMiningOptions> {
  if (history !== undefined && !["0", "1", "2"].includes(history)) throw usageError(`invalid --history ${JSON.stringify(history)}: use 0, 1 or 2\nusage: ${usage}`);
  if (missingDepartment !== undefined && missingDepartment !== "inherit" && missingDepartment !== "unknown") {
    throw usageError(`invalid --missing-department ${JSON.stringify(missingDepartment)}: use inherit or unknown\nusage: ${usage}`);
  }
  return resolveMiningOptions({ history: history === undefined ? undefined : (Number(history) as 0 | 1 | 2), missingDepartment });
}

async function readRedesign(path: string): Promise<Redesign> {
  const parsed = safeParseRedesign(await readJsonFile(path, "redesign"));
  if (!parsed.success) throw invalidInput(`${path}: invalid redesign`, parsed.issues);
  return parsed.data;
}

/** The redesign predicted and replayed; a change that cannot be replayed or applied is invalid input. */
function replayed(log: EventLog, redesign: Redesign, options: Parameters<typeof replayComparison>[2]): ReplayComparison {
  try {
    return replayComparison(log, redesign, options);
  } catch (e) {
    if (e instanceof InvalidRedesignError) throw invalidInput("the redesign cannot be replayed on the log and the mined model", e.issues);
    throw e;
  }
}

/** Without a department nothing wanders: say so, naming the columns that look like one. */
async function warnNoDepartment(io: CliIO, path: string, encoding: string | undefined): Promise<void> {
  const candidates = await departmentCandidates(path, encoding === "latin1" || encoding === "windows-1252" ? "latin1" : "utf-8");
  const hint =
    candidates.length > 0
      ? `columns that look like one: ${candidates.map((c) => JSON.stringify(shown(c))).join(", ")}`
      : "name the column that says who handled each event";
  io.err(`warning: no --department: without one nothing about wandering can be measured (hand-offs, ping-pongs and revisits are all 0); ${hint}\n`);
}

async function readClassification(path: string): Promise<Classification> {
  try {
    return parseClassification(await readJsonFile(path, "classification"));
  } catch (e) {
    if (e instanceof InvalidClassificationError) throw new CliError(`${path}: ${e.issues.map((i) => i.message).join(`\n${path}: `)}`);
    throw e;
  }
}

function summary(path: string, report: LogReport, skippedProblems: readonly string[]): string {
  const r = report;
  const lines = [
    `${basename(path)}: ${count(r.cases)} cases, ${count(r.events)} events, ${count(r.activities)} activities, ${count(r.departments)} departments`,
    "",
    logHeadline(r),
    "",
    `hand-offs: ${count(r.handoffs)} (${(r.handoffs / r.cases).toFixed(2)} per case), in ${percent(r.casesWithHandoff, r.cases)} of cases`,
    `ping-pong: ${count(r.pingPongs)} in ${percent(r.casesWithPingPong, r.cases)} of cases; revisits: ${count(r.revisits)} in ${percent(r.casesWithRevisit, r.cases)} of cases`,
    `waiting between events when the department changes: median ${duration(r.waiting.departmentChanges.medianMinutes)}, mean ${duration(r.waiting.departmentChanges.meanMinutes)} (${count(r.waiting.departmentChanges.count)})`,
    `                                     when it stays: median ${duration(r.waiting.departmentStays.medianMinutes)}, mean ${duration(r.waiting.departmentStays.meanMinutes)} (${count(r.waiting.departmentStays.count)})`,
    `case duration: median ${duration(r.caseMinutes.medianMinutes)}, mean ${duration(r.caseMinutes.meanMinutes)}`,
  ];
  if (r.handoffsByPair.length > 0) {
    lines.push("", "top hand-offs:");
    for (const p of r.handoffsByPair.slice(0, 5)) lines.push(`  ${count(p.count).padStart(8)}  ${shown(p.from)} → ${shown(p.to)}`);
  }
  lines.push("", `top variants (of ${count(r.variantCount)}):`);
  for (const v of r.variants.slice(0, 5)) {
    lines.push(`  ${count(v.count).padStart(8)}  ${percent(v.count, r.cases).padStart(6)}  ${v.activities.map(shown).join(" → ")}`);
  }
  if (r.skippedRows > 0) {
    lines.push("", `skipped ${count(r.skippedRows)} bad row${r.skippedRows === 1 ? "" : "s"}${skippedProblems.length > 0 ? ", first:" : ""}`, ...skippedProblems.slice(0, 3).map((p) => `  ${shown(p)}`));
  }
  return lines.join("\n") + "\n";
}

function progressReporter(io: CliIO, path: string, size: number) {
  if (!io.stderrIsTTY) return { onProgress: undefined, done() {} };
  let last = 0;
  let width = 0; // of the progress line shown, to blank it at the end
  return {
    onProgress({ bytes, events }: { bytes: number; events: number }) {
      const now = Date.now();
      if (now - last < 200) return;
      last = now;
      const line = `reading ${shown(basename(path))}: ${percent(bytes, size)} (${count(events)} events)`;
      io.err(`\r${line.padEnd(width)}`);
      width = Math.max(width, line.length);
    },
    done() {
      if (width > 0) io.err(`\r${" ".repeat(width)}\r`);
    },
  };
}

/** `--engine duckdb`: the log report, and the mined model from the mining counts, computed by DuckDB. */
async function mineThroughDuckDB(path: string, values: MineValues, io: CliIO): Promise<number> {
  if (values.redesign !== undefined) throw usageError(`--redesign replays the change on the cases, which needs the default engine\nusage: ${usage}`);
  if (values.ocel === true || values["customer-type"] !== undefined) throw usageError(`OCEL logs need the default engine\nusage: ${usage}`);
  const customers = customerSettings(values, usage);
  if (customers.unit === "customer" && values.customer === undefined) throw usageError(`--unit customer mines customer journeys: name the customer with --customer C\nusage: ${usage}`);
  if (values.calendar !== undefined) throw usageError(calendarNeedsDefaultEngine);
  const memoryLimit = values["memory-limit"];
  if (memoryLimit !== undefined && !MEMORY_SIZE.test(memoryLimit)) {
    throw usageError(`invalid --memory-limit ${JSON.stringify(memoryLimit)}: give a size such as 2GB, 512MB or 1.5GiB\nusage: ${usage}`);
  }
  const format = values.format ?? (values.database !== undefined ? "table" : undefined);
  if (format !== undefined && format !== "csv" && format !== "parquet" && format !== "table") {
    throw usageError(`--engine duckdb reads --format csv, parquet or table (of --database FILE), not ${JSON.stringify(format)}; XES needs the default engine\nusage: ${usage}`);
  }
  const mining = miningOptions(values["history"], values["missing-department"]);
  const classification = values.classify === undefined ? undefined : await readClassification(values.classify);
  if (format !== "table") await openLog(path);
  const { mineWithDuckDB } = await import("./mine-with-duckdb.js");
  const id = basename(path).replace(/\..*$/, "") || "mined-service";
  const { report, model, note } = await mineWithDuckDB(
    path,
    logMapping(values),
    {
      ...(format !== undefined && { format }),
      ...(values.customer !== undefined && { unit: customers.unit, journeyGap: customers.journeyGap, customers: { returnWindow: customers.returnWindow } }),
      ...(values.database !== undefined && { database: values.database }),
      ...(values.delimiter !== undefined && { delimiter: unescapeDelimiter(values.delimiter) }),
      ...(values.encoding !== undefined && { encoding: values.encoding as LogEncoding }),
      ...(values["timestamp-format"] !== undefined && { timestampFormat: values["timestamp-format"] }),
      ...(values["skip-bad-rows"] !== undefined && { skipBadRows: values["skip-bad-rows"] }),
      ...(values["memory-limit"] !== undefined && { memoryLimit: values["memory-limit"] }),
      ...(values["temp-directory"] !== undefined && { tempDirectory: values["temp-directory"] }),
    },
    mining,
    { classification, id, name: `Mined from ${basename(path)}`, noun: values.noun },
    values.model !== undefined || values.html !== undefined,
    usage,
  );
  if (values.json) io.out(jsonText(model === null ? report : { ...report, fidelity: model.fidelity }));
  else {
    io.out(summary(path, report, []));
    if (report.customers !== undefined) io.out(`\n${customerLines(report.customers)}`);
  }
  if (note !== null) io.err(`warning: ${note}\n`);
  if (model === null) return 0;
  const { service, analysed, fidelity } = model;
  if (!values.json) {
    io.out(`\n${fidelityLines(service, fidelity, mining)}`);
    for (const w of fidelity.warnings) if (w.code === "no_service_time") io.out(`  note: ${shown(w.message)}\n`);
  }
  for (const w of fidelity.warnings) if (w.code === "fidelity_gap") io.err(`warning: ${issueLine(w)}\n`);
  // the model and the report are written together or not at all
  await writeOutputs(values.json ? io.err : io.out, async (outputs) => {
    if (values.model !== undefined) await outputs.add(values.model, jsonChunks(service), values.json ? null : `\nmodel written to ${shown(values.model)}\n`);
    if (values.html !== undefined) {
      const { writeDiagrams } = await import("./write-diagrams.js");
      const withFidelity = { ...analysed, warnings: [...fidelity.warnings.filter((w) => w.code === "fidelity_gap"), ...analysed.warnings] };
      await writeDiagrams(service, withFidelity, { html: values.html }, outputs);
    }
  });
  return 0;
}

type MineValues = ReturnType<typeof parseOptions<typeof options>>["values"];

/** The columns named on the command line, as both engines read them. */
function logMapping(values: MineValues) {
  return {
    case: values.case,
    activity: values.activity,
    timestamp: values.timestamp,
    department: values.department,
    missing: values.missing,
    startTimestamp: values["start-timestamp"],
    customer: values.customer,
  };
}

export const mineCommand: Command = {
  name: "mine",
  usage,
  summary: "measure how customers wander in an event log (CSV or XES, plain or .gz) and mine a service model",
  options,
  async run(args, io) {
    const { values, positionals } = parseOptions(args, options, usage);
    if (positionals.length !== 1) throw usageError(`mine takes one log file\nusage: ${usage}`);
    const path = positionals[0]!;
    if (values.engine !== undefined && values.engine !== "duckdb") throw usageError(`unknown engine ${JSON.stringify(values.engine)}: use duckdb, or leave --engine out\nusage: ${usage}`);
    if (values.noun !== undefined && values.noun.trim() === "") throw usageError(`--noun takes a word, e.g. patient\nusage: ${usage}`);
    // a missing folder for an output is found before a large log is read, not after
    await checkOutputs([values.model, values.html]);
    if (values.engine === "duckdb") return mineThroughDuckDB(path, values, io);
    const mining = miningOptions(values["history"], values["missing-department"]);
    const customers = customerSettings(values, usage);
    const classification = values.classify === undefined ? undefined : await readClassification(values.classify);
    const calendar = values.calendar === undefined ? null : await readCalendar(values.calendar);
    const redesign = values.redesign === undefined ? undefined : await readRedesign(values.redesign);
    const size = await openLog(path);
    const progress = progressReporter(io, path, size);
    let log: EventLog;
    const ocel = values.ocel === true || values["customer-type"] !== undefined || (await isOcelLog(path));
    if (ocel && values["customer-type"] === undefined) throw usageError(`${path} is an OCEL log: name the object type of its customers with --customer-type T (and the cases' with --case-type T)\nusage: ${usage}`);
    try {
      log = ocel
        ? await readOcel(
            createReadStream(path, { highWaterMark: 1 << 20 }),
            { customer: values["customer-type"]!, case: values["case-type"], department: values.department, missing: values.missing },
            { timestampFormat: values["timestamp-format"], skipBadRows: values["skip-bad-rows"], onProgress: progress.onProgress },
          )
        : await readEventLog(
        createReadStream(path, { highWaterMark: 1 << 20 }),
        logMapping(values),
        {
          format: values.format as "csv" | "xes" | undefined,
          delimiter: unescapeDelimiter(values.delimiter),
          encoding: values.encoding as LogEncoding | undefined,
          timestampFormat: values["timestamp-format"],
          ...(calendar && { timezone: calendar.timezone }),
          skipBadRows: values["skip-bad-rows"],
          onProgress: progress.onProgress,
        },
      );
    } catch (e) {
      if (e instanceof EventLogError) {
        const usageProblem = e.code === "mapping_required" || e.code === "bad_option" || e.code === "needs_duckdb";
        throw new CliError(`${path}: ${e.message}${usageProblem ? `\nusage: ${usage}` : ""}`, usageProblem ? 2 : 1);
      }
      if ((e as NodeJS.ErrnoException).code !== undefined) throw new CliError(`cannot read log ${path}: ${(e as Error).message}`);
      throw e;
    } finally {
      progress.done();
    }
    const report = analyseLog(log, { ...customers, calendar });
    if (values.department === undefined) await warnNoDepartment(io, path, values.encoding);
    if (customers.unit === "customer" && report.customers === undefined) throw usageError(`--unit customer mines customer journeys: name the customer with --customer C\nusage: ${usage}`);
    // with --unit customer the model is mined from, and held against, the customer journeys
    const unitLog = miningUnitLog(log, customers);
    const unitReport = unitLog === log ? report : analyseLog(unitLog);
    const say = values.json ? io.err : io.out; // with --json, stdout stays the JSON's alone
    const id = basename(path).replace(/\..*$/, "") || "mined-service";
    const service = mineService(unitLog, { ...mining, calendar, classification, id, name: `Mined from ${basename(path)}`, noun: values.noun });
    const analysed = analyse(service);
    const fidelity = miningFidelity(unitLog, unitReport, analysed.expected, { calendar, missingDepartment: mining.missingDepartment, unit: customers.unit });
    const before = { service, expected: analysed.expected, logReport: unitReport };
    const replay = redesign === undefined ? undefined : replayed(unitLog, redesign, { ...mining, classification, before });

    if (values.json) io.out(jsonText({ ...report, fidelity, ...(replay && { redesign: replay }) }));
    else {
      io.out(summary(path, report, log.skippedProblems));
      if (report.customers !== undefined) io.out(`\n${customerLines(report.customers)}`);
      if (report.working) io.out(`\n${workingTimeLines(report, report.working)}`);
      io.out(`\n${fidelityLines(service, fidelity, mining)}`);
      for (const w of fidelity.warnings) if (w.code === "no_service_time") io.out(`  note: ${shown(w.message)}\n`);
      if (replay) io.out(`\n${replayLines(replay, redesign!)}`);
    }
    for (const w of fidelity.warnings) if (w.code === "fidelity_gap") io.err(`warning: ${issueLine(w)}\n`);
    for (const w of replay?.warnings ?? []) io.err(`warning: ${issueLine(w)}\n`);
    const known = new Set(log.activities);
    for (const c of classification?.activities ?? []) {
      if (!known.has(c.activity)) io.err(`warning: classified activity ${JSON.stringify(c.activity)} does not occur in the log\n`);
    }
    // the model and the report are written together or not at all
    await writeOutputs(say, async (outputs) => {
      if (values.model !== undefined) await outputs.add(values.model, jsonChunks(service), values.json ? null : `\nmodel written to ${shown(values.model)}\n`);
      if (values.html !== undefined) {
        // the mined service measured like any model, drawn as the interactive report; d3 loads only here
        const { writeDiagrams } = await import("./write-diagrams.js");
        // the fidelity is a table on the page; only a figure more than 5 % off is a warning
        const withFidelity = { ...analysed, warnings: [...fidelity.warnings.filter((w) => w.code === "fidelity_gap"), ...analysed.warnings] };
        // the log's own sentence leads; its departments, journeys (and the redesign) go beside the model's
        const logData = {
          departments: departmentFlows(log),
          observed: observedJourneys(log, { calendar }),
          headline: logHeadline(report),
          fidelity,
          ...(replay && { redesign: { redesign: redesign!, replay } }),
          ...(report.customers && { customers: report.customers, customerJourney: observedCustomerJourney(log, customers) ?? undefined }),
        };
        await writeDiagrams(service, withFidelity, { html: values.html }, outputs, logData);
      }
    });
    return 0;
  },
};
