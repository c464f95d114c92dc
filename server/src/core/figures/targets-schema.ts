/** The target table (.lectern/targets.json): the team's official figures to check drafts against. */
import { z } from "zod";

export const TargetSchema = z
  .object({
    metric: z.string().min(1).describe("The indicator, as the official table names it (地区生产总值, 规上工业增加值增速)."),
    aliases: z.array(z.string().min(1)).optional().describe("Other names drafts use for it (规模以上工业增加值)."),
    value: z.number().finite().describe("The official value, in `unit`."),
    unit: z.string().min(1).describe("The unit with its multiplier: 亿元, 万人, %, 个百分点, 亩, 万千瓦."),
    year: z.number().int().min(1949).max(2100).optional().describe("The year the value is for; compared only when the draft gives one too."),
    source: z.string().optional().describe("Where the value comes from (统计公报, 政府工作报告), shown in hovers and messages."),
  })
  .strict();

export const TargetTableSchema = z
  .object({
    $schema: z.string().optional(),
    targets: z.array(TargetSchema).describe("One entry per indicator and year."),
  })
  .strict()
  .describe("Lectern target table: official figures that drafts are checked against (figure.target).");

export type TargetEntry = z.infer<typeof TargetSchema>;
export type TargetTable = z.infer<typeof TargetTableSchema>;
