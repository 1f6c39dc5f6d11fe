import type { Selection } from "d3";

/**
 * A labelled range slider (`input[data-control=NAME]`, whole steps) with an `output` beside it
 * for the count it brings on screen: the control of the report's folded diagrams.
 *
 * @example
 * const boxes = rangeControl(select(controls), "boxes", "Boxes", 1, 40, 12);
 * boxes.shown.text("12");
 */
export function rangeControl(
  parent: Selection<HTMLDivElement, unknown, null, undefined>,
  name: string,
  label: string,
  min: number,
  max: number,
  value: number,
): { input: Selection<HTMLInputElement, unknown, null, undefined>; shown: Selection<HTMLOutputElement, unknown, null, undefined> } {
  const l = parent.append("label");
  l.append("span").text(label);
  const input = l
    .append("input")
    .attr("type", "range")
    .attr("data-control", name)
    .attr("min", min)
    .attr("max", max)
    .attr("step", 1)
    .attr("value", value)
    .attr("aria-label", label);
  const shown = l.append("output").attr("class", "hukka-map-value");
  return { input, shown };
}
