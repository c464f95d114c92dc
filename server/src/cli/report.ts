/** One file's findings as the CLI reports them, whatever the output format. */
import type { toCliDiagnostic } from "../service/lsp-shapes";

export interface FileReport {
  path: string;
  diagnostics: ReturnType<typeof toCliDiagnostic>[];
  /** The text the ranges point into, when there is one (for fingerprints). */
  text?: string;
}
