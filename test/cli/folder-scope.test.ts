/**
 * What `lectern check` checks in a folder: .gitignore is honoured (nested files,
 * negations, a repository's top-level file from a subfolder), a repository's
 * README/CHANGELOG/LICENSE are left out by default, `.lectern/config.json`
 * include/exclude decide when present (validated, with a clear error when
 * not), files named on the command line are always checked, and --no-ignore
 * checks everything. Driven through the built CLI.
 */
import * as assert from "assert";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { runCli, tempDir } from "../support/cli";

const DRAFT = "一、总体要求\n要提高站位。\n二、工作安排\n要抓好落实。\n";

function write(root: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), text);
  }
}

/** The files `check --format json` reported, relative to cwd with forward slashes, sorted. */
function checked(args: string[], cwd: string): string[] {
  const r = runCli(["check", "--format", "json", ...args], cwd);
  assert.ok(r.status === 0 || r.status === 1, `exit ${r.status}: ${r.stderr}`);
  return (JSON.parse(r.stdout).files as { path: string }[]).map((f) => f.path.split(path.sep).join("/")).sort();
}

describe("CLI: which files a folder check covers", () => {
  it("by default leaves out a repository's README, CHANGELOG and LICENSE and checks every draft", () => {
    const dir = tempDir();
    write(dir, { "README.md": "# 说明\n1. 安装\n3. 使用\n", "CHANGELOG.md": "## 0.1\n", "LICENSE.txt": "MIT\n", "drafts/讲话.speech": DRAFT, "drafts/notes.md": DRAFT, "drafts/docs/README.md": "1. 甲\n3. 乙\n", "报告.txt": DRAFT });
    assert.deepStrictEqual(checked([], dir), ["drafts/notes.md", "drafts/讲话.speech", "报告.txt"]);
  });

  it("honours .gitignore files: nested ones, negations, and the repository's top file when run from a subfolder", () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, ".git"));
    write(dir, {
      ".gitignore": "build/\n*.bak.md\n",
      "drafts/.gitignore": "scratch-*\n!scratch-keep.speech\n",
      "drafts/a.speech": DRAFT,
      "drafts/a.bak.md": DRAFT,
      "drafts/scratch-1.speech": DRAFT,
      "drafts/scratch-keep.speech": DRAFT,
      "build/out.md": DRAFT,
    });
    assert.deepStrictEqual(checked([], dir), ["drafts/a.speech", "drafts/scratch-keep.speech"]);
    // From inside drafts/, the repository's .gitignore above still applies.
    assert.deepStrictEqual(checked([], path.join(dir, "drafts")), ["a.speech", "scratch-keep.speech"]);
    // A folder named on the command line is walked even though .gitignore leaves it out.
    assert.deepStrictEqual(checked(["build"], dir), ["build/out.md"]);
  });

  it("takes include and exclude from .lectern/config.json; its exclude replaces the default", () => {
    const dir = tempDir();
    write(dir, {
      ".lectern/config.json": JSON.stringify({ include: ["drafts/**/*.speech", "README.md"], exclude: ["drafts/archive/"] }),
      "README.md": DRAFT,
      "notes.md": DRAFT,
      "drafts/2026/a.speech": DRAFT,
      "drafts/2026/b.txt": DRAFT,
      "drafts/archive/old.speech": DRAFT,
    });
    assert.deepStrictEqual(checked([], dir), ["README.md", "drafts/2026/a.speech"]);
    // --no-workspace leaves .lectern/ aside, config.json too: the defaults apply.
    assert.deepStrictEqual(checked(["--no-workspace"], dir), ["drafts/2026/a.speech", "drafts/2026/b.txt", "drafts/archive/old.speech", "notes.md"]);
  });

  it("always checks a file named on the command line, and --no-ignore checks every draft in a folder", () => {
    const dir = tempDir();
    write(dir, { ".gitignore": "private/\n", "README.md": DRAFT, "private/a.speech": DRAFT, "b.speech": DRAFT });
    assert.deepStrictEqual(checked(["README.md", "private/a.speech"], dir), ["README.md", "private/a.speech"]);
    assert.deepStrictEqual(checked(["--no-ignore"], dir), ["README.md", "b.speech", "private/a.speech"]);
  });

  it("says how many files it left out when nothing is left to check", () => {
    const dir = tempDir();
    write(dir, { "README.md": DRAFT, "CHANGELOG.md": DRAFT });
    const r = runCli(["check"], dir);
    assert.strictEqual(r.status, 2);
    assert.match(r.stderr, /no drafts .* under \. \(2 left out by \.gitignore or \.lectern\/config\.json; --no-ignore checks them\)/);
  });

  it("reports a bad .lectern/config.json at its JSON path, exits 2, and still checks with the defaults", () => {
    const dir = tempDir();
    write(dir, { ".lectern/config.json": '{\n  "include": "*.speech",\n  "exlude": []\n}\n', "a.speech": DRAFT, "README.md": DRAFT });
    const r = runCli(["check", "--format", "json"], dir);
    assert.strictEqual(r.status, 2, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.deepStrictEqual(
      out.files.map((f: { path: string }) => f.path),
      ["a.speech"],
    );
    const config = out.dataFiles.find((d: { path: string }) => d.path.endsWith("config.json"));
    assert.ok(config, JSON.stringify(out.dataFiles));
    assert.ok(config.diagnostics.every((d: { code: string }) => d.code === "config.invalid"));
    const messages = config.diagnostics.map((d: { message: string }) => d.message).join("\n");
    assert.match(messages, /include/);
    assert.match(messages, /exlude/);
    // The include problem is shown on line 2 of the file, where it is.
    assert.ok(config.diagnostics.some((d: { range: { start: { line: number } } }) => d.range.start.line === 1));
    assert.match(r.stderr, /config\.json:2:/);
  });

  it("walks a symbolic link back up the tree once, and passes over a dangling one", () => {
    const dir = tempDir();
    write(dir, { "drafts/a.speech": DRAFT });
    fs.symlinkSync("..", path.join(dir, "drafts", "up"));
    fs.symlinkSync("missing.speech", path.join(dir, "drafts", "gone.speech"));
    const r = runCli(["check", "--format", "json"], dir);
    assert.strictEqual(r.status, 0, r.stderr);
    assert.deepStrictEqual(
      JSON.parse(r.stdout).files.map((f: { path: string }) => f.path.split(path.sep).join("/")),
      ["drafts/a.speech"],
    );
  });

  it("reads only regular files: a named pipe is refused by name and passed over in a folder, never read", () => {
    const dir = tempDir();
    write(dir, { "a.speech": DRAFT });
    const fifo = path.join(dir, "pipe.txt");
    assert.strictEqual(spawnSync("mkfifo", [fifo]).status, 0, "mkfifo");
    const walked = runCli(["check", "--format", "json"], dir);
    assert.strictEqual(walked.status, 0, walked.stderr);
    assert.deepStrictEqual(JSON.parse(walked.stdout).files.map((f: { path: string }) => f.path), ["a.speech"]);
    const named = runCli(["check", "pipe.txt", "a.speech"], dir);
    assert.strictEqual(named.status, 2);
    assert.match(named.stderr, /lectern check: pipe\.txt: not a regular file/);
    // Every command that reads one draft says the same.
    const outline = runCli(["outline", "pipe.txt"], dir);
    assert.strictEqual(outline.status, 2);
    assert.match(outline.stderr, /pipe\.txt: not a regular file/);
  });
});
