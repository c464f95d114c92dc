/**
 * The language server entry point. VS Code starts it over IPC; other editors
 * run `lectern-language-server --stdio`. vscode-languageserver picks the
 * transport from the command line (--stdio, --node-ipc, --socket=N).
 */
import { format } from "util";
import { createConnection, ErrorCodes, ProposedFeatures, ResponseError, type Connection } from "vscode-languageserver/node";
import { INVALID_PARAMS_METHOD, INVALID_REQUEST_METHOD, LspInputGuard } from "./input-guard";
import { startServer } from "./server";

if (process.argv.includes("--version")) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  console.log(`lectern-language-server ${require("../../../package.json").version}`);
  process.exit(0);
}
if (!process.argv.some((a) => a === "--stdio" || a.startsWith("--node-ipc") || a.startsWith("--socket") || a.startsWith("--pipe"))) {
  console.error("usage: lectern-language-server --stdio   (VS Code starts it over IPC itself)");
  process.exit(2);
}
// A promise the client rejects (a refused registration, a write after the client went away) is
// logged, never the end of the server.
process.on("unhandledRejection", (reason) => console.error(`lectern: unhandled rejection: ${(reason as Error)?.stack ?? reason}`));
let connection: Connection;
if (process.argv.includes("--stdio")) {
  // Standard input goes through the guard (bad headers end the server, malformed requests get error replies).
  const input = new LspInputGuard((why) => {
    process.stderr.write(`lectern-language-server: ${why}; exiting so that the client restarts the server\n`);
    process.exit(1);
  });
  process.stdin.pipe(input);
  connection = createConnection(ProposedFeatures.all, input, process.stdout);
  // As vscode-languageserver does for --stdio: console output goes to the client's log, never into the protocol.
  const log = (write: (s: string) => void) => (...args: unknown[]) => write(format(...args));
  console.log = log((s) => connection.console.log(s));
  console.info = log((s) => connection.console.info(s));
  console.warn = log((s) => connection.console.warn(s));
  console.error = log((s) => connection.console.error(s));
  console.debug = log((s) => connection.console.log(s));
} else connection = createConnection(ProposedFeatures.all);
connection.onRequest(INVALID_REQUEST_METHOD, (p: { why?: string }) => {
  throw new ResponseError(ErrorCodes.InvalidRequest, `invalid request: ${p?.why ?? "bad method"}`);
});
connection.onRequest(INVALID_PARAMS_METHOD, (p: { why?: string }) => {
  throw new ResponseError(ErrorCodes.InvalidParams, `invalid params: ${p?.why ?? "bad params"}`);
});
startServer(connection);
