/**
 * Blind rounds (test/blind/roundN): drafts written by people who never read the code, with
 * their seeded slips (see test/support/blind.ts). Each round's `baseline.json` lists the
 * misses and false alarms still open after that round's fixes ("draft:line code"); a slip
 * found then must stay found, and no new false alarm may appear. The score before the
 * fixes is in docs/accuracy.md.
 */
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { analyze, DEFAULT_SETTINGS, LineIndex, parseDocument } from "../../server/src/core";
import { BLIND_DIR, readRound, scoreDraft } from "../support/blind";

interface Baseline {
  missed: string[];
  falseAlarms: string[];
}

const rounds = fs.existsSync(BLIND_DIR)
  ? fs.readdirSync(BLIND_DIR).filter((d) => /^round\d+$/.test(d)).sort()
  : [];

describe("blind rounds", () => {
  it("has rounds, each with a baseline", () => {
    assert.ok(rounds.length > 0);
    for (const r of rounds) assert.ok(fs.existsSync(path.join(BLIND_DIR, r, "baseline.json")), `${r}/baseline.json`);
  });
  for (const round of rounds) {
    const dir = path.join(BLIND_DIR, round);
    const baseline: Baseline = JSON.parse(fs.readFileSync(path.join(dir, "baseline.json"), "utf8"));
    for (const draft of readRound(dir)) {
      it(`${round}/${draft.name}: seeded slips found, no new false alarm`, () => {
        const index = new LineIndex(draft.text);
        const findings = analyze(parseDocument(draft.text), { settings: DEFAULT_SETTINGS, data: {} }).map((f) => ({
          line: index.lineAt(f.span.start),
          code: f.code,
          message: f.message,
        }));
        const score = scoreDraft(draft, findings);
        const key = (line: number, code: string) => `${draft.name}:${line} ${code}`;
        const newMisses = score.missed.map((m) => key(m.line, m.code)).filter((k) => !baseline.missed.includes(k));
        const newAlarms = score.falseAlarms.filter((f) => !baseline.falseAlarms.includes(key(f.line, f.code))).map((f) => `${key(f.line, f.code)}: ${f.message}`);
        assert.deepStrictEqual({ newMisses, newAlarms }, { newMisses: [], newAlarms: [] });
      });
    }
  }
});
