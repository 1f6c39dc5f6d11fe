// Where each real log of ../shared/data comes from, for the line a test prints when it skips
// because the log is missing (the logs are public but not part of the repository).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** A real log under ../shared/data, relative to the repository root. */
export const dataPath = (relative: string) => fileURLToPath(new URL(`../../shared/data/${relative}`, import.meta.url));

/** The dataset each folder of ../shared/data holds, and where to download it. */
const SOURCES: Record<string, string> = {
  sepsis: "F. Mannhardt, Sepsis Cases – Event Log, 4TU.ResearchData, doi:10.4121/uuid:915d2bfb-7e84-49ad-a286-dc35f063a460",
  receipt: "J.C.A.M. Buijs, Receipt phase of an environmental permit application process (WABO), 4TU.ResearchData, doi:10.4121/uuid:a07386a5-7be3-4367-9535-70bc9e77dbe6",
  bpic2013: "W. Steeman, BPI Challenge 2013 (incidents, closed and open problems), 4TU.ResearchData; incidents doi:10.4121/uuid:500573e6-accc-4b0c-9576-aa5468b10cee",
  helpdesk: "I. Verenich, Helpdesk, Mendeley Data, doi:10.17632/39bp3vv62t.1",
};

/** Whether the real log is beside the clone. */
export const hasLog = (relative: string) => existsSync(dataPath(relative));

/** Whether a missing real log fails the run instead of skipping: on CI (`CI=true`), where the logs must be present. */
export const logsRequired = () => process.env.CI === "true";

/**
 * The one line that names a missing log and where to get it, e.g. "need the real log
 * ../shared/data/receipt/receipt.csv, which is missing: download it from J.C.A.M. Buijs, …".
 */
export function missingLogNote(relative: string): string {
  const source = SOURCES[relative.split("/")[0]!] ?? "the datasets listed in README.md";
  return `need the real log ../shared/data/${relative}, which is missing beside the clone: download it from ${source}`;
}
