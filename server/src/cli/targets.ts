/**
 * `lectern targets extract FILE [-o targets.json]`: the figures a statistics
 * bulletin states, read with the same extractor as drafts, printed (or written)
 * in the target-table format for review. A statistics source in
 * .lectern/sources/ contributes the same entries to figure.target.
 */
import * as fs from "fs";
import * as path from "path";
import { targetsFromText } from "../core/figures";
import { TargetTableSchema } from "../core/figures/targets-schema";
import { frontMatter } from "../core/sources";
import { UsageError } from "./args";
import type { Command } from "./command";
import { readDraft } from "./files";

const OPTIONS = [{ name: "--output", short: "-o", kind: "text" as const, placeholder: "OUT.json", help: "write the table to OUT.json instead of printing it" }];

export const targetsCommand: Command = {
  operands: "extract FILE|-",
  summary: "Reads a statistics bulletin's figures (known indicators, whole years, results) into a target table, each with its sentence as source; prints it, or writes it with -o.",
  options: OPTIONS,
  run(args, io) {
    const [sub, ...rest] = args.positionals;
    if (sub !== "extract") throw new UsageError(sub ? `unknown targets command "${sub}" (try: targets extract FILE)` : "targets needs a command: targets extract FILE");
    if (rest.length !== 1) throw new UsageError("targets extract takes exactly one file (or - for standard input)");
    const draft = readDraft(rest[0]);
    const fm = frontMatter(draft.text);
    const title = typeof fm.meta?.title === "string" ? fm.meta.title : (fm.body.split(/\r?\n/).find((l) => l.trim()) ?? path.basename(rest[0])).trim();
    const table = TargetTableSchema.parse({ targets: targetsFromText(fm.body, title) });
    const json = JSON.stringify(table, null, 2);
    const out = args.value("--output");
    if (out) {
      fs.writeFileSync(out, json + "\n");
      io.err(`lectern targets: ${table.targets.length} target(s) written to ${out}`);
    } else io.out(json);
    return 0;
  },
};
