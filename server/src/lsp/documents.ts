/** Per-document state: the text, and the model and findings for its current version. */
import { TextDocument } from "vscode-languageserver-textdocument";
import { parseDocument, type DocumentModel, type Finding } from "../core";

export interface DocumentState {
  doc: TextDocument;
  model?: DocumentModel;
  modelVersion?: number;
  /** Findings of the last complete analysis, and the version they belong to. */
  findings?: Finding[];
  findingsVersion?: number;
  timer?: NodeJS.Timeout;
}

export class DocumentStore {
  private readonly docs = new Map<string, DocumentState>();

  open(uri: string, languageId: string, version: number, text: string): DocumentState {
    const state: DocumentState = { doc: TextDocument.create(uri, languageId, version, text) };
    this.close(uri);
    this.docs.set(uri, state);
    return state;
  }

  get(uri: string): DocumentState | undefined {
    return this.docs.get(uri);
  }

  all(): IterableIterator<[string, DocumentState]> {
    return this.docs.entries();
  }

  close(uri: string): void {
    const s = this.docs.get(uri);
    if (s?.timer) clearTimeout(s.timer);
    this.docs.delete(uri);
  }

  /** The model for the document's current version, parsed once per version. */
  model(state: DocumentState): DocumentModel {
    if (!state.model || state.modelVersion !== state.doc.version) {
      state.model = parseDocument(state.doc.getText());
      state.modelVersion = state.doc.version;
    }
    return state.model;
  }
}
