/**
 * Which files a folder walk checks: the `.gitignore` files on the way (as git
 * reads them, inside a repository) and the project's include/exclude patterns
 * (`.lectern/config.json`, or the defaults that leave out a repository's
 * README, CHANGELOG and the like). Files named on the command line are always
 * checked; only what a folder walk finds is filtered.
 */
import * as fs from "fs";
import { readRegularText } from "../service/regular-file";
import * as path from "path";
import ignore, { type Ignore } from "ignore";
import type { ProjectConfig } from "../core";

/** One `.gitignore`: its patterns apply to paths under `dir`. */
interface IgnoreFile {
  dir: string;
  rules: Ignore;
}

export interface WalkScope {
  /** The folder the include/exclude patterns are relative to (the one holding `.lectern/`). */
  root: string;
  include: Ignore;
  exclude: Ignore;
}

export function walkScope(root: string, config: ProjectConfig): WalkScope {
  return { root: path.resolve(root), include: ignore().add(config.include), exclude: ignore().add(config.exclude) };
}

const posix = (p: string) => p.split(path.sep).join("/");

function readIgnoreFile(dir: string): IgnoreFile | undefined {
  // Only a regular file: a FIFO named .gitignore would block the walk forever.
  const text = readRegularText(path.join(dir, ".gitignore"), 4 * 1024 * 1024);
  if (text === undefined) return undefined;
  return { dir, rules: ignore().add(text) };
}

/** The `.gitignore` files of the folders above `dir`, up to the repository's top (none outside a repository). */
function ancestorIgnoreFiles(dir: string): IgnoreFile[] {
  const chain: string[] = [];
  for (let d = path.dirname(dir); ; d = path.dirname(d)) {
    chain.unshift(d);
    if (fs.existsSync(path.join(d, ".git"))) break;
    if (path.dirname(d) === d) return [];
  }
  return chain.map(readIgnoreFile).filter((f): f is IgnoreFile => !!f);
}

/** Git's answer for one path: the deepest `.gitignore` that says anything about it decides. */
function gitIgnores(files: IgnoreFile[], absolute: string, isDir: boolean): boolean {
  let ignored = false;
  for (const f of files) {
    const rel = posix(path.relative(f.dir, absolute));
    if (!rel || rel.startsWith("..")) continue;
    const t = f.rules.test(isDir ? rel + "/" : rel);
    if (t.ignored) ignored = true;
    else if (t.unignored) ignored = false;
  }
  return ignored;
}

/** Walks folders for drafts, honouring `.gitignore` and the project's patterns; counts what it leaves out. */
export class FolderWalker {
  skipped = 0;

  constructor(
    private readonly scope: WalkScope | undefined,
    private readonly isDraftName: (name: string) => boolean,
    private readonly skipDirs: Set<string>,
  ) {}

  /** Draft files under `dir`, sorted within each folder. */
  walk(dir: string): string[] {
    const out: string[] = [];
    const top = path.resolve(dir);
    let inherited = this.scope ? ancestorIgnoreFiles(top) : [];
    // A folder named on the command line is checked even if a .gitignore above it leaves it out.
    if (gitIgnores(inherited, top, true)) inherited = [];
    this.visit(dir, top, inherited, out);
    return out;
  }

  /** Real paths of the folders walked: a symbolic link back up the tree is walked once, not forever. */
  private readonly seen = new Set<string>();
  /** Drafts whose names are not valid UTF-8: they cannot be opened by name, so they are reported, not skipped silently. */
  readonly badNames: string[] = [];

  private visit(dir: string, top: string, ignoreFiles: IgnoreFile[], out: string[]): void {
    let real: string;
    try {
      real = fs.realpathSync(dir);
    } catch {
      return;
    }
    if (this.seen.has(real)) return;
    this.seen.add(real);
    const own = this.scope ? readIgnoreFile(path.resolve(dir)) : undefined;
    const files = own ? [...ignoreFiles, own] : ignoreFiles;
    let names: string[];
    try {
      const raw = fs.readdirSync(dir, { encoding: "buffer" });
      names = [];
      for (const b of raw) {
        const name = b.toString("utf8");
        if (isValidUtf8(b)) names.push(name);
        else if (this.isDraftName(name)) this.badNames.push(path.join(dir, name));
      }
      names.sort();
    } catch {
      // A folder that cannot be listed (permissions) holds nothing to check.
      return;
    }
    for (const name of names) {
      const p = path.join(dir, name);
      let st: fs.Stats;
      try {
        st = fs.statSync(p);
      } catch {
        // A dangling symbolic link, or an entry gone since the listing: not a draft.
        continue;
      }
      if (st.isDirectory()) {
        if (this.skipDirs.has(name)) continue;
        if (this.scope && (gitIgnores(files, path.resolve(p), true) || this.excluded(path.resolve(p), top, true))) {
          this.skipped++;
          continue;
        }
        this.visit(p, top, files, out);
      } else if (st.isFile() && this.isDraftName(name)) {
        if (this.scope && (gitIgnores(files, path.resolve(p), false) || !this.included(path.resolve(p), top))) {
          this.skipped++;
          continue;
        }
        out.push(p);
      }
    }
  }

  /** The path the project's patterns are matched against: from the project root, or from the walked folder outside it. */
  private relative(absolute: string, top: string): string {
    const rel = posix(path.relative(this.scope!.root, absolute));
    return rel.startsWith("..") || path.isAbsolute(rel) ? posix(path.relative(top, absolute)) : rel;
  }

  private excluded(absolute: string, top: string, isDir: boolean): boolean {
    const rel = this.relative(absolute, top);
    return !!rel && this.scope!.exclude.ignores(isDir ? rel + "/" : rel);
  }

  private included(absolute: string, top: string): boolean {
    const rel = this.relative(absolute, top);
    return this.scope!.include.ignores(rel) && !this.excluded(absolute, top, false);
  }
}

function isValidUtf8(b: Buffer): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(b);
    return true;
  } catch {
    return false;
  }
}
