/** package.json's contributions stay in step with the code: settings, schemas, files it points at. */
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { configurationProperties, dataSchemaText, DATA_SCHEMAS, generatedFiles } from "../../scripts/gen-schemas";
import { allRules } from "../../server/src/core";
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
    const clientDir = path.join(ROOT, "client/src");
    const source = fs.readdirSync(clientDir).map((f) => fs.readFileSync(path.join(clientDir, f), "utf8")).join("\n");
    const registered = [...source.matchAll(/registerCommand\("([^"]+)"/g)].map((m) => m[1]).sort();
    assert.deepStrictEqual(registered, declared);
    const en = JSON.parse(fs.readFileSync(path.join(ROOT, "package.nls.json"), "utf8"));
    const zh = JSON.parse(fs.readFileSync(path.join(ROOT, "package.nls.zh-cn.json"), "utf8"));
    const titleOf = (bundle: Record<string, string>, title: string) => bundle[/^%(.+)%$/.exec(title)?.[1] ?? ""];
    for (const [english, chinese] of [["List Figures", "列出文中数字"], ["Renumber Section", "重排本节编号"], ["Show Statistics", "字数与讲话时长"], ["Restart Server", "重启语言服务器"]]) {
      const c = contributes.commands.find((x: { title: string }) => titleOf(en, x.title) === english);
      assert.ok(c && c.category === "%command.category%", english);
      assert.strictEqual(titleOf(zh, c.title), chinese);
    }
    // Every command is found by 讲话 in the palette, whatever the display language.
    for (const c of contributes.commands) assert.strictEqual(c.category, "%command.category%", c.command);
    assert.match(en["command.category"], /^Lectern 讲话稿$/);
    assert.match(zh["command.category"], /讲话/);
  });

  it("has every %key% of package.json in package.nls.json and package.nls.zh-cn.json, both current (run npm run gen-schemas)", () => {
    const text = fs.readFileSync(path.join(ROOT, "package.json"), "utf8");
    const keys = [...text.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
    assert.ok(keys.length > 30, `${keys.length} localised strings`);
    for (const file of ["package.nls.json", "package.nls.zh-cn.json"]) {
      const bundle = JSON.parse(fs.readFileSync(path.join(ROOT, file), "utf8"));
      assert.strictEqual(fs.readFileSync(path.join(ROOT, file), "utf8"), generatedFiles().get(file), `${file} is current`);
      for (const k of keys) assert.ok(typeof bundle[k] === "string" && bundle[k].length > 1, `${file} has ${k}`);
    }
    const zh = JSON.parse(fs.readFileSync(path.join(ROOT, "package.nls.zh-cn.json"), "utf8"));
    for (const k of keys) assert.match(zh[k], /[\u4e00-\u9fff]/, `the Chinese ${k} is Chinese`);
  });

  it("lists every diagnostic code with its levels under lectern.rules, and has a current rule page for each", () => {
    const rules = contributes.configuration.properties["lectern.rules"].properties as Record<string, { enum: string[] }>;
    assert.deepStrictEqual(Object.keys(rules).sort(), allRules().map((r) => r.code).sort());
    for (const r of Object.values(rules)) assert.deepStrictEqual(r.enum, ["off", "hint", "information", "warning", "error"]);
    for (const r of allRules()) {
      const file = `docs/rules/${r.code}.md`;
      assert.strictEqual(fs.readFileSync(path.join(ROOT, file), "utf8"), generatedFiles().get(file), `${file} is current`);
      assert.match(fs.readFileSync(path.join(ROOT, file), "utf8"), new RegExp(`默认级别：\\*\\*[^*]+\\*\\*（\`${r.severity}\`）`));
    }
  });

  it("marks formulations quietly: their semantic token maps to a variable scope (dark navy in Light+, light blue in Dark+), never a string's red", () => {
    const scopes = contributes.semanticTokenScopes[0].scopes as Record<string, string[]>;
    assert.deepStrictEqual(scopes.slogan, ["variable.other.slogan.speech"]);
    for (const [type, list] of Object.entries(scopes)) if (type !== "deprecatedSlogan") assert.ok(list.every((s) => !s.startsWith("string")), `${type}: ${list}`);
  });

  it("turns on quick suggestions inside strings (“…”) and turns off word-based suggestions for speech", () => {
    const speech = contributes.configurationDefaults["[speech]"];
    assert.strictEqual(speech["editor.quickSuggestions"].strings, true);
    assert.strictEqual(speech["editor.wordBasedSuggestions"], "off");
  });

  it("targets a VS Code that code-server 4.100 (VS Code 1.100) can run", () => {
    const m = /^\^1\.(\d+)\.\d+$/.exec(pkg.engines.vscode);
    assert.ok(m && Number(m[1]) <= 100, pkg.engines.vscode);
  });

  it("contributes a view for every tree the client creates (a missing one fails only when the tree is shown)", () => {
    const client = fs.readdirSync(path.join(ROOT, "client/src")).map((f) => fs.readFileSync(path.join(ROOT, "client/src", f), "utf8")).join("\n");
    const created = [...client.matchAll(/(?:createTreeView|registerTreeDataProvider)\("([^"]+)"/g)].map((m) => m[1]);
    assert.ok(created.length >= 3, `found only ${created.length} trees`);
    const contributed = new Set(Object.values(contributes.views as Record<string, { id: string }[]>).flat().map((v) => v.id));
    assert.deepStrictEqual(created.filter((id) => !contributed.has(id)), []);
  });
});

describe("engines", () => {
  // npm ci warns EBADENGINE for every installed package whose engines exclude the running
  // Node: the oldest Node that package.json promises must satisfy every package in the lock.
  it("the oldest Node in engines.node satisfies every locked package's engines", () => {
    const semver = require("semver") as typeof import("semver");
    const oldest = semver.minVersion(pkg.engines.node)!.version;
    const lock = JSON.parse(fs.readFileSync(path.join(ROOT, "package-lock.json"), "utf8"));
    const refused = Object.entries(lock.packages as Record<string, { version?: string; engines?: { node?: string } }>)
      .filter(([name, p]) => name && typeof p.engines?.node === "string" && !semver.satisfies(oldest, p.engines.node))
      .map(([name, p]) => `${name}@${p.version} wants node ${p.engines!.node}`);
    assert.deepStrictEqual(refused, [], `Node ${oldest}`);
  });

  it("CI runs the oldest Node major that engines.node names", () => {
    const semver = require("semver") as typeof import("semver");
    const ci = fs.readFileSync(path.join(ROOT, ".ci/run"), "utf8");
    const major = semver.minVersion(pkg.engines.node)!.major;
    assert.match(ci, new RegExp(`LECTERN_CI_NODE_MAJOR=${major}\\b`));
  });
});
