/** The command table. Each command is its own file; add new ones here. */
import { checkCommand } from "./check";
import type { Command } from "./command";
import { diffCommand } from "./diff";
import { exportCommand } from "./export";
import { figuresCommand } from "./figures";
import { initCommand } from "./init";
import { outlineCommand } from "./outline";
import { packCommand } from "./pack";
import { reviewCommand } from "./review";
import { sourcesCommand } from "./sources";
import { statsCommand } from "./stats";
import { targetsCommand } from "./targets";

export type { Command, Io } from "./command";

export const COMMANDS: Record<string, Command> = {
  check: checkCommand,
  diff: diffCommand,
  export: exportCommand,
  figures: figuresCommand,
  init: initCommand,
  outline: outlineCommand,
  pack: packCommand,
  review: reviewCommand,
  sources: sourcesCommand,
  stats: statsCommand,
  targets: targetsCommand,
};
