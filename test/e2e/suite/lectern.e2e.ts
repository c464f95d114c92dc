/**
 * Lectern in a real VS Code extension host, through the public vscode API only
 * (what @vscode/test-electron runs). The workspace comes from test/e2e/fixtures.ts.
 */
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import * as vscode from "vscode";
import { eventually, EXTENSION_ID, open, workspaceFile } from "./helpers";
import type { LecternApi } from "../../../client/src/extension";
import type { ReviewResult, StatsResult } from "../../../client/src/protocol";
import { CORPUS_DRAFTS, RETIRED, TEAM_PACK, TEAM_PACK_FILE } from "../fixtures";

function lecternDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === "lectern");
}

function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === "object" && d.code ? String(d.code.value) : String(d.code);
}

/** Waits for a Lectern diagnostic whose code starts with `prefix` (and passes `where`). */
function diagnosticWith(uri: vscode.Uri, prefix: string, where: (d: vscode.Diagnostic) => boolean = () => true, timeoutMs?: number): Promise<vscode.Diagnostic> {
  return eventually(
    `a ${prefix}* diagnostic in ${path.basename(uri.fsPath)} (now: ${lecternDiagnostics(uri).map(codeOf).join(", ") || "none"})`,
    () => lecternDiagnostics(uri).find((d) => codeOf(d).startsWith(prefix) && where(d)),
    timeoutMs,
  );
}

describe("Lectern in VS Code", function () {
  this.timeout(90_000);
  let api: LecternApi;

  before(async () => {
    const ext = vscode.extensions.getExtension<LecternApi>(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is loaded`);
    await open("numbering-gap.speech");
    api = await ext.activate();
    assert.strictEqual(vscode.window.activeTextEditor?.document.languageId, "speech", ".speech files get the speech language");
  });

  it("reports a numbering gap (一、二、四、) on the heading that breaks the sequence", async () => {
    const uri = workspaceFile("numbering-gap.speech");
    const d = await diagnosticWith(uri, "numbering.");
    const doc = await vscode.workspace.openTextDocument(uri);
    assert.strictEqual(doc.lineAt(d.range.start.line).text, "四、强化保障");
  });

  it("applies the quick fix for the gap, and the diagnostic goes away", async () => {
    const editor = await open("numbering-gap.speech");
    const uri = editor.document.uri;
    const d = await diagnosticWith(uri, "numbering.");
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>("vscode.executeCodeActionProvider", uri, d.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.edit && a.kind?.value === vscode.CodeActionKind.QuickFix.value && a.title.includes("三、"));
    assert.ok(fix, `a quick fix is offered (got: ${actions.map((a) => a.title).join(" | ") || "none"})`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit!), "the edit applies");
    assert.strictEqual(editor.document.lineAt(d.range.start.line).text, "三、强化保障");
    await eventually("the numbering diagnostic to clear", () => (lecternDiagnostics(uri).some((x) => codeOf(x).startsWith("numbering.")) ? undefined : true));
  });

  it("reports a slogan typo (帜鲜明讲政治 for 旗帜鲜明讲政治)", async () => {
    await open("slogan-typo.speech");
    const d = await diagnosticWith(workspaceFile("slogan-typo.speech"), "slogan.");
    assert.match(d.message, /旗帜鲜明讲政治/);
  });

  it("reports two different values for the same figure", async () => {
    await open("figure-conflict.speech");
    const d = await diagnosticWith(workspaceFile("figure-conflict.speech"), "figure.");
    assert.ok([2, 6].includes(d.range.start.line), `on one of the two sentences (line ${d.range.start.line})`);
  });

  it("outlines a corpus draft: 一、二、三、 with the 1.–7. items under 二、", async () => {
    const editor = await open(`${CORPUS_DRAFTS.county}.speech`);
    const symbols = await eventually("document symbols", async () => {
      const s = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>("vscode.executeDocumentSymbolProvider", editor.document.uri);
      return s?.length ? s : undefined;
    });
    // The speaking time first in each name (a problem badge cuts off the detail, never the time), the characters in the detail.
    const TIME = /^(\d+ s|\d+ min( \d+ s)?|\d+ h( \d+ min)?)  /;
    for (const s of symbols) assert.match(s.name, TIME, s.name);
    const names = (list: vscode.DocumentSymbol[]) => list.map((s) => s.name.replace(TIME, ""));
    assert.deepStrictEqual(
      names(symbols).map((n) => n.slice(0, 2)),
      ["开场", "一、", "二、", "三、", "结尾"],
    );
    assert.strictEqual(names(symbols[2].children).filter((n) => /^\d/.test(n)).length, 7);
    assert.match(symbols[1].detail, /^[\d,]+ characters$/);
    // The kinds VS Code's Markdown outline gives its headings: String, not Namespace ({}).
    assert.ok(symbols.every((s) => s.kind === vscode.SymbolKind.String), symbols.map((s) => s.kind).join(","));
  });

  it("raises no numbering or slogan warnings on the published 2024 government work report", async () => {
    const editor = await open(`${CORPUS_DRAFTS.govReport}.speech`);
    // Wait until the server has analysed it: the outline answers once the document is in.
    await eventually("the report's outline", async () => {
      const s = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>("vscode.executeDocumentSymbolProvider", editor.document.uri);
      return s?.length ? s : undefined;
    });
    await new Promise((r) => setTimeout(r, 3000));
    const alarms = lecternDiagnostics(editor.document.uri).filter((d) => /^(numbering|slogan)\./.test(codeOf(d)) && d.severity <= vscode.DiagnosticSeverity.Warning);
    assert.deepStrictEqual(alarms.map((d) => `${d.range.start.line + 1}: ${codeOf(d)} ${d.message}`), []);
  });

  it("completes a formulation: 要树牢四个 offers 四个意识", async () => {
    const editor = await open("completion.speech");
    const line = editor.document.lineCount - 2;
    const pos = new vscode.Position(line, editor.document.lineAt(line).text.length);
    const list = await eventually("completion items", async () => {
      const l = await vscode.commands.executeCommand<vscode.CompletionList>("vscode.executeCompletionItemProvider", editor.document.uri, pos);
      return l?.items.some((i) => (typeof i.label === "string" ? i.label : i.label.label).includes("四个意识")) ? l : undefined;
    });
    assert.ok(list.items.length > 0);
  });

  it("shows a hover for a formulation in the text", async () => {
    const editor = await open("completion.speech");
    const line = editor.document.lineAt(2).text;
    const pos = new vscode.Position(2, line.indexOf("四个意识") + 1);
    const hovers = await eventually("a hover", async () => {
      const h = await vscode.commands.executeCommand<vscode.Hover[]>("vscode.executeHoverProvider", editor.document.uri, pos);
      return h?.length ? h : undefined;
    });
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === "string" ? c : c.value))).join("\n");
    assert.match(text, /四个意识|政治意识/);
  });

  it("runs Lectern: Show Statistics, and the status bar shows the length and speaking time", async () => {
    const editor = await open(`${CORPUS_DRAFTS.county}.speech`);
    const stats = await vscode.commands.executeCommand<StatsResult>("lectern.showStatistics");
    await vscode.commands.executeCommand("workbench.action.closeQuickOpen");
    assert.ok(stats, "the command returns the statistics it shows");
    assert.ok(stats.chars > 3000 && stats.minutes > 10, `${stats.chars} chars, ${stats.minutes} min`);
    assert.ok(stats.bySection.length >= 3);
    const status = await eventually("the status bar text", () => (/\d characters · about \d/.test(api.status.text) && !api.status.text.includes("Selected") ? api.status.text : undefined));
    assert.ok(status.includes(stats.chars.toLocaleString("en-US")), status);
    // A selection switches the item to the selection's length.
    editor.selection = new vscode.Selection(0, 0, 0, editor.document.lineAt(0).text.length);
    await eventually("the selection's length in the status bar", () => (api.status.text.includes("Selected") ? true : undefined));
  });

  it("runs Lectern: Renumber Section on 一、三、五、 and gets 一、二、三、", async () => {
    const editor = await open("renumber.speech");
    editor.selection = new vscode.Selection(4, 1, 4, 1);
    const applied = await vscode.commands.executeCommand<boolean>("lectern.renumberSection");
    assert.strictEqual(applied, true);
    const headings = [0, 4, 8].map((l) => editor.document.lineAt(l).text);
    assert.deepStrictEqual(headings, ["一、第一部分", "二、第二部分", "三、第三部分"]);
  });

  it("runs Lectern: List Figures and gets every figure with its place", async () => {
    const editor = await open("figure-conflict.speech");
    const figures = await vscode.commands.executeCommand<{ text: string; range: { start: { line: number } } }[]>("lectern.listFigures");
    await vscode.commands.executeCommand("workbench.action.closeQuickOpen");
    assert.ok(figures, "the command returns the figures it lists");
    assert.deepStrictEqual(figures.map((f) => f.text), ["6.5%", "8%", "7.2%"]);
    assert.deepStrictEqual(figures.map((f) => editor.document.lineAt(f.range.start.line).text.includes(f.text)), [true, true, true]);
  });

  it("takes a pack edited on disk into account without a restart", async () => {
    const uri = workspaceFile("team-pack.speech");
    await open("team-pack.speech");
    await eventually("the draft's first analysis", async () => {
      const s = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>("vscode.executeDocumentSymbolProvider", uri);
      return s?.length ? s : undefined;
    });
    assert.ok(!lecternDiagnostics(uri).some((d) => d.message.includes(RETIRED.replacement)), "nothing reported before the pack exists");
    const packPath = workspaceFile(TEAM_PACK_FILE).fsPath;
    assert.ok(fs.existsSync(packPath), "the workspace starts with an empty team pack");
    fs.writeFileSync(packPath, JSON.stringify(TEAM_PACK, null, 2));
    const d = await diagnosticWith(uri, "slogan.", (x) => x.message.includes(RETIRED.replacement));
    assert.strictEqual(d.range.start.line, 2);
  });

  it("restarts the server with Lectern: Restart Server and keeps working", async () => {
    const before = api.lectern.client;
    await vscode.commands.executeCommand("lectern.restartServer");
    assert.notStrictEqual(api.lectern.client, before, "a new client");
    const editor = await open(`${CORPUS_DRAFTS.county}.speech`);
    const symbols = await eventually("document symbols after the restart", async () => {
      const s = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>("vscode.executeDocumentSymbolProvider", editor.document.uri);
      return s?.length ? s : undefined;
    });
    // Names lead with the speaking time (1 min 4 s  一、…).
    assert.strictEqual(symbols.filter((s) => /^[^、]*\s[一二三]、/.test(s.name)).length, 3);
  });

  it("runs Lectern: Compare with… against another file: the diff editor opens and the review has the changed figure, with both places", async () => {
    const editor = await open("figure-conflict.speech");
    const otherPath = path.join(path.dirname(editor.document.uri.fsPath), "figure-conflict-earlier.txt");
    fs.writeFileSync(otherPath, editor.document.getText().replace("增长8%", "增长9%"));
    const review = await vscode.commands.executeCommand<ReviewResult>("lectern.compareWith", { other: vscode.Uri.file(otherPath) });
    assert.ok(review, "the command returns the review it shows");
    assert.deepStrictEqual(review.figures.map((e) => e.summary), ["规上工业增加值 增 今年 9% → 8%"]);
    assert.deepStrictEqual([review.figures[0].old?.range.start.line, review.figures[0].new?.range.start.line], [2, 2]);
    assert.deepStrictEqual([review.formulations, review.structure, review.paragraphs, review.findings, review.resolved], [[], [], [], [], []]);
    const tab = await eventually("the diff editor", () => {
      const t = vscode.window.tabGroups.activeTabGroup.activeTab;
      return t?.input instanceof vscode.TabInputTextDiff ? t.input : undefined;
    });
    assert.strictEqual(tab.original.fsPath, otherPath);
    assert.strictEqual(tab.modified.toString(), editor.document.uri.toString());
    // The Lectern Review tree: figures first; the change opens the diff editor at it, its two places open each version there.
    const groups = api.review.getChildren();
    // Groups are named by what the reviewer does, in the display language.
    assert.deepStrictEqual(groups.map((g) => api.review.getTreeItem(g).label), ["Changed figures (1)"]);
    const [change] = api.review.getChildren(groups[0]);
    const item = api.review.getTreeItem(change);
    assert.strictEqual(item.label, "规上工业增加值 增 今年 9% → 8%");
    assert.strictEqual(item.command?.command, "vscode.diff");
    const places = api.review.getChildren(change).map((p) => api.review.getTreeItem(p));
    assert.deepStrictEqual(places.map((p) => [p.label, p.command?.command, (p.command?.arguments?.[0] as vscode.Uri).toString()]), [
      ["Old line 3", "vscode.open", vscode.Uri.file(otherPath).toString()],
      ["New line 3", "vscode.open", editor.document.uri.toString()],
    ]);
    const at = (places[1].command!.arguments![1] as { selection: vscode.Range }).selection;
    assert.strictEqual(editor.document.getText(at), "8%");
    await vscode.commands.executeCommand(places[0].command!.command, ...places[0].command!.arguments!);
    const opened = await eventually("the old version at the old place", () => (vscode.window.activeTextEditor?.document.uri.fsPath === otherPath ? vscode.window.activeTextEditor : undefined));
    assert.strictEqual(opened.document.getText(opened.selection), "9%");
    await vscode.commands.executeCommand("workbench.action.closeActiveEditor");
    await vscode.commands.executeCommand("workbench.action.closeActiveEditor");
  });
});
