/** `lectern outline FILE`: the outline tree, as the server's DocumentSymbol[] in JSON. */
import { buildOutline, parseDocument, type OutlineSymbol } from "../core";
import { parseArgs, UsageError } from "./args";
import type { Command } from "./commands";
import { readDraft } from "./files";
import { ANALYSIS_OPTIONS, openSession } from "./session";

export const outlineCommand: Command = {
  usage: "outline FILE [--format pretty|json] [--reading-rate N]",
  summary: "Prints the heading and enumerator tree with each part's length and speaking time.",
  run(argv, io) {
    const args = parseArgs(argv, { "--format": { value: true, choices: ["pretty", "json"] }, ...ANALYSIS_OPTIONS });
    if (args.positionals.length !== 1) throw new UsageError("outline takes exactly one file");
    const session = openSession(args);
    const draft = readDraft(args.positionals[0]);
    const outline = buildOutline(parseDocument(draft.text), session.settings["lectern.readingRate"]);
    if (args.options["--format"]?.[0] === "json") io.out(JSON.stringify(outline));
    else {
      io.out(draft.path);
      printTree(outline, "  ", io.out);
    }
    return 0;
  },
};

function printTree(symbols: OutlineSymbol[], indent: string, out: (s: string) => void): void {
  for (const s of symbols) {
    out(`${indent}${s.name}  [${s.detail}, 第${s.selectionRange.start.line + 1}行]`);
    printTree(s.children, indent + "  ", out);
  }
}
