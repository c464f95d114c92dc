/**
 * Sibling runs of numbered headings: the headings of one style directly under
 * one parent, which count 1, 2, 3 together. Numbering restarts under each parent,
 * unless the document numbers straight through its parents (continuousRuns).
 */
import type { Section } from "../document/model";
import type { Intrusion } from "./hierarchy";
import { findBreaks } from "./sequence";

export interface HeadingRun {
  parent: Section;
  rank: number;
  /** Sections whose headings carry a numbering token, in document order. */
  items: Section[];
  /** True when the run is numbered straight through several parents (第一章 一、二、 第二章 三、). */
  continuous?: boolean;
  /** Items of the run written a level off (1. | （二） | 3.): they count, but have another style. */
  standIns?: Set<Section>;
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
      const placed = intrusions.get(child);
      const standIn = placed?.inPlace ? runOf.get(placed.before) : undefined;
      if (standIn) {
        standIn.items.push(child);
        (standIn.standIns ??= new Set()).add(child);
        runOf.set(child, standIn);
      } else if (h?.token && !intrusions.has(child)) {
        let run: HeadingRun | undefined;
        if (intrusion && h.rank === intrusion.before.heading!.rank) run = runOf.get(intrusion.before);
        if (!run && isMisstyledSibling(child, parent, intrusions)) run = runOf.get(parent);
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
  return continuousRuns(runs);
}

/** How many parents must go on counting, with none restarting, before a document's numbering is read as continuous. */
const CHAPTER_BOUNDARIES = 1;
const HEADING_BOUNDARIES = 2;

/**
 * Work rules, 规章 and some 工作要点 number straight through their chapters or parts
 * (第一章 一、二、三、 第二章 四、五、; or 1.–25. through the 一、 sections). The runs of one
 * style under sibling parents of one style are read as one run when, parent after parent,
 * the numbering goes on (does not start at 1 again) more often than it restarts, at least
 * once under 第N章/第N节/第N部分 parents and twice under numbered headings (once could be
 * one slip), at least once taking up exactly where the previous parent stopped; under
 * numbered headings most parents must also hold two items or more (1. | 2. | 2. is slips);
 * and read as one run the numbers must break fewer times than read parent by parent. The joined run still reports gaps, duplicates,
 * wrong order and a parent that restarts.
 */
function continuousRuns(runs: HeadingRun[]): HeadingRun[] {
  const groups = new Map<string, HeadingRun[]>();
  for (const run of runs) {
    const parent = run.parent.heading;
    if (!parent || run.parent.parent === undefined) continue;
    const key = `${groupScope(run.parent)}|${parent.rank}|${run.rank}`;
    const group = groups.get(key) ?? [];
    group.push(run);
    groups.set(key, group);
  }
  const joined = new Map<HeadingRun, HeadingRun>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    let goingOn = 0;
    let exact = 0;
    let restarts = 0;
    for (let k = 1; k < group.length; k++) {
      const first = group[k].items[0].heading!.token!.number;
      const last = group[k - 1].items[group[k - 1].items.length - 1].heading!.token!.number;
      if (first > 1) goingOn++;
      else restarts++;
      if (first === last + 1) exact++;
    }
    // 第N条 and 1.1-style parents hold their own （一） lists: like numbered headings, not chapters.
    // 第N条 are numbered straight through a 规章's chapters by drafting convention: a gap at a
    // chapter boundary (第二条 | 第四条) is a gap, not a restart that 第一条 would repair.
    const articles = group[0].items[0].heading!.style === "article";
    const parentHeading = group[0].parent.heading!;
    const chapterParents = parentHeading.rank < 0 && parentHeading.style !== "article" && parentHeading.style !== "decimal";
    // Under numbered headings, single items (1. | 2. | 3.) could be slips as well: most parents hold a list.
    const lists = group.filter((r) => r.items.length >= 2).length;
    if (!articles && (exact < 1 || goingOn < (chapterParents ? CHAPTER_BOUNDARIES : HEADING_BOUNDARIES) || goingOn <= restarts || (!chapterParents && lists * 2 < group.length))) continue;
    // The joined reading must explain the numbers better than restarting under each parent.
    const numbers = (r: HeadingRun[]) => r.flatMap((x) => x.items.map((i) => i.heading!.token!.number));
    const restarting = group.reduce((n, r) => n + findBreaks(numbers([r])).length, 0);
    // (Articles join on a tie: 第一条 第二条 | 第四条 breaks once either way; only a draft that
    // restarts 第一条 in every chapter reads better apart.)
    const joinedBreaks = findBreaks(numbers(group)).length;
    if (articles ? joinedBreaks > restarting : joinedBreaks >= restarting) continue;
    const whole: HeadingRun = { parent: group[0].parent, rank: group[0].rank, items: group.flatMap((r) => r.items), continuous: true };
    for (const r of group) joined.set(r, whole);
  }
  if (!joined.size) return runs;
  const out: HeadingRun[] = [];
  for (const r of runs) {
    const j = joined.get(r);
    if (!j) out.push(r);
    else if (!out.includes(j)) out.push(j);
  }
  return out;
}

/** The attachment a section is in, or the document: numbering never runs on between them. */
function groupScope(s: Section): string {
  for (let p: Section | undefined = s; p; p = p.parent) if (p.heading?.style === "attachment") return String(p.heading.line);
  return "document";
}

const numeralKind = (style: string) => (style.startsWith("cn") ? "cn" : style.startsWith("arabic") ? "arabic" : style);

/**
 * 一、…二、…（三）…四、: the （三） is the 三、 of its parent's list written in a
 * deeper style, not a one-item list under 二、. It counts with its parent's
 * siblings, so numbering.style reports its shape and the list has no gap.
 */
function isMisstyledSibling(x: Section, parent: Section, intrusions: Map<Section, Intrusion>): boolean {
  const h = x.heading!;
  const p = parent.heading;
  // 2 组织指挥体系 with 2.1 under it is the parent's own subsection, never a misstyled sibling.
  if (h.style === "decimal") return false;
  if (!p?.token || !parent.parent || h.rank <= p.rank) return false;
  // Its parent's own list may follow it, restarting at 1: 二、 | （三）重点任务 | （一）（二） | 四、.
  const own = parent.children.filter((c) => c.heading?.rank === h.rank);
  const at = own.indexOf(x);
  // 二、 | （一）…（五） | （三）存在的主要问题 | 四、: after its parent's own list, a title line whose number
  // breaks that list and is the parent's next is the parent's sibling too.
  const afterOwnList = at > 0 && at === own.length - 1 && !h.runIn && !/[。；！？]/.test(h.name) && own[at - 1].heading!.token?.number !== (h.token?.number ?? 0) - 1;
  if ((at !== 0 && !afterOwnList) || (at === 0 && own.length > 1 && own[1].heading!.token?.number !== 1)) return false;
  // In other numerals (（一）（二） 3. （四）) only a lone item reads so: a list of its own would start at 1;
  // and not where a level is already out of place around it (that reading comes first).
  if (numeralKind(h.style) !== numeralKind(p.style) && ((own.length > 1 && !afterOwnList) || parent.parent.children.some((c) => intrusions.has(c)))) return false;
  const siblings = parent.parent.children;
  const next = siblings.slice(siblings.indexOf(parent) + 1).find((c) => c.heading?.rank === p.rank);
  return h.token!.number === p.token.number + 1 && next?.heading?.token?.number === p.token.number + 2;
}
