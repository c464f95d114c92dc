/**
 * A draft's own fixed phrases: the formulation a field uses that no pack knows is
 * usually written right once and slipped elsewhere (为党管档、为国守史、为民服务 in the
 * opening, 为国守使 further on). The phrases read here are the ones a draft itself
 * marks as fixed: a 、-joined run of three or more parts of one length, and a quoted phrase.
 * Another place in the draft that writes the same phrase with one character
 * replaced by a homophone is a slogan.typo against the draft's own wording.
 */
import type { Finding } from "../findings";
import type { DocumentModel } from "../document/model";
import { SLOGAN_TYPO } from "./rules";
import { isHomophone, isIdeograph } from "./typo";

/** 为党管档、为国守史、为民服务: three or more parts of two to six ideographs, joined by 、. */
const RUN = /[\u4e00-\u9fff]{2,6}(?:、[\u4e00-\u9fff]{2,6}){2,}/g;
/** “把党的政治建设摆在首位”: a quoted phrase of six to sixteen ideographs. */
const QUOTED = /“([\u4e00-\u9fff]{6,16})”/g;

interface Phrase {
  text: string;
  /** Where the draft writes it this way. */
  at: number[];
}

function phrasesOf(text: string): Map<string, Phrase> {
  const out = new Map<string, Phrase>();
  const add = (t: string, at: number) => {
    const p = out.get(t);
    if (p) p.at.push(at);
    else out.set(t, { text: t, at: [at] });
  };
  for (const m of text.matchAll(RUN)) {
    // The run's ends may take in the words around it (坚持为党管档, 为民服务的职): the middle parts,
    // all of one length, give the length of the first and the last.
    const parts = m[0].split("、");
    const middle = parts.slice(1, -1);
    const n = middle[0].length;
    if (middle.some((x) => x.length !== n) || parts[0].length < n || parts[parts.length - 1].length < n) continue;
    const cut = parts[0].length - n;
    const phrase = [parts[0].slice(cut), ...middle, parts[parts.length - 1].slice(0, n)].join("、");
    if (phrase.length >= 8) add(phrase, m.index! + cut);
  }
  for (const m of text.matchAll(QUOTED)) add(m[1], m.index! + 1);
  return out;
}

/** Where the draft writes `p` with exactly one ideograph replaced by a homophone. */
function homophoneVariants(text: string, p: string): { start: number; at: number }[] {
  const n = p.length;
  const half = n >> 1;
  const head = p.slice(0, half);
  const tail = p.slice(half);
  const starts = new Set<number>();
  // One replaced character leaves the first half or the second half as written.
  for (let i = text.indexOf(head); i >= 0; i = text.indexOf(head, i + 1)) starts.add(i);
  for (let i = text.indexOf(tail); i >= 0; i = text.indexOf(tail, i + 1)) if (i - half >= 0) starts.add(i - half);
  const out: { start: number; at: number }[] = [];
  for (const s of starts) {
    if (s + n > text.length) continue;
    let diff = -1;
    let count = 0;
    for (let k = 0; k < n && count < 2; k++) {
      if (text.charCodeAt(s + k) !== p.charCodeAt(k)) {
        diff = k;
        count++;
      }
    }
    if (count !== 1) continue;
    const got = text[s + diff];
    const want = p[diff];
    if (!isIdeograph(got.charCodeAt(0)) || !isHomophone(got, want)) continue;
    out.push({ start: s, at: diff });
  }
  return out;
}

/**
 * slogan.typo findings against the draft's own phrases, outside the spans already reported.
 * The form written more often is the right one; on a tie the earlier one, so the later is the slip.
 */
export function ownPhraseTypos(model: DocumentModel, reported: { start: number; end: number }[], known: { start: number; end: number }[]): Finding[] {
  const text = model.text;
  const phrases = phrasesOf(text);
  if (!phrases.size) return [];
  // A phrase with a slip the pack found (竭城为民) is no reference; a character inside a formulation
  // the pack knows written right is no slip.
  for (const [t, p] of phrases) {
    p.at = p.at.filter((a) => !reported.some((r) => r.start < a + t.length && a < r.end));
    if (!p.at.length) phrases.delete(t);
  }
  const inKnown = (at: number) => known.some((m) => m.start <= at && at < m.end);
  const findings: Finding[] = [];
  const taken = [...reported];
  const overlaps = (s: number, e: number) => taken.some((r) => r.start < e && s < r.end);
  for (const p of phrases.values()) {
    for (const v of homophoneVariants(text, p.text)) {
      const end = v.start + p.text.length;
      const written = text.slice(v.start, end);
      // The variant as often written as the phrase, or before it, is no slip of it.
      const other = phrases.get(written);
      if (other && (other.at.length > p.at.length || (other.at.length === p.at.length && other.at[0] < p.at[0]))) continue;
      // Before the phrase's first writing, a variant is the slip only when the phrase is written more than once.
      if (v.start < p.at[0] && p.at.length < 2) continue;
      if (overlaps(v.start, end) || inKnown(v.start + v.at)) continue;
      taken.push({ start: v.start, end });
      const line = model.index.lineAt(p.at[0]);
      findings.push({
        code: SLOGAN_TYPO.code,
        severity: SLOGAN_TYPO.severity,
        span: { start: v.start, end },
        message: `疑似笔误：“${written}”与本文第${line + 1}行的“${p.text}”只差一个同音字（“${written[v.at]}”应为“${p.text[v.at]}”）。`,
        related: [{ span: { start: p.at[0], end: p.at[0] + p.text.length }, message: `本文写作“${p.text}”` }],
        fixes: [{ title: `改为“${p.text}”`, edits: [{ span: { start: v.start + v.at, end: v.start + v.at + 1 }, newText: p.text[v.at] }], safe: false, preferred: true }],
      });
    }
  }
  return findings;
}
