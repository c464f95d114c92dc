/** Parses a draft into the document model (model.ts). Pure and deterministic. */
import type { DocumentModel, Enumerator, Heading, HeadingStyle, Paragraph, Section, Sentence } from "./model";
import { GB_STYLE_ORDER } from "./model";
import { matchHeading } from "./headings";
import { findEnumerators } from "./enumerators";
import { firstSentenceEnd, splitSentences } from "./sentences";
import { LineIndex, countChars, skipPadding, trimPaddingEnd } from "./text";

const SALUTATION = /^(同志们|各位[^，。！？]{0,16}|尊敬的[^。！？]{0,40}|亲爱的[^。！？]{0,20}|女士们[^。！？]{0,16}|朋友们[^。！？]{0,16})[：:]$/;
const TITLE_MAX = 60;
const TITLE_LINES_MAX = 6;

export function parseDocument(text: string): DocumentModel {
  const index = new LineIndex(text);
  const paragraphs: Paragraph[] = [];
  const paragraphOfLine = new Int32Array(index.lines.length).fill(-1);
  const headings: Heading[] = [];
  const sentences: Sentence[] = [];
  const enumerators: Enumerator[] = [];

  for (const line of index.lines) {
    const start = skipPadding(text, line.start, line.end);
    const end = trimPaddingEnd(text, start, line.end);
    if (start >= end) continue;
    const rest = text.slice(start, end);
    const span = { start, end };
    paragraphOfLine[line.index] = paragraphs.length;
    const match = matchHeading(rest, start);
    if (match) {
      const nameEnd = match.style === "markdown" ? end : firstSentenceEnd(text, match.textStart, end);
      const nameStart = match.style === "markdown" ? match.textStart : start;
      headings.push({
        style: match.style,
        rank: match.rank,
        level: 0,
        line: line.index,
        token: match.token,
        name: text.slice(nameStart, nameEnd),
        nameSpan: { start: nameStart, end: nameEnd },
        runIn: skipPadding(text, nameEnd, end) < end,
      });
      paragraphs.push({ kind: "heading", line: line.index, span, text: rest });
      // The body of a run-in heading is ordinary text: it holds sentences and enumerators.
      for (const s of splitSentences(text, start, end)) sentences.push({ span: s, line: line.index });
      if (nameEnd < end) enumerators.push(...findEnumerators(text, { start: nameEnd, end }, line.index));
      continue;
    }
    paragraphs.push({ kind: "body", line: line.index, span, text: rest });
    for (const s of splitSentences(text, start, end)) sentences.push({ span: s, line: line.index });
    enumerators.push(...findEnumerators(text, span, line.index));
  }

  const { titleLines, salutationLine } = classifyOpening(paragraphs);
  const styles = assignLevels(headings);
  const root = buildTree(text, index, headings, enumerators);
  return {
    text,
    index,
    paragraphs,
    paragraphOfLine,
    sentences,
    headings,
    enumerators,
    enumeratorRuns: groupRuns(enumerators, root),
    root,
    titleLines,
    salutationLine,
    styles,
  };
}

/** Marks the title block (short unpunctuated lines at the top) and the salutation. */
function classifyOpening(paragraphs: Paragraph[]): { titleLines: number[]; salutationLine?: number } {
  const titleLines: number[] = [];
  let salutationLine: number | undefined;
  let i = 0;
  for (; i < paragraphs.length && i < TITLE_LINES_MAX; i++) {
    const p = paragraphs[i];
    if (p.kind !== "body" || SALUTATION.test(p.text) || p.text.length > TITLE_MAX || /[。！？；：:]$/.test(p.text)) break;
    p.kind = "title";
    titleLines.push(p.line);
  }
  // A lone short line followed directly by body text is a title only if it is not the whole document.
  if (titleLines.length && i >= paragraphs.length) {
    for (const p of paragraphs) if (p.kind === "title") p.kind = "body";
    titleLines.length = 0;
    i = 0;
  }
  for (let k = i; k < paragraphs.length && k < i + 3; k++) {
    const p = paragraphs[k];
    if (p.kind === "heading") break;
    if (SALUTATION.test(p.text)) {
      p.kind = "salutation";
      salutationLine = p.line;
      break;
    }
  }
  return { titleLines, salutationLine };
}

/** Levels follow the GB/T 9704 order of the styles present, so a skipped level still nests. */
function assignLevels(headings: Heading[]): HeadingStyle[] {
  const ranks = [...new Set(headings.map((h) => h.rank))].sort((a, b) => a - b);
  for (const h of headings) h.level = ranks.indexOf(h.rank) + 1;
  const styles: HeadingStyle[] = [];
  for (const r of ranks) {
    const h = headings.find((x) => x.rank === r)!;
    styles.push(h.style === "markdown" ? "markdown" : GB_STYLE_ORDER[r]);
  }
  return styles;
}

function buildTree(text: string, index: LineIndex, headings: Heading[], enumerators: Enumerator[]): Section {
  const lines = index.lines;
  // Prefix sums of readable characters per line, for section lengths.
  const prefix = new Float64Array(lines.length + 1);
  for (let i = 0; i < lines.length; i++) prefix[i + 1] = prefix[i] + countChars(lines[i].text);

  const root: Section = { children: [], items: [], span: { start: 0, end: text.length }, chars: prefix[lines.length] };
  const stack: Section[] = [root];
  const close = (s: Section, nextLine: number) => {
    let last = nextLine - 1;
    while (last > s.heading!.line && lines[last].text.trim() === "") last--;
    s.span.end = lines[last].end;
    s.chars = prefix[last + 1] - prefix[s.heading!.line];
  };
  for (const h of headings) {
    while (stack.length > 1 && stack[stack.length - 1].heading!.rank >= h.rank) close(stack.pop()!, h.line);
    const parent = stack[stack.length - 1];
    const section: Section = { heading: h, parent, children: [], items: [], span: { start: lines[h.line].start, end: 0 }, chars: 0 };
    parent.children.push(section);
    stack.push(section);
  }
  while (stack.length > 1) close(stack.pop()!, lines.length);

  // Each enumerator belongs to the deepest section that contains it.
  let e = 0;
  const visit = (s: Section, until: number) => {
    for (const child of s.children) {
      const childStart = child.span.start;
      while (e < enumerators.length && enumerators[e].span.start < childStart) s.items.push(enumerators[e++]);
      visit(child, child.span.end);
    }
    while (e < enumerators.length && enumerators[e].span.start < until) s.items.push(enumerators[e++]);
  };
  visit(root, text.length + 1);
  return root;
}

/**
 * Groups enumerators that count together. Paragraph-opening enumerators of a
 * section form one run; enumerators inside a paragraph form a run of their own.
 * A run restarts at 一 (or 首先); 首先/其次/最后 never mix with numbered forms.
 */
function groupRuns(enumerators: Enumerator[], root: Section): Enumerator[][] {
  const runs: Enumerator[][] = [];
  const visit = (s: Section) => {
    const paragraphRun = new Map<string, Enumerator[]>();
    const lineRun = new Map<string, Enumerator[]>();
    const start = (map: Map<string, Enumerator[]>, key: string, e: Enumerator) => {
      const run = [e];
      map.set(key, run);
      runs.push(run);
    };
    for (const e of s.items) {
      const fam = e.family === "sequence" ? "seq" : "num";
      const lineKey = fam + ":" + e.line;
      if (e.paragraphStart) {
        const run = paragraphRun.get(fam);
        if (!run || e.ordinal === 1) start(paragraphRun, fam, e);
        else run.push(e);
        continue;
      }
      // Inside a paragraph: 一 opens a run of its own (三件大事：一是…，二是…); a later
      // ordinal continues that run, or else the paragraph-level run (一是A，二是B).
      const inline = lineRun.get(lineKey);
      const outer = paragraphRun.get(fam);
      if (e.ordinal === 1) start(lineRun, lineKey, e);
      else if (inline) inline.push(e);
      else if (outer) outer.push(e);
      else start(lineRun, lineKey, e);
    }
    s.children.forEach(visit);
  };
  visit(root);
  for (const run of runs) run.sort((a, b) => a.span.start - b.span.start);
  runs.sort((a, b) => a[0].span.start - b[0].span.start);
  return runs;
}
