/**
 * Scaling: each input that hostile files grow (headings, findings, nesting,
 * attributes, footnote references, list items) at size n and 8n, in process.
 * A linear pass takes about 8× as long at 8n, n log n a little more, a quadratic
 * one 64×: the budget is a ratio under 16. The time of each size is the fastest
 * of several rounds (each round repeats the work until it has run 50 ms), so
 * load on a shared machine inflates neither size more than the other.
 * Run alone: `npx tsx bench/scaling.ts`.
 */
import { analyze, DEFAULT_SETTINGS, parseDocument } from "../server/src/core";
import "../server/src/core/registry";
import { readDocx } from "../server/src/word";
import { hugeCounterDocx, manyAttributesDocx, nestedTablesDocx } from "../test/support/hostile-docx";
import { rawDocx } from "../test/support/docx-raw";

export interface ScalingCase {
  name: string;
  what: string;
  n: number;
  msN: number;
  ms8n: number;
  ratio: number;
}

const ctx = { settings: DEFAULT_SETTINGS, data: {} };

/** The fast phase (every check that needs no segmenter): the structure, numbering and reading cost. */
function checkText(text: string): number {
  return analyze(parseDocument(text), ctx, { phase: "fast" }).length;
}

function checkDocx(bytes: Uint8Array): number {
  const doc = readDocx(bytes);
  return analyze(parseDocument(doc.text, { headingLevels: doc.headingLevels }), ctx, { phase: "fast" }).length;
}

/** n body paragraphs each referring to its own footnote, and every footnote referring to the next twice. */
function footnoteReferencesDocx(n: number): Uint8Array {
  const ref = (id: number) => `<w:r><w:footnoteReference w:id="${id}"/></w:r>`;
  const body: string[] = [];
  const notes: string[] = [];
  for (let k = 1; k <= n; k++) {
    body.push(`<w:p><w:r><w:t>正文第${k}段。</w:t></w:r>${ref(k)}</w:p>`);
    notes.push(`<w:footnote w:id="${k}"><w:p><w:r><w:t>注${k}</w:t></w:r>${k < n ? ref(k + 1).repeat(2) : ""}</w:p></w:footnote>`);
  }
  return rawDocx(body.join(""), { footnotes: notes.join("") });
}

const CASES: { name: string; what: string; n: number; make: (n: number) => () => number }[] = [
  { name: "headings", what: "lines of 一、甲 (empty sections, repeated numbers)", n: 2000, make: (n) => () => checkText("一、甲\n".repeat(n)) },
  { name: "findings", what: "一是， enumerators in one line, one finding each (capped at 5,000)", n: 10_000, make: (n) => () => checkText("一、总体要求\n" + "一是，".repeat(n) + "。\n") },
  { name: "nesting", what: ".docx tables nested n deep (8n = 120 tables, 360 elements deep), 20 paragraphs a level, read and checked", n: 15, make: (n) => { const b = nestedTablesDocx(n, 20); return () => checkDocx(b); } },
  { name: "attributes", what: ".docx with one element of n attributes", n: 20_000, make: (n) => { const b = manyAttributesDocx(n); return () => checkDocx(b); } },
  { name: "footnote references", what: ".docx: n references, each note referring to the next twice", n: 500, make: (n) => { const b = footnoteReferencesDocx(n); return () => checkDocx(b); } },
  { name: "list items", what: ".docx: n paragraphs of an upperLetter list", n: 2000, make: (n) => { const b = hugeCounterDocx("upperLetter", 1, n); return () => checkDocx(b); } },
];

function timeOf(work: () => number, rounds: number): number {
  work();
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    let runs = 0;
    const t0 = performance.now();
    do {
      work();
      runs++;
    } while (performance.now() - t0 < 50);
    best = Math.min(best, (performance.now() - t0) / runs);
  }
  return best;
}

export function measureScaling(rounds = 5): ScalingCase[] {
  return CASES.map((c) => {
    const msN = timeOf(c.make(c.n), rounds);
    const ms8n = timeOf(c.make(8 * c.n), rounds);
    return { name: c.name, what: c.what, n: c.n, msN, ms8n, ratio: ms8n / msN };
  });
}

if (require.main === module) {
  for (const c of measureScaling(process.argv.includes("--quick") ? 2 : 5)) {
    console.log(`${c.name.padEnd(20)} n=${String(c.n).padStart(6)} ${c.msN.toFixed(2).padStart(9)} ms  8n ${c.ms8n.toFixed(2).padStart(9)} ms  ratio ${c.ratio.toFixed(2)}`);
  }
}
