/** `lectern outline FILE`: the outline tree, as the server's DocumentSymbol[] in JSON. */
import { buildOutline, parseDocument, type OutlineSymbol } from "../core";
import type { Command } from "./command";
import { openSingleDraft } from "./session";

export const outlineCommand: Command = {
  usage: "outline FILE|- [--format pretty|json] [--reading-rate N]",
  summary: "Prints the heading and enumerator tree with each part's length and speaking time.",
  run(argv, io) {
    const { session, draft, format } = openSingleDraft("outline", argv, ["pretty", "json"]);
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
