/**
 * The slogan pack format (规范提法包). The zod schema is the single source of
 * truth: the build turns it into JSON Schema (`z.toJSONSchema(PackSchema)`)
 * for VS Code's `jsonValidation`, and `load()` validates every pack with it.
 */
import { z } from "zod";

/** A formulation is one run of text: no spaces or line breaks, and not wrapped in quote marks (that is `quoted`). */
const Formulation = z
  .string()
  .min(2)
  .max(80)
  .regex(/^[^\s“「『"][^\s]*$/, "a formulation has no spaces or line breaks and does not start with a quote mark (set \"quoted\" instead)");

/** A date as precise as it is known: YYYY, YYYY-MM or YYYY-MM-DD. */
const DateString = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, "a date: YYYY, YYYY-MM or YYYY-MM-DD");

const DeprecationSchema = z
  .object({
    since: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "a date: YYYY, YYYY-MM or YYYY-MM-DD"),
    replacement: Formulation.optional().describe("The formulation to use instead."),
    note: z.string().min(1).describe("Why it was retired, in one sentence."),
    context: z
      .array(z.string().min(1).max(20))
      .min(1)
      .optional()
      .describe("Report it only in a paragraph that has one of these words: 动态清零 is retired for the epidemic (疫情, 防控) but current for wage arrears and hazards."),
    local: z
      .boolean()
      .optional()
      .describe("A local body's name by pattern (农业局, 环境保护局): reported only right after a place name's level — 省, 市, 县, 区, 州, 盟, 旗 (XX县农业局) — and the replacement keeps the place name (XX县农业农村局)."),
    bare: z
      .boolean()
      .optional()
      .describe("With `local`: the full name is unambiguous (食品药品监督管理局), so it is reported without a place name before it too (a list of the current bodies); never after 国 (美国食品药品监督管理局), nor after 原."),
    datedDraftsOnly: z
      .boolean()
      .optional()
      .describe("Report it only in a draft whose own date (its 落款 or title, or lectern.documentYear) is on or after `since`: words that were current until then (党的十九大和十九届历次全会精神) are everywhere in older texts."),
  })
  .strict();

export const SloganSchema = z
  .object({
    text: Formulation.describe("The formulation exactly as official text writes it, without quote marks."),
    aliases: z.array(Formulation).optional().describe("Other spellings that mean the same formulation (e.g. 双碳)."),
    verbs: z
      .array(z.string().min(1).max(8).regex(/^[^\s“”]+$/))
      .min(1)
      .optional()
      .describe("Verbs that take this formulation; the first is the canonical one offered as a fix (增强 for 四个意识)."),
    parts: z.array(z.string().min(1).max(60)).min(2).optional().describe("The components of a numbered formulation, in order."),
    ordered: z.boolean().optional().describe("The parts have a fixed order (“五位一体”: 经济建设、政治建设、文化建设、社会建设、生态文明建设): an enumeration in another order is slogan.parts."),
    quoted: z.boolean().optional().describe("Official text writes it in quotes: “四个意识”."),
    strict: z
      .boolean()
      .optional()
      .describe("Every character is part of the form: a dropped particle (以习近平同志为核心党中央, without 的) is slogan.typo. Elsewhere a dropped 的 or 之 is accepted as a variant."),
    partOf: z
      .array(Formulation)
      .min(1)
      .optional()
      .describe("Longer formulations this phrase must appear in: alone it is a truncated form (以新时代中国特色社会主义思想为指导 lacks 习近平), slogan.typo."),
    neighbours: z
      .array(Formulation)
      .min(1)
      .optional()
      .describe("Formulations one character apart from this one that are right too (中国特色社会主义法治体系 and …法律体系): `lectern pack check` does not report the pair as a near miss."),
    note: z.string().optional(),
    source: z.string().min(1).optional().describe("Where it comes from: the document's title (a built-in entry always has one; a team's may omit it)."),
    date: DateString.optional().describe("The date of the source document, YYYY, YYYY-MM or YYYY-MM-DD (required of every built-in entry; optional in a team pack)."),
    deprecated: DeprecationSchema.optional(),
  })
  .strict();

/**
 * Wording that must never slip (政治性差错): use X, not Y, with context. A
 * proofreading list, not formulations: `avoid` is wrong wherever it stands,
 * unless the sentence says otherwise.
 */
export const WordingSchema = z
  .object({
    avoid: z.string().min(2).max(40).regex(/^\S+$/, "no spaces or line breaks").describe("The wrong wording, exactly as it would be written (台湾政府)."),
    use: z
      .union([z.string().min(1).max(60), z.array(z.string().min(1).max(60)).min(1)])
      .describe("What to write instead: one replacement (a fix, safe when there is no `context`) or several (offered, never applied unasked)."),
    note: z.string().min(1).describe("Why, in one sentence (shown in the finding)."),
    context: z
      .array(z.string().min(1).max(20))
      .min(1)
      .optional()
      .describe("Report it only in a sentence that has one of these words (罪犯 only where the sentence speaks of 涉嫌, 抓获, 逮捕 …)."),
    unless: z
      .array(z.string().min(1).max(20))
      .min(1)
      .optional()
      .describe("Not reported in a sentence that has one of these words besides the wording itself (中华民国 in history: 辛亥革命, 时期 …)."),
    source: z.string().min(1).describe("The document that prescribes it."),
    date: DateString.describe("The date from which it is wrong (the document's date, or the date the name changed): a sentence or a draft dated before it is not reported."),
  })
  .strict();

export const SnippetSchema = z
  .object({
    prefix: z.string().min(1).max(40).regex(/^\S+$/, "a prefix has no spaces"),
    body: z.union([z.string().min(1), z.array(z.string()).min(1)]).describe("VS Code snippet syntax; an array is joined with line breaks."),
    description: z.string().optional(),
  })
  .strict();

/** A pack date: YYYY, YYYY-MM or YYYY-MM-DD. */
const PackDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "a date: YYYY, YYYY-MM or YYYY-MM-DD");

/** The words right before an anniversary's number: 建党 in 建党104周年, 中国共产党成立 in 中国共产党成立104周年. */
const EventName = z
  .string()
  .min(2)
  .max(40)
  .regex(/^\S*[^\s\d０-９〇零一二两三四五六七八九十百千]$/, "an event name has no spaces and does not end with a numeral");

export const EventSchema = z
  .object({
    name: EventName.describe("The event as drafts name it before the number of years: 中国共产党成立 (…成立104周年)."),
    aliases: z.array(EventName).optional().describe("Other names drafts write right before the number: 建党, 党成立."),
    date: PackDate.describe("When it happened: YYYY, YYYY-MM or YYYY-MM-DD. Anniversaries count whole years from it."),
    source: z.string().min(1).describe("Where the date comes from: a document, a decision, a chronicle."),
    note: z.string().optional(),
  })
  .strict();

export const PackSchema = z
  .object({
    $schema: z.string().optional(),
    name: z.string().min(1),
    version: z.string().min(1),
    description: z.string().optional(),
    slogans: z.array(SloganSchema).default([]),
    wording: z.array(WordingSchema).optional().describe("Wording that must never slip: use X, not Y (slogan.wording)."),
    snippets: z.array(SnippetSchema).optional(),
    events: z
      .array(EventSchema)
      .optional()
      .describe("Dated events whose anniversaries (纪念…N周年, …成立N周年, …N年来) fact.date checks against the draft's date: a county's founding (建县), a school's (建校)."),
  })
  .strict()
  .superRefine((pack, ctx) => {
    // Two entries with the same text in one pack: the second silently wins, which is never meant.
    const seen = new Map<string, number>();
    pack.slogans.forEach((s, i) => {
      const first = seen.get(s.text);
      if (first !== undefined) ctx.addIssue({ code: "custom", path: ["slogans", i, "text"], message: `duplicate formulation "${s.text}" (also slogans[${first}])` });
      else seen.set(s.text, i);
    });
    const avoided = new Map<string, number>();
    (pack.wording ?? []).forEach((w, i) => {
      const first = avoided.get(w.avoid);
      if (first !== undefined) ctx.addIssue({ code: "custom", path: ["wording", i, "avoid"], message: `duplicate wording "${w.avoid}" (also wording[${first}])` });
      else avoided.set(w.avoid, i);
    });
  })
  .describe("A Lectern pack: formulations (规范提法) and snippets a team shares.");

export type Pack = z.output<typeof PackSchema>;
export type SloganEntry = z.output<typeof SloganSchema>;
export type SnippetEntry = z.output<typeof SnippetSchema>;
export type WordingEntry = z.output<typeof WordingSchema>;
export type EventEntry = z.output<typeof EventSchema>;
