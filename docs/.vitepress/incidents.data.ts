import { busiestOf, realLog, type MissingRealLog, type RealLog } from "./real-log.js";

declare const data: RealLog | MissingRealLog;
export { data };

// BPI Challenge 2013 incidents: 649 support teams; the eight busiest drawn as lanes, the rest folded.
export default {
  load: () =>
    realLog({
      file: "shared/data/bpic2013/07_bpic2013_incidents.xes.gz",
      doi: "doi:10.4121/uuid:500573e6-accc-4b0c-9576-aa5468b10cee",
      citation: "W. Steeman, BPI Challenge 2013 (incidents), 4TU.ResearchData, 2013",
      id: "incidents",
      name: "Volvo IT incidents, eight busiest support teams",
      mapping: { activity: ["concept:name", "lifecycle:transition"], department: "org:group" },
      fold: busiestOf(8, "Other teams"),
    }),
};
