/**
 * The page of GB/T 9704-2012 (党政机关公文格式) in Word's units, from the
 * `lectern.export.*` settings. Pure arithmetic: no I/O, no docx objects.
 *
 * Word measures pages in twips (1/20 pt) and type in half-points; the standard
 * speaks in millimetres and Chinese sizes (字号).
 */
import { CHINESE_FONT_SIZES, type Settings } from "../core";

export const TWIPS_PER_MM = 1440 / 25.4;
export const mmToTwips = (mm: number) => Math.round(mm * TWIPS_PER_MM);

/** A4 and the margins that leave the 156 × 225 mm 版心 (text block). */
export const PAGE_MM = { width: 210, height: 297, top: 37, bottom: 35, left: 28, right: 26 } as const;
export const TEXT_BLOCK_MM = {
  width: PAGE_MM.width - PAGE_MM.left - PAGE_MM.right,
  height: PAGE_MM.height - PAGE_MM.top - PAGE_MM.bottom,
} as const;
/** The page number's dashes sit 7 mm below the text block (GB/T 9704 7.5). */
export const PAGE_NUMBER_GAP_MM = 7;

/** Who a run of text is, for its font. */
export type FontRole = "title" | "subtitle" | "body" | "heading1" | "heading2" | "heading3" | "heading4" | "pageNumber";

export interface RunFont {
  name: string;
  /** Points. */
  size: number;
  bold: boolean;
}

export interface Layout {
  fonts: Record<FontRole, RunFont>;
  linesPerPage: number;
  charsPerLine: number;
  /** Fixed line spacing and the grid's line pitch, in twips: the text block's height over the lines. */
  linePitch: number;
  /** Width of one grid character, in twips. */
  charPitch: number;
  /**
   * w:docGrid/@w:charSpace: how far a grid character is wider than a character of
   * the Normal style's size, in 1/4096 pt (ECMA-376 17.6.5). Negative when the
   * grid squeezes characters, as 28 characters of 16 pt in 156 mm do.
   */
  charSpace: number;
  /** Distance from the page's bottom edge to the footer's bottom, twips. */
  footerDistance: number;
}

/** A size setting (points, or a name such as 三号) in points. */
export function pointsOf(size: number | keyof typeof CHINESE_FONT_SIZES): number {
  return typeof size === "number" ? size : CHINESE_FONT_SIZES[size];
}

export function layoutFrom(settings: Settings): Layout {
  const body = pointsOf(settings["lectern.export.body.size"]);
  const font = (name: string, size = body, bold = false): RunFont => ({ name, size, bold });
  const fonts: Record<FontRole, RunFont> = {
    title: font(settings["lectern.export.title.font"], pointsOf(settings["lectern.export.title.size"])),
    subtitle: font(settings["lectern.export.subtitle.font"]),
    body: font(settings["lectern.export.body.font"]),
    heading1: font(settings["lectern.export.heading1.font"]),
    heading2: font(settings["lectern.export.heading2.font"]),
    heading3: font(settings["lectern.export.heading3.font"], body, settings["lectern.export.heading3.bold"]),
    heading4: font(settings["lectern.export.heading4.font"]),
    pageNumber: font(settings["lectern.export.pageNumber.font"], pointsOf(settings["lectern.export.pageNumber.size"])),
  };
  const linesPerPage = settings["lectern.export.linesPerPage"];
  const charsPerLine = settings["lectern.export.charsPerLine"];
  // Rounded down, so the last line still ends inside the text block.
  const linePitch = Math.floor((TEXT_BLOCK_MM.height * TWIPS_PER_MM) / linesPerPage);
  const charPitch = (TEXT_BLOCK_MM.width * TWIPS_PER_MM) / charsPerLine;
  const charSpace = Math.floor((charPitch / 20 - body) * 4096);
  // The footer's single line is as tall as its type; its top sits 7 mm below the text block.
  const footerLine = fonts.pageNumber.size * 20;
  const footerDistance = mmToTwips(PAGE_MM.bottom - PAGE_NUMBER_GAP_MM) - footerLine;
  return { fonts, linesPerPage, charsPerLine, linePitch, charPitch: Math.floor(charPitch), charSpace, footerDistance };
}
