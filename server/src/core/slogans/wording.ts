/**
 * slogan.wording: wording that must never slip (政治性差错), from the packs'
 * `wording` section — use X, not Y (台湾政府 → 台湾当局, 广西省 → 广西壮族自治区).
 * Line-local like the other slogan checks.
 */
import { defineRule, type Finding } from "../findings";
import { datedBefore } from "./dated";
import type { SloganIndex, Wording } from "./pack";

export const SLOGAN_WORDING = defineRule("slogan.wording", "warning", "Wording that must never slip (政治性差错): a name or term the packs' wording list says to write otherwise (台湾政府 → 台湾当局, 广西省 → 广西壮族自治区).");

const SENTENCE_END = /[。！？；]/;
const OPEN_QUOTES = "“‘「『\"`";
const CLOSE_QUOTES = "”’」』\"`";
/** A clause that tells the rule itself (不得称台湾政府, 不能简称为维族) mentions the wrong words on purpose. */
const TELLS_THE_RULE = /不得|不能|不宜|不要|不应|不使用|不再使用|禁用|严禁|避免|慎用|而应|应称|改称|误称|错称|俗称|简称为/;

export interface WordingHit {
  finding: Finding;
  wording: Wording;
}

function sentenceAround(line: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  while (s > 0 && !SENTENCE_END.test(line[s - 1])) s--;
  let e = end;
  while (e < line.length && !SENTENCE_END.test(line[e])) e++;
  return { start: s, end: e };
}

function insideTitle(line: string, at: number): boolean {
  return line.lastIndexOf("《", at) > line.lastIndexOf("》", at - 1);
}

/** The wording findings of one line (offsets from the line's start), leftmost-longest, not overlapping. */
export function findWording(line: string, index: SloganIndex): WordingHit[] {
  if (!index.wording.length) return [];
  const out: WordingHit[] = [];
  for (let i = 0; i < line.length; i++) {
    const list = index.wordingByFirst.get(line.charCodeAt(i));
    if (!list) continue;
    for (const w of list) {
      if (!line.startsWith(w.avoid, i)) continue;
      const end = i + w.avoid.length;
      if (!applies(line, i, end, w)) continue;
      out.push({ finding: wordingFinding(i, end, w), wording: w });
      i = end - 1;
      break;
    }
  }
  return out;
}

function uses(w: Wording): string[] {
  return Array.isArray(w.use) ? w.use : [w.use];
}

/** False where the words are right, or are being talked about rather than used. */
function applies(line: string, start: number, end: number, w: Wording): boolean {
  // Part of the right form itself: 鲜族 inside 朝鲜族.
  for (const u of uses(w)) {
    const k = u.indexOf(w.avoid);
    if (k >= 0 && line.startsWith(u, start - k)) return false;
  }
  // Quoted (所谓“台湾政府”, 不称“维族”) or after 所谓: the words are named, not used.
  if (OPEN_QUOTES.includes(line.charAt(start - 1)) && CLOSE_QUOTES.includes(line.charAt(end))) return false;
  if (line.slice(Math.max(0, start - 2), start) === "所谓") return false;
  if (insideTitle(line, start)) return false;
  // An example of the correction itself: 广西省 → 广西壮族自治区, 台湾政府应为台湾当局.
  if (/^\s*(?:→|⇒|->|应为|应作|应改为|改为|应称)/.test(line.slice(end, end + 6))) return false;
  const s = sentenceAround(line, start, end);
  const sentence = line.slice(s.start, s.end);
  const rest = line.slice(s.start, start) + line.slice(end, s.end);
  if (w.context && !w.context.some((c) => rest.includes(c))) return false;
  if (w.unless && w.unless.some((c) => sentence.includes(c))) return false;
  const clauseStart = Math.max(s.start, line.lastIndexOf("，", start - 1) + 1);
  if (TELLS_THE_RULE.test(line.slice(clauseStart, start))) return false;
  if (datedBefore(sentence, w.date)) return false;
  return true;
}

const q = (s: string) => `“${s}”`;

export function wordingFinding(start: number, end: number, w: Wording): Finding {
  const list = uses(w);
  const span = { start, end };
  return {
    code: SLOGAN_WORDING.code,
    severity: SLOGAN_WORDING.severity,
    span,
    message: `${q(w.avoid)}应为${list.map(q).join("或")}：${w.note}（出处：${w.source}）`,
    // One replacement and no context: the words are wrong wherever the exemptions do not hold, so the fix is safe.
    fixes: list.map((u, k) => ({ title: `改为${q(u)}`, edits: [{ span, newText: u }], safe: list.length === 1 && !w.context, preferred: k === 0 })),
  };
}
