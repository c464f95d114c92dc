/**
 * Validates a JSON data file (pack, target table) with a zod schema and maps
 * every problem to a span in the file, so it can be shown where it is.
 */
import { parseTree, findNodeAtLocation, printParseErrorCode, type Node, type ParseError } from "jsonc-parser";
import type { z } from "zod";
import type { Span } from "./document/text";

export interface DataProblem {
  /** JSON path, e.g. `slogans[3].verbs`. */
  path: string;
  message: string;
  span: Span;
}

export type DataResult<T> = { ok: true; value: T; problems: DataProblem[] } | { ok: false; problems: DataProblem[] };

export const MAX_DATA_FILE = 5_000_000;
const MAX_DEPTH = 64;

export function formatPath(path: readonly PropertyKey[]): string {
  let s = "";
  for (const p of path) s += typeof p === "number" ? `[${p}]` : (s ? "." : "") + String(p);
  return s || "(root)";
}

function depthOf(node: Node | undefined, limit: number): number {
  if (!node || !node.children) return 0;
  let max = 0;
  const stack: [Node, number][] = [[node, 1]];
  while (stack.length) {
    const [n, d] = stack.pop()!;
    if (d > max) max = d;
    if (max > limit) return max;
    for (const c of n.children ?? []) stack.push([c, d + 1]);
  }
  return max;
}

/** Parses `text` as JSON (comments allowed) and validates it against `schema`. */
export function validateJson<T>(text: string, schema: z.ZodType<T>): DataResult<T> {
  const whole = { start: 0, end: Math.min(text.length, 1) };
  if (text.length > MAX_DATA_FILE) {
    return { ok: false, problems: [{ path: "(root)", message: `file is larger than ${MAX_DATA_FILE} characters; it is ignored`, span: whole }] };
  }
  if (text.trim() === "") return { ok: false, problems: [{ path: "(root)", message: "file is empty", span: whole }] };
  // Before parsing: the tree parser recurses per level, so a hostile nesting would overflow the stack.
  const tooDeep = bracketDepthOver(text, MAX_DEPTH);
  if (tooDeep >= 0) {
    return { ok: false, problems: [{ path: "(root)", message: `JSON nested deeper than ${MAX_DEPTH} levels`, span: { start: tooDeep, end: tooDeep + 1 } }] };
  }
  const errors: ParseError[] = [];
  const body = text.charCodeAt(0) === 0xfeff ? " " + text.slice(1) : text;
  const root = parseTree(body, errors, { allowTrailingComma: false, disallowComments: false });
  if (errors.length || !root) {
    return {
      ok: false,
      // An error at the end of the file (unclosed bracket) still gets a span inside it.
      problems: errors.map((e) => {
        const start = Math.min(e.offset, Math.max(0, text.length - 1));
        return { path: "(root)", message: `JSON syntax error: ${printParseErrorCode(e.error)}`, span: { start, end: Math.min(text.length, Math.max(start + 1, e.offset + e.length)) } };
      }),
    };
  }
  if (depthOf(root, MAX_DEPTH) > MAX_DEPTH) {
    return { ok: false, problems: [{ path: "(root)", message: `JSON nested deeper than ${MAX_DEPTH} levels`, span: whole }] };
  }
  let value: unknown;
  try {
    value = JSON.parse(body.replace(/^\s/, ""));
  } catch {
    // Comments are allowed in the tree parser but not in JSON.parse: fall back to the tree's value.
    value = nodeValue(root);
  }
  const r = schema.safeParse(value);
  if (r.success) return { ok: true, value: r.data, problems: [] };
  return {
    ok: false,
    problems: r.error.issues.map((issue) => {
      const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
      let node = findNodeAtLocation(root, path);
      // A missing property is reported on its parent object.
      for (let cut = path.length; !node && cut > 0; cut--) node = findNodeAtLocation(root, path.slice(0, cut - 1));
      let target = node;
      // An unknown key is shown on the key itself.
      if (issue.code === "unrecognized_keys" && node?.type === "object") {
        const key = (issue as { keys?: string[] }).keys?.[0];
        target = node.children?.find((p) => p.children?.[0]?.value === key)?.children?.[0] ?? node;
      }
      const span = target ? { start: target.offset, end: target.offset + target.length } : whole;
      return { path: formatPath(issue.path), message: issue.message, span };
    }),
  };
}

/** The spans of the values at `paths` in a JSON text (for problems found after validation); undefined where a path is not there. */
export function spansAtPaths(text: string, paths: readonly (readonly (string | number)[])[]): (Span | undefined)[] {
  const body = text.charCodeAt(0) === 0xfeff ? " " + text.slice(1) : text;
  const root = parseTree(body, [], { allowTrailingComma: false, disallowComments: false });
  return paths.map((path) => {
    const node = root && findNodeAtLocation(root, [...path]);
    return node ? { start: node.offset, end: node.offset + node.length } : undefined;
  });
}

/** Offset of the first bracket nested deeper than `limit` (strings and comments skipped), or -1. */
function bracketDepthOver(text: string, limit: number): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // A string: skip to its closing quote, honouring escapes.
      for (i++; i < text.length && text.charCodeAt(i) !== 0x22; i++) if (text.charCodeAt(i) === 0x5c) i++;
    } else if (c === 0x2f && text.charCodeAt(i + 1) === 0x2f) {
      while (i < text.length && text.charCodeAt(i) !== 0x0a) i++;
    } else if (c === 0x2f && text.charCodeAt(i + 1) === 0x2a) {
      const end = text.indexOf("*/", i + 2);
      i = end < 0 ? text.length : end + 1;
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return i;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return -1;
}

function nodeValue(node: Node): unknown {
  switch (node.type) {
    case "object":
      return Object.fromEntries((node.children ?? []).map((p) => [p.children![0].value, p.children![1] ? nodeValue(p.children![1]) : undefined]));
    case "array":
      return (node.children ?? []).map(nodeValue);
    default:
      return node.value;
  }
}
