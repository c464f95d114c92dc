/**
 * Large drafts for the CLI and floor measurements: the corpus drafts
 * concatenated until the size is reached, their top-level headings (一、)
 * renumbered so the whole reads as one long, correctly numbered draft rather
 * than a run of restarts the numbering checks would flag.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { formatChineseNumeral } from "../server/src/core/numerals";
import { CORPUS_FILES, readCorpus } from "../test/support/corpus";

const TOP_HEADING = /^[一二三四五六七八九十百千零]+、/;

const STEMS = "甲乙丙丁戊己庚辛壬癸";
/** A mark for round `n` (甲, 乙, … 乙甲, …): ends every line of that round so no line repeats an earlier one. */
const roundMark = (n: number): string => (n >= 10 ? roundMark(Math.floor(n / 10)) : "") + STEMS[n % 10];

/** With `unique`, each round's non-blank lines end in a mark of their own, so no line repeats and the line caches never hit. */
export function syntheticDraft(targetBytes: number, unique = false): string {
  const sources = CORPUS_FILES.map((f) => readCorpus(f).replace(/^\uFEFF/, "").split(/\r?\n/));
  const lines: string[] = [];
  let bytes = 0;
  let heading = 0;
  for (let round = 0; bytes < targetBytes; round++) {
    for (const source of sources[round % sources.length]) {
      const line = unique && source.trim() ? source + roundMark(round) : source;
      const renumbered = TOP_HEADING.test(line) ? line.replace(TOP_HEADING, `${formatChineseNumeral(++heading)}、`) : line;
      lines.push(renumbered);
      bytes += Buffer.byteLength(renumbered, "utf8") + 1;
      if (bytes >= targetBytes) break;
    }
  }
  return lines.join("\n") + "\n";
}

/** Splits a draft into `parts` pieces of about equal size, at line ends. */
export function splitDraft(text: string, parts: number): string[] {
  const out: string[] = [];
  let at = 0;
  for (let k = 1; k <= parts; k++) {
    const target = Math.floor((text.length * k) / parts);
    const end = k === parts ? text.length : text.indexOf("\n", target) + 1 || text.length;
    out.push(text.slice(at, end));
    at = end;
  }
  return out.filter((p) => p.length);
}

export interface SyntheticFiles {
  dir: string;
  files: Record<string, string>;
  /** the largest draft split into `parts` files, in a folder of their own */
  splitDir: string;
  dispose(): void;
}

/**
 * Writes one draft per size (bytes) into a fresh temporary folder, and the
 * largest one again as `parts` files (the same text, so a folder run is
 * comparable with one large file, and each file stays under maxDocumentSize).
 */
export function writeSyntheticDrafts(sizes: Record<string, number>, parts: number, uniqueSizes: Record<string, number> = {}): SyntheticFiles {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lectern-bench-"));
  const files: Record<string, string> = {};
  let largest = "";
  for (const [name, bytes] of Object.entries(sizes)) {
    files[name] = path.join(dir, `synthetic-${name}.txt`);
    const text = syntheticDraft(bytes);
    fs.writeFileSync(files[name], text);
    if (text.length > largest.length) largest = text;
  }
  for (const [name, bytes] of Object.entries(uniqueSizes)) {
    files[name] = path.join(dir, `synthetic-${name}-unique-lines.txt`);
    fs.writeFileSync(files[name], syntheticDraft(bytes, true));
  }
  const splitDir = path.join(dir, "split");
  fs.mkdirSync(splitDir);
  splitDraft(largest, parts).forEach((t, i) => fs.writeFileSync(path.join(splitDir, `part-${String(i + 1).padStart(2, "0")}.txt`), t));
  return { dir, files, splitDir, dispose: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
