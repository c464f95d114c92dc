/** The VS Code extension: starts the Lectern language server and wires the editor to it. */
import * as vscode from "vscode";
import { registerCommands } from "./commands";
import { LecternClient } from "./lectern-client";
import { StatusItem } from "./status";
import type { ReviewTree } from "./review-view";

/** What activate() returns: used by the end-to-end tests to see what the user sees. */
export interface LecternApi {
  lectern: LecternClient;
  status: StatusItem;
  /** The Lectern Review tree (Lectern: Compare with…). */
  review: ReviewTree;
}

let lectern: LecternClient | undefined;

export function activate(context: vscode.ExtensionContext): LecternApi {
  const output = vscode.window.createOutputChannel("Lectern");
  lectern = new LecternClient(context, output);
  const status = new StatusItem(lectern);
  lectern.onStateChange(() => status.schedule(0));
  const comparer = registerCommands(context, lectern);
  context.subscriptions.push(output, lectern, status);
  lectern.startIfNeeded();
  return { lectern, status, review: comparer.tree };
}

export async function deactivate(): Promise<void> {
  await lectern?.stop();
}
