/** `lectern stats FILE`: characters, sentences, sections and speaking time. */
import { documentStats, formatMinutes } from "../core";
import type { Command } from "./command";
import { encodingNote } from "./files";
import { READING_RATE_OPTION, formatOption, openSingleDraft } from "./session";

const OPTIONS = [formatOption(["pretty", "json"]), READING_RATE_OPTION];

function oneDecimal(n: number): number {
  return Math.round(n * 10) / 10;
}

export const statsCommand: Command = {
  operands: "FILE|-",
  summary: "Prints characters, sentences, sections and speaking time, per section too.",
  options: OPTIONS,
  run(args, io) {
    const { session, draft, model, format } = openSingleDraft(args, OPTIONS, "stats");
    const stats = documentStats(model, session.settings["lectern.readingRate"]);
    if (format === "json") {
      // Minutes to one decimal, as speaking time is told; lines 0-based, as everywhere in JSON.
      const bySection = stats.bySection.map((s) => ({ ...s, minutes: oneDecimal(s.minutes) }));
      io.out(JSON.stringify({ path: draft.path, encoding: draft.encoding, ...stats, minutes: oneDecimal(stats.minutes), bySection }));
      return 0;
    }
    io.out(draft.path + encodingNote(draft));
    io.out(`  字数：${stats.chars}`);
    io.out(`  句数：${stats.sentences}`);
    io.out(`  段落数：${stats.paragraphs}`);
    io.out(`  标题数：${stats.sections}`);
    io.out(`  讲话时长：约${formatMinutes(stats.minutes)}（每分钟${stats.readingRate}字）`);
    for (const s of stats.bySection) io.out(`  ${"  ".repeat(s.level - 1)}${s.name.slice(0, 40)}  ${s.chars}字 · ${formatMinutes(s.minutes)}`);
    return 0;
  },
};
