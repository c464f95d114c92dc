/**
 * Keeps a long-lived server's memory flat. V8 grows its heap under the steady
 * allocation of re-analysis on every keystroke and is slow to give the pages
 * back; a full collection after every so many analyses returns them.
 */
import * as v8 from "v8";
import * as vm from "vm";
import type { Connection } from "vscode-languageserver/node";
import { segmenterMemoryBytes } from "../core/segmenter";

let collect: (() => void) | undefined;
try {
  v8.setFlagsFromString("--expose-gc");
  collect = vm.runInNewContext("gc") as () => void;
} catch {
  collect = undefined; // a runtime without the flag just keeps V8's own policy
}

export class MemoryKeeper {
  private analyses = 0;
  constructor(private readonly every = 100) {}

  /** Call after each analysis. */
  analysed(): void {
    if (++this.analyses % this.every === 0) collect?.();
  }
}

/** `lectern/memory`: the server's memory, for the benchmark and the reliability tests. */
export function registerMemoryRequest(connection: Connection): void {
  connection.onRequest("lectern/memory", () => ({
    ...process.memoryUsage(),
    segmenter: segmenterMemoryBytes(),
    spaces: Object.fromEntries(v8.getHeapSpaceStatistics().map((s) => [s.space_name, s.space_size])),
  }));
}
