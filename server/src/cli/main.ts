/** `lectern`: the command-line tool. Same analysis as the language server. */
import { UsageError } from "./args";
import { COMMANDS, type Io } from "./commands";
import { FileError } from "./files";

function help(): string {
  const lines = ["usage: lectern <command> [options]", "", "commands:"];
  for (const [name, c] of Object.entries(COMMANDS)) lines.push(`  ${c.usage.padEnd(70)} ${c.summary}`);
  lines.push("", "Run `lectern <command> --help` for a command's options.");
  return lines.join("\n");
}

export function runCli(argv: string[], io: Io): number {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.out(help());
    return name ? 0 : 2;
  }
  if (name === "--version") {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    io.out(require("../../../package.json").version);
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`lectern: unknown command "${name}"\n\n${help()}`);
    return 2;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    io.out(`usage: lectern ${command.usage}\n\n${command.summary}`);
    return 0;
  }
  try {
    return command.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`lectern ${name}: ${e.message}\nusage: lectern ${command.usage}`);
      return 2;
    }
    if (e instanceof FileError) {
      io.err(`lectern ${name}: ${e.file}: ${e.message}`);
      return 2;
    }
    throw e;
  }
}

if (require.main === module) {
  const chunks: string[] = [];
  const io: Io = { out: (s) => chunks.push(s + "\n"), err: (s) => process.stderr.write(s + "\n") };
  let code: number;
  try {
    code = runCli(process.argv.slice(2), io);
  } catch (e) {
    process.stderr.write(`lectern: internal error: ${(e as Error).stack ?? e}\n`);
    code = 3;
  }
  // Write once and let the stream drain: large JSON must not be cut by exit.
  process.stdout.write(chunks.join(""), () => process.exit(code));
}
