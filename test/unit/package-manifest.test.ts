/** package.json's contributions stay in step with the code: settings, schemas, files it points at. */
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { configurationProperties, dataSchemaText, DATA_SCHEMAS } from "../../scripts/gen-schemas";
import { SETTINGS } from "../../server/src/core/settings";

const ROOT = path.resolve(__dirname, "../..");
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
const contributes = pkg.contributes;

describe("package.json manifest", () => {
  it("contributes every setting from SETTINGS with its description and default (run `npm run gen-schemas` when this fails)", () => {
    const properties = contributes.configuration.properties as Record<string, { description?: string; default?: unknown }>;
    assert.deepStrictEqual(Object.keys(properties), Object.keys(SETTINGS));
    assert.deepStrictEqual(properties, JSON.parse(JSON.stringify(configurationProperties())));
    for (const [key, p] of Object.entries(properties)) {
      assert.ok(p.description && p.description.length > 10, `${key} has a description`);
      assert.ok("default" in p, `${key} has a default`);
    }
  });

  it("has the generated JSON Schemas for packs and target tables, current with their zod schemas", () => {
    for (const m of DATA_SCHEMAS) {
      const r = dataSchemaText(m);
      assert.ok("text" in r, `${m.out}: ${"missing" in r ? r.missing : ""}`);
      const abs = path.join(ROOT, m.out);
      assert.ok(fs.existsSync(abs), `${m.out} exists (run npm run gen-schemas)`);
      assert.strictEqual(fs.readFileSync(abs, "utf8"), r.text, `${m.out} is current (run npm run gen-schemas)`);
    }
  });

  it("points only at files that exist", () => {
    const files = [
      ...contributes.languages.map((l: { configuration: string }) => l.configuration),
      ...contributes.grammars.map((g: { path: string }) => g.path),
      ...contributes.snippets.map((s: { path: string }) => s.path),
      ...contributes.jsonValidation.map((j: { url: string }) => j.url),
      pkg.icon,
    ];
    for (const f of files) assert.ok(fs.existsSync(path.join(ROOT, f)), `${f} exists`);
    for (const f of files.filter((f: string) => f.endsWith(".json") || f.endsWith(".code-snippets"))) {
      assert.doesNotThrow(() => JSON.parse(fs.readFileSync(path.join(ROOT, f), "utf8")), `${f} is valid JSON`);
    }
  });

  it("declares a title for every command the client registers, and the client registers every declared command", () => {
    const declared = contributes.commands.map((c: { command: string }) => c.command).sort();
    const source = fs.readFileSync(path.join(ROOT, "client/src/commands.ts"), "utf8");
    const registered = [...source.matchAll(/registerCommand\("([^"]+)"/g)].map((m) => m[1]).sort();
    assert.deepStrictEqual(registered, declared);
    for (const title of ["List Figures", "Renumber Section", "Show Statistics", "Restart Server"]) {
      assert.ok(contributes.commands.some((c: { title: string; category: string }) => c.title === title && c.category === "Lectern"), title);
    }
  });

  it("targets a VS Code that code-server 4.100 (VS Code 1.100) can run", () => {
    const m = /^\^1\.(\d+)\.\d+$/.exec(pkg.engines.vscode);
    assert.ok(m && Number(m[1]) <= 100, pkg.engines.vscode);
  });
});
