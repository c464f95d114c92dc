/**
 * `lectern check --format github`: GitHub Actions workflow commands, one per
 * finding, so findings show on a pull request's diff with no upload step.
 * Lines and columns are 1-based; columns count UTF-16 code units.
 */
import * as path from "path";
import type { Severity } from "../core";
import type { FileReport } from "./report";

const COMMAND: Record<Severity, "error" | "warning" | "notice"> = { error: "error", warning: "warning", information: "notice", hint: "notice" };

/** The escaping of a workflow command's message. */
export function escapeData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** The escaping of a workflow command's property values: also `:` and `,`. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

export function githubAnnotations(reports: FileReport[], cwd: string): string[] {
  const out: string[] = [];
  for (const r of reports) {
    const rel = path.relative(cwd, path.resolve(cwd, r.path));
    const file = (rel.startsWith("..") || path.isAbsolute(rel) ? r.path : rel).split(path.sep).join("/");
    for (const d of r.diagnostics) {
      const { start, end } = d.range;
      const props = [`file=${escapeProperty(file)}`, `line=${start.line + 1}`, `col=${start.character + 1}`, `endLine=${end.line + 1}`, `endColumn=${end.character + 1}`, `title=${escapeProperty(`Lectern ${d.code}`)}`];
      out.push(`::${COMMAND[d.severity]} ${props.join(",")}::${escapeData(d.message)}`);
    }
  }
  return out;
}
