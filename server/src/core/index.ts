/** The analysis core's public surface. No LSP or VS Code imports anywhere under core/. */
export * from "./document/text";
export * from "./document/model";
export * from "./findings";
export * from "./settings";
export * from "./check";
export * from "./features";
export { parseDocument } from "./document/parse";
export { DATE_LINE } from "./document/layout";
export { analyze, isOverSizeLimit, type Phase } from "./analyze";
export { buildOutline, outlineParts, foldingRegions, formatLength, formatMinutes, type OutlineSymbol, type OutlinePart, type FoldingRegion } from "./document/outline";
export { formatDuration } from "./document/duration";
export { documentStats, spanStats, type DocumentStats } from "./document/stats";
export * from "./data-sources";
export * from "./json-data";
export { isSegmenterLoaded, loadSegmenter, segment, segmenterEngine, SegmenterError } from "./segmenter";
export { CHECKS, FEATURES, DATA_SOURCES } from "./registry";
export { ProjectConfigSchema, DEFAULT_PROJECT_CONFIG, type ProjectConfig } from "./project-config";
