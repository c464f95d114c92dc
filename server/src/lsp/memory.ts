/**
 * Keeps a long-lived server's memory flat. Re-analysis on every keystroke is
 * a steady allocation, and V8 answers it by doubling its young generation and
 * by keeping the old-space pages each full collection leaves fragmented; it
 * only gives them back after about 8 s of idleness. For a server typed into
 * for hours the young generation stays at its starting size and the periodic
 * full collection compacts: over 1,000 edits of the 98 KB report RSS went
 * from +26% to +3% (see the README's Performance section).
 */
import * as v8 from "v8";
import * as vm from "vm";
import type { Connection } from "vscode-languageserver/node";
import { segmenterMemoryBytes } from "../core/segmenter";

/**
 * V8 reads both flags at each collection, so they take effect when set at run
 * time (heap-size flags such as --max-semi-space-size do not). Only the server
 * sets them: the CLI is short-lived and gains from V8's default sizing.
 */
const LONG_SESSION_HEAP_FLAGS = ["--semi-space-growth-factor=1", "--compact-on-every-full-gc"];
for (const flag of LONG_SESSION_HEAP_FLAGS) {
  try {
    v8.setFlagsFromString(flag);
  } catch {
    // a runtime that lacks the flag keeps its default
  }
}

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
