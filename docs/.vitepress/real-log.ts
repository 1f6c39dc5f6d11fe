// The real-data example pages draw the services mined from the public logs next to the clone
// (`../shared/data/…`) at docs-build time. The logs are not part of the repository: when one is
// missing the build stops with an error naming the file and the DOI to download it from.
import { createReadStream, existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  analyseLog,
  MISSING_DEPARTMENT,
  mineService,
  parseClassification,
  readEventLog,
  type EventLog,
  type LogMapping,
  type LogReport,
  type ReadEventLogOptions,
  type Service,
} from "../../src/index.js";

const repo = fileURLToPath(new URL("../..", import.meta.url));

/** One of the public logs, how to read it and how the page folds its departments. */
export interface RealLogSpec {
  /** The log's path from the directory that holds the clone, e.g. `shared/data/sepsis/sepsis.csv`. */
  file: string;
  /** The dataset's citation, DOI included. */
  citation: string;
  doi: string;
  id: string;
  name: string;
  mapping: LogMapping;
  options?: ReadEventLogOptions;
  /** A classification file, from the repository root. */
  classification?: string;
  /** The department each of the log's departments is drawn in (the rest of the page's figures are the log's own). */
  fold: (department: string, busiest: readonly string[]) => string;
}

/** What a real-data page shows: the log's own figures and the service mined from the folded log. */
export interface RealLog {
  citation: string;
  /** The whole log's report, its lists cut to the first 10 entries. */
  report: LogReport;
  service: Service;
}

/** What a real-data page shows when its log was missing at build time (outside CI): where to get it. */
export interface MissingRealLog {
  citation: string;
  /** One sentence naming the missing file and where to download it. */
  missing: string;
}

/** The log with every department relabelled by `fold`: a new table, the events' indices remapped. */
function folded(log: EventLog, fold: RealLogSpec["fold"]): EventLog {
  const events = new Map<number, number>();
  for (let i = 0; i < log.events; i++) {
    const d = log.department[i]!;
    if (d !== MISSING_DEPARTMENT) events.set(d, (events.get(d) ?? 0) + 1);
  }
  const busiest = [...events].sort((a, b) => b[1] - a[1]).map(([d]) => log.departments[d]!);
  const labels = log.departments.map((d) => fold(d, busiest));
  const departments = [...new Set(labels)];
  const index = labels.map((l) => departments.indexOf(l));
  const department = log.department.map((d) => (d === MISSING_DEPARTMENT ? d : index[d]!));
  return { ...log, departments, department };
}

/** Keeps the `n` busiest departments by events and folds the rest into `other`. */
export const busiestOf =
  (n: number, other: string) =>
  (department: string, busiest: readonly string[]): string =>
    busiest.indexOf(department) < n ? department : other;

/**
 * Reads a public log, measures it and mines the service of its folded departments. A missing
 * log stops the build on CI (`CI=true`, or `required`); elsewhere the page gets a sentence naming
 * the file and where to download it, instead of its figures.
 *
 * @example
 * const sepsis = await realLog({ file: "shared/data/sepsis/sepsis.csv", … });
 * sepsis.report.cases; // 1050
 */
export async function realLog(spec: RealLogSpec, options: { required?: boolean } = {}): Promise<RealLog | MissingRealLog> {
  const { required = process.env.CI === "true" } = options;
  const path = fileURLToPath(new URL(`../${spec.file}`, `file://${repo}`));
  if (!existsSync(path)) {
    const missing =
      `The docs draw the ${spec.name} example from the public log ../${spec.file} beside the repository, which is missing. ` +
      `Download it from 4TU.ResearchData (${spec.doi}) to that path: ${spec.citation}.`;
    if (required) throw new Error(missing.replace(`../${spec.file}`, path));
    // outside CI the page says what is missing instead of drawing it, and the build goes on
    console.warn(`hukka docs: ${missing}`);
    return { citation: spec.citation, missing };
  }
  const log = await readEventLog(createReadStream(path), spec.mapping, spec.options);
  const classification = spec.classification
    ? parseClassification(JSON.parse(readFileSync(`${repo}${spec.classification}`, "utf8")))
    : undefined;
  const service = mineService(folded(log, spec.fold), { id: spec.id, name: spec.name, ...(classification && { classification }) });
  const report = analyseLog(log);
  // The page shows the headline figures: the long lists (thousands of team pairs in the
  // incidents log) would only make it heavier.
  const shortened = { ...report, handoffsByPair: report.handoffsByPair.slice(0, 10), directlyFollows: report.directlyFollows.slice(0, 10) };
  return { citation: spec.citation, report: shortened, service };
}
