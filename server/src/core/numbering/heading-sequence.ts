/** numbering.sequence for headings: gaps, duplicates, wrong starts and wrong order in each sibling run. */
import type { Finding, Fix, Related, TextEditSpan } from "../findings";
import type { Section } from "../document/model";
import type { HeadingRun } from "./runs";
import { SEQUENCE } from "./rules";
import { breakMessage, findBreaks } from "./sequence";
import { renumberEdit, tokenWithNumber } from "./tokens";

/**
 * `interrupted`: runs a shallower heading interrupts (a hierarchy finding). Their renumbering
 * is offered on request only: which list the items after the intruder belong to is the
 * question that finding asks, and renumbering first can turn one hierarchy finding into two.
 */
export function sequenceFindings(runs: HeadingRun[], interrupted: Set<HeadingRun> = new Set()): Finding[] {
  const findings: Finding[] = [];
  for (const run of runs) {
    const items = run.items;
    const safe = !interrupted.has(run);
    const breaks = findBreaks(items.map((s) => s.heading!.token!.number));
    const whole = breaks.length > 1 ? renumberRunFix(items, 0, items.length, false) : undefined;
    for (const b of breaks) {
      const h = items[b.index].heading!;
      const expected = tokenWithNumber(h, b.expected);
      const related: Related[] = [];
      if (b.index > 0) {
        const prev = items[b.index - 1].heading!.token!;
        related.push({ span: prev.span, message: `上一项“${prev.text}”` });
      } else if (run.parent.heading) {
        related.push({ span: run.parent.heading.nameSpan, message: `上级标题“${run.parent.heading.name}”下编号重新开始` });
      }
      const fixes: Fix[] = [];
      const segment = renumberRunFix(items, b.index, b.segmentEnd, true, safe);
      if (segment) fixes.push(segment);
      if (whole) fixes.push(whole);
      findings.push({
        code: SEQUENCE.code,
        severity: SEQUENCE.severity,
        span: h.token!.span,
        message: breakMessage(b.kind, h.token!.text, expected),
        related,
        fixes: fixes.length ? fixes : undefined,
      });
    }
  }
  return findings;
}

/** Renumbers items [from, to) of a run by position, keeping each token's shape. */
export function renumberRunFix(items: Section[], from: number, to: number, preferred: boolean, safe = preferred): Fix | undefined {
  const edits: TextEditSpan[] = [];
  const changes: string[] = [];
  for (let k = from; k < to; k++) {
    const h = items[k].heading!;
    const edit = renumberEdit(h, k + 1);
    // One item that cannot take its number would leave the run broken another way: no fix.
    if (edit === null) return undefined;
    if (!edit) continue;
    edits.push(edit);
    changes.push(`“${h.token!.text}”→“${tokenWithNumber(h, k + 1)}”`);
  }
  if (!edits.length) return undefined;
  const title = preferred
    ? edits.length === 1
      ? `改为${changes[0].split("→")[1]}`
      : `重新编号：${changes.slice(0, 3).join("，")}${edits.length > 3 ? "…" : ""}（${edits.length} 处）`
    : `本级全部重新编号（${edits.length} 处）`;
  // The whole-run fix overlaps the per-break ones, so it is never applied unattended.
  return { title, edits, safe: preferred && safe, preferred };
}
