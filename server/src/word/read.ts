/**
 * Reads a .docx as its reader sees it: plain text, one paragraph a line, with
 * automatic numbering written out, tracked changes accepted (w:ins in, w:del
 * out), comments, field codes and hidden text left out, tables, text boxes
 * and footnotes read in reading order. Every character of the text maps back
 * to the paragraph and the w:t it came from, for locations and for review.
 */
import type { Document, Element, Node } from "./xml";
import { Numbering } from "./numbering";
import { openWordPackage, REL_TYPE, type WordPackage } from "./package";
import { Styles } from "./styles";
import { wAttr, wChild, wChildren, wName, wOn, isW } from "./xml";
import { ZIP_LIMITS } from "./zip";
import { WordError } from "./errors";

/** `deleted`: text a review has just written as a tracked deletion (no longer text, still where a comment goes). */
export type PieceKind = "text" | "label" | "tab" | "break" | "deleted";

/** A stretch of the extracted text and where it came from. */
export interface Piece {
  start: number;
  end: number;
  kind: PieceKind;
  /** The w:t (or w:tab, w:br) element; undefined for numbering labels. */
  node?: Element;
  /** The run holding `node`. */
  run?: Element;
}

export type ParagraphPart = "body" | "table" | "textbox" | "footnote" | "endnote";

export interface WordParagraph {
  /** 0-based; locations print it 1-based. */
  index: number;
  /** Offsets of the paragraph's text (without its line break) in the extracted text. */
  start: number;
  end: number;
  part: ParagraphPart;
  /** The w:p in document.xml, or in footnotes.xml/endnotes.xml for notes. */
  element: Element;
  /** For a note's paragraphs: the run in document.xml holding its reference mark. */
  anchorRun?: Element;
  /** 1-based outline level from the paragraph's style or w:outlineLvl. */
  headingLevel?: number;
  pieces: Piece[];
}

export interface WordDocument {
  /** Paragraphs joined by "\n". */
  text: string;
  paragraphs: WordParagraph[];
  /** Outline level per line of `text` (undefined for body lines), for the document model. */
  headingLevels: (number | undefined)[];
  /** 1-based paragraph number per line of `text`, for the document model (messages say 第N段). */
  paragraphNumbers: number[];
  pkg: WordPackage;
}

/** What the outside needs to point a reviewer at a finding. */
export interface WordLocation {
  /** 1-based paragraph number in reading order. */
  paragraph: number;
  /** 0-based character (UTF-16) inside the paragraph's text. */
  character: number;
  /** Text around the finding as it is typed in the document (never an automatic number), for Ctrl+F. */
  quote: string;
}

export interface ReadOptions {
  limits?: typeof ZIP_LIMITS;
  /** What the reader extracts at most (tests lower them). */
  budget?: Partial<typeof READ_BUDGET>;
}

/**
 * The reader's budget, in proportion to a real document: a 1,000-page report
 * has about 1.5 million characters and 20,000 paragraphs. Past either limit the
 * document is refused with one line, never read until memory runs out.
 */
export const READ_BUDGET = {
  /** Characters of extracted text (UTF-16 units). */
  maxText: 16_000_000,
  /** Paragraphs read (body, tables, text boxes, notes). */
  maxParagraphs: 400_000,
  /** Footnotes or endnotes referenced from inside notes are followed this deep. */
  maxNoteDepth: 4,
};

export const tooLarge = (what: string) => new WordError(`document too large (document.tooLarge): ${what}; Lectern reads drafts, not archives — split it or 另存为 a smaller .docx`);

/** The entry point: .docx bytes in, text and its map out. Throws WordError on anything unreadable. */
export function readDocx(bytes: Uint8Array, fileName = "draft.docx", options: ReadOptions = {}): WordDocument {
  const pkg = openWordPackage(bytes, fileName, options.limits);
  const styles = new Styles(pkg.related(REL_TYPE.styles)?.doc.documentElement ?? undefined);
  const numbering = new Numbering(pkg.related(REL_TYPE.numbering)?.doc.documentElement ?? undefined, (id) => styles.numIdOf(id));
  const reader = new Reader(pkg, styles, numbering, { ...READ_BUDGET, ...options.budget });
  const body = wChild(pkg.main.documentElement ?? undefined, "body");
  if (body) reader.block(body, "body");
  return reader.finish();
}

interface NoteRef {
  kind: "footnote" | "endnote";
  id: string;
  run: Element;
}

class Reader {
  private chunks: string[] = [];
  private length = 0;
  private paragraphs: WordParagraph[] = [];
  private headingLevels: (number | undefined)[] = [];
  private line = 0;
  /** Field nesting: true while inside a field's instruction (before w:separate). */
  private fields: boolean[] = [];
  private current?: WordParagraph;
  /** A paragraph whose mark was deleted joins the next one. */
  private joinNext = false;
  private notes = new Map<string, Map<string, Element>>();
  /** Notes already read: each is read once however often it is referenced. */
  private notesRead = new Set<string>();
  private noteDepth = 0;
  /** After an automatic `1.`: the separator to read if the paragraph's text opens with a digit. */
  private labelSeparator = "";

  constructor(
    private pkg: WordPackage,
    private styles: Styles,
    private numbering: Numbering,
    private budget: typeof READ_BUDGET,
  ) {}

  private emit(s: string, kind: PieceKind, node?: Element, run?: Element): void {
    if (!s) return;
    if (kind !== "label" && this.labelSeparator) {
      // `1.` + `2024年…`: the number of a list is a token, whatever follows (Word shows its tab).
      const separator = this.labelSeparator;
      this.labelSeparator = "";
      if (/^[0-9０-９]/.test(s)) this.emit(separator, "label");
    }
    const p = this.current!;
    const start = this.length;
    if (this.length + s.length > this.budget.maxText) throw tooLarge(`over ${this.budget.maxText.toLocaleString("en")} characters of text`);
    this.chunks.push(s);
    this.length += s.length;
    const last = p.pieces[p.pieces.length - 1];
    // Consecutive characters of one node merge (never across nodes: review splits at nodes).
    if (last && last.node === node && node && last.end === start && kind === last.kind) last.end = this.length;
    else p.pieces.push({ start, end: this.length, kind, node, run });
    if (kind === "break") {
      this.line++;
      this.headingLevels.push(undefined);
    }
  }

  block(container: Element, part: ParagraphPart): void {
    for (let c = container.firstChild; c; c = c.nextSibling) {
      const name = wName(c);
      const e = c as Element;
      if (name === "p") this.paragraph(e, part);
      else if (name === "tbl") {
        for (const tr of wChildren(e, "tr")) for (const tc of wChildren(tr, "tc")) this.block(tc, part === "body" ? "table" : part);
      } else if (name === "sdt") {
        const content = wChild(e, "sdtContent");
        if (content) this.block(content, part);
      } else if (name === "customXml" || name === "ins" || name === "moveTo" || name === "smartTag") this.block(e, part);
      else if (isAlternateContent(c)) {
        const choice = firstChoice(c as Element);
        if (choice) this.block(choice, part);
      }
    }
  }

  private paragraph(p: Element, part: ParagraphPart): void {
    const pPr = wChild(p, "pPr");
    const styleId = wAttr(wChild(pPr, "pStyle"), "val");
    const markRPr = wChild(pPr, "rPr");
    const markDeleted = !!wChild(markRPr, "del") || !!wChild(markRPr, "moveFrom");
    const hiddenParagraph = this.styles.hidden("paragraph", styleId);
    const joining = this.joinNext && !!this.current;
    if (!joining) {
      if (this.current) this.closeParagraph();
      if (this.paragraphs.length >= this.budget.maxParagraphs) throw tooLarge(`over ${this.budget.maxParagraphs.toLocaleString("en")} paragraphs`);
      const outline = wAttr(wChild(pPr, "outlineLvl"), "val");
      const level = outline !== undefined ? (Number(outline) < 9 ? Number(outline) + 1 : undefined) : this.styles.outlineLevel(styleId);
      this.current = { index: this.paragraphs.length, start: this.length, end: this.length, part, element: p, headingLevel: level, pieces: [] };
      this.headingLevels.push(undefined);
      // Numbering: the paragraph's own w:numPr, else its style's. numId 0 switches it off.
      const numPr = wChild(pPr, "numPr");
      const fromStyle = this.styles.numbering(styleId);
      const numId = wAttr(wChild(numPr, "numId"), "val") ?? fromStyle.numId;
      const ilvl = Number(wAttr(wChild(numPr, "ilvl"), "val") ?? fromStyle.ilvl ?? 0);
      this.labelSeparator = "";
      if (numId && numId !== "0" && !markDeleted && !hiddenParagraph) {
        const { label, separator } = this.numbering.nextLabel(numId, ilvl);
        this.emit(label, "label");
        // Only an Arabic number closed by . 、 or ， runs into a digit that follows (1.2024年).
        if (/[0-9０-９][.．、,，]$/.test(label)) this.labelSeparator = separator;
      }
    }
    const pending: (NoteRef | Element)[] = [];
    this.inline(p, hiddenParagraph, pending);
    this.joinNext = markDeleted;
    if (!markDeleted) this.closeParagraph();
    for (const x of pending) {
      if ("kind" in x) this.note(x);
      else this.block(x, part === "body" || part === "table" ? "textbox" : part);
    }
  }

  private closeParagraph(): void {
    const p = this.current;
    this.labelSeparator = "";
    if (!p) return;
    p.end = this.length;
    // A heading needs text: an empty paragraph in a heading style is not a heading.
    const firstLine = this.headingLevels.length - 1 - countBreaks(p);
    if (p.headingLevel !== undefined && p.pieces.some((x) => x.kind === "text")) this.headingLevels[firstLine] = p.headingLevel;
    this.paragraphs.push(p);
    this.chunks.push("\n");
    this.length += 1;
    this.line++;
    this.current = undefined;
  }

  /** Paragraph content: runs, and the wrappers that keep their runs (insertions, links, fields, content controls). */
  private inline(container: Element, hidden: boolean, pending: (NoteRef | Element)[]): void {
    for (let c = container.firstChild; c; c = c.nextSibling) {
      const name = wName(c);
      const e = c as Element;
      switch (name) {
        case "r":
          this.run(e, hidden, pending);
          break;
        case "del":
        case "moveFrom":
        case "pPr":
          break;
        case "sdt": {
          const content = wChild(e, "sdtContent");
          if (content) this.inline(content, hidden, pending);
          break;
        }
        case "ins":
        case "moveTo":
        case "hyperlink":
        case "smartTag":
        case "customXml":
        case "fldSimple":
        case "dir":
        case "bdo":
          this.inline(e, hidden, pending);
          break;
        default:
          if (isAlternateContent(c)) {
            const choice = firstChoice(e);
            if (choice) this.inline(choice, hidden, pending);
          }
      }
    }
  }

  private run(r: Element, hiddenParagraph: boolean, pending: (NoteRef | Element)[]): void {
    const rPr = wChild(r, "rPr");
    const vanish = wChild(rPr, "vanish");
    const hidden = vanish ? wOn(vanish) : hiddenParagraph || this.styles.hidden("character", wAttr(wChild(rPr, "rStyle"), "val"));
    for (let c = r.firstChild; c; c = c.nextSibling) {
      const name = wName(c);
      const e = c as Element;
      if (name === "fldChar") {
        const type = wAttr(e, "fldCharType");
        if (type === "begin") this.fields.push(true);
        else if (type === "separate" && this.fields.length) this.fields[this.fields.length - 1] = false;
        else if (type === "end") this.fields.pop();
        continue;
      }
      const inCode = this.fields.includes(true);
      if (name === "footnoteReference" || name === "endnoteReference") {
        const id = wAttr(e, "id");
        if (id !== undefined && !inCode) pending.push({ kind: name === "footnoteReference" ? "footnote" : "endnote", id, run: r });
        continue;
      }
      if (name === "drawing" || name === "pict" || name === "object" || isAlternateContent(c)) {
        if (!inCode) for (const box of textBoxes(e)) pending.push(box);
        continue;
      }
      if (hidden || inCode) continue;
      switch (name) {
        case "t":
          this.emit(e.textContent ?? "", "text", e, r);
          break;
        case "tab":
          this.emit("\t", "tab", e, r);
          break;
        case "br":
          // A page or column break is layout; a text-wrapping break (Shift+Enter) starts a new line.
          if (wAttr(e, "type") === "page" || wAttr(e, "type") === "column") break;
          this.emit("\n", "break", e, r);
          break;
        case "cr":
          this.emit("\n", "break", e, r);
          break;
        case "noBreakHyphen":
          this.emit("-", "tab", e, r);
          break;
        case "sym":
          // Insert > Symbol: the character, so 第①条 or 5×3 reads as Word shows it.
          this.emit(symbolChar(wAttr(e, "char")), "tab", e, r);
          break;
      }
    }
  }

  private note(ref: NoteRef): void {
    let byId = this.notes.get(ref.kind);
    if (!byId) {
      byId = new Map();
      const part = this.pkg.related(ref.kind === "footnote" ? REL_TYPE.footnotes : REL_TYPE.endnotes);
      for (const n of part ? wChildren(part.doc.documentElement!, ref.kind) : []) byId.set(wAttr(n, "id") ?? "", n);
      this.notes.set(ref.kind, byId);
    }
    const note = byId.get(ref.id);
    const key = `${ref.kind}:${ref.id}`;
    // Read once however often it is referenced, and a reference inside a note only a few notes deep:
    // a chain of notes that each refer to the next twice would otherwise double the work at every step.
    if (!note || this.notesRead.has(key) || this.noteDepth >= this.budget.maxNoteDepth) return;
    this.notesRead.add(key);
    const from = this.paragraphs.length;
    this.noteDepth++;
    try {
      this.block(note, ref.kind);
    } finally {
      this.noteDepth--;
    }
    if (this.current) this.closeParagraph();
    for (let i = from; i < this.paragraphs.length; i++) this.paragraphs[i].anchorRun = ref.run;
  }

  finish(): WordDocument {
    if (this.current) this.closeParagraph();
    let text = this.chunks.join("");
    if (text.endsWith("\n")) text = text.slice(0, -1);
    const headingLevels = this.headingLevels.slice(0, text.split("\n").length);
    const paragraphNumbers: number[] = [];
    for (const p of this.paragraphs) for (let k = countBreaks(p); k >= 0; k--) paragraphNumbers.push(p.index + 1);
    return { text, paragraphs: this.paragraphs, headingLevels, paragraphNumbers: paragraphNumbers.slice(0, headingLevels.length), pkg: this.pkg };
  }
}

function countBreaks(p: WordParagraph): number {
  let n = 0;
  for (const x of p.pieces) if (x.kind === "break") n++;
  return n;
}

const MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006";
/**
 * A w:sym's character. Codes F020–F0FF are a symbol font's own glyphs (Symbol, Wingdings),
 * which have no fixed Unicode character: they read as U+FFFC, one character that is no
 * word, so the text around them is not joined. A missing or bad code reads the same.
 */
export function symbolChar(hex: string | undefined): string {
  const code = hex && /^[0-9A-Fa-f]{1,6}$/.test(hex) ? parseInt(hex, 16) : NaN;
  if (!Number.isFinite(code) || (code >= 0xf000 && code <= 0xf0ff) || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) || code < 0x20) return "\uFFFC";
  return String.fromCodePoint(code);
}

const isAlternateContent = (n: Node | null) => !!n && n.nodeType === 1 && (n as Element).namespaceURI === MC_NS && (n as Element).localName === "AlternateContent";

/** The first mc:Choice: DrawingML text boxes; the VML mc:Fallback repeats the same text. */
function firstChoice(e: Element): Element | undefined {
  for (let c = e.firstChild; c; c = c.nextSibling) if (c.nodeType === 1 && (c as Element).localName === "Choice") return c as Element;
  for (let c = e.firstChild; c; c = c.nextSibling) if (c.nodeType === 1 && (c as Element).localName === "Fallback") return c as Element;
  return undefined;
}

/** Every w:txbxContent under a drawing, outermost only, one choice of an mc:AlternateContent. */
function textBoxes(e: Element): Element[] {
  const out: Element[] = [];
  const walk = (n: Element) => {
    if (isAlternateContent(n)) {
      const choice = firstChoice(n);
      if (choice) walk(choice);
      return;
    }
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType !== 1) continue;
      if (isW(c) && (c as Element).localName === "txbxContent") out.push(c as Element);
      else walk(c as Element);
    }
  };
  if (isW(e) && e.localName === "txbxContent") return [e];
  walk(e);
  return out;
}

/** Where an offset of the extracted text is, for a reviewer. */
export function locate(doc: WordDocument, start: number, end = start): WordLocation {
  const p = paragraphAt(doc, start);
  if (!p) return { paragraph: doc.paragraphs.length, character: 0, quote: "" };
  return { paragraph: p.index + 1, character: start - p.start, quote: quoteOf(doc, p, start, end) };
}

export function paragraphAt(doc: WordDocument, offset: number): WordParagraph | undefined {
  const ps = doc.paragraphs;
  let lo = 0;
  let hi = ps.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ps[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return ps[lo];
}

const QUOTE_MIN = 8;
const QUOTE_MAX = 40;

/**
 * The typed text of the finding (never an automatic number, which Word's
 * Find does not see), widened to a few characters so it is distinctive.
 */
function quoteOf(doc: WordDocument, p: WordParagraph, start: number, end: number): string {
  const typed = p.pieces.filter((x) => x.kind === "text" || x.kind === "tab");
  if (!typed.length) return "";
  const typedStart = typed[0].start;
  let s = Math.max(start, typedStart);
  let e = Math.min(Math.max(end, s), p.end);
  if (e - s < QUOTE_MIN) e = Math.min(p.end, s + QUOTE_MIN);
  if (e - s < QUOTE_MIN) s = Math.max(typedStart, e - QUOTE_MIN);
  let q = doc.text.slice(s, Math.min(e, s + QUOTE_MAX));
  // A break inside the paragraph ends the quote: Find matches within one line.
  const nl = q.indexOf("\n");
  if (nl >= 0) q = q.slice(0, nl);
  return q.trim();
}

export type { Document };
