/**
 * Prints every corpus line's words and tags from one segmenter engine, after
 * teaching it the words Lectern teaches (the built-in indicator names, then
 * target-table names: some new, one already in the dictionary, one with a
 * space), in a fresh process so no earlier use has taught it anything else.
 * Usage: tsx test/support/segmenter-tokens.ts native|native-lazy|native-table|wasm → text on stdout.
 * native builds the whole dictionary first; native-lazy loads words only as
 * the text needs them and never builds it whole (lazy-dictionary.ts).
 * native-table teaches as the bundles do: the built-in words in one step from
 * a table made word by word (as esbuild.js makes it), then the rest; its first
 * line says how many words came from the table and whether the engine's
 * frequencies and totals equal those of teaching word by word.
 */
import { CORPUS_FILES, readCorpus } from "./corpus";
import { buildLexicon, DEFAULT_LEXICON, wordsToTeach } from "../../server/src/core/figures/metrics";
import { loadNativeEngine } from "../../server/src/core/segmenter/native-engine";
import { loadWasmEngine } from "../../server/src/core/segmenter/wasm-engine";
import type { Engine } from "../../server/src/core/segmenter/engine";

const mode = process.argv[2];
const targets = [{ metric: "高新技术企业营业收入", aliases: ["高企营收"] }, { metric: "粮食" }, { metric: "城乡 居民储蓄" }, { metric: "数字经济核心产业增加值" }];
const words = wordsToTeach(buildLexicon(targets));
let engine: Engine;
const out: string[] = [];
if (mode === "native-table") {
  const oneByOne = loadNativeEngine(undefined);
  for (const w of wordsToTeach(DEFAULT_LEXICON)) oneByOne.addWord(w.word, w.tag);
  const table = oneByOne.taught();
  const reference = loadNativeEngine(undefined);
  for (const w of words) reference.addWord(w.word, w.tag);
  const batched = loadNativeEngine(table);
  batched.addWords(words);
  const same = JSON.stringify(batched.taught()) === JSON.stringify(reference.taught());
  // Without a target table every word comes from the table.
  const plain = loadNativeEngine(table);
  plain.addWords(wordsToTeach(DEFAULT_LEXICON));
  const plainSame = JSON.stringify(plain.taught()) === JSON.stringify(table);
  out.push(`from table ${batched.wordsFromTable()} of ${words.length}; same frequencies and totals: ${same}; without targets ${plain.wordsFromTable()} of ${table.words.length}, same: ${plainSame}`);
  engine = batched;
} else {
  engine = mode === "native" ? loadNativeEngine(undefined, 0) : mode === "native-lazy" ? loadNativeEngine(undefined, Infinity) : loadWasmEngine();
  for (const w of words) engine.addWord(w.word, w.tag);
  out.push("taught word by word");
}
const TAUGHT = "全市高新技术企业营业收入增长12%，高企营收突破千亿元，数字经济核心产业增加值占比提高，规上工业增加值增长6%，城乡 居民储蓄余额增加。";
for (const text of [TAUGHT, ...CORPUS_FILES.map(readCorpus)]) {
  for (const line of text.split(/\r?\n/)) {
    if (!line) continue;
    out.push(engine.cut(line, true).join(" "));
    out.push(engine.tag(line, true).map((w) => `${w.word}/${w.tag}`).join(" "));
  }
}
process.stdout.write(out.join("\n") + "\n");
