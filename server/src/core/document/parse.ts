/** Parses a draft into the document model (model.ts). Pure and deterministic. */
import type { DocumentModel, Enumerator, Heading, HeadingStyle, Paragraph, ParseOptions, Section, Sentence } from "./model";
import { matchHeading } from "./headings";
import { findEnumerators, NEXT_ORDINAL, resolveSpokenNext } from "./enumerators";
import { firstSentenceEnd, splitSentences } from "./sentences";
import { LineIndex, countChars, skipPadding, trimPaddingEnd, type Span } from "./text";
import { detach, LruCache, shiftSpan } from "./line-cache";
import { toAsciiDigits } from "../numerals";
import { PART_RANK, partTitles, signOffParagraph } from "./layout";
import { decimalRank } from "./headings";

const SALUTATION = /^(同志们|各位[^，。！？]{0,16}|尊敬的[^。！？]{0,40}|亲爱的[^。！？]{0,20}|女士们[^。！？]{0,16}|朋友们[^。！？]{0,16})[：:]$/;
const TITLE_MAX = 60;
const TITLE_LINES_MAX = 6;

/** What one line parses to on its own, offsets relative to the line's start. */
interface LineParse {
  span: Span;
  heading?: Omit<Heading, "level" | "line">;
  sentences: Span[];
  enumerators: Enumerator[];
}

// Lines are parsed on their own text and cached by it: an edit re-parses only the lines it touched.
const lineCache = new LruCache<LineParse | null>();

function parseLine(text: string): LineParse | null {
  const start = skipPadding(text, 0, text.length);
  const end = trimPaddingEnd(text, start, text.length);
  if (start >= end) return null;
  const span = { start, end };
  const sentences = splitSentences(text, start, end);
  const match = matchHeading(text.slice(start, end), start) ?? decoratedHeading(text, start, end);
  if (!match) return { span, sentences, enumerators: findEnumerators(text, span, 0) };
  const markdown = match.style === "markdown";
  const nameEnd = markdown ? end : firstSentenceEnd(text, match.textStart, end);
  const nameStart = markdown ? match.textStart : start;
  // `## 一、加强领导`: the numbering inside a Markdown heading counts like a plain heading's.
  const inner = markdown ? matchHeading(text.slice(match.textStart, end), match.textStart) : undefined;
  const numbered = inner?.token && inner.style !== "markdown" && inner.style !== "attachment" ? inner : undefined;
  return {
    span,
    heading: {
      style: match.style,
      rank: match.rank,
      token: numbered ? numbered.token : match.token,
      tokenStyle: numbered?.style,
      name: plainName(text.slice(nameStart, nameEnd)),
      nameSpan: { start: nameStart, end: nameEnd },
      runIn: skipPadding(text, nameEnd, end) < end,
    },
    sentences,
    // The body of a run-in heading is ordinary text: it holds enumerators too.
    enumerators: nameEnd < end ? findEnumerators(text, { start: nameEnd, end }, 0) : [],
  };
}

// Pasted from Markdown or a WeChat editor: **二、工作任务**, ▌三、保障措施.
const DECORATION = /^(?:\*\*|__|[▌■◆])[ \t\u3000]*/;

function decoratedHeading(text: string, start: number, end: number): ReturnType<typeof matchHeading> {
  const m = DECORATION.exec(text.slice(start, end));
  if (!m) return undefined;
  const match = matchHeading(text.slice(start + m[0].length, end), start + m[0].length);
  return match?.style === "markdown" ? undefined : match;
}

/** A heading's name without Markdown emphasis or code marks: `1. **坚持党的领导。**` reads 1. 坚持党的领导。 */
function plainName(name: string): string {
  if (!/[*_`▌■◆]/.test(name)) return name;
  const plain = name.replace(/^[▌■◆][ \t\u3000]*/, "").replace(/(\*\*|__|`)/g, "").replace(/(^|[^\w*])\*(?=\S)|(?<=\S)\*(?![\w*])/g, "$1").trim();
  return plain || name;
}

function cachedLine(text: string): LineParse | null {
  let r = lineCache.get(text);
  if (r === undefined) {
    const own = detach(text);
    lineCache.set(own, (r = parseLine(own)));
  }
  return r;
}

/**
 * Past this many UTF-16 units (20 MB of Chinese text, five times the default
 * lectern.maxDocumentSize) a text is no draft: nothing is parsed, so a pasted
 * archive costs its line index and one document.tooLarge, never gigabytes.
 */
export const MAX_PARSED_SIZE = 10_000_000;

export function parseDocument(text: string, options: ParseOptions = {}): DocumentModel {
  if (text.length > MAX_PARSED_SIZE) {
    const index = new LineIndex(text);
    return { ...parseDocument(""), text, index, paragraphOfLine: new Int32Array(index.lines.length).fill(-1), unparsed: true };
  }
  const index = new LineIndex(text);
  const paragraphs: Paragraph[] = [];
  const paragraphOfLine = new Int32Array(index.lines.length).fill(-1);
  const headings: Heading[] = [];
  const sentences: Sentence[] = [];
  const enumerators: Enumerator[] = [];

  const parsedLines = index.lines.map((line) => cachedLine(line.text));
  const bodyAfterAll = notHeadings(index.lines, parsedLines);
  for (const line of index.lines) {
    const parsed = parsedLines[line.index];
    if (!parsed) continue;
    // Fresh objects every parse: later steps set levels and kinds on them, the cache stays as parsed.
    const d = line.start;
    const span = shiftSpan(parsed.span, d);
    paragraphOfLine[line.index] = paragraphs.length;
    const level = options.headingLevels?.[line.index];
    const h = bodyAfterAll.has(line.index) ? undefined : parsed.heading ?? (level ? outlineHeading(parsed.span, line.text, level) : undefined);
    if (h) {
      const token = h.token && { ...h.token, span: shiftSpan(h.token.span, d), numeralSpan: shiftSpan(h.token.numeralSpan, d) };
      headings.push({ ...h, level: 0, line: line.index, token, nameSpan: shiftSpan(h.nameSpan, d) });
    }
    paragraphs.push({ kind: h ? "heading" : "body", line: line.index, span, text: text.slice(span.start, span.end) });
    for (const s of parsed.sentences) sentences.push({ span: shiftSpan(s, d), line: line.index });
    for (const e of parsed.enumerators) {
      enumerators.push({ ...e, line: line.index, span: shiftSpan(e.span, d), numeralSpan: shiftSpan(e.numeralSpan, d), nameSpan: shiftSpan(e.nameSpan, d), itemSpan: shiftSpan(e.itemSpan, d) });
    }
  }

  // `1 总则` is a heading only in a document that also numbers 1.1, 1.2 under it; alone, a
  // line opening with a number and a space is body text (a pasted table row, `3 号楼`).
  const topDecimal = decimalRank(1);
  if (!headings.some((h) => h.style === "decimal" && h.rank > topDecimal)) {
    for (let i = headings.length - 1; i >= 0; i--) {
      if (headings[i].style !== "decimal") continue;
      paragraphs[paragraphOfLine[headings[i].line]].kind = "body";
      headings.splice(i, 1);
    }
  }
  if (options.headingLevels) rankOutlineHeadings(headings, options.headingLevels);
  const { titleLines, salutationLine } = classifyOpening(paragraphs);
  const parts = partTitles(paragraphs, headings);
  for (const p of parts) {
    p.kind = "heading";
    headings.push({ style: "part", rank: PART_RANK, level: 0, line: p.line, name: p.text, nameSpan: { ...p.span }, runIn: false });
  }
  if (parts.length) headings.sort((a, b) => a.line - b.line);
  const signOff = signOffParagraph(paragraphs, headings, (line) => bodyAfterAll.has(line) || ATTACHMENT_LIST.test(paragraphs[paragraphOfLine[line]].text));
  const styles = assignLevels(headings);
  if (enumerators.some((e) => e.ordinal === NEXT_ORDINAL)) resolveSpokenNext(enumerators, headings.map((h) => h.line));
  const root = buildTree(text, index, headings, enumerators, signOff === undefined ? undefined : paragraphs[signOff].line);
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
    signOffLine: signOff === undefined ? undefined : paragraphs[signOff].line,
    styles,
    ...(options.paragraphNumbers ? { paragraphNumbers: options.paragraphNumbers } : {}),
  };
}

/** A line a word processor styles as a heading, with no numbering token: the whole line is its name. */
function outlineHeading(span: Span, lineText: string, level: number): Omit<Heading, "level" | "line"> {
  return { style: "outline", rank: level - 10, name: plainName(lineText.slice(span.start, span.end)), nameSpan: span, runIn: false };
}

/**
 * An unnumbered styled heading ranks with the numbered headings of its outline
 * level (Heading 1 holding 一、 elsewhere: a sibling of 一、), else above all
 * numbered headings, by level, like Markdown's #.
 */
function rankOutlineHeadings(headings: Heading[], levels: readonly (number | undefined)[]): void {
  const votes = new Map<number, Map<number, number>>();
  for (const h of headings) {
    const level = levels[h.line];
    if (h.style === "outline" || !level) continue;
    const byRank = votes.get(level) ?? new Map<number, number>();
    byRank.set(h.rank, (byRank.get(h.rank) ?? 0) + 1);
    votes.set(level, byRank);
  }
  const rankOf = new Map<number, number>();
  for (const [level, byRank] of votes) rankOf.set(level, [...byRank].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0]);
  for (const h of headings) {
    if (h.style !== "outline") continue;
    const level = levels[h.line]!;
    const own = rankOf.get(level);
    if (own !== undefined) {
      h.rank = own;
      continue;
    }
    // A level no numbered heading uses (Heading 3 under numbered Heading 2s) goes just below the nearest shallower one.
    let shallower: number | undefined;
    for (const l of rankOf.keys()) if (l < level && (shallower === undefined || l > shallower)) shallower = l;
    if (shallower !== undefined) h.rank = rankOf.get(shallower)! + 0.1 * (level - shallower);
  }
}

// 附件：1.工作方案 — the 附件说明 of GB/T 9704, whose list goes on over the next lines (2.任务分工表).
const ATTACHMENT_LIST = /^附件[ \t\u3000]*[：:][ \t\u3000]*([0-9０-９]{1,2})[.．、]/;
const TABLE_OF_CONTENTS = /^目[ \t\u3000]*录$/;
/** A 目录 entry's heading without its dot leader and page number. */
const entryKey = (name: string) => name.replace(/[\s.…·．_-]*[0-9０-９]*$/, "").replace(/\s/g, "");

/**
 * Lines that look like headings but are not: the rest of the 附件说明 list,
 * and the entries of a 目录 up to the heading that repeats its first entry
 * (the body starts there).
 */
function notHeadings(lines: LineIndex["lines"], parsed: (LineParse | null)[]): Set<number> {
  const out = new Set<number>();
  const body = (i: number) => lines[i].text.slice(parsed[i]!.span.start, parsed[i]!.span.end);
  let next: number | undefined;
  for (let i = 0; i < lines.length; i++) {
    const p = parsed[i];
    if (!p) continue;
    const m = ATTACHMENT_LIST.exec(body(i));
    if (m) {
      next = Number(toAsciiDigits(m[1])) + 1;
    } else if (next !== undefined && p.heading?.style === "arabic-dot" && p.heading.token?.number === next) {
      out.add(i);
      next++;
    } else next = undefined;
  }
  for (let i = 0; i < lines.length; i++) {
    if (!parsed[i] || !TABLE_OF_CONTENTS.test(body(i))) continue;
    const entries: number[] = [];
    for (let j = i + 1; j < lines.length; j++) {
      const h = parsed[j]?.heading;
      if (!h) continue;
      if (entries.length && entryKey(h.name) === entryKey(parsed[entries[0]]!.heading!.name)) {
        for (const e of entries) out.add(e);
        break;
      }
      entries.push(j);
    }
  }
  return out;
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
    styles.push(h.style);
  }
  return styles;
}

/** `signOffLine`: where the 落款 starts; the sections open above it end there (it is no section's text). */
function buildTree(text: string, index: LineIndex, headings: Heading[], enumerators: Enumerator[], signOffLine?: number): Section {
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
  let signedOff = signOffLine === undefined;
  for (const h of headings) {
    if (!signedOff && h.line > signOffLine!) {
      while (stack.length > 1) close(stack.pop()!, signOffLine!);
      signedOff = true;
    }
    while (stack.length > 1 && stack[stack.length - 1].heading!.rank >= h.rank) close(stack.pop()!, h.line);
    const parent = stack[stack.length - 1];
    const section: Section = { heading: h, parent, children: [], items: [], span: { start: lines[h.line].start, end: 0 }, chars: 0 };
    parent.children.push(section);
    stack.push(section);
  }
  while (stack.length > 1) close(stack.pop()!, signedOff ? lines.length : signOffLine!);

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
/** The classifier of a spoken ordinal (第三件事, 头一个): 件 or 个; 再一个 has none of its own. */
function classifierOf(e: Enumerator): "件" | "个" | undefined {
  if (e.family !== "di" || e.text.startsWith("再")) return undefined;
  return e.text.includes("件") ? "件" : e.text.includes("个") ? "个" : undefined;
}

/** An enumerator's form: its family, and for a spoken 第N the word after the numeral (第三呢, 第三个, 第三件事). */
function formOf(e: Enumerator): string {
  return e.family === "di" ? "di" + e.text.replace(/^第[一二三四五六七八九十]+/, "").replace(/[，,：:。]$/, "") : e.family;
}

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
    // 头一件…第二件…第三件事 and the 头一个…第二个 inside them are two lists: where a section
    // counts with both 件 and 个, each classifier counts its own (再一个 goes on with the last).
    const split = s.items.some((e) => classifierOf(e) === "件") && s.items.some((e) => classifierOf(e) === "个");
    let lastSpoken = "num";
    const spokenFamily = (e: Enumerator) => {
      const c = classifierOf(e);
      if (e.family === "di" && !c && e.text.startsWith("再")) return lastSpoken;
      const fam = c ? "num" + c : "num";
      if (e.family === "di") lastSpoken = fam;
      return fam;
    };
    // 第三件事… / 下一步，一是… / 二是… / 三是…: a list opened inside a paragraph may go on at the
    // starts of the next ones, in its own form, while an outer list of another form is open.
    let led: Enumerator[] | undefined;
    let last: Enumerator | undefined;
    const olderRuns: Enumerator[][] = [];
    for (const e of s.items) {
      const fam = e.family === "sequence" ? "seq" : e.family === "circled" ? "circled" : split ? spokenFamily(e) : "num";
      const lineKey = fam + ":" + e.line;
      const previous = last;
      last = e;
      if (e.paragraphStart) {
        const run = paragraphRun.get(fam);
        const tail = led?.[led.length - 1];
        const outerGoesOn = !!run && run[run.length - 1].family === e.family && run[run.length - 1].ordinal === e.ordinal - 1;
        // (It may skip one, 一是…二是…四是, or say one again, 一是…二是… / 二是…: that list with a gap or a duplicate.)
        if (led && tail === previous && tail!.family === e.family && e.ordinal >= tail!.ordinal && e.ordinal - tail!.ordinal <= 2 && !outerGoesOn) {
          led.push(e);
          continue;
        }
        led = undefined;
        // 第二个事，说说问题。/ 一是… / 二是… / 第三个事，…: an item of another form that goes on from an earlier
        // run of its own form (第二个事 → 第三个事) returns to that run, not the 一是 list opened between.
        // (第三呢 / 第一个…第二个…第四个 / 第四呢: 第N呢 and 第N个 are two forms of 第N as well.)
        const resumed = run && formOf(run[run.length - 1]) !== formOf(e) && e.ordinal > 1 ? olderRuns.find((r) => formOf(r[r.length - 1]) === formOf(e) && r[r.length - 1].ordinal === e.ordinal - 1) : undefined;
        if (resumed) {
          resumed.push(e);
          olderRuns.push(run!);
          paragraphRun.set(fam, resumed);
          continue;
        }
        if (run && e.ordinal === 1) olderRuns.push(run);
        if (!run || e.ordinal === 1) start(paragraphRun, fam, e);
        else run.push(e);
        continue;
      }
      // Inside a paragraph: 一 opens a run of its own (三件大事：一是…，二是…); a later
      // ordinal continues that run, or else the paragraph-level run (一是A，二是B).
      const inline = lineRun.get(lineKey);
      const outer = paragraphRun.get(fam);
      // …一是A。 / 二是B。…二是C。 / 三是D。: a paragraph that went on with the led list at its start goes on with it inside.
      const tail = led?.[led.length - 1];
      if (led && tail === previous && tail!.paragraphStart && tail!.line === e.line && tail!.family === e.family && !inline && e.ordinal >= tail!.ordinal && e.ordinal - tail!.ordinal <= 2) {
        led.push(e);
        continue;
      }
      if (e.ordinal === 1) {
        start(lineRun, lineKey, e);
        led = e.family === "shi" || e.family === "yao" ? lineRun.get(lineKey) : undefined;
      } else if (inline) inline.push(e);
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
