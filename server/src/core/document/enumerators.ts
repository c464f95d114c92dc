/** Inline enumerators inside paragraphs: 一是/二是, 一要/二要, 第一，第二, 首先/其次/再次/最后. */
import type { Enumerator, EnumeratorFamily } from "./model";
import { CIRCLED_CHARS, parseChineseNumeral, parseCircled } from "../numerals";
import type { Span } from "./text";
import { isPadding } from "./text";

const SEQUENCE: Record<string, number> = { 首先: 1, 其次: 2, 再次: 3, 最后: -1 };

// Where a numbered enumerator may open a clause: after these, or at the paragraph start.
// 一是 often follows a comma or colon inside a sentence (三件大事：一是…，二是…).
const CLAUSE_BOUNDARY = "。！？；：，!?;:,”";
// 第一/首先 only open sentences: 首先要… after a comma is ordinary prose.
const SENTENCE_BOUNDARY = "。！？；：!?;:";

const NUMERAL_CODES = new Set([..."一二三四五六七八九十"].map((c) => c.charCodeAt(0)));
const SEQ_FIRST_CODES = new Set([..."首其再最"].map((c) => c.charCodeAt(0)));
const DI = "第".charCodeAt(0);
const CIRCLED_CODES = new Set([...CIRCLED_CHARS].map((c) => c.charCodeAt(0)));

const NUMBERED = /([一二三四五六七八九十]{1,3})(是|要)/y;
const ONE = "一".charCodeAt(0);
// Characters that make 一 part of a word (统一是, 唯一是, 第一是, 之一是, 星期一要): never an enumerator.
const WORD_WITH_ONE = "统唯同单万第之专归划合如逐不其纯均初周期礼十百千零〇两几";
// 第三、四季度, 第二、三项议程: a 第N、 with a numeral after the 顿号 lists ordinals, it is no enumerator.
// Spoken ordinals (第一呢，第一个，第二点：) take a classifier or a particle before the comma.
// 先说第一件事。: a matter named alone as its own sentence is numbered too.
// (第一个关键词，责任。第二个，感恩。: a word of what is counted may follow the classifier of the first.)
const ORDINAL = /第([一二三四五六七八九十]{1,3})((?:个事儿|件事儿|个事|件事|个方面|个(?:关键词|词|字|问题|要求|希望|建议|体会|感受|任务|重点)?|件|点)?(?:呢|啊|嘛)?)([，,：:]|、(?![一二三四五六七八九十])|(?<=事儿?|事儿?[呢啊嘛])。)/y;
/** 先说第一个。: after 先说/再说, an ordinal and its classifier ending the sentence. */
const LED_ORDINAL = /第([一二三四五六七八九十]{1,3})((?:个方面|个|件|点)(?:呢|啊|嘛)?)(?=。)/y;
// 头一件事，头一个呢，: the spoken first item; 再一个，再一点呢，: the spoken next one (its ordinal follows the last).
const SPOKEN_FIRST = /头一(?:个|件事|件|点|条)(?:呢|啊|嘛)?(?=[，,：:])/y;
// 先说头一件，再说第二件，: a spoken ordinal may follow 先说/再说/接着讲 at the sentence start.
const SPOKEN_LEAD = /(?:先|再|接着|然后|下面|最后)(?:说|讲|谈)$/;
const SPOKEN_NEXT = /再一(?:个|点|条)(?:呢|啊|嘛)?(?=[，,：:])/y;
const HEAD = "头".charCodeAt(0);
const AGAIN = "再".charCodeAt(0);
const SEQ = /(首先|其次|再次|最后)(?:啊|呢|嘛)?([，,：:])/y;
const PARA_SEQ = /(首先|其次|再次)(?=要|得|必须|一定要)/y;

/**
 * The ordinal of 再一个: the next after the enumerator before it, set once the
 * document's enumerators are known (resolveSpokenNext).
 */
export const NEXT_ORDINAL = 0;

/** 一是一、二是二: a numeral, 是, the same numeral again, then a break (一是一些地方… is an item). */
function isIdiom(text: string, m: RegExpExecArray): boolean {
  const end = m.index + m[0].length;
  return m[2] === "是" && text.startsWith(m[1], end) && /^(?:$|[、，,；;。！!？?\s”])/.test(text.slice(end + m[1].length, end + m[1].length + 1));
}

/**
 * 第一呢…第二…再一个，: each 再一个 takes the ordinal after the 第N before it in
 * the same section (no heading between); one with none before it, or one the next 第N
 * numbers past (第二…再一个…第三), is no enumerator.
 */
export function resolveSpokenNext(enumerators: Enumerator[], headingLines: number[]): void {
  let last: Enumerator | undefined;
  for (let k = 0; k < enumerators.length; k++) {
    const e = enumerators[k];
    if (last && headingLines.some((h) => h > last!.line && h <= e.line)) last = undefined;
    if (e.family === "di" && e.ordinal === NEXT_ORDINAL) {
      // 第二个呢…再一个，…第三个呢: the next 第N goes on as if 再一个 were not there, so it is
      // a point inside the item before, not an item (第一呢…再一个…第三个 is one that fills 第二).
      const next = enumerators.slice(k + 1).find((n) => n.family === "di" && n.ordinal !== NEXT_ORDINAL);
      const sameSection = next && !headingLines.some((h) => h > e.line && h <= next.line);
      if (!last || last.ordinal < 1 || (sameSection && next.ordinal === last.ordinal + 1)) {
        enumerators.splice(k--, 1);
        continue;
      }
      e.ordinal = last.ordinal + 1;
    }
    if (e.family === "di") last = e;
  }
}

/** 先说头一件, 再说第二件: a spoken lead that opens its sentence, right before the ordinal. */
function afterSpokenLead(text: string, pos: number, paraStart: number): boolean {
  const m = SPOKEN_LEAD.exec(text.slice(Math.max(paraStart, pos - 4), pos));
  return !!m && boundaryBefore(text, pos - m[0].length, paraStart, SENTENCE_BOUNDARY);
}

function spokenLeadAtStart(text: string, pos: number, paraStart: number): boolean {
  const m = SPOKEN_LEAD.exec(text.slice(Math.max(paraStart, pos - 4), pos));
  return !!m && boundaryBefore(text, pos - m[0].length, paraStart, "");
}

function boundaryBefore(text: string, pos: number, paraStart: number, set: string): boolean {
  let i = pos - 1;
  while (i >= paraStart && isPadding(text.charCodeAt(i))) i--;
  return i < paraStart || set.includes(text[i]);
}

/** - 一是…, * 二是…: a Markdown list item's marker is all that stands before `pos` in its paragraph. */
function afterListMarker(text: string, pos: number, paraStart: number): boolean {
  return pos - paraStart <= 4 && /^\s*[-*+]\s+$/.test(text.slice(paraStart, pos));
}

/** Finds enumerators in the paragraph `text[para.start, para.end)`. */
export function findEnumerators(text: string, para: Span, line: number): Enumerator[] {
  let found: Omit<Enumerator, "itemSpan" | "name" | "nameSpan">[] = [];
  /** Indexes in `found` of a 一是/一要 right after a word, kept only if the run continues it. */
  const attached = new Set<number>();
  for (let i = para.start; i < para.end; i++) {
    const code = text.charCodeAt(i);
    // Most characters open nothing: test the code before anything else.
    if (!NUMERAL_CODES.has(code) && code !== DI && !SEQ_FIRST_CODES.has(code) && !CIRCLED_CODES.has(code) && code !== HEAD) continue;
    let family: EnumeratorFamily | undefined;
    let m: RegExpExecArray | null = null;
    let ordinal = 0;
    let numeral = "";
    let numeralStart = i;
    let spoken = "";
    if (CIRCLED_CODES.has(code)) {
      // Inside a paragraph after a clause boundary (主要有：①…；②…); at its start ① is a heading, and
      // after a word it is a footnote mark (……的论述①。).
      // `text` is the paragraph's line: the body of a run-in heading (（1）深化改革。①…) starts after its name.
      if (boundaryBefore(text, i, 0, "") || !boundaryBefore(text, i, 0, CLAUSE_BOUNDARY)) continue;
      family = "circled";
      ordinal = parseCircled(text[i])!;
      numeral = text[i];
    } else if (NUMERAL_CODES.has(code) && (boundaryBefore(text, i, para.start, CLAUSE_BOUNDARY) || afterListMarker(text, i, para.start))) {
      NUMBERED.lastIndex = i;
      m = NUMBERED.exec(text);
      // 一是一、二是二: the idiom, not an item.
      if (m && m.index + m[0].length <= para.end && !isIdiom(text, m)) {
        const n = parseChineseNumeral(m[1]);
        if (n) {
          family = m[2] === "是" ? "shi" : "yao";
          ordinal = n;
          numeral = m[1];
        }
      }
    } else if (code === ONE && !WORD_WITH_ONE.includes(text[i - 1])) {
      // 我们将一是…，二是…；要一要…二要…: a 一是 right after a word is the first item only if
      // the run goes on from it (checked below, once the paragraph's enumerators are known).
      NUMBERED.lastIndex = i;
      m = NUMBERED.exec(text);
      if (m && m[1] === "一" && m.index + m[0].length <= para.end && !isIdiom(text, m)) {
        family = m[2] === "是" ? "shi" : "yao";
        ordinal = 1;
        numeral = m[1];
        attached.add(found.length);
      }
    } else if (code === DI && (boundaryBefore(text, i, para.start, SENTENCE_BOUNDARY) || afterSpokenLead(text, i, para.start))) {
      ORDINAL.lastIndex = i;
      m = ORDINAL.exec(text);
      // 先说第一个。再说第二个，: after a spoken lead, an ordinal with its classifier may end its sentence.
      if (!m && afterSpokenLead(text, i, para.start)) {
        LED_ORDINAL.lastIndex = i;
        m = LED_ORDINAL.exec(text);
      }
      const n = m ? parseChineseNumeral(m[1]) : undefined;
      if (m && n && m.index + m[0].length <= para.end) {
        family = "di";
        ordinal = n;
        numeral = m[1];
        numeralStart = i + 1;
        spoken = m[2];
      }
    } else if (code === HEAD && (boundaryBefore(text, i, para.start, SENTENCE_BOUNDARY) || afterSpokenLead(text, i, para.start))) {
      SPOKEN_FIRST.lastIndex = i;
      m = SPOKEN_FIRST.exec(text);
      if (m && m.index + m[0].length <= para.end) {
        family = "di";
        ordinal = 1;
        numeral = "一";
        numeralStart = i + 1;
      }
    } else if (SEQ_FIRST_CODES.has(code) && boundaryBefore(text, i, para.start, SENTENCE_BOUNDARY)) {
      SEQ.lastIndex = i;
      m = SEQ.exec(text);
      // 首先要算好政治账。 opening a paragraph or a sentence opens a list as 首先， does (not after a comma: that is prose).
      if (!m && boundaryBefore(text, i, para.start, "。！？!?")) {
        PARA_SEQ.lastIndex = i;
        m = PARA_SEQ.exec(text);
      }
      if (m && m.index + m[0].length <= para.end) {
        family = "sequence";
        ordinal = SEQUENCE[m[1]];
        numeral = m[1];
      } else if (code === AGAIN) {
        SPOKEN_NEXT.lastIndex = i;
        m = SPOKEN_NEXT.exec(text);
        if (m && m.index + m[0].length <= para.end) {
          family = "di";
          ordinal = NEXT_ORDINAL;
          numeral = "一";
          numeralStart = i + 1;
        }
      }
    }
    if (!family) continue;
    const tokenText = family === "di" ? (code === DI ? "第" + numeral + spoken : m![0]) : family === "sequence" || family === "circled" ? numeral : m![0];
    found.push({
      family,
      ordinal,
      text: tokenText,
      numeral,
      numeralSpan: { start: numeralStart, end: numeralStart + numeral.length },
      span: { start: i, end: i + tokenText.length },
      line,
      // 先说头一件，… at the paragraph start opens the paragraph like 头一件 would.
      // (- 一是举办“消防开放日”: a Markdown list item's marker stands before it.)
      paragraphStart: boundaryBefore(text, i, para.start, "") || afterListMarker(text, i, para.start) || (family === "di" && spokenLeadAtStart(text, i, para.start)),
    });
    i += tokenText.length - 1;
  }
  // 党员同志一是要带头…: after a noun of people, 一是要 opens a list even when the writer never goes on (a lone 一是).
  if (attached.size) found = found.filter((e, k) => !attached.has(k) || continuesAttached(found, k, attached) || (e.family === "shi" && PEOPLE_BEFORE.test(text.slice(Math.max(para.start, e.span.start - 6), e.span.start)) && text.startsWith("要", e.span.end)));
  return found.map((e, k) => {
    const itemEnd = k + 1 < found.length ? trimEnd(text, e.span.start, found[k + 1].span.start) : para.end;
    // 第二，/其次， open a sentence whose point follows the comma: their name runs to the sentence end.
    const nameEnd = clauseEnd(text, e.span.start, itemEnd, e.paragraphStart || e.family === "di" || e.family === "sequence");
    return { ...e, itemSpan: { start: e.span.start, end: itemEnd }, nameSpan: { start: e.span.start, end: nameEnd }, name: text.slice(e.span.start, nameEnd) };
  });
}

/** 党员同志, 大家, 各位园长, 班子成员: the people a 一是要 list is addressed to. */
const PEOPLE_BEFORE = /(?:同志|党员|干部|同学|们|大家|各位[\u4e00-\u9fff]{1,4}|[园校院局所站馆队组行社]长|书记|主任|成员|老师)$/;

/**
 * A 一是 after a word opens a run when the next enumerator is 二是 or 三是 (same form) at a clause
 * boundary and no enumerator of its form comes before it in the paragraph: 将一是…，二是….
 */
function continuesAttached(found: Omit<Enumerator, "itemSpan" | "name" | "nameSpan">[], k: number, attached: Set<number>): boolean {
  const e = found[k];
  const next = found[k + 1];
  // (社区一是…；三是…: a run that skips 二是 still goes on from it, and the gap is the slip.)
  if (!next || attached.has(k + 1) || next.family !== e.family || (next.ordinal !== 2 && next.ordinal !== 3)) return false;
  return !found.slice(0, k).some((x) => x.family === e.family);
}

function trimEnd(text: string, from: number, to: number): number {
  let j = to;
  while (j > from && isPadding(text.charCodeAt(j - 1))) j--;
  return j;
}

/** The item's lead: its first sentence when it opens a paragraph, else its first clause. */
function clauseEnd(text: string, from: number, to: number, paragraphStart: boolean): number {
  const stops = paragraphStart ? "。！？；!?;" : "。！？；，!?;,";
  let depth = 0;
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (ch === "“" || ch === "‘") depth++;
    else if (ch === "”" || ch === "’") depth = Math.max(0, depth - 1);
    else if (depth === 0 && stops.includes(ch)) return i + 1;
  }
  return to;
}
