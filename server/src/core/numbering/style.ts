/**
 * numbering.style: a token whose punctuation is not an accepted shape for its
 * style (GB/T 9704 by default: 一、 （一） 1. （1）), or siblings that mix accepted
 * shapes (1. beside 2．). Fixes touch only the characters around the numeral.
 */
import type { Finding } from "../findings";
import type { Settings } from "../settings";
import type { HeadingRun } from "./runs";
import { STYLE } from "./rules";
import { acceptedShapes, isShaped } from "./shapes";
import { reshapeEdits } from "./tokens";
import { formatChineseNumeral } from "../numerals";

export function styleFindings(runs: HeadingRun[], settings: Settings): Finding[] {
  const findings: Finding[] = [];
  for (const run of runs) {
    const first = run.items[0].heading!;
    const style = first.tokenStyle ?? first.style;
    // Markdown headings of one level may number in different styles (## 一、 beside ## （二）): left alone.
    if (first.style === "markdown" && run.items.some((s) => s.heading!.tokenStyle !== style)) continue;
    // Markdown and 第N章/第N节 have no GB/T 9704 shape to hold them to.
    if (!isShaped(style)) continue;
    const accepted = acceptedShapes(style, settings);
    const target = runShape(run, accepted);
    const model = run.items.find((s) => s.heading!.token!.shape === target);
    for (const item of run.items) {
      const t = item.heading!.token!;
      // An item written a level off is numbering.hierarchy's: its shape is of another style.
      if (t.shape === target || run.standIns?.has(item)) continue;
      // 3. among （一）（二）（四）: the numeral changes kind too.
      const numeral = style.startsWith("cn") && /^[0-9０-９]+$/.test(t.numeral) ? formatChineseNumeral(t.number) : style.startsWith("arabic") && !/^[0-9０-９]+$/.test(t.numeral) ? String(t.number) : t.numeral;
      const wanted = target.replace("N", numeral);
      const message = accepted.includes(t.shape)
        ? `同级编号样式不统一：“${t.text}”应与同级一致，写作“${wanted}”。`
        : `编号“${t.text}”不符合公文格式，应为“${wanted}”。`;
      findings.push({
        code: STYLE.code,
        severity: STYLE.severity,
        span: t.span,
        message,
        related: model ? [{ span: model.heading!.token!.span, message: `同级编号“${model.heading!.token!.text}”` }] : undefined,
        fixes: [{ title: `改为“${wanted}”`, edits: numeral === t.numeral ? reshapeEdits(t, target) : [{ span: t.span, newText: wanted }], safe: true, preferred: true }],
      });
    }
  }
  return findings;
}

/** The shape a run should use: the accepted shape most of its items use (the earliest on a tie), else the configured first. */
function runShape(run: HeadingRun, accepted: string[]): string {
  const counts = new Map<string, number>();
  for (const item of run.items) {
    if (run.standIns?.has(item)) continue;
    const shape = item.heading!.token!.shape;
    if (accepted.includes(shape)) counts.set(shape, (counts.get(shape) ?? 0) + 1);
  }
  let best = accepted[0];
  let bestCount = 0;
  for (const [shape, count] of counts) {
    if (count > bestCount) {
      best = shape;
      bestCount = count;
    }
  }
  return best;
}
