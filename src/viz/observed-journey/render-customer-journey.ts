import type { ObservedCustomerJourney } from "../../log-report/observed-customer-journey.js";
import { colours } from "../svg/colours.js";
import { layoutCaseBands } from "./layout-case-bands.js";
import { layoutObservedJourney, type ObservedJourneyLayoutOptions } from "./layout-observed-journey.js";
import { drawObservedJourney } from "./render-observed-journey.js";

const TRACK = 17;

/**
 * Draws a customer journey across its cases: the observed wander line on the journey's real
 * clock (`drawObservedJourney`), a light band per case behind the events it holds, and under
 * the time axis a bar per case (`[data-case]`), cases open at the same time one above the other,
 * returns (`[data-return]`: cases the customer opened again within the return window) in the
 * colour of waste and marked ↩. Returns the `svg[data-hukka="observed-journey"]`.
 *
 * @example
 * renderCustomerJourney(panel, observedCustomerJourney(log)!);
 */
export function renderCustomerJourney(
  container: Element,
  journey: ObservedCustomerJourney,
  options: Partial<ObservedJourneyLayoutOptions> & { title?: string } = {},
): SVGSVGElement {
  const { title, ...layoutOptions } = options;
  const layout = layoutObservedJourney(journey, layoutOptions);
  const bands = layoutCaseBands(layout.points, journey, layout.options.fontSize);
  const tracks = Math.max(0, ...bands.map((b) => b.track + 1));
  const top = layout.height;
  const svg = drawObservedJourney(container, { ...layout, height: top + tracks * TRACK + 6 }, title ?? `Journey of customer ${journey.customer} across ${journey.cases.length} cases`);
  svg.setAttribute("data-customer", journey.customer);
  const doc = svg.ownerDocument;
  const ns = "http://www.w3.org/2000/svg";
  const element = (name: string, attributes: Record<string, string | number>) => {
    const e = doc.createElementNS(ns, name);
    for (const [k, v] of Object.entries(attributes)) e.setAttribute(k, String(v));
    return e;
  };
  const lanesBottom = layout.lanes.length * layout.options.laneHeight;
  // the case bands go behind the line, above the lanes' backgrounds
  const behind = element("g", { class: "hukka-case-bands" });
  svg.insertBefore(behind, svg.querySelector("path.hukka-wander-path"));
  for (const b of bands) {
    const colour = b.return ? colours.waste : colours.muted;
    behind.append(element("rect", { x: b.x, y: 0, width: b.width, height: lanesBottom, fill: colour, "fill-opacity": 0.07, stroke: colour, "stroke-opacity": 0.35, "stroke-dasharray": "3 3" }));
    const g = element("g", { "data-case": b.case, ...(b.return && { "data-return": "" }) });
    const title = element("title", {});
    title.textContent = `case ${b.case}${b.return ? " · a return: opened within the return window after another case of this customer ended" : ""}`;
    g.append(title);
    const y = top + b.track * TRACK;
    g.append(element("rect", { x: b.x, y, width: b.width, height: TRACK - 3, rx: 3, fill: colour, "fill-opacity": b.return ? 0.85 : 0.55 }));
    if (b.label !== null) {
      const text = element("text", { x: b.x + 3, y: y + TRACK - 7, fill: "#fff", "font-weight": 600 });
      text.textContent = b.label;
      g.append(text);
    }
    svg.append(g);
  }
  return svg;
}
