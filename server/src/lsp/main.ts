/**
 * The language server entry point. VS Code starts it over IPC; other editors
 * run `lectern-language-server --stdio`. vscode-languageserver picks the
 * transport from the command line (--stdio, --node-ipc, --socket=N).
 */
import { createConnection, ProposedFeatures } from "vscode-languageserver/node";
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
startServer(createConnection(ProposedFeatures.all));
