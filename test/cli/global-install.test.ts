/**
 * `lectern` on the PATH: the package npm builds from this repository installs
 * globally (into a temporary prefix here, as `npm install -g` does into the
 * user's) and its `lectern` runs the README's examples. Also: `npx lectern`
 * in the clone, as the README's set-up says. Dependencies come from npm's
 * cache that `npm ci` filled (--prefer-offline).
 */
import * as assert from "assert";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { CORPUS_DIR } from "../support/corpus";

const ROOT = path.resolve(__dirname, "../..");
const NPM = process.platform === "win32" ? "npm.cmd" : "npm";

function run(cmd: string, args: string[], cwd: string): { status: number; stdout: string; stderr: string } {
  const r = spawnSync(cmd, args, { cwd, encoding: "utf8", shell: process.platform === "win32", env: { ...process.env, npm_config_yes: "false" } });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

describe("CLI: installing lectern", function () {
  this.timeout(180_000);
  let tmp: string;
  let tarball: string;

  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "lectern-install-"));
    // npm test has just built dist/. prepack strips the lifecycle scripts from the packed
    // package.json and postpack puts the clone's back.
    const manifest = fs.readFileSync(path.join(ROOT, "package.json"), "utf8");
    const pack = run(NPM, ["pack", "--json", "--pack-destination", tmp], ROOT);
    assert.strictEqual(pack.status, 0, pack.stderr);
    assert.strictEqual(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"), manifest, "npm pack leaves the clone's package.json as it was");
    const info = JSON.parse(pack.stdout)[0] as { filename: string; files: { path: string }[] };
    tarball = path.join(tmp, info.filename);
    const files = info.files.map((f) => f.path);
    for (const needed of ["dist/cli.js", "dist/cli.bundle", "dist/server.js", "dist/server.bundle", "schemas/config.schema.json", "docs/rules/numbering.sequence.md", "package.json", "README.md"]) {
      assert.ok(files.includes(needed), `the package lacks ${needed}: ${files.join(", ")}`);
    }
    // Only what runs: no sources, tests or source maps.
    assert.deepStrictEqual(
      files.filter((f) => /^(server|client|test|bench|scripts)\//.test(f) || f.endsWith(".map")),
      [],
    );
  });

  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it("npm install -g puts a working lectern (and lectern-language-server) on the PATH", () => {
    const prefix = path.join(tmp, "prefix");
    const install = run(NPM, ["install", "-g", "--prefix", prefix, "--prefer-offline", "--no-audit", "--no-fund", tarball], tmp);
    assert.strictEqual(install.status, 0, install.stderr);
    // Nothing to warn about: no install script of its own, every dependency supports Node 20.
    assert.doesNotMatch(install.stderr, /EBADENGINE|install-scripts|allow-scripts/, install.stderr);
    const installed = JSON.parse(fs.readFileSync(path.join(prefix, "lib", "node_modules", "lectern", "package.json"), "utf8"));
    assert.deepStrictEqual(Object.keys(installed.scripts).filter((k) => /^(pre|post)?(install|prepare|pack)$/.test(k) || k === "prepack" || k === "postpack"), []);
    const bin = process.platform === "win32" ? prefix : path.join(prefix, "bin");
    const lectern = path.join(bin, "lectern");
    assert.ok(fs.existsSync(lectern), `no ${lectern}`);
    assert.ok(fs.existsSync(path.join(bin, "lectern-language-server")));

    const version = run(lectern, ["--version"], tmp);
    assert.strictEqual(version.status, 0, version.stderr);
    assert.strictEqual(version.stdout.trim(), JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).version);

    // The README's first example, from a folder with nothing of Lectern's in it.
    const work = path.join(tmp, "drafts");
    fs.mkdirSync(work);
    fs.copyFileSync(path.join(CORPUS_DIR, "county-mobilization-speech.txt"), path.join(work, "讲话.txt"));
    fs.writeFileSync(path.join(work, "b.speech"), "一、总体要求\n要提高站位。\n二、工作安排\n正文。\n四、保障措施\n正文。\n");
    const check = run(lectern, ["check", "--format", "json"], work);
    assert.strictEqual(check.status, 1, check.stderr);
    const out = JSON.parse(check.stdout) as { files: { path: string; diagnostics: { code: string }[] }[] };
    assert.deepStrictEqual(out.files.map((f) => f.path).sort(), ["b.speech", "讲话.txt"]);
    const codes = out.files.flatMap((f) => f.diagnostics.map((d) => d.code));
    assert.ok(codes.includes("numbering.sequence"), codes.join(" "));
    // The segmenter runs in the installed bundle: the speech's slogan finding is there.
    assert.ok(codes.includes("slogan.deprecated"), codes.join(" "));

    // `lectern init` points $schema at the schemas the package installed.
    const init = run(lectern, ["init"], work);
    assert.strictEqual(init.status, 0, init.stderr);
    const config = JSON.parse(fs.readFileSync(path.join(work, ".lectern", "config.json"), "utf8"));
    assert.ok(fs.existsSync(path.resolve(work, ".lectern", config.$schema)), config.$schema);
  });

  it("npx lectern runs the clone's own CLI", () => {
    const r = run("npx", ["lectern", "--version"], ROOT);
    assert.strictEqual(r.status, 0, r.stderr);
    assert.match(r.stdout, /^\d+\.\d+\.\d+/);
  });
});
