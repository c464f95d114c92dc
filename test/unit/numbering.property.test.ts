/**
 * Property: take a correctly numbered generated draft, break its numbering at random
 * (heading numbers in the runs of one depth, token punctuation anywhere, 一是 ordinals
 * and forms), apply the first fix of every numbering finding at once, and get the
 * original draft back, with no numbering finding left.
 */
import * as assert from "assert";
import fc from "fast-check";
import { DEFAULT_SETTINGS } from "../../server/src/core";
import { formatArabic, formatChineseNumeral, formatCircled } from "../../server/src/core/numerals";
import { PROPERTY_RUNS, PROPERTY_SEED, anyText } from "../support/generators";
import { applyAllFixes, check } from "./numbering.helpers";
import { parseDocument } from "../../server/src/core";
import { numberingCheck } from "../../server/src/core/numbering";

const RUNS = process.env.FAST_CHECK_RUNS ? PROPERTY_RUNS : 300;
const params = { numRuns: RUNS, seed: PROPERTY_SEED };

type Style = "cn-dun" | "cn-paren" | "arabic-dot" | "arabic-paren" | "circled";
const STYLES: Style[] = ["cn-dun", "cn-paren", "arabic-dot", "arabic-paren", "circled"];
const ACCEPTED: Record<Style, string[]> = {
  "cn-dun": DEFAULT_SETTINGS["lectern.numbering.cnDun"],
  "cn-paren": DEFAULT_SETTINGS["lectern.numbering.cnParen"],
  "arabic-dot": DEFAULT_SETTINGS["lectern.numbering.arabicDot"],
  "arabic-paren": DEFAULT_SETTINGS["lectern.numbering.arabicParen"],
  circled: DEFAULT_SETTINGS["lectern.numbering.circled"],
};
/** Shapes a writer gets wrong, per style (none of them accepted by default). */
const WRONG: Record<Style, string[]> = {
  "cn-dun": ["N.", "N，", "N．"],
  "cn-paren": ["（N）、", "(N)", "（N)", "(N)、"],
  "arabic-dot": ["N、", "N，"],
  "arabic-paren": ["(N)", "（N）、", "(N)、"],
  circled: ["N、", "N."],
};
const TITLES = ["加强组织领导", "压实工作责任", "推动高质量发展", "保障和改善民生", "深化改革开放", "防范化解风险"];
const BODIES = ["要提高政治站位，切实把思想统一到决策部署上来。", "各级各部门要认真抓好落实。", "确保各项任务落到实处、见到实效。", "要坚持问题导向，补齐短板弱项。"];

interface Node {
  shape: number;
  fullWidth: boolean;
  body: number;
  enumLen: number;
  enumYao: boolean;
  announce: boolean;
  children: Node[];
}

const node = (depth: number, maxDepth: number): fc.Arbitrary<Node> =>
  fc.record({
    shape: fc.nat(5),
    fullWidth: fc.boolean(),
    body: fc.nat(BODIES.length - 1),
    enumLen: fc.integer({ min: 0, max: 5 }),
    enumYao: fc.boolean(),
    announce: fc.boolean(),
    children: depth + 1 < maxDepth ? fc.array(node(depth + 1, maxDepth), { maxLength: depth === 0 ? 4 : 3 }) : fc.constant([]),
  });

interface Draft {
  ranks: number[];
  top: Node[];
  announceTop: boolean;
  breakLine: string;
}

const draftArb: fc.Arbitrary<Draft> = fc
  .subarray([0, 1, 2, 3, 4], { minLength: 1, maxLength: 3 })
  .chain((ranks) =>
    fc.record({
      ranks: fc.constant(ranks),
      top: fc.array(node(0, ranks.length), { minLength: 1, maxLength: 12 }),
      announceTop: fc.boolean(),
      breakLine: fc.constantFrom("\n", "\r\n"),
    }),
  );

interface Breaks {
  depth: number;
  numbers: { pick: number; value: number }[];
  shapes: { pick: number; variant: number }[];
  ordinals: { pick: number; value: number }[];
  forms: { pick: number }[];
}

const breaksArb: fc.Arbitrary<Breaks> = fc.record({
  depth: fc.nat(2),
  numbers: fc.array(fc.record({ pick: fc.nat(), value: fc.integer({ min: 1, max: 15 }) }), { maxLength: 4 }),
  shapes: fc.array(fc.record({ pick: fc.nat(), variant: fc.nat() }), { maxLength: 4 }),
  ordinals: fc.array(fc.record({ pick: fc.nat(), value: fc.integer({ min: 2, max: 12 }) }), { maxLength: 3 }),
  forms: fc.array(fc.record({ pick: fc.nat() }), { maxLength: 2 }),
});

/** A heading or enumerator as rendered: its number and shape, which breaks may change. */
interface HeadingSlot {
  style: Style;
  depth: number;
  number: number;
  shape: string;
  fullWidth: boolean;
  /** Whether breaking its punctuation could change what its run is fixed to. */
  keepShape: boolean;
}
interface EnumSlot {
  run: number;
  runLength: number;
  ordinal: number;
  yao: boolean;
}

function numeral(style: Style, n: number, fullWidth: boolean): string {
  if (style === "circled") return formatCircled(n);
  if (style === "cn-dun" || style === "cn-paren") return formatChineseNumeral(n);
  return formatArabic(n, fullWidth);
}

/** Lays the draft out as slots and lines that refer to them, so it can be rendered broken or not. */
function layout(d: Draft) {
  const headings: HeadingSlot[] = [];
  const enums: EnumSlot[] = [];
  const lines: (string | { h: number; title: string } | { e: number; text: string })[] = ["关于做好当前重点工作的讲话", "同志们："];
  const pointsWord = (n: number) => (n === 2 ? "两" : formatChineseNumeral(n));
  lines.push(d.announceTop && d.top.length >= 2 ? `下面，我讲${pointsWord(d.top.length)}点意见。` : "今天召开这次会议，主要是部署当前工作。");
  let runs = 0;
  const place = (nodes: Node[], depth: number) => {
    const style = STYLES[d.ranks[depth]];
    const firstShape = nodes.length ? ACCEPTED[style][nodes[0].shape % ACCEPTED[style].length] : "";
    nodes.forEach((n, i) => {
      const shape = firstShape;
      headings.push({ style, depth, number: i + 1, shape, fullWidth: style.startsWith("arabic") && nodes[0].fullWidth, keepShape: i === 0 && shape !== ACCEPTED[style][0] });
      lines.push({ h: headings.length - 1, title: TITLES[(i + depth) % TITLES.length] });
      lines.push(BODIES[n.body]);
      if (n.enumLen >= 2) {
        const run = runs++;
        for (let k = 0; k < n.enumLen; k++) {
          enums.push({ run, runLength: n.enumLen, ordinal: k + 1, yao: n.enumYao });
          lines.push({ e: enums.length - 1, text: BODIES[(n.body + k) % BODIES.length] });
        }
      }
      if (n.children.length >= 2 && n.announce) lines.push(`重点抓好以下${pointsWord(n.children.length)}项工作：`);
      place(n.children, depth + 1);
    });
  };
  place(d.top, 0);
  return { headings, enums, lines };
}

function render(d: Draft, b?: Breaks): string {
  const { headings, enums, lines } = layout(d);
  if (b) {
    const atDepth = headings.filter((h) => h.depth === b.depth % d.ranks.length);
    for (const m of b.numbers) if (atDepth.length) atDepth[m.pick % atDepth.length].number = m.value;
    for (const m of b.shapes) {
      const h = headings[m.pick % headings.length];
      if (!h.keepShape) h.shape = WRONG[h.style][m.variant % WRONG[h.style].length];
    }
    if (enums.length) {
      for (const m of b.ordinals) enums[m.pick % enums.length].ordinal = m.value;
      // One item of a run of three or more changes form, so the run's majority stays.
      const flipped = new Set<number>();
      for (const m of b.forms) {
        const e = enums[m.pick % enums.length];
        if (e.runLength >= 3 && !flipped.has(e.run)) {
          flipped.add(e.run);
          e.yao = !e.yao;
        }
      }
    }
  }
  return lines
    .map((l) => {
      if (typeof l === "string") return l;
      if ("h" in l) {
        const h = headings[l.h];
        return h.shape.replace("N", numeral(h.style, h.number, h.fullWidth)) + l.title;
      }
      const e = enums[l.e];
      return formatChineseNumeral(e.ordinal) + (e.yao ? "要" : "是") + l.text;
    })
    .join(d.breakLine);
}

const NUMBERING = /^numbering\./;

describe("numbering: property — broken numbering is restored by its fixes", () => {
  it("generated drafts are clean before they are broken", () => {
    fc.assert(
      fc.property(draftArb, (d) => {
        assert.deepStrictEqual(check(render(d)).map((f) => f.message), []);
      }),
      params,
    );
  });

  it("applying every finding's first fix restores the draft, and every one of them is safe", () => {
    fc.assert(
      fc.property(draftArb, breaksArb, (d, b) => {
        const original = render(d);
        const broken = render(d, b);
        const findings = check(broken).filter((f) => NUMBERING.test(f.code));
        if (broken === original) return assert.deepStrictEqual(findings, []);
        assert.ok(findings.length > 0, "a broken draft has numbering findings");
        assert.ok(!findings.some((f) => f.code === "numbering.hierarchy" || f.code === "numbering.count"), "breaks of numbers and shapes are reported as such");
        const fixed = applyAllFixes(broken, findings, true);
        assert.strictEqual(fixed, original);
        assert.deepStrictEqual(check(fixed), []);
      }),
      params,
    );
  });

  it("never throws and keeps every span and edit inside the text, on any input", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const findings = numberingCheck.run(parseDocument(text), { settings: DEFAULT_SETTINGS, data: {} });
        for (const f of findings) {
          assert.ok(0 <= f.span.start && f.span.start <= f.span.end && f.span.end <= text.length);
          for (const fix of f.fixes ?? []) for (const e of fix.edits) assert.ok(0 <= e.span.start && e.span.start <= e.span.end && e.span.end <= text.length);
        }
        // The fixes of different findings never overlap, whatever the text.
        applyAllFixes(text, findings);
      }),
      { ...params, numRuns: Math.min(RUNS * 3, 2000) },
    );
  });
});
