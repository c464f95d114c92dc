/** LSP glue: documents, settings, workspace data and diagnostics over the pure core. */
import * as path from "path";
import { fileURLToPath, pathToFileURL } from "url";
import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  MessageType,
  ShowMessageNotification,
  ResponseError,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type WorkspaceFolder,
} from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import {
  analyze,
  isSegmenterLoaded,
  loadSegmenter,
  readSettings,
  LineIndex,
  type AnalysisContext,
  type Settings,
} from "../core";
import { loadWorkspaceData, type LoadedData } from "../service/data-files";
import { toDiagnostic } from "../service/lsp-shapes";
import type { ServerContext } from "./context";
import { DocumentStore, type DocumentState } from "./documents";
import { registerFeatures, SEMANTIC_LEGEND } from "./features";
import { registerRequests } from "./requests";
import { registerAcceptCommands, SERVER_COMMANDS } from "./accept-command";
import { DataWatcher } from "./watch";
import { ruleHref } from "./rule-pages";
import { MemoryKeeper, registerMemoryRequest } from "./memory";
import { FULL_ABILITIES, readClientAbilities, type ClientAbilities } from "./client-abilities";

/**
 * Server → client notification `{uri, version, complete}`: the full analysis of
 * that version has ended and its diagnostics are published; `complete: false`
 * when it could not run whole (the segmenter failed to load, or the analysis threw).
 */
export const ANALYSIS_DONE = "lectern/analysisDone";

/**
 * The bundle's launcher (scripts/launcher.js) keeps a V8 code cache; the functions compiled
 * by the first complete analysis are the ones the next start needs, so that is when it is
 * written (once, after the answer is out). Absent when running from source.
 */
let codeCacheSaved = false;
function saveCodeCacheOnce(): void {
  if (codeCacheSaved) return;
  codeCacheSaved = true;
  const save = (globalThis as Record<symbol, unknown>)[Symbol.for("lectern.saveCodeCache")];
  if (typeof save === "function") setTimeout(save as () => void, 0).unref();
}

export class LecternServer implements ServerContext {
  readonly store = new DocumentStore();
  settings: Settings;
  data: LoadedData = { data: {}, problems: [], files: [] };
  roots: string[] = [];
  private initOptions: unknown;
  private canConfigure = false;
  private canWatch = false;
  /** What the client can show: hierarchical symbols, Markdown, snippets. */
  abilities: ClientAbilities = FULL_ABILITIES;
  private canTrackFolders = false;
  /** Commands the client runs itself (initializationOptions.clientCommands), e.g. lectern.disableRule. */
  clientCommands = new Set<string>();
  private dataDiagnosticUris = new Set<string>();
  private watcher?: DataWatcher;
  private readonly memory = new MemoryKeeper();
  private segmenterFailureShown = false;

  constructor(readonly connection: Connection) {
    this.settings = readSettings({}).settings;
  }

  context(): AnalysisContext {
    return { settings: this.settings, data: this.data.data };
  }

  /** The state of an open document, or an LSP error a client can understand. */
  require(uri: string): DocumentState {
    const s = this.store.get(uri);
    if (!s) throw new ResponseError(ErrorCodes.InvalidParams, `document not open: ${uri}`);
    return s;
  }

  log(message: string): void {
    this.connection.console.log(message);
  }

  initialize(params: InitializeParams): InitializeResult {
    this.initOptions = params.initializationOptions;
    const commands = flatOptions(params.initializationOptions).clientCommands;
    this.clientCommands = new Set(Array.isArray(commands) ? commands.filter((c): c is string => typeof c === "string") : []);
    const caps = params.capabilities;
    this.canConfigure = !!caps.workspace?.configuration;
    this.canWatch = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    this.abilities = readClientAbilities(caps);
    this.canTrackFolders = !!caps.workspace?.workspaceFolders;
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : params.rootPath ? [pathToFileURL(params.rootPath).href] : []);
    this.roots = folders.filter((u) => u.startsWith("file:")).map((u) => fileURLToPath(u));
    this.applySettings(this.initOptions);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        documentSymbolProvider: { label: "Lectern" },
        foldingRangeProvider: true,
        hoverProvider: true,
        completionProvider: { triggerCharacters: [] , resolveProvider: false },
        codeActionProvider: { codeActionKinds: ["quickfix", "source.fixAll.lectern"] },
        semanticTokensProvider: { legend: SEMANTIC_LEGEND, full: true },
        executeCommandProvider: { commands: SERVER_COMMANDS },
        // Each folder's .lectern/ packs and targets load; a folder added later loads when it is added.
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: "lectern" },
    };
  }

  async initialized(): Promise<void> {
    // A client may refuse a registration it claimed to support: settings then come pushed, and the
    // server's own watcher (reloadData) still sees pack changes.
    const refused = (what: string) => (e: unknown) => this.log(`the client refused to register ${what}: ${(e as Error).message}`);
    if (this.canConfigure) {
      this.connection.client.register(DidChangeConfigurationNotification.type, { section: "lectern" }).catch(refused("configuration changes"));
      await this.pullSettings();
    }
    if (this.canTrackFolders) {
      this.connection.workspace.onDidChangeWorkspaceFolders(({ added, removed }) => this.foldersChanged(added, removed));
    }
    if (this.canWatch) {
      this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: "**/.lectern/*.json" }, { globPattern: "**/.lectern/sources/*" }] }).catch(refused("file watching"));
    }
    this.reloadData();
  }

  foldersChanged(added: WorkspaceFolder[], removed: WorkspaceFolder[]): void {
    const paths = (fs: WorkspaceFolder[]) => fs.filter((f) => f.uri.startsWith("file:")).map((f) => fileURLToPath(f.uri));
    const gone = new Set(paths(removed));
    this.roots = [...new Set([...this.roots.filter((r) => !gone.has(r)), ...paths(added)])];
    this.reloadData();
  }

  async pullSettings(): Promise<void> {
    if (!this.canConfigure) return;
    try {
      const [section] = await this.connection.workspace.getConfiguration([{ section: "lectern" }]);
      // initializationOptions first, then what the client's configuration says.
      this.applySettings({ ...flatOptions(this.initOptions), ...prefixed(section) });
    } catch (e) {
      this.log(`could not read configuration: ${(e as Error).message}`);
    }
  }

  /** Pulls settings from clients that answer workspace/configuration; takes the pushed ones from the rest. */
  async configurationChanged(pushed: unknown): Promise<void> {
    if (this.canConfigure) await this.pullSettings();
    else if (pushed) this.applySettings({ ...flatOptions(this.initOptions), ...flatOptions(pushed) });
    this.reloadData();
  }

  applySettings(raw: unknown): void {
    const { settings, problems } = readSettings(raw);
    this.settings = settings;
    for (const p of problems) {
      this.connection.console.warn(`settings: ${p.message}`);
      void this.connection.window.showWarningMessage(`Lectern: ${p.message}`);
    }
  }

  /** Reloads packs and target tables, publishes their problems, re-analyses open documents. */
  reloadData(): void {
    try {
      this.data = loadWorkspaceData(this.roots, this.settings);
    } catch (e) {
      this.log(`could not load workspace data: ${(e as Error).stack ?? e}`);
      return;
    }
    const published = new Set<string>();
    for (const file of this.data.problems) {
      const uri = pathToFileURL(file.path).href;
      const index = new LineIndex(file.text);
      published.add(uri);
      void this.connection.sendDiagnostics({
        uri,
        diagnostics: file.problems.map((p) => ({
          range: index.range(p.span),
          severity: 1,
          code: file.code,
          source: "lectern",
          message: `${p.path}: ${p.message}`,
        })),
      });
    }
    for (const uri of this.dataDiagnosticUris) if (!published.has(uri)) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    this.dataDiagnosticUris = published;
    this.watcher?.dispose();
    this.watcher = new DataWatcher([...this.roots.flatMap((r) => [path.join(r, ".lectern"), path.join(r, ".lectern", "sources")]), ...this.data.files], () => this.reloadData());
    for (const [uri] of this.store.all()) this.schedule(uri, 0);
  }

  schedule(uri: string, delay = this.settings["lectern.diagnostics.delay"]): void {
    const state = this.store.get(uri);
    if (!state) return;
    if (state.timer) clearTimeout(state.timer);
    state.timer = setTimeout(() => this.validate(uri, state.doc.version), delay);
  }

  /**
   * Publishes diagnostics for one version. Before the segmenter has loaded,
   * the fast checks (outline, numbering, slogans) are published first, then
   * the full set once it has; a newer version cancels both. When the full
   * phase has ended for a version that is still current, `lectern/analysisDone`
   * says so (after its diagnostics), so a client or test need not guess from a quiet period.
   */
  validate(uri: string, version: number): void {
    const state = this.store.get(uri);
    if (!state || state.doc.version !== version) return;
    state.timer = undefined;
    const ctx: AnalysisContext = { ...this.context(), isCancelled: () => this.store.get(uri)?.doc.version !== version };
    const done = (complete: boolean) => {
      if (!ctx.isCancelled!()) void this.connection.sendNotification(ANALYSIS_DONE, { uri, version, complete });
      if (complete) saveCodeCacheOnce();
    };
    const publish = (phase: "fast" | "full"): boolean => {
      try {
        const model = this.store.model(state);
        const findings = analyze(model, ctx, { phase });
        if (ctx.isCancelled!()) return false;
        if (phase === "full") {
          state.findings = findings;
          state.findingsVersion = version;
        }
        void this.connection.sendDiagnostics({ uri, version, diagnostics: findings.map((f) => withRulePage(toDiagnostic(f, model, uri))) });
        if (phase === "full") this.memory.analysed();
        return true;
      } catch (e) {
        // A document whose analysis throws gets nothing published; the server lives on.
        this.connection.console.error(`analysis of ${uri} failed: ${(e as Error).stack ?? e}`);
        return false;
      }
    };
    // Over the size limit no check that needs the segmenter runs, so it is not loaded for it.
    if (isSegmenterLoaded() || state.doc.getText().length > this.settings["lectern.maxDocumentSize"]) {
      done(publish("full"));
      return;
    }
    publish("fast");
    setImmediate(() => {
      if (ctx.isCancelled!()) return;
      try {
        loadSegmenter();
      } catch (e) {
        this.segmenterFailed((e as Error).message);
        done(false);
        return;
      }
      done(publish("full"));
    });
  }

  /**
   * The segmenter could not load: the fast findings stay, and the user is told
   * once (the log has every attempt) that figure and typo checks are not running.
   */
  private segmenterFailed(reason: string): void {
    this.connection.console.error(`could not load the word segmenter: ${reason}`);
    if (this.segmenterFailureShown) return;
    this.segmenterFailureShown = true;
    void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Error, message: `Lectern: the word segmenter could not load (${reason}); figure and typo checks are not running. See the Lectern server log.` });
  }
}

/** A diagnostic with a link to its code's page (codeDescription, LSP 3.16). */
function withRulePage<D extends { code: string }>(d: D): D & { codeDescription?: { href: string } } {
  const href = ruleHref(d.code);
  return href ? { ...d, codeDescription: { href } } : d;
}

function flatOptions(options: unknown): Record<string, unknown> {
  return options && typeof options === "object" && !Array.isArray(options) ? (options as Record<string, unknown>) : {};
}

/** `workspace/configuration` for section "lectern" returns the object under "lectern". */
function prefixed(section: unknown): Record<string, unknown> {
  return section && typeof section === "object" ? { lectern: section } : {};
}

export function startServer(connection: Connection): LecternServer {
  const server = new LecternServer(connection);
  connection.onInitialize((p) => server.initialize(p));
  connection.onInitialized(() => void server.initialized());

  connection.onDidOpenTextDocument(({ textDocument: t }) => {
    server.store.open(t.uri, t.languageId, t.version, t.text);
    server.schedule(t.uri, 0);
  });
  connection.onDidChangeTextDocument(({ textDocument, contentChanges }) => {
    const state = server.store.get(textDocument.uri);
    if (!state) return server.log(`change for a document that is not open: ${textDocument.uri}`);
    if (textDocument.version !== null && textDocument.version <= state.doc.version) {
      return server.log(`ignored change to ${textDocument.uri}: version ${textDocument.version} is not newer than ${state.doc.version}`);
    }
    try {
      state.doc = TextDocument.update(state.doc, contentChanges, textDocument.version ?? state.doc.version + 1);
    } catch (e) {
      return server.log(`could not apply change to ${textDocument.uri}: ${(e as Error).message}`);
    }
    server.schedule(textDocument.uri);
  });
  connection.onDidCloseTextDocument(({ textDocument }) => {
    server.store.close(textDocument.uri);
    void connection.sendDiagnostics({ uri: textDocument.uri, diagnostics: [] });
  });
  connection.onDidChangeConfiguration((change) => void server.configurationChanged(change.settings));
  connection.onDidChangeWatchedFiles(() => server.reloadData());

  registerFeatures(server);
  registerMemoryRequest(connection);
  registerRequests(server);
  registerAcceptCommands(server);
  connection.listen();
  return server;
}
