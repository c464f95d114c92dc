/** The `Lectern: Renumber Section` command: renumber the run of siblings around a position. */
import type { Fix, TextEditSpan } from "../findings";
import type { DocumentModel, Section } from "../document/model";
import { formatChineseNumeral } from "../numerals";
import { renumberRunFix } from "./heading-sequence";
import { findIntrusions } from "./hierarchy";
import { headingRuns } from "./runs";

/**
 * On a heading line, the heading's sibling run; inside a numbered 一是/第一 run, that
 * run; elsewhere, the run of the innermost section's heading. Undefined when there
 * is no run there or it is already numbered 1, 2, 3 ….
 */
export function renumberSection(model: DocumentModel, offset: number): Fix | undefined {
  const runs = headingRuns(model.root, findIntrusions(model.root));
  const line = model.index.lineAt(offset);
  const onHeading = runs.find((r) => r.items.some((s) => s.heading!.line === line));
  if (onHeading) return renumberRunFix(onHeading.items, 0, onHeading.items.length, true);
  const enumRun = model.enumeratorRuns.find((r) => r[0].family !== "sequence" && r[0].span.start <= offset && offset <= r[r.length - 1].itemSpan.end);
  if (enumRun) {
    const edits: TextEditSpan[] = [];
    enumRun.forEach((e, k) => {
      const numeral = formatChineseNumeral(k + 1);
      if (e.numeral !== numeral) edits.push({ span: e.numeralSpan, newText: numeral });
    });
    return edits.length ? { title: `重新编号本组列举（${edits.length} 处）`, edits, safe: true, preferred: true } : undefined;
  }
  let section: Section = model.root;
  for (;;) {
    const child = section.children.find((c) => c.span.start <= offset && offset <= c.span.end);
    if (!child) break;
    section = child;
  }
  const run = runs.find((r) => r.items.includes(section));
  return run ? renumberRunFix(run.items, 0, run.items.length, true) : undefined;
}
