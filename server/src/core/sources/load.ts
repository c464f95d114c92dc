/**
 * Sources: authoritative texts (`.txt`, `.md`, `.docx` in `.lectern/sources/`, or
 * named by `lectern.sources` / `--sources`, or in a source package), each with
 * its metadata from a sidecar `NAME.json` or front matter. Indexed once per
 * set of files: the loader keeps the last set and its indexes.
 */
import type { DataFile, DataLoadResult } from "../data-sources";
import { validateJson, type DataProblem } from "../json-data";
import { SourceMetaSchema, type SourceMeta } from "./schema";
import { TextIndex } from "./text-index";

export interface Source extends SourceMeta {
  kind: "document" | "speech" | "statistics";
  /** Every name a draft may use: the title and `names`. */
  allNames: string[];
  path: string;
  /** The text (front matter removed). */
  text: string;
  /** Lines of front matter before `text` in the file (0 without). */
  lineOffset: number;
  index: TextIndex;
  /** Milliseconds it took to index. */
  indexMs: number;
}

export class SourceSet {
  readonly sources: Source[];
  /** Names longest first, for reading which source a sentence names. */
  readonly names: { name: string; source: Source }[];
  constructor(sources: Source[]) {
    this.sources = sources;
    this.names = sources.flatMap((s) => s.allNames.map((name) => ({ name, source: s }))).sort((a, b) => b.name.length - a.name.length);
  }
}

export const EMPTY_SOURCES = new SourceSet([]);

const TEXT_EXT = /\.(txt|md|docx)$/i;

function stem(p: string): string {
  return p.replace(/\.[^./\\]+$/, "");
}

function baseName(p: string): string {
  return stem(p).split(/[\\/]/).pop()!;
}

/** `---` front matter: `key: value` lines; `names` is a list in [ ] or separated by commas or 、. */
export function frontMatter(text: string): { meta?: Record<string, unknown>; body: string; bodyStart: number; end: number } {
  const m = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!m) return { body: text, bodyStart: 0, end: 0 };
  const meta: Record<string, unknown> = {};
  for (const line of m[1].split(/\r?\n/)) {
    const kv = /^\s*([A-Za-z$]+)\s*[:：]\s*(.*?)\s*$/.exec(line);
    if (!kv) continue;
    let v: unknown = kv[2].replace(/^["'](.*)["']$/, "$1");
    if (kv[1] === "names") v = String(v).replace(/^\[|\]$/g, "").split(/[,，、]/).map((s) => s.trim().replace(/^["'](.*)["']$/, "$1")).filter(Boolean);
    meta[kv[1]] = v;
  }
  return { meta, body: text.slice(m[0].length), bodyStart: m[0].length, end: m[0].length };
}

let last: { key: string; result: DataLoadResult } | undefined;

/**
 * Pairs each source text with its sidecar (same name, `.json`) or front matter;
 * a source without either takes its file name as title. A bad sidecar or front
 * matter is reported at its place, and the source is still used with its file name.
 */
export function loadSources(files: DataFile[]): DataLoadResult {
  const key = files.map((f) => `${f.path}\u0000${f.text.length}\u0000${f.text}`).join("\u0001");
  if (last?.key === key) return last.result;
  const problems: { path: string; problems: DataProblem[] }[] = [];
  const sidecars = new Map<string, { file: DataFile; meta?: SourceMeta }>();
  // Every sidecar is validated, with or without a text beside it, and its problems reported at their JSON path.
  for (const f of files) {
    if (!/\.json$/i.test(f.path)) continue;
    const r = validateJson(f.text, SourceMetaSchema);
    if (!r.ok) problems.push({ path: f.path, problems: r.problems });
    sidecars.set(stem(f.path), { file: f, meta: r.ok ? r.value : undefined });
  }
  const sources: Source[] = [];
  const seen = new Set<string>();
  for (const f of files) {
    if (!TEXT_EXT.test(f.path)) continue;
    seen.add(stem(f.path));
    let meta: SourceMeta | undefined;
    const fm = frontMatter(f.text);
    const sidecar = sidecars.get(stem(f.path));
    if (sidecar) meta = sidecar.meta;
    else if (fm.meta) {
      const r = SourceMetaSchema.safeParse(fm.meta);
      if (r.success) meta = r.data;
      else problems.push({ path: f.path, problems: r.error.issues.map((i) => ({ path: i.path.join(".") || "(front matter)", message: i.message, span: { start: 0, end: fm.end } })) });
    }
    const title = meta?.title ?? baseName(f.path);
    const t0 = performance.now();
    const index = new TextIndex(fm.body);
    const indexMs = performance.now() - t0;
    sources.push({
      ...meta,
      title,
      kind: meta?.kind ?? "document",
      allNames: [...new Set([title, ...(meta?.names ?? [])])],
      path: f.path,
      text: fm.body,
      lineOffset: f.text.slice(0, fm.bodyStart).split("\n").length - 1,
      index,
      indexMs,
    });
  }
  for (const [s, { file }] of sidecars) {
    if (seen.has(s)) continue;
    const missing = { path: "(root)", message: `no source text beside it (${baseName(file.path)}.txt, .md or .docx)`, span: { start: 0, end: 0 } };
    const had = problems.find((p) => p.path === file.path);
    if (had) had.problems.push(missing);
    else problems.push({ path: file.path, problems: [missing] });
  }
  const result: DataLoadResult = { value: sources.length ? new SourceSet(sources) : EMPTY_SOURCES, problems };
  last = { key, result };
  return result;
}
