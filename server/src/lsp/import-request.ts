/**
 * lectern/importDocx → the text of a Word draft (Lectern: Import Word Draft), as
 * its reader sees it: Word's automatic numbering written out as its visible
 * token, one paragraph a line, tracked changes accepted. The client opens it as
 * a new speech document. A file Lectern cannot read (a .doc, an encrypted or
 * damaged file) is an InvalidParams error whose message says what to do.
 */
import { ErrorCodes, ResponseError } from "vscode-languageserver/node";
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

export function registerImportRequest(server: ServerContext): void {
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
