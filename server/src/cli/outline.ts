/** `lectern outline FILE`: the outline tree; in JSON, with the server's DocumentSymbol[] as `outline`. */
import { buildOutline, type DocumentModel, type OutlineSymbol } from "../core";
import { locate, type WordDocument } from "../word";
import type { Command } from "./command";
import { encodingNote } from "./files";
import { READING_RATE_OPTION, formatOption, openSingleDraft } from "./session";

const OPTIONS = [formatOption(["pretty", "json"]), READING_RATE_OPTION];

export const outlineCommand: Command = {
  operands: "FILE|-",
  summary: "Prints the heading and enumerator tree with each part's length and speaking time.",
  options: OPTIONS,
  run(args, io) {
    const { session, draft, model, format } = openSingleDraft(args, OPTIONS, "outline");
    const outline = buildOutline(model, session.settings["lectern.readingRate"]);
    if (format === "json") io.out(JSON.stringify({ path: draft.path, encoding: draft.encoding, outline }));
    else {
      io.out(draft.path + encodingNote(draft));
      printTree(outline, "  ", io.out, where(model, draft.word));
    }
    return 0;
  },
};

/** 第N行 in a text draft; 第N段 (paragraph) in a Word document, where lines mean nothing. */
function where(model: DocumentModel, word: WordDocument | undefined): (s: OutlineSymbol) => string {
  if (!word) return (s) => `第${s.selectionRange.start.line + 1}行`;
  return (s) => `第${locate(word, model.index.lines[s.selectionRange.start.line].start + s.selectionRange.start.character).paragraph}段`;
}

function printTree(symbols: OutlineSymbol[], indent: string, out: (s: string) => void, at: (s: OutlineSymbol) => string): void {
  for (const s of symbols) {
    out(`${indent}${s.name}  [${s.detail}, ${at(s)}]`);
    printTree(s.children, indent + "  ", out, at);
  }
}
