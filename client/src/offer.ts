/**
 * Drafts are mostly .txt or .md. When one that looks like a speech opens and
 * Lectern is not on for it, offer once: check this file (it becomes a Speech
 * draft: highlighting, word wrap, checks), all .txt/.md files of the workspace
 * (files.associations), or never ask again. The answers are kept per workspace.
 */
import * as path from "path";
import * as vscode from "vscode";
import { SPEECH_LANGUAGE, type LecternClient } from "./lectern-client";

const NEVER_KEY = "lectern.offer.never";
const FILES_KEY = "lectern.speechFiles";
const OFFERED_LANGUAGES = ["plaintext", "markdown"];

/** A salutation (同志们：), two or more 一、 headings, or 讲话/报告/发言 in the title line. */
export function looksLikeSpeech(text: string): boolean {
  const head = text.slice(0, 20_000);
  if (/^[\s\u3000]*(?:同志们|各位(?:领导|代表|委员|同事|来宾)|尊敬的[^\n：:]{1,30}|亲爱的[^\n：:]{1,20})[：:]\s*$/m.test(head)) return true;
  const title = head.split(/\r?\n/).find((l) => l.trim())?.trim() ?? "";
  if (title.length <= 60 && /讲话|报告|发言|致辞|汇报/.test(title)) return true;
  return (head.match(/^[\s\u3000#]*[一二三四五六七八九十]{1,3}、/gm) ?? []).length >= 2;
}

export type OfferChoice = "file" | "all" | "never";

export class SpeechOffer implements vscode.Disposable {
  /** The documents offered so far this session, and the last choice (for the end-to-end tests). */
  readonly offered = new Set<string>();
  lastChoice: OfferChoice | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly lectern: LecternClient,
  ) {
    this.subscriptions.push(vscode.workspace.onDidOpenTextDocument((doc) => void this.consider(doc)));
    for (const doc of vscode.workspace.textDocuments) void this.consider(doc);
  }

  private remembered(): string[] {
    return this.context.workspaceState.get<string[]>(FILES_KEY, []);
  }

  async consider(doc: vscode.TextDocument): Promise<void> {
    if (doc.uri.scheme !== "file" || !OFFERED_LANGUAGES.includes(doc.languageId)) return;
    const key = doc.uri.toString();
    // A file the writer chose before opens as a speech draft again.
    if (this.remembered().includes(key)) {
      await vscode.languages.setTextDocumentLanguage(doc, SPEECH_LANGUAGE);
      return;
    }
    if (this.lectern.wants(doc) || this.context.workspaceState.get<boolean>(NEVER_KEY) || this.offered.has(key) || !looksLikeSpeech(doc.getText())) return;
    this.offered.add(key);
    const ext = path.extname(doc.uri.fsPath).toLowerCase() || ".txt";
    const thisFile = vscode.l10n.t("This file");
    const allFiles = vscode.l10n.t("All {0} files", ext);
    const never = vscode.l10n.t("Don't ask again");
    const choice = await vscode.window.showInformationMessage(
      vscode.l10n.t("{0} looks like a speech draft. Check it with Lectern?", path.basename(doc.uri.fsPath)),
      thisFile,
      allFiles,
      never,
    );
    if (choice === thisFile) await this.accept(doc, "file");
    else if (choice === allFiles) await this.accept(doc, "all");
    else if (choice === never) await this.accept(doc, "never");
  }

  /** Carries out a choice (the buttons call it; so can a test). */
  async accept(doc: vscode.TextDocument, choice: OfferChoice): Promise<void> {
    this.lastChoice = choice;
    if (choice === "never") {
      await this.context.workspaceState.update(NEVER_KEY, true);
      return;
    }
    if (choice === "file") {
      await this.context.workspaceState.update(FILES_KEY, [...new Set([...this.remembered(), doc.uri.toString()])]);
    } else {
      const ext = path.extname(doc.uri.fsPath).toLowerCase() || ".txt";
      const files = vscode.workspace.getConfiguration("files");
      const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
      const current = files.inspect<Record<string, string>>("associations");
      const existing = (target === vscode.ConfigurationTarget.Workspace ? current?.workspaceValue : current?.globalValue) ?? {};
      await files.update("associations", { ...existing, [`*${ext}`]: SPEECH_LANGUAGE }, target);
    }
    // As a Speech draft it gets the grammar's highlighting, word wrap and the checks.
    await vscode.languages.setTextDocumentLanguage(doc, SPEECH_LANGUAGE);
  }

  dispose(): void {
    this.subscriptions.forEach((d) => d.dispose());
  }
}
