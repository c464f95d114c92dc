/** The shape of a check and of the context every check reads. */
import type { DocumentModel } from "./document/model";
import type { Finding } from "./findings";
import type { Settings } from "./settings";

/**
 * Workspace data a check may need (slogan packs, target tables). Features add
 * their own optional fields; the core never reads files itself.
 */
export interface WorkspaceData {
  [feature: string]: unknown;
}

export interface AnalysisContext {
  settings: Settings;
  data: WorkspaceData;
  /**
   * "fast" before the segmenter has loaded: checks that could use it for a
   * rare case must then not call it (it takes about 0.3 s to load).
   */
  phase?: "fast" | "full";
  /** Lets a long analysis stop early when the document changed again. */
  isCancelled?: () => boolean;
}

export interface Check {
  /** The feature's name, e.g. "numbering". */
  id: string;
  /** Checks that use the segmenter run in the second, slower phase. */
  needsSegmenter?: boolean;
  /**
   * Runs on documents over `lectern.maxDocumentSize` too. Only the outline's own
   * checks do (structure, numbering); the rest, and the segmenter, wait for a smaller document.
   */
  runsOnLargeDocuments?: boolean;
  run(model: DocumentModel, ctx: AnalysisContext): Finding[];
}
