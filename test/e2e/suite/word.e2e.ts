/**
 * Word in and out through the vscode API: Lectern: Export to Word through its
 * save dialog, and Lectern: Import Word Draft on a .docx with Word's
 * automatic numbering. The LSP tests (test/lsp/export.test.ts, import.test.ts)
 * check the requests; these check what the writer gets in the editor and on disk.
 */
import { DOMParser, type Element } from "@xmldom/xmldom";
import * as assert from "assert";
import * as fs from "fs";
import * as vscode from "vscode";
import { codeOf, eventually, EXTENSION_ID, lectern, open, workspaceFile } from "./helpers";
import type { LecternApi } from "../../../client/src/extension";
import { openDocx, packageProblems } from "../../support/ooxml";
import { wordDocx, type Item } from "../../support/word-fixtures";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

const headingLines = (doc: vscode.TextDocument) => doc.getText().split(/\r?\n/).filter((l) => /^[一二三四五六七八九十]+、/.test(l));

/**
 * Runs a command that asks where to save, pressing Enter in the dialog until the command returns.
 * In code-server (and in desktop VS Code with files.simpleDialog.enable) the save dialog is VS Code's
 * own quick input, prefilled with the path the command suggests: Enter takes it, and when the file
 * exists a second Enter answers its "already exists, overwrite?" prompt. The extension API cannot
 * see the dialog, so Enter is sent until the command settles.
 */
async function pressingEnterInDialogs<T>(command: string, timeoutMs = 30_000): Promise<T> {
  let settled = false;
  const run = Promise.resolve(vscode.commands.executeCommand<T>(command)).finally(() => (settled = true));
  const deadline = Date.now() + timeoutMs;
  while (!settled) {
    if (Date.now() > deadline) throw new Error(`${command}: the dialog was still open after ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 300));
    if (!settled) await vscode.commands.executeCommand("workbench.action.acceptSelectedQuickOpenItem");
  }
  return run;
}

/** Each paragraph's text in word/document.xml, as Word shows it (runs joined). */
function paragraphs(documentXml: string): string[] {
  const doc = new DOMParser().parseFromString(documentXml, "text/xml");
  const ps = doc.getElementsByTagNameNS(W, "p");
  const out: string[] = [];
  for (let i = 0; i < ps.length; i++) {
    const ts = (ps.item(i) as Element).getElementsByTagNameNS(W, "t");
    let text = "";
    for (let j = 0; j < ts.length; j++) text += ts.item(j)!.textContent ?? "";
    out.push(text);
  }
  return out;
}

/** The page size and margins of the document's section, in millimetres (Word stores twips, 1/1440 inch). */
function pageMm(documentXml: string): Record<"width" | "height" | "top" | "bottom" | "left" | "right", number> {
  const doc = new DOMParser().parseFromString(documentXml, "text/xml");
  const size = doc.getElementsByTagNameNS(W, "pgSz").item(0);
  const margin = doc.getElementsByTagNameNS(W, "pgMar").item(0);
  assert.ok(size && margin, "the section has w:pgSz and w:pgMar");
  const mm = (e: Element, name: string) => (Number(e.getAttributeNS(W, name)) * 25.4) / 1440;
  return { width: mm(size, "w"), height: mm(size, "h"), top: mm(margin, "top"), bottom: mm(margin, "bottom"), left: mm(margin, "left"), right: mm(margin, "right") };
}

/** The draft Word gives back: 一、二、 numbered automatically, then 四、 typed by hand after the list broke off. */
const WORD_DRAFT: Item[] = [
  { kind: "title", text: "在全县安全生产工作会议上的讲话" },
  { kind: "body", text: "同志们：" },
  { kind: "heading", level: 0, text: "统一思想" },
  { kind: "body", text: "这是第一部分的内容，讲清楚为什么要做。" },
  { kind: "heading", level: 0, text: "明确任务" },
  { kind: "body", text: "这是第二部分的内容，讲清楚要做什么。" },
  { kind: "body", text: "四、强化保障" },
  { kind: "body", text: "这是最后一部分的内容，讲清楚怎么保障。" },
];

describe("Word in and out", function () {
  this.timeout(90_000);
  let api: LecternApi;

  before(async () => {
    api = await vscode.extensions.getExtension<LecternApi>(EXTENSION_ID)!.activate();
    // Desktop VS Code (LECTERN_VSCODE) would show the system's save dialog, which no test can answer;
    // code-server always shows VS Code's own, which this setting selects on the desktop too.
    await vscode.workspace.getConfiguration("files").update("simpleDialog.enable", true, vscode.ConfigurationTarget.Global);
  });

  after(async () => {
    await vscode.workspace.getConfiguration("files").update("simpleDialog.enable", undefined, vscode.ConfigurationTarget.Global);
  });

  it("Export to Word saves the draft beside itself as a .docx with its title and headings, on an A4 page with the GB/T 9704 margins", async () => {
    const editor = await open("export.speech");
    const beside = workspaceFile("export.docx");
    assert.ok(!fs.existsSync(beside.fsPath), "no export.docx before the export");
    const saved = await pressingEnterInDialogs<vscode.Uri | undefined>("lectern.exportToWord");
    assert.strictEqual(saved?.fsPath, beside.fsPath, "the dialog suggests the draft's name with .docx, in its folder");
    const bytes = fs.readFileSync(beside.fsPath);
    assert.strictEqual(bytes.subarray(0, 2).toString("latin1"), "PK", "a zip package");
    const pkg = openDocx(new Uint8Array(bytes));
    assert.deepStrictEqual(packageProblems(pkg), [], "a package Word opens");
    const xml = pkg.text("word/document.xml");
    const title = editor.document.lineAt(0).text;
    const headings = headingLines(editor.document);
    assert.deepStrictEqual(headings, ["一、统一思想，提高站位", "二、明确任务，狠抓落实"]);
    const texts = paragraphs(xml).filter((t) => t.trim());
    assert.strictEqual(texts[0], title, "the title is the first paragraph");
    assert.deepStrictEqual(
      texts.filter((t) => headings.includes(t)),
      headings,
      "each heading is a paragraph of its own, number written out",
    );
    assert.ok(texts.some((t) => t.startsWith("（一）加强理论学习。")), texts.join(" | "));
    // GB/T 9704-2012: A4; 天头 37 mm, 订口 28 mm, a 156 × 225 mm text block (so 35 mm below and 26 mm on the right).
    const page = pageMm(xml);
    const expected = { width: 210, height: 297, top: 37, bottom: 35, left: 28, right: 26 };
    for (const [side, mm] of Object.entries(expected)) {
      assert.ok(Math.abs(page[side as keyof typeof page] - mm) < 0.1, `${side}: ${page[side as keyof typeof page].toFixed(2)} mm, not ${mm} mm`);
    }
  });

  it("Export to Word again, after an unsaved edit: the dialog's overwrite prompt is answered and the .docx holds the edited text", async () => {
    const editor = await open("export.speech");
    const beside = workspaceFile("export.docx");
    assert.ok(fs.existsSync(beside.fsPath), "the first export left export.docx");
    const line = editor.document.getText().split("\n").indexOf("二、明确任务，狠抓落实");
    assert.ok(line > 0);
    await editor.edit((e) => e.replace(editor.document.lineAt(line).range, "二、明确目标任务，狠抓工作落实"));
    try {
      const saved = await pressingEnterInDialogs<vscode.Uri | undefined>("lectern.exportToWord");
      assert.strictEqual(saved?.fsPath, beside.fsPath);
      const texts = paragraphs(openDocx(new Uint8Array(fs.readFileSync(beside.fsPath))).text("word/document.xml"));
      assert.ok(texts.includes("二、明确目标任务，狠抓工作落实"), "the edit, not yet saved, is in the export");
      assert.ok(!texts.includes("二、明确任务，狠抓落实"), "the earlier export was replaced");
    } finally {
      await vscode.commands.executeCommand("workbench.action.files.revert");
    }
  });

  it("Export to Word says when errors are still open; Write Reviewed Word Copy writes the exported draft's reviewed copy, with Open and Reveal", async () => {
    await open("writer.speech");
    const uri = workspaceFile("writer.speech");
    await eventually("a slogan.typo error", () => lectern(uri).find((d) => codeOf(d) === "slogan.typo"));
    const saved = await pressingEnterInDialogs<vscode.Uri | undefined>("lectern.exportToWord");
    assert.strictEqual(saved?.fsPath, workspaceFile("writer.docx").fsPath);
    assert.match(api.lastWordNotice() ?? "", /^Lectern: exported .*writer\.docx \d+ error\(s\) are still open in the draft\.$/);
    // With the draft active, the command finds the Word copy exported beside it.
    const r = await vscode.commands.executeCommand<{ file: vscode.Uri; comments: number; trackedChanges: number }>("lectern.reviewWordCopy", { trackChanges: true });
    assert.ok(r, "the command returns what it wrote");
    assert.strictEqual(r.file.fsPath, workspaceFile("writer.reviewed.docx").fsPath);
    assert.ok(r.comments >= 2, JSON.stringify(r));
    const pkg = openDocx(new Uint8Array(fs.readFileSync(r.file.fsPath)));
    assert.ok(pkg.text("word/comments.xml").includes("旗帜鲜明讲政治"));
    assert.match(api.lastWordNotice() ?? "", /^Lectern: wrote writer\.reviewed\.docx \(\d+ comments, \d+ tracked changes\)\.$/);
  });

  it("Import Word Draft opens a .docx as a new speech document, Word's 一、二、 written out, and Lectern checks it", async () => {
    const file = workspaceFile("word-draft.docx");
    const bytes = await wordDocx(WORD_DRAFT);
    fs.writeFileSync(file.fsPath, bytes);
    const doc = await vscode.commands.executeCommand<vscode.TextDocument | undefined>("lectern.importWordDraft", file);
    try {
      assert.ok(doc, "the command returns the document it opened");
      assert.strictEqual(vscode.window.activeTextEditor?.document, doc, "the imported draft is the active editor");
      assert.strictEqual(doc.languageId, "speech");
      assert.ok(doc.isUntitled, "a new document: saving it never writes over the .docx");
      assert.strictEqual(doc.lineAt(0).text, "在全县安全生产工作会议上的讲话");
      assert.deepStrictEqual(headingLines(doc), ["一、统一思想", "二、明确任务", "四、强化保障"]);
      // The gap is found against the 二、 that Word numbered: without it the checks would not expect 三、.
      const gap = await eventually(`numbering.sequence in the imported draft (now: ${lectern(doc.uri).map(codeOf).join(", ") || "none"})`, () =>
        lectern(doc.uri).find((d) => codeOf(d) === "numbering.sequence"),
      );
      assert.strictEqual(doc.lineAt(gap.range.start.line).text, "四、强化保障");
      assert.match(gap.message, /三、/);
      assert.ok(fs.readFileSync(file.fsPath).equals(bytes), "the .docx itself is not changed");
      // Write Reviewed Word Copy on the .docx (the Explorer's context menu passes the file): comments beside it, the .docx untouched.
      const reviewed = await vscode.commands.executeCommand<{ file: vscode.Uri; comments: number }>("lectern.reviewWordCopy", { file, trackChanges: false });
      assert.strictEqual(reviewed?.file.fsPath, workspaceFile("word-draft.reviewed.docx").fsPath);
      assert.ok(reviewed.comments >= 1 && fs.existsSync(reviewed.file.fsPath));
      assert.ok(fs.readFileSync(file.fsPath).equals(bytes));
    } finally {
      if (doc && vscode.window.activeTextEditor?.document === doc) await vscode.commands.executeCommand("workbench.action.revertAndCloseActiveEditor");
    }
  });
});
