/** The command table. Each command is its own file; add new ones here. */
import { checkCommand } from "./check";
import { figuresCommand } from "./figures";
import { outlineCommand } from "./outline";
import { statsCommand } from "./stats";

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

export interface Command {
  usage: string;
  summary: string;
  /** Returns the exit code: 0 fine, 1 findings of error severity, 2 bad usage or unreadable input. */
  run(argv: string[], io: Io): number;
}

export const COMMANDS: Record<string, Command> = {
  check: checkCommand,
  figures: figuresCommand,
  outline: outlineCommand,
  stats: statsCommand,
};
