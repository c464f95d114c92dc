/** What every extension-host suite needs: the workspace's files, waiting for the server, Lectern's diagnostics. */
import * as assert from "assert";
import * as vscode from "vscode";

export const EXTENSION_ID = "lectern.lectern";

export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, "a workspace folder is open");
  return vscode.Uri.joinPath(folder.uri, name);
}

export async function open(name: string): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceFile(name)));
}

/** Polls `probe` until it gives a value: the server answers on its own schedule. */
export async function eventually<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export const codeOf = (d: vscode.Diagnostic) => (typeof d.code === "object" && d.code ? String(d.code.value) : String(d.code));
export const lectern = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === "lectern");
