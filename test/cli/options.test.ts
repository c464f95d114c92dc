import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { COMMANDS } from "../../server/src/cli/commands";
import { CORPUS_DIR } from "../support/corpus";
import { runCli, tempDir } from "../support/cli";

const county = path.join(CORPUS_DIR, "county-mobilization-speech.txt");

/** A clean one-heading draft in a fresh folder. */
function draft(): string {
  const f = path.join(tempDir(), "a.speech");
  fs.writeFileSync(f, "一、甲\n正文。\n二、乙\n正文。\n");
  return f;
}

describe("CLI options (one table per command)", () => {
  it("every command's --help lists every option it takes, one line each, and -h says the same", () => {
    for (const [name, c] of Object.entries(COMMANDS)) {
      const r = runCli([name, "--help"]);
      assert.strictEqual(r.status, 0, r.stderr);
      assert.match(r.stdout, new RegExp(`^usage: lectern ${name} `));
      const lines = r.stdout.split("\n");
      for (const o of [...c.options, { name: "--help", short: "-h" }]) {
        const hits = lines.filter((l) => new RegExp(`^  ${o.short ? o.short + ", " : "    "}${o.name}(\\s|$)`).test(l));
        assert.strictEqual(hits.length, 1, `${name} --help: ${o.name}\n${r.stdout}`);
      }
      // Help lines are aligned: every description starts in the same column.
      const optionLines = lines.slice(lines.indexOf("options:") + 1).filter((l) => l.startsWith("  "));
      const columns = new Set(optionLines.map((l) => /^ {2}.*?\S {2,}(?=\S)/.exec(l)![0].length));
      assert.strictEqual(columns.size, 1, r.stdout);
      assert.strictEqual(runCli([name, "-h"]).stdout, r.stdout);
      assert.strictEqual(runCli(["help", name]).stdout, r.stdout);
    }
    // Three processes per command: on a busy machine this takes longer than one test's default.
  }).timeout(90000);

  it("the README's Command line section names every option of every command", () => {
    const readme = fs.readFileSync(path.resolve(__dirname, "../../README.md"), "utf8");
    const section = readme.slice(readme.indexOf("## Command line"), readme.indexOf("\n## ", readme.indexOf("## Command line") + 3));
    for (const [name, c] of Object.entries(COMMANDS)) for (const o of c.options) assert.ok(section.includes(o.name), `README's Command line lacks ${name} ${o.name}`);
  });

  it("check --help lists --no-workspace, --reading-rate and --max-document-size", () => {
    const help = runCli(["check", "--help"]).stdout;
    for (const o of ["--no-workspace", "--reading-rate N", "--max-document-size N", "-f, --format pretty|json"]) assert.ok(help.includes(o), o);
  });

  it("the top-level help lists the commands with their summaries in one aligned column, and -V prints the version", () => {
    const r = runCli(["--help"]);
    assert.strictEqual(r.status, 0);
    const commandLines = r.stdout.split("\n").filter((l) => Object.keys(COMMANDS).some((n) => l.startsWith(`  ${n} `)));
    assert.strictEqual(commandLines.length, Object.keys(COMMANDS).length, r.stdout);
    const starts = new Set(commandLines.map((l) => /^ {2}\S+ +/.exec(l)![0].length));
    assert.strictEqual(starts.size, 1, r.stdout);
    const version = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../package.json"), "utf8")).version;
    assert.strictEqual(runCli(["-V"]).stdout.trim(), version);
    assert.strictEqual(runCli(["--version"]).stdout.trim(), version);
    // No command at all: help on stderr, a usage error.
    const bare = runCli([]);
    assert.strictEqual(bare.status, 2);
    assert.match(bare.stderr, /^usage: lectern/);
  });

  it("-f json is --format json; -fjson and --format=json too", () => {
    const f = draft();
    const long = runCli(["check", f, "--format", "json", "--no-workspace"]);
    assert.strictEqual(long.status, 0, long.stderr);
    for (const args of [["-f", "json"], ["-fjson"], ["--format=json"]]) assert.strictEqual(runCli(["check", f, ...args, "--no-workspace"]).stdout, long.stdout, args.join(" "));
    assert.deepStrictEqual(JSON.parse(runCli(["outline", f, "-f", "json"]).stdout).outline.map((s: { name: string }) => s.name), ["一、甲", "二、乙"]);
  });

  it("usage errors name the flag and exit 2; the message and exit code agree", () => {
    const f = draft();
    const cases: [string[], RegExp][] = [
      [["check", f, "--reading-rate", "5"], /^lectern check: --reading-rate 5: must be ≥ 60$/m],
      [["check", f, "--reading-rate", "5000"], /--reading-rate 5000: must be ≤ 1000/],
      [["stats", f, "--reading-rate", "fast"], /--reading-rate fast: must be a whole number/],
      [["check", f, "--year", "1900"], /--year 1900: must be ≥ 1949/],
      [["check", f, "--max-document-size", "10"], /--max-document-size 10: must be ≥ 1000/],
      [["check", f, "--rule", "numbering.Sequence=off"], /--rule numbering.Sequence=off: unknown code numbering.Sequence \(did you mean numbering\.sequence/],
      [["check", f, "--rule", "slogan.deprecate=off"], /unknown code slogan\.deprecate \(did you mean slogan\.deprecated/],
      [["check", f, "--rule", "zzzz.qqqq=off"], /unknown code zzzz\.qqqq \(the codes are listed/],
      [["check", f, "--frmat", "json"], /unknown option --frmat \(did you mean --format\?\)/],
      [["check", f, "-x"], /unknown option -x/],
      [["outline", f, "--year", "2024"], /--year is not an option of this command \(check, diff, figures, review take it\)/],
      [["stats", f, "--fix"], /--fix is not an option of this command \(check takes it\)/],
      [["check", f, "--fix=yes"], /--fix takes no value/],
      [["check", f, "--format"], /--format needs a value \(pretty\|json\|sarif\|github\)/],
      [["check", f, "--year", "2024", "--year", "2025"], /--year given more than once/],
      [["chek", f], /unknown command "chek" \(did you mean check\?\)/],
      [["--frobnicate"], /unknown option --frobnicate/],
    ];
    for (const [args, msg] of cases) {
      const r = runCli(args);
      assert.strictEqual(r.status, 2, `${args.join(" ")}: ${r.stderr}`);
      assert.match(r.stderr, msg, args.join(" "));
      assert.strictEqual(r.stdout, "", args.join(" "));
    }
  });

  it("an unknown option is an error, never a file name; -- ends the options and - is standard input", () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "--odd.speech"), "一、甲\n正文。\n");
    const r = runCli(["check", "--odd.speech"], dir);
    assert.strictEqual(r.status, 2);
    assert.match(r.stderr, /unknown option --odd\.speech/);
    const ok = runCli(["check", "--no-workspace", "-f", "json", "--", "--odd.speech"], dir);
    assert.strictEqual(ok.status, 0, ok.stderr);
    assert.strictEqual(JSON.parse(ok.stdout).files[0].path, "--odd.speech");
  });

  it("values in range are taken: --reading-rate sets the speaking time, --rule a severity, --max-document-size the limit", () => {
    const stats = JSON.parse(runCli(["stats", county, "-f", "json", "--reading-rate", "110"]).stdout);
    assert.strictEqual(stats.readingRate, 110);
    // Over --max-document-size only outline and numbering checks run: the slogan slip is not reported.
    const f = path.join(tempDir(), "long.speech");
    fs.writeFileSync(f, `一、甲\n要做到帜鲜明讲政治。${"正文。".repeat(400)}\n二、乙\n正文。\n四、丁\n正文。\n`);
    const codes = (args: string[]) => JSON.parse(runCli(["check", f, "-f", "json", "--no-workspace", ...args]).stdout).files[0].diagnostics.map((d: { code: string }) => d.code);
    assert.deepStrictEqual(codes(["--max-document-size", "1000"]), ["document.tooLarge", "numbering.sequence"]);
    assert.ok(codes([]).includes("slogan.typo"), codes([]).join());
    assert.ok(codes(["--max-document-size", "5000"]).includes("slogan.typo"));
  });
});
