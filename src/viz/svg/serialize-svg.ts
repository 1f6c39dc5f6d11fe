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
  return write(root, true);
}

function write(node: Node, isRoot: boolean): string {
  if (node.nodeType === 3) return xmlText(node.nodeValue ?? "");
  if (node.nodeType !== 1) return "";
  const el = node as Element;
  const name = el.localName;
  let out = `<${name}`;
  let hasNs = false;
  for (const attr of el.getAttributeNames()) {
    if (attr === "xmlns") hasNs = true;
    out += ` ${attr}="${xmlAttribute(el.getAttribute(attr) ?? "")}"`;
  }
  if (isRoot && !hasNs) out += ` xmlns="${SVG_NS}"`;
  // Siblings, not childNodes: linkedom builds childNodes by a walk on every call.
  let child = el.firstChild;
  while (child && child.nodeType !== 1 && child.nodeType !== 3) child = child.nextSibling;
  if (!child) return `${out}/>`;
  out += ">";
  for (; child; child = child.nextSibling) out += write(child, false);
  return `${out}</${name}>`;
}
