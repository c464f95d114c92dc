/**
 * The project file `.lectern/config.json`: which files a folder's checks cover
 * when `lectern check` walks a folder. Patterns are written as in `.gitignore`
 * (a pattern without `/` matches a name at any depth, `dir/**` everything
 * under dir), relative to the folder that holds `.lectern/`; a file is checked
 * when an include matches it and no exclude does.
 */
import { z } from "zod";
import type { DataSource } from "./data-sources";
import { defineRule } from "./findings";
import { validateJson, type DataProblem } from "./json-data";

/**
 * A repository's own files, not drafts: a drafts repository's README, change log
 * and licence are prose whose lists are not speech numbering.
 */
export const DEFAULT_EXCLUDE = ["README*", "CHANGELOG*", "CHANGES*", "HISTORY*", "LICENSE*", "LICENCE*", "COPYING*", "CONTRIBUTING*", "CODE_OF_CONDUCT*", "SECURITY*", "AUTHORS*", "NOTICE*", ".github/"];
export const DEFAULT_INCLUDE = ["*.speech", "*.txt", "*.md", "*.docx"];

export const ProjectConfigSchema = z
  .object({
    $schema: z.string().optional(),
    include: z
      .array(z.string().min(1))
      .default(DEFAULT_INCLUDE)
      .describe("Patterns (as in .gitignore) of the drafts a folder check covers, relative to the folder holding .lectern/. Default: every .speech, .txt, .md and .docx."),
    exclude: z
      .array(z.string().min(1))
      .default(DEFAULT_EXCLUDE)
      .describe("Patterns (as in .gitignore) of files a folder check skips even when an include matches (e.g. archive/). Replaces the default, which skips a repository's README, CHANGELOG, LICENSE and the like."),
  })
  .strict()
  .describe("Lectern project configuration (.lectern/config.json).");

export type ProjectConfig = z.output<typeof ProjectConfigSchema>;

export const DEFAULT_PROJECT_CONFIG: ProjectConfig = { include: DEFAULT_INCLUDE, exclude: DEFAULT_EXCLUDE };

export const CONFIG_INVALID = defineRule("config.invalid", "error", "A project configuration (.lectern/config.json) that fails validation, reported at its JSON path; folder checks then use the default include and exclude.");

/** `.lectern/config.json` as workspace data: `ctx.data.project` is always a usable ProjectConfig. */
export const projectSource: DataSource = {
  id: "project",
  problemCode: CONFIG_INVALID.code,
  workspaceGlobs: [".lectern/config.json"],
  load(files) {
    const problems: { path: string; problems: DataProblem[] }[] = [];
    let value: ProjectConfig = DEFAULT_PROJECT_CONFIG;
    for (const file of files) {
      const r = validateJson(file.text, ProjectConfigSchema);
      if (r.ok) value = r.value;
      else problems.push({ path: file.path, problems: r.problems });
    }
    return { value, problems };
  },
};
