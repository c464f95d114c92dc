/**
 * Completion of formulations while they are typed: by a Chinese prefix (四个 →
 * “四个意识”) or by pinyin initials (sgys). The edit replaces exactly the typed
 * prefix, found as the longest suffix of the text before the cursor that
 * begins some formulation, so it works with no spaces and text on both sides.
 */
import type { CompletionCandidate } from "../features";
import type { DocumentModel } from "../document/model";
import { sloganMarkdown } from "./hover";
import type { Slogan, SloganIndex, Snippet } from "./pack";
import { precedingVerb } from "./rules";
import { documentField } from "./field";
import { isCloseQuote, isOpenQuote } from "./scan";

const MAX_ITEMS = 40;
const pad = (n: number) => String(n).padStart(4, "0");

export function completeSlogans(model: DocumentModel, offset: number, index: SloganIndex): CompletionCandidate[] {
  const text = model.text;
  if (offset < 0 || offset > text.length) return [];
  const line = model.index.lines[model.index.lineAt(offset)];
  const lineStart = line.start;
  const longest = Math.max(index.maxFormLength, ...index.snippets.map((s) => s.prefix.length));
  const before = text.slice(Math.max(lineStart, offset - longest), offset);
  const out: CompletionCandidate[] = [];
  // The draft's own field (卫生健康, 教育, 金融 … read from its title and headings) ranks its formulations first.
  const field = documentField(model);
  const ownField = (sl: Slogan) => (field && sl.field === field ? 0 : 1);

  // Chinese prefix: the longest suffix of the text before the cursor that starts a formulation.
  // Right after an opening quote one character is enough (“四 → “四个意识”), and none after a verb (坚定“).
  for (let len = Math.min(before.length, index.maxFormLength); len >= 0; len--) {
    const quoted = isOpenQuote(text.charAt(offset - len - 1));
    if (len < 2 && !quoted) continue;
    const forms = len >= 2 ? index.byPrefix.get(before.slice(-len)) : len === 1 ? currentForms(index.byFirst.get(text.charCodeAt(offset - 1))) : undefined;
    const verb = precedingVerb(text, index, offset - len, lineStart)?.verb;
    const candidates = forms ?? (len === 0 && verb ? index.slogans.filter((sl) => !sl.deprecated && sl.verbs?.includes(verb)).map((sl) => ({ form: sl.text, slogan: sl })) : undefined);
    if (!candidates?.length) continue;
    const seen = new Set<Slogan>();
    // The verb just typed ranks the formulations it governs first (坚定“ → 四个自信), then shorter forms.
    const governs = (sl: Slogan) => (verb && sl.verbs?.includes(verb) ? 0 : 1);
    const ranked = candidates.filter((f) => !seen.has(f.slogan) && seen.add(f.slogan)).sort((a, b) => governs(a.slogan) - governs(b.slogan) || ownField(a.slogan) - ownField(b.slogan) || a.form.length - b.form.length);
    ranked.forEach((f, k) => out.push(...itemsFor(text, index, f.slogan, f.form, offset - len, offset, lineStart, len ? f.form : f.slogan.text, k)));
    break;
  }

  // Pinyin initials: the run of ASCII letters before the cursor.
  const run = /[A-Za-z]+$/.exec(before)?.[0];
  if (run && run.length >= 2) {
    const slogans = index.byInitials.get(run.toLowerCase()) ?? [];
    [...slogans]
      .sort((a, b) => ownField(a) - ownField(b) || a.initials.length - b.initials.length)
      .forEach((s, k) => out.push(...itemsFor(text, index, s, s.text, offset - run.length, offset, lineStart, s.initials, k)));
  }

  for (const sn of index.snippets) {
    const item = snippetItem(sn, before, offset, run);
    if (item) out.push(item);
  }
  return out.slice(0, MAX_ITEMS);
}

/** Current forms only: a retired formulation is never offered. */
function currentForms(forms: { form: string; slogan: Slogan }[] | undefined) {
  return forms?.filter((f) => !f.slogan.deprecated);
}

function itemsFor(text: string, index: SloganIndex, s: Slogan, form: string, start: number, cursor: number, lineStart: number, filterText: string, rank: number): CompletionCandidate[] {
  const replace = { start, end: cursor };
  const insideQuote = isOpenQuote(text.charAt(start - 1));
  const open = s.quoted && !insideQuote ? "“" : "";
  const close = s.quoted && !isCloseQuote(text.charAt(cursor)) && (open || insideQuote) ? "”" : "";
  const documentation = sloganMarkdown(s);
  const items: CompletionCandidate[] = [
    {
      label: s.text,
      insertText: open + s.text + close,
      replace,
      kind: "slogan",
      // The row shows the formulation whole: the source goes to the details pane (documentation), the row's detail stays short.
      detail: form === s.text ? "规范提法" : `规范提法 ← ${form}`,
      documentation,
      filterText,
      sortText: `0${pad(rank)}`,
    },
  ];
  // Offer the canonical verb too when none governs the formulation yet (and no quote was already opened).
  if (s.verbs?.length && !insideQuote && !precedingVerb(text, index, start, lineStart)) {
    const verb = s.verbs[0];
    const quoted = s.quoted ? `“${s.text}”` : s.text;
    items.push({ label: verb + quoted, insertText: verb + quoted, replace, kind: "verb", detail: "规范搭配", documentation, filterText, sortText: `1${pad(rank)}` });
  }
  return items;
}

function snippetItem(sn: Snippet, before: string, cursor: number, asciiRun: string | undefined): CompletionCandidate | undefined {
  const prefix = sn.prefix;
  let len = 0;
  if (asciiRun && prefix.toLowerCase().startsWith(asciiRun.toLowerCase())) len = asciiRun.length;
  else {
    for (let k = Math.min(prefix.length, before.length); k >= 1; k--) {
      if (before.endsWith(prefix.slice(0, k)) && (k >= 2 || k === prefix.length) && !/[A-Za-z]/.test(prefix[0])) {
        len = k;
        break;
      }
    }
  }
  if (!len) return undefined;
  return {
    label: prefix,
    insertText: sn.body,
    replace: { start: cursor - len, end: cursor },
    kind: "snippet",
    snippet: true,
    detail: sn.description ?? `片段（${sn.pack}）`,
    documentation: "```\n" + sn.body + "\n```",
    filterText: prefix,
    sortText: `2${prefix}`,
  };
}

