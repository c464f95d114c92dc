/**
 * What each paragraph of a draft is on the exported page: the title block, the
 * salutation, headings by their GB/T 9704 level, body text, the 落款 (signature
 * and date). Read from the core's document model, not by matching lines again;
 * only the closing, which the model does not mark, is recognised here.
 */
import { DATE_LINE, parseDocument, type DocumentModel, type Heading, type Paragraph } from "../core";
import type { FontRole } from "./layout";
import { breakTitle } from "./title";
import { textWidth } from "./width";

export { textWidth } from "./width";

export interface BlockOptions {
  /** How many title characters fit on a line; a longer title is broken between words (title.ts). */
  titleChars?: number;
}

export interface Run {
  text: string;
  role: FontRole;
}

export type BlockKind = "title" | "subtitle" | "salutation" | "addressee" | "heading" | "body" | "signature" | "date" | "blank";

export interface Block {
  kind: BlockKind;
  /** For headings: the GB/T 9704 level whose style it takes (1 一、, 2 （一）, 3 1., 4 （1）). */
  level?: 1 | 2 | 3 | 4;
  /** A run-in heading: its first run is the heading sentence, the rest is body text. */
  runIn?: boolean;
  runs: Run[];
  align: "left" | "center" | "right" | "justify";
  /** A two-character first-line indent (正文首行缩进二字). */
  indent: boolean;
  /** Source line, for blocks that come from the draft. */
  line?: number;
  /** Kept on the page of the next paragraph (Word's keep-with-next): the body's end, the 附件说明 and the 落款 stay together. */
  keepNext?: boolean;
  /** A first-line indent other than the style's, in characters (a 附件说明 item under 附件：1.). */
  firstLineChars?: number;
  /** The 落款's right indent, in characters: the date 右空四字, the unit centred over the date. */
  rightChars?: number;
  /** A title too long for one line: its lines, broken between words (title.ts). */
  lines?: string[];
}

/** GB/T 9704 ties the heading fonts to the numbering forms: 一、 黑体, （一） 楷体, 1. and （1） 仿宋. */
function headingRole(h: Heading, paragraphText: string): FontRole {
  switch (h.style) {
    case "cn-dun":
    case "part":
    case "chapter":
    case "section":
    case "attachment":
      return "heading1";
    case "decimal":
      // 1 总则 → 一级, 1.1 编制目的 → 二级, 1.1.1 → 三级.
      return (["heading1", "heading2", "heading3", "heading4"] as const)[Math.min(h.token?.shape.match(/[.．]/g)?.length ?? 0, 3)];
    case "article":
      // Not reached: an article is set as body text (see below).
      return "heading1";
    case "cn-paren":
      return "heading2";
    case "arabic-dot":
      return "heading3";
    case "arabic-paren":
    case "circled":
      return "heading4";
    case "outline":
      // A heading style without a number (from a Word file): its level in the document.
      return (["heading1", "heading2", "heading3", "heading4"] as const)[Math.min(Math.max(h.level, 1), 4) - 1];
    case "markdown": {
      const hashes = /^#+/.exec(paragraphText)?.[0].length ?? 1;
      return (["heading1", "heading2", "heading3", "heading4"] as const)[Math.min(hashes, 4) - 1];
    }
  }
}

const levelOf = (role: FontRole) => Number(role.slice(-1)) as 1 | 2 | 3 | 4;

/** Markdown and pasted-editor emphasis that Word would show as literal marks. */
function plainText(text: string): string {
  return text
    .replace(/^#{1,6}[ \t]+/, "")
    .replace(/^[▌■◆][ \t\u3000]*/, "")
    .replace(/\*\*|__/g, "");
}

const SIGNATURE_MAX = 30;
/** A line of the issuing unit: short, not a sentence, not an item of the 附件说明 list. */
const isSignature = (p: Paragraph) => p.kind === "body" && [...p.text].length <= SIGNATURE_MAX && !/[。！？；：，,!?;:、”]/.test(p.text) && !LIST_ITEM.test(p.text);
/** A line of the 附件说明 list (附件：1.… / 2.…). */
const LIST_ITEM = /^(?:附件|[0-9０-９]{1,2}[.．、])/;

/**
 * The 落款 the model found: its date line and the issuing unit's lines right above
 * it are set right; a 附件说明 list at its start stays body text.
 */
function closingLines(model: DocumentModel): { signature: Set<number>; date?: number; start?: number } {
  const signature = new Set<number>();
  if (model.signOffLine === undefined) return { signature };
  const from = model.paragraphOfLine[model.signOffLine];
  const own = model.paragraphs.slice(from);
  const k = own.findIndex((p) => DATE_LINE.test(p.text.replace(/\s/g, "")));
  if (k < 0) return { signature, start: model.signOffLine };
  for (let i = k - 1; i >= Math.max(0, k - 2) && isSignature(own[i]); i--) signature.add(own[i].line);
  return { signature, date: own[k].line, start: model.signOffLine };
}

// Lines under a title that are not more title: ——在…上的讲话, （2024年3月5日）, a speaker's name.
const SUBTITLE = /^(?:——|－－|--|[（(])/;
const SPEAKER_MAX = 8;

function titleBlocks(model: DocumentModel, options: BlockOptions): Block[] {
  const out: Block[] = [];
  model.titleLines.forEach((line, i) => {
    const p = model.paragraphs[model.paragraphOfLine[line]];
    const text = plainText(p.text);
    const subtitle = i > 0 && (SUBTITLE.test(text) || DATE_LINE.test(text) || text.replace(/[\s\u3000]/g, "").length <= SPEAKER_MAX);
    const lines = !subtitle && options.titleChars ? breakTitle(text, options.titleChars) : [text];
    out.push({ kind: subtitle ? "subtitle" : "title", runs: [{ text, role: subtitle ? "subtitle" : "title" }], align: "center", indent: false, line, ...(lines.length > 1 ? { lines } : {}) });
  });
  return out;
}

/**
 * A Markdown draft's title is its one top `#` heading when it opens the draft
 * (`# 关于…的报告`); the model reads it as a heading.
 */
function markdownTitle(model: DocumentModel): Heading | undefined {
  const first = model.headings[0];
  if (model.titleLines.length || !first || first.style !== "markdown" || model.paragraphs[0]?.line !== first.line) return undefined;
  const sameRank = model.headings.filter((h) => h.rank === first.rank);
  return sameRank.length === 1 && model.headings.every((h) => h.rank >= first.rank) ? first : undefined;
}

const blank = (): Block => ({ kind: "blank", runs: [], align: "left", indent: false });

export function draftBlocks(model: DocumentModel, options: BlockOptions = {}): Block[] {
  const blocks: Block[] = titleBlocks(model, options);
  const mdTitle = markdownTitle(model);
  if (mdTitle) {
    const text = plainText(mdTitle.name);
    const lines = options.titleChars ? breakTitle(text, options.titleChars) : [text];
    blocks.push({ kind: "title", runs: [{ text, role: "title" }], align: "center", indent: false, line: mdTitle.line, ...(lines.length > 1 ? { lines } : {}) });
  }
  // GB/T 9704: the title block, then one blank line.
  if (blocks.length) blocks.push(blank());

  const headingAt = new Map(model.headings.map((h) => [h.line, h]));
  // The model looks for a salutation only under a plain-text title; under a # title, ask it about that line alone.
  const afterTitle = mdTitle && model.paragraphs[1];
  const mdSalutation = afterTitle && afterTitle.kind === "body" && parseDocument(afterTitle.text).salutationLine === 0 ? afterTitle.line : undefined;
  const closing = closingLines(model);
  const addressee = addresseeLine(model, mdTitle?.line);
  const firstOfClosing = closing.signature.size ? Math.min(...closing.signature) : closing.date;
  const placement = signOffPlacement(model, closing);
  /** Inside a 附件说明 list: the first-line indent of its next items (0 outside). */
  let attachmentIndent = 0;
  for (const p of model.paragraphs) {
    if (p.kind === "title" || p.line === mdTitle?.line) continue;
    const previous = blocks[blocks.length - 1];
    const attachmentNote = p.kind === "body" && ATTACHMENT_NOTE.test(p.text);
    // 正文下空一行 before the 附件说明 (wherever it is), and before the 落款 (after the 附件说明 too).
    if ((p.line === closing.start || attachmentNote || p.line === firstOfClosing) && previous && previous.kind !== "blank") blocks.push(blank());
    if (p.kind === "salutation" || p.line === mdSalutation) {
      blocks.push({ kind: "salutation", runs: [{ text: p.text, role: "body" }], align: "left", indent: false, line: p.line });
      continue;
    }
    // 主送机关: 居左顶格, as a salutation.
    if (p.line === addressee) {
      blocks.push({ kind: "addressee", runs: [{ text: p.text, role: "body" }], align: "left", indent: false, line: p.line });
      continue;
    }
    if (closing.signature.has(p.line) || p.line === closing.date) {
      const date = p.line === closing.date;
      blocks.push({ kind: date ? "date" : "signature", runs: [{ text: p.text, role: "body" }], align: "right", indent: false, line: p.line, rightChars: date ? placement.date : placement.signature.get(p.line) });
      continue;
    }
    // 附件：1.… then 2.… aligned under 1. (two characters in, then the width of 附件：).
    if (attachmentNote) attachmentIndent = 2 + textWidth(/^附件[：:]\s*/.exec(p.text)![0]);
    else if (attachmentIndent && !(p.kind === "body" && /^[0-9０-９]{1,2}[.．、]/.test(p.text))) attachmentIndent = 0;
    else if (attachmentIndent) {
      blocks.push({ kind: "body", runs: [{ text: plainText(p.text), role: "body" }], align: "justify", indent: true, line: p.line, firstLineChars: attachmentIndent });
      continue;
    }
    const h = p.kind === "heading" ? headingAt.get(p.line) : undefined;
    // 第一条 opens an ordinary paragraph of a 规章: body text, as such documents are set.
    if (h && h.style !== "article") {
      blocks.push(headingBlock(model, p, h));
      continue;
    }
    blocks.push({ kind: "body", runs: [{ text: plainText(p.text), role: "body" }], align: "justify", indent: true, line: p.line });
  }
  keepClosingTogether(blocks, closing);
  return blocks;
}

/** 附件说明: 附件：1.… (or 附件：name) in the main text. */
const ATTACHMENT_NOTE = /^附件[：:]\s*\S/;

/**
 * GB/T 9704: the 落款 never stands alone on a page. Every block from the last body
 * paragraph before the closing (附件说明, blanks, signature) keeps with the next, so
 * the page that holds the date also holds the end of the body.
 */
function keepClosingTogether(blocks: Block[], closing: { start?: number; date?: number }): void {
  if (closing.start === undefined || closing.date === undefined) return;
  const first = blocks.findIndex((b) => b.line !== undefined && b.line >= closing.start!);
  const last = blocks.findIndex((b) => b.line === closing.date);
  if (first < 0 || last < 0) return;
  let from = first - 1;
  while (from > 0 && blocks[from].kind === "blank") from--;
  for (let i = Math.max(from, 0); i < last; i++) blocks[i].keepNext = true;
}

/**
 * The 落款 as GB/T 9704 sets it without a seal: the date 右空四字, each line of the
 * issuing unit centred over the date; a unit longer than that is set 右空二字 and
 * the date moves left to stay under its centre.
 */
function signOffPlacement(model: DocumentModel, closing: { signature: Set<number>; date?: number }): { date: number; signature: Map<number, number> } {
  const signature = new Map<number, number>();
  if (closing.date === undefined) return { date: 4, signature };
  const text = (line: number) => model.paragraphs[model.paragraphOfLine[line]].text;
  const dateWidth = textWidth(text(closing.date));
  const widths = [...closing.signature].map((line) => [line, textWidth(text(line))] as const);
  // The date's right edge so the widest unit line, centred over it, still ends two characters in.
  const widest = Math.max(0, ...widths.map(([, w]) => w));
  const date = Math.max(4, 2 + (widest - dateWidth) / 2);
  for (const [line, w] of widths) signature.set(line, date + (dateWidth - w) / 2);
  return { date, signature };
}

/** Bodies a notice is sent to: 各乡镇人民政府，县直各部门： — a line of names of offices, no sentence. */
const BODY_NAMES = /^各|政府|部门|单位|委员会|机关|党委|党组|人大|政协|局|厅|办公室|公司|学校|街道|乡镇|院|集团|中心|支部|委|办$/;

/**
 * The 主送机关: the first line after the title, ending in ：, naming bodies (not a
 * salutation to people, which the model finds, and not a sentence).
 */
function addresseeLine(model: DocumentModel, mdTitleLine?: number): number | undefined {
  if (!model.titleLines.length && mdTitleLine === undefined) return undefined;
  const after = mdTitleLine !== undefined ? mdTitleLine : model.titleLines[model.titleLines.length - 1];
  const p = model.paragraphs.find((x) => x.line > after && x.kind !== "title");
  if (!p || p.kind !== "body" || model.salutationLine !== undefined) return undefined;
  const text = p.text.trim();
  if (!/[：:]$/.test(text) || /[。！？；;!?]/.test(text) || [...text].length > 80) return undefined;
  const names = text.slice(0, -1).split(/[，,、]/);
  return names.every((n) => n.length >= 2 && BODY_NAMES.test(n)) ? p.line : undefined;
}

/** A heading paragraph; a run-in heading (（一）加强学习。正文…) keeps only its heading sentence in the heading font. */
function headingBlock(model: DocumentModel, p: Paragraph, h: Heading): Block {
  const role = headingRole(h, p.text);
  const centred = h.style === "part" || h.style === "chapter" || h.style === "section";
  const flush = h.style === "attachment";
  const align = centred ? "center" : "justify";
  if (h.style === "markdown") return { kind: "heading", level: levelOf(role), runs: [{ text: plainText(h.name), role }], align, indent: true, line: p.line };
  const split = Math.min(Math.max(h.nameSpan.end, p.span.start), p.span.end);
  const head = plainText(model.text.slice(p.span.start, split));
  const rest = plainText(model.text.slice(split, p.span.end));
  const runs: Run[] = [{ text: head, role }];
  if (h.runIn && rest) runs.push({ text: rest, role: "body" });
  else if (rest) runs[0].text += rest;
  return { kind: "heading", level: levelOf(role), runIn: runs.length > 1, runs, align, indent: !flush && !centred, line: p.line };
}
