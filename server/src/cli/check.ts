/** `lectern check`: findings for files and folders; `--fix` applies the safe fixes in place. */
import * as path from "path";
import { analyze, DEFAULT_PROJECT_CONFIG, SegmenterError, type Finding, type ProjectConfig } from "../core";
import { locate } from "../word";
import { toCliDiagnostic } from "../service/lsp-shapes";
import { UsageError, type OptionDef } from "./args";
import type { Command, Io } from "./command";
import { DecodeError, encodeDraft, ENCODING_NAMES } from "./encoding";
import { collectFiles, describeSystemError, isWordPath, parseDraft, readDraft, writeAtomic, FileError, STDIN, STDIN_NAME, type Draft } from "./files";
import { applySafeFixes } from "./fix";
import { walkScope, type WalkScope } from "./scope";
import { githubAnnotations } from "./annotations";
import { forTerminal } from "./terminal";
import type { FileReport } from "./report";
import { toSarif } from "./sarif";
import { CACHE_DIR, cacheContext, contextKey, FindingsCache } from "./cache";
import { ANALYSIS_OPTIONS, formatOption, openSession, type DataFileReport, type Session } from "./session";

const OPTIONS: OptionDef[] = [
  formatOption(["pretty", "json", "sarif", "github"]),
  { name: "--fix", kind: "flag", help: "apply the safe fixes in place (atomically; prints each change on stderr)" },
  { name: "--no-ignore", kind: "flag", help: "in folders, check every draft: no .gitignore, no include/exclude from .lectern/config.json" },
  { name: "--cache", kind: "flag", help: `reuse the findings of drafts unchanged since the last run (stored under ${CACHE_DIR})` },
  ...ANALYSIS_OPTIONS,
];

/** One checked draft: `--format json` prints it without `text`. */
export interface CheckedFile extends FileReport {
  encoding: Draft["encoding"];
  /** A .doc or .wps read through LibreOffice's conversion: its extension. */
  convertedFrom?: string;
  diagnostics: Diagnostic[];
  /** Fixes written by --fix (0-based line of each), empty without it. */
  fixes: { line: number; title: string }[];
}

export interface CheckResult {
  files: CheckedFile[];
  /** Invalid packs and target tables: reported once, not counted as checked drafts. */
  dataFiles: DataFileReport[];
  /** Files that could not be read, decoded or written. */
  errors: FileError[];
  /** How many of `errors` are fixes that could not be written (those files were still checked). */
  unwritten: number;
}

export const checkCommand: Command = {
  operands: "[FILES or DIRS… or -]",
  summary: "Checks drafts; exit 0 clean, 1 error-severity findings, 2 bad usage or unreadable files.",
  options: OPTIONS,
  run(args, io) {
    const session = openSession(args, OPTIONS);
    const cache = args.has("--cache") ? openCache<Diagnostic>(session) : undefined;
    const scope = args.has("--no-ignore") ? undefined : walkScope(process.cwd(), (session.ctx.data.project as ProjectConfig | undefined) ?? DEFAULT_PROJECT_CONFIG);
    const result = runCheck(args.positionals, args.has("--fix"), session, scope, cache);
    for (const e of result.errors) io.err(`lectern check: ${forTerminal(e.file)}: ${forTerminal(e.message)}`);
    for (const d of result.dataFiles) for (const x of d.diagnostics) io.err(`lectern check: ${d.path}:${x.range.start.line + 1}:${x.range.start.character + 1}: ${x.message}`);
    for (const f of result.files) for (const x of f.fixes) io.err(`fixed ${forTerminal(f.path)}:${x.line + 1}: ${forTerminal(x.title)}`);

    const format = args.value("--format") ?? "pretty";
    // SARIF and GitHub annotations carry the data files' problems as findings in those files.
    const reports: FileReport[] = [...result.files, ...result.dataFiles];
    if (format === "json") io.out(JSON.stringify({ files: result.files.map(({ text: _text, ...f }) => f), dataFiles: result.dataFiles }));
    else if (format === "sarif") io.out(JSON.stringify(toSarif(reports, result.errors.map((e) => ({ file: e.file, message: e.message })), process.cwd(), cliVersion()), null, 2));
    else if (format === "github") for (const line of githubAnnotations(reports, process.cwd())) io.out(line);
    else printPretty(result, args.has("--fix"), io);
    const errorFindings = result.files.some((f) => f.diagnostics.some((d) => d.severity === "error"));
    return result.errors.length || result.dataFiles.length ? 2 : errorFindings ? 1 : 0;
  },
};

function openCache<T>(session: Session): FindingsCache<T> {
  return new FindingsCache<T>(path.resolve(CACHE_DIR), contextKey(cacheContext(cliVersion(), session.settings, session.dataFiles)));
}

function runCheck(positionals: string[], fix: boolean, session: Session, scope: WalkScope | undefined, cache?: FindingsCache<Diagnostic>): CheckResult {
  const inputs = positionals.length ? positionals : ["."];
  const { files, errors, skipped } = collectFiles(inputs, scope);
  if (fix && files.includes(STDIN)) throw new UsageError("--fix writes files in place; it cannot fix standard input");
  if (fix && files.some(isWordPath)) {
    throw new UsageError(`--fix rewrites plain-text drafts in place and never a Word document (${files.filter(isWordPath).join(", ")}); run \`lectern review FILE.docx --track-changes\` for a copy with the fixes as tracked changes`);
  }
  if (!files.length && !errors.length) {
    const left = skipped ? ` (${skipped} left out by .gitignore or .lectern/config.json; --no-ignore checks them)` : "";
    throw new UsageError(`no drafts (${["*.speech", "*.txt", "*.md", "*.docx"].join(", ")}) under ${inputs.join(" ")}${left}`);
  }
  const result: CheckResult = { files: [], dataFiles: session.dataReports, errors, unwritten: 0 };
  for (const file of files) {
    try {
      checkOne(file, fix, session, result, cache);
    } catch (e) {
      // One file's failure never stops a folder run: it is reported, and the rest are checked.
      if (e instanceof SegmenterError || e instanceof UsageError) throw e;
      errors.push(e instanceof FileError ? e : new FileError(file === STDIN ? STDIN_NAME : file, `could not be checked (${String((e as Error)?.message ?? e).split("\n")[0]}); the other files were checked`));
    }
  }
  return result;
}

function checkOne(file: string, fix: boolean, session: Session, result: CheckResult, cache?: FindingsCache<Diagnostic>): void {
  const errors = result.errors;
  {
    let draft: Draft = readDraft(file);
    let fixes: CheckedFile["fixes"] = [];
    if (fix && draft.encoding !== "docx") {
      const fixed = applySafeFixes(draft.text, session.ctx);
      if (fixed.applied.length) {
        try {
          writeAtomic(file, encodeDraft(fixed.text, draft.encoding, draft.bom));
          draft = { ...draft, text: fixed.text };
          fixes = fixed.applied;
        } catch (e) {
          const why = e instanceof DecodeError ? e.message : describeSystemError(e);
          errors.push(new FileError(file, `could not write fixes (file left unchanged): ${why}`));
          result.unwritten++;
        }
      }
    }
    const word = draft.word;
    // A Word document's findings also say where they are in Word, which its text alone does not decide: never cached.
    const store = word ? undefined : cache;
    let report = store?.get(draft.text);
    if (!report) {
      const model = parseDraft(draft);
      const findings: Finding[] = analyze(model, session.ctx);
      // A Word document's findings also say where they are in Word: paragraph and a quote to search for.
      const diagnostics = findings.map((f): Diagnostic => (word ? { ...toCliDiagnostic(f, model), location: locate(word, f.span.start, f.span.end) } : toCliDiagnostic(f, model)));
      report = { diagnostics, errors: findings.filter((f) => f.severity === "error").length };
      store?.set(draft.text, report);
    }
    result.files.push({ path: draft.path, encoding: draft.encoding, ...(draft.convertedFrom ? { convertedFrom: draft.convertedFrom } : {}), diagnostics: report.diagnostics, fixes, text: draft.text });
  }
}

/** A diagnostic of a Word document also says where it is in Word. */
type Diagnostic = ReturnType<typeof toCliDiagnostic> & { location?: ReturnType<typeof locate> };

function plural(n: number, one: string, many = one + "s"): string {
  return `${n} ${n === 1 ? one : many}`;
}

function printPretty(result: CheckResult, fix: boolean, io: Io): void {
  const count: Record<string, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const r of result.files) {
    const name = forTerminal(path.normalize(r.path));
    if (r.encoding !== "utf-8" && r.encoding !== "docx") io.out(`${name}: read as ${ENCODING_NAMES[r.encoding]}`);
    if (r.convertedFrom) io.out(`${name}: converted from ${r.convertedFrom} to .docx with LibreOffice`);
    for (const d of r.diagnostics) {
      count[d.severity]++;
      // In a Word document: ¶paragraph:character and a quote to find with Ctrl+F.
      const at = d.location ? `¶${d.location.paragraph}:${d.location.character + 1}` : `${d.range.start.line + 1}:${d.range.start.character + 1}`;
      const quote = d.location?.quote ? `  「${forTerminal(d.location.quote)}」` : "";
      io.out(`${name}:${at}: ${d.severity} ${d.code}: ${forTerminal(d.message)}${quote}`);
    }
  }
  const parts = [`${plural(result.files.length, "file")} checked: ${plural(count.error, "error")}, ${plural(count.warning, "warning")}, ${plural(count.information + count.hint, "note")}`];
  if (fix) {
    const fixed = result.files.filter((f) => f.fixes.length);
    parts.push(`${plural(fixed.reduce((n, f) => n + f.fixes.length, 0), "fix", "fixes")} written in ${plural(fixed.length, "file")}`);
  }
  const unread = result.errors.length - result.unwritten;
  if (unread) parts.push(`${plural(unread, "file")} not read`);
  if (result.unwritten) parts.push(`fixes not written in ${plural(result.unwritten, "file")}`);
  if (result.dataFiles.length) parts.push(`${plural(result.dataFiles.length, "invalid data file")}`);
  io.out(parts.join("; "));
}

function cliVersion(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require("../../../package.json").version;
}
