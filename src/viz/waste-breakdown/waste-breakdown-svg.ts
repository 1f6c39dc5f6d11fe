import type { WasteReport } from "../../analysis/report.js";
import type { Service } from "../../model/types.js";
import type { WasteBreakdownLayoutOptions } from "./layout-waste-breakdown.js";
import { renderWasteBreakdown } from "./render-waste-breakdown.js";
import { serializeSvg } from "../svg/serialize-svg.js";
import { svgContainer } from "../svg/svg-container.js";

/**
 * The waste breakdown bars as a standalone SVG document string (see `renderWasteBreakdown`).
 *
 * @example
 * writeFileSync("waste.svg", wasteBreakdownSvg(service, analyse(service)));
 */
export function wasteBreakdownSvg(
  service: Service,
  report: Pick<WasteReport, "expected">,
  options: Partial<WasteBreakdownLayoutOptions> = {},
): string {
  return serializeSvg(renderWasteBreakdown(svgContainer(), service, report, options));
}
