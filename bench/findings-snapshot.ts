/**
 * Every finding the built CLI reports, as one JSON text, so a change meant
 * only for speed can be shown to change no finding: record before the
 * change, compare after (byte-identical or a diff of the first differences).
 *
 *   tsx bench/findings-snapshot.ts record FILE
 *   tsx bench/findings-snapshot.ts compare FILE
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

export function snapshot(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lectern-findings-"));
  try {
    const drafts: string[] = [];
    const add = (name: string, text: string) => {
      const file = path.join(dir, name);
      fs.writeFileSync(file, text);
      drafts.push(file);
    };
    for (const f of CORPUS_FILES) add(f, fs.readFileSync(path.join(CORPUS_DIR, f), "utf8"));
    for (const f of fs.readdirSync(path.join(ROOT, "examples")).sort()) add(`example-${f}`, fs.readFileSync(path.join(ROOT, "examples", f), "utf8"));
    testDrafts().forEach((t, i) => add(`test-${String(i).padStart(4, "0")}.txt`, t));
    add("synthetic-1MB.txt", syntheticDraft(2 ** 20));
    const relative = (s: string) => s.split(dir + path.sep).join("");
    const alone = drafts.filter((d) => !d.includes("test-")).map((d) => relative(check([d])));
    const together = relative(check(drafts));
    return JSON.stringify({ drafts: drafts.length, alone, together }, null, 1) + "\n";
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function main(): void {
  const [mode, file] = process.argv.slice(2);
  if (!file || (mode !== "record" && mode !== "compare")) throw new Error("usage: tsx bench/findings-snapshot.ts record|compare FILE");
  const now = snapshot();
  if (mode === "record") {
    fs.writeFileSync(file, now);
    console.log(`recorded ${JSON.parse(now).drafts} drafts' findings in ${file}`);
    return;
  }
  const before = fs.readFileSync(file, "utf8");
  if (before === now) {
    console.log(`identical: ${JSON.parse(now).drafts} drafts, ${now.length} bytes of findings`);
    return;
  }
  const a = before.split("\n");
  const b = now.split("\n");
  const diffs = a.map((l, i) => (l !== b[i] ? i : -1)).filter((i) => i >= 0);
  console.error(`DIFFERENT: ${diffs.length} lines differ; first:`);
  for (const i of diffs.slice(0, 3)) console.error(`- ${a[i]?.slice(0, 600)}\n+ ${b[i]?.slice(0, 600)}`);
  process.exitCode = 1;
}

if (require.main === module) main();
