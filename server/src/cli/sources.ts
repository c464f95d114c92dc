/**
 * `lectern sources list`: the sources a check would read (.lectern/sources/ in the
 * current folder, lectern.sources, --sources FILE|DIR|PACKAGE), with what each
 * says of itself and how long it took to index.
 */
import * as path from "path";
import { sourcesOf } from "../core/sources";
import { UsageError } from "./args";
import type { Command } from "./command";
import { dataOption, formatOption, NO_WORKSPACE_OPTION, openSession } from "./session";

const OPTIONS = [formatOption(["pretty", "json"]), dataOption("sources"), NO_WORKSPACE_OPTION];

export const sourcesCommand: Command = {
  operands: "list",
  summary: "Lists the sources quotations are checked against (.lectern/sources/, lectern.sources, --sources): title, names, kind, date, speaker, size and index time. Exit 2 when a sidecar or source package is invalid.",
  options: OPTIONS,
  run(args, io) {
    const [sub, ...rest] = args.positionals;
    if (sub !== "list") throw new UsageError(sub ? `unknown sources command "${sub}" (try: sources list)` : "sources needs a command: sources list");
    if (rest.length) throw new UsageError("sources list takes no files (name them with --sources)");
    const session = openSession(args, OPTIONS);
    const rows = sourcesOf(session.ctx).sources.map((s) => ({
      path: path.relative(process.cwd(), s.path) || s.path,
      title: s.title,
      names: s.allNames,
      kind: s.kind,
      date: s.date ?? null,
      speaker: s.speaker ?? null,
      chars: s.text.length,
      paragraphs: s.text.split(/\r?\n/).filter((l) => l.trim()).length,
      indexMs: Math.round(s.indexMs * 10) / 10,
    }));
    for (const d of session.dataReports) for (const x of d.diagnostics) io.err(`lectern sources: ${d.path}:${x.range.start.line + 1}:${x.range.start.character + 1}: ${x.message}`);
    if (args.value("--format") === "json") io.out(JSON.stringify({ sources: rows }));
    else {
      for (const r of rows) {
        io.out(`${r.path}: 《${r.title}》 ${r.kind}${r.date ? `, ${r.date}` : ""}${r.speaker ? `, ${r.speaker}` : ""}`);
        io.out(`  names: ${r.names.join("、")}; ${r.chars} characters, ${r.paragraphs} paragraphs, indexed in ${r.indexMs} ms`);
      }
      io.out(`${rows.length} source(s)`);
    }
    return session.dataReports.length ? 2 : 0;
  },
};
