/** figure.arithmetic: stated relations between figures that do not compute (增长率, 倍数, 翻番, 其中, 比重). */
import { defineRule, type Finding } from "../../findings";
import type { DocumentModel } from "../../document/model";
import { parseArabic, parseChineseNumber, parseDigitString } from "../numbers";
import type { Figure } from "../types";
import { formatBase } from "../units";
import { EPS, findSentenceEnd, finding, interval, listedNext, overlaps, round, sameUnit } from "./shared";
import { checkProgress, checkRatioStrings, checkShareOfTotal, checkRate, isComparisonBase } from "./relations";
import { checkColonParts, checkShareOfEarlierTotal } from "./totals";
import { checkSurveyRest } from "./survey-rest";

export const ARITHMETIC = defineRule("figure.arithmetic", "warning", "A stated relation between figures that does not compute (增长率, 倍数, 翻番, 其中, 比重).");

/** The ratio B/A that a from/to pair allows. */
function ratioRange(a: Figure, b: Figure): [number, number] | undefined {
  const ia = interval(a);
  const ib = interval(b);
  if (!Number.isFinite(ia[0] + ia[1] + ib[0] + ib[1]) || ia[0] <= 0) return undefined;
  return [ib[0] / ia[1], ib[1] / ia[0]];
}

/** 是原来的2倍, 为去年的1.5倍: a multiple of the old value itself, not of something else (全省平均水平的2倍). */
const OF_THE_OLD = /^[，,]?(?:是|为|相当于)(?:原来|过去|去年|上年|[0-9０-９]{4}年)的$/;

function checkFromTo(model: DocumentModel, figures: Figure[]): Finding[] {
  const out: Finding[] = [];
  for (let i = 0; i + 1 < figures.length; i++) {
    const a = figures[i];
    const b = figures[i + 1];
    if (!b || a.role !== "from" || b.role !== "to" || a.line !== b.line) continue;
    // (规模翻了三番，从当初的2台增加到今天的12台。: the change may stand before the values, and nothing after them.)
    const first = i > 0 ? figures[i - 1] : undefined;
    if (first && first.line === a.line && !first.role && (first.kind === "doubling" || (first.aspect === "change" && (first.kind === "percent" || first.kind === "multiple"))) && /^[，,：:]\s*(?:从|由)[^，,。；;！？]{0,12}$/.test(model.text.slice(first.span.end, a.span.start))) {
      const g = changeFinding(a, b, { ...first }, first.span.start);
      if (g) out.push(g);
      continue;
    }
    let c = figures[i + 2];
    if (!c || c.line !== b.line) continue;
    // 从186.4万人增加到213.7万人，增加了27.3万人，增长16.4%: the increment, then the rate.
    let after = Math.max(a.span.end, b.span.end);
    const d = figures[i + 3];
    if (c.kind === "amount" && c.aspect === "change" && !c.role && d && d.line === c.line && d.kind === "percent" && /^[，,、]\s*(?:同比|比[^，,。；;]{0,6})?(?:增长|下降|提高|减少|降低|精简|削减|缩减|压减)了?$/.test(model.text.slice(c.span.end, d.span.start))) {
      after = c.span.end;
      c = d;
    }
    const ofOld = c.kind === "multiple" && c.aspect === "level" && OF_THE_OLD.test(model.text.slice(b.span.end, c.span.start));
    const f = changeFinding(a, b, c, after, ofOld);
    if (f) out.push(f);
  }
  return out;
}

/**
 * 达到8000户，比2022年的3200户增长了1.5倍: the new value, then the base after
 * 比…的, then the change — computed like 从3200户增长到8000户.
 */
function checkAgainstBase(model: DocumentModel, figures: Figure[]): Finding[] {
  const out: Finding[] = [];
  for (let i = 1; i + 1 < figures.length; i++) {
    const base = figures[i];
    const c = figures[i + 1];
    // 接待团组46批次、528人次，比上年的20批次增长2.3倍: the new value of the base's unit may
    // stand before another figure it is listed with.
    const listed = i >= 2 && !sameUnit(figures[i - 1], base) && sameUnit(figures[i - 2], base) && /^[、和及]$/.test(model.text.slice(figures[i - 2].span.end, figures[i - 1].span.start));
    // 达到486.3万人次，同比增长7.8%，比2020年的352.6万人次增长了47.9%: the new value's own growth may stand between.
    const ownGrowth = i >= 2 && figures[i - 1].kind === "percent" && sameUnit(figures[i - 2], base) && GROWTH_OF_TOTAL.test(model.text.slice(figures[i - 2].span.end, figures[i - 1].span.end));
    // 普惠性托位415个，占比66.9%，比2023年的120个增长了3.5倍: so may its share.
    const ownShare = i >= 2 && figures[i - 1].kind === "percent" && sameUnit(figures[i - 2], base) && /^[，,](?:占比|占[\u4e00-\u9fff]{0,10}?(?:的|比重|比例))(?:为|达到?)?$/.test(model.text.slice(figures[i - 2].span.end, figures[i - 1].span.start));
    // 降水量685.3毫米，较常年同期的562.4毫米偏多21.9%，较上年同期的748.6毫米偏少9.2%: a second comparison
    // of the same new value, after the first one's base and change.
    const secondComparison = i >= 3 && figures[i - 1].kind === "percent" && figures[i - 1].aspect === "change" && sameUnit(figures[i - 2], base) && isComparisonBase(model.text, figures[i - 2]) && sameUnit(figures[i - 3], base) && !isComparisonBase(model.text, figures[i - 3]) && /^[，,](?:较|比)[^，,。；;！？]{0,14}的$/.test(model.text.slice(figures[i - 3].span.end, figures[i - 2].span.start));
    let now = secondComparison ? figures[i - 3] : listed || ownGrowth || ownShare ? figures[i - 2] : figures[i - 1];
    // 收治…1286名，其中男性1043名、女性243名，较2024年的1150名增长11.8%: a comparison after a 其中 split is the total's.
    const splitTotal = splitTotalBefore(model.text, figures, i - 1, base);
    if (splitTotal && now === figures[i - 1]) now = splitTotal;
    const nowEnd = figures[i - 1].span.end;
    if (base.line !== now.line || c.line !== base.line || base.role || now.role) continue;
    // 增长6.8%，增速比1—2月的6.3%提高0.5个百分点: two growth rates and the points between them.
    const rates = c.kind === "points" && now.kind === "percent" && base.kind === "percent" && now.aspect === "change" && base.aspect === "change" && now.direction === 1 && base.direction === 1 && !now.average && !base.average;
    if (!rates && (now.aspect !== "level" || base.aspect !== "level")) continue;
    // 营业收入1260亿元，上年同期为1180亿元，增长6.8%: the base named as last year's same period.
    const lastYear = !rates && /^[，,](?:上年同期|去年同期)(?:为|是)?$/.test(model.text.slice(nowEnd, base.span.start)) && /^[，,](?:同比)?(?:增长|增加|下降|减少)了?$/.test(model.text.slice(base.span.end, c.span.start));
    if (lastYear) {
      const f = changeFinding(base, now, c);
      if (f) out.push(f);
      continue;
    }
    // 比2022年的3200户增长…, 与2020年的52.3亿元相比，增长…
    // 比去年同期的: 比 leads even when 同 follows it (同期).
    const window = model.text.slice(Math.max(0, base.span.start - 14), base.span.start);
    const lead = /(比|较)[^，,。；;！？比较]{0,12}?的$/.exec(window) ?? /(与|同)[^，,。；;！？比较与同]{0,12}?的$/.exec(window);
    if (!lead) continue;
    if ((lead[1] === "与" || lead[1] === "同") && !/^相比[，,]?$/.test(model.text.slice(base.span.end, c.span.start).replace(/(增长|增加|提高|下降|减少|降低)了?$/, ""))) continue;
    // The new value is stated just before: 达到8000户，比…; a growth rate, then 增速 or 增幅.
    // 有12项县纪录被打破，比上届的8项…: a few words may end the new value's clause.
    // 已经有6名中小学生溺水身亡了，比去年同期的3人…: the clause may name what the count is of.
    if (!(rates ? /^[，,](?:增速|增幅)?$/ : /^(?:[\u4e00-\u9fff]{0,12}[，,])?$/).test(model.text.slice(nowEnd, base.span.start - lead[0].length))) continue;
    if (rates && !/^(?:提高|加快|回落|放缓|下降)了?$/.test(model.text.slice(base.span.end, c.span.start))) continue;
    const f = changeFinding(base, now, c);
    if (f) out.push(f);
    // 比前年的23起少了9起，下降了64.3%: the difference, then the rate.
    const rate = figures[i + 2];
    const difference = c.kind === "amount" && sameUnit(c, base) && (c.aspect === "change" || /^(?:少|多)了?$/.test(model.text.slice(base.span.end, c.span.start)));
    if (!f && difference && rate?.line === base.line && rate.kind === "percent" && rate.aspect === "change" && /^[，,](?:同比)?(?:增长|增加|提高|上升|下降|减少|降低)了?$/.test(model.text.slice(c.span.end, rate.span.start))) {
      const g = changeFinding(base, now, rate);
      if (g) out.push(g);
    }
  }
  return out;
}

/**
 * The total of a 其中 split whose last part stands at `last`, right before a comparison's base: the figure
 * of the base's unit that ends the clause before 其中 in the same sentence, the parts between 、-joined.
 */
function splitTotalBefore(text: string, figures: Figure[], last: number, base: Figure): Figure | undefined {
  const part = figures[last];
  if (!part || !sameUnit(part, base) || part.line !== base.line) return undefined;
  const from = sentenceStartBefore(text, part.span.start);
  const at = text.slice(from, part.span.start).lastIndexOf("其中");
  if (at < 0) return undefined;
  const q = from + at;
  const total = [...figures.slice(0, last)].reverse().find((f) => f.span.end <= q);
  if (!total || total.span.start < from || !sameUnit(total, base) || total.aspect !== "level" || total.role || !/^[，,]?$/.test(text.slice(total.span.end, q))) return undefined;
  // Only 、-joined parts of the split between 其中 and the base (男性1043名、女性243名).
  const parts = figures.filter((f) => f.span.start > q && f.span.end <= part.span.end);
  if (parts.length < 2 || parts.some((f) => !sameUnit(f, base))) return undefined;
  for (let k = 1; k < parts.length; k++) if (!listedNext(text, parts[k - 1], parts[k])) return undefined;
  return total;
}

/** 比去年增长了1.5倍, 是去年的1.5倍, 比2023年增长50%: the change against a named year. */
const AGAINST_YEAR = /^[，,]?(?:比|较)(去年|上年|上一年|([0-9０-９]{4})年)(?:同期)?(?:增长|增加|提高|提升|扩大|上升|下降|减少|降低)了?$|^[，,]?是(去年|上年|上一年|([0-9０-９]{4})年)(?:同期)?的$/;

/** ，下降了44.8%: a change right after the value now, the year compared with said before it (去年是…，今年…). */
const SPOKEN_CHANGE = /^[，,]\s*(?:增长|增加|提高|提升|上升|下降|减少|降低)了?$/;

/**
 * 去年完成12部，今年计划18部，比去年增长了1.5倍: the new value just before the
 * change, the base the one earlier figure of its sentence whose own period is
 * the year compared with — computed like 从12部增长到18部.
 */
function checkAgainstNamedYear(model: DocumentModel, figures: Figure[]): Finding[] {
  const out: Finding[] = [];
  const text = model.text;
  for (let i = 1; i < figures.length; i++) {
    const c = figures[i];
    const now = figures[i - 1];
    if (c.line !== now.line || c.role || now.role || c.aspect !== "change" && c.kind !== "multiple") continue;
    if (now.kind !== "amount" || now.aspect !== "level" || now.bound !== "exact" || now.relation) continue;
    // 去年缺口1200人，现在降到700人，减少了71.4%: the value now said with 现在/目前 (it takes the sentence's
    // 去年 as written), the base the year before it.
    if (SPOKEN_CHANGE.test(text.slice(now.span.end, c.span.start)) && NOW_BEFORE.test(text.slice(sentenceStartBefore(text, now.span.start), now.span.start))) {
      const f = againstSpokenYear(text, figures.slice(0, i - 1), now, c);
      if (f) out.push(f);
      continue;
    }
    if (!now.period) continue;
    // 道岔故障去年同期是42件，今年上半年降到了29件，下降了44.8%: a spoken pair of years with the change after it.
    // (去年3.2万斤，今年4.6万斤，翻了一番: a doubling needs no verb before it.)
    const spoken = SPOKEN_CHANGE.test(text.slice(now.span.end, c.span.start)) || (c.kind === "doubling" && /^[，,]\s*$/.test(text.slice(now.span.end, c.span.start)));
    const m = AGAINST_YEAR.exec(text.slice(now.span.end, c.span.start)) ?? (spoken && !now.period.inherited && now.period.relative === 0 ? ["", undefined, undefined, undefined, undefined] : null);
    if (!m) continue;
    const yearText = m[2] ?? m[4];
    const named = yearText ? parseDigitString(yearText) : undefined;
    if (now.period.inherited) {
      // 加装电梯力争达到400部，比2024年增长了1.3倍 under a plan's heading: the base is the named year's
      // value of the same metric, stated earlier in the draft.
      const f = named !== undefined && now.metric ? againstEarlierStatement(figures.slice(0, i - 1), now, c, named, m[0].includes("是")) : undefined;
      if (f) out.push(f);
      continue;
    }
    const from = sentenceStartBefore(text, now.span.start);
    const isBase = (f: Figure) => {
      const p = f.period;
      // (去年同期: the same part of the year as the value now.)
      if (!p || p.inherited || (p.part !== now.period!.part && !(now.period!.part && /同期/.test(text.slice(from, f.span.start)))) || f === now) return false;
      if (named !== undefined) return p.year === named && now.period!.year !== named;
      if (p.relative !== undefined && now.period!.relative !== undefined) return p.relative === -1 && now.period!.relative === 0;
      return p.year !== undefined && now.period!.year !== undefined && p.year === now.period!.year - 1;
    };
    const bases = levelsOfSameThing(figures.slice(0, i - 1), from, now);
    const base = bases.filter(isBase);
    if (base.length !== 1 || bases[bases.length - 1] !== base[0] || base[0].bound !== "exact") continue;
    const f = changeFinding(base[0], now, c, undefined, c.kind === "multiple" && c.aspect === "level" && m[0].includes("是"));
    if (f) out.push(f);
  }
  return out;
}

/** The plain levels of the same thing as `now`, in its line from `from` on: the candidates for its base. */
function levelsOfSameThing(earlier: Figure[], from: number, now: Figure): Figure[] {
  return earlier.filter((f) => f.span.start >= from && f.line === now.line && f.kind === "amount" && f.aspect === "level" && !f.role && !f.relation && f.dimension === now.dimension && sameThing(f, now));
}

/** 现在降到, 目前是: the value now, spoken, at the end of its clause's words before the figure. */
const NOW_BEFORE = /[，,](?:而)?(?:现在|目前|如今|眼下)(?:已经?|又|就|只)?(?:降到|降至|降低到|下降到|减少到|减到|增加到|增长到|提高到|上升到|涨到|达到|是|有)了?$/;

/**
 * The base of a spoken 现在 value: the one earlier figure of its sentence of the same thing and
 * dimension, dated with a past year (去年, 2022年) and written exactly, the last such figure before it.
 */
function againstSpokenYear(text: string, earlier: Figure[], now: Figure, c: Figure): Finding | undefined {
  const from = sentenceStartBefore(text, now.span.start);
  const bases = levelsOfSameThing(earlier, from, now);
  if (bases.length !== 1) return undefined;
  const base = bases[0];
  const p = base.period;
  if (!p || p.inherited || base.bound !== "exact" || !(p.relative !== undefined ? p.relative < 0 : p.year !== undefined)) return undefined;
  return changeFinding(base, now, c, undefined, false);
}

/**
 * The change from the value the draft states earlier for the named year: one metric named the
 * same way, for that year (written, or from its heading or title), the same part of the year, one value however often
 * stated. Nothing in the sentence itself may be a base.
 */
function againstEarlierStatement(earlier: Figure[], now: Figure, c: Figure, year: number, levelMultiple: boolean): Finding | undefined {
  if (now.period!.year === year) return undefined;
  const bases = earlier.filter(
    (f) =>
      f.metric === now.metric && f.kind === "amount" && f.aspect === "level" && f.bound === "exact" && !f.role && !f.relation && !f.goal &&
      f.dimension === now.dimension && sameThing(f, now) && !!f.period && f.period.year === year && (f.period.part ?? "") === (now.period!.part ?? ""),
  );
  if (!bases.length || bases.some((f) => f.value !== bases[0].value || f.unit !== bases[0].unit) || bases.some((f) => f.line === now.line)) return undefined;
  return changeFinding(bases[bases.length - 1], now, c, now.span.end, levelMultiple);
}

/**
 * 达到286.4亿元，比2020年增加78.6亿元、增长37.8%: the value, the increase and
 * the rate — the base is the value less the increase.
 */
function checkIncrementAndRate(model: DocumentModel, figures: Figure[]): Finding[] {
  const out: Finding[] = [];
  for (let i = 0; i + 2 < figures.length; i++) {
    // 412.6亿元，同比增长9.4%；较年初增加28.4亿元，增长7.9%: past the total's own year-on-year rate.
    const skip = figures[i + 1].kind === "percent" && figures[i + 1].aspect === "change" && i + 3 < figures.length && /^[，,]同比/.test(model.text.slice(figures[i].span.end, figures[i + 1].span.start)) ? 1 : 0;
    const [now, d, c] = [figures[i], figures[i + 1 + skip], figures[i + 2 + skip]];
    if (now.line !== d.line || d.line !== c.line || now.role || d.role || c.role) continue;
    if (now.kind !== "amount" || now.aspect !== "level" || now.bound !== "exact" || now.relation) continue;
    if (d.kind !== "amount" || d.aspect !== "change" || d.average || d.bound !== "exact" || d.dimension !== now.dimension || !sameThing(d, now) || d.relation) continue;
    // ，增幅6.8%: the rate named by its noun reads as a level; it is the change all the same.
    const namedRate = /^[，,、](?:增幅|降幅)(?:为|达)?$/.test(model.text.slice(d.span.end, c.span.start));
    if (c.kind !== "percent" || (c.aspect !== "change" && !namedRate) || c.average || c.bound !== "exact" || (c.direction !== d.direction && !namedRate) || c.relation) continue;
    // 412.6亿元，同比增长9.4%；较年初增加28.4亿元，增长7.9%: the total's own year-on-year rate may stand between.
    if (!/^(?:[，,]同比(?:增长|下降)[0-9０-９.．]+(?:%|％))?[，,；;](?:比|较)[^，,。；;、！？]{0,10}?(?:增加|增长|减少|下降|增产|减产|增收|减收)了?$/.test(model.text.slice(now.span.end, d.span.start))) continue;
    if (!/^[，,、](?:增长|下降|增幅|降幅)了?(?:为|达)?$/.test(model.text.slice(d.span.end, c.span.start))) continue;
    const n = interval(now);
    const k = interval(d);
    const base: [number, number] = d.direction > 0 ? [n[0] - k[1], n[1] - k[0]] : [n[0] + k[0], n[1] + k[1]];
    if (!Number.isFinite(base[0] + base[1]) || base[0] <= 0) continue;
    const rate: [number, number] = [(k[0] / base[1]) * 100, (k[1] / base[0]) * 100];
    if (overlaps(rate, interval(c))) continue;
    const baseValue = now.value - d.direction * d.value;
    out.push(arith(c, `${now.text}${d.direction > 0 ? "增加" : "减少"}${d.text}，基数为${formatBase(baseValue, now.dimension as never)}，${d.direction > 0 ? "增长" : "下降"}应为${round((d.value / baseValue) * 100)}%，此处为“${c.text}”。`, d));
  }
  return out;
}

/** The change c stated from a to b, when it does not compute. */
export function changeFinding(a: Figure, b: Figure, c: Figure, after = Math.max(a.span.end, b.span.end), levelMultiple = false): Finding | undefined {
  // 年均增长 compounds over a span the sentence rarely states: not checked against the total change.
  if (a.dimension !== b.dimension || c.role || (c.aspect !== "change" && !levelMultiple) || c.average) return undefined;
  // 减少了2倍: a decrease in multiples is figure.usage's (no multiple can say it), not a sum to redo.
  if (c.kind === "multiple" && c.aspect === "change" && c.direction === -1) return undefined;
  // The stated change must follow in the same sentence, with nothing else between.
  if (c.span.start - after > 12) return undefined;
  if (c.kind === "points" && a.kind === "percent") {
    // 下降2.1个百分点 states -2.1.
    const diff: [number, number] = [interval(b)[0] - interval(a)[1], interval(b)[1] - interval(a)[0]];
    const stated = interval(c).map((x) => x * c.direction).sort((x, y) => x - y) as [number, number];
    const change = b.value - a.value;
    return overlaps(diff, stated) ? undefined : arith(c, `从${a.text}到${b.text}${change < 0 ? "下降" : "提高"}${round(Math.abs(change))}个百分点，此处为“${c.text}”。`, a);
  }
  if (a.kind !== "amount" && a.kind !== "percent" && a.kind !== "duration") return undefined;
  const r = ratioRange(a, b);
  if (!r) return undefined;
  const computed = b.value / a.value;
  if (c.kind === "percent") {
    const growth: [number, number] = [(r[0] - 1) * 100 * c.direction, (r[1] - 1) * 100 * c.direction].sort((x, y) => x - y) as [number, number];
    // 由540公斤降到了500公斤，下降了8%: the written values make the stated rate exactly over the new value
    // and not over the old one as written: the classic slip, whatever the rounding of 540 and 500 allows.
    // (由1.98万件降到1.86万件，下降6.5%: 6.45% over the new value, within the rate's own rounding.)
    const overNewExact = Math.abs(Math.abs((b.value - a.value) / b.value) * 100 - c.value) <= Math.max(0.005 * c.value, Math.min(c.tolerance, 0.05)) + 1e-9;
    const overOldAsWritten = Math.abs(Math.abs(computed - 1) * 100 - c.value) <= c.tolerance + 1e-9;
    // 由62%提高到95%，提高了33%: the difference in points written as a percentage.
    const pointsAsPercent = a.kind === "percent" && b.kind === "percent" && Math.abs(Math.abs(b.value - a.value) - c.value) <= 1e-9 && !overOldAsWritten;
    if (pointsAsPercent) return arith(c, `从${a.text}到${b.text}${b.value < a.value ? "下降" : "提高"}${round(Math.abs(b.value - a.value))}个百分点，相对${b.value < a.value ? "下降" : "增长"}${round(Math.abs(computed - 1) * 100)}%；此处“${c.text}”应为“${round(Math.abs(b.value - a.value))}个百分点”。`, a);
    if (!overlaps(growth, interval(c)) || (overNewExact && !overOldAsWritten && c.direction < 0)) {
      // 从48下降到40，下降20%: 8/40, the change over the new value instead of the old.
      const overNew = Math.abs((b.value - a.value) / b.value) * 100;
      const why = Math.abs(overNew - c.value) <= Math.max(c.tolerance, 0.05) + 0.05 ? `（${c.text}是以新值${b.text}为基数算的，应以原值${a.text}为基数）` : "";
      return arith(c, `从${a.text}到${b.text}，${c.direction < 0 ? "下降" : "增长"}应为${round(Math.abs(computed - 1) * 100)}%，此处为“${c.text}”${why}。`, a);
    }
  } else if (c.kind === "multiple") {
    // 增长1.5倍 means B = 2.5A; 增长到1.5倍 (a level) means B = 1.5A.
    const stated = interval(c).map((x) => (c.aspect === "change" ? x + 1 : x)) as [number, number];
    // 从4米拓宽到12米，增长了3倍: the values as written make the multiple itself, the classic slip, whatever
    // the rounding of 4米 and 12米 would allow.
    const saysTimes = c.aspect === "change" && a.value > 0 && Math.abs(b.value / a.value - c.value) <= 0.005 * c.value;
    if (!overlaps(r, stated) || saysTimes) {
      // 增长两倍 says how much more: three times the old value, not two.
      const said = c.aspect === "change" ? `；增长${c.text}是原来的${round(c.value + 1)}倍，说“增长${round(computed - 1)}倍”或“增长${round((computed - 1) * 100)}%”` : "";
      return arith(c, `从${a.text}到${b.text}是原来的${round(computed)}倍（增长${round(computed - 1)}倍），此处为“${c.text}”${said}。`, a);
    }
  } else if (c.kind === "doubling") {
    const times = Math.log2(c.value);
    const allowed: [number, number] = c.bound === "more" ? [c.value, Math.pow(2, times + 1)] : [c.value * 0.9, c.value * 1.5];
    if (!overlaps(r, allowed)) return arith(c, `从${a.text}到${b.text}是原来的${round(computed)}倍，不是“${c.text}”（${c.value}倍）。`, a);
  }
  return undefined;
}

function arith(f: Figure, message: string, other?: Figure): Finding {
  return finding(ARITHMETIC, f, message, other ? { related: [{ span: other.span, message: `基数：“${other.text}”` }] } : {});
}

const N_YEARS_DOUBLING = /([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})年(?:再|内|时间)?翻(?:了)?(一|两|二|三|四|[1-4])番/g;
const SPAN_DOUBLING = /(?:到|至)?([0-9０-９]{4}|[〇零一二三四五六七八九]{4})年[^。；;！？]{0,40}?在([0-9０-９]{4}|[〇零一二三四五六七八九]{4})年(?:[^。；;，,！？在]{0,16}?的?)?基础上[^。；;，,！？]{0,20}?翻(?:了)?(一|两|二|三|四|[1-4])番/g;

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
      // …翻一番，实现“三年翻一番”: else the claim that follows in the same sentence.
      const sentenceEnd = p.text.slice(m.index! + m[0].length).search(/[。；;！？!?]/);
      const limit = sentenceEnd < 0 ? p.text.length : m.index! + m[0].length + sentenceEnd;
      const claim = claims.filter((c) => c.end <= m.index! && c.times === times).pop() ?? claims.find((c) => c.at >= m.index! + m[0].length && c.end <= limit && c.times === times);
      if (!claim || claim.years === undefined || claim.years === to - from) continue;
      out.push(spanFinding(p.span.start, m.index!, m.index! + m[0].length, claim, from, to));
    }
    // 由2021年的1.05万吨增加到2025年的2.1万吨，三年翻了一番: a change from one year to another, then the claim.
    for (const claim of claims) {
      const start = Math.max(...["。", "；", ";", "！", "？"].map((c) => p.text.lastIndexOf(c, claim.at))) + 1;
      const span = [...p.text.slice(start, claim.at).matchAll(FROM_YEAR_TO_YEAR)].pop();
      if (!span || !/^[^。；;！？]{0,4}$/.test(p.text.slice(start + span.index! + span[0].length, claim.at).replace(/^[^，,]*[，,]/, ""))) continue;
      const from = parseDigitString(span[1]);
      const to = parseDigitString(span[2]);
      if (!from || !to || to <= from || claim.years === undefined || claim.years === to - from) continue;
      out.push(spanFinding(p.span.start, claim.at, claim.end, claim, from, to));
    }
  }
  return out;
}

/** 由2021年的…增加到2025年的…: the two years of a change. */
const FROM_YEAR_TO_YEAR = /(?:由|从)([0-9０-９]{4})年[^。；;！？，,]{0,16}?(?:到|至)([0-9０-９]{4})年/g;

function spanFinding(base: number, start: number, end: number, claim: { at: number; end: number; years?: number; text: string }, from: number, to: number): Finding {
  return {
    code: ARITHMETIC.code,
    severity: ARITHMETIC.severity,
    span: { start: base + start, end: base + end },
    message: `“${claim.text}”与所述时段不符：${from}年到${to}年是${to - from}年，不是${claim.years}年。`,
    related: [{ span: { start: base + claim.at, end: base + claim.end }, message: `“${claim.text}”` }],
  };
}

/**
 * 其中，税收收入128.6亿元，下降1.5%；非税收入57.8亿元，增长19.6%。: a 其中 list
 * whose parts each carry their own comment goes on past a semicolon while the
 * next clause opens with a sibling of the first part — its metric right before
 * its figure, with the same head (收入, 支出), and not the total's own metric.
 */
function partsEnd(text: string, figures: Figure[], total: Figure, first: Figure | undefined, end: number): number {
  const head = (f: Figure) => (f.metric ?? "").slice(-2);
  if (!first?.metric || !first.metricSpan || head(first).length < 2) return end;
  // 其中刑事案件1538件、民事案件2472件、行政案件186件；办理…1326件: a 、-joined run is a complete list.
  const listed = figures.filter((f) => f.span.start >= first.span.start && f.span.end <= end && f.dimension === total.dimension);
  if (listed.some((f, k) => k > 0 && /^[^，,；;。]*、[^，,；;。]*$/.test(text.slice(listed[k - 1].span.end, f.span.start)))) return end;
  for (;;) {
    if (!"；;".includes(text[end] ?? "")) return end;
    const next = figures.find((f) => f.span.start > end);
    // (其中第一种形态468人次，占74.1%；第二种形态126人次: parts named by an ordinal and one noun.)
    const ordinal = (f: Figure) => ORDINAL_BEFORE.exec(text.slice(Math.max(0, f.metricSpan!.start - 6), f.metricSpan!.start))?.[0] ?? "";
    if (!next || !next.metric || !next.metricSpan || next.metricSpan.start !== end + 1 + ordinal(next).length || next.metricSpan.end !== next.span.start) return end;
    if (next.kind !== "amount" || next.aspect !== "level" || next.dimension !== total.dimension || !sameThing(next, total)) return end;
    const ordinalsDiffer = !!ordinal(next) && !!first.metricSpan && !!ordinal(first) && ordinal(next) !== ordinal(first);
    if ((head(next) !== head(first) && !pairedParts(first.metric, next.metric)) || next.metric === total.metric || (next.metric === first.metric && !ordinalsDiffer)) return end;
    end = findSentenceEnd(text, next.span.end);
  }
}

/** 第二种, 第三类: an ordinal right before a part's noun. */
const ORDINAL_BEFORE = /第[一二三四五六七八九十]+[种类个批项级档]?$/;

/** 其中，出口89.6亿元，增长10.3%；进口37.2亿元: the two halves of one whole, whose heads differ. */
const PAIRS: [string, string][] = [["出口", "进口"]];
function pairedParts(a: string, b: string): boolean {
  return PAIRS.some(([x, y]) => (a.endsWith(x) && b.endsWith(y)) || (a.endsWith(y) && b.endsWith(x)));
}

/**
 * 发现问题163个，其中重大问题12个，已整改155个: a clause that opens with 已 (or
 * 累计, 共) says what became of the whole, so it ends the 其中 list.
 */
function statusClause(text: string, from: number, end: number): number {
  const re = /[，,](?=(?:均|目前|现|当年|年内)?已|累计|共计?|合计|总计)/g;
  re.lastIndex = from;
  const m = re.exec(text);
  return m && m.index < end ? m.index : end;
}

const STATE = /^(?:已|基本|正在|在建|尚未|未|仍|其余|剩余|另有)/;

/** Where the clauses after …中， stop stating states of the whole. */
function statesEnd(text: string, from: number, end: number): number {
  let at = from;
  for (;;) {
    const comma = text.slice(at, end).search(/[，,]/);
    if (comma < 0) return end;
    const next = at + comma + 1;
    if (!STATE.test(text.slice(at, at + 4)) || !STATE.test(text.slice(next, next + 4))) return at + comma;
    at = next;
  }
}

/** 完成投资52.3亿元，其中工业投资30亿元、基础设施投资25亿元: the parts exceed the total. */
/** ，同比增长5.8%: a change of the figure just stated, in percent or points. */
// (，较上年的196件增长11.2%: the base may be named with its value.)
const GROWTH_OF_TOTAL = /^[，,]\s*(?:同比|比上年同期|比上年|较上年|比去年同期|比去年|较去年|(?:较|比)[^，,。；;！？]{0,12}的[0-9０-９.．]+[\u4e00-\u9fff]{0,3})?(?:(?:增长|下降|增加|减少|提高|上升|降低)了?[0-9０-９.．]+(?:%|％|个百分点)|(?:多|少|增加|减少)了?[0-9０-９.．]+[万亿]?[\u4e00-\u9fff]{1,2}(?=[，,]))/;
/** 比去年多了1.3万亩: the change of the figure before, never a total of its own. */
const INCREMENT_BEFORE = /(?:比|较)[^，,。；;！？]{0,10}(?:多|少|增加|减少|净增|净减)了?$/;

/** Traits people are counted by across any other grouping: age, sex, ethnicity, schooling, title. */
const PEOPLE_TRAITS: RegExp[] = [/[0-9０-９一二三四五六七八九十]+岁/, /女(?!儿)|男/, /少数民族/, /学历|本科|大专|研究生|硕士|博士/, /职称/];
/** Labels firms are counted by across any other grouping: size class, technology label, listing (其中规上企业78家、高新技术企业63家). */
const FIRM_TRAITS: RegExp[] = [/规上|规模以上|规下|限上|限额以上/, /高新技术|科技型|专精特新|小巨人|瞪羚|独角兽|单项冠军/, /上市|挂牌/];

/** The traits a total's parts may overlap by: people's, or firms' for a count. */
function traitsFor(total: Figure): RegExp[] | undefined {
  return total.dimension === "people" ? PEOPLE_TRAITS : total.dimension === "count" ? FIRM_TRAITS : undefined;
}

/**
 * True when a part is named by a trait that another part is not named by (35岁以下青年党员 beside
 * 生产经营一线党员): such lists count overlapping groups.
 */
function partNames(text: string, parts: Figure[]): string[] {
  return parts.map((f, k) => text.slice(k === 0 ? Math.max(0, f.span.start - 16) : parts[k - 1].span.end, f.span.start).split(/[、，,；;：:]/).pop() ?? "");
}

function overlappingKinds(text: string, parts: Figure[], traits: RegExp[]): boolean {
  const names = partNames(text, parts);
  return traits.some((t) => names.some((n) => t.test(n)) && names.some((n) => !t.test(n)));
}

/** One name's characters in order within another's: 大学生新兵 within 大学毕业生新兵, 党员 within 预备党员. */
function isWithin(short: string, long: string): boolean {
  let k = 0;
  for (const c of long) if (c === short[k]) k++;
  return k === short.length;
}

/**
 * 其中大学生新兵142名、…，大学毕业生新兵97名: a part whose name holds another part's name, character
 * by character, counts some of the same people or things again (the graduates are students too).
 */
function nestedNames(text: string, parts: Figure[]): boolean {
  const names = partNames(text, parts).map((n) => n.replace(/^(?:其中|另有|还有|共有|有)/, "")).filter((n) => /^[\u4e00-\u9fff]{2,}$/.test(n));
  return names.some((a, i) => names.some((b, j) => i !== j && a.length < b.length && isWithin(a, b)));
}

/** The leading parts named by one and the same trait as the first (男学员, 女学员), or none. */
function sameTraitLead(text: string, parts: Figure[], traits: RegExp[]): Figure[] {
  const names = partNames(text, parts);
  const t = traits.find((r) => r.test(names[0]));
  if (!t) return [];
  let k = 0;
  while (k < names.length && t.test(names[k]) && traits.every((r) => r === t || !r.test(names[k]))) k++;
  return parts.slice(0, k);
}

/**
 * 其中县级林长11名、乡级林长145名、村级林长1130名，聘用生态护林员862名: a 、-joined run of parts named
 * alike ends the split; a figure after a comma named otherwise (护林员 after the 林长) is another statement.
 */
function listRun(text: string, parts: Figure[]): Figure[] {
  if (parts.length < 3) return parts;
  let k = 1;
  while (k < parts.length && /^[^，,；;。]*、[^，,；;。]*$/.test(text.slice(parts[k - 1].span.end, parts[k].span.start))) k++;
  if (k < 2 || k === parts.length) return parts;
  const tail = (f: Figure) => (f.metric ?? "").slice(-1);
  const t = tail(parts[0]);
  if (!t || parts.slice(0, k).some((f) => tail(f) !== t) || tail(parts[k]) === t) return parts;
  return parts.slice(0, k);
}

/** 完成年度任务1.1亿元的58.4%, 完成年度预算221.8亿元的43.6%: the goal progress is measured against is no part of a split. */
function isProgressBase(text: string, f: Figure): boolean {
  return /(?:任务|目标|计划|预算)$/.test(text.slice(Math.max(0, f.span.start - 4), f.span.start)) && /^的[0-9０-９.．]+[%％]/.test(text.slice(f.span.end, f.span.end + 10));
}

/** Words that say a split's groups share members: 交叉任职, 兼任, 双向进入. */
const OVERLAP_SAID = /交叉任职|交叉兼职|兼任|双向进入|一肩挑/;

/** How far above a per-unit total its parts may sum and still be read as its split with a slip, not sub-group averages. */
const OVERLAP_PER_UNIT = 1.2;

function checkParts(model: DocumentModel, figures: Figure[]): Finding[] {
  const out: Finding[] = [];
  const text = model.text;
  for (let i = 0; i < figures.length; i++) {
    const total = figures[i];
    if (total.kind !== "amount" || total.aspect !== "level" || total.role || total.bound === "lower" || total.bound === "more") continue;
    // 每台电梯总造价是58万元，其中政府补贴20万元、居民分摊45万元: a per-unit total splits into per-unit parts,
    // but 人均…其中城镇居民…、农村居民… lists sub-group averages, which sum to far above it: such a total
    // is checked only against a split of two or more parts summing to less than OVERLAP_PER_UNIT times it.
    const perUnit = notAdditive(text, total);
    if (INCREMENT_BEFORE.test(text.slice(Math.max(0, total.span.start - 16), total.span.start))) continue;
    // 其中工业项目52个、…、社会民生项目13个，…其中市级统筹的35个项目: the last item of a 其中 list is no total for the next.
    const ownClause = /[^，,；;。！？、]*$/.exec(text.slice(Math.max(0, total.span.start - 24), total.span.start))![0];
    if (text[total.span.start - ownClause.length - 1] === "、" && /其中[^。；;！？]*$/.test(text.slice(Math.max(0, total.span.start - 80), total.span.start))) continue;
    let sentenceEnd = findSentenceEnd(text, total.span.end);
    // 达到86.4万人次，同比增长5.8%，其中…: the total's own growth rate may stand between it and 其中.
    // 5.82万台（套）: a unit's note in brackets belongs to the total.
    const note = /^[（(][\u4e00-\u9fff]{1,3}[）)]/.exec(text.slice(total.span.end, sentenceEnd))?.[0].length ?? 0;
    const growth = GROWTH_OF_TOTAL.exec(text.slice(total.span.end + note, sentenceEnd));
    const rest = text.slice(total.span.end + note + (growth ? growth[0].length : 0), sentenceEnd);
    // 需改造的36栋楼中，已完工22栋、在建16栋: the total's own noun, then 中 and a comma, opens the parts.
    // 23家中华老字号中，餐饮类9家…: the noun may be a name of up to twelve characters (42家新增限额以上商贸企业中).
    // (全市12个县（市、区）中，其中优秀4个…: a bracketed note may stand in the noun, and 其中 may follow.)
    const among = /^(?:[\u4e00-\u9fff]|[（(][\u4e00-\u9fff、]{1,8}[）)]){0,12}?中[，,：:](?=[^，,。；;]*[0-9０-９])/.exec(rest);
    const q = among ? among[0].length - 1 : rest.indexOf("其中");
    // 新签约项目12个，总投资86.5亿元，同比增长23.6%，其中工业项目8个…: clauses between that state other
    // quantities of the same things (money, a rate) leave the count the total of the parts.
    const offset = total.span.end + note + (growth ? growth[0].length : 0);
    // (完成分馆建设8个，全县乡镇综合文化站全部达到三级以上标准，其中…: a clause with no quantity between speaks of other things.)
    const between = figures.filter((f) => f.span.start > total.span.end && f.span.end <= offset + q);
    // (手持订单156艘、1860万载重吨，其中…: another measure of the same things may follow the count with 、;
    // 来了326名新同学，分成8个班，其中男生171名…: or a clause after the count's own noun.)
    const attributes = q > 6 && q <= 40 && !/其中/.test(rest.slice(0, q)) && between.length > 0 && between.every((f) => f.dimension !== total.dimension) && (/^[\u4e00-\u9fff]{0,6}[，,]/.test(rest) || /^、[0-9０-９.．]+[万亿]?[\u4e00-\u9fff]{1,4}[，,]$/.test(rest.slice(0, q)));
    // 迎来了312名一年级新同学，其中…: the total's own noun, up to eleven characters, may stand before the comma.
    // 共选派128名年轻干部到…吃劲岗位墩苗历练，其中…: after a total stated with 共, its whole clause may stand between.
    const named = q > 6 && ((q <= 12 && /^[\u4e00-\u9fff]{1,11}[，,]$/.test(rest.slice(0, q))) || (q <= 60 && /^[\u4e00-\u9fff、“”]{1,59}[，,]$/.test(rest.slice(0, q)) && /共[\u4e00-\u9fff]{0,3}$/.test(text.slice(Math.max(0, total.span.start - 4), total.span.start))));
    // 4860名运动员报名参赛，比上届的3950名增长23.0%，其中…: the total's noun, then its change against a
    // base, stand between; the base and the rate are no totals of their own.
    const compared = q > 6 && q <= 48 && /^[\u4e00-\u9fff]{0,11}[，,](?:同比|比|较)[^，,。；;！？]{0,24}[，,]$/.test(rest.slice(0, q)) && between.every((f) => isComparisonBase(text, f) || f.aspect === "change");
    if (q < 0 || ((/[0-9０-９]/.test(rest.slice(0, q)) || (q > 6 && !among)) && !attributes && !named && !compared)) continue;
    const partsStart = offset + q;
    sentenceEnd = statusClause(text, partsStart + (among ? 1 : 0), sentenceEnd);
    // After …中， the parts are states of the whole: 、-joined (已完工22栋、在建16栋), or clauses that
    // each open with a state (已完成整改10项，基本完成整改3项); a clause such as 有800家…，600家…
    // may count overlapping groups, and ends the split.
    if (among) sentenceEnd = statesEnd(text, partsStart + 1, sentenceEnd);
    sentenceEnd = partsEnd(text, figures, total, figures.find((f) => f.span.start > partsStart && f.span.end <= sentenceEnd && f.kind === "amount"), sentenceEnd);
    // Parts count the same things as the total: 机构212家，其中公办78家，床位3000张 — the beds are not institutions;
    // and a limit (控制在债务限额1152亿元以内) is not a part.
    // 存储介质312台（件），其中涉密计算机46台、涉密移动存储介质283件: the unit's note names the parts' other classifier.
    const noted = note ? text.slice(total.span.end + 1, total.span.end + note - 1) : "";
    const parts = listRun(text, figures.filter((f) => f.span.start > partsStart && f.span.end <= sentenceEnd && f.kind === "amount" && f.aspect === "level" && f.dimension === total.dimension && !f.role && (sameThing(f, total) || (total.dimension === "count" && f.unit === noted)) && f.bound !== "upper" && f.bound !== "lower" && !notAdditive(text, f) && !isComparisonBase(text, f) && !isProgressBase(text, f)));
    // 其中女干部12名、35岁以下36名、大专以上学历48名: people counted by age, sex, schooling or rank
    // overlap with any other kind of part; such a list is no split to sum.
    const traits = traitsFor(total);
    if (traits && overlappingKinds(text, parts, traits)) {
      // 其中男学员35名、女学员23名，…35岁以下的42名: the leading parts of one trait still split the total.
      const lead = sameTraitLead(text, parts, traits);
      if (lead.length < 2) continue;
      parts.splice(lead.length);
    }
    if (nestedNames(text, parts)) continue;
    // 文旅项目九个: a single Chinese digit is no figure on its own, but under 其中 it is a part.
    const small = total.dimension === "count" ? singleDigitParts(text, partsStart, sentenceEnd, total, parts) : [];
    if (!parts.length && !small.length) continue;
    // Rounding as written: the parts' smallest values against the total's largest.
    const sum = parts.reduce((s, f) => s + Math.max(0, interval(f)[0]), 0) + small.reduce((s, n) => s + n, 0);
    const stated = parts.reduce((s, f) => s + f.value, 0) + small.reduce((s, n) => s + n, 0);
    const max = interval(total)[1];
    if (perUnit && (parts.length + small.length < 2 || sum > max * OVERLAP_PER_UNIT)) continue;
    // 成员7人，其中支委5人、村委5人，交叉任职3人: the sentence says its groups overlap.
    if (OVERLAP_SAID.test(text.slice(partsStart, findSentenceEnd(text, partsStart)))) continue;
    if (exceedsTotal(sum, total)) {
      const one = parts.find((f) => interval(f)[0] > max);
      // 其中…4项、…23项，总体方案明确的126项…: a part larger than the whole, after a comma past a
      // 、-joined list that fits, is another statement, not a part.
      const list = parts.filter((f) => !/[，,；;]/.test(text.slice(parts[0].span.end, f.span.start)));
      if (one && list.length >= 2 && !list.includes(one) && !exceedsTotal(list.reduce((s, f) => s + Math.max(0, interval(f)[0]), 0), total)) continue;
      // 其中生产企业32家、经营企业41家、使用企业213家，构成重大危险源的18处，涉及…的企业9家: a 、-joined list
      // that sums to the total is the whole split; what follows its comma counts other things.
      const listRange = [list.reduce((s, f) => s + interval(f)[0], 0), list.reduce((s, f) => s + interval(f)[1], 0)];
      if (list.length >= 2 && list.length < parts.length && listRange[0] <= interval(total)[1] * (1 + EPS) && listRange[1] >= interval(total)[0] * (1 - EPS)) continue;
      // A 、-joined list over the total on its own is the slip to name, without the clauses after it.
      const named = !one && list.length >= 2 && list.length < parts.length && exceedsTotal(listRange[0], total) ? list : parts;
      const namedSum = named === parts ? stated : named.reduce((s, f) => s + f.value, 0);
      out.push(finding(ARITHMETIC, one ?? named[named.length - 1] ?? total, one
        ? `分项“${one.text}”大于总数“${total.text}”。`
        : `${among ? `“${text.slice(total.span.start, partsStart)}”` : "“其中”"}各项合计${sumText(namedSum, total)}，超过总数“${total.text}”。`, {
        related: [{ span: total.span, message: `总数：“${total.text}”` }],
      }));
    }
  }
  return out;
}

/**
 * 全年实施重点项目150个，总投资860亿元。其中，产业项目96个、基础设施项目38个…:
 * a sentence that opens with 其中 lists parts of the one figure of their kind in
 * the sentence before (not checked when that sentence has two such figures).
 */
/**
 * 承包耕地4.26万亩，…累计流转1.83万亩…。其中流转给家庭农场…: of two wholes, the one whose verb (the two
 * characters right before its number) the parts' lead-in says again.
 */
function verbAgain(text: string, candidates: Figure[], partsLead: string): Figure | undefined {
  const verbOf = (f: Figure) => /([\u4e00-\u9fff]{2})$/.exec(text.slice(Math.max(0, f.span.start - 6), f.span.start).replace(/(?:累计|共|共计|全年|已|完成)$/, ""))?.[1];
  const found = candidates.filter((f) => {
    const v = verbOf(f);
    return !!v && partsLead.includes(v);
  });
  return found.length === 1 ? found[0] : undefined;
}

function checkPartsOfPreviousSentence(model: DocumentModel, figures: Figure[]): Finding[] {
  const out: Finding[] = [];
  const text = model.text;
  for (let q = text.indexOf("其中"); q >= 0; q = text.indexOf("其中", q + 2)) {
    // 其中 may open a paragraph, after a lead 从问题类型看， or 按行业分，; the sentence before is then the previous paragraph's last.
    const before = (q <= 20 ? "\n" : "") + text.slice(Math.max(0, q - 20), q);
    // 受表彰的三八红旗手中，其中…: the whole named again with 中 leads in too.
    const lead = /[\n\r。；;]([ \t\u3000]*(?:从[^，,。；;\n]{1,10}看|按[^，,。；;\n]{1,10}分|[^，,。；;\n0-9０-９]{2,14}中)[，,])$/.exec(before);
    let back = lead ? q - lead[1].length : q;
    while (back > 0 && /[\n\r \t\u3000]/.test(text[back - 1])) back--;
    if (back === 0 || !"。；;".includes(text[back - 1])) continue;
    const clauseEnd = statusClause(text, q + 2, findSentenceEnd(text, q + 2));
    const prevStart = sentenceStartBefore(text, back - 1);
    const level = (f: Figure) => f.kind === "amount" && f.aspect === "level" && !f.role && f.bound !== "upper" && f.bound !== "lower" && !notAdditive(text, f);
    const firstPart = figures.find((f) => f.span.start > q && f.span.end <= clauseEnd && level(f));
    if (!firstPart) continue;
    // 比上届的1240名增长了50%: a comparison's base is no total.
    const candidates = figures.filter((f) => f.span.start >= prevStart && f.span.end < back && level(f) && f.bound !== "more" && f.dimension === firstPart.dimension && sameThing(f, firstPart) && !isComparisonBase(text, f));
    const total = candidates.length === 1 ? candidates[0] : (namedAgain(text, candidates, lead?.[1]) ?? verbAgain(text, candidates, text.slice(q, firstPart.span.start)));
    if (!total) continue;
    const end = partsEnd(text, figures, total, firstPart, clauseEnd);
    // 其中，税收收入12.86亿元，比上年的11.62亿元增长10.7%: a comparison's base is no part.
    const parts = figures.filter((f) => f.span.start > q && f.span.end <= end && level(f) && !isComparisonBase(text, f));
    if (parts.length < 2) continue;
    const same = parts.filter((f) => f.dimension === total.dimension && sameThing(f, total));
    if (same.length < 2) continue;
    const traits = traitsFor(total);
    if (traits && overlappingKinds(text, same, traits)) {
      const lead = sameTraitLead(text, same, traits);
      if (lead.length < 2) continue;
      same.splice(lead.length);
    }
    const sum = same.reduce((s, f) => s + Math.max(0, interval(f)[0]), 0);
    if (!exceedsTotal(sum, total)) continue;
    const stated = same.reduce((s, f) => s + f.value, 0);
    // 已完成整改118个，整改率89.4%；其中…97个、…35个: the parts split the base of the rate stated
    // between (118 of 132), not what was done.
    const rate = figures.find((f) => f.kind === "percent" && f.span.start > total.span.end && f.span.end <= back && /率[为达是]?$/.test(text.slice(total.span.end, f.span.start)));
    if (rate && overlaps([(interval(total)[0] / stated) * 100, (interval(total)[1] / stated) * 100], interval(rate))) continue;
    out.push(finding(ARITHMETIC, same[same.length - 1], `“其中”各项合计${sumText(stated, total)}，超过总数“${total.text}”。`, {
      related: [{ span: total.span, message: `总数：“${total.text}”` }],
    }));
  }
  return out;
}

/**
 * Parts whose smallest sum `sum` the total cannot hold. A total written to a precision is below its next
 * rounding step (4.6万亩 is under 4.65万亩), so parts reaching that step exceed it; an exact count only
 * when they pass it.
 */
function exceedsTotal(sum: number, total: Figure): boolean {
  const max = interval(total)[1];
  return total.tolerance > 0 ? sum >= max * (1 - EPS) : sum > max * (1 + EPS);
}

/**
 * 授予48名同志“县劳动模范”称号，授予38名同志“县先进工作者”称号。受表彰的县劳动模范中，其中…: of several
 * totals, the one whose clause names the whole the lead names again before 中 (its last four characters).
 */
function namedAgain(text: string, candidates: Figure[], lead: string | undefined): Figure | undefined {
  const name = lead && /([\u4e00-\u9fff]{4})中[，,]$/.exec(lead)?.[1];
  if (!name) return undefined;
  const named = candidates.filter((f) => {
    const rest = text.slice(f.span.end);
    const clause = rest.slice(0, rest.search(/[，,。；;！？!?\n]|$/));
    return clause.includes(name);
  });
  return named.length === 1 ? named[0] : undefined;
}

function sentenceStartBefore(text: string, at: number): number {
  let i = at;
  while (i > 0 && !"。；;！？!?\n\r".includes(text[i - 1])) i--;
  return i;
}

/** The single Chinese digits with the total's classifier in a 其中 list (九个, 七个), outside the parts already read. */
function singleDigitParts(text: string, from: number, to: number, total: Figure, parts: Figure[]): number[] {
  const classifier = total.unit.replace(/^[十百千万亿多余]+/, "");
  if (!classifier) return [];
  const out: number[] = [];
  const list = text.slice(from, to);
  // 每一座, 这两项, 同一批: a determiner's 一 counts nothing.
  for (const m of list.matchAll(/(?<![零〇一二两三四五六七八九十百千万亿第0-9０-９每各这那哪同单唯])([一二两三四五六七八九])(?=(.))/g)) {
    const at = from + m.index!;
    if (!list.startsWith(classifier, m.index! + 1) || parts.some((f) => f.span.start <= at && at < f.span.end)) continue;
    // 一艘都不能少, 一个也不能漏: an emphasis, no part.
    if (/^[都也]/.test(list.slice(m.index! + 1 + classifier.length))) continue;
    out.push("一二三四五六七八九".indexOf(m[1] === "两" ? "二" : m[1]) + 1);
  }
  return out;
}

/**
 * A figure that is no quantity to add up: a per-head or average value (人均可支配收入,
 * 户均, 平均) or a rate (设计速度每小时100公里, 时速): the parts of a total never are one,
 * and a total that is one has no parts that sum to it.
 */
function notAdditive(text: string, f: Figure): boolean {
  if (f.metric && AVERAGE.test(f.metric)) return true;
  const clause = text.slice(Math.max(0, f.span.start - 20), f.span.start).split(/[，,；;：:。！？、]/).pop() ?? "";
  return AVERAGE.test(clause) || /每[\u4e00-\u9fff]{0,2}$|时速|速度/.test(clause);
}

/** An average per unit: 人均, 户均, 亩均, 村均, 校均, 日均, 平均 (not 均衡, 均等). */
const AVERAGE = /(?:[人户亩村镇乡县校企场床站车台件笔店家所园社日月年])均(?![衡等匀质])|平均|每/;

/** A sum of parts in the total's own classifier when it is a plain count (38栋), else in the base unit. */
function sumText(stated: number, total: Figure): string {
  if (total.dimension === "count" && /^[^万亿]+$/.test(total.unit)) return `${Number(stated.toPrecision(12))}${total.unit}`;
  // In the total's own unit (4.8万亩 against 4.6万亩), when its number is plain digits.
  const written = Number(total.numberText);
  if (total.unit && written > 0 && Number.isFinite(written)) return `${Number(((stated * written) / total.value).toPrecision(6))}${total.unit}`;
  return formatBase(stated, total.dimension as never);
}

/** For counts, the classifier must agree (家 and 张 are both counts); other dimensions are one kind of thing. */
function sameThing(a: Figure, b: Figure): boolean {
  const classifier = (u: string) => u.replace(/^[十百千万亿多余]+/, "");
  return a.dimension !== "count" || classifier(a.unit) === classifier(b.unit);
}

/**
 * Genuine shares, capped at 100%. Not 毛入学率 (enrolment of any age over the
 * age group's population), not 完成率 or 完成年度任务的108% (progress may pass its goal).
 */
const SHARE = /(比重|占比|份额|比例|城镇化率|覆盖率|普及率|参保率|失业率|达标率|优良率|合格率|净入学率|满意率|满意度|覆盖面)$/;

/**
 * Ratios of two different quantities that pass 100% when all is well: a bank's
 * 流动性覆盖率, 拨备覆盖率, 净稳定资金比例, 流动性比例, a securities firm's 风险覆盖率 (net capital over risk reserves), an insurer's 偿付能力充足率,
 * 资本充足率, and completion, execution and output-to-sales rates.
 */
const NOT_SHARE = /流动性覆盖率|拨备覆盖率|风险覆盖率|覆盖倍数|稳定资金比例|流动性比例|充足率|偿付能力|备付率|存贷比|贷存比|完成率|执行率|产销率|到位率|兑现率|保障倍数|担保比例|抵押率|质押率|杠杆率|负债率|资产负债比例/;

function checkShares(model: DocumentModel, figures: Figure[]): Finding[] {
  // 新能源汽车占比达到103%: 占比 may stand between the metric and the figure.
  const isShare = (f: Figure) => !!f.metric && !/毛/.test(f.metric) && !NOT_SHARE.test(model.text.slice(Math.max(0, (f.metricSpan?.start ?? f.span.start) - 8), f.span.start)) && (SHARE.test(f.metric) || (!!f.metricSpan && /^(?:占比|比重|所占比重)/.test(model.text.slice(f.metricSpan.end, f.span.start))));
  return figures
    .filter((f) => f.kind === "percent" && f.aspect === "level" && f.bound !== "upper" && !f.relation && isShare(f) && interval(f)[0] > 100)
    .map((f) => finding(ARITHMETIC, f, `“${f.metric}”是占比，不能超过100%，此处为“${f.text}”。`));
}

/**
 * 去年投诉48件；今年1到7月已经有132件了，增长了2.75倍: a multiple right after the new value that is
 * exactly the ratio to the one earlier value of its unit in the paragraph (132 / 48 = 2.75), and not
 * the increase (1.75), names how many times, not how much more. Only the exact ratio is read: any
 * other number may be over another base.
 */
function checkRatioAsIncrease(model: DocumentModel, figures: Figure[]): Finding[] {
  const out: Finding[] = [];
  const text = model.text;
  for (let i = 2; i < figures.length; i++) {
    const c = figures[i];
    const now = figures[i - 1];
    if (c.kind !== "multiple" || c.aspect !== "change" || c.direction !== 1 || c.bound !== "exact" || now.line !== c.line) continue;
    if (now.kind !== "amount" || now.aspect !== "level" || now.bound !== "exact" || now.role || now.goal) continue;
    if (!/^了?[，,]\s*(?:同比)?(?:增长|增加)了?$/.test(text.slice(now.span.end, c.span.start))) continue;
    const earlier = figures.slice(0, i - 1).filter((f) => f.line === c.line && sameUnit(f, now) && f.kind === "amount");
    const base = earlier[earlier.length - 1];
    if (!base || base.aspect !== "level" || base.bound !== "exact" || base.role || base.goal || base.value <= 0 || /[比较]/.test(text.slice(base.span.end, now.span.start))) continue;
    const ratio = now.value / base.value;
    const tol = c.tolerance + 1e-9;
    if (Math.abs(ratio - c.value) > tol || Math.abs(ratio - 1 - c.value) <= tol) continue;
    out.push(finding(ARITHMETIC, c, `${now.text}是${base.text}的${round(ratio)}倍，增长${round(ratio - 1)}倍；此处“增长${c.text}”说的是倍数，应为“是…的${c.text}”或“增长${round(ratio - 1)}倍”。`, {
      related: [{ span: base.span, message: `基数：“${base.text}”` }],
    }));
  }
  return out;
}

export function checkArithmetic(model: DocumentModel, figures: Figure[]): Finding[] {
  const found = [
    ...checkFromTo(model, figures), ...checkAgainstBase(model, figures), ...checkAgainstNamedYear(model, figures), ...checkIncrementAndRate(model, figures), ...checkDoublingSpans(model), ...checkParts(model, figures), ...checkPartsOfPreviousSentence(model, figures), ...checkShares(model, figures),
    ...checkProgress(model, figures, arith), ...checkShareOfTotal(model, figures, arith), ...checkRate(model, figures, arith), ...checkRatioStrings(model, ARITHMETIC), ...checkSurveyRest(model, figures, arith),
  ];
  // The readings of a total without 其中 right after it stand back where another reading spoke.
  const taken = new Set(found.map((f) => f.span.start));
  const more = [...checkShareOfEarlierTotal(model, figures, arith), ...checkColonParts(model, figures, ARITHMETIC), ...checkRatioAsIncrease(model, figures)].filter((f) => !taken.has(f.span.start));
  // 完成率95.7% read both as progress toward the 12 planned and as a rate of 11 over 12: one figure, said once.
  const said = new Set<string>();
  return [...found, ...more].filter((f) => {
    const key = `${f.span.start}:${f.span.end}`;
    return !said.has(key) && !!said.add(key);
  });
}
