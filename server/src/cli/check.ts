/** `lectern check`: findings for files and folders; `--fix` applies the safe fixes in place. */
import * as path from "path";
import { analyze, type Finding } from "../core";
import { locate } from "../word";
import { toCliDiagnostic } from "../service/lsp-shapes";
import { UsageError, type OptionDef } from "./args";
import type { Command, Io } from "./command";
import { collectFiles, isWordPath, parseDraft, readDraft, writeAtomic, FileError, STDIN } from "./files";
import { applySafeFixes } from "./fix";
import { githubAnnotations } from "./annotations";
import type { FileReport } from "./report";
import { toSarif } from "./sarif";
import { CACHE_DIR, cacheContext, contextKey, FindingsCache } from "./cache";
import { ANALYSIS_OPTIONS, formatOption, openSession, type Session } from "./session";

const OPTIONS: OptionDef[] = [
  formatOption(["pretty", "json", "sarif", "github"]),
  { name: "--fix", kind: "flag", help: "apply the safe fixes in place (atomically; prints each change on stderr)" },
  { name: "--cache", kind: "flag", help: `reuse the findings of drafts unchanged since the last run (stored under ${CACHE_DIR})` },
  ...ANALYSIS_OPTIONS,
];

export const checkCommand: Command = {
  operands: "[FILES or DIRS… or -]",
  summary: "Checks drafts; exit 0 clean, 1 error-severity findings, 2 bad usage or unreadable files.",
  options: OPTIONS,
  run(args, io) {
    const format = args.value("--format") ?? "pretty";
    const inputs = args.positionals.length ? args.positionals : ["."];
    const session = openSession(args, OPTIONS);
    const { files, errors } = collectFiles(inputs);
    if (args.has("--fix") && files.includes(STDIN)) throw new UsageError("--fix writes files in place; it cannot fix standard input");
    if (args.has("--fix") && files.some(isWordPath)) {
      throw new UsageError(`--fix rewrites plain-text drafts in place and never a Word document (${files.filter(isWordPath).join(", ")}); run \`lectern review FILE.docx --track-changes\` for a copy with the fixes as tracked changes`);
    }
    if (!files.length && !errors.length) throw new UsageError(`no drafts (${["*.speech", "*.txt", "*.md", "*.docx"].join(", ")}) under ${inputs.join(" ")}`);

    const reports: FileReport[] = [];
    const cache = args.has("--cache") ? openCache<Diagnostic>(session) : undefined;
    let errorFindings = 0;
    let unreadable = errors.length;
    const fixLog: string[] = [];
    for (const file of files) {
      let draft;
      try {
        draft = readDraft(file);
      } catch (e) {
        if (!(e instanceof FileError)) throw e;
        errors.push(e);
        unreadable++;
        continue;
      }
      if (args.has("--fix")) {
        const fixed = applySafeFixes(draft.text, session.ctx);
        if (fixed.applied.length) {
          try {
            writeAtomic(file, (draft.bom ? "\uFEFF" : "") + fixed.text);
            draft = { ...draft, text: fixed.text };
            for (const a of fixed.applied) fixLog.push(`${file}:${a.line + 1}: ${a.title}`);
          } catch (e) {
            errors.push(new FileError(file, `could not write fixes (file left unchanged): ${(e as Error).message}`));
            unreadable++;
          }
        }
      }
      // A Word document's findings also say where they are in Word, which its text alone does not decide: never cached.
      const word = draft.word;
      const store = word ? undefined : cache;
      let report = store?.get(draft.text);
      if (!report) {
        const model = parseDraft(draft);
        const findings: Finding[] = analyze(model, session.ctx);
        const diagnostics = findings.map((f): Diagnostic => (word ? { ...toCliDiagnostic(f, model), location: locate(word, f.span.start, f.span.end) } : toCliDiagnostic(f, model)));
        report = { diagnostics, errors: findings.filter((f) => f.severity === "error").length };
        store?.set(draft.text, report);
      }
      errorFindings += report.errors;
      reports.push({ path: draft.path, diagnostics: report.diagnostics, text: draft.text });
    }
    for (const d of session.dataReports) {
      reports.push(d);
      unreadable++;
    }
    for (const e of errors) io.err(`lectern check: ${e.file}: ${e.message}`);
    for (const d of session.dataReports) for (const x of d.diagnostics) io.err(`lectern check: ${d.path}:${x.range.start.line + 1}:${x.range.start.character + 1}: ${x.message}`);
    for (const line of fixLog) io.err(`fixed ${line}`);

    if (format === "json") io.out(JSON.stringify({ files: reports.map((r) => ({ path: r.path, diagnostics: r.diagnostics })) }));
    else if (format === "sarif") io.out(JSON.stringify(toSarif(reports, errors.map((e) => ({ file: e.file, message: e.message })), process.cwd(), cliVersion()), null, 2));
    else if (format === "github") for (const line of githubAnnotations(reports, process.cwd())) io.out(line);
    else printPretty(reports, io);
    return unreadable ? 2 : errorFindings ? 1 : 0;
  },
};

/** A diagnostic of a Word document also says where it is in Word. */
type Diagnostic = ReturnType<typeof toCliDiagnostic> & { location?: ReturnType<typeof locate> };

function openCache<T>(session: Session): FindingsCache<T> {
  return new FindingsCache<T>(path.resolve(CACHE_DIR), contextKey(cacheContext(cliVersion(), session.settings, session.dataFiles)));
}

function printPretty(reports: FileReport[], io: Io): void {
  const count: Record<string, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const r of reports) {
    for (const d of r.diagnostics as Diagnostic[]) {
      count[d.severity]++;
      // In a Word document: ¶paragraph:character and a quote to find with Ctrl+F.
      const at = d.location ? `¶${d.location.paragraph}:${d.location.character + 1}` : `${d.range.start.line + 1}:${d.range.start.character + 1}`;
      const quote = d.location?.quote ? `  「${d.location.quote}」` : "";
      io.out(`${path.normalize(r.path)}:${at}: ${d.severity} ${d.code}: ${d.message}${quote}`);
    }
  }
  io.out(`${reports.length} file(s): ${count.error} error(s), ${count.warning} warning(s), ${count.information + count.hint} note(s)`);
}

function cliVersion(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require("../../../package.json").version;
}
