/**
 * What a source says about itself: a sidecar `NAME.json` beside `NAME.txt`/`.md`/`.docx`,
 * or front matter at the top of a `.txt`/`.md` (`---` lines, `key: value`).
 */
import { z } from "zod";

export const SourceMetaSchema = z
  .object({
    $schema: z.string().optional(),
    title: z.string().min(1).max(200).describe("The source's title, as 《…》 would hold it: 高举中国特色社会主义伟大旗帜　为全面建设社会主义现代化国家而团结奋斗."),
    names: z
      .array(z.string().min(2).max(60))
      .optional()
      .describe("The names drafts use for it before a verb of saying: 党的二十大报告, 二十大报告, 报告. The title always counts."),
    date: z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "a date: YYYY, YYYY-MM or YYYY-MM-DD")
      .optional(),
    speaker: z.string().min(1).optional().describe("Who said or issued it: 习近平, 国务院."),
    kind: z.enum(["document", "speech", "statistics"]).optional().describe("document (default), speech, or statistics: a statistics bulletin whose figures are also targets for figure.target."),
  })
  .strict()
  .describe("A Lectern source: the metadata of an authoritative text that quotations in drafts are checked against.");

export type SourceMeta = z.output<typeof SourceMetaSchema>;
