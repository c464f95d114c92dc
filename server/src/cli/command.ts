/** What every CLI command is: the shape the command table (commands.ts) holds. */
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
