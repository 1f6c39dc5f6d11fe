/**
 * An axis-aligned rectangle in SVG user units (pixels at zoom 1).
 *
 * @example
 * const { x, y, width, height } = layoutBlueprint(service, report).nodes[0];
 */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
