/** Help text, made from the command table and each command's option table. */
import { HELP_OPTION, optionsHelp, type OptionDef } from "./args";
import type { Command } from "./command";

export const VERSION_OPTION: OptionDef = { name: "--version", short: "-V", kind: "flag", help: "print the version" };

export function usageLine(name: string, c: Command): string {
  return `usage: lectern ${name} [options] ${c.operands}`;
}

export function commandHelp(name: string, c: Command): string {
  return [usageLine(name, c), "", c.summary, "", "options:", ...optionsHelp([...c.options, HELP_OPTION])].join("\n");
}

export function topHelp(commands: Record<string, Command>): string {
  const width = Math.max(...Object.keys(commands).map((n) => n.length));
  return [
    "usage: lectern <command> [options] [files]",
    "",
    "commands:",
    ...Object.entries(commands).map(([n, c]) => `  ${n.padEnd(width)}  ${c.summary}`),
    "",
    "options:",
    ...optionsHelp([HELP_OPTION, VERSION_OPTION]),
    "",
    "Run `lectern <command> --help` for a command's options.",
  ].join("\n");
}
