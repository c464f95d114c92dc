import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { SETTINGS, allRules } from "../../server/src/core";
import "../../server/src/core/registry";
import { COMMANDS } from "../../server/src/cli/commands";

const readme = fs.readFileSync(path.resolve(__dirname, "../../README.md"), "utf8");

describe("README stays true", () => {
  it("documents every setting", () => {
    for (const key of Object.keys(SETTINGS)) assert.ok(readme.includes("`" + key + "`"), `README lacks setting ${key}`);
  });
  it("documents every diagnostic code in the codes table", () => {
    for (const r of allRules()) assert.match(readme, new RegExp("^\\| `" + r.code.replace(/\./g, "\\.") + "` \\|", "m"), `README lacks code ${r.code}`);
  });
  it("documents every CLI command", () => {
    for (const name of Object.keys(COMMANDS)) assert.ok(readme.includes("lectern " + name), `README lacks command ${name}`);
  });
});
