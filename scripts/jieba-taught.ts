/**
 * Run by esbuild.js at build time: teaches the native segmenter the words every
 * figure check teaches (the built-in indicator names), word by word as at run
 * time, and prints the frequencies it gave (see LECTERN_JIEBA_TAUGHT in
 * server/src/core/segmenter/native-engine.ts).
 */
import { loadNativeEngine } from "../server/src/core/segmenter/native-engine";
import { DEFAULT_LEXICON, wordsToTeach } from "../server/src/core/figures/metrics";

const engine = loadNativeEngine(undefined);
const seen = new Set<string>();
for (const w of wordsToTeach(DEFAULT_LEXICON)) {
  if (seen.has(w.word)) continue;
  seen.add(w.word);
  engine.addWord(w.word, w.tag);
}
process.stdout.write(JSON.stringify(engine.taught()));
