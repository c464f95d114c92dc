/** Every runtime string of the extension (vscode.l10n.t) has its Chinese in l10n/bundle.l10n.zh-cn.json, with the same placeholders. */
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../..");

function runtimeStrings(): string[] {
  const dir = path.join(ROOT, "client/src");
  const out = new Set<string>();
  for (const f of fs.readdirSync(dir)) {
    const src = fs.readFileSync(path.join(dir, f), "utf8");
    for (const m of src.matchAll(/l10n\.t\(\s*"((?:[^"\\]|\\.)*)"/g)) out.add(JSON.parse(`"${m[1]}"`));
  }
  return [...out];
}

describe("localisation of the extension's messages", () => {
  const bundle = JSON.parse(fs.readFileSync(path.join(ROOT, "l10n/bundle.l10n.zh-cn.json"), "utf8")) as Record<string, string>;
  it("has a Chinese translation for every vscode.l10n.t string, with the same {n} placeholders", () => {
    const strings = runtimeStrings();
    assert.ok(strings.length > 30, String(strings.length));
    for (const s of strings) {
      assert.ok(bundle[s], `l10n/bundle.l10n.zh-cn.json lacks “${s}”`);
      assert.match(bundle[s], /[\u4e00-\u9fff]/, s);
      const holes = (t: string) => [...t.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();
      assert.deepStrictEqual(holes(bundle[s]), holes(s), s);
    }
  });
  it("package.json points VS Code at the l10n folder", () => {
    assert.strictEqual(JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).l10n, "./l10n");
  });
});
