import { xmlAttribute, xmlText } from "./xml-text.js";

const SVG_NS = "http://www.w3.org/2000/svg";

/**
 * An SVG element and its subtree as a standalone, well-formed XML document string: attributes in
 * the order they were set, text escaped by `xmlText` / `xmlAttribute`, empty elements
 * self-closed, comments dropped. Written here rather than taken from the DOM's serialiser so the
 * output is the same in every DOM (linkedom's `outerHTML` leaves `<` and `&` raw in attributes).
 *
 * @example
 * serializeSvg(svgElement); // '<svg xmlns="http://www.w3.org/2000/svg" …>…</svg>'
 */
export function serializeSvg(root: Element): string {
  const out: string[] = [];
  write(root, true, out);
  return out.join("");
}

function write(node: Node, isRoot: boolean, out: string[]): void {
  if (node.nodeType === 3) {
    out.push(xmlText(node.nodeValue ?? ""));
    return;
  }
  if (node.nodeType !== 1) return;
  const el = node as Element;
  const name = el.localName;
  out.push("<", name);
  let hasNs = false;
  for (const attr of Array.from(el.attributes)) {
    if (attr.name === "xmlns") hasNs = true;
    out.push(" ", attr.name, '="', xmlAttribute(attr.value), '"');
  }
  if (isRoot && !hasNs) out.push(` xmlns="${SVG_NS}"`);
  const children = Array.from(el.childNodes).filter((c) => c.nodeType === 1 || c.nodeType === 3);
  if (children.length === 0) {
    out.push("/>");
    return;
  }
  out.push(">");
  for (const child of children) write(child, false, out);
  out.push("</", name, ">");
}
