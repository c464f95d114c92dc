/** The skeleton snippets: inserted as they are (every placeholder at its default), they raise no finding. */
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { analyze, DEFAULT_SETTINGS, parseDocument } from "../../server/src/core";
import "../../server/src/core/registry";
import { snippetToPlainText } from "../../server/src/lsp/client-abilities";

const snippets = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../snippets/speech.code-snippets"), "utf8")) as Record<string, { body: string | string[] }>;

describe("skeleton snippets", () => {
  for (const [name, s] of Object.entries(snippets)) {
    const body = Array.isArray(s.body) ? s.body.join("\n") : s.body;
    if (!/^[一二三]、/m.test(body)) continue;
    it(`${name}: no structure.emptySection on the parts it has just inserted`, () => {
      const text = snippetToPlainText(body);
      const codes = analyze(parseDocument(text), { settings: DEFAULT_SETTINGS, data: {} }, { phase: "fast" }).map((f) => f.code);
      assert.deepStrictEqual(codes.filter((c) => c.startsWith("structure.") || c.startsWith("numbering.")), [], text);
    });
  }
});
