/**
 * What the client said in `initialize` it can take. A server must not send a
 * client shapes it did not claim: an editor without hierarchical symbols
 * shows nothing for DocumentSymbol[], one without snippets inserts `${1:…}`
 * literally, one without Markdown shows the asterisks.
 */
import type { ClientCapabilities, DocumentSymbol, SymbolInformation } from "vscode-languageserver/node";

export interface ClientAbilities {
  hierarchicalSymbols: boolean;
  hoverMarkdown: boolean;
  completionMarkdown: boolean;
  snippets: boolean;
}

/** What an editor that claims everything can take (VS Code, and the state before `initialize`). */
export const FULL_ABILITIES: ClientAbilities = { hierarchicalSymbols: true, hoverMarkdown: true, completionMarkdown: true, snippets: true };

/** Markdown only when claimed: plain text is the one format every client shows. */
const takesMarkdown = (formats: string[] | undefined) => !!formats?.includes("markdown");

export function readClientAbilities(caps: ClientCapabilities | undefined): ClientAbilities {
  const td = caps?.textDocument;
  return {
    hierarchicalSymbols: td?.documentSymbol?.hierarchicalDocumentSymbolSupport === true,
    hoverMarkdown: takesMarkdown(td?.hover?.contentFormat),
    completionMarkdown: takesMarkdown(td?.completion?.completionItem?.documentationFormat),
    snippets: td?.completion?.completionItem?.snippetSupport === true,
  };
}

/** The flat LSP 3.0 outline: every symbol with its parent's name as container, in document order. */
export function toSymbolInformation(uri: string, symbols: DocumentSymbol[], containerName?: string): SymbolInformation[] {
  const out: SymbolInformation[] = [];
  for (const s of symbols) {
    out.push({ name: s.name, kind: s.kind, location: { uri, range: s.range }, ...(containerName ? { containerName } : {}) });
    if (s.children?.length) out.push(...toSymbolInformation(uri, s.children, s.name));
  }
  return out;
}

/**
 * The text a snippet inserts with every placeholder at its default: `${1:四个}`
 * → 四个, `${2|a,b|}` → a, `$1`, `${1}` and `$0` → nothing, `\$` → $.
 */
export function snippetToPlainText(snippet: string): string {
  const n = snippet.length;
  // Reads text from `from` to the end, or inside a placeholder to its closing `}`; returns the text and where it stopped.
  const readText = (from: number, inPlaceholder: boolean): [string, number] => {
    let text = "";
    let k = from;
    while (k < n && !(inPlaceholder && snippet[k] === "}")) {
      if (snippet[k] === "\\" && k + 1 < n) {
        text += snippet[k + 1];
        k += 2;
      } else if (snippet[k] === "$") {
        const [inner, next] = readDollar(k);
        text += inner;
        k = next;
      } else text += snippet[k++];
    }
    return [text, inPlaceholder ? Math.min(k + 1, n) : k];
  };
  const readDollar = (at: number): [string, number] => {
    let k = at + 1;
    if (/[0-9]/.test(snippet[k] ?? "")) {
      while (/[0-9]/.test(snippet[k] ?? "")) k++;
      return ["", k];
    }
    if (snippet[k] !== "{") return ["$", k];
    k++;
    while (k < n && /[0-9A-Za-z_]/.test(snippet[k])) k++;
    if (snippet[k] === ":") return readText(k + 1, true);
    if (snippet[k] === "|") {
      const close = snippet.indexOf("|}", k + 1);
      const choices = close < 0 ? "" : snippet.slice(k + 1, close);
      return [choices.split(",")[0].replace(/\\(.)/g, "$1"), close < 0 ? n : close + 2];
    }
    return ["", snippet[k] === "}" ? k + 1 : k];
  };
  return readText(0, false)[0];
}

/** Markdown as plain text, for clients that render none: emphasis and code marks go, the words stay. */
export function markdownToPlainText(markdown: string): string {
  return markdown
    .replace(/^```[^\n]*\n?/gm, "")
    .replace(/\*\*(.+?)\*\*/g, "$1")
    .replace(/`([^`]*)`/g, "$1")
    .replace(/\[([^\]]*)\]\(([^)]*)\)/g, "$1 ($2)")
    .replace(/^#{1,6}\s+/gm, "")
    .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, "$1");
}
