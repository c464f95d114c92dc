/** figure.conflict: one indicator and period stated twice with values that cannot both be true. */
import { defineRule, type Finding } from "../../findings";
import { hasWrittenYear, periodKey } from "../periods";
import type { Figure } from "../types";
import { charsInOrder, describePeriod, finding, interval, overlaps, sentenceBefore } from "./shared";

export const CONFLICT = defineRule("figure.conflict", "error", "One metric and period stated with values that cannot both be true.");

/**
 * Time and comparison words the period reader does not resolve (5月份, 年初,
 * 累计, 每年, 同比/环比): two figures are only the same statement when their
 * sentences say the same of these. 全年, 上半年 and the quarters are periods.
 */
const TIME_WORDS = /[0-9０-９一二三四五六七八九十]+(?:[—–\-~～至到][0-9０-９一二三四五六七八九十]+)?月份?|年初|年末|年底|同期|同比|环比|比上年|比年初|比上月|累计|每年|期间|以来|(?:春季|秋季|上|下)学期/g;
/** The time words of a sentence beyond its period; 今年以来 with the months named (今年以来，1—7月) says no more than the months. */
function timeWords(before: string, part: string | undefined): string {
  const words = new Set(before.replace(YEAR_ON_YEAR, "").match(TIME_WORDS) ?? []);
  // The months the figure's period already names (1—7月 in its key) tell nothing more.
  for (const w of words) if (part && /月/.test(w) && part.replace(/份$/, "") === w.replace(/份$/, "")) words.delete(w);
  if (words.has("以来") && /(?:今年|本年)以来/.test(before) && [...words].some((w) => /[—–\-~～至到].*月/.test(w))) words.delete("以来");
  return [...words].sort().join(",");
}

/** 同比, 比上年(同期), 较去年同期: the comparison a growth rate makes when it names none. */
const YEAR_ON_YEAR = /同比|(?:比|较|与)(?:上年|去年|上一年)(?![末底初])(?:同期)?(?:相比)?/g;
/** A figure after these in its sentence is a part (其中) or a share of something (占…比重, not 占道经营 or 占地); after 分别 in its clause, one of several. */
const NOT_A_RESTATEMENT = /其中|占(?![道地用据领线位有])|比重|之比|比例/;

/**
 * What may stand before a metric in its clause for the metric to be read whole:
 * period words, the place, goal verbs (到2027年，全市…力争; 确保2027年…).
 */
const LEAD_WORDS = /(?:截至|截止|到|至|在|于)?(?:[0-9０-９]{4}|[〇零一二三四五六七八九]{4})年(?:底|末)?|今年|明年|全年|上半年|下半年|前三季度|(?:第?[一二三四]|前[两三])季度|(?:主)?汛期|[0-9０-９]{1,2}(?:[—\-－~至][0-9０-９]{1,2})?月(?:份|底|末)?|(?:春季|秋季|上|下)学期|(?:我国|全国|全省|全市|全县|全区|全镇|全州|全乡|全村|全街道|全社区|我省|我市|我县|我区|本省|本市|本县|本区|全行|全公司|全集团|全系统|全校|全院|全处|全局|全所|全站|全队|全厂|本行|本公司|本校|本院|我行|我公司|我校|我院|我处|我局|我所|我站)|(?:咱们|我们|咱)[省市县区镇乡村]|咱们|我们|力争|确保|争取|力求|预计|预期|计划|要|新增|新建|建成|新开工|开工|完成|实现|促进|引进|培育|共有|现有|拥有|建有|共(?:计)?|发生|开展|举办|组织|各类|各项|的|[ \u3000]/g;

/**
 * The words before the metric in its clause, besides period words, the place and a goal
 * verb: "" when the metric opens its clause; plain words (学前三年 before 毛入学率, 缔结国际友好城市和友好 before 交流城市)
 * that the other statement must write the same; undefined for anything longer.
 */
function subjectOf(text: string, f: Figure): string | undefined {
  if (!f.metricSpan) return undefined;
  // A quoted name (创建“和谐寺观教堂”126处) and the base of a goal named after its value
  // (在2024年61.3%的森林覆盖率基础上) name the metric whole.
  if (text[f.metricSpan.start - 1] === "“" || (f.metricSpan.start >= f.span.end && /^的?基础上/.test(text.slice(f.metricSpan.end + (text[f.metricSpan.end] === "”" ? 1 : 0))))) return "";
  if (f.metricSpan.end > f.span.start) return undefined;
  let i = f.metricSpan.start;
  while (i > 0 && !"，,；;。！？!?：:、\n\r".includes(text[i - 1])) i--;
  // 2024/年全系统销售总额: a metric read from a 年 the segmenter joined to the place leaves the year whole here.
  const end = text[f.metricSpan.start] === "年" && /[0-9０-９]{4}$/.test(text.slice(i, f.metricSpan.start)) ? f.metricSpan.start + 1 : f.metricSpan.start;
  // 以市委会名义提交集体提案: a preposition opening the clause leads the metric in; 全市1286家公共机构能源消费总量:
  // the count of the bodies the metric is of is no other subject.
  // (以2024年全市15岁以上人群吸烟率22.4%为基数: 以 leads the clause in before the period and the place.)
  // (- 2025年总投入资金1260万元: a Markdown list item's marker is no subject.)
  const rest = text.slice(i, end).replace(/^\s*[-*+•]\s+/, "").replace(/^[以由](?=[0-9０-９]{4}年)/, "").replace(LEAD_WORDS, "").replace(/^[以由向对经]$/, "").replace(/^[0-9０-９]+(?:家|个|所|座|户|名)$/, "");
  // “一件事”累计办件: a quoted name in the subject is part of it. 15岁以上人群: so is an age bound.
  return rest === "" || /^[\u4e00-\u9fff（）]{2,16}$/.test(rest) || /^(?:[\u4e00-\u9fff（）]|“[\u4e00-\u9fff]{1,10}”){2,16}$/.test(rest) || /^[0-9０-９]{1,3}周?岁(?:及?以上|以下)$/.test(rest) ? rest : undefined;
}

/**
 * figure.conflict: one indicator, one period, two values. For indicators
 * Lexicon knows (the built-in list and the target table's names) the period
 * may come from a heading; any other metric is compared only when both
 * statements write the year themselves and name the metric whole at the start
 * of their clause (出生人口 read as 人口 is not 人口), in different sentences.
 */
export function checkConflicts(figures: Figure[], text: string, isKnownMetric: (metric: string) => boolean, place: (line: number) => string = (line) => `第${line + 1}行`): Finding[] {
  const out: Finding[] = [];
  const seen = new Map<string, Figure[]>();
  const pledges = new Map<Figure, Pledge | undefined>();
  for (const f of figures) {
    const period = periodKey(f.period, f.metric);
    // Both ends of 从A增长到B are skipped: a period named before A (由2019年的A增加到目前的B) is A's, not B's.
    // Progress (完成全年目标的62.5%) and a gap (高于全省1.2个百分点) are not the metric's own value.
    // A rate per 100,000 (报告发病率254.32/10万) is most often one disease's or one class's among several in a
    // paragraph, named in the clause before: it is checked by arithmetic, not compared as one indicator.
    if (!f.metric || !period || (f.role && !(f.role === "to" && endPointDated(text, f))) || f.kind === "doubling" || f.dimension === "none" || f.dimension === "perHundredThousand" || f.relation === "progress" || f.relation === "gap") continue;
    // 完成年度目标任务6000人的112.6% … 完成年度目标任务2300人的103.5%: a goal named only as the goal is the goal
    // of the result before it, another metric each time.
    if (GOAL_ONLY.test(f.metric)) continue;
    const known = isKnownMetric(f.metric);
    // A metric read short (学前三年毛入学率 read as 毛入学率) is compared with the same words only.
    const subject = known ? "" : subjectOf(text, f);
    if (!known && !(subject !== undefined && f.metric.length + subject.length >= 4 && (hasWrittenYear(f.period) || partWrittenHere(text, f)))) continue;
    // A goal named to compare with (与年初确定的增长8%的目标相比) is read in its own clause.
    const before = f.relation === "compared" ? clauseBefore(text, f.span.start).replace(/年初/g, "") : sentenceBefore(text, f.span.start);
    // A known indicator's own name (优良天数比例) is no share word: look before it.
    // Nor is a metric's own name that ends in one (经常参加体育锻炼人数比例): the words around it still are (占比为).
    const named = !!f.metricSpan && f.metricSpan.end <= f.span.start && f.span.start - f.metricSpan.start <= before.length;
    const lead = named ? before.slice(0, before.length - (f.span.start - f.metricSpan!.start)) + (known ? "" : text.slice(f.metricSpan!.start, f.span.start).replace(/^([^，,；;]*?)(?:比例|比重)/, "$1")) : before;
    // 其中 makes a part only in the figure's clause or right before it (其中，税收收入…), not a list's 其中 clauses back.
    const near = lead.split(/[，,；;]/).slice(-2).join("，");
    // (其中，高新区…，2024年城市生活污水集中收集率达到78.2%: a sentence that opens with 其中 and a place or a
    // body is that part's, whatever follows; 其中，人才队伍建设工程要… names no part of the place.)
    if (NOT_A_RESTATEMENT.test(lead.replace(/其中/g, "")) || /其中/.test(near) || PART_PLACE_OPENING.test(before) || /分别/.test(before.slice(before.search(/[^，,]*$/)))) continue;
    // 同比增长7.4% and 增长4.7% of one half-year are one statement: a growth rate with no
    // comparison word is year on year. 环比, 累计 and months still tell statements apart.
    // 环比增长3.2%，同比增长6.4%: a clause that names its own comparison is not the earlier clause's.
    const own = clauseBefore(text, f.span.start);
    const compared = /同比|环比/.test(own) && before.endsWith(own) ? before.slice(0, before.length - own.length).replace(/同比|环比/g, "") + own : before;
    const when = timeWords(compared, f.period?.part);
    pledges.set(f, pledgeOf(before));
    // The words before the metric and the metric as one phrase: 全市共接收|选调生 and 全市|接收选调生 say the same.
    // (A level's direction is the verb that led to it, 下降到2024年的22.7%: no part of what it states.)
    const key = [subject + f.metric, f.aspect, f.aspect === "level" ? 0 : f.direction, f.average, f.goal, f.kind, f.dimension, period, when, known].join("|");
    const earlier = seen.get(key);
    if (!earlier) {
      seen.set(key, [f]);
      continue;
    }
    const other = earlier.find((e) => (known || (!sameSentence(text, e, f) && !parallelClauses(text, e, f))) && !otherPlaces(text, e, f) && (floorAndStretch(e, pledges.get(e), f, pledges.get(f)) ?? differ(e, f)));
    // 0.3% (text), 0.5% (text, reported), 0.3% (table): a statement that agrees with the first one is not the
    // slip; the one between was. (52.6万吨, 56.2万吨, 56.2万吨: two statements against the first, two slips.)
    const first = earlier[0];
    const agrees = first !== other && !otherPlaces(text, first, f) && !pledges.get(first) && !pledges.get(f) && !differ(first, f);
    if (other && !agrees) {
      out.push(finding(CONFLICT, f, `${describePeriod(f)}“${f.metric}”前后不一致：此处为“${f.text}”，前文为“${other.text}”（${place(other.line)}）。`, {
        related: [{ span: other.span, message: `前文：“${other.text}”` }],
        fixes: unifyFixes(text, f, other),
      }));
    }
    earlier.push(f);
  }
  return out;
}

/**
 * 上半年，全市民营经济增加值同比增长6.1% … 上半年，全市民营经济增加值同比增长6.4%: a part of the year
 * written in the figure's own paragraph dates it as well as a year would for a named metric of five
 * characters or more (the year is the draft's either way).
 */
function partWrittenHere(text: string, f: Figure): boolean {
  const p = f.period;
  if (!p?.part || !p.label.endsWith(p.part) || p.from !== undefined || !f.metric || f.metric.length < 5) return false;
  return text.slice(text.lastIndexOf("\n", f.span.start) + 1, f.span.start).includes(p.part);
}

/** The stages a flow of cases, applications or people passes (受理 → 审结, 报名 → 录取): each counts its own. */
const STAGES = /受理|审结|办结|结案|立案|收案|新收|执结|起诉|批捕|判决|调解|裁决|撤诉|申请|批准|审核|审批|接收|转办|回访|报名|录取|入学|毕业|签约|开工|竣工|投产|发放|兑付/g;

function stageOf(clause: string): string | undefined {
  const all = clause.match(STAGES);
  return all ? all[all.length - 1] : undefined;
}

/** Words of people joining (报名, 新增, 新录用, 新志愿者): a count of them is not the count of those already there. */
const NEWCOMERS = /报名|新增|新录用|新招|新入|新发展|新吸收|新志愿者|新队员|新会员/;

/** 年度目标任务, 全年计划, 目标: a metric that names only a goal, not what it is a goal of. */
const GOAL_ONLY = /^(?:年度|全年|年初)?(?:目标任务|目标|任务|计划|计划任务)(?:数)?$/;

/** 其中，高新区… / 其中，青溪县…: a sentence about one place or body of the whole. */
const PART_PLACE_OPENING = /^\s*其中[，,]?[\u4e00-\u9fff]{1,8}?(?:区|县|市|镇|乡|街道|园区|集团|公司)/;

/** 全省, 我市, 全国: the level of the place a clause names (省, 市, 国). */
const PLACE = /(?:全|我|本)(国|省|市|县|区|州|镇)/g;

function placesOf(text: string, f: Figure): Set<string> {
  const own = new Set([...clauseBefore(text, f.span.start).matchAll(PLACE)].map((m) => m[1]));
  if (own.size) return own;
  // 全市网民规模达到486万人，互联网普及率82.3%: the sentence's place goes on into its later clauses.
  const last = [...sentenceBefore(text, f.span.start).matchAll(PLACE)].pop();
  return new Set(last ? [last[1]] : []);
}

/**
 * 全省地区生产总值增长5.3% and 全县地区生产总值增长6.1%: two places, two statements.
 * A figure that names no place stays comparable with either.
 */
function otherPlaces(text: string, a: Figure, b: Figure): boolean {
  const pa = placesOf(text, a);
  const pb = placesOf(text, b);
  return pa.size > 0 && pb.size > 0 && ![...pa].some((p) => pb.has(p));
}

type Pledge = "floor" | "stretch";

/** 确保 sets a floor, 力争/争取/力求 a stretch: the last such word before the figure in its sentence. */
function pledgeOf(before: string): Pledge | undefined {
  const m = /(确保|力争|争取|力求)(?!.*(?:确保|力争|争取|力求))/.exec(before);
  return m ? (m[1] === "确保" ? "floor" : "stretch") : undefined;
}

/**
 * 确保增长6%、力争增长7%: a floor and a stretch are two goals on purpose, and
 * conflict only when the floor is above the stretch (确保突破850亿元 against
 * 力争达到800亿元). Undefined when the two are not a floor and a stretch.
 */
function floorAndStretch(a: Figure, pa: Pledge | undefined, b: Figure, pb: Pledge | undefined): boolean | undefined {
  if (!pa || !pb || pa === pb) return undefined;
  const [floor, stretch] = pa === "floor" ? [a, b] : [b, a];
  // Goals are set as written: the floor's value against the most the stretch allows.
  const most = stretch.bound === "lower" || stretch.bound === "more" ? Infinity : stretch.value;
  return floor.bound !== "upper" && floor.value > most * (1 + 1e-9);
}

/**
 * Two values that cannot be one: intervals apart, or two exact values written
 * to the same precision that differ (8% and 7%: rounding never writes one
 * quantity two ways at one precision).
 */
function differ(a: Figure, b: Figure): boolean {
  const scale = Math.max(Math.abs(a.value), Math.abs(b.value), 1e-9);
  if (a.bound === "exact" && b.bound === "exact" && Math.abs(a.tolerance - b.tolerance) <= 1e-9 * scale) return Math.abs(a.value - b.value) > 1e-9 * scale;
  // A goal is set as written, not rounded: one goal set twice the same way with two values
  // (达到1.8% and 达到2%, 6%左右 and 6.5%左右, 6000人以上 and 5000人以上) names two goals.
  if (a.goal && b.goal && a.bound === b.bound) return Math.abs(a.value - b.value) > 1e-9 * scale;
  return !overlaps(interval(a), interval(b));
}

/**
 * 由2023年的62.3%提高到63.1%, 由62.3%提高到2024年的63.1%: the new value of a change is the
 * period's own when no year stands before the old value, or the year there is the old value's
 * (…年的 right before it). 从2020年60%提高到63.1% leaves the new value's period unknown.
 */
function endPointDated(text: string, f: Figure): boolean {
  const clause = clauseBefore(text, f.span.start);
  const from = Math.max(clause.lastIndexOf("由"), clause.lastIndexOf("从"));
  if (from < 0) return false;
  const lead = clause.slice(from);
  for (const y of lead.matchAll(/[0-9０-９]{4}年/g)) {
    const after = lead.slice(y.index! + y[0].length);
    const ownYear = /(?:到|至)$/.test(lead.slice(0, y.index!));
    if (!ownYear && !/^(?:底|末)?的[0-9０-９]/.test(after)) return false;
  }
  return true;
}

function clauseBefore(text: string, at: number): string {
  let i = at;
  while (i > 0 && !"，,；;。！？!?：:\n\r".includes(text[i - 1])) i--;
  return text.slice(i, at);
}

/**
 * 采集口蹄疫血清样品1200份，检测合格1032份；采集禽流感血清样品600份，检测合格549份: clauses joined by
 * semicolons within one sentence that each name their own thing say one thing each, not one thing twice.
 */
function parallelClauses(text: string, a: Figure, b: Figure): boolean {
  const between = text.slice(a.span.end, b.span.start);
  return /[；;]/.test(between) && !/[。！？!?\n\r]/.test(between);
}

function sameSentence(text: string, a: Figure, b: Figure): boolean {
  return !/[。；;！？!?\n\r]/.test(text.slice(a.span.end, b.span.start));
}

/** The number and unit as written (6.5% of 约6.5%), so a fix keeps each statement's own qualifiers. */
function valueSpan(text: string, f: Figure): { span: Finding["span"]; value: string } {
  const end = f.numberSpan.end + f.unit.length;
  if (f.unit && text.slice(f.numberSpan.end, end) === f.unit) return { span: { start: f.numberSpan.start, end }, value: text.slice(f.numberSpan.start, end) };
  return { span: f.span, value: f.text };
}

/** Either statement may be the right one: both fixes are offered on request, neither is safe. */
function unifyFixes(text: string, here: Figure, earlier: Figure): Finding["fixes"] {
  const h = valueSpan(text, here);
  const e = valueSpan(text, earlier);
  if (h.value === e.value) return undefined;
  return [
    { title: `统一为前文数值：此处改为“${e.value}”`, edits: [{ span: h.span, newText: e.value }], safe: false },
    { title: `统一为此处数值：前文改为“${h.value}”`, edits: [{ span: e.span, newText: h.value }], safe: false },
  ];
}

/**
 * 共有2468名同学毕业 … 2486名学子即将走出校门: two counts in one unit whose
 * digits differ only by two neighbours swapped, for one period (or one of them
 * undated), in different sentences. The metric is often named two ways, so this
 * is narrow and only information: exact Arabic counts of people or households
 * (名, 人, 人次, 户) of three digits or more,
 * written without 万/亿, neither a part (其中, 分别) nor a change, and not two
 * different known indicators.
 */
export function checkTransposed(figures: Figure[], text: string, isKnownMetric: (metric: string) => boolean): Finding[] {
  const out: Finding[] = [];
  const splitParts = new Set<Figure>();
  const counts = figures.filter((f) => {
    // Levels, and growth rates (同比下降34% … 同比下降43%) against a rate of the same sense.
    // Exact, or just over (1620余人), or about (约1620人): the digits still say which number was meant.
    if ((f.kind !== "amount" && f.kind !== "percent" && f.kind !== "duration") || (f.aspect !== "level" && !(f.aspect === "change" && f.kind === "percent")) || !["exact", "more", "approx"].includes(f.bound) || (f.role && !(f.role === "to" && endPointDated(text, f))) || f.relation) return false;
    if (!/^[0-9]+(?:\.[0-9]+)?$/.test(f.numberText) || f.numberText.replace(".", "").length < 2 || f.numberText.startsWith("0")) return false;
    // People and households (名, 人, 户) as plain counts; anything else only where both statements name the same metric (below).
    const before = sentenceBefore(text, f.span.start);
    if (/分别/.test(before)) return false;
    if (!NOT_A_RESTATEMENT.test(before)) return true;
    // 其中60周岁及以上老年人口9.86万人 … 老年人口9.68万人: a part of a split is one statement of that part,
    // compared only with a statement naming the same thing for the same period (below).
    if (NOT_A_RESTATEMENT.test(before.replace(/其中/g, ""))) return false;
    splitParts.add(f);
    return true;
  });
  const reported = new Set<Figure>();
  // 96.8% (text), 98.6% (table), 96.8% (summary): once the table is reported against the text, the summary
  // that says the text's value again is no second slip.
  const partners = new Set<string>();
  for (let j = 1; j < counts.length; j++) {
    const b = counts[j];
    if (reported.has(b) || partners.has(`${b.numberText}${b.unit}`)) continue;
    const a = counts.slice(0, j).find((a) => {
      if (!sameCountUnit(a, b) || a.dimension !== b.dimension || a.aspect !== b.aspect || a.direction !== b.direction || a.average !== b.average || !adjacentSwap(a.numberText, b.numberText) || sameSentence(text, a, b)) return false;
      // 受理仲裁案件968件 … 审结案件986件: two stages of one flow of cases are two counts, whatever the digits.
      const sa = stageOf(clauseBefore(text, a.span.start));
      const sb = stageOf(clauseBefore(text, b.span.start));
      if (sa && sb && sa !== sb) return false;
      // 同比增长7.4% and 环比增长4.7%: two comparisons, whatever the metric.
      if (/环比/.test(clauseBefore(text, a.span.start)) !== /环比/.test(clauseBefore(text, b.span.start))) return false;
      const pa = periodKey(a.period, a.metric);
      const pb = periodKey(b.period, b.metric);
      // (其中电梯38215台 … 在用电梯已达38125台: a two-character name will do for five digits.)
      if ((splitParts.has(a) || splitParts.has(b)) && !(pa && pa === pb && hasWrittenYear(a.period) && hasWrittenYear(b.period) && a.metric && a.metric === b.metric && (a.metric.length >= 3 || b.numberText.replace(".", "").length >= 4))) return false;
      if (pa && pb && pa !== pb && !(isPeople(a) && isPeople(b) && sameYearOneInherited(a, b)) && !(a.dimension === "people" && b.dimension === "people" && lastYearEndAndNow(a, b))) return false;
      // A goal (or a figure in a sentence that sets one) is compared only for the very period it names.
      if ((a.goal || b.goal) && !(pa && pb && pa === pb)) return false;
      // Two digits (12部, 21部) are swapped by chance too: only one metric, named alike, for one stated period.
      const twoDigits = b.numberText.replace(".", "").length < 3;
      const namedInOrder = !!pa && pa === pb && hasWrittenYear(a.period) && hasWrittenYear(b.period) && readInOrder(a.metric, b.metric);
      if (twoDigits && !(pa && pb && pa === pb && (sameMetricNamed(a.metric, b.metric, 2) || namedInOrder))) return false;
      // (发送旅客3.2万人次 … 接待旅客2.3万人次: a name of two characters counted by two verbs is two counts.)
      if (twoDigits && shortNameOtherVerb(text, a, b)) return false;
      // People counted twice (2468名同学 … 2486名学子) may be named two ways; other quantities (a sum of money,
      // an area, a rate) only count as one when both statements name the same metric: 缴存额96.8亿元 … 缴存额98.6亿元.
      // Two digits, four and more (856.3, 865.3: a chance swap is rare), or one stated period match a short name too (游客, 接待游客).
      if (!isPeople(a) || !isPeople(b)) {
        // A thing named before one number and after the other (受理欠薪投诉举报案件1268件 … 受理的1286件欠薪投诉举报案件).
        if ((!a.metric || !b.metric) && !twoDigits && namedAcross(text, a, b)) return true;
        // Neither metric read (全支队接警出动12846起 … 2024年全支队接警出动12486起), or read apart (对纳入包保的4362家食品…
        // … 全县纳入包保的4326家食品…): the same words before both.
        if (!twoDigits && samePhraseBefore(text, a, b)) return true;
        if (!a.metric && !b.metric) return false;
        // 村均74.2万元 … 在2024年全县村均收入47.2万元的基础上, 托位总数620个 … 在现有602个托位基础上: one name inside the other.
        if (!twoDigits && (!pa || !pb || pa === pb) && oneInsideOther(a.metric, b.metric)) return true;
        // 分公司案件 (read past 共处理理赔) … 分公司理赔案件, for one written year: the shorter name's characters in order in the longer.
        if (namedInOrder) return true;
        // 热线共受理群众诉求…，同比增长12.6% … 热线受理量比去年同期增长16.2%: the count named by its verb and 量, for one period.
        if (!!pa && pa === pb && verbCount(text, a, b)) return true;
        // A decimal (86.4万吨, 68.4万吨) is a measured quantity: its digits swapped by chance are as rare as four digits'.
        return sameMetricNamed(a.metric, b.metric, twoDigits || b.numberText.replace(".", "").length >= 4 || b.numberText.includes(".") || (pa && pa === pb) ? 2 : 3);
      }
      // 现有志愿者326名 … 招募新志愿者200名，已报名236名: the people joining are not the people there.
      if (NEWCOMERS.test(sentenceBefore(text, a.span.start)) !== NEWCOMERS.test(sentenceBefore(text, b.span.start))) return false;
      // 发展新团员4320名 … 资助困难学生3420名: two names of four characters or more that share neither their first
      // words nor their head count two groups, whatever the digits.
      if (namedApart(a.metric, b.metric)) return false;
      // Visits and households (182人次 of 团组, 812人次 of 备案) named two ways are two counts.
      if ((a.dimension !== "people" || b.dimension !== "people") && a.metric && b.metric && !sameMetricNamed(a.metric, b.metric)) return false;
      return !(a.metric && b.metric && a.metric !== b.metric && isKnownMetric(a.metric) && isKnownMetric(b.metric));
    });
    if (!a) continue;
    reported.add(b);
    partners.add(`${a.numberText}${a.unit}`);
    out.push({
      ...finding(CONFLICT, b, `“${b.text}”与前文“${a.text}”（第${a.line + 1}行）只差相邻两位数字的顺序：${isPeople(b) ? "若说的是同一批人或物" : "若说的是同一个数"}，其中一处数字写颠倒了。`, {
        related: [{ span: a.span, message: `前文：“${a.text}”` }],
        fixes: unifyFixes(text, b, a),
      }),
      // The same metric named the same way: a warning (people counted, information); named two ways, only a hint.
      severity: !isPeople(a) || !isPeople(b) ? "warning" : !a.metric || !b.metric || a.metric === b.metric ? "information" : "hint",
    });
  }
  return out;
}

/** Two names of four characters or more with different first two and last two characters, neither holding the other's head. */
function namedApart(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b || a.length < 4 || b.length < 4) return false;
  return a.slice(0, 2) !== b.slice(0, 2) && !a.includes(b.slice(-2)) && !b.includes(a.slice(-2));
}

/** The shorter of two names, four characters or more, is the longer with characters left out. */
function readInOrder(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && charsInOrder(short, long);
}

/** A plain count of people or households (2468名): 58.4万人次 is a quantity like any other. */
function isPeople(f: Figure): boolean {
  return f.kind === "amount" && ["people", "households", "personTimes"].includes(f.dimension) && !/[万亿]/.test(f.unit);
}

/** 1286人 and 1268位: people are counted in 人, 名 or 位 alike; any other unit only as itself. */
function sameCountUnit(a: Figure, b: Figure): boolean {
  // (4.86万人 and 4.68万名 too: the same people counted in tens of thousands.)
  const people = (f: Figure) => f.dimension === "people" && f.unit.replace(/[名位]$/, "人");
  return a.unit === b.unit || (isPeople(a) && isPeople(b) && a.dimension === "people" && b.dimension === "people") || (!!people(a) && people(a) === people(b));
}

/**
 * A headcount at the date the draft was written (2025年10月, from its date line) and the same
 * count said of 今年 are one stock of people: the year agrees and only one period was written
 * for the figure itself.
 */
/**
 * 截至2024年底，全县共有未成年人4.86万人 … 让全县4.68万名未成年人 (in a draft of 2025): the last year-end's
 * count of people and the draft's own undated count of the same people, one metric named the same way.
 */
function lastYearEndAndNow(a: Figure, b: Figure): boolean {
  const end = (f: Figure) => !!f.period && !f.period.inherited && /年底|年末/.test(f.period.label) && f.period.year !== undefined;
  const now = (f: Figure) => !!f.period && !!f.period.inherited && f.period.year !== undefined;
  const pair = (x: Figure, y: Figure) => end(x) && now(y) && y.period!.year === x.period!.year! + 1 && !!x.metric && x.metric === y.metric;
  return pair(a, b) || pair(b, a);
}

function sameYearOneInherited(a: Figure, b: Figure): boolean {
  return !!a.period && !!b.period && a.period.year !== undefined && a.period.year === b.period.year && (!!a.period.inherited !== !!b.period.inherited) && !(a.period.part && b.period.part);
}

/**
 * Both statements name the metric, the same way, one as the end of the other (医院门急诊量, 门急诊量),
 * or with the same last four characters and more (咱们班全班平均分, 本学期期中考试全班平均分).
 */
function shortNameOtherVerb(text: string, a: Figure, b: Figure): boolean {
  if (!a.metricSpan || !b.metricSpan || (a.metric ?? "").length > 2 || (b.metric ?? "").length > 2) return false;
  const verb = (f: Figure) => text.slice(Math.max(0, f.metricSpan!.start - 2), f.metricSpan!.start);
  return /^[\u4e00-\u9fff]{2}$/.test(verb(a)) && /^[\u4e00-\u9fff]{2}$/.test(verb(b)) && verb(a) !== verb(b);
}

function verbCount(text: string, a: Figure, b: Figure): boolean {
  return namedByVerb(text, a, b) || namedByVerb(text, b, a);
}

/** `counted`'s metric is a shared name, two or more characters, then a verb of two and 量 (热线受理量), and that verb stands after the shared name in `other`'s sentence before it (热线共受理群众诉求). */
function namedByVerb(text: string, other: Figure, counted: Figure): boolean {
  const m = /^([\u4e00-\u9fff]{2,})([\u4e00-\u9fff]{2})量$/.exec(counted.metric ?? "");
  if (!m || !other.metric?.startsWith(m[1])) return false;
  const before = sentenceBefore(text, other.span.start);
  const at = before.indexOf(m[1]);
  return at >= 0 && before.indexOf(m[2], at + m[1].length) > 0;
}

function sameMetricNamed(a: string | undefined, b: string | undefined, shortest = 3): boolean {
  if (!a || !b) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short === long || (short.length >= shortest && long.endsWith(short))) return true;
  let k = 0;
  while (k < short.length && short[short.length - 1 - k] === long[long.length - 1 - k]) k++;
  return k >= Math.max(4, shortest);
}

/**
 * One metric's name opens the other's, past a place and before a word for the whole, two characters
 * or more (托位, 街道托位总数; 村均, 村均收入), or the two share a run of five characters or more
 * (入库造血干细胞血样, 造血干细胞血样入库: a table's row names its metric in another order). A name with
 * words before it is a kind of the other (项目, 乡村振兴衔接资金项目), not the same.
 */
function oneInsideOther(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const core = long.replace(/^(?:街道|社区|全[国省市县区镇乡]|[我本][省市县区镇乡])/, "").replace(/(?:总数|总量|数量|总计|合计|规模)$/, "");
  if (short.length >= 2 && core.startsWith(short)) return true;
  for (let i = 0; i + 5 <= short.length; i++) if (long.includes(short.slice(i, i + 5))) return true;
  return false;
}

/** Where a clause may open before what it counts: the place, the unit of the body, a period. */
const PHRASE_LEAD = /^(?:[0-9０-９]{4}年(?:[0-9０-９]{1,2}月)?(?:底|末)?|今年|去年|全年|(?:全|我|本)(?:国|省|市|县|区|镇|支队|大队|总队|局|院|校|行|所|系统|公司|集团)|共|累计|，|\s)+/;

/** The words of the clause before each figure, past its place and period, are the same (three characters or more). */
function samePhraseBefore(text: string, a: Figure, b: Figure): boolean {
  const phrase = (f: Figure) => {
    let i = f.span.start;
    while (i > 0 && !"，,；;。！？!?：:\n\r".includes(text[i - 1])) i--;
    return text.slice(i, f.span.start).replace(PHRASE_LEAD, "");
  };
  const p = phrase(a);
  const q = phrase(b);
  if (p.length >= 3 && /^[\u4e00-\u9fff]+$/.test(p) && p === q) return true;
  // 依法发出督促监护令526份 … 共发出督促监护令562份: the clauses end in the same words, four or more.
  let k = 0;
  while (k < p.length && k < q.length && p[p.length - 1 - k] === q[q.length - 1 - k] && /[\u4e00-\u9fff]/.test(p[p.length - 1 - k])) k++;
  if (k >= 4) return true;
  // 全所共完成“你点我检”抽检386批次 … “你点我检”活动完成抽检368批次: one quoted name in both clauses and the same verb.
  const quoted = (x: string) => new Set([...x.matchAll(/“([^“”]{2,12})”/g)].map((m) => m[1]));
  const qa = quoted(p);
  return k >= 2 && [...quoted(q)].some((n) => qa.has(n));
}

/**
 * The words of one clause right before one figure open the words right after the other, four characters
 * or more; or three, past a 共/达/为 before the one and up to two characters (已知, 现有) after the other
 * (隐患点共218处 … 对全县281处已知隐患点).
 */
function namedAcross(text: string, a: Figure, b: Figure): boolean {
  const before = (f: Figure) => /[\u4e00-\u9fff]{3,12}$/.exec(text.slice(Math.max(0, f.span.start - 12), f.span.start))?.[0] ?? "";
  const after = (f: Figure) => /^[\u4e00-\u9fff]{3,12}/.exec(text.slice(f.span.end, f.span.end + 12))?.[0] ?? "";
  const joined = (x: string, y: string) => {
    for (let k = Math.min(x.length, y.length); k >= 4; k--) if (y.startsWith(x.slice(x.length - k))) return true;
    const noun = x.replace(/(?:共|共计|达|达到|为|有)$/, "");
    for (let k = Math.min(noun.length, 8); k >= 3; k--) if (y.slice(0, k + 2).includes(noun.slice(noun.length - k))) return true;
    return false;
  };
  return joined(before(a), after(b)) || joined(before(b), after(a));
}

/** 2468 and 2486, 96.8 and 98.6: the same digits with two neighbours swapped, the decimal point where it was. */
function adjacentSwap(numberX: string, numberY: string): boolean {
  if (numberX.indexOf(".") !== numberY.indexOf(".")) return false;
  const x = numberX.replace(".", "");
  const y = numberY.replace(".", "");
  if (x.length !== y.length || x === y) return false;
  const diff = [...x].map((c, i) => (c !== y[i] ? i : -1)).filter((i) => i >= 0);
  return diff.length === 2 && diff[1] === diff[0] + 1 && x[diff[0]] === y[diff[1]] && x[diff[1]] === y[diff[0]];
}
