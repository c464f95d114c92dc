/**
 * Near misses of a formulation: one character missing, extra, swapped or
 * replaced. Candidates come from three-character seeds (a form's first and last
 * three characters: one edit in a form of ≥ 7 characters leaves one of them
 * intact; forms of six are seeded for their one exception too), so the scan is
 * one bit read per text position, whatever the pack, and a map look-up where a
 * seed may start.
 */
import { pairKey, seedBitOf } from "./pair-key";
import { charReadings } from "./char-readings";
import { isSegmenterLoaded, segment } from "../segmenter";
import type { Span } from "../document/text";
import type { Form, SloganIndex } from "./pack";
import type { SloganMatch } from "./scan";

/** partsSwapped: two one-character parts after the same head exchanged (做优做强做大 for 做强做优做大). */
export type TypoKind = "missing" | "extra" | "swapped" | "replaced" | "partsSwapped";

export interface Typo extends Span {
  form: Form;
  kind: TypoKind;
  /** Index into the form of the edit (the missing or replaced character, the first of a swapped pair), or into the window for an extra one. */
  at: number;
  /** Whether the edit touches the first or last character (less certain, ranked after interior edits). */
  edge: boolean;
}

/**
 * Characters an official text often inserts inside a formulation without changing it (全面建成了小康社会, 严管和厚爱(相)结合),
 * and 等, which closes a list inside one (乡村教师生活补助等政策).
 */
const INSERTABLE = new Set("了着过的地得之和与及相等");
/** 党政机关要习惯过紧日子 quoted as 落实党政机关习惯过紧日子要求: the modal 要 of a pledge drops when it is named, not a slip (要务, 要求 are words). */
const isModalYao = (form: string, at: number) => form[at] === "要" && at > 0 && !/[务求素害点件义职津冲]/.test(form[at + 1] ?? "");
/** Complements writers put after a formulation's verb: 统筹好发展和安全, 守住…底线, 巩固拓展好…成果. */
const VERB_COMPLEMENTS = new Set("好住牢");
/** 走 before the 道路 of a formulation: 坚持走中国特色社会主义道路 and 坚持中国特色社会主义道路 are both written. */
function isOptionalWalk(form: string, at: number): boolean {
  return form[at] === "走" && form.slice(at + 1).includes("道路");
}

/** A missing or extra character is only safe to call a slip in a form of at least this many characters. */
const MISSING_OR_EXTRA_MIN = 7;

export function isIdeograph(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
}

const readings = new Map<string, string[]>();
function readingsOf(ch: string): string[] {
  let r = readings.get(ch);
  if (!r) {
    r = charReadings(ch);
    readings.set(ch, r);
  }
  return r;
}

/** Same syllable ignoring tone (领到/领导): what an input method slip looks like. */
export function isHomophone(a: string, b: string): boolean {
  const rb = readingsOf(b);
  return readingsOf(a).some((r) => /^[a-zü]+$/.test(r) && rb.includes(r));
}

/**
 * Readings that differ only where input methods and dialects blur them
 * (in/ing, en/eng, an/ang, z/zh, c/ch, s/sh, l/n): 自性 for 自信.
 */
export function isNearHomophone(a: string, b: string): boolean {
  const rb = blurredOf(b);
  return blurredOf(a).some((r) => rb.includes(r));
}

/** A character's readings with the blurred sounds merged, read once per character (the typo scan asks often). */
const blurred = new Map<string, string[]>();
function blurredOf(ch: string): string[] {
  let r = blurred.get(ch);
  if (!r) {
    r = readingsOf(ch).filter((x) => /^[a-zü]+$/.test(x)).map((x) => x.replace(/^([zcs])h/, "$1").replace(/^n/, "l").replace(/ng$/, "n"));
    blurred.set(ch, r);
  }
  return r;
}

interface Edit {
  kind: TypoKind;
  at: number;
}

/** The single edit that turns form `f` into `text[s, s+m)`, if there is exactly one. */
export function classifyEdit(text: string, s: number, m: number, f: string): Edit | undefined {
  const n = f.length;
  const lim = Math.min(m, n);
  let p = 0;
  while (p < lim && text.charCodeAt(s + p) === f.charCodeAt(p)) p++;
  if (m === n) {
    if (p === n) return undefined;
    let q = n - 1;
    while (q > p && text.charCodeAt(s + q) === f.charCodeAt(q)) q--;
    if (q === p) return { kind: "replaced", at: p };
    if (q === p + 1 && text.charCodeAt(s + p) === f.charCodeAt(p + 1) && text.charCodeAt(s + p + 1) === f.charCodeAt(p)) return { kind: "swapped", at: p };
    // Two adjacent parts of a run of three or more with one head exchanged inside the word: 做优做强做大
    // for 做强做优做大 (the parts 强, 优, 大 after the head 做). A pair alone (国资国企, 检查检验) is
    // written either way too often to call. `at` is the first exchanged part's head.
    if (
      q === p + 2 &&
      p > 0 &&
      f.charCodeAt(p - 1) === f.charCodeAt(p + 1) &&
      (f.charCodeAt(p + 3) === f.charCodeAt(p + 1) || (p >= 3 && f.charCodeAt(p - 3) === f.charCodeAt(p + 1))) &&
      text.charCodeAt(s + p + 1) === f.charCodeAt(p + 1) &&
      text.charCodeAt(s + p) === f.charCodeAt(p + 2) &&
      text.charCodeAt(s + p + 2) === f.charCodeAt(p)
    )
      return { kind: "partsSwapped", at: p - 1 };
    return undefined;
  }
  if (m === n - 1) {
    for (let k = p; k < m; k++) if (text.charCodeAt(s + k) !== f.charCodeAt(k + 1)) return undefined;
    return { kind: "missing", at: p };
  }
  if (m === n + 1) {
    for (let k = p; k < n; k++) if (text.charCodeAt(s + k + 1) !== f.charCodeAt(k)) return undefined;
    return { kind: "extra", at: p };
  }
  return undefined;
}

/** The text span an edit touches (zero-width at the gap for a missing character). */
function editSpan(s: number, e: Edit): Span {
  switch (e.kind) {
    case "missing":
      return { start: s + e.at, end: s + e.at };
    case "swapped":
      return { start: s + e.at, end: s + e.at + 2 };
    case "partsSwapped":
      return { start: s + e.at, end: s + e.at + 4 };
    default:
      return { start: s + e.at, end: s + e.at + 1 };
  }
}

/**
 * A form's first (or last) character missing next to another ideograph reads
 * either as a missing character (做到|帜鲜明讲政治) or as a replaced one inside a
 * word (社会主义文化|强省). Only the first is a typo: the segmenter tells
 * whether the text breaks into words exactly at the window's edge.
 */
function isWordBreak(text: string, at: number): boolean {
  const from = Math.max(0, at - 4);
  const to = Math.min(text.length, at + 4);
  let pos = from;
  for (const w of segment(text.slice(from, to), from)) {
    if (w.start === at) return true;
    if (w.start > at) return false;
    pos = w.end;
  }
  return pos === at;
}

const oneCharacterFirst = new Map<string, boolean>();
/** True when the form's first word, as the segmenter reads the form alone, is one character (党关于…). */
function firstWordIsOneCharacter(form: string): boolean {
  let r = oneCharacterFirst.get(form);
  if (r === undefined) {
    const first = segment(form, 0)[0];
    r = !!first && first.end - first.start === 1;
    oneCharacterFirst.set(form, r);
  }
  return r;
}

/** True when the segmenter leaves the character at `at` as a word of its own within the window. */
function isSingleCharWord(text: string, s: number, m: number, at: number): boolean {
  return segment(text.slice(s, s + m), s).some((w) => w.start === at && w.end === at + 1);
}

/**
 * Whether the edit is plausible as a slip rather than another correct phrase.
 * Cases that need the segmenter are rejected when it may not be used (the fast
 * phase before it has loaded); the full phase that follows decides them.
 */
function acceptable(text: string, s: number, m: number, entry: Form, e: Edit, canSegment: boolean): boolean {
  const form = entry.form;
  const n = form.length;
  switch (e.kind) {
    case "extra": {
      const ch = text.charCodeAt(s + e.at);
      // At either end an "extra" character is just the next word; inside, it must not make a word with
      // its neighbours (现代|文化|产业体系 is another correct phrase, not 现代化产业体系 with a slip).
      if (n < MISSING_OR_EXTRA_MIN || e.at === 0 || e.at >= n || !isIdeograph(ch) || INSERTABLE.has(text[s + e.at]) || VERB_COMPLEMENTS.has(text[s + e.at])) return false;
      if (text[s + e.at] === "走" && form.slice(e.at).includes("道路")) return false;
      return canSegment && isSingleCharWord(text, s, m, s + e.at);
    }
    case "swapped":
      return isIdeograph(text.charCodeAt(s + e.at)) && isIdeograph(text.charCodeAt(s + e.at + 1));
    case "partsSwapped":
      return [0, 1, 2, 3].every((k) => isIdeograph(text.charCodeAt(s + e.at + k)));
    case "replaced": {
      // Only a homophone (领到/领导) is an input-method slip; another character usually makes another
      // correct phrase (法律体系/法治体系, 建成/建设, 治国/治县).
      const got = text[s + e.at];
      const want = form[e.at];
      // 决不能 and 绝不能 are both standard (发展绝不能以牺牲安全为代价): not a slip either way.
      if (form[e.at + 1] === "不" && ((got === "绝" && want === "决") || (got === "决" && want === "绝"))) return false;
      // In a strict formulation every character counts (以习近平同志为中心的党中央), whatever its sound.
      return isIdeograph(got.charCodeAt(0)) && isIdeograph(want.charCodeAt(0)) && (isHomophone(got, want) || isNearHomophone(got, want) || (!!entry.slogan.strict && e.at > 0 && (e.at < n - 1 || closesClause(text, s + n))));
    }
    case "missing": {
      // 中国式现代化 without 式 is 中国现代化, a phrase of its own: short forms lose a character too easily.
      // A dropped particle (中华民族伟大复兴中国梦) is a variant, not a slip — except in a strict form,
      // where every character counts (以习近平同志为核心的党中央).
      if (n < MISSING_OR_EXTRA_MIN || !isIdeograph(form.charCodeAt(e.at)) || (INSERTABLE.has(form[e.at]) && !entry.slogan.strict)) return false;
      // A verb's complement in the form (落实好结构性减税降费政策) is as optional as one the text adds.
      // (牢牢端在 written 牢端在: one character of a doubled pair is no complement, the pair is the word.)
      const doubled = form[e.at - 1] === form[e.at] || form[e.at + 1] === form[e.at];
      if ((VERB_COMPLEMENTS.has(form[e.at]) || isModalYao(form, e.at)) && !entry.slogan.strict && !doubled) return false;
      // 坚持(走)和平发展道路: the 走 before a 道路 is written either way.
      if (isOptionalWalk(form, e.at) && !entry.slogan.strict) return false;
      // 党关于加强和改进民族工作的重要思想 after 总书记: a first character that is a word of its own
      // (党, 要, 把) leaves a whole phrase with another subject, not a slip.
      if (e.at === 0 && (!canSegment || firstWordIsOneCharacter(form))) return false;
      // After 要 (都要, 必须要) a formulation starts a new word whatever the segmenter makes of 要帜.
      if (e.at === 0 && text.charAt(s - 1) === "要") return true;
      if (e.at === 0 && isIdeograph(text.charCodeAt(s - 1))) return canSegment && isWordBreak(text, s);
      if (e.at === n - 1 && isIdeograph(text.charCodeAt(s + m))) return canSegment && isWordBreak(text, s + m);
      // 加快构建更高水平…: a window that starts inside a word (构|建) is not 建设更高水平… without its 设.
      if (e.at === 1 && isIdeograph(text.charCodeAt(s - 1))) return canSegment && isWordBreak(text, s);
      if (e.at === n - 2 && isIdeograph(text.charCodeAt(s + m))) return canSegment && isWordBreak(text, s + m);
      // A line that stops mid-word (text pasted from a PDF, wrapped at a fixed width) goes on in the next line:
      // 稳中求进工作总基 / 调，… is not missing its 调.
      if (e.at === n - 1 && s + m === text.length && isIdeograph(text.charCodeAt(s + m - 1))) return false;
      return true;
    }
  }
}

/** Index of the last exact match starting at or before `pos`. */
function lastStartingAtOrBefore(exact: SloganMatch[], pos: number): number {
  let lo = 0;
  let hi = exact.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (exact[mid].start <= pos) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

/** True when the window lies inside a correct formulation or its edit falls inside one. */
function coveredByExact(exact: SloganMatch[], window: Span, edit: Span): boolean {
  const k = lastStartingAtOrBefore(exact, window.start);
  if (k >= 0 && exact[k].end >= window.end) return true;
  const j = lastStartingAtOrBefore(exact, Math.max(edit.start, edit.end - 1));
  if (j < 0) return false;
  const m = exact[j];
  return edit.start === edit.end ? m.start < edit.start && edit.start < m.end : m.start < edit.end && edit.start < m.end;
}

/**
 * A window starting at `s` can hold `f` with at most one edit only if its end lines up with f's: the
 * last character at the end of a window of f's length, one shorter or one longer, or the one before
 * the last in place (an edit at the last character). Four comparisons spare the three windows' reading.
 */
function mayEndHere(text: string, s: number, f: string): boolean {
  const n = f.length;
  const last = f.charCodeAt(n - 1);
  return text.charCodeAt(s + n - 1) === last || text.charCodeAt(s + n - 2) === last || text.charCodeAt(s + n) === last || text.charCodeAt(s + n - 2) === f.charCodeAt(n - 2);
}

/** The same for a window ending at `e`: its start must line up with f's first character or its second. */
function mayStartHere(text: string, e: number, f: string): boolean {
  const n = f.length;
  const first = f.charCodeAt(0);
  return text.charCodeAt(e - n) === first || text.charCodeAt(e - n + 1) === first || text.charCodeAt(e - n - 1) === first || text.charCodeAt(e - n + 1) === f.charCodeAt(1);
}

/** All typos in `text[from, to)`, non-overlapping, given the exact matches of the same range (sorted). */
export function findTypos(text: string, index: SloganIndex, exact: SloganMatch[], from = 0, to = text.length, canSegment = true): Typo[] {
  const found = new Map<string, Typo>();
  const consider = (s: number, m: number, form: Form) => {
    if (s < from || s + m > to) return;
    const e = classifyEdit(text, s, m, form.form);
    if (!e) return;
    // An object or clause read on its own (a form the pack does not list whole) missing its first or
    // last character is ordinary wording (落实意识形态工作责任 against 意识形态工作责任制), not a slip.
    if (e.kind === "missing" && (e.at === 0 || e.at >= form.form.length - 1) && form.form !== form.slogan.text && !index.formSet.has(form.form)) return;
    // Cheap rejections first: the segmenter and pinyin in acceptable() are the costly part.
    const window = { start: s, end: s + m };
    if (coveredByExact(exact, window, editSpan(s, e))) return;
    // The form written right within two characters of the window (a clause or an object read on its own,
    // which the exact scan does not know): the window is a piece of it, not a slip.
    for (let d = -2; d <= 2; d++) if (s + d >= 0 && text.startsWith(form.form, s + d)) return;
    if (!acceptable(text, s, m, form, e, canSegment)) return;
    if (index.formSet.has(text.slice(s, s + m))) return;
    const key = `${s}:${m}:${form.form}`;
    // A parts swap moves the characters after its heads: it touches the form's edge only when its second part is the last character.
    const edge = e.kind === "partsSwapped" ? e.at + 3 >= form.form.length - 1 : e.at === 0 || e.at >= form.form.length - 1;
    if (!found.has(key)) found.set(key, { ...window, form, kind: e.kind, at: e.at, edge });
  };
  const bits = index.seedBits;
  for (let i = from; i + 2 < to; i++) {
    const c0 = text.charCodeAt(i);
    const c1 = text.charCodeAt(i + 1);
    const third = text.charCodeAt(i + 2);
    const bit = seedBitOf(c0, c1, third);
    if (!(bits[bit >>> 5] & (1 << (bit & 31)))) continue;
    const seed = index.seeds.get(pairKey(c0, c1));
    if (!seed) continue;
    const heads3 = seed.heads3?.get(third);
    if (heads3) for (const f of heads3) if (mayEndHere(text, i, f.form)) for (let m = f.form.length - 1; m <= f.form.length + 1; m++) consider(i, m, f);
    const tails3 = seed.tails3?.get(third);
    if (tails3) for (const f of tails3) if (mayStartHere(text, i + 3, f.form)) for (let m = f.form.length - 1; m <= f.form.length + 1; m++) consider(i + 3 - m, m, f);
  }
  // Interior edits before edge ones, same-length edits (replaced, swapped) before missing or extra
  // characters, longer formulations before shorter, then by position.
  const sameLength = (t: Typo) => (t.kind === "missing" || t.kind === "extra" ? 1 : 0);
  const ranked = [...found.values()].sort(
    (a, b) => Number(a.edge) - Number(b.edge) || sameLength(a) - sameLength(b) || b.form.form.length - a.form.form.length || a.start - b.start,
  );
  const kept: Typo[] = [];
  for (const t of ranked) if (!kept.some((k) => k.start < t.end && t.start < k.end)) kept.push(t);
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Short formulations (两个维护, 四个自信) are below the length where a near miss
 * is safe to call in running text, but inside quotation marks the quote says
 * exactly where the formulation is: “两个唯护” is a homophone slip of “两个维护”.
 * Only same-length replacements by a homophone or near homophone (in/ing,
 * z/zh…) and swaps of quoted formulations count.
 */
export function findQuotedTypos(text: string, index: SloganIndex): Typo[] {
  const out: Typo[] = [];
  const quote = /“([^“”]{3,8})”/g;
  for (let m: RegExpExecArray | null; (m = quote.exec(text)); ) {
    const inner = m[1];
    if (index.formSet.has(inner)) continue;
    const s = m.index + 1;
    for (const f of index.quotedOfLength(inner.length)) {
      const e = classifyEdit(text, s, inner.length, f.form);
      if (!e || (e.kind !== "replaced" && e.kind !== "swapped")) continue;
      // The quotes say where the formulation is, so a near homophone counts here too (“四个自性”).
      const near = e.kind === "replaced" && isIdeograph(text.charCodeAt(s + e.at)) && isNearHomophone(text[s + e.at], f.form[e.at]);
      if (!near && !acceptable(text, s, inner.length, f, e, false)) continue;
      out.push({ start: s, end: s + inner.length, form: f, kind: e.kind, at: e.at, edge: false });
      break;
    }
  }
  return out;
}

/**
 * A word repeated inside a four-character phrase of the shape ABAC: 对标对标
 * for 对标对表. ABAB is never the phrase itself, nor any formulation.
 */
export function findRepeatedWords(text: string, index: SloganIndex, from = 0, to = text.length): Typo[] {
  const out: Typo[] = [];
  if (!index.repeats.size) return out;
  for (let i = from; i + 4 <= to; i++) {
    if (text.charCodeAt(i) !== text.charCodeAt(i + 2) || text.charCodeAt(i + 1) !== text.charCodeAt(i + 3)) continue;
    const form = index.repeats.get(text.slice(i, i + 4));
    if (!form) continue;
    out.push({ start: i, end: i + 4, form, kind: "replaced", at: 3, edge: true });
    i += 3;
  }
  return out;
}

/**
 * 以人民为中心的发展思路，: the last character of a strict form replaced counts only where the phrase ends
 * right after it (a mark, a quote, 的 or the line's end); before more words it may be another phrase begun.
 */
function closesClause(text: string, end: number): boolean {
  return end >= text.length || /[，。；：、！？”’）,.;:!?)\s的]/.test(text[end]);
}
