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
import { frequencyAt, FULL_AFTER, LazyDictionary, lowerBound, wordAt } from "./lazy-dictionary";

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
  const at = lowerBound(dict, key);
  return at < dict.length && wordAt(dict, at).equals(key) ? frequencyAt(dict, at) : undefined;
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

/**
 * Set by the bundler: the frequencies addWord gives, one by one, to the words
 * Lectern always teaches (figures' indicator names), computed at build time on
 * the dictionary of the @node-rs/jieba version installed there. With the same
 * dictionary and version, those words load in one loadDict: the same entries
 * and total as word by word, without summing 350,000 entries after each word.
 */
declare const LECTERN_JIEBA_TAUGHT: TaughtSequence | null | undefined;

export interface TaughtSequence {
  version: string;
  bytes: number;
  /** [word, tag, frequency] in teaching order. */
  words: [string, string, number][];
  /** The dictionary total after each word. */
  totals: number[];
}

export interface NativeEngine extends Engine {
  /** What addWord has given so far, in order, for the build-time table. */
  taught(): TaughtSequence;
  /** How many words were loaded from the build-time table (for tests and the bench). */
  wordsFromTable(): number;
  /** Whether jieba holds the whole dictionary yet (see lazy-dictionary.ts). */
  wholeDictionary(): boolean;
}

function nativeVersion(): string | undefined {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return (require("@node-rs/jieba/package.json") as { version: string }).version;
  } catch {
    return undefined;
  }
}

const builtTable = () => (typeof LECTERN_JIEBA_TAUGHT === "undefined" ? undefined : LECTERN_JIEBA_TAUGHT) ?? undefined;

/**
 * `table`: the build-time frequencies (tests pass their own). `fullAfter`: characters segmented
 * before the whole dictionary is built (lazy-dictionary.ts); 0 builds it at once.
 */
export function loadNativeEngine(table: TaughtSequence | undefined = builtTable(), fullAfter = FULL_AFTER): NativeEngine {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { Jieba } = require("@node-rs/jieba") as { Jieba: { withDict(dict: Uint8Array): NativeJieba } };
  const dict = fs.readFileSync(path.join(path.dirname(require.resolve("@node-rs/jieba")), "dict.txt"));
  /* eslint-enable @typescript-eslint/no-require-imports */
  const jieba: NativeJieba = fullAfter > 0 ? new LazyDictionary((d) => Jieba.withDict(d), dict, totalFrequency(dict), fullAfter) : Jieba.withDict(dict);
  const added = new Map<string, number>();
  const order: [string, string, number][] = [];
  const totals: number[] = [];
  let total: number | undefined;
  let placeholders = 0;
  let fromTable = 0;

  const frequency = (word: string, otherwise: number) => added.get(word) ?? dictionaryFrequency(dict, word) ?? otherwise;

  /** jieba-rs suggest_freq, operation for operation (the same floating-point sums in the same order). */
  const suggest = (word: string, sum: number): number => {
    const logTotal = Math.log(sum);
    let logFreq = 0;
    for (const w of jieba.cut(word, false)) logFreq = logFreq + Math.log(frequency(w, 1)) - logTotal;
    return Math.max(Math.floor(Math.exp(logFreq + logTotal)) + 1, frequency(word, 1));
  };

  const addWord = (word: string, tag: string) => {
    total ??= totalFrequency(dict);
    const freq = suggest(word, total);
    const old = added.get(word) ?? dictionaryFrequency(dict, word) ?? 0;
    // A dictionary line cannot hold a word with a space; such a word is never cut out of text, but
    // add_word still counts its frequency in the total, so an entry no text can match stands in for it.
    const entry = /\s/.test(word) ? `\uE000${placeholders++}` : word;
    jieba.loadDict(Buffer.from(`${entry} ${freq} ${tag}\n`));
    added.set(entry, freq);
    total += freq - (entry === word ? old : 0);
    order.push([word, tag, freq]);
    totals.push(total);
  };

  /** How many of `words` the build-time table covers: only from a fresh engine, on the same dictionary. */
  const knownPrefix = (words: { word: string; tag: string }[]): number => {
    if (!table || order.length || table.bytes !== dict.length || table.version !== nativeVersion()) return 0;
    let k = 0;
    while (k < words.length && k < table.words.length && table.words[k][0] === words[k].word && table.words[k][1] === words[k].tag) k++;
    return k;
  };

  return {
    name: "native",
    cut: (text, hmm) => jieba.cut(text, hmm),
    tag: (text, hmm) => jieba.tag(text, hmm),
    addWord,
    addWords(words) {
      const k = knownPrefix(words);
      if (k) {
        const known = table!.words.slice(0, k);
        jieba.loadDict(Buffer.from(known.map(([w, tag, freq]) => `${w} ${freq} ${tag}\n`).join("")));
        for (const [w, tag, freq] of known) {
          added.set(w, freq);
          order.push([w, tag, freq]);
        }
        totals.push(...table!.totals.slice(0, k));
        total = totals[totals.length - 1];
        fromTable += k;
      }
      for (const w of words.slice(k)) addWord(w.word, w.tag);
    },
    memoryBytes: () => 0,
    taught: () => ({ version: nativeVersion() ?? "", bytes: dict.length, words: [...order], totals: [...totals] }),
    wordsFromTable: () => fromTable,
    wholeDictionary: () => !(jieba instanceof LazyDictionary) || jieba.isFull,
  };
}
