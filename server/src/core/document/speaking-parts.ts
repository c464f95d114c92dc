/**
 * The parts a speech is delivered in: the opening before the first top-level
 * heading (title, salutation, 开场白), each top-level section, the closing
 * (同志们，让我们…) after the last section's own text, and the 落款 (附件说明,
 * issuing unit, date) that ends the main text. Their characters add up to the
 * whole document's, so the outline's, the timing view's and `stats`' do too.
 */
import type { DocumentModel, Section } from "./model";
import type { Span } from "./text";
import { countChars } from "./text";

export interface Passage {
  span: Span;
  chars: number;
  /** 0-based line of its first paragraph. */
  line: number;
}

/** How closing paragraphs start: the call to action, the thanks, the sign-off. */
const CLOSING_START = /^(?:同志们[，,！!]|以上(?:汇报|发言|是我|就是)|总之[，,]|最后[，,](?:我|让我们)|让我们|今天的会议|谢谢大家|散会)/;

function passage(model: DocumentModel, from: number, to: number): Passage | undefined {
  const paragraphs = model.paragraphs.filter((p) => p.span.start >= from && p.span.end <= to);
  if (!paragraphs.length) return undefined;
  const span = { start: paragraphs[0].span.start, end: paragraphs[paragraphs.length - 1].span.end };
  const chars = countChars(model.text.slice(from, to));
  return chars ? { span, chars, line: paragraphs[0].line } : undefined;
}

/** Everything before the first top-level heading, when the draft has headings. */
export function openingOf(model: DocumentModel): Passage | undefined {
  const first = model.root.children[0];
  return first ? passage(model, 0, first.span.start) : undefined;
}

/**
 * The closing: from the first closing paragraph in the last top-level
 * section that no heading follows, to the end. A section that would be left
 * with no text of its own keeps it.
 */
export function closingOf(model: DocumentModel): Passage | undefined {
  const last = model.root.children[model.root.children.length - 1];
  if (!last?.heading) return undefined;
  const lastHeadingLine = model.headings.reduce((m, h) => Math.max(m, h.line), -Infinity);
  const body = model.paragraphs.filter((p) => p.kind === "body" && p.line > lastHeadingLine && p.span.start < last.span.end);
  const first = body.findIndex((p) => CLOSING_START.test(p.text));
  if (first < 0) return undefined;
  const ownText = model.paragraphs.some((p) => p.kind === "body" && p.line > last.heading!.line && p.span.start < body[first].span.start);
  if (!ownText && last.children.length === 0) return undefined;
  const from = model.index.lines[body[first].line].start;
  const signOff = signOffOf(model);
  return passage(model, from, signOff && signOff.span.start > from ? signOff.span.start : model.text.length);
}

/**
 * The 落款 that ends the main text: from its first line to the last paragraph
 * before the attachment that follows it (or the end). No section's text.
 */
export function signOffOf(model: DocumentModel): Passage | undefined {
  if (model.signOffLine === undefined) return undefined;
  const from = model.index.lines[model.signOffLine].start;
  const next = model.root.children.find((c) => c.span.start > from);
  return passage(model, from, next ? next.span.start : model.text.length);
}

/** A section's characters without the closing that sits at its end. */
export function charsWithout(model: DocumentModel, section: Section, closing: Passage | undefined): number {
  if (!closing || closing.span.start >= section.span.end || closing.span.start < section.span.start) return section.chars;
  return section.chars - countChars(model.text.slice(closing.span.start, section.span.end));
}

/** The end of a section once its closing is taken out: the end of the last paragraph before the closing. */
export function endWithout(model: DocumentModel, section: Section, closing: Passage | undefined): number {
  if (!closing || closing.span.start >= section.span.end || closing.span.start < section.span.start) return section.span.end;
  const before = model.paragraphs.filter((p) => p.span.end <= closing.span.start && p.span.start >= section.span.start);
  return before.length ? before[before.length - 1].span.end : section.span.start;
}
