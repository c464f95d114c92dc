/** Lengths and speaking times for the status bar, pickers and views, in the display language. */
import * as vscode from "vscode";

/** 45秒, 1分12秒, 12分, 1小时28分 (45 s, 1 min 12 s …): never decimal minutes. */
export function formatMinutes(minutes: number): string {
  const seconds = Math.max(1, Math.round(minutes * 60));
  if (seconds < 60) return vscode.l10n.t("{0} s", seconds);
  if (seconds < 600) {
    const m = Math.floor(seconds / 60);
    const s = seconds % 60;
    return s ? vscode.l10n.t("{0} min {1} s", m, s) : vscode.l10n.t("{0} min", m);
  }
  const total = Math.round(seconds / 60);
  if (total < 60) return vscode.l10n.t("{0} min", total);
  const h = Math.floor(total / 60);
  const m = total % 60;
  return m ? vscode.l10n.t("{0} h {1} min", h, m) : vscode.l10n.t("{0} h", h);
}

/** "1,234字 · 约5分36秒" (1,234 characters · about 5 min 36 s). */
export function formatLength(chars: number, minutes: number): string {
  return vscode.l10n.t("{0} characters · about {1}", chars.toLocaleString("en-US"), formatMinutes(minutes));
}
