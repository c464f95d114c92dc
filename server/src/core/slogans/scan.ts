/** Finds every formulation in a text: one leftmost-longest pass over the first-character index. */
import { pairKey, tripleKey } from "./pair-key";
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

/** The level that ends a place name before a local body: XX省, XX市, XX县, XX区, XX州, XX盟, XX旗. */
const PLACE_LEVEL = "省市县区州盟旗";

/** After a body's last character, the characters that make another word of it: 局面, 部门, 部署, 委员, 办法. */
const WORD_AFTER: Record<string, string> = { 局: "面势部限", 部: "门署分位件队长", 委: "员", 办: "法理事", 厅: "堂" };

/**
 * Whether a retired name stands here as the name of that body: a local one
 * (`local`) right after a place name's level (县农业局, not 现代农业局面); none
 * inside a longer word (纪检监察部门, 农业部署), nor a foreign body of the same
 * name (美国农业部, 法国文化部).
 */
function bodyNameHere(text: string, start: number, end: number, form: Form): boolean {
  const last = form.form[form.form.length - 1];
  const after = WORD_AFTER[last];
  const next = text.charAt(end);
  // 局面, 局部 are words, but 国家林业局部署: the 部 opens 部署.
  if (after && next && after.includes(next) && !(last === "局" && text.startsWith("部署", end))) return false;
  const before = text.charAt(start - 1);
  const d = form.slogan.deprecated!;
  // A local body's name stands after its place name's level; an unambiguous full name (bare) stands alone too.
  if (d.local && !d.bare && !(before && PLACE_LEVEL.includes(before))) return false;
  if (text.charAt(start - 1) === "国" && text.charAt(start - 2) !== "中" && !form.form.startsWith("国")) return false;
  return true;
}

/** Matches in `text[from, to)`; offsets are into `text`. */
export function scanSlogans(text: string, index: SloganIndex, from = 0, to = text.length): SloganMatch[] {
  const out: SloganMatch[] = [];
  const first = index.formFirst;
  for (let i = from; i < to; i++) {
    const c0 = text.charCodeAt(i);
    if (!first[c0] || i + 1 >= to) continue;
    const c1 = text.charCodeAt(i + 1);
    // Longest first: the forms of three units or more that begin with these three, then those of two.
    const end = i + 2 < to ? matchAt(text, i, to, index.byFirstThree.get(tripleKey(c0, c1, text.charCodeAt(i + 2))), out) : -1;
    const found = end >= 0 ? end : matchAt(text, i, to, index.twoUnitForms.get(pairKey(c0, c1)), out);
    if (found >= 0) i = found - 1;
  }
  return out;
}

/** The first of `candidates` written at `i` (pushed onto `out`): its end, or -1. */
function matchAt(text: string, i: number, to: number, candidates: Form[] | undefined, out: SloganMatch[]): number {
  if (!candidates) return -1;
  for (const form of candidates) {
    const end = i + form.form.length;
    if (end > to || !text.startsWith(form.form, i)) continue;
    if (form.needsQuotes && !(isOpenQuote(text.charAt(i - 1)) && isCloseQuote(text.charAt(end)))) continue;
    if (form.slogan.deprecated && !bodyNameHere(text, i, end, form)) continue;
    out.push({ start: i, end, form });
    return end;
  }
  return -1;
}
