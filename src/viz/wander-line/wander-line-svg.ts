import type { Service } from "../../model/types.js";
import { renderWanderLine, type WanderLineOptions } from "./render-wander-line.js";
import { serializeSvg } from "../svg/serialize-svg.js";
import { svgContainer } from "../svg/svg-container.js";

/**
 * One journey's wander line as a standalone SVG document string (see `renderWanderLine`).
 *
 * @example
 * writeFileSync("wander.svg", wanderLineSvg(service, report.wanderPaths[0]));
 */
export function wanderLineSvg(service: Service, journey: { path: readonly string[] }, options: WanderLineOptions = {}): string {
  return serializeSvg(renderWanderLine(svgContainer(), service, journey, options));
}
