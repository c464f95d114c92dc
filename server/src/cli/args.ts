/**
 * Options as data: each command declares one table of options, and both its
 * parsing and its `--help` are made from that table, so they cannot drift.
 */
import * as fs from "fs";
import { nearest } from "./suggest";

export class UsageError extends Error {}

export interface OptionDef {
  /** The long name with its dashes: `--format`. */
  name: string;
  /** A one-letter alias: `-f`. */
  short?: string;
  /**
   * What the option takes: a flag nothing; `file` an existing file to read; `int` a
   * whole number (`check` adds bounds); `choice` one of `choices`; `text` anything.
   */
  kind: "flag" | "text" | "file" | "int" | "choice";
  /** The value's name in help and usage: `N`, `FILE`, `CODE=LEVEL` (a choice shows its choices). */
  placeholder?: string;
  choices?: string[];
  repeat?: boolean;
  /** One line for `--help`. */
  help: string;
  /** What is wrong with a value, if anything ("must be ≥ 60"); reported as `--flag value: problem`. */
  check?: (value: string) => string | undefined;
}

/** Every command takes --help; main answers it before the command runs. */
export const HELP_OPTION: OptionDef = { name: "--help", short: "-h", kind: "flag", help: "show this help" };

/** The parsed command line of one command: only options from its table can be here. */
export class ParsedArgs {
  readonly positionals: string[] = [];
  /** Values of options that take one, in order given. */
  readonly options: Record<string, string[]> = {};
  readonly flags = new Set<string>();

  /** The value of a single-valued option, or undefined when not given. */
  value(name: string): string | undefined {
    return this.options[name]?.[0];
  }

  /** All values of a repeatable option. */
  values(name: string): string[] {
    return this.options[name] ?? [];
  }

  has(name: string): boolean {
    return this.flags.has(name) || name in this.options;
  }
}

/** How an option's value is written in usage and help: `--format pretty|json`, `--year N`. */
export function valueText(o: OptionDef): string {
  if (o.kind === "flag") return "";
  if (o.kind === "choice") return o.choices!.join("|");
  return o.placeholder ?? (o.kind === "int" ? "N" : o.kind === "file" ? "FILE" : "VALUE");
}

/**
 * Parses `argv` against one command's table. Anything that starts with `-`
 * (except `-` itself, standard input) is an option; `--` ends them.
 * `elsewhere` names the commands that take an option this one does not, for the message.
 */
export function parseArgs(argv: string[], table: OptionDef[], elsewhere: (name: string) => string[] = () => []): ParsedArgs {
  const out = new ParsedArgs();
  const byName = new Map<string, OptionDef>();
  for (const o of table) {
    byName.set(o.name, o);
    if (o.short) byName.set(o.short, o);
  }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") {
      out.positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!a.startsWith("-") || a === "-") {
      out.positionals.push(a);
      continue;
    }
    // --name=value, --name value, -f value, -fvalue
    let name: string;
    let inline: string | undefined;
    if (a.startsWith("--")) {
      const eq = a.indexOf("=");
      name = eq > 0 ? a.slice(0, eq) : a;
      inline = eq > 0 ? a.slice(eq + 1) : undefined;
    } else {
      name = a.slice(0, 2);
      inline = a.length > 2 ? a.slice(a[2] === "=" ? 3 : 2) : undefined;
    }
    const o = byName.get(name);
    if (!o) throw new UsageError(unknownOption(name, table, elsewhere(name)));
    if (o.kind === "flag") {
      if (inline !== undefined) throw new UsageError(`${o.name} takes no value`);
      out.flags.add(o.name);
      continue;
    }
    const v = inline ?? argv[++i];
    if (v === undefined) throw new UsageError(`${o.name} needs a value (${valueText(o)})`);
    checkValue(o, v);
    const list = (out.options[o.name] ??= []);
    if (list.length && !o.repeat) throw new UsageError(`${o.name} given more than once`);
    list.push(v);
  }
  return out;
}

function checkValue(o: OptionDef, v: string): void {
  if (o.kind === "choice" && !o.choices!.includes(v)) throw new UsageError(`${o.name} ${v}: must be one of ${o.choices!.join(", ")}`);
  if (o.kind === "file" && !isFile(v)) throw new UsageError(`${o.name} ${v}: ${fs.existsSync(v) ? "not a regular file" : "no such file or directory"}`);
  if (o.kind === "int" && !/^-?\d+$/.test(v)) throw new UsageError(`${o.name} ${v}: must be a whole number`);
  const problem = o.check?.(v);
  if (problem) throw new UsageError(`${o.name} ${v}: ${problem}`);
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

function unknownOption(name: string, table: OptionDef[], commands: string[]): string {
  if (commands.length) return `${name} is not an option of this command (${commands.join(", ")} ${commands.length > 1 ? "take" : "takes"} it)`;
  const close = nearest(name, table.map((o) => o.name), 2);
  return `unknown option ${name}${close.length ? ` (did you mean ${close.join(" or ")}?)` : ""}`;
}

/** The options part of `--help`: one line per option, aligned. */
export function optionsHelp(table: OptionDef[]): string[] {
  const left = table.map((o) => `${o.short ? o.short + ", " : "    "}${o.name}${o.kind === "flag" ? "" : " " + valueText(o)}`);
  const width = Math.max(...left.map((l) => l.length));
  return table.map((o, i) => `  ${left[i].padEnd(width)}  ${o.help}${o.repeat ? " (repeatable)" : ""}`);
}
