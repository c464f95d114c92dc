/** lectern/importDocx through a real language server: a Word draft's text as its reader sees it, and clear refusals. */
import * as assert from "assert";
import { LspTestClient } from "../support/lsp-client";
import { NUMBERED_SPEECH, typedText, wordDocx } from "../support/word-fixtures";
import { footnoteChainDocx, hugeCounterDocx, repeatedBodyDocx } from "../support/hostile";
import { openDocx, packageProblems } from "../support/ooxml";

describe("language server: lectern/importDocx (Lectern: Import Word Draft)", function () {
  this.timeout(60_000);
  let client: LspTestClient;
  before(async () => {
    client = await LspTestClient.start({ settings: { "lectern.diagnostics.delay": 0 } });
  });
  after(() => client.stop());

  it("returns the draft with Word's automatic numbering written out, one paragraph a line — the text a writer would have typed", async () => {
    const bytes = await wordDocx(NUMBERED_SPEECH);
    const r = await client.request<{ text: string; paragraphs: number }>("lectern/importDocx", { data: bytes.toString("base64"), name: "speech.docx" });
    assert.strictEqual(r.text.replace(/\n+$/, ""), typedText(NUMBERED_SPEECH));
    assert.strictEqual(r.paragraphs, NUMBERED_SPEECH.length);
    // Opened as a speech document, the imported text gets the same checks as the typed one.
    const uri = "untitled:Imported-1";
    client.open(uri, r.text);
    const { diagnostics } = await client.settledDiagnostics(uri, 1);
    const codes = diagnostics.map((d) => d.code);
    assert.ok(codes.includes("numbering.count"), JSON.stringify(codes));
    assert.ok(codes.includes("numbering.enumerator"), JSON.stringify(codes));
  });

  it("a .doc, a damaged file or missing bytes is an InvalidParams error that says what to do; the server answers the next request", async () => {
    const doc = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);
    await assert.rejects(client.request("lectern/importDocx", { data: doc.toString("base64"), name: "old.doc" }), (e: Error & { code?: number }) => e.code === -32602 && /另存为 \.docx/.test(e.message));
    await assert.rejects(client.request("lectern/importDocx", { data: Buffer.from("not a zip").toString("base64"), name: "x.docx" }), (e: Error & { code?: number }) => e.code === -32602);
    await assert.rejects(client.request("lectern/importDocx", { name: "x.docx" }), (e: Error & { code?: number }) => e.code === -32602);
    const r = await client.request<{ text: string }>("lectern/importDocx", { data: (await wordDocx(NUMBERED_SPEECH)).toString("base64"), name: "speech.docx" });
    assert.ok(r.text.startsWith("在全县安全生产工作会议上的讲话"));
  });

  it("lectern/reviewDocx: the reviewed copy with a comment on each finding, tracked changes on request, and the open errors counted", async () => {
    const bytes = await wordDocx(NUMBERED_SPEECH);
    const plain = await client.request<{ data: string; comments: number; trackedChanges: number; errors: number }>("lectern/reviewDocx", { data: bytes.toString("base64"), name: "speech.docx" });
    assert.ok(plain.comments >= 2, String(plain.comments));
    assert.strictEqual(plain.trackedChanges, 0);
    const pkg = openDocx(new Uint8Array(Buffer.from(plain.data, "base64")));
    // The copy is as sound a package as the original (the fixture's own quirks aside).
    assert.deepStrictEqual(packageProblems(pkg), packageProblems(openDocx(new Uint8Array(bytes))));
    assert.strictEqual((pkg.text("word/comments.xml").match(/<w:comment /g) ?? []).length, plain.comments);
    const tracked = await client.request<{ data: string; comments: number; trackedChanges: number }>("lectern/reviewDocx", { data: bytes.toString("base64"), name: "speech.docx", trackChanges: true });
    assert.strictEqual(tracked.comments, plain.comments);
    assert.ok(tracked.trackedChanges >= 1, String(tracked.trackedChanges));
    assert.ok(openDocx(new Uint8Array(Buffer.from(tracked.data, "base64"))).text("word/document.xml").includes("<w:ins "));
    await assert.rejects(client.request("lectern/reviewDocx", { data: Buffer.from("not a zip").toString("base64"), name: "x.docx" }), (e: Error & { code?: number }) => e.code === -32602);
  });
});

describe("language server: lectern/importDocx on hostile Word files", function () {
  this.timeout(60_000);
  let client: LspTestClient;
  before(async () => {
    client = await LspTestClient.start({ settings: { "lectern.diagnostics.delay": 0 } });
  });
  after(() => client.stop());

  it("a footnote chain is read once per note, two million empty paragraphs are document.tooLarge (InvalidParams), and the server answers at once after each", async () => {
    const t0 = Date.now();
    const chain = await client.request<{ text: string; paragraphs: number }>("lectern/importDocx", { data: Buffer.from(footnoteChainDocx(24)).toString("base64"), name: "chain.docx" });
    assert.ok(chain.paragraphs <= 10, String(chain.paragraphs));
    await assert.rejects(
      client.request("lectern/importDocx", { data: Buffer.from(repeatedBodyDocx("<w:p/>", 2_000_000)).toString("base64"), name: "empty.docx" }),
      (e: Error & { code?: number }) => e.code === -32602 && /document\.tooLarge/.test(e.message),
    );
    const counter = await client.request<{ text: string }>("lectern/importDocx", { data: Buffer.from(hugeCounterDocx("upperLetter", 1_000_000_000, 10)).toString("base64"), name: "c.docx" });
    assert.ok(counter.text.length < 1000, String(counter.text.length));
    assert.ok(Date.now() - t0 < 20_000, `${Date.now() - t0} ms`);
    assert.ok(client.alive);
  });
});
