function probabilitySource(transitions) {
  if (transitions.every((t) => typeof t.probability === "number")) return "probability";
  if (transitions.every((t) => typeof t.volume === "number") && transitions.some((t) => t.volume > 0)) return "volume";
  return "uniform";
}
function probabilitySplit(service) {
  const { transitions } = service;
  const m = transitions.length;
  const groupOf = new Int32Array(m);
  const groupIds = [];
  const groupIndex = /* @__PURE__ */ new Map();
  let lastFrom;
  let g = -1;
  for (let k = 0; k < m; k++) {
    const from = transitions[k].from;
    if (from !== lastFrom) {
      lastFrom = from;
      let found = groupIndex.get(from);
      if (found === void 0) {
        found = groupIds.length;
        groupIds.push(from);
        groupIndex.set(from, found);
      }
      g = found;
    }
    groupOf[k] = g;
  }
  const start = new Int32Array(groupIds.length + 1);
  for (let k = 0; k < m; k++) start[groupOf[k] + 1]++;
  for (let h = 0; h < groupIds.length; h++) start[h + 1] += start[h];
  const fill = start.slice(0, groupIds.length);
  const members = new Int32Array(m);
  for (let k = 0; k < m; k++) members[fill[groupOf[k]]++] = k;
  const probabilities = new Array(m).fill(0);
  const uniform = [];
  const exits = [];
  for (let h = 0; h < groupIds.length; h++) {
    exits.length = 0;
    for (let j = start[h]; j < start[h + 1]; j++) exits.push(transitions[members[j]]);
    const source = probabilitySource(exits);
    let total = 0;
    for (const t of exits) total += t.volume ?? 0;
    for (let j = 0; j < exits.length; j++) {
      const t = exits[j];
      probabilities[members[start[h] + j]] = source === "probability" ? t.probability : source === "volume" ? t.volume / total : 1 / exits.length;
    }
    if (source === "uniform" && exits.length > 1) uniform.push({ id: groupIds[h], count: exits.length });
  }
  return { probabilities, uniform };
}
function wanderMetrics(touchpoints, departments) {
  const runs = [];
  for (let i = 0; i < departments.length; i++) {
    const d = departments[i];
    if (d === null || d === void 0) continue;
    if (runs.length === 0 || runs[runs.length - 1] !== d) runs.push(d);
  }
  let pingPongs = 0;
  for (let i = 0; i + 2 < runs.length; i++) if (runs[i] === runs[i + 2]) pingPongs++;
  return {
    departments: runs,
    handoffs: Math.max(0, runs.length - 1),
    pingPongs,
    revisits: runs.length - new Set(runs).size,
    repeats: touchpoints.length - new Set(Array.from(touchpoints)).size
  };
}
function changeLabel(change, index) {
  return `changes[${index}] (${change.op} ${changeSubject(change)})`;
}
function changeSubject(change) {
  switch (change.op) {
    case "remove-step":
    case "set-step":
      return `${change.touchpoint} / ${JSON.stringify(change.step)}`;
    case "merge-departments":
      return `${change.departments.join(" + ")} → ${change.into}`;
    case "set-transition":
      return `${change.from} → ${change.to}`;
  }
}
function serviceDiff(before, after) {
  return {
    touchpoints: diffBy(before.touchpoints, after.touchpoints, (t) => t.id).map(([id, change]) => ({ id, change })),
    transitions: diffBy(before.transitions, after.transitions, (t) => JSON.stringify([t.from, t.to])).map(
      ([key, change]) => {
        const [from, to] = JSON.parse(key);
        return { from, to, change };
      }
    ),
    departments: diffBy(before.departments, after.departments, (d) => d.id).map(([id, change]) => ({ id, change }))
  };
}
function diffBy(before, after, key) {
  const a = new Map(after.map((item) => [key(item), item]));
  const b = new Map(before.map((item) => [key(item), item]));
  const diff = [];
  for (const [k, item] of b) {
    if (!a.has(k)) diff.push([k, "removed"]);
    else if (!sameData(item, a.get(k))) diff.push([k, "changed"]);
  }
  for (const k of a.keys()) if (!b.has(k)) diff.push([k, "added"]);
  return diff;
}
function sameData(x, y) {
  if (x === y) return true;
  if (typeof x !== "object" || typeof y !== "object" || x === null || y === null) return false;
  if (Array.isArray(x) !== Array.isArray(y)) return false;
  const kx = Object.keys(x).filter((k) => x[k] !== void 0);
  const ky = Object.keys(y).filter((k) => y[k] !== void 0);
  if (kx.length !== ky.length) return false;
  return kx.every((k) => Object.hasOwn(y, k) && sameData(x[k], y[k]));
}
export {
  probabilitySplit as a,
  changeLabel as c,
  probabilitySource as p,
  serviceDiff as s,
  wanderMetrics as w
};
