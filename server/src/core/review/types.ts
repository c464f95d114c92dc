/** What `lectern diff` reports: every change a reviewer must re-check, each with where it is in both versions. */
import type { Range } from "..";

/** A place in one version: its LSP range (0-based lines, UTF-16 columns) and the text there. */
export interface Place {
  range: Range;
  text: string;
}

export type ReviewGroup = "figures" | "formulations" | "structure" | "paragraphs" | "findings";

export interface ReviewEntry {
  kind: "changed" | "added" | "removed" | "moved" | "renamed" | "renumbered" | "count" | "edited" | "new" | "resolved";
  /** One line for a reviewer, e.g. `国内生产总值 增 5.2% → 5.3%`. */
  summary: string;
  old?: Place;
  new?: Place;
  /** The diagnostic code, for findings. */
  code?: string;
}

export interface Review {
  figures: ReviewEntry[];
  formulations: ReviewEntry[];
  structure: ReviewEntry[];
  /** Paragraphs moved, added, removed, or edited beyond the figures, formulations and headings above. */
  paragraphs: ReviewEntry[];
  /** Findings in the new version that the old did not have (`new`), and the ones it fixed (`resolved`). */
  findings: ReviewEntry[];
}

/** Groups in the order a reviewer reads them: figures first. */
export const REVIEW_GROUPS: ReviewGroup[] = ["figures", "formulations", "structure", "paragraphs", "findings"];

export const GROUP_TITLE: Record<ReviewGroup, string> = {
  figures: "数字",
  formulations: "提法",
  structure: "结构",
  paragraphs: "段落",
  findings: "新问题",
};
