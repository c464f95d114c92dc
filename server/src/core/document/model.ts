/**
 * The document model: one parse of a draft, shared by every feature.
 * Offsets are UTF-16 code units into the text as given (see text.ts).
 */
import type { LineIndex, Span } from "./text";

/**
 * Heading numbering styles, in GB/T 9704 order for the official ones. Plans
 * and long reports put 第一章 (or 第一部分, 第一篇) and 第一节 above them, and
 * an attachment (附件1 on a line of its own) starts its own numbering above all;
 * `markdown` headings (`#`) rank above all, by their number of hashes. A `part` title is an
 * unnumbered short line of its own (2024年工作回顾) that a document uses to open its parts.
 * `outline` is a paragraph a word processor marks as a heading (Heading 2,
 * 标题 2, an outline level) without a number of its own (see ParseOptions).
 */
export type HeadingStyle = "part" | "cn-dun" | "cn-paren" | "arabic-dot" | "arabic-paren" | "circled" | "chapter" | "section" | "article" | "decimal" | "attachment" | "markdown" | "outline";

export const GB_STYLE_ORDER: readonly HeadingStyle[] = ["cn-dun", "cn-paren", "arabic-dot", "arabic-paren", "circled"];

/** What a writer would call each style, for messages. */
export const STYLE_LABEL: Record<HeadingStyle, string> = {
  "cn-dun": "一、",
  "cn-paren": "（一）",
  "arabic-dot": "1.",
  "arabic-paren": "（1）",
  circled: "①",
  chapter: "第一章",
  section: "第一节",
  article: "第一条",
  decimal: "1.1",
  attachment: "附件",
  markdown: "#",
  part: "部分标题",
  outline: "标题样式",
};

export interface HeadingToken {
  span: Span;
  text: string;
  /** The numeral inside the token (一, 12, ①) and where it is. */
  numeral: string;
  numeralSpan: Span;
  number: number;
  /**
   * The token with its numeral replaced by N, e.g. `N、`, `（N）`, `(N)、`, `N．`.
   * The canonical shapes are `N、`, `（N）`, `N.`/`N．`, `（N）`, `N` (circled).
   */
  shape: string;
  fullWidthDigits: boolean;
}

export interface Heading {
  style: HeadingStyle;
  /** Ordering rank: lower is shallower. GB styles 0..4, markdown -7..-2. */
  rank: number;
  /** 1-based level among the styles this document uses, shallowest first. */
  level: number;
  line: number;
  /** The numbering token; for a markdown heading, the one its text starts with (`## 一、…`), if any. */
  token?: HeadingToken;
  /** A markdown heading's numbering style (`## 一、…` is cn-dun); undefined for other headings. */
  tokenStyle?: HeadingStyle;
  /** The heading as the writer sees it: token plus heading sentence. */
  name: string;
  /** The span of `name`: the token through the heading sentence. */
  nameSpan: Span;
  /** True when body text follows the heading sentence on the same line. */
  runIn: boolean;
}

/** 一是, 一要, 第一, 首先, and ① inside a paragraph (…：①…；②…). */
export type EnumeratorFamily = "shi" | "yao" | "di" | "sequence" | "circled";

export interface Enumerator {
  family: EnumeratorFamily;
  /** 1-based ordinal; 最后 has ordinal -1 (it closes a run whatever its length). */
  ordinal: number;
  /** The token, e.g. 一是, 二要, 第三, 其次. */
  text: string;
  /** The numeral part of the token (一, 三, 首先), for renumbering. */
  numeral: string;
  numeralSpan: Span;
  span: Span;
  line: number;
  /** The item's first clause (for the outline) and the whole item's extent. */
  name: string;
  nameSpan: Span;
  itemSpan: Span;
  /** True when the enumerator opens its paragraph rather than a clause inside it. */
  paragraphStart: boolean;
}

export type ParagraphKind = "title" | "salutation" | "heading" | "body";

export interface Paragraph {
  kind: ParagraphKind;
  line: number;
  /** Content span: the line without leading or trailing padding. */
  span: Span;
  text: string;
}

export interface Sentence {
  span: Span;
  line: number;
}

export interface Section {
  /** Undefined only for the root. */
  heading?: Heading;
  parent?: Section;
  children: Section[];
  /** Inline enumerators that belong directly to this section. */
  items: Enumerator[];
  /** From the heading's line start to the end of the section's last non-blank line. */
  span: Span;
  /** Characters of text in the section (code points, padding excluded). */
  chars: number;
}

/** What a source other than plain text knows about a draft's lines. */
export interface ParseOptions {
  /**
   * Outline level (1 = top) per line, from a word processor's heading styles.
   * A line with a level and no numbering token becomes an `outline` heading;
   * a numbered line keeps the style of its token.
   */
  headingLevels?: readonly (number | undefined)[];
  /**
   * The 1-based paragraph number of each line in a word processor's document (a line
   * break inside a paragraph makes two lines of one paragraph). With it, a message that
   * points to another place says 第N段, which the writer can find; without, 第N行.
   */
  paragraphNumbers?: readonly number[];
}

export interface DocumentModel {
  text: string;
  index: LineIndex;
  paragraphs: Paragraph[];
  /** Paragraph index per line, or -1 for blank lines. */
  paragraphOfLine: Int32Array;
  sentences: Sentence[];
  headings: Heading[];
  enumerators: Enumerator[];
  /** Runs of enumerators that count together (一是…二是…三是). */
  enumeratorRuns: Enumerator[][];
  root: Section;
  titleLines: number[];
  salutationLine?: number;
  /** The first line of the 落款 that ends the main text (附件说明 list, issuing unit, date), when there is one. */
  signOffLine?: number;
  /** Styles used, shallowest first; a heading's level is its position here + 1. */
  styles: HeadingStyle[];
  /** Over MAX_PARSED_SIZE: the text and its lines are kept, nothing else is parsed (no headings, no paragraphs). */
  unparsed?: boolean;
  /** From ParseOptions: the word processor's paragraph number of each line. */
  paragraphNumbers?: readonly number[];
}

/** How a message names the place of a line: 第N段 in a word processor's document, else 第N行. */
export function placeOfLine(model: Pick<DocumentModel, "paragraphNumbers">, line: number): string {
  const n = model.paragraphNumbers?.[line];
  return n !== undefined ? `第${n}段` : `第${line + 1}行`;
}
