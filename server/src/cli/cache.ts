/**
 * `check --cache`: each draft's findings stored under
 * node_modules/.cache/lectern, keyed by a hash of everything they depend on:
 * the text, Lectern's version and build, the settings, and the contents of the
 * packs and target tables. An unchanged draft then costs a hash and a read,
 * with no analysis and no segmenter. A missing, unreadable or corrupt entry is
 * a miss; a failed write only loses the saving.
 */
import { createHash } from "crypto";
import * as fs from "fs";
import { readRegularFile } from "../service/regular-file";
import * as path from "path";

export const CACHE_DIR = path.join("node_modules", ".cache", "lectern");

/** What a draft's findings depend on, besides its text. */
export interface CacheContext {
  version: string;
  /** The running bundle's size and modification time: a rebuilt Lectern without a version bump still misses. */
  build: string;
  settings: unknown;
  /** Each data file's path and contents, in the order read. */
  dataFiles: { path: string; text: string }[];
}

export interface CachedReport<T> {
  diagnostics: T[];
  errors: number;
}

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

/** The part of the key every draft of one run shares. */
export function contextKey(c: CacheContext): string {
  return sha256(JSON.stringify([c.version, c.build, c.settings, c.dataFiles.map((f) => [f.path, sha256(f.text)])]));
}

export function entryKey(context: string, text: string): string {
  return sha256(context + "\0" + text);
}

export function cacheContext(version: string, settings: unknown, dataFiles: string[]): CacheContext {
  let build = "";
  try {
    const s = fs.statSync(__filename);
    build = `${s.size}:${s.mtimeMs}`;
  } catch {
    /* no file to stat (an unusual loader): the version alone */
  }
  const files = dataFiles.map((p) => {
    let text: string;
    try {
      // Only regular files: a FIFO where a pack or a table is named would block the run.
      text = readRegularFile(p, 64 * 1024 * 1024).toString("utf8");
    } catch (e) {
      text = `unreadable: ${(e as NodeJS.ErrnoException).code}`;
    }
    return { path: path.resolve(p), text };
  });
  return { version, build, settings, dataFiles: files };
}

export class FindingsCache<T> {
  constructor(
    readonly dir: string,
    private readonly context: string,
  ) {}

  private file(text: string): string {
    return path.join(this.dir, entryKey(this.context, text) + ".json");
  }

  /** The stored report for this text, or undefined (never stored, unreadable or not a report). */
  get(text: string): CachedReport<T> | undefined {
    try {
      const v = JSON.parse(readRegularFile(this.file(text), 256 * 1024 * 1024).toString("utf8")) as CachedReport<T>;
      return v && Array.isArray(v.diagnostics) && Number.isInteger(v.errors) ? v : undefined;
    } catch {
      return undefined;
    }
  }

  /** Stores a report; written whole or not at all (another run may read it at the same time). */
  set(text: string, report: CachedReport<T>): void {
    const file = this.file(text);
    const temp = `${file}.${process.pid}.tmp`;
    try {
      fs.mkdirSync(this.dir, { recursive: true });
      fs.writeFileSync(temp, JSON.stringify(report));
      fs.renameSync(temp, file);
    } catch {
      // A cache folder that cannot be made (a file in its way) or written: the run goes on without it.
      try {
        fs.rmSync(temp, { force: true });
      } catch {
        /* no temporary file where no folder could be made */
      }
    }
  }
}
