/**
 * Custom requests behind the client's commands:
 *   lectern/figures  → every figure in the draft (Lectern: List Figures);
 *   lectern/figuresCsv → the same as CSV (the 数字核对 view's export);
 *   lectern/timing   → the speaking parts with their characters (the 讲话计时 view);
 *   lectern/renumber → the edit that renumbers the run at a position (Lectern: Renumber Section);
 *   lectern/review   → what changed since another version (Lectern: Compare with…, review-request.ts);
 *   lectern/exportDocx → the draft as a GB/T 9704 Word document (Lectern: Export to Word, export-request.ts).
 *   lectern/importDocx → a Word draft's text, numbering written out (Lectern: Import Word Draft, import-request.ts).
 *   lectern/reviewDocx → a .docx's reviewed copy, comments and tracked changes (Lectern: Write Reviewed Word Copy, import-request.ts).
 *   lectern/sources → the workspace's sources (the Sources view).
 * Shapes: client/src/protocol.ts.
 */
import type { Range } from "vscode-languageserver/node";
import { figureRows, figuresCsv, figuresFor, targetsOf } from "../core/figures";
import { outlineParts, type OutlinePart } from "../core";
import { currentFindings } from "./features";
import { sourcesOf } from "../core/sources";
import { pathToFileURL } from "url";
import type { DocumentModel, Section } from "../core/document/model";
import { renumberSection } from "../core/numbering/renumber";
import type { ServerContext } from "./context";
import { registerExportRequest } from "./export-request";
import { registerImportRequest } from "./import-request";
import { registerReviewRequest } from "./review-request";

interface FigureItem {
  text: string;
  range: Range;
  subject?: string;
  section?: string;
  /** The indicator (地区生产总值), its period as written (今年（2024）), and whether it is a change or a level. */
  metric?: string;
  period?: string;
  aspect: "change" | "level";
  /** figure.* findings on this figure (conflicts, target mismatches …). */
  problems: { code: string; message: string }[];
}

interface TimingPart {
  name: string;
  line: number;
  chars: number;
  minutes: number;
  children: TimingPart[];
}

/** The innermost heading whose section holds `offset`. */
function sectionName(model: DocumentModel, offset: number): string | undefined {
  let section: Section = model.root;
  let name: string | undefined;
  for (;;) {
    const child = section.children.find((c) => c.span.start <= offset && offset < c.span.end);
    if (!child) return name;
    section = child;
    if (child.heading) name = child.heading.name;
  }
}

export function registerRequests(server: ServerContext): void {
  const { connection, store } = server;
  registerReviewRequest(server);
  registerExportRequest(server);
  registerImportRequest(server);

  // The workspace's sources, for the Sources view (no document needed).
  connection.onRequest("lectern/sources", () =>
    sourcesOf(server.context()).sources.map((s) => ({
      title: s.title,
      names: s.allNames,
      kind: s.kind,
      date: s.date,
      speaker: s.speaker,
      uri: /^[a-z][a-z0-9+.-]*:/i.test(s.path) && !/^[a-z]:[\\/]/i.test(s.path) ? s.path : pathToFileURL(s.path).href,
      chars: s.text.length,
      paragraphs: s.text.split(/\r?\n/).filter((l) => l.trim()).length,
    })),
  );

  connection.onRequest("lectern/figures", (params: { textDocument: { uri: string } }): FigureItem[] => {
    const model = store.model(server.require(params.textDocument.uri));
    const figureFindings = currentFindings(server, params.textDocument.uri).filter((x) => x.code.startsWith("figure."));
    const figures = figuresFor(model, server.context());
    const rows = figureRows(model, figures, targetsOf(server.context()));
    return figures.map((f, k) => ({
      text: f.text,
      range: model.index.range(f.span),
      subject: [f.period?.label, f.metric].filter(Boolean).join(" ") || undefined,
      section: sectionName(model, f.span.start),
      metric: f.metric,
      period: rows[k].period || undefined,
      aspect: f.aspect,
      problems: figureFindings.filter((x) => x.span.start < f.span.end && f.span.start < x.span.end).map((x) => ({ code: x.code, message: x.message })),
    }));
  });

  connection.onRequest("lectern/figuresCsv", (params: { textDocument: { uri: string } }): string => {
    const model = store.model(server.require(params.textDocument.uri));
    const targets = targetsOf(server.context());
    return figuresCsv(figureRows(model, figuresFor(model, server.context()), targets));
  });

  connection.onRequest("lectern/timing", (params: { textDocument: { uri: string } }) => {
    const model = store.model(server.require(params.textDocument.uri));
    const rate = server.settings["lectern.readingRate"];
    const part = (p: OutlinePart): TimingPart => ({ name: p.name, line: p.range.start.line, chars: p.chars, minutes: p.chars / rate, children: p.children.map(part) });
    return { chars: model.root.chars, minutes: model.root.chars / rate, readingRate: rate, parts: outlineParts(model).map(part) };
  });

  connection.onRequest("lectern/renumber", (params: { textDocument: { uri: string }; position: { line: number; character: number } }) => {
    const model = store.model(server.require(params.textDocument.uri));
    const offset = model.index.offset(params.position);
    const fix = renumberSection(model, offset);
    if (!fix || fix.edits.length === 0) {
      const line = params.position.line;
      const onHeading = model.headings.some((h) => h.line === line);
      const inRun = model.enumeratorRuns.some((r) => r[0].span.start <= offset && offset <= r[r.length - 1].itemSpan.end);
      if (onHeading || inRun) return { edit: null, reason: "inOrder", message: "光标所在的标题或列举已按顺序编号，无需重排。" };
      const section = sectionName(model, offset);
      // `reason` and `section` let a client word the message in its own language; `message` is the Chinese.
      return {
        edit: null,
        reason: section ? "notHeading" : "outside",
        section,
        message: section
          ? `光标所在行不是标题。它所在的“${section}”与同级标题已按顺序编号，无需重排；要重排其他标题，请把光标放在那个标题上。`
          : "光标所在行不是标题或列举项，也不在任何标题之下。请把光标放在要重排的标题上。",
      };
    }
    return {
      edit: { changes: { [params.textDocument.uri]: fix.edits.map((e) => ({ range: model.index.range(e.span), newText: e.newText })) } },
      message: fix.title,
    };
  });
}
