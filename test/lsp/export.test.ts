/** lectern/exportDocx through a real language server: the open draft, the session's lectern.export.* settings. */
import * as assert from "assert";
import { LspTestClient } from "../support/lsp-client";
import { openDocx, packageProblems } from "../support/ooxml";

describe("language server: lectern/exportDocx", function () {
  this.timeout(60_000);
  let client: LspTestClient;
  const uri = "file:///tmp/lectern-export-test.speech";

  before(async () => {
    client = await LspTestClient.start({ settings: { "lectern.export.title.font": "方正小标宋_GBK", "lectern.export.heading3.bold": true } });
    // Unsaved text, CRLF: the export takes the document as the editor holds it.
    client.open(uri, "在全县工作会议上的讲话\r\n同志们：\r\n一、统一思想\r\n（一）加强学习。正文。\r\n");
  });
  after(() => client.stop());

  it("returns the open document as a .docx (base64) with the session's settings applied", async () => {
    const r = await client.request<{ data: string }>("lectern/exportDocx", { textDocument: { uri } });
    const pkg = openDocx(new Uint8Array(Buffer.from(r.data, "base64")));
    assert.deepStrictEqual(packageProblems(pkg), []);
    const doc = pkg.text("word/document.xml");
    assert.match(doc, /<w:pStyle w:val="Title"\/>.*?在全县工作会议上的讲话/);
    assert.match(doc, /<w:rStyle w:val="RunInHeading2"\/>.*?（一）加强学习。/);
    assert.doesNotMatch(doc, /\r/);
    const styles = pkg.text("word/styles.xml");
    assert.match(styles, /w:styleId="Title">.*?w:eastAsia="方正小标宋_GBK"/);
    assert.match(styles, /w:styleId="Heading3">.*?<w:b w:val="1"\/>/);
  });

  it("an unknown document is an InvalidParams error, and the server answers the next request", async () => {
    await assert.rejects(client.request("lectern/exportDocx", { textDocument: { uri: "file:///tmp/not-open.speech" } }));
    const r = await client.request<{ data: string }>("lectern/exportDocx", { textDocument: { uri } });
    assert.ok(r.data.length > 1000);
  });
});
