/** Finds every formulation in a text: one leftmost-longest pass over the first-character index. */
import type { Span } from "../document/text";
import type { Form, SloganIndex } from "./pack";

export interface SloganMatch extends Span {
  form: Form;
}

const OPEN_QUOTES = "“「『‘\"'";
const CLOSE_QUOTES = "”」』’\"'";

export function isOpenQuote(ch: string): boolean {
  return ch !== "" && OPEN_QUOTES.includes(ch);
}
export function isCloseQuote(ch: string): boolean {
  return ch !== "" && CLOSE_QUOTES.includes(ch);
}

/** Matches in `text[from, to)`; offsets are into `text`. */
export function scanSlogans(text: string, index: SloganIndex, from = 0, to = text.length): SloganMatch[] {
  const out: SloganMatch[] = [];
  for (let i = from; i < to; i++) {
    const candidates = index.byFirst.get(text.charCodeAt(i));
    if (!candidates) continue;
    for (const form of candidates) {
      const end = i + form.form.length;
      if (end > to || !text.startsWith(form.form, i)) continue;
      if (form.needsQuotes && !(isOpenQuote(text.charAt(i - 1)) && isCloseQuote(text.charAt(end)))) continue;
      out.push({ start: i, end, form });
      i = end - 1;
      break;
    }
  }
  return out;
}
