/**
 * Word documents: `lectern check` and `lectern review --track-changes` on a
 * 100-page .docx as a fresh process (wall time), and the reading alone
 * in-process against mammoth's raw-text extraction, the library not chosen.
 *
 * The document is the 2024 government work report followed by the 20th Party
 * Congress report, up to 100 A4 pages at 22 lines of 28 characters, written by the `docx` library as Word writes files: 一、 and
 * （一） headings as automatic Chinese list numbering in Heading styles, body
 * paragraphs split into a run per clause, each with its fonts and size, and a
 * table every ten paragraphs.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as d from "docx";
import { readDocx } from "../server/src/word";
import { summarize, type Summary } from "./stats";
import { CORPUS_DIR } from "../test/support/corpus";

const CLI_JS = path.resolve(__dirname, "../dist/cli.js");
const HEADING = [/^[一二三四五六七八九十]+、/, /^（[一二三四五六七八九十]+）/];

export async function writeHundredPageDocx(dir: string): Promise<{ file: string; chars: number; paragraphs: number; pages: number }> {
  const read = (name: string) => fs.readFileSync(path.join(CORPUS_DIR, name), "utf8").split(/\r?\n/).filter((l) => l.trim());
  const report = read("government-work-report-2024.txt");
  // Paragraphs until 100 pages: each takes ceil((characters + 2-character indent) / 28) lines of 22 a page.
  const lines: string[] = [];
  let pageLines = 0;
  for (const line of [...report, ...read("20th-congress-report-2022.txt"), ...report]) {
    if (pageLines >= 100 * 22) break;
    lines.push(line);
    pageLines += Math.ceil((line.length + 2) / 28);
  }
  let instance = 0;
  const children: (d.Paragraph | d.Table)[] = [];
  lines.forEach((line, i) => {
    const level = HEADING.findIndex((re) => re.test(line));
    if (level === 0 && /^一、/.test(line)) instance++;
    if (level >= 0) {
      const text = line.replace(HEADING[level], "");
      children.push(new d.Paragraph({ text, heading: level ? d.HeadingLevel.HEADING_2 : d.HeadingLevel.HEADING_1, numbering: { reference: "gb", level, instance } }));
    } else {
      // Word splits a paragraph into runs at every editing session; each run carries its properties.
      const runs = line.match(/[^，。；]*[，。；]?/g)!.filter(Boolean);
      children.push(new d.Paragraph({ children: runs.map((text) => new d.TextRun({ text, font: { eastAsia: "仿宋_GB2312", ascii: "Times New Roman" }, size: 32 })) }));
    }
    if (i % 10 === 9) children.push(new d.Table({ rows: [new d.TableRow({ children: [new d.TableCell({ children: [new d.Paragraph("指标")] }), new d.TableCell({ children: [new d.Paragraph(`${i}亿元`)] })] })] }));
  });
  const doc = new d.Document({
    numbering: {
      config: [{ reference: "gb", levels: [{ level: 0, format: d.LevelFormat.CHINESE_COUNTING, text: "%1、", start: 1 }, { level: 1, format: d.LevelFormat.CHINESE_COUNTING, text: "（%2）", start: 1 }] }],
    },
    sections: [{ children }],
  });
  const file = path.join(dir, "report-100-pages.docx");
  fs.writeFileSync(file, await d.Packer.toBuffer(doc));
  const chars = lines.reduce((n, l) => n + l.length, 0);
  // A4 in GB/T 9704: 22 lines of 28 characters; a paragraph's last line is partly empty.
  const pages = Math.round(lines.reduce((n, l) => n + Math.ceil((l.length + 2) / 28), 0) / 22);
  return { file, chars, paragraphs: lines.length, pages };
}

const TIME = "/usr/bin/time";

/** Wall time, and user + system CPU time where /usr/bin/time exists (what load on a shared machine does not inflate). */
function timeCli(args: string[], runs: number): { wall: Summary; cpu: Summary } {
  const wall: number[] = [];
  const cpu: number[] = [];
  const useTime = fs.existsSync(TIME);
  for (let i = 0; i < runs + 1; i++) {
    const t0 = performance.now();
    const [cmd, argv] = useTime ? [TIME, ["-f", "LECTERN_CPU %U %S", process.execPath, CLI_JS, ...args]] : [process.execPath, [CLI_JS, ...args]];
    const r = spawnSync(cmd, argv, { encoding: "utf8", maxBuffer: 64 << 20 });
    const ms = performance.now() - t0;
    if (r.status !== 0 && r.status !== 1) throw new Error(`lectern ${args.join(" ")} exited ${r.status}: ${r.stderr}`);
    if (i === 0) continue; // the first run warms the disk cache
    wall.push(ms);
    const m = /LECTERN_CPU ([\d.]+) ([\d.]+)/.exec(r.stderr);
    if (m) cpu.push((Number(m[1]) + Number(m[2])) * 1000);
  }
  return { wall: summarize(wall), cpu: summarize(cpu) };
}

export interface WordBench {
  file: { bytes: number; chars: number; paragraphs: number; pages: number };
  check: Summary;
  checkCpu: Summary;
  review: Summary;
  reviewCpu: Summary;
  readMs: Summary;
  mammothMs: Summary;
  /** Paragraphs whose automatic number mammoth's text loses. */
  numberedParagraphs: number;
  mammothKeepsNumbers: boolean;
}

export async function measureWord(runs: number): Promise<WordBench> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lectern-bench-word-"));
  try {
    const made = await writeHundredPageDocx(dir);
    const out = path.join(dir, "reviewed.docx");
    const check = timeCli(["check", "--no-workspace", made.file], runs);
    const review = timeCli(["review", "--no-workspace", "--track-changes", made.file, "-o", out], runs);
    const bytes = fs.readFileSync(made.file);
    const read: number[] = [];
    const mam: number[] = [];
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mammoth = require("mammoth") as typeof import("mammoth");
    let ours = "";
    let theirs = "";
    for (let i = 0; i < runs + 1; i++) {
      let t0 = performance.now();
      ours = readDocx(new Uint8Array(bytes)).text;
      if (i) read.push(performance.now() - t0);
      t0 = performance.now();
      theirs = (await mammoth.extractRawText({ buffer: bytes })).value;
      if (i) mam.push(performance.now() - t0);
    }
    const numbered = ours.split("\n").filter((l) => HEADING.some((re) => re.test(l))).length;
    const mammothNumbered = theirs.split("\n").filter((l) => HEADING.some((re) => re.test(l))).length;
    return {
      file: { bytes: bytes.length, chars: made.chars, paragraphs: made.paragraphs, pages: made.pages },
      check: check.wall,
      checkCpu: check.cpu,
      review: review.wall,
      reviewCpu: review.cpu,
      readMs: summarize(read),
      mammothMs: summarize(mam),
      numberedParagraphs: numbered,
      mammothKeepsNumbers: mammothNumbered === numbered,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
