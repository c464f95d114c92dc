/**
 * The server's own commands behind the careful suppressions of a code action:
 *   lectern.ignoreHere  {uri, code, text, before, after} → this occurrence, by its words and context;
 *   lectern.acceptWord  {uri, word}                      → the word, for the team;
 * both written to `.lectern/accepted.json` of the workspace folder that holds the
 * draft (beside the draft without one), the file's other entries kept; then the data
 * is reloaded and every open draft re-checked. Any LSP client can run them
 * (workspace/executeCommand); the answer names the file written.
 */
import * as fs from "fs";
import * as path from "path";
import { fileURLToPath } from "url";
import { ResponseError, ErrorCodes } from "vscode-languageserver/node";
import { ACCEPTED_FILE, AcceptedSchema, addAccepted, type Accepted } from "../core/accepted";
import { validateJson } from "../core/json-data";
import type { ServerContext } from "./context";

export const IGNORE_HERE_COMMAND = "lectern.ignoreHere";
export const ACCEPT_WORD_COMMAND = "lectern.acceptWord";
export const SERVER_COMMANDS = [IGNORE_HERE_COMMAND, ACCEPT_WORD_COMMAND];

/** The `.lectern/` folder for a draft: its workspace folder's (the innermost), else the draft's own folder. */
export function lecternFolderFor(uri: string, roots: readonly string[]): string | undefined {
  if (!uri.startsWith("file:")) return roots[0] && path.join(roots[0], ".lectern");
  const file = fileURLToPath(uri);
  const root = roots.filter((r) => file.startsWith(r.endsWith(path.sep) ? r : r + path.sep)).sort((a, b) => b.length - a.length)[0];
  return path.join(root ?? path.dirname(file), ".lectern");
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function writeAccepted(folder: string, entry: Parameters<typeof addAccepted>[1]): string {
  const file = path.join(folder, ACCEPTED_FILE);
  let current: Accepted = { words: [], ignore: [] };
  let extra: Record<string, unknown> = {};
  if (fs.existsSync(file)) {
    const text = fs.readFileSync(file, "utf8");
    const r = validateJson(text, AcceptedSchema);
    // A file the team broke is not overwritten: its problems are shown on it.
    if (!r.ok) throw new ResponseError(ErrorCodes.InvalidRequest, `${file}: ${r.problems[0]?.message ?? "invalid"}; fix it first`);
    current = r.value;
    // Comments are allowed in the file but not kept: the entries are rewritten as JSON.
    extra = { $schema: r.value.$schema };
  }
  const next = addAccepted(current, entry, today());
  if (next === current) return file;
  fs.mkdirSync(folder, { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify({ ...extra, words: next.words, ignore: next.ignore }, null, 2) + "\n");
  fs.renameSync(tmp, file);
  return file;
}

export function registerAcceptCommands(server: ServerContext & { roots: readonly string[]; reloadData(): void }): void {
  server.connection.onExecuteCommand(({ command, arguments: args }) => {
    const a = (args?.[0] ?? {}) as Record<string, unknown>;
    const str = (k: string) => (typeof a[k] === "string" ? (a[k] as string) : undefined);
    const uri = str("uri");
    if (!uri) throw new ResponseError(ErrorCodes.InvalidParams, `${command}: a uri is required`);
    const folder = lecternFolderFor(uri, server.roots);
    if (!folder) throw new ResponseError(ErrorCodes.InvalidRequest, `${command}: no folder to keep .lectern/${ACCEPTED_FILE} in for ${uri}`);
    let file: string;
    if (command === IGNORE_HERE_COMMAND) {
      const [code, text, before, after] = [str("code"), str("text"), str("before"), str("after")];
      if (!code || !text || before === undefined || after === undefined) throw new ResponseError(ErrorCodes.InvalidParams, `${command}: code, text, before and after are required`);
      file = writeAccepted(folder, { code, text, before, after });
    } else if (command === ACCEPT_WORD_COMMAND) {
      const word = str("word");
      if (!word) throw new ResponseError(ErrorCodes.InvalidParams, `${command}: a word is required`);
      file = writeAccepted(folder, { word });
    } else throw new ResponseError(ErrorCodes.MethodNotFound, `unknown command ${command}`);
    server.reloadData();
    return { file };
  });
}
