/**
 * extractFigures: every figure of a draft with its value, unit, qualifier,
 * period and metric. Paragraphs are read independently and cached by their
 * text, so after an edit only the changed paragraph is read again.
 */
import type { DocumentModel } from "../document/model";
import { documentDate, numberOf } from "../document/date";
import type { Span } from "../document/text";
import { parseDigitString } from "./numbers";
import { readMetrics, normalizeMetric, DEFAULT_LEXICON, type MetricLexicon } from "./metrics";
import { readChange, scanParagraph } from "./scan";
import { periodAt, periodScopes, resolvePeriod, titleFacts, withScope } from "./periods";
import type { Figure, Period } from "./types";
import { detach, LruCache } from "../document/line-cache";
import { SegmenterError } from "../segmenter";
import { sentenceBefore } from "./checks/shared";
import { tableFigures } from "./md-table";

export interface ExtractOptions {
  /** The year 今年 refers to; undefined or null infers it from the draft's dates. */
  documentYear?: number | null;
  lexicon?: MetricLexicon;
}

/** A paragraph's figures, offsets relative to the paragraph. */
interface ParagraphFigure extends Omit<Figure, "line" | "period"> {
  rawPeriod?: Period;
}

/**
 * Paragraph text → figures, one cache per metric lexicon (a target table adds
 * names, and so changes what a paragraph yields). A few lexicons at most are
 * in use at once: one per workspace's target table.
 */
const LEXICON_CACHES = 4;
const caches = new Map<string, LruCache<ParagraphFigure[]>>();

function cacheFor(lexicon: MetricLexicon): LruCache<ParagraphFigure[]> {
  let cache = caches.get(lexicon.key);
  if (cache) {
    caches.delete(lexicon.key);
  } else {
    cache = new LruCache<ParagraphFigure[]>();
    if (caches.size >= LEXICON_CACHES) caches.delete(caches.keys().next().value as string);
  }
  caches.set(lexicon.key, cache);
  return cache;
}

export function clearFigureCache(): void {
  caches.clear();
}

/** Paragraphs cached, over every lexicon. */
export function figureCacheSize(): number {
  let n = 0;
  for (const c of caches.values()) n += c.size;
  return n;
}

function readParagraph(text: string, lexicon: MetricLexicon): ParagraphFigure[] {
  const cache = cacheFor(lexicon);
  const hit = cache.get(text);
  if (hit) return hit;
  const own = detach(text);
  let figures: ParagraphFigure[];
  try {
    figures = extractParagraph(own, lexicon);
  } catch (e) {
    // A segmenter that cannot load is the caller's to report (nothing is checked without it), never
    // a paragraph without figures; any other failure leaves the paragraph with none.
    if (e instanceof SegmenterError) throw e;
    figures = [];
  }
  cache.set(own, figures);
  return figures;
}

function extractParagraph(text: string, lexicon: MetricLexicon): ParagraphFigure[] {
  if (!/[0-9０-９零〇一二两三四五六七八九十百千万亿翻]/.test(text)) return [];
  const scan = scanParagraph(text);
  if (!scan.figures.length) return [];
  const metrics = readMetrics(text, scan, lexicon);
  const read: ParagraphFigure[] = [];
  scan.figures.forEach((f, i) => {
    const m = metrics[i];
    let metric: string | undefined;
    let aspect = f.aspect;
    let direction = f.direction;
    // 分别增长5.1%、6.3%: a figure listed right after another of its kind says what it says.
    const prev = i > 0 ? scan.figures[i - 1] : undefined;
    if (prev && prev.kind === f.kind && prev.sentence === f.sentence && /^[、和及与]$/.test(text.slice(prev.end, f.start))) {
      aspect = read[i - 1].aspect;
      direction = read[i - 1].direction;
    }
    // The change verb is read after the metric: 城镇新增就业1244万人 is a level, not a change.
    if (m && m.source === "before" && m.end <= f.start && m.end > scan.clauseStarts[f.clause]) {
      ({ aspect, direction } = readChange(text.slice(m.end, f.start)));
      if (f.kind === "doubling") aspect = "change";
    }
    if (m) {
      const norm = normalizeMetric(m.text, lexicon);
      metric = norm.metric;
      if (norm.growth && (f.kind === "percent" || f.kind === "points")) aspect = "change";
      // …下降至52微克/立方米，降幅15.4%: a fall's size, named by itself.
      if (/(?:降幅|减幅|跌幅)$/.test(m.text) && f.kind === "percent") {
        aspect = "change";
        direction = -1;
      }
    }
    const own = periodAt(scan.periods, f.start, f.clause);
    const baseYear = own.baseYear;
    // 与年初确定的增长8%的目标相比: the goal compared with is the year's, whatever part the sentence reports.
    const period = f.relation === "compared" && f.goal && own.period?.part ? { ...own.period, part: undefined, label: own.period.label.replace(own.period.part, "") || "全年", whole: true } : own.period;
    read.push({
      span: { start: f.start, end: f.end },
      text: text.slice(f.start, f.end),
      numberText: f.numberText,
      numberSpan: { start: f.numberStart, end: f.numberEnd },
      written: f.written,
      unit: f.unit,
      kind: f.kind,
      dimension: f.dimension,
      value: f.value,
      tolerance: f.tolerance,
      bound: f.bound,
      qualifiers: f.qualifiers,
      // 到2027年…达到: a target year makes the figure a goal (到2023年底 is a result).
      goal: f.goal || (!!period?.target && !period.part),
      aspect,
      direction,
      role: f.role,
      average: f.average,
      relation: f.relation,
      baseResult: f.baseResult,
      rawPeriod: period,
      baseYear,
      metric,
      metricText: m?.text,
      metricSpan: m ? { start: m.start, end: m.end } : undefined,
    });
  });
  return read;
}

const FULL_DATE = /([0-9０-９]{4}|[〇零一二三四五六七八九]{4})年([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})月([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})日/y;

/** The draft's year from its full dates (2022年10月16日), when they all agree. */
export function inferDocumentYear(text: string): number | undefined {
  let year: number | undefined;
  // Tried only at each 年 (the year is four characters before it): this runs on every edit.
  for (let at = text.indexOf("年", 4); at >= 0; at = text.indexOf("年", at + 1)) {
    FULL_DATE.lastIndex = at - 4;
    const m = FULL_DATE.exec(text);
    if (!m) continue;
    const y = parseDigitString(m[1]);
    if (!y || y < 1900 || y > 2100) continue;
    if (year !== undefined && y !== year) return undefined;
    year = y;
  }
  return year;
}

function shift(span: Span, by: number): Span {
  return { start: span.start + by, end: span.end + by };
}

/** The words that name a goal as one (预期目标是：, 力争), not 稳定在 or 控制在 that a result may use too. */
const NAMED_GOAL = /目标|预期|力争|确保|争取|力求/;

/**
 * 全年交易额26.3亿元的成绩来之不易，明年力争… under 2026年工作安排: a sentence that names 明年 for what comes
 * tells its bare 全年 of this year, not of the heading's.
 */
function thisYearsWhole(text: string, span: Span, own: Period | undefined): boolean {
  if (!own?.whole || own.year !== undefined || own.relative !== undefined || own.from !== undefined) return false;
  const sentence = wholeSentenceAt(text, span.start);
  return /明年/.test(text.slice(span.end, sentence.end)) && !/明年/.test(text.slice(sentence.start, span.start));
}

function wholeSentenceAt(text: string, at: number): { start: number; end: number } {
  let start = at;
  while (start > 0 && !"。！？!?\n".includes(text[start - 1])) start--;
  let end = at;
  while (end < text.length && !"。！？!?\n".includes(text[end])) end++;
  return { start, end };
}

/** A goal with no year of its own is for the year its draft's title names. */
/** 力争到2025年底在现有602个托位基础上…: the base of a goal is never for the goal's target year. */
function baseOutsideTarget(baseResult: boolean | undefined, dated: { goal: boolean; period?: Period }): { goal: boolean; period?: Period } {
  return baseResult && dated.period?.target ? { goal: dated.goal } : dated;
}

function goalOf(goal: boolean, period: Period | undefined, titleYear: Period | undefined, year: number | undefined, named: boolean): { goal: boolean; period?: Period } {
  // 主要预期目标是：…增长6.5%: a goal named as one, with no period, is this year's, as 今年力争… is.
  if (goal && named && !period && !titleYear) return { goal, period: resolvePeriod({ label: "今年", relative: 0, inherited: true }, year) };
  if (!goal || !titleYear) return { goal, period };
  if (!period) return { goal, period: titleYear };
  if (period.year === undefined && period.from === undefined) return { goal, period: { ...period, year: titleYear.year! + (period.relative ?? 0), inherited: true } };
  return { goal, period };
}

/**
 * The period of a figure, its own completed by its scope. A result cannot lie
 * after the draft's date: 1—8月…完成投资 under 做好明年项目储备 is this year's
 * 1—8月, not next year's.
 */
function resultPeriod(goal: boolean, own: Period | undefined, scope: Period | undefined, year: number | undefined): Period | undefined {
  const scoped = resolvePeriod(withScope(own, scope), year);
  if (goal || !own?.part || !scoped?.inherited || year === undefined || scoped.year === undefined || scoped.year <= year) return scoped;
  return resolvePeriod(withScope(own, undefined), year);
}

/** Goal words a sentence sets a goal with, beyond the figure's own (要, 将, 计划…). */
const GOAL_WORDS = /目标|预期|力争|确保|争取|力求|计划|预计|要|将|拟|预期/;

/** The last month of a part of the year: 1—8月 → 8, 6月份 → 6, 上半年 → 6, 前三季度 → 9. */
function lastMonthOf(part: string): number | undefined {
  // (11月底, 9月末: the month's end is still that month.)
  const months = /(?:[0-9０-９一二三四五六七八九十]+[—–\-~～至到])?([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})月(?:份|底|末)?$/.exec(part);
  if (months) return numberOf(months[1]);
  if (/上半年/.test(part)) return 6;
  const quarters = /(?:前|第)?([一二三1-3])(?:个)?季度$/.exec(part);
  return quarters ? 3 * ("一二三".indexOf(quarters[1]) + 1 || Number(quarters[1])) : undefined;
}

/** True when a figure names only a part of the year (no year, or the draft's own) that ended before the month the draft is dated. */
function endedBefore(own: Period | undefined, drafted: { year: number; month?: number } | undefined): boolean {
  // (截至2025年5月 in a draft of June 2025: the year written is the draft's own.)
  if (!own?.part || (own.year !== undefined && own.year !== drafted?.year) || own.relative !== undefined || own.from !== undefined || !drafted?.month) return false;
  const last = lastMonthOf(own.part);
  return last !== undefined && last < drafted.month;
}

/** Every figure in the draft, in text order. Pure; uses the segmenter for metrics. */
export function extractFigures(model: DocumentModel, options: ExtractOptions = {}): Figure[] {
  const lexicon = options.lexicon ?? DEFAULT_LEXICON;
  const title = titleFacts(model);
  // The draft's year: as set, else its full dates, else its title's year (a 2025年政府工作报告 says 今年 of 2025).
  // A statistical bulletin (2024年…统计公报) reports its title's year, whenever it is published.
  const year = options.documentYear ?? (title.bulletin ? title.goalYear?.year : undefined) ?? inferDocumentYear(model.text) ?? title.goalYear?.year;
  // Heading tokens and enumerators are numbering, not figures.
  const numbering: Span[] = [...model.headings.flatMap((h) => (h.token ? [h.token.span] : [])), ...model.enumerators.map((e) => e.span)];
  const scopes = periodScopes(model);
  const drafted = documentDate(model, options.documentYear);
  // 关于2024年度科普工作情况的报告, dated 2025: its 全年 and 上半年 are 2024's; only 今年 names the draft's year.
  const reviewYear = !options.documentYear && title.goalYear?.year !== undefined && year !== undefined && title.goalYear.year < year && title.reviews ? title.goalYear.year : undefined;
  const titledYear = title.reviews && !title.plan ? title.goalYear?.year : undefined;
  const out: Figure[] = [];
  model.paragraphs.forEach((p, index) => {
    const base = p.span.start;
    for (const f of readParagraph(p.text, lexicon)) {
      const span = shift(f.span, base);
      if (numbering.length && numbering.some((n) => n.start < span.end && span.start < n.end)) continue;
      const { rawPeriod: readPeriod, ...rest } = f;
      let rawPeriod = readPeriod;
      // 到2025年，全县归侨侨眷有2.3万多人 in a draft of September 2025: 到 the draft's own year, then 有 right
      // before the figure and no goal word, says how many there are now.
      if (rest.goal && rawPeriod?.target && !rawPeriod.part && drafted?.month && rawPeriod.year === drafted.year) {
        const before = sentenceBefore(model.text, span.start);
        if (/(?:有|已达|已达到)$/.test(before) && !GOAL_WORDS.test(before)) {
          rest.goal = false;
          rawPeriod = { ...rawPeriod, target: undefined };
        }
      }
      // 2026年，我将…：在全年业务量368.5万件的基础上，力争2026年…: a base named only as 全年 is the year under
      // review, not the year the sentence opens with.
      if (rest.baseResult && rawPeriod?.whole && rawPeriod.year !== undefined && /在全年[^在]*$/.test(sentenceBefore(model.text, span.start))) rawPeriod = { label: "全年", whole: true, relative: 0 };
      // 全年粮食播种面积稳定在86.5万亩 under 2024年工作回顾: 稳定在 states the result there, unless a goal is named.
      if (rest.goal && scopes[index].review && !rawPeriod?.target && !NAMED_GOAL.test(sentenceBefore(model.text, span.start))) rest.goal = false;
      // 1—8月，全市…完成投资68.3亿元 under 下一步工作安排 in a draft of September: a part of the
      // year already over, with no goal word, reports a result of the draft's year.
      const pastResult = !rest.goal && !title.plan && scopes[index].goal && endedBefore(rawPeriod, drafted) && !GOAL_WORDS.test(sentenceBefore(model.text, span.start));
      // 截至2024年底…21对 in a 2025 draft's goals part, 去年…增长6.8%: a year already past states a result.
      // 总之，2025年全县公共资源交易总额突破60亿元 under 三、2026年工作计划: a year written before the goals' year,
      // with no goal word, is the result the plan starts from.
      const scopeYear = scopes[index].goal ? scopes[index].period?.year : undefined;
      const beforeGoals = !!rawPeriod && !rawPeriod.target && !rest.goal && rawPeriod.year !== undefined && scopeYear !== undefined && rawPeriod.year < scopeYear && !GOAL_WORDS.test(sentenceBefore(model.text, span.start));
      const pastYear = beforeGoals || (!!rawPeriod && !rawPeriod.target && ((rawPeriod.year !== undefined && year !== undefined && rawPeriod.year < year) || (rawPeriod.relative !== undefined && rawPeriod.relative < 0)));
      const isGoal = !pastResult && !pastYear && !rest.baseResult && (rest.goal || title.plan || (scopes[index].goal && !rest.relation));
      out.push({
        ...rest,
        span,
        numberSpan: shift(f.numberSpan, base),
        metricSpan: f.metricSpan && shift(f.metricSpan, base),
        ...baseOutsideTarget(rest.baseResult, goalOf(isGoal, pastResult ? resolvePeriod(withScope(rawPeriod, undefined), year) : resultPeriod(isGoal, rawPeriod, thisYearsWhole(model.text, span, rawPeriod) ? undefined : scopes[index].period, year), title.goalYear, year, NAMED_GOAL.test(sentenceBefore(model.text, span.start)))),
        line: p.line,
      });
      const last = out[out.length - 1];
      if (reviewYear !== undefined && last.period?.relative === 0 && !/今年|本年|当年/.test(last.period.label)) last.period = { ...last.period, year: reviewYear, relative: undefined, titled: true };
      // 2024年工作报告 … 全年开展主题宣讲412场: in a draft reviewing the year its title names, the whole year
      // is that year, as good as written.
      else if (titledYear !== undefined && last.period?.whole && !last.period.part && last.period.year === titledYear && !/今年|本年|当年/.test(last.period.label)) last.period = { ...last.period, titled: true };
    }
  });
  // A Markdown table's rows are figures too (| 社会消费品零售总额 | 亿元 | 106.2 | 4.9 |).
  const tables = model.paragraphs.some((p) => p.text.startsWith("|") || p.text.includes("\t")) ? tableFigures(model, lexicon, scopes, year) : [];
  if (!tables.length) return out;
  // A cell the sentence reader also read (5.1% in a growth column) is the table's figure.
  // In a table whose header names two years or more (| 指标 | 2020年 | 2024年 | 变化 |), another cell of a row
  // (增长35.5% over those years) is read by the table's columns or not at all: as running text it would
  // take the period of the text around the table.
  const rows = yearTableRows(model);
  const kept = out.filter((f) => !rows.has(f.line) && !tables.some((t) => t.span.start < f.span.end && f.span.start < t.span.end));
  return [...kept, ...tables].sort((a, b) => a.span.start - b.span.start);
}

/** The lines of the rows of Markdown tables whose header names two or more years. */
function yearTableRows(model: DocumentModel): Set<number> {
  const rows = new Set<number>();
  const ps = model.paragraphs;
  for (let k = 0; k + 1 < ps.length; k++) {
    if (!ps[k].text.startsWith("|") || !/^\|?(?:\s*:?-{3,}:?\s*\|)+\s*$/.test(ps[k + 1].text.trim())) continue;
    const years = new Set(ps[k].text.match(/[0-9]{4}(?=年)/g) ?? []);
    if (years.size < 2) continue;
    for (let r = k + 2; r < ps.length && /^\|.*\|\s*$/.test(ps[r].text); r++) rows.add(ps[r].line);
  }
  return rows;
}
