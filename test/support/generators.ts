/**
 * fast-check arbitraries for reliability tests: drafts that mix real speech
 * fragments from the corpus with the garbage that arrives by copy and paste
 * (lone surrogates, NUL, emoji, BOMs, CR line ends, full-width spaces) and
 * with every heading and enumerator shape, so properties hit the parser's
 * edge cases far more often than uniform random text would.
 */
import fc from "fast-check";
import { formatChineseNumeral, formatCircled } from "../../server/src/core/numerals";
import { CORPUS_FILES, readCorpus } from "./corpus";

/** Seed and run count: fixed in CI; `FAST_CHECK_RUNS=100000 FAST_CHECK_SEED=7 npm test` for longer local runs. */
export const PROPERTY_RUNS = Number(process.env.FAST_CHECK_RUNS ?? 10_000);
export const PROPERTY_SEED = Number(process.env.FAST_CHECK_SEED ?? 20240305);

export function propertyParams(runs = PROPERTY_RUNS): fc.Parameters<unknown> {
  return { numRuns: runs, seed: PROPERTY_SEED };
}

/** Sentences and clauses of the real drafts, short enough to keep generated drafts small. */
export const CORPUS_FRAGMENTS: string[] = (() => {
  const out = new Set<string>();
  for (const name of CORPUS_FILES) {
    for (const line of readCorpus(name).split(/\r?\n/)) {
      for (const piece of line.split(/(?<=[。；！？])/)) {
        const s = piece.trim();
        if (s && s.length <= 60) out.add(s);
      }
    }
  }
  return [...out].sort();
})();

export const LINE_BREAKS = ["\n", "\r\n", "\r"] as const;
export const PADDING = [" ", "\u3000", "\t", "\u00a0", "\u3000\u3000"] as const;
export const EMOJI = ["😀", "👍🏽", "👨‍👩‍👧", "🇨🇳", "🀄", "𠮷"] as const;

/** One UTF-16 unit that is half of a surrogate pair, alone. */
export const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));

const oddPieces = fc.constantFrom(
  "\u0000",
  "\uFEFF",
  "\u3000",
  "\u00a0",
  "\u200b",
  "\u2028",
  "\u2029",
  "\u0085",
  "\u000b",
  "\u000c",
  "\r",
  "\r\n",
  "\n",
  "\uFFFD",
  "\uFFFF",
  "\u0301",
  "——",
  "……",
  "“",
  "”",
  "‘",
  "’",
  "「",
  "」",
  "（",
  "）",
  "(",
  ")",
  "《",
  "》",
  "%",
  "％",
  "万亿元",
  "1,000",
  "3.5%",
  "５％左右",
  ...EMOJI,
);

/** Garbage: any UTF-16 units, lone surrogates, control characters, emoji, odd punctuation. */
export const garbage: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.string({ unit: "binary", maxLength: 6 }),
      fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 4 }),
      loneSurrogate,
      oddPieces,
    ),
    { maxLength: 4 },
  )
  .map((parts) => parts.join(""));

const numeralOf = (style: number, n: number, fullWidth: boolean): string => {
  switch (style) {
    case 0:
    case 1:
      return formatChineseNumeral(n);
    case 4:
      return formatCircled(Math.min(n, 20));
    default:
      return fullWidth ? String(n).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d))) : String(n);
  }
};

/** Token shapes per GB/T 9704 style (0 一、 1 （一） 2 1. 3 （1） 4 ①), canonical first, then variants seen in drafts. */
const SHAPES: string[][] = [
  ["N、", "N.", "N．", "N，", "N,"],
  ["（N）", "(N)", "（N)", "（N）、", "(N)、"],
  ["N.", "N．", "N、", "N，"],
  ["（N）", "(N)", "（N）、"],
  ["N", "N、", "N."],
];

/** A heading token of any style: GB/T 9704 styles with numbers that may skip or repeat, or markdown `#`s. */
export const headingToken: fc.Arbitrary<string> = fc.oneof(
  fc
    .record({
      style: fc.integer({ min: 0, max: 4 }),
      n: fc.oneof(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 0, max: 120 })),
      shape: fc.nat(4),
      fullWidth: fc.boolean(),
    })
    .map(({ style, n, shape, fullWidth }) => SHAPES[style][shape % SHAPES[style].length].replace("N", numeralOf(style, n, fullWidth))),
  fc.integer({ min: 1, max: 7 }).map((k) => "#".repeat(k) + " "),
);

/** Inline enumerators, correct and broken: 一是, 二要, 第三，, 首先，, 最后：. */
export const enumeratorToken: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 12 }), fc.constantFrom("是", "要")).map(([n, w]) => formatChineseNumeral(n) + w),
  fc.tuple(fc.integer({ min: 1, max: 12 }), fc.constantFrom("，", ",", "、", "：")).map(([n, p]) => "第" + formatChineseNumeral(n) + p),
  fc.constantFrom("首先，", "其次，", "再次，", "最后，", "最后："),
);

/** A counting lead-in that a numbering check may compare with what follows (谈三点、三个方面). */
const countLeadIn = fc
  .tuple(fc.integer({ min: 1, max: 9 }), fc.constantFrom("谈N点意见：", "强调N个方面：", "做好N件事：", "抓好以下N项工作。"))
  .map(([n, t]) => t.replace("N", formatChineseNumeral(n)));

const fragment = fc.constantFrom(...CORPUS_FRAGMENTS);

/** Body text: corpus fragments, enumerators and lead-ins, sprinkled with garbage. */
export const bodyText: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 6, arbitrary: fragment }, { weight: 2, arbitrary: enumeratorToken }, { weight: 1, arbitrary: countLeadIn }, { weight: 2, arbitrary: garbage }), {
    minLength: 1,
    maxLength: 4,
  })
  .map((parts) => parts.join(""));

/** One line's content (no line break). */
export const draftLine: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: bodyText },
  { weight: 4, arbitrary: fc.tuple(headingToken, fc.oneof(fragment, bodyText, fc.constant(""))).map(([t, b]) => t + b) },
  { weight: 1, arbitrary: fc.constant("") },
  { weight: 1, arbitrary: garbage },
  { weight: 1, arbitrary: fc.constantFrom("同志们：", "各位代表：", "关于加强基层治理工作的讲话", "（2024年3月5日）") },
);

/** A draft small enough for thousands of runs: up to 14 lines, each maybe padded, with mixed line breaks and an optional BOM. */
export const draft: fc.Arbitrary<string> = fc
  .record({
    bom: fc.boolean(),
    lines: fc.array(fc.tuple(fc.option(fc.constantFrom(...PADDING), { nil: "" }), draftLine, fc.constantFrom(...LINE_BREAKS)), { maxLength: 14 }),
  })
  .map(({ bom, lines }) => (bom ? "\uFEFF" : "") + lines.map(([pad, line, br]) => pad + line + br).join(""));

/** Any string at all, or a draft: what a property over "any text" should try. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: draft },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 80 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 80 }) },
);

/**
 * A well-formed numbered draft (headings of nested styles with some numbers
 * skipped or repeated, body lines from the corpus) as separate lines, so a test
 * can rebuild it with other line breaks, padding, a BOM or emoji.
 */
export interface DraftLines {
  lines: { heading: string; body: string }[];
}

export const numberedDraftLines: fc.Arbitrary<DraftLines> = fc
  .array(
    fc.record({
      depth: fc.integer({ min: 0, max: 2 }),
      step: fc.constantFrom(1, 1, 1, 2, 0),
      body: fc.oneof(fragment, fc.tuple(enumeratorToken, fragment).map(([e, f]) => e + f), fc.constant("")),
      after: fc.option(fragment, { nil: "" }),
    }),
    { minLength: 1, maxLength: 8 },
  )
  .map((items) => {
    const counters = [0, 0, 0];
    const lines: { heading: string; body: string }[] = [];
    for (const it of items) {
      counters[it.depth] = Math.max(1, counters[it.depth] + it.step);
      for (let d = it.depth + 1; d < counters.length; d++) counters[d] = 0;
      lines.push({ heading: SHAPES[it.depth][0].replace("N", numeralOf(it.depth, counters[it.depth], false)), body: it.body });
      if (it.after) lines.push({ heading: "", body: it.after });
    }
    return { lines };
  });
