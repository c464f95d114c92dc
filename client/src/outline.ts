/**
 * The Outline and breadcrumbs: the server names each part and gives its length
 * in `detail` ("233字 · 约1分4秒"). VS Code cuts the detail off first when a
 * problem badge shows, so the time goes first in the name ("1 min 4 s  一、…"),
 * in the display language, and the detail keeps the characters.
 */
import * as vscode from "vscode";
import { formatMinutes } from "./format";

const LENGTH = /^(\d+)字/;

/** The symbol with its speaking time first in its name (at `rate` characters a minute), and its children likewise. */
export function timeFirst(symbol: vscode.DocumentSymbol, rate: number): vscode.DocumentSymbol {
  const m = LENGTH.exec(symbol.detail);
  if (m) {
    const chars = Number(m[1]);
    symbol.name = `${formatMinutes(chars / rate)}  ${symbol.name}`;
    symbol.detail = vscode.l10n.t("{0} characters", chars.toLocaleString("en-US"));
  }
  symbol.children.forEach((c) => timeFirst(c, rate));
  return symbol;
}

export function timeFirstInOutline(symbols: vscode.DocumentSymbol[] | vscode.SymbolInformation[] | null | undefined): typeof symbols {
  if (!symbols?.length || !("children" in symbols[0])) return symbols;
  const rate = vscode.workspace.getConfiguration("lectern").get<number>("readingRate", 220);
  return (symbols as vscode.DocumentSymbol[]).map((s) => timeFirst(s, rate));
}
