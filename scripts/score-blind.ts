/**
 * Scores blind rounds with the built CLI (`dist/cli.js check --no-workspace --format json`):
 *
 *   npx tsx scripts/score-blind.ts [ROUND_DIR…] [--json | --write-baseline] [-- CHECK_ARGS…]
 *
 * Default: every round under test/blind. Prints per round: recall overall and by family,
 * false alarms, and each miss and false alarm with its line, for docs/accuracy.md.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { BLIND_DIR, BlindDraft, DraftScore, family, Finding, readRound, ROUND_NAME, scoreDraft } from "../test/support/blind";

const CLI = process.env.LECTERN_SCORE_CLI || path.join(__dirname, "../dist/cli.js");

/** `check-args.json` in a round's folder: more arguments for `lectern check`, paths relative to the folder (`["--sources", "sources"]`). */
function roundArgs(dir: string): string[] {
  const f = path.join(dir, "check-args.json");
  if (!fs.existsSync(f)) return [];
  return (JSON.parse(fs.readFileSync(f, "utf8")) as string[]).map((a) => (a.startsWith("-") ? a : path.join(dir, a)));
}

export function findingsOf(drafts: BlindDraft[], args: string[] = []): Map<string, Finding[]> {
  let out = "";
  try {
    out = execFileSync(process.execPath, [CLI, "check", "--no-workspace", "--format", "json", ...args, ...drafts.map((d) => d.file)], { encoding: "utf8", maxBuffer: 1 << 28 });
  } catch (e) {
    out = (e as { stdout?: string }).stdout ?? "";
    if (!out) throw e;
  }
  const json = JSON.parse(out) as { files: { path: string; diagnostics: { range: { start: { line: number } }; code: string; message: string }[] }[] };
  const byFile = new Map<string, Finding[]>();
  for (const f of json.files) byFile.set(path.resolve(f.path), f.diagnostics.map((d) => ({ line: d.range.start.line, code: d.code, message: d.message })));
  return byFile;
}

export function scoreRound(dir: string, extra: string[] = []): { drafts: BlindDraft[]; scores: DraftScore[] } {
  const drafts = readRound(dir);
  const byFile = findingsOf(drafts, [...roundArgs(dir), ...extra]);
  return { drafts, scores: drafts.map((d) => scoreDraft(d, byFile.get(path.resolve(d.file)) ?? [])) };
}

function report(dir: string, extra: string[]): string {
  const { drafts, scores } = scoreRound(dir, extra);
  const all = drafts.flatMap((d) => d.expected);
  const found = scores.flatMap((s) => s.found);
  const fams = [...new Set(all.map((e) => family(e.code)))].sort();
  const lines = [
    `### ${path.basename(dir)}: ${found.length}/${all.length} found (${((100 * found.length) / Math.max(1, all.length)).toFixed(0)}%), ${scores.reduce((n, s) => n + s.falseAlarms.length, 0)} false alarms`,
    "",
    "By family: " + fams.map((f) => `${f} ${found.filter((e) => family(e.code) === f).length}/${all.filter((e) => family(e.code) === f).length}`).join(", "),
    "",
  ];
  for (const s of scores) {
    for (const m of s.missed) lines.push(`- missed ${s.name}:${m.line} ${m.code} 「${m.words}」 ${m.why}`);
    for (const f of s.falseAlarms) lines.push(`- false alarm ${s.name}:${f.line} ${f.code} ${f.message}`);
  }
  return lines.join("\n");
}

if (require.main === module) {
  const ours = process.argv.includes("--") ? process.argv.slice(2, process.argv.indexOf("--")) : process.argv.slice(2);
  const args = ours.filter((a) => !a.startsWith("--"));
  // Arguments after `--` go to `lectern check` (`-- --sources DIR`).
  const extra = process.argv.includes("--") ? process.argv.slice(process.argv.indexOf("--") + 1) : [];
  const dirs = args.length ? args : fs.readdirSync(BLIND_DIR).filter((d) => ROUND_NAME.test(d)).sort().map((d) => path.join(BLIND_DIR, d));
  if (process.argv.includes("--write-baseline")) {
    // What is still open after a round's fixes: the ratchet test/unit/blind-rounds.test.ts holds.
    for (const d of dirs) {
      const { scores } = scoreRound(d, extra);
      const baseline = {
        missed: scores.flatMap((s) => s.missed.map((m) => `${s.name}:${m.line} ${m.code}`)),
        falseAlarms: scores.flatMap((s) => s.falseAlarms.map((f) => `${s.name}:${f.line} ${f.code}`)),
      };
      fs.writeFileSync(path.join(d, "baseline.json"), JSON.stringify(baseline, null, 1) + "\n");
    }
  } else if (process.argv.includes("--json")) console.log(JSON.stringify(dirs.map((d) => ({ round: path.basename(d), ...scoreRound(d, extra) })), null, 1));
  else console.log(dirs.map((d) => report(d, extra)).join("\n\n"));
}
