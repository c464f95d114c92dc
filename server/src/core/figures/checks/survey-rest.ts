/**
 * A survey's rest: 满意度为93.6%，表示“不满意”和“一般”的仅占8.4% — the answers other than
 * satisfied, named as 不满意 together with 一般, are what the satisfaction rate leaves (6.4%).
 * Only that pair is read as the rest: 不满意 alone may leave out a middle answer.
 */
import type { Finding } from "../../findings";
import type { DocumentModel } from "../../document/model";
import type { Figure } from "../types";
import { interval, overlaps, round, wholeSentenceStart, type Report } from "./shared";

/** The satisfaction rate: 满意度/满意率, then at most a verb, right before the figure. */
const RATE = /满意(?:度|率)(?:为|是|达到?|达)?了?$/;
/** The rest: 不满意 and 一般 joined (either order, quoted or not), then its share. */
const Q = "[“”\"]?";
const REST = new RegExp(`(?:${Q}不满意${Q}(?:和|与|及|、|或)${Q}一般${Q}|${Q}一般${Q}(?:和|与|及|、|或)${Q}不满意${Q})(?:的)?[\\u4e00-\\u9fff]{0,6}?(?:仅|只)?(?:占|为|是)(?:比)?了?$`);

export function checkSurveyRest(model: DocumentModel, figures: Figure[], report: Report): Finding[] {
  const out: Finding[] = [];
  const text = model.text;
  for (let i = 1; i < figures.length; i++) {
    const rest = figures[i];
    if (rest.unit !== "%" || rest.bound !== "exact") continue;
    const from = wholeSentenceStart(text, rest.span.start);
    if (!REST.test(text.slice(from, rest.span.start))) continue;
    // The rate: the one percentage of the sentence before the rest named as satisfaction.
    const rates = figures.slice(0, i).filter((f) => f.span.start >= from && f.unit === "%" && f.bound === "exact" && RATE.test(text.slice(from, f.span.start)));
    if (rates.length !== 1) continue;
    const rate = rates[0];
    const [lo, hi] = interval(rate);
    if (overlaps([100 - hi, 100 - lo], interval(rest))) continue;
    out.push(report(rest, `满意度为${rate.text}，“不满意”和“一般”合计应为100%-${rate.text}=${round(100 - rate.value)}%，此处为“${rest.text}”。`, rate));
  }
  return out;
}
