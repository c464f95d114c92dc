/**
 * The review tree (Lectern: Compare with…): groups by what the reviewer does —
 * new findings to fix, resolved findings to confirm, changed figures and
 * formulations to re-check, structure, other edits — and under each change its old and its new place. Selecting a change
 * opens the diff editor at it; selecting a place opens that version there.
 */
import * as vscode from "vscode";
import type { LspRange, ReviewEntry, ReviewPlace, ReviewResult } from "./protocol";

/** The core's REVIEW_GROUPS, in the display language. */
export const GROUPS: [keyof ReviewResult, () => string][] = [
  ["findings", () => vscode.l10n.t("New findings")],
  ["resolved", () => vscode.l10n.t("Resolved findings")],
  ["figures", () => vscode.l10n.t("Changed figures")],
  ["formulations", () => vscode.l10n.t("Changed formulations")],
  ["structure", () => vscode.l10n.t("Structure")],
  ["paragraphs", () => vscode.l10n.t("Other edits")],
];

export interface ReviewSides {
  oldUri: vscode.Uri;
  newUri: vscode.Uri;
  title: string;
}

const GROUP_ICONS: Record<keyof ReviewResult, string> = { findings: "warning", resolved: "pass", figures: "symbol-number", formulations: "quote", structure: "list-tree", paragraphs: "edit" };

type Node = { group: keyof ReviewResult; label: string; entries: ReviewEntry[] } | { entry: ReviewEntry } | { place: ReviewPlace; side: "old" | "new"; entry: ReviewEntry };

const toRange = (r: LspRange) => new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
const lineOf = (p?: ReviewPlace) => (p ? vscode.l10n.t("line {0}", p.range.start.line + 1) : "—");

export class ReviewTree implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  review?: ReviewResult;
  sides?: ReviewSides;

  show(review: ReviewResult, sides: ReviewSides): void {
    this.review = review;
    this.sides = sides;
    this.changed.fire(undefined);
  }

  getChildren(node?: Node): Node[] {
    if (!this.review) return [];
    if (!node) return GROUPS.filter(([g]) => this.review![g].length).map(([group, label]) => ({ group, label: label(), entries: this.review![group] }));
    if ("entries" in node) return node.entries.map((entry) => ({ entry }));
    if ("place" in node) return [];
    const places: Node[] = [];
    if (node.entry.old) places.push({ place: node.entry.old, side: "old", entry: node.entry });
    if (node.entry.new) places.push({ place: node.entry.new, side: "new", entry: node.entry });
    return places;
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if ("entries" in node) {
      const item = new vscode.TreeItem(`${node.label} (${node.entries.length})`, vscode.TreeItemCollapsibleState.Expanded);
      item.contextValue = "group";
      item.iconPath = new vscode.ThemeIcon(GROUP_ICONS[node.group]);
      return item;
    }
    const sides = this.sides!;
    if ("place" in node) {
      const uri = node.side === "old" ? sides.oldUri : sides.newUri;
      const item = new vscode.TreeItem(`${node.side === "old" ? vscode.l10n.t("Old") : vscode.l10n.t("New")} ${lineOf(node.place)}`, vscode.TreeItemCollapsibleState.None);
      item.description = node.place.text.length > 40 ? node.place.text.slice(0, 40) + "…" : node.place.text;
      item.command = { command: "vscode.open", title: vscode.l10n.t("Open"), arguments: [uri, { selection: toRange(node.place.range), preview: true }] };
      return item;
    }
    const e = node.entry;
    const item = new vscode.TreeItem(e.summary, vscode.TreeItemCollapsibleState.Collapsed);
    item.description = `${lineOf(e.old)} → ${lineOf(e.new)}`;
    item.tooltip = e.summary;
    // The diff editor at the new place (or, for something removed, the old version at the old place).
    item.command = e.new
      ? { command: "vscode.diff", title: vscode.l10n.t("Compare"), arguments: [sides.oldUri, sides.newUri, sides.title, { selection: toRange(e.new.range), preview: true }] }
      : { command: "vscode.open", title: vscode.l10n.t("Open"), arguments: [sides.oldUri, { selection: toRange(e.old!.range), preview: true }] };
    return item;
  }
}
