/** `lectern`: the command-line tool. Same analysis as the language server. */
import { HELP_OPTION, parseArgs, UsageError } from "./args";
import { COMMANDS, type Io } from "./commands";
import { FileError } from "./files";
import { forTerminal } from "./terminal";
import { commandHelp, topHelp, usageLine, VERSION_OPTION } from "./help";
import { nearest } from "./suggest";
import { SegmenterError } from "../core";

/** The commands (other than `current`) that take an option: for "outline does not take --year". */
function commandsTaking(option: string, current: string): string[] {
  return Object.entries(COMMANDS)
    .filter(([n, c]) => n !== current && c.options.some((o) => o.name === option || o.short === option))
    .map(([n]) => n);
}

function wantsHelp(rest: string[]): boolean {
  const end = rest.indexOf("--");
  return (end < 0 ? rest : rest.slice(0, end)).some((a) => a === HELP_OPTION.name || a === HELP_OPTION.short);
}

export async function runCli(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (!name) {
    io.err(topHelp(COMMANDS));
    return 2;
  }
  if (name === HELP_OPTION.name || name === HELP_OPTION.short || name === "help") {
    const about = name === "help" && rest[0] ? COMMANDS[rest[0]] : undefined;
    io.out(about ? commandHelp(rest[0], about) : topHelp(COMMANDS));
    return 0;
  }
  if (name === VERSION_OPTION.name || name === VERSION_OPTION.short) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    io.out(require("../../../package.json").version);
    return 0;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    const close = nearest(name, Object.keys(COMMANDS));
    const what = name.startsWith("-") ? `unknown option ${name}` : `unknown command "${name}"`;
    io.err(`lectern: ${what}${close.length ? ` (did you mean ${close.join(" or ")}?)` : ""}\n\n${topHelp(COMMANDS)}`);
    return 2;
  }
  if (wantsHelp(rest)) {
    io.out(commandHelp(name, command));
    return 0;
  }
  try {
    const args = parseArgs(rest, [...command.options, HELP_OPTION], (option) => commandsTaking(option, name));
    return await command.run(args, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`lectern ${name}: ${e.message}\n${usageLine(name, command)}\n(\`lectern ${name} --help\` lists the options)`);
      return 2;
    }
    if (e instanceof FileError) {
      io.err(`lectern ${name}: ${forTerminal(e.file)}: ${forTerminal(e.message)}`);
      return 2;
    }
    if (e instanceof SegmenterError) {
      // No partial report: without the segmenter the figure and typo checks cannot run.
      io.err(`lectern ${name}: ${e.message}; the figure and typo checks need the word segmenter, so nothing was checked`);
      return 3;
    }
    throw e;
  }
}

if (require.main === module) {
  const chunks: string[] = [];
  const io: Io = { out: (s) => chunks.push(s + "\n"), err: (s) => process.stderr.write(s + "\n") };
  void runCli(process.argv.slice(2), io)
    .catch((e) => {
      // One line, exit 2: exit 3 is the segmenter's. LECTERN_DEBUG=1 prints the stack for a bug report.
      const detail = process.env.LECTERN_DEBUG ? ((e as Error).stack ?? String(e)) : String((e as Error)?.message ?? e).split("\n")[0];
      process.stderr.write(`lectern: internal error: ${detail} (please report it; LECTERN_DEBUG=1 shows where)\n`);
      return 2;
    })
    // Write once and let the stream drain: large JSON must not be cut by exit.
    .then((code) => process.stdout.write(chunks.join(""), () => process.exit(code)));
}
