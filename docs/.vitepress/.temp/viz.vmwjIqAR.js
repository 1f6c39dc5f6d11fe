import { a as probabilitySplit, w as wanderMetrics, s as serviceDiff, c as changeLabel } from "./service-diff.BR74DRsA.js";
import { select, zoom, zoomIdentity } from "d3";
import { parseHTML } from "linkedom";
function resolvedProbabilities(service) {
  return probabilitySplit(service).probabilities;
}
function textWidth(text, fontSize) {
  let em = 0;
  for (const ch of text) em += charWidth(ch.codePointAt(0));
  return em * fontSize;
}
const NARROW = new Set("iljI.,:;'|!1tf()[]{} \"`");
const WIDE = new Set("MWmw@%&");
function charWidth(c) {
  if (isZeroWidth(c)) return 0;
  if (c < 128) {
    const ch = String.fromCharCode(c);
    if (NARROW.has(ch)) return 0.4;
    if (WIDE.has(ch)) return 0.95;
    return 0.68;
  }
  if (isEastAsianWide(c)) return 1.05;
  return 0.8;
}
function isZeroWidth(c) {
  return c < 32 || c >= 127 && c < 160 || c >= 768 && c <= 879 || c >= 8203 && c <= 8207 || c >= 8232 && c <= 8238 || c >= 8288 && c <= 8297 || c >= 65024 && c <= 65039 || c === 65279;
}
function isEastAsianWide(c) {
  return c >= 4352 && c <= 4447 || c >= 11904 && c <= 42191 || c >= 44032 && c <= 55203 || c >= 63744 && c <= 64255 || c >= 65072 && c <= 65103 || c >= 65280 && c <= 65376 || c >= 65504 && c <= 65510 || c >= 126976 && c <= 129791 || c >= 131072;
}
const ELLIPSIS = "…";
function fitText(text, width, fontSize, maxLines) {
  const words = text.split(/[\s\u2028\u2029]+/u).filter((w) => w !== "");
  const lines = [];
  let line = "";
  let i = 0;
  while (i < words.length && lines.length < maxLines) {
    const word = words[i];
    const candidate = line === "" ? word : `${line} ${word}`;
    if (textWidth(candidate, fontSize) <= width) {
      line = candidate;
      i++;
    } else if (line !== "") {
      lines.push(line);
      line = "";
    } else {
      const chars = Array.from(word);
      let cut = 0;
      while (cut < chars.length && textWidth(chars.slice(0, cut + 1).join(""), fontSize) <= width) cut++;
      cut = Math.max(cut, 1);
      lines.push(chars.slice(0, cut).join(""));
      words[i] = chars.slice(cut).join("");
      if (words[i] === "") i++;
    }
  }
  if (line !== "" && lines.length < maxLines) {
    lines.push(line);
    line = "";
  }
  const truncated = i < words.length || line !== "";
  if (truncated) lines[lines.length - 1] = withEllipsis(lines[lines.length - 1], width, fontSize);
  return lines;
}
function withEllipsis(line, width, fontSize) {
  const chars = Array.from(line);
  while (chars.length > 0 && textWidth(chars.join("") + ELLIPSIS, fontSize) > width) chars.pop();
  return chars.join("").trimEnd() + ELLIPSIS;
}
function formatMinutes(minutes) {
  if (!Number.isFinite(minutes)) return "–";
  if (minutes < 60) return `${round(minutes)} min`;
  if (minutes < 2880) return `${round(minutes / 60)} h`;
  return `${round(minutes / 1440)} d`;
}
function round(x) {
  const r2 = x >= 10 ? Math.round(x) : Math.round(x * 10) / 10;
  return String(r2);
}
function ownNumber(record, key) {
  if (!record || !Object.prototype.hasOwnProperty.call(record, key)) return 0;
  const value = record[key];
  return typeof value === "number" && Number.isFinite(value) ? value : 0;
}
function touchpointColumns(service, probabilities) {
  const index = new Map(service.touchpoints.map((t, i) => [t.id, i]));
  const next = service.touchpoints.map(() => []);
  service.transitions.forEach((t, i) => {
    const from = index.get(t.from);
    const to = index.get(t.to);
    if (from !== void 0 && to !== void 0 && probabilities[i] > 0) next[from].push(to);
  });
  const column = new Int32Array(service.touchpoints.length).fill(-1);
  let queue = [];
  service.touchpoints.forEach((t, i) => {
    if (t.entry === true || typeof t.entry === "number" && t.entry > 0) {
      column[i] = 0;
      queue.push(i);
    }
  });
  for (let distance = 1; queue.length > 0; distance++) {
    const following = [];
    for (const u of queue) {
      for (const v of next[u]) {
        if (column[v] === -1) {
          column[v] = distance;
          following.push(v);
        }
      }
    }
    queue = following;
  }
  return column;
}
const BLUEPRINT_LAYOUT_DEFAULTS = Object.freeze({
  nodeWidth: 176,
  nodeHeight: 72,
  columnGap: 72,
  rowGap: 18,
  lanePadding: 16,
  gutter: 156,
  fontSize: 12,
  detailFontSize: 10.5,
  labelLines: 2,
  minLinkWidth: 1.25,
  maxLinkWidth: 16
});
const LANE_ORDER$1 = { frontstage: 0, backstage: 1, support: 2 };
const PAD = 8;
const LINE_HEIGHT$2 = 1.25;
const MARGIN_BOTTOM = 76;
const LEGEND = [
  ["value", "value"],
  ["necessary", "necessary"],
  ["waste", "waste"],
  ["link", "move within a department"],
  ["handoff", "hand-off to another department"],
  ["failure", "failure demand"],
  ["no-flow", "no expected flow"]
];
function layoutBlueprint(service, report, options = {}) {
  const o = { ...BLUEPRINT_LAYOUT_DEFAULTS, ...options };
  const probabilities = resolvedProbabilities(service);
  const departments = orderedDepartments(service);
  const cells = placeInCells(service, probabilities, departments);
  const lanes = layoutLanes(departments, cells, o);
  const nodes = layoutNodes(service, report, cells, lanes, o);
  const columns = cells.columns;
  const width = o.gutter + columns * (o.nodeWidth + o.columnGap);
  const contentBottom = lanes.length ? lanes[lanes.length - 1].y + lanes[lanes.length - 1].height : 0;
  const lines = layoutLines(lanes, width, o);
  const links = layoutLinks(service, report, probabilities, nodes, o);
  const maxFlow = links.reduce((m, l) => Math.max(m, l.flow), 0);
  const legend2 = layoutLegend(contentBottom + MARGIN_BOTTOM - 2 * o.fontSize, o);
  const legendRight = legend2.reduce((m, l) => Math.max(m, l.labelBox.x + l.labelBox.width), 0);
  const height = contentBottom + MARGIN_BOTTOM;
  return { width: Math.max(width, legendRight + PAD), height, columns, lanes, lines, nodes, links, legend: legend2, legendHeight: MARGIN_BOTTOM, maxFlow, options: o };
}
function orderedDepartments(service) {
  return service.departments.map((d, i) => ({ id: d.id, name: d.name ?? d.id, lane: d.lane ?? "frontstage", i })).sort((a, b) => LANE_ORDER$1[a.lane] - LANE_ORDER$1[b.lane] || a.i - b.i).map(({ id, name, lane }) => ({ id, name, lane }));
}
function placeInCells(service, probabilities, departments) {
  const n = service.touchpoints.length;
  const laneIndex = new Map(departments.map((d, i) => [d.id, i]));
  const distance = touchpointColumns(service, probabilities);
  let last = -1;
  for (const d of distance) last = Math.max(last, d);
  const column = new Int32Array(n);
  const reachable = new Uint8Array(n);
  const laneOf = new Int32Array(n);
  distance.forEach((d, i) => {
    column[i] = d >= 0 ? d : last + 1;
    reachable[i] = d >= 0 ? 1 : 0;
    laneOf[i] = laneIndex.get(service.touchpoints[i].department) ?? 0;
  });
  const columns = n === 0 ? 0 : Math.max(...column) + 1;
  const cellMembers = /* @__PURE__ */ new Map();
  const cellKey = (lane, col) => lane * (columns + 1) + col;
  for (let i = 0; i < n; i++) {
    const key = cellKey(laneOf[i], column[i]);
    const list = cellMembers.get(key);
    if (list) list.push(i);
    else cellMembers.set(key, [i]);
  }
  const rows = departments.map(() => 1);
  for (const [key, members] of cellMembers) {
    const lane = Math.floor(key / (columns + 1));
    rows[lane] = Math.max(rows[lane], members.length);
  }
  const laneRowStart = [];
  rows.reduce((start, r2, i) => (laneRowStart[i] = start, start + r2), 0);
  const index = new Map(service.touchpoints.map((t, i) => [t.id, i]));
  const predecessors = service.touchpoints.map(() => []);
  service.transitions.forEach((t, k) => {
    const from = index.get(t.from);
    const to = index.get(t.to);
    if (from !== void 0 && to !== void 0 && from !== to && probabilities[k] > 0) predecessors[to].push(from);
  });
  const slot = new Int32Array(n).fill(-1);
  const globalRow = (i) => laneRowStart[laneOf[i]] + slot[i];
  const byColumn = Array.from({ length: columns }, () => []);
  for (const key of [...cellMembers.keys()].sort((a, b) => a - b)) byColumn[key % (columns + 1)].push(key);
  for (const keys of byColumn) {
    for (const key of keys) {
      const members = cellMembers.get(key);
      const barycentre = /* @__PURE__ */ new Map();
      for (const i of members) {
        const placed = predecessors[i].filter((p) => slot[p] >= 0 && column[p] < column[i]);
        barycentre.set(i, placed.length ? placed.reduce((s, p) => s + globalRow(p), 0) / placed.length : Infinity);
      }
      members.sort((a, b) => barycentre.get(a) - barycentre.get(b) || a - b);
      members.forEach((i, s) => slot[i] = s);
    }
  }
  return { columns, column, reachable, laneOf, slot, rows };
}
function layoutLanes(departments, cells, o) {
  const width = o.gutter + cells.columns * (o.nodeWidth + o.columnGap);
  const lineHeight = o.fontSize * LINE_HEIGHT$2;
  let y = 0;
  return departments.map((d, i) => {
    const rows = cells.rows[i];
    const height = 2 * o.lanePadding + rows * o.nodeHeight + (rows - 1) * o.rowGap;
    const maxLines = Math.max(1, Math.floor((height - 2 * o.lanePadding - o.detailFontSize * 1.6) / lineHeight));
    const label = fitText(d.name, o.gutter - 2 * PAD - 4, o.fontSize, Math.min(3, maxLines));
    const lane = {
      department: d.id,
      name: d.name,
      lane: d.lane,
      x: 0,
      y,
      width,
      height,
      rows,
      label,
      labelBox: { x: PAD + 4, y: y + o.lanePadding, width: o.gutter - 2 * PAD - 4, height: label.length * lineHeight }
    };
    y += height;
    return lane;
  });
}
function layoutLines(lanes, width, o) {
  const lines = [];
  const boundary = (kind, label, below) => {
    const first = lanes.findIndex(below);
    if (first <= 0 || lines.some((l) => l.y === lanes[first].y)) return;
    const y = lanes[first].y;
    const h = o.detailFontSize * LINE_HEIGHT$2;
    lines.push({ kind, y, x1: 0, x2: width, label, labelBox: { x: PAD + 4, y: y - h - 3, width: o.gutter - 2 * PAD - 4, height: h } });
  };
  boundary("visibility", "line of visibility", (l) => l.lane !== "frontstage");
  boundary("internal-interaction", "line of internal interaction", (l) => l.lane === "support");
  return lines;
}
function layoutNodes(service, report, cells, lanes, o) {
  const lineHeight = o.fontSize * LINE_HEIGHT$2;
  const inner = o.nodeWidth - 2 * PAD;
  return service.touchpoints.map((t, i) => {
    const lane = lanes[cells.laneOf[i]];
    const x = o.gutter + cells.column[i] * (o.nodeWidth + o.columnGap) + o.columnGap / 2;
    const y = lane.y + o.lanePadding + cells.slot[i] * (o.nodeHeight + o.rowGap);
    const sum = (type) => t.steps.reduce((s, step) => step.type === type ? s + step.minutes : s, 0);
    const valueMinutes = sum("value");
    const necessaryMinutes = sum("necessary");
    const wasteMinutes = sum("waste");
    const minutes = valueMinutes + necessaryMinutes + wasteMinutes;
    const name = t.name ?? t.id;
    const visits = ownNumber(report.expected.visits, t.id);
    const label = fitText(name, inner, o.fontSize, o.labelLines);
    const bar = { x: x + PAD, y: y + PAD + o.labelLines * lineHeight + 4, width: inner, height: 7 };
    let cursor = bar.x;
    const segments = [];
    for (const [type, m] of [["value", valueMinutes], ["necessary", necessaryMinutes], ["waste", wasteMinutes]]) {
      if (m <= 0) continue;
      const w = bar.width * m / minutes;
      segments.push({ type, x: cursor, width: w, minutes: m });
      cursor += w;
    }
    const detailText = t.outcome ? `${t.outcome} · ${Math.round(visits * 100)}% end here` : minutes > 0 ? `${formatMinutes(minutes)} · ${Math.round(100 * wasteMinutes / minutes)}% waste` : "no steps";
    const detail = fitText(detailText, inner, o.detailFontSize, 1)[0] ?? "";
    const detailHeight = o.detailFontSize * LINE_HEIGHT$2;
    return {
      id: t.id,
      name,
      department: t.department,
      departmentName: lane.name,
      lane: lane.lane,
      channel: t.channel ?? null,
      column: cells.column[i],
      reachable: cells.reachable[i] === 1,
      entry: t.entry === true || typeof t.entry === "number" && t.entry > 0,
      outcome: t.outcome ?? null,
      steps: t.steps.map((s) => ({ ...s })),
      minutes,
      valueMinutes,
      necessaryMinutes,
      wasteMinutes,
      visits,
      x,
      y,
      width: o.nodeWidth,
      height: o.nodeHeight,
      label,
      labelBox: { x: x + PAD, y: y + PAD - 2, width: inner, height: label.length * lineHeight },
      bar,
      segments,
      detail,
      detailBox: { x: x + PAD, y: bar.y + bar.height + 3, width: inner, height: detailHeight }
    };
  });
}
function layoutLinks(service, report, probabilities, nodes, o) {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const raw = service.transitions.flatMap((t, k) => {
    const from = byId.get(t.from);
    const to = byId.get(t.to);
    if (!from || !to) return [];
    const probability = probabilities[k];
    return [{ t, from, to, probability, flow: ownNumber(report.expected.visits, t.from) * probability }];
  });
  const maxFlow = raw.reduce((m, l) => Math.max(m, l.flow), 0);
  return raw.map(({ t, from, to, probability, flow }) => {
    const kind = from === to ? "self" : to.column > from.column ? "forward" : to.column === from.column ? "side" : "backward";
    const width = flow > 0 && maxFlow > 0 ? o.minLinkWidth + (o.maxLinkWidth - o.minLinkWidth) * flow / maxFlow : o.minLinkWidth;
    return {
      from: t.from,
      to: t.to,
      probability,
      flow,
      width,
      handoff: from.department !== to.department,
      failure: t.failure ?? false,
      wait: t.wait ?? 0,
      kind,
      path: linkPath(kind, from, to, o)
    };
  });
}
function layoutLegend(y, o) {
  let x = PAD + 4;
  const h = o.detailFontSize * LINE_HEIGHT$2;
  return LEGEND.map(([kind, label]) => {
    const swatch = { x, y: y + (h - 10) / 2, width: 22, height: 10 };
    const width = Math.ceil(textWidth(label, o.detailFontSize));
    const labelBox = { x: x + 28, y, width, height: h };
    x += 28 + width + 18;
    return { kind, label, swatch, labelBox };
  });
}
const r$1 = (x) => Math.round(x * 10) / 10;
function linkPath(kind, a, b, o) {
  const ay = a.y + a.height / 2;
  const by = b.y + b.height / 2;
  switch (kind) {
    case "forward": {
      const x1 = a.x + a.width;
      const x2 = b.x;
      const mx = (x1 + x2) / 2;
      return `M${r$1(x1)},${r$1(ay)}C${r$1(mx)},${r$1(ay)} ${r$1(mx)},${r$1(by)} ${r$1(x2)},${r$1(by)}`;
    }
    case "side": {
      const x = a.x + a.width;
      const bulge = Math.min(o.columnGap * 0.8, 24 + Math.abs(by - ay) / 8);
      return `M${r$1(x)},${r$1(ay)}C${r$1(x + bulge)},${r$1(ay)} ${r$1(x + bulge)},${r$1(by)} ${r$1(x)},${r$1(by)}`;
    }
    case "backward": {
      const x1 = a.x + a.width / 2 + 12;
      const x2 = b.x + b.width / 2 - 12;
      const y1 = a.y + a.height;
      const y2 = b.y + b.height;
      const depth = Math.min(40, 18 + 6 * (a.column - b.column));
      const low = Math.max(y1, y2) + depth;
      return `M${r$1(x1)},${r$1(y1)}C${r$1(x1)},${r$1(low)} ${r$1(x2)},${r$1(low)} ${r$1(x2)},${r$1(y2)}`;
    }
    case "self": {
      const x1 = a.x + a.width - 44;
      const x2 = a.x + a.width - 14;
      return `M${r$1(x1)},${r$1(a.y)}C${r$1(x1 - 8)},${r$1(a.y - 21)} ${r$1(x2 + 8)},${r$1(a.y - 21)} ${r$1(x2)},${r$1(a.y)}`;
    }
  }
}
function journeyMarks(path, departments) {
  const marks = [];
  let before = wanderMetrics([], []);
  for (let i = 0; i < path.length; i++) {
    const after = wanderMetrics(path.slice(0, i + 1), departments.slice(0, i + 1));
    const m = [];
    if (after.handoffs > before.handoffs) m.push("handoff");
    if (after.pingPongs > before.pingPongs) m.push("ping-pong");
    if (after.revisits > before.revisits) m.push("revisit");
    if (after.repeats > before.repeats) m.push("repeat");
    marks.push(m);
    before = after;
  }
  return marks;
}
const WANDER_LINE_LAYOUT_DEFAULTS = Object.freeze({
  step: 136,
  laneHeight: 46,
  gutter: 156,
  fontSize: 10.5
});
const LANE_ORDER = { frontstage: 0, backstage: 1, support: 2 };
const LINE_HEIGHT$1 = 1.25;
function layoutWanderLine(service, journey, options = {}) {
  const o = { ...WANDER_LINE_LAYOUT_DEFAULTS, ...options };
  const lineHeight = o.fontSize * LINE_HEIGHT$1;
  const lanes = service.departments.map((d, i) => ({ d, i })).sort((a, b) => LANE_ORDER[a.d.lane ?? "frontstage"] - LANE_ORDER[b.d.lane ?? "frontstage"] || a.i - b.i).map(({ d }, row) => {
    const y = row * o.laneHeight;
    const label = fitText(d.name ?? d.id, o.gutter - 20, o.fontSize + 1, 2);
    const h = label.length * (o.fontSize + 1) * LINE_HEIGHT$1;
    return {
      department: d.id,
      name: d.name ?? d.id,
      lane: d.lane ?? "frontstage",
      y,
      height: o.laneHeight,
      label,
      labelBox: { x: 10, y: y + (o.laneHeight - h) / 2, width: o.gutter - 20, height: h }
    };
  });
  const laneOf = new Map(lanes.map((l) => [l.department, l]));
  const touchpoints = new Map(service.touchpoints.map((t) => [t.id, t]));
  const transitions = /* @__PURE__ */ new Map();
  for (const t of service.transitions) transitions.set(JSON.stringify([t.from, t.to]), t);
  const visits = journey.path.map((id) => touchpoints.get(id));
  const departments = visits.map((t) => (t == null ? void 0 : t.department) ?? "");
  const marks = journeyMarks(journey.path, departments);
  const timeY = lanes.length * o.laneHeight + 8;
  const half = o.step / 2 - 6;
  const points = journey.path.map((id, index) => {
    const t = visits[index];
    const lane = laneOf.get(departments[index]);
    const x = o.gutter + o.step / 2 + index * o.step;
    const y = lane ? lane.y + lane.height / 2 + 6 : timeY;
    const minutes = t ? t.steps.reduce((s, step) => s + step.minutes, 0) : 0;
    const name = (t == null ? void 0 : t.name) ?? id;
    const label = fitText(name, o.step - 12, o.fontSize, 1);
    const minutesLabel = formatMinutes(minutes);
    return {
      index,
      id,
      name,
      department: departments[index],
      x,
      y,
      minutes,
      marks: marks[index],
      label,
      labelBox: { x: x - (o.step - 12) / 2, y: y - 8 - lineHeight, width: o.step - 12, height: lineHeight },
      minutesLabel,
      minutesBox: { x: x - half / 2, y: timeY + 6, width: half, height: lineHeight }
    };
  });
  const segments = points.slice(1).map((b, i) => {
    const a = points[i];
    const t = transitions.get(JSON.stringify([a.id, b.id]));
    const wait = (t == null ? void 0 : t.wait) ?? 0;
    const mx = (a.x + b.x) / 2;
    return {
      from: a.id,
      to: b.id,
      index: i,
      wait,
      handoff: a.department !== b.department,
      failure: (t == null ? void 0 : t.failure) ?? false,
      path: `M${a.x},${a.y}C${mx},${a.y} ${mx},${b.y} ${b.x},${b.y}`,
      waitLabel: wait > 0 ? `+${formatMinutes(wait)}` : null,
      waitBox: wait > 0 ? { x: mx - half / 2, y: timeY + 6, width: half, height: lineHeight } : null
    };
  });
  const path = points.length ? `M${points[0].x},${points[0].y}` + segments.map((s) => s.path.slice(s.path.indexOf("C"))).join("") : "";
  const width = o.gutter + Math.max(1, points.length) * o.step;
  return { width, height: timeY + 6 + lineHeight + 10, lanes, points, segments, path, timeY, options: o };
}
const WASTE_BREAKDOWN_LAYOUT_DEFAULTS = Object.freeze({
  labelWidth: 180,
  barWidth: 300,
  barHeight: 18,
  gap: 6,
  fontSize: 11
});
const TITLE = 28;
const VALUE_WIDTH = 96;
function layoutWasteBreakdown(service, report, options = {}) {
  const o = { ...WASTE_BREAKDOWN_LAYOUT_DEFAULTS, ...options };
  const departmentName = new Map(service.departments.map((d) => [d.id, d.name ?? d.id]));
  const entries = (record) => Object.keys(record).map((key) => [key, record[key]]).filter(([, m]) => Number.isFinite(m) && m > 0).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const categories = entries(report.expected.wasteByCategory);
  const departments = entries(report.expected.wasteByDepartment);
  const total = categories.reduce((s, [, m]) => s + m, 0);
  const max = Math.max(0, ...categories.map(([, m]) => m), ...departments.map(([, m]) => m));
  const lineHeight = o.fontSize * 1.25;
  let y = 0;
  const group = (title, rows, name) => {
    const top = y;
    y += TITLE;
    const bars = rows.map(([key, minutes]) => {
      const x = o.labelWidth;
      const width = max > 0 ? Math.max(1, o.barWidth * minutes / max) : 0;
      const bar = {
        key,
        name: name(key),
        minutes,
        share: total > 0 ? minutes / total : 0,
        x,
        y,
        width,
        height: o.barHeight,
        label: fitText(name(key), o.labelWidth - 12, o.fontSize, 1),
        labelBox: { x: 0, y: y + (o.barHeight - lineHeight) / 2, width: o.labelWidth - 12, height: lineHeight },
        valueLabel: `${formatMinutes(minutes)} · ${Math.round((total > 0 ? minutes / total : 0) * 100)}%`,
        valueBox: { x: x + width + 6, y: y + (o.barHeight - lineHeight) / 2, width: VALUE_WIDTH, height: lineHeight }
      };
      y += o.barHeight + o.gap;
      return bar;
    });
    if (rows.length === 0) y += o.barHeight + o.gap;
    y += 12;
    return { title, y: top, bars };
  };
  const byCategory = group("Waste by category (per customer)", categories, (k) => k);
  const byDepartment = group("Waste by department (per customer)", departments, (k) => departmentName.get(k) ?? k);
  return { width: o.labelWidth + o.barWidth + 6 + VALUE_WIDTH, height: y, groups: [byCategory, byDepartment], options: o };
}
const colours = {
  /** Steps the customer would pay for: bluish green. */
  value: "#009E73",
  /** Required but not valued: sky blue. */
  necessary: "#56B4E9",
  /** Steps to remove: vermillion. */
  waste: "#D55E00",
  /** Links inside one department. */
  link: "#8C8C8C",
  /** Links that hand the customer over to another department: reddish purple. */
  handoff: "#CC79A7",
  /** What a selection highlights: orange. */
  highlight: "#E69F00",
  /** The wander line: blue. */
  wander: "#0072B2",
  /** Resolved and abandoned outcomes. */
  resolved: "#009E73",
  abandoned: "#D55E00",
  ink: "#1F2328",
  muted: "#5C6370",
  frontstage: "#F7F9FC",
  backstage: "#F1F1EC",
  support: "#ECEAF2",
  rule: "#C9CED6"
};
const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
const LANE_FILL$1 = { frontstage: colours.frontstage, backstage: colours.backstage, support: colours.support };
const LINE_HEIGHT = 1.25;
const r = (x) => Math.round(x * 10) / 10;
function renderBlueprint(container, service, report, options = {}) {
  const { title, ...layoutOptions } = options;
  return drawBlueprint(container, layoutBlueprint(service, report, layoutOptions), title ?? service.name ?? service.id);
}
function drawBlueprint(container, layout, title) {
  const o = layout.options;
  const svg = select(container).append("svg").attr("xmlns", "http://www.w3.org/2000/svg").attr("data-hukka", "blueprint").attr("class", "hukka-blueprint").attr("width", r(layout.width)).attr("height", r(layout.height)).attr("viewBox", `0 0 ${r(layout.width)} ${r(layout.height)}`).attr("role", "group").attr("aria-label", `Service blueprint: ${title}`).attr("font-family", FONT_FAMILY).attr("font-size", o.fontSize);
  svg.append("title").text(`Service blueprint: ${title}`);
  const defs = svg.append("defs");
  for (const [id, colour] of [["link", colours.link], ["handoff", colours.handoff], ["highlight", colours.highlight]]) {
    defs.append("marker").attr("id", `hukka-arrow-${id}`).attr("viewBox", "0 0 10 10").attr("refX", 9).attr("refY", 5).attr("markerWidth", 9).attr("markerHeight", 9).attr("markerUnits", "userSpaceOnUse").attr("orient", "auto").append("path").attr("d", "M0,0L10,5L0,10z").attr("fill", colour);
  }
  const viewport = svg.append("g").attr("class", "hukka-viewport");
  const lanes = viewport.append("g").attr("class", "hukka-lanes");
  for (const lane of layout.lanes) {
    const g = lanes.append("g").attr("class", "hukka-lane").attr("data-department", lane.department).attr("data-lane", lane.lane);
    g.append("rect").attr("x", 0).attr("y", r(lane.y)).attr("width", r(lane.width)).attr("height", r(lane.height)).attr("fill", LANE_FILL$1[lane.lane]).attr("stroke", colours.rule).attr("stroke-width", 0.5);
    lane.label.forEach(
      (line, k) => g.append("text").attr("class", "hukka-lane-label").attr("x", r(lane.labelBox.x)).attr("y", r(lane.labelBox.y + k * o.fontSize * LINE_HEIGHT + o.fontSize)).attr("font-weight", 600).attr("fill", colours.ink).text(line)
    );
    g.append("text").attr("class", "hukka-lane-kind").attr("x", r(lane.labelBox.x)).attr("y", r(lane.labelBox.y + lane.labelBox.height + o.detailFontSize * LINE_HEIGHT)).attr("font-size", o.detailFontSize).attr("fill", colours.muted).text(lane.lane);
  }
  const lines = viewport.append("g").attr("class", "hukka-lines");
  for (const line of layout.lines) {
    const g = lines.append("g").attr("data-line", line.kind);
    g.append("line").attr("x1", r(line.x1)).attr("x2", r(line.x2)).attr("y1", r(line.y)).attr("y2", r(line.y)).attr("stroke", colours.ink).attr("stroke-width", 1.5).attr("stroke-dasharray", line.kind === "visibility" ? "8 4" : "2 3");
    g.append("text").attr("x", r(line.labelBox.x)).attr("y", r(line.labelBox.y + o.detailFontSize)).attr("font-size", o.detailFontSize).attr("font-style", "italic").attr("fill", colours.ink).text(line.label);
  }
  const links = viewport.append("g").attr("class", "hukka-links").attr("fill", "none");
  for (const link of layout.links) drawLink(links.append("path"), link);
  const nodes = viewport.append("g").attr("class", "hukka-nodes");
  for (const node of layout.nodes) drawNode(nodes.append("g"), node, layout);
  const legend2 = svg.append("g").attr("class", "hukka-legend").attr("font-size", o.detailFontSize);
  for (const item of layout.legend) {
    const g = legend2.append("g").attr("data-legend", item.kind);
    const s = item.swatch;
    if (item.kind === "value" || item.kind === "necessary" || item.kind === "waste") {
      g.append("rect").attr("x", r(s.x)).attr("y", r(s.y)).attr("width", s.width).attr("height", s.height).attr("fill", colours[item.kind]);
    } else {
      g.append("line").attr("x1", r(s.x)).attr("x2", r(s.x + s.width)).attr("y1", r(s.y + s.height / 2)).attr("y2", r(s.y + s.height / 2)).attr("stroke", item.kind === "handoff" ? colours.handoff : colours.link).attr("stroke-width", 3).attr("stroke-dasharray", item.kind === "failure" ? "6 3" : item.kind === "no-flow" ? "1 3" : null);
    }
    g.append("text").attr("x", r(item.labelBox.x)).attr("y", r(item.labelBox.y + o.detailFontSize)).attr("fill", colours.ink).text(item.label);
  }
  return svg.node();
}
function drawLink(path, link) {
  const kind = link.handoff ? "handoff" : "link";
  path.attr("class", link.handoff ? "hukka-link hukka-handoff" : "hukka-link").attr("data-from", link.from).attr("data-to", link.to).attr("data-kind", link.kind).attr("data-handoff", link.handoff ? "" : null).attr("data-failure", link.failure ? "" : null).attr("d", link.path).attr("stroke", colours[kind]).attr("stroke-opacity", 0.55).attr("stroke-width", r(link.width)).attr("stroke-dasharray", link.failure ? "6 3" : link.flow > 0 ? null : "1 3").attr("marker-end", `url(#hukka-arrow-${kind})`);
  const wait = link.wait > 0 ? ` · wait ${formatMinutes(link.wait)}` : "";
  path.append("title").text(
    `${link.from} → ${link.to}: ${Math.round(link.probability * 1e3) / 10}%, ${Math.round(link.flow * 1e3) / 1e3} per customer${wait}${link.handoff ? " · hand-off" : ""}${link.failure ? " · failure demand" : ""}`
  );
}
function drawNode(g, node, layout) {
  const o = layout.options;
  g.attr("class", "hukka-node").attr("data-touchpoint", node.id).attr("data-department", node.department).attr("tabindex", 0).attr("role", "img").attr("aria-label", nodeDescription(node));
  g.append("title").text(node.name);
  g.append("rect").attr("class", "hukka-node-box").attr("x", r(node.x)).attr("y", r(node.y)).attr("width", node.width).attr("height", node.height).attr("rx", node.outcome ? node.height / 2.4 : 6).attr("fill", "#FFFFFF").attr("stroke", node.outcome === "resolved" ? colours.resolved : node.outcome === "abandoned" ? colours.abandoned : colours.ink).attr("stroke-width", node.outcome ? 2 : 1).attr("stroke-dasharray", node.reachable ? null : "4 3");
  if (node.entry) {
    const cy = node.y + node.height / 2;
    g.append("path").attr("class", "hukka-entry").attr("d", `M${r(node.x - 10)},${r(cy - 7)}L${r(node.x - 1)},${r(cy)}L${r(node.x - 10)},${r(cy + 7)}z`).attr("fill", colours.ink);
  }
  node.label.forEach(
    (line, k) => g.append("text").attr("class", "hukka-node-label").attr("x", r(node.labelBox.x)).attr("y", r(node.labelBox.y + k * o.fontSize * LINE_HEIGHT + o.fontSize)).attr("fill", colours.ink).text(line)
  );
  if (!node.outcome) {
    g.append("rect").attr("x", r(node.bar.x)).attr("y", r(node.bar.y)).attr("width", r(node.bar.width)).attr("height", node.bar.height).attr("fill", "#E6E8EB");
  }
  for (const s of node.segments) {
    g.append("rect").attr("class", `hukka-split hukka-${s.type}`).attr("data-type", s.type).attr("x", r(s.x)).attr("y", r(node.bar.y)).attr("width", r(s.width)).attr("height", node.bar.height).attr("fill", colours[s.type]);
  }
  g.append("text").attr("class", "hukka-node-detail").attr("x", r(node.detailBox.x)).attr("y", r(node.detailBox.y + o.detailFontSize)).attr("font-size", o.detailFontSize).attr("fill", colours.muted).text(node.detail);
}
function nodeDescription(node) {
  const parts = [`${node.name}, ${node.departmentName}`];
  if (node.outcome) parts.push(`outcome: ${node.outcome}`);
  if (node.minutes > 0)
    parts.push(
      `${formatMinutes(node.minutes)}: value ${formatMinutes(node.valueMinutes)}, necessary ${formatMinutes(node.necessaryMinutes)}, waste ${formatMinutes(node.wasteMinutes)}`
    );
  parts.push(`${Math.round(node.visits * 100) / 100} visits per customer`);
  return parts.join("; ");
}
const LANE_FILL = { frontstage: colours.frontstage, backstage: colours.backstage, support: colours.support };
const MARK_LABEL = { handoff: "hand-off", "ping-pong": "ping-pong", revisit: "revisit", repeat: "repeat" };
function renderWanderLine(container, service, journey, options = {}) {
  const { title, ...layoutOptions } = options;
  return drawWanderLine(container, layoutWanderLine(service, journey, layoutOptions), title ?? "Wander line");
}
function drawWanderLine(container, layout, title) {
  const o = layout.options;
  const svg = select(container).append("svg").attr("xmlns", "http://www.w3.org/2000/svg").attr("data-hukka", "wander-line").attr("class", "hukka-wander-line").attr("width", layout.width).attr("height", layout.height).attr("viewBox", `0 0 ${layout.width} ${layout.height}`).attr("role", "img").attr("aria-label", title).attr("font-family", FONT_FAMILY).attr("font-size", o.fontSize);
  svg.append("title").text(title);
  for (const lane of layout.lanes) {
    const g = svg.append("g").attr("data-department", lane.department);
    g.append("rect").attr("x", 0).attr("y", lane.y).attr("width", layout.width).attr("height", lane.height).attr("fill", LANE_FILL[lane.lane]).attr("stroke", colours.rule).attr("stroke-width", 0.5);
    lane.label.forEach(
      (line, k) => g.append("text").attr("x", lane.labelBox.x).attr("y", lane.labelBox.y + (k + 0.8) * (o.fontSize + 1) * 1.25).attr("font-size", o.fontSize + 1).attr("font-weight", 600).attr("fill", colours.ink).text(line)
    );
  }
  svg.append("text").attr("x", 10).attr("y", layout.timeY + 6 + o.fontSize).attr("fill", colours.muted).text("minutes · +waits");
  svg.append("path").attr("class", "hukka-wander-path").attr("d", layout.path).attr("fill", "none").attr("stroke", colours.wander).attr("stroke-width", 3).attr("stroke-linejoin", "round");
  for (const s of layout.segments) {
    if (!s.waitLabel || !s.waitBox) continue;
    svg.append("text").attr("class", "hukka-wait").attr("data-segment", s.index).attr("x", s.waitBox.x + s.waitBox.width / 2).attr("y", s.waitBox.y + o.fontSize).attr("text-anchor", "middle").attr("fill", colours.waste).text(s.waitLabel);
  }
  for (const p of layout.points) {
    const g = svg.append("g").attr("class", "hukka-visit").attr("data-visit", p.index).attr("data-touchpoint", p.id).attr("data-marks", p.marks.join(" ") || null);
    g.append("title").text(
      [p.name, ...p.marks.map((m) => MARK_LABEL[m])].join(" · ")
    );
    if (p.marks.includes("ping-pong"))
      g.append("path").attr("class", "hukka-mark-ping-pong").attr("d", `M${p.x},${p.y - 11}L${p.x + 11},${p.y}L${p.x},${p.y + 11}L${p.x - 11},${p.y}z`).attr("fill", colours.waste);
    if (p.marks.includes("revisit"))
      g.append("circle").attr("class", "hukka-mark-revisit").attr("cx", p.x).attr("cy", p.y).attr("r", 8).attr("fill", "none").attr("stroke", colours.handoff).attr("stroke-width", 3);
    if (p.marks.includes("repeat"))
      g.append("rect").attr("class", "hukka-mark-repeat").attr("x", p.x - 6).attr("y", p.y - 6).attr("width", 12).attr("height", 12).attr("fill", "none").attr("stroke", colours.ink).attr("stroke-width", 1.5);
    g.append("circle").attr("cx", p.x).attr("cy", p.y).attr("r", 4.5).attr("fill", colours.wander).attr("stroke", "#fff");
    g.append("text").attr("x", p.x).attr("y", p.labelBox.y + o.fontSize).attr("text-anchor", "middle").attr("fill", colours.ink).text(p.label[0] ?? "");
    g.append("text").attr("x", p.x).attr("y", p.minutesBox.y + o.fontSize).attr("text-anchor", "middle").attr("fill", colours.ink).text(p.minutesLabel);
  }
  return svg.node();
}
function renderWasteBreakdown(container, service, report, options = {}) {
  return drawWasteBreakdown(container, layoutWasteBreakdown(service, report, options));
}
function drawWasteBreakdown(container, layout) {
  const o = layout.options;
  const svg = select(container).append("svg").attr("xmlns", "http://www.w3.org/2000/svg").attr("data-hukka", "waste-breakdown").attr("width", layout.width).attr("height", layout.height).attr("viewBox", `0 0 ${layout.width} ${layout.height}`).attr("role", "img").attr("aria-label", "Waste breakdown by category and by department").attr("font-family", FONT_FAMILY).attr("font-size", o.fontSize);
  layout.groups.forEach((group, gi) => {
    const g = svg.append("g").attr("data-group", gi === 0 ? "category" : "department");
    g.append("text").attr("x", 0).attr("y", group.y + 18).attr("font-weight", 600).attr("font-size", o.fontSize + 1).attr("fill", colours.ink).text(group.title);
    if (group.bars.length === 0)
      g.append("text").attr("x", 0).attr("y", group.y + 28 + o.fontSize + 2).attr("fill", colours.muted).text("no waste");
    for (const bar of group.bars) {
      const b = g.append("g").attr(gi === 0 ? "data-category" : "data-department", bar.key);
      b.append("title").text(`${bar.name}: ${bar.valueLabel}`);
      b.append("text").attr("x", bar.labelBox.x + bar.labelBox.width).attr("y", bar.labelBox.y + o.fontSize).attr("text-anchor", "end").attr("fill", colours.ink).text(bar.label[0] ?? "");
      b.append("rect").attr("x", bar.x).attr("y", bar.y).attr("width", Math.round(bar.width * 10) / 10).attr("height", bar.height).attr("fill", colours.waste);
      b.append("text").attr("x", bar.valueBox.x).attr("y", bar.valueBox.y + o.fontSize).attr("fill", colours.muted).text(bar.valueLabel);
    }
  });
  return svg.node();
}
const reportCss = `
.hukka-report{position:relative;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:${colours.ink};max-width:1480px;margin:0 auto;padding:20px 24px 40px}
.hukka-report h1{font-size:24px;margin:0 0 2px}
.hukka-report h2{font-size:17px;margin:0 0 8px}
.hukka-report .hukka-sub{color:${colours.muted};margin:0 0 14px}
.hukka-report section{margin:0 0 22px}
.hukka-figures{display:flex;flex-wrap:wrap;gap:10px;margin:0 0 18px;padding:0}
.hukka-figures div{background:#F4F6F8;border-radius:8px;padding:8px 14px;min-width:120px}
.hukka-figures dt{font-size:12px;color:${colours.muted}}
.hukka-figures dd{margin:0;font-size:20px;font-weight:650}
.hukka-legend-html{display:flex;flex-wrap:wrap;gap:14px;font-size:12.5px;margin:4px 0 8px;color:${colours.ink}}
.hukka-legend-html span{display:inline-flex;align-items:center;gap:6px}
.hukka-legend-html i{display:inline-block;width:22px;height:10px}
.hukka-legend-html i.hukka-line{height:0;border-top:3px solid ${colours.link}}
.hukka-legend-html i.hukka-line.hukka-handoff{border-top-color:${colours.handoff}}
.hukka-legend-html i.hukka-line.hukka-failure{border-top-style:dashed}
.hukka-legend-html i.hukka-line.hukka-noflow{border-top-style:dotted}
.hukka-hint{font-size:12.5px;color:${colours.muted};margin:0 0 6px}
.hukka-canvas{position:relative;border:1px solid ${colours.rule};border-radius:8px;overflow:hidden;height:min(78vh,640px);background:#fff}
.hukka-canvas>svg{display:block;width:100%;height:100%;cursor:grab}
.hukka-canvas .hukka-legend{display:none}
.hukka-reset{position:absolute;right:8px;top:8px;font:inherit;font-size:12px;padding:3px 9px;border:1px solid ${colours.rule};border-radius:6px;background:#fff;cursor:pointer}
.hukka-node{cursor:pointer;outline:none}
.hukka-node:focus-visible .hukka-node-box,.hukka-node:hover .hukka-node-box{stroke:${colours.wander};stroke-width:3}
.hukka-node-label,.hukka-lane-label,.hukka-report [data-hukka="tooltip"],.hukka-journey-path{unicode-bidi:isolate}
svg[data-selection] .hukka-node:not([data-highlighted]){opacity:.3}
svg[data-selection] .hukka-link:not([data-highlighted]){opacity:.12}
.hukka-link[data-highlighted]{stroke:${colours.highlight};stroke-opacity:1}
.hukka-node[data-highlighted] .hukka-node-box{stroke:${colours.highlight};stroke-width:3.5}
.hukka-columns{display:grid;grid-template-columns:minmax(280px,1fr) minmax(0,2.2fr);gap:22px;align-items:start}
@media (max-width:900px){.hukka-columns{grid-template-columns:1fr}}
.hukka-list{list-style:none;margin:0 0 16px;padding:0}
.hukka-list li{margin:0 0 6px}
.hukka-list button{all:unset;box-sizing:border-box;display:block;width:100%;padding:7px 10px;border:1px solid ${colours.rule};border-radius:7px;cursor:pointer;background:#fff}
.hukka-list button:hover,.hukka-list button:focus-visible{border-color:${colours.wander};outline:2px solid ${colours.wander}33}
.hukka-list li[data-highlighted] button{border-color:${colours.highlight};background:#FFF6E5;box-shadow:inset 4px 0 0 ${colours.highlight}}
.hukka-journey-head{display:block;font-weight:600;font-size:13px}
.hukka-journey-path{display:block;font-size:12px;color:${colours.muted};white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.hukka-wander-panel .hukka-scroll{overflow-x:auto;border:1px solid ${colours.rule};border-radius:8px}
.hukka-wander-panel svg{display:block}
.hukka-marks{display:flex;flex-wrap:wrap;gap:14px;font-size:12.5px;margin:6px 0}
.hukka-marks span{display:inline-flex;align-items:center;gap:5px}
.hukka-report [data-hukka="tooltip"]{position:absolute;z-index:10;pointer-events:none;max-width:340px;background:#fff;border:1px solid ${colours.rule};border-radius:8px;box-shadow:0 6px 24px #0002;padding:9px 12px;font-size:12.5px;overflow-wrap:anywhere}
.hukka-report [data-hukka="tooltip"][hidden]{display:none}
.hukka-tip-title{font-weight:650;font-size:13.5px;margin:0 0 2px}
.hukka-tip-sub{color:${colours.muted};margin:0 0 6px}
.hukka-tip-steps{margin:0;padding:0;list-style:none}
.hukka-tip-steps li{display:flex;gap:6px;align-items:baseline}
.hukka-tip-steps i{flex:none;width:9px;height:9px;border-radius:2px;display:inline-block}
.hukka-tip-steps .hukka-min{margin-left:auto;padding-left:10px;white-space:nowrap;font-variant-numeric:tabular-nums}
.hukka-warnings li{color:${colours.waste}}
`;
const REPORT_DEFAULTS = Object.freeze({ interactive: true, blueprint: {} });
const MIN_FIT_SCALE = 0.45;
let tooltips = 0;
const pct = (x) => `${Math.round(x * 1e3) / 10}%`;
const num = (x) => String(Math.round(x * 100) / 100);
const count = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
function renderReport(container, service, report, options = {}) {
  const o = { ...REPORT_DEFAULTS, ...options };
  const doc = container.ownerDocument;
  if (!doc.querySelector("style[data-hukka='style']")) {
    const style = doc.createElement("style");
    style.setAttribute("data-hukka", "style");
    style.textContent = reportCss;
    (doc.head ?? container).appendChild(style);
  }
  const root = select(container).append("div").attr("class", "hukka-report");
  header(root, service, report);
  const layout = layoutBlueprint(service, report, o.blueprint);
  const panel = root.append("section").attr("class", "hukka-blueprint-panel");
  panel.append("h2").text("Service blueprint");
  legend(panel);
  panel.append("p").attr("class", "hukka-hint").text("Hover or Tab to a touchpoint for its steps. Scroll to zoom, drag to pan. Pick a journey below to follow it.");
  const canvas = panel.append("div").attr("class", "hukka-canvas");
  const svgNode = drawBlueprint(canvas.node(), layout, o.blueprint.title ?? service.name ?? service.id);
  const svg = select(svgNode);
  const columns = root.append("div").attr("class", "hukka-columns");
  const lists = columns.append("section").attr("class", "hukka-journeys");
  const wander = columns.append("section").attr("class", "hukka-wander-panel");
  wander.append("h2").text("Wander line");
  wander.append("p").attr("class", "hukka-hint").text("The customer's trip across the departments in visiting order, as staff never see it.");
  const marks = wander.append("div").attr("class", "hukka-marks");
  for (const [cls, colour, label] of [
    ["diamond", colours.waste, "ping-pong (back to the department before)"],
    ["ring", colours.handoff, "revisit of a department"],
    ["square", colours.ink, "repeated touchpoint"]
  ]) {
    const s = marks.append("span");
    s.append("i").attr("class", `hukka-mark-${cls}`).style("display", "inline-block").style("width", "10px").style("height", "10px").style("background", cls === "diamond" ? colour : "transparent").style("border", cls === "diamond" ? "none" : `2px solid ${colour}`).style("border-radius", cls === "ring" ? "50%" : "0").style("transform", cls === "diamond" ? "rotate(45deg)" : "none");
    s.append("span").text(label);
  }
  const summary = wander.append("p").attr("class", "hukka-wander-summary");
  const scroll = wander.append("div").attr("class", "hukka-scroll");
  const waste = root.append("section").attr("class", "hukka-waste");
  waste.append("h2").text("Waste breakdown");
  renderWasteBreakdown(waste.node(), service, report);
  if (report.warnings.length) {
    const w = root.append("section").attr("class", "hukka-warnings");
    w.append("h2").text("Warnings");
    const ul = w.append("ul");
    for (const warning of report.warnings) ul.append("li").text(`${warning.message} [${warning.code}]`);
  }
  const names = new Map(service.touchpoints.map((t) => [t.id, t.name ?? t.id]));
  const items = [
    ...journeyList(lists, "Most likely journeys", "journey", report.journeys, names),
    ...journeyList(lists, "Wander paths (by minutes lost)", "wander-path", report.wanderPaths, names)
  ];
  if (report.truncated || report.coverage < 0.999)
    lists.append("p").attr("class", "hukka-hint").text(`The journeys listed cover ${pct(report.coverage)} of customers.`);
  const showWanderLine = (journey, title) => {
    scroll.selectAll("*").remove();
    summary.text(journey ? journeySummary(journey) : "No journeys in the report.");
    if (journey) renderWanderLine(scroll.node(), service, journey, { title });
  };
  const selectJourney = (kind, index) => {
    const journey = (kind === "journey" ? report.journeys : report.wanderPaths)[index];
    if (!journey) return;
    svg.selectAll("[data-highlighted]").attr("data-highlighted", null);
    root.selectAll(".hukka-list li").attr("data-highlighted", null);
    for (const li of items) if (li.kind === kind && li.index === index) li.element.setAttribute("data-highlighted", "");
    const onPath = new Set(journey.path);
    svg.selectAll(".hukka-node").each(function() {
      if (onPath.has(this.getAttribute("data-touchpoint"))) this.setAttribute("data-highlighted", "");
    });
    const steps = new Set(journey.path.slice(1).map((to, i) => JSON.stringify([journey.path[i], to])));
    svg.selectAll(".hukka-link").each(function() {
      const on = steps.has(JSON.stringify([this.getAttribute("data-from"), this.getAttribute("data-to")]));
      if (on) this.setAttribute("data-highlighted", "");
      const kindOf = this.hasAttribute("data-handoff") ? "handoff" : "link";
      this.setAttribute("marker-end", `url(#hukka-arrow-${on ? "highlight" : kindOf})`);
    });
    svg.attr("data-selection", kind);
    showWanderLine(journey, `Wander line of ${kind === "journey" ? "journey" : "wander path"} ${index + 1}`);
  };
  const first = report.wanderPaths[0] ?? report.journeys[0];
  showWanderLine(first, "Wander line");
  if (o.interactive) {
    for (const li of items) li.element.addEventListener("click", () => selectJourney(li.kind, li.index));
    addTooltips(root, svg, layout.nodes);
    addZoom(canvas, svg, layout.width, layout.height - layout.legendHeight);
  }
  return { root: root.node(), blueprint: svgNode, select: selectJourney };
}
function header(root, service, report) {
  const e = report.expected;
  root.append("h1").text(service.name ?? service.id);
  root.append("p").attr("class", "hukka-sub").text(`Service model "${service.id}": expected figures per customer`);
  const figures = [
    ["time per customer", formatMinutes(e.minutes)],
    ["of it waste", `${formatMinutes(e.wasteMinutes)} (${pct(e.minutes > 0 ? e.wasteMinutes / e.minutes : 0)})`],
    ["flow efficiency", pct(e.flowEfficiency)],
    ["hand-offs", num(e.handoffs)],
    ["ping-pongs", num(e.pingPongs)],
    ["failure demand", pct(e.failureDemandShare)],
    ["resolved", pct(e.resolved)]
  ];
  if (report.totals) figures.push(["waste per year", `${Math.round(report.totals.wasteHours).toLocaleString("en")} h`]);
  const dl = root.append("dl").attr("class", "hukka-figures");
  for (const [label, value] of figures) {
    const d = dl.append("div");
    d.append("dt").text(label);
    d.append("dd").text(value);
  }
}
function legend(panel) {
  const l = panel.append("div").attr("class", "hukka-legend-html");
  for (const type of ["value", "necessary", "waste"]) {
    const s = l.append("span");
    s.append("i").style("background", colours[type]);
    s.append("span").text(type);
  }
  for (const [cls, label] of [
    ["", "move within a department"],
    ["hukka-handoff", "hand-off to another department"],
    ["hukka-failure", "failure demand"],
    ["hukka-noflow", "no expected flow"]
  ]) {
    const s = l.append("span");
    s.append("i").attr("class", `hukka-line ${cls}`);
    s.append("span").text(label);
  }
  l.append("span").text("line width: expected flow (moves per customer)");
}
function journeyList(lists, title, kind, journeys, names) {
  lists.append("h2").text(title);
  if (journeys.length === 0) {
    lists.append("p").attr("class", "hukka-hint").text(kind === "journey" ? "No journeys." : "No journey wanders.");
    return [];
  }
  const ol = lists.append("ol").attr("class", "hukka-list").attr("data-list", kind);
  return journeys.map((j, index) => {
    const li = ol.append("li").attr(kind === "journey" ? "data-journey" : "data-wander-path", index);
    const button = li.append("button").attr("type", "button");
    const lost = "lostMinutes" in j ? ` · ${formatMinutes(j.lostMinutes)} lost` : "";
    button.append("span").attr("class", "hukka-journey-head").text(`${index + 1}. ${pct(j.probability)} · ${formatMinutes(j.minutes)} · ${count(j.handoffs, "hand-off")}${lost} · ${j.outcome}`);
    button.append("span").attr("class", "hukka-journey-path").text(j.path.map((id) => names.get(id) ?? id).join(" → "));
    return { kind, index, element: li.node() };
  });
}
function journeySummary(j) {
  const parts = [
    `${pct(j.probability)} of customers`,
    `${formatMinutes(j.minutes)} in all, ${formatMinutes(j.wasteMinutes)} waste`,
    count(j.handoffs, "hand-off"),
    count(j.pingPongs, "ping-pong"),
    count(j.revisits, "revisit")
  ];
  if (j.excessMinutes !== null) parts.push(`${formatMinutes(j.excessMinutes)} more than the ideal route`);
  parts.push(j.outcome);
  return parts.join(" · ");
}
function addTooltips(root, svg, nodes) {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const id = `hukka-tooltip-${++tooltips}`;
  const tip = root.append("div").attr("data-hukka", "tooltip").attr("role", "tooltip").attr("id", id).attr("hidden", "");
  svg.selectAll(".hukka-node > title").remove();
  const show = (element) => {
    const node = byId.get(element.getAttribute("data-touchpoint"));
    if (!node) return;
    tip.selectAll("*").remove();
    tip.append("div").attr("class", "hukka-tip-title").text(node.name);
    const sub = [node.departmentName, node.channel, node.outcome ? `outcome: ${node.outcome}` : null].filter(Boolean).join(" · ");
    tip.append("div").attr("class", "hukka-tip-sub").text(`${sub} · ${num(node.visits)} visits per customer`);
    const ul = tip.append("ul").attr("class", "hukka-tip-steps");
    for (const step of node.steps) {
      const li = ul.append("li");
      li.append("i").style("background", colours[step.type]);
      li.append("span").text(step.type === "waste" && step.waste ? `${step.name} (${step.waste})` : step.name);
      li.append("span").attr("class", "hukka-min").text(formatMinutes(step.minutes));
    }
    if (node.steps.length === 0) ul.append("li").text("no steps");
    tip.attr("hidden", null);
    const rootBox = root.node().getBoundingClientRect();
    const box = element.getBoundingClientRect();
    const tipBox = tip.node().getBoundingClientRect();
    let left = box.right - rootBox.left + 10;
    if (box.right + tipBox.width + 16 > rootBox.right) left = Math.max(4, box.left - rootBox.left - tipBox.width - 10);
    tip.style("left", `${left}px`).style("top", `${Math.max(0, box.top - rootBox.top)}px`);
    element.setAttribute("aria-describedby", id);
  };
  const hide = () => tip.attr("hidden", "");
  svg.selectAll(".hukka-node").on("mouseenter focus", function() {
    show(this);
  }).on("mouseleave blur", hide);
}
function addZoom(canvas, svg, width, height) {
  svg.attr("width", null).attr("height", null).attr("viewBox", null);
  const viewport = svg.select(".hukka-viewport");
  const behaviour = zoom().scaleExtent([0.1, 4]).on("zoom", (event) => viewport.attr("transform", event.transform.toString()));
  svg.call(behaviour);
  const fit = () => {
    const box = canvas.node().getBoundingClientRect();
    const k = Math.max(MIN_FIT_SCALE, Math.min(1, box.width / width));
    const view = canvas.node().ownerDocument.defaultView;
    const room = ((view == null ? void 0 : view.innerHeight) ?? 800) * 0.78;
    canvas.style("height", `${Math.ceil(Math.min(room, height * k + 4))}px`);
    svg.call(behaviour.transform, zoomIdentity.scale(k));
  };
  fit();
  canvas.append("button").attr("type", "button").attr("class", "hukka-reset").text("Fit").on("click", fit);
}
const NOT_XML = new RegExp("[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]", "g");
const SPECIAL = /[&<>"\u0000-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
function xmlText(text) {
  if (!SPECIAL.test(text)) return text;
  return text.replace(NOT_XML, "�").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\r/g, "&#13;");
}
function xmlAttribute(text) {
  if (!SPECIAL.test(text)) return text;
  return xmlText(text).replace(/"/g, "&quot;").replace(/\t/g, "&#9;").replace(/\n/g, "&#10;");
}
const SVG_NS = "http://www.w3.org/2000/svg";
function serializeSvg(root) {
  return write(root, true);
}
function write(node, isRoot) {
  if (node.nodeType === 3) return xmlText(node.nodeValue ?? "");
  if (node.nodeType !== 1) return "";
  const el = node;
  const name = el.localName;
  let out = `<${name}`;
  let hasNs = false;
  for (const attr of el.getAttributeNames()) {
    if (attr === "xmlns") hasNs = true;
    out += ` ${attr}="${xmlAttribute(el.getAttribute(attr) ?? "")}"`;
  }
  if (isRoot && !hasNs) out += ` xmlns="${SVG_NS}"`;
  let child = el.firstChild;
  while (child && child.nodeType !== 1 && child.nodeType !== 3) child = child.nextSibling;
  if (!child) return `${out}/>`;
  out += ">";
  for (; child; child = child.nextSibling) out += write(child, false);
  return `${out}</${name}>`;
}
function svgContainer() {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  return document.body;
}
function blueprintSvg(service, report, options = {}) {
  return serializeSvg(renderBlueprint(svgContainer(), service, report, options));
}
function wanderLineSvg(service, journey, options = {}) {
  return serializeSvg(renderWanderLine(svgContainer(), service, journey, options));
}
function wasteBreakdownSvg(service, report, options = {}) {
  return serializeSvg(renderWasteBreakdown(svgContainer(), service, report, options));
}
function embedJson(value) {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
function reportHtml(service, report, options) {
  if (typeof (options == null ? void 0 : options.script) !== "string" || options.script.length === 0)
    throw new TypeError("reportHtml: options.script must be the text of hukka's browser bundle (dist/viz.global.js)");
  const title = options.title ?? `${service.name ?? service.id} · hukka`;
  const script = options.script.replace(/<\/(script)/gi, "<\\/$1").replace(/<!--/g, "<\\!--");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="hukka">
<title>${escapeHtml(title)}</title>
</head>
<body style="margin:0;background:#fff">
<main id="hukka-report"></main>
<script type="application/json" id="hukka-data">${embedJson({ service, report })}<\/script>
<script>${script}<\/script>
<script>
(function () {
  performance.mark("hukka-render-start");
  var data = JSON.parse(document.getElementById("hukka-data").textContent);
  hukka.renderReport(document.getElementById("hukka-report"), data.service, data.report);
  performance.mark("hukka-ready");
  document.documentElement.setAttribute("data-hukka-ready", "");
})();
<\/script>
</body>
</html>
`;
}
const MARKS = {
  changed: { colour: colours.wander, dash: "none", label: "changed" },
  added: { colour: colours.value, dash: "7 3", label: "added by the redesign" },
  removed: { colour: colours.waste, dash: "2 3", label: "removed by the redesign" }
};
function comparisonHtml(comparison, before, after, options = {}) {
  var _a;
  const diff = serviceDiff(before, after);
  const name = ((_a = options.redesign) == null ? void 0 : _a.name) ?? "Redesign";
  const serviceName = before.name ?? before.id;
  const title = options.title ?? `${name} · ${serviceName} · hukka`;
  const beforeSvg = markedBlueprint(before, comparison.before, diff, ["changed", "removed"], `Before: ${serviceName}`);
  const afterSvg = markedBlueprint(after, comparison.after, diff, ["changed", "added"], `After: ${name}`);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="hukka">
<title>${escapeHtml(title)}</title>
<style>${css()}</style>
</head>
<body>
<main class="hukka-comparison" data-hukka="comparison">
<h1>${escapeHtml(name)}</h1>
<p class="hukka-sub">${escapeHtml(serviceName)}: what the redesign would save, per customer${comparison.before.totals ? " and per year" : ""}</p>
${figuresTable(comparison, before.currency)}
${changesList(options.redesign, diff)}
<p class="hukka-legend">${Object.keys(MARKS).map((k) => `<span><i data-kind="${k}"></i>${MARKS[k].label}</span>`).join("")}</p>
<div class="hukka-side-by-side">
<figure data-side="before"><figcaption>Before</figcaption>${beforeSvg}</figure>
<figure data-side="after"><figcaption>After</figcaption>${afterSvg}</figure>
</div>
</main>
</body>
</html>
`;
}
function markedBlueprint(service, report, diff, kinds, title) {
  const svg = renderBlueprint(svgContainer(), service, report, { title });
  const shown = (change) => kinds.includes(change);
  const mark = (selector, matches) => {
    for (const el of Array.from(svg.querySelectorAll(selector))) {
      const change = matches(el);
      if (change && shown(change)) el.setAttribute("data-changed", change);
    }
  };
  const touchpoints = new Map(diff.touchpoints.map((t) => [t.id, t.change]));
  const transitions = new Map(diff.transitions.map((t) => [JSON.stringify([t.from, t.to]), t.change]));
  const departments = new Map(diff.departments.map((d) => [d.id, d.change]));
  mark(".hukka-node[data-touchpoint]", (el) => touchpoints.get(el.getAttribute("data-touchpoint")));
  mark(
    ".hukka-link[data-from]",
    (el) => transitions.get(JSON.stringify([el.getAttribute("data-from"), el.getAttribute("data-to")]))
  );
  mark(".hukka-lane[data-department]", (el) => departments.get(el.getAttribute("data-department")));
  return serializeSvg(svg);
}
function figuresTable(comparison, currency) {
  const { before, after } = comparison;
  const b = before.expected;
  const a = after.expected;
  const number = (x, digits) => (Math.abs(x) < 0.5 * 10 ** -digits ? 0 : x).toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const money = currency ? ` (${currency})` : "";
  const rows = [
    ["time", formatMinutes(b.minutes), formatMinutes(a.minutes), formatMinutes(b.minutes - a.minutes)],
    ["minutes", number(b.minutes, 1), number(a.minutes, 1), number(b.minutes - a.minutes, 1)],
    ["waste minutes", number(b.wasteMinutes, 1), number(a.wasteMinutes, 1), number(b.wasteMinutes - a.wasteMinutes, 1)],
    ["hand-offs", number(b.handoffs, 2), number(a.handoffs, 2), number(b.handoffs - a.handoffs, 2)],
    ["ping-pongs", number(b.pingPongs, 2), number(a.pingPongs, 2), number(b.pingPongs - a.pingPongs, 2)],
    [`cost${money}`, number(b.cost, 2), number(a.cost, 2), number(b.cost - a.cost, 2)],
    [
      "flow efficiency",
      `${number(b.flowEfficiency * 100, 2)} %`,
      `${number(a.flowEfficiency * 100, 2)} %`,
      `${number((a.flowEfficiency - b.flowEfficiency) * 100, 2)} pp gained`
    ],
    [
      "failure demand",
      `${number(b.failureDemandShare * 100, 1)} %`,
      `${number(a.failureDemandShare * 100, 1)} %`,
      `${number((b.failureDemandShare - a.failureDemandShare) * 100, 1)} pp`
    ],
    ["resolved", `${number(b.resolved * 100, 1)} %`, `${number(a.resolved * 100, 1)} %`, `${number((a.resolved - b.resolved) * 100, 1)} pp gained`]
  ];
  if (before.totals && after.totals) {
    const hb = b.minutes * before.totals.customers / 60;
    const ha = a.minutes * after.totals.customers / 60;
    rows.push(
      [`hours per year (${number(before.totals.customers, 0)} customers)`, number(hb, 0), number(ha, 0), number(hb - ha, 0)],
      ["waste hours per year", number(before.totals.wasteHours, 0), number(after.totals.wasteHours, 0), number(before.totals.wasteHours - after.totals.wasteHours, 0)]
    );
  }
  const cells = (row, tag) => row.map((c) => `<${tag}>${escapeHtml(c)}</${tag}>`).join("");
  return `<table class="hukka-figures">
<thead><tr>${cells(["per customer", "before", "after", "saving"], "th")}</tr></thead>
<tbody>${rows.map((r2) => `<tr>${cells(r2, "td")}</tr>`).join("\n")}</tbody>
</table>`;
}
function changesList(redesign, diff) {
  const items = redesign ? redesign.changes.map(
    (c, i) => `<li>${escapeHtml(changeLabel(c, i))}${c.note ? `<br><span class="hukka-note">${escapeHtml(c.note)}</span>` : ""}</li>`
  ) : [
    ...diff.touchpoints.map((t) => `<li>touchpoint ${escapeHtml(t.id)}: ${t.change}</li>`),
    ...diff.transitions.map((t) => `<li>transition ${escapeHtml(t.from)} → ${escapeHtml(t.to)}: ${t.change}</li>`),
    ...diff.departments.map((d) => `<li>department ${escapeHtml(d.id)}: ${d.change}</li>`)
  ];
  if (items.length === 0) return `<p>The redesign changes nothing.</p>`;
  const description = (redesign == null ? void 0 : redesign.description) ? `<p>${escapeHtml(redesign.description)}</p>` : "";
  return `<section class="hukka-changes"><h2>What changes</h2>${description}<ol>${items.join("\n")}</ol></section>`;
}
function css() {
  const marks = Object.entries(MARKS).map(
    ([k, m]) => `
.hukka-node[data-changed="${k}"] .hukka-node-box{stroke:${m.colour};stroke-width:4;stroke-dasharray:${m.dash}}
.hukka-link[data-changed="${k}"]{stroke:${m.colour};stroke-opacity:1;stroke-dasharray:${m.dash}}
.hukka-lane[data-changed="${k}"]>rect{stroke:${m.colour};stroke-width:3;stroke-dasharray:${m.dash}}
.hukka-legend i[data-kind="${k}"]{border-top:4px ${m.dash === "none" ? "solid" : "dashed"} ${m.colour}}`
  ).join("");
  return `
body{margin:0;background:#fff;color:${colours.ink};font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
.hukka-comparison{max-width:1800px;margin:0 auto;padding:20px 24px 40px}
h1{font-size:24px;margin:0 0 2px}
h2{font-size:17px;margin:0 0 6px}
.hukka-sub{color:${colours.muted};margin:0 0 14px}
.hukka-figures{border-collapse:collapse;margin:0 0 18px;font-variant-numeric:tabular-nums}
.hukka-figures th,.hukka-figures td{padding:4px 12px;border-bottom:1px solid ${colours.rule};text-align:right}
.hukka-figures th:first-child,.hukka-figures td:first-child{text-align:left}
.hukka-changes ol{margin:0 0 14px;padding-left:22px}
.hukka-note{color:${colours.muted}}
.hukka-legend{display:flex;flex-wrap:wrap;gap:16px;font-size:13px}
.hukka-legend span{display:inline-flex;align-items:center;gap:6px}
.hukka-legend i{display:inline-block;width:26px;height:0}
.hukka-side-by-side{display:grid;grid-template-columns:1fr 1fr;gap:16px}
@media (max-width:1000px){.hukka-side-by-side{grid-template-columns:1fr}}
figure{margin:0;border:1px solid ${colours.rule};border-radius:8px;padding:8px;overflow:auto}
figcaption{font-weight:650;margin:0 0 6px}
figure svg{display:block;width:100%;height:auto}${marks}
`;
}
export {
  BLUEPRINT_LAYOUT_DEFAULTS,
  REPORT_DEFAULTS,
  WANDER_LINE_LAYOUT_DEFAULTS,
  WASTE_BREAKDOWN_LAYOUT_DEFAULTS,
  blueprintSvg,
  colours,
  comparisonHtml,
  drawBlueprint,
  drawWanderLine,
  drawWasteBreakdown,
  embedJson,
  fitText,
  formatMinutes,
  journeyMarks,
  layoutBlueprint,
  layoutWanderLine,
  layoutWasteBreakdown,
  renderBlueprint,
  renderReport,
  renderWanderLine,
  renderWasteBreakdown,
  reportHtml,
  serializeSvg,
  textWidth,
  touchpointColumns,
  wanderLineSvg,
  wasteBreakdownSvg,
  xmlAttribute,
  xmlText
};
