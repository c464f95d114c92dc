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
        "",
      ].join("\n"),
    );
    const json = JSON.parse(runCli(["pack", "check", "county.pack.json", "--format", "json"], dir).stdout);
    assert.deepStrictEqual(json.packs[0].collisions, [{ text: "四个自信", builtin: "四个自信" }, { text: "中国式现代化", builtin: "中国式现代化" }]);
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
