/**
 * Finds figures and period words in one paragraph with regular expressions
 * only (no segmenter). Spans are relative to the paragraph text.
 */
import { isSingleChineseDigit, parseArabic, parseChineseNumber, parseDigitString, type ParsedNumber } from "./numbers";
import type { Bound, FigureKind, FigureMeasure, Period } from "./types";
import { MULTIPLIERS, UNIT_WORDS, unitInfo, type Dimension } from "./units";

export interface ScannedFigure extends FigureMeasure {
  start: number;
  end: number;
  numberStart: number;
  numberEnd: number;
  /** Index of the clause (between ，。；：、！？) the figure is in. */
  clause: number;
  sentence: number;
}

export type PeriodMarkKind = "year" | "relative" | "span" | "part" | "base" | "whole";

/** A period word in the paragraph: the period it names, where, and in which clause. */
export interface PeriodMark extends Period {
  start: number;
  end: number;
  kind: PeriodMarkKind;
  clause: number;
  /** Holds only in its own clause (全年 in 完成全年目标任务的…). */
  clauseOnly?: boolean;
  /** 在2024年粮食产量56.2万吨的基础上: the year holds up to here, and is only the base year after it. */
  until?: number;
}

const AR = "[0-9０-９]+(?:,[0-9]{3})*(?:[.．][0-9０-９]+)?";
const CN = "[零〇一二两三四五六七八九十百千万亿]+(?:点[零〇一二三四五六七八九]+)?";
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\%]/g, "\\$&");
const UNITS = `个多月|个余月|${UNIT_WORDS.map(escape).join("|")}`;
/** Text pasted from PDF and the web puts a space between a number and its unit (256 亿元). */
const GAP = (next: string) => `(?:[ \u00a0](?=${next}))?`;
const QUANTITY = new RegExp(`(百分之)?(${AR}|${CN})(多|余)?${GAP(`万亿|亿|万|${UNITS}`)}(万亿|亿|万)?(多|余)?${GAP(UNITS)}(${UNITS})?(多|余)?`, "g");
const DOUBLING = /翻(了)?(一|两|二|三|四|五|[1-5])番(多)?/g;

const CLAUSE_BREAKS = "，,；;。！？!?：:、";
const SENTENCE_BREAK = /[；;。！？!?]/;

/** Qualifiers written before the number, longest first; each with the bound it sets. */
const PREFIX_QUALIFIERS: [string, Bound][] = (
  [
    ["不少于", "lower"], ["不低于", "lower"], ["不超过", "upper"], ["不高于", "upper"], ["不到", "upper"], ["最多", "upper"],
    ["大约", "approx"], ["约为", "approx"], ["将近", "near"], ["接近", "near"], ["超过", "lower"], ["突破", "lower"],
    ["至少", "lower"], ["最少", "lower"], ["约", "approx"], ["近", "near"], ["超", "lower"], ["逾", "lower"],
  ] as [string, Bound][]
).sort((a, b) => b[0].length - a[0].length);

/** 签约, 节约, 制约, 预约; 附近, 最近, 临近; 赶超: words that end in a one-character qualifier. */
const QUALIFIER_IN_WORD = /(?:[签节制预合契履违缔特公相邀]约|[附最临邻亲接将靠就贴]近|[赶追高]超)$/;

const SUFFIX_QUALIFIERS: [string, Bound][] = [
  ["左右", "approx"], ["上下", "approx"], ["以上", "lower"], ["以下", "upper"], ["以内", "upper"], ["之多", "exact"], ["有余", "more"],
];

/** A one-character classifier followed by these characters is part of a word (家庭, 部门, 项目), not a unit. */
const NOT_A_UNIT_BEFORE: Record<string, string> = {
  家: "庭乡园属长门", 个: "人体性", 部: "门分署署", 项: "目", 条: "件例", 台: "阶", 处: "理置", 起: "来步点", 名: "单义",
  位: "置于", 件: "事", 场: "景所", 次: "要", 批: "准", 本: "地", 种: "类子植", 度: "过", 所: "有以", 类: "型", 份: "额",
  笔: "记墨者试画直", 具: "体有备", 箱: "包底", 头: "部", 只: "是要有", 片: "区", 粒: "子", 间: "隙", 人: "民", 座: "谈", 套: "餐", 张: "力", 米: "粮", 天: "然", 卷: "烟入帘宗轴尺", 周: "年岁边末围期转",
};

/** Words that make a figure a goal rather than a result (力争达到, 确保, 目标为, 要达到, 预期, 稳定在, 控制在). */
const GOAL = /力争|确保|争取|力求|目标|预期|要(?:达到|实现|突破|超过|完成)|(?:稳定|控制|保持)在/;
// 涨了80%, 降到了300块: the spoken one-character verbs too. 偏多/偏少 (降水量较常年偏多21.9%): a weather or
// water report's change against a normal or last year's value.
// (事业单位从1236个精简到968个，精简27.7%: 精简, 削减 and 缩减 decrease too.)
const CHANGE_VERB = /(增长|增加|提高|提升|上涨|上升|扩大|涨幅|增速|增幅|增产|增收|下降|降低|减少|缩小|缩短|缩减|削减|精简|压缩|回落|下滑|压减|降幅|减产|减收|偏多|偏少|偏高|偏低|涨|跌|降)(了)?(到|至)?/g;
const FALLING = /^(下降|降低|减少|缩小|缩短|缩减|削减|精简|压缩|回落|下滑|压减|降幅|减产|减收|偏少|偏低|跌|降)$/;
// (由去年的32个优化调整为26个, 从4米拓宽到12米: a change of size or layout has its end point too.)
const TO_VERB = /(增长|增加|提高|提升|上升|扩大|下降|降低|减少|缩小|缩短|缩减|削减|精简|压缩|回落|回升|下滑|攀升|跃升|涨|跌|降|增|提|调)(了)?(到|至)了?$|(达到|达|到)$|(?:调整|调减|压减|压降|拓宽|加宽|扩建|扩容)(?:了)?(?:到|至|为)了?$/;
/** 增长了两倍, 增加一倍: the verb right before a multiple written with one Chinese digit. */
const CHANGE_BEFORE_MULTIPLE = /(?:增长|增加|提高|提升|扩大|上升)了?$|(?:是|为)(?:原来|去年|上年)的$/;

interface Boundaries {
  clauseOf: Int32Array;
  sentenceOf: Int32Array;
  clauseStarts: number[];
  sentenceStarts: number[];
  /** Per character: true inside a short quotation or a book title (names, not figures). */
  quoted: Uint8Array;
}

/** Break classes by character code: 1 ends a clause, 2 also ends a sentence. Read per character, so a table, not a regex. */
const BREAK = new Map<number, number>([...CLAUSE_BREAKS].map((c) => [c.charCodeAt(0), SENTENCE_BREAK.test(c) ? 2 : 1]));
const OPEN_QUOTES = new Set([..."“《「"].map((c) => c.charCodeAt(0)));
const CLOSE_QUOTES = new Set([..."”》」"].map((c) => c.charCodeAt(0)));
const TITLE_OPEN = "《".charCodeAt(0);

function boundaries(text: string): Boundaries {
  const n = text.length;
  const clauseOf = new Int32Array(n + 1);
  const sentenceOf = new Int32Array(n + 1);
  const clauseStarts = [0];
  const sentenceStarts = [0];
  const quoted = new Uint8Array(n + 1);
  let clause = 0;
  let sentence = 0;
  const opens: number[] = []; // positions of open quotes; the code is read back from the text
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    clauseOf[i] = clause;
    sentenceOf[i] = sentence;
    if (OPEN_QUOTES.has(code)) opens.push(i);
    else if (CLOSE_QUOTES.has(code) && opens.length) {
      const at = opens.pop()!;
      // Short quotations are names and slogans (“两个维护”, “10%工作法”); 《》 are titles.
      if (text.charCodeAt(at) === TITLE_OPEN || i - at - 1 <= 20) quoted.fill(1, at, i + 1);
    }
    const brk = BREAK.get(code);
    if (brk) {
      clause++;
      clauseStarts.push(i + 1);
      if (brk === 2) {
        sentence++;
        sentenceStarts.push(i + 1);
      }
    }
  }
  clauseOf[n] = clause;
  sentenceOf[n] = sentence;
  return { clauseOf, sentenceOf, clauseStarts, sentenceStarts, quoted };
}

function readNumber(numeral: string): ParsedNumber | undefined {
  return /^[0-9０-９]/.test(numeral) ? parseArabic(numeral) : parseChineseNumber(numeral);
}

export interface ScanResult {
  figures: ScannedFigure[];
  periods: PeriodMark[];
  clauseStarts: number[];
}

/** Scans one paragraph for figures and period words. Never throws. */
export function scanParagraph(text: string): ScanResult {
  const b = boundaries(text);
  const figures: ScannedFigure[] = [];
  QUANTITY.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = QUANTITY.exec(text)); ) {
    if (m[0].length === 0) {
      QUANTITY.lastIndex++;
      continue;
    }
    const f = readQuantity(text, m, b);
    if (f) figures.push(f);
  }
  DOUBLING.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = DOUBLING.exec(text)); ) {
    if (b.quoted[m.index]) continue;
    const times = parseDigitString(m[2]) ?? (m[2] === "两" ? 2 : undefined);
    if (!times) continue;
    const start = m.index;
    const end = start + m[0].length;
    const nStart = start + 1 + (m[1] ? 1 : 0);
    figures.push(finish(text, b, {
      start, end, numberStart: nStart, numberEnd: nStart + m[2].length, numberText: m[2], written: times, unit: "番", kind: "doubling",
      dimension: "multiple", value: Math.pow(2, times), tolerance: 0, bound: m[3] ? "more" : "exact", qualifiers: m[3] ? ["多"] : [],
    }));
  }
  figures.sort((x, y) => x.start - y.start);
  return { figures, periods: scanPeriods(text, b), clauseStarts: b.clauseStarts };
}

type Core = Omit<ScannedFigure, "goal" | "aspect" | "direction" | "role" | "average" | "clause" | "sentence" | "relation">;

function readQuantity(text: string, m: RegExpExecArray, b: Boundaries): ScannedFigure | undefined {
  const start = m.index;
  const [, percentWord, numeral, more1, multiplier, more2] = m;
  let unit: string | undefined = m[6];
  let more3: string | undefined = m[7];
  const numberStart = start + (percentWord ? 3 : 0);
  let end = start + m[0].length;
  if (b.quoted[start]) return undefined;
  const prev = text[start - 1] ?? "";
  if (/[A-Za-z0-9０-９.．_\-+/第]/.test(prev)) return undefined;
  const isArabic = /^[0-9０-９]/.test(numeral);
  if (!isArabic && /[ \u00a0]/.test(m[0])) return undefined;
  // 1.2025年 at the start of a list item: the item number 1. and the year 2025年.
  if (isArabic && /^[0-9０-９]{1,2}[.．][0-9０-９]{4}$/.test(numeral) && /^年/.test(text.slice(numberStart + numeral.length))) return undefined;
  // 第 3 个: an ordinal however it is spaced.
  if (/第[ \u00a0]*$/.test(text.slice(Math.max(0, start - 3), start))) return undefined;
  // 五十万千瓦: the 千 belongs to the unit.
  if (!isArabic && numeral.endsWith("千") && !unit && /^(瓦|米|克)/.test(text.slice(numberStart + numeral.length))) {
    return undefined;
  }
  // (At the paragraph's end nothing follows: "件例".includes("") would drop the unit of 预警信息162条.)
  const following = text[end - (more3 ? 1 : 0)];
  // (超过30所以上, 办学规模100所以内: 以上, 以下 and 以内 after a classifier keep it a unit, where 所以 would be the conjunction.)
  const boundAfter = /^以[上下内]/.test(text.slice(end - (more3 ? 1 : 0), end - (more3 ? 1 : 0) + 2));
  if (unit && unit.length === 1 && following !== undefined && NOT_A_UNIT_BEFORE[unit]?.includes(following) && !boundAfter) {
    end -= unit.length + (more3 ? 1 : 0);
    unit = undefined;
    more3 = undefined;
  }
  const next = text[end] ?? "";
  if (/[A-Za-z]/.test(next)) return undefined;
  // 千亿斤粮食产能, 百家争鸣, 信心百倍: a bare order of magnitude is a name, not a figure.
  if (/^[百千万亿]+$/.test(numeral) && !/[上近超逾]/.test(prev)) return undefined;
  const parsed = readNumber(numeral);
  if (!parsed || !Number.isFinite(parsed.value)) return undefined;
  if (!unit && !percentWord) {
    // Dates and years are periods, not figures; a bare number needs 万 or 亿 to be a quantity.
    const hasMultiplier = !!multiplier || (!isArabic && /[万亿]/.test(numeral));
    if (!hasMultiplier) return undefined;
    if (/^[年月日号时]/.test(next)) return undefined;
  }
  const info = unit ? unitInfo(unit === "个多月" || unit === "个余月" ? "个月" : unit) : undefined;
  if (unit && !info) return undefined;
  // 10时30分 is a time of day, 3分之1 a fraction, 60分贝 a loudness: no scores.
  if (unit === "分" && (/[时点:：]$/.test(text.slice(Math.max(0, start - 1), start)) || /^[之贝秒]/.test(text.slice(end)))) return undefined;
  // 60岁以上老人, 18岁: ages that bound a group, not figures of their own.
  if (unit === "岁" && !AGE_METRIC_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return undefined;
  const dimension: Dimension | "none" = percentWord ? "percent" : info ? info.dimension : "count";
  if (unit === "年" && (isArabic ? /^[0-9０-９]{4}$/.test(numeral) : true)) return undefined;
  if (!isArabic && dimension === "time") return undefined; // 三年, 十年来: spans, not figures
  // 增长了两倍, 提高一倍: a multiple right after a change verb is a figure however small.
  const changeMultiple = dimension === "multiple" && CHANGE_BEFORE_MULTIPLE.test(text.slice(Math.max(0, start - 4), start));
  if (isSingleChineseDigit(numeral) && !multiplier && !changeMultiple && ["count", "people", "households", "personTimes", "time", "multiple"].includes(dimension)) {
    return undefined; // 一个, 两项, 五年
  }
  if (isArabic && /^[0-9０-９]{4}$/.test(numeral) && next === "年") return undefined;
  const mult = multiplier ? MULTIPLIERS[multiplier] : 1;
  const scale = info ? info.scale : 1;
  const written = Number((parsed.value * mult).toPrecision(12));
  const qualifiers: string[] = [];
  let bound: Bound = "exact";
  const moreWord = more1 || more2 || more3 || (unit === "个多月" ? "多" : unit === "个余月" ? "余" : "");
  let kind: FigureKind = "amount";
  if (dimension === "percent") kind = "percent";
  else if (dimension === "points") kind = "points";
  else if (dimension === "multiple") kind = "multiple";
  else if (dimension === "time") kind = "duration";
  const unitText = (multiplier ?? "") + (unit === "个多月" || unit === "个余月" ? "个月" : unit ?? (percentWord ? "%" : ""));
  let spanStart = start;
  for (const [word, wb] of PREFIX_QUALIFIERS) {
    // 签约38.9万人, 节约1200吨: a one-character qualifier that ends a word (签约, 附近, 最近) is the word's.
    if (word.length === 1 && QUALIFIER_IN_WORD.test(text.slice(Math.max(0, start - 2), start))) continue;
    if (text.endsWith(word, start)) {
      qualifiers.push(word);
      bound = wb;
      spanStart = start - word.length;
      break;
    }
  }
  // 上千万, 上百亿: "at least on the order of".
  if (!qualifiers.length && !isArabic && text[start - 1] === "上" && /^[百千万亿]/.test(numeral)) {
    qualifiers.push("上");
    bound = "lower";
    spanStart = start - 1;
  }
  if (moreWord) {
    qualifiers.push(moreWord);
    if (bound === "exact") bound = "more";
  }
  let spanEnd = end;
  for (const [word, wb] of SUFFIX_QUALIFIERS) {
    // (50人上下班, 3层上下楼: 上下 opens a word there, not a bound.)
    if (text.startsWith(word, end) && !(word === "上下" && /^[班楼车学游级山坡]/.test(text.charAt(end + 2)))) {
      qualifiers.push(word);
      if (bound === "exact" || wb === "approx") bound = wb;
      spanEnd = end + word.length;
      break;
    }
  }
  // 36个, 7个, 48名: a count of things or people written without 万 or 亿 is exact, not rounded.
  const exactCount = (dimension === "count" || dimension === "people" || dimension === "households" || dimension === "personTimes") && !multiplier && parsed.place === 1 && !/[万亿]/.test(numeral);
  const core: Core = {
    start: spanStart, end: spanEnd, numberStart, numberEnd: numberStart + numeral.length, numberText: numeral, written, unit: unitText,
    kind, dimension, value: Number((written * scale).toPrecision(12)), tolerance: exactCount ? 0 : (parsed.place * mult * scale) / 2, bound, qualifiers,
  };
  return finish(text, b, core);
}

/** 人均预期寿命达到79.6岁, 平均年龄由52岁下降到47.3岁: the metrics an age figure measures. */
const AGE_METRIC_BEFORE = /(?:寿命|平均年龄)[^，。；、]{0,8}$/;

/** Whether the words before a figure state a change (增长5%) or a level (提高到66.2%), and its direction. */
export function readChange(predicate: string): { aspect: "level" | "change"; direction: 1 | -1 } {
  let lastVerb: RegExpExecArray | undefined;
  CHANGE_VERB.lastIndex = 0;
  // 整治提升类0.74万户, 增长型企业: a verb that names a kind is no change.
  for (let v: RegExpExecArray | null; (v = CHANGE_VERB.exec(predicate)); ) if (!/^[类型]/.test(predicate.slice(v.index + v[0].length))) lastVerb = v;
  if (!lastVerb) return { aspect: "level", direction: 1 };
  return { aspect: lastVerb[3] ? "level" : "change", direction: FALLING.test(lastVerb[1]) ? -1 : 1 };
}

/** 完成全年目标任务的62.5%, 完成率108%, 占年度计划的52%: progress against a goal. */
const PROGRESS_BEFORE = /(?:(?:完成|达到|实现|占|为|是)了?[^，。；]{0,14}(?:目标|任务|计划)[^，。；]{0,10}的|(?:完成率|完成进度|序时进度|计划进度|任务进度)(?:为|达到|达)?)$/;
/** 高于全省平均水平1.2个百分点, 比全国快0.5个百分点: the gap to another figure. */
// 比去年同期的84.2%提高1.2个百分点 is a change against a base: 提高 and 降低 are no gap words.
const GAP_BEFORE = /(?:高于|低于|快于|慢于|领先|落后|高出|低出)[^，。；]{1,14}$|比[^，。；]{1,14}(?<![提升降减])(?:高|低|快|慢)出?了?$|^(?:分别)?(?:高|低|快|慢)出?了?$/;
/** 与年初确定的增长8%的目标相比: a figure named only to compare with. */
const COMPARED_AFTER = /^[^，。；]{0,10}相比|^[^，。；]{0,10}相较|^[^，。；]{0,10}比较/;

function readRelation(before: string, after: string, kind: FigureKind): ScannedFigure["relation"] {
  if (kind === "percent" && PROGRESS_BEFORE.test(before)) return "progress";
  if (/(?:^|[^相])[与同和][^，。；]*$/.test(before) && COMPARED_AFTER.test(after)) return "compared";
  if ((kind === "points" || kind === "percent") && GAP_BEFORE.test(before)) return "gap";
  return undefined;
}

/** Adds what the clause around a figure says about it: change or level, from/to, goal, average. */
function finish(text: string, b: Boundaries, core: Core): ScannedFigure {
  const clause = b.clauseOf[core.start];
  const sentence = b.sentenceOf[core.start];
  const clauseStart = b.clauseStarts[clause];
  const before = text.slice(clauseStart, core.start);
  let { aspect, direction } = readChange(before);
  let role: "from" | "to" | undefined;
  // A time between the preposition and the number belongs to the end point: 由2019年的A增加到目前的B.
  // (从2023年6月的86万人, 从上学期的39.1%: a month and a school term are such times too.)
  // (由年初的每吨1020元: a per-unit word after the time, too.)
  const lead = before.replace(/(?<=的)(?:每[\u4e00-\u9fff]{1,2}){1,2}$/, "").replace(/(目前|现在|当前|今天|如今|原来|以前|过去|当初|年初|年末|年底|期初|期末|今年|(?:上|去|前)年(?:底|末|同期)?|上一年|(?:上|本)学(?:期|年)(?:初|末)?|上季度|上个?月|[0-9０-９]{4}年(?:[0-9０-９]{1,2}月)?(底|末|同期|上半年|下半年|前三季度|[一二三四]季度)?)的?$/, "");
  // 由集采前同期的4820万元降至…: a short phrase ending in 的 may stand between 由 and the old value
  // (从2024年演练的40分钟: after a year).
  // 从每台15万元提到了20万元: a per-unit word may stand between 从 and the old value
  // (从每人每月300元: two per-unit words.)
  if (/(从|由)(?:上年同期|去年同期|上年|去年)?(?:每[\u4e00-\u9fff]{1,2}){0,2}$/.test(lead) || /(?<![自理缘经来])(?:从|由)(?:[0-9０-９]{4}年)?[^，,。；;、0-9０-９]{1,8}的$/.test(before)) role = "from";
  else if (TO_VERB.test(lead) && /(从|由)[^，。；]*$/.test(lead)) role = "to";
  // 由首演那几场的62%提高到最后一场的95%: a short phrase ending in 的 may stand after the verb, as after 由.
  else if (/(从|由)[^，。；]*$/.test(before) && TO_VERB.test(before.replace(/(?:到|至)[^，,。；;、0-9０-９到至]{1,8}的$/, "到"))) role = "to";
  // 翻番 and 倍 state a ratio; a percentage after 增长 is a growth rate.
  if (core.kind === "doubling") aspect = "change";
  // From the precomputed boundaries: searching the text before would be quadratic on a long line.
  const sentenceStart = b.sentenceStarts[sentence];
  const clauseEnd = clause + 1 < b.clauseStarts.length ? b.clauseStarts[clause + 1] - 1 : text.length;
  const relation = readRelation(before, text.slice(core.end, clauseEnd), core.kind);
  const clauseGoal = relation === "compared" && GOAL.test(text.slice(clauseStart, clauseEnd));
  // 在2024年粮食产量56.2万吨的基础上: the base year's result, whatever goal the sentence then sets.
  // 春防合格率84.6%，秋防要在此基础上进一步提升: a result the next clause builds on, under a goals heading too.
  const baseResult = (BASE_BEFORE.test(before) && /^[^，,。；;！？!?：:]{0,8}?的?基础上/.test(text.slice(core.end))) || COMPARED_YEAR_BEFORE.test(before) || BUILT_ON_AFTER.test(text.slice(core.end, core.end + 24)) || undefined;
  return {
    ...core,
    baseResult,
    goal: !baseResult && (clauseGoal || GOAL.test(text.slice(sentenceStart, core.start))),
    relation,
    aspect,
    direction,
    role,
    average: /年均|平均每年|年平均/.test(before),
    clause,
    sentence,
  };
}

const YEAR_DIGITS = "[0-9０-９]{4}|[〇零一二三四五六七八九]{4}";
const SMALL = "[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}";
const PART = `(底|末|初|上半年|下半年|前三季度|[一二三四1-4]季度|第[一二三四]季度|前(?:${SMALL})个月|(?:${SMALL})(?:[—–\\-~至到](?:${SMALL}))?月(?:份|末|底)?)`;
/** The clause after a figure builds on it: ，秋防要在此基础上…, ，在这个基础上…. */
const BUILT_ON_AFTER = /^[^，,。；;！？!?]{0,4}[，,][^，,。；;！？!?]{0,8}?在(?:此|这个|这一|该)基础上/;
/** 在2024年粮食产量, 在现有 before a figure in its clause. */
// (在全年包裹快递业务量368.5万件的基础上: the year under review, named as 全年 or 去年.)
const BASE_BEFORE = /在(?:(?:[0-9０-９]{4}|[〇零一二三四五六七八九]{4})年|现有|目前|当前|已有|原有|全年|去年|上年)[^，,。；;！？!?：:“”在]{0,24}$/;
/** 比2024年的16.8万吨: the value of the year compared with (its number, up to its unit). */
const BASE_VALUE = /^的(?=[0-9０-９])[0-9０-９.．]+[^，,。；;！？!?：:0-9０-９增减提降上下多少高低]{0,3}/;
/** 比2024年的 right before a figure. */
export const COMPARED_YEAR_BEFORE = /(?:比|较)(?:[0-9０-９]{4}|[〇零一二三四五六七八九]{4})年(?:底|末)?的$/;
/** What stands between 在2024年 and 的基础上 when a figure is stated there (粮食产量56.2万吨). */
const BASE_CLAUSE = /^[^，,。；;！？!?：:“”]{1,24}?[0-9０-９][^，,。；;！？!?：:]{0,8}?的?基础上/;
const YEAR_RE = new RegExp(`(从|由|到|至|截至|截止到|截止|在|比|较|于)?(${YEAR_DIGITS})年${PART}?(的基础上|基础上)?`, "g");
const RELATIVE_RE = new RegExp(`(比|较|同比|与|和)?(今年|明年|去年|前年|后年|上年|上一年|本年|过去一年)${PART}?`, "g");
const PLAN_RE = /“?十([一二三四五])五”?(时期|期间|末|以来|规划期)/g;
const SPAN_RE = new RegExp(`(过去|近|最近|未来|今后)?(${SMALL})年(来|以来)?`, "g");
const PART_RE = new RegExp(`(?<![年0-9０-９一二三四五六七八九十])(上半年|下半年|前三季度|第?[一二三四]季度|前(?:${SMALL})个月|(?:${SMALL})月(?:末|底)|(?:${SMALL})[—–\\-~至到](?:${SMALL})月份?|(?:${SMALL})月份|(?:${SMALL})月(?![0-9０-９一二三四五六七八九十]|日|号|底|末|初))`, "g");
/** 全年: the whole of the year in force (今年 unless a heading or lead-in names another). */
const WHOLE_RE = /全年/g;
const RELATIVE_YEARS: Record<string, number> = { 今年: 0, 本年: 0, 明年: 1, 后年: 2, 去年: -1, 上年: -1, 上一年: -1, 过去一年: -1, 前年: -2 };

/** A plan's or programme's name right after its years: 安全生产治本攻坚三年行动方案, 发展规划》. */
const PLAN_NAME_AFTER = /^[\u4e00-\u9fff“”]{0,24}?(?:方案|规划|计划|纲要|行动|工程|意见)(?:》|”|[，,。；;、]|$)/;

/** The period words of a line read on its own (a heading, a lead-in). */
export function readPeriodMarks(text: string): PeriodMark[] {
  return scanPeriods(text, boundaries(text));
}

function scanPeriods(text: string, b: Boundaries): PeriodMark[] {
  const marks: PeriodMark[] = [];
  const add = (mark: Omit<PeriodMark, "clause">, quotedToo = false) => {
    if (quotedToo || !b.quoted[mark.start]) marks.push({ ...mark, clause: b.clauseOf[mark.start] });
  };
  for (const m of text.matchAll(YEAR_RE)) {
    const year = parseDigitString(m[2]);
    if (!year || year < 1900 || year > 2100) continue;
    const start = m.index!;
    const end = start + m[0].length;
    const pre = m[1];
    // 对照2025—2027年安全生产治本攻坚三年行动方案: the years of a plan's name are no period of the text around.
    if (!pre && !m[3] && /[0-9０-９]{4}\s*[—–\-~至到]$/.test(text.slice(Math.max(0, start - 6), start)) && PLAN_NAME_AFTER.test(text.slice(end))) continue;
    if (pre === "比" || pre === "较") {
      // 比2024年的16.8万吨增长19.0%: the figure right after is that year's value, the base of the
      // comparison; what follows it is the sentence's own period again.
      const base = BASE_VALUE.exec(text.slice(end));
      if (base) add({ start, end, kind: "year", label: m[0].slice(1), year, part: m[3], until: end + base[0].length });
      continue; // 比2020年: a comparison, not the figure's period
    }
    // 由2023年的62.3%提高到63.1%: the year is the old value's; the new one is of the period around.
    if (pre === "由" || pre === "从") {
      const base = BASE_VALUE.exec(text.slice(end));
      const rest = base ? text.slice(end + base[0].length) : "";
      if (base && /^[^，,。；;0-9０-９]{0,2}(?:增长|增加|提高|提升|上升|扩大|下降|降低|减少|缩小|缩短|压缩)了?(?:到|至)(?![0-9０-９]{4}年|[〇零一二三四五六七八九]{4}年)/.test(rest)) {
        add({ start, end, kind: "year", label: m[0], year, part: m[3], until: end + base[0].length });
        continue;
      }
    }
    // 是2020年的3.1倍: the year compared with, not the period of what follows.
    if (!pre && /(?:是|为|相当于)$/.test(text.slice(Math.max(0, start - 3), start)) && text.startsWith("的", end)) continue;
    if (m[4] || (pre === "在" && /^的?基础上/.test(text.slice(end)))) {
      add({ start, end, kind: "base", label: m[0], year });
      continue;
    }
    // 在2024年粮食产量56.2万吨的基础上: the figures inside are the base year's results.
    const inside = pre === "在" && !m[3] ? BASE_CLAUSE.exec(text.slice(end)) : null;
    if (inside) {
      add({ start, end, kind: "year", label: m[0], year, until: end + inside[0].length });
      continue;
    }
    // 2020年以来: the years since, not the year.
    if (!m[3] && text.startsWith("以来", end)) {
      add({ start, end: end + 2, kind: "span", label: m[0] + "以来", from: year });
      continue;
    }
    // 到2027年 names a target year; 增加到2025年的4386亿元 is the end point of a change already made.
    const changeTo = (pre === "到" || pre === "至") && /(增长|增加|提高|提升|上升|扩大|下降|降低|减少|缩小|缩短|发展|跃升|攀升)了?$/.test(text.slice(Math.max(0, start - 4), start));
    add({ start, end, kind: "year", label: m[0], year, target: (pre === "到" || pre === "至") && !changeTo, part: m[3] });
  }
  // 从2020年到2035年: one span.
  for (let i = 0; i + 1 < marks.length; i++) {
    const a = marks[i];
    const c = marks[i + 1];
    if (a.kind === "year" && /^(从|由)/.test(a.label) && c.kind === "year" && c.target && c.start - a.end <= 1) {
      marks.splice(i, 2, { start: a.start, end: c.end, kind: "span", label: text.slice(a.start, c.end), from: a.year, to: c.year, clause: a.clause });
    }
  }
  for (const m of text.matchAll(RELATIVE_RE)) {
    if (m[1]) continue; // 比上年, 同比去年
    // 从上年的91.7%提高到93.8%: the old value's year, not the period of the new one after it.
    const relEnd = m.index! + m[0].length;
    const fromBase = /(?:从|由)$/.test(text.slice(Math.max(0, m.index! - 1), m.index!)) ? BASE_VALUE.exec(text.slice(relEnd)) : null;
    if (fromBase) {
      add({ start: m.index!, end: relEnd, kind: "relative", label: m[0], relative: RELATIVE_YEARS[m[2]], part: m[3], until: relEnd + fromBase[0].length });
      continue;
    }
    // 今年以来: the year so far, a part of it.
    const sinceStart = !m[3] && text.startsWith("以来", m.index! + m[0].length);
    add({ start: m.index!, end: m.index! + m[0].length + (sinceStart ? 2 : 0), kind: "relative", label: m[0] + (sinceStart ? "以来" : ""), relative: RELATIVE_YEARS[m[2]], part: sinceStart ? "以来" : m[3] });
  }
  for (const m of text.matchAll(PLAN_RE)) {
    const n = parseDigitString(m[1])! + 10;
    // “十四五” is quoted as a name; with 时期/期间 it is also the period.
    add({ start: m.index!, end: m.index! + m[0].length, kind: "span", label: m[0], from: 1951 + 5 * n, to: 1955 + 5 * n }, true);
  }
  for (const m of text.matchAll(SPAN_RE)) {
    if ((!m[1] && !m[3]) || m[2] === "一") continue; // a bare 三年 is not a period; 过去一年 is relative
    const start = m.index!;
    if (/[0-9０-９]/.test(text[start - 1] ?? "")) continue;
    add({ start, end: start + m[0].length, kind: "span", label: m[0] });
  }
  for (const m of text.matchAll(WHOLE_RE)) {
    // 完成全年目标任务的47.9%: 全年 names the goal there, not the period of what follows.
    const clauseOnly = /^(?:目标|任务|计划|预期)/.test(text.slice(m.index! + 2)) || undefined;
    add({ start: m.index!, end: m.index! + m[0].length, kind: "whole", label: m[0], whole: true, clauseOnly });
  }
  for (const m of text.matchAll(PART_RE)) {
    const start = m.index!;
    const end = start + m[0].length;
    // 比一季度加快0.9个百分点: a comparison, not the period of what follows; 比一季度的5.9%: that value is the part's.
    if (/(?:比|较|与|同|和|跟)$/.test(text.slice(Math.max(0, start - 1), start))) {
      const base = BASE_VALUE.exec(text.slice(end));
      if (base) add({ start, end, kind: "part", label: m[0], part: m[0], until: end + base[0].length });
      continue;
    }
    add({ start, end, kind: "part", label: m[0], part: m[0] });
  }
  marks.sort((x, y) => x.start - y.start);
  // 2025年1—8月 is one mark: the 8月 the part pattern also finds inside it is not another.
  return marks.filter((m) => !(m.kind === "part" && marks.some((o) => o !== m && o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start)));
}
