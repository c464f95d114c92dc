/** The slogan.* findings of a text through the core analysis (every rule, as the editor runs it) and through the built CLI, a fix applied, and the pack tests' shared cases. */
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { runCli, tempDir } from "./cli";
import { analyze, DEFAULT_SETTINGS, parseDocument, type Finding } from "../../server/src/core";
import { builtinSloganIndex } from "../../server/src/core/slogans";
import "../../server/src/core/registry";

export const sloganFindings = (text: string): Finding[] =>
  analyze(parseDocument(text), { settings: DEFAULT_SETTINGS, data: {} }).filter((f) => f.code.startsWith("slogan."));

/**
 * The slogan.* findings the built CLI reports for a draft file, as a writer runs it:
 * [0-based line, code, the formulation named (the one a typo should be, or the retired one)].
 */
export function cliSloganFindings(text: string): [number, string, string | undefined][] {
  const file = path.join(tempDir(), "draft.txt");
  fs.writeFileSync(file, text);
  const r = runCli(["check", "--format", "json", file]);
  const diagnostics = JSON.parse(r.stdout).files[0].diagnostics as { code: string; message: string; range: { start: { line: number } } }[];
  return diagnostics.filter((d) => d.code.startsWith("slogan.")).map((d) => [d.range.start.line, d.code, /应为“([^”]+)”|“([^”]+)”已停用/.exec(d.message)?.slice(1).find(Boolean)]);
}

/** The text with the first edit of a finding's first fix applied. */
export function applyFirstFix(text: string, f: Finding): string {
  const e = f.fixes![0].edits[0];
  return text.slice(0, e.span.start) + e.newText + text.slice(e.span.end);
}

/** [field, formulation, the sentence written right, the slipped characters → the right ones]. */
export type PhraseCase = [field: string, form: string, sentence: string, slip: [wrong: string, right: string]];

/** Each case names a current built-in formulation of its field, with a source and a date, and its sentence holds it. */
export function assertCasesInPack(cases: PhraseCase[]): void {
  const idx = builtinSloganIndex();
  for (const [field, form, sentence, [wrong, right]] of cases) {
    const f = idx.formSet.get(form);
    assert.ok(f, `${form}: not in the pack`);
    assert.strictEqual(f.slogan.field, field, form);
    assert.ok(!f.slogan.deprecated && f.slogan.source && f.slogan.date, form);
    assert.ok(sentence.includes(form) && sentence.includes(right), sentence);
    assert.notStrictEqual(wrong, right);
  }
}

/** The parts of a built-in formulation, asserting it is ordered and has a source and a date. */
export function orderedPartsOf(form: string): string[] {
  const f = builtinSloganIndex().formSet.get(form)!.slogan;
  assert.ok(f.ordered && f.source && f.date, form);
  return f.parts!;
}

/** One test per case: the sentence written right is quiet; with the slip it draws one slogan.typo naming the formulation, whose fix restores it. */
export function itCatchesEachSlip(cases: PhraseCase[]): void {
  for (const [field, form, sentence, [wrong, right]] of cases) {
    const slipped = sentence.replace(right, wrong);
    it(`${field}: “${form}” written right is quiet; “${wrong}” is a slip restored to the formulation`, () => {
      assert.ok(sentence.includes(right) && slipped !== sentence, sentence);
      assert.deepStrictEqual(sloganFindings(sentence + "\n").map((f) => f.message), [], sentence);
      const found = sloganFindings(slipped + "\n");
      assert.strictEqual(found.length, 1, `${slipped}: ${found.map((f) => f.message).join(" / ")}`);
      assert.strictEqual(found[0].code, "slogan.typo");
      assert.ok(found[0].message.includes(`“${form}”`), found[0].message);
      assert.strictEqual(applyFirstFix(slipped + "\n", found[0]), sentence + "\n");
    });
  }
}

/** Correct sentences official texts write: each, alone on a line, draws no formulation finding. */
export function assertQuiet(sentences: string[]): void {
  for (const text of sentences) assert.deepStrictEqual(sloganFindings(text + "\n").map((f) => f.message), [], text);
}

/** Sentences with two parts of an ordered formulation exchanged: each draws one slogan.parts, naming the formulation when given. */
export function assertPartsExchanged(cases: readonly (readonly [sentence: string, form?: string])[]): void {
  for (const [sentence, form] of cases) {
    const found = sloganFindings(sentence + "\n");
    assert.deepStrictEqual(found.map((x) => x.code), ["slogan.parts"], `${sentence}: ${found.map((x) => x.message).join(" / ")}`);
    if (form) assert.ok(found[0].message.includes(form), found[0].message);
  }
}
