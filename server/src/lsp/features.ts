/** Request handlers: outline, folding, hover, completion, code actions, semantic tokens, statistics. */
import {
  CodeActionKind,
  CompletionItemKind,
  InsertTextFormat,
  LSPErrorCodes,
  MarkupKind,
  ResponseError,
  SemanticTokensBuilder,
  type CancellationToken,
  type CodeAction,
  type CompletionItem,
  type Diagnostic,
  type DocumentSymbol,
  type TextEdit,
} from "vscode-languageserver/node";
import {
  FEATURES,
  analyze,
  isOverSizeLimit,
  type DocumentModel,
  buildOutline,
  documentStats,
  foldingRegions,
  spanStats,
  type Finding,
  type Fix,
  type MarkType,
} from "../core";
import { toDiagnostic } from "../service/lsp-shapes";
import { combinedFixes } from "../service/fixes";
import type { ServerContext } from "./context";
import { markdownToPlainText, snippetToPlainText, toSymbolInformation } from "./client-abilities";
import { isAcceptableWord, occurrenceOf } from "../core/accepted";
import { ACCEPT_WORD_COMMAND, IGNORE_HERE_COMMAND } from "./accept-command";

export const MARK_TYPES: MarkType[] = ["slogan", "deprecatedSlogan", "figure", "heading", "enumerator"];
export const SEMANTIC_LEGEND = { tokenTypes: MARK_TYPES as string[], tokenModifiers: [] as string[] };

function checkCancelled(token: CancellationToken | undefined): void {
  if (token?.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, "request cancelled");
}

/** Finds the core finding behind a diagnostic the client sends back. */
function sameDiagnostic(d: Diagnostic, plain: Diagnostic): boolean {
  return (
    d.code === plain.code &&
    d.range.start.line === plain.range.start.line &&
    d.range.start.character === plain.range.start.character &&
    d.range.end.line === plain.range.end.line &&
    d.range.end.character === plain.range.end.character
  );
}

export function registerFeatures(server: ServerContext): void {
  const { connection, store } = server;
  const rate = () => server.settings["lectern.readingRate"];
  // Hovers, completions and marks come from the slogan and figure features, whose cost grows with the text.
  const features = (model: DocumentModel) => (isOverSizeLimit(model, server.settings) ? [] : FEATURES);

  connection.onDocumentSymbol(({ textDocument }, token) => {
    checkCancelled(token);
    const symbols = buildOutline(store.model(server.require(textDocument.uri)), rate()) as DocumentSymbol[];
    return server.abilities.hierarchicalSymbols ? symbols : toSymbolInformation(textDocument.uri, symbols);
  });

  connection.onFoldingRanges(({ textDocument }, token) => {
    checkCancelled(token);
    return foldingRegions(store.model(server.require(textDocument.uri))).map((r) => ({ startLine: r.startLine, endLine: r.endLine, kind: "region" }));
  });

  connection.onHover(({ textDocument, position }, token) => {
    checkCancelled(token);
    const state = server.require(textDocument.uri);
    const model = store.model(state);
    const offset = model.index.offset(position);
    for (const f of features(model)) {
      const h = f.hover?.(model, offset, server.context());
      if (!h) continue;
      const contents = server.abilities.hoverMarkdown ? { kind: MarkupKind.Markdown, value: h.contents } : { kind: MarkupKind.PlainText, value: markdownToPlainText(h.contents) };
      return { contents, range: model.index.range(h.span) };
    }
    return null;
  });

  connection.onCompletion(({ textDocument, position }, token) => {
    checkCancelled(token);
    const state = server.require(textDocument.uri);
    const model = store.model(state);
    const offset = model.index.offset(position);
    const items: CompletionItem[] = [];
    const { snippets, completionMarkdown } = server.abilities;
    for (const f of features(model)) {
      for (const c of f.complete?.(model, offset, server.context()) ?? []) {
        const asSnippet = c.snippet && snippets;
        const documentation = c.documentation && (completionMarkdown ? { kind: MarkupKind.Markdown, value: c.documentation } : { kind: MarkupKind.PlainText, value: markdownToPlainText(c.documentation) });
        items.push({
          label: c.label,
          kind: c.kind === "snippet" ? CompletionItemKind.Snippet : c.kind === "verb" ? CompletionItemKind.Text : CompletionItemKind.Constant,
          detail: c.detail,
          documentation: documentation || undefined,
          filterText: c.filterText,
          sortText: c.sortText,
          insertTextFormat: asSnippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
          textEdit: { range: model.index.range(c.replace), newText: c.snippet && !snippets ? snippetToPlainText(c.insertText) : c.insertText },
        });
      }
    }
    return { isIncomplete: true, items };
  });

  connection.languages.semanticTokens.on(({ textDocument }, token) => {
    checkCancelled(token);
    const model = store.model(server.require(textDocument.uri));
    const marks = features(model).flatMap((f) => f.marks?.(model, server.context()) ?? []).sort((a, b) => a.span.start - b.span.start);
    const builder = new SemanticTokensBuilder();
    let lastEnd = -1;
    for (const m of marks) {
      if (m.span.start < lastEnd) continue; // tokens may not overlap
      const start = model.index.position(m.span.start);
      const end = model.index.position(m.span.end);
      if (start.line !== end.line) continue; // tokens are single-line
      builder.push(start.line, start.character, end.character - start.character, MARK_TYPES.indexOf(m.type), 0);
      lastEnd = m.span.end;
    }
    return builder.build();
  });

  connection.onCodeAction(({ textDocument, range, context }, token) => {
    checkCancelled(token);
    const state = server.require(textDocument.uri);
    const model = store.model(state);
    const uri = textDocument.uri;
    const findings = currentFindings(server, uri);
    const toEdits = (edits: Fix["edits"]): TextEdit[] => edits.map((e) => ({ range: model.index.range(e.span), newText: e.newText }));
    const actions: CodeAction[] = [];
    const wanted = context.diagnostics.filter((d) => d.source === "lectern");
    const matched: { finding: Finding; diagnostic: Diagnostic }[] = [];
    for (const f of findings) {
      const plain = toDiagnostic(f, model, uri) as Diagnostic;
      const d = wanted.find((w) => sameDiagnostic(w, plain));
      if (d) matched.push({ finding: f, diagnostic: d });
      else if (!wanted.length && overlaps(model.index.offset(range.start), model.index.offset(range.end), f.span)) matched.push({ finding: f, diagnostic: plain });
    }
    // A client asking only for source actions (fix all on save) gets no quick fixes.
    if (wantsKind(context.only, CodeActionKind.QuickFix)) {
      for (const { finding, diagnostic } of matched) {
        for (const fix of finding.fixes ?? []) {
          actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: fix.preferred, edit: { changes: { [uri]: toEdits(fix.edits) } } });
        }
      }
      for (const code of new Set(matched.map((m) => m.finding.code))) {
        const diagnostics = matched.filter((m) => m.finding.code === code).map((m) => m.diagnostic);
        // One "fix all of this kind" per code that has more than one fixable finding.
        const all = combinedFixes(findings.filter((f) => f.code === code));
        if (all.count > 1) actions.push({ title: `修复本文件全部同类问题（${code}，${all.count} 处）`, kind: CodeActionKind.QuickFix, diagnostics, edit: { changes: { [uri]: toEdits(all.edits) } } });
        // Suppression with care, the narrowest first: this occurrence, then the word for the team; turning the check off comes last.
        const words = new Set<string>();
        for (const { finding } of matched.filter((m) => m.finding.code === code)) {
          const o = occurrenceOf(model, finding);
          const title = `忽略此处的“${o.text.length > 12 ? o.text.slice(0, 12) + "…" : o.text}”（${code}，记在 .lectern/accepted.json）`;
          actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics, command: { title, command: IGNORE_HERE_COMMAND, arguments: [{ uri, ...o }] } });
          if (isAcceptableWord(finding, o.text) && !words.has(o.text)) {
            words.add(o.text);
            const accept = `接受“${o.text}”（加入团队词表 .lectern/accepted.json）`;
            actions.push({ title: accept, kind: CodeActionKind.QuickFix, diagnostics, command: { title: accept, command: ACCEPT_WORD_COMMAND, arguments: [{ uri, word: o.text }] } });
          }
        }
      }
      for (const code of new Set(matched.map((m) => m.finding.code))) {
        const diagnostics = matched.filter((m) => m.finding.code === code).map((m) => m.diagnostic);
        if (server.clientCommands.has(DISABLE_RULE_COMMAND)) {
          const title = `关闭此类检查（${code}）`;
          actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics, command: { title, command: DISABLE_RULE_COMMAND, arguments: [code] } });
        }
      }
    }
    if (wantsKind(context.only, FIX_ALL_KIND)) {
      const all = combinedFixes(findings, true);
      if (all.count) actions.push({ title: `Lectern: 修复全部可安全修复的问题（${all.count} 处）`, kind: FIX_ALL_KIND, edit: { changes: { [uri]: toEdits(all.edits) } } });
    }
    return actions;
  });

  connection.onRequest("lectern/stats", (params: { textDocument: { uri: string }; selections?: { start: { line: number; character: number }; end: { line: number; character: number } }[] }) => {
    const model = store.model(server.require(params.textDocument.uri));
    const stats = documentStats(model, rate());
    const selections = (params.selections ?? [])
      .map((r) => ({ start: model.index.offset(r.start), end: model.index.offset(r.end) }))
      .filter((s) => s.end > s.start);
    const selection = selections.length
      ? selections.map((s) => spanStats(model, s, rate())).reduce((a, b) => ({ chars: a.chars + b.chars, minutes: a.minutes + b.minutes }))
      : undefined;
    return { ...stats, selection };
  });
}

/** The client's command that writes `lectern.rules` for the workspace (VS Code: client/src/commands.ts). */
export const DISABLE_RULE_COMMAND = "lectern.disableRule";
const FIX_ALL_KIND = CodeActionKind.SourceFixAll + ".lectern";

/** Whether an action of `kind` answers a request limited to `only` (LSP: a kind matches itself and its sub-kinds). */
function wantsKind(only: string[] | undefined, kind: string): boolean {
  return !only || only.some((k) => k === "" || kind === k || kind.startsWith(k + "."));
}

function overlaps(start: number, end: number, span: { start: number; end: number }): boolean {
  return span.start <= end && start <= span.end;
}

/** The latest complete findings for a document; recomputed when stale so actions never use old offsets. */
export function currentFindings(server: ServerContext, uri: string): Finding[] {
  const state = server.require(uri);
  if (state.findings && state.findingsVersion === state.doc.version) return state.findings;
  const findings = analyze(server.store.model(state), server.context(), { phase: "full" });
  state.findings = findings;
  state.findingsVersion = state.doc.version;
  return findings;
}
