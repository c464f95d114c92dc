/** What Lectern asks of a segmenter engine (jieba-rs, as WebAssembly or as a native addon). */

export interface Engine {
  readonly name: "native" | "wasm";
  cut(text: string, hmm: boolean): string[];
  tag(text: string, hmm: boolean): { word: string; tag: string }[];
  /** Adds a word as jieba's add_word(word, None, tag) does: with the frequency that keeps it whole. */
  addWord(word: string, tag: string): void;
  /** Adds words in order, exactly as addWord one by one would (an engine may do it in one step). */
  addWords(words: { word: string; tag: string }[]): void;
  /** Bytes of engine memory the JS heap does not count (WebAssembly memory), 0 when unknown. */
  memoryBytes(): number;
}

/** The segmenter could not start: figure and typo checks cannot run. */
export class SegmenterError extends Error {
  override name = "SegmenterError";
}
