/** `lectern check --format sarif|github`: findings for code review (SARIF 2.1.0 upload, inline annotations). */
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";
import { allRules } from "../../server/src/core";
import "../../server/src/core/registry";
import { escapeData, escapeProperty } from "../../server/src/cli/annotations";
import { runCli, tempDir } from "./cli.test";
import { CORPUS_DIR } from "../support/corpus";

// The official SARIF 2.1.0 schema (2.1.0-rtm.5, as published by the SARIF TC), vendored.
const SCHEMA = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../schemas/sarif-2.1.0-rtm.5.json"), "utf8"));

function sarifValidator() {
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false }) // the schema's patterns are ECMA-262 without the u flag;
  addFormats(ajv);
  return ajv.compile(SCHEMA);
}

function validateSarif(log: unknown): void {
  const validate = sarifValidator();
  assert.ok(validate(log), JSON.stringify(validate.errors, null, 1));
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: { startLine: number; startColumn: number; endLine: number; endColumn: number } } }[];
  partialFingerprints: Record<string, string>;
}

const DRAFT = "同志们：\n一、甲\n要做到“四个自性”。\n二、乙\n比上年增长百分之5。\n四、丁\n好。\n";

describe("CLI: findings for code review (--format sarif, --format github)", () => {
  it("SARIF passes the official 2.1.0 schema, declares UTF-16 columns and describes every rule with help text", () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "draft.speech"), DRAFT);
    fs.writeFileSync(path.join(dir, "bad.pack.json"), "{ nope");
    const r = runCli(["check", ".", "--format", "sarif", "--no-workspace", "--pack", "bad.pack.json"], dir);
    assert.strictEqual(r.status, 2, r.stderr); // the bad pack is reported, exit 2 as before
    const log = JSON.parse(r.stdout);
    validateSarif(log);
    const run = log.runs[0];
    assert.strictEqual(log.version, "2.1.0");
    assert.strictEqual(run.columnKind, "utf16CodeUnits");
    const rules = run.tool.driver.rules as { id: string; help: { text: string }; shortDescription: { text: string } }[];
    assert.deepStrictEqual(rules.map((x) => x.id), allRules().map((x) => x.code));
    for (const rule of rules) assert.ok(rule.help.text.startsWith(allRules().find((x) => x.code === rule.id)!.description), rule.id);
    const results = run.results as SarifResult[];
    for (const res of results) assert.strictEqual(rules[res.ruleIndex].id, res.ruleId);
    const typo = results.find((x) => x.ruleId === "slogan.typo")!;
    // “四个自性” is at line 3, UTF-16 column 5 (1-based) through column 9.
    assert.deepStrictEqual(typo.locations[0].physicalLocation.region, { startLine: 3, startColumn: 5, endLine: 3, endColumn: 9 });
    assert.deepStrictEqual(typo.locations[0].physicalLocation.artifactLocation, { uri: "draft.speech", uriBaseId: "SRCROOT" });
    assert.ok(results.some((x) => x.ruleId === "pack.invalid" && x.level === "error"));
    // The schema does reject what is not SARIF: a column kind it does not know, a region at column 0.
    const broken = JSON.parse(r.stdout);
    broken.runs[0].columnKind = "utf8Bytes";
    broken.runs[0].results[0].locations[0].physicalLocation.region.startColumn = 0;
    assert.strictEqual(sarifValidator()(broken), false);
  });

  it("SARIF fingerprints survive unrelated edits: a paragraph inserted above moves lines but keeps every fingerprint", () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "draft.speech"), DRAFT);
    const before = JSON.parse(runCli(["check", "draft.speech", "--format", "sarif", "--no-workspace"], dir).stdout).runs[0].results as SarifResult[];
    fs.writeFileSync(path.join(dir, "draft.speech"), DRAFT.replace("同志们：\n", "同志们：\n今天召开会议。\n\n"));
    const after = JSON.parse(runCli(["check", "draft.speech", "--format", "sarif", "--no-workspace"], dir).stdout).runs[0].results as SarifResult[];
    assert.ok(before.length >= 3, JSON.stringify(before.map((x) => x.ruleId)));
    const print = (x: SarifResult) => Object.values(x.partialFingerprints)[0];
    assert.deepStrictEqual(after.map(print), before.map(print));
    assert.deepStrictEqual(after.map((x) => x.locations[0].physicalLocation.region.startLine), before.map((x) => x.locations[0].physicalLocation.region.startLine + 2));
    assert.strictEqual(new Set(before.map(print)).size, before.length, "fingerprints are distinct");
  });

  it("SARIF of a clean official report has no results and is still valid", () => {
    const r = runCli(["check", path.join(CORPUS_DIR, "government-work-report-2024.txt"), "--format", "sarif", "--no-workspace"]);
    assert.strictEqual(r.status, 0, r.stderr);
    const log = JSON.parse(r.stdout);
    validateSarif(log);
    assert.deepStrictEqual(log.runs[0].results, []);
  });

  it("--format github prints exact workflow commands: severity, 1-based positions, escaped properties and message", () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "a,b:c.txt"), "一、甲\n二、乙\n四、丁\n比上年增长百分之5。\n");
    const r = runCli(["check", ".", "--format", "github", "--no-workspace", "--rule", "structure.emptySection=off", "--rule", "figure.usage=error"], dir);
    assert.strictEqual(r.status, 1, r.stderr);
    assert.strictEqual(
      r.stdout,
      [
        "::warning file=a%2Cb%3Ac.txt,line=3,col=1,endLine=3,endColumn=3,title=Lectern numbering.sequence::编号跳号：此处为“四、”，应为“三、”。",
        "::error file=a%2Cb%3Ac.txt,line=4,col=6,endLine=4,endColumn=10,title=Lectern figure.usage::“百分之5”：百分数用阿拉伯数字时写作“5%25”。",
        "",
      ].join("\n"),
    );
    const info = runCli(["check", ".", "--format", "github", "--no-workspace", "--rule", "numbering.sequence=information", "--rule", "structure.emptySection=off", "--rule", "figure.usage=off"], dir);
    assert.match(info.stdout, /^::notice file=a%2Cb%3Ac\.txt,line=3,/);
  });

  it("escapes per the workflow-command rules: % CR LF in messages, and : , too in properties", () => {
    assert.strictEqual(escapeData("50% a\r\nb:c,d"), "50%25 a%0D%0Ab:c,d");
    assert.strictEqual(escapeProperty("50% a\r\nb:c,d"), "50%25 a%0D%0Ab%3Ac%2Cd");
  });
});
