/**
 * Measurements through the language server as an editor drives it: the built
 * dist/server.js over stdio, spoken to by the test suite's LSP client.
 */
import { execFileSync } from "child_process";
import * as path from "path";
import type { Diagnostic, PublishDiagnosticsParams } from "vscode-languageserver/node";
import { fileUri, LspTestClient } from "../test/support/lsp-client";
import { CORPUS_DIR, CORPUS_FILES, readCorpus } from "../test/support/corpus";
import { processCpuMs, processRssMB } from "./machine";
import { summarize, type Summary } from "./stats";

export const COUNTY = "county-mobilization-speech.txt";
export const REPORT = "20th-congress-report-2022.txt";
const CLI_JS = path.resolve(__dirname, "../dist/cli.js");

const now = () => performance.now();
const FIRST_TIMEOUT_MS = 30_000;
const uriOf = (name: string) => fileUri(path.join(CORPUS_DIR, name));

interface Timed {
  at: number;
  params: PublishDiagnosticsParams;
}

/**
 * Collects the publications for one version as they arrive, each stamped with
 * its arrival time, until `done` says so or none has come for `quietMs` (the
 * first may take up to FIRST_TIMEOUT_MS).
 */
async function collectPublications(client: LspTestClient, uri: string, version: number, quietMs: number, done: (p: PublishDiagnosticsParams) => boolean = () => false): Promise<Timed[]> {
  const seen = new Set<PublishDiagnosticsParams>();
  const out: Timed[] = [];
  for (;;) {
    let p: PublishDiagnosticsParams;
    try {
      // The first publication may take long on a busy machine; only later ones are bounded by the quiet window.
      p = await client.waitForDiagnostics(uri, (q) => q.version === version && !seen.has(q), out.length ? quietMs : FIRST_TIMEOUT_MS, true);
    } catch {
      return out; // quiet: nothing more is coming for this version
    }
    seen.add(p);
    out.push({ at: now(), params: p });
    if (done(p)) return out;
  }
}

const keyOf = (d: { code?: unknown; range: Diagnostic["range"] }) => `${String(d.code)}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`;
const keys = (ds: { code?: unknown; range: Diagnostic["range"] }[]) => ds.map(keyOf).sort().join("|");

/** The complete findings for a draft, as the CLI (same analysis, all phases) reports them. */
function completeDiagnosticKeys(file: string): { keys: string; count: number } {
  let out: string;
  try {
    out = execFileSync(process.execPath, [CLI_JS, "check", "--format", "json", "--no-workspace", file], { encoding: "utf8", maxBuffer: 1 << 28 });
  } catch (e) {
    // Exit 1 means error-severity findings, still a complete report.
    out = (e as { stdout?: string }).stdout ?? "";
    if (!out) throw e;
  }
  const report = JSON.parse(out) as { files: { diagnostics: Diagnostic[] }[] };
  const ds = report.files[0].diagnostics;
  return { keys: keys(ds), count: ds.length };
}

export interface ColdStart {
  /** spawn → initialize answered */
  initialize: Summary;
  /** spawn → first publishDiagnostics for the opened draft */
  firstDiagnostics: Summary;
  /** the server's own CPU time when its first publication arrived (robust to other load on the machine) */
  firstDiagnosticsCpuMs: Summary;
  /** spawn → first publication whose diagnostics equal the CLI's complete report */
  completeDiagnostics: Summary;
  /** spawn → last publication for version 1 (no further one within the quiet window) */
  lastPublication: Summary;
  publicationsPerStart: number[];
  completeFindingCount: number;
  /** runs whose publications never matched the CLI's complete report */
  incompleteRuns: number;
}

export async function measureColdStart(runs: number, warmups: number, quietMs: number): Promise<ColdStart> {
  const file = path.join(CORPUS_DIR, COUNTY);
  const uri = uriOf(COUNTY);
  const text = readCorpus(COUNTY);
  const complete = completeDiagnosticKeys(file);
  const s = { initialize: [] as number[], first: [] as number[], firstCpu: [] as number[], complete: [] as number[], last: [] as number[], counts: [] as number[] };
  let incompleteRuns = 0;
  for (let i = 0; i < warmups + runs; i++) {
    const t0 = now();
    const client = await LspTestClient.start();
    const tInit = now();
    try {
      client.open(uri, text);
      let firstCpu: number | undefined;
      const pubs = await collectPublications(client, uri, 1, quietMs, () => {
        firstCpu ??= processCpuMs(client.proc.pid!);
        return false;
      });
      if (!pubs.length) throw new Error(`cold start: no diagnostics for ${COUNTY}; server stderr: ${client.stderr.slice(-2000)}`);
      const matching = pubs.find((p) => keys(p.params.diagnostics) === complete.keys);
      if (i < warmups) continue;
      s.initialize.push(tInit - t0);
      s.first.push(pubs[0].at - t0);
      if (firstCpu !== undefined) s.firstCpu.push(firstCpu);
      s.last.push(pubs[pubs.length - 1].at - t0);
      s.counts.push(pubs.length);
      if (matching) s.complete.push(matching.at - t0);
      else incompleteRuns++;
    } finally {
      await client.stop();
    }
  }
  return {
    initialize: summarize(s.initialize),
    firstDiagnostics: summarize(s.first),
    firstDiagnosticsCpuMs: summarize(s.firstCpu),
    completeDiagnostics: summarize(s.complete),
    lastPublication: summarize(s.last),
    publicationsPerStart: s.counts,
    completeFindingCount: complete.count,
    incompleteRuns,
  };
}

/** Where in a text a one-character edit goes: the middle of the middle line. */
function middlePosition(text: string): { line: number; character: number } {
  const lines = text.split("\n");
  let line = Math.floor(lines.length / 2);
  while (line < lines.length - 1 && lines[line].replace(/\r$/, "").length < 20) line++; // not on a heading or blank
  return { line, character: Math.floor(lines[line].replace(/\r$/, "").length / 2) };
}

const PHRASE = "坚持稳中求进工作总基调，推动经济实现质的有效提升和量的合理增长，";

/** `count` edits at `at`: half typing PHRASE (repeated as needed) forwards, half deleting it backwards. */
function typingEdits(at: { line: number; character: number }, count: number) {
  const half = count >> 1;
  const pos = (k: number) => ({ line: at.line, character: at.character + k });
  const edits = [];
  for (let k = 0; k < half; k++) edits.push({ range: { start: pos(k), end: pos(k) }, text: PHRASE[k % PHRASE.length] });
  for (let k = half; k > 0; k--) edits.push({ range: { start: pos(k - 1), end: pos(k) }, text: "" });
  return edits;
}

function positionOf(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  const line = before.split("\n").length - 1;
  return { line, character: offset - (before.lastIndexOf("\n") + 1) };
}

export interface RequestLatency extends Summary {
  /** what the answers held, so a fast empty answer is not mistaken for a fast feature */
  result: string;
}

async function timeRequests(client: LspTestClient, method: string, params: () => unknown, warmups: number, runs: number, describe: (r: unknown) => string): Promise<RequestLatency> {
  const samples: number[] = [];
  let last: unknown;
  for (let i = 0; i < warmups + runs; i++) {
    const t0 = now();
    last = await client.request(method, params());
    if (i >= warmups) samples.push(now() - t0);
  }
  return { ...summarize(samples), result: describe(last) };
}

export interface EditSession {
  openRssMB?: { rss: number; hwm: number };
  afterEditsRssMB?: { rss: number; hwm: number };
  /** JS heap in use (lectern/memory), corpus open and after the edits: what a leak would grow. */
  openHeapMB: number;
  afterEditsHeapMB: number;
  /** RSS every `rssEvery` edits, to tell a plateau (heap sizing) from a leak (steady growth) */
  rssSeriesMB: number[];
  edits: Summary;
  /** the server's CPU time per measured edit (mean; /proc ticks are too coarse for one edit) */
  editCpuMs: number;
  editsAll: Summary;
  editCount: number;
  documentSymbol: RequestLatency;
  hover: RequestLatency;
  codeAction: RequestLatency;
  completion: RequestLatency;
  diagnosticsOnReport: number;
}

/**
 * One server, debounce 0: all corpus drafts open (RSS), request latencies on
 * the 98 KB report, `totalEdits` one-character edits in its middle, typed then deleted (latency of
 * `measuredEdits` of them after `warmupEdits`), RSS again, then completion
 * after typing a slogan prefix.
 */
export async function measureEditSession(opts: { warmupEdits: number; measuredEdits: number; totalEdits: number; requestRuns: number; quietMs: number }): Promise<EditSession> {
  const client = await LspTestClient.start({ settings: { "lectern.diagnostics.delay": 0 } });
  const pid = client.proc.pid!;
  try {
    for (const name of CORPUS_FILES) {
      client.open(uriOf(name), readCorpus(name));
      await collectPublications(client, uriOf(name), 1, opts.quietMs);
    }
    await new Promise((r) => setTimeout(r, 500));
    const openRssMB = processRssMB(pid);
    const heapMB = async () => Math.round(((await client.request<{ heapUsed: number }>("lectern/memory", {})).heapUsed / 1048576) * 10) / 10;
    const openHeapMB = await heapMB();

    const uri = uriOf(REPORT);
    const text = readCorpus(REPORT);
    const settled = client.diagnostics.get(uri)!.at(-1)!;
    const textDocument = { uri };

    const documentSymbol = await timeRequests(client, "textDocument/documentSymbol", () => ({ textDocument }), 20, opts.requestRuns, (r) => `${(r as unknown[]).length} top-level symbols`);

    // Hover alternates between a formulation and a figure, as a reader's mouse would.
    const figure = /\d+(?:\.\d+)?(?:%|％|万|亿|元)|[〇零一二三四五六七八九十百千万亿]{2,}元/;
    const targets = [text.indexOf("四个意识"), text.search(figure)].filter((o) => o >= 0).map((o) => positionOf(text, o + 1));
    let h = 0;
    let hovers = 0;
    const hover = await timeRequests(client, "textDocument/hover", () => ({ textDocument, position: targets[h++ % targets.length] }), 20, opts.requestRuns, () => "");
    for (const position of targets) if (await client.request("textDocument/hover", { textDocument, position })) hovers++;
    hover.result = `${hovers}/${targets.length} positions answered (四个意识, first figure)`;

    // Code actions where VS Code asks for them: a diagnostic's range with that diagnostic, else the cursor.
    const diag = settled.diagnostics[Math.floor(settled.diagnostics.length / 2)];
    const cursor = middlePosition(text);
    const actionParams = diag
      ? { textDocument, range: diag.range, context: { diagnostics: [diag] } }
      : { textDocument, range: { start: cursor, end: cursor }, context: { diagnostics: [] } };
    const codeAction = await timeRequests(client, "textDocument/codeAction", () => actionParams, 20, opts.requestRuns, (r) => `${(r as unknown[] | null)?.length ?? 0} actions ${diag ? `on ${String(diag.code)}` : "at the cursor (no diagnostics)"}`);

    // Edits as a writer types: a phrase typed into the middle of a paragraph a character at a time, then
    // deleted with backspace, so the text ends as the report. Every edit gives the paragraph a text it has
    // not had before (alternating one insert and delete would only ever hit the line caches).
    const at = middlePosition(text);
    const typing = typingEdits(at, opts.totalEdits);
    let version = settled.version ?? 1;
    const editSamples: number[] = [];
    let cpuAtStart = NaN;
    let cpuAtEnd = NaN;
    const rssSeriesMB: number[] = [];
    for (let i = 0; i < opts.totalEdits; i++) {
      if (i === opts.warmupEdits) cpuAtStart = processCpuMs(pid) ?? NaN;
      if (i === opts.warmupEdits + opts.measuredEdits) cpuAtEnd = processCpuMs(pid) ?? NaN;
      version++;
      const change = typing[i];
      const v = version;
      const t0 = now();
      const published = client.waitForDiagnostics(uri, (p) => p.version === v);
      client.change(uri, v, [change]);
      await published;
      editSamples.push(now() - t0);
      if ((i + 1) % 100 === 0) rssSeriesMB.push(Math.round(processRssMB(pid)?.rss ?? NaN));
    }
    // Let the last edit's work (and any idle GC) finish before reading RSS.
    await collectPublications(client, uri, version, opts.quietMs);
    await new Promise((r) => setTimeout(r, 500));
    const afterEditsRssMB = processRssMB(pid);
    const afterEditsHeapMB = await heapMB();

    // Completion after typing a slogan prefix at the end of a middle paragraph (before its 。).
    const lines = text.split("\n");
    const line = at.line;
    const end = lines[line].replace(/\r$/, "").replace(/。$/, "").length;
    version++;
    const typedVersion = version;
    const typed = client.waitForDiagnostics(uri, (p) => p.version === typedVersion);
    client.change(uri, typedVersion, [{ range: { start: { line, character: end }, end: { line, character: end } }, text: "四个" }]);
    await typed;
    const position = { line, character: end + 2 };
    const completion = await timeRequests(client, "textDocument/completion", () => ({ textDocument, position }), 20, opts.requestRuns, (r) => {
      const items = Array.isArray(r) ? r : ((r as { items?: unknown[] } | null)?.items ?? []);
      return `${items.length} items after “四个”`;
    });

    return {
      openRssMB,
      afterEditsRssMB,
      openHeapMB,
      afterEditsHeapMB,
      rssSeriesMB,
      edits: summarize(editSamples.slice(opts.warmupEdits, opts.warmupEdits + opts.measuredEdits)),
      editCpuMs: (cpuAtEnd - cpuAtStart) / opts.measuredEdits,
      editsAll: summarize(editSamples.slice(opts.warmupEdits)),
      editCount: opts.totalEdits,
      documentSymbol,
      hover,
      codeAction,
      completion,
      diagnosticsOnReport: settled.diagnostics.length,
    };
  } finally {
    await client.stop();
  }
}
