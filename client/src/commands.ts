/** Lectern's commands: statistics, figures, renumbering, restart. */
import * as vscode from "vscode";
import { State, type LanguageClient } from "vscode-languageclient/node";
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
    void vscode.window.showInformationMessage(vscode.l10n.t("Open a speech draft first (a .speech file, or a file type enabled in lectern.enableFor)."));
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
    void vscode.window.showErrorMessage(vscode.l10n.t("Lectern: {0}", (e as Error).message));
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
      label: `$(file-text) ${vscode.l10n.t("Whole draft")}`,
      description: formatLength(stats.chars, stats.minutes),
      detail: vscode.l10n.t("{0} paragraphs · {1} sentences · {2} headings · {3} characters a minute", stats.paragraphs, stats.sentences, stats.sections, stats.readingRate),
    },
    ...stats.bySection.map((s) => ({
      label: `${"\u3000".repeat(Math.max(0, s.level - 1))}${s.name}`,
      description: formatLength(s.chars, s.minutes),
      detail: stats.chars ? vscode.l10n.t("{0}% of the draft", Math.round((s.chars / stats.chars) * 100)) : undefined,
      line: s.line,
    })),
  ];
  void vscode.window.showQuickPick(items, { title: vscode.l10n.t("Lectern: length and speaking time of each part"), matchOnDescription: true }).then((pick) => {
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
    void vscode.window.showInformationMessage(vscode.l10n.t("The draft has no figures."));
    return figures;
  }
  const items: FigurePick[] = figures.map((f) => ({
    label: f.text,
    description: f.subject,
    detail: `${vscode.l10n.t("Line {0}", f.range.start.line + 1)}${f.section ? ` · ${f.section}` : ""}`,
    figure: f,
  }));
  void vscode.window.showQuickPick(items, { title: vscode.l10n.t("Lectern: figures in the draft ({0})", figures.length), matchOnDescription: true, matchOnDetail: true }).then((pick) => {
    if (pick) reveal(t.editor, t.client.protocol2CodeConverter.asRange(pick.figure.range));
  });
  return figures;
}

/** The last message Renumber Section showed (read by the end-to-end tests). */
export let lastRenumberMessage: string | undefined;

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
    lastRenumberMessage =
      result.reason === "notHeading"
        ? vscode.l10n.t("The cursor is not on a heading. “{0}”, the section it is in, is numbered in order with its siblings; to renumber another heading, put the cursor on it.", result.section ?? "")
        : result.reason === "outside"
          ? vscode.l10n.t("The cursor is not on a heading or a list item, nor under any heading. Put the cursor on the heading to renumber.")
          : vscode.l10n.t("This section is already numbered in order.");
    void vscode.window.showInformationMessage(lastRenumberMessage);
    return false;
  }
  const edit = await t.client.protocol2CodeConverter.asWorkspaceEdit(result.edit);
  const applied = await vscode.workspace.applyEdit(edit);
  if (!applied) void vscode.window.showWarningMessage(vscode.l10n.t("Lectern: the document changed, so the renumbering was not applied; please try again."));
  return applied;
}

/** Puts lectern.rules back as it was before the last 关闭此类检查 (the message's Undo button; the tests call it). */
let undoLastDisable: (() => Promise<boolean>) | undefined;
export async function undoDisableRule(): Promise<boolean> {
  const undo = undoLastDisable;
  undoLastDisable = undefined;
  return undo ? undo() : false;
}

/**
 * 关闭此类检查 (the code action offered last, after ignoring the occurrence or accepting the word):
 * sets the code to "off" in lectern.rules for the workspace (the user's settings without one),
 * and says so with an Undo that puts the setting back as it was.
 */
export async function disableRule(code: unknown): Promise<boolean> {
  if (typeof code !== "string" || !/^[a-z]+\.[a-zA-Z]+$/.test(code)) return false;
  const resource = vscode.window.activeTextEditor?.document.uri;
  const config = vscode.workspace.getConfiguration("lectern", resource);
  const inWorkspace = !!vscode.workspace.workspaceFolders?.length;
  const target = inWorkspace ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  const inspected = config.inspect<Record<string, string>>("rules");
  const before = inWorkspace ? inspected?.workspaceValue : inspected?.globalValue;
  await config.update("rules", { ...(before ?? {}), [code]: "off" }, target);
  undoLastDisable = async () => {
    await vscode.workspace.getConfiguration("lectern", resource).update("rules", before, target);
    void vscode.window.setStatusBarMessage(vscode.l10n.t("Lectern: {0} is checked again.", code), 3000);
    return true;
  };
  const undo = vscode.l10n.t("Undo");
  void vscode.window
    .showInformationMessage(
      inWorkspace ? vscode.l10n.t("Turned off {0} for this workspace (lectern.rules in .vscode/settings.json).", code) : vscode.l10n.t("Turned off {0} in your user settings (lectern.rules).", code),
      undo,
    )
    .then((choice) => choice === undo && void undoDisableRule());
  return true;
}

/** Lectern: Compare with… (another file or git HEAD): the diff editor and the review tree. */
export async function compareWith(lectern: LecternClient, comparer: Comparer, choice?: CompareChoice) {
  const t = await target(lectern);
  return t && comparer.compare(t.editor, t.client, choice);
}

/**
 * “Written: X” with Open (in the program the system opens .docx with) and Reveal (in the
 * file manager) — after Export to Word and Write Reviewed Word Copy. `errors`: error-severity
 * findings still open in the draft, said in a warning instead.
 */
export let lastWordNotice: string | undefined;
function wordFileNotice(file: vscode.Uri, message: string, errors = 0): void {
  const open = vscode.l10n.t("Open");
  const reveal = vscode.l10n.t("Reveal in File Explorer");
  lastWordNotice = errors ? `${message} ${vscode.l10n.t("{0} error(s) are still open in the draft.", errors)}` : message;
  const show = errors ? vscode.window.showWarningMessage : vscode.window.showInformationMessage;
  void show(lastWordNotice, open, reveal).then((choice) => {
    if (choice === open) void vscode.env.openExternal(file);
    else if (choice === reveal) void vscode.commands.executeCommand("revealFileInOS", file);
  });
}

/** Error-severity Lectern findings in a document now. */
function openErrors(doc: vscode.Uri): number {
  return vscode.languages.getDiagnostics(doc).filter((d) => d.source === "lectern" && d.severity === vscode.DiagnosticSeverity.Error).length;
}

export interface ReviewWordArgs {
  /** The .docx to review; default: the active .docx tab, else the Word file exported beside the active draft, else ask. */
  file?: vscode.Uri;
  /** Also write the safe fixes as tracked changes; default: ask. */
  trackChanges?: boolean;
}

/** The .docx the writer means: the one given, the one open in the active tab, or the draft's exported copy beside it. */
async function wordFileFor(given?: vscode.Uri): Promise<vscode.Uri | undefined> {
  if (given) return given;
  const tab = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
  const tabUri = tab instanceof vscode.TabInputText || tab instanceof vscode.TabInputCustom ? tab.uri : undefined;
  if (tabUri && /\.docx$/i.test(tabUri.path)) return tabUri;
  const doc = vscode.window.activeTextEditor?.document.uri;
  if (doc?.scheme === "file") {
    const beside = doc.with({ path: doc.path.replace(/(\.[^./]*)?$/, ".docx") });
    try {
      await vscode.workspace.fs.stat(beside);
      return beside;
    } catch {
      /* not exported yet: ask */
    }
  }
  return (await vscode.window.showOpenDialog({ canSelectMany: false, filters: { [vscode.l10n.t("Word document")]: ["docx"] }, title: vscode.l10n.t("Lectern: Write Reviewed Word Copy") }))?.[0];
}

/**
 * Lectern: Write Reviewed Word Copy — hands the findings back in Word: `<name>.reviewed.docx` beside
 * the .docx, with a comment (批注) on each finding and, if chosen, the safe fixes as tracked changes
 * (what `lectern review` writes). The .docx itself is never changed.
 */
export async function reviewWordCopy(lectern: LecternClient, args: ReviewWordArgs = {}): Promise<{ file: vscode.Uri; comments: number; trackedChanges: number } | undefined> {
  const file = await wordFileFor(args.file);
  if (!file) return undefined;
  let track = args.trackChanges;
  if (track === undefined) {
    const items: (vscode.QuickPickItem & { track: boolean })[] = [
      { label: vscode.l10n.t("Comments only"), description: vscode.l10n.t("a comment on each finding"), track: false },
      { label: vscode.l10n.t("Comments and tracked changes"), description: vscode.l10n.t("the safe fixes as tracked changes, to accept or reject in Word"), track: true },
    ];
    const pick = await vscode.window.showQuickPick(items, { title: vscode.l10n.t("Lectern: Write Reviewed Word Copy") });
    if (!pick) return undefined;
    track = pick.track;
  }
  const bytes = await vscode.workspace.fs.readFile(file);
  const client = lectern.client?.state === State.Running ? lectern.client : await lectern.start();
  const name = file.path.split("/").pop() ?? "draft.docx";
  const result = await request<{ data: string; comments: number; trackedChanges: number; errors: number }>(client, "lectern/reviewDocx", { data: Buffer.from(bytes).toString("base64"), name, trackChanges: track });
  if (!result) return undefined;
  const out = file.with({ path: file.path.replace(/\.docx$/i, "") + ".reviewed.docx" });
  await vscode.workspace.fs.writeFile(out, Buffer.from(result.data, "base64"));
  const message = track
    ? vscode.l10n.t("Lectern: wrote {0} ({1} comments, {2} tracked changes).", vscode.workspace.asRelativePath(out), result.comments, result.trackedChanges)
    : vscode.l10n.t("Lectern: wrote {0} ({1} comments).", vscode.workspace.asRelativePath(out), result.comments);
  wordFileNotice(out, message);
  return { file: out, comments: result.comments, trackedChanges: result.trackedChanges };
}

/** Lectern: Export to Word — the server writes the .docx (GB/T 9704 layout), the client saves it where the user picks, beside the draft by default. */
export async function exportToWord(lectern: LecternClient): Promise<vscode.Uri | undefined> {
  const t = await target(lectern);
  if (!t) return undefined;
  const result = await request<{ data: string }>(t.client, "lectern/exportDocx", { textDocument: { uri: t.editor.document.uri.toString() } });
  if (!result) return undefined;
  const doc = t.editor.document.uri;
  const beside = doc.scheme === "untitled" ? undefined : doc.with({ path: doc.path.replace(/(\.[^./]*)?$/, ".docx") });
  const where = await vscode.window.showSaveDialog({ defaultUri: beside, filters: { [vscode.l10n.t("Word document")]: ["docx"] }, title: vscode.l10n.t("Lectern: Export to Word (GB/T 9704 layout)") });
  if (!where) return undefined;
  await vscode.workspace.fs.writeFile(where, Buffer.from(result.data, "base64"));
  // Open / Reveal; a warning when the draft still has errors (Write Reviewed Word Copy hands them back as comments).
  wordFileNotice(where, vscode.l10n.t("Lectern: exported {0}", vscode.workspace.asRelativePath(where)), openErrors(doc));
  return where;
}

/**
 * Lectern: Import Word Draft — a .docx opened as a new speech document, with
 * Word's automatic numbering written out, ready for every check. The file
 * itself is never changed.
 */
export async function importWordDraft(lectern: LecternClient, file?: vscode.Uri): Promise<vscode.TextDocument | undefined> {
  const picked = file ?? (await vscode.window.showOpenDialog({ canSelectMany: false, filters: { [vscode.l10n.t("Word document")]: ["docx"] }, title: vscode.l10n.t("Lectern: Import Word Draft") }))?.[0];
  if (!picked) return undefined;
  const bytes = await vscode.workspace.fs.readFile(picked);
  const client = lectern.client?.state === State.Running ? lectern.client : await lectern.start();
  const name = picked.path.split("/").pop() ?? "draft.docx";
  const result = await request<{ text: string }>(client, "lectern/importDocx", { data: Buffer.from(bytes).toString("base64"), name });
  if (!result) return undefined;
  const doc = await vscode.workspace.openTextDocument({ language: "speech", content: result.text });
  await vscode.window.showTextDocument(doc);
  return doc;
}

/** Registers the commands; returns the comparer, whose review tree the tests read. */
export function registerCommands(context: vscode.ExtensionContext, lectern: LecternClient): Comparer {
  const comparer = new Comparer();
  comparer.register(context);
  context.subscriptions.push(
    vscode.commands.registerCommand("lectern.compareWith", (choice?: CompareChoice) => compareWith(lectern, comparer, choice)),
    vscode.commands.registerCommand("lectern.disableRule", (code: unknown) => disableRule(code)),
    vscode.commands.registerCommand("lectern.showStatistics", () => showStatistics(lectern)),
    vscode.commands.registerCommand("lectern.listFigures", () => listFigures(lectern)),
    vscode.commands.registerCommand("lectern.renumberSection", () => renumberSection(lectern)),
    vscode.commands.registerCommand("lectern.exportToWord", () => exportToWord(lectern)),
    vscode.commands.registerCommand("lectern.importWordDraft", (file?: vscode.Uri) => importWordDraft(lectern, file)),
    // From the Explorer's context menu the argument is the file; from a test, { file, trackChanges }.
    vscode.commands.registerCommand("lectern.reviewWordCopy", (arg?: vscode.Uri | ReviewWordArgs) => reviewWordCopy(lectern, arg instanceof vscode.Uri ? { file: arg } : arg)),
    vscode.commands.registerCommand("lectern.restartServer", async () => {
      await lectern.restart();
      void vscode.window.setStatusBarMessage(vscode.l10n.t("Lectern language server restarted"), 3000);
    }),
    vscode.commands.registerCommand("lectern.showOutput", () => lectern.output.show(true)),
  );
  return comparer;
}
