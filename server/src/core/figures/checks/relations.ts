/**
 * Relations a sentence states between its own figures, for figure.arithmetic:
 * progress against a goal (完成全年目标任务4000人的62.5%), a part's share of
 * its total (其中护理型床位6500张，占比54.2%), and a ratio string that shares
 * out a whole (三次产业结构10.2∶38.5∶51.3).
 */
import type { Finding } from "../../findings";
import type { DocumentModel } from "../../document/model";
import { parseArabic } from "../numbers";
import { periodKey } from "../periods";
import type { Figure } from "../types";
import { charsInOrder, interval, listedNext, overlaps, round, SENTENCE_BREAKS, wholeSentenceStart, type Report } from "./shared";

/** done/total × 100 as the rounding of both allows. */
export function percentRange(done: Figure, total: Figure, totalAsWritten = false): [number, number] | undefined {
  const d = interval(done);
  // A goal is set as written (年度任务4万亩 is 4万亩, not anything that rounds to it).
  const t: [number, number] = totalAsWritten && ["exact", "lower", "upper"].includes(total.bound) ? [total.value, total.value] : interval(total);
  if (!Number.isFinite(d[0] + d[1] + t[0] + t[1]) || t[0] <= 0) return undefined;
  return [(d[0] / t[1]) * 100, (d[1] / t[0]) * 100];
}

const sameUnit = (a: Figure, b: Figure) => a.dimension === b.dimension && (a.dimension !== "count" || a.unit.replace(/^[万亿]+/, "") === b.unit.replace(/^[万亿]+/, ""));
const GOAL_WORDS = /目标|任务|计划/;
/** 每千人, 每万人, 每百户: a per-unit value right before the figure. */
const PER_UNIT = /每[十百千万]?[\u4e00-\u9fff]$|(?:人均|户均|平均)$/;

function sentenceStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && !SENTENCE_BREAKS.includes(text[i - 1])) i--;
  return i;
}

/**
 * 城镇新增就业2500人，完成全年目标任务4000人的62.5%: the goal is the figure
 * named with 目标/任务/计划 (in the progress clause or earlier in the
 * paragraph), the result the nearest other figure before it in its sentence,
 * checked only when it counts in the goal's unit.
 */
export function checkProgress(model: DocumentModel, figures: Figure[], report: Report): Finding[] {
  const out: Finding[] = [];
  const text = model.text;
  figures.forEach((p, i) => {
    if (p.relation !== "progress" || p.bound !== "exact") return;
    // 分别完成…任务的108.3%和108.0%: rates paired in order with results, not each with the last.
    if (/分别/.test(text.slice(sentenceStart(text, p.span.start), p.span.start))) return;
    const earlier = figures.slice(0, i).filter((f) => f.line === p.line && f.kind === "amount" && !f.relation && !f.role);
    // (修复退化湿地5万亩任务: the goal word may follow the figure.)
    const isGoal = (f: Figure) => GOAL_WORDS.test(text.slice(sentenceStart(text, f.span.start), f.span.start).split(/[，,；;：:]/).pop() ?? "") || /^(?:的)?(?:目标)?(?:任务|目标|计划)/.test(text.slice(f.span.end, f.span.end + 6));
    // A goal in the progress's own sentence before one earlier in the paragraph (…年度任务1万亩的112%；…5万亩任务，…完成进度87.2%).
    const own = sentenceStart(text, p.span.start);
    const goal = [...earlier].reverse().find((f) => f.span.start >= own && isGoal(f)) ?? [...earlier].reverse().find(isGoal);
    if (!goal) return;
    // The result is the figure the progress follows: 已开工36个，完成投资126.4亿元，完成年度计划的92.6%
    // is the investment's progress, so a goal of 38个 does not apply to it.
    // 较去年同期的11.76亿元增长9.4%, 比上年的…: a comparison's base is not the result.
    // 完成…412户，其中危房改造286户、抗震改造126户，完成年度任务450户的91.6%: the parts after 其中 are not
    // the result; the total before it is.
    const from = sentenceStart(text, p.span.start);
    const qizhong = text.lastIndexOf("其中", p.span.start);
    const isPart = (f: Figure) => qizhong >= from && f.span.start > qizhong && earlier.some((e) => e.span.end <= qizhong && e.span.start >= from);
    // 达到1286家，比上年净增218家，增长20.4%，完成年度目标1100家的116.9%: an increment is not the result.
    // (完成全年增量计划37亿元的112.7%: against a goal for the increase, the increase is the result.)
    const goalOfIncrease = /增量|新增|净增|增加/.test(text.slice(Math.max(from, goal.span.start - 12), goal.span.start));
    // (比去年一模的276人增加36人: the base may be named with its value.)
    const isIncrement = (f: Figure) => !goalOfIncrease && /(?:比|较)[^，,；;。！？]{0,14}(?:净增|净减|增加|减少|增长|多|少)了?$/.test(text.slice(Math.max(0, f.span.start - 22), f.span.start));
    // 已轮换1.53万吨，其余0.27万吨…，完成率85%: what is left is not what was done.
    const isRest = (f: Figure) => /(?:其余|剩余|尚余|余下|剩下)(?:的)?$/.test(text.slice(Math.max(0, f.span.start - 4), f.span.start));
    const done = [...earlier].reverse().find((f) => f !== goal && !isGoal(f) && !isComparisonBase(text, f) && !isPart(f) && !isIncrement(f) && !isRest(f) && f.span.start > from - 1);
    if (!done || !sameUnit(done, goal) || done.bound !== "exact" || goal.bound !== "exact") return;
    const range = percentRange(done, goal, true);
    if (!range || overlaps(range, interval(p))) return;
    out.push(report(p, `${done.text}占目标${goal.text}的${round((done.value / goal.value) * 100)}%，此处为“${p.text}”。`, goal));
  });
  return out;
}

/** 较去年同期的11.76亿元, 比上年的386万人次, 与2020年的…相比: the figure a comparison is made against. */
export function isComparisonBase(text: string, f: Figure): boolean {
  const clause = text.slice(Math.max(0, f.span.start - 16), f.span.start).split(/[，,；;：:。！？]/).pop() ?? "";
  // 参赛人数是2015年第十五届运动会845名的2.2倍: the figure a multiple or a share is of.
  if (/(?:是|为|相当于)[^，,；;。]{0,16}$/.test(clause) && /^的[0-9０-９.．一二两三四五六七八九十]+(?:倍|%|％)/.test(text.slice(f.span.end))) return true;
  return /(?:比|较|与|同)[^比较与同]{0,12}的$/.test(clause) || /^(?:上年同期|去年同期|上年|去年)(?:为|是)$/.test(clause);
}

/**
 * 截至6月底，全市在册严重精神障碍患者23600人。⏎在册患者中，已纳入规范管理21900人，规范管理率: a sentence that
 * opens with a whole named with 中 (在册患者中) is over the one figure of the done count's unit, larger, stated
 * in the paragraph or the two before, whose words name that whole (its characters in order).
 */
function wholeNamedUp(text: string, figures: Figure[], end: number, from: number, done: Figure): Figure | undefined {
  const named = /^([\u4e00-\u9fff]{2,8})中[，,]/.exec(text.slice(from));
  if (!named) return undefined;
  const name = named[1];
  const near: Figure[] = [];
  for (let k = end - 1; k >= 0 && figures[k].line >= done.line - 2; k--) near.unshift(figures[k]);
  const wholes = near.filter((f) => f.span.end <= from && f.kind === "amount" && f.aspect === "level" && f.bound === "exact" && !f.role && !f.relation && sameUnit(f, done) && f.value > done.value && charsInOrder(name, text.slice(sentenceStart(text, f.span.start), f.span.start).split(/[，,；;]/).pop() ?? ""));
  // (The same whole stated twice is one whole.)
  return wholes.length && wholes.every((f) => f.value === wholes[0].value) ? wholes[wholes.length - 1] : undefined;
}

/**
 * The words for what a rate leaves out, at the start of the clause of the figure
 * before it: 超标 for 达标率, 不合格 for 合格率, 未完成 for 完成率.
 */
function complementOf(clause: string, verbs: string[]): string | undefined {
  const words = verbs.flatMap((v) => [`不${v}`, `未${v}`, `没有${v}`, ...(v === "达标" ? ["超标"] : [])]);
  // (检出不合格4批次: a verb of finding may stand before it; 法院未采纳48人: or the one who did not.)
  return words.find((w) => new RegExp(`^(?:共|有|仍有|其余|另有)?(?:检出|查出|发现|抽出|检测出|[\u4e00-\u9fff]{2,3}(?=[不未没]))?${w}(?:的)?(?:[\u4e00-\u9fff]{0,4})?$`).test(clause.replace(/[0-9０-９.．]+.*$/, "")));
}

/** 破获862起 before 破案率, 办结389件 before 办结率: the clause opens with the rate's verb, or with a verb of its first character. */
function opensWith(clause: string, rate: string, verbs: string[]): boolean {
  const s = clause.replace(/^(?:共|累计|全年|全部|依法|成功)/, "");
  if (!/^[\u4e00-\u9fff]{2,6}$/.test(s)) return false;
  // 审结11902件，结案率: a two-character verb with the rate's first character in it.
  // (成功调解168件，成功率: the word stripped as a manner may be the rate's own.)
  return verbs.some((v) => s.startsWith(v) || clause.startsWith(v)) || s[0] === rate[0] || (s.length === 2 && s[1] === rate[0]);
}

/** ，整改率92.9%, ，办结率, ，整改完成率为: the rate of what the clause before says was done. */
const RATE_LEAD = /^[，,]\s*([\u4e00-\u9fff]{2,4})率(?:为|达|达到了?|是)?$/;

/**
 * 梳理问题98个，已整改到位91个，整改率92.9%: a rate right after a figure whose
 * clause says 已 and the rate's own verb (已整改…，整改率; 已完成…，完成率), over the
 * one earlier figure of the same unit in the sentence. Not checked when the
 * sentence has two such totals (发现问题163个，其中重大问题12个).
 */
export function checkRate(model: DocumentModel, figures: Figure[], report: Report): Finding[] {
  const out: Finding[] = [];
  const text = model.text;
  figures.forEach((p, i) => {
    if (p.kind !== "percent" || i < 2 || p.bound !== "exact") return;
    const done = figures[i - 1];
    if (done.kind !== "amount" || done.line !== p.line || done.bound !== "exact" || done.role) return;
    // 已经有286户签了字，签字率: the done clause may go on with its verb after the figure.
    // (已完成采购2145万片（粒、支），完成率: the unit's note in brackets belongs to the count.)
    const between = text.slice(done.span.end, p.span.start).replace(/^[（(][\u4e00-\u9fff、]{1,8}[）)]/, "");
    // (有438名同学考上了普通高中，普高升学率: a longer predicate after it names the rate's first two characters in order.)
    const longTail = /^([\u4e00-\u9fff]{5,12})(?=[，,])/.exec(between)?.[1] ?? "";
    const tail = /^([\u4e00-\u9fff]{1,4})(?=[，,])/.exec(between)?.[1] ?? longTail;
    const m = RATE_LEAD.exec(between.slice(tail.length));
    if (!m || (tail && !tail.includes(m[1][0]))) return;
    const from = sentenceStart(text, done.span.start);
    const clause = text.slice(from, done.span.start).split(/[，,：:]/).pop() ?? "";
    const verbs = [...Array(m[1].length - 1).keys()].map((k) => m[1].slice(k, k + 2));
    // 超标9个，达标率: the clause counts the rest (超标, 不合格, 未完成), so the rate is its complement.
    // (不合格率 after 不合格173批次 is that count's own rate.)
    // (其中合格371批次、不合格15批次，合格率: the last item of a 、-list counts the rest too.)
    const complement = /^(?:不|未)/.test(m[1]) ? undefined : (complementOf(clause, verbs) ?? (clause.includes("、") ? complementOf(clause.split("、").pop()!, verbs) : undefined));
    const namesRate = !!longTail && longTail.indexOf(m[1][0]) >= 0 && longTail.indexOf(m[1][1], longTail.indexOf(m[1][0]) + 1) > 0;
    if (longTail && tail === longTail && !namesRate) return;
    // 共收到论文412篇，…，遴选出入选论文126篇，入选率: a clause whose noun carries the rate's own name says what was done.
    const namedInside = m[1].length >= 2 && clause.includes(m[1]) && !clause.endsWith(m[1]) && !/不|未|没有|其中/.test(clause);
    const saysDone = (/已/.test(clause) && (verbs.some((v) => clause.includes(v)) || (!!tail && tail.includes(m[1][0])))) || namesRate || namedInside;
    // 立刑事案件1126起，破获862起，破案率: a clause that opens with the rate's verb (破获 for 破案率,
    // 合格 for 合格率) right after its total says what was done, with or without 已.
    // 家庭医生签约38.9万人，签约率: or that ends with the rate's own name, right before its figure.
    const opensWithVerb = !/其中|已/.test(clause) && (opensWith(clause, m[1], verbs) || (clause.length > m[1].length && clause.endsWith(m[1]) && !/(?:不|未|没有)$/.test(clause.slice(0, -m[1].length))));
    // 执结41.8万件，其中以终结本次执行程序方式结案15.3万件，终本率为63.4%: the part's own rate, written as
    // what is left (63.4% = 1 − 15.3/41.8), is a slip whatever the rate is called.
    // 宗教教职人员624名，其中持证备案598名，备案率: a 其中 part named with the rate's verb is what was done.
    // 其中集中供养956人、分散供养1692人，集中供养率36.1%: the rate names the other part; it is that part's own.
    const ownName = clause.split(/[、]/).pop() ?? "";
    const ratesOther = !ownName.includes(m[1]) && text.slice(from, done.span.start).includes(m[1]);
    // (资金执行率 after 其中…市级配套资金170万元: the rate's verb is 执行, not the 资金 it is of.)
    const partDone = /^其中/.test(clause) && clause.includes(m[1].slice(-2)) && !ratesOther;
    // 全县164所学校食堂中，已接入…的156所，覆盖率: what was done among a whole named with 中, whatever the rate is called.
    const among = /已/.test(clause) ? figures.slice(0, i - 1).find((f) => f.span.start >= from && f.kind === "amount" && f.bound === "exact" && !f.role && sameUnit(f, done) && f.value >= done.value && /^[\u4e00-\u9fff“”]{0,10}中[，,]$/.test(text.slice(f.span.end, done.span.start - clause.length))) : undefined;
    if (!complement && !saysDone && !opensWithVerb && !among) {
      // (其中宫颈癌21例，早诊率83.3%: a rate whose name shares nothing with the part is another part's, not a slip.)
      const part = /^其中/.test(clause) && !ratesOther && [...m[1]].some((c) => clause.includes(c)) ? complementSlip(text, figures.slice(0, i - 1), from, done, p) : undefined;
      if (part) out.push(report(p, `${done.text}占${part.text}的${round((done.value / part.value) * 100)}%，此处为“${p.text}”，是余下部分的比例。`, part));
      if (part || !partDone) return;
    }
    if (among && !complement && !saysDone && !opensWithVerb) {
      const range = percentRange(done, among);
      if (range && !overlaps(range, interval(p))) out.push(report(p, `${done.text}占${among.text}的${round((done.value / among.value) * 100)}%，此处为“${p.text}”。`, among));
      return;
    }
    // 较2023年的108件: a comparison's base is no total; nor is a per-head value (抽检量达到每千人4.2批次).
    let totals = figures.slice(0, i - 1).filter((f) => f.span.start >= from && f.kind === "amount" && sameUnit(f, done) && !f.role && !isComparisonBase(text, f) && !PER_UNIT.test(text.slice(Math.max(0, f.span.start - 5), f.span.start)));
    // 受理案件12486件，同比增长8.2%；审结11902件，结案率: the total may end the clause before a semicolon.
    // (…其中…40条；已整改到位121条，整改率: the 其中 split's whole is looked for from that earlier start too.)
    let splitFrom = from;
    if (!totals.length && /[；;]/.test(text[from - 1] ?? "")) {
      const before = sentenceStart(text, from - 1);
      totals = figures.slice(0, i - 1).filter((f) => f.span.start >= before && f.span.start < from && f.kind === "amount" && sameUnit(f, done) && !f.role && !isComparisonBase(text, f));
      splitFrom = before;
    }
    // 耕地2860亩。这两年通过土地流转，流转了1950亩，流转率: a clause that opens with the rate's verb, in a
    // sentence stating no whole of its unit, is over the one whole of that unit the sentence before states.
    let previousWhole: Figure | undefined;
    // (组织培训1240人次，获证1086人，获证率: a whole of another unit in the sentence is its own; look no further.)
    if (!totals.length && opensWithVerb && /[。！？]/.test(text[from - 1] ?? "") && !figures.some((f) => f !== done && f.kind === "amount" && f.span.start >= from && f.span.start < done.span.start)) {
      const before = sentenceStart(text, from - 1);
      const lineStart = text.lastIndexOf("\n", from - 1) + 1;
      const wholes = figures.slice(0, i - 1).filter((f) => f.span.start >= Math.max(before, lineStart) && f.span.start < from && f.kind === "amount" && f.bound === "exact" && sameUnit(f, done) && !f.role && !f.relation && f.aspect === "level" && f.value > done.value && !isComparisonBase(text, f));
      if (wholes.length === 1) [totals, previousWhole] = [wholes, wholes[0]];
    }
    // Several of the unit in the sentence: the one that ends the clause right before (发现问题线索426条，已核查办结389条，办结率).
    const clauseStart = done.span.start - clause.length;
    const last = totals[totals.length - 1];
    // Not a part under 其中 (其中重大问题12个，已整改155个), nor a figure smaller than what was done.
    const lastClause = last ? (text.slice(from, last.span.start).split(/[，,；;：:]/).pop() ?? "") : "";
    // 受理案件12486件，同比增长8.2%；审结11902件: the total's own growth may stand between.
    // (受理126件，较2023年的108件增长16.7%；审结118件: the total's change may name its base.)
    const next = !!last && /^[^，,；;：:。！？]{0,4}(?:[，,](?:同比|比上年|比去年|(?:较|比)[^，,。；;！？]{0,12}的[0-9０-９.．]+[\u4e00-\u9fff]{0,3})?(?:增长|下降|增加|减少)了?[0-9０-９.．]+(?:%|％))?[，,；;]$/.test(text.slice(last.span.end, clauseStart)) && !/其中/.test(lastClause);
    const adjacent = next && last.value >= done.value;
    let total = opensWithVerb && !saysDone && !complement ? (adjacent ? last : undefined) : totals.length === 1 ? totals[0] : adjacent ? last : undefined;
    // 受理…312人，批准逮捕241人，不捕71人，不捕率: the clause before is a sibling part when with this one it
    // makes an earlier figure of the sentence, which is then the whole.
    // (批准逮捕186人，不批准逮捕226人，不捕率: the sibling may be the smaller part.)
    if ((total && total === last) || (!total && next && opensWithVerb)) {
      const whole = totals.find((f) => f !== last && f.span.end <= last.span.start && Math.abs(f.value - (last.value + done.value)) <= f.tolerance + last.tolerance + done.tolerance + 1e-9);
      if (whole) total = whole;
    }
    // 立案186件，其中集体提案27件、个人提案159件，已办复179件，办复率: the parts of a 其中 split stand
    // between; what was done is counted in the whole right before the 其中.
    if (!total && (saysDone || partDone)) {
      const q = text.lastIndexOf("其中", done.span.start);
      const whole = q >= splitFrom ? totals.find((f) => f.span.end <= q && /^[，,：:]?$/.test(text.slice(f.span.end, q))) : undefined;
      // The rate may be of a part of the split instead (其中重大问题12个，已整改10个，整改率83.3%).
      const fitsOther = totals.some((f) => f !== whole && f.value >= done.value && overlaps(percentRange(done, f) ?? [NaN, NaN], interval(p)));
      if (whole && whole.value >= done.value && !fitsOther && totals.every((f) => f.span.start <= whole.span.start || f.span.start > q)) total = whole;
    }
    // 事项2860项，可网办事项2718项，网办率95.0%；全程网办事项2153项，全程网办率: rates side by side
    // share the base the earlier one is over.
    if (!total && opensWithVerb) {
      const shared = sharedBase(text, figures.slice(0, i - 1), totals, done);
      // 应参加…48452人，实际参考48260人，参考率99.6%；考试合格47440人，合格率98.3%: a rate that fits over the
      // earlier rate's own part (those who took the test) is over that part, not the shared base.
      const overPart = shared && shared.part.value >= done.value ? percentRange(done, shared.part) : undefined;
      if (overPart && overlaps(overPart, interval(p))) return;
      total = shared?.base;
    }
    if (!total && previousWhole) total = previousWhole;
    if (!total && saysDone) total = wholeNamedUp(text, figures, i - 1, from, done);
    if (!total) return;
    if (total.bound !== "exact") return;
    if (complement) {
      const t = interval(total);
      const d = interval(done);
      if (!Number.isFinite(t[0] + t[1] + d[0] + d[1]) || t[0] <= 0 || d[0] > t[1]) return;
      const range: [number, number] = [((t[0] - d[1]) / t[1]) * 100, ((t[1] - d[0]) / t[0]) * 100];
      if (overlaps(range, interval(p))) return;
      out.push(report(p, `${total.text}中${complement}${done.text}，${m[1]}率应为${round(((total.value - done.value) / total.value) * 100)}%，此处为“${p.text}”。`, total));
      return;
    }
    const range = percentRange(done, total);
    if (!range || overlaps(range, interval(p))) return;
    out.push(report(p, `${done.text}占${total.text}的${round((done.value / total.value) * 100)}%，此处为“${p.text}”。`, total));
  });
  return out;
}

/** The total an earlier rate of the sentence (…2718项，网办率95.0%) is over, when it fits that rate. */
function sharedBase(text: string, earlier: Figure[], totals: Figure[], done: Figure): { base: Figure; part: Figure } | undefined {
  for (let j = earlier.length - 1; j >= 1; j--) {
    const rate = earlier[j];
    const part = earlier[j - 1];
    if (rate.kind !== "percent" || rate.bound !== "exact" || !RATE_LEAD.test(text.slice(part.span.end, rate.span.start))) continue;
    const base = totals.find((t) => t.span.end <= part.span.start && t.bound === "exact" && t.value >= done.value && t.value >= part.value && overlaps(percentRange(part, t) ?? [NaN, NaN], interval(rate)));
    if (base) return { base, part };
  }
  return undefined;
}

/** The total before 其中 when the rate stated is the rest's share (1 − part/total) and not the part's own. */
function complementSlip(text: string, earlier: Figure[], from: number, done: Figure, p: Figure): Figure | undefined {
  const totals = earlier.filter((f) => f.span.start >= from && f.kind === "amount" && sameUnit(f, done) && !f.role && f.bound === "exact" && f.value > done.value);
  if (totals.length !== 1) return undefined;
  const total = totals[0];
  const own = percentRange(done, total);
  const t = interval(total);
  const d = interval(done);
  if (!own || t[0] <= 0 || overlaps(own, interval(p))) return undefined;
  const rest: [number, number] = [((t[0] - d[1]) / t[1]) * 100, ((t[1] - d[0]) / t[0]) * 100];
  return overlaps(rest, interval(p)) ? total : undefined;
}

const SHARE_LEAD = /^[，,、]?\s*(?:占比|占|所占比重|比重|占(?:总|全部)[^，,。；;全省市县区国]{0,6}的(?:比重|比例)?)(?:为|达|达到|是)?$/;

/** ，占一般公共预算收入的比重为79.5%: the whole named by its metric. */
export const NAMED_SHARE_LEAD = /^[，,]\s*占([\u4e00-\u9fff]{2,12}?)的(?:比重|比例)?(?:为|达|达到|是)?$/;

/**
 * 一般公共预算收入86.4亿元…其中税收收入68.7亿元，占一般公共预算收入的比重为79.5%:
 * the one earlier level on the part's line whose metric is the named whole, of
 * the same unit and period; none when there are two.
 */
/**
 * 乡村旅游接待游客2360万人次，占全市游客总量的45.6%: the whole is named loosely (全市游客总量)
 * but stated earlier in the draft as the metric the part's own name ends with (全市接待游客5860万人次),
 * for the same period. Earlier statements of one value count once.
 */
function wholeOfKind(text: string, earlier: Figure[], part: Figure, name: string): Figure[] {
  const core = name.replace(/^(?:全国|全省|全市|全县|全区|全镇|我国|我省|我市|我县|我区|本市|本县)/, "").replace(/(?:总人数|总人次|总户数|总量|总数|总额|总计|合计|总)$/, "");
  if (core.length < 2 || !part.metric) return [];
  // 新认定高新技术企业412家，占全市高新技术企业总数的: a whole named as the total (总数) may share the
  // part's metric as read, when it is the larger; a stock at the year's end is the whole of that year's parts.
  const total = /(?:总人数|总人次|总户数|总量|总数|总额|总计|合计)$/.test(name);
  // A whole named as the total (签约项目总数) may be any earlier, larger statement of that thing (新签约项目12个).
  // (展陈面积1.2万平方米，占建筑面积的: a larger figure whose metric holds the whole name, 总建筑面积, is it.)
  const holdsName = (f: Figure) => core.length >= 3 && f.metric!.includes(name) && f.value > part.value;
  const found = earlier.filter((f) => !!f.metric && f.metric.length >= 2 && (f.metric !== part.metric ? part.metric!.endsWith(f.metric) || (total && f.value > part.value) || holdsName(f) : total && f.value > part.value) && (f.metric.includes(core) || (total && core.endsWith(f.metric))) && f.kind === "amount" && f.aspect === "level" && !f.goal && !f.role && wholeOfPeriod(text, f, part));
  // The whole named exactly (出口 for 占出口总额的, not 进出口总额), else the longest such name (接待游客,
  // not the 游客 of 过夜游客).
  const exact = found.filter((f) => f.metric === core && f.value > part.value);
  const longest = Math.max(0, ...found.map((f) => f.metric!.length));
  const named = exact.length ? exact : found.filter((f) => f.metric!.length === longest);
  return named.filter((f, k) => named.findIndex((g) => g.value === f.value) === k);
}

/**
 * The whole stands for the part's period: the same one, or the stock at the end of the part's year.
 * A paragraph opening with 其中 goes on from the one before: its undated part is of that paragraph's
 * period (到2024年底…58.6万人…。⏎其中高技能人才17.9万人), though not of a comparison's base.
 */
function wholeOfPeriod(text: string, whole: Figure, part: Figure): boolean {
  if (periodKey(whole.period) === periodKey(part.period)) return true;
  if (whole.period?.year !== undefined && whole.period.year === part.period?.year && /^[底末]$/.test(whole.period.part ?? "") && !part.period?.part) return true;
  const lineStart = text.lastIndexOf("\n", part.span.start) + 1;
  return !part.period && whole.line === part.line - 1 && /^\s*其中/.test(text.slice(lineStart, part.span.start)) && !isComparisonBase(text, whole);
}

function namedWhole(text: string, earlier: Figure[], part: Figure, name: string): Figure | undefined {
  if (!part.metric || part.metric === name || part.bound !== "exact") return undefined;
  let wholes = earlier.filter((f) => f.line === part.line && f.metric === name && f.kind === "amount" && f.aspect === "level");
  if (!wholes.length) wholes = wholeOfKind(text, earlier, part, name);
  // 已落实去向4434人，其中…1120人，占已落实去向人数的: the whole named by the words written right before it.
  if (!wholes.length) {
    const core = name.replace(/(?:总人数|人数|总人次|人次|总数|总量|总额)$/, "");
    if (core.length >= 3) wholes = earlier.filter((f) => f.line === part.line && f.kind === "amount" && f.aspect === "level" && f.value > part.value && text.slice(Math.max(0, f.span.start - core.length), f.span.start) === core);
    // 外借图书36.8万册次，其中…，占外借总量的: a whole named by its verb and 总量 opens its clause with that verb.
    if (!wholes.length && core.length === 2 && /(?:总数|总量|总额)$/.test(name)) {
      wholes = earlier.filter((f) => f.line === part.line && f.kind === "amount" && f.aspect === "level" && f.value > part.value && (text.slice(0, f.span.start).split(/[，,；;。！？]/).pop() ?? "").startsWith(core));
    }
  }
  if (wholes.length !== 1) return undefined;
  const whole = wholes[0];
  if (whole.role || whole.relation || whole.bound !== "exact" || !sameUnit(whole, part)) return undefined;
  if (!wholeOfPeriod(text, whole, part)) return undefined;
  return whole;
}

/** 完成年度缴存计划73.4亿元的52.6%, 任务18000人的102.4%: a figure a share or a progress is of, no total of the text around. */
function isShareBase(text: string, f: Figure): boolean {
  return /^的[0-9０-９.．]+[%％]/.test(text.slice(f.span.end, f.span.end + 12));
}

/** The last exact level figure of the part's unit, larger than it, in the paragraph or the one above, before `from`: no base, no part of a split. */
function wholeJustBefore(text: string, earlier: Figure[], from: number, part: Figure): Figure | undefined {
  let last: Figure | undefined;
  for (let k = earlier.length - 1; k >= 0 && earlier[k].line >= part.line - 1 && !last; k--) {
    const f = earlier[k];
    if (f.span.end <= from && f.kind === "amount" && f.aspect === "level" && sameUnit(f, part) && !isComparisonBase(text, f) && !isShareBase(text, f)) last = f;
  }
  if (!last || last.bound !== "exact" || last.role === "from" || last.value <= part.value) return undefined;
  const own = sentenceStart(text, last.span.start);
  return /其中/.test(text.slice(own, last.span.start)) ? undefined : last;
}

/** ，比上年净增68家，增长19.8%， between a total and its 其中: the total's changes, nothing else. */
// (，比上年的318.4万人次增长21.4%； ，是2020年的2.1倍， : a base named with its value, a multiple, a semicolon before 其中.)
const OWN_CHANGES = /^(?:[，,](?:(?:同比|(?:比|较)[^，,。；;]{1,16}?)?(?:净增|增长|增加|提高|下降|减少)了?[0-9０-９.．]+[万亿]?[\u4e00-\u9fff%％]{0,3}|是[^，,。；;]{1,12}的[0-9０-９.．]+倍))*[，,；;：:]?$/;
const CHANGE_BEFORE = /(?:净增|增长|增加|提高|下降|减少)了?$/;
/** A change, or a count right after a change verb (净增68家): never the whole of a split. */
const isChangeFigure = (text: string, f: Figure) => f.aspect === "change" || CHANGE_BEFORE.test(text.slice(Math.max(0, f.span.start - 3), f.span.start));

/**
 * ，户用光伏占比63.2% after a 其中 split in the same sentence: the part of that name (the one figure after
 * 其中 whose metric is the name), over the figure right before 其中 of the same unit.
 */
function namedPartShare(text: string, figures: Figure[], i: number, p: Figure): { part: Figure; whole: Figure } | undefined {
  const lead = /[，,]([\u4e00-\u9fff]{2,10})占比(?:为|达到?|是)?$/.exec(text.slice(Math.max(0, p.span.start - 16), p.span.start));
  if (!lead) return undefined;
  // (The split may follow its whole after a semicolon: …增长21.4%；其中….)
  const from = wholeSentenceStart(text, p.span.start);
  const at = text.slice(from, p.span.start).lastIndexOf("其中");
  if (at < 0) return undefined;
  const q = from + at;
  const earlier: Figure[] = [];
  for (let k = i - 1; k >= 0 && figures[k].span.start >= from; k--) earlier.unshift(figures[k]);
  const whole = [...earlier].reverse().find((f) => f.span.end <= q && f.kind === "amount" && !isChangeFigure(text, f) && !isComparisonBase(text, f));
  if (!whole || whole.span.start < from || whole.bound !== "exact" || whole.role === "from" || !OWN_CHANGES.test(text.slice(whole.span.end, q))) return undefined;
  const named = earlier.filter((f) => f.span.start > q && f.kind === "amount" && f.aspect === "level" && f.bound === "exact" && sameUnit(f, whole) && f.metric === lead[1]);
  if (named.length !== 1 || named[0].value > whole.value) return undefined;
  return { part: named[0], whole };
}

/** 养老床位1.2万张，其中护理型床位6500张，占比54.2%: the part over its total. */
export function checkShareOfTotal(model: DocumentModel, figures: Figure[], report: Report): Finding[] {
  const out: Finding[] = [];
  const text = model.text;
  figures.forEach((p, i) => {
    if (p.kind !== "percent" || i < 2 || p.bound !== "exact") return;
    // 38.6万千瓦，其中户用光伏14.2万千瓦…，工商业分布式光伏24.4万千瓦，户用光伏占比63.2%: a part named again
    // before 占比, over the 其中 split's whole.
    const again = namedPartShare(text, figures, i, p);
    if (again) {
      const range = percentRange(again.part, again.whole);
      if (range && !overlaps(range, interval(p))) out.push(report(p, `${again.part.text}占${again.whole.text}的${round((again.part.value / again.whole.value) * 100)}%，此处为“${p.text}”。`, again.whole));
      return;
    }
    // 机电产品出口186.7亿元，增长11.6%，占出口总额的62.4%: the part's own growth may stand before a share named of its whole.
    const grown = figures[i - 1].kind === "percent" && figures[i - 1].aspect === "change" && i >= 3 && figures[i - 2].kind === "amount" && figures[i - 2].line === p.line && /^[，,](?:同比)?(?:增长|下降|增加|减少)了?$/.test(text.slice(figures[i - 2].span.end, figures[i - 1].span.start)) && NAMED_SHARE_LEAD.test(text.slice(figures[i - 1].span.end, p.span.start));
    if (grown) {
      const part = figures[i - 2];
      const whole = namedWhole(text, figures.slice(0, i - 2), part, NAMED_SHARE_LEAD.exec(text.slice(figures[i - 1].span.end, p.span.start))![1]);
      const range = whole && percentRange(part, whole);
      if (whole && range && !overlaps(range, interval(p))) out.push(report(p, `${part.text}占${whole.text}的${round((part.value / whole.value) * 100)}%，此处为“${p.text}”。`, whole));
      return;
    }
    const part = figures[i - 1];
    if (part.kind !== "amount" || part.line !== p.line) return;
    // 已储备化肥3.2万吨，占预计需求量4.5万吨的76.4%: the whole stated right there.
    const whole = i >= 2 ? figures[i - 1] : undefined;
    const share = whole && i >= 2 ? figures[i - 2] : undefined;
    if (whole && share && whole.line === p.line && share.line === p.line && /^的(?:比重|比例)?(?:为|达)?$/.test(text.slice(whole.span.end, p.span.start)) && /^[，,]\s*占[\u4e00-\u9fff]{0,10}$/.test(text.slice(share.span.end, whole.span.start))) {
      if (share.kind === "amount" && whole.kind === "amount" && sameUnit(share, whole) && share.bound === "exact" && ["exact", "lower", "upper", "approx"].includes(whole.bound)) {
        const range = percentRange(share, whole, true);
        if (range && !overlaps(range, interval(p))) out.push(report(p, `${share.text}占${whole.text}的${round((share.value / whole.value) * 100)}%，此处为“${p.text}”。`, whole));
      }
      return;
    }
    const named = NAMED_SHARE_LEAD.exec(text.slice(part.span.end, p.span.start));
    if (named) {
      const whole = namedWhole(text, figures.slice(0, i - 1), part, named[1]);
      const range = whole && percentRange(part, whole);
      if (whole && range && !overlaps(range, interval(p))) out.push(report(p, `${part.text}占${whole.text}的${round((part.value / whole.value) * 100)}%，此处为“${p.text}”。`, whole));
      // 各项贷款余额268.37亿元，…其中涉农贷款余额172.46亿元，占各项贷款的比重为: a whole named as its 其中
      // total's clause names it (both metrics read as 贷款余额) is that total, below.
      if (whole) return;
    }
    // 联合收割机3260台，其中外出跨区作业860台，本地作业机具占比26.4%: a share named for the other group (本地
    // against 外出) is the rest's, (3260 − 860) ÷ 3260.
    const other = named ? null : OTHER_GROUP_SHARE.exec(text.slice(part.span.end, p.span.start));
    if (other) {
      const from = sentenceStart(text, part.span.start);
      const q = text.lastIndexOf("其中", part.span.start);
      const partClause = q >= from ? text.slice(q, part.span.start) : "";
      const total = q >= from ? [...figures.slice(0, i - 1)].reverse().find((f) => f.span.end <= q && f.span.start >= from && f.kind === "amount" && !isComparisonBase(text, f)) : undefined;
      if (!total || !contrasted(other[1], partClause) || !sameUnit(total, part) || total.bound !== "exact" || part.bound !== "exact" || total.value <= part.value || !/^[，,]?$/.test(text.slice(total.span.end, q))) return;
      const rest = { ...part, value: total.value - part.value, tolerance: part.tolerance + total.tolerance };
      const range = percentRange(rest, total);
      if (range && !overlaps(range, interval(p))) out.push(report(p, `${other[1]}为${total.text}减去${part.text}，占${round(((total.value - part.value) / total.value) * 100)}%，此处为“${p.text}”。`, total));
      return;
    }
    // 其中132家获得结余留用资金，占比61.3%: the part's clause may go on after its count.
    if (!named && !SHARE_LEAD.test(text.slice(part.span.end, p.span.start).replace(/^[\u4e00-\u9fff“”]{1,12}(?=[，,])/, ""))) return;
    // The total is the figure just before 其中 in the same sentence.
    const from = sentenceStart(text, part.span.start);
    const q = text.lastIndexOf("其中", part.span.start);
    if (q < from) {
      // 在孵企业2380家…。在孵企业中，…获得投融资的企业286家，占比: a sentence that opens with a whole named with 中.
      const start = wholeSentenceStart(text, part.span.start);
      const whole = /^[\u4e00-\u9fff]{2,8}中[，,]/.test(text.slice(start, start + 12)) ? wholeNamedUp(text, figures, i - 1, start, part) : undefined;
      const range = whole && part.bound === "exact" && percentRange(part, whole);
      if (whole && range && !overlaps(range, interval(p))) out.push(report(p, `${part.text}占${whole.text}的${round((part.value / whole.value) * 100)}%，此处为“${p.text}”。`, whole));
      return;
    }
    // (…268.37亿元，比年初增加18.64亿元，其中…: the total's own changes may stand between, and are no totals.)
    let total = [...figures.slice(0, i - 1)].reverse().find((f) => f.span.end <= q && f.span.start >= from && !isChangeFigure(text, f) && f.kind === "amount" && !isComparisonBase(text, f) && !isShareBase(text, f));
    // 全年…办理结婚登记1386对，比去年同期的1155对增长了20%。⏎其中，“90后”新人1025对，占比: a sentence that opens with
    // 其中 is a split of the last whole of its unit stated just before (the same paragraph or the one above).
    // 发放个人住房贷款2156笔、10.42亿元，其中…1932笔，占比: another measure of the same things, joined by 、,
    // may stand last before 其中; the whole is the figure of the part's unit before it.
    if (total && !sameUnit(total, part)) {
      const k = figures.indexOf(total);
      const before = k > 0 ? figures[k - 1] : undefined;
      if (before && before.span.start >= from && sameUnit(before, part) && before.kind === "amount" && text.slice(before.span.end, total.span.start) === "、") total = before;
    }
    const opensWithSplit = !total && /^\s*$/.test(text.slice(from, q));
    if (opensWithSplit) total = wholeJustBefore(text, figures.slice(0, i - 1), from, part);
    // 耕地保有量不低于386.5万亩，其中…331.2万亩，占比: a goal's floor or ceiling is its value as written.
    const bounded = !!total && (total.bound === "lower" || total.bound === "upper") && total.goal && part.goal;
    if (!total || !sameUnit(total, part) || total.kind !== "amount" || (total.bound !== "exact" && !bounded) || part.bound !== "exact") return;
    // 排查存量政策措施3652件，其中废止86件、修订54件，占排查总数的4.8%: after a 、-list of parts, a share of
    // the whole named by its stem and 总数 is the parts' together (or the last part's own).
    const listed = named && !opensWithSplit ? partsListed(text, figures, q, i - 1) : undefined;
    if (listed && /(?:总数|总量|总额)$/.test(named![1]) && text.slice(from, total.span.end).includes(named![1].slice(0, -2))) {
      const sum = listed.reduce((a, f) => a + f.value, 0);
      const sumFigure = { ...part, value: sum, tolerance: listed.reduce((a, f) => a + f.tolerance, 0) };
      const fits = (x: Figure) => overlaps(percentRange(x, total) ?? [NaN, NaN], interval(p));
      if (fits(part) || fits(sumFigure)) return;
      out.push(report(p, `${listed.map((f) => f.text).join("、")}合计占${total.text}的${round((sum / total.value) * 100)}%，此处为“${p.text}”。`, total));
      return;
    }
    // (占外借总量的 after 外借图书36.8万册次: a whole named by its stem and 总量 is named by the stem.)
    if (named && !text.slice(from, total.span.start).includes(named[1].replace(/(?<=^[\u4e00-\u9fff]{2,})(?:总数|总量|总额)$/, ""))) return;
    if (!opensWithSplit && !OWN_CHANGES.test(text.slice(total.span.end, q).replace(/^、[0-9０-９.．]+[万亿]?[\u4e00-\u9fff]{1,4}(?=[，,])/, ""))) return;
    const range = percentRange(part, total, bounded);
    if (!range || overlaps(range, interval(p))) return;
    // 老年人口11.86万人，占户籍总人口的24.7%，其中65周岁及以上8.43万人，占17.6%: a bare share after a total
    // that is itself a named base's share may be of that base too (8.43 ÷ (11.86 ÷ 24.7%) = 17.6%).
    if (!named && fitsTotalsBase(text.slice(total.span.end, q), part, total, p)) return;
    out.push(report(p, `${part.text}占${total.text}的${round((part.value / total.value) * 100)}%，此处为“${p.text}”。`, total));
  });
  return out;
}

/** The figures from 其中 at `q` up to `last`, when they are two or more parts of one unit joined by 、 or 和 (names between). */
function partsListed(text: string, figures: Figure[], q: number, last: number): Figure[] | undefined {
  const parts = figures.slice(0, last + 1).filter((f) => f.span.start > q);
  if (parts.length < 2 || parts.some((f) => f.kind !== "amount" || f.bound !== "exact" || !sameUnit(f, parts[0]))) return undefined;
  for (let k = 1; k < parts.length; k++) if (!listedNext(text, parts[k - 1], parts[k])) return undefined;
  return parts;
}

/** ，本地作业机具占比: a share named for a group of its own, right after the part. */
const OTHER_GROUP_SHARE = /^[，,]\s*([\u4e00-\u9fff]{2,10}?)的?(?:占比|比重|所占比重)(?:为|达|是)?$/;

/** Words that name two groups of one whole (本地 and 外出, 线上 and 线下). */
const CONTRASTS: [RegExp, RegExp][] = [
  [/本地|当地/, /外出|跨区|外地|异地/],
  [/县内|市内|省内|区内/, /县外|市外|省外|区外/],
  [/境内|国内/, /境外|国外|海外/],
  [/线下/, /线上|网上/],
  [/城镇|城市/, /农村|乡村/],
  [/公办/, /民办/],
  [/男性|男生|男/, /女性|女生|女/],
];

/** The share's group and the part's are the two sides of one of CONTRASTS. */
function contrasted(group: string, partClause: string): boolean {
  return CONTRASTS.some(([a, b]) => (a.test(group) && !b.test(group) && b.test(partClause) && !a.test(partClause)) || (b.test(group) && !a.test(group) && a.test(partClause) && !b.test(partClause)));
}

/** The total's own share of a named base (，占户籍总人口的24.7%，) and the part's share of that base fits `p`. */
export function fitsTotalsBase(between: string, part: Figure, total: Figure, p: Figure): boolean {
  // (…6.82万人，占21.4%；其中…4.95万人，占15.5%: the base may go unnamed, both shares over it.)
  const m = /^[，,]\s*占(?:[\u4e00-\u9fff]{2,12}?的?(?:比重|比例)?)?(?:为|达)?([0-9０-９]+(?:[.．][0-9０-９]+)?)[%％][，,；;。]?\s*$/.exec(between);
  if (!m) return false;
  const share = parseArabic(m[1])?.value ?? NaN;
  if (!(share > 0 && share < 100)) return false;
  const decimals = (m[1].split(/[.．]/)[1] ?? "").length;
  const slack = 0.5 * 10 ** -decimals;
  const lo = (part.value / (total.value / ((share - slack) / 100))) * 100;
  const hi = (part.value / (total.value / ((share + slack) / 100))) * 100;
  return overlaps([Math.min(lo, hi), Math.max(lo, hi)], interval(p));
}

/** 三次产业结构调整为10.2∶38.5∶51.3: the parts of one whole, in percent. */
const RATIO = /(?<![0-9０-９.．])([0-9０-９]+(?:[.．][0-9０-９]+)?)(?:\s*[∶:：]\s*([0-9０-９]+(?:[.．][0-9０-９]+)?)){2,}(?![0-9０-９.．∶:：])/g;
// …覆盖人口比例为68.5∶26.3∶6.2: a split named as 比例 or 占比 right before the numbers.
const RATIO_CONTEXT = /(?:三次产业|产业结构|结构比|构成比)[^。；;！？]{0,12}$|(?:比例|占比|比重|之比)(?:为|是|达到)?$/;

export function checkRatioStrings(model: DocumentModel, rule: { code: string; severity: Finding["severity"] }): Finding[] {
  const out: Finding[] = [];
  for (const p of model.paragraphs) {
    if (!/[∶:：]/.test(p.text) || !/结构|构成|比例|占比|比重/.test(p.text)) continue;
    let named = 0;
    for (const m of p.text.matchAll(RATIO)) {
      const parts = m[0].split(/\s*[∶:：]\s*/).map((x) => parseArabic(x));
      // …比例为2.4∶13.6∶39.2∶44.8；…2025年底调整为0.8∶9.5∶38.1∶49.6: a ratio of as many parts, the same
      // split restated as changed, needs no name of its own.
      const restated = named === parts.length && /(?:调整为|优化为|变为|调整到|优化到|变化为)$/.test(p.text.slice(0, m.index!));
      if (!RATIO_CONTEXT.test(p.text.slice(0, m.index!)) && !restated) continue;
      named = parts.length;
      if (parts.some((x) => !x)) continue;
      const sum = parts.reduce((s, x) => s + x!.value, 0);
      const slack = parts.reduce((s, x) => s + x!.place / 2, 0);
      // Only a ratio written as percentages (near 100) is read as one.
      if (sum < 80 || sum > 120 || Math.abs(sum - 100) <= slack + 1e-9) continue;
      const start = p.span.start + m.index!;
      out.push({
        code: rule.code,
        severity: rule.severity,
        span: { start, end: start + m[0].length },
        message: `“${m[0]}”各部分之和为${round(sum)}，应为100。`,
      });
    }
  }
  return out;
}

