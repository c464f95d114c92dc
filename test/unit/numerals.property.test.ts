/**
 * Property, over every integer 1–9,999 (not a sample): written in Chinese numerals
 * (一百一十一, 一百零五, 一千一百一十一, and with 两 for a leading 2 of 百/千: 两千零二十五),
 * it parses back to itself as a numeral, as the number of a 一、 and a （一） heading,
 * of a 第N条 article (also in Arabic digits) and of a 第N章 chapter, and as a figure (from 十 on: 一个 is a word).
 */
import * as assert from "assert";
import { formatChineseNumeral, parseChineseNumeral } from "../../server/src/core/numerals";
import { matchHeading } from "../../server/src/core/document/headings";
import { parseChineseNumber } from "../../server/src/core/figures/numbers";
import { scanParagraph } from "../../server/src/core/figures/scan";

const ALL = Array.from({ length: 9999 }, (_, i) => i + 1);
/** The other ways offices write the same number: 两 for a leading 2 before 百 or 千 (两千零二十五, 两百). */
const variants = (n: number): string[] => {
  const canonical = formatChineseNumeral(n);
  const out = [canonical];
  if (/^二[百千]/.test(canonical)) out.push("两" + canonical.slice(1));
  if (n >= 10 && n < 20) out.push("一" + canonical);
  return out;
};

describe("Chinese numerals 1–9,999 parse back to themselves (property, exhaustive)", () => {
  it("spot checks: the forms the issue names, and malformed ones refused", () => {
    assert.strictEqual(formatChineseNumeral(111), "一百一十一");
    assert.strictEqual(formatChineseNumeral(105), "一百零五");
    assert.strictEqual(formatChineseNumeral(1111), "一千一百一十一");
    assert.strictEqual(formatChineseNumeral(2025), "二千零二十五");
    assert.strictEqual(parseChineseNumeral("两千零二十五"), 2025);
    assert.strictEqual(parseChineseNumeral("一千零一十"), 1010);
    for (const bad of ["二三", "一〇一", "百", "一千百", "十百", "零五", "一百零", "一百一", "一十零", "一百零十"]) assert.strictEqual(parseChineseNumeral(bad), undefined, bad);
  });

  it("as numerals and as figures (数量: 共N个)", () => {
    for (const n of ALL) {
      for (const cn of variants(n)) {
        assert.strictEqual(parseChineseNumeral(cn), n, cn);
        assert.strictEqual(parseChineseNumber(cn)?.value, n, cn);
      }
      // A lone digit (一个) is too common in words to be a figure: from 十 on.
      if (n < 10) continue;
      const cn = formatChineseNumeral(n);
      const figure = scanParagraph(`全县共有${cn}个村。`).figures[0];
      assert.strictEqual(figure?.written, n, `共有${cn}个村`);
    }
  });

  it("as heading numbers (N、 and （N）), article numbers (第N条, Chinese and Arabic) and chapter numbers", () => {
    for (const n of ALL) {
      const cn = formatChineseNumeral(n);
      const dun = matchHeading(`${cn}、加强组织领导`, 0);
      assert.strictEqual(dun?.style, "cn-dun", `${cn}、`);
      assert.strictEqual(dun?.token?.number, n, `${cn}、`);
      assert.strictEqual(matchHeading(`（${cn}）加强组织领导`, 0)?.token?.number, n, `（${cn}）`);
      for (const written of [cn, String(n)]) {
        const article = matchHeading(`第${written}条　本办法自发布之日起施行。`, 0);
        assert.strictEqual(article?.style, "article", `第${written}条`);
        assert.strictEqual(article?.token?.number, n, `第${written}条`);
        assert.strictEqual(matchHeading(`第${written}章　附则`, 0)?.token?.number, n, `第${written}章`);
      }
    }
  });

  it("a round amount listed with another (一千、两千元, 一百、二百米) is not heading one thousand", () => {
    assert.strictEqual(matchHeading("一千、两千元的补助标准不变。", 0), undefined);
    assert.strictEqual(matchHeading("一百、二百米的距离。", 0), undefined);
  });
});
