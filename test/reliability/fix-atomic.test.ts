/**
 * Nothing lost: `lectern check --fix` writes through a temporary file renamed
 * over the original, keeps line endings, BOM and permissions, and leaves the
 * original untouched when anything fails.
 */
import * as assert from "assert";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { writeAtomic } from "../../server/src/cli/files";
import { runCli } from "../../server/src/cli/main";

const CLI_JS = path.resolve(__dirname, "../../dist/cli.js");
const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), "lectern-fix-"));
const cli = (args: string[], cwd: string) => spawnSync(process.execPath, [CLI_JS, ...args], { cwd, encoding: "utf8" });

describe("reliability: check --fix writes atomically and loses nothing", () => {
  it("writeAtomic replaces the file, keeps its mode and leaves no temporary file", () => {
    const dir = tempDir();
    const f = path.join(dir, "a.speech");
    fs.writeFileSync(f, "old");
    fs.chmodSync(f, 0o640);
    let renamed: [string, string] | undefined;
    writeAtomic(f, "new", (a, b) => {
      renamed = [a, b];
      fs.renameSync(a, b);
    });
    assert.strictEqual(fs.readFileSync(f, "utf8"), "new");
    assert.strictEqual(fs.statSync(f).mode & 0o777, 0o640);
    assert.ok(renamed && path.dirname(renamed[0]) === dir && renamed[1] === f, "the temporary file is not in the same folder");
    assert.deepStrictEqual(fs.readdirSync(dir), ["a.speech"]);
  });

  it("writeAtomic with a failing rename leaves the original byte for byte and removes the temporary file", () => {
    const dir = tempDir();
    const f = path.join(dir, "a.speech");
    const original = Buffer.from("\uFEFF一、甲\r\n三、乙\r\n", "utf8");
    fs.writeFileSync(f, original);
    assert.throws(
      () =>
        writeAtomic(f, "replaced", () => {
          throw Object.assign(new Error("EXDEV: cross-device link not permitted"), { code: "EXDEV" });
        }),
      /EXDEV/,
    );
    assert.deepStrictEqual(fs.readFileSync(f), original);
    assert.deepStrictEqual(fs.readdirSync(dir), ["a.speech"]);
  });

  it("check --fix renumbers a CRLF draft with a BOM, keeping CRLF, the BOM and the file mode", () => {
    const dir = tempDir();
    const f = path.join(dir, "crlf.speech");
    fs.writeFileSync(f, "\uFEFF一、甲\r\n正文。\r\n二、乙\r\n正文。\r\n四、丁\r\n正文。\r\n");
    fs.chmodSync(f, 0o600);
    const r = cli(["check", "--fix", "crlf.speech"], dir);
    const after = fs.readFileSync(f, "utf8");
    assert.notStrictEqual(after, "\uFEFF一、甲\r\n正文。\r\n二、乙\r\n正文。\r\n四、丁\r\n正文。\r\n", `no fix was applied: ${r.stderr}`);
    assert.strictEqual(after, "\uFEFF一、甲\r\n正文。\r\n二、乙\r\n正文。\r\n三、丁\r\n正文。\r\n");
    assert.match(r.stderr, /fixed .*crlf\.speech:5/);
    assert.strictEqual(fs.statSync(f).mode & 0o777, 0o600);
    assert.deepStrictEqual(fs.readdirSync(dir), ["crlf.speech"]);
  });

  it("check --fix keeps LF and CR-only files as they were, and a clean file is not rewritten", () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "lf.speech"), "一、甲\n正文。\n二、乙\n正文。\n二、丙\n正文。\n");
    fs.writeFileSync(path.join(dir, "cr.speech"), "一、甲\r正文。\r三、乙\r正文。\r");
    const clean = path.join(dir, "clean.speech");
    fs.writeFileSync(clean, "一、甲\n正文。\n二、乙\n正文。\n");
    const old = new Date(2020, 0, 1);
    fs.utimesSync(clean, old, old);
    cli(["check", "--fix", "."], dir);
    assert.strictEqual(fs.readFileSync(path.join(dir, "lf.speech"), "utf8"), "一、甲\n正文。\n二、乙\n正文。\n三、丙\n正文。\n");
    assert.strictEqual(fs.readFileSync(path.join(dir, "cr.speech"), "utf8"), "一、甲\r正文。\r二、乙\r正文。\r");
    assert.strictEqual(fs.statSync(clean).mtimeMs, old.getTime());
  });

  it("check --fix whose rename fails: a clear error naming the file, exit 2, the draft byte for byte untouched, no temporary file", async () => {
    const dir = tempDir();
    const f = path.join(dir, "a.speech");
    const original = Buffer.from("\uFEFF一、甲\r\n正文。\r\n三、乙\r\n正文。\r\n", "utf8");
    fs.writeFileSync(f, original);
    // In-process, so the rename can fail whatever the user (root ignores read-only folders).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const nodeFs = require("fs") as { renameSync: typeof fs.renameSync };
    const realRename = nodeFs.renameSync;
    const err: string[] = [];
    let code: number;
    nodeFs.renameSync = () => {
      throw Object.assign(new Error("EIO: i/o error, rename"), { code: "EIO" });
    };
    try {
      code = await runCli(["check", "--fix", "--no-workspace", f], { out: () => {}, err: (s) => err.push(s) });
    } finally {
      nodeFs.renameSync = realRename;
    }
    assert.strictEqual(code, 2, err.join("\n"));
    assert.match(err.join("\n"), /a\.speech: could not write fixes \(file left unchanged\): EIO/);
    assert.deepStrictEqual(fs.readFileSync(f), original);
    assert.deepStrictEqual(fs.readdirSync(dir), ["a.speech"]);
  });
});
