/**
 * Where a diagnostic code's page is: docs/rules/<code>.md, generated from the
 * rule registry at build time and shipped beside the bundles (the VSIX holds
 * docs/rules/; the server runs from dist/). A diagnostic's codeDescription
 * links to it; a code without a page gets no link.
 */
import * as fs from "fs";
import * as path from "path";
import { pathToFileURL } from "url";

const RULES_DIR = path.resolve(__dirname, "..", "docs", "rules");
const hrefs = new Map<string, string | undefined>();

export function ruleHref(code: string): string | undefined {
  if (!hrefs.has(code)) {
    const file = path.join(RULES_DIR, `${code}.md`);
    hrefs.set(code, /^[a-z]+\.[a-zA-Z]+$/.test(code) && fs.existsSync(file) ? pathToFileURL(file).href : undefined);
  }
  return hrefs.get(code);
}
