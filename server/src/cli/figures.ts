/** `lectern figures FILE`: every figure with its metric, value, unit, period and line, for review against official data. */
import { extractFigures, figureRows, figuresCsv, targetsOf } from "../core/figures";
import type { Command } from "./command";
import { locate } from "../word";
import { encodingNote } from "./files";
import { dataOption, NO_WORKSPACE_OPTION, YEAR_OPTION, formatOption, openSingleDraft } from "./session";

const OPTIONS = [formatOption(["pretty", "json", "csv"]), YEAR_OPTION, dataOption("targets"), NO_WORKSPACE_OPTION];

export const figuresCommand: Command = {
  operands: "FILE|-",
  summary: "Lists every figure (metric, value, unit, qualifier, period, line) and its target.",
  options: OPTIONS,
  run(args, io) {
    const { session, draft, model, format } = openSingleDraft(args, OPTIONS, "figures");
    const targets = targetsOf(session.ctx);
    const figures = extractFigures(model, { documentYear: session.settings["lectern.documentYear"], targets });
    const word = draft.word;
    // In a Word document a figure is found by paragraph and quote, not by line.
    const rows = figureRows(model, figures, targets).map((r, i) => (word ? { ...r, location: locate(word, figures[i].span.start, figures[i].span.end) } : r));
    // A bad target table is reported where it is; the figures are still listed without it.
    for (const d of session.dataReports) for (const x of d.diagnostics) io.err(`lectern figures: ${d.path}:${x.range.start.line + 1}:${x.range.start.character + 1}: ${x.message}`);
    // JSON counts as LSP does (0-based, UTF-16): each row's `range`; the 1-based line and column are for people (pretty, CSV).
    if (format === "json") io.out(JSON.stringify({ path: draft.path, encoding: draft.encoding, figures: rows.map(({ line: _l, column: _c, ...row }) => row) }));
    else if (format === "csv") io.out(figuresCsv(rows).replace(/\r\n$/, ""));
    else {
      for (const r of rows) {
        const bits = [r.metric || "（未识别指标）", `${r.change ? r.change + " " : ""}${r.text}`];
        const extra = [r.period && `时期 ${r.period}`, r.target && `目标 ${r.target}`].filter(Boolean).join("；");
        const at = "location" in r ? `¶${r.location.paragraph}:${r.location.character + 1}` : `${r.line}:${r.column}`;
        io.out(`${draft.path}:${at}: ${bits.join(" ")}${extra ? `  （${extra}）` : ""}`);
      }
      io.out(`${draft.path}: ${rows.length ? `${rows.length} figure(s)` : "no figures"}${encodingNote(draft)}`);
    }
    return session.dataReports.length ? 2 : 0;
  },
};
