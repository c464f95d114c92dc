/**
 * Prints every corpus line's words and tags from one segmenter engine, after
 * teaching it the words Lectern teaches (the built-in indicator names, then
 * target-table names: some new, one already in the dictionary, one with a
 * space), in a fresh process so no earlier use has taught it anything else.
 * Usage: tsx test/support/segmenter-tokens.ts native|wasm → text on stdout.
 */
import { CORPUS_FILES, readCorpus } from "./corpus";
import { buildLexicon } from "../../server/src/core/figures/metrics";
import { loadNativeEngine } from "../../server/src/core/segmenter/native-engine";
import { loadWasmEngine } from "../../server/src/core/segmenter/wasm-engine";

const engine = process.argv[2] === "native" ? loadNativeEngine() : loadWasmEngine();
const targets = [{ metric: "高新技术企业营业收入", aliases: ["高企营收"] }, { metric: "粮食" }, { metric: "城乡 居民储蓄" }, { metric: "数字经济核心产业增加值" }];
for (const name of buildLexicon(targets).names) engine.addWord(name, "n");
const TAUGHT = "全市高新技术企业营业收入增长12%，高企营收突破千亿元，数字经济核心产业增加值占比提高，规上工业增加值增长6%，城乡 居民储蓄余额增加。";
const out: string[] = [];
for (const text of [TAUGHT, ...CORPUS_FILES.map(readCorpus)]) {
  for (const line of text.split(/\r?\n/)) {
    if (!line) continue;
    out.push(engine.cut(line, true).join(" "));
    out.push(engine.tag(line, true).map((w) => `${w.word}/${w.tag}`).join(" "));
  }
}
process.stdout.write(out.join("\n") + "\n");
