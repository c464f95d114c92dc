/**
 * Three Explorer views for the active draft:
 *   讲话计时 (lectern.timing): the opening, each section and the closing with
 *     speaking time and share of the whole, always readable at the default width;
 *   数字核对 (lectern.figures): every figure grouped by indicator and period,
 *     conflicts and target mismatches marked, growth and level told apart,
 *     each entry jumping to its place, with CSV export;
 *   来源 (lectern.sources): the workspace's sources quotations are checked against
 *     (.lectern/sources/, lectern.sources), each opening its file.
 * The context key lectern.active says whether the active editor is a draft Lectern checks.
 */
import * as path from "path";
import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import { formatMinutes } from "./format";
import type { LecternClient } from "./lectern-client";
import { FIGURES_CSV_REQUEST, FIGURES_REQUEST, SOURCES_REQUEST, TIMING_REQUEST, type FigureItem, type SourceItem, type TimingPart, type TimingResult } from "./protocol";

const REFRESH_DELAY_MS = 500;

function revealCommand(uri: vscode.Uri, line: number, character = 0): vscode.Command {
  return { title: "", command: "vscode.open", arguments: [uri, { selection: new vscode.Range(line, character, line, character) }] };
}

/** What the active editor shows and the client serving it, or nothing. */
function activeDraft(lectern: LecternClient): { editor: vscode.TextEditor; client: LanguageClient } | undefined {
  const editor = vscode.window.activeTextEditor;
  const client = editor && lectern.clientFor(editor.document);
  return editor && client ? { editor, client } : undefined;
}

/** A tree that reloads from the server when the draft changes. */
abstract class DraftTree<T> implements vscode.TreeDataProvider<T> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  protected uri: vscode.Uri | undefined;
  private timer: NodeJS.Timeout | undefined;
  /** Resolved after each reload (the end-to-end tests wait on it). */
  loaded: Promise<void> = Promise.resolve();

  constructor(protected readonly lectern: LecternClient) {}

  schedule(delay = REFRESH_DELAY_MS): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => (this.loaded = this.reload()), delay);
  }

  async reload(): Promise<void> {
    const draft = activeDraft(this.lectern);
    this.uri = draft?.editor.document.uri;
    try {
      await this.load(draft?.client, draft?.editor.document.uri);
    } catch {
      await this.load(undefined, undefined);
    }
    this.changed.fire();
  }

  protected abstract load(client: LanguageClient | undefined, uri: vscode.Uri | undefined): Promise<void>;
  abstract getTreeItem(element: T): vscode.TreeItem;
  abstract getChildren(element?: T): T[];

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.changed.dispose();
  }
}

export class TimingTree extends DraftTree<TimingPart> {
  result: TimingResult | undefined;

  protected async load(client: LanguageClient | undefined, uri: vscode.Uri | undefined): Promise<void> {
    this.result = client && uri ? await client.sendRequest<TimingResult>(TIMING_REQUEST, { textDocument: { uri: uri.toString() } }) : undefined;
  }

  /** "1分12秒 · 23%": the time and the share of the whole. */
  describe(part: TimingPart): string {
    const share = this.result?.chars ? Math.round((part.chars / this.result.chars) * 100) : 0;
    return `${formatMinutes(part.minutes)} · ${share}%`;
  }

  getTreeItem(part: TimingPart): vscode.TreeItem {
    const item = new vscode.TreeItem(part.name, part.children.length ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    // The time leads the label so a narrow sidebar still shows it; the name follows.
    item.label = `${this.describe(part)}  ${part.name}`;
    item.tooltip = vscode.l10n.t("{0}: {1} characters, about {2} ({3} characters a minute)", part.name, part.chars, formatMinutes(part.minutes), this.result?.readingRate ?? 0);
    if (this.uri) item.command = revealCommand(this.uri, part.line);
    return item;
  }

  getChildren(part?: TimingPart): TimingPart[] {
    return part ? part.children : (this.result?.parts ?? []);
  }
}

export type FigureNode = { kind: "group"; label: string; figures: FigureItem[] } | { kind: "figure"; figure: FigureItem };

export class FiguresTree extends DraftTree<FigureNode> {
  groups: FigureNode[] = [];

  protected async load(client: LanguageClient | undefined, uri: vscode.Uri | undefined): Promise<void> {
    const figures = client && uri ? await client.sendRequest<FigureItem[]>(FIGURES_REQUEST, { textDocument: { uri: uri.toString() } }) : [];
    const byKey = new Map<string, FigureItem[]>();
    for (const f of figures) {
      const key = `${f.metric ?? vscode.l10n.t("(indicator not recognised)")} · ${f.period ?? vscode.l10n.t("no period")}`;
      byKey.set(key, [...(byKey.get(key) ?? []), f]);
    }
    // Groups with a problem first, then in the order of the draft.
    this.groups = [...byKey.entries()]
      .map(([label, fs]) => ({ kind: "group" as const, label, figures: fs }))
      .sort((a, b) => Number(hasProblem(b.figures)) - Number(hasProblem(a.figures)));
  }

  getTreeItem(node: FigureNode): vscode.TreeItem {
    if (node.kind === "group") {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
      const problems = node.figures.filter((f) => f.problems?.length).length;
      const count = node.figures.length === 1 ? vscode.l10n.t("1 figure") : vscode.l10n.t("{0} figures", node.figures.length);
      item.description = problems ? vscode.l10n.t("{0} · {1} to check", count, problems) : count;
      item.iconPath = new vscode.ThemeIcon(problems ? "warning" : "symbol-number");
      return item;
    }
    const f = node.figure;
    const item = new vscode.TreeItem(f.text, vscode.TreeItemCollapsibleState.None);
    const aspect = f.aspect === "change" ? vscode.l10n.t("growth") : vscode.l10n.t("level");
    const marks = (f.problems ?? []).map((p) => problemTag(p.code));
    item.description = [aspect, vscode.l10n.t("line {0}", f.range.start.line + 1), ...marks].join(" · ");
    item.tooltip = [f.subject, f.section, ...(f.problems ?? []).map((p) => p.message)].filter(Boolean).join("\n");
    item.iconPath = new vscode.ThemeIcon(f.problems?.some((p) => p.code === "figure.conflict") ? "error" : f.problems?.length ? "warning" : "circle-small");
    if (this.uri) item.command = revealCommand(this.uri, f.range.start.line, f.range.start.character);
    return item;
  }

  getChildren(node?: FigureNode): FigureNode[] {
    if (!node) return this.groups;
    return node.kind === "group" ? node.figures.map((figure) => ({ kind: "figure" as const, figure })) : [];
  }
}

/** The tag a figure.* finding puts on a figure: 前后矛盾, 与目标不符, 用法, 计算 (any other code: to check). */
function problemTag(code: string): string {
  switch (code) {
    case "figure.conflict":
      return vscode.l10n.t("conflict");
    case "figure.target":
      return vscode.l10n.t("target mismatch");
    case "figure.usage":
      return vscode.l10n.t("usage");
    case "figure.arithmetic":
      return vscode.l10n.t("arithmetic");
    default:
      return vscode.l10n.t("to check");
  }
}

export class SourcesTree extends DraftTree<SourceItem> {
  sources: SourceItem[] = [];

  protected async load(client: LanguageClient | undefined): Promise<void> {
    this.sources = client ? await client.sendRequest<SourceItem[]>(SOURCES_REQUEST) : [];
  }

  getTreeItem(s: SourceItem): vscode.TreeItem {
    const item = new vscode.TreeItem(s.title, vscode.TreeItemCollapsibleState.None);
    const kind = s.kind === "statistics" ? vscode.l10n.t("statistics") : s.kind === "speech" ? vscode.l10n.t("speech") : vscode.l10n.t("document");
    item.description = [kind, s.date, s.speaker].filter(Boolean).join(" · ");
    item.tooltip = vscode.l10n.t("Names: {0}\n{1} characters, {2} paragraphs", s.names.join(" / "), s.chars, s.paragraphs);
    item.iconPath = new vscode.ThemeIcon(s.kind === "statistics" ? "graph" : "book");
    item.command = { title: "", command: "vscode.open", arguments: [vscode.Uri.parse(s.uri)] };
    return item;
  }

  getChildren(s?: SourceItem): SourceItem[] {
    return s ? [] : this.sources;
  }
}

function hasProblem(figures: FigureItem[]): boolean {
  return figures.some((f) => f.problems?.length);
}

/** Writes the active draft's figures as <draft>.figures.csv beside it (untitled drafts: a new editor) and opens it. */
export async function exportFiguresCsv(lectern: LecternClient): Promise<vscode.Uri | undefined> {
  const draft = activeDraft(lectern);
  if (!draft) {
    void vscode.window.showInformationMessage(vscode.l10n.t("Open a speech draft first (a .speech file, or a file type enabled in lectern.enableFor)."));
    return undefined;
  }
  const source = draft.editor.document.uri;
  const csv = await draft.client.sendRequest<string>(FIGURES_CSV_REQUEST, { textDocument: { uri: source.toString() } });
  if (source.scheme !== "file") {
    const doc = await vscode.workspace.openTextDocument({ language: "csv", content: csv });
    await vscode.window.showTextDocument(doc, vscode.ViewColumn.Beside);
    return doc.uri;
  }
  const parsed = path.parse(source.fsPath);
  const target = vscode.Uri.file(path.join(parsed.dir, `${parsed.name}.figures.csv`));
  // With a BOM, so spreadsheet programs read the Chinese as UTF-8.
  await vscode.workspace.fs.writeFile(target, Buffer.from("\uFEFF" + csv, "utf8"));
  void vscode.window.showInformationMessage(vscode.l10n.t("Figures exported to {0}", path.basename(target.fsPath)));
  await vscode.window.showTextDocument(target, { viewColumn: vscode.ViewColumn.Beside, preview: true });
  return target;
}

/** Registers the views, keeps them and the lectern.active context key in step with the active editor. */
export function registerViews(context: vscode.ExtensionContext, lectern: LecternClient): { timing: TimingTree; figures: FiguresTree; sources: SourcesTree } {
  const timing = new TimingTree(lectern);
  const figures = new FiguresTree(lectern);
  const sources = new SourcesTree(lectern);
  // The server reloads sources when their files change; the view asks again a little later.
  const sourceFiles = vscode.workspace.createFileSystemWatcher("**/.lectern/sources/*");
  const sourcesChanged = () => sources.schedule(REFRESH_DELAY_MS * 2);
  const refresh = (delay?: number) => {
    const editor = vscode.window.activeTextEditor;
    void vscode.commands.executeCommand("setContext", "lectern.active", !!editor && lectern.wants(editor.document));
    timing.schedule(delay);
    figures.schedule(delay);
    sources.schedule(delay);
  };
  context.subscriptions.push(
    timing,
    figures,
    sources,
    sourceFiles,
    sourceFiles.onDidCreate(sourcesChanged),
    sourceFiles.onDidChange(sourcesChanged),
    sourceFiles.onDidDelete(sourcesChanged),
    vscode.window.registerTreeDataProvider("lectern.sources", sources),
    vscode.window.registerTreeDataProvider("lectern.timing", timing),
    vscode.window.registerTreeDataProvider("lectern.figures", figures),
    vscode.window.onDidChangeActiveTextEditor(() => refresh(0)),
    // A language change (a .txt accepted as a speech draft) reopens the document in the same editor: refresh now,
    // and once more when the server has it.
    vscode.workspace.onDidOpenTextDocument((d) => {
      if (d.uri.toString() !== vscode.window.activeTextEditor?.document.uri.toString()) return;
      refresh(0);
      setTimeout(() => refresh(0), 800);
    }),
    vscode.workspace.onDidChangeTextDocument((e) => e.document === vscode.window.activeTextEditor?.document && refresh()),
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration("lectern") && refresh()),
    vscode.commands.registerCommand("lectern.exportFiguresCsv", () => exportFiguresCsv(lectern)),
  );
  lectern.onStateChange(() => refresh(0));
  refresh(0);
  return { timing, figures, sources };
}
