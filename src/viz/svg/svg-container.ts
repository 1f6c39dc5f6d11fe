import { parseHTML } from "linkedom";

/**
 * An empty element of a fresh linkedom document, to draw into in Node: the renderers are the
 * browser's, only the DOM differs.
 *
 * @example
 * serializeSvg(renderBlueprint(svgContainer(), service, report));
 */
export function svgContainer(): Element {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  return document.body as unknown as Element;
}
