/**
 * The writer's editor through the vscode API (English display language):
 * the .txt speech offer, completion inside “ ”, linter-grade actions,
 * the 讲话计时 and 数字核对 views, hovers, restart and renumbering messages.
 */
import * as assert from "assert";
import * as fs from "fs";
import * as vscode from "vscode";
import { codeOf, eventually, EXTENSION_ID, lectern, open, workspaceFile } from "./helpers";
import type { LecternApi } from "../../../client/src/extension";

const withCode = (uri: vscode.Uri, code: string) => eventually(`${code} in ${uri.path}`, () => lectern(uri).find((d) => codeOf(d) === code));

describe("The writer's editor", function () {
  this.timeout(90_000);
  let api: LecternApi;

  before(async () => {
    const ext = vscode.extensions.getExtension<LecternApi>(EXTENSION_ID)!;
    api = await ext.activate();
  });

  it("names its commands in English under an English display language (package.nls.json)", () => {
    const commands = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON.contributes.commands as { command: string; title: string }[];
    assert.strictEqual(commands.find((c) => c.command === "lectern.listFigures")?.title, "List Figures");
    // The category keeps the Chinese a writer searches by: 讲话 finds every command in an English UI too.
    assert.ok((commands as { category?: string }[]).every((c) => c.category === "Lectern 讲话稿"), JSON.stringify(commands.map((c) => (c as { category?: string }).category)));
    assert.strictEqual(vscode.env.language, "en");
  });

  it("offers to check a .txt draft that looks like a speech; 本文件 makes it a Speech draft with checks, and remembers it", async () => {
    const editor = await open("offer-draft.txt");
    const key = editor.document.uri.toString();
    await eventually("the offer", () => (api.offer.offered.has(key) ? true : undefined));
    await api.offer.accept(editor.document, "file");
    const doc = await eventually("the speech language", () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === key && d.languageId === "speech"));
    assert.strictEqual(vscode.workspace.getConfiguration("editor", { languageId: "speech" }).get("wordWrap"), "on");
    await withCode(doc.uri, "slogan.typo");
    // At once, without switching tabs: the status item and the 讲话计时 / 数字核对 views (the views' own refresh, not a reload by the test).
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), key, "still the same tab");
    const stats = await vscode.commands.executeCommand<{ chars: number }>("lectern.showStatistics");
    await vscode.commands.executeCommand("workbench.action.closeQuickOpen");
    await eventually(`the status item with this draft's ${stats?.chars} characters`, () => (api.status.text.includes(`$(mic) ${stats?.chars} characters · about`) ? true : undefined));
    await eventually("the timing view", () => (api.views.timing.result?.parts.length ? true : undefined));
    await eventually("the figures view", () => (api.views.figures.groups.length ? true : undefined));
    // Closed and opened again: still a speech draft (remembered for the workspace), with its status item.
    await vscode.commands.executeCommand("workbench.action.closeActiveEditor");
    const again = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(vscode.Uri.parse(key)));
    await eventually("the reopened .txt as a speech draft", () => (vscode.workspace.textDocuments.some((d) => d.uri.toString() === key && d.languageId === "speech") ? true : undefined));
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), again.document.uri.toString());
    await eventually("the status item on the reopened .txt", () => (/\d characters · about/.test(api.status.text) ? true : undefined));
  });

  it("turns on quick suggestions inside “ ” and off word-based suggestions for speech", () => {
    const editor = vscode.workspace.getConfiguration("editor", { languageId: "speech" });
    assert.strictEqual(editor.get<{ strings: boolean }>("quickSuggestions")?.strings, true);
    assert.strictEqual(editor.get("wordBasedSuggestions"), "off");
  });

  it("completes one character after “, ranking by the verb just typed (坚定“四 → 四个自信 first)", async () => {
    const editor = await open("completion.speech");
    const line = editor.document.lineCount - 1;
    await editor.edit((e) => e.insert(new vscode.Position(line, editor.document.lineAt(line).text.length), "\n要坚定“四"));
    const last = editor.document.lineCount - 1;
    const pos = new vscode.Position(last, editor.document.lineAt(last).text.length);
    const list = await eventually("completion items", async () => {
      const l = await vscode.commands.executeCommand<vscode.CompletionList>("vscode.executeCompletionItemProvider", editor.document.uri, pos);
      return l?.items.length ? l : undefined;
    });
    const label = (i: vscode.CompletionItem) => (typeof i.label === "string" ? i.label : i.label.label);
    const sorted = [...list.items].sort((a, b) => (a.sortText ?? label(a)).localeCompare(b.sortText ?? label(b)));
    assert.strictEqual(label(sorted[0]), "四个自信", sorted.slice(0, 5).map(label).join(", "));
    await vscode.commands.executeCommand("workbench.action.files.revert");
  });

  it("reports slogan.typo and figure.conflict as errors, each linked to its rule page", async () => {
    await open("writer.speech");
    const uri = workspaceFile("writer.speech");
    const typo = await withCode(uri, "slogan.typo");
    const conflict = await withCode(uri, "figure.conflict");
    assert.strictEqual(typo.severity, vscode.DiagnosticSeverity.Error);
    assert.strictEqual(conflict.severity, vscode.DiagnosticSeverity.Error);
    const target = (typo.code as { target: vscode.Uri }).target;
    assert.ok(target && target.path.endsWith("/docs/rules/slogan.typo.md"), String(target));
    // A read-only page, not the extension's file: opened, it shows as the rendered Markdown preview.
    assert.strictEqual(target.scheme, "lectern-rule");
    assert.ok(fs.existsSync(target.path), target.path);
    await vscode.commands.executeCommand("vscode.open", target);
    const preview = await eventually("the rule page's preview", () => {
      const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
      return tab?.input instanceof vscode.TabInputWebview && /markdown/i.test(tab.input.viewType) ? tab : undefined;
    });
    assert.ok(preview.label.includes("slogan.typo"), preview.label);
    await eventually("no editable tab of the page", () =>
      vscode.window.tabGroups.all.flatMap((g) => g.tabs).some((t) => t.input instanceof vscode.TabInputText && t.input.uri.path === target.path) ? undefined : true,
    );
    await vscode.window.tabGroups.close(preview);
    assert.strictEqual(conflict.relatedInformation?.[0].location.range.start.line, 8);
  });

  it("offers 修复本文件全部同类问题, 关闭此类检查 and, for a conflict, 统一为前文数值 / 统一为此处数值", async () => {
    const uri = workspaceFile("writer.speech");
    const typo = await withCode(uri, "slogan.typo");
    const titles = (await vscode.commands.executeCommand<vscode.CodeAction[]>("vscode.executeCodeActionProvider", uri, typo.range)).map((a) => a.title);
    assert.ok(titles.some((t) => t.startsWith("修复本文件全部同类问题")), titles.join(" | "));
    assert.ok(titles.some((t) => t.startsWith("关闭此类检查")), titles.join(" | "));
    const conflict = await withCode(uri, "figure.conflict");
    const conflictTitles = (await vscode.commands.executeCommand<vscode.CodeAction[]>("vscode.executeCodeActionProvider", uri, conflict.range)).map((a) => a.title);
    assert.ok(conflictTitles.some((t) => t.startsWith("统一为前文数值")) && conflictTitles.some((t) => t.startsWith("统一为此处数值")), conflictTitles.join(" | "));
    const sourceOnly = await vscode.commands.executeCommand<vscode.CodeAction[]>("vscode.executeCodeActionProvider", uri, typo.range, vscode.CodeActionKind.Source.value);
    assert.ok(sourceOnly.every((a) => !a.kind || !vscode.CodeActionKind.QuickFix.contains(a.kind)), sourceOnly.map((a) => a.title).join(" | "));
  });

  it("关闭此类检查 comes last, writes lectern.rules for the workspace, and its Undo puts the setting back", async () => {
    const uri = workspaceFile("writer.speech");
    const typo = await withCode(uri, "slogan.typo");
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>("vscode.executeCodeActionProvider", uri, typo.range);
    const titles = actions.map((a) => a.title);
    assert.ok(titles.findIndex((t) => t.startsWith("忽略此处")) < titles.findIndex((t) => t.startsWith("关闭此类检查")), titles.join(" | "));
    const off = actions.find((a) => a.title.startsWith("关闭此类检查"))!;
    await vscode.commands.executeCommand(off.command!.command, ...(off.command!.arguments ?? []));
    try {
      assert.strictEqual(vscode.workspace.getConfiguration("lectern").inspect<Record<string, string>>("rules")?.workspaceValue?.["slogan.typo"], "off");
      await eventually("slogan.typo to go", () => (lectern(uri).some((d) => codeOf(d) === "slogan.typo") ? undefined : true));
      assert.strictEqual(await api.undoDisableRule(), true);
      assert.strictEqual(vscode.workspace.getConfiguration("lectern").inspect<Record<string, string>>("rules")?.workspaceValue, undefined, "Undo restores the setting as it was");
    } finally {
      await vscode.workspace.getConfiguration("lectern").update("rules", undefined, vscode.ConfigurationTarget.Workspace);
    }
    await withCode(uri, "slogan.typo");
  });

  it("忽略此处 runs in the server: the occurrence goes quiet and .lectern/accepted.json remembers it by its words", async () => {
    const uri = workspaceFile("writer.speech");
    const before = lectern(uri).filter((d) => codeOf(d) === "slogan.typo").length;
    const typo = await withCode(uri, "slogan.typo");
    const ignore = (await vscode.commands.executeCommand<vscode.CodeAction[]>("vscode.executeCodeActionProvider", uri, typo.range)).find((a) => a.title.startsWith("忽略此处"))!;
    await vscode.commands.executeCommand(ignore.command!.command, ...(ignore.command!.arguments ?? []));
    const file = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, ".lectern", "accepted.json");
    try {
      await eventually("one typo fewer", () => (lectern(uri).filter((d) => codeOf(d) === "slogan.typo").length === before - 1 ? true : undefined));
      assert.strictEqual(JSON.parse(fs.readFileSync(file.fsPath, "utf8")).ignore[0].text, "帜鲜明讲政治");
    } finally {
      fs.rmSync(file.fsPath, { force: true });
    }
    await eventually("the typo back", () => (lectern(uri).filter((d) => codeOf(d) === "slogan.typo").length === before ? true : undefined));
  });

  it("the 讲话计时 view lists 开场, each section and 结尾 with times that add up, as 分/秒 and shares", async () => {
    await open("writer.speech");
    const result = await eventually("the timing view's data", async () => {
      await api.views.timing.reload();
      return api.views.timing.result?.parts.length ? api.views.timing.result : undefined;
    });
    assert.deepStrictEqual(result.parts.map((p) => p.name), ["开场", "一、统一思想", "二、明确任务", "结尾"]);
    assert.strictEqual(result.parts.reduce((n, p) => n + p.chars, 0), result.chars);
    const labels = result.parts.map((p) => String(api.views.timing.getTreeItem(p).label));
    // In the display language: 45 s, 1 min 12 s (45秒, 1分12秒 under Chinese).
    for (const l of labels) assert.match(l, /^(\d+ s|\d+ min( \d+ s)?) · \d+%  /, l);
  });

  it("the 数字核对 view groups figures by indicator and period, marks the conflict, tells growth from level, and exports CSV", async () => {
    await open("writer.speech");
    await eventually("the figures view's data", async () => {
      await api.views.figures.reload();
      return api.views.figures.groups.length ? true : undefined;
    });
    const groups = api.views.figures.getChildren();
    const gdp = groups.find((g) => g.kind === "group" && g.label.startsWith("地区生产总值"));
    assert.ok(gdp && gdp.kind === "group", groups.map((g) => (g.kind === "group" ? g.label : "")).join(" | "));
    assert.strictEqual(groups[0], gdp, "the group with a conflict comes first");
    const items = api.views.figures.getChildren(gdp).map((n) => api.views.figures.getTreeItem(n));
    const descriptions = items.map((i) => String(i.description));
    assert.ok(descriptions.some((d) => d.startsWith("growth") && d.includes("conflict")), descriptions.join(" | "));
    assert.ok(descriptions.some((d) => d.startsWith("level")), descriptions.join(" | "));
    assert.strictEqual(items[0].command?.command, "vscode.open");
    const csv = await vscode.commands.executeCommand<vscode.Uri>("lectern.exportFiguresCsv");
    assert.ok(csv && fs.existsSync(csv.fsPath), String(csv));
    assert.ok(fs.readFileSync(csv.fsPath, "utf8").includes("地区生产总值"));
    await vscode.commands.executeCommand("workbench.action.closeActiveEditor");
  });

  it("the hover on a figure names the other statements of the same indicator", async () => {
    const editor = await open("writer.speech");
    const line = editor.document.lineAt(12).text;
    const hovers = await eventually("a hover", async () => {
      const h = await vscode.commands.executeCommand<vscode.Hover[]>("vscode.executeHoverProvider", editor.document.uri, new vscode.Position(12, line.indexOf("7.2%") + 1));
      return h?.length ? h : undefined;
    });
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === "string" ? c : c.value))).join("\n");
    assert.ok(text.includes("同一指标的其他表述") && text.includes("6.5%") && text.includes("300亿元"), text);
  });

  it("Renumber Section on a body line says it is not a heading", async () => {
    const editor = await open("writer.speech");
    editor.selection = new vscode.Selection(8, 2, 8, 2);
    const applied = await vscode.commands.executeCommand<boolean>("lectern.renumberSection");
    assert.strictEqual(applied, false);
    // In the display language, naming the section it looked at.
    assert.match(api.lastRenumberMessage() ?? "", /^The cursor is not on a heading\. “一、统一思想”/);
  });

  it("a restart does not log the clean exit (code 0) as an error", async () => {
    await open("writer.speech");
    await vscode.commands.executeCommand("lectern.restartServer");
    await eventually("the server back", () => (api.lectern.client?.isRunning() ? true : undefined));
    await new Promise((r) => setTimeout(r, 1000));
    const errors = api.outputLines.filter((l) => /^\[Error/.test(l));
    assert.deepStrictEqual(errors, []);
    assert.ok(api.outputLines.some((l) => /exited with code 0/.test(l)), "the exit is still logged, as information");
  });
});
