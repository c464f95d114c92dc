/**
 * Finds and reads workspace data files (packs, target tables) for the data
 * sources in the registry. Shared by the server and the CLI; the only
 * file-system code the analysis depends on.
 */
import * as fs from "fs";
import { readRegularFile } from "./regular-file";
import * as path from "path";
import { DATA_SOURCES, type DataFile, type DataProblem, type Settings } from "../core";
import { parsePackageSpec, resolvePackPackage } from "./pack-packages";
import { readDocx } from "../word";

export interface LoadedData {
  data: Record<string, unknown>;
  /** Problems per data file, including files that could not be read. */
  problems: { path: string; text: string; code: string; problems: DataProblem[] }[];
  /** Every file that was considered, for watching. */
  files: string[];
}

const MAX_BYTES = 5_000_000;

/** Expands a workspace-relative glob whose last segment may hold `*` (e.g. `.lectern/*.pack.json`). */
export function expandGlob(root: string, glob: string): string[] {
  const dir = path.join(root, path.dirname(glob));
  const base = path.basename(glob);
  if (!base.includes("*")) return fs.existsSync(path.join(dir, base)) ? [path.join(dir, base)] : [];
  const re = new RegExp("^" + base.split("*").map((s) => s.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join("[^/]*") + "$");
  try {
    return fs
      .readdirSync(dir)
      .filter((n) => re.test(n))
      .sort()
      .map((n) => path.join(dir, n));
  } catch {
    return [];
  }
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function readDataFile(file: string): { text?: string; error?: string } {
  try {
    const st = fs.statSync(file);
    if (!st.isFile()) return { error: "not a file" };
    if (st.size > MAX_BYTES) return { error: `file is larger than ${MAX_BYTES} bytes; it is ignored` };
    // Read from a descriptor checked again: a file swapped for a FIFO after the stat is refused, not waited on.
    const buf = readRegularFile(file, MAX_BYTES);
    // A Word source is read as its reader sees it (the text Lectern checks in a .docx draft).
    if (/\.docx$/i.test(file)) return { text: readDocx(buf, path.basename(file)).text };
    const text = new TextDecoder("utf-8", { fatal: true }).decode(buf);
    return { text };
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return { error: err.code === "ENOENT" ? "file not found" : err instanceof TypeError ? "file is not valid UTF-8" : err.message };
  }
}

/**
 * Loads every data source: workspace globs under each root, then the files the
 * setting names (relative to the first root), then `extra[source.id]` (CLI options).
 */
export function loadWorkspaceData(roots: string[], settings: Settings, extra: Record<string, string[]> = {}): LoadedData {
  const out: LoadedData = { data: {}, problems: [], files: [] };
  for (const source of DATA_SOURCES) {
    const paths: string[] = [];
    for (const root of roots) for (const g of source.workspaceGlobs) paths.push(...expandGlob(root, g));
    const named = (p: string, file: string) => {
      // A folder stands for its files that the source's workspace globs would take (--sources DIR).
      if (source.folders && isDirectory(file)) {
        for (const g of source.workspaceGlobs) paths.push(...expandGlob(file, path.basename(g)));
        out.files.push(file);
        return;
      }
      // A name that is not an existing file may be an npm package holding the source's files.
      if (source.packages && parsePackageSpec(p) && !fs.existsSync(file)) {
        const r = resolvePackPackage(p, roots.length ? roots : [process.cwd()], source.packages.field);
        paths.push(...r.files);
        for (const x of r.problems) out.problems.push({ ...x, code: source.packages.problemCode });
        out.files.push(...r.problems.map((x) => x.path));
      } else paths.push(file);
    };
    if (source.setting) {
      const v = settings[source.setting] as unknown;
      const list = Array.isArray(v) ? v : typeof v === "string" && v ? [v] : [];
      for (const p of list) if (typeof p === "string") named(p, path.isAbsolute(p) || !roots.length ? path.resolve(p) : path.resolve(roots[0], p));
    }
    for (const p of extra[source.id] ?? []) named(p, path.resolve(p));
    // A source's sidecar (NAME.json beside NAME.txt) comes with it, also from a package that names only the text.
    if (source.folders) {
      for (const p of [...paths]) {
        const sidecar = p.replace(/\.(txt|md|docx)$/i, ".json");
        if (sidecar !== p && fs.existsSync(sidecar)) paths.push(sidecar);
      }
    }
    const unique = [...new Set(paths)];
    out.files.push(...unique);
    const files: DataFile[] = [];
    for (const p of unique) {
      const r = readDataFile(p);
      if (r.text !== undefined) files.push({ path: p, text: r.text });
      else out.problems.push({ path: p, text: "", code: source.problemCode, problems: [{ path: "(root)", message: r.error!, span: { start: 0, end: 0 } }] });
    }
    try {
      const loaded = source.load(files, settings);
      out.data[source.id] = loaded.value;
      for (const p of loaded.problems) {
        if (p.problems.length) out.problems.push({ path: p.path, text: files.find((f) => f.path === p.path)?.text ?? "", code: source.problemCode, problems: p.problems });
      }
    } catch (e) {
      // A data source must never take the analysis down with it.
      out.problems.push({ path: unique[0] ?? source.id, text: "", code: source.problemCode, problems: [{ path: "(root)", message: `could not load ${source.id}: ${(e as Error).message}`, span: { start: 0, end: 0 } }] });
    }
  }
  return out;
}
