/**
 * Unsafe file operations through the built CLI: review through a link never
 * touches its input, --fix writes through links and keeps hard links, owner and
 * mode, diff never passes an option to git, a FIFO anywhere never hangs a run,
 * and standard input stops at the document limit.
 */
import * as assert from "assert";
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { tempDir } from "../support/cli";
import { assertBounded, runBounded } from "../support/hostile";
import { rawDocx, p } from "../support/docx-raw";

const DRAFT = "一、总体要求\n这次会议约52万人左右参加。\n三、工作安排\n认真落实。\n";
const isPosix = process.platform !== "win32";

describe("hostile file system: links, owners, FIFOs, git options, standard input", function () {
  this.timeout(120_000);

  it("review link.docx -o in.docx (link → in.docx), or -o a hard link of it: refused, the original byte for byte", function () {
    if (!isPosix) this.skip();
    const dir = tempDir();
    const original = rawDocx(p("这次会议约52万人左右参加。"));
    fs.writeFileSync(path.join(dir, "in.docx"), original);
    fs.symlinkSync("in.docx", path.join(dir, "link.docx"));
    fs.linkSync(path.join(dir, "in.docx"), path.join(dir, "hard.docx"));
    for (const args of [["review", "link.docx", "-o", "in.docx"], ["review", "in.docx", "-o", "link.docx"], ["review", "in.docx", "-o", "hard.docx"], ["review", "in.docx", "-o", "./sub/../in.docx"]]) {
      const r = runBounded([...args, "--no-workspace"], dir);
      assertBounded(r);
      assert.strictEqual(r.status, 2, `${args.join(" ")}: ${r.stderr}`);
      assert.match(r.stderr, /must not replace the original/);
      assert.ok(fs.readFileSync(path.join(dir, "in.docx")).equals(original), args.join(" "));
      assert.ok(fs.lstatSync(path.join(dir, "link.docx")).isSymbolicLink());
    }
  });

  it("--fix on a symbolic link fixes the file it names and leaves the link a link; on a hard link both names stay one fixed file; mode and owner are kept", function () {
    if (!isPosix) this.skip();
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, "real"));
    const real = path.join(dir, "real", "draft.speech");
    fs.writeFileSync(real, DRAFT, { mode: 0o640 });
    fs.chmodSync(real, 0o640);
    fs.symlinkSync(path.join("real", "draft.speech"), path.join(dir, "link.speech"));
    const r = runBounded(["check", "link.speech", "--fix", "--no-workspace"], dir);
    assertBounded(r);
    assert.ok(fs.lstatSync(path.join(dir, "link.speech")).isSymbolicLink(), "still a link");
    assert.notStrictEqual(fs.readFileSync(real, "utf8"), DRAFT, "the file the link names was fixed");
    assert.match(fs.readFileSync(real, "utf8"), /二、工作安排/);
    assert.strictEqual(fs.statSync(real).mode & 0o777, 0o640);
    assert.deepStrictEqual(fs.readdirSync(path.join(dir, "real")), ["draft.speech"], "no temporary file left");

    const a = path.join(dir, "a.speech");
    const b = path.join(dir, "b.speech");
    fs.writeFileSync(a, DRAFT, { mode: 0o604 });
    fs.chmodSync(a, 0o604);
    fs.linkSync(a, b);
    // Owned by another user (when this test may give files away): the owner stays.
    const canChown = process.getuid?.() === 0;
    if (canChown) fs.chownSync(a, 4321, 4321);
    const r2 = runBounded(["check", "a.speech", "--fix", "--no-workspace"], dir);
    assertBounded(r2);
    const [sa, sb] = [fs.statSync(a), fs.statSync(b)];
    assert.strictEqual(sa.ino, sb.ino, "the hard links are still one file");
    assert.strictEqual(sa.nlink, 2);
    assert.match(fs.readFileSync(b, "utf8"), /二、工作安排/);
    assert.strictEqual(sa.mode & 0o777, 0o604);
    if (canChown) assert.deepStrictEqual([sa.uid, sa.gid], [4321, 4321]);

    // A single-link file owned by someone else is rewritten in place too.
    if (canChown) {
      const c = path.join(dir, "c.speech");
      fs.writeFileSync(c, DRAFT);
      fs.chownSync(c, 4321, 4322);
      const ino = fs.statSync(c).ino;
      assertBounded(runBounded(["check", "c.speech", "--fix", "--no-workspace"], dir));
      assert.deepStrictEqual([fs.statSync(c).uid, fs.statSync(c).gid, fs.statSync(c).ino], [4321, 4322, ino]);
      assert.match(fs.readFileSync(c, "utf8"), /二、工作安排/);
    }
  });

  it("diff git:--output=FILE:x is refused (git never sees an option) and a failing git show is a clear error, exit 2", () => {
    const dir = tempDir();
    execFileSync("git", ["init", "-q"], { cwd: dir });
    fs.writeFileSync(path.join(dir, "a.speech"), DRAFT);
    execFileSync("git", ["add", "."], { cwd: dir });
    execFileSync("git", ["-c", "user.email=t@example.com", "-c", "user.name=t", "commit", "-qm", "x"], { cwd: dir });
    const injected = runBounded(["diff", "git:--output=PWNED:x", "a.speech"], dir);
    assertBounded(injected);
    assert.strictEqual(injected.status, 2);
    assert.match(injected.stderr, /a revision cannot start with "-"/);
    assert.ok(!fs.existsSync(path.join(dir, "PWNED")), "git wrote no file");
    const missing = runBounded(["diff", "git:HEAD:nope.speech", "a.speech"], dir);
    assert.strictEqual(missing.status, 2);
    assert.match(missing.stderr, /git show HEAD:nope\.speech failed: .*nope\.speech/);
    const ok = runBounded(["diff", "git:HEAD:a.speech", "a.speech"], dir);
    assert.strictEqual(ok.status, 0, ok.stderr);
    assert.match(ok.stdout, /no changes to review/);
  });

  it("FIFOs named .gitignore, as a pack, a target table, a draft and a cache entry never hang a run", function () {
    if (!isPosix) this.skip();
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "a.speech"), DRAFT);
    const fifo = (name: string) => {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      execFileSync("mkfifo", [path.join(dir, name)]);
    };
    fifo(".gitignore");
    fifo("sub/.gitignore");
    fs.writeFileSync(path.join(dir, "sub", "b.speech"), DRAFT);
    fifo(".lectern/a.pack.json");
    fifo(".lectern/targets.json");
    fifo("p.pack.json");
    fifo("t.json");
    fifo("c.speech");
    // The workspace's pack and target table are FIFOs: reported, and the drafts checked.
    const r = runBounded(["check", ".", "c.speech", "--cache"], dir, undefined, 30_000);
    assertBounded(r);
    assert.strictEqual(r.status, 2, r.stderr);
    assert.match(r.stderr, /c\.speech: not a regular file/);
    assert.match(r.stdout, /2 files checked/);
    for (const option of ["--pack", "--targets"]) {
      const named = runBounded(["check", "a.speech", "--cache", option, option === "--pack" ? "p.pack.json" : "t.json", "--no-workspace"], dir, undefined, 30_000);
      assertBounded(named);
      assert.strictEqual(named.status, 2);
      assert.match(named.stderr, /not a regular file/);
    }
    // A cache entry that is a FIFO: ignored and the draft analysed.
    const cacheDir = path.join(dir, "node_modules", ".cache", "lectern");
    for (const f of fs.readdirSync(cacheDir)) {
      fs.rmSync(path.join(cacheDir, f));
      execFileSync("mkfifo", [path.join(cacheDir, f)]);
    }
    const again = runBounded(["check", "a.speech", "--cache", "--no-workspace"], dir, undefined, 30_000);
    assertBounded(again);
    assert.match(again.stdout, /figure\.usage/);
  });

  it("a cache path that is a file: the drafts are checked, no internal error", () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "a.speech"), DRAFT);
    fs.mkdirSync(path.join(dir, "node_modules"));
    fs.writeFileSync(path.join(dir, "node_modules", ".cache"), "a file");
    const r = runBounded(["check", "a.speech", "--cache", "--no-workspace"], dir);
    assertBounded(r);
    assert.strictEqual(r.status, 0, r.stderr);
    assert.match(r.stdout, /figure\.usage/);
  });

  it("standard input stops at the 64 MB document limit: 70 MB of zeros is refused in one line without holding it", () => {
    const dir = tempDir();
    const t0 = Date.now();
    const r = spawnSync("sh", ["-c", `head -c 73400320 /dev/zero | "${process.execPath}" --max-old-space-size=256 "${path.resolve(__dirname, "../../dist/cli.js")}" check -`], { cwd: dir, encoding: "utf8", timeout: 60_000 });
    assert.ok(Date.now() - t0 < 10_000, `${Date.now() - t0} ms`);
    assert.strictEqual(r.status, 2, r.stderr);
    assert.match(r.stderr, /<stdin>: larger than 64 MB: not a draft/);
  });
});
