/** `lectern outline FILE`: the outline tree, as the server's DocumentSymbol[] in JSON. */
import { buildOutline, parseDocument, type OutlineSymbol } from "../core";
import type { Command } from "./command";
import { readDraft } from "./files";
import { READING_RATE_OPTION, formatOption, openSession, singleDraftPath } from "./session";

const OPTIONS = [formatOption(["pretty", "json"]), READING_RATE_OPTION];

export const outlineCommand: Command = {
  operands: "FILE|-",
  summary: "Prints the heading and enumerator tree with each part's length and speaking time.",
  options: OPTIONS,
  run(args, io) {
    const session = openSession(args, OPTIONS);
    const draft = readDraft(singleDraftPath(args, "outline"));
    const format = args.value("--format") ?? "pretty";
    const outline = buildOutline(parseDocument(draft.text), session.settings["lectern.readingRate"]);
    if (format === "json") io.out(JSON.stringify(outline));
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
