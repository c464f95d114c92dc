/**
 * The custom requests the client sends to the Lectern server, with their
 * shapes. Positions and ranges are LSP's (UTF-16, zero-based).
 */
import type { DocumentStats } from "../../server/src/core/document/stats";

export interface LspPosition {
  line: number;
  character: number;
}
export interface LspRange {
  start: LspPosition;
  end: LspPosition;
}

export const STATS_REQUEST = "lectern/stats";
export interface StatsParams {
  textDocument: { uri: string };
  selections?: LspRange[];
}
/** The server answers with the core's statistics (a type-only import: nothing of the core is bundled). */
export type { SectionStats } from "../../server/src/core/document/stats";
export interface StatsResult extends DocumentStats {
  selection?: { chars: number; minutes: number };
}

export const FIGURES_REQUEST = "lectern/figures";
export interface FigureItem {
  /** The figure as written, e.g. "5%左右". */
  text: string;
  range: LspRange;
  /** What it measures, when the server can tell (e.g. "国内生产总值增长"). */
  subject?: string;
  /** The heading it sits under. */
  section?: string;
  /** The indicator, the period as written, and whether the figure is a change (增长) or a level (总量). */
  metric?: string;
  period?: string;
  aspect?: "change" | "level";
  /** figure.* findings on it: conflicts, target mismatches … */
  problems?: { code: string; message: string }[];
}

export const FIGURES_CSV_REQUEST = "lectern/figuresCsv";

export const TIMING_REQUEST = "lectern/timing";
export interface TimingPart {
  name: string;
  line: number;
  chars: number;
  minutes: number;
  children: TimingPart[];
}
export interface TimingResult {
  chars: number;
  minutes: number;
  readingRate: number;
  parts: TimingPart[];
}

export const SOURCES_REQUEST = "lectern/sources";
/** A source of the workspace (.lectern/sources/, lectern.sources), as the Sources view lists it. */
export interface SourceItem {
  title: string;
  names: string[];
  kind: "document" | "speech" | "statistics";
  date?: string;
  speaker?: string;
  /** A file URI. */
  uri: string;
  chars: number;
  paragraphs: number;
}

export const RENUMBER_REQUEST = "lectern/renumber";
export interface RenumberParams {
  textDocument: { uri: string };
  position: LspPosition;
}
/** A WorkspaceEdit (LSP shape), or null when the section is already numbered in sequence. */
export interface RenumberResult {
  edit: { changes?: Record<string, { range: LspRange; newText: string }[]> } | null;
  /** Why nothing was renumbered: already in order; the cursor is on a line that is not a heading (under `section`); or under no heading. */
  reason?: "inOrder" | "notHeading" | "outside";
  section?: string;
  /** The same in Chinese (for clients that show the server's words). */
  message?: string;
}

export const REVIEW_REQUEST = "lectern/review";
export interface ReviewParams {
  textDocument: { uri: string };
  /** The other version's text (another file, or the file at git HEAD): the old side. */
  oldText: string;
}
/** The core's review (a type-only import: nothing of the core is bundled). */
export type { Review as ReviewResult, ReviewEntry, Place as ReviewPlace } from "../../server/src/core/review/types";
