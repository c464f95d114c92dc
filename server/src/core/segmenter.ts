/**
 * The one place that knows the segmenter (jieba-wasm). It loads on first use
 * (about 0.3 s), so analysis that does not need it never waits for it.
 * jieba's own offsets count code points; these count UTF-16 units, from the
 * running lengths of `cut()`'s words.
 */
import type { Span } from "./document/text";

export interface Word extends Span {
  word: string;
}
export interface TaggedWord extends Word {
  tag: string;
}

interface JiebaApi {
  __wasm?: { memory?: { buffer: ArrayBuffer } };
  cut(text: string, hmm?: boolean): string[];
  tag(text: string, hmm?: boolean): { word: string; tag: string }[];
  add_word(word: string, freq?: number, tag?: string): number;
}

let jieba: JiebaApi | undefined;
const added = new Set<string>();

export function isSegmenterLoaded(): boolean {
  return jieba !== undefined;
}

/** Loads the segmenter now (the server calls this after publishing its first results). */
export function loadSegmenter(): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  if (!jieba) jieba = require("jieba-wasm") as JiebaApi;
}

/** Teaches the segmenter a word (a metric name, a slogan) so it is kept whole. */
export function addWord(word: string, tag = "n"): void {
  if (added.has(word)) return;
  loadSegmenter();
  jieba!.add_word(word, undefined, tag);
  added.add(word);
}

function withOffsets<T extends { word: string }>(words: T[], base: number): (T & Span)[] {
  let at = base;
  return words.map((w) => {
    const start = at;
    at += w.word.length;
    return { ...w, start, end: at };
  });
}

/** Segments `text` (one line or clause); offsets are UTF-16, shifted by `base`. */
export function segment(text: string, base = 0): Word[] {
  loadSegmenter();
  return withOffsets(jieba!.cut(text, true).map((word) => ({ word })), base);
}

/** Segments with part-of-speech tags (n, v, m, …). */
export function tagWords(text: string, base = 0): TaggedWord[] {
  loadSegmenter();
  return withOffsets(jieba!.tag(text, true), base);
}

/** Bytes of WebAssembly memory the segmenter holds (it grows and never shrinks), 0 before it loads. */
export function segmenterMemoryBytes(): number {
  return jieba?.__wasm?.memory?.buffer.byteLength ?? 0;
}
