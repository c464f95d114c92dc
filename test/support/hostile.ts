/**
 * Small hostile inputs, generated (never committed binaries): Word packages whose
 * cost grows with nesting, references and repetition, and a bounded runner that
 * executes the built CLI as a user would, with a heap cap and a wall clock.
 */
import { spawnSync } from "child_process";
import { strToU8, zipSync } from "fflate";
import { CLI_JS } from "./cli";
import { lvl, numPr, p, rawDocx, W } from "./docx-raw";

export interface BoundedRun {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** `node --max-old-space-size=1024 dist/cli.js ARGS`, killed after `killMs`. */
export function runBounded(args: string[], cwd: string, input?: string | Buffer, killMs = 60_000): BoundedRun {
  const t0 = Date.now();
  const r = spawnSync(process.execPath, ["--max-old-space-size=1024", CLI_JS, ...args], { cwd, encoding: "utf8", maxBuffer: 256 * 1024 * 1024, input, timeout: killMs });
  return { status: r.status, signal: r.signal, stdout: r.stdout ?? "", stderr: r.stderr ?? "", ms: Date.now() - t0 };
}

/** Within the wall budget, exit 0/1/2, no stack trace, no internal error. */
export function assertBounded(r: BoundedRun, budgetMs = 10_000): void {
  const what = `exit ${r.status} signal ${r.signal} after ${r.ms} ms\n${r.stderr.slice(0, 2000)}`;
  if (r.ms > budgetMs) throw new Error(`over ${budgetMs} ms: ${what}`);
  if (r.status === null || ![0, 1, 2].includes(r.status)) throw new Error(`exit code not 0/1/2: ${what}`);
  if (/\n\s+at .*[:(]/.test(r.stderr) || /internal error|heap out of memory|Maximum call stack/i.test(r.stderr)) throw new Error(`stack trace or internal error: ${what}`);
}

/** Footnote k refers to footnote k+1 twice, `depth` deep; the body refers to footnote 1. */
export function footnoteChainDocx(depth: number, refsPerNote = 2): Uint8Array {
  const ref = (id: number) => `<w:r><w:footnoteReference w:id="${id}"/></w:r>`;
  const notes: string[] = [];
  for (let k = 1; k <= depth; k++) notes.push(`<w:footnote w:id="${k}"><w:p><w:r><w:t>注${k}</w:t></w:r>${k < depth ? ref(k + 1).repeat(refsPerNote) : ""}</w:p></w:footnote>`);
  return rawDocx(`<w:p><w:r><w:t>一、正文</w:t></w:r>${ref(1)}</w:p>`, { footnotes: notes.join("") });
}

/** One list level whose lvlText is `textChars` long, used by `paragraphs` paragraphs. */
export function longLabelDocx(textChars: number, paragraphs: number): Uint8Array {
  const numbering = `<w:abstractNum w:abstractNumId="1">${lvl(0, "decimal", "%1".padEnd(textChars, "、"))}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>`;
  return rawDocx(p("正文", numPr(1)).repeat(paragraphs), { numbering });
}

/** A list in `format` starting at `start`, used by `paragraphs` paragraphs. */
export function hugeCounterDocx(format: string, start: number, paragraphs: number): Uint8Array {
  const numbering = `<w:abstractNum w:abstractNumId="1">${lvl(0, format, "%1.", start)}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>`;
  return rawDocx(p("加强组织领导", numPr(1)).repeat(paragraphs), { numbering });
}

/** A document.xml that is `body` repeated `times` times inside w:body. */
export function repeatedBodyDocx(unit: string, times: number): Uint8Array {
  return rawDocx("", { documentXml: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${unit.repeat(times)}</w:body></w:document>` });
}

/** `depth` nested elements (w:sdt/w:sdtContent pairs) around one paragraph. */
export function nestedDocx(depth: number): Uint8Array {
  const open = "<w:customXml>".repeat(depth);
  const close = "</w:customXml>".repeat(depth);
  return repeatedBodyDocx(`${open}${p("一、正文")}${close}`, 1);
}

/** Tables nested `depth` deep, each cell holding the next table. */
export function nestedTablesDocx(depth: number): Uint8Array {
  const open = "<w:tbl><w:tr><w:tc>".repeat(depth);
  const close = `${p("")}</w:tc></w:tr></w:tbl>`.repeat(depth);
  return rawDocx(`${p("一、正文")}${open}${p("表中文字约52万人左右")}${close}`);
}

/** One element with `count` attributes. */
export function manyAttributesDocx(count: number): Uint8Array {
  const attrs: string[] = [];
  for (let i = 0; i < count; i++) attrs.push(`a${i}="${i}"`);
  return repeatedBodyDocx(`<w:p ${attrs.join(" ")}><w:r><w:t>一、正文</w:t></w:r></w:p>`, 1);
}

/** A package whose [Content_Types].xml is `types` (review rewrites it). */
export function withContentTypes(types: string): Uint8Array {
  const files = unzip(rawDocx(p("这次会议约52万人左右参加。")));
  files["[Content_Types].xml"] = strToU8(types);
  return zipSync(files);
}

function unzip(bytes: Uint8Array): Record<string, Uint8Array> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require("fflate") as typeof import("fflate")).unzipSync(bytes);
}
