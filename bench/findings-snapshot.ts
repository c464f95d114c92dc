/**
 * Every finding the built CLI reports, as one JSON text, so a change meant
 * only for speed can be shown to change no finding: record before the
 * change, compare after (byte-identical or a diff of the first differences).
 *
 *   tsx bench/findings-snapshot.ts record FILE
 *   tsx bench/findings-snapshot.ts compare FILE   (checks the drafts recorded in FILE again)
 *
 * The drafts: the corpus, the examples, the 1 MB synthetic draft, and every
 * Chinese string of ten or more characters written in the test files (the
 * tests' own drafts), each checked alone and then all at once in one process
 * (the segmenter learns words as it goes; one run must not change another).
 * LECTERN_SEGMENTER in the environment picks the engine, as for the CLI.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ts from "typescript";
import { CORPUS_DIR, CORPUS_FILES } from "../test/support/corpus";
import { syntheticDraft } from "./synthetic";

const ROOT = path.join(__dirname, "..");
const CLI_JS = path.join(ROOT, "dist/cli.js");

/** String and template literals with at least ten CJK characters in the test sources. */
export function testDrafts(): string[] {
  const out = new Set<string>();
  const files = fs.readdirSync(path.join(ROOT, "test"), { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts"));
  for (const f of files.sort()) {
    const source = ts.createSourceFile(f, fs.readFileSync(path.join(ROOT, "test", f), "utf8"), ts.ScriptTarget.Latest, false);
    const visit = (n: ts.Node): void => {
      if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) {
        if ((n.text.match(/[\u4e00-\u9fff]/g) ?? []).length >= 10) out.add(n.text);
      }
      ts.forEachChild(n, visit);
    };
    visit(source);
  }
  return [...out];
}

function check(files: string[]): string {
  try {
    return execFileSync(process.execPath, [CLI_JS, "check", "--no-workspace", "--format", "json", ...files], { encoding: "utf8", maxBuffer: 1 << 28 });
  } catch (e) {
    const out = (e as { stdout?: string; status?: number }).stdout;
    if ((e as { status?: number }).status === 1 && out) return out; // error findings: a complete report
    throw e;
  }
}

export interface Draft {
  name: string;
  text: string;
}

/** The drafts of this checkout: corpus, examples, the tests' own, a 1 MB synthetic one. */
export function collectDrafts(): Draft[] {
  const drafts: Draft[] = [];
  for (const f of CORPUS_FILES) drafts.push({ name: f, text: fs.readFileSync(path.join(CORPUS_DIR, f), "utf8") });
  for (const f of fs.readdirSync(path.join(ROOT, "examples")).sort()) if (fs.statSync(path.join(ROOT, "examples", f)).isFile()) drafts.push({ name: `example-${f}`, text: fs.readFileSync(path.join(ROOT, "examples", f), "utf8") });
  testDrafts().forEach((text, i) => drafts.push({ name: `test-${String(i).padStart(4, "0")}.txt`, text }));
  drafts.push({ name: "synthetic-1MB.txt", text: syntheticDraft(2 ** 20) });
  return drafts;
}

/** The CLI's JSON for each draft but the tests' own checked alone, then for all of them in one process. */
export function findingsOf(drafts: Draft[]): { alone: string[]; together: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lectern-findings-"));
  try {
    const files = drafts.map((d) => {
      const file = path.join(dir, d.name);
      fs.writeFileSync(file, d.text);
      return file;
    });
    const relative = (s: string) => s.split(dir + path.sep).join("");
    return { alone: files.filter((f) => !path.basename(f).startsWith("test-")).map((f) => relative(check([f]))), together: relative(check(files)) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function main(): void {
  const [mode, file] = process.argv.slice(2);
  if (!file || (mode !== "record" && mode !== "compare")) throw new Error("usage: tsx bench/findings-snapshot.ts record|compare FILE");
  if (mode === "record") {
    const drafts = collectDrafts();
    fs.writeFileSync(file, JSON.stringify({ drafts, ...findingsOf(drafts) }, null, 1) + "\n");
    console.log(`recorded the findings of ${drafts.length} drafts in ${file}`);
    return;
  }
  // The recorded drafts, not this checkout's: tests added since must not count as a change.
  const before = JSON.parse(fs.readFileSync(file, "utf8")) as { drafts: Draft[]; alone: string[]; together: string };
  const now = findingsOf(before.drafts);
  const a = [...before.alone, before.together];
  const b = [...now.alone, now.together];
  const differ = a.map((x, i) => (x !== b[i] ? i : -1)).filter((i) => i >= 0);
  if (!differ.length) {
    console.log(`identical: ${before.drafts.length} drafts, ${b.join("").length} characters of findings`);
    return;
  }
  console.error(`DIFFERENT in ${differ.length} of ${a.length} runs; first:`);
  const i = differ[0];
  const at = [...a[i]].findIndex((c, k) => c !== b[i][k]);
  console.error(`- …${a[i].slice(Math.max(0, at - 200), at + 400)}\n+ …${b[i].slice(Math.max(0, at - 200), at + 400)}`);
  process.exitCode = 1;
}

if (require.main === module) main();
