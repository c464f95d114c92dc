/** A small argument parser: positionals, `--flag`, `--opt value`, `--opt=value`, repeatable options. */

export class UsageError extends Error {}

export interface OptionSpec {
  /** Takes a value (otherwise a boolean flag). */
  value?: boolean;
  repeat?: boolean;
  /** Allowed values. */
  choices?: string[];
}

export interface ParsedArgs {
  positionals: string[];
  options: Record<string, string[]>;
  flags: Set<string>;
}

export function parseArgs(argv: string[], spec: Record<string, OptionSpec>): ParsedArgs {
  const out: ParsedArgs = { positionals: [], options: {}, flags: new Set() };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") {
      out.positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!a.startsWith("--") || a === "-") {
      out.positionals.push(a);
      continue;
    }
    const eq = a.indexOf("=");
    const name = eq > 0 ? a.slice(0, eq) : a;
    const s = spec[name];
    if (!s) throw new UsageError(`unknown option ${name}`);
    if (!s.value) {
      if (eq > 0) throw new UsageError(`${name} takes no value`);
      out.flags.add(name);
      continue;
    }
    const v = eq > 0 ? a.slice(eq + 1) : argv[++i];
    if (v === undefined) throw new UsageError(`${name} needs a value`);
    if (s.choices && !s.choices.includes(v)) throw new UsageError(`${name} must be one of ${s.choices.join(", ")} (got "${v}")`);
    const list = (out.options[name] ??= []);
    if (list.length && !s.repeat) throw new UsageError(`${name} given more than once`);
    list.push(v);
  }
  return out;
}
