/**
 * Generates what VS Code reads from the zod schemas, so the schemas stay the
 * single source of truth:
 *   - package.json `contributes.configuration.properties` from SETTINGS;
 *   - schemas/pack.schema.json from PackSchema (slogan/snippet packs);
 *   - schemas/targets.schema.json from TargetTableSchema (figure target tables);
 *   - schemas/config.schema.json from ProjectConfigSchema (.lectern/config.json);
 *   - schemas/accepted.schema.json from AcceptedSchema (.lectern/accepted.json);
 *   - schemas/source.schema.json from SourceMetaSchema (a source's sidecar, .lectern/sources/NAME.json);
 *   - package.nls.json / package.nls.zh-cn.json (scripts/nls.ts) and one page per code in docs/rules/.
 * Run by `npm run build`; test/unit/package-manifest.test.ts checks the output is current.
 */
import * as fs from "fs";
import * as path from "path";
import { z } from "zod";
import { SETTINGS } from "../server/src/core/settings";
import { allRules, RuleLevelSchema } from "../server/src/core";
import { nlsBundle, ruleKey, settingKey } from "./nls";
import { rulePages } from "./rule-pages";

const ROOT = path.resolve(__dirname, "..");

/** JSON Schema (draft-07, what VS Code's JSON service understands best) of a zod schema. */
export function toSchema(schema: z.ZodType, io: "input" | "output" = "input"): Record<string, unknown> {
  const json = z.toJSONSchema(schema, { target: "draft-7", io, unrepresentable: "any" }) as Record<string, unknown>;
  delete json.$schema;
  return stripUnboundedLimits(json) as Record<string, unknown>;
}

/** zod writes `.int()` as min/max safe integer; those bounds only clutter the settings UI. */
function stripUnboundedLimits(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripUnboundedLimits);
  if (!value || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if ((k === "maximum" && v === Number.MAX_SAFE_INTEGER) || (k === "minimum" && v === Number.MIN_SAFE_INTEGER)) continue;
    out[k] = stripUnboundedLimits(v);
  }
  return out;
}

/** Settings a user changes per folder (paths into the workspace, a unit's house style) versus per window. */
const RESOURCE_SCOPED = new Set(["lectern.packs", "lectern.targets", "lectern.documentYear", "lectern.rules"]);
const isResourceScoped = (key: string) => RESOURCE_SCOPED.has(key) || key.startsWith("lectern.export.");

/** `contributes.configuration.properties`, in SETTINGS order. */
export function configurationProperties(): Record<string, Record<string, unknown>> {
  const props: Record<string, Record<string, unknown>> = {};
  let order = 0;
  for (const [key, schema] of Object.entries(SETTINGS) as [string, z.ZodType][]) {
    const json = toSchema(schema);
    props[key] = {
      ...json,
      ...(key === "lectern.rules" ? { properties: ruleProperties() } : {}),
      default: schema.parse(undefined),
      // The words are in package.nls*.json, in English and Chinese.
      description: `%${settingKey(key)}%`,
      scope: isResourceScoped(key) ? "resource" : "window",
      order: order++,
    };
  }
  return props;
}

/** `lectern.rules` names every code, so settings.json completes codes and levels. */
function ruleProperties(): Record<string, Record<string, unknown>> {
  return Object.fromEntries(allRules().map((r) => [r.code, { type: "string", enum: RuleLevelSchema.options, description: `%${ruleKey(r.code)}%` }]));
}

interface SchemaModule {
  file: string;
  exportName: string;
  out: string;
  title: string;
}

export const DATA_SCHEMAS: SchemaModule[] = [
  { file: "server/src/core/slogans/schema.ts", exportName: "PackSchema", out: "schemas/pack.schema.json", title: "Lectern pack (.lectern/*.pack.json)" },
  { file: "server/src/core/figures/targets-schema.ts", exportName: "TargetTableSchema", out: "schemas/targets.schema.json", title: "Lectern target table (.lectern/targets.json)" },
  { file: "server/src/core/project-config.ts", exportName: "ProjectConfigSchema", out: "schemas/config.schema.json", title: "Lectern project configuration (.lectern/config.json)" },
  { file: "server/src/core/accepted/index.ts", exportName: "AcceptedSchema", out: "schemas/accepted.schema.json", title: "What a team has accepted (.lectern/accepted.json)" },
  { file: "server/src/core/sources/schema.ts", exportName: "SourceMetaSchema", out: "schemas/source.schema.json", title: "Lectern source metadata (.lectern/sources/NAME.json)" },
];

/** The JSON Schema text for one data file kind, or a reason it could not be made. */
export function dataSchemaText(m: SchemaModule): { text: string } | { missing: string } {
  const abs = path.join(ROOT, m.file);
  if (!fs.existsSync(abs)) return { missing: `${m.file} does not exist yet` };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(abs) as Record<string, unknown>;
  const schema = mod[m.exportName] as z.ZodType | undefined;
  if (!schema) return { missing: `${m.file} has no export ${m.exportName}` };
  const json = { $schema: "http://json-schema.org/draft-07/schema#", title: m.title, ...toSchema(schema) };
  return { text: JSON.stringify(json, null, 2) + "\n" };
}

/** package.json with its configuration properties regenerated (same formatting: 2 spaces, final newline). */
export function packageJsonText(current: string): string {
  const pkg = JSON.parse(current);
  pkg.contributes ??= {};
  pkg.contributes.configuration ??= { title: "Lectern" };
  pkg.contributes.configuration.properties = configurationProperties();
  return JSON.stringify(pkg, null, 2) + "\n";
}

function writeIfChanged(file: string, text: string): void {
  const abs = path.join(ROOT, file);
  if (fs.existsSync(abs) && fs.readFileSync(abs, "utf8") === text) return;
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  fs.writeFileSync(abs, text);
  console.log(`gen-schemas: wrote ${file}`);
}

/** The generated text files besides package.json and the data schemas: path → text. */
export function generatedFiles(): Map<string, string> {
  const files = new Map<string, string>();
  files.set("package.nls.json", JSON.stringify(nlsBundle("en"), null, 2) + "\n");
  files.set("package.nls.zh-cn.json", JSON.stringify(nlsBundle("zh"), null, 2) + "\n");
  for (const [file, text] of rulePages()) files.set(file, text);
  return files;
}

if (require.main === module) {
  writeIfChanged("package.json", packageJsonText(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")));
  for (const [file, text] of generatedFiles()) writeIfChanged(file, text);
  for (const m of DATA_SCHEMAS) {
    const r = dataSchemaText(m);
    if ("missing" in r) console.log(`gen-schemas: skipped ${m.out}: ${r.missing}`);
    else writeIfChanged(m.out, r.text);
  }
}
