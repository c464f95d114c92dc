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
    this.item.name = vscode.l10n.t("Lectern length and speaking time");
    this.item.command = "lectern.showStatistics";
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule(0)),
      // A language change (a .txt accepted as a speech draft) reopens the document in the same editor: no editor change.
      vscode.workspace.onDidOpenTextDocument((d) => d.uri.toString() === vscode.window.activeTextEditor?.document.uri.toString() && this.schedule(0)),
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

  async refresh(retries = 0): Promise<void> {
    const generation = retries ? this.generation : ++this.generation;
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
      if (generation !== this.generation) return;
      this.item.hide();
      // The server may not have the document yet (it was just reopened in another language): ask again shortly.
      if (retries < 3) setTimeout(() => generation === this.generation && void this.refresh(retries + 1), 400);
      return;
    }
    if (generation !== this.generation) return; // a newer refresh is on its way
    if (stats.selection) {
      this.item.text = `$(selection) ${vscode.l10n.t("Selected")} ${formatLength(stats.selection.chars, stats.selection.minutes)}`;
      this.item.tooltip = vscode.l10n.t("The selection at {0} characters a minute. Click for each part's statistics.", stats.readingRate);
    } else {
      this.item.text = `$(mic) ${formatLength(stats.chars, stats.minutes)}`;
      this.item.tooltip = vscode.l10n.t("{0} characters, {1} sentences, {2} headings at {3} characters a minute. Click for each part's statistics.", stats.chars, stats.sentences, stats.sections, stats.readingRate);
    }
    this.item.show();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.subscriptions.forEach((d) => d.dispose());
    this.item.dispose();
  }
}
