/**
 * Document statistics: characters, sentences, sections and speaking time. The
 * per-part figures are the outline's (outlineParts): 开场, the sections and their
 * 一是/二是 items, 结尾 and 落款, so `stats`, the Outline and the 讲话计时 view
 * give the same length for the same part, and the top-level parts add up to `chars`.
 */
import type { DocumentModel } from "./model";
import type { Span } from "./text";
import { countChars } from "./text";
import { flattenParts, outlineParts, type PartKind } from "./outline";

export interface SectionStats {
  name: string;
  /** Depth in the outline: 1 for the top-level parts, whose characters add up to the document's. */
  level: number;
  line: number;
  chars: number;
  minutes: number;
  /** opening (开场), heading, item (一是…), closing (结尾), signOff (落款). */
  part: PartKind;
}

export interface DocumentStats {
  chars: number;
  sentences: number;
  paragraphs: number;
  sections: number;
  minutes: number;
  readingRate: number;
  bySection: SectionStats[];
}

export function documentStats(model: DocumentModel, readingRate: number): DocumentStats {
  const bySection: SectionStats[] = flattenParts(outlineParts(model)).map(({ part, level }) => ({
    name: part.name,
    level,
    line: part.range.start.line,
    chars: part.chars,
    minutes: part.chars / readingRate,
    part: part.part,
  }));
  const chars = model.root.chars;
  return {
    chars,
    sentences: model.sentences.length,
    paragraphs: model.paragraphs.length,
    sections: model.headings.length,
    minutes: chars / readingRate,
    readingRate,
    bySection,
  };
}

/** Characters and speaking time of part of the document (a selection). */
export function spanStats(model: DocumentModel, span: Span, readingRate: number): { chars: number; minutes: number } {
  const chars = countChars(model.text.slice(span.start, span.end));
  return { chars, minutes: chars / readingRate };
}
