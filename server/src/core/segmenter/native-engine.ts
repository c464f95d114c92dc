/**
 * jieba-rs as a native addon (@node-rs/jieba): it builds its dictionary about
 * twice as fast as the WebAssembly build and tags faster, with the same
 * words and tags (a test compares both over the corpus). Present only where
 * npm installed the binary for this platform; elsewhere the wasm engine runs.
 *
 * It has no add_word, only loadDict, which merges entries with the frequency
 * given. So this module computes the frequency jieba's add_word(word, None)
 * would choose (suggest_freq), from the same dictionary text the engine read
 * (sorted by bytes, so a word's frequency is a binary search away), and keeps
 * the dictionary's total up to date as words are added.
 */
import * as fs from "fs";
import * as path from "path";
import type { Engine } from "./engine";

interface NativeJieba {
  cut(text: string, hmm?: boolean): string[];
  tag(text: string, hmm?: boolean): { word: string; tag: string }[];
  loadDict(dict: Uint8Array): void;
}

const NEWLINE = 10;
const SPACE = 32;

/** The frequency of `word` in a dictionary text of sorted `word freq tag` lines, or undefined. */
export function dictionaryFrequency(dict: Buffer, word: string): number | undefined {
  const key = Buffer.from(word);
  let lo = 0;
  let hi = dict.length;
  while (lo < hi) {
    let start = (lo + hi) >> 1;
    while (start > lo && dict[start - 1] !== NEWLINE) start--;
    const space = dict.indexOf(SPACE, start);
    if (space < 0) return undefined;
    const order = Buffer.compare(dict.subarray(start, space), key);
    if (order === 0) {
      let f = 0;
      for (let i = space + 1; dict[i] >= 48 && dict[i] <= 57; i++) f = f * 10 + dict[i] - 48;
      return f;
    }
    if (order < 0) {
      const next = dict.indexOf(NEWLINE, space);
      if (next < 0) return undefined;
      lo = next + 1;
    } else {
      hi = start;
    }
  }
  return undefined;
}

/** Set by the bundler: the total of the dictionary npm installed where the bundle was built. */
declare const LECTERN_JIEBA_DICT_TOTAL: { bytes: number; total: number } | null | undefined;

/** The sum of a dictionary's frequencies (jieba's `total`). */
export function totalFrequency(dict: Buffer): number {
  const built = typeof LECTERN_JIEBA_DICT_TOTAL === "undefined" ? undefined : LECTERN_JIEBA_DICT_TOTAL;
  return built && built.bytes === dict.length ? built.total : sumFrequencies(dict);
}

function sumFrequencies(dict: Buffer): number {
  let total = 0;
  let field = 0;
  let n = 0;
  for (let i = 0; i < dict.length; i++) {
    const c = dict[i];
    if (c === NEWLINE) {
      total += n;
      n = 0;
      field = 0;
    } else if (c === SPACE) field++;
    else if (field === 1) n = n * 10 + c - 48;
  }
  return total + n;
}

export function loadNativeEngine(): Engine {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { Jieba } = require("@node-rs/jieba") as { Jieba: { withDict(dict: Uint8Array): NativeJieba } };
  const dict = fs.readFileSync(path.join(path.dirname(require.resolve("@node-rs/jieba")), "dict.txt"));
  /* eslint-enable @typescript-eslint/no-require-imports */
  const jieba = Jieba.withDict(dict);
  const added = new Map<string, number>();
  let total: number | undefined;
  let placeholders = 0;

  const frequency = (word: string, otherwise: number) => added.get(word) ?? dictionaryFrequency(dict, word) ?? otherwise;

  /** jieba-rs suggest_freq, operation for operation (the same floating-point sums in the same order). */
  const suggest = (word: string, sum: number): number => {
    const logTotal = Math.log(sum);
    let logFreq = 0;
    for (const w of jieba.cut(word, false)) logFreq = logFreq + Math.log(frequency(w, 1)) - logTotal;
    return Math.max(Math.floor(Math.exp(logFreq + logTotal)) + 1, frequency(word, 1));
  };

  return {
    name: "native",
    cut: (text, hmm) => jieba.cut(text, hmm),
    tag: (text, hmm) => jieba.tag(text, hmm),
    addWord(word, tag) {
      total ??= totalFrequency(dict);
      const freq = suggest(word, total);
      const old = added.get(word) ?? dictionaryFrequency(dict, word) ?? 0;
      // A dictionary line cannot hold a word with a space; such a word is never cut out of text, but
      // add_word still counts its frequency in the total, so an entry no text can match stands in for it.
      const entry = /\s/.test(word) ? `\uE000${placeholders++}` : word;
      jieba.loadDict(Buffer.from(`${entry} ${freq} ${tag}\n`));
      added.set(entry, freq);
      total += freq - (entry === word ? old : 0);
    },
    memoryBytes: () => 0,
  };
}
