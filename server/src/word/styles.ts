/**
 * Paragraph styles (styles.xml) as far as reading needs them: the outline
 * level a style gives its paragraphs (Heading 1–9, 标题 1–9, any style with
 * w:outlineLvl, through w:basedOn), the numbering a style carries, and
 * whether its text is hidden.
 */
import type { Element } from "./xml";
import { wAttr, wChild, wChildren, wOn } from "./xml";

interface StyleInfo {
  name: string;
  basedOn?: string;
  outlineLevel?: number;
  numId?: string;
  ilvl?: number;
  hidden?: boolean;
}

const HEADING_NAME = /^(?:heading|标题)\s*([1-9])$/i;

export class Styles {
  private styles = new Map<string, StyleInfo>();
  private defaultParagraph?: string;

  constructor(root: Element | undefined) {
    if (!root) return;
    for (const s of wChildren(root, "style")) {
      const id = wAttr(s, "styleId");
      if (!id) continue;
      const type = wAttr(s, "type") ?? "paragraph";
      const pPr = wChild(s, "pPr");
      const numPr = wChild(pPr, "numPr");
      const outline = wAttr(wChild(pPr, "outlineLvl"), "val");
      const vanish = wChild(wChild(s, "rPr"), "vanish");
      this.styles.set(type + ":" + id, {
        name: wAttr(wChild(s, "name"), "val") ?? id,
        basedOn: wAttr(wChild(s, "basedOn"), "val"),
        outlineLevel: outline !== undefined ? Number(outline) : undefined,
        numId: wAttr(wChild(numPr, "numId"), "val"),
        ilvl: wAttr(wChild(numPr, "ilvl"), "val") !== undefined ? Number(wAttr(wChild(numPr, "ilvl"), "val")) : undefined,
        hidden: vanish ? wOn(vanish) : undefined,
      });
      if (type === "paragraph" && ["1", "true", "on"].includes(wAttr(s, "default") ?? "")) this.defaultParagraph = id;
    }
  }

  /** Walks a style and its basedOn chain, nearest first. */
  private *chain(type: string, id: string | undefined): Generator<StyleInfo> {
    const seen = new Set<string>();
    let cur = id ?? (type === "paragraph" ? this.defaultParagraph : undefined);
    while (cur && !seen.has(cur) && seen.size < 20) {
      seen.add(cur);
      const s = this.styles.get(type + ":" + cur);
      if (!s) return;
      yield s;
      cur = s.basedOn;
    }
  }

  /** 1-based outline level of a paragraph style (Heading 1 → 1), undefined for body text. */
  outlineLevel(styleId: string | undefined): number | undefined {
    for (const s of this.chain("paragraph", styleId)) {
      if (s.outlineLevel !== undefined) return s.outlineLevel < 9 ? s.outlineLevel + 1 : undefined;
      const m = HEADING_NAME.exec(s.name.trim());
      if (m) return Number(m[1]);
    }
    return undefined;
  }

  /** The numbering a paragraph style carries (Word's numbered heading styles). */
  numbering(styleId: string | undefined): { numId?: string; ilvl?: number } {
    let numId: string | undefined;
    let ilvl: number | undefined;
    for (const s of this.chain("paragraph", styleId)) {
      numId ??= s.numId;
      ilvl ??= s.ilvl;
    }
    return { numId, ilvl };
  }

  /** The style whose numbering is `numId` (for w:numStyleLink). */
  numIdOf(styleId: string): string | undefined {
    return this.styles.get("numbering:" + styleId)?.numId;
  }

  hidden(type: "paragraph" | "character", styleId: string | undefined): boolean {
    if (!styleId && type === "character") return false;
    for (const s of this.chain(type, styleId)) if (s.hidden !== undefined) return s.hidden;
    return false;
  }
}
