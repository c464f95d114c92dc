/**
 * LibreOffice (the reference reader for the .docx files Lectern writes) and
 * poppler's PDF tools. Installed by scripts/word-setup.sh. One soffice run
 * converts a whole batch: it takes seconds to start.
 *
 * Without them the tests that need them are skipped, each counted, and the run's last
 * line says how many and why (test/support/count-reporter.js); with
 * LECTERN_REQUIRE_OFFICE=1 (CI) they fail instead.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { skipBecause } from "./skip";

const SETUP = "run `bash scripts/word-setup.sh` (libreoffice-writer-nogui, poppler-utils, a CJK font)";

function onPath(cmd: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${cmd}`], { encoding: "utf8" }).stdout.trim() !== "";
}

/** Why the LibreOffice tests cannot run here, or undefined when they can. */
export function officeMissing(): string | undefined {
  const missing = ["soffice", "pdftotext", "pdfinfo"].filter((c) => !onPath(c));
  return missing.length ? `${missing.join(", ")} not installed: ${SETUP}` : undefined;
}

/**
 * Call first in a test or hook that needs LibreOffice (a `function`, not an arrow): without it
 * the test is skipped and its reason recorded for the closing line, or it fails under
 * LECTERN_REQUIRE_OFFICE=1.
 */
export function needOffice(ctx: Mocha.Context): void {
  const why = officeMissing();
  if (!why) return;
  if (process.env.LECTERN_REQUIRE_OFFICE === "1") throw new Error(`LECTERN_REQUIRE_OFFICE=1 and ${why}`);
  skipBecause(ctx, `LibreOffice tests: ${why}`);
}

function run(cmd: string, args: string[], timeout = 180_000): string {
  const r = spawnSync(cmd, args, { encoding: "utf8", timeout, maxBuffer: 64 * 1024 * 1024 });
  if (r.error && (r.error as NodeJS.ErrnoException).code === "ENOENT") throw new Error(`${cmd} is not installed: ${SETUP}`);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed (${r.status ?? r.signal}): ${r.stderr}`);
  return r.stdout;
}

/**
 * Converts .docx files to PDF beside each other in `outDir`, with a private
 * LibreOffice profile so parallel runs do not share one. Returns the PDFs by input.
 */
export function convertToPdf(files: string[], outDir: string): Map<string, string> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "lectern-soffice-"));
  try {
    run("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", outDir, ...files]);
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
  return new Map(files.map((f) => [f, path.join(outDir, path.basename(f).replace(/\.docx$/i, ".pdf"))]));
}

export interface PdfInfo {
  pages: number;
  /** Points. */
  width: number;
  height: number;
}

export function pdfInfo(pdf: string): PdfInfo {
  const out = run("pdfinfo", [pdf]);
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(out);
  const pages = /Pages:\s+(\d+)/.exec(out);
  if (!size || !pages) throw new Error(`pdfinfo gave no page size for ${pdf}:\n${out}`);
  return { pages: Number(pages[1]), width: Number(size[1]), height: Number(size[2]) };
}

/** One page's text as `pdftotext -layout` lays it out, without blank lines. */
export function layoutLines(pdf: string, page: number): string[] {
  return run("pdftotext", ["-layout", "-f", String(page), "-l", String(page), pdf, "-"])
    .split(/\r?\n|\f/)
    .filter((l) => l.trim() !== "");
}

export interface TextLine {
  text: string;
  /** Points from the page's top-left corner, as pdftotext -bbox gives them. */
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

/** One page's words with their boxes, in pdftotext -bbox's order (a gap between glyphs splits a word). */
export function boxedWords(pdf: string, page: number): TextLine[] {
  const html = run("pdftotext", ["-bbox", "-f", String(page), "-l", String(page), pdf, "-"]);
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => {
    const [xMin, yMin, xMax, yMax] = [m[1], m[2], m[3], m[4]].map(Number);
    return { text: m[5], xMin, yMin, xMax, yMax };
  });
}

/** One page's text lines with their boxes: pdftotext -bbox words grouped by their top. */
export function boxedLines(pdf: string, page: number): TextLine[] {
  const lines: TextLine[] = [];
  for (const w of boxedWords(pdf, page)) {
    const { xMin, yMin, xMax, yMax } = w;
    const line = lines.find((l) => Math.abs(l.yMin - yMin) < 2);
    if (line) {
      line.text += w.text;
      line.xMin = Math.min(line.xMin, xMin);
      line.xMax = Math.max(line.xMax, xMax);
      line.yMax = Math.max(line.yMax, yMax);
    } else lines.push({ text: w.text, xMin, xMax, yMin, yMax });
  }
  return lines.sort((a, b) => a.yMin - b.yMin);
}

export const MM = 72 / 25.4;
