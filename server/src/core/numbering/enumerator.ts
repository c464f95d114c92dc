/**
 * numbering.enumerator: runs of inline enumerators (一是…二是, 一要…二要, 第一，第二,
 * 首先…其次). A run breaks like a heading run (gap, duplicate, wrong start, order),
 * may not mix forms (一要…二要…三是), and must have a second item (a lone 一是 or 首先).
 */
import type { Finding, Fix, Related, TextEditSpan } from "../findings";
import type { DocumentModel, Enumerator, EnumeratorFamily, Section } from "../document/model";
import { formatChineseNumeral, formatCircled } from "../numerals";
import { ENUMERATOR } from "./rules";
import { breakMessage, findBreaks } from "./sequence";

type NumberedFamily = Exclude<EnumeratorFamily, "sequence">;

// 首先，我代表…向…表示热烈祝贺！ opens many speeches with a courtesy: a 最后 at the end answers it.
const COURTESY = /代表|感谢|祝贺|欢迎|问候|致以|敬意|谢意|慰问/;
/** 最后，祝…, 最后，再次感谢…: a closing wish after 最后. */
const CLOSING_WISH = /^[，,]?\s*(?:我)?(?:祝|预祝|衷心祝愿|祝愿|再次感谢|再次向|谢谢)/;

function isCourtesy(model: DocumentModel, e: Enumerator): boolean {
  const sentence = model.sentences.find((s) => s.span.start <= e.span.start && e.span.start < s.span.end);
  return COURTESY.test(model.text.slice(e.span.start, sentence ? sentence.span.end : e.itemSpan.end));
}

/**
 * 首先，我代表…表示感谢 … 最后，祝大家…: a courtesy 首先 is answered by any 其次, 再次 or
 * 最后 later in the speech, not only in its own list; with none at all it stands alone.
 */
function answeredLater(model: DocumentModel, e: Enumerator): boolean {
  // (最后说一句, 最后我再强调: a spoken 最后 needs no comma.)
  return /(?:其次|再次|最后)(?:[，,：:、]|说|讲|再|我|祝|强调|提)/.test(model.text.slice(e.itemSpan.end));
}

/**
 * 首先，进行第一项议程…下面，进行第二项议程: the ordinals carry the list, and 首先 opens it.
 * True when 首先's sentence names 第一 with a classifier that a later 第二 repeats.
 */
function opensOrdinalList(model: DocumentModel, e: Enumerator): boolean {
  const sentence = model.sentences.find((s) => s.span.start <= e.span.start && e.span.start < s.span.end);
  const end = sentence ? sentence.span.end : e.itemSpan.end;
  const first = /第一([项件条个位步阶部])/.exec(model.text.slice(e.span.end, end));
  return !!first && model.text.indexOf("第二" + first[1], end) >= 0;
}

export function enumeratorFindings(model: DocumentModel): Finding[] {
  const findings: Finding[] = [];
  const runs = enumeratorRuns(model);
  const answered = new Set<Enumerator[]>();
  for (const [k, run] of runs.entries()) {
    if (answered.has(run)) continue;
    if (run[0].family === "sequence") {
      // 首先要…。⏎第二，…⏎第三，…: a paragraph's 首先 that the next paragraphs go on from with 第二 or 二是 is
      // that list's first item in another form: one slip, on 首先, not a lone 首先 and a list starting at 二.
      const next = runs[k + 1];
      if (run.length === 1 && run[0].ordinal === 1 && run[0].paragraphStart && next && next[0].paragraphStart && next[0].ordinal === 2 && (next[0].family === "di" || next[0].family === "shi")) {
        answered.add(next);
        const first = targetText(next[0].family as NumberedFamily, 1);
        findings.push({ code: ENUMERATOR.code, severity: ENUMERATOR.severity, span: run[0].span, message: `同一组列举混用“首先”与“${next[0].text}”，应为“${first}”。`, fixes: [{ title: `改为“${first}”`, edits: [{ span: run[0].span, newText: first }], safe: false, preferred: true }] });
        // The rest of the list is checked as going on from 首先 as its first item.
        const joined = [{ ...run[0], family: next[0].family, ordinal: 1 }, ...next];
        for (const f of runFindings(model, joined)) if (f.span.start !== run[0].span.start) findings.push(f);
        continue;
      }
      // 首先，我代表…欢迎… / 首先，请大家… / 最后，祝孩子们…: a closing wish answers the opening courtesy, so the
      // 首先 between has nothing after it.
      const closingAnswersCourtesy = run.length === 2 && run[0].ordinal === 1 && run[1].ordinal === -1 && !isCourtesy(model, run[0]) && CLOSING_WISH.test(model.text.slice(run[1].span.end, run[1].span.end + 8)) && runs.slice(0, k).some((r) => r.length === 1 && r[0].family === "sequence" && r[0].ordinal === 1 && isCourtesy(model, r[0]));
      if (closingAnswersCourtesy) findings.push(loneFinding(model, run[0], "“首先”之后没有“其次”等呼应（结尾的“最后”呼应的是开头致辞的“首先”），列举只有一项。"));
      if (run.length === 1 && run[0].ordinal === 1 && !(isCourtesy(model, run[0]) && answeredLater(model, run[0])) && !opensOrdinalList(model, run[0])) findings.push(loneFinding(model, run[0], "“首先”之后没有“其次”“最后”等呼应，列举只有一项。"));
      continue;
    }
    // A lone inline ① may be a note mark; a run of them is still checked.
    if (run.length === 1 && run[0].family === "circled") continue;
    if (run.length === 1) {
      // A lone 二是 inside a sentence may answer an 一方面 or 其一; only paragraph openers are checked.
      // 思想统 / 一是形成…: after a line that stops mid-sentence (a hard-wrapped paste), 一是 may be 统一是.
      if (run[0].paragraphStart && continuesPreviousLine(model, run[0])) continue;
      if (run[0].ordinal === 1) findings.push(loneFinding(model, run[0], `只有“${run[0].text}”，没有“${targetText(run[0].family as NumberedFamily, 2)}”：列举只有一项。`));
      else if (!run[0].paragraphStart) continue;
      // 先说改造…再说物业…第三个事儿: a speaker numbers aloud only some of the points; a lone spoken 第三个 is no gap.
      else if (run[0].family === "di" && /[个件点事呢啊嘛]/.test(run[0].text)) continue;
    }
    // 先说说去年…。/ 第二个事，说说问题。/ 第三个事，…: the first point said without its number, the rest
    // numbered aloud in order, is no wrong start.
    if (run[0].family === "di" && run[0].ordinal > 1 && run[0].paragraphStart && /[个件]事/.test(run[0].text) && run.every((e, i) => i === 0 || (e.family === "di" && e.ordinal === run[i - 1].ordinal + 1))) continue;
    for (const f of runFindings(model, run)) findings.push(f);
  }
  return findings;
}

/**
 * The model's runs, repaired where the parser's "一是 opens a new run" rule splits one
 * list at a stray 一是: a paragraph-opening run starting with 一是 joins the previous
 * paragraph-opening run of its section when either is a single item (一是…一是…二是,
 * 一是…二是…一是) or when it goes on as if its 一是 were the next item (一是…二是…一是…四是);
 * inside one paragraph, a lone 一是 joins the run after it that goes 一是…三是.
 */
function enumeratorRuns(model: DocumentModel): Enumerator[][] {
  const sectionOf = new Map<Enumerator, Section>();
  const visit = (s: Section) => {
    for (const e of s.items) sectionOf.set(e, s);
    s.children.forEach(visit);
  };
  visit(model.root);
  const runs: Enumerator[][] = [];
  const lastOpening = new Map<Section, number>();
  for (const run of model.enumeratorRuns) {
    const opening = run[0].paragraphStart && run[0].family !== "sequence";
    const section = sectionOf.get(run[0])!;
    const at = opening ? lastOpening.get(section) : undefined;
    if (at !== undefined && run[0].ordinal === 1) {
      const prev = runs[at];
      // 第三件事，需要家长们配合的地方。/ 第一，…/ 第二，…: a lone spoken point with its classifier, then bare
      // ordinals under it, are two lists (the speaker numbered aloud only the third point).
      const spokenPoint = prev.length === 1 && prev[0].family === "di" && prev[0].ordinal > 1 && /[个件点事]/.test(prev[0].text) && !/[个件点事]/.test(run[0].text);
      if (!spokenPoint && (prev.length === 1 || run.length === 1 || run[1].ordinal === prev[prev.length - 1].ordinal + 2)) {
        runs[at] = [...prev, ...run];
        continue;
      }
    }
    // 一是A；一是B；三是C in one paragraph: the second 一是 is the slipped 二是, not a new list
    // (it goes on at 三是); read apart, the first would be a lone 一是 and the fix would renumber 三是.
    const prev = runs[runs.length - 1];
    if (!opening && prev?.length === 1 && prev[0].ordinal === 1 && prev[0].line === run[0].line && prev[0].family === run[0].family && run[0].ordinal === 1 && run[1]?.ordinal === 3) {
      runs[runs.length - 1] = [...prev, ...run];
      continue;
    }
    if (opening) lastOpening.set(section, runs.length);
    runs.push(run);
  }
  return runs;
}

function runFindings(model: DocumentModel, run: Enumerator[]): Finding[] {
  const family = majorityFamily(run);
  const breaks = new Map(findBreaks(run.map((e) => e.ordinal)).map((b) => [b.index, b]));
  const flagged: number[] = [];
  run.forEach((e, k) => {
    if (breaks.has(k) || e.family !== family) flagged.push(k);
  });
  const reference = run.find((e) => e.family === family)!;
  return flagged.map((k, i) => {
    const e = run[k];
    const b = breaks.get(k);
    // 第四个 → 第三个: a spoken ordinal keeps its classifier or particle.
    const spokenTail = e.family === "di" && family === "di" && e.text.startsWith("第") ? e.text.slice(1 + e.numeral.length) : "";
    const wanted = targetText(family, k + 1) + spokenTail;
    const related: Related[] = [];
    let message: string;
    if (b) {
      message = breakMessage(b.kind, e.text, wanted);
      if (e.family !== family) message += `同组其他项写作“${reference.text}”。`;
      if (k > 0) related.push({ span: run[k - 1].span, message: `上一项“${run[k - 1].text}”` });
    } else {
      message = `同一组列举混用“${reference.text}”与“${e.text}”，应为“${wanted}”。`;
      related.push({ span: reference.span, message: `同组“${reference.text}”` });
    }
    // A run of one item (a lone 第二，) renumbered to 第一 would be a lone 第一: only on request.
    // So is a run with an empty item (第一，二要…): a new token can join the next one into a word.
    const fix = renumberFix(model, run, family, k, i + 1 < flagged.length ? flagged[i + 1] : run.length, run.length > 1 && !hasEmptyItem(model, run));
    return { code: ENUMERATOR.code, severity: ENUMERATOR.severity, span: e.span, message, related, fixes: fix ? [fix] : undefined };
  });
}

function majorityFamily(run: Enumerator[]): NumberedFamily {
  const counts = new Map<NumberedFamily, number>();
  for (const e of run) counts.set(e.family as NumberedFamily, (counts.get(e.family as NumberedFamily) ?? 0) + 1);
  let best = run[0].family as NumberedFamily;
  for (const [f, n] of counts) if (n > counts.get(best)!) best = f;
  return best;
}

function targetText(family: NumberedFamily, n: number): string {
  if (family === "circled") return formatCircled(n);
  const numeral = formatChineseNumeral(n);
  return family === "di" ? `第${numeral}` : numeral + (family === "shi" ? "是" : "要");
}

/** Two items with nothing between them but punctuation: what they enumerate is not there to read. */
function hasEmptyItem(model: DocumentModel, run: Enumerator[]): boolean {
  return run.some((e, i) => i + 1 < run.length && !/[\p{L}\p{N}]/u.test(model.text.slice(e.span.end, run[i + 1].span.start)));
}

/** Gives items [from, to) their position's number in the run's form, editing as little as possible. */
function renumberFix(model: DocumentModel, run: Enumerator[], family: NumberedFamily, from: number, to: number, safe: boolean): Fix | undefined {
  const edits: TextEditSpan[] = [];
  let changed = 0;
  for (let k = from; k < to; k++) {
    const item = itemEdits(model, run[k], family, k + 1);
    if (!item) return undefined;
    if (item.length) changed++;
    for (const e of item) edits.push(e);
  }
  if (!edits.length) return undefined;
  const first = targetText(family, from + 1);
  const title = changed === 1 ? `改为“${first}”` : `重新编号：自“${run[from].text}”起依次改为“${first}”等（${changed} 处）`;
  return { title, edits, safe, preferred: true };
}

/** The edits that make `e` the n-th item in the run's form; null when that form cannot stand there. */
function itemEdits(model: DocumentModel, e: Enumerator, family: NumberedFamily, n: number): TextEditSpan[] | null {
  const numeral = family === "circled" ? formatCircled(n) : formatChineseNumeral(n);
  const edits: TextEditSpan[] = [];
  // 头一件事, 再一个: spoken forms with no numeral to change.
  const spoken = /^[头再]/.test(e.text);
  if (spoken && (e.family !== family || e.ordinal !== n)) return null;
  if (e.family === family) {
    if (e.numeral !== numeral) edits.push({ span: e.numeralSpan, newText: numeral });
  } else if (e.family !== "di" && family !== "di") {
    // 三是 ↔ 三要: the numeral and the one character after it.
    if (e.numeral !== numeral) edits.push({ span: e.numeralSpan, newText: numeral });
    edits.push({ span: { start: e.numeralSpan.end, end: e.span.end }, newText: family === "shi" ? "是" : "要" });
  } else if (family === "di") {
    // 第二， opens a sentence; after a comma it would read as plain text (第一，第二，…).
    if (!opensSentence(model.text, e.span.start)) return null;
    edits.push({ span: e.span, newText: `第${numeral}，` });
  } else {
    // 第三， → 三是: the token and the comma after it.
    const end = e.span.end < model.text.length && "，,、：:".includes(model.text[e.span.end]) ? e.span.end + 1 : e.span.end;
    edits.push({ span: { start: e.span.start, end }, newText: targetText(family, n) });
  }
  return edits;
}

function opensSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === " " || text[i] === "\u3000" || text[i] === "\t")) i--;
  return i < 0 || "。！？；：!?;:\n\r".includes(text[i]);
}

/** The previous line is body text that stops without punctuation (a bare heading line does not count). */
function continuesPreviousLine(model: DocumentModel, e: Enumerator): boolean {
  const k = e.line > 0 ? model.paragraphOfLine[e.line - 1] : -1;
  const previous = k >= 0 ? model.paragraphs[k] : undefined;
  return previous?.kind === "body" && /[\u4e00-\u9fff]$/.test(previous.text);
}

/** A run of one item; the fix drops the token (一要深化 → 要深化), never unattended. */
function loneFinding(model: DocumentModel, e: Enumerator, message: string): Finding {
  let span = e.span;
  let newText = "";
  if (e.family === "yao") newText = "要";
  else if (e.family === "di" || e.family === "sequence") {
    const end = e.span.end < model.text.length && "，,、：:".includes(model.text[e.span.end]) ? e.span.end + 1 : e.span.end;
    span = { start: e.span.start, end };
  }
  const fix: Fix = { title: `删去“${model.text.slice(span.start, span.end)}”`, edits: [{ span, newText }], safe: false, preferred: true };
  return { code: ENUMERATOR.code, severity: ENUMERATOR.severity, span: e.span, message, fixes: [fix] };
}
