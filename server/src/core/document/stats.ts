/** Document statistics: characters, sentences, sections and speaking time. */
import type { DocumentModel, Section } from "./model";
import type { Span } from "./text";
import { countChars } from "./text";

export interface SectionStats {
  name: string;
  level: number;
  line: number;
  chars: number;
  minutes: number;
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
  const bySection: SectionStats[] = [];
  const visit = (s: Section) => {
    if (s.heading) bySection.push({ name: s.heading.name, level: s.heading.level, line: s.heading.line, chars: s.chars, minutes: s.chars / readingRate });
    s.children.forEach(visit);
  };
  visit(model.root);
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
