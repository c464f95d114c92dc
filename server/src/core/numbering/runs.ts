/**
 * Sibling runs of numbered headings: the headings of one style directly under
 * one parent, which count 1, 2, 3 together. Numbering restarts under each parent.
 */
import type { Section } from "../model";
import type { Intrusion } from "./hierarchy";

export interface HeadingRun {
  parent: Section;
  rank: number;
  /** Sections whose headings carry a numbering token, in document order. */
  items: Section[];
}

/**
 * Groups numbered headings into runs. A hierarchy intruder (a （一） between 1. and
 * 2.) is left out of every run, and its children that continue the list it
 * interrupted are counted with that list, so the intrusion is reported once.
 */
export function headingRuns(root: Section, intrusions: Map<Section, Intrusion>): HeadingRun[] {
  const runs: HeadingRun[] = [];
  const runOf = new Map<Section, HeadingRun>();
  const visit = (parent: Section) => {
    const own = new Map<number, HeadingRun>();
    const intrusion = intrusions.get(parent);
    for (const child of parent.children) {
      const h = child.heading;
      if (h?.token && !intrusions.has(child)) {
        let run: HeadingRun | undefined;
        if (intrusion && h.rank === intrusion.before.heading!.rank) run = runOf.get(intrusion.before);
        if (!run) run = own.get(h.rank);
        if (!run) {
          run = { parent, rank: h.rank, items: [] };
          own.set(h.rank, run);
          runs.push(run);
        }
        run.items.push(child);
        runOf.set(child, run);
      }
      visit(child);
    }
  };
  visit(root);
  return runs;
}
