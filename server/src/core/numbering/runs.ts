/**
 * Sibling runs of numbered headings: the headings of one style directly under
 * one parent, which count 1, 2, 3 together. Numbering restarts under each parent.
 */
import type { Section } from "../document/model";
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
        if (!run && isMisstyledSibling(child, parent)) run = runOf.get(parent);
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

const numeralKind = (style: string) => (style.startsWith("cn") ? "cn" : style.startsWith("arabic") ? "arabic" : style);

/**
 * 一、…二、…（三）…四、: the （三） is the 三、 of its parent's list written in a
 * deeper style, not a one-item list under 二、. It counts with its parent's
 * siblings, so numbering.style reports its shape and the list has no gap.
 */
function isMisstyledSibling(x: Section, parent: Section): boolean {
  const h = x.heading!;
  const p = parent.heading;
  if (!p?.token || !parent.parent || h.rank <= p.rank || numeralKind(h.style) !== numeralKind(p.style)) return false;
  if (parent.children.some((c) => c !== x && c.heading?.rank === h.rank)) return false;
  const siblings = parent.parent.children;
  const next = siblings.slice(siblings.indexOf(parent) + 1).find((c) => c.heading?.rank === p.rank);
  return h.token!.number === p.token.number + 1 && next?.heading?.token?.number === p.token.number + 2;
}
