/**
 * Packs shared as npm packages: a pack package is packed with `npm pack`,
 * installed from the tarball into a temporary workspace (no network: a local
 * tarball), and loaded by name by the CLI (--pack, lectern.packs via the
 * workspace) and by the language server (lectern.packs).
 */
import * as assert from "assert";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { LspTestClient, fileUri } from "../support/lsp-client";
import { runCli, tempDir } from "./cli.test";

const PACK = {
  name: "county",
  version: "2.1.0",
  slogans: [{ text: "五县战略", quoted: true, deprecated: { since: "2024-01", replacement: "六县战略", note: "县委全会调整为六县战略。" } }],
};
const DRAFT = "同志们：\n要深入推进“五县战略”。\n";

function npm(args: string[], cwd: string): string {
  const r = spawnSync(process.platform === "win32" ? "npm.cmd" : "npm", [...args, "--no-audit", "--no-fund", "--offline", "--loglevel=error"], { cwd, encoding: "utf8" });
  assert.strictEqual(r.status, 0, r.stdout + r.stderr);
  return r.stdout.trim();
}

/** Builds the pack package, packs it, installs the tarball into a fresh workspace; returns the workspace. */
function workspaceWithPackage(manifest: Record<string, unknown>): string {
  const pkg = tempDir();
  fs.mkdirSync(path.join(pkg, "packs"));
  fs.writeFileSync(path.join(pkg, "packs", "county.pack.json"), JSON.stringify(PACK, null, 2));
  fs.writeFileSync(path.join(pkg, "package.json"), JSON.stringify({ name: "@county/lectern-pack", version: "2.1.0", files: ["packs"], lectern: { packs: ["packs/county.pack.json"] }, ...manifest }, null, 2));
  const tarball = path.join(pkg, npm(["pack", "--silent"], pkg).split("\n").pop()!);
  const ws = tempDir();
  fs.writeFileSync(path.join(ws, "package.json"), JSON.stringify({ name: "drafts", private: true }));
  npm(["install", "--save-dev", tarball], ws);
  assert.ok(fs.existsSync(path.join(ws, "node_modules", "@county", "lectern-pack", "packs", "county.pack.json")));
  fs.writeFileSync(path.join(ws, "draft.speech"), DRAFT);
  return ws;
}

const codes = (stdout: string) => (JSON.parse(stdout).files as { path: string; diagnostics: { code: string; message: string }[] }[]).flatMap((f) => f.diagnostics.map((d) => `${f.path} ${d.code}`));

describe("packs shared as npm packages", function () {
  this.timeout(120_000);
  let ws: string;
  before(() => {
    // An optional peer: npm does not try to install lectern itself into the workspace.
    ws = workspaceWithPackage({ peerDependencies: { lectern: ">=0.1.0" }, peerDependenciesMeta: { lectern: { optional: true } } });
  });

  it("the CLI loads an installed pack package by name (--pack NAME, and NAME@RANGE)", () => {
    const without = runCli(["check", "draft.speech", "--format", "json"], ws);
    assert.deepStrictEqual(codes(without.stdout), []);
    const r = runCli(["check", "draft.speech", "--format", "json", "--pack", "@county/lectern-pack"], ws);
    assert.strictEqual(r.status, 0, r.stderr);
    assert.deepStrictEqual(codes(r.stdout), ["draft.speech slogan.deprecated"]);
    assert.match(r.stdout, /六县战略/);
    const ranged = runCli(["check", "draft.speech", "--format", "json", "--pack", "@county/lectern-pack@^2.0.0"], ws);
    assert.deepStrictEqual(codes(ranged.stdout), ["draft.speech slogan.deprecated"]);
  });

  it("a missing package or a version that does not fit is a clear pack.package diagnostic (exit 2); the draft is still checked", () => {
    const missing = runCli(["check", "draft.speech", "--pack", "@county/no-such-pack"], ws);
    assert.strictEqual(missing.status, 2);
    assert.match(missing.stderr, /package\.json:1:1: \(root\): pack package "@county\/no-such-pack" is not installed \(no node_modules\/@county\/no-such-pack\); run npm install --save-dev @county\/no-such-pack/);
    const old = runCli(["check", "draft.speech", "--format", "json", "--pack", "@county/lectern-pack@^3.0.0"], ws);
    assert.strictEqual(old.status, 2);
    assert.match(old.stderr, /node_modules\/@county\/lectern-pack\/package\.json:3:14: version: "@county\/lectern-pack" 2\.1\.0 is installed, but "@county\/lectern-pack@\^3\.0\.0" asks for \^3\.0\.0/);
    // The pack still applies: the installed version is what there is.
    assert.ok(codes(old.stdout).includes("draft.speech slogan.deprecated"));
    const diag = (JSON.parse(old.stdout).dataFiles as { path: string; diagnostics: { code: string }[] }[]).find((f) => f.path.endsWith("package.json"))!;
    assert.deepStrictEqual(diag.diagnostics.map((d) => d.code), ["pack.package"]);
  });

  it("a package written for another Lectern (peerDependencies.lectern) is reported in its package.json", () => {
    const other = workspaceWithPackage({ peerDependencies: { lectern: "^9.0.0" }, peerDependenciesMeta: { lectern: { optional: true } } });
    const r = runCli(["check", "draft.speech", "--pack", "@county/lectern-pack"], other);
    assert.strictEqual(r.status, 2);
    assert.match(r.stderr, /peerDependencies\.lectern: "@county\/lectern-pack" 2\.1\.0 is written for Lectern \^9\.0\.0; this is Lectern \d+\.\d+\.\d+/);
  });

  it("the language server loads it from lectern.packs by name, resolved in the workspace folder's node_modules", async () => {
    const client = await LspTestClient.start({ rootDir: ws, settings: { "lectern.diagnostics.delay": 0, "lectern.packs": ["@county/lectern-pack"] } });
    try {
      const uri = fileUri(path.join(ws, "draft.speech"));
      client.open(uri, DRAFT);
      const ds = (await client.settledDiagnostics(uri, 1)).diagnostics;
      const dep = ds.find((d) => d.code === "slogan.deprecated");
      assert.ok(dep, JSON.stringify(ds));
      assert.deepStrictEqual(dep.range, { start: { line: 1, character: 6 }, end: { line: 1, character: 10 } });
    } finally {
      await client.stop();
    }
  });

  it("the language server reports a missing pack package in the workspace's package.json", async () => {
    const client = await LspTestClient.start({ rootDir: ws, settings: { "lectern.packs": ["@county/missing-pack"] } });
    try {
      const manifest = fileUri(path.join(ws, "package.json"));
      const p = await client.waitForDiagnostics(manifest, (x) => x.diagnostics.length > 0);
      assert.deepStrictEqual(p.diagnostics.map((d) => [d.code, d.severity]), [["pack.package", 1]]);
      assert.match(p.diagnostics[0].message, /pack package "@county\/missing-pack" is not installed/);
    } finally {
      await client.stop();
    }
  });
});
