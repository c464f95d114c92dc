/** What every command shares: settings from options, workspace data, reading drafts. */
import * as fs from "fs";
import * as path from "path";
import { DATA_SOURCES, LineIndex, readSettings, RuleLevelSchema, type AnalysisContext, type Settings } from "../core";
import { loadWorkspaceData } from "../service/data-files";
import { parseArgs, UsageError, type OptionSpec, type ParsedArgs } from "./args";
import { readDraft, type Draft } from "./files";

/** Options every analysing command accepts. */
export const ANALYSIS_OPTIONS: Record<string, OptionSpec> = {
  "--rule": { value: true, repeat: true },
  "--year": { value: true },
  "--reading-rate": { value: true },
  "--no-workspace": {},
  "--pack": { value: true, repeat: true },
  "--targets": { value: true, repeat: true },
  ...Object.fromEntries(DATA_SOURCES.filter((s) => s.cliOption).map((s) => [s.cliOption!, { value: true, repeat: true }])),
};

export interface DataFileReport {
  path: string;
  diagnostics: { range: ReturnType<LineIndex["range"]>; severity: "error"; code: string; source: "lectern"; message: string }[];
}

export interface Session {
  ctx: AnalysisContext;
  settings: Settings;
  /** Problems in packs and target tables, as diagnostics in those files. */
  dataReports: DataFileReport[];
}

export function openSession(args: ParsedArgs, cwd = process.cwd()): Session {
  const raw: Record<string, unknown> = {};
  const rules: Record<string, string> = {};
  for (const r of args.options["--rule"] ?? []) {
    const m = /^([a-z]+\.[A-Za-z.-]+)=(\w+)$/.exec(r);
    if (!m || !RuleLevelSchema.safeParse(m[2]).success) throw new UsageError(`--rule takes CODE=LEVEL with LEVEL one of off, hint, information, warning, error (got "${r}")`);
    rules[m[1]] = m[2];
  }
  if (Object.keys(rules).length) raw["lectern.rules"] = rules;
  const year = args.options["--year"]?.[0];
  if (year !== undefined) {
    if (!/^\d{4}$/.test(year)) throw new UsageError(`--year takes a year such as 2024 (got "${year}")`);
    raw["lectern.documentYear"] = Number(year);
  }
  const rate = args.options["--reading-rate"]?.[0];
  if (rate !== undefined) {
    if (!/^\d+$/.test(rate)) throw new UsageError(`--reading-rate takes characters a minute, e.g. 220 (got "${rate}")`);
    raw["lectern.readingRate"] = Number(rate);
  }
  const { settings, problems } = readSettings(raw);
  if (problems.length) throw new UsageError(problems.map((p) => p.message).join("; "));

  for (const [name, spec] of Object.entries(ANALYSIS_OPTIONS)) {
    if (!spec.value || (name !== "--pack" && name !== "--targets" && !DATA_SOURCES.some((s) => s.cliOption === name))) continue;
    for (const f of args.options[name] ?? []) if (!fs.existsSync(f) || !fs.statSync(f).isFile()) throw new UsageError(`${name} ${f}: no such file`);
  }
  const extra: Record<string, string[]> = {};
  for (const s of DATA_SOURCES) extra[s.id] = s.cliOption ? args.options[s.cliOption] ?? [] : [];
  // The current folder's .lectern/ applies as it would in the editor, unless --no-workspace.
  const roots = args.flags.has("--no-workspace") ? [] : [path.resolve(cwd)];
  const loaded = loadWorkspaceData(roots, settings, extra);
  const dataReports: DataFileReport[] = loaded.problems.map((p) => {
    const index = new LineIndex(p.text);
    return {
      path: path.relative(cwd, p.path) || p.path,
      diagnostics: p.problems.map((q) => ({ range: index.range(q.span), severity: "error" as const, code: p.code, source: "lectern" as const, message: `${q.path}: ${q.message}` })),
    };
  });
  return { ctx: { settings, data: loaded.data }, settings, dataReports };
}

/** The start of every one-file command: its options, exactly one draft, the session. */
export function openSingleDraft(command: string, argv: string[], formats: string[]): { args: ParsedArgs; session: Session; draft: Draft; format: string } {
  const args = parseArgs(argv, { "--format": { value: true, choices: formats }, ...ANALYSIS_OPTIONS });
  if (args.positionals.length !== 1) throw new UsageError(`${command} takes exactly one file`);
  const session = openSession(args);
  const draft = readDraft(args.positionals[0]);
  return { args, session, draft, format: args.options["--format"]?.[0] ?? formats[0] };
}
