/**
 * Lectern: Compare with… — the open draft against another file or its version
 * at git HEAD: VS Code's diff editor, and the review (figures first) in the
 * Lectern Review tree, each change leading to both places.
 */
import { execFile } from "child_process";
import * as path from "path";
import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import { REVIEW_REQUEST, type ReviewParams, type ReviewResult } from "./protocol";
import { ReviewTree, type ReviewSides } from "./review-view";

/** Old versions read from git, served to the diff editor under this scheme. */
export const VERSION_SCHEME = "lectern-version";

export class VersionContents implements vscode.TextDocumentContentProvider {
  private readonly texts = new Map<string, string>();
  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.toString()) ?? "";
  }
  /** A read-only document holding `text`, named after the file and the revision. */
  add(file: vscode.Uri, rev: string, text: string): vscode.Uri {
    const uri = vscode.Uri.from({ scheme: VERSION_SCHEME, path: file.path, query: rev });
    this.texts.set(uri.toString(), text);
    return uri;
  }
}

/** The file's text at a git revision, via `git show REV:./NAME` in the file's folder. */
export function gitShow(file: string, rev = "HEAD"): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile("git", ["show", `${rev}:./${path.basename(file)}`], { cwd: path.dirname(file), encoding: "utf8", maxBuffer: 256 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) reject(new Error((stderr || err.message).trim()));
      else resolve(stdout);
    });
  });
}

export interface CompareChoice {
  /** "head" for the file at git HEAD, or another file. */
  other: "head" | vscode.Uri;
}

export class Comparer {
  readonly tree = new ReviewTree();
  readonly contents = new VersionContents();

  register(context: vscode.ExtensionContext): void {
    const view = vscode.window.createTreeView("lectern.review", { treeDataProvider: this.tree, showCollapseAll: true });
    context.subscriptions.push(view, vscode.workspace.registerTextDocumentContentProvider(VERSION_SCHEME, this.contents));
  }

  /** Asks what to compare with (unless given), opens the diff editor and shows the review. */
  async compare(editor: vscode.TextEditor, client: LanguageClient, choice?: CompareChoice): Promise<ReviewResult | undefined> {
    const doc = editor.document;
    const other = choice?.other ?? (await this.ask(doc));
    if (!other) return undefined;
    let oldText: string;
    let sides: ReviewSides;
    try {
      if (other === "head") {
        if (doc.uri.scheme !== "file") throw new Error(vscode.l10n.t("Only a file on disk has a git version."));
        oldText = await gitShow(doc.uri.fsPath);
        sides = { oldUri: this.contents.add(doc.uri, "HEAD", oldText), newUri: doc.uri, title: vscode.l10n.t("{0} (HEAD ↔ current)", path.basename(doc.uri.fsPath)) };
      } else {
        oldText = new TextDecoder("utf-8").decode(await vscode.workspace.fs.readFile(other));
        sides = { oldUri: other, newUri: doc.uri, title: `${path.basename(other.path)} ↔ ${path.basename(doc.uri.path)}` };
      }
    } catch (e) {
      void vscode.window.showErrorMessage(vscode.l10n.t("Lectern: cannot read the version to compare with: {0}", (e as Error).message));
      return undefined;
    }
    const params: ReviewParams = { textDocument: { uri: doc.uri.toString() }, oldText };
    let review: ReviewResult;
    try {
      review = await client.sendRequest<ReviewResult>(REVIEW_REQUEST, params);
    } catch (e) {
      void vscode.window.showErrorMessage(vscode.l10n.t("Lectern: {0}", (e as Error).message));
      return undefined;
    }
    await vscode.commands.executeCommand("vscode.diff", sides.oldUri, sides.newUri, sides.title);
    this.tree.show(review, sides);
    await vscode.commands.executeCommand("setContext", "lectern.reviewVisible", true);
    await vscode.commands.executeCommand("lectern.review.focus");
    const n = Object.values(review).reduce((k, list) => k + list.length, 0);
    if (!n) void vscode.window.showInformationMessage(vscode.l10n.t("Lectern: nothing to review between the two versions."));
    return review;
  }

  private async ask(doc: vscode.TextDocument): Promise<CompareChoice["other"] | undefined> {
    const items: (vscode.QuickPickItem & { other: "head" | "file" })[] = [
      { label: `$(git-commit) ${vscode.l10n.t("The version at git HEAD")}`, description: vscode.l10n.t("this file as last committed"), other: "head" },
      { label: `$(file) ${vscode.l10n.t("Pick another file…")}`, other: "file" },
    ];
    const pick = await vscode.window.showQuickPick(items, { title: vscode.l10n.t("Lectern: compare with which version?") });
    if (!pick) return undefined;
    if (pick.other === "head") return "head";
    const files = await vscode.window.showOpenDialog({ canSelectMany: false, defaultUri: vscode.Uri.joinPath(doc.uri, ".."), openLabel: vscode.l10n.t("Compare"), filters: { [vscode.l10n.t("Drafts")]: ["speech", "txt", "md"], [vscode.l10n.t("All files")]: ["*"] } });
    return files?.[0];
  }
}
