/** What analysing commands share: their options, settings from those options, workspace data. */
import * as fs from "fs";
import * as path from "path";
import { z } from "zod";
import { allRules, DATA_SOURCES, LineIndex, readSettings, RuleLevelSchema, SETTINGS, type AnalysisContext, type DocumentModel, type SettingKey, type Settings } from "../core";
import { loadWorkspaceData } from "../service/data-files";
import { parsePackageSpec } from "../service/pack-packages";
import { UsageError, type OptionDef, type ParsedArgs } from "./args";
import { nearest } from "./suggest";
import { parseDraft, readDraft, type Draft } from "./files";

/** An option that sets a whole-number setting; its bounds are the setting's own. */
export interface SettingOption extends OptionDef {
  setting: SettingKey;
}

function settingOption(name: string, setting: SettingKey, help: string): SettingOption {
  return { name, kind: "int", setting, help: `${help} (${setting})`, check: (v) => settingProblem(setting, Number(v)) };
}

/** "must be ≥ 60": the setting's bound, said of the flag's value. */
function settingProblem(setting: SettingKey, value: number): string | undefined {
  const r = (SETTINGS[setting] as z.ZodType).safeParse(value);
  if (r.success) return undefined;
  const issue = r.error.issues[0] as { code: string; minimum?: number | bigint; maximum?: number | bigint; message: string };
  if (issue.code === "too_small") return `must be ≥ ${issue.minimum}`;
  if (issue.code === "too_big") return `must be ≤ ${issue.maximum}`;
  return issue.message;
}

/** `--format`, with the command's formats; the first is the default. */
export function formatOption(formats: string[]): OptionDef {
  return { name: "--format", short: "-f", kind: "choice", choices: formats, help: `output format (default ${formats[0]})` };
}

export const RULE_OPTION: OptionDef = {
  name: "--rule",
  kind: "text",
  placeholder: "CODE=LEVEL",
  repeat: true,
  help: "a code's severity: off, hint, information, warning or error (lectern.rules)",
  check: ruleProblem,
};
export const YEAR_OPTION = settingOption("--year", "lectern.documentYear", "the year 今年/明年/去年 refer to");
export const READING_RATE_OPTION = settingOption("--reading-rate", "lectern.readingRate", "speaking rate in characters a minute, default 220");
export const MAX_DOCUMENT_SIZE_OPTION = settingOption("--max-document-size", "lectern.maxDocumentSize", "over this many characters only outline and numbering are checked");
export const NO_WORKSPACE_OPTION: OptionDef = { name: "--no-workspace", kind: "flag", help: "ignore .lectern/ in the current folder (packs, target tables, config.json)" };

/** The option that adds files of one data source (`--pack`, `--targets`). */
export function dataOption(sourceId: string): OptionDef {
  const s = DATA_SOURCES.find((d) => d.id === sourceId && d.cliOption);
  if (!s) throw new Error(`no data source ${sourceId} with a command-line option`);
  if (!s.packages) return { name: s.cliOption!, kind: "file", repeat: true, help: `also read FILE, besides ${s.workspaceGlobs.join(", ")}` };
  // A value that is not a file may name an installed npm package of such files (resolved and reported by the loader).
  return {
    name: s.cliOption!,
    kind: "text",
    placeholder: s.folders ? "FILE|DIR|PACKAGE" : "FILE|PACKAGE",
    repeat: true,
    help: s.folders
      ? `also read FILE, the files in DIR, or those an installed npm PACKAGE names, besides ${path.dirname(s.workspaceGlobs[0])}/`
      : `also read FILE, or those an installed npm PACKAGE names, besides ${s.workspaceGlobs.join(", ")}`,
    check: (v) => (isFile(v) || (s.folders && isDir(v)) || (parsePackageSpec(v) && !fs.existsSync(v)) ? undefined : fs.existsSync(v) ? "not a regular file" : "no such file or directory"),
  };
}

/** Every option that shapes an analysis, for commands that report findings. */
export const ANALYSIS_OPTIONS: OptionDef[] = [
  RULE_OPTION,
  YEAR_OPTION,
  READING_RATE_OPTION,
  MAX_DOCUMENT_SIZE_OPTION,
  ...DATA_SOURCES.filter((s) => s.cliOption).map((s) => dataOption(s.id)),
  NO_WORKSPACE_OPTION,
];

export interface DataFileReport {
  path: string;
  diagnostics: { range: ReturnType<LineIndex["range"]>; severity: "error"; code: string; source: "lectern"; message: string }[];
}

export interface Session {
  ctx: AnalysisContext;
  settings: Settings;
  /** Problems in packs and target tables, as diagnostics in those files. */
  dataReports: DataFileReport[];
  /** The pack and target files read (for --cache: their contents are part of the key). */
  dataFiles: string[];
}

/** What is wrong with a `--rule CODE=LEVEL` value: its shape, its level, or a code no check reports. */
function ruleProblem(value: string): string | undefined {
  const m = /^([^=\s]+)=(\w+)$/.exec(value);
  if (!m || !RuleLevelSchema.safeParse(m[2]).success) return "takes CODE=LEVEL with LEVEL one of off, hint, information, warning, error";
  const known = allRules().map((r) => r.code);
  if (known.includes(m[1])) return undefined;
  const close = nearest(m[1], known);
  return `unknown code ${m[1]}${close.length ? ` (did you mean ${close.join(", ")}?)` : " (the codes are listed in the README's Diagnostic codes)"}`;
}

/** `--rule` values as `lectern.rules` (already checked by the parser). */
function ruleLevels(values: string[]): Record<string, string> {
  return Object.fromEntries(values.map((v) => v.split("=") as [string, string]));
}

/**
 * Settings from the options the command took, then the workspace data.
 * Only options in the command's table can be in `args`.
 */
export function openSession(args: ParsedArgs, table: OptionDef[], cwd = process.cwd()): Session {
  const raw: Record<string, unknown> = {};
  const rules = ruleLevels(args.values(RULE_OPTION.name));
  if (Object.keys(rules).length) raw["lectern.rules"] = rules;
  for (const o of table) {
    const setting = (o as Partial<SettingOption>).setting;
    const v = args.value(o.name);
    if (setting && v !== undefined) raw[setting] = Number(v);
  }
  const { settings, problems } = readSettings(raw);
  // The options were checked against the same schemas; a problem here is a bug, not bad input.
  if (problems.length) throw new Error(problems.map((p) => p.message).join("; "));

  const extra: Record<string, string[]> = {};
  for (const s of DATA_SOURCES) {
    extra[s.id] = s.cliOption ? args.values(s.cliOption) : [];
  }
  // The current folder's .lectern/ applies as it would in the editor, for the commands that
  // read workspace data (they take --no-workspace), unless --no-workspace.
  const roots = table.includes(NO_WORKSPACE_OPTION) && !args.has(NO_WORKSPACE_OPTION.name) ? [path.resolve(cwd)] : [];
  const loaded = loadWorkspaceData(roots, settings, extra);
  const dataReports: DataFileReport[] = loaded.problems.map((p) => {
    const index = new LineIndex(p.text);
    return {
      path: path.relative(cwd, p.path) || p.path,
      diagnostics: p.problems.map((q) => ({ range: index.range(q.span), severity: "error" as const, code: p.code, source: "lectern" as const, message: `${q.path}: ${q.message}` })),
    };
  });
  return { ctx: { settings, data: loaded.data }, settings, dataReports, dataFiles: loaded.files };
}

/** What a one-draft command starts from: its session, the draft read, its model and the output format. */
export interface SingleDraft {
  session: Session;
  draft: Draft;
  model: DocumentModel;
  format: string;
}

/** Opens the session, reads the one draft (`FILE` or `-`) and parses it, for outline, stats and figures. */
export function openSingleDraft(args: ParsedArgs, table: OptionDef[], command: string): SingleDraft {
  const session = openSession(args, table);
  const draft = readDraft(singleDraftPath(args, command));
  return { session, draft, model: parseDraft(draft), format: args.value("--format") ?? "pretty" };
}

/** The one draft a one-file command reads (`FILE` or `-`). */
export function singleDraftPath(args: ParsedArgs, command: string): string {
  if (args.positionals.length !== 1) throw new UsageError(`${command} takes exactly one file (or - for standard input), got ${args.positionals.length}`);
  return args.positionals[0];
}

function isDir(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}
