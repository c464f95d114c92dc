/**
 * Exact positions: the same draft written with a BOM, CRLF or CR line ends,
 * full-width indentation and emoji (surrogate pairs) before its findings must
 * give the same findings over the same text, read back through LSP ranges.
 */
import * as assert from "assert";
import fc from "fast-check";
import { TextDocument } from "vscode-languageserver-textdocument";
import { analyze, LineIndex, parseDocument, type Finding } from "../../server/src/core";
import { EMOJI, LINE_BREAKS, numberedDraftLines, PROPERTY_RUNS, propertyParams, type DraftLines } from "../support/generators";
import { contextFor } from "./core-run";

interface Dressing {
  bom: boolean;
  /** Per line: padding before it, the line break after it, and emoji after the heading token. */
  lines: { pad: string; br: string; emoji: string }[];
}

/** The plain draft (LF, no padding) and the dressed one, with a map from plain offsets to dressed ones. */
function build(d: DraftLines, dress: Dressing) {
  let plain = "";
  let dressed = dress.bom ? "\uFEFF" : "";
  const lineMaps: { plainStart: number; dressedStart: number; tokenEnd: number; emoji: string }[] = [];
  d.lines.forEach((line, i) => {
    const dr = dress.lines[i % dress.lines.length];
    // Emoji go between a heading token and its text when that starts with a Chinese character that
    // is no numeral: what follows a token decides whether it is one (`1.1.`, `一、三、` are not headings).
    const emoji = line.heading && /^(?![一二三四五六七八九十百零])[\u4e00-\u9fff]/.test(line.body) ? dr.emoji : "";
    const content = line.heading + line.body;
    lineMaps.push({ plainStart: plain.length, dressedStart: dressed.length + dr.pad.length, tokenEnd: line.heading.length, emoji });
    plain += content + "\n";
    dressed += dr.pad + line.heading + emoji + line.body + dr.br;
  });
  /** `side` says on which side of an emoji an offset at the token's end goes: starts after it, ends before it. */
  const map = (offset: number, side: "start" | "end"): number => {
    let l = lineMaps.length - 1;
    while (l > 0 && lineMaps[l].plainStart > offset) l--;
    const m = lineMaps[l];
    const col = offset - m.plainStart;
    const shift = m.emoji && (col > m.tokenEnd || (col === m.tokenEnd && side === "start")) ? m.emoji.length : 0;
    return m.dressedStart + col + shift;
  };
  return { plain, dressed, map };
}

const dressing: fc.Arbitrary<Dressing> = fc.record({
  bom: fc.boolean(),
  lines: fc.array(
    fc.record({
      pad: fc.constantFrom("", "\u3000\u3000", "\u3000", " ", "\t", "\u00a0"),
      br: fc.constantFrom(...LINE_BREAKS),
      emoji: fc.array(fc.constantFrom(...EMOJI), { maxLength: 3 }).map((e) => e.join("")),
    }),
    { minLength: 1, maxLength: 8 },
  ),
});

const describeFinding = (f: Finding) => `${f.code} ${JSON.stringify(f.span)} ${f.message}`;

describe("reliability: exact positions", function () {
  this.timeout(600_000);

  it("a BOM, CRLF/CR line ends, full-width padding and emoji before a finding leave it over the same text (read back through LSP ranges)", () => {
    const ctx = contextFor();
    let compared = 0;
    fc.assert(
      fc.property(numberedDraftLines, dressing, (d, dress) => {
        const { plain, dressed, map } = build(d, dress);
        const before = analyze(parseDocument(plain), ctx);
        const model = parseDocument(dressed);
        const after = analyze(model, ctx);
        assert.deepStrictEqual(after.map((f) => f.code), before.map((f) => f.code), `findings differ:\n${before.map(describeFinding).join("\n")}\nvs\n${after.map(describeFinding).join("\n")}\nfor ${JSON.stringify(dressed)}`);
        // Read each finding back as a client would: LSP range → text, with an independent TextDocument.
        const doc = TextDocument.create("file:///x.speech", "speech", 1, dressed);
        const index = new LineIndex(dressed);
        before.forEach((b, i) => {
          const a = after[i];
          const expected = { start: map(b.span.start, "start"), end: map(b.span.end, "end") };
          assert.deepStrictEqual(a.span, expected, `${a.code} at ${JSON.stringify(a.span)}, expected ${JSON.stringify(expected)} in ${JSON.stringify(dressed)}`);
          const range = index.range(a.span);
          const wanted = dressed.slice(expected.start, expected.end);
          assert.strictEqual(doc.getText(range), wanted, `${a.code}: TextDocument reads ${JSON.stringify(doc.getText(range))} at ${JSON.stringify(range)}`);
          assert.strictEqual(dressed.slice(index.offset(range.start), index.offset(range.end)), wanted);
          // Without what was added, it is the plain draft's text.
          const strip = (s: string) => s.replace(new RegExp(EMOJI.join("|"), "gu"), "");
          assert.strictEqual(strip(wanted), plain.slice(b.span.start, b.span.end));
          compared++;
          for (const [k, fix] of (a.fixes ?? []).entries()) {
            fix.edits.forEach((e, j) => {
              const be = b.fixes![k].edits[j];
              assert.deepStrictEqual(e.span, { start: map(be.span.start, "start"), end: map(be.span.end, "end") }, `fix "${fix.title}" edit ${j}`);
            });
          }
        });
      }),
      propertyParams(),
    );
    assert.ok(compared >= PROPERTY_RUNS / 10, `only ${compared} findings compared: the generated drafts should produce many`);
    console.log(`      compared ${compared} findings`);
  });
});
