import { busiestOf, realLog, type MissingRealLog, type RealLog } from "./real-log.js";

declare const data: RealLog | MissingRealLog;
export { data };

// The receipt log: its eight busiest groups drawn as lanes, the others folded into one.
export default {
  load: () =>
    realLog({
      file: "shared/data/receipt/receipt.csv",
      doi: "doi:10.4121/uuid:a07386a5-7be3-4367-9535-70bc9e77dbe6",
      citation:
        "J.C.A.M. Buijs, Receipt phase of an environmental permit application process (WABO), CoSeLoG project, 4TU.ResearchData, 2014",
      id: "receipt",
      name: "Receipt phase, eight busiest groups",
      mapping: { case: "case:concept:name", activity: "concept:name", timestamp: "time:timestamp", department: "org:group", missing: ["EMPTY"] },
      classification: "examples/receipt/classification.json",
      fold: busiestOf(8, "Other groups"),
    }),
};
