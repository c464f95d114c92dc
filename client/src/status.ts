/** The status-bar item: characters and speaking time of the document, or of the selection. */
import * as vscode from "vscode";
import { formatLength } from "./format";
import { STATS_REQUEST, type StatsParams, type StatsResult } from "./protocol";
import type { LecternClient } from "./lectern-client";

const REFRESH_DELAY_MS = 300;

export class StatusItem implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem("lectern.stats", vscode.StatusBarAlignment.Right, 100);
  private timer: NodeJS.Timeout | undefined;
  private generation = 0;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly lectern: LecternClient) {
    this.item.name = "Lectern 字数与时长";
    this.item.command = "lectern.showStatistics";
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule(0)),
      vscode.window.onDidChangeTextEditorSelection((e) => e.textEditor === vscode.window.activeTextEditor && this.schedule()),
      vscode.workspace.onDidChangeTextDocument((e) => e.document === vscode.window.activeTextEditor?.document && this.schedule()),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration("lectern.readingRate") && this.schedule()),
    );
    this.schedule(0);
  }

  /** What the item shows now (also read by the end-to-end tests through the extension's API). */
  get text(): string {
    return this.item.text;
  }

  schedule(delay = REFRESH_DELAY_MS): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), delay);
  }

  async refresh(): Promise<void> {
    const generation = ++this.generation;
    const editor = vscode.window.activeTextEditor;
    const client = editor && this.lectern.clientFor(editor.document);
    if (!editor || !client) {
      this.item.hide();
      return;
    }
    const selections = editor.selections.filter((s) => !s.isEmpty).map((s) => client.code2ProtocolConverter.asRange(s));
    const params: StatsParams = { textDocument: { uri: editor.document.uri.toString() }, selections };
    let stats: StatsResult;
    try {
      stats = await client.sendRequest<StatsResult>(STATS_REQUEST, params);
    } catch (e) {
      if (generation === this.generation) this.item.hide();
      return;
    }
    if (generation !== this.generation) return; // a newer refresh is on its way
    if (stats.selection) {
      this.item.text = `$(selection) 选中 ${formatLength(stats.selection.chars, stats.selection.minutes)}`;
      this.item.tooltip = `选中部分按每分钟 ${stats.readingRate} 字计算。点击查看各部分统计。`;
    } else {
      this.item.text = `$(mic) ${formatLength(stats.chars, stats.minutes)}`;
      this.item.tooltip = `全文 ${stats.chars} 字、${stats.sentences} 句、${stats.sections} 个标题，按每分钟 ${stats.readingRate} 字计算。点击查看各部分统计。`;
    }
    this.item.show();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.subscriptions.forEach((d) => d.dispose());
    this.item.dispose();
  }
}
