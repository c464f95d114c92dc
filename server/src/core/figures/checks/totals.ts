/**
 * Parts and shares of a total the sentence does not tie to it with a 其中 right
 * after it, for figure.arithmetic: a share stated against a total given earlier
 * in the paragraph (共有学员60名，其中…；女学员18名，占比36%), and the parts listed
 * after a total and a colon (受理案件14108件：刑事案件1024件、民商事案件9862件…).
 */
import type { Finding } from "../../findings";
import type { DocumentModel } from "../../document/model";
import type { Figure } from "../types";
import { fitsTotalsBase, isComparisonBase, NAMED_SHARE_LEAD, percentRange } from "./relations";
import { formatBase } from "../units";
import { EPS, finding, interval, overlaps, round, sameUnit, type Report } from "./shared";


/** Where the sentence holding `at` starts (a semicolon does not end one). */
function sentenceStartOf(text: string, at: number): number {
  let from = at;
  while (from > 0 && !"。！？!?\n\r".includes(text[from - 1])) from--;
  return from;
}

/** A plain stated level: no goal, bound, role, comparison base, nor a per-head or rate value. */
function plainLevel(text: string, f: Figure): boolean {
  if (f.kind !== "amount" || f.aspect !== "level" || f.role || f.relation || f.bound !== "exact" || f.goal) return false;
  if (isComparisonBase(text, f)) return false;
  const clause = text.slice(Math.max(0, f.span.start - 20), f.span.start).split(/[，,；;：:。！？、]/).pop() ?? "";
  return !/人均|户均|亩均|平均|每|时速|速度/.test((f.metric ?? "") + clause);
}

const SHARE_AFTER = /^[，,、]\s*(?:占比|所占比重|比重|占)(?:为|达|达到|是)?$/;
/** The total the parts are counted in: 共有学员60名, 总计, 合计, 累计. */
const TOTAL_LEAD = /(?:共有|共计|一共|总共|总计|合计|累计)[\u4e00-\u9fff]{0,8}$|(?<!公)共$/;

/**
 * ；女学员18名，占比36%: a part, then 占比, with no 其中 right after its total. The
 * total is the one earlier plain level of the same unit in the sentence that a
 * 其中 follows (一般公共预算收入14.28亿元，增长3.2%；其中税收收入9.86亿元，占比72.4%),
 * or else that is stated as a total (共有, 合计, 累计); it must be larger than the part.
 */
export function checkShareOfEarlierTotal(model: DocumentModel, figures: Figure[], report: Report): Finding[] {
  const out: Finding[] = [];
  const text = model.text;
  figures.forEach((p, i) => {
    if (p.kind !== "percent" || p.aspect !== "level" || p.bound !== "exact" || i < 2) return;
    const part = figures[i - 1];
    const gap = text.slice(part.span.end, p.span.start);
    // 占比62.8%, or the total named: 占提取额的22.4%.
    const named = NAMED_SHARE_LEAD.exec(gap)?.[1];
    if (part.line !== p.line || !plainLevel(text, part) || (!SHARE_AFTER.test(gap) && !named)) return;
    // The part must not itself be a total (共有党员45名，占比…).
    const partClause = text.slice(Math.max(0, part.span.start - 20), part.span.start).split(/[，,；;：:。！？]/).pop() ?? "";
    if (TOTAL_LEAD.test(partClause)) return;
    // The total is in the part's sentence (a semicolon does not end it).
    let from = sentenceStartOf(text, part.span.start);
    // A sentence opening with 其中 splits the one before it (已落实3581人。其中，…1926人，占比…).
    // (A paragraph opening with 其中 splits the last sentence of the paragraph right above it.)
    const newParagraph = from > 1 && text[from - 1] === "\n" && /[。！]/.test(text[from - 2] === "\r" ? text[from - 3] : text[from - 2]);
    const opens其中 = /^\s*其中/.test(text.slice(from, part.span.start)) && from > 0 && (text[from - 1] === "。" || newParagraph);
    if (opens其中) {
      from -= newParagraph ? (text[from - 2] === "\r" ? 3 : 2) : 1;
      while (from > 0 && !"。！？!?\n\r".includes(text[from - 1])) from--;
    }
    const earlier = figures.slice(0, i - 1).filter((f) => f.span.start >= from && sameUnit(f, part) && plainLevel(text, f) && f.value > part.value);
    // 接待查档利用1.36万人次，比2023年的1.15万人次增长18.3%。我们…推出“查档一次都不跑”，其中线上查档5860人次，占比:
    // a 其中 in a sentence that states no figure before it splits the one whole of its unit stated earlier in the paragraph.
    const q = text.lastIndexOf("其中", part.span.start);
    if (!named && !earlier.length && !opens其中 && q >= from && from > 0 && /[。！？]/.test(text[from - 1]) && !figures.some((f) => f.span.start >= from && f.span.start < q)) {
      const lineStart = text.lastIndexOf("\n", from - 1) + 1;
      const up = figures.slice(0, i - 1).filter((f) => f.span.start >= lineStart && f.span.end <= from && sameUnit(f, part) && f.kind === "amount" && !f.role && !f.relation && !f.goal && f.aspect === "level" && f.bound === "exact" && !isComparisonBase(text, f));
      const whole = up.length === 1 && up[0].value > part.value ? up[0] : undefined;
      const range = whole && percentRange(part, whole);
      if (whole && range && !overlaps(range, interval(p))) out.push(report(p, `${part.text}占${whole.text}的${round((part.value / whole.value) * 100)}%，此处为“${p.text}”。`, whole));
      return;
    }
    // A total may carry its change or its own share before the 其中 (…2346人，占常住人口的18.8%；其中…).
    const followedBy其中 = (f: Figure) => /^(?:[，,：:。]?|[，,](?:同比|比上年|比去年)?(?:增长|下降|增加|减少)[^，,。；;！？]{0,12}[；;，,。]|[，,]占[^，,。；;！？]{0,14}?[%％][；;，,。])其中/.test(text.slice(f.span.end, f.span.end + 24));
    // 占提取额的: the one earlier figure of that metric.
    const ofNamed = (f: Figure) => !!named && !!f.metric && (f.metric.endsWith(named) || (f.metric.length >= 2 && named.endsWith(f.metric)));
    const stated = (f: Figure) => TOTAL_LEAD.test(text.slice(Math.max(0, f.span.start - 12), f.span.start).split(/[，,；;：:。！？]/).pop() ?? "");
    // …贷款2.36亿元…。其中农村妇女贷款1.72亿元，占比: after a sentence opening with 其中, the earlier amount of the same kind (贷款).
    const sameKind = (f: Figure) => opens其中 && !!f.metric && !!part.metric && f.metric.length >= 2 && part.metric.endsWith(f.metric.slice(-2));
    // 28个签约项目中战略性新兴产业项目16个，占比: a whole named with 中 right before the part.
    const among = (f: Figure) => /^[\u4e00-\u9fff“”]{0,10}中[，,]?[\u4e00-\u9fff“”]{0,16}$/.test(text.slice(f.span.end, part.span.start));
    const test = named ? ofNamed : [followedBy其中, stated, among, sameKind].find((k) => earlier.some(k));
    let candidates = test ? earlier.filter(test) : [];
    // 1—10月，全县共发生火灾212起。… / - 电气火灾89起，占火灾总数的46.0%: a whole named with 总数 may have been
    // stated a few paragraphs up, once, in the part's unit.
    if (!candidates.length && named && /(?:总数|总量|总额)$/.test(named)) {
      const whole = named.replace(/(?:总数|总量|总额)$/, "");
      const up = figures.slice(0, i - 1).filter((f) => f.line < part.line && f.line >= part.line - 4 && sameUnit(f, part) && plainLevel(text, f) && f.value > part.value && !!f.metric && whole.length >= 2 && f.metric.endsWith(whole));
      if (up.length === 1) candidates = up;
    }
    // 截至2024年底，全市注册护士达到2.86万人…。全市注册护士中，本科及以上学历1.37万人，占比: the whole named
    // with 中 at the sentence's start, stated once a few lines up as that metric.
    if (!candidates.length && !named) {
      const among = /^(?:全国|全省|全市|全县|全区|全镇|全乡|全村|全校|全院|全行|我省|我市|我县|我区|我校|我院)?([\u4e00-\u9fff]{2,10})中[，,]/.exec(text.slice(from, part.span.start).replace(/^[\s\u3000]+/, ""));
      const whole = among?.[1];
      const up = whole ? figures.slice(0, i - 1).filter((f) => f.line < part.line ? f.line >= part.line - 4 : f.span.end <= from) : [];
      const found = up.filter((f) => sameUnit(f, part) && plainLevel(text, f) && f.value > part.value && !!f.metric && f.metric.length >= 2 && f.metric === whole);
      if (found.length && found.every((f) => f.value === found[0].value)) candidates = [found[found.length - 1]];
    }
    // 共受理群众诉求68.52万件。从渠道看：- 热线电话受理52.36万件，占76.4%；- 网络渠道受理16.16万件，占比26.3%:
    // a bare share a few lines below a stated total, where a sibling share between fits that total.
    if (!candidates.length && !named) {
      const whole = siblingConfirmedTotal(text, figures, i, part);
      if (whole) candidates = [whole];
    }
    const total = candidates[candidates.length - 1];
    if (!total) return;
    // 农村学校56所中，寄宿制28所，占比…: a figure between that opens its own split is the part's total.
    const between = figures.filter((f) => f.span.start > total.span.end && f.span.end < part.span.start && sameUnit(f, part));
    if (between.some((f) => /^(?:当中|中|里)/.test(text.slice(f.span.end, f.span.end + 2)))) return;
    if (text.slice(total.span.end, part.span.start).split("其中").length > 2) return;
    // Two candidates of the kind chosen leave the reading open, except after nested 其中 splits, where
    // the share must fit none of them (the nearest is named).
    if (candidates.length > 1 && test !== followedBy其中) return;
    const fits = (f: Figure) => {
      const range = percentRange(part, f);
      return !range || overlaps(range, interval(p));
    };
    if (candidates.some(fits)) return;
    // …11.86万人，占户籍总人口的24.7%，其中…8.43万人，占17.6%: the bare share may be of the total's own named base.
    if (!named && test === followedBy其中) {
      const q = text.indexOf("其中", total.span.end);
      if (q > 0 && q < part.span.start && fitsTotalsBase(text.slice(total.span.end, q), part, total, p)) return;
    }
    out.push(report(p, `${part.text}占${total.text}的${round((part.value / total.value) * 100)}%，此处为“${p.text}”。`, total));
  });
  return out;
}

/**
 * The one total (共, 合计, 累计 …) of the part's unit stated in the four lines above the part's, larger than
 * it, when a share of another part between the two fits it: that sibling says what the shares are of.
 */
function siblingConfirmedTotal(text: string, figures: Figure[], i: number, part: Figure): Figure | undefined {
  // (共受理群众诉求68.52万件: the total's verb and noun may stand after 共.)
  const stated = (f: Figure) => /(?<!公)(?:共|合计|累计|总计)[\u4e00-\u9fff]{0,10}$/.test(text.slice(Math.max(0, f.span.start - 14), f.span.start).split(/[，,；;：:。！？]/).pop() ?? "");
  const from = sentenceStartOf(text, part.span.start);
  const up = figures.slice(0, i - 1).filter((f) => f.span.end <= from && f.line >= part.line - 4 && sameUnit(f, part) && plainLevel(text, f) && f.value > part.value && stated(f));
  if (up.length !== 1) return undefined;
  const whole = up[0];
  for (let k = figures.indexOf(whole) + 1; k < i - 1; k++) {
    const share = figures[k];
    const sibling = figures[k - 1];
    if (share.kind !== "percent" || share.aspect !== "level" || share.bound !== "exact" || sibling.line !== share.line || !sameUnit(sibling, part) || !plainLevel(text, sibling)) continue;
    if (!SHARE_AFTER.test(text.slice(sibling.span.end, share.span.start))) continue;
    const range = percentRange(sibling, whole);
    if (range && overlaps(range, interval(share))) return whole;
  }
  return undefined;
}

/** How far above its total a list may sum and still be read as a split with a slip rather than overlapping kinds. */
const OVERLAP = 1.2;

/**
 * 受理各类案件14108件：刑事案件1024件、民商事案件9862件、行政案件1318件: a total
 * right before a colon, then a list of two or more parts of its unit, each named
 * (a name right before it, the names ending alike) and separated by 、 or ，. A sum
 * far above the total (over OVERLAP times) is kinds that overlap, not a split.
 */
export function checkColonParts(model: DocumentModel, figures: Figure[], rule: { code: string; severity: Finding["severity"] }): Finding[] {
  const out: Finding[] = [];
  const text = model.text;
  figures.forEach((total, i) => {
    if (!plainLevel(text, total) || !/^[：:]/.test(text.slice(total.span.end, total.span.end + 1))) return;
    const parts: Figure[] = [];
    const names: string[] = [];
    let at = total.span.end + 1;
    for (let k = i + 1; k < figures.length; k++) {
      const f = figures[k];
      const between = text.slice(at, f.span.start);
      // Each part: its name (no figure, no sentence break) right before it; 、 or ， between parts.
      const m = /^(?:[、，,])?([\u4e00-\u9fff“”]{2,14})$/.exec(between);
      if (!m || !sameUnit(f, total) || !plainLevel(text, f) || f.line !== total.line) break;
      parts.push(f);
      names.push(m[1]);
      at = f.span.end;
    }
    if (parts.length < 2) return;
    // A split names its parts as kinds of one thing: 刑事案件、民商事案件 end alike.
    const tail = names[0].slice(-1);
    if (!names.every((n) => n.endsWith(tail))) return;
    const sum = parts.reduce((s, f) => s + Math.max(0, interval(f)[0]), 0);
    const max = interval(total)[1];
    if (sum <= max * (1 + EPS)) return;
    // Far above the total, the kinds overlap (高新技术企业180家、科技型中小企业260家 of 300家): no split to check.
    if (sum > max * OVERLAP) return;
    const stated = parts.reduce((s, f) => s + f.value, 0);
    out.push(finding(rule, parts[parts.length - 1], `所列各项合计${total.dimension === "count" ? `${round(stated)}${total.unit.replace(/^[十百千万亿多余]+/, "")}` : formatBase(stated, total.dimension as never)}，超过总数“${total.text}”。`, {
      related: [{ span: total.span, message: `总数：“${total.text}”` }],
    }));
  });
  return out;
}
