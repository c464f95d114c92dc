/**
 * A draft's own fixed phrases: the formulation a field uses that no pack knows is
 * usually written right once and slipped elsewhere (为党管档、为国守史、为民服务 in the
 * opening, 为国守使 further on). The phrases read here are the ones a draft itself
 * marks as fixed: a 、-joined run of three or more parts of one length, and a quoted phrase.
 * Another such phrase of the draft that writes one with a character replaced by a homophone
 * is a slogan.typo against the draft's own wording.
 */
import type { Finding } from "../findings";
import type { DocumentModel } from "../document/model";
import { SLOGAN_TYPO } from "./rules";
import { isHomophone, isIdeograph, isNearHomophone } from "./typo";

/** 为党管档、为国守史、为民服务: three or more parts of two to six ideographs, joined by 、. */
const RUN = /[\u4e00-\u9fff]{2,6}(?:、[\u4e00-\u9fff]{2,6}){2,}/g;
/** “把党的政治建设摆在首位”: a quoted phrase of six to sixteen ideographs (a slogan's middle dot, 、 or ， allowed: “云雾茶香·富民兴县”, “宁听骂声、不听哭声”). */
const QUOTED = /“((?:[\u4e00-\u9fff]|[·•、，](?=[\u4e00-\u9fff])){6,17})”/g;

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

/** The phrases that write `p` with exactly one ideograph replaced by a homophone, with where it differs. */
function homophoneVariants(p: Phrase, byHead: Map<string, Phrase[]>, byTail: Map<string, Phrase[]>): { other: Phrase; at: number }[] {
  const n = p.text.length;
  const half = n >> 1;
  // One replaced character leaves the first half or the second half as written.
  const candidates = new Set([...(byHead.get(p.text.slice(0, half)) ?? []), ...(byTail.get(p.text.slice(half)) ?? [])]);
  const out: { other: Phrase; at: number }[] = [];
  for (const q of candidates) {
    if (q === p || q.text.length !== n) continue;
    let diff = -1;
    let count = 0;
    for (let k = 0; k < n && count < 2; k++) {
      if (q.text.charCodeAt(k) !== p.text.charCodeAt(k)) {
        diff = k;
        count++;
      }
    }
    if (count !== 1) continue;
    const got = q.text[diff];
    // (富民兴县 … 富民新县: a near homophone, in/ing, as input methods blur them.)
    if (!isIdeograph(got.charCodeAt(0)) || !(isHomophone(got, p.text[diff]) || isNearHomophone(got, p.text[diff]))) continue;
    out.push({ other: q, at: diff });
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
  // A variant of a phrase is written the way the phrase is (a run of parts, or in quotes), so phrases are
  // compared with each other by their halves, never searched for through the whole text on every edit.
  const byHead = new Map<string, Phrase[]>();
  const byTail = new Map<string, Phrase[]>();
  const file = (map: Map<string, Phrase[]>, key: string, p: Phrase) => (map.get(key) ?? map.set(key, []).get(key)!).push(p);
  for (const p of phrases.values()) {
    const half = p.text.length >> 1;
    file(byHead, p.text.slice(0, half), p);
    file(byTail, p.text.slice(half), p);
  }
  for (const p of phrases.values()) {
    for (const { other, at } of homophoneVariants(p, byHead, byTail)) {
      // The variant written more often than the phrase, or as often and first, is the right one.
      if (other.at.length > p.at.length || (other.at.length === p.at.length && other.at[0] < p.at[0])) continue;
      const line = model.index.lineAt(p.at[0]);
      for (const start of other.at) {
        const end = start + p.text.length;
        if (overlaps(start, end) || inKnown(start + at)) continue;
        taken.push({ start, end });
        findings.push({
          code: SLOGAN_TYPO.code,
          severity: SLOGAN_TYPO.severity,
          span: { start, end },
          message: `疑似笔误：“${other.text}”与本文第${line + 1}行的“${p.text}”只差一个同音字（“${other.text[at]}”应为“${p.text[at]}”）。`,
          related: [{ span: { start: p.at[0], end: p.at[0] + p.text.length }, message: `本文写作“${p.text}”` }],
          fixes: [{ title: `改为“${p.text}”`, edits: [{ span: { start: start + at, end: start + at + 1 }, newText: p.text[at] }], safe: false, preferred: true }],
        });
      }
    }
  }
  return findings;
}
