/** The built `lectern check --fix` on correct text: the official reports, the correct regression drafts and 我们将一是… stay byte-identical. */
import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { spawnSync } from "child_process";
import { CORPUS_DIR } from "../support/corpus";
import { readDrafts } from "../support/drafts";

const CLI_JS = path.resolve(__dirname, "../../dist/cli.js");

function fixInPlace(files: string[]) {
  const r = spawnSync(process.execPath, [CLI_JS, "check", "--no-workspace", "--fix", ...files], { cwd: os.tmpdir(), encoding: "utf8" });
  assert.ok(r.status === 0 || r.status === 1, r.stderr);
  return r;
}

describe("CLI check --fix leaves correct text alone", () => {
  it("the official reports and every correct regression draft, byte for byte", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lectern-correct-"));
    const originals = new Map<string, string>();
    for (const name of ["20th-congress-report-2022.txt", "government-work-report-2024.txt"]) originals.set(name, fs.readFileSync(path.join(CORPUS_DIR, name), "utf8"));
    for (const d of readDrafts().filter((x) => x.expected.length === 0)) originals.set(d.name.replace(/[\\/]/g, "_"), d.text);
    assert.ok(originals.size >= 7);
    for (const [name, text] of originals) fs.writeFileSync(path.join(dir, name), text);
    const r = fixInPlace([...originals.keys()].map((n) => path.join(dir, n)));
    for (const [name, text] of originals) assert.strictEqual(fs.readFileSync(path.join(dir, name), "utf8"), text, `${name} changed: ${r.stderr}`);
  });
  it("我们将一是加强学习，二是狠抓落实，三是强化督查。 is not renumbered to 一是…一是…二是", () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "lectern-correct-")), "draft.speech");
    const text = "同志们：\n我们将一是加强学习，二是狠抓落实，三是强化督查。\n要一要提高认识，二要加强领导。\n主要做法是一是完善制度，二是压实责任。\n";
    fs.writeFileSync(file, text);
    const r = fixInPlace([file]);
    assert.strictEqual(fs.readFileSync(file, "utf8"), text);
    assert.doesNotMatch(r.stdout + r.stderr, /一是”开始/);
  });
});
