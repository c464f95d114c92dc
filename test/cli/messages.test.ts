/** One vocabulary: the same cause gives the same words in every command; data files are reported once. */
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { runCli, tempDir } from "../support/cli";

describe("CLI: one vocabulary for errors", () => {
  it("a missing file is `no such file or directory` in every command, a folder where a file is expected `is a directory`", () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, "folder"));
    for (const command of ["check", "outline", "stats", "figures"]) {
      const r = runCli([command, "missing.speech"], dir);
      assert.strictEqual(r.status, 2, command);
      assert.match(r.stderr, new RegExp(`^lectern ${command}: missing\\.speech: no such file or directory$`, "m"), command);
      assert.doesNotMatch(r.stderr, /ENOENT|cannot read/, command);
    }
    for (const command of ["outline", "stats", "figures"]) assert.match(runCli([command, "folder"], dir).stderr, new RegExp(`^lectern ${command}: folder: is a directory$`, "m"));
    for (const command of ["check", "figures"]) assert.match(runCli([command, "x.speech", "--targets", "nope.json"], dir).stderr, /--targets nope\.json: no such file or directory/);
  });

  it("a bad target table is reported once, not counted as a checked file, and exits 2", () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "a.speech"), "一、甲\n正文。\n二、乙\n正文。\n");
    fs.writeFileSync(path.join(dir, "bad.json"), '{ "targets": [ { "metric": "x", "value": 1 } ] }');
    const r = runCli(["check", "a.speech", "--targets", "bad.json", "--no-workspace"], dir);
    assert.strictEqual(r.status, 2);
    assert.strictEqual((r.stdout + r.stderr).split("targets[0].unit").length - 1, 1, r.stdout + r.stderr);
    assert.match(r.stderr, /^lectern check: bad\.json:1:16: targets\[0\]\.unit/m);
    assert.match(r.stdout, /^1 file checked: 0 errors, 0 warnings, 0 notes; 1 invalid data file$/m);
  });
});
