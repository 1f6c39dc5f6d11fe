import type { WasteReport } from "../../analysis/report.js";
import type { Service } from "../../model/types.js";
import type { DepartmentMapData } from "./layout-department-map.js";
import { ownNumber } from "../svg/own-number.js";

/**
 * The department map's data of a model, per customer: each department's expected visits (Σ over
 * its touchpoints, outcomes included) and the report's expected hand-offs by pair. The model
 * gives no ping-pongs by pair, so the map marks the pairs handed off both ways.
 *
 * @example
 * departmentMapData(service, analyse(service)).departments[0]; // { id: "desk", name: "Front desk", visits: 1.4 }
 */
export function departmentMapData(service: Service, report: Pick<WasteReport, "expected">): DepartmentMapData {
  const visits = new Map<string, number>(service.departments.map((d) => [d.id, 0]));
  for (const t of service.touchpoints) visits.set(t.department, (visits.get(t.department) ?? 0) + ownNumber(report.expected.visits, t.id));
  return {
    departments: service.departments.map((d) => ({ id: d.id, name: d.name ?? d.id, visits: visits.get(d.id) ?? 0 })),
    handoffs: report.expected.handoffsByPair.map((h) => ({ ...h })),
    pingPongs: null,
  };
}
