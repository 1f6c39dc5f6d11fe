import { describe, expect, test } from "vitest";
import { analyse, parseService, type Service } from "../src/index.js";
import { blueprintSvg, embedJson, reportHtml, wanderLineSvg, wasteBreakdownSvg, xmlAttribute, xmlText } from "../src/viz/index.js";
import healthCentre from "../examples/health-centre/service.json";
import { HOSTILE_LABELS, hostileService } from "./fixtures/hostile-labels.js";
import { referral } from "./fixtures/viz-referral.js";
import { allNodes, parseXml, xmlSafe, type XmlNode } from "./xml-helpers.js";

const all = allNodes;
const childText = (node: XmlNode, name: string) => node.children.find((c) => c.name === name)?.text;

describe("blueprintSvg(service, report)", () => {
  test.each([
    ["referral", referral],
    ["health-centre", parseService(healthCentre)],
  ] as [string, Service][])("draws the %s example the same every time", async (name, service) => {
    const svg = blueprintSvg(service, analyse(service));
    expect(blueprintSvg(service, analyse(service))).toBe(svg);
    await expect(svg).toMatchFileSnapshot(`__snapshots__/blueprint-${name}.svg`);
  });

  test("is well-formed SVG with the stable hooks for every lane, touchpoint and link", () => {
    const service = parseService(healthCentre);
    const root = parseXml(blueprintSvg(service, analyse(service)));
    expect(root.name).toBe("svg");
    expect(root.attributes["xmlns"]).toBe("http://www.w3.org/2000/svg");
    expect(root.attributes["data-hukka"]).toBe("blueprint");
    const nodes = all(root);
    const lanes = nodes.filter((n) => n.name === "g" && n.attributes["data-lane"]).map((n) => n.attributes["data-department"]);
    expect(lanes.sort()).toEqual(service.departments.map((d) => d.id).sort());
    const tps = nodes.filter((n) => n.attributes["data-touchpoint"] !== undefined);
    expect(tps.map((n) => n.attributes["data-touchpoint"]).sort()).toEqual(service.touchpoints.map((t) => t.id).sort());
    for (const n of tps) {
      expect(n.attributes["tabindex"]).toBe("0");
      expect(n.attributes["role"]).toBe("img");
      expect(n.attributes["aria-label"]).toContain(service.touchpoints.find((t) => t.id === n.attributes["data-touchpoint"])!.name);
    }
    const links = nodes.filter((n) => n.attributes["data-from"] !== undefined).map((n) => [n.attributes["data-from"], n.attributes["data-to"]]);
    expect(links).toEqual(service.transitions.map((t) => [t.from, t.to]));
  });

  test("shows hostile labels as text and stays well-formed XML", () => {
    const service = parseService(hostileService());
    const report = analyse(service);
    const svg = blueprintSvg(service, report);
    const nodes = all(parseXml(svg));
    // No element but the renderer's own, and no event handler or link attribute.
    const names = new Set(nodes.map((n) => n.name));
    expect([...names].sort()).toEqual(["defs", "g", "line", "marker", "path", "rect", "svg", "text", "title"]);
    for (const n of nodes) for (const a of Object.keys(n.attributes)) expect(a).not.toMatch(/^on|^style$|href/i);
    // Ids and names round-trip exactly, up to what XML 1.0 cannot hold.
    const touchpoints = nodes.filter((n) => n.attributes["data-touchpoint"] !== undefined && n.attributes["role"] === "img");
    expect(touchpoints).toHaveLength(service.touchpoints.length);
    touchpoints.forEach((n, i) => {
      const t = service.touchpoints[i]!;
      expect(n.attributes["data-touchpoint"]).toBe(xmlSafe(t.id));
      expect(n.attributes["data-department"]).toBe(xmlSafe(t.department));
      expect(childText(n, "title")).toBe(xmlSafe(t.name!));
    });
    const lanes = nodes.filter((n) => n.attributes["data-lane"] !== undefined);
    expect(lanes.map((n) => n.attributes["data-department"])).toEqual(service.departments.map((d) => xmlSafe(d.id)));
    const links = nodes.filter((n) => n.attributes["data-from"] !== undefined);
    expect(links.map((n) => [n.attributes["data-from"], n.attributes["data-to"]])).toEqual(
      service.transitions.map((t) => [xmlSafe(t.from), xmlSafe(t.to)]),
    );
  });

  test("wander line and waste breakdown of hostile labels are well-formed too", () => {
    const service = parseService(hostileService());
    const report = analyse(service);
    const line = all(parseXml(wanderLineSvg(service, report.journeys[0]!)));
    const visits = line.filter((n) => n.attributes["data-visit"] !== undefined);
    expect(visits.map((n) => n.attributes["data-touchpoint"])).toEqual(report.journeys[0]!.path.map(xmlSafe));
    const bars = all(parseXml(wasteBreakdownSvg(service, report, { top: Infinity })));
    const categories = bars.filter((n) => n.attributes["data-category"] !== undefined).map((n) => n.attributes["data-category"]);
    expect(categories.sort()).toEqual(Object.keys(report.expected.wasteByCategory).map(xmlSafe).sort());
  });
});

describe("xmlText(text), xmlAttribute(text)", () => {
  test("escape markup and replace what XML 1.0 cannot hold with U+FFFD", () => {
    expect(xmlText("a < b & c > d\u0001")).toBe("a &lt; b &amp; c &gt; d\uFFFD");
    expect(xmlText("]]>")).toBe("]]&gt;");
    expect(xmlAttribute(`"q" 'a'\t\n\r`)).toBe("&quot;q&quot; 'a'&#9;&#10;&#13;");
    expect(xmlText("\uD83D\uDE00 \uD800")).toBe("\uD83D\uDE00 \uFFFD");
  });
  test("round-trip every hostile label through a strict XML parser", () => {
    for (const label of HOSTILE_LABELS) {
      const root = parseXml(`<x a="${xmlAttribute(label)}">${xmlText(label)}</x>`);
      expect(root.attributes["a"]).toBe(xmlSafe(label));
      expect(root.text).toBe(xmlSafe(label));
    }
  });
});

describe("reportHtml(service, report, { script })", () => {
  test("embeds the model and the report as JSON that no label can break out of", () => {
    const service = parseService(hostileService());
    const report = analyse(service);
    const html = reportHtml(service, report, { script: "/* bundle */" });
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts).toHaveLength(3);
    expect(scripts[0]![1]).toBe(' type="application/json" id="hukka-data"');
    expect(JSON.parse(scripts[0]![2]!)).toEqual(JSON.parse(JSON.stringify({ service, report })));
    expect(scripts[0]![2]).not.toMatch(/[<>&\u2028\u2029]/);
    // the service's name is "<img src=x onerror=alert(2)>"
    expect(html).toContain("<title>&#60;img src=x onerror=alert(2)&#62; · hukka</title>");
  });
  test("inlines hukka's own browser bundle by default: reportHtml(service, report) is a whole page", () => {
    const html = reportHtml(referral, analyse(referral));
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)].map((m) => m[2]!);
    expect(scripts).toHaveLength(3);
    // the bundle defines the global `hukka` with its renderReport, which the boot script calls
    expect(scripts[1]!.length).toBeGreaterThan(50_000);
    expect(scripts[1]).toMatch(/^("use strict";)?var hukka=/);
    expect(scripts[1]).toContain("renderReport");
    expect(scripts[2]).toContain("hukka.renderReport(");
    expect(() => reportHtml(referral, analyse(referral), { script: "" })).toThrow(/options\.script/);
  });
  test("keeps a bundle from closing its own script element", () => {
    const html = reportHtml(referral, analyse(referral), { script: 'var s = "</script><b>";' });
    expect(html).toContain('var s = "<\\/script><b>";');
  });
});

describe("embedJson(value)", () => {
  test("escapes what could end a script element and parses back exactly", () => {
    for (const label of HOSTILE_LABELS) {
      const text = embedJson({ label });
      expect(text).not.toMatch(/[<>&\u2028\u2029]/);
      expect(JSON.parse(text)).toEqual({ label });
    }
  });
});

describe("renderReport(container, service, report) in Node's linkedom DOM", () => {
  test("draws the same page without a browser, and a selection highlights the journey's path", async () => {
    const { parseHTML } = await import("linkedom");
    const { document } = parseHTML("<!doctype html><html><head></head><body></body></html>");
    const { renderReport } = await import("../src/viz/index.js");
    const service = parseService(healthCentre);
    const report = analyse(service);
    const view = renderReport(document.body as unknown as Element, service, report, { interactive: false });
    expect(document.querySelectorAll("style[data-hukka='style']")).toHaveLength(1);
    expect(view.root.querySelectorAll("[data-journey]")).toHaveLength(report.journeys.length);
    expect(view.root.querySelectorAll("[data-wander-path]")).toHaveLength(report.wanderPaths.length);
    expect(view.blueprint.querySelectorAll("g.hukka-node")).toHaveLength(service.touchpoints.length);
    expect(view.root.querySelector('svg[data-hukka="waste-breakdown"]')).not.toBeNull();
    view.select("journey", 2);
    const path = report.journeys[2]!.path;
    const lit = [...view.blueprint.querySelectorAll("g.hukka-node[data-highlighted]")].map((g) => g.getAttribute("data-touchpoint"));
    expect(lit.sort()).toEqual([...new Set(path)].sort());
    const visits = [...view.root.querySelectorAll('svg[data-hukka="wander-line"] [data-visit]')].map((g) => g.getAttribute("data-touchpoint"));
    expect(visits).toEqual(path);
    expect(view.root.querySelector('[data-journey="2"]')!.hasAttribute("data-highlighted")).toBe(true);
  });
});
