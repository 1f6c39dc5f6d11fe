import type { WasteReport } from "../../analysis/report.js";
import type { Service } from "../../model/types.js";
import { renderBlueprint, type BlueprintOptions } from "./render-blueprint.js";
import { serializeSvg } from "../svg/serialize-svg.js";
import { svgContainer } from "../svg/svg-container.js";

/**
 * The service blueprint as a standalone SVG document string, rendered in Node by the same code
 * as in the browser (d3 on linkedom's DOM). Well-formed XML: characters XML 1.0 cannot hold are
 * written as U+FFFD (see `xmlText`).
 *
 * @example
 * writeFileSync("blueprint.svg", blueprintSvg(service, analyse(service)));
 */
export function blueprintSvg(service: Service, report: Pick<WasteReport, "expected">, options: BlueprintOptions = {}): string {
  return serializeSvg(renderBlueprint(svgContainer(), service, report, options));
}
