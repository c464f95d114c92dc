/**
 * Word (.docx) support, outside the core: the core only ever sees the
 * extracted text and per-line heading levels, never XML.
 *
 *   const doc = readDocx(bytes, "draft.docx");        // throws WordError
 *   const model = parseDocument(doc.text, { headingLevels: doc.headingLevels, paragraphNumbers: doc.paragraphNumbers });
 *   locate(doc, finding.span.start, finding.span.end)  // { paragraph, character, quote }
 */
export { readDocx, locate, paragraphAt, type WordDocument, type WordParagraph, type WordLocation, type Piece } from "./read";
export { WordError, isLegacyBinary } from "./errors";
export { ZIP_LIMITS } from "./zip";
export { formatNumber } from "./numbering";
export { reviewDocx, SKIP_REASON_TEXT, type ReviewFinding, type ReviewEdit, type ReviewOptions, type ReviewResult, type SkipReason } from "./review";
