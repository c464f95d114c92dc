/**
 * Numbering consistency: heading sequences, token punctuation, hierarchy, announced
 * counts and inline enumerators, each finding with minimal token edits as fixes.
 * Fixes of different findings never overlap, so "fix all" may take them together.
 */
import type { Check } from "../check";
import type { Finding } from "../findings";
import type { DocumentModel } from "../document/model";
import { announcedCountsIn, countFindings, type AnnouncedCount } from "./count";
import { enumeratorFindings } from "./enumerator";
import { sequenceFindings } from "./heading-sequence";
import { findIntrusions, hierarchyFindings } from "./hierarchy";
import { headingRuns } from "./runs";
import { styleFindings } from "./style";

export { renumberSection } from "./renumber";
export type { AnnouncedCount } from "./count";

/** Every announced count that introduces a list, with its paragraph. */
export function announcedCounts(model: DocumentModel): AnnouncedCount[] {
  return announcedCountsIn(model, headingRuns(model.root, findIntrusions(model.root)));
}

export { COUNT, ENUMERATOR, HIERARCHY, SEQUENCE, STYLE } from "./rules";

export const numberingCheck: Check = {
  id: "numbering",
  runsOnLargeDocuments: true,
  run(model, ctx) {
    const intrusions = findIntrusions(model.root);
    const runs = headingRuns(model.root, intrusions);
    const interrupted = new Set(runs.filter((r) => [...intrusions.values()].some((i) => r.items.includes(i.before) || r.items.includes(i.after))));
    const findings: Finding[] = [
      ...sequenceFindings(runs, interrupted),
      ...styleFindings(runs, ctx.settings),
      ...hierarchyFindings(intrusions, ctx.settings),
      ...countFindings(model, runs),
      ...enumeratorFindings(model),
    ];
    return findings.sort((a, b) => a.span.start - b.span.start || a.code.localeCompare(b.code));
  },
};
