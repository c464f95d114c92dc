/** The VS Code extension: starts the Lectern language server and wires the editor to it. */
import * as path from "path";
import * as vscode from "vscode";
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from "vscode-languageclient/node";

let client: LanguageClient | undefined;

function documentSelector(): { language: string; scheme?: string }[] {
  const extra = vscode.workspace.getConfiguration("lectern").get<string[]>("enableFor", []);
  return ["speech", ...extra.filter((l) => l === "plaintext" || l === "markdown")].flatMap((language) => [
    { language, scheme: "file" },
    { language, scheme: "untitled" },
  ]);
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join("dist", "server.js"));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ["--nolazy", "--inspect=6010"] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(),
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher("**/.lectern/*.json") },
    outputChannelName: "Lectern",
  };
  client = new LanguageClient("lectern", "Lectern", serverOptions, clientOptions);
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
