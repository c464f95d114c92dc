/**
 * The one place that knows the segmenter (jieba-rs). It loads on first use
 * (its dictionary takes 0.2–0.4 s to build), so analysis that does not need
 * it never waits for it. jieba's own offsets count code points; these count
 * UTF-16 units, from the running lengths of `cut()`'s words.
 *
 * Two engines give the same words and tags: the native addon where npm
 * installed it (faster to start), else the WebAssembly build, which every
 * bundle carries inside it. LECTERN_SEGMENTER=native or =wasm insists on one.
 */
import type { Span } from "../document/text";
import { SegmenterError, type Engine } from "./engine";
import { loadNativeEngine } from "./native-engine";
import { loadWasmEngine } from "./wasm-engine";

export { SegmenterError } from "./engine";

export interface Word extends Span {
  word: string;
}
export interface TaggedWord extends Word {
  tag: string;
}

let engine: Engine | undefined;
/** Why the segmenter could not load: kept, so each later use fails at once with the same reason. */
let failure: SegmenterError | undefined;
const added = new Set<string>();

export type EngineChoice = "auto" | "native" | "wasm";

function engineChoice(): EngineChoice {
  const v = process.env.LECTERN_SEGMENTER?.trim() || "auto";
  if (v === "auto" || v === "native" || v === "wasm") return v;
  throw new SegmenterError(`LECTERN_SEGMENTER must be auto, native or wasm (got "${v}")`);
}

function start(choice: EngineChoice): Engine {
  if (choice === "wasm") return loadWasmEngine();
  try {
    return loadNativeEngine();
  } catch (e) {
    if (choice === "native") throw new SegmenterError(`the native segmenter (@node-rs/jieba) is not available here: ${firstLine(e)}`);
    return loadWasmEngine();
  }
}

const firstLine = (e: unknown) => String((e as Error)?.message ?? e).split("\n")[0];

export function isSegmenterLoaded(): boolean {
  return engine !== undefined;
}

/** Which engine runs, once loaded. */
export function segmenterEngine(): Engine["name"] | undefined {
  return engine?.name;
}

/**
 * Loads the segmenter now (the server calls this after publishing its first
 * results). Throws a SegmenterError, with the reason, when it cannot load.
 */
export function loadSegmenter(): void {
  if (engine) return;
  if (failure) throw failure;
  try {
    engine = start(engineChoice());
  } catch (e) {
    failure = e instanceof SegmenterError ? e : new SegmenterError(`the word segmenter could not load: ${firstLine(e)}`);
    throw failure;
  }
}

function loaded(): Engine {
  loadSegmenter();
  return engine!;
}

/** Teaches the segmenter a word (a metric name, a slogan) so it is kept whole. */
export function addWord(word: string, tag = "n"): void {
  if (added.has(word)) return;
  loaded().addWord(word, tag);
  added.add(word);
}

/** Teaches words in order, as addWord one by one would; the native engine loads a known sequence in one step. */
export function addWords(words: { word: string; tag: string }[]): void {
  const fresh: { word: string; tag: string }[] = [];
  for (const w of words) {
    if (added.has(w.word) || fresh.some((f) => f.word === w.word)) continue;
    fresh.push(w);
  }
  if (!fresh.length) return;
  loaded().addWords(fresh);
  for (const w of fresh) added.add(w.word);
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
  return withOffsets(
    loaded()
      .cut(text, true)
      .map((word) => ({ word })),
    base,
  );
}

/** Segments with part-of-speech tags (n, v, m, …). */
export function tagWords(text: string, base = 0): TaggedWord[] {
  return withOffsets(
    loaded()
      .tag(text, true)
      .map(({ word, tag }) => ({ word, tag })),
    base,
  );
}

/** Bytes of WebAssembly memory the segmenter holds (it grows and never shrinks), 0 before it loads or for the native engine. */
export function segmenterMemoryBytes(): number {
  return engine?.memoryBytes() ?? 0;
}
