/**
 * The house rules: imports point down. No module imports itself round a circle
 * (type-only imports included: they still tie the files' meanings together),
 * and the pure core imports neither the LSP, nor VS Code, nor a layer above it.
 */
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../..");

function sources(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) sources(p, out);
    else if (p.endsWith(".ts")) out.push(p);
  }
  return out;
}

/** Every module specifier a file imports or re-exports. */
function specifiers(file: string): string[] {
  const text = fs.readFileSync(file, "utf8");
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^;'"]*?from\s*["']([^"']+)["']|(?:^|\n)\s*import\s*["']([^"']+)["']/g)].map((m) => m[1] ?? m[2]);
}

function resolveLocal(from: string, spec: string): string | undefined {
  if (!spec.startsWith(".")) return undefined;
  const base = path.resolve(path.dirname(from), spec);
  return [base + ".ts", path.join(base, "index.ts")].find((c) => fs.existsSync(c));
}

function graph(): Map<string, string[]> {
  const files = [...sources(path.join(ROOT, "server/src")), ...sources(path.join(ROOT, "client/src"))];
  return new Map(files.map((f) => [f, specifiers(f).map((s) => resolveLocal(f, s)).filter((x): x is string => !!x)]));
}

export function findCycles(g: Map<string, string[]>): string[][] {
  const state = new Map<string, 1 | 2>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (n: string) => {
    state.set(n, 1);
    stack.push(n);
    for (const d of g.get(n) ?? []) {
      if (state.get(d) === 1) cycles.push([...stack.slice(stack.indexOf(d)), d]);
      else if (!state.get(d)) visit(d);
    }
    stack.pop();
    state.set(n, 2);
  };
  for (const n of g.keys()) if (!state.get(n)) visit(n);
  return cycles;
}

describe("architecture", () => {
  it("has no import circles in server/src or client/src", () => {
    const rel = (f: string) => path.relative(ROOT, f);
    assert.deepStrictEqual(findCycles(graph()).map((c) => c.map(rel).join(" → ")), []);
  });

  it("the cycle finder finds a circle when there is one", () => {
    const g = new Map([["a", ["b"]], ["b", ["c"]], ["c", ["a"]], ["d", ["a"]]]);
    assert.deepStrictEqual(findCycles(g), [["a", "b", "c", "a"]]);
  });

  it("the core imports no LSP, no VS Code and no layer above it", () => {
    const core = path.join(ROOT, "server/src/core");
    const bad: string[] = [];
    for (const f of sources(core)) {
      for (const s of specifiers(f)) {
        const local = resolveLocal(f, s);
        const escapes = local !== undefined && !local.startsWith(core + path.sep);
        if (/^vscode/.test(s) || escapes) bad.push(`${path.relative(ROOT, f)} imports ${s}`);
      }
    }
    assert.deepStrictEqual(bad, []);
  });

  it("the document model imports no feature", () => {
    const doc = path.join(ROOT, "server/src/core/document");
    const features = ["structure", "numbering", "slogans", "figures"].map((d) => path.join(ROOT, "server/src/core", d) + path.sep);
    const bad = sources(doc).flatMap((f) =>
      specifiers(f)
        .map((s) => resolveLocal(f, s))
        .filter((l): l is string => !!l && features.some((d) => l.startsWith(d)))
        .map((l) => `${path.relative(ROOT, f)} imports ${path.relative(ROOT, l)}`),
    );
    assert.deepStrictEqual(bad, []);
  });
});
