/**
 * numbering.count: an announced count (谈三点, 讲三点意见, 三个方面, 以下四项工作,
 * 三件大事：一是…) checked against the items at the level that follows. An
 * announcement counts only where it directly introduces a list: in the last
 * sentence of its paragraph with the list opening the next paragraph (headings
 * under the announcement's own section, or a 一是 run), or before a colon that an
 * inline 一是 follows. Vague counts (几点, 若干, 多项) and quoted phrases are not checked.
 */
import type { Finding, Related } from "../findings";
import type { DocumentModel, Enumerator, Section } from "../document/model";
import { formatChineseNumeral, parseChineseNumeral, toAsciiDigits } from "../numerals";
import { skipPadding } from "../document/text";
import type { HeadingRun } from "./runs";
import { COUNT } from "./rules";

const NUM = "([两二三四五六七八九十]{1,3}|[0-9０-９]{1,2})";
// 谈三点 / 讲以下三点意见 / 做好以下三点 / 主要有三点: 点 counts only after a verb that announces points,
// or after 以下/如下 (三点钟 and 三点五 are not announcements).
// 分享三点体会, 我有三点深刻感受: 分享 and 有 announce too; up to two words of quality may stand before the noun.
// (发出三点倡议: 发出 offers points too.)
const POINTS = new RegExp(`(?:(?:讲评|点评|讲讲|谈谈|谈|讲|说|提|强调|汇报|交流|分享|提出|发出|明确|做好|抓好|注意|把握好|把握|做到|存在|坚持|记住|牢记|主要有|共有|还有|我有|我们有|咱们有)(?:一下|以下|如下|下面|这)?|以下|如下)${NUM}点(?![0-9０-９一二三四五六七八九钟])(?:(?:[\u4e00-\u9fff]{1,2})?(?:意见|看法|体会|想法|建议|倡议|要求|认识|感受|思考|感想|问题|不足))?`, "dg");
// 三个方面 / 以下四项工作 / 三件大事 / 送大家两句话：….
// 六大行动 / 三大工程: 大 and a noun that names a programme.
const ITEMS = new RegExp(`${NUM}(?:个方面|方面|项|件|条|句话|个问题|个重点|个事儿|件事儿|个事(?=[：:])|大(?=行动|工程|任务|举措|战略|专项|攻坚|板块|体系|平台|优势|变化|看点|亮点|特点|成效|成果|突破|功能区|片区|园区))(?:大事|事情|事|工作|任务|措施|要求|意见|建议|内容|举措|重点|行动|工程|战略|专项行动|攻坚行动|攻坚战|板块|体系|平台|优势|变化|看点|亮点|特点|成效|成果|突破|功能区|片区|园区)?`, "dg");
// 提四个小小的希望, 讲三个方面的意见: 个, a few words ending in 的, then what is offered.
const OFFERED = new RegExp(`(?:提|讲|谈|说|提出|讲讲|谈谈)(?:以下|如下|这)?${NUM}个(?:[\u4e00-\u9fff]{1,6}的)(?:希望|要求|建议|意见|体会|感受|想法|问题)`, "dg");
// 呈现出三个鲜明特点：一是…, 重点把好三个环节。: 个, up to three words of quality, and what is counted, right before a colon or a full stop.
// (我们用三个关键词来概括：: words that sum up, the verb of summing right before the colon.)
const FEATURES = new RegExp(`${NUM}个(?:[\u4e00-\u9fff]{0,3})(?:特点|特征|亮点|看点|关系|变化|成效|优势|短板|不足|问题|原因|转变|突破|目标|任务|重点|环节|关口|抓手|原则|要点|到位|不放过|时间节点|节点|(?:关键)?词(?:语)?(?:来)?(?:概括|形容|总结|描述)?)(?=[：:。]|$)`, "dg");
// 我看主要是四个：一是…: a bare 个 announces a list only right before a colon.
const BARE = new RegExp(`(?:主要是|主要有|概括起来是|归纳起来是|总结起来是|无非是|就是)${NUM}个(?=[：:])`, "dg");
// 主要做了五个方面的工作, 重点实施六大行动, 就做好迎检工作强调四个方面: what was done or will be done, announced.
const ITEMS_LEAD = /(共有|以下|如下|下面|这|从|讲|谈|说|唠|聊|强调|部署|汇报|通报|介绍|突出|抓好|做好|抓住|把握|聚焦|着力|重点|主要|体现在|包括|做了|干了|抓了|开展了|实施|推进|开展)$/;
const SENTENCE_END = /[。！？；!?;]/;

interface Announcement {
  span: Span;
  numeralSpan: Span;
  count: number;
  arabic: boolean;
  /** Where the announcement's sentence or clause ends: a colon, or the paragraph end. */
  colonAt?: number;
  /** 四条精品线路：“…”“…”“…”: the quoted names right after the colon, when they are the whole list. */
  quotedItems?: Item[];
}
type Span = { start: number; end: number };

export function countFindings(model: DocumentModel, runs: HeadingRun[]): Finding[] {
  const findings: Finding[] = [];
  model.paragraphs.forEach((p, index) => {
    if (p.kind !== "body" && p.kind !== "heading") return;
    // ## 2025年活动带来五大看点: a heading's count announces the numbered headings after it (headingAnnouncement).
    const titled = headingAnnouncement(model, runs, p);
    const found = titled ? [] : announcements(model, p.span);
    for (const a of found) {
      const items = itemsAfter(model, runs, a, index);
      if (!items || items.length === a.count) continue;
      findings.push(countFinding(model, a, items));
    }
    if (titled && titled.items.length !== titled.a.count) findings.push(countFinding(model, titled.a, titled.items));
  });
  return findings;
}

// ## 2025年活动带来五大看点, ## 三个方面的变化: a count and a short noun ending an unnumbered heading.
const HEADING_COUNT = new RegExp(`(?<![第0-9０-９一二三四五六七八九十])${NUM}(?:大|个|项|条|件|方面)[\u4e00-\u9fff]{0,4}(?=[？?！!]?$)`, "d");

/**
 * ## 2025年活动带来五大看点 … ## 一、… ## 四、: an unnumbered heading that ends with a count announces the
 * numbered headings that follow it, under it or at its own level, when the first of them is 一 and opens
 * the next heading after it.
 */
function headingAnnouncement(model: DocumentModel, runs: HeadingRun[], p: { kind: string; line: number; span: Span }): { a: Announcement; items: Item[] } | undefined {
  if (p.kind !== "heading") return undefined;
  const text = model.text.slice(p.span.start, p.span.end);
  const m = HEADING_COUNT.exec(text);
  if (!m) return undefined;
  const section = sectionAt(model.root, p.span.start, p.line);
  if (!section?.heading || section.heading.token) return undefined;
  const next = section.children[0] ?? section.parent?.children[section.parent.children.indexOf(section) + 1];
  if (!next?.heading?.token || next.heading.token.number !== 1) return undefined;
  const run = runs.find((r) => r.items[0] === next);
  if (!run) return undefined;
  const numeral = m[1];
  const arabic = /[0-9０-９]/.test(numeral);
  const count = arabic ? Number(toAsciiDigits(numeral)) : parseChineseNumeral(numeral);
  if (!count || count < 2) return undefined;
  const start = p.span.start + m.index;
  const at = p.span.start + m.indices![1][0];
  const a: Announcement = { span: { start, end: start + m[0].length }, numeralSpan: { start: at, end: at + numeral.length }, count, arabic };
  return { a, items: run.items.filter((s) => s.parent === next.parent).map((s) => ({ span: s.heading!.token!.span, text: s.heading!.token!.text })) };
}

/** An announced count that introduces a list (以下三个方面：…), for comparing versions. */
export interface AnnouncedCount {
  span: Span;
  count: number;
  paragraph: number;
}

export function announcedCountsIn(model: DocumentModel, runs: HeadingRun[]): AnnouncedCount[] {
  const out: AnnouncedCount[] = [];
  model.paragraphs.forEach((p, index) => {
    if (p.kind !== "body" && p.kind !== "heading") return;
    for (const a of announcements(model, p.span)) if (itemsAfter(model, runs, a, index)) out.push({ span: a.span, count: a.count, paragraph: index });
  });
  return out;
}

function announcements(model: DocumentModel, para: Span): Announcement[] {
  // (本届“村超”的四个看点👇: emoji that end a paragraph end its last sentence as well.)
  const raw = model.text.slice(para.start, para.end);
  const lastUnit = raw.charCodeAt(raw.length - 1);
  // (Only a paragraph whose last unit is an emoji's, a symbol's or a joiner's is read again.)
  const emojiEnd = (lastUnit >= 0x2600 && lastUnit <= 0x27bf) || (lastUnit >= 0xdc00 && lastUnit <= 0xdfff) || lastUnit === 0xfe0f || lastUnit === 0x200d || lastUnit === 0x20 || lastUnit === 0x3000;
  const text = emojiEnd ? raw.replace(/(?:[\uD83C-\uDBFF][\uDC00-\uDFFF]|[\u2600-\u27BF\uFE0F\u200D])+\s*$/, "") : raw;
  const found: Announcement[] = [];
  const add = (m: RegExpExecArray) => {
    const numeralAt = m.indices![1][0];
    const numeral = m[1];
    const arabic = /[0-9０-９]/.test(numeral);
    const count = arabic ? Number(toAsciiDigits(numeral)) : parseChineseNumeral(numeral);
    if (!count || count < 2 || quoted(text, m.index)) return;
    // 分四大类32项：一是…: two counts before one list, the classes and their items; the list may follow either.
    if (/[0-9０-９一二两三四五六七八九十]+(?:大类|类|个方面|方面|个部分|部分)$/.test(text.slice(Math.max(0, m.index - 6), numeralAt))) return;
    const start = para.start + m.index;
    const end = start + m[0].length;
    // The announcement must end its paragraph's last sentence, or stand before a colon.
    const tail = model.text.slice(end, para.end);
    const colon = /^[^。！？；!?;：:]{0,8}[：:]/.exec(tail);
    if (!colon && SENTENCE_END.test(tail.replace(/[。！？!?]+$/, ""))) return;
    const colonAt = colon ? end + colon[0].length : undefined;
    found.push({ span: { start, end }, numeralSpan: { start: para.start + numeralAt, end: para.start + numeralAt + numeral.length }, count, arabic, colonAt, quotedItems: colonAt === undefined ? undefined : quotedList(model.text, colonAt, para.end) });
  };
  let m: RegExpExecArray | null;
  POINTS.lastIndex = 0;
  if (text.includes("点")) while ((m = POINTS.exec(text))) add(m);
  BARE.lastIndex = 0;
  if (text.includes("个")) while ((m = BARE.exec(text))) add(m);
  ITEMS.lastIndex = 0;
  // A cheap filter on ITEMS' nouns (方面, 项, 件, 条, 个问题, 个重点): 以下四个重点 has none but 重.
  const mayCount = /[方项件条题重大事句]/.test(text);
  while (mayCount && (m = ITEMS.exec(text))) {
    // (我想送给新人们三句话。: words offered to someone, the verb a few characters back, the sentence ending there.)
    const offered = m[0].endsWith("句话") && /^[。！：:]/.test(text.slice(m.index + m[0].length)) && /(?:送|赠|讲|说|提|分享|叮嘱)[^，,。；;：:]{0,5}$/.test(text.slice(Math.max(0, m.index - 8), m.index));
    // (…带来的五大变化👇: 大 and what it counts, ending the paragraph, announce whatever stands before them.)
    const endsParagraph = /大/.test(m[0]) && /^[。！：:]?\s*$/.test(text.slice(m.index + m[0].length));
    const lead = ITEMS_LEAD.test(text.slice(Math.max(0, m.index - 3), m.index)) || offered || endsParagraph;
    const colon = /^[^。！？；，,!?;：:]{0,6}[：:]/.test(text.slice(m.index + m[0].length));
    if ((lead || colon) && !found.some((a) => a.span.start - para.start <= m!.index && m!.index < a.span.end - para.start)) add(m);
  }
  FEATURES.lastIndex = 0;
  if (text.includes("个")) while ((m = FEATURES.exec(text))) if (!found.some((a) => a.span.start - para.start < m!.index + m![0].length && m!.index < a.span.end - para.start)) add(m);
  // After 三个方面 and the like: an offer whose count ITEMS has not read (提四个小小的希望).
  OFFERED.lastIndex = 0;
  if (text.includes("的")) while ((m = OFFERED.exec(text))) if (!found.some((a) => a.span.start - para.start < m!.index + m![0].length && m!.index < a.span.end - para.start)) add(m);
  // 推出三大精品线路：“…”“…”, 三个“一批”：“…”“…”: any classifier, when a quoted list follows the colon.
  QUOTED_LEAD.lastIndex = 0;
  if (text.includes("”")) {
    while ((m = QUOTED_LEAD.exec(text))) {
      const at = m.index;
      if (found.some((a) => a.span.start - para.start <= at && at < a.span.end - para.start)) continue;
      const colonEnd = para.start + at + m[0].length;
      if (!quotedList(model.text, colonEnd, para.end)) continue;
      const n = m.indices![1];
      const before = found.length;
      add(Object.assign([m[0].slice(0, -1), m[1]], { index: at, indices: [[at, at + m[0].length - 1], n] }) as unknown as RegExpExecArray);
      if (found.length > before && !found[found.length - 1].quotedItems) found.pop();
    }
  }
  return found;
}

/** A count, a classifier and a short name (or a quoted one) before a colon. */
const QUOTED_LEAD = new RegExp(`(?<![第0-9０-９一二三四五六七八九十])${NUM}(?:个|条|项|大|种|类|件|批|座|张|句|场|篇|部|门)(?:[^。！？；，,!?;：:“”]{0,8}|“[^“”]{1,12}”[^。！？；，,!?;：:“”]{0,4})[：:]`, "dg");

/**
 * “红色记忆之旅”“山水田园之旅”“古镇文化之旅”。: two or more quoted names right after
 * the colon, joined by nothing, 、, ，or 和, and ending the clause; a list that goes on
 * (等, more words) is not counted.
 */
function quotedList(text: string, from: number, end: number): Item[] | undefined {
  const re = /“([^“”]{1,30})”/y;
  const items: Item[] = [];
  let i = skipPadding(text, from, end);
  for (;;) {
    re.lastIndex = i;
    const m = re.exec(text);
    if (!m || m.index + m[0].length > end) break;
    items.push({ span: { start: m.index, end: m.index + m[0].length }, text: m[1] });
    i = m.index + m[0].length;
    const sep = /^(?:[、，,]|和|及|与|以及)/.exec(text.slice(i, i + 2));
    if (sep && text[i + sep[0].length] === "“") i += sep[0].length;
  }
  if (items.length < 2) return undefined;
  // The list ends its clause: nothing but punctuation after the last name.
  if (i < end && !/[。！？；;!?，,]/.test(text[i])) return undefined;
  return items;
}

/** True inside “…” or 《…》: a quoted formulation (“十三个方面成就”) is not an announcement. */
function quoted(text: string, at: number): boolean {
  let depth = 0;
  for (let i = 0; i < at; i++) {
    const ch = text[i];
    if (ch === "“" || ch === "《" || ch === "「") depth++;
    else if ((ch === "”" || ch === "》" || ch === "」") && depth > 0) depth--;
  }
  return depth > 0;
}

type Item = { span: Span; text: string };

/** The items the announcement introduces, or undefined when no list directly follows it. */
function itemsAfter(model: DocumentModel, runs: HeadingRun[], a: Announcement, paragraph: number): Item[] | undefined {
  const text = model.text;
  const para = model.paragraphs[paragraph];
  // 唠三件事：一是…四是: a run right after the colon is the list, whatever ordinals the speech later numbers its parts with.
  if (a.colonAt !== undefined) {
    const next = skipPadding(text, a.colonAt, para.span.end);
    const e = next < para.span.end ? model.enumerators.find((x) => x.span.start === next) : undefined;
    if (e && (e.family === "shi" || e.family === "yao") && opensRun(model, e)) return enumeratorItems(model, e);
  }
  const agenda = ordinalList(model, a, paragraph);
  if (agenda) return agenda.items;
  if (a.quotedItems) return a.quotedItems;
  // (**三大亮点看过来：**: the bold's closing marks after the colon end the paragraph as well.)
  if (a.colonAt !== undefined && !/^[*_]+\s*$/.test(text.slice(skipPadding(text, a.colonAt, para.span.end), para.span.end))) {
    const next = skipPadding(text, a.colonAt, para.span.end);
    if (next < para.span.end) {
      const e = model.enumerators.find((x) => x.span.start === next);
      if (e) return opensRun(model, e) ? enumeratorItems(model, e) : undefined;
      return namedList(text, next, para.span.end, text.slice(a.numeralSpan.end, a.span.end));
    }
  }
  let following = model.paragraphs[paragraph + 1];
  if (!following) return undefined;
  // 带大家盘点…五大变化👇 then a **数说** block of list items, then ## 一、…: in a Markdown article, a few
  // lines without numbering may stand between the announcement and the numbered headings it announces.
  if (following.kind !== "heading" && /^#{1,6}\s/.test(model.text.slice(model.paragraphs[paragraph + 1 + skipToHeading(model, paragraph + 1)]?.span.start ?? 0).slice(0, 8))) {
    following = model.paragraphs[paragraph + 1 + skipToHeading(model, paragraph + 1)];
  }
  if (following.kind === "heading") {
    const section = sectionAt(model.root, following.span.start, following.line);
    const home = deepestSection(model.root, a.span.start);
    // ## 今年的活动有哪些？ …共分为三大板块： then ## 一、: a lead-in ending an unnumbered heading's
    // section announces the numbered sections that follow it at its own level.
    const leadIn = !!home.heading && !home.heading.token && section?.parent === home.parent && /[：:]\s*$/.test(text.slice(para.span.start, para.span.end));
    if (!section?.heading?.token || (section.parent !== home && !leadIn)) return undefined;
    const run = runs.find((r) => r.items.includes(section));
    if (!run) return undefined;
    // A run numbered straight through its parents still counts only this parent's items.
    // Items under an item written a level off (1. | （二） 3.) are this parent's too.
    // So are items of the list written a level deeper under their previous sibling (一、 二、 （三） 四、).
    // So are items that go on under a heading written a level too high between them (1. （一）（二） 2. 3.): the
    // intruder is a sibling of the first item, outside the run.
    const here = (s: Section) => s.parent === section.parent || (!!s.parent && (!!run.standIns?.has(s.parent) || run.items.includes(s.parent) || !!s.parent.heading?.token) && s.parent.parent === section.parent);
    return run.items.slice(run.items.indexOf(section)).filter(here).map((s) => ({ span: s.heading!.token!.span, text: s.heading!.token!.text }));
  }
  const first = model.enumerators.find((x) => x.span.start === following.span.start);
  return first && first.paragraphStart && opensRun(model, first) ? enumeratorItems(model, first) : undefined;
}

/** How many paragraphs from `from` (at most six, none numbered or enumerating) stand before the next heading; 0 when none does so. */
function skipToHeading(model: DocumentModel, from: number): number {
  for (let k = 0; k < 6 && from + k < model.paragraphs.length; k++) {
    const p = model.paragraphs[from + k];
    if (p.kind === "heading") return k;
    if (model.enumerators.some((e) => e.span.start >= p.span.start && e.span.start < p.span.end)) return 0;
  }
  return 0;
}

/**
 * 六大工程：县级医院能力提升工程、…、人才队伍建设工程。: after the colon, names joined by 、 up to the
 * sentence's end, each ending with the announced noun (工程, 行动, 体系 …). Undefined unless every
 * item ends so, and there are two or more.
 */
function namedList(text: string, from: number, end: number, announced: string): Item[] | undefined {
  // (三大功能区：智能仓储区、冷链物流区…: the items share the noun's last character.)
  const noun = /(?:工程|行动|任务|体系|平台|战略|板块|产业|中心|基地|机制|制度|计划|项目|区)$/.exec(announced)?.[0];
  if (!noun) return undefined;
  const stop = text.slice(from, end).search(/[。；;！？!?：:]/);
  const list = text.slice(from, stop < 0 ? end : from + stop);
  if (/[“”《》（）()]/.test(list)) return undefined;
  const items: Item[] = [];
  let at = from;
  for (const name of list.split(/、|，|和(?=[^、，]*$)|以及|及(?=[^、，]*$)/)) {
    // (…、电商快递区，建成后将…: a clause after a 、-joined run of two or more ends the list.)
    if (!name.endsWith(noun) && items.length >= 2 && text[at] === "，") break;
    if (!name.endsWith(noun) || name.length <= noun.length || name.length > 24) return undefined;
    const start = text.indexOf(name, at);
    items.push({ span: { start, end: start + name.length }, text: name });
    at = start + name.length;
  }
  return items.length >= 2 ? items : undefined;
}

const ORDINAL_CLASSIFIERS = "项件条";
const AGENDA_SCOPE = 30;

/**
 * 本次会议共有三项议程：首先，进行第一项议程…下面，进行第二项议程…: when 第一项 follows the
 * announcement (in its paragraph or the next), the items are the ordinals 第一项, 第二项 … up to
 * the next heading. `items` is undefined when the list cannot be judged: fewer ordinals than
 * announced, unless the last is introduced by 最后 (the text may go on past what was given).
 */
function ordinalList(model: DocumentModel, a: Announcement, paragraph: number): { items?: Item[] } | undefined {
  const classifier = model.text[a.numeralSpan.end];
  if (!ORDINAL_CLASSIFIERS.includes(classifier)) return undefined;
  const ordinal = new RegExp(`第([一二三四五六七八九十]{1,3})${classifier}`, "g");
  const items: Item[] = [];
  let lastSentenceStart = 0;
  for (let k = paragraph; k < model.paragraphs.length && k <= paragraph + AGENDA_SCOPE; k++) {
    const p = model.paragraphs[k];
    if (k > paragraph && p.kind === "heading") break;
    const from = k === paragraph ? a.span.end : p.span.start;
    ordinal.lastIndex = 0;
    const slice = model.text.slice(from, p.span.end);
    let m: RegExpExecArray | null;
    while ((m = ordinal.exec(slice))) {
      const n = parseChineseNumeral(m[1]);
      if (!n || (items.length === 0 && n !== 1)) continue;
      if (items.length && n <= parseChineseNumeral(items[items.length - 1].text.slice(1, -1))!) continue;
      const start = from + m.index;
      items.push({ span: { start, end: start + m[0].length }, text: m[0] });
      lastSentenceStart = sentenceStart(model.text, p.span.start, start);
    }
    // The list must start in the announcement's paragraph or the next one.
    if (!items.length && k > paragraph) return undefined;
  }
  if (!items.length) return undefined;
  if (items.length < a.count && !/^最后/.test(model.text.slice(lastSentenceStart))) return {};
  // 第一件事…第二，…第三件事: a number skipped was said without its classifier; the list is there, uncounted.
  const numbers = items.map((it) => parseChineseNumeral(it.text.slice(1, -1))!);
  if (numbers.some((n, i) => n !== i + 1)) return {};
  return { items };
}

function sentenceStart(text: string, paraStart: number, at: number): number {
  let i = at;
  while (i > paraStart && !"。！？；!?;".includes(text[i - 1])) i--;
  return skipPadding(text, i, at);
}

/** 一是, or the first item of a run that starts broken (二是…第一): the list the announcement introduces. */
function opensRun(model: DocumentModel, e: Enumerator): boolean {
  return e.ordinal === 1 || model.enumeratorRuns.some((r) => r[0] === e && r.length > 1);
}

function enumeratorItems(model: DocumentModel, e: Enumerator): Item[] | undefined {
  const run = model.enumeratorRuns.find((r) => r.includes(e));
  return run?.slice(run.indexOf(e)).map((x) => ({ span: x.span, text: x.text }));
}

function sectionAt(root: Section, offset: number, line: number): Section | undefined {
  let found: Section | undefined;
  const visit = (s: Section) => {
    for (const c of s.children) {
      if (c.heading!.line === line) found = c;
      else if (c.span.start <= offset && offset <= c.span.end) visit(c);
    }
  };
  visit(root);
  return found;
}

function deepestSection(root: Section, offset: number): Section {
  let s = root;
  for (;;) {
    const child = s.children.find((c) => c.span.start <= offset && offset < c.span.end);
    if (!child) return s;
    s = child;
  }
}

function countFinding(model: DocumentModel, a: Announcement, items: Item[]): Finding {
  const n = items.length;
  const numeral = a.arabic ? String(n) : n === 2 ? "两" : formatChineseNumeral(n);
  const phrase = model.text.slice(a.span.start, a.span.end);
  const fixed = model.text.slice(a.span.start, a.numeralSpan.start) + numeral + model.text.slice(a.numeralSpan.end, a.span.end);
  const related: Related[] = items.slice(0, 20).map((it, k) => ({ span: it.span, message: `第 ${k + 1} 项“${it.text}”` }));
  return {
    code: COUNT.code,
    severity: COUNT.severity,
    span: a.span,
    message: `前文说“${phrase}”，下文实际有 ${n} 项（“${items[0].text}”至“${items[n - 1].text}”）。`,
    related,
    fixes: [{ title: `改为“${fixed}”`, edits: [{ span: a.numeralSpan, newText: numeral }], safe: false, preferred: true }],
  };
}
