import * as fs from "fs";
import * as path from "path";

/** The sample drafts vendored under test/corpus (public documents; see its README). */
export const CORPUS_DIR = path.resolve(__dirname, "../corpus");

export function readCorpus(name: string): string {
  return fs.readFileSync(path.join(CORPUS_DIR, name), "utf8");
}

export const CORPUS_FILES = ["county-mobilization-speech.txt", "study-session-remarks.txt", "20th-congress-report-2022.txt", "government-work-report-2024.txt"];
