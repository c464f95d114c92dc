/**
 * Drafts in genres the corpus does not have, seeded with figure slips and with
 * correct text that reads like a slip. Each draft's figure findings must be
 * exactly its expected list (code and quoted text), so a missed slip and a new
 * false alarm both fail. A draft may come with its target table.
 */
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { parseDocument } from "../../server/src/core/document/parse";
import { DEFAULT_SETTINGS } from "../../server/src/core/settings";
import { figureCheck, targetSource, type TargetData } from "../../server/src/core/figures";

const DIR = path.join(__dirname, "..", "drafts", "figures");
const drafts = fs.readdirSync(DIR).filter((f) => /^[a-z-]+\.txt$/.test(f) && !f.endsWith(".expected.txt"));

function loadTargets(name: string): TargetData | undefined {
  const file = path.join(DIR, name.replace(/\.txt$/, ".targets.json"));
  if (!fs.existsSync(file)) return undefined;
  const r = targetSource.load([{ path: file, text: fs.readFileSync(file, "utf8") }], DEFAULT_SETTINGS);
  assert.deepStrictEqual(r.problems, []);
  return r.value as TargetData;
}

describe("figures: seeded drafts in unseen genres", () => {
  it("has drafts to read", () => assert.ok(drafts.length >= 4, drafts.join(",")));
  for (const name of drafts) {
    it(name, () => {
      const text = fs.readFileSync(path.join(DIR, name), "utf8");
      const expected = fs.readFileSync(path.join(DIR, name.replace(/\.txt$/, ".expected.txt")), "utf8").split("\n").filter(Boolean);
      const targets = loadTargets(name);
      const findings = figureCheck.run(parseDocument(text), { settings: { ...DEFAULT_SETTINGS, "lectern.documentYear": null }, data: targets ? { targets } : {} });
      const got = findings.map((f) => `${f.code} ${text.slice(f.span.start, f.span.end)}`);
      assert.deepStrictEqual([...got].sort(), [...expected].sort());
    });
  }
});
