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
