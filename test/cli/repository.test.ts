/** The repository as a newcomer first meets it: `lectern check` in the clone, `lectern --help`. */
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { runCli } from "../support/cli";

const ROOT = path.resolve(__dirname, "../..");

describe("CLI: the repository itself", () => {
  it("`lectern check` with no arguments in the clone checks the example drafts and nothing else", () => {
    const r = runCli(["check", "--format", "json"], ROOT);
    const files = (JSON.parse(r.stdout).files as { path: string }[]).map((f) => f.path).sort();
    const examples = fs.readdirSync(path.join(ROOT, "examples")).filter((f) => /\.(speech|txt|md|docx)$/.test(f)).map((f) => `examples/${f}`).sort();
    assert.ok(examples.length > 0);
    assert.deepStrictEqual(files, examples);
  });

  it("`lectern --help` and the README's command block name every command", () => {
    const help = runCli(["--help"], ROOT).stdout;
    const commands = [...help.matchAll(/^  ([a-z]+)\s{2,}/gm)].map((m) => m[1]);
    assert.ok(commands.length >= 9, help);
    const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
    const block = /## Command line[\s\S]*?```sh\n([\s\S]*?)```/.exec(readme)![1];
    for (const c of commands) assert.match(block, new RegExp(`^lectern ${c}\\b`, "m"), `README's command block lacks lectern ${c}`);
  });
});
