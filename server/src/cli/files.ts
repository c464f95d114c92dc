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

export const DRAFT_EXTENSIONS = [".speech", ".txt", ".md", ".docx"];
/** Read with the Word reader; all but .docx are refused there with what to do (另存为 .docx). */
const WORD_EXTENSIONS = [".docx", ".docm", ".dotx", ".doc", ".dot", ".wps", ".wpt"];
export const isWordPath = (file: string) => WORD_EXTENSIONS.includes(path.extname(file).toLowerCase());
/** `-` names standard input, as in most command-line tools: `pbpaste | lectern check -`. */
export const STDIN = "-";
/** How standard input is named in reports. */
export const STDIN_NAME = "<stdin>";
const SKIP_DIRS = new Set(["node_modules", ".git", ".lectern"]);

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
      errors.push(new FileError(input, "no such file or directory"));
      continue;
    }
    if (st.isDirectory()) files.push(...walker.walk(input));
    // A FIFO or a device would block the read or never end: only regular files are drafts.
    else if (!st.isFile()) errors.push(new FileError(input, "not a regular file"));
    else files.push(input);
  }
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
  };
  return (code && words[code]) ?? (e as Error).message;
}

/** Reads a draft in any encoding it may come in (see encoding.ts); binary and undecodable files are errors with a clear message. */
export function readDraft(input: string): Draft {
  const file = input === STDIN ? STDIN_NAME : input;
  let buf: Buffer;
  try {
    if (input !== STDIN) {
      const st = fs.statSync(input);
      if (st.isDirectory()) throw Object.assign(new Error("is a directory"), { code: "EISDIR" });
      if (!st.isFile()) throw new FileError(file, "not a regular file");
    }
    buf = fs.readFileSync(input === STDIN ? 0 : input);
  } catch (e) {
    if (e instanceof FileError) throw e;
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
 * Writes a file atomically: a temporary file in the same folder, with the
 * original's permissions, renamed over it. On any error the original is untouched.
 */
export function writeAtomic(file: string, content: string | Uint8Array, rename: (a: string, b: string) => void = fs.renameSync): void {
  const dir = path.dirname(file);
  const tmp = path.join(dir, `.${path.basename(file)}.lectern-${process.pid}-${Date.now()}.tmp`);
  // A new file (a reviewed copy) gets the usual permissions.
  const mode = fs.existsSync(file) ? fs.statSync(file).mode & 0o7777 : 0o644;
  try {
    fs.writeFileSync(tmp, content, { mode });
    fs.chmodSync(tmp, mode);
    rename(tmp, file);
  } catch (e) {
    try {
      fs.unlinkSync(tmp);
    } catch {
      /* the temporary file may not exist */
    }
    throw e;
  }
}
