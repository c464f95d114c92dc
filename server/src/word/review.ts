/**
 * Hands a .docx back reviewed: one Word comment (批注) per finding, anchored on
 * the exact text, and optionally the safe fixes as tracked changes (w:del /
 * w:ins by Lectern) that the writer accepts or rejects in Word.
 *
 * Only word/document.xml, word/comments.xml, the document's relationships and
 * [Content_Types].xml are written; every other entry of the package is copied
 * byte for byte (compressed data included).
 */
import type { Document, Element, Node } from "./xml";
import { dirOf, REL_TYPE, resolveTarget } from "./package";
import { paragraphAt, type Piece, type WordDocument, type WordParagraph } from "./read";
import { XText } from "./dom";
import { decodeXml, parseXmlText, serializeXml, W_NS, wName } from "./xml";
import { readEntry, rewriteZip } from "./zip";

/** What review needs of a finding: the core's Finding fits. */
export interface ReviewFinding {
  code: string;
  message: string;
  span: { start: number; end: number };
  fixes?: { title: string; safe: boolean; edits: { span: { start: number; end: number }; newText: string }[] }[];
}

/** One tracked change: replace [start, end) of the extracted text by `newText`. */
export interface ReviewEdit {
  span: { start: number; end: number };
  newText: string;
}

export interface ReviewOptions {
  author?: string;
  /** ISO date for comments and revisions; default now. */
  date?: string;
  /** Safe fixes to write as tracked changes (non-overlapping). */
  edits?: ReviewEdit[];
}

/** Why a safe fix stayed in its comment instead of becoming a tracked change. */
export type SkipReason = "numbering" | "note" | "paragraphs";

export const SKIP_REASON_TEXT: Record<SkipReason, string> = {
  numbering: "on automatic numbering",
  note: "in a footnote or endnote",
  paragraphs: "across paragraphs or line breaks",
};

export interface ReviewResult {
  bytes: Uint8Array;
  comments: number;
  /** Edits written as tracked changes; the others could not be, each with why. */
  trackedChanges: number;
  skippedEdits: (ReviewEdit & { reason: SkipReason })[];
}

const COMMENTS_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";
const COMMENTS_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml";
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';

/** Reviews a document read by readDocx. The WordDocument's DOM is changed: read the file again to review it again. */
export function reviewDocx(doc: WordDocument, findings: ReviewFinding[], options: ReviewOptions = {}): ReviewResult {
  const author = options.author ?? "Lectern";
  const date = options.date ?? new Date().toISOString().replace(/\.\d+Z$/, "Z");
  const main = doc.pkg.main;
  const ids = new IdSource(main);
  const editor = new RunEditor(doc, main, () => ids.revision());

  // Tracked changes first, from the end, so offsets before each edit stay valid.
  let tracked = 0;
  const skipped: ReviewResult["skippedEdits"] = [];
  for (const e of [...(options.edits ?? [])].sort((a, b) => b.span.start - a.span.start)) {
    const reason = editor.replace(e.span.start, e.span.end, e.newText, { author, date, nextId: () => ids.revision() });
    if (reason === true) tracked++;
    else skipped.push({ ...e, reason });
  }
  skipped.reverse();

  // Comments part: the existing one, or a new one with its relationship and content type.
  const existing = doc.pkg.related(REL_TYPE.comments);
  const commentsDoc = existing?.doc ?? parseXmlText(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:comments xmlns:w="${W_NS}"/>`, "word/comments.xml");
  const commentsRoot = commentsDoc.documentElement!;
  ids.seeComments(commentsRoot);
  let comments = 0;
  for (const f of findings) {
    const id = ids.comment();
    editor.anchorComment(f.span.start, f.span.end, id);
    commentsRoot.appendChild(commentElement(commentsDoc, id, f, author, date));
    comments++;
  }

  // A text box Word 2010+ draws (mc:Choice) has a VML copy for older readers (mc:Fallback): where the
  // review changed the box, the copy is made again from the box, so both show the same text.
  const done = new Set<Node>();
  for (const p of editor.touchedBoxes) updateFallbacks(p.element, done, () => ids.revision());

  const replace = new Map<string, Uint8Array>();
  const enc = new TextEncoder();
  replace.set(doc.pkg.mainPath, enc.encode(withDeclaration(serializeXml(main))));
  const commentsPath = existing?.path ?? resolveTarget(dirOf(doc.pkg.mainPath), "comments.xml");
  replace.set(commentsPath, enc.encode(withDeclaration(serializeXml(commentsDoc))));
  if (!existing) {
    replace.set(doc.pkg.relsPath, enc.encode(addRelationship(doc, commentsPath)));
    const types = contentTypesWith(doc, commentsPath);
    if (types) replace.set("[Content_Types].xml", enc.encode(types));
  }
  return { bytes: rewriteZip(doc.pkg.zip, replace), comments, trackedChanges: tracked, skippedEdits: skipped };
}

function withDeclaration(xml: string): string {
  return xml.startsWith("<?xml") ? xml : XML_DECL + xml;
}

function commentElement(d: Document, id: number, f: ReviewFinding, author: string, date: string): Element {
  const c = d.createElementNS(W_NS, "w:comment");
  c.setAttribute("w:id", String(id));
  c.setAttribute("w:author", author);
  c.setAttribute("w:date", date);
  c.setAttribute("w:initials", "L");
  const lines = [f.message, `[${f.code}]`];
  const fix = f.fixes?.[0];
  if (fix) lines.push(`建议：${fix.title}${fix.safe ? "" : "（请斟酌）"}`);
  for (const text of lines) {
    const p = d.createElementNS(W_NS, "w:p");
    const r = d.createElementNS(W_NS, "w:r");
    const t = d.createElementNS(W_NS, "w:t");
    t.setAttribute("xml:space", "preserve");
    t.appendChild(d.createTextNode(text));
    r.appendChild(t);
    p.appendChild(r);
    c.appendChild(p);
  }
  return c;
}

/**
 * An id as Word writes it: a decimal integer (ST_DecimalNumber, 32 bits). Anything
 * else (1e300, -1, 9999999999999) cannot collide with the small integers issued
 * here and is left out, so every new id stays a unique integer.
 */
function wordId(v: string | null): number | undefined {
  if (v === null || !/^\d{1,10}$/.test(v)) return undefined;
  const n = Number(v);
  return n < 2 ** 31 - 1 ? n : undefined;
}

/** Ids that collide with nothing already in the document or its comments. */
class IdSource {
  private nextRevision = 1;
  private nextComment = 0;
  constructor(main: Document) {
    const all = main.documentElement!.getElementsByTagNameNS(W_NS, "*");
    for (const e of all) {
      const id = wordId(e.getAttribute("w:id"));
      if (id === undefined) continue;
      const name = e.localName;
      if (name === "commentRangeStart" || name === "commentRangeEnd" || name === "commentReference") this.nextComment = Math.max(this.nextComment, id + 1);
      else this.nextRevision = Math.max(this.nextRevision, id + 1);
    }
  }
  seeComments(root: Element): void {
    for (let c = root.firstChild; c; c = c.nextSibling) {
      if (wName(c) !== "comment") continue;
      const id = wordId((c as Element).getAttribute("w:id"));
      if (id !== undefined) this.nextComment = Math.max(this.nextComment, id + 1);
    }
  }
  comment(): number {
    return this.nextComment++;
  }
  revision(): number {
    // Revision ids above every id in use (bookmarks, other revisions), counting up.
    return this.nextRevision++;
  }
}

function addRelationship(doc: WordDocument, commentsPath: string): string {
  const bytes = readEntry(doc.pkg.zip, doc.pkg.relsPath);
  const relsDoc = parseXmlText(bytes ? decodeXml(bytes, doc.pkg.relsPath) : `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>`, doc.pkg.relsPath);
  const root = relsDoc.documentElement!;
  const used = new Set(doc.pkg.rels.map((r) => r.id));
  let n = doc.pkg.rels.length + 1;
  while (used.has(`rId${n}`)) n++;
  const rel = relsDoc.createElementNS(root.namespaceURI, "Relationship");
  rel.setAttribute("Id", `rId${n}`);
  rel.setAttribute("Type", COMMENTS_TYPE);
  rel.setAttribute("Target", relativeTo(dirOf(doc.pkg.mainPath), commentsPath));
  root.appendChild(rel);
  return withDeclaration(serializeXml(relsDoc));
}

function relativeTo(base: string, path: string): string {
  return path.startsWith(base) ? path.slice(base.length) : "/" + path;
}

function contentTypesWith(doc: WordDocument, commentsPath: string): string | undefined {
  const bytes = readEntry(doc.pkg.zip, "[Content_Types].xml");
  if (!bytes) return undefined;
  const types = parseXmlText(decodeXml(bytes, "[Content_Types].xml"), "[Content_Types].xml");
  const root = types.documentElement!;
  const partName = "/" + commentsPath;
  const overrides = root.getElementsByTagNameNS(root.namespaceURI ?? "*", "Override");
  for (const o of overrides) if (o.getAttribute("PartName")?.toLowerCase() === partName.toLowerCase()) return undefined;
  const o = types.createElementNS(root.namespaceURI, "Override");
  o.setAttribute("PartName", partName);
  o.setAttribute("ContentType", COMMENTS_CONTENT_TYPE);
  root.appendChild(o);
  return withDeclaration(serializeXml(types));
}

interface RevisionInfo {
  author: string;
  date: string;
  nextId: () => number;
}

/**
 * Splits runs at text offsets and wraps them, keeping the piece map of the
 * document current so any offset can be found after earlier changes.
 */
class RunEditor {
  /** w:del wrappers this review made, and the w:ins that follows each (or precedes a run). */
  private insAfter = new Map<Node, Element>();
  private insBefore = new Map<Node, Element>();
  private ownDel = new Set<Node>();
  /** Text box paragraphs this review changed (a revision or a comment), whose VML fallback copy goes. */
  readonly touchedBoxes = new Set<WordParagraph>();

  constructor(
    private doc: WordDocument,
    private main: Document,
    /** A revision id unused in the document, for the copies of another author's w:rPrChange. */
    private freshId: () => number,
  ) {}

  /** Run properties for a new run: a copy, every revision id in it (w:rPrChange) made unique. */
  private copyRPr(rPr: Element): Element {
    const copy = rPr.cloneNode(true) as Element;
    for (const e of copy.getElementsByTagNameNS(W_NS, "*")) if (e.getAttribute("w:id") !== null) e.setAttribute("w:id", String(this.freshId()));
    return copy;
  }

  /** Where a comment may be anchored: typed text, and text this review has deleted (the comment covers the change). */
  private anchorable(p: WordParagraph): Piece[] {
    return p.pieces.filter((x) => x.kind === "text" || x.kind === "tab" || x.kind === "deleted");
  }

  private typed(p: WordParagraph): Piece[] {
    return p.pieces.filter((x) => x.kind === "text" || x.kind === "tab");
  }

  /** Makes `offset` a run boundary inside paragraph p (when it falls in typed text). */
  private split(p: WordParagraph, offset: number): void {
    const i = p.pieces.findIndex((x) => x.node && x.start < offset && offset < x.end);
    if (i >= 0) {
      const piece = p.pieces[i];
      if (piece.kind !== "text") return;
      const t = piece.node!;
      const text = t.textContent ?? "";
      const k = offset - piece.start;
      const t2 = this.main.createElementNS(W_NS, "w:t");
      t2.setAttribute("xml:space", "preserve");
      t2.appendChild(this.main.createTextNode(text.slice(k)));
      setText(t, text.slice(0, k));
      t.setAttribute("xml:space", "preserve");
      t.parentNode!.insertBefore(t2, t.nextSibling);
      p.pieces.splice(i + 1, 0, { start: offset, end: piece.end, kind: "text", node: t2, run: piece.run });
      piece.end = offset;
    }
    // Now a piece starts at offset: split its run before that piece's node.
    const at = p.pieces.find((x) => x.node && x.start === offset && x.run);
    if (!at) return;
    const run = at.run!;
    if (!hasContentBefore(run, at.node!)) return;
    const r2 = run.cloneNode(false) as Element;
    const rPr = firstW(run, "rPr");
    if (rPr) r2.appendChild(this.copyRPr(rPr));
    let c: Node | null = at.node!;
    while (c) {
      const next: Node | null = c.nextSibling;
      r2.appendChild(c);
      c = next;
    }
    run.parentNode!.insertBefore(r2, run.nextSibling);
    for (const x of p.pieces) if (x.node && x.node.parentNode === r2) x.run = r2;
  }

  /** Runs wholly inside [start, end) of paragraph p, in order (after splitting at both ends). */
  private runsIn(p: WordParagraph, start: number, end: number): Element[] {
    const out: Element[] = [];
    for (const x of p.pieces) if (x.run && x.start >= start && x.end <= end && x.end > x.start && !out.includes(x.run)) out.push(x.run);
    return out;
  }

  /** The node to insert before so as to come before `run` (and the w:del this review wrapped it in). */
  private outerBefore(run: Element): Node {
    let n: Node = this.ownDel.has(run.parentNode!) ? run.parentNode! : run;
    for (let ins = this.insBefore.get(n); ins; ins = this.insBefore.get(n)) n = ins;
    return n;
  }

  private outerAfter(run: Element): Node {
    let n: Node = this.ownDel.has(run.parentNode!) ? run.parentNode! : run;
    for (let ins = this.insAfter.get(n); ins; ins = this.insAfter.get(n)) n = ins;
    return n;
  }

  /** Replaces typed text [start, end) by `newText` as a tracked change; when it cannot be, why. */
  replace(start: number, end: number, newText: string, rev: RevisionInfo): true | SkipReason {
    const p = paragraphAt(this.doc, start);
    if (!p || end > p.end) return "paragraphs";
    if (p.part === "footnote" || p.part === "endnote") return "note";
    const typed = this.typed(p);
    // Every character replaced must be typed text of one line (not an automatic number, not a break).
    const covered = (s: number, e: number) => {
      let at = s;
      for (const x of typed) if (x.start <= at && x.end > at) at = Math.min(e, x.end);
      return at >= e;
    };
    if (start < end && this.doc.text.slice(start, end).includes("\n")) return "paragraphs";
    // Not typed text: an automatic number (a list's label), which only Word's numbering changes.
    if (start < end && !covered(start, end)) return "numbering";
    if (start === end && !typed.some((x) => x.start <= start && start <= x.end)) return "numbering";
    this.split(p, start);
    this.split(p, end);
    if (p.part === "textbox") this.touchedBoxes.add(p);
    const runs = start < end ? this.runsIn(p, start, end) : [];
    let anchorAfter: Node | undefined;
    let anchorBefore: Node | undefined;
    let style: Element | undefined;
    if (runs.length) {
      style = runs[0];
      for (const run of runs) {
        const del = this.main.createElementNS(W_NS, "w:del");
        del.setAttribute("w:id", String(rev.nextId()));
        del.setAttribute("w:author", rev.author);
        del.setAttribute("w:date", rev.date);
        run.parentNode!.insertBefore(del, run);
        del.appendChild(run);
        this.ownDel.add(del);
        for (let c = run.firstChild; c; c = c.nextSibling) if (wName(c) === "t") renameToDelText(this.main, c as Element);
      }
      anchorAfter = runs[runs.length - 1].parentNode!;
      // The deleted text is no longer text of the document (but a comment on it covers the change).
      for (const x of p.pieces) if (x.run && runs.includes(x.run)) x.kind = "deleted";
    } else {
      const next = p.pieces.find((x) => x.run && x.start === start && (x.kind === "text" || x.kind === "tab"));
      const prev = [...p.pieces].reverse().find((x) => x.run && x.end === start && (x.kind === "text" || x.kind === "tab"));
      if (next) (anchorBefore = this.outerBefore(next.run!)), (style = next.run);
      else if (prev) (anchorAfter = this.outerAfter(prev.run!)), (style = prev.run);
      else return "numbering";
    }
    if (newText) {
      const ins = this.main.createElementNS(W_NS, "w:ins");
      ins.setAttribute("w:id", String(rev.nextId()));
      ins.setAttribute("w:author", rev.author);
      ins.setAttribute("w:date", rev.date);
      const r = this.main.createElementNS(W_NS, "w:r");
      const rPr = style && firstW(style, "rPr");
      if (rPr) r.appendChild(this.copyRPr(rPr));
      const t = this.main.createElementNS(W_NS, "w:t");
      t.setAttribute("xml:space", "preserve");
      t.appendChild(this.main.createTextNode(newText));
      r.appendChild(t);
      ins.appendChild(r);
      // Remembered beside the text it touches, so a comment on that text covers the insertion too.
      if (anchorAfter) {
        anchorAfter.parentNode!.insertBefore(ins, anchorAfter.nextSibling);
        this.insAfter.set(anchorAfter, ins);
      } else {
        anchorBefore!.parentNode!.insertBefore(ins, anchorBefore!);
        this.insBefore.set(anchorBefore!, ins);
      }
    }
    return true;
  }

  /** Puts commentRangeStart/End around [start, end) and the comment's reference mark after it. */
  anchorComment(start: number, end: number, id: number): void {
    const p = paragraphAt(this.doc, start);
    if (!p) return;
    if (p.part === "textbox") this.touchedBoxes.add(p);
    let first: Node | undefined;
    let last: Node | undefined;
    if (p.part === "footnote" || p.part === "endnote") {
      // Notes are not rewritten: the comment goes on the note's reference mark in the text.
      if (p.anchorRun) first = last = p.anchorRun;
    } else {
      const anchorable = this.anchorable(p);
      const s = Math.max(start, anchorable[0]?.start ?? start);
      const e = Math.min(Math.max(end, s), p.end);
      if (s < e && anchorable.some((x) => x.start < e && x.end > s)) {
        this.split(p, s);
        this.split(p, e);
        const runs = this.runsIn(p, s, e);
        if (runs.length) {
          first = this.outerBefore(runs[0]);
          last = this.outerAfter(runs[runs.length - 1]);
        }
      }
    }
    const el = (name: string) => {
      const x = this.main.createElementNS(W_NS, `w:${name}`);
      x.setAttribute("w:id", String(id));
      return x;
    };
    const reference = this.main.createElementNS(W_NS, "w:r");
    reference.appendChild(el("commentReference"));
    if (first && last) {
      first.parentNode!.insertBefore(el("commentRangeStart"), first);
      const endMark = el("commentRangeEnd");
      last.parentNode!.insertBefore(endMark, last.nextSibling);
      last.parentNode!.insertBefore(reference, endMark.nextSibling);
      return;
    }
    // No typed text to hold it (an automatic number, an empty span): the whole paragraph.
    const para = p.element;
    const pPr = firstW(para, "pPr");
    para.insertBefore(el("commentRangeStart"), pPr ? pPr.nextSibling : para.firstChild);
    para.appendChild(el("commentRangeEnd"));
    para.appendChild(reference);
  }
}

const MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006";

const isMc = (n: Node | null, local: string): n is Element => !!n && n.nodeType === 1 && (n as Element).namespaceURI === MC_NS && (n as Element).localName === local;

/** The w:txbxContent elements under `e`, in document order (not inside a nested one). */
function textBoxContents(e: Element): Element[] {
  const out: Element[] = [];
  const walk = (n: Element) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType !== 1) continue;
      if (wName(c) === "txbxContent") out.push(c as Element);
      else walk(c as Element);
    }
  };
  walk(e);
  return out;
}

/** What a copy of a box must not repeat: comment anchors (one per comment) and bookmarks (unique names). */
const NOT_COPIED = new Set(["commentRangeStart", "commentRangeEnd", "bookmarkStart", "bookmarkEnd", "permStart", "permEnd"]);

/**
 * For every mc:AlternateContent whose mc:Choice holds `e`: each w:txbxContent of its
 * mc:Fallback becomes a copy of the Choice's one at the same place (the review's
 * revisions in it, under ids of their own; no comment anchors); a Fallback whose
 * boxes do not match the Choice's one for one is dropped instead.
 */
function updateFallbacks(e: Element, done: Set<Node>, freshId: () => number): void {
  for (let n: Node | null = e; n && n.parentNode; n = n.parentNode) {
    const alt = n.parentNode as Element;
    if (!isMc(n, "Choice") || !isMc(alt, "AlternateContent") || done.has(alt)) continue;
    done.add(alt);
    const boxes = textBoxContents(n as Element);
    for (let c = alt.firstChild; c; ) {
      const next: Node | null = c.nextSibling;
      if (isMc(c, "Fallback")) {
        const copies = textBoxContents(c);
        if (copies.length !== boxes.length) alt.removeChild(c);
        else copies.forEach((copy, i) => refill(copy, boxes[i], freshId));
      }
      c = next;
    }
  }
}

function refill(copy: Element, box: Element, freshId: () => number): void {
  while (copy.firstChild) copy.removeChild(copy.firstChild);
  for (let c = box.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 1) copy.appendChild((c as Element).cloneNode(true));
    else if (c instanceof XText) copy.appendChild(new XText(c.data));
  }
  const drop: Element[] = [];
  for (const x of copy.getElementsByTagNameNS(W_NS, "*")) {
    const name = x.localName;
    if (NOT_COPIED.has(name)) drop.push(x);
    // The comment's reference mark: drop its run.
    else if (name === "commentReference") drop.push(x.parentNode && wName(x.parentNode) === "r" ? (x.parentNode as Element) : x);
    else if (x.getAttribute("w:id") !== null) x.setAttribute("w:id", String(freshId()));
  }
  for (const x of drop) x.parentNode?.removeChild(x);
}

function firstW(e: Element, name: string): Element | undefined {
  for (let c = e.firstChild; c; c = c.nextSibling) if (wName(c) === name) return c as Element;
  return undefined;
}

function hasContentBefore(run: Element, node: Node): boolean {
  for (let c = run.firstChild; c && c !== node; c = c.nextSibling) if (c.nodeType === 1 && wName(c) !== "rPr") return true;
  return false;
}

function setText(e: Element, text: string): void {
  while (e.firstChild) e.removeChild(e.firstChild);
  e.appendChild(new XText(text));
}

function renameToDelText(d: Document, t: Element): void {
  const del = d.createElementNS(W_NS, "w:delText");
  del.setAttribute("xml:space", "preserve");
  while (t.firstChild) del.appendChild(t.firstChild);
  t.parentNode!.replaceChild(del, t);
}
