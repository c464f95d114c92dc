/**
 * What a team has accepted, in `.lectern/accepted.json` (shared with the drafts, as a
 * spelling checker's team dictionary is):
 *   ignore — single occurrences (“ignore here”), remembered by the code, the words the
 *            finding is about and the words around them on the line, never by line
 *            number, so they survive edits elsewhere and come back when the words change;
 *   words  — words the team accepts (“accept this word for the team”): a formulation
 *            check (slogan.*) no longer reports them anywhere.
 * Pure: the server and the CLI read the file; `analyze` drops what it covers.
 */
import { z } from "zod";
import type { DataSource } from "../data-sources";
import type { DocumentModel } from "../document/model";
import type { Finding } from "../findings";
import { validateJson, type DataProblem } from "../json-data";
import { CONFIG_INVALID } from "../project-config";

/** Characters of context kept on each side of an ignored occurrence (within its line). */
export const CONTEXT_CHARS = 10;

const DATE = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date as YYYY-MM-DD");

export const AcceptedSchema = z
  .object({
    $schema: z.string().optional(),
    words: z
      .array(
        z
          .object({
            word: z.string().min(1).describe("The word as written in the draft."),
            added: DATE.optional().describe("When the team accepted it (YYYY-MM-DD)."),
            note: z.string().optional().describe("Why: e.g. the unit's own name for a programme."),
          })
          .strict(),
      )
      .default([])
      .describe("Words the team accepts: formulation checks (slogan.*) do not report them."),
    ignore: z
      .array(
        z
          .object({
            code: z.string().min(1).describe("The finding's code, e.g. slogan.typo."),
            text: z.string().min(1).describe("The words the finding is about."),
            before: z.string().describe(`Up to ${CONTEXT_CHARS} characters before them on their line.`),
            after: z.string().describe(`Up to ${CONTEXT_CHARS} characters after them on their line.`),
            added: DATE.optional().describe("When it was ignored (YYYY-MM-DD)."),
          })
          .strict(),
      )
      .default([])
      .describe("Single occurrences ignored where they are, by their words and context (not their line)."),
  })
  .strict()
  .describe("What a team has accepted (.lectern/accepted.json): occurrences ignored and words accepted.");

export type Accepted = z.output<typeof AcceptedSchema>;
export type IgnoredOccurrence = Accepted["ignore"][number];

export const ACCEPTED_FILE = "accepted.json";

/** The occurrence a finding is about: its code, its words, and the words around them on the line. */
export function occurrenceOf(model: DocumentModel, finding: Pick<Finding, "code" | "span">): Omit<IgnoredOccurrence, "added"> {
  const { text, index } = model;
  const line = index.lines[index.lineAt(finding.span.start)];
  const end = Math.min(finding.span.end, line.end);
  return {
    code: finding.code,
    text: text.slice(finding.span.start, finding.span.end),
    before: text.slice(Math.max(line.start, finding.span.start - CONTEXT_CHARS), finding.span.start),
    after: text.slice(end, Math.min(line.end, end + CONTEXT_CHARS)),
  };
}

/** Whether accepting the finding's words for the team makes sense: a formulation check about a word. */
export function isAcceptableWord(finding: Pick<Finding, "code">, word: string): boolean {
  return finding.code.startsWith("slogan.") && word.length > 0 && word.length <= 30 && !/\s/.test(word);
}

/** The findings the team has not accepted. */
export function withoutAccepted(findings: Finding[], model: DocumentModel, accepted: Accepted | undefined): Finding[] {
  if (!accepted || (!accepted.words.length && !accepted.ignore.length)) return findings;
  const words = new Set(accepted.words.map((w) => w.word));
  const ignored = new Set(accepted.ignore.map((o) => key(o)));
  return findings.filter((f) => {
    const o = occurrenceOf(model, f);
    if (words.has(o.text) && isAcceptableWord(f, o.text)) return false;
    return !ignored.has(key(o));
  });
}

const key = (o: Omit<IgnoredOccurrence, "added">) => `${o.code}\u0000${o.text}\u0000${o.before}\u0000${o.after}`;

/** `accepted.json` with one more entry (the file's other content kept); unchanged when it is there already. */
export function addAccepted(current: Accepted, entry: { word: string } | Omit<IgnoredOccurrence, "added">, today: string): Accepted {
  if ("word" in entry) {
    if (current.words.some((w) => w.word === entry.word)) return current;
    return { ...current, words: [...current.words, { word: entry.word, added: today }] };
  }
  if (current.ignore.some((o) => key(o) === key(entry))) return current;
  return { ...current, ignore: [...current.ignore, { ...entry, added: today }] };
}

/** `.lectern/accepted.json` as workspace data: `ctx.data.accepted`, every folder's entries together. */
export const acceptedSource: DataSource = {
  id: "accepted",
  problemCode: CONFIG_INVALID.code,
  workspaceGlobs: [`.lectern/${ACCEPTED_FILE}`],
  load(files) {
    const problems: { path: string; problems: DataProblem[] }[] = [];
    const value: Accepted = { words: [], ignore: [] };
    for (const file of files) {
      const r = validateJson(file.text, AcceptedSchema);
      if (r.ok) {
        value.words.push(...r.value.words);
        value.ignore.push(...r.value.ignore);
      } else problems.push({ path: file.path, problems: r.problems });
    }
    return { value, problems };
  },
};
