/**
 * A word of the formulations mistyped by its sound outside any formulation the
 * pack knows whole: 全面惯彻新发展理念 (贯彻), 深度溶合 (融合), 永衡主题 (永恒).
 * The pack's formulations give the words a writer of official text types every
 * day (every two-character word of their texts); a pair of characters in the
 * draft that sounds like one of them, differs from it in one character, stands
 * between two of the formulation's own neighbouring characters (全面|惯彻: the
 * formulation writes 全面贯彻), is no word itself (the segmenter leaves both
 * characters on their own) and holds no function character is that word slipped. Words of the formulations that are
 * one sound apart from another common word (领导/领到, 配置/配制) are never
 * reached: the draft's pair is a word then, and the segmenter keeps it whole.
 */
import { charReadings } from "./char-readings";
import { segmentKnownWords } from "../segmenter";
import type { SloganIndex } from "./pack";

/** Characters that stand on their own in running text: a pair holding one is no slipped word. */
const FUNCTION_TEXT = "的地得了着过是在有和与及或对把被将为以于从向到由等各每该此其之所而且并也都还就又再只要会能可应须必这那个一二三四五六七八九十不没上下中内外大小多少前后里来去到说讲做让使给跟同比较更最很太已曾正才刚所们您你我他她它啥咱您年月日时号第";
const FUNCTION_CHARS = new Uint8Array(65536);
for (const c of FUNCTION_TEXT) FUNCTION_CHARS[c.charCodeAt(0)] = 1;

export interface WordSlip {
  start: number;
  end: number;
  /** The word of the formulations meant. */
  word: string;
  /** Index (0 or 1) of the slipped character. */
  at: number;
}

interface SlipIndex {
  /** Slip in the first character: (sound of the first, second character) → the formulations' words. */
  first: Map<number, string[]>;
  /** Slip in the second character: (first character, sound of the second) → the words. */
  second: Map<number, string[]>;
  /** Each word → where it stands in the formulations: form index × 256 + offset. */
  words: Map<string, number[]>;
  forms: string[];
  /** Per character code: 1 when it starts a word (a slip may be in the second), 2 when it ends one (a slip may be in the first). */
  roles: Uint8Array;
  /** Bitmaps over a hash of two characters: the pair stands right before a word (1) or right after one (2) in a formulation. */
  context: Uint8Array;
  /** The words as numbers (first code × 65536 + second). */
  keys: Set<number>;
}

const indexes = new WeakMap<SloganIndex, SlipIndex>();
const soundIds = new Map<string, number>();
const soundsOfChar = new Map<number, number[]>();

/** The toneless readings of a character, as small numbers. */
function soundsOf(code: number): number[] {
  let ids = soundsOfChar.get(code);
  if (!ids) {
    ids = [];
    for (const r of charReadings(String.fromCharCode(code))) {
      if (!/^[a-zü]+$/.test(r)) continue;
      let id = soundIds.get(r);
      if (id === undefined) soundIds.set(r, (id = soundIds.size + 1));
      ids.push(id);
    }
    soundsOfChar.set(code, ids);
  }
  return ids;
}

const CONTEXT_SLOTS = 1 << 18;
const pairHash = (a: number, b: number) => ((a * 40503) ^ (b * 2654435761)) >>> 14;

function isHan(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fff;
}

function push(map: Map<number, string[]>, key: number, w: string): void {
  const list = map.get(key);
  if (!list) map.set(key, [w]);
  else if (!list.includes(w)) list.push(w);
}

/** Built once per pack: every two-character word of every current formulation, by the sound of each character. */
function slipIndex(index: SloganIndex): SlipIndex {
  let built = indexes.get(index);
  if (built) return built;
  const words = new Map<string, number[]>();
  const forms: string[] = [];
  for (const f of index.forms) {
    const t = f.form;
    if (f.slogan.deprecated || t.length > 255) continue;
    const k = forms.push(t) - 1;
    for (let i = 0; i + 1 < t.length; i++) {
      const a = t.charCodeAt(i);
      const b = t.charCodeAt(i + 1);
      if (!isHan(a) || !isHan(b) || FUNCTION_CHARS[a] || FUNCTION_CHARS[b]) continue;
      const w = t.slice(i, i + 2);
      const list = words.get(w);
      if (list) list.push(k * 256 + i);
      else words.set(w, [k * 256 + i]);
    }
  }
  const first = new Map<number, string[]>();
  const second = new Map<number, string[]>();
  const roles = new Uint8Array(65536);
  const context = new Uint8Array(CONTEXT_SLOTS);
  for (const list of words.values()) {
    for (const where of list) {
      const form = forms[where >> 8];
      const o = where & 255;
      if (o >= 2) context[pairHash(form.charCodeAt(o - 2), form.charCodeAt(o - 1))] |= 1;
      if (o + 4 <= form.length) context[pairHash(form.charCodeAt(o + 2), form.charCodeAt(o + 3))] |= 2;
    }
  }
  const keys = new Set<number>();
  for (const w of words.keys()) {
    const a = w.charCodeAt(0);
    const b = w.charCodeAt(1);
    keys.add(a * 65536 + b);
    for (const id of soundsOf(a)) push(first, id * 65536 + b, w);
    for (const id of soundsOf(b)) push(second, a * 4096 + id, w);
    roles[a] |= 1;
    roles[b] |= 2;
  }
  built = { first, second, words, forms, roles, context, keys };
  indexes.set(index, built);
  return built;
}

/**
 * The slipped words of `line`, outside the spans given (exact formulations and
 * slips already found). Needs the segmenter (to tell a word from two characters).
 */
export function findWordSlips(line: string, index: SloganIndex, covered: { start: number; end: number }[]): WordSlip[] {
  const slips = slipIndex(index);
  const { first, second, roles, context, keys } = slips;
  const out: WordSlip[] = [];
  // Characters inside a formulation written right, or a slip already found, are skipped at once.
  const skip = new Uint8Array(line.length + 1);
  for (const c of covered) skip.fill(1, Math.max(0, c.start - 1), Math.min(line.length, c.end));
  for (let i = 0; i + 1 < line.length; i++) {
    if (skip[i] || skip[i + 1]) continue;
    // A formulation's own neighbours on one side first: a cheap bitmap test that most positions fail.
    const before = i >= 2 && (context[pairHash(line.charCodeAt(i - 2), line.charCodeAt(i - 1))] & 1) !== 0;
    if (!before && !(i + 4 <= line.length && (context[pairHash(line.charCodeAt(i + 2), line.charCodeAt(i + 3))] & 2) !== 0)) continue;
    const a = line.charCodeAt(i);
    const b = line.charCodeAt(i + 1);
    const slipFirst = (roles[b] & 2) !== 0;
    const slipSecond = (roles[a] & 1) !== 0;
    if ((!slipFirst && !slipSecond) || FUNCTION_CHARS[a] || FUNCTION_CHARS[b] || !isHan(a) || !isHan(b) || keys.has(a * 65536 + b)) continue;
    let meant: string | undefined;
    let at = -1;
    if (slipFirst) {
      for (const id of soundsOf(a)) {
        const w = first.get(id * 65536 + b)?.find((x) => x.charCodeAt(0) !== a && inContext(slips, line, i, x));
        if (w) (meant = w), (at = 0);
      }
    }
    if (!meant && slipSecond) {
      for (const id of soundsOf(b)) {
        const w = second.get(a * 4096 + id)?.find((x) => x.charCodeAt(1) !== b && inContext(slips, line, i, x));
        if (w) (meant = w), (at = 1);
      }
    }
    if (!meant) continue;
    // The pair must be no word: the dictionary leaves both characters alone (配制, 领到 are words of their own).
    const from = Math.max(0, i - 6);
    const near = segmentKnownWords(line.slice(from, Math.min(line.length, i + 8)), from);
    const alone = (k: number) => near.some((w) => w.start === k && w.end === k + 1);
    if (!alone(i) || !alone(i + 1)) continue;
    out.push({ start: i, end: i + 2, word: meant, at });
    i++;
  }
  return out;
}

/**
 * The word meant stands in a formulation with the draft's own neighbours on one side
 * (全面|惯彻 for 全面贯彻, 惯彻|新发 for 贯彻新发展理念): the context makes the sound a slip.
 */
function inContext(slips: SlipIndex, line: string, i: number, w: string): boolean {
  for (const where of slips.words.get(w)!) {
    const form = slips.forms[where >> 8];
    const o = where & 255;
    if (o >= 2 && i >= 2 && line.charCodeAt(i - 2) === form.charCodeAt(o - 2) && line.charCodeAt(i - 1) === form.charCodeAt(o - 1)) return true;
    if (o + 4 <= form.length && i + 4 <= line.length && line.charCodeAt(i + 2) === form.charCodeAt(o + 2) && line.charCodeAt(i + 3) === form.charCodeAt(o + 3)) return true;
  }
  return false;
}
