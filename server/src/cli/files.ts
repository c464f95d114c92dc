/** Reading drafts from disk: directories, binary files, encodings, BOMs. */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { pathToFileURL } from "url";
import { parseDocument, type DocumentModel } from "../core";
import { isLegacyBinary, readDocx, WordError, type WordDocument } from "../word";
import { DecodeError, decodeDraft, ENCODING_NAMES, type Encoding } from "./encoding";
import { FolderWalker, type WalkScope } from "./scope";
import { FileReadError, readAtMost, readRegularFile } from "../service/regular-file";

export const DRAFT_EXTENSIONS = [".speech", ".txt", ".md", ".docx"];
/** Read with the Word reader; all but .docx are refused there with what to do (另存为 .docx). */
const WORD_EXTENSIONS = [".docx", ".docm", ".dotx", ".doc", ".dot", ".wps", ".wpt"];
export const isWordPath = (file: string) => WORD_EXTENSIONS.includes(path.extname(file).toLowerCase());
/** `-` names standard input, as in most command-line tools: `pbpaste | lectern check -`. */
export const STDIN = "-";
/** How standard input is named in reports. */
export const STDIN_NAME = "<stdin>";
const SKIP_DIRS = new Set(["node_modules", ".git", ".lectern"]);
/** A plain-text draft (or standard input) larger than this is no draft: refused before it is held in memory. */
export const MAX_DRAFT_BYTES = 64 * 1024 * 1024;
/** A .docx may carry images: its package is limited by the zip reader, and the file by this. */
export const MAX_WORD_BYTES = 256 * 1024 * 1024;

export class FileError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
  }
}

/** A draft by its name: a known extension, and not Word's lock file (`~$…`) beside an open document. */
const isDraftName = (name: string) => !name.startsWith("~$") && DRAFT_EXTENSIONS.includes(path.extname(name).toLowerCase());

/**
 * Expands files and folders into draft files, sorted within each folder. With a
 * scope, a folder walk honours `.gitignore` and the project's include/exclude
 * (`skipped` counts what it left out); files named here are always taken.
 */
export function collectFiles(inputs: string[], scope?: WalkScope): { files: string[]; errors: FileError[]; skipped: number } {
  const files: string[] = [];
  const errors: FileError[] = [];
  const walker = new FolderWalker(scope, isDraftName, SKIP_DIRS);
  for (const input of inputs) {
    if (input === STDIN) {
      if (!files.includes(STDIN)) files.push(STDIN);
      continue;
    }
    let st: fs.Stats;
    try {
      st = fs.statSync(input);
    } catch {
      // A name whose bytes are not UTF-8 reaches Node with U+FFFD in place of those bytes: say so.
      errors.push(new FileError(input, input.includes("\uFFFD") ? "no such file or directory (its name is not valid UTF-8, which Lectern cannot open by name: rename the file)" : "no such file or directory"));
      continue;
    }
    if (st.isDirectory()) files.push(...walker.walk(input));
    // A FIFO or a device would block the read or never end: only regular files are drafts.
    else if (!st.isFile()) errors.push(new FileError(input, "not a regular file"));
    else files.push(input);
  }
  for (const bad of walker.badNames) errors.push(new FileError(bad, "file name is not valid UTF-8: not checked (rename the file)"));
  return { files, errors, skipped: walker.skipped };
}

export interface Draft {
  path: string;
  /** The text without a leading BOM: positions are what an editor shows. */
  text: string;
  bom: boolean;
  /** How the bytes were read: a text encoding, or `docx` for a Word document. */
  encoding: Encoding | "docx";
  /** For a Word document: the reader's map from the text back to paragraphs and runs. */
  word?: WordDocument;
  /** A .doc or .wps read through LibreOffice's conversion to .docx: its extension (".doc"). */
  convertedFrom?: string;
}

/** The document model of a draft, with a Word document's heading styles. */
export function parseDraft(draft: Draft): DocumentModel {
  return parseDocument(draft.text, draft.word ? { headingLevels: draft.word.headingLevels, paragraphNumbers: draft.word.paragraphNumbers } : undefined);
}

/** A system error in the words of `ls` and `cat`, the same in every command. */
export function describeSystemError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  const words: Record<string, string> = {
    ENOENT: "no such file or directory",
    EACCES: "permission denied",
    EPERM: "permission denied",
    EISDIR: "is a directory",
    ENOTDIR: "not a directory",
    EROFS: "read-only file system",
    ENOSPC: "no space left on device",
    ENOTREG: "not a regular file",
    ELOOP: "too many levels of symbolic links",
  };
  return (code && words[code]) ?? (e as Error).message;
}

/** Reads a draft in any encoding it may come in (see encoding.ts); binary and undecodable files are errors with a clear message. */
export function readDraft(input: string): Draft {
  const file = input === STDIN ? STDIN_NAME : input;
  let buf: Buffer;
  try {
    // Only regular files (a FIFO would block), and never more than a draft can be: standard input stops at the limit.
    buf = input === STDIN ? readAtMost(0, MAX_DRAFT_BYTES) : readRegularFile(input, isWordPath(input) ? MAX_WORD_BYTES : MAX_DRAFT_BYTES);
  } catch (e) {
    if (e instanceof FileReadError && e.code === "EFBIG") throw new FileError(file, `${e.message}: not a draft`);
    throw new FileError(file, describeSystemError(e));
  }
  // A .docx by name, or a zip package on standard input.
  if (isWordPath(file) || (input === STDIN && buf[0] === 0x50 && buf[1] === 0x4b && buf[2] === 3 && buf[3] === 4)) return readWordDraft(file, buf);
  try {
    return { path: file, ...decodeDraft(buf) };
  } catch (e) {
    if (e instanceof DecodeError) throw new FileError(file, e.message);
    throw e;
  }
}

/** " (read as GB18030)" for a draft that was not UTF-8, for pretty output; "" otherwise. */
export function encodingNote(draft: Draft): string {
  if (draft.convertedFrom) return ` (${conversionNote(draft)})`;
  return draft.encoding === "utf-8" || draft.encoding === "docx" ? "" : ` (read as ${ENCODING_NAMES[draft.encoding]})`;
}

/** "converted from .doc to .docx with LibreOffice" for a converted draft. */
export function conversionNote(draft: Draft): string {
  return draft.convertedFrom ? `converted from ${draft.convertedFrom} to .docx with LibreOffice` : "";
}

const LEGACY_EXTENSIONS = [".doc", ".dot", ".wps", ".wpt"];

/** An executable on PATH, or undefined. */
function onPath(cmd: string): string | undefined {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    if (!dir) continue;
    const file = path.join(dir, cmd);
    try {
      fs.accessSync(file, fs.constants.X_OK);
      if (fs.statSync(file).isFile()) return file;
    } catch {
      // not here
    }
  }
  return undefined;
}

/**
 * A .doc or .wps converted to .docx by LibreOffice (soffice on PATH), in a temporary folder
 * with a profile of its own; undefined without LibreOffice. Throws FileError when it fails.
 */
function convertLegacy(file: string, buf: Buffer, ext: string): Buffer | undefined {
  const soffice = onPath("soffice") ?? onPath("libreoffice");
  if (!soffice) return undefined;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lectern-convert-"));
  try {
    const src = path.join(dir, "draft" + ext);
    fs.writeFileSync(src, buf);
    const out = path.join(dir, "out");
    const r = spawnSync(soffice, [`-env:UserInstallation=${pathToFileURL(path.join(dir, "profile")).href}`, "--headless", "--norestore", "--convert-to", "docx", "--outdir", out, src], { stdio: "ignore", timeout: 180_000 });
    const converted = path.join(out, "draft.docx");
    if (r.status !== 0 || !fs.existsSync(converted)) throw new FileError(file, `${kindOf(ext)}, which LibreOffice could not convert: open it in Word or WPS and 另存为 .docx`);
    return fs.readFileSync(converted);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const kindOf = (ext: string) => (ext === ".wps" || ext === ".wpt" ? `WPS document (${ext})` : `Word 97–2003 document (${ext})`);

function readWordDraft(file: string, buf: Buffer): Draft {
  const ext = path.extname(file).toLowerCase();
  if (LEGACY_EXTENSIONS.includes(ext) && isLegacyBinary(buf)) {
    const converted = convertLegacy(file, buf, ext);
    if (converted) {
      try {
        const word = readDocx(new Uint8Array(converted.buffer, converted.byteOffset, converted.length), file);
        return { path: file, text: word.text, bom: false, encoding: "docx", word, convertedFrom: ext };
      } catch (e) {
        throw new FileError(file, `${kindOf(ext)}, which LibreOffice converted to a .docx Lectern cannot read (${(e as Error).message}): open it in Word or WPS and 另存为 .docx`);
      }
    }
  }
  try {
    const word = readDocx(new Uint8Array(buf.buffer, buf.byteOffset, buf.length), file);
    return { path: file, text: word.text, bom: false, encoding: "docx", word };
  } catch (e) {
    // Whatever the package holds, the file is reported and the other drafts are still checked.
    throw new FileError(file, e instanceof WordError ? e.message : `could not read this .docx (${(e as Error).message}): open it in Word or WPS and 另存为 .docx`);
  }
}

/**
 * Writes a file safely. A symbolic link is written through to the file it
 * names (the link stays a link). A file with other hard links, or owned by
 * someone else than this process, is rewritten in place, so its links, owner
 * and mode stay; the new content is first written whole to a temporary file in
 * the same folder, so a full disk fails before the original is touched. Any
 * other file gets a temporary file with its mode, renamed over it. On any error
 * the original is untouched (in place: unless the final copy itself fails).
 */
export function writeAtomic(file: string, content: string | Uint8Array, rename: (a: string, b: string) => void = fs.renameSync): void {
  let target = file;
  let st: fs.Stats | undefined;
  try {
    target = fs.realpathSync(file);
    st = fs.statSync(target);
  } catch {
    /* a new file (a reviewed copy) */
  }
  if (st && !st.isFile()) throw Object.assign(new Error("not a regular file"), { code: "ENOTREG" });
  const dir = path.dirname(target);
  const tmp = path.join(dir, `.${path.basename(target)}.lectern-${process.pid}-${Date.now()}.tmp`);
  // A new file (a reviewed copy) gets the usual permissions.
  const mode = st ? st.mode & 0o7777 : 0o644;
  const uid = typeof process.getuid === "function" ? process.getuid() : undefined;
  const inPlace = !!st && (st.nlink > 1 || (uid !== undefined && st.uid !== uid));
  try {
    fs.writeFileSync(tmp, content, { mode: inPlace ? 0o600 : mode });
    if (inPlace) {
      // Same inode: links, owner and mode are the file's own. The content is complete on disk first.
      fs.writeFileSync(target, content);
      fs.unlinkSync(tmp);
      return;
    }
    fs.chmodSync(tmp, mode);
    rename(tmp, target);
  } catch (e) {
    try {
      fs.unlinkSync(tmp);
    } catch {
      /* the temporary file may not exist */
    }
    throw e;
  }
}

/** Whether two paths name the same file: the same device and inode (through links), or the same real path. */
export function sameFile(a: string, b: string): boolean {
  try {
    const x = fs.statSync(a);
    const y = fs.statSync(b);
    if (x.dev === y.dev && x.ino === y.ino) return true;
  } catch {
    /* one of them does not exist yet */
  }
  const real = (p: string) => {
    try {
      return fs.realpathSync(p);
    } catch {
      // A file to be created: its folder's real path and its name.
      try {
        return path.join(fs.realpathSync(path.dirname(p)), path.basename(p));
      } catch {
        return path.resolve(p);
      }
    }
  };
  return real(a) === real(b);
}
