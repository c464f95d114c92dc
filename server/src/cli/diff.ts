/**
 * `lectern diff OLD NEW`: what changed between two versions of a draft that a
 * reviewer must re-check, grouped by what the reviewer does: new findings,
 * resolved findings, changed figures, changed formulations, structure, other edits. The comparison is the core's; this reads the
 * versions (files, standard input or `git:REV:PATH`) and prints.
 */
import { spawnSync } from "child_process";
import { REVIEW_GROUPS, GROUP_TITLE, reviewChanges, type Place, type Review, type ReviewEntry } from "../core/review";
import { UsageError } from "./args";
import type { Command } from "./command";
import { DecodeError, decodeDraft } from "./encoding";
import { FileError, MAX_DRAFT_BYTES, readDraft, type Draft } from "./files";
import { ANALYSIS_OPTIONS, formatOption, openSession } from "./session";

const OPTIONS = [formatOption(["pretty", "json", "markdown"]), ...ANALYSIS_OPTIONS];

export const diffCommand: Command = {
  operands: "OLD NEW (files, - or git:REV:PATH)",
  summary: "Reports what changed between two versions: new and resolved findings, figures, formulations, structure, other edits; exit 0.",
  options: OPTIONS,
  run(args, io) {
    if (args.positionals.length !== 2) throw new UsageError("diff takes two versions: OLD NEW");
    const session = openSession(args, OPTIONS);
    const [a, b] = args.positionals.map(readVersion);
    for (const d of session.dataReports) for (const x of d.diagnostics) io.err(`lectern diff: ${d.path}:${x.range.start.line + 1}:${x.range.start.character + 1}: ${x.message}`);
    const review = reviewChanges(a.text, b.text, session.ctx);
    const format = args.value("--format") ?? "pretty";
    if (format === "json") // `path` is the newer draft, the one the findings and line numbers refer to, as in every JSON output.
    io.out(JSON.stringify({ path: b.path, old: a.path, new: b.path, ...review }));
    else if (format === "markdown") io.out(markdownReview(review, a.path, b.path));
    else io.out(prettyReview(review, a.path, b.path));
    return 0;
  },
};

/** `git:REV:PATH` reads PATH as of REV (git show REV:PATH); anything else is a file or `-`. */
export function readVersion(spec: string): Draft {
  const m = /^git:([^:]+):(.+)$/.exec(spec);
  if (!m) return readDraft(spec);
  // A revision is never an option: one starting with - is refused, and --end-of-options tells git so too.
  if (m[1].startsWith("-")) throw new UsageError(`${spec}: a revision cannot start with "-"`);
  const r = spawnSync("git", ["show", "--end-of-options", `${m[1]}:${m[2]}`], { encoding: "buffer", maxBuffer: MAX_DRAFT_BYTES });
  if (r.error) throw new FileError(spec, (r.error as NodeJS.ErrnoException).code === "ENOBUFS" ? `larger than ${MAX_DRAFT_BYTES / 1048576} MB: not a draft` : `cannot run git: ${r.error.message}`);
  if (r.status !== 0) throw new FileError(spec, `git show ${m[1]}:${m[2]} failed: ${r.stderr.toString("utf8").trim()}`);
  try {
    return { path: spec, ...decodeDraft(r.stdout) };
  } catch (e) {
    if (e instanceof DecodeError) throw new FileError(spec, e.message);
    throw e;
  }
}

const line = (p?: Place) => (p ? String(p.range.start.line + 1) : "-");

function where(e: ReviewEntry): string {
  return `${line(e.old)}→${line(e.new)}`;
}

export function prettyReview(r: Review, oldPath: string, newPath: string): string {
  const out = [`${oldPath} → ${newPath}`];
  let total = 0;
  for (const g of REVIEW_GROUPS) {
    if (!r[g].length) continue;
    out.push("", `${GROUP_TITLE[g]} (${r[g].length})`);
    for (const e of r[g]) out.push(`  ${where(e).padEnd(10)} ${e.summary}`);
    total += r[g].length;
  }
  out.push("", total ? `${total} change(s) to review` : "no changes to review");
  return out.join("\n");
}

/** Markdown to paste into a review comment: one section per group, lines as old→new. */
export function markdownReview(r: Review, oldPath: string, newPath: string): string {
  const out = [`## Lectern review: \`${oldPath}\` → \`${newPath}\``];
  let total = 0;
  for (const g of REVIEW_GROUPS) {
    if (!r[g].length) continue;
    out.push("", `### ${GROUP_TITLE[g]} (${r[g].length})`, "");
    for (const e of r[g]) out.push(`- ${escapeMarkdown(e.summary)} _(第${line(e.old)}行 → 第${line(e.new)}行)_`);
    total += r[g].length;
  }
  if (!total) out.push("", "No changes to review.");
  return out.join("\n");
}

function escapeMarkdown(s: string): string {
  return s.replace(/([\\`*_[\]<>|#])/g, "\\$1");
}

