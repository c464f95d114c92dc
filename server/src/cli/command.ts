/** What every CLI command is: the shape the command table (commands.ts) holds. */
import type { OptionDef, ParsedArgs } from "./args";

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

export interface Command {
  /** The operands as usage shows them: `FILE|-`, `[FILES or DIRS… or -]`. */
  operands: string;
  /** One line: what the command does (and its exit codes, when they say more than 0/2). */
  summary: string;
  /**
   * Every option the command takes, in the order help lists them. The parser
   * accepts exactly these (and --help), so help and parsing cannot drift.
   */
  options: OptionDef[];
  /** Returns the exit code: 0 fine, 1 findings of error severity, 2 bad usage or unreadable input. Writing a file may take a promise. */
  run(args: ParsedArgs, io: Io): number | Promise<number>;
}
