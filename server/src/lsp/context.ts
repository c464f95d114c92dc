/**
 * What the feature and request handlers need from the server: its connection,
 * its documents, the settings and the client's abilities. The server implements
 * it; handlers import only this, so every import points down.
 */
import type { Connection } from "vscode-languageserver/node";
import type { AnalysisContext, Settings } from "../core";
import type { ClientAbilities } from "./client-abilities";
import type { DocumentState, DocumentStore } from "./documents";

export interface ServerContext {
  readonly connection: Connection;
  readonly store: DocumentStore;
  readonly settings: Settings;
  readonly abilities: ClientAbilities;
  /** Commands the client runs itself (initializationOptions.clientCommands), e.g. lectern.disableRule. */
  readonly clientCommands: ReadonlySet<string>;
  /** The analysis context (settings and workspace data) for the core. */
  context(): AnalysisContext;
  /** The open document's state, or an InvalidParams error for an unknown one. */
  require(uri: string): DocumentState;
}
