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
export const USAGE = defineRule("figure.usage", "warning", "Number usage errors (GB/T 15835): 约…左右, 超过…以上, 降低…倍, mixed Arabic and Chinese numerals, 3千万, 百分之5, 二0三五年, 2021-2025年, 三、四十.");

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

/**
 * Time and comparison words the period reader does not resolve (5月份, 全年,
 * 前三季度, 累计, 每年, 同比/环比): two figures are only the same statement when
 * their sentences say the same of these.
 */
const TIME_WORDS = /[0-9０-９一二三四五六七八九十]+(?:[—–\-~～至到][0-9０-９一二三四五六七八九十]+)?月份?|前?[一二三四1-4]季度|[上下]半年|全年|年初|年末|年底|同期|同比|环比|比上年|比年初|比上月|累计|每年|期间|以来/g;
/** A figure after these in its sentence is a part (其中), one of several (分别) or a share of something (占…比重). */
const NOT_A_RESTATEMENT = /其中|分别|占|比重|之比|比例/;

/** What ends a sentence for the figure checks, looking forwards (findSentenceEnd) or back (sentenceBefore). */
const SENTENCE_BREAKS = "。；;！？!?\n\r";

function sentenceBefore(text: string, at: number): string {
  let i = at;
  while (i > 0 && !SENTENCE_BREAKS.includes(text[i - 1])) i--;
  return text.slice(i, at);
}

/**
 * figure.conflict: one indicator, one period, two values. Only for indicators
 * Lexicon knows (the built-in list and the target table's names): a metric
 * read from free text (出生人口 → 人口, 年度目标) is too often a different thing.
 */
export function checkConflicts(figures: Figure[], text: string, isKnownMetric: (metric: string) => boolean): Finding[] {
  const out: Finding[] = [];
  const seen = new Map<string, Figure[]>();
  for (const f of figures) {
    const period = periodKey(f.period);
    // Both ends of 从A增长到B are skipped: a period named before A (由2019年的A增加到目前的B) is A's, not B's.
    if (!f.metric || !period || f.role || f.kind === "doubling" || f.dimension === "none" || !isKnownMetric(f.metric)) continue;
    const before = sentenceBefore(text, f.span.start);
    if (NOT_A_RESTATEMENT.test(before)) continue;
    const when = [...new Set(before.match(TIME_WORDS) ?? [])].sort().join(",");
    const key = [f.metric, f.aspect, f.direction, f.average, f.goal, f.kind, f.dimension, period, when].join("|");
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
      // 下降2.1个百分点 states -2.1.
      const diff: [number, number] = [interval(b)[0] - interval(a)[1], interval(b)[1] - interval(a)[0]];
      const stated = interval(c).map((x) => x * c.direction).sort((x, y) => x - y) as [number, number];
      const change = b.value - a.value;
      if (!overlaps(diff, stated)) out.push(arith(c, `从${a.text}到${b.text}${change < 0 ? "下降" : "提高"}${round(Math.abs(change))}个百分点，此处为“${c.text}”。`, a));
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
    // Parts count the same things as the total: 机构212家，其中公办78家，床位3000张 — the beds are not institutions;
    // and a limit (控制在债务限额1152亿元以内) is not a part.
    const parts = figures.filter((f) => f.span.start > partsStart && f.span.end <= sentenceEnd && f.kind === "amount" && f.aspect === "level" && f.dimension === total.dimension && !f.role && sameThing(f, total) && f.bound !== "upper" && f.bound !== "lower");
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

/** For counts, the classifier must agree (家 and 张 are both counts); other dimensions are one kind of thing. */
function sameThing(a: Figure, b: Figure): boolean {
  const classifier = (u: string) => u.replace(/^[十百千万亿多余]+/, "");
  return a.dimension !== "count" || classifier(a.unit) === classifier(b.unit);
}

function findSentenceEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (SENTENCE_BREAKS.includes(text[i])) return i;
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
  for (const p of model.paragraphs) out.push(...usageInText(p.text, p.span.start));
  return out;
}

/** 3千万, 6亿2千5百万, 5百个: 千 and 百 never follow Arabic digits (万 and 亿 may). 千米, 千克, 千瓦 are units. */
const DIGIT_RUN = /(?:[0-9０-９]+(?:[.．][0-9０-９]+)?[十百千万亿]*)+/g;
const DIGIT_THEN_MAGNITUDE = /[0-9０-９](?:[百千](?![米克瓦伏帕焦兆卡赫])|十[万亿])/;
const PERCENT_WORDS = /百分之([0-9０-９]+(?:[.．][0-9０-９]+)?)/g;
/** 二0二五年: a year in Chinese numerals writes zero as 〇. */
const ZERO_IN_YEAR = /(?<![0-9０-９〇○零一二三四五六七八九])(?=[〇○零一二三四五六七八九0０]*[0０])(?=[0０]*[〇○零一二三四五六七八九])[〇○零一二三四五六七八九0０]{4}(?=年)/g;
/** 1998年-2005年: a range of years takes 一字线 (—) or 至, not a hyphen. */
const YEAR_RANGE_HYPHEN = /(?<![0-9０-９])[0-9０-９]{4}年?(\s*[-－‐]\s*)[0-9０-９]{4}年/g;
/** 三、四十家: neighbouring numerals of an estimate take no 顿号. */
const ESTIMATE_WITH_DUN = /([一二三四五六七八])、([二三四五六七八九])(?=[十百千万])/g;

function usageFinding(start: number, end: number, message: string, newText: string, editStart = start, editEnd = end): Finding {
  return {
    code: USAGE.code,
    severity: USAGE.severity,
    span: { start, end },
    message,
    fixes: [{ title: `改为“${newText}”`, edits: [{ span: { start: editStart, end: editEnd }, newText }], safe: false, preferred: true }],
  };
}

/** Reads 6亿2千5百万 (Arabic digits with Chinese magnitudes) and writes it the GB/T 15835 way: 6.25亿. */
function arabicWithMagnitudes(s: string): string | undefined {
  const SMALL: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
  let yi = 0;
  let wan = 0;
  let section = 0;
  for (const m of s.matchAll(/([0-9０-９]+(?:[.．][0-9０-９]+)?)?([十百千万亿])?/g)) {
    if (!m[0]) continue;
    const n = m[1] ? parseArabic(m[1])?.value : undefined;
    const mag = m[2];
    if (mag === "亿") {
      yi = (yi + wan * 1e4 + section + (n ?? 0)) * 1e8;
      wan = section = 0;
    } else if (mag === "万") {
      wan += section + (n ?? 0);
      section = 0;
    } else if (mag) section += (n ?? 1) * SMALL[mag];
    else if (n !== undefined) section += n;
  }
  const total = yi + wan * 1e4 + section;
  if (!Number.isFinite(total) || total <= 0) return undefined;
  const fmt = (x: number) => String(Number(x.toPrecision(12)));
  if (s.includes("亿") && total >= 1e8) return `${fmt(total / 1e8)}亿`;
  if (s.includes("万") && total >= 1e4) return `${fmt(total / 1e4)}万`;
  return fmt(total);
}

function usageInText(text: string, base: number): Finding[] {
  const out: Finding[] = [];
  if (/[万亿]/.test(text)) {
    for (const m of text.matchAll(MIXED)) {
      const head = m[0].slice(0, m[0].length - m[1].length - m[2].length);
      const whole = parseArabic(head)?.value;
      const tail = parseChineseNumber(m[2])?.value;
      if (whole === undefined || tail === undefined) continue;
      const unit = m[1] === "万" ? 1e4 : 1e8;
      const fixed = `${Number((whole + tail / unit).toPrecision(12))}${m[1]}`;
      out.push(usageFinding(base + m.index!, base + m.index! + m[0].length, `“${m[0]}”：阿拉伯数字与汉字数字混用，应写作“${fixed}”。`, fixed));
    }
  }
  if (/[0-9０-９][百千十]/.test(text)) {
    for (const m of text.matchAll(DIGIT_RUN)) {
      if (!DIGIT_THEN_MAGNITUDE.test(m[0] + text.charAt(m.index! + m[0].length))) continue;
      const fixed = arabicWithMagnitudes(m[0]);
      if (!fixed || fixed === m[0]) continue;
      out.push(usageFinding(base + m.index!, base + m.index! + m[0].length, `“${m[0]}”：阿拉伯数字后不能用“千”“百”，应写作“${fixed}”。`, fixed));
    }
  }
  if (text.includes("百分之")) {
    for (const m of text.matchAll(PERCENT_WORDS)) out.push(usageFinding(base + m.index!, base + m.index! + m[0].length, `“${m[0]}”：百分数用阿拉伯数字时写作“${m[1]}%”。`, `${m[1]}%`));
  }
  // Each pattern runs only where its characters occur: this is read on every edit.
  if (/[〇○零一二三四五六七八九][0０]|[0０][〇○零一二三四五六七八九]/.test(text)) for (const m of text.matchAll(ZERO_IN_YEAR)) {
    const fixed = m[0].replace(/[0０]/g, "〇");
    out.push(usageFinding(base + m.index!, base + m.index! + m[0].length, `“${m[0]}年”：汉字数字的年份中“0”应写作“〇”（${fixed}年）。`, fixed));
  }
  if (/[-－‐]/.test(text)) for (const m of text.matchAll(YEAR_RANGE_HYPHEN)) {
    const dash = m.index! + m[0].indexOf(m[1]);
    out.push(usageFinding(base + m.index!, base + m.index! + m[0].length, `“${m[0]}”：年份的起止用一字线“—”或“至”连接，不用短横线。`, "—", base + dash, base + dash + m[1].length));
  }
  if (text.includes("、")) for (const m of text.matchAll(ESTIMATE_WITH_DUN)) {
    if (m[2].charCodeAt(0) !== NEXT_NUMERAL.get(m[1])) continue;
    out.push(usageFinding(base + m.index!, base + m.index! + m[0].length, `“${m[0]}”：相邻数字连用表示概数，中间不用顿号，应写作“${m[1]}${m[2]}”。`, `${m[1]}${m[2]}`));
  }
  return out;
}

const NUMERALS = "一二三四五六七八九";
const NEXT_NUMERAL = new Map([...NUMERALS].slice(0, -1).map((c, i) => [c, NUMERALS.charCodeAt(i + 1)]));
