/** `lectern init` and `lectern pack check`: starting a team's .lectern/ folder and checking a pack before sharing it. */
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import Ajv from "ajv";
import { DEFAULT_PROJECT_CONFIG, ProjectConfigSchema } from "../../server/src/core";
import { runCli, tempDir } from "./cli.test";

const ROOT = path.resolve(__dirname, "../..");

describe("CLI: lectern init and lectern pack check", () => {
  it("init creates .lectern/ with a starter pack, a target table and an include/exclude config, each naming a schema that validates it", () => {
    const dir = tempDir();
    const r = runCli(["init"], dir);
    assert.strictEqual(r.status, 0, r.stderr);
    assert.strictEqual(r.stdout, "created .lectern/team.pack.json\ncreated .lectern/targets.json\ncreated .lectern/config.json\n");
    assert.strictEqual(JSON.parse(fs.readFileSync(path.join(dir, ".lectern", "team.pack.json"), "utf8")).name, path.basename(dir));
    const ajv = new Ajv({ strict: false });
    for (const name of ["team.pack.json", "targets.json", "config.json"]) {
      const file = path.join(dir, ".lectern", name);
      const json = JSON.parse(fs.readFileSync(file, "utf8"));
      // $schema points at the schema shipped with this Lectern, relative to .lectern/.
      const schemaFile = path.resolve(path.dirname(file), json.$schema);
      assert.ok(schemaFile.startsWith(path.join(ROOT, "schemas")), json.$schema);
      const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaFile, "utf8")));
      assert.ok(validate(json), `${name}: ${JSON.stringify(validate.errors)}`);
    }
    assert.deepStrictEqual(ProjectConfigSchema.parse(JSON.parse(fs.readFileSync(path.join(dir, ".lectern", "config.json"), "utf8"))).exclude, [...DEFAULT_PROJECT_CONFIG.exclude, "archive/"]);
    // The workspace it made is valid as it is: check runs with it and reports no data problems.
    fs.writeFileSync(path.join(dir, "a.speech"), "一、甲\n内容。\n");
    const check = runCli(["check", "a.speech"], dir);
    assert.strictEqual(check.status, 0, check.stderr);
  });

  it("init never overwrites: a second run keeps every file and says so", () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, ".lectern"));
    fs.writeFileSync(path.join(dir, ".lectern", "targets.json"), '{"targets":[{"metric":"地区生产总值","value":1,"unit":"亿元"}]}');
    const r = runCli(["init", "."], dir);
    assert.strictEqual(r.status, 0);
    assert.match(r.stderr, /kept \.lectern\/targets\.json \(already there\)/);
    assert.match(fs.readFileSync(path.join(dir, ".lectern", "targets.json"), "utf8"), /地区生产总值/);
    assert.strictEqual(runCli(["init", "no-such-folder"], dir).status, 2);
  });

  it("pack check prints what a pack holds and each formulation that collides with the built-in pack", () => {
    const dir = tempDir();
    const pack = {
      name: "county",
      version: "1.0.0",
      slogans: [
        { text: "五县战略", quoted: true },
        { text: "四个自信", verbs: ["坚定"] },
        { text: "全面建成小康", aliases: ["中国式现代化"] },
        { text: "三年翻两番", deprecated: { since: "2024-01", replacement: "五年再进位", note: "调整。" } },
      ],
      snippets: [{ prefix: "kaihui", body: "同志们：" }],
    };
    fs.writeFileSync(path.join(dir, "county.pack.json"), JSON.stringify(pack, null, 2));
    const r = runCli(["pack", "check", "county.pack.json"], dir);
    assert.strictEqual(r.status, 0, r.stderr);
    assert.strictEqual(
      r.stdout,
      [
        "county.pack.json: pack county 1.0.0",
        "  formulations (3): 五县战略、四个自信、全面建成小康",
        "  retired (1): 三年翻两番（2024-01 → 五年再进位）",
        "  snippets (1): kaihui",
        "  collides with the built-in pack: “四个自信” — this pack's entry replaces the built-in one",
        "  collides with the built-in pack: “中国式现代化” — this pack's entry replaces the built-in one",
        "county.pack.json: no problems",
        "",
      ].join("\n"),
    );
    const json = JSON.parse(runCli(["pack", "check", "county.pack.json", "--format", "json"], dir).stdout);
    assert.deepStrictEqual(json.packs[0].collisions, [{ text: "四个自信", builtin: "四个自信" }, { text: "中国式现代化", builtin: "中国式现代化" }]);
  });

  it("pack check lints a valid pack: near misses (in the pack and of a built-in entry), duplicates, parts counts; exit 1, each at its line and column", () => {
    const dir = tempDir();
    const text = [
      "{",
      '  "name": "county", "version": "1",',
      '  "slogans": [',
      '    { "text": "五县发展战略" },',
      '    { "text": "五县发屐战略" },',
      '    { "text": "新时代党的建设总要球" },',
      '    { "text": "三个统筹", "aliases": ["三个统筹"], "parts": ["甲", "乙"] },',
      '    { "text": "两个先行", "aliases": ["五县发展战略"], "parts": ["甲", "乙", "甲"] },',
      '    { "text": "第一个五年目标" },',
      '    { "text": "第二个五年目标" },',
      '    { "text": "法治县城建设", "neighbours": ["法制县城建设"] },',
      '    { "text": "法制县城建设" }',
      "  ]",
      "}",
    ].join("\n");
    fs.writeFileSync(path.join(dir, "lint.pack.json"), text);
    const r = runCli(["pack", "check", "lint.pack.json"], dir);
    assert.strictEqual(r.status, 1, r.stdout + r.stderr);
    const lines = r.stdout.split("\n").filter((l) => l.startsWith("lint.pack.json:") && !l.includes(" pack county"));
    assert.deepStrictEqual(lines, [
      "lint.pack.json:7:35: slogans[3].aliases[0]: “三个统筹” is listed twice in the same entry",
      "lint.pack.json:8:35: slogans[4].aliases[0]: duplicate: “五县发展战略” is already “五县发展战略” (slogans[0].text)",
      "lint.pack.json:8:66: slogans[4].parts[2]: the part “甲” is listed twice",
      "lint.pack.json:5:15: slogans[1].text: near miss: “五县发屐战略” and “五县发展战略” (slogans[0].text) are one character apart; one of them is likely misspelt",
      "lint.pack.json:6:15: slogans[2].text: near miss: “新时代党的建设总要球” and the built-in “新时代党的建设总要求” are one character apart; one of them is likely misspelt",
      "lint.pack.json:7:53: slogans[3].parts: “三个统筹” names 3 parts but lists 2",
      "lint.pack.json:8:55: slogans[4].parts: “两个先行” names 2 parts but lists 3",
      "lint.pack.json: 7 problem(s)",
    ]);
    const json = JSON.parse(runCli(["pack", "check", "lint.pack.json", "--format", "json"], dir).stdout);
    assert.deepStrictEqual(json.packs[0].lint.map((p: { kind: string }) => p.kind).sort(), ["duplicate", "duplicate", "duplicate", "near-miss", "near-miss", "parts-count", "parts-count"]);
  });

  it("pack check --builtin: the built-in pack, its field files merged, has no problems", () => {
    const r = runCli(["pack", "check", "--builtin"], tempDir());
    assert.strictEqual(r.status, 0, r.stdout);
    assert.match(r.stdout, /^\(built-in\): pack lectern-builtin /);
    assert.match(r.stdout, /\(built-in\): no problems\n$/);
    const json = JSON.parse(runCli(["pack", "check", "--builtin", "--format", "json"], tempDir()).stdout);
    assert.deepStrictEqual(json.packs[0].lint, []);
    assert.ok(json.packs[0].formulations.length + json.packs[0].retired.length >= 245);
    assert.strictEqual(runCli(["pack", "check", "--builtin", "x.pack.json"], tempDir()).status, 2);
  });

  it("pack check reports an invalid pack at its JSON path (exit 1), a missing package clearly, and bad usage with exit 2", () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "bad.pack.json"), '{\n  "name": "x",\n  "version": "1",\n  "slogans": [{ "text": "甲乙", "quoted": "yes" }]\n}');
    const r = runCli(["pack", "check", "bad.pack.json"], dir);
    assert.strictEqual(r.status, 1);
    assert.match(r.stdout, /^bad\.pack\.json:4:41: slogans\[0\]\.quoted: /m);
    assert.match(r.stdout, /bad\.pack\.json: invalid pack \(1 problem\(s\)\)/);
    const missing = runCli(["pack", "check", "@county/none"], dir);
    assert.strictEqual(missing.status, 1);
    assert.match(missing.stdout, /pack package "@county\/none" is not installed/);
    assert.strictEqual(runCli(["pack", "lint", "x"], dir).status, 2);
    assert.strictEqual(runCli(["pack", "check"], dir).status, 2);
  });
});
