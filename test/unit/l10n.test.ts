/**
 * One language at a time: every string the extension shows goes through vscode.l10n.t
 * (English in the source, Chinese in l10n/bundle.l10n.zh-cn.json), and the manifest's
 * words are in package.nls.json and package.nls.zh-cn.json alike. The client sources are
 * walked with the TypeScript parser: a Chinese literal outside l10n.t, or English words in
 * a literal that is shown (a message, a title, a label, a tree item …), fails the test.
 */
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";

const ROOT = path.resolve(__dirname, "../..");
const CLIENT = path.join(ROOT, "client/src");
const CJK = /[\u3001-\u303f\u4e00-\u9fff\uff00-\uffef]/;

function clientSources(): { file: string; text: string }[] {
  return fs.readdirSync(CLIENT).filter((f) => f.endsWith(".ts")).map((f) => ({ file: f, text: fs.readFileSync(path.join(CLIENT, f), "utf8") }));
}

function runtimeStrings(): string[] {
  const out = new Set<string>();
  for (const { text } of clientSources()) for (const m of text.matchAll(/l10n\.t\(\s*"((?:[^"\\]|\\.)*)"/g)) out.add(JSON.parse(`"${m[1]}"`));
  return [...out];
}

/** Properties and calls whose string is shown to the user. */
const SHOWN_PROPERTIES = new Set(["title", "label", "description", "detail", "tooltip", "placeHolder", "prompt", "openLabel", "message", "text", "name"]);
const SHOWN_CALLS = /^(?:vscode\.)?window\.(?:showInformationMessage|showWarningMessage|showErrorMessage|setStatusBarMessage|showQuickPick|showInputBox)$|^(?:vscode\.)?TreeItem$|^Error$/;

const isL10nCall = (n: ts.Node) => ts.isCallExpression(n) && /(?:^|\.)l10n\.t$/.test(n.expression.getText());

/** Literals that speak to the user in one language without l10n: Chinese anywhere, English where shown. */
export function untranslated(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const where = (n: ts.Node) => `${file}:${source.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
  const shown = (n: ts.Node): boolean => {
    const p = n.parent;
    if (ts.isPropertyAssignment(p) && p.initializer === n) return SHOWN_PROPERTIES.has(p.name.getText());
    if (ts.isBinaryExpression(p) && p.right === n && p.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(p.left)) return SHOWN_PROPERTIES.has(p.left.name.text);
    if ((ts.isCallExpression(p) || ts.isNewExpression(p)) && p.arguments?.includes(n as ts.Expression)) return SHOWN_CALLS.test(p.expression.getText());
    if (ts.isConditionalExpression(p) || ts.isParenthesizedExpression(p) || ts.isBinaryExpression(p)) return shown(p);
    return false;
  };
  // The words of a literal: placeholders, codicons ($(mic)) and punctuation left out.
  const words = (n: ts.Node): string => {
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) return n.text;
    if (ts.isTemplateExpression(n)) return [n.head.text, ...n.templateSpans.map((s) => s.literal.text)].join(" ");
    return "";
  };
  const visit = (n: ts.Node) => {
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n) || ts.isTemplateExpression(n)) {
      const inL10n = isL10nCall(n.parent) && (n.parent as ts.CallExpression).arguments[0] === n;
      const w = words(n).replace(/\$\([a-z-]+\)/g, "");
      if (!inL10n && !ts.isImportDeclaration(n.parent) && !ts.isExportDeclaration(n.parent) && CJK.test(w)) out.push(`${where(n)} Chinese outside l10n.t: ${n.getText()}`);
      else if (!inL10n && shown(n) && /[A-Za-z]{2,}/.test(w)) out.push(`${where(n)} shown but not translated: ${n.getText()}`);
    }
    // A computed key (a file dialog's filter name) is shown too.
    if (ts.isComputedPropertyName(n) && (ts.isStringLiteral(n.expression) || ts.isNoSubstitutionTemplateLiteral(n.expression))) out.push(`${where(n)} shown but not translated: ${n.getText()}`);
    if (ts.isPropertyAssignment(n) && (ts.isStringLiteral(n.name) || ts.isIdentifier(n.name)) && CJK.test(n.name.text)) out.push(`${where(n)} Chinese key outside l10n.t: ${n.name.getText()}`);
    ts.forEachChild(n, visit);
  };
  visit(source);
  return out;
}

describe("localisation of the extension's messages", () => {
  const bundle = JSON.parse(fs.readFileSync(path.join(ROOT, "l10n/bundle.l10n.zh-cn.json"), "utf8")) as Record<string, string>;
  it("has a Chinese translation for every vscode.l10n.t string, with the same {n} placeholders", () => {
    const strings = runtimeStrings();
    assert.ok(strings.length > 30, String(strings.length));
    for (const s of strings) {
      assert.ok(bundle[s], `l10n/bundle.l10n.zh-cn.json lacks “${s}”`);
      assert.match(bundle[s], /[\u4e00-\u9fff]/, s);
      assert.doesNotMatch(s, CJK, `the English key “${s}” is English`);
      const holes = (t: string) => [...t.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();
      assert.deepStrictEqual(holes(bundle[s]), holes(s), s);
    }
  });
  it("keeps no translation the client no longer shows", () => {
    const used = new Set(runtimeStrings());
    assert.deepStrictEqual(Object.keys(bundle).filter((k) => !used.has(k)), []);
  });
  it("shows no string in one language only: every shown literal in client/src goes through l10n.t", () => {
    const found = clientSources().flatMap(({ file, text }) => untranslated(file, text));
    assert.deepStrictEqual(found, []);
  });
  it("the walk catches what it is meant to catch", () => {
    const sample = [
      'void vscode.window.showInformationMessage("Exported the draft");',
      'const t = { title: "Lectern：导出" };',
      "item.description = `${n} figures`;",
      'new vscode.TreeItem("Old", 0);',
      'showSaveDialog({ filters: { ["Word"]: ["docx"] } });',
      'void vscode.window.showInformationMessage(vscode.l10n.t("Exported {0}", name));',
      "item.label = `${time}  ${name}`;",
      'const icon = "$(mic)";',
    ].join("\n");
    assert.deepStrictEqual(untranslated("sample.ts", sample).map((s) => s.split(" ")[0]), ["sample.ts:1", "sample.ts:2", "sample.ts:3", "sample.ts:4", "sample.ts:5"]);
  });
  it("package.nls.json and package.nls.zh-cn.json have the same keys, English and Chinese", () => {
    const en = JSON.parse(fs.readFileSync(path.join(ROOT, "package.nls.json"), "utf8")) as Record<string, string>;
    const zh = JSON.parse(fs.readFileSync(path.join(ROOT, "package.nls.zh-cn.json"), "utf8")) as Record<string, string>;
    assert.deepStrictEqual(Object.keys(en).sort(), Object.keys(zh).sort());
    for (const [k, v] of Object.entries(zh)) assert.match(v, /[\u4e00-\u9fff]/, `the Chinese ${k} is Chinese`);
    // Command and view names are English in the English bundle (the category keeps the Chinese a user searches by).
    for (const [k, v] of Object.entries(en)) if (/^(command|view)\./.test(k) && k !== "command.category") assert.doesNotMatch(v, /[\u4e00-\u9fff]/, `the English ${k} is English`);
  });
  it("package.json points VS Code at the l10n folder", () => {
    assert.strictEqual(JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).l10n, "./l10n");
  });
});
