/** The command table. Each command is its own file; add new ones here. */
import { checkCommand } from "./check";
import type { Command } from "./command";
import { diffCommand } from "./diff";
import { figuresCommand } from "./figures";
import { outlineCommand } from "./outline";
import { statsCommand } from "./stats";

export type { Command, Io } from "./command";

export const COMMANDS: Record<string, Command> = {
  check: checkCommand,
  diff: diffCommand,
  figures: figuresCommand,
  outline: outlineCommand,
  stats: statsCommand,
};
