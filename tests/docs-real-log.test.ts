// The real-data example pages mine the public logs at docs-build time; a missing log stops the
// build on CI with an error that names the file and the DOI to download it from, and elsewhere
// leaves that sentence on the page instead of the figures.
import { describe, expect, test, vi } from "vitest";
import { busiestOf, realLog } from "../docs/.vitepress/real-log.js";

describe("realLog (the docs' real-data pages)", () => {
  const missingSpec = {
    file: "shared/data/receipt/no-such-receipt.csv",
    doi: "doi:10.4121/uuid:a07386a5-7be3-4367-9535-70bc9e77dbe6",
    citation: "J.C.A.M. Buijs, Receipt phase of an environmental permit application process (WABO)",
    id: "receipt",
    name: "receipt",
    mapping: { case: "case:concept:name", activity: "concept:name", timestamp: "time:timestamp" },
    fold: (d: string) => d,
  };

  test("a missing log stops the build on CI with an error naming the file and the dataset's DOI", async () => {
    await expect(realLog(missingSpec, { required: true })).rejects.toThrow(
      /no-such-receipt\.csv beside the repository, which is missing\. Download it from 4TU\.ResearchData \(doi:10\.4121\/uuid:a07386a5-7be3-4367-9535-70bc9e77dbe6\)/,
    );
  });

  test("outside CI a missing log gives the page a sentence naming the file and the DOI instead of its figures", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const page = await realLog(missingSpec, { required: false });
    expect(page).toEqual({
      citation: missingSpec.citation,
      missing:
        "The docs draw the receipt example from the public log ../shared/data/receipt/no-such-receipt.csv beside the repository, which is missing. " +
        `Download it from 4TU.ResearchData (${missingSpec.doi}) to that path: ${missingSpec.citation}.`,
    });
    // and the build says so in one line
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });

  test("busiestOf keeps the n busiest departments and folds the others into one", () => {
    const fold = busiestOf(2, "other");
    const busiest = ["B", "A", "C", "D"];
    expect(["A", "B", "C", "D"].map((d) => fold(d, busiest))).toEqual(["A", "B", "other", "other"]);
  });
});
