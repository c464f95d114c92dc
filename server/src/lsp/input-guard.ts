/**
 * The server's standard input, checked before vscode-jsonrpc reads it. A header
 * whose Content-Length is missing, not a positive integer or absurd would leave
 * the connection waiting forever: it is logged and the server exits, so the
 * client restarts it. A request whose method is not a string, or a
 * textDocument/* request without an object holding textDocument.uri, is renamed
 * to a method whose handler answers InvalidRequest or InvalidParams, so the
 * client gets an error reply instead of silence or an internal error.
 */
import { Transform, type TransformCallback } from "stream";

/** A message larger than this is no LSP message (a 256 MB .docx in base64 is 342 MB). */
export const MAX_MESSAGE_BYTES = 512 * 1024 * 1024;
const MAX_HEADER_BYTES = 8192;
/** Bodies up to this size are looked at; larger ones (a document's text) pass as they are. */
const INSPECT_BYTES = 1024 * 1024;

export const INVALID_REQUEST_METHOD = "$/lectern/invalidRequest";
export const INVALID_PARAMS_METHOD = "$/lectern/invalidParams";

export class LspInputGuard extends Transform {
  private header: Buffer = Buffer.alloc(0);
  private body: Buffer[] = [];
  private bodyLength = 0;
  private need = -1;

  constructor(private readonly fatal: (why: string) => void) {
    super();
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    let data: Buffer = chunk;
    while (data.length) {
      if (this.need < 0) {
        this.header = this.header.length ? Buffer.concat([this.header, data]) : data;
        const end = this.header.indexOf("\r\n\r\n");
        if (end < 0) {
          if (this.header.length > MAX_HEADER_BYTES) return this.stop(`a message header over ${MAX_HEADER_BYTES} bytes without its end`, done);
          break;
        }
        const text = this.header.subarray(0, end).toString("ascii");
        const m = /(?:^|\r\n)content-length:[ \t]*([^\r\n]*)/i.exec(text);
        const value = m?.[1].trim() ?? "";
        if (!/^\d{1,10}$/.test(value) || Number(value) <= 0 || Number(value) > MAX_MESSAGE_BYTES) {
          return this.stop(`bad message header: Content-Length ${m ? JSON.stringify(value) : "missing"} (a positive integer up to ${MAX_MESSAGE_BYTES} is expected)`, done);
        }
        this.need = Number(value);
        data = this.header.subarray(end + 4);
        this.header = Buffer.alloc(0);
        continue;
      }
      const take = Math.min(data.length, this.need - this.bodyLength);
      this.body.push(data.subarray(0, take));
      this.bodyLength += take;
      data = data.subarray(take);
      if (this.bodyLength === this.need) {
        const body = checked(Buffer.concat(this.body, this.bodyLength));
        this.push(Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, "ascii"));
        this.push(body);
        this.body = [];
        this.bodyLength = 0;
        this.need = -1;
      }
    }
    done();
  }

  private stop(why: string, done: TransformCallback): void {
    this.fatal(why);
    done();
  }
}

/** The body as it came, or a request renamed so that its handler answers with the right error. */
function checked(body: Buffer): Buffer {
  if (body.length > INSPECT_BYTES) return body;
  let message: unknown;
  try {
    message = JSON.parse(body.toString("utf8"));
  } catch {
    return body; // vscode-jsonrpc reports it
  }
  if (!message || typeof message !== "object" || Array.isArray(message)) return body;
  const m = message as { id?: unknown; method?: unknown; params?: unknown; result?: unknown; error?: unknown };
  const isRequestId = typeof m.id === "number" || typeof m.id === "string";
  if (!isRequestId || "result" in m || "error" in m) return body;
  if (typeof m.method !== "string") return rename(m, INVALID_REQUEST_METHOD, { why: `the method must be a string, got ${JSON.stringify(m.method ?? null)}` });
  if (m.method.startsWith("textDocument/")) {
    const p = m.params as { textDocument?: { uri?: unknown } } | null | undefined;
    if (!p || typeof p !== "object" || Array.isArray(p) || !p.textDocument || typeof p.textDocument.uri !== "string") {
      return rename(m, INVALID_PARAMS_METHOD, { why: `${m.method} needs params with textDocument.uri` });
    }
  }
  return body;
}

function rename(m: { id?: unknown }, method: string, params: { why: string }): Buffer {
  return Buffer.from(JSON.stringify({ jsonrpc: "2.0", id: m.id, method, params }), "utf8");
}
