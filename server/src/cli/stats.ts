/** `lectern stats FILE`: characters, sentences, sections and speaking time. */
import { documentStats, formatMinutes } from "../core";
import type { Command } from "./command";
import { parseDraft, readDraft } from "./files";
import { READING_RATE_OPTION, formatOption, openSession, singleDraftPath } from "./session";

const OPTIONS = [formatOption(["pretty", "json"]), READING_RATE_OPTION];

export const statsCommand: Command = {
  operands: "FILE|-",
  summary: "Prints characters, sentences, sections and speaking time, per section too.",
  options: OPTIONS,
  run(args, io) {
    const session = openSession(args, OPTIONS);
    const draft = readDraft(singleDraftPath(args, "stats"));
    const format = args.value("--format") ?? "pretty";
    const stats = documentStats(parseDraft(draft), session.settings["lectern.readingRate"]);
    if (format === "json") {
      io.out(JSON.stringify(stats));
      return 0;
    }
    io.out(`${draft.path}`);
    io.out(`  characters: ${stats.chars}`);
    io.out(`  sentences:  ${stats.sentences}`);
    io.out(`  paragraphs: ${stats.paragraphs}`);
    io.out(`  sections:   ${stats.sections}`);
    io.out(`  speaking time: ${formatMinutes(stats.minutes)} at ${stats.readingRate} characters a minute`);
    for (const s of stats.bySection) io.out(`  ${"  ".repeat(s.level - 1)}${s.name.slice(0, 40)}  ${s.chars}字 · ${formatMinutes(s.minutes)}`);
    return 0;
  },
};
