/**
 * Properties of the core over any text: it never throws, every span lies in
 * the document, the same text gives the same answer, the outline nests, and
 * every quick fix leaves a document that no longer reports what it fixed.
 */
import * as assert from "assert";
import fc from "fast-check";
import { analyze, parseDocument, type OutlineSymbol, type Position, type Range, type Settings } from "../../server/src/core";
import { anyText, draft, numberedDraftLines, PROPERTY_RUNS, propertyParams } from "../support/generators";
import { allSpans, applyEdits, CHECKS, contextFor, FEATURES, mapOffset, observable, runCore } from "./core-run";

/** Settings a writer might have: the defaults, a tiny size limit (so the over-size path runs too), rules turned off. */
const settingsArb: fc.Arbitrary<Partial<Settings>> = fc.record(
  {
    "lectern.maxDocumentSize": fc.constantFrom(1000, 2_000_000),
    "lectern.documentYear": fc.constantFrom(null, 2024),
    "lectern.readingRate": fc.constantFrom(60, 220, 1000),
  },
  { requiredKeys: [] },
);

/** A text, a context and offsets for hover and completion (anywhere, including 0 and the end). */
const input = fc.tuple(anyText, settingsArb, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 3 })).map(([text, settings, fractions]) => ({
  text,
  settings,
  offsets: [0, text.length, ...fractions.map((f) => Math.floor(f * text.length))],
}));

const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);
const contains = (outer: Range, inner: Range) => before(outer.start, inner.start) && before(inner.end, outer.end);

/** A message without what it quotes (“五要”), so "expected 一要, found 五要" and "…found 四要" count as the same problem. */
const gist = (message: string) => message.replace(/“[^”]*”|"[^"]*"/g, "“”");

function isHigh(c: number) {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLow(c: number) {
  return c >= 0xdc00 && c <= 0xdfff;
}

describe("reliability: core properties over any text", function () {
  this.timeout(600_000);

  it("registers checks and features to test (the properties below run over all of them)", () => {
    assert.ok(CHECKS.length >= 1, "no checks registered");
    // Print what is covered, so a run's log shows which features the properties exercised.
    console.log(`      covering checks [${CHECKS.map((c) => c.id).join(", ")}], features [${FEATURES.map((f) => f.id).join(", ")}]`);
  });

  it("never throws, and every span lies inside the document, starts before it ends and splits no CRLF or surrogate pair", () => {
    fc.assert(
      fc.property(input, ({ text, settings, offsets }) => {
        const run = runCore(text, contextFor(settings), offsets);
        for (const { what, span } of allSpans(run)) {
          assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${what}: non-integer span ${JSON.stringify(span)}`);
          assert.ok(0 <= span.start && span.start <= span.end && span.end <= text.length, `${what}: span ${JSON.stringify(span)} outside 0..${text.length} or reversed`);
          for (const at of [span.start, span.end]) {
            if (at > 0 && at < text.length) {
              const prev = text.charCodeAt(at - 1);
              const next = text.charCodeAt(at);
              assert.ok(!(prev === 13 && next === 10), `${what}: ${JSON.stringify(span)} splits a CRLF`);
              assert.ok(!(isHigh(prev) && isLow(next)), `${what}: ${JSON.stringify(span)} splits a surrogate pair`);
            }
          }
        }
        const lines = run.model.index.lines;
        for (const f of run.folding) assert.ok(0 <= f.startLine && f.startLine < f.endLine && f.endLine < lines.length, `folding ${JSON.stringify(f)} of ${lines.length} lines`);
        // Every LSP range converts back to the same offsets (no position past a line's end).
        for (const { what, span } of allSpans(run)) {
          const r = run.model.index.range(span);
          assert.deepStrictEqual({ start: run.model.index.offset(r.start), end: run.model.index.offset(r.end) }, span, `${what}: range ${JSON.stringify(r)} does not round-trip`);
        }
      }),
      propertyParams(),
    );
  });

  it("is deterministic: the same text twice gives deep-equal findings, outline, folding, marks, hovers and completions", () => {
    fc.assert(
      fc.property(input, ({ text, settings, offsets }) => {
        const a = runCore(text, contextFor(settings), offsets);
        const b = runCore(text, contextFor(settings), offsets);
        assert.deepStrictEqual(observable(b), observable(a));
      }),
      propertyParams(),
    );
  });

  it("outline ranges nest: children inside parents, selection inside range, siblings in order without overlap", () => {
    const check = (symbols: OutlineSymbol[], parent: Range | undefined, lineCount: number, lineLength: (l: number) => number) => {
      let prev: Range | undefined;
      for (const s of symbols) {
        for (const p of [s.range.start, s.range.end, s.selectionRange.start, s.selectionRange.end]) {
          assert.ok(p.line >= 0 && p.line < lineCount && p.character >= 0 && p.character <= lineLength(p.line), `${s.name}: position ${JSON.stringify(p)} outside the document`);
        }
        assert.ok(before(s.range.start, s.range.end), `${s.name}: reversed range`);
        assert.ok(contains(s.range, s.selectionRange), `${s.name}: selectionRange ${JSON.stringify(s.selectionRange)} outside range ${JSON.stringify(s.range)}`);
        if (parent) assert.ok(contains(parent, s.range), `${s.name}: range ${JSON.stringify(s.range)} outside its parent ${JSON.stringify(parent)}`);
        if (prev) assert.ok(before(prev.end, s.range.start), `${s.name}: overlaps or precedes its previous sibling`);
        prev = s.range;
        check(s.children, s.range, lineCount, lineLength);
      }
    };
    fc.assert(
      fc.property(fc.oneof(draft, numberedDraftLines.map((d) => d.lines.map((l) => l.heading + l.body).join("\n"))), (text) => {
        const run = runCore(text, contextFor(), []);
        const lines = run.model.index.lines;
        check(run.outline, undefined, lines.length, (l) => lines[l].end - lines[l].start);
      }),
      propertyParams(),
    );
  });

  it("every quick fix leaves a document that re-parses and does not report the same finding at the same place", () => {
    let fixesTried = 0;
    const ctx = contextFor();
    const fixable = fc.oneof(
      draft,
      numberedDraftLines.map((d) => d.lines.map((l) => l.heading + l.body).join("\n")),
    );
    fc.assert(
      fc.property(fixable, (text) => {
        const findings = analyze(parseDocument(text), ctx);
        for (const finding of findings) {
          for (const fix of finding.fixes ?? []) {
            fixesTried++;
            const edits = [...fix.edits].sort((a, b) => a.span.start - b.span.start);
            for (let i = 1; i < edits.length; i++) assert.ok(edits[i - 1].span.end <= edits[i].span.start, `fix "${fix.title}" has overlapping edits`);
            const fixed = applyEdits(text, edits);
            const after = analyze(parseDocument(fixed), ctx);
            const start = mapOffset(finding.span.start, edits);
            const end = mapOffset(finding.span.end, edits);
            // The same problem, not a new one at the same place: same code, span and message up to the quoted text.
            const again = after.find((f) => f.code === finding.code && f.span.start === start && f.span.end === end && gist(f.message) === gist(finding.message));
            assert.ok(!again, `fix "${fix.title}" for ${finding.code} “${finding.message}” did not fix it:\n${JSON.stringify(text)}\n→ ${JSON.stringify(fixed)}\nstill: ${again?.message}`);
          }
        }
      }),
      propertyParams(),
    );
    // The property is only worth something if fixes were actually applied.
    assert.ok(fixesTried >= PROPERTY_RUNS / 100, `only ${fixesTried} quick fixes were generated: no registered check offers fixes on generated drafts`);
    console.log(`      applied ${fixesTried} quick fixes`);
  });
});
