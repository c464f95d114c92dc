/**
 * A Chinese display language without downloading a language pack: VS Code
 * resolves `--locale zh-cn` only when an installed extension contributes
 * that localization. This builds the smallest such pack (no translations of
 * VS Code's own strings, which stay English), so the workbench runs with
 * vscode.env.language = zh-cn and extensions get their package.nls.zh-cn.json
 * and l10n/bundle.l10n.zh-cn.json — what a writer with the real pack sees of Lectern.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { ROOT, scratchDir } from "./code-server";

export function buildChineseLanguagePack(): string {
  const dir = scratchDir("langpack");
  const manifest = {
    name: "zh-cn-stub-language-pack",
    displayName: "Chinese (Simplified) display language for tests",
    description: "Declares zh-cn as a display language; translates nothing of VS Code itself.",
    publisher: "locale-tests",
    version: "1.0.0",
    license: "MIT",
    engines: { vscode: "^1.100.0" },
    categories: ["Language Packs"],
    contributes: { localizations: [{ languageId: "zh-cn", languageName: "Chinese Simplified", localizedLanguageName: "中文(简体)", translations: [{ id: "vscode", path: "./translations/main.i18n.json" }] }] },
  };
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify(manifest, null, 2));
  fs.mkdirSync(path.join(dir, "translations"));
  fs.writeFileSync(path.join(dir, "translations", "main.i18n.json"), JSON.stringify({ version: "1.0.0", contents: {} }));
  fs.writeFileSync(path.join(dir, "README.md"), "Test language pack.\n");
  fs.writeFileSync(path.join(dir, "LICENSE"), "MIT\n");
  const out = path.join(dir, "zh-cn-stub.vsix");
  const vsce = path.join(ROOT, "node_modules", ".bin", "vsce");
  const r = spawnSync(vsce, ["package", "--allow-missing-repository", "--skip-license", "--out", out], { cwd: dir, encoding: "utf8" });
  if (r.status !== 0 || !fs.existsSync(out)) throw new Error(`could not build the test language pack:\n${r.stdout}${r.stderr}`);
  return out;
}

/**
 * VS Code resolves a display language from `languagepacks.json` in the user
 * data folder, which the running workbench writes when it installs a pack;
 * `--install-extension` from the command line does not. Written here the way
 * VS Code writes it, so the first start already runs in zh-cn.
 */
export function writeLanguagePacksCache(userDataDir: string, extensionsDir: string): void {
  const folder = fs.readdirSync(extensionsDir).find((d) => d.startsWith("locale-tests.zh-cn-stub-language-pack-"));
  if (!folder) throw new Error("the zh-cn stub language pack is not installed");
  const translations = path.join(extensionsDir, folder, "translations", "main.i18n.json");
  const cache = {
    "zh-cn": {
      hash: "locale-tests-zh-cn-stub",
      extensions: [{ extensionIdentifier: { id: "locale-tests.zh-cn-stub-language-pack" }, version: "1.0.0" }],
      translations: { vscode: translations },
      label: "中文(简体)",
    },
  };
  fs.writeFileSync(path.join(userDataDir, "languagepacks.json"), JSON.stringify(cache, null, 2));
}
