/**
 * `lectern pack check FILE|PACKAGE`: validates a pack (or every pack of an npm
 * pack package), prints what it holds, and names each formulation that
 * collides with the built-in pack (a team entry replaces the built-in one).
 */
import * as fs from "fs";
import * as path from "path";
import { LineIndex, spansAtPaths, validateJson } from "../core";
import { BUILTIN_PACK } from "../core/slogans/pack";
import { BUILTIN_FIELDS } from "../core/slogans/builtin";
import { lintPack, pathText, type LintProblem } from "../core/slogans/lint";
import { PackSchema } from "../core/slogans";
import { parsePackageSpec, resolvePackPackage } from "../service/pack-packages";
import { UsageError } from "./args";
import type { Command, Io } from "./command";
import { FileError, readDraft } from "./files";
import { formatOption } from "./session";
type Pack = ReturnType<typeof PackSchema.parse>;

export interface PackSummary {
  path: string;
  valid: boolean;
  name?: string;
  version?: string;
  formulations: string[];
  retired: { text: string; since: string; replacement?: string }[];
  snippets: string[];
  /** Formulations (texts or aliases) the built-in pack has too: the team's entry replaces it. */
  collisions: { text: string; builtin: string }[];
  problems: { line: number; column: number; path: string; message: string }[];
  /**
   * What a valid pack can still get wrong (near misses, duplicates, parts counts);
   * `file` is set for the built-in pack, whose entries live in field files.
   */
  lint: { line?: number; column?: number; file?: string; path: string; kind: LintProblem["kind"]; message: string }[];
}

const builtinForms = (() => {
  const m = new Map<string, string>();
  for (const s of BUILTIN_PACK.slogans) for (const f of [s.text, ...(s.aliases ?? [])]) m.set(f, s.text);
  return m;
})();

export function summarizePack(file: string, text: string): PackSummary {
  const r = validateJson(text, PackSchema);
  const out: PackSummary = { path: file, valid: r.ok, formulations: [], retired: [], snippets: [], collisions: [], problems: [], lint: [] };
  if (!r.ok) {
    const index = new LineIndex(text);
    out.problems = r.problems.map((p) => {
      const at = index.position(p.span.start);
      return { line: at.line + 1, column: at.character + 1, path: p.path, message: p.message };
    });
    return out;
  }
  const pack: Pack = r.value;
  out.name = pack.name;
  out.version = pack.version;
  for (const s of pack.slogans ?? []) {
    if (s.deprecated) out.retired.push({ text: s.text, since: s.deprecated.since, replacement: s.deprecated.replacement });
    else out.formulations.push(s.text);
    for (const f of [s.text, ...(s.aliases ?? [])]) {
      const builtin = builtinForms.get(f);
      if (builtin) out.collisions.push({ text: f, builtin });
    }
  }
  out.snippets = (pack.snippets ?? []).map((s) => s.prefix);
  const lint = lintPack(pack, BUILTIN_PACK);
  const spans = spansAtPaths(text, lint.map((p) => p.path));
  const index = new LineIndex(text);
  out.lint = lint.map((p, i) => {
    const at = spans[i] ? index.position(spans[i]!.start) : undefined;
    return { ...(at ? { line: at.line + 1, column: at.character + 1 } : {}), path: pathText(p.path), kind: p.kind, message: p.message };
  });
  return out;
}

const BUILTIN_PATH = "(built-in)";

/** The built-in pack, all field files merged: lint problems name the field file and the path in it. */
export function summarizeBuiltin(): PackSummary {
  const out: PackSummary = { path: BUILTIN_PATH, valid: true, name: BUILTIN_PACK.name, version: BUILTIN_PACK.version, formulations: [], retired: [], snippets: [], collisions: [], problems: [], lint: [] };
  const home: { file: string; index: number }[] = [];
  for (const f of BUILTIN_FIELDS) f.pack.slogans.forEach((_, i) => home.push({ file: `builtin/${f.field}.json`, index: i }));
  for (const s of BUILTIN_PACK.slogans) {
    if (s.deprecated) out.retired.push({ text: s.text, since: s.deprecated.since, replacement: s.deprecated.replacement });
    else out.formulations.push(s.text);
  }
  const local = (path: (string | number)[]) => {
    const h = typeof path[1] === "number" ? home[path[1]] : undefined;
    return { file: h?.file, path: pathText(h ? ["slogans", h.index, ...path.slice(2)] : path) };
  };
  out.lint = lintPack(BUILTIN_PACK, undefined, (path) => {
    const l = local(path);
    return l.file ? `${l.file} ${l.path}` : l.path;
  }).map((p) => ({ ...local(p.path), kind: p.kind, message: p.message }));
  return out;
}

function print(s: PackSummary, io: Io): void {
  if (!s.valid) {
    for (const p of s.problems) io.out(`${s.path}:${p.line}:${p.column}: ${p.path}: ${p.message}`);
    io.out(`${s.path}: invalid pack (${s.problems.length} problem(s))`);
    return;
  }
  io.out(`${s.path}: pack ${s.name} ${s.version}`);
  // The built-in pack's 1,000-odd formulations are counted, not listed.
  const list = (items: string[]) => (s.path === BUILTIN_PATH && items.length > 20 ? `${items.slice(0, 20).join("、")} …` : items.join("、") || "—");
  io.out(`  formulations (${s.formulations.length}): ${list(s.formulations)}`);
  io.out(`  retired (${s.retired.length}): ${list(s.retired.map((r) => `${r.text}（${r.since}${r.replacement ? ` → ${r.replacement}` : ""}）`))}`);
  io.out(`  snippets (${s.snippets.length}): ${s.snippets.join(", ") || "—"}`);
  for (const c of s.collisions) io.out(`  collides with the built-in pack: “${c.text}”${c.text === c.builtin ? "" : `（built-in “${c.builtin}”）`} — this pack's entry replaces the built-in one`);
  for (const p of s.lint) io.out(`${p.file ?? s.path}${p.line ? `:${p.line}:${p.column}` : ""}: ${p.path}: ${p.message}`);
  io.out(`${s.path}: ${s.lint.length ? `${s.lint.length} problem(s)` : "no problems"}`);
}

const OPTIONS = [formatOption(["pretty", "json"]), { name: "--builtin", kind: "flag" as const, help: "check the built-in pack (its field files merged) instead of a file" }];

export const packCommand: Command = {
  operands: "check FILE|PACKAGE|--builtin",
  summary: "Validates a pack file or an installed pack package; prints its formulations, retired ones, snippets and collisions with the built-in pack, and lints it (near misses, duplicates, parts counts). Exit 1 when invalid or a lint problem is found.",
  options: OPTIONS,
  run(args, io) {
    const [sub, ...rest] = args.positionals;
    if (sub !== "check") throw new UsageError(sub ? `unknown pack command "${sub}" (try: pack check FILE)` : "pack needs a command: pack check FILE|PACKAGE");
    const builtin = args.has("--builtin");
    if (builtin ? rest.length !== 0 : rest.length !== 1) throw new UsageError("pack check takes one pack file or package name, or --builtin");
    const target = rest[0];
    const summaries: PackSummary[] = [];
    const packageProblems: string[] = [];
    if (builtin) summaries.push(summarizeBuiltin());
    else if (parsePackageSpec(target) && !fs.existsSync(target)) {
      const r = resolvePackPackage(target, [process.cwd()]);
      for (const p of r.problems) {
        const index = new LineIndex(p.text);
        for (const q of p.problems) {
          const at = index.position(q.span.start);
          packageProblems.push(`${path.relative(process.cwd(), p.path) || p.path}:${at.line + 1}:${at.character + 1}: ${q.path}: ${q.message}`);
        }
      }
      for (const f of r.files) {
        try {
          summaries.push(summarizePack(path.relative(process.cwd(), f), readDraft(f).text));
        } catch (e) {
          if (!(e instanceof FileError)) throw e;
          packageProblems.push(`${path.relative(process.cwd(), f)}: ${e.message}`);
        }
      }
    } else {
      summaries.push(summarizePack(target, readDraft(target).text));
    }
    if (args.value("--format") === "json") io.out(JSON.stringify({ packs: summaries, problems: packageProblems }));
    else {
      for (const p of packageProblems) io.out(p);
      for (const s of summaries) print(s, io);
    }
    return packageProblems.length || summaries.some((s) => !s.valid || s.lint.length) ? 1 : 0;
  },
};
