/** Structure checks that need only the outline: empty sections. */
import type { Check } from "../check";
import type { Finding } from "../findings";
import { defineRule } from "../findings";
import type { Section } from "../document/model";

// A heading with nothing under it, where its siblings have content. A list of bare headings
// (（一）加快项目建设。（二）强化招商引资。) is an outline in its own right, and a heading that
// is a full sentence says what it has to say: neither is reported. An item that closes with a
// semicolon (（一）资金拨付申请表；) is one entry of a list the sentence above opened, not a title.
export const EMPTY_SECTION = defineRule("structure.emptySection", "warning", "A heading with no text and no subsections under it, among siblings that have content.");

const LIST_LEAD = /(?:分别是|分别为|依次是|依次为|包括|主要有|有以下几[类个种项方面])[：:]\s*$/;

export const structureCheck: Check = {
  id: "structure",
  runsOnLargeDocuments: true,
  run(model) {
    const findings: Finding[] = [];
    const isEmpty = (s: Section) => s.children.length === 0 && !s.heading!.runIn && model.index.lineAt(s.span.end) === s.heading!.line;
    // Per parent, whether any child has content: computed once per parent, so the pass is linear in the headings.
    const hasContentChild = new Map<Section, boolean>();
    const siblingsHaveContent = (parent: Section) => {
      let v = hasContentChild.get(parent);
      if (v === undefined) hasContentChild.set(parent, (v = parent.children.some((x) => !isEmpty(x))));
      return v;
    };
    // 排名前五的领域分别是：⏎1. 城乡建设与管理⏎2. 交通运输…: numbered lines a sentence introduces as the
    // items it names (分别是, 依次为, 包括) are that sentence's list, not titles waiting for text.
    const listed = (s: Section) => {
      const first = s.parent!.children.find((c) => c.heading?.style === s.heading!.style);
      const k = first ? model.paragraphOfLine[first.heading!.line] : undefined;
      const lead = k !== undefined && k > 0 ? model.paragraphs[k - 1] : undefined;
      return !!lead && lead.kind !== "heading" && LIST_LEAD.test(lead.text);
    };
    // ## 2025年草原保护修复交出四大亮点 ⏎ ## 一、…: an unnumbered heading right before a numbered run that
    // starts at its own level is that run's title (Markdown drafts write both as ##), not an empty part.
    const titlesRun = (s: Section) => {
      if (s.heading!.token) return false;
      const next = s.parent!.children[s.parent!.children.indexOf(s) + 1];
      return next?.heading?.token?.number === 1;
    };
    const visit = (s: Section) => {
      const h = s.heading;
      // s itself is empty, so "a sibling other than s has content" is "some child of the parent has content".
      if (h && isEmpty(s) && !/[。！？!?；;]$/.test(h.name) && siblingsHaveContent(s.parent!) && !listed(s) && !titlesRun(s)) {
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
