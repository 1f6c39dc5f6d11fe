// The real-data example pages mine the public logs at docs-build time; a missing log stops the
// build with an error that names the file and the DOI to download it from.
import { describe, expect, test } from "vitest";
import { busiestOf, realLog } from "../docs/.vitepress/real-log.js";

describe("realLog (the docs' real-data pages)", () => {
  test("a missing log is an error naming the file and the dataset's DOI", async () => {
    await expect(
      realLog({
        file: "shared/data/receipt/no-such-receipt.csv",
        doi: "doi:10.4121/uuid:a07386a5-7be3-4367-9535-70bc9e77dbe6",
        citation: "J.C.A.M. Buijs, Receipt phase of an environmental permit application process (WABO)",
        id: "receipt",
        name: "receipt",
        mapping: { case: "case:concept:name", activity: "concept:name", timestamp: "time:timestamp" },
        fold: (d) => d,
      }),
    ).rejects.toThrow(/no-such-receipt\.csv, which is missing\. Download it from 4TU\.ResearchData \(doi:10\.4121\/uuid:a07386a5-7be3-4367-9535-70bc9e77dbe6\)/);
  });

  test("busiestOf keeps the n busiest departments and folds the others into one", () => {
    const fold = busiestOf(2, "other");
    const busiest = ["B", "A", "C", "D"];
    expect(["A", "B", "C", "D"].map((d) => fold(d, busiest))).toEqual(["A", "B", "other", "other"]);
  });
});
