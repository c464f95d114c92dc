/**
 * A real LSP client for tests: spawns the built server (dist/server.js --stdio)
 * and speaks to it with vscode-languageserver's own protocol connection.
 */
import { spawn, type ChildProcess } from "child_process";
import * as path from "path";
import { pathToFileURL } from "url";
import {
  createProtocolConnection,
  ErrorCodes,
  ResponseError,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
  type ClientCapabilities,
} from "vscode-languageserver/node";

export const SERVER_JS = path.resolve(__dirname, "../../dist/server.js");

export interface StartOptions {
  /** Flat `lectern.*` settings sent as initializationOptions. */
  settings?: Record<string, unknown>;
  /** Answered to workspace/configuration (the object under "lectern"); when set, the client claims the capability. */
  configuration?: Record<string, unknown>;
  /** The workspace folder (for .lectern/ packs and targets). */
  rootDir?: string;
  capabilities?: ClientCapabilities;
  /** Answer the server's own requests (registerCapability, configuration, showMessageRequest) with errors, as some clients do. */
  refuseServerRequests?: boolean;
  /** Another server bundle than dist/server.js, and variables added to its environment. */
  serverJs?: string;
  env?: Record<string, string>;
}

export function fileUri(p: string): string {
  return pathToFileURL(p).href;
}

export class LspTestClient {
  readonly diagnostics = new Map<string, PublishDiagnosticsParams[]>();
  readonly messages: { type: number; message: string }[] = [];
  /** `lectern/analysisDone` notifications: uri → versions whose full analysis has ended. */
  readonly analysed = new Map<string, Set<number>>();
  /** Every `lectern/analysisDone`, with how many publications for its uri had arrived before it. */
  readonly analysisLog: { uri: string; version: number; complete: boolean; publishedBefore: number }[] = [];
  stderr = "";
  private waiters: (() => void)[] = [];
  configuration?: Record<string, unknown>;

  private constructor(
    readonly proc: ChildProcess,
    readonly connection: ProtocolConnection,
  ) {}

  static async start(options: StartOptions = {}): Promise<LspTestClient> {
    const proc = spawn(process.execPath, [options.serverJs ?? SERVER_JS, "--stdio"], { stdio: ["pipe", "pipe", "pipe"], env: { ...process.env, ...options.env } });
    const connection = createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    const client = new LspTestClient(proc, connection);
    client.configuration = options.configuration;
    proc.stderr!.on("data", (d) => (client.stderr += d.toString()));
    connection.onNotification("textDocument/publishDiagnostics", (p: PublishDiagnosticsParams) => {
      const list = client.diagnostics.get(p.uri) ?? [];
      list.push(p);
      client.diagnostics.set(p.uri, list);
      client.wake();
    });
    connection.onNotification("lectern/analysisDone", (p: { uri: string; version: number; complete: boolean }) => {
      client.analysisLog.push({ uri: p.uri, version: p.version, complete: p.complete, publishedBefore: client.diagnostics.get(p.uri)?.length ?? 0 });
      const set = client.analysed.get(p.uri) ?? new Set<number>();
      set.add(p.version);
      client.analysed.set(p.uri, set);
      client.wake();
    });
    connection.onNotification("window/logMessage", (p: { type: number; message: string }) => client.messages.push(p));
    connection.onNotification("window/showMessage", (p: { type: number; message: string }) => client.messages.push(p));
    const refuse = () => new ResponseError(ErrorCodes.MethodNotFound, "not supported by this client");
    if (options.refuseServerRequests) {
      for (const method of ["client/registerCapability", "window/showMessageRequest", "workspace/configuration"]) connection.onRequest(method, refuse);
    } else {
      connection.onRequest("client/registerCapability", () => null);
      connection.onRequest("window/showMessageRequest", () => null);
      connection.onRequest("workspace/configuration", (p: { items: { section?: string }[] }) => p.items.map(() => client.configuration ?? {}));
    }
    connection.listen();
    const rootUri = options.rootDir ? fileUri(options.rootDir) : null;
    await connection.sendRequest("initialize", {
      processId: process.pid,
      rootUri,
      workspaceFolders: options.rootDir ? [{ uri: rootUri, name: path.basename(options.rootDir) }] : null,
      initializationOptions: options.settings ?? {},
      capabilities: options.capabilities ?? {
        workspace: { configuration: !!options.configuration },
        // What VS Code claims for the features Lectern serves.
        textDocument: {
          publishDiagnostics: { relatedInformation: true, versionSupport: true },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
          hover: { contentFormat: ["markdown", "plaintext"] },
          completion: { completionItem: { snippetSupport: true, documentationFormat: ["markdown", "plaintext"] } },
        },
      },
    });
    await connection.sendNotification("initialized", {});
    return client;
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }

  open(uri: string, text: string, languageId = "speech", version = 1): void {
    void this.connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId, version, text } });
  }

  change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): void {
    void this.connection.sendNotification("textDocument/didChange", { textDocument: { uri, version }, contentChanges: changes });
  }

  close(uri: string): void {
    void this.connection.sendNotification("textDocument/didClose", { textDocument: { uri } });
  }

  request<R = unknown>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  notify(method: string, params: unknown): void {
    void this.connection.sendNotification(method, params);
  }

  /** Waits for a publishDiagnostics for `uri` that satisfies `accept` (counting from now unless `includePast`). */
  async waitForDiagnostics(
    uri: string,
    accept: (p: PublishDiagnosticsParams) => boolean = () => true,
    timeoutMs = 15000,
    includePast = false,
  ): Promise<PublishDiagnosticsParams> {
    const seen = includePast ? 0 : (this.diagnostics.get(uri)?.length ?? 0);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const list = this.diagnostics.get(uri) ?? [];
      for (let i = seen; i < list.length; i++) if (accept(list[i])) return list[i];
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms (got ${list.length}); server stderr: ${this.stderr.slice(-2000)}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  /** Waits until the server says the full analysis of `version` has ended (`lectern/analysisDone`). */
  async analysisDone(uri: string, version: number, timeoutMs = 15000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.analysed.get(uri)?.has(version)) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no lectern/analysisDone for ${uri} version ${version} within ${timeoutMs} ms; server stderr: ${this.stderr.slice(-2000)}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  /**
   * The diagnostics for `uri` once the full (segmenter) phase has run for `version`:
   * the server's lectern/analysisDone follows that version's last publication.
   */
  async settledDiagnostics(uri: string, version: number, timeoutMs = 15000): Promise<PublishDiagnosticsParams> {
    await this.analysisDone(uri, version, timeoutMs);
    const list = (this.diagnostics.get(uri) ?? []).filter((p) => p.version === version);
    if (!list.length) throw new Error(`lectern/analysisDone for ${uri} version ${version} without diagnostics for it`);
    return list[list.length - 1];
  }

  get alive(): boolean {
    return this.proc.exitCode === null && this.proc.signalCode === null;
  }

  async stop(): Promise<void> {
    if (this.alive) {
      try {
        await Promise.race([this.connection.sendRequest("shutdown"), new Promise((r) => setTimeout(r, 2000))]);
        void this.connection.sendNotification("exit");
      } catch {
        /* already gone */
      }
      await new Promise<void>((resolve) => {
        const t = setTimeout(() => {
          this.proc.kill("SIGKILL");
          resolve();
        }, 2000);
        this.proc.once("exit", () => {
          clearTimeout(t);
          resolve();
        });
      });
    }
    this.connection.dispose();
  }
}
