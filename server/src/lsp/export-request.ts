/**
 * lectern/exportDocx → the open draft as a GB/T 9704 Word document (Lectern: Export
 * to Word), base64 in `data`; the client writes the file. The export code is shared
 * with the CLI (server/src/export) and loaded on the first request.
 */
import type { ServerContext } from "./context";

export interface ExportDocxResult {
  /** The .docx file's bytes, base64. */
  data: string;
}

export function registerExportRequest(server: ServerContext): void {
  server.connection.onRequest("lectern/exportDocx", async (params: { textDocument: { uri: string } }): Promise<ExportDocxResult> => {
    const text = server.store.model(server.require(params.textDocument.uri)).text;
    const { exportDocx } = await import("../export");
    const bytes = await exportDocx(text, server.settings);
    return { data: Buffer.from(bytes).toString("base64") };
  });
}
