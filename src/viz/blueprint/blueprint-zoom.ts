import { zoom, zoomIdentity, type Selection } from "d3";

/**
 * The smallest label a reader is asked to read, in pixels: Fit never shrinks the blueprint's
 * labels below it, and lets the canvas grow taller instead.
 *
 * @example
 * MIN_LABEL_PX; // 10
 */
export const MIN_LABEL_PX = 10;

/**
 * Zoom and pan on a drawn blueprint (the wheel scrolls the page; Ctrl/⌘ + wheel or a pinch
 * zooms), and a Fit button (`.hukka-reset`) that shows the whole diagram: as wide as the canvas
 * allows, and as tall as 78 % of the window unless that would make a label (`fontSize`) smaller
 * than `MIN_LABEL_PX` — then the canvas grows taller. It fits once at once.
 *
 * @example
 * addBlueprintZoom(canvas, svg, layout.width, layout.height - layout.legendHeight, layout.options.fontSize);
 */
export function addBlueprintZoom(
  canvas: Selection<HTMLDivElement, unknown, null, undefined>,
  svg: Selection<SVGSVGElement, unknown, null, undefined>,
  width: number,
  height: number,
  fontSize: number,
): void {
  svg.attr("width", null).attr("height", null).attr("viewBox", null);
  const viewport = svg.select<SVGGElement>(".hukka-viewport");
  const behaviour = zoom<SVGSVGElement, unknown>()
    .scaleExtent([0.02, 4])
    // The wheel scrolls the page; it zooms only with Ctrl/⌘ (a trackpad pinch arrives as a
    // Ctrl-wheel). One finger scrolls the page too: panning and pinching take two.
    .filter((event: Event) => {
      if (event.type === "wheel") return (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
      if (event.type.startsWith("touch")) return (event as TouchEvent).touches.length >= 2;
      return !(event as MouseEvent).button;
    })
    .on("zoom", (event) => viewport.attr("transform", event.transform.toString()));
  svg.call(behaviour);
  const fit = () => {
    const box = (canvas.node() as HTMLElement).getBoundingClientRect();
    const view = (canvas.node() as HTMLElement).ownerDocument.defaultView;
    const room = Math.max(240, (view?.innerHeight ?? 800) * 0.78);
    const readable = MIN_LABEL_PX / fontSize;
    const k = Math.min(1, box.width / width, Math.max(room / height, readable));
    const x = Math.max(0, (box.width - width * k) / 2);
    canvas.style("height", `${Math.ceil(height * k + 4)}px`);
    svg.call(behaviour.transform, zoomIdentity.translate(x, 2).scale(k));
  };
  fit();
  canvas.append("button").attr("type", "button").attr("class", "hukka-reset").text("Fit").on("click", fit);
}
