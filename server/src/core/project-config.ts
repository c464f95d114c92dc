/**
 * The project file `.lectern/config.json`: which files a folder's checks cover.
 * `include` and `exclude` are globs relative to the folder that holds `.lectern/`
 * (`**` any folders, `*` any characters but `/`); a file is checked when it matches
 * an include and no exclude.
 */
import { z } from "zod";

export const ProjectConfigSchema = z
  .object({
    $schema: z.string().optional(),
    include: z.array(z.string().min(1)).default(["**/*.speech", "**/*.txt", "**/*.md"]).describe("Globs of the drafts to check, relative to the folder holding .lectern/."),
    exclude: z.array(z.string().min(1)).default([]).describe("Globs of files not to check, even when an include matches (e.g. archive/**)."),
  })
  .strict()
  .describe("Lectern project configuration (.lectern/config.json).");

export type ProjectConfig = z.output<typeof ProjectConfigSchema>;
