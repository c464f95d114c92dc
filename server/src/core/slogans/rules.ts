/** The slogan checks' findings: typo, collocation, deprecated, parts. */
import { defineRule, type Finding } from "../findings";
import type { Slogan, SloganIndex } from "./pack";
import { isCloseQuote, isOpenQuote, type SloganMatch } from "./scan";
import type { Typo } from "./typo";

export const SLOGAN_TYPO = defineRule("slogan.typo", "warning", "A near miss of a formulation: one character missing, extra, swapped or replaced.");
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
  }
  return {
    code: SLOGAN_TYPO.code,
    severity: SLOGAN_TYPO.severity,
    span: { start: t.start, end: t.end },
    message: `疑似提法笔误：${q(got)}应为${q(f)}（${what}）。`,
    // A replaced character may be a deliberate variant; the other edits are unambiguous slips inside the formulation.
    fixes: [{ title: `改为${q(f)}`, edits: [{ span: { start: t.start, end: t.end }, newText: f }], safe: t.kind !== "replaced" && !t.edge, preferred: true }],
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

export function collocationFinding(text: string, index: SloganIndex, m: SloganMatch, lineStart: number): Finding | undefined {
  const s = m.form.slogan;
  if (!s.verbs?.length || s.deprecated) return undefined;
  const pv = precedingVerb(text, index, m.start, lineStart);
  if (!pv || s.verbs.includes(pv.verb)) return undefined;
  // “…”的 makes the formulation a modifier (落实“两个毫不动摇”的体制机制): the verb governs the head noun.
  let after = m.end;
  if (isCloseQuote(text.charAt(after))) after++;
  if (text.charAt(after) === "的") return undefined;
  // Not the whole object: 推动“两个维护”落到实处 (a clause), 加强“四个意识”教育 (a modifier of 教育).
  // (统筹推进“五位一体”总体布局 is still the formulation's own phrase, and checked.)
  if (NOT_THE_OBJECT.test(text.slice(after, after + 4))) return undefined;
  const canonical = s.verbs[0];
  const span = { start: pv.start, end: pv.start + pv.verb.length };
  return {
    code: SLOGAN_COLLOCATION.code,
    severity: SLOGAN_COLLOCATION.severity,
    span,
    message: `搭配不当：${q(s.text)}应与${s.verbs.map(q).join("、")}搭配，不用${q(pv.verb)}。`,
    related: [{ span: { start: m.start, end: m.end }, message: `提法${q(s.text)}` }],
    fixes: [{ title: `改为${q(canonical)}`, edits: [{ span, newText: canonical }], safe: false, preferred: true }],
  };
}

const CN_COUNT = ["零", "一", "两", "三", "四", "五", "六", "七", "八", "九", "十"];
const countWord = (n: number) => CN_COUNT[n] ?? String(n);
const LIST_SEPARATORS = /[、，,；;]/;
const CONJUNCTIONS = ["以及", "和", "及", "与"];

/** Parts checks apply to formulations whose parts are single terms; long clauses are worded too freely to compare. */
export function checksParts(s: Slogan): boolean {
  return !!s.parts && s.parts.length >= 2 && s.parts.every((p) => !LIST_SEPARATORS.test(p) && p.length <= 10);
}

interface ListItem {
  text: string;
  start: number;
  end: number;
}

/** The enumeration right after a formulation: “四个意识”（…） or “四个意识”，即… / ：… */
function enumerationAfter(text: string, from: number, lineEnd: number): { items: ListItem[]; span: { start: number; end: number }; open: boolean } | undefined {
  let i = from;
  if (isCloseQuote(text.charAt(i))) i++;
  let close: RegExp;
  if (text[i] === "（" || text[i] === "(") {
    i++;
    close = /[）)]/;
  } else {
    const lead = /^(，即：|，即|即：|即|：)/.exec(text.slice(i, i + 3));
    if (!lead) return undefined;
    i += lead[0].length;
    close = /[。；;）)！？\n]/;
  }
  if (text.startsWith("即", i)) i++;
  const limit = Math.min(lineEnd, i + 120);
  let end = i;
  while (end < limit && !close.test(text[end])) end++;
  // A list separated by 、 ends at the comma that starts the next clause (…、看齐意识，是一个有机整体).
  if (close.source !== "[）)]" && text.slice(i, end).includes("、")) {
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
  return { items, span: { start: i, end }, open };
}

function matchesPart(item: string, parts: string[]): string | undefined {
  return parts.find((p) => item === p || item.includes(p));
}

export function partsFindings(text: string, m: SloganMatch, lineEnd: number): Finding[] {
  const s = m.form.slogan;
  if (!checksParts(s)) return [];
  const parts = s.parts!;
  const list = enumerationAfter(text, m.end, lineEnd);
  if (!list) return [];
  // “经济建设、政治建设……和生态文明建设”: split a last item on its conjunction when that yields parts.
  const items: ListItem[] = [];
  for (const it of list.items) {
    const conj = CONJUNCTIONS.map((c) => ({ c, at: it.text.indexOf(c) })).find((x) => x.at > 0 && !parts.includes(it.text));
    if (conj && matchesPart(it.text.slice(0, conj.at), parts) && matchesPart(it.text.slice(conj.at + conj.c.length), parts)) {
      items.push({ text: it.text.slice(0, conj.at), start: it.start, end: it.start + conj.at });
      items.push({ text: it.text.slice(conj.at + conj.c.length), start: it.start + conj.at + conj.c.length, end: it.end });
    } else items.push(it);
  }
  const known = items.map((it) => matchesPart(it.text, parts));
  // A parenthesis that does not enumerate the parts (a date, a gloss) is not an enumeration.
  if (known.filter(Boolean).length * 2 < parts.length) return [];
  const out: Finding[] = [];
  const listed = parts.join("、");
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
