/**
 * numbering.hierarchy. The section tree nests by GB rank, so a shallower heading
 * can never become the child of a deeper one; a misplaced level shows instead in
 * the numbers. The rule: heading X interrupts a list when
 *  - X's first child C continues, with a number of 2 or more, the list of C's style
 *    that was still open in X's previous sibling (…1. | （一） | 2.…), and
 *  - X itself is out of place: it is shallower than that previous sibling (a skipped
 *    level was already in use), or its number does not continue its own siblings
 *    (三、 …（1） | 一、 | （2）).
 * X may be the last of a run of shallower headings numbered from one (1. 2. | （一）（二）| 3.:
 * the sub-items of 2. written a level too high); the whole run is one intrusion.
 * A restart under X (…1. | （一） | 1.) or numbering that continues across parents
 * (二、 1. 2. | 三、 3.) is not an intrusion: the second is a sequence error.
 * X may also stand in the list's own place, written a level off (1. | （二） | 3.): X
 * is shallower than its previous sibling, its number is the one the list misses, and
 * its first child goes on after it. It is one item of that list, in the wrong style.
 */
import type { Finding, Fix, TextEditSpan } from "../findings";
import type { Section } from "../document/model";
import { GB_STYLE_ORDER, STYLE_LABEL } from "../document/model";
import type { Settings } from "../settings";
import { HIERARCHY } from "./rules";
import { acceptedShapes, isShaped } from "./shapes";
import { formatArabic, formatChineseNumeral, formatCircled } from "../numerals";

export interface Intrusion {
  section: Section;
  /** The last item of the interrupted list before X. */
  before: Section;
  /** X's first child, which continues that list. */
  after: Section;
  /** The intruding headings, X last: more than X when they are a run （一）（二） inverted under 1. 2.. */
  group: Section[];
  /** X is the list's missing item written a level off (1. | （二） | 3.), not an insertion. */
  inPlace?: boolean;
}

export function findIntrusions(root: Section): Map<Section, Intrusion> {
  const found = new Map<Section, Intrusion>();
  const visit = (parent: Section) => {
    parent.children.forEach((x, i) => {
      const intrusion = i > 0 ? intrusionAt(parent, i, found) : undefined;
      if (intrusion) for (const s of intrusion.group) found.set(s, intrusion);
      visit(x);
    });
  };
  visit(root);
  return found;
}

function intrusionAt(parent: Section, i: number, found: Map<Section, Intrusion>): Intrusion | undefined {
  const x = parent.children[i];
  const xh = x.heading;
  if (!xh?.token) return undefined;
  // （一）（二） numbered from one right before X, of X's rank: the list may be open before them.
  let j = i;
  while (j > 0 && xh.token.number - (i - j) > 1 && parent.children[j - 1].heading?.rank === xh.rank && parent.children[j - 1].heading!.token?.number === xh.token.number - (i - j) - 1) j--;
  if (j < i && parent.children[j].heading!.token!.number === 1 && j > 0) {
    // The list they interrupt is deeper than they are: 2. before （一）（二）, or （二） inside 一、 before 一、二、.
    const inverted = parent.children[j - 1].heading?.token ? continuation(x, parent.children[j - 1]) : undefined;
    if (inverted && inverted.before.heading!.rank > xh.rank) return { section: x, ...inverted, group: parent.children.slice(j, i + 1) };
  }
  const previous = parent.children[i - 1];
  if (!previous.heading?.token) return undefined;
  const cont = continuation(x, previous);
  if (!cont) return inPlaceAt(x, previous, parent.children[i + 1]);
  const { before, after: first } = cont;
  if (previous.heading.rank > xh.rank) return { section: x, before, after: first, group: [x] };
  let expected = 1;
  for (let k = i - 1; k >= 0; k--) {
    const sibling = parent.children[k];
    if (sibling.heading?.token && sibling.heading.rank === xh.rank && !found.has(sibling)) {
      expected = sibling.heading.token.number + 1;
      break;
    }
  }
  return xh.token.number === expected ? undefined : { section: x, before, after: first, group: [x] };
}

/**
 * 1.… | （二）… | 3.…: X, shallower than its previous sibling, carries the number the list
 * open there misses, and its first numbered child goes on right after that number.
 */
function inPlaceAt(x: Section, previous: Section, next: Section | undefined): Intrusion | undefined {
  const xh = x.heading!;
  // （三）| 1. | （二） | 3.: X may also follow a sibling of its own rank whose list it breaks into,
  // when its number does not go on from that sibling's — or when it does, but the next sibling
  // repeats X's number (（一）| 1. | （二） | 3. | （二）: the real （二） comes after).
  const repeated = next?.heading?.token?.number === xh.token!.number && next.heading.style === xh.style;
  if (previous.heading!.rank < xh.rank || (previous.heading!.rank === xh.rank && (previous.heading!.style !== xh.style || (xh.token!.number === previous.heading!.token!.number + 1 && !repeated)))) return undefined;
  const first = x.children.find((c) => c.heading?.token);
  const ch = first?.heading;
  if (!first || !ch?.token || ch.rank <= xh.rank) return undefined;
  const open = openHeading(previous, ch.rank);
  if (!open || open.heading!.rank !== ch.rank || open.heading!.style !== ch.style) return undefined;
  const n = open.heading!.token!.number;
  if (xh.token!.number !== n + 1 || ch.token.number !== n + 2) return undefined;
  return { section: x, before: open, after: first, group: [x], inPlace: true };
}

/** X's first child that continues a list still open in `previous`, and the item it continues. */
function continuation(x: Section, previous: Section): { before: Section; after: Section } | undefined {
  // X's first child that continues a list still open in the previous sibling; X's own deeper
  // items may come first (1.（1）（2）| （一）（1）（2）| 2.).
  let first: Section | undefined;
  let before: Section | undefined;
  for (const c of x.children) {
    const ch = c.heading;
    if (!ch?.token) continue;
    const open = openHeading(previous, ch.rank);
    if (ch.token.number >= 2 && open && open.heading!.rank === ch.rank && open.heading!.token!.number + 1 === ch.token.number) {
      first = c;
      before = open;
      break;
    }
    if (!first && x.children.some((d) => d.heading && d.heading.rank < ch.rank)) continue;
    break;
  }
  return first && before ? { before, after: first } : undefined;
}

/** The last heading in `s`'s subtree (itself included) at rank `rank` or shallower: the list still open there. */
function openHeading(s: Section, rank: number): Section | undefined {
  let last: Section | undefined;
  const visit = (t: Section) => {
    if (t.heading && t.heading.rank <= rank) last = t;
    t.children.forEach(visit);
  };
  visit(s);
  return last;
}

export function hierarchyFindings(intrusions: Map<Section, Intrusion>, settings: Settings): Finding[] {
  const findings: Finding[] = [];
  for (const intrusion of new Set(intrusions.values())) {
    const { before, after, group } = intrusion;
    const x = group[0].heading!;
    const a = before.heading!;
    const c = after.heading!;
    if (intrusion.inPlace) {
      const numeral = isShaped(a.style) ? numeralFor(a.style, x.token!.number) : undefined;
      const wanted = numeral && isShaped(a.style) ? acceptedShapes(a.style, settings)[0].replace("N", numeral) : undefined;
      findings.push({
        code: HIERARCHY.code,
        severity: HIERARCHY.severity,
        span: x.token!.span,
        message: `层级错误：“${x.token!.text}”处在“${a.token!.text}”与“${c.token!.text}”之间，是同一列表的一项，应与其同级${wanted ? `，写作“${wanted}”` : ""}。`,
        related: [
          { span: a.token!.span, message: `前一项“${a.token!.text}”` },
          { span: c.token!.span, message: `后一项“${c.token!.text}”` },
        ],
        fixes: wanted ? [{ title: `改为“${wanted}”`, edits: [{ span: x.token!.span, newText: wanted }], safe: false, preferred: true }] : undefined,
      });
      continue;
    }
    const fix = demoteFix(group, before, settings);
    const named = group.length === 1 ? `“${x.token!.text}”` : `“${x.token!.text}”至“${group[group.length - 1].heading!.token!.text}”`;
    findings.push({
      code: HIERARCHY.code,
      severity: HIERARCHY.severity,
      span: x.token!.span,
      message: `层级错误：${named}插在“${a.token!.text}”与“${c.token!.text}”之间，而“${STYLE_LABEL[x.style]}”比“${STYLE_LABEL[a.style]}”高一级（一、›（一）›1.›（1）›①）。`,
      related: [
        { span: a.token!.span, message: `前一项“${a.token!.text}”` },
        { span: c.token!.span, message: `“${c.token!.text}”接续“${a.token!.text}”的编号` },
      ],
      fixes: fix ? [fix] : undefined,
    });
  }
  return findings;
}

function numeralFor(style: "cn-dun" | "cn-paren" | "arabic-dot" | "arabic-paren" | "circled", n: number): string | undefined {
  return style === "circled" ? (n <= 20 ? formatCircled(n) : undefined) : style.startsWith("cn") ? formatChineseNumeral(n) : formatArabic(n, false);
}

/** Rewrites the intruders as the next items one level below the list they interrupt: （一）（二） → （1）（2） under 2. */
function demoteFix(group: Section[], before: Section, settings: Settings): Fix | undefined {
  const rank = before.heading!.rank + 1;
  const style = GB_STYLE_ORDER[rank];
  if (!style || !isShaped(style)) return undefined;
  const first = before.children.filter((c) => c.heading?.rank === rank).length + 1;
  const edits: TextEditSpan[] = [];
  const texts: string[] = [];
  for (let k = 0; k < group.length; k++) {
    const n = first + k;
    const numeral = style === "circled" ? (n <= 20 ? formatCircled(n) : undefined) : style.startsWith("cn") ? formatChineseNumeral(n) : formatArabic(n, false);
    if (!numeral) return undefined;
    const text = acceptedShapes(style, settings)[0].replace("N", numeral);
    texts.push(text);
    edits.push({ span: group[k].heading!.token!.span, newText: text });
  }
  const title = texts.length === 1 ? `改为下一级编号“${texts[0]}”` : `改为下一级编号“${texts[0]}”至“${texts[texts.length - 1]}”`;
  return { title, edits, safe: false, preferred: true };
}
