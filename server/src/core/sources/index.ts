/**
 * Sources and quotations: the `sources` data (texts in .lectern/sources/, named
 * by lectern.sources or --sources, or in source packages) and fact.quote.
 */
import type { AnalysisContext, Check } from "../check";
import type { DataSource } from "../data-sources";
import { defineRule } from "../findings";
import type { Feature } from "../features";
import { EMPTY_SOURCES, loadSources, SourceSet } from "./load";
import { checkQuotes, hoverQuote } from "./quote";

export { FACT_QUOTE, checkQuotes, quotations, hoverQuote } from "./quote";
export { loadSources, SourceSet, EMPTY_SOURCES, frontMatter, type Source } from "./load";
export { SourceMetaSchema } from "./schema";
export { TextIndex, normalise } from "./text-index";

export const SOURCES_ID = "sources";

export const SOURCES_INVALID = defineRule("sources.invalid", "error", "A source's sidecar (NAME.json) or front matter that fails validation, a sidecar with no source text beside it, or a source package that is not installed or names no files.");

export function sourcesOf(ctx: AnalysisContext | undefined): SourceSet {
  const v = ctx?.data?.[SOURCES_ID];
  return v instanceof SourceSet ? v : EMPTY_SOURCES;
}

export const sourcesSource: DataSource = {
  id: SOURCES_ID,
  problemCode: SOURCES_INVALID.code,
  workspaceGlobs: [".lectern/sources/*.txt", ".lectern/sources/*.md", ".lectern/sources/*.docx", ".lectern/sources/*.json"],
  setting: "lectern.sources",
  cliOption: "--sources",
  folders: true,
  packages: { field: "sources", problemCode: SOURCES_INVALID.code },
  load: (files) => loadSources(files),
};

export const quoteCheck: Check = {
  id: "quotes",
  needsSegmenter: false,
  run(model, ctx) {
    return checkQuotes(model, sourcesOf(ctx));
  },
};

export const quoteFeature: Feature = {
  id: "quotes",
  hover(model, offset, ctx) {
    const set = sourcesOf(ctx);
    return set.sources.length ? hoverQuote(model, offset, set) : undefined;
  },
};
