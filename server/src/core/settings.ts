/**
 * Settings: the zod schema is the single source of truth. VS Code's
 * `contributes.configuration` and the JSON Schema are generated from it.
 * Keys are written flat (`lectern.diagnostics.delay`), as VS Code and
 * `initializationOptions` give them.
 */
import { z } from "zod";

export const RuleLevelSchema = z.enum(["off", "hint", "information", "warning", "error"]);

/** Accepted token shapes of one heading style (N stands for the numeral); the first is what fixes write. */
function numberingShapes(defaults: string[], example: string) {
  return z
    .array(z.string().regex(/^[^N]{0,3}N[^N]{0,3}$/, "a shape has one N and up to three characters each side"))
    .min(1)
    .default(defaults)
    .describe(`Accepted shapes of ${example} headings, N standing for the numeral, e.g. ${JSON.stringify(defaults)} (GB/T 9704); the first is the one fixes write.`);
}

/**
 * Chinese type sizes (字号) in points, as Word and WPS name them; GB/T 9704
 * speaks in these: 2号 title, 3号 body, 4号 page numbers.
 */
export const CHINESE_FONT_SIZES = {
  初号: 42,
  小初: 36,
  一号: 26,
  小一: 24,
  二号: 22,
  小二: 18,
  三号: 16,
  小三: 15,
  四号: 14,
  小四: 12,
  五号: 10.5,
  小五: 9,
} as const;

/** A font name as Word writes it in w:rFonts (e.g. 仿宋_GB2312). */
function exportFont(defaultName: string, role: string) {
  return z.string().trim().min(1).max(64).default(defaultName).describe(`Font of ${role} in exported Word documents (its East Asian name, e.g. ${defaultName}).`);
}

/** A type size in points, or its Chinese name (三号, 小四). */
function exportSize(defaultPt: number, role: string, name: string) {
  const names = Object.keys(CHINESE_FONT_SIZES) as [keyof typeof CHINESE_FONT_SIZES, ...(keyof typeof CHINESE_FONT_SIZES)[]];
  return z
    .union([z.number().min(5).max(72), z.enum(names)])
    .default(defaultPt)
    .describe(`Size of ${role} in exported Word documents: points, or a Chinese size name such as 三号 or 小四 (default ${defaultPt} pt, ${name}).`);
}

/** Each entry: flat key → schema with default and description. */
export const SETTINGS = {
  "lectern.readingRate": z
    .number()
    .int()
    .min(60)
    .max(1000)
    .default(220)
    .describe("Speaking rate in characters a minute, for section lengths and speaking time."),
  "lectern.enableFor": z
    .array(z.enum(["plaintext", "markdown"]))
    .default([])
    .describe("Other languages Lectern analyses besides `speech` files (*.speech)."),
  "lectern.rules": z
    .record(z.string().regex(/^[a-z]+\.[a-zA-Z.-]+$/), RuleLevelSchema)
    .default({})
    .describe('Severity per diagnostic code, e.g. {"numbering.count": "off"}.'),
  "lectern.diagnostics.delay": z
    .number()
    .int()
    .min(0)
    .max(10000)
    .default(250)
    .describe("Milliseconds to wait after typing stops before diagnostics are recomputed."),
  "lectern.maxDocumentSize": z
    .number()
    .int()
    .min(1000)
    .default(2_000_000)
    .describe("Documents larger than this (UTF-16 code units) get outline and numbering checks only."),
  "lectern.documentYear": z
    .number()
    .int()
    .min(1949)
    .max(2100)
    .nullable()
    .default(null)
    .describe("The year relative years (今年, 明年) refer to; null infers it from the draft's dates."),
  "lectern.packs": z
    .array(z.string())
    .default([])
    .describe("Extra slogan/snippet pack files (*.pack.json) or npm packages of packs (NAME or NAME@RANGE, from the workspace's node_modules), besides .lectern/*.pack.json in the workspace."),
  "lectern.sources": z
    .array(z.string())
    .default([])
    .describe("Extra sources for fact.quote: files (.txt, .md, .docx), folders of them, or npm packages of sources (NAME or NAME@RANGE), besides .lectern/sources/ in the workspace."),
  "lectern.targets": z
    .string()
    .nullable()
    .default(null)
    .describe("A target table (targets.json) to check figures against; .lectern/targets.json is used when unset."),
  "lectern.numbering.cnDun": numberingShapes(["N、"], "一、"),
  "lectern.numbering.cnParen": numberingShapes(["（N）"], "（一）"),
  "lectern.numbering.arabicDot": numberingShapes(["N.", "N．"], "1."),
  "lectern.numbering.arabicParen": numberingShapes(["（N）"], "（1）"),
  "lectern.numbering.circled": numberingShapes(["N"], "①"),
  "lectern.export.title.font": exportFont("方正小标宋简体", "the title"),
  "lectern.export.title.size": exportSize(22, "the title", "二号"),
  "lectern.export.subtitle.font": exportFont("楷体_GB2312", "the lines under the title (——在…上的讲话, the speaker, the date)"),
  "lectern.export.body.font": exportFont("仿宋_GB2312", "body text, the salutation and the closing"),
  "lectern.export.body.size": exportSize(16, "body text and headings", "三号"),
  "lectern.export.heading1.font": exportFont("黑体", "一、 headings (and 第一章, 附件1)"),
  "lectern.export.heading2.font": exportFont("楷体_GB2312", "（一） headings"),
  "lectern.export.heading3.font": exportFont("仿宋_GB2312", "1. headings"),
  "lectern.export.heading3.bold": z.boolean().default(false).describe("Sets 1. headings in bold in exported Word documents (GB/T 9704 allows it)."),
  "lectern.export.heading4.font": exportFont("仿宋_GB2312", "（1） and deeper headings"),
  "lectern.export.pageNumber.font": exportFont("宋体", "the page numbers (— 1 —)"),
  "lectern.export.pageNumber.size": exportSize(14, "the page numbers", "四号"),
  "lectern.export.linesPerPage": z.number().int().min(10).max(60).default(22).describe("Lines a page in exported Word documents (GB/T 9704: 22); the line spacing is fixed to fit them in the 225 mm text block."),
  "lectern.export.charsPerLine": z.number().int().min(10).max(60).default(28).describe("Characters a line in exported Word documents (GB/T 9704: 28), set as the document grid over the 156 mm text block."),
  "lectern.trace.server": z
    .enum(["off", "messages", "verbose"])
    .default("off")
    .describe("Traces the communication between VS Code and the Lectern language server."),
} as const;

export type SettingKey = keyof typeof SETTINGS;
export type Settings = { [K in SettingKey]: z.output<(typeof SETTINGS)[K]> };

export const DEFAULT_SETTINGS: Settings = Object.fromEntries(
  Object.entries(SETTINGS).map(([k, s]) => [k, s.parse(undefined)]),
) as Settings;

export interface SettingsProblem {
  key: string;
  message: string;
}

/** Flattens `{lectern: {diagnostics: {delay: 0}}}` (what workspace/configuration returns) to dotted keys. */
export function flattenSettings(value: unknown, prefix = ""): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!value || typeof value !== "object" || Array.isArray(value)) return out;
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (key in SETTINGS) out[key] = v;
    else if (v && typeof v === "object" && !Array.isArray(v)) Object.assign(out, flattenSettings(v, key));
    else out[key] = v;
  }
  return out;
}

/**
 * Reads settings from any shape a client may send. A bad or unknown value is
 * reported and replaced by its default; it never stops the others.
 */
export function readSettings(raw: unknown, prefix = ""): { settings: Settings; problems: SettingsProblem[] } {
  const flat = flattenSettings(raw, prefix);
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  const problems: SettingsProblem[] = [];
  for (const [key, value] of Object.entries(flat)) {
    if (!key.startsWith("lectern.")) continue;
    const schema = (SETTINGS as Record<string, z.ZodType>)[key];
    if (!schema) {
      problems.push({ key, message: `unknown setting "${key}" is ignored` });
      continue;
    }
    if (value === undefined) continue;
    const r = schema.safeParse(value);
    if (r.success) settings[key] = r.data;
    else problems.push({ key, message: `invalid value for "${key}": ${r.error.issues.map((i) => (i.path.length ? i.path.join(".") + ": " : "") + i.message).join("; ")}; the default is used` });
  }
  return { settings: settings as Settings, problems };
}
