/**
 * Everything the core can do, in one place: each feature module adds its
 * checks, editor features and data sources here (one line each).
 */
import type { Check } from "./check";
import type { DataSource } from "./data-sources";
import type { Feature } from "./features";
import { structureCheck } from "./structure";
import { numberingCheck } from "./numbering";
import { figureCheck, figureFeature, targetSource } from "./figures";
import { sloganCheck, sloganFeature, sloganSource } from "./slogans";
import { projectSource } from "./project-config";
import { acceptedSource } from "./accepted";
import { factCheck } from "./facts";
import { quoteCheck, quoteFeature, sourcesSource } from "./sources";

/** Checks, in the order their findings are reported. */
export const CHECKS: Check[] = [structureCheck, numberingCheck, figureCheck, sloganCheck, factCheck, quoteCheck];

/** Hover, completion and marks; on overlap the first hover wins. */
export const FEATURES: Feature[] = [figureFeature, sloganFeature, quoteFeature];

/** Workspace data files (packs, target tables, the project config) and how they load. */
export const DATA_SOURCES: DataSource[] = [targetSource, sloganSource, projectSource, acceptedSource, sourcesSource];
