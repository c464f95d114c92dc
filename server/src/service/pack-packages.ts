/**
 * Packs shared as npm packages (the convention of textlint presets): a name in
 * `lectern.packs` or `--pack` is resolved from the workspace's node_modules,
 * and the package's package.json names its pack files under `lectern.packs`.
 * `name@range` asks for a version; a package's `peerDependencies.lectern`
 * says which Lectern it was written for. Problems are reported in the
 * package.json they concern.
 */
import * as fs from "fs";
import { readRegularFile } from "./regular-file";
import * as path from "path";
import { findNodeAtLocation, parseTree, type JSONPath } from "jsonc-parser";
import { satisfies, validRange } from "semver";
import type { DataProblem } from "../core";

export interface PackageProblemFile {
  path: string;
  text: string;
  problems: DataProblem[];
}

export interface ResolvedPackage {
  /** The pack files the package names, absolute. */
  files: string[];
  problems: PackageProblemFile[];
}

const NAME = /^(?:@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/;

/** `@scope/name`, `name`, `name@^2`: a package, unless it names a JSON file or a path. */
export function parsePackageSpec(spec: string): { name: string; range?: string } | undefined {
  if (/\.json$/i.test(spec) || spec.startsWith(".") || spec.includes("\\")) return undefined;
  const at = spec.indexOf("@", 1);
  const name = at > 0 ? spec.slice(0, at) : spec;
  const range = at > 0 ? spec.slice(at + 1) : undefined;
  if (!NAME.test(name) || (name.match(/\//g)?.length ?? 0) > (name.startsWith("@") ? 1 : 0)) return undefined;
  return { name, range };
}

/** The running Lectern's version, for packages that declare the Lectern they need. */
export function lecternVersion(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require("../../../package.json").version;
}

/** Finds `node_modules/NAME/package.json` from each root upwards, as Node resolves packages. */
function findPackageJson(name: string, roots: string[]): string | undefined {
  for (const root of roots) {
    for (let dir = path.resolve(root); ; dir = path.dirname(dir)) {
      const p = path.join(dir, "node_modules", name, "package.json");
      if (fs.existsSync(p)) return p;
      if (path.dirname(dir) === dir) break;
    }
  }
  return undefined;
}

function spanAt(text: string, at: JSONPath): { start: number; end: number } {
  const node = findNodeAtLocation(parseTree(text) ?? { type: "null", offset: 0, length: 0 }, at);
  return node ? { start: node.offset, end: node.offset + node.length } : { start: 0, end: 0 };
}

function readText(file: string): string {
  try {
    return readRegularFile(file, 16 * 1024 * 1024).toString("utf8");
  } catch {
    return "";
  }
}

export function resolvePackPackage(spec: string, roots: string[], field = "packs", lectern = lecternVersion()): ResolvedPackage {
  const parsed = parsePackageSpec(spec)!;
  const { name, range } = parsed;
  const problems: PackageProblemFile[] = [];
  const manifest = findPackageJson(name, roots);
  if (!manifest) {
    // Reported in the workspace's package.json, where the dependency belongs.
    const home = path.join(roots[0] ?? process.cwd(), "package.json");
    const text = readText(home);
    const at = text ? spanAt(text, ["devDependencies", name]) : { start: 0, end: 0 };
    const span = at.end > 0 ? at : text ? spanAt(text, ["dependencies", name]) : at;
    problems.push({ path: home, text, problems: [{ path: "(root)", span, message: `pack package "${name}" is not installed (no node_modules/${name}); run npm install --save-dev ${name}` }] });
    return { files: [], problems };
  }
  const text = readText(manifest);
  const own: DataProblem[] = [];
  let json: { version?: unknown; lectern?: Record<string, unknown>; peerDependencies?: Record<string, unknown> } = {};
  try {
    json = JSON.parse(text);
  } catch (e) {
    own.push({ path: "(root)", span: { start: 0, end: 0 }, message: `package.json of "${name}" is not valid JSON: ${(e as Error).message}` });
  }
  const version = typeof json.version === "string" ? json.version : "";
  if (range !== undefined) {
    if (!validRange(range)) own.push({ path: "version", span: spanAt(text, ["version"]), message: `"${spec}": "${range}" is not a version range` });
    else if (!satisfies(version, range)) own.push({ path: "version", span: spanAt(text, ["version"]), message: `"${name}" ${version || "(no version)"} is installed, but "${spec}" asks for ${range}` });
  }
  const peer = json.peerDependencies?.lectern;
  if (typeof peer === "string" && validRange(peer) && !satisfies(lectern, peer, { includePrerelease: true })) {
    own.push({ path: "peerDependencies.lectern", span: spanAt(text, ["peerDependencies", "lectern"]), message: `"${name}" ${version} is written for Lectern ${peer}; this is Lectern ${lectern}` });
  }
  const packs = json.lectern?.[field];
  const files: string[] = [];
  const dir = path.dirname(manifest);
  if (!Array.isArray(packs) || !packs.length || !packs.every((p) => typeof p === "string")) {
    own.push({ path: `lectern.${field}`, span: spanAt(text, json.lectern ? ["lectern"] : []), message: `"${name}" names no files: its package.json needs "lectern": { "${field}": ["${field}/NAME.json"] }` });
  } else {
    packs.forEach((p: string, i) => {
      const file = path.resolve(dir, p);
      if (path.relative(dir, file).startsWith("..")) own.push({ path: `lectern.${field}[${i}]`, span: spanAt(text, ["lectern", field, i]), message: `"${p}" is outside the package` });
      else files.push(file);
    });
  }
  if (own.length) problems.push({ path: manifest, text, problems: own });
  return { files, problems };
}
