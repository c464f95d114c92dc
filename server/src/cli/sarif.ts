/**
 * `lectern check --format sarif`: SARIF 2.1.0 for code-scanning tools. Rule
 * metadata comes from the rule definitions; columns are UTF-16 code units, as
 * the editor's; fingerprints hash what a finding is about, not where it is, so
 * an edit elsewhere in the file keeps every other finding's identity.
 */
import { createHash } from "crypto";
import * as path from "path";
import { pathToFileURL } from "url";
import { allRules, type RuleInfo, type Severity } from "../core";
import type { FileReport } from "./report";

const LEVEL: Record<Severity, "error" | "warning" | "note"> = { error: "error", warning: "warning", information: "note", hint: "note" };
export const FINGERPRINT_KEY = "lecternFinding/v1";
const SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";

/** What a rule is called in SARIF's `name`: the code's last part in words (numbering.sequence → NumberingSequence). */
function ruleName(code: string): string {
  return code
    .split(/[.-]/)
    .map((p) => p.charAt(0).toUpperCase() + p.slice(1))
    .join("");
}

function ruleDescriptor(r: RuleInfo) {
  const feature = r.code.split(".")[0];
  return {
    id: r.code,
    name: ruleName(r.code),
    shortDescription: { text: r.description },
    fullDescription: { text: r.description },
    help: { text: `${r.description} Severity can be changed with lectern.rules or --rule ${r.code}=LEVEL.`, markdown: `${r.description}\n\nSeverity can be changed with \`lectern.rules\` or \`--rule ${r.code}=LEVEL\`.` },
    defaultConfiguration: { level: LEVEL[r.severity] },
    properties: { tags: [feature] },
  };
}

/** A file's URI as SARIF wants it: relative to the working folder when inside it, with `/` and percent-encoding. */
export function artifactUri(file: string, cwd: string): { uri: string; uriBaseId?: string } {
  const rel = path.relative(cwd, path.resolve(cwd, file));
  if (rel && !rel.startsWith("..") && !path.isAbsolute(rel)) return { uri: rel.split(path.sep).map(encodeURIComponent).join("/"), uriBaseId: "SRCROOT" };
  return { uri: pathToFileURL(path.resolve(cwd, file)).href };
}

/** Whitespace-insensitive text of a line, so re-indenting or rewrapping spaces keeps the fingerprint. */
function normalizeLine(line: string): string {
  return line.replace(/[\s\u3000]+/g, " ").trim();
}

/**
 * The finding's identity: its code, the normalized text of its line and the
 * highlighted words, and how many identical ones come before it in the file.
 * Line numbers are not part of it.
 */
export function fingerprints(report: FileReport): string[] {
  const lines = report.text?.split(/\r\n|\r|\n/) ?? [];
  const seen = new Map<string, number>();
  return report.diagnostics.map((d) => {
    const line = lines[d.range.start.line] ?? "";
    const words = d.range.start.line === d.range.end.line ? line.slice(d.range.start.character, d.range.end.character) : "";
    const key = `${d.code}\u0000${normalizeLine(line)}\u0000${words}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return createHash("sha256").update(`${key}\u0000${n}`).digest("hex").slice(0, 32);
  });
}

export function toSarif(reports: FileReport[], unreadable: { file: string; message: string }[], cwd: string, version: string): object {
  const rules = allRules();
  const ruleIndex = new Map(rules.map((r, i) => [r.code, i]));
  const results = [];
  for (const report of reports) {
    const location = artifactUri(report.path, cwd);
    const prints = fingerprints(report);
    for (const [i, d] of report.diagnostics.entries()) {
      const { start, end } = d.range;
      results.push({
        ruleId: d.code,
        ...(ruleIndex.has(d.code) ? { ruleIndex: ruleIndex.get(d.code) } : {}),
        level: LEVEL[d.severity],
        message: { text: d.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: location,
              region: { startLine: start.line + 1, startColumn: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 },
            },
          },
        ],
        partialFingerprints: { [FINGERPRINT_KEY]: prints[i] },
      });
    }
  }
  return {
    $schema: SCHEMA_URI,
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "Lectern", semanticVersion: version, version, rules: rules.map(ruleDescriptor) } },
        originalUriBaseIds: { SRCROOT: { uri: pathToFileURL(cwd.endsWith(path.sep) ? cwd : cwd + path.sep).href } },
        columnKind: "utf16CodeUnits",
        results,
        invocations: [
          {
            executionSuccessful: unreadable.length === 0,
            toolExecutionNotifications: unreadable.map((u) => ({ level: "error", message: { text: `${u.file}: ${u.message}` } })),
          },
        ],
      },
    ],
  };
}
