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
    for (const name of ["高新技术企业营业收入/n", "高企营收/n", "数字经济核心产业增加值/n", "规上工业增加值/n"]) assert.ok(lines[2].includes(name), `${name} is kept whole: ${lines[2]}`);
    const differ = lines.findIndex((l, i) => i > 0 && l !== wasm.split("\n")[i]);
    assert.strictEqual(differ, -1, `first difference at line ${differ}:\nnative ${lines[differ]}\nwasm   ${wasm.split("\n")[differ]}`);
  });

  it("teaching the built-in words in one step from the build-time table gives the engine word-by-word teaching gives", function () {
    this.timeout(120_000);
    const table = tokens("native-table").split("\n");
    const oneByOne = tokens("native").split("\n");
    const m = /^from table (\d+) of (\d+); same frequencies and totals: (\w+); without targets (\d+) of (\d+), same: (\w+)$/.exec(table[0]);
    assert.ok(m, table[0]);
    // The target-table names interleave with the built-in ones by length, so only a prefix comes from the table.
    assert.ok(Number(m[1]) > 0 && Number(m[1]) < Number(m[2]), table[0]);
    assert.strictEqual(m[3], "true");
    assert.ok(Number(m[4]) > 40 && m[4] === m[5], table[0]);
    assert.strictEqual(m[6], "true");
    const differ = table.findIndex((l, i) => i > 0 && l !== oneByOne[i]);
    assert.strictEqual(differ, -1, `first difference at line ${differ}:\ntable ${table[differ]}\nword by word ${oneByOne[differ]}`);
  });

  it("loading dictionary words only as the text needs them gives the words and tags of the whole dictionary", function () {
    this.timeout(120_000);
    const lazy = tokens("native-lazy").split("\n");
    const whole = tokens("native").split("\n");
    assert.strictEqual(lazy.length, whole.length);
    const differ = lazy.findIndex((l, i) => i > 0 && l !== whole[i]);
    assert.strictEqual(differ, -1, `first difference at line ${differ}:\nlazy  ${lazy[differ]}\nwhole ${whole[differ]}`);
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
