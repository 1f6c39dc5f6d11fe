import { realLog, type MissingRealLog, type RealLog } from "./real-log.js";

declare const data: RealLog | MissingRealLog;
export { data };

// The Sepsis log, its anonymised groups folded into the hospital's areas as the example does.
const AREA = new Map([
  ["A", "Emergency room"],
  ["C", "Emergency room"],
  ["B", "Laboratory"],
  ["E", "Discharge"],
]);

export default {
  load: () =>
    realLog({
      file: "shared/data/sepsis/sepsis.csv",
      doi: "doi:10.4121/uuid:915d2bfb-7e84-49ad-a286-dc35f063a460",
      citation: "F. Mannhardt, Sepsis Cases – Event Log, 4TU.ResearchData, 2016",
      id: "sepsis",
      name: "Sepsis patients, groups folded into areas",
      mapping: { case: "Case ID", activity: "Activity", timestamp: "Complete Timestamp", department: "org:group", missing: ["?"] },
      options: { delimiter: ";" },
      classification: "examples/sepsis/classification.json",
      fold: (group) => AREA.get(group) ?? "Wards and IC",
    }),
};
