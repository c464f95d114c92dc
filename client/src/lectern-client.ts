/**
 * Owns the language client: starts the server over IPC on the first document
 * Lectern should analyse, restarts it after a crash (within limits), and
 * rebuilds it when `lectern.enableFor` changes the set of languages.
 */
import * as path from "path";
import * as vscode from "vscode";
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  State,
  TransportKind,
  type DocumentSelector,
  type LanguageClientOptions,
  type ServerOptions,
} from "vscode-languageclient/node";
import { RestartPolicy } from "./restart-policy";
import { timeFirstInOutline } from "./outline";
import { withRuleLinks } from "./rule-pages";

/** Commands the extension runs for the server's code actions (关闭此类检查). */
export const CLIENT_COMMANDS = ["lectern.disableRule"];

/**
 * vscode-languageclient logs every server exit as an error, even the clean
 * exit (code 0) that follows shutdown on a restart: that one is logged as
 * information.
 */
class LecternLanguageClient extends LanguageClient {
  override error(message: string, data?: unknown, showNotification?: boolean | "force"): void {
    if (/^Server process exited with code 0\.?$/.test(message)) this.info(message, data, false);
    else super.error(message, data, showNotification);
  }
}

export const SPEECH_LANGUAGE = "speech";
const OPT_IN_LANGUAGES = ["plaintext", "markdown"];

export function enabledLanguages(): string[] {
  const extra = vscode.workspace.getConfiguration("lectern").get<string[]>("enableFor", []);
  return [SPEECH_LANGUAGE, ...extra.filter((l) => OPT_IN_LANGUAGES.includes(l))];
}

function documentSelector(languages: string[]): DocumentSelector {
  return languages.flatMap((language) => [
    { language, scheme: "file" },
    { language, scheme: "untitled" },
  ]);
}

export class LecternClient implements vscode.Disposable {
  client: LanguageClient | undefined;
  /** The last "gave up restarting" message shown, for the end-to-end tests. */
  lastGiveUpMessage: string | undefined;
  private starting: Promise<LanguageClient> | undefined;
  private languages = enabledLanguages();
  private readonly policy = new RestartPolicy();
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly stateListeners: (() => void)[] = [];

  constructor(
    private readonly context: vscode.ExtensionContext,
    readonly output: vscode.OutputChannel,
  ) {
    this.subscriptions.push(
      vscode.workspace.onDidOpenTextDocument((doc) => this.wants(doc) && void this.start()),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration("lectern.enableFor") && void this.onLanguagesChanged()),
    );
  }

  /** Whether Lectern analyses this document. */
  wants(doc: vscode.TextDocument): boolean {
    return (doc.uri.scheme === "file" || doc.uri.scheme === "untitled") && this.languages.includes(doc.languageId);
  }

  /** The running client if it serves this document. */
  clientFor(doc: vscode.TextDocument): LanguageClient | undefined {
    return this.wants(doc) && this.client?.state === State.Running ? this.client : undefined;
  }

  onStateChange(listener: () => void): void {
    this.stateListeners.push(listener);
  }

  /** Starts the server if any open document needs it. */
  startIfNeeded(): void {
    if (vscode.workspace.textDocuments.some((d) => this.wants(d))) void this.start();
  }

  start(): Promise<LanguageClient> {
    if (this.client && this.client.state !== State.Stopped) return this.starting ?? Promise.resolve(this.client);
    this.starting = this.create().finally(() => (this.starting = undefined));
    return this.starting;
  }

  private async create(): Promise<LanguageClient> {
    const serverModule = this.context.asAbsolutePath(path.join("dist", "server.js"));
    const serverOptions: ServerOptions = {
      run: { module: serverModule, transport: TransportKind.ipc },
      debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ["--nolazy", "--inspect=6010"] } },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: documentSelector(this.languages),
      synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher("**/.lectern/*.json") },
      outputChannel: this.output,
      initializationOptions: { clientCommands: CLIENT_COMMANDS },
      middleware: {
        // The speaking time first in each outline name, so a problem badge never hides it.
        provideDocumentSymbols: async (document, token, next) => timeFirstInOutline(await next(document, token)),
        // Rule pages open as a rendered, read-only preview (rule-pages.ts).
        handleDiagnostics: (uri, diagnostics, next) => next(uri, withRuleLinks(diagnostics, vscode.Uri.joinPath(this.context.extensionUri, "docs", "rules"))),
      },
      errorHandler: {
        // A message that fails to go through does not end the connection.
        error: () => ({ action: ErrorAction.Continue, handled: true }),
        closed: () => {
          const decision = this.policy.crashed(Date.now());
          if (decision.restart) {
            this.output.appendLine(`[${new Date().toISOString()}] ${vscode.l10n.t("The Lectern language server exited; restarting it.")}`);
            return { action: CloseAction.Restart, handled: true };
          }
          const message = vscode.l10n.t(
            "The Lectern language server crashed {0} times in {1} minutes and is no longer restarted. Checks, outline and statistics are unavailable; see the log in the “Lectern” output panel, then run “Lectern: Restart Server”.",
            decision.crashes,
            decision.minutes,
          );
          this.lastGiveUpMessage = message;
          this.output.appendLine(`[${new Date().toISOString()}] ${message}`);
          const restart = vscode.l10n.t("Restart");
          const showLog = vscode.l10n.t("Show Log");
          void vscode.window.showErrorMessage(message, restart, showLog).then((choice) => {
            if (choice === restart) void vscode.commands.executeCommand("lectern.restartServer");
            else if (choice === showLog) this.output.show(true);
          });
          return { action: CloseAction.DoNotRestart, handled: true };
        },
      },
    };
    const client = new LecternLanguageClient("lectern", "Lectern", serverOptions, clientOptions);
    client.onDidChangeState(() => this.stateListeners.forEach((l) => l()));
    this.client = client;
    await client.start();
    return client;
  }

  async restart(): Promise<LanguageClient> {
    this.policy.reset();
    this.lastGiveUpMessage = undefined;
    await this.stop();
    return this.start();
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (client && client.state !== State.Stopped) {
      try {
        await client.stop();
      } catch (e) {
        this.output.appendLine(vscode.l10n.t("Stopping the server failed: {0}", (e as Error).message));
      }
    }
  }

  private async onLanguagesChanged(): Promise<void> {
    this.languages = enabledLanguages();
    // The document selector is fixed when a client starts; a new one picks up the change.
    if (this.client) await this.restart();
    else this.startIfNeeded();
  }

  dispose(): void {
    this.subscriptions.forEach((d) => d.dispose());
    void this.stop();
  }
}
