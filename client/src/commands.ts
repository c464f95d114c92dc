/** Lectern's commands: statistics, figures, renumbering, restart. */
import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import { formatLength } from "./format";
import {
  FIGURES_REQUEST,
  RENUMBER_REQUEST,
  STATS_REQUEST,
  type FigureItem,
  type RenumberParams,
  type RenumberResult,
  type StatsParams,
  type StatsResult,
} from "./protocol";
import type { LecternClient } from "./lectern-client";
import { Comparer, type CompareChoice } from "./compare";

/** The active editor and a running client for it, or a message saying why not. */
async function target(lectern: LecternClient): Promise<{ editor: vscode.TextEditor; client: LanguageClient } | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !lectern.wants(editor.document)) {
    void vscode.window.showInformationMessage("请先打开一篇讲话稿（.speech 文件，或在 lectern.enableFor 中启用的文本类型）。");
    return undefined;
  }
  const client = lectern.clientFor(editor.document) ?? (await lectern.start());
  return { editor, client };
}

function reveal(editor: vscode.TextEditor, range: vscode.Range): void {
  editor.selection = new vscode.Selection(range.start, range.start);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** A request the server does not know yet shows a message instead of an error popup. */
async function request<T>(client: LanguageClient, method: string, params: unknown): Promise<T | undefined> {
  try {
    return await client.sendRequest<T>(method, params);
  } catch (e) {
    void vscode.window.showErrorMessage(`Lectern：${(e as Error).message}`);
    return undefined;
  }
}

interface SectionPick extends vscode.QuickPickItem {
  line?: number;
}

export async function showStatistics(lectern: LecternClient): Promise<StatsResult | undefined> {
  const t = await target(lectern);
  if (!t) return undefined;
  const params: StatsParams = { textDocument: { uri: t.editor.document.uri.toString() } };
  const stats = await request<StatsResult>(t.client, STATS_REQUEST, params);
  if (!stats) return undefined;
  const items: SectionPick[] = [
    {
      label: "$(file-text) 全文",
      description: formatLength(stats.chars, stats.minutes),
      detail: `${stats.paragraphs} 段 · ${stats.sentences} 句 · ${stats.sections} 个标题 · 每分钟 ${stats.readingRate} 字`,
    },
    ...stats.bySection.map((s) => ({
      label: `${"\u3000".repeat(Math.max(0, s.level - 1))}${s.name}`,
      description: formatLength(s.chars, s.minutes),
      detail: stats.chars ? `占全文 ${Math.round((s.chars / stats.chars) * 100)}%` : undefined,
      line: s.line,
    })),
  ];
  void vscode.window.showQuickPick(items, { title: "Lectern：各部分字数与讲话时长", matchOnDescription: true }).then((pick) => {
    if (pick?.line !== undefined) reveal(t.editor, new vscode.Range(pick.line, 0, pick.line, 0));
  });
  return stats;
}

interface FigurePick extends vscode.QuickPickItem {
  figure: FigureItem;
}

export async function listFigures(lectern: LecternClient): Promise<FigureItem[] | undefined> {
  const t = await target(lectern);
  if (!t) return undefined;
  const figures = await request<FigureItem[]>(t.client, FIGURES_REQUEST, { textDocument: { uri: t.editor.document.uri.toString() } });
  if (!figures) return undefined;
  if (figures.length === 0) {
    void vscode.window.showInformationMessage("本文没有数字或指标。");
    return figures;
  }
  const items: FigurePick[] = figures.map((f) => ({
    label: f.text,
    description: f.subject,
    detail: `第 ${f.range.start.line + 1} 行${f.section ? ` · ${f.section}` : ""}`,
    figure: f,
  }));
  void vscode.window.showQuickPick(items, { title: `Lectern：文中的数字（${figures.length} 处）`, matchOnDescription: true, matchOnDetail: true }).then((pick) => {
    if (pick) reveal(t.editor, t.client.protocol2CodeConverter.asRange(pick.figure.range));
  });
  return figures;
}

export async function renumberSection(lectern: LecternClient): Promise<boolean> {
  const t = await target(lectern);
  if (!t) return false;
  const params: RenumberParams = {
    textDocument: { uri: t.editor.document.uri.toString() },
    position: t.client.code2ProtocolConverter.asPosition(t.editor.selection.active),
  };
  const result = await request<RenumberResult>(t.client, RENUMBER_REQUEST, params);
  if (!result) return false;
  if (!result.edit) {
    void vscode.window.showInformationMessage(result.message ?? "本节编号已连续，无需重排。");
    return false;
  }
  const edit = await t.client.protocol2CodeConverter.asWorkspaceEdit(result.edit);
  const applied = await vscode.workspace.applyEdit(edit);
  if (!applied) void vscode.window.showWarningMessage("Lectern：文档已被修改，重排编号未应用，请重试。");
  return applied;
}

/** Lectern: Compare with… (another file or git HEAD): the diff editor and the review tree. */
export async function compareWith(lectern: LecternClient, comparer: Comparer, choice?: CompareChoice) {
  const t = await target(lectern);
  return t && comparer.compare(t.editor, t.client, choice);
}

/** Registers the commands; returns the comparer, whose review tree the tests read. */
/** Lectern: Export to Word — the server writes the .docx (GB/T 9704 layout), the client saves it where the user picks, beside the draft by default. */
export async function exportToWord(lectern: LecternClient): Promise<vscode.Uri | undefined> {
  const t = await target(lectern);
  if (!t) return undefined;
  const result = await request<{ data: string }>(t.client, "lectern/exportDocx", { textDocument: { uri: t.editor.document.uri.toString() } });
  if (!result) return undefined;
  const doc = t.editor.document.uri;
  const beside = doc.scheme === "untitled" ? undefined : doc.with({ path: doc.path.replace(/(\.[^./]*)?$/, ".docx") });
  const where = await vscode.window.showSaveDialog({ defaultUri: beside, filters: { "Word 文档": ["docx"] }, title: "Lectern：导出为 Word（GB/T 9704 公文格式）" });
  if (!where) return undefined;
  await vscode.workspace.fs.writeFile(where, Buffer.from(result.data, "base64"));
  void vscode.window.showInformationMessage(`Lectern：已导出 ${vscode.workspace.asRelativePath(where)}`);
  return where;
}

export function registerCommands(context: vscode.ExtensionContext, lectern: LecternClient): Comparer {
  const comparer = new Comparer();
  comparer.register(context);
  context.subscriptions.push(
    vscode.commands.registerCommand("lectern.compareWith", (choice?: CompareChoice) => compareWith(lectern, comparer, choice)),
    vscode.commands.registerCommand("lectern.showStatistics", () => showStatistics(lectern)),
    vscode.commands.registerCommand("lectern.listFigures", () => listFigures(lectern)),
    vscode.commands.registerCommand("lectern.renumberSection", () => renumberSection(lectern)),
    vscode.commands.registerCommand("lectern.exportToWord", () => exportToWord(lectern)),
    vscode.commands.registerCommand("lectern.restartServer", async () => {
      await lectern.restart();
      void vscode.window.setStatusBarMessage("Lectern 语言服务器已重新启动", 3000);
    }),
    vscode.commands.registerCommand("lectern.showOutput", () => lectern.output.show(true)),
  );
  return comparer;
}
