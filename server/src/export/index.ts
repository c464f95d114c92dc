/**
 * Export of a draft to Word (.docx) in the GB/T 9704 layout. Shared by the CLI
 * (`lectern export`) and the language server (lectern/exportDocx); it reads the
 * core's model and settings and knows nothing of either caller.
 */
import { parseDocument, type Settings } from "../core";
import { draftBlocks } from "./blocks";
import { buildDocument, packDocx } from "./docx";
import { layoutFrom, TEXT_BLOCK_MM, type Layout } from "./layout";
import { GLYPH_SCALE } from "./styles";

/** Title characters that fit on a line of the text block (2号 at the glyph scale: 20). */
function titleChars(layout: Layout): number {
  return Math.floor(((TEXT_BLOCK_MM.width / 25.4) * 72) / ((layout.fonts.title.size * GLYPH_SCALE) / 100));
}

export { draftBlocks, type Block, type BlockKind, type Run } from "./blocks";
export { layoutFrom, pointsOf, PAGE_MM, TEXT_BLOCK_MM, type Layout, type FontRole } from "./layout";

/** The draft's text (plain or Markdown) as the bytes of a .docx file. */
export async function exportDocx(text: string, settings: Settings): Promise<Uint8Array> {
  const model = parseDocument(text.replace(/^\uFEFF/, ""));
  const layout = layoutFrom(settings);
  const blocks = draftBlocks(model, { titleChars: titleChars(layout) });
  const title = blocks.find((b) => b.kind === "title")?.runs.map((r) => r.text).join("");
  return packDocx(buildDocument(blocks, layout, { title }), layout);
}
