/** The native and the WebAssembly jieba give the same words and tags, so the engine never changes a finding. */
import * as assert from "assert";
import { execFileSync } from "child_process";
import * as path from "path";
import { dictionaryFrequency } from "../../server/src/core/segmenter/native-engine";

const SCRIPT = path.join(__dirname, "../support/segmenter-tokens.ts");
const tokens = (engine: string) => execFileSync(process.execPath, ["--import", "tsx", SCRIPT, engine], { encoding: "utf8", maxBuffer: 1 << 26 });

describe("segmenter engines", () => {
  it("cut and tag every corpus line identically after the same words are taught", function () {
    this.timeout(120_000);
    const native = tokens("native");
    const wasm = tokens("wasm");
    const lines = native.split("\n");
    assert.ok(lines.length > 500, `only ${lines.length} lines`);
    for (const name of ["高新技术企业营业收入/n", "高企营收/n", "数字经济核心产业增加值/n", "规上工业增加值/n"]) assert.ok(lines[1].includes(name), `${name} is kept whole: ${lines[1]}`);
    const differ = lines.findIndex((l, i) => l !== wasm.split("\n")[i]);
    assert.strictEqual(differ, -1, `first difference at line ${differ}:\nnative ${lines[differ]}\nwasm   ${wasm.split("\n")[differ]}`);
  });

  it("reads a frequency from a sorted dictionary by binary search", () => {
    const dict = Buffer.from("一 217830 m\n一一 1670 m\n中国 60000 ns\n国家 50000 n\n社会 40000 n\n");
    assert.strictEqual(dictionaryFrequency(dict, "一"), 217830);
    assert.strictEqual(dictionaryFrequency(dict, "中国"), 60000);
    assert.strictEqual(dictionaryFrequency(dict, "社会"), 40000);
    assert.strictEqual(dictionaryFrequency(dict, "一二"), undefined);
    assert.strictEqual(dictionaryFrequency(dict, "龙"), undefined);
  });
});
