/**
 * Stage 3: the language server in a second editor. Headless Neovim 0.7 loads
 * test/e2e/nvim/lectern.lua (the configuration the README gives), runs
 * `lectern-language-server --stdio` (dist/server.js), and opens a corpus draft
 * and a draft with a numbering gap. Its diagnostics must equal what
 * `lectern check --format json` reports for the same files, and its outline
 * must have the draft's sections.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { ROOT, scratchDir } from "./code-server";
import type { StageResult } from "./extension-host";
import { CORPUS_DRAFTS, writeWorkspace } from "./fixtures";
import { Checks } from "./harness";

interface NvimDiagnostic {
  line: number;
  character: number;
  code: string;
  source?: string;
  message: string;
}
interface NvimSymbol {
  name: string;
  children?: NvimSymbol[];
}
interface NvimFile {
  file: string;
  filetype: string;
  clients: number;
  diagnostics: NvimDiagnostic[];
  symbols: NvimSymbol[] | Record<string, never>;
  symbolError?: string;
}
interface NvimResults {
  version?: { major: number; minor: number };
  files?: NvimFile[];
  error?: string;
}

function key(d: { line: number; character: number; code: string }): string {
  return `${d.line + 1}:${d.character + 1} ${d.code}`;
}

export async function runNeovimChecks(): Promise<StageResult> {
  const checks = new Checks("Neovim (headless, vim.lsp.start_client)");
  const workspace = scratchDir("nvim-workspace");
  writeWorkspace(workspace);
  const draft = path.join(workspace, `${CORPUS_DRAFTS.county}.speech`);
  const gap = path.join(workspace, "numbering-gap.speech");
  const resultsFile = path.join(scratchDir("nvim-results"), "results.json");
  const nvimDir = path.join(ROOT, "test", "e2e", "nvim");
  const r = spawnSync("nvim", ["--headless", "--clean", "-u", path.join(nvimDir, "check.lua")], {
    cwd: workspace,
    encoding: "utf8",
    timeout: 120_000,
    env: {
      ...process.env,
      HOME: scratchDir("nvim-home"),
      LECTERN_NVIM_DIR: nvimDir,
      LECTERN_SERVER: path.join(ROOT, "dist", "server.js"),
      LECTERN_ROOT: workspace,
      LECTERN_FILES: [draft, gap].join("\n"),
      LECTERN_RESULTS: resultsFile,
    },
  });
  if (!fs.existsSync(resultsFile)) {
    checks.broken(`nvim wrote no results (exit ${r.status}${r.error ? `, ${r.error.message}` : ""}):\n${r.stdout}${r.stderr}`);
    return checks;
  }
  const results = JSON.parse(fs.readFileSync(resultsFile, "utf8")) as NvimResults;
  if (results.error || !results.files) {
    checks.broken(`the Neovim driver failed: ${results.error}`);
    return checks;
  }
  const [county, numbering] = results.files;

  await checks.check(`runs Neovim 0.7 or later (${results.version?.major}.${results.version?.minor}), which sets the speech filetype and attaches the server`, () => {
    if (!results.version || (results.version.major === 0 && results.version.minor < 7)) throw new Error("Neovim older than 0.7");
    for (const f of results.files!) if (f.filetype !== "speech" || f.clients !== 1) throw new Error(`${path.basename(f.file)}: filetype ${f.filetype}, ${f.clients} clients`);
  });

  await checks.check("its diagnostics for the corpus draft are exactly the CLI's (same lines, UTF-16 columns, codes)", () => {
    const cli = spawnSync(process.execPath, [path.join(ROOT, "dist", "cli.js"), "check", "--format", "json", draft], { cwd: workspace, encoding: "utf8" });
    const report = JSON.parse(cli.stdout) as { files: { diagnostics: { range: { start: { line: number; character: number } }; code: string }[] }[] };
    const expected = report.files[0].diagnostics.map((d) => key({ ...d.range.start, code: d.code })).sort();
    const got = county.diagnostics.filter((d) => d.source === "lectern").map(key).sort();
    if (expected.length === 0) throw new Error("the CLI reports nothing for the draft, so there is nothing to compare");
    if (JSON.stringify(got) !== JSON.stringify(expected)) throw new Error(`Neovim: ${got.join(", ")}\nCLI:    ${expected.join(", ")}`);
  });

  await checks.check("it reports the numbering gap (一、二、四、) on the 四、 heading", () => {
    const d = numbering.diagnostics.find((x) => String(x.code).startsWith("numbering."));
    if (!d) throw new Error(`no numbering diagnostic; got ${numbering.diagnostics.map(key).join(", ") || "none"}`);
    if (d.line !== 10 || d.character !== 0) throw new Error(`at ${key(d)}, expected line 11, column 1`);
  });

  await checks.check("its document symbols outline the draft: 开场, 一、二、三、 with 1.–7. under 二、, 结尾", () => {
    if (county.symbolError) throw new Error(county.symbolError);
    const symbols = Array.isArray(county.symbols) ? county.symbols : [];
    const top = symbols.map((s) => s.name.slice(0, 2));
    if (JSON.stringify(top) !== JSON.stringify(["开场", "一、", "二、", "三、", "结尾"])) throw new Error(`top level: ${top.join(" ")}`);
    const items = (symbols[2].children ?? []).filter((c) => /^\d/.test(c.name)).length;
    if (items !== 7) throw new Error(`${items} numbered items under 二、`);
  });
  return checks;
}
