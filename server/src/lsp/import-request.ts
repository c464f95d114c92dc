/**
 * lectern/importDocx → the text of a Word draft (Lectern: Import Word Draft), as
 * its reader sees it: Word's automatic numbering written out as its visible
 * token, one paragraph a line, tracked changes accepted. The client opens it as
 * a new speech document. lectern/reviewDocx → the reviewed copy of a .docx, with
 * Word comments (and tracked changes) as `lectern review` writes it. A file Lectern
 * cannot read (a .doc, an encrypted or damaged file) is an InvalidParams error whose
 * message says what to do.
 */
import { ErrorCodes, ResponseError } from "vscode-languageserver/node";
import { analyze, parseDocument } from "../core";
import { combinedFixes } from "../service/fixes";
import type { ServerContext } from "./context";

export interface ImportDocxParams {
  /** The .docx file's bytes, base64. */
  data: string;
  /** The file's name, for messages. */
  name: string;
}

export interface ImportDocxResult {
  text: string;
  paragraphs: number;
}

export interface ReviewDocxParams extends ImportDocxParams {
  /** Also write the safe fixes as tracked changes (as `lectern review --track-changes`). */
  trackChanges?: boolean;
}

export interface ReviewDocxResult {
  /** The reviewed copy's bytes, base64: a comment (批注) on each finding. */
  data: string;
  comments: number;
  trackedChanges: number;
  /** Findings of error severity: what is still open. */
  errors: number;
}

export function registerImportRequest(server: ServerContext): void {
  /**
   * lectern/reviewDocx → the reviewed Word copy of a .docx (Lectern: Write Reviewed Word Copy),
   * as `lectern review` writes it: one comment per finding, the safe fixes as tracked changes on request.
   */
  server.connection.onRequest("lectern/reviewDocx", async (params: ReviewDocxParams): Promise<ReviewDocxResult> => {
    if (typeof params?.data !== "string") throw new ResponseError(ErrorCodes.InvalidParams, "lectern/reviewDocx needs the file's bytes in data (base64)");
    const { readDocx, reviewDocx, WordError } = await import("../word");
    try {
      const word = readDocx(Buffer.from(params.data, "base64"), String(params.name ?? "draft.docx"));
      const findings = analyze(parseDocument(word.text, { headingLevels: word.headingLevels }), server.context());
      const result = reviewDocx(word, findings, { edits: params.trackChanges ? combinedFixes(findings, true).edits : [] });
      return { data: Buffer.from(result.bytes).toString("base64"), comments: result.comments, trackedChanges: result.trackedChanges, errors: findings.filter((f) => f.severity === "error").length };
    } catch (e) {
      if (e instanceof WordError) throw new ResponseError(ErrorCodes.InvalidParams, e.message);
      throw e;
    }
  });

  server.connection.onRequest("lectern/importDocx", async (params: ImportDocxParams): Promise<ImportDocxResult> => {
    if (typeof params?.data !== "string") throw new ResponseError(ErrorCodes.InvalidParams, "lectern/importDocx needs the file's bytes in data (base64)");
    const { readDocx, WordError } = await import("../word");
    try {
      const doc = readDocx(Buffer.from(params.data, "base64"), String(params.name ?? "draft.docx"));
      return { text: doc.text, paragraphs: doc.paragraphs.length };
    } catch (e) {
      if (e instanceof WordError) throw new ResponseError(ErrorCodes.InvalidParams, e.message);
      throw e;
    }
  });
}
