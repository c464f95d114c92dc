/**
 * The figure checks: a metric stated twice with values that cannot both be
 * true (figure.conflict), a figure against the target table (figure.target),
 * stated relations that do not compute (figure.arithmetic), and number usage
 * (figure.usage, GB/T 15835). All are conservative: when a reading is not
 * clear, nothing is reported.
 */
import type { Finding } from "../findings";
import { defineRule } from "../findings";
import type { DocumentModel } from "../model";
import { periodKey } from "./extract";
import { parseDigitString, parseArabic, parseChineseNumber } from "./numbers";
import { matchTarget, type Target, type TargetData } from "./targets";
import type { Figure } from "./types";
import { formatBase } from "./units";

export const CONFLICT = defineRule("figure.conflict", "warning", "One metric and period stated with values that cannot both be true.");
export const TARGET = defineRule("figure.target", "warning", "A figure that contradicts the target table (.lectern/targets.json).");
export const ARITHMETIC = defineRule("figure.arithmetic", "warning", "A stated relation between figures that does not compute (增长率, 倍数, 翻番, 其中, 比重).");
export const USAGE = defineRule("figure.usage", "warning", "Number usage errors (GB/T 15835): 约…左右, 超过…以上, 降低…倍, mixed Arabic and Chinese numerals.");

/** The values a figure allows, in base units. */
export function interval(f: { value: number; tolerance: number; bound: Figure["bound"] }): [number, number] {
  const v = f.value;
  const t = f.tolerance;
  switch (f.bound) {
    case "exact":
      return [v - t, v + t];
    case "approx":
      return [v - Math.abs(v) * 0.1 - t, v + Math.abs(v) * 0.1 + t];
    case "near":
      return [v - Math.abs(v) * 0.1 - t, v + t];
    case "lower":
      return [v - t, Infinity];
    case "more":
      return [v, v + 2 * t];
    case "upper":
      return [-Infinity, v + t];
  }
}

const EPS = 1e-9;
const overlaps = (a: [number, number], b: [number, number]) => a[0] <= b[1] * (1 + EPS) + EPS && b[0] <= a[1] * (1 + EPS) + EPS;

function finding(rule: { code: string; severity: Finding["severity"] }, f: { span: Finding["span"] }, message: string, extra: Partial<Finding> = {}): Finding {
  return { code: rule.code, severity: rule.severity, span: f.span, message, ...extra };
}

function describePeriod(f: Figure): string {
  if (!f.period) return "";
  if (f.period.year !== undefined) return `${f.period.year}年${f.period.part ?? ""}`;
  return f.period.label;
}

export function checkConflicts(figures: Figure[]): Finding[] {
  const out: Finding[] = [];
  const seen = new Map<string, Figure[]>();
  for (const f of figures) {
    const period = periodKey(f.period);
    // Both ends of 从A增长到B are skipped: a period named before A (由2019年的A增加到目前的B) is A's, not B's.
    if (!f.metric || !period || f.role || f.kind === "doubling" || f.dimension === "none") continue;
    const key = [f.metric, f.aspect, f.direction, f.average, f.goal, f.kind, f.dimension, period].join("|");
    const earlier = seen.get(key);
    if (!earlier) {
      seen.set(key, [f]);
      continue;
    }
    const other = earlier.find((e) => !overlaps(interval(e), interval(f)));
    if (other) {
      out.push(finding(CONFLICT, f, `${describePeriod(f)}“${f.metric}”前后不一致：此处为“${f.text}”，前文为“${other.text}”（第${other.line + 1}行）。`, {
        related: [{ span: other.span, message: `前文：“${other.text}”` }],
      }));
    }
    earlier.push(f);
  }
  return out;
}

export function describeTarget(t: Target): string {
  const year = t.entry.year !== undefined ? `${t.entry.year}年` : "";
  return `${year}${t.entry.metric} ${t.entry.value}${t.entry.unit}${t.entry.source ? `（${t.entry.source}）` : ""}`;
}

export function checkTargets(figures: Figure[], data: TargetData | undefined): Finding[] {
  const out: Finding[] = [];
  for (const f of figures) {
    const t = matchTarget(f, data);
    if (!t) continue;
    const value = f.direction === -1 && t.value > 0 && f.aspect === "change" ? t.value : Math.abs(t.value);
    if (overlaps(interval(f), [value - t.tolerance, value + t.tolerance])) continue;
    const how = f.bound === "lower" || f.bound === "more" ? "（下限）" : f.bound === "upper" ? "（上限）" : "";
    out.push(finding(TARGET, f, `与目标表不符：“${f.text}”${how}，目标表为 ${describeTarget(t)}。`));
  }
  return out;
}

/** The ratio B/A that a from/to pair allows. */
function ratioRange(a: Figure, b: Figure): [number, number] | undefined {
  const ia = interval(a);
  const ib = interval(b);
  if (!Number.isFinite(ia[0] + ia[1] + ib[0] + ib[1]) || ia[0] <= 0) return undefined;
  return [ib[0] / ia[1], ib[1] / ia[0]];
}

function checkFromTo(figures: Figure[]): Finding[] {
  const out: Finding[] = [];
  for (let i = 0; i + 2 < figures.length; i++) {
    const a = figures[i];
    const b = figures[i + 1];
    const c = figures[i + 2];
    if (!b || !c || a.role !== "from" || b.role !== "to" || a.line !== b.line || c.line !== b.line) continue;
    // 年均增长 compounds over a span the sentence rarely states: not checked against the total change.
    if (a.dimension !== b.dimension || c.role || c.aspect !== "change" || c.average) continue;
    // The stated change must follow in the same sentence, with nothing else between.
    const between = c.span.start - b.span.end;
    if (between > 12) continue;
    if (c.kind === "points" && a.kind === "percent") {
      const diff: [number, number] = [interval(b)[0] - interval(a)[1], interval(b)[1] - interval(a)[0]];
      if (!overlaps(diff, interval(c))) out.push(arith(c, `从${a.text}到${b.text}应为${round((b.value - a.value))}个百分点，此处为“${c.text}”。`, a));
      continue;
    }
    if (a.kind !== "amount" && a.kind !== "percent") continue;
    const r = ratioRange(a, b);
    if (!r) continue;
    const computed = b.value / a.value;
    if (c.kind === "percent") {
      const growth: [number, number] = [(r[0] - 1) * 100 * c.direction, (r[1] - 1) * 100 * c.direction].sort((x, y) => x - y) as [number, number];
      if (!overlaps(growth, interval(c))) out.push(arith(c, `从${a.text}到${b.text}，${c.direction < 0 ? "下降" : "增长"}应为${round(Math.abs(computed - 1) * 100)}%，此处为“${c.text}”。`, a));
    } else if (c.kind === "multiple") {
      // 增长1.5倍 means B = 2.5A; 增长到1.5倍 (a level) means B = 1.5A.
      const stated = interval(c).map((x) => (c.aspect === "change" ? x + 1 : x)) as [number, number];
      if (!overlaps(r, stated)) out.push(arith(c, `从${a.text}到${b.text}是原来的${round(computed)}倍（增长${round(computed - 1)}倍），此处为“${c.text}”。`, a));
    } else if (c.kind === "doubling") {
      const times = Math.log2(c.value);
      const allowed: [number, number] = c.bound === "more" ? [c.value, Math.pow(2, times + 1)] : [c.value * 0.9, c.value * 1.5];
      if (!overlaps(r, allowed)) out.push(arith(c, `从${a.text}到${b.text}是原来的${round(computed)}倍，不是“${c.text}”（${c.value}倍）。`, a));
    }
  }
  return out;
}

function arith(f: Figure, message: string, other?: Figure): Finding {
  return finding(ARITHMETIC, f, message, other ? { related: [{ span: other.span, message: `基数：“${other.text}”` }] } : {});
}

function round(x: number): string {
  return String(Number(x.toPrecision(3)));
}

const N_YEARS_DOUBLING = /([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})年(?:再|内|时间)?翻(?:了)?(一|两|二|三|四|[1-4])番/g;
const SPAN_DOUBLING = /(?:到|至)([0-9０-９]{4}|[〇零一二三四五六七八九]{4})年[^。；;！？]{0,40}?在([0-9０-９]{4}|[〇零一二三四五六七八九]{4})年的?基础上[^。；;，,！？]{0,20}?翻(?:了)?(一|两|二|三|四|[1-4])番/g;

const timesOf = (s: string) => (s === "两" ? 2 : parseDigitString(s));
const countOf = (s: string) => parseArabic(s)?.value ?? parseChineseNumber(s)?.value;

/** 五年翻一番，即到2027年在2020年的基础上翻一番: the span says seven years. */
function checkDoublingSpans(model: DocumentModel): Finding[] {
  const out: Finding[] = [];
  for (const p of model.paragraphs) {
    if (!p.text.includes("番")) continue;
    const claims = [...p.text.matchAll(N_YEARS_DOUBLING)].map((m) => ({ at: m.index!, end: m.index! + m[0].length, years: countOf(m[1]), times: timesOf(m[2]), text: m[0] }));
    if (!claims.length) continue;
    for (const m of p.text.matchAll(SPAN_DOUBLING)) {
      const to = parseDigitString(m[1]);
      const from = parseDigitString(m[2]);
      const times = timesOf(m[3]);
      if (!to || !from || !times) continue;
      // The nearest earlier claim of the same doubling is the one this span spells out.
      const claim = claims.filter((c) => c.end <= m.index! && c.times === times).pop();
      if (!claim || claim.years === undefined || claim.years === to - from) continue;
      const base = p.span.start;
      out.push({
        code: ARITHMETIC.code,
        severity: ARITHMETIC.severity,
        span: { start: base + m.index!, end: base + m.index! + m[0].length },
        message: `“${claim.text}”与所述时段不符：${from}年到${to}年是${to - from}年，不是${claim.years}年。`,
        related: [{ span: { start: base + claim.at, end: base + claim.end }, message: `“${claim.text}”` }],
      });
    }
  }
  return out;
}

/** 完成投资52.3亿元，其中工业投资30亿元、基础设施投资25亿元: the parts exceed the total. */
function checkParts(model: DocumentModel, figures: Figure[]): Finding[] {
  const out: Finding[] = [];
  const text = model.text;
  for (let i = 0; i < figures.length; i++) {
    const total = figures[i];
    if (total.kind !== "amount" || total.aspect !== "level" || total.role || total.bound === "lower" || total.bound === "more") continue;
    const sentenceEnd = findSentenceEnd(text, total.span.end);
    const rest = text.slice(total.span.end, sentenceEnd);
    const q = rest.indexOf("其中");
    if (q < 0 || /[0-9０-９]/.test(rest.slice(0, q)) || q > 6) continue;
    const partsStart = total.span.end + q;
    const parts = figures.filter((f) => f.span.start > partsStart && f.span.end <= sentenceEnd && f.kind === "amount" && f.aspect === "level" && f.dimension === total.dimension && !f.role);
    if (!parts.length) continue;
    // Rounding as written: the parts' smallest values against the total's largest.
    const sum = parts.reduce((s, f) => s + Math.max(0, interval(f)[0]), 0);
    const stated = parts.reduce((s, f) => s + f.value, 0);
    const max = interval(total)[1];
    if (sum > max * (1 + EPS)) {
      const one = parts.find((f) => interval(f)[0] > max);
      out.push(finding(ARITHMETIC, one ?? parts[parts.length - 1], one
        ? `分项“${one.text}”大于总数“${total.text}”。`
        : `“其中”各项合计${formatBase(stated, parts[0].dimension as never)}，超过总数“${total.text}”。`, {
        related: [{ span: total.span, message: `总数：“${total.text}”` }],
      }));
    }
  }
  return out;
}

function findSentenceEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if ("。；;！？!?\n\r".includes(text[i])) return i;
  return text.length;
}

const SHARE = /(比重|占比|份额|比例|城镇化率|覆盖率|普及率|参保率|失业率|达标率|优良率|合格率|入学率|满意率|满意度|覆盖面)$/;

function checkShares(figures: Figure[]): Finding[] {
  return figures
    .filter((f) => f.kind === "percent" && f.aspect === "level" && f.bound !== "upper" && f.metric && SHARE.test(f.metric) && interval(f)[0] > 100)
    .map((f) => finding(ARITHMETIC, f, `“${f.metric}”是占比，不能超过100%，此处为“${f.text}”。`));
}

export function checkArithmetic(model: DocumentModel, figures: Figure[]): Finding[] {
  return [...checkFromTo(figures), ...checkDoublingSpans(model), ...checkParts(model, figures), ...checkShares(figures)];
}

const MIXED = /[0-9０-９]+(?:[.．][0-9０-９]+)?([万亿])([零〇一二两三四五六七八九][十百千][零〇一二两三四五六七八九十百千]*)/g;

export function checkUsage(model: DocumentModel, figures: Figure[]): Finding[] {
  const out: Finding[] = [];
  for (const f of figures) {
    const q = f.qualifiers;
    const dropSuffix = (word: string, message: string) => {
      const at = f.span.start + f.text.lastIndexOf(word);
      out.push(finding(USAGE, f, message, {
        fixes: [{ title: `删去“${word}”`, edits: [{ span: { start: at, end: at + word.length }, newText: "" }], safe: true, preferred: true }],
      }));
    };
    // The qualifier may stand a few words before the number (最少培训500人以上).
    const lead = model.text.slice(Math.max(0, f.span.start - 8), f.span.start).split(/[，,。；;：:、！？]/).pop() ?? "";
    const leadWord = /(大约|约)/.exec(lead)?.[1];
    const overWord = /(超过|逾|突破|最少|至少|不少于|不低于)/.exec(lead)?.[1];
    const approxWord = q.find((w) => w === "约" || w === "大约" || w === "约为") ?? leadWord;
    const lowerWord = q.find((w) => ["超过", "超", "逾", "突破", "最少", "至少", "不少于", "不低于"].includes(w)) ?? overWord;
    if (approxWord && (q.includes("左右") || q.includes("上下"))) {
      const suffix = q.includes("左右") ? "左右" : "上下";
      dropSuffix(suffix, `“${f.text}”：“${approxWord}”与“${suffix}”语义重复，只用其一。`);
    } else if (lowerWord && q.includes("以上")) {
      dropSuffix("以上", `“${f.text}”：“${lowerWord}”与“以上”语义重复，只用其一。`);
    }
    if (f.kind === "multiple" && f.aspect === "change" && f.direction === -1) {
      out.push(finding(USAGE, f, `“${f.text}”：减少、降低不能用倍数表示，应改用百分数或“减少到原来的几分之几”。`));
    }
  }
  for (const p of model.paragraphs) {
    if (!/[万亿]/.test(p.text)) continue;
    for (const m of p.text.matchAll(MIXED)) {
      const head = m[0].slice(0, m[0].length - m[1].length - m[2].length);
      const whole = parseArabic(head)?.value;
      const tail = parseChineseNumber(m[2])?.value;
      if (whole === undefined || tail === undefined) continue;
      const unit = m[1] === "万" ? 1e4 : 1e8;
      const fixed = `${Number((whole + tail / unit).toPrecision(12))}${m[1]}`;
      const start = p.span.start + m.index!;
      out.push({
        code: USAGE.code,
        severity: USAGE.severity,
        span: { start, end: start + m[0].length },
        message: `“${m[0]}”：阿拉伯数字与汉字数字混用，应写作“${fixed}”。`,
        fixes: [{ title: `改为“${fixed}”`, edits: [{ span: { start, end: start + m[0].length }, newText: fixed }], safe: false, preferred: true }],
      });
    }
  }
  return out;
}
