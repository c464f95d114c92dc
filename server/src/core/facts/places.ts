/**
 * fact.place: place names against China's administrative divisions
 * (./divisions.ts). Only a direct hierarchy is judged — a province written
 * right before a prefecture or county (湖南省宜昌市), a prefecture right before a
 * county (宜昌市恩施市) — never places in a list (湖北、湖南) or two places of a
 * sentence. Also a province-level unit given the wrong type (广西省, 重庆省),
 * the peoples of an autonomous prefecture or county in the wrong order, and a
 * county renamed or merged (撤县设区) in a draft dated after the change.
 */
import type { Finding } from "../findings";
import { defineRule } from "../findings";
import type { DocumentModel } from "../document/model";
import { parsePackDate, surelyOnOrAfter, type DocumentDate } from "../document/date";
import { divisions, PEOPLES, prefectureOf, provinceOf, within, type Division } from "./divisions";
import { RENAMED, type Renamed } from "./renamed";

export const FACT_PLACE = defineRule("fact.place", "warning", "A place put under a province or prefecture it is not in (湖南省宜昌市), a province-level unit given the wrong type (广西省), the peoples of an autonomous prefecture or county in the wrong order, or a county renamed or merged before the draft's date.");

/**
 * The province-level units that are not 省, by stem (a test checks this against the
 * data): `X省` with one of them is the wrong type, found without loading the data.
 */
const NOT_PROVINCES = ["北京", "天津", "上海", "重庆", "内蒙古", "广西", "西藏", "宁夏", "新疆", "香港", "澳门"];
/** Every province-level stem, for the cheap test whether a paragraph names a province at all. */
export const PROVINCE_STEMS = [
  "北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海", "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南",
  "重庆", "四川", "贵州", "云南", "西藏", "陕西", "甘肃", "青海", "宁夏", "新疆", "台湾", "香港", "澳门",
];
const WRONG_TYPE = new RegExp(`(${NOT_PROVINCES.join("|")})省(?!级)`, "g");
/** A paragraph worth loading the data for: a province-level name with its type, or a name ending in 市/州/盟/地区 right before one ending in 县/区/市/旗. */
const NEEDS_DATA = new RegExp(`(?:${PROVINCE_STEMS.join("|")})(?:省|市|自治区|壮族|回族|维吾尔)|[市州盟][\\u4e00-\\u9fff]{1,10}?(?:县|区|市|旗)|自治[州县旗]`);
/** Two-character names that are also common words: 城区 (the built-up area), 郊区, 矿区, 东区. */
const GENERIC = new Set(["城区", "新区", "郊区", "矿区", "东区", "西区", "南区", "北区", "市区", "林区", "市中区"]);
const END_CHARS = "省市区州盟县旗";

interface Mention {
  start: number;
  end: number;
  units: Division[];
}

/** Every full unit name in the text, by where it ends (longest first). */
function mentions(text: string): Mention[] {
  const d = divisions();
  const out: Mention[] = [];
  for (let i = 1; i < text.length; i++) {
    if (!END_CHARS.includes(text[i])) continue;
    for (let len = Math.min(d.maxNameLength, i + 1); len >= 2; len--) {
      const name = text.slice(i + 1 - len, i + 1);
      const units = d.byName.get(name);
      if (units && !GENERIC.has(name)) out.push({ start: i + 1 - len, end: i + 1, units });
    }
  }
  return out;
}

function finding(span: { start: number; end: number }, message: string, fix?: { title: string; span: { start: number; end: number }; newText: string }, severity = FACT_PLACE.severity): Finding {
  return {
    code: FACT_PLACE.code,
    severity,
    span,
    message,
    fixes: fix ? [{ title: fix.title, edits: [{ span: fix.span, newText: fix.newText }], safe: false }] : undefined,
  };
}

const isProvinceLevel = (u: Division) => u.level === "province";

/** Where a unit is: 湖北省宜昌市, 浙江省金华市义乌市. */
function describe(u: Division): string {
  const p = provinceOf(u);
  const f = prefectureOf(u);
  return [p?.name, f && f.code !== u.code ? f.name : undefined, u.name].filter(Boolean).join("");
}

function hierarchyFindings(text: string, base: number): Finding[] {
  const out: Finding[] = [];
  const ms = mentions(text);
  const byStart = new Map<number, Mention>();
  for (const m of ms) {
    const had = byStart.get(m.start);
    if (!had || had.end < m.end) byStart.set(m.start, m);
  }
  const byEnd = new Map<number, Mention>();
  for (const m of ms) {
    const had = byEnd.get(m.end);
    if (!had || had.start > m.start) byEnd.set(m.end, m);
  }
  const d = divisions();
  for (const a of byEnd.values()) {
    const parents = a.units.filter((u) => u.level !== "county");
    if (!parents.length) continue;
    let b = byStart.get(a.end);
    let stemOnly = false;
    if (!b && parents.some(isProvinceLevel)) {
      // 湖北省张家界: a prefecture's stem of three or more characters right after a province.
      for (let len = Math.min(5, text.length - a.end); len >= 3; len--) {
        const units = d.byStem.get(text.slice(a.end, a.end + len));
        if (units) {
          b = { start: a.end, end: a.end + len, units };
          stemOnly = true;
          break;
        }
      }
    }
    if (!b) continue;
    // A parent and its child: the child is one level or more below.
    const pairs = parents.flatMap((p) => b!.units.map((c) => ({ p, c })));
    const below = pairs.filter(({ p, c }) => (p.level === "province" ? c.level !== "province" : c.level === "county"));
    if (below.some(({ p, c }) => within(c, p))) continue;
    // 四川省重庆市: a municipality is no part of a province.
    const muni = b.units.find((c) => c.level === "province" && c.type === "市");
    const provinces = parents.filter((p) => p.level === "province" && p.type !== "市");
    if (muni && provinces.length && !stemOnly) {
      out.push(finding({ start: base + a.start, end: base + b.end }, `${muni.name}是直辖市，不属于${provinces[0].name}。`, { title: `删去“${provinces[0].name}”`, span: { start: base + a.start, end: base + a.end }, newText: "" }));
      continue;
    }
    if (!below.length) continue;
    const children = [...new Set(below.map(({ c }) => c))];
    const parent = below[0].p;
    const homes = children.map(describe);
    const message = `${text.slice(b.start, b.end)}不在${parent.name}：${homes.join("，")}。`;
    // One reading fits: the child is one unit, so its parent is known.
    let fix: Parameters<typeof finding>[2];
    if (children.length === 1) {
      const right = parent.level === "province" ? provinceOf(children[0]) : prefectureOf(children[0]);
      if (right && right.code !== parent.code) fix = { title: `改为“${right.name}”`, span: { start: base + a.start, end: base + a.end }, newText: right.name };
    }
    out.push(finding({ start: base + a.start, end: base + b.end }, message, fix));
  }
  return out;
}

function wrongTypeFindings(text: string, base: number): Finding[] {
  const out: Finding[] = [];
  for (const m of text.matchAll(WRONG_TYPE)) {
    const unit = divisions().all.find((u) => u.level === "province" && u.stem === m[1]);
    if (!unit) continue;
    const at = m.index!;
    out.push(finding({ start: base + at, end: base + at + m[0].length }, `${m[0]}：${m[1]}不是省，是${unit.type === "市" ? "直辖市" : unit.type}（${unit.name}）。`, { title: `改为“${unit.name}”`, span: { start: base + at, end: base + at + m[0].length }, newText: unit.name }));
  }
  return out;
}

/** 恩施苗族土家族自治州 → 恩施土家族苗族自治州: the same peoples in another order than the unit's name. */
function peoplesOrderFindings(text: string, base: number): Finding[] {
  const out: Finding[] = [];
  for (const m of text.matchAll(/自治[州县旗]/g)) {
    const at = m.index!;
    const type = m[0];
    for (const u of divisions().multiPeople) {
      if (u.type !== type) continue;
      const len = u.name.length - type.length;
      const written = text.slice(at - len, at);
      if (at - len < 0 || !written.startsWith(u.stem) || written === u.name.slice(0, len)) continue;
      const run = written.slice(u.stem.length);
      const parts = splitRun(run);
      if (!parts || parts.length !== u.peoples.length || [...parts].sort().join() !== [...u.peoples].sort().join()) continue;
      const span = { start: base + at - len, end: base + at + type.length };
      out.push(finding(span, `民族顺序有误：应为“${u.name}”。`, { title: `改为“${u.name}”`, span, newText: u.name }));
      break;
    }
  }
  return out;
}

function splitRun(run: string): string[] | undefined {
  const out: string[] = [];
  let i = 0;
  while (i < run.length) {
    let found = "";
    for (let j = Math.min(run.length, i + 5); j > i; j--) if (PEOPLES.has(run.slice(i, j))) { found = run.slice(i, j); break; }
    if (!found) return undefined;
    out.push(found);
    i += found.length;
  }
  return out;
}

/** A year in the sentence before the change: 2010年溧水县…, 2012年以前. */
function datedBefore(sentence: string, since: DocumentDate): boolean {
  for (const m of sentence.matchAll(/(?<![0-9])((?:19|20)[0-9]{2})年/g)) if (Number(m[1]) < since.year) return true;
  return false;
}

function renamedFindings(text: string, base: number, date: DocumentDate | undefined, table: Renamed[]): Finding[] {
  if (!date) return [];
  const out: Finding[] = [];
  for (const r of table) {
    for (let at = text.indexOf(r.from); at >= 0; at = text.indexOf(r.from, at + 1)) {
      const since = parsePackDate(r.date);
      if (!surelyOnOrAfter(date, since)) continue;
      if (/[原前]$/.test(text.slice(0, at))) continue;
      // A two-character name (开县, 郫县) is a place only after a break, a preposition or its parent (重庆市开县), not inside 召开县委.
      if (r.from.length === 2 && at > 0 && /[\u4e00-\u9fff]/.test(text[at - 1]) && !/[在和与及至到从的]$/.test(text.slice(0, at)) && !text.slice(0, at).endsWith(r.to.slice(0, r.to.length - r.toShort.length))) continue;
      let s = at;
      while (s > 0 && !"。！？；".includes(text[s - 1])) s--;
      let e = at;
      while (e < text.length && !"。！？；".includes(text[e])) e++;
      const sentence = text.slice(s, e);
      if (datedBefore(sentence, since) || /撤县|设区|更名|改为|撤销|原/.test(sentence)) continue;
      const span = { start: base + at, end: base + at + r.from.length };
      const [y, mo] = r.date.split("-");
      out.push(finding(span, `${r.from}已于${y}年${Number(mo)}月${r.kind}，现为${r.to}。依据：${r.source}`, { title: `改为“${r.toShort}”`, span, newText: r.toShort }, "information"));
    }
  }
  return out;
}

/** fact.place findings of a whole draft. The divisions are loaded only when a paragraph may name a place. */
export function checkPlaces(model: DocumentModel, date: DocumentDate | undefined, renamed: Renamed[] = RENAMED): Finding[] {
  const out: Finding[] = [];
  for (const p of model.paragraphs) {
    const text = p.text;
    if (NEEDS_DATA.test(text)) {
      out.push(...hierarchyFindings(text, p.span.start));
      out.push(...wrongTypeFindings(text, p.span.start));
      if (/自治[州县旗]/.test(text)) out.push(...peoplesOrderFindings(text, p.span.start));
    }
    if (date && renamed.some((r) => text.includes(r.from))) out.push(...renamedFindings(text, p.span.start, date, renamed));
  }
  // A wrong type inside a hierarchy finding (广西省南宁市) is one finding: the type.
  // One finding a place: a span inside another finding's (or the same span again) is left out.
  const inside = (f: Finding, g: Finding) => g.span.start <= f.span.start && f.span.end <= g.span.end;
  return out.filter((f, i) => !out.some((g, j) => j !== i && inside(f, g) && (!inside(g, f) || j < i))).sort((a, b) => a.span.start - b.span.start);
}
