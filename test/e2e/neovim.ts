import type { StageResult } from "./extension-host";
export async function runNeovimChecks(): Promise<StageResult> { return { passed: 0, failed: 1, failures: ["neovim: not written yet"] }; }
