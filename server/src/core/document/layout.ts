/**
 * Two layouts official drafts use without numbering them: part titles (a short line of
 * its own, 2024年工作回顾 / 今年主要目标任务, between paragraphs) and the 落款 at the end
 * (the 附件说明 list, the issuing unit and the date), which is not part of the last section.
 */
import type { Heading, Paragraph } from "./model";

/** A part title ranks above the GB/T 9704 styles (一、 is rank 0) and below 第一节. */
export const PART_RANK = -0.5;

const PART_MIN = 4;
const PART_MAX = 24;
// Nothing a sentence, a table row, a date or a quotation would hold.
const NOT_A_TITLE = /[。！？；：，,.!?;:、“”"'|\t]|\s{2}|^[（(【\[《—-]|^附件|[0-9０-９]{3,}[^年]*$/;
const ENDS_SENTENCE = /[。！？；：…”’）」!?;:)]$/;
const CJK = /[\u4e00-\u9fff]/g;
const DIGIT = "0-9０-９〇○零一二三四五六七八九";
/** A date line of its own: 2025年3月8日, 二〇二五年三月八日. */
export const DATE_LINE = new RegExp(`^[（(]?[${DIGIT}]{4}年[${DIGIT}十]{1,3}月[${DIGIT}十]{1,3}日[）)]?$`);

const chars = (s: string) => [...s].length;
/** A unit's name never opens with an inline enumerator (一是, 二要, 首先, 第一，): such a line is the text's. */
const OPENS_WITH_ENUMERATOR = /^(?:[一二三四五六七八九十]+[是要]|首先|其次|再次|最后|第[一二三四五六七八九十]+[，、,])/;

/**
 * Short standalone lines used as part titles. A line qualifies when it is 4–24 characters
 * with no sentence or list punctuation, the paragraph before it ends a sentence (or is the
 * salutation), and the one after it is a sentence or a numbered heading. They are part
 * titles only when the document has two or more of them and every one starts its numbering
 * afresh (the first numbered heading after it, if any, is number 1): a stray short line in
 * the middle of a list is not a title. Documents with Markdown headings have none.
 */
export function partTitles(paragraphs: Paragraph[], headings: Heading[]): Paragraph[] {
  if (headings.some((h) => h.style === "markdown")) return [];
  const candidates: number[] = [];
  for (let k = 1; k + 1 < paragraphs.length; k++) {
    const p = paragraphs[k];
    if (p.kind !== "body") continue;
    const n = chars(p.text);
    if (n < PART_MIN || n > PART_MAX || NOT_A_TITLE.test(p.text) || DATE_LINE.test(p.text) || (p.text.match(CJK)?.length ?? 0) < 3) continue;
    const before = paragraphs[k - 1];
    const after = paragraphs[k + 1];
    if ((before.kind === "heading" || before.kind === "body") && !ENDS_SENTENCE.test(before.text)) continue;
    if (after.kind === "body" ? !/[。！？；!?;]/.test(after.text) : after.kind !== "heading") continue;
    candidates.push(k);
  }
  if (candidates.length < 2) return [];
  for (let c = 0; c < candidates.length; c++) {
    const from = paragraphs[candidates[c]].line;
    const to = c + 1 < candidates.length ? paragraphs[candidates[c + 1]].line : Infinity;
    const first = headings.find((h) => h.line > from && h.line < to && h.token);
    if (first && first.token!.number !== 1) return [];
  }
  return candidates.map((k) => paragraphs[k]);
}

function isUnitLine(p: Paragraph): boolean {
  return p.kind === "body" && chars(p.text) <= 30 && !/[。！？；：，,!?;:]/.test(p.text) && !OPENS_WITH_ENUMERATOR.test(p.text.trim());
}

/**
 * The first paragraph of the 落款 that ends the main text (before any attachment): the
 * date line, the issuing unit's lines above it, and the 附件说明 list above them. Undefined
 * when the text ends otherwise. `listLines` are the 附件说明 lines (附件：1.… and the rest).
 */
export function signOffParagraph(paragraphs: Paragraph[], headings: Heading[], isListLine: (line: number) => boolean): number | undefined {
  const attachment = headings.find((h) => h.style === "attachment");
  let k = paragraphs.length - 1;
  while (k >= 0 && attachment && paragraphs[k].line >= attachment.line) k--;
  let start: number | undefined;
  if (k >= 0 && DATE_LINE.test(paragraphs[k].text.replace(/\s/g, ""))) {
    start = k--;
    // The issuing unit: a line or two above the date, no punctuation, not a heading.
    for (let units = 0; units < 2 && k >= 0 && isUnitLine(paragraphs[k]); units++) start = k--;
  }
  const listEnd = k;
  while (k >= 0 && isListLine(paragraphs[k].line)) k--;
  if (k < listEnd) start = k + 1;
  return start;
}
