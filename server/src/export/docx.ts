/**
 * Writes the blocks of a draft as a Word document in the GB/T 9704 layout, with
 * the `docx` library: A4 with the standard margins, a lines-and-characters
 * document grid, one named style per kind of paragraph (styles.ts), and
 * `— 1 —` page numbers on the outer side of odd and even pages.
 */
import { AlignmentType, Document, DocumentGridType, Footer, Packer, PageNumber, Paragraph, TextRun, type IParagraphOptions } from "docx";
import type { Block } from "./blocks";
import { mmToTwips, PAGE_MM, type Layout } from "./layout";
import { fontTableXml, STYLE, stylesXml } from "./styles";

function paragraphStyle(block: Block): string {
  switch (block.kind) {
    case "title":
    case "subtitle":
    case "salutation":
    case "signature":
    case "date":
      return STYLE[block.kind];
    case "addressee":
      return STYLE.salutation;
    case "heading":
      return block.runIn ? "Normal" : STYLE.heading(block.level ?? 1);
    default:
      return "Normal";
  }
}

function paragraphOptions(block: Block, layout: Layout): IParagraphOptions {
  const chars = (n: number) => Math.round(layout.charPitch * n);
  const children = block.lines
    ? block.lines.map((text, i) => new TextRun({ text, break: i > 0 ? 1 : undefined }))
    : block.runs.map((r, i) => new TextRun({ text: r.text, style: block.runIn && i === 0 ? STYLE.runInHeading(block.level ?? 1) : undefined }));
  const options: IParagraphOptions = {
    style: paragraphStyle(block),
    children,
    ...(block.keepNext ? { keepNext: true } : {}),
    ...(block.firstLineChars !== undefined ? { indent: { firstLine: chars(block.firstLineChars), firstLineChars: Math.round(block.firstLineChars * 100) } } : {}),
    ...(block.rightChars !== undefined ? { indent: { right: chars(block.rightChars), firstLine: 0, firstLineChars: 0 } } : {}),
  };
  // Otherwise only headings depart from their style: 第一章 centred, 附件1 flush left.
  if (block.kind !== "heading") return options;
  return {
    ...options,
    alignment: block.align === "center" ? AlignmentType.CENTER : undefined,
    indent: block.indent ? undefined : { firstLine: 0, firstLineChars: 0 },
  };
}

/** `— 1 —` in 4号 半角宋体, one character in from the outer edge (GB/T 9704 7.5). */
function pageNumberFooter(layout: Layout, side: "left" | "right"): Footer {
  const oneChar = Math.round(layout.fonts.pageNumber.size * 20);
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.footer,
        alignment: side === "right" ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === "right" ? { right: oneChar } : { left: oneChar },
        children: [new TextRun({ children: ["— ", PageNumber.CURRENT, " —"] })],
      }),
    ],
  });
}

export interface DocxMeta {
  title?: string;
}

export function buildDocument(blocks: Block[], layout: Layout, meta: DocxMeta = {}): Document {
  return new Document({
    creator: "Lectern",
    title: meta.title,
    evenAndOddHeaderAndFooters: true,
    sections: [
      {
        properties: {
          page: {
            size: { width: mmToTwips(PAGE_MM.width), height: mmToTwips(PAGE_MM.height) },
            margin: {
              top: mmToTwips(PAGE_MM.top),
              bottom: mmToTwips(PAGE_MM.bottom),
              left: mmToTwips(PAGE_MM.left),
              right: mmToTwips(PAGE_MM.right),
              header: mmToTwips(15),
              footer: layout.footerDistance,
              gutter: 0,
            },
          },
          grid: { type: DocumentGridType.LINES_AND_CHARS, linePitch: layout.linePitch, charSpace: layout.charSpace },
        },
        footers: { default: pageNumberFooter(layout, "right"), even: pageNumberFooter(layout, "left") },
        children: blocks.map((b) => new Paragraph(paragraphOptions(b, layout))),
      },
    ],
  });
}

/** The package's bytes; word/styles.xml and word/fontTable.xml are Lectern's own (see styles.ts). */
export async function packDocx(doc: Document, layout: Layout): Promise<Uint8Array> {
  const own = [
    { path: "word/styles.xml", data: stylesXml(layout) },
    { path: "word/fontTable.xml", data: fontTableXml(layout) },
  ];
  return new Uint8Array(await Packer.toBuffer(doc, false, own));
}
