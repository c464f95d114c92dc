/** The slogan checks' findings: typo, collocation, deprecated, parts. */
import { defineRule, type Finding } from "../findings";
import type { Slogan, SloganIndex } from "./pack";
import { isCloseQuote, isOpenQuote, type SloganMatch } from "./scan";
import { isIdeograph, isNearHomophone, type Typo } from "./typo";
import { charReadings } from "./char-readings";
import { pairKey } from "./pair-key";

export const SLOGAN_TYPO = defineRule("slogan.typo", "error", "A near miss of a formulation: one character missing, extra, swapped or replaced.");
export const SLOGAN_COLLOCATION = defineRule("slogan.collocation", "warning", "A formulation governed by a verb that does not take it (做到“四个自信”).");
export const SLOGAN_DEPRECATED = defineRule("slogan.deprecated", "warning", "A formulation that is no longer current.");
export const SLOGAN_PARTS = defineRule("slogan.parts", "warning", "A numbered formulation enumerated with the wrong count or a wrong part.");

const q = (s: string) => `“${s}”`;

export function typoFinding(text: string, t: Typo): Finding {
  const f = t.form.form;
  const got = text.slice(t.start, t.end);
  let what: string;
  switch (t.kind) {
    case "missing":
      what = `缺“${f[t.at]}”字`;
      break;
    case "extra":
      what = `多“${got[t.at]}”字`;
      break;
    case "swapped":
      what = `“${f.slice(t.at, t.at + 2)}”写颠倒`;
      break;
    case "replaced":
      what = `“${got[t.at]}”应为“${f[t.at]}”`;
      break;
    case "partsSwapped":
      what = `“${f.slice(t.at, t.at + 2)}”“${f.slice(t.at + 2, t.at + 4)}”次序颠倒`;
      break;
  }
  return {
    code: SLOGAN_TYPO.code,
    severity: SLOGAN_TYPO.severity,
    span: { start: t.start, end: t.end },
    message: `疑似提法笔误：${q(got)}应为${q(f)}（${what}）。`,
    // A replaced character may be a deliberate variant, and two parts exchanged another order someone wrote on purpose;
    // the other edits are unambiguous slips inside the formulation.
    fixes: [{ title: `改为${q(f)}`, edits: [{ span: { start: t.start, end: t.end }, newText: f }], safe: t.kind !== "replaced" && t.kind !== "partsSwapped" && !t.edge, preferred: true }],
  };
}

export function deprecatedFinding(m: SloganMatch): Finding {
  const s = m.form.slogan;
  const d = s.deprecated!;
  const replacement = d.replacement ? `，现用${q(d.replacement)}` : "";
  return {
    code: SLOGAN_DEPRECATED.code,
    severity: SLOGAN_DEPRECATED.severity,
    span: { start: m.start, end: m.end },
    message: `${q(m.form.form)}已停用（${d.since}起）${replacement}：${d.note}`,
    fixes: d.replacement ? [{ title: `改为${q(d.replacement)}`, edits: [{ span: { start: m.start, end: m.end }, newText: d.replacement }], safe: false, preferred: true }] : undefined,
  };
}

/**
 * A phrase that is only ever correct inside a longer formulation (partOf), met
 * on its own: 以新时代中国特色社会主义思想为指导 has lost 习近平. Not in a book or
 * document title (《…》), nor after 的 (…创立的新时代…思想 describes, it does not name).
 */
export function truncationFinding(text: string, m: SloganMatch): Finding | undefined {
  const fulls = m.form.slogan.partOf;
  if (!fulls?.length) return undefined;
  const own = m.form.form;
  for (const full of fulls) {
    const k = full.indexOf(own);
    if (k >= 0 && text.startsWith(full, m.start - k)) return undefined;
  }
  if (text.charAt(m.start - 1) === "的" || insideTitle(text, m.start) || insideQuote(text, m.start)) return undefined;
  const full = fulls[0];
  const k = full.indexOf(own);
  if (k < 0) return undefined;
  const before = full.slice(0, k);
  const after = full.slice(k + own.length);
  // The whole phrase is replaced rather than words inserted beside it: an insertion point next to
  // other text is ambiguous for an editor that has put something there since.
  const edits = [{ span: { start: m.start, end: m.end }, newText: full }];
  const lacking = [before, after].filter(Boolean).map(q).join("、");
  const finding: Finding = {
    code: SLOGAN_TYPO.code,
    severity: SLOGAN_TYPO.severity,
    span: { start: m.start, end: m.end },
    message: `提法不完整：${q(own)}应为${q(full)}（缺${lacking}）。`,
    fixes: [{ title: `改为${q(full)}`, edits, safe: false, preferred: true }],
  };
  TRUNCATED_BY.set(finding, [before, after].filter(Boolean));
  return finding;
}

/**
 * The words a truncation finding says are missing. A speaker does not name
 * himself: in a report whose title block names 习近平 as its speaker, 新时代中国特色
 * 社会主义思想 is the official form, so the document decides (slogans/index.ts).
 */
export const TRUNCATED_BY = new WeakMap<Finding, string[]>();

function insideTitle(text: string, at: number): boolean {
  return text.lastIndexOf("《", at) > text.lastIndexOf("》", at - 1);
}

/** Inside a quotation (“…” longer than the phrase): quoted words are the quoted speaker's. */
function insideQuote(text: string, at: number): boolean {
  return text.lastIndexOf("“", at - 1) > text.lastIndexOf("”", at - 1);
}

/** The verb right before a formulation (skipping its opening quote), longest known verb first. */
export function precedingVerb(text: string, index: SloganIndex, start: number, lineStart: number): { verb: string; start: number } | undefined {
  let end = start;
  if (end > lineStart && isOpenQuote(text[end - 1])) end--;
  for (let len = Math.min(index.maxVerbLength, end - lineStart); len >= 1; len--) {
    const v = text.slice(end - len, end);
    if (index.verbs.has(v)) return { verb: v, start: end - len };
  }
  return undefined;
}

const NOT_THE_OBJECT = /^(落到实处|落实到|落地|落细|转化|成为|贯穿|融入|入脑入心|内化|外化|教育|学习|宣传|培训|活动|专题|主题)/;
/** The clause words of NOT_THE_OBJECT (not a noun the formulation modifies): the verb before it still governs it. */
const CLAUSE_GOES_ON = /^(落到实处|落实到|落地|落细|转化|成为|贯穿|融入|入脑入心|内化|外化)/;

export function collocationFinding(text: string, index: SloganIndex, m: SloganMatch, lineStart: number): Finding | undefined {
  const s = m.form.slogan;
  if (!s.verbs?.length || s.deprecated) return undefined;
  const pv = precedingVerb(text, index, m.start, lineStart);
  if (!pv || s.verbs.includes(pv.verb)) return undefined;
  // 落实全民健身国家战略, 贯彻…方针: a strategy, policy or plan is carried out by 落实 and 贯彻 whatever verb launched it.
  if (CARRIED_OUT.test(pv.verb) && CARRIED.test(s.text) && !s.verbs.some((v) => homophoneOf(pv.verb, v))) return undefined;
  // “…”的 makes the formulation a modifier (落实“两个毫不动摇”的体制机制): the verb governs the head noun.
  let after = m.end;
  if (isCloseQuote(text.charAt(after))) after++;
  if (text.charAt(after) === "的") return undefined;
  // Not the whole object: 推动“两个维护”落到实处 (a clause), 加强“四个意识”教育 (a modifier of 教育).
  // (统筹推进“五位一体”总体布局 is still the formulation's own phrase, and checked.)
  // 筑牢中华民族共同体意识: a verb one homophone away from the formulation's own (铸牢) is a slip of the pen,
  // even where a clause goes on after it (把筑牢中华民族共同体意识融入…: the verb still governs the formulation).
  const meant = s.verbs.find((v) => homophoneOf(pv.verb, v));
  const next = text.slice(after, after + 4);
  if (NOT_THE_OBJECT.test(next) && !(meant && CLAUSE_GOES_ON.test(next))) return undefined;
  const canonical = s.verbs[0];
  const span = { start: pv.start, end: pv.start + pv.verb.length };
  if (meant) {
    const k = [...meant].findIndex((c, i) => c !== pv.verb[i]);
    return {
      code: SLOGAN_TYPO.code,
      severity: SLOGAN_TYPO.severity,
      span: { start: pv.start, end: m.end },
      message: `疑似提法笔误：${q(pv.verb + text.slice(m.start, m.end))}应为${q(meant + text.slice(m.start, m.end))}（${q(pv.verb[k])}应为${q(meant[k])}）。`,
      related: [{ span: { start: m.start, end: m.end }, message: `提法${q(s.text)}` }],
      fixes: [{ title: `改为${q(meant)}`, edits: [{ span, newText: meant }], safe: false, preferred: true }],
    };
  }
  return {
    code: SLOGAN_COLLOCATION.code,
    severity: SLOGAN_COLLOCATION.severity,
    span,
    message: `搭配不当：${q(s.text)}应与${s.verbs.map(q).join("、")}搭配，不用${q(pv.verb)}。`,
    related: [{ span: { start: m.start, end: m.end }, message: `提法${q(s.text)}` }],
    fixes: [{ title: `改为${q(canonical)}`, edits: [{ span, newText: canonical }], safe: false, preferred: true }],
  };
}

/** Verbs that carry out whatever is decided, and what they may carry out. */
const CARRIED_OUT = /^(?:贯彻)?落实$|^贯彻$|^执行$/;
const CARRIED = /(?:战略|政策|方针|部署|决策|要求|制度|计划|规划|方案)$/;

/** Two words of one length that differ in one character, the two characters read alike (筑牢, 铸牢). */
function homophoneOf(written: string, verb: string): boolean {
  if (written.length !== verb.length || written === verb) return false;
  const diff = [...verb].map((c, i) => (c !== written[i] ? i : -1)).filter((i) => i >= 0);
  if (diff.length !== 1) return false;
  const a = charReadings(written[diff[0]]);
  return charReadings(verb[diff[0]]).some((r) => a.includes(r));
}

const CN_COUNT = ["零", "一", "两", "三", "四", "五", "六", "七", "八", "九", "十"];
const countWord = (n: number) => CN_COUNT[n] ?? String(n);
const LIST_SEPARATORS = /[、，,；;]/;
const CONJUNCTIONS = ["以及", "和", "及", "与"];

/** Parts checks apply to formulations whose parts are single terms; long clauses are worded too freely to compare. */
export function checksParts(s: Slogan): boolean {
  // A fixed-order formulation's parts are fixed terms, even long ones (全面建设社会主义现代化国家).
  const longest = s.ordered ? 16 : 10;
  return !!s.parts && s.parts.length >= 2 && s.parts.every((p) => !LIST_SEPARATORS.test(p) && p.length <= longest);
}

interface ListItem {
  text: string;
  start: number;
  end: number;
}

/**
 * The enumeration right after a formulation: “四个意识”（…） or “四个意识”，即… / ：…, or its
 * parts listed with no word between, after a comma or none (坚持“四个面向”，面向世界科技前沿、…):
 * then the list must open with one of its parts, written out whole, and a 、.
 */
function enumerationAfter(text: string, from: number, lineEnd: number, parts: readonly string[] = []): { items: ListItem[]; span: { start: number; end: number }; open: boolean; aside: boolean } | undefined {
  let i = from;
  if (isCloseQuote(text.charAt(i))) i++;
  // The formulation's head noun may come first: “四个全面”战略布局，即… / “五位一体”总体布局（…）.
  // (“四自”精神，就是自尊、自信、自强: a head noun of its own kind before 就是 too.)
  const head = /^[\u4e00-\u9fff]{1,4}(?=，即|即：|：|（|\()/.exec(text.slice(i, i + 6)) ?? /^(?:精神|要求|理念|原则|方针|标准|目标|战略|布局|机制|体系)(?=，(?:就是|也就是))/.exec(text.slice(i, i + 6));
  // A spoken aside may stand between (“三管三必须”大家都听过，就是…): the list must then be the parts, all but one
  // written out (partsFindings).
  const aside = head ? undefined : /^[\u4e00-\u9fff]{2,8}(?=，(?:就是|也就是|即))/.exec(text.slice(i, i + 12));
  if (head) i += head[0].length;
  else if (aside) i += aside[0].length;
  let close: RegExp;
  // (Compared as a flag: the bundle writes non-ASCII as escapes, so a regex's source is no fixed string.)
  let bracketed = false;
  if (text[i] === "（" || text[i] === "(") {
    i++;
    bracketed = true;
    close = /[）)]/;
  } else {
    // ，即 / ，就是 (spoken: “三权分置”，就是所有权、承包权、经营权分开).
    // (“两不愁”就是不愁吃、不愁穿, “三保障”是指…: 就是 and 是指 right after it too.)
    const lead = /^(，也就是|，即：|，即|，就是|即：|即|：|就是|是指|指的是)/.exec(text.slice(i, i + 4));
    if (lead) i += lead[0].length;
    else {
      const at = text[i] === "，" ? i + 1 : i;
      if (!parts.some((p) => text.startsWith(p + "、", at))) return undefined;
      i = at;
    }
    close = /[。；;）)！？\n]/;
  }
  if (text.startsWith("即", i)) i++;
  const limit = Math.min(lineEnd, i + 120);
  let end = i;
  while (end < limit && !close.test(text[end])) end++;
  // A list separated by 、 ends at the comma that starts the next clause (…、看齐意识，是一个有机整体).
  if (!bracketed && text.slice(i, end).includes("、")) {
    const comma = text.slice(i, end).search(/[，,]/);
    if (comma > 0) end = i + comma;
  }
  if (end === i) return undefined;
  const items: ListItem[] = [];
  let start = i;
  for (let k = i; k <= end; k++) {
    if (k === end || LIST_SEPARATORS.test(text[k])) {
      if (k > start) items.push({ text: text.slice(start, k), start, end: k });
      start = k + 1;
    }
  }
  let open = false;
  const last = items[items.length - 1];
  if (last && /等$/.test(last.text)) {
    open = true;
    last.text = last.text.slice(0, -1);
    last.end--;
  }
  return { items, span: { start: i, end }, open, aside: !!aside };
}

function matchesPart(item: string, parts: string[]): string | undefined {
  // (社区志愿者联动起来 names 社区志愿者, not 社区: the longest part the item holds.)
  const exact = parts.find((p) => item === p);
  if (exact) return exact;
  const held = parts.filter((p) => item.includes(p));
  return held.length ? held.reduce((a, b) => (b.length > a.length ? b : a)) : parts.find((p) => oneInserted(item, p));
}

/** 全过程育人 for 全程育人: the part with one character written in between (its first and last kept) names it too. */
function oneInserted(item: string, part: string): boolean {
  if (item.length !== part.length + 1 || part.length < 3 || item[0] !== part[0] || item[item.length - 1] !== part[part.length - 1]) return false;
  for (let k = 1; k < item.length - 1; k++) if (item.slice(0, k) + item.slice(k + 1) === part) return true;
  return false;
}

export function partsFindings(text: string, m: SloganMatch, lineEnd: number): Finding[] {
  const s = m.form.slogan;
  if (!checksParts(s)) return [];
  const parts = s.parts!;
  const list = enumerationAfter(text, m.end, lineEnd, parts);
  if (!list) return [];
  // “经济建设、政治建设……和生态文明建设”: split a last item on its conjunction when that yields parts.
  const items = splitConjunctions(list.items, parts);
  const known = items.map((it) => matchesPart(it.text, parts));
  // A parenthesis that does not enumerate the parts (a date, a gloss) is not an enumeration.
  if (known.filter(Boolean).length * 2 < parts.length) return [];
  if (list.aside && (items.length !== parts.length || known.filter(Boolean).length < parts.length - 1)) return [];
  const out: Finding[] = [];
  const listed = parts.join("、");
  if (s.ordered) {
    const order = orderFinding(text, s.text, parts, items, known);
    if (order) out.push(order);
  }
  items.forEach((it, k) => {
    if (known[k]) return;
    out.push({
      code: SLOGAN_PARTS.code,
      severity: SLOGAN_PARTS.severity,
      span: { start: it.start, end: it.end },
      message: `${q(it.text)}不是${q(s.text)}的组成部分；${q(s.text)}是：${listed}。`,
    });
  });
  const distinct = new Set(known.filter(Boolean));
  if (!list.open && (items.length !== parts.length || distinct.size !== known.filter(Boolean).length)) {
    const missing = parts.filter((p) => !distinct.has(p));
    out.push({
      code: SLOGAN_PARTS.code,
      severity: SLOGAN_PARTS.severity,
      span: list.span,
      message: `${q(s.text)}共${countWord(parts.length)}项，这里列了${countWord(items.length)}项${missing.length ? `，缺${missing.map(q).join("、")}` : ""}；应为：${listed}。`,
    });
  }
  return out;
}

/**
 * “六大保护”格局初步形成。…统筹推进家庭保护、学校保护、社会保护、网络保护和司法保护: a quoted numbered
 * formulation of four parts or more, then later in its paragraph a list of all its parts but one, each whole
 * and none repeated or foreign: the missing part is a slip. Only after a quoted name, and only one part short.
 */
export function laterListMissingPart(text: string, m: SloganMatch, lineEnd: number): Finding | undefined {
  const s = m.form.slogan;
  if (!checksParts(s) || !s.quoted || s.parts!.length < 4 || !isOpenQuote(text[m.start - 1] ?? "")) return undefined;
  const parts = s.parts!;
  const rest = text.slice(m.end, lineEnd);
  for (const run of rest.matchAll(LATER_LIST)) {
    const start = m.end + run.index!;
    const words = run[0].split(/、|以及|和|及|与/);
    if (words.length !== parts.length - 1) continue;
    const known = words.map((w) => parts.find((p) => w === p || w.endsWith(p)));
    if (known.some((k) => !k) || new Set(known).size !== known.length || !words.slice(1).every((w, k) => w === known[k + 1])) continue;
    const missing = parts.filter((p) => !known.includes(p));
    return {
      code: SLOGAN_PARTS.code,
      severity: SLOGAN_PARTS.severity,
      span: { start, end: start + run[0].length },
      message: `${q(s.text)}共${countWord(parts.length)}项，这里列了${countWord(words.length)}项，缺${missing.map(q).join("、")}；应为：${parts.join("、")}。`,
    };
  }
  return undefined;
}

/** A list of four to twelve terms joined by 、 with 和/及 before the last, of two to eight ideographs each. */
const LATER_LIST = /[\u4e00-\u9fff]{2,12}(?:、[\u4e00-\u9fff]{2,8}){1,10}(?:和|及|以及|与)[\u4e00-\u9fff]{2,8}/g;

/** The enumeration right before a formulation: 经济建设、政治建设…和生态文明建设“五位一体”总体布局. */
function enumerationBefore(text: string, start: number, lineStart: number): ListItem[] | undefined {
  let end = start;
  if (end > lineStart && isOpenQuote(text[end - 1])) end--;
  let from = end;
  while (from > lineStart && !/[，,。；;：:！？（(）)“”]/.test(text[from - 1])) from--;
  const segment = text.slice(from, end);
  if (!segment.includes("、")) return undefined;
  const items: ListItem[] = [];
  let s = from;
  for (let k = from; k <= end; k++) {
    if (k === end || text[k] === "、") {
      if (k > s) items.push({ text: text.slice(s, k), start: s, end: k });
      s = k + 1;
    }
  }
  return items;
}

/** Splits a last item on its conjunction (…和生态文明建设) when both halves are parts. */
function splitConjunctions(list: ListItem[], parts: string[]): ListItem[] {
  const items: ListItem[] = [];
  for (const it of list) {
    const conj = CONJUNCTIONS.map((c) => ({ c, at: it.text.indexOf(c) })).find((x) => x.at > 0 && !parts.includes(it.text));
    if (conj && matchesPart(it.text.slice(0, conj.at), parts) && matchesPart(it.text.slice(conj.at + conj.c.length), parts)) {
      items.push({ text: it.text.slice(0, conj.at), start: it.start, end: it.start + conj.at });
      items.push({ text: it.text.slice(conj.at + conj.c.length), start: it.start + conj.at + conj.c.length, end: it.end });
    } else items.push(it);
  }
  return items;
}

/**
 * slogan.parts for a formulation whose parts have a fixed order, listed in
 * another: one finding over the misplaced stretch, fixed by putting each part
 * back in its place (only the parts' own words move; 统筹推进 and 和 stay).
 */
function orderFinding(text: string, name: string, parts: string[], items: ListItem[], known: (string | undefined)[]): Finding | undefined {
  if (items.length !== parts.length || known.some((k) => !k) || new Set(known).size !== parts.length) return undefined;
  const where = items.map((it, k) => {
    const at = it.text.indexOf(known[k]!);
    return { start: it.start + at, end: it.start + at + known[k]!.length, part: known[k]! };
  });
  const wanted = [...where].sort((a, b) => parts.indexOf(a.part) - parts.indexOf(b.part)).map((w) => w.part);
  const first = where.findIndex((w, k) => w.part !== wanted[k]);
  if (first < 0) return undefined;
  let last = where.length - 1;
  while (where[last].part === wanted[last]) last--;
  let newText = "";
  for (let k = first; k <= last; k++) {
    newText += wanted[k];
    if (k < last) newText += text.slice(where[k].end, where[k + 1].start);
  }
  const span = { start: where[first].start, end: where[last].end };
  return {
    code: SLOGAN_PARTS.code,
    severity: SLOGAN_PARTS.severity,
    span,
    // A formulation that is its list names itself: say what was written instead.
    message: `${q(name.replace(/以及|和|及|与/g, "、") === parts.join("、") ? text.slice(where[0].start, where[where.length - 1].end) : name)}各项次序有误，应为：${parts.join("、")}。`,
    fixes: [{ title: "按规范次序排列", edits: [{ span, newText }], safe: false, preferred: true }],
  };
}

/** The order check for a list that comes before its formulation (the common official pattern). */
export function partsOrderBefore(text: string, m: SloganMatch, lineStart: number): Finding | undefined {
  const s = m.form.slogan;
  if (!s.ordered || !checksParts(s)) return undefined;
  const list = enumerationBefore(text, m.start, lineStart);
  if (!list) return undefined;
  const items = splitConjunctions(list, s.parts!);
  // 完整、准确、全面贯彻创新、协调、…的新发展理念: another list's words may open the run; the parts are its end.
  while (items.length > s.parts!.length && !matchesPart(items[0].text, s.parts!)) items.shift();
  return orderFinding(text, s.text, s.parts!, items, items.map((it) => matchesPart(it.text, s.parts!)));
}

/**
 * 做好科技金融、绿色金融、普惠金融、养老金融、农村金融“五篇大文章”: the whole list right before the name,
 * as many items as parts, all but one of them parts, and that one of the parts' kind (the same last two
 * characters as one of them): it stands where a part should.
 */
export function partsBeforeFindings(text: string, m: SloganMatch, lineStart: number): Finding[] {
  const s = m.form.slogan;
  if (!checksParts(s)) return [];
  const list = enumerationBefore(text, m.start, lineStart);
  if (!list) return [];
  const parts = s.parts!;
  const items = splitConjunctions(list, parts);
  if (items.length !== parts.length) return [];
  const unknown = items.filter((it) => !matchesPart(it.text, parts));
  if (unknown.length !== 1 || unknown[0] === items[0] || !parts.some((p) => p.length >= 3 && unknown[0].text.endsWith(p.slice(-2)))) return [];
  const it = unknown[0];
  return [{ code: SLOGAN_PARTS.code, severity: SLOGAN_PARTS.severity, span: { start: it.start, end: it.end }, message: `${q(it.text)}不是${q(s.text)}的组成部分；${q(s.text)}是：${parts.join("、")}。` }];
}

/**
 * 坚持不敢腐、不想腐、不能腐一体推进: all the parts of a fixed-order formulation
 * listed on their own, without its name, and out of order. Only a list of
 * exactly its parts: the middle items are the parts themselves, the first may
 * have words before its part (坚持不敢腐) and the last words after it (不想腐一体推进).
 */
/** Clause punctuation: a list of parts runs between two of these. */
const CLAUSE_END = /[，,。；;：:！？（(）)“”]/;

/** The 、-lists of a line, each from its clause's start to its end, split at each 、. */
function listsOf(text: string): ListItem[][] {
  const lists: ListItem[][] = [];
  let from = 0;
  for (let k = 0; k <= text.length; k++) {
    if (k < text.length && !CLAUSE_END.test(text[k])) continue;
    if (text.slice(from, k).includes("、")) {
      const items: ListItem[] = [];
      let start = from;
      for (let j = from; j <= k; j++) {
        if (j === k || text[j] === "、") {
          items.push({ text: text.slice(start, j), start, end: j });
          start = j + 1;
        }
      }
      lists.push(items);
    }
    from = k + 1;
  }
  return lists;
}

const NAMED_LISTS = new WeakMap<readonly Slogan[], Slogan[]>();

type ListIndex = { all: Slogan[]; byPair: Map<number, number[]>; always: number[]; heads: Uint8Array; seen: Uint32Array; stamp: number };
const LIST_INDEX = new WeakMap<readonly Slogan[], ListIndex>();
/**
 * The list formulations a line may hold all parts but one of: those with their first or second part's first
 * two characters in the line (a byte table of those first characters, then one map read), marked with the
 * line's stamp where testing each formulation's parts cost a search of the line each.
 */
function listCandidates(text: string, slogans: readonly Slogan[]): Slogan[] {
  let ix = LIST_INDEX.get(slogans);
  if (!ix) {
    const all = [...namedListsOf(slogans), ...listTextsOf(slogans)];
    const byPair = new Map<number, number[]>();
    const always: number[] = [];
    const heads = new Uint8Array(65536);
    all.forEach((s, k) => {
      const first = s.parts!.slice(0, 2);
      if (first.some((h) => h.length < 2)) {
        always.push(k);
        return;
      }
      for (const h of first) {
        heads[h.charCodeAt(0)] = 1;
        const key = pairKey(h.charCodeAt(0), h.charCodeAt(1));
        const list = byPair.get(key);
        if (!list) byPair.set(key, [k]);
        else if (!list.includes(k)) list.push(k);
      }
    });
    LIST_INDEX.set(slogans, (ix = { all, byPair, always, heads, seen: new Uint32Array(all.length), stamp: 0 }));
  }
  const stamp = ++ix.stamp;
  const seen = ix.seen;
  let any = ix.always.length > 0;
  for (const k of ix.always) seen[k] = stamp;
  const heads = ix.heads;
  for (let i = 0; i + 1 < text.length; i++) {
    if (!heads[text.charCodeAt(i)]) continue;
    const list = ix.byPair.get(pairKey(text.charCodeAt(i), text.charCodeAt(i + 1)));
    if (!list) continue;
    for (const k of list) seen[k] = stamp;
    any = true;
  }
  if (!any) return [];
  const out: Slogan[] = [];
  for (let k = 0; k < ix.all.length; k++) if (seen[k] === stamp) out.push(ix.all[k]);
  return out;
}

/** The formulation's text is its parts joined (产业兴旺、生态宜居、…), not a name for them (四个最严). */
const isListText = (s: Slogan): boolean => s.text.replace(/[、，,]/g, "") === s.parts!.join("");

const LIST_TEXTS = new WeakMap<readonly Slogan[], Slogan[]>();
/** Ordered formulations of four parts or more whose text is their list (产业兴旺、生态宜居、…). */
function listTextsOf(slogans: readonly Slogan[]): Slogan[] {
  let v = LIST_TEXTS.get(slogans);
  // (Parts of any length, two characters too: 爱国、敬业、诚信、友善.)
  if (!v) LIST_TEXTS.set(slogans, (v = orderedOf(slogans).filter((s) => s.parts!.length >= 4 && isListText(s))));
  return v;
}

/**
 * The ordered formulations of three or more parts, one of four characters or more, whose text is not the
 * list itself (四个最严, not 节水优先、空间均衡、系统治理、两手发力: a formulation that is its list has its
 * slips read whole, as any other).
 */
function namedListsOf(slogans: readonly Slogan[]): Slogan[] {
  let v = NAMED_LISTS.get(slogans);
  if (!v) NAMED_LISTS.set(slogans, (v = orderedOf(slogans).filter((s) => s.parts!.length >= 3 && s.parts!.some((p) => p.length >= 4) && !isListText(s))));
  return v;
}

const ORDERED = new WeakMap<readonly Slogan[], Slogan[]>();
/** The current formulations with ordered parts, once per pack set (a pack of a thousand has a dozen). */
function orderedOf(slogans: readonly Slogan[]): Slogan[] {
  let v = ORDERED.get(slogans);
  if (!v) ORDERED.set(slogans, (v = slogans.filter((s) => s.ordered && !s.deprecated && checksParts(s))));
  return v;
}

const ORDERED_BY_FIRST_PAIR = new WeakMap<readonly Slogan[], Map<number, Slogan[]>>();
/** The ordered formulations by the first two characters of their first part: a line is read once, not once a formulation. */
function orderedByFirstPair(slogans: readonly Slogan[]): Map<number, Slogan[]> {
  let v = ORDERED_BY_FIRST_PAIR.get(slogans);
  if (!v) {
    v = new Map();
    for (const s of orderedOf(slogans)) {
      const first = s.parts![0];
      const key = pairKey(first.charCodeAt(0), first.charCodeAt(1));
      const list = v.get(key);
      if (list) list.push(s);
      else v.set(key, [s]);
    }
    ORDERED_BY_FIRST_PAIR.set(slogans, v);
  }
  return v;
}

export function unnamedPartsOrder(text: string, slogans: readonly Slogan[]): Finding[] {
  const out: Finding[] = [];
  // A finding needs every part in one 、-list (orderFinding), so a line without all of a formulation's parts has
  // none: the formulations whose first part's first two characters stand in the line, then all their parts.
  if (!text.includes("、")) return out;
  const byPair = orderedByFirstPair(slogans);
  const candidates: Slogan[] = [];
  const tried = new Set<Slogan>();
  for (let i = 0; i + 1 < text.length; i++) {
    const list = byPair.get(pairKey(text.charCodeAt(i), text.charCodeAt(i + 1)));
    if (!list) continue;
    for (const s of list) {
      if (tried.has(s)) continue;
      tried.add(s);
      if (s.parts!.every((x) => text.includes(x))) candidates.push(s);
    }
  }
  if (!candidates.length) return out;
  // In the pack's order, as the findings were made before.
  const order = orderedOf(slogans);
  candidates.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const lists = listsOf(text);
  for (const s of candidates) {
    const parts = s.parts!;
    for (const items of lists) {
      const split = splitConjunctions(items, parts);
      if (split.length !== parts.length) continue;
      const known = split.map((it, k) => {
        // The words before the first part and after the last must not go on the list (…生态文明建设和党的建设).
        // Each part may follow a verb of two characters (立足新发展阶段、构建新发展格局…).
        const verbed = (x: string) => it.text.length - x.length === 2 && it.text.endsWith(x);
        const p = k === 0 ? parts.find((x) => it.text.endsWith(x)) : k === split.length - 1 ? parts.find((x) => it.text.startsWith(x) || it.text.startsWith(x, 2)) : parts.find((x) => it.text === x || verbed(x));
        if (p && k === 0 && /(?:和|及|与|同)$/.test(it.text.slice(0, it.text.length - p.length))) return undefined;
        if (p && k === split.length - 1 && /^(?:和|及|与|以及|同)/.test(it.text.slice(p.length))) return undefined;
        return p;
      });
      // The first and last items must be the parts at their list ends: 坚持不敢腐 … 不想腐一体推进.
      const trimmed = split.map((it, k) => {
        const p = known[k];
        if (!p) return it;
        const at2 = k === 0 ? it.text.length - p.length : it.text.startsWith(p) ? 0 : it.text.indexOf(p);
        return { text: p, start: it.start + at2, end: it.start + at2 + p.length };
      });
      const f = orderFinding(text, s.text, parts, trimmed, known);
      if (f) out.push(f);
    }
  }
  return out;
}

/**
 * 最严谨的标准、最严格的监管、最严励的处罚、最严肃的问责: a numbered formulation's parts listed without its
 * name, all as written but one, which is a part of four or more characters with one character replaced by
 * one of its sound. The slip is in that part (slogan.typo); the fix restores it, offered, not applied unasked.
 */
export function unnamedPartTypos(text: string, slogans: readonly Slogan[]): Finding[] {
  const out: Finding[] = [];
  // The parts stand in a 、-list (listsOf), so a line without 、 has none.
  if (!text.includes("、")) return out;
  let lists: ListItem[][] | undefined;
  for (const s of listCandidates(text, slogans)) {
    // A formulation that is itself its list (产业兴旺、…、生活富裕) has its sound slips found by the typo scan.
    const isList = isListText(s);
    const parts = s.parts!;
    let missing = -1;
    let misses = 0;
    for (let k = 0; k < parts.length && misses < 2; k++) if (!text.includes(parts[k])) (missing = k), misses++;
    if (misses !== 1 || (parts[missing].length < 4 && !(isList && parts.length >= 4 && parts[missing].length >= 2))) continue;
    const want = parts[missing];
    lists ??= listsOf(text);
    for (const items of lists) {
      if (items.length !== parts.length) continue;
      // Every other item is its part (the first may follow words, the last may go on); the missing one is a near miss.
      const fits = items.every((it, k) => k === missing || (k === 0 ? it.text.endsWith(parts[k]) : k === items.length - 1 ? it.text.startsWith(parts[k]) : it.text === parts[k]));
      if (!fits) continue;
      const it = items[missing];
      const at = missing === 0 ? it.text.length - want.length : 0;
      const got = it.text.slice(at, at + want.length);
      if (got.length !== want.length || (missing !== 0 && missing !== items.length - 1 && it.text.length !== want.length)) continue;
      const diff = [...got].map((c, k) => (c === want[k] ? -1 : k)).filter((k) => k >= 0);
      if (diff.length !== 1) continue;
      const span = { start: it.start + at, end: it.start + at + want.length };
      const bySound = isNearHomophone(got[diff[0]], want[diff[0]]);
      if (bySound && isList) continue;
      if (!bySound) {
        // 产业兴旺、生态宜居、乡风文明、治理有效、生活宽裕: every other part of a list of four or more as written
        // and one part a character off, not by its sound — the wrong part, not a slip of the pen. Not when the
        // list so written is an alias the pack knows (分类投放、分类收集、分类运输、分类处置).
        if (parts.length < 4 || !isIdeograph(got.charCodeAt(diff[0]))) continue;
        if (s.aliases?.includes(parts.map((p, k) => (k === missing ? got : p)).join("、"))) continue;
        out.push({
          code: SLOGAN_PARTS.code,
          severity: SLOGAN_PARTS.severity,
          span,
          message: `${q(got)}不是${q(s.text)}的一项，应为${q(want)}。`,
          fixes: [{ title: `改为${q(want)}`, edits: [{ span, newText: want }], safe: false, preferred: true }],
        });
        continue;
      }
      out.push({
        code: SLOGAN_TYPO.code,
        severity: SLOGAN_TYPO.severity,
        span,
        message: `疑似提法笔误：${q(got)}应为${q(want)}（“${got[diff[0]]}”应为“${want[diff[0]]}”），${q(s.text)}的一项。`,
        fixes: [{ title: `改为${q(want)}`, edits: [{ span, newText: want }], safe: false, preferred: true }],
      });
    }
  }
  return out;
}

type ClauseSwap = { slogan: Slogan; variant: string; moved: [string, string] };
/**
 * Clause-swap variants keyed by their first separator and the two characters before it (造性转化、 → 化、),
 * with where that separator stands in the variant: a line is looked up only at its own separators.
 */
type ClauseSwapIndex = Map<string, (ClauseSwap & { at: number })[]>;
const CLAUSE_SWAPS = new WeakMap<readonly Slogan[], ClauseSwapIndex>();

/**
 * 创造性转化、创新性发展: a formulation of parallel clauses of one length, alike but for two or more
 * stretches. Each variant exchanges one such stretch between neighbouring clauses (创新性转化、创造性发展),
 * which no correct text writes; indexed by the separator each variant opens with, once per pack set.
 */
function clauseSwapsOf(slogans: readonly Slogan[]): ClauseSwapIndex {
  let index = CLAUSE_SWAPS.get(slogans);
  if (index) return index;
  index = new Map();
  let known: Set<string> | undefined;
  for (const s of slogans) {
    if (s.deprecated || s.text.length < 9 || !/[、，,]/.test(s.text)) continue;
    const clauses = s.text.split(/[、，,]/);
    if (clauses.length < 2 || clauses.some((c) => c.length < 4 || c.length !== clauses[0].length)) continue;
    for (let k = 0; k + 1 < clauses.length; k++) {
      const [a, b] = [clauses[k], clauses[k + 1]];
      // The stretches where the two clauses differ: 创[造|新]性[转化|发展].
      const stretches: [number, number][] = [];
      for (let i = 0; i < a.length; i++) {
        if (a[i] === b[i]) continue;
        const last = stretches[stretches.length - 1];
        if (last && last[1] === i) last[1] = i + 1;
        else stretches.push([i, i + 1]);
      }
      // 严格执法、公正司法: four-character clauses are two words each; their halves are the stretches when both differ.
      if (stretches.length < 2 && a.length === 4 && a.slice(0, 2) !== b.slice(0, 2) && a.slice(2) !== b.slice(2)) stretches.splice(0, stretches.length, [0, 2], [2, 4]);
      if (stretches.length < 2) continue;
      const offset = clauses.slice(0, k).reduce((n, c) => n + c.length + 1, 0);
      for (const [from, to] of stretches) {
        const a2 = a.slice(0, from) + b.slice(from, to) + a.slice(to);
        const b2 = b.slice(0, from) + a.slice(from, to) + b.slice(to);
        const variant = s.text.slice(0, offset) + a2 + s.text[offset + a.length] + b2 + s.text.slice(offset + a.length + 1 + b.length);
        known ??= new Set(slogans.map((x) => x.text));
        if (known.has(variant)) continue;
        const entry = { slogan: s, variant, moved: [a.slice(from, to), b.slice(from, to)] as [string, string] };
        const at = variant.search(/[、，,]/);
        const key = variant.slice(at - 2, at + 1);
        (index.get(key) ?? index.set(key, []).get(key)!).push({ ...entry, at });
      }
    }
  }
  CLAUSE_SWAPS.set(slogans, index);
  return index;
}

/** slogan.typo for a formulation's parallel clauses with one stretch exchanged between them (创新性转化、创造性发展). */
export function swappedClauseWords(text: string, slogans: readonly Slogan[]): Finding[] {
  const index = clauseSwapsOf(slogans);
  const out: Finding[] = [];
  const separator = /[、，,]/g;
  let lastEnd = 0;
  for (let m = separator.exec(text); m; m = separator.exec(text)) {
    const j = m.index;
    if (j < 2) continue;
    const list = index.get(text.slice(j - 2, j + 1));
    if (!list) continue;
    for (const { slogan, variant, moved, at } of list) {
      const i = j - at;
      if (i < lastEnd || !text.startsWith(variant, i)) continue;
      const span = { start: i, end: i + variant.length };
      out.push({
        code: SLOGAN_TYPO.code,
        severity: SLOGAN_TYPO.severity,
        span,
        message: `疑似提法笔误：${q(variant)}应为${q(slogan.text)}（“${moved[0]}”与“${moved[1]}”互换了位置）。`,
        fixes: [{ title: `改为${q(slogan.text)}`, edits: [{ span, newText: slogan.text }], safe: false, preferred: true }],
      });
      lastEnd = span.end;
      break;
    }
  }
  return out;
}

const RUN_SWAPS = new WeakMap<readonly Slogan[], { slogan: Slogan; variant: string; at: number }[]>();
/**
 * The formulations written as one run of one-character parts in a fixed order (德智体美劳),
 * each with its variants that exchange two neighbouring parts (德智体劳美), once per pack set.
 */
function runSwapsOf(slogans: readonly Slogan[]) {
  let v = RUN_SWAPS.get(slogans);
  if (!v) {
    v = [];
    for (const s of orderedOf(slogans)) {
      const parts = s.parts!;
      if (!parts.every((p) => p.length === 1) || parts.join("") !== s.text || new Set(parts).size !== parts.length) continue;
      for (let k = 0; k + 1 < parts.length; k++) {
        const variant = s.text.slice(0, k) + parts[k + 1] + parts[k] + s.text.slice(k + 2);
        v.push({ slogan: s, variant, at: k });
      }
    }
    RUN_SWAPS.set(slogans, v);
  }
  return v;
}

/**
 * slogan.parts for a run of one-character parts with two neighbouring parts exchanged
 * (德智体劳美 for 德智体美劳), on its own or inside a longer formulation (培养德智体劳美全面发展的…):
 * the parts are out of order, not a slip of the pen. The fix puts the two back; it is not safe,
 * as for every order finding.
 */
export function swappedRunParts(text: string, slogans: readonly Slogan[]): Finding[] {
  const out: Finding[] = [];
  for (const { slogan, variant, at } of runSwapsOf(slogans)) {
    for (let i = text.indexOf(variant); i >= 0; i = text.indexOf(variant, i + 1)) {
      const span = { start: i + at, end: i + at + 2 };
      out.push({
        code: SLOGAN_PARTS.code,
        severity: SLOGAN_PARTS.severity,
        span,
        message: `${q(slogan.text)}各项次序有误，应为：${slogan.parts!.join("、")}。`,
        fixes: [{ title: "按规范次序排列", edits: [{ span, newText: slogan.text.slice(at, at + 2) }], safe: false, preferred: true }],
      });
    }
  }
  return out;
}
