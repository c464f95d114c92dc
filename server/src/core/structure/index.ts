/** Structure checks that need only the outline: empty sections. */
import type { Check } from "../check";
import type { Finding } from "../findings";
import { defineRule } from "../findings";
import type { Section } from "../model";

export const EMPTY_SECTION = defineRule("structure.emptySection", "warning", "A heading with no text and no subsections under it.");

export const structureCheck: Check = {
  id: "structure",
  run(model) {
    const findings: Finding[] = [];
    const visit = (s: Section) => {
      const h = s.heading;
      if (h && s.children.length === 0 && !h.runIn && model.index.lineAt(s.span.end) === h.line) {
        findings.push({
          code: EMPTY_SECTION.code,
          severity: EMPTY_SECTION.severity,
          span: h.nameSpan,
          message: `“${h.name}”下没有内容：标题后应有正文或下级标题。`,
        });
      }
      s.children.forEach(visit);
    };
    visit(model.root);
    return findings;
  },
};
