/** `lectern/analysisDone`: the server's own word that a version's full analysis has been published. */
import * as assert from "assert";
import { LspTestClient } from "../support/lsp-client";

describe("language server: lectern/analysisDone", function () {
  let client: LspTestClient;
  const uri = "file:///tmp/lectern-analysis-done.speech";
  // slogan.typo needs the segmenter: it is in the full phase only.
  const text = "同志们：\n要做到帜鲜明讲政治。\n";

  before(async () => {
    client = await LspTestClient.start({ settings: { "lectern.diagnostics.delay": 0 } });
  });
  after(() => client.stop());

  it("follows the full phase's publication for the version, complete, with the segmenter's findings in it", async () => {
    client.open(uri, text);
    await client.analysisDone(uri, 1);
    assert.deepStrictEqual(
      client.analysisLog.map(({ uri, version, complete }) => ({ uri, version, complete })),
      [{ uri, version: 1, complete: true }],
    );
    // Everything for the version was published before the signal, the full set last.
    const published = client.diagnostics.get(uri)!.slice(0, client.analysisLog[0].publishedBefore);
    assert.ok(published.length >= 1);
    assert.strictEqual(published.at(-1)!.version, 1);
    assert.ok(published.at(-1)!.diagnostics.some((d) => d.code === "slogan.typo"), JSON.stringify(published));
  });

  it("after quick edits, the latest version is announced and its diagnostics are for its text", async () => {
    for (let v = 2; v <= 6; v++) client.change(uri, v, [{ text: v === 6 ? "一、甲\n正文。\n二、乙\n正文。\n四、丁\n正文。\n" : text + "x".repeat(v) }]);
    const last = await client.settledDiagnostics(uri, 6);
    assert.deepStrictEqual(last.diagnostics.map((d) => d.code), ["numbering.sequence"]);
    assert.strictEqual(client.analysisLog.at(-1)!.version, 6);
  });
});
