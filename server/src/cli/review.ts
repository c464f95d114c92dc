/** `lectern review draft.docx`: a reviewed copy with one Word comment per finding, and the safe fixes as tracked changes on request. */
import * as path from "path";
import { analyze } from "../core";
import { combinedFixes } from "../service/fixes";
import { reviewDocx, SKIP_REASON_TEXT, WordError } from "../word";
import { UsageError, type OptionDef } from "./args";
import type { Command } from "./command";
import { conversionNote, FileError, isWordPath, parseDraft, readDraft, sameFile, writeAtomic } from "./files";
import { ANALYSIS_OPTIONS, openSession } from "./session";

const OPTIONS: OptionDef[] = [
  { name: "--output", short: "-o", kind: "text", placeholder: "OUT.docx", help: "where to write the reviewed copy (default FILE.reviewed.docx; never the original)" },
  { name: "--track-changes", kind: "flag", help: "also write the safe fixes as tracked changes (w:del/w:ins by Lectern)" },
  ...ANALYSIS_OPTIONS,
];

export const reviewCommand: Command = {
  operands: "FILE.docx",
  summary: "Writes a reviewed copy of a Word document: a comment (批注) on each finding; exit 0 clean, 1 error-severity findings, 2 bad usage or unreadable file.",
  options: OPTIONS,
  run(args, io) {
    if (args.positionals.length !== 1) throw new UsageError(`review takes exactly one .docx file, got ${args.positionals.length}`);
    const input = args.positionals[0];
    if (input === "-" || !isWordPath(input)) throw new UsageError(`review writes a reviewed copy of a Word document (.docx); got ${input}`);
    const output = args.value("--output") ?? input.slice(0, input.length - path.extname(input).length) + ".reviewed.docx";
    // Compared as files (device and inode, real paths), not names: a link to the original is the original.
    if (sameFile(output, input)) throw new UsageError("the reviewed copy must not replace the original: give -o another file name");
    const session = openSession(args, OPTIONS);
    for (const d of session.dataReports) for (const x of d.diagnostics) io.err(`lectern review: ${d.path}:${x.range.start.line + 1}:${x.range.start.character + 1}: ${x.message}`);
    const draft = readDraft(input);
    const model = parseDraft(draft);
    const findings = analyze(model, session.ctx);
    const track = args.has("--track-changes");
    let result: ReturnType<typeof reviewDocx>;
    try {
      result = reviewDocx(draft.word!, findings, { edits: track ? combinedFixes(findings, true).edits : [] });
    } catch (e) {
      // A part review rewrites ([Content_Types].xml, the relationships, comments) can be damaged too.
      if (e instanceof WordError) throw new FileError(input, e.message);
      throw e;
    }
    try {
      writeAtomic(output, result.bytes);
    } catch (e) {
      throw new FileError(output, `could not write the reviewed copy: ${(e as Error).message}`);
    }
    const reasons = new Map<string, number>();
    for (const e of result.skippedEdits) reasons.set(SKIP_REASON_TEXT[e.reason], (reasons.get(SKIP_REASON_TEXT[e.reason]) ?? 0) + 1);
    const why = [...reasons].map(([text, n]) => `${n} ${text}`).join(", ");
    const skipped = result.skippedEdits.length ? ` (${result.skippedEdits.length} fix(es) left to the comments: ${why})` : "";
    if (draft.convertedFrom) io.out(`${input}: ${conversionNote(draft)}`);
    io.out(`${output}: ${result.comments} comment(s)${track ? `, ${result.trackedChanges} tracked change(s)${skipped}` : ""}`);
    return session.dataReports.length ? 2 : findings.some((f) => f.severity === "error") ? 1 : 0;
  },
};
