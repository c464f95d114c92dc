/** What `lectern diff` reports: every change a reviewer must re-check, each with where it is in both versions. */
import type { Range } from "..";

/** A place in one version: its LSP range (0-based lines, UTF-16 columns) and the text there. */
export interface Place {
  range: Range;
  text: string;
}

export type ReviewGroup = "findings" | "resolved" | "figures" | "formulations" | "structure" | "paragraphs";

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
  /** Findings in the new version that the old did not have (kind `new`). */
  findings: ReviewEntry[];
  /**
   * Findings of the old version the new no longer has (kind `resolved`); a slip corrected
   * into a formulation (四个自性 → 四个自信) is one of these, with both places, and not a new formulation.
   */
  resolved: ReviewEntry[];
}

/**
 * Groups by what the reviewer does with them: fix the new findings, confirm the resolved
 * ones, re-check the changed figures against their sources, the changed formulations
 * against the texts they come from, then the structure and the other edits.
 */
export const REVIEW_GROUPS: ReviewGroup[] = ["findings", "resolved", "figures", "formulations", "structure", "paragraphs"];

export const GROUP_TITLE: Record<ReviewGroup, string> = {
  findings: "新问题",
  resolved: "已解决的问题",
  figures: "改动的数字",
  formulations: "改动的提法",
  structure: "结构变化",
  paragraphs: "其他修改",
};
