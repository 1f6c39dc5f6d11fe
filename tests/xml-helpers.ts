// Strict XML parsing for the static-SVG tests of every diagram.
import { SaxesParser } from "saxes";

export interface XmlNode {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
  text: string;
}

/** Parses with saxes (strict, namespace-aware): throws on anything that is not well-formed XML. */
export function parseXml(xml: string): XmlNode {
  const parser = new SaxesParser({ xmlns: true });
  const stack: XmlNode[] = [];
  let root: XmlNode | null = null;
  parser.on("error", (e) => {
    throw e;
  });
  parser.on("opentag", (tag) => {
    const attributes: Record<string, string> = Object.create(null);
    for (const [k, a] of Object.entries(tag.attributes)) attributes[k] = typeof a === "string" ? a : a.value;
    const node: XmlNode = { name: tag.local ?? tag.name, attributes, children: [], text: "" };
    stack[stack.length - 1]?.children.push(node);
    stack.push(node);
    root ??= node;
  });
  parser.on("text", (t) => {
    const top = stack[stack.length - 1];
    if (top) top.text += t;
  });
  parser.on("closetag", () => void stack.pop());
  parser.write(xml).close();
  return root!;
}

/** A node and all its descendants, in document order. */
export const allNodes = (node: XmlNode): XmlNode[] => [node, ...node.children.flatMap(allNodes)];

/** What XML 1.0 can hold of a string: the rest is U+FFFD (see xmlText). */
export const xmlSafe = (s: string) =>
  // eslint-disable-next-line no-control-regex
  s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
