import type { DepartmentMapData } from "./layout-department-map.js";
import { renderDepartmentMap, type DepartmentMapOptions } from "./render-department-map.js";
import { serializeSvg } from "../svg/serialize-svg.js";
import { svgContainer } from "../svg/svg-container.js";

/**
 * The department map as a standalone SVG document string (see `renderDepartmentMap`).
 *
 * @example
 * writeFileSync("departments.svg", departmentMapSvg(departmentMapData(service, analyse(service))));
 */
export function departmentMapSvg(data: DepartmentMapData, options: DepartmentMapOptions = {}): string {
  return serializeSvg(renderDepartmentMap(svgContainer(), data, options));
}
