import { select, type Selection } from "d3";

/** The font stack of every diagram: the system's sans-serif. */
export const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

/** What every diagram's `<svg>` element says about itself. */
export interface DiagramSvgOptions {
  /** The stable hook, `data-hukka="…"`. */
  hook: string;
  /** A class for styling; none when omitted. */
  className?: string;
  width: number;
  height: number;
  /** `img` for a picture read as one, `group` for one whose parts take focus. */
  role: "img" | "group";
  /** The accessible name; also the `<title>` unless `title` is false. */
  label: string;
  title?: boolean;
  fontSize: number;
}

/**
 * Appends a diagram's `<svg>` (namespace, hook, size, viewBox, accessible name, font) to
 * `container`: the one opening every renderer of hukka/viz shares.
 *
 * @example
 * const svg = appendDiagramSvg(panel, { hook: "wander-line", width: 600, height: 300, role: "img", label: "Journey 1", fontSize: 12 });
 */
export function appendDiagramSvg(container: Element, o: DiagramSvgOptions): Selection<SVGSVGElement, unknown, null, undefined> {
  const svg = select(container).append("svg").attr("xmlns", "http://www.w3.org/2000/svg").attr("data-hukka", o.hook);
  if (o.className !== undefined) svg.attr("class", o.className);
  svg
    .attr("width", o.width)
    .attr("height", o.height)
    .attr("viewBox", `0 0 ${o.width} ${o.height}`)
    .attr("role", o.role)
    .attr("aria-label", o.label)
    .attr("font-family", FONT_FAMILY)
    .attr("font-size", o.fontSize);
  if (o.title !== false) svg.append("title").text(o.label);
  return svg;
}
