/**
 * Regression drafts (test/drafts): each draft gives exactly the findings its .expected list
 * names (code and the text pointed at), for the codes it covers, so a missed slip and a new
 * false alarm both fail.
 */
import * as assert from "assert";
import { analyze, DEFAULT_SETTINGS, parseDocument } from "../../server/src/core";
import { readDrafts } from "../support/drafts";

describe("regression drafts", () => {
  const drafts = readDrafts();
  it("has drafts", () => assert.ok(drafts.length > 0));
  for (const d of drafts) {
    it(`${d.name}: ${d.expected.length ? d.expected.join("; ") : "no finding"}`, () => {
      const findings = analyze(parseDocument(d.text), { settings: DEFAULT_SETTINGS, data: {} });
      const got = findings.filter((f) => d.codes.some((c) => f.code.startsWith(c))).map((f) => `${f.code} ${d.text.slice(f.span.start, f.span.end)}`);
      assert.deepStrictEqual(got, d.expected, findings.map((f) => `${f.code}: ${f.message}`).join("\n"));
    });
  }
});
