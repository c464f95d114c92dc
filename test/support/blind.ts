/**
 * Blind rounds: drafts written by people who never read Lectern's code, each `NAME.txt` with
 * `NAME.expected` beside it, one seeded slip a line:
 *
 *   LINE CODE [alt=LINE] | the words the slip is about | why
 *
 * LINE is 0-based; `alt=` names a second line where the same finding is as right (the
 * earlier statement of a figure stated twice). Scoring matches a finding by line and code:
 * an expected slip with a finding of its code on its line (or alt line) is found; a finding
 * of a scored family that matches no expected slip is a false alarm — a wrong diagnosis (a
 * finding with another code on a line where a slip is due) included.
 */
import * as fs from "fs";
import * as path from "path";

export const BLIND_DIR = path.resolve(__dirname, "../blind");
/** A round's folder: round1, round2 …, facts1 … (facts-sources holds the texts the fact rounds quote). */
export const ROUND_NAME = /^(?:round|facts)\d+$/;
export const SCORED_FAMILIES = ["numbering.", "structure.", "slogan.", "figure.", "fact."];

export interface ExpectedSlip {
  line: number;
  alt?: number;
  code: string;
  words: string;
  why: string;
}

export interface BlindDraft {
  round: string;
  name: string;
  file: string;
  text: string;
  expected: ExpectedSlip[];
}

export interface Finding {
  line: number;
  code: string;
  message: string;
}

export function parseExpected(text: string): ExpectedSlip[] {
  const out: ExpectedSlip[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith("#")) continue;
    const [head, words = "", ...why] = line.split("|").map((s) => s.trim());
    const m = /^(\d+)\s+([a-z]+\.[A-Za-z]+)(?:\s+alt=(\d+))?$/.exec(head);
    if (!m) throw new Error(`bad expected line: ${raw}`);
    out.push({ line: Number(m[1]), code: m[2], alt: m[3] === undefined ? undefined : Number(m[3]), words, why: why.join("|") });
  }
  return out;
}

export function readRound(dir: string): BlindDraft[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".txt") && fs.existsSync(path.join(dir, f.replace(/\.txt$/, ".expected"))))
    .sort()
    .map((f) => ({
      round: path.basename(dir),
      name: f.replace(/\.txt$/, ""),
      file: path.join(dir, f),
      text: fs.readFileSync(path.join(dir, f), "utf8"),
      expected: parseExpected(fs.readFileSync(path.join(dir, f.replace(/\.txt$/, ".expected")), "utf8")),
    }));
}

export interface DraftScore {
  name: string;
  found: ExpectedSlip[];
  missed: ExpectedSlip[];
  falseAlarms: Finding[];
}

export function scoreDraft(draft: BlindDraft, findings: Finding[]): DraftScore {
  const scored = findings.filter((f) => SCORED_FAMILIES.some((p) => f.code.startsWith(p)));
  const matches = (e: ExpectedSlip, f: Finding) => sameDiagnosis(e.code, f) && (f.line === e.line || f.line === e.alt);
  return {
    name: draft.name,
    found: draft.expected.filter((e) => scored.some((f) => matches(e, f))),
    missed: draft.expected.filter((e) => !scored.some((f) => matches(e, f))),
    falseAlarms: scored.filter((f) => !draft.expected.some((e) => matches(e, f))),
  };
}

/**
 * The expected code, or its sanctioned twin: two adjacent parts of a fixed-order list exchanged
 * inside one word (德智美体劳) are slogan.typo or slogan.parts, either one, so long as the finding
 * says the order is wrong (次序, 写颠倒).
 */
function sameDiagnosis(expected: string, f: Finding): boolean {
  if (f.code === expected) return true;
  const swap = (f.code === "slogan.parts" && /次序/.test(f.message)) || (f.code === "slogan.typo" && /写颠倒/.test(f.message));
  return swap && (expected === "slogan.typo" || expected === "slogan.parts");
}

/** The family of a code: numbering (structure counts with it), slogan, figure, fact. */
export function family(code: string): string {
  const head = code.split(".")[0];
  return head === "structure" ? "numbering" : head;
}
