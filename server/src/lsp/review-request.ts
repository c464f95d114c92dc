/**
 * lectern/review: what changed between another version (its text, sent by the
 * client: another file or the file at git HEAD) and an open document, as the
 * core's Review (Lectern: Compare with…). Shapes: client/src/protocol.ts.
 */
import { ResponseError, ErrorCodes } from "vscode-languageserver/node";
import { reviewChanges, type Review } from "../core/review";
import type { ServerContext } from "./context";

export const REVIEW_REQUEST = "lectern/review";

export interface ReviewParams {
  textDocument: { uri: string };
  /** The other version's text: the old side. */
  oldText: string;
}

export function registerReviewRequest(server: ServerContext): void {
  server.connection.onRequest(REVIEW_REQUEST, (params: ReviewParams): Review => {
    const state = server.require(params.textDocument.uri);
    if (typeof params.oldText !== "string") throw new ResponseError(ErrorCodes.InvalidParams, "lectern/review needs oldText, the other version's text");
    const limit = server.settings["lectern.maxDocumentSize"];
    if (params.oldText.length > limit || state.doc.getText().length > limit) throw new ResponseError(ErrorCodes.InvalidParams, `a version is over lectern.maxDocumentSize (${limit}); not compared`);
    return reviewChanges(params.oldText.replace(/^\uFEFF/, ""), state.doc.getText(), server.context());
  });
}
