/**
 * Rule pages (docs/rules/<code>.md, linked from each diagnostic's code) open as a
 * rendered, read-only Markdown preview, never as an editable file inside the
 * extension's folder. The diagnostics' links are rewritten to the `lectern-rule:`
 * scheme, served read-only from the page on disk; when one opens, the Markdown
 * preview shows it and the source tab is closed.
 */
import * as fs from "fs";
import * as vscode from "vscode";

export const RULE_SCHEME = "lectern-rule";

/** A link into the extension's docs/rules/ as a lectern-rule: URI (same path); any other link unchanged. */
export function ruleLink(target: vscode.Uri, rulesDir: vscode.Uri): vscode.Uri {
  if (target.scheme !== "file" || !target.path.startsWith(rulesDir.path + "/") || !target.path.endsWith(".md")) return target;
  return vscode.Uri.from({ scheme: RULE_SCHEME, path: target.path });
}

/** The diagnostics with their code links pointing at the read-only pages. */
export function withRuleLinks(diagnostics: readonly vscode.Diagnostic[], rulesDir: vscode.Uri): vscode.Diagnostic[] {
  for (const d of diagnostics) {
    if (d.code && typeof d.code === "object" && d.code.target) d.code = { value: d.code.value, target: ruleLink(d.code.target, rulesDir) };
  }
  return [...diagnostics];
}

export function registerRulePages(context: vscode.ExtensionContext): void {
  const provider: vscode.TextDocumentContentProvider = {
    provideTextDocumentContent: (uri) => {
      try {
        return fs.readFileSync(vscode.Uri.file(uri.path).fsPath, "utf8");
      } catch {
        return "";
      }
    },
  };
  const preview = async (doc: vscode.TextDocument) => {
    if (doc.uri.scheme !== RULE_SCHEME) return;
    await vscode.commands.executeCommand("markdown.showPreview", doc.uri);
    // The read-only source tab the link opened goes: the preview is the page.
    const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === doc.uri.toString());
    if (tabs.length) await vscode.window.tabGroups.close(tabs);
  };
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(RULE_SCHEME, provider),
    vscode.window.onDidChangeActiveTextEditor((e) => e && void preview(e.document)),
  );
}
