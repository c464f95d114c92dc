/**
 * Regression drafts: `test/drafts/<area>/<name>.txt`, each with `<name>.expected` beside it
 * listing the findings it must give, one a line: the code, a space, then the text the
 * finding points at (`numbering.sequence 四、`). An empty list marks a correct draft.
 * Lines starting with # are comments. Only the codes under the areas a list names in a
 * `# codes:` line are compared (default: numbering. and structure.).
 */
import * as fs from "fs";
import * as path from "path";

export const DRAFTS_DIR = path.resolve(__dirname, "../drafts");

export interface RegressionDraft {
  name: string;
  text: string;
  /** `code text` pairs, in document order. */
  expected: string[];
  /** Code prefixes compared. */
  codes: string[];
}

export function readDrafts(): RegressionDraft[] {
  const out: RegressionDraft[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(".txt") && fs.existsSync(full.replace(/\.txt$/, ".expected"))) {
        const list = fs.readFileSync(full.replace(/\.txt$/, ".expected"), "utf8").split(/\r?\n/);
        const codesLine = list.find((l) => l.startsWith("# codes:"));
        out.push({
          name: path.relative(DRAFTS_DIR, full),
          text: fs.readFileSync(full, "utf8"),
          expected: list.filter((l) => l.trim() && !l.startsWith("#")),
          codes: codesLine ? codesLine.slice("# codes:".length).trim().split(/\s+/) : ["numbering.", "structure."],
        });
      }
    }
  };
  if (fs.existsSync(DRAFTS_DIR)) walk(DRAFTS_DIR);
  return out;
}
