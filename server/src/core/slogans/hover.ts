/** Hover on a formulation: full form, parts, verbs, source, deprecation. */
import type { HoverResult } from "../features";
import type { DocumentModel } from "../document/model";
import type { Slogan, SloganIndex } from "./pack";
import { scanSlogans } from "./scan";

export function sloganMarkdown(s: Slogan): string {
  const lines = [`**${s.quoted ? `“${s.text}”` : s.text}** · ${s.deprecated ? "已停用的提法" : "规范提法"}`];
  if (s.aliases?.length) lines.push(`别称：${s.aliases.join("、")}`);
  if (s.parts?.length) lines.push(`组成：${s.parts.join("；")}`);
  if (s.verbs?.length) lines.push(`搭配：${s.verbs.join("、")}${s.verbs.length > 1 ? `（规范用“${s.verbs[0]}”）` : ""}`);
  if (s.source || s.date) lines.push(`出处：${[s.source, s.date && `日期 ${s.date}`].filter(Boolean).join("，")}`);
  const d = s.deprecated;
  // A retired term's note is usually its retirement note: said once.
  if (s.note && !(d && (d.note.includes(s.note) || s.note.includes(d.note)))) lines.push(`说明：${s.note}`);
  // The retirement note is the diagnostic's message, shown beside the hover: not repeated here.
  if (d) lines.push(`**${d.since}起停用**${d.replacement ? `，现用“${d.replacement}”` : ""}。`);
  if (s.pack !== "lectern-builtin") lines.push(`来自提法包：${s.pack}`);
  return lines.join("\n\n");
}

/** Scans only the line under the cursor, so a hover costs the same in a 100 KB document as in a short one. */
export function hoverSlogan(model: DocumentModel, offset: number, index: SloganIndex): HoverResult | undefined {
  const lines = model.index.lines;
  if (offset < 0 || offset > model.text.length) return undefined;
  const line = lines[model.index.lineAt(offset)];
  const match = scanSlogans(model.text, index, line.start, line.end).find((m) => m.start <= offset && offset < m.end);
  if (!match) return undefined;
  return { span: { start: match.start, end: match.end }, contents: sloganMarkdown(match.form.slogan) };
}
