/**
 * The CI and commit-time integrations, run for real: the composite action's
 * steps (action.yml) as a runner would run them, and the pre-commit hooks
 * (.pre-commit-hooks.yaml) through the `pre-commit` tool on a temporary repository.
 */
import * as assert from "assert";
import { spawnSync, type SpawnSyncOptions } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { parse as parseYaml } from "yaml";
import { tempDir } from "./cli.test";
import { skipBecause } from "../support/skip";

const ROOT = path.resolve(__dirname, "../..");
const DRAFT = "一、甲\n内容。\n二、乙\n内容。\n四、丁\n内容。\n";

function run(cmd: string, args: string[], opts: SpawnSyncOptions = {}) {
  const r = spawnSync(cmd, args, { encoding: "utf8", ...opts });
  return { status: r.status ?? -1, stdout: String(r.stdout ?? ""), stderr: String(r.stderr ?? ""), error: r.error };
}

interface ActionStep {
  name: string;
  id?: string;
  shell: string;
  env?: Record<string, string>;
  run: string;
}

/** Runs the action's steps as a runner does: `${{ … }}` expressions resolved, each script in `bash --noprofile --norc -eo pipefail`. */
function runAction(workspace: string, given: Record<string, string>) {
  const action = parseYaml(fs.readFileSync(path.join(ROOT, "action.yml"), "utf8"));
  assert.strictEqual(action.runs.using, "composite");
  const inputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs as Record<string, { default?: string }>)) inputs[name] = given[name] ?? spec.default ?? "";
  const outputFile = path.join(workspace, ".github-output");
  fs.writeFileSync(outputFile, "");
  const expr = (s: string) =>
    s.replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (_, e: string) => {
      if (e === "github.action_path") return ROOT;
      if (e.startsWith("inputs.")) return inputs[e.slice(7)];
      throw new Error(`unknown expression ${e}`);
    });
  let stdout = "";
  let status = 0;
  for (const step of action.runs.steps as ActionStep[]) {
    assert.strictEqual(step.shell, "bash");
    const env: NodeJS.ProcessEnv = { ...process.env, GITHUB_OUTPUT: outputFile, GITHUB_WORKSPACE: workspace };
    for (const [k, v] of Object.entries(step.env ?? {})) env[k] = expr(String(v));
    const script = path.join(workspace, ".step.sh");
    fs.writeFileSync(script, step.run);
    const r = run("bash", ["--noprofile", "--norc", "-eo", "pipefail", script], { cwd: workspace, env });
    fs.rmSync(script);
    stdout += r.stdout;
    status = r.status;
    if (status !== 0) break;
  }
  return { status, stdout, outputs: fs.readFileSync(outputFile, "utf8") };
}

describe("integrations: the GitHub action and the pre-commit hooks", function () {
  this.timeout(120_000);

  it("action.yml with format github prints an annotation per finding, relative to the workspace; an error-severity finding fails the step", () => {
    const ws = tempDir();
    fs.mkdirSync(path.join(ws, "drafts"));
    fs.writeFileSync(path.join(ws, "drafts", "report.speech"), DRAFT);
    const ok = runAction(ws, { paths: "drafts" });
    assert.strictEqual(ok.status, 0, ok.stdout);
    assert.strictEqual(ok.stdout, "::warning file=drafts/report.speech,line=5,col=1,endLine=5,endColumn=3,title=Lectern numbering.sequence::编号跳号：此处为“四、”，应为“三、”。\n");
    const failing = runAction(ws, { paths: "drafts", args: "--rule numbering.sequence=error" });
    assert.strictEqual(failing.status, 1);
    assert.match(failing.stdout, /^::error file=drafts\/report\.speech,line=5,/);
  });

  it("action.yml with format sarif writes the SARIF file and names it in the step's outputs", () => {
    const ws = tempDir();
    fs.writeFileSync(path.join(ws, "a.speech"), DRAFT);
    fs.writeFileSync(path.join(ws, "b.speech"), "一、甲\n内容。\n");
    const r = runAction(ws, { paths: "a.speech\nb.speech", format: "sarif", "sarif-file": "out.sarif" });
    assert.strictEqual(r.status, 0, r.stdout);
    assert.strictEqual(r.outputs, "sarif-file=out.sarif\n");
    const log = JSON.parse(fs.readFileSync(path.join(ws, "out.sarif"), "utf8"));
    assert.deepStrictEqual(
      log.runs[0].results.map((x: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => [x.ruleId, x.locations[0].physicalLocation.artifactLocation.uri]),
      [["numbering.sequence", "a.speech"]],
    );
    assert.strictEqual(runAction(ws, { format: "xml" }).status, 2);
  });

  it("the pre-commit hook runs through the real pre-commit tool: a clean draft passes, an error-severity finding blocks the commit", function () {
    const version = run("pre-commit", ["--version"]);
    if (version.error) {
      // Installed by .ci/run; a developer without it is told, CI fails.
      if (process.env.CI) assert.fail("pre-commit is not installed (apt-get install pre-commit)");
      skipBecause(this, "pre-commit hook test: pre-commit is not installed (apt-get install pre-commit)");
    }
    const git = (cwd: string, ...args: string[]) => {
      const r = run("git", ["-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false", ...args], { cwd });
      assert.strictEqual(r.status, 0, r.stderr);
      return r.stdout.trim();
    };
    // The hooks repository: this repository's manifest, committed.
    const hooks = tempDir();
    git(hooks, "init", "-q");
    fs.copyFileSync(path.join(ROOT, ".pre-commit-hooks.yaml"), path.join(hooks, ".pre-commit-hooks.yaml"));
    git(hooks, "add", ".");
    git(hooks, "commit", "-qm", "hooks");
    const rev = git(hooks, "rev-parse", "HEAD");
    // A drafts repository with lectern installed locally (as npm install --save-dev lectern does: a bin link).
    const project = tempDir();
    git(project, "init", "-q");
    fs.mkdirSync(path.join(project, "node_modules", ".bin"), { recursive: true });
    fs.symlinkSync(path.join(ROOT, "dist", "cli.js"), path.join(project, "node_modules", ".bin", "lectern"));
    fs.writeFileSync(path.join(project, ".gitignore"), "node_modules/\n");
    fs.writeFileSync(
      path.join(project, ".pre-commit-config.yaml"),
      `repos:\n  - repo: ${hooks}\n    rev: ${rev}\n    hooks:\n      - id: lectern\n        args: [--rule, numbering.sequence=error]\n`,
    );
    const env = { ...process.env, PRE_COMMIT_HOME: path.join(project, "..", path.basename(project) + "-cache"), GIT_AUTHOR_NAME: "Test", GIT_AUTHOR_EMAIL: "test@example.com", GIT_COMMITTER_NAME: "Test", GIT_COMMITTER_EMAIL: "test@example.com" };
    fs.writeFileSync(path.join(project, "clean.speech"), "一、甲\n内容。\n二、乙\n内容。\n");
    fs.writeFileSync(path.join(project, "notes.txt"), DRAFT); // not a .speech file: not checked by default
    git(project, "add", ".");
    const clean = run("pre-commit", ["run", "--all-files"], { cwd: project, env });
    assert.strictEqual(clean.status, 0, clean.stdout + clean.stderr);
    assert.match(clean.stdout, /lectern check\.+Passed/);

    assert.strictEqual(run("pre-commit", ["install"], { cwd: project, env }).status, 0);
    fs.writeFileSync(path.join(project, "report.speech"), DRAFT);
    git(project, "add", "report.speech");
    const commit = run("git", ["commit", "-m", "draft"], { cwd: project, env });
    assert.strictEqual(commit.status, 1, commit.stdout + commit.stderr);
    const out = commit.stdout + commit.stderr;
    assert.match(out, /lectern check\.+Failed/);
    assert.match(out, /report\.speech:5:1: error numbering\.sequence/);
    assert.doesNotMatch(out, /clean\.speech|notes\.txt/);
    fs.rmSync(env.PRE_COMMIT_HOME, { recursive: true, force: true });
  });
});
