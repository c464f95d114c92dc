/**
 * Numbering in spoken speeches and lists in quotes: spoken ordinals (第一呢,
 * 第一个, 头一件事, 再一个) start and continue runs, idioms (一是一、二是二) are
 * no enumerators, and a count over quoted names is checked.
 */
import * as assert from "assert";
import { parseDocument } from "../../server/src/core";
import { applyAllFixes, check, flagged } from "./numbering.helpers";

const enumeratorTexts = (text: string) => parseDocument(text).enumerators.map((e) => e.text);

describe("numbering: spoken ordinals start and continue runs", () => {
  const speech = (items: string[]) => `今天我简单讲三点。\n${items.join("\n")}`;
  it("我简单讲三点 followed by 第一呢…第二…第三…第四 is a numbering.count slip", () => {
    const text = speech(["第一呢，要把安全放在心上。", "第二，要把环境卫生搞干净。", "第三，要把矛盾化解在家门口。", "第四，要把好事办好。"]);
    const fs = check(text);
    assert.deepStrictEqual(fs.map((f) => `${f.code} ${text.slice(f.span.start, f.span.end)}`), ["numbering.count 讲三点"]);
    assert.match(fs[0].message, /实际有 4 项（“第一呢”至“第四”）/);
    assert.ok(applyAllFixes(text, fs).startsWith("今天我简单讲四点。"));
  });
  it("negative: 第二 after 第一呢 is in order; three items for 三点", () => {
    const text = speech(["第一呢，要把安全放在心上。", "第二，要把环境卫生搞干净。", "第三，要把矛盾化解在家门口。"]);
    assert.deepStrictEqual(check(text), []);
    assert.deepStrictEqual(enumeratorTexts(text), ["第一呢", "第二", "第三"]);
  });
  it("第一个, 第二呢, 第三点 are ordinals; a gap among them keeps the spoken form in the message", () => {
    const text = "第一个，大家要注意用电安全。第二个呢，要把垃圾分类搞好。第四个，要团结邻里。";
    const fs = check(text);
    assert.deepStrictEqual(fs.map((f) => `${f.code} ${text.slice(f.span.start, f.span.end)}`), ["numbering.enumerator 第四个"]);
    assert.match(fs[0].message, /应为“第三个”/);
    assert.deepStrictEqual(check("第一个，大家要注意用电安全。第二个呢，要把垃圾分类搞好。第三点，要团结邻里。"), []);
  });
  it("头一件事 starts a run and 再一个 continues it", () => {
    const text = "我讲四点。\n头一件事，大家要注意安全。\n第二呢，要搞好卫生。\n再一个，要团结。";
    const parsed = parseDocument(text);
    assert.deepStrictEqual(parsed.enumerators.map((e) => `${e.text}:${e.ordinal}`), ["头一件事:1", "第二呢:2", "再一个:3"]);
    const fs = check(text);
    assert.deepStrictEqual(fs.map((f) => `${f.code} ${text.slice(f.span.start, f.span.end)}`), ["numbering.count 讲四点"]);
    assert.match(fs[0].message, /实际有 3 项（“头一件事”至“再一个”）/);
    assert.deepStrictEqual(check(text.replace("讲四点", "讲三点")), []);
  });
  it("再一个 that the next 第N numbers past is a point inside the item before, not an item", () => {
    const text = "我讲三点。\n第一个呢，讲讲去年的事。\n第二个呢，讲讲今年的事。\n再一个，说到物业费，我多说两句。\n第三个呢，就是安全的事情。";
    assert.deepStrictEqual(enumeratorTexts(text), ["第一个呢", "第二个呢", "第三个呢"]);
    assert.deepStrictEqual(check(text), []);
    // 第一呢…再一个…第三个: here it fills 第二 and is an item.
    const fills = "我讲三点。\n第一呢，讲讲去年的事。\n再一个，讲讲今年的事。\n第三个，就是安全的事情。";
    assert.deepStrictEqual(enumeratorTexts(fills), ["第一呢", "再一个", "第三个"]);
    assert.deepStrictEqual(check(fills), []);
  });
  it("negative: 再一个 with no ordinal before it, 头一回, 第一个五年计划 are prose", () => {
    assert.deepStrictEqual(enumeratorTexts("再一个，要团结。"), []);
    assert.deepStrictEqual(enumeratorTexts("头一回来到这里，感到很亲切。"), []);
    assert.deepStrictEqual(enumeratorTexts("第一个五年计划期间，全县建起了工厂。"), []);
    assert.deepStrictEqual(check("再一个，要团结。头一回来到这里。"), []);
  });
  it("a gap after 头一件事 is reported, and not renumbered through the spoken form", () => {
    const text = "头一件事，大家要注意安全。第二件事，要搞好卫生。第四件事，要团结。";
    const fs = check(text);
    assert.deepStrictEqual(flagged(text), ["第四件事"]);
    assert.match(fs[0].message, /应为“第三件事”/);
  });
});

describe("numbering: idioms are not enumerators", () => {
  it("一是一、二是二, 一就是一，二就是二, 说一不二 make no enumerator", () => {
    assert.deepStrictEqual(enumeratorTexts("坚持原则。\n一是一、二是二，不打折扣。"), []);
    assert.deepStrictEqual(enumeratorTexts("我们做事情一是一，二是二。"), []);
    assert.deepStrictEqual(enumeratorTexts("一就是一，二就是二，说一不二。"), []);
  });
  it("still items: 一是一些干部…, 一是一流…: the idiom needs a break after the second numeral", () => {
    assert.deepStrictEqual(enumeratorTexts("一是一些干部作风不实。\n二是一些单位落实不力。\n三是督查不够。"), ["一是", "二是", "三是"]);
    assert.deepStrictEqual(enumeratorTexts("一是一流营商环境还没形成。二是服务不到位。"), ["一是", "二是"]);
    assert.deepStrictEqual(check("一是一些干部作风不实。\n二是一些单位落实不力。\n三是督查不够。"), []);
  });
  it("never a lone 一是: 一是一、二是二 opening a paragraph", () => {
    assert.deepStrictEqual(check("坚持原则。\n一是一、二是二，不打折扣。\n我们还要加强督查。"), []);
  });
  it("never a run: the idiom inside an item does not join the list", () => {
    const text = "一是加强学习。\n二是严守纪律，一是一，二是二，不搞变通。\n三是加强督查。";
    assert.deepStrictEqual(check(text), []);
    assert.deepStrictEqual(enumeratorTexts(text), ["一是", "二是", "三是"]);
    assert.deepStrictEqual(check("说一不二，一就是一。\n一是加强学习。\n二是严守纪律。"), []);
  });
});

describe("numbering.count over quoted items", () => {
  it("推出四条精品线路：“…”“…”“…” (three quoted names) is a numbering.count slip", () => {
    const text = "今年，我们推出四条精品线路：“红色记忆之旅”“山水田园之旅”“古镇文化之旅”。";
    const fs = check(text);
    assert.deepStrictEqual(fs.map((f) => `${f.code} ${text.slice(f.span.start, f.span.end)}`), ["numbering.count 四条"]);
    assert.match(fs[0].message, /实际有 3 项（“红色记忆之旅”至“古镇文化之旅”）/);
    assert.strictEqual(applyAllFixes(text, fs), text.replace("四条", "三条"));
  });
  it("三个“…”：“…”“…” is one too", () => {
    const text = "重点抓好三个“一批”：“引进一批”“培育一批”。";
    assert.deepStrictEqual(flagged(text, "numbering.count"), ["三个“一批”"]);
    assert.match(check(text)[0].message, /实际有 2 项/);
  });
  it("any classifier before the colon (四大品牌), names joined by 、 and 和", () => {
    assert.deepStrictEqual(flagged("推出四大品牌：“山水”、“田园”和“古镇”。", "numbering.count"), ["四大品牌"]);
  });
  it("negative: as many names as announced; a list that goes on (等, more words); a count inside quotes", () => {
    assert.deepStrictEqual(check("今年，我们推出三条精品线路：“红色记忆之旅”“山水田园之旅”“古镇文化之旅”。"), []);
    assert.deepStrictEqual(check("重点抓好三个“一批”：“引进一批”“培育一批”“储备一批”。"), []);
    assert.deepStrictEqual(check("推出四大品牌：“山水”“田园”“古镇”等。"), []);
    assert.deepStrictEqual(check("推出四大品牌：“山水”“田园”“古镇”三个系列。"), []);
    assert.deepStrictEqual(check("全党同志要牢记“三个务必”：“务必不忘初心”“务必谦虚谨慎”。"), []);
  });
});

describe("numbering: spoken matters and their points, announced programmes", () => {
  it("头一件…第二件…第三件事 after 先说/再说 is one run; the 头一个…第三个 inside it is another", () => {
    const text = [
      "今天就说三件事。",
      "先说头一件，亮家底。村集体经济收入68.5万元。",
      "再说第二件，今年的几件大事。",
      "头一个，修路。第二个，建冷库。第三个，高标准农田。",
      "第三件事，说说土地流转。",
    ].join("\n");
    assert.deepStrictEqual(check(text), []);
    const gap = text.replace("第三件事，", "第四件事，");
    const fs = check(gap);
    assert.deepStrictEqual(fs.map((f) => `${f.code} ${gap.slice(f.span.start, f.span.end)}`), ["numbering.enumerator 第四件事"]);
  });
  it("首先啊，我代表… with nothing after it stands alone; a 最后 later answers it", () => {
    const alone = "首先啊，我代表村“两委”，感谢大家来开这个会。\n今天说说村里的事。";
    assert.deepStrictEqual(check(alone).map((f) => f.code), ["numbering.enumerator"]);
    assert.deepStrictEqual(check(alone + "\n最后啊，祝大家身体健康！"), []);
  });
  it("主要做了五个方面的工作, 重点实施六大行动 announce the headings that follow", () => {
    const body = (lead: string, n: number) => ["一、主要工作", lead, ...Array.from({ length: n }, (_, k) => `（${"一二三四五六七"[k]}）第${k + 1}项工作。推进落实。`), "二、下步打算", "做好工作。"].join("\n");
    const five = body("过去一年，主要做了五个方面的工作。", 4);
    const fs = check(five);
    assert.deepStrictEqual(fs.map((f) => `${f.code} ${five.slice(f.span.start, f.span.end)}`), ["numbering.count 五个方面"]);
    assert.deepStrictEqual(check(body("过去一年，主要做了四个方面的工作。", 4)), []);
    const six = body("围绕上述目标，重点实施六大行动。", 7);
    assert.deepStrictEqual(check(six).map((f) => `${f.code} ${six.slice(f.span.start, f.span.end)}`), ["numbering.count 六大行动"]);
    assert.deepStrictEqual(check(body("围绕上述目标，重点实施七大行动。", 7)), []);
  });
});

describe("numbering: spoken counts of matters (三个事儿)", () => {
  it("我主要说三个事儿：一是…四是 is a count slip; three items are not", () => {
    const text = "今天我主要说三个事儿：一是改造的事儿，二是物业的事儿，三是加装电梯的事儿，四是大家伙儿怎么参与的事儿。";
    const fs = check(text);
    assert.deepStrictEqual(fs.map((f) => `${f.code} ${text.slice(f.span.start, f.span.end)}`), ["numbering.count 三个事儿"]);
    assert.deepStrictEqual(check("今天我主要说三个事儿：一是改造的事儿，二是物业的事儿，三是加装电梯的事儿。"), []);
  });
});

describe("numbering: 提四个小小的希望", () => {
  it("a count of hopes with words between is checked against the ordinals after it", () => {
    const text = (n: string) => `新学期，我想给同学们提${n}个小小的希望。\n第一，做一个讲文明的孩子。\n第二，做一个爱学习的孩子。\n第三，做一个爱运动的孩子。`;
    const fs = check(text("四"));
    assert.deepStrictEqual(fs.map((f) => f.code), ["numbering.count"]);
    assert.deepStrictEqual(check(text("三")), []);
  });
});

describe("numbering: counts over named lists and features", () => {
  it("重点实施六大工程：A工程、B工程… counts the names that end with 工程", () => {
    const text = (n: string) => `“十五五”时期，重点实施${n}大工程：县级医院能力提升工程、基层医疗卫生服务能力提升工程、公共卫生防控救治能力提升工程、智慧医疗建设工程、卫生健康人才队伍建设工程。`;
    const fs = check(text("六"));
    assert.deepStrictEqual(fs.map((f) => f.code), ["numbering.count"]);
    assert.match(fs[0].message, /5 项/);
    assert.deepStrictEqual(check(text("五")), []);
    // Names that do not all end with the noun are no such list.
    assert.deepStrictEqual(check("重点实施六大工程：医院提升、基层服务、公共卫生、智慧医疗、人才队伍。"), []);
  });
  it("呈现出三个鲜明特点：一是…四是", () => {
    const text = "本届旅游节呈现出三个鲜明特点：一是活动内容更加丰富，二是群众参与更加广泛，三是综合效益更加明显，四是办节水平更加专业。";
    assert.deepStrictEqual(check(text).map((f) => f.code), ["numbering.count"]);
    assert.deepStrictEqual(check(text.replace("三个", "四个")), []);
  });
});

describe("numbering: spoken points numbered only in part", () => {
  it("第一个事儿…第四个事儿 after 说三个事儿 is a count slip", () => {
    const text = "今天我说三个事儿。\n第一个事儿，是垃圾分类。\n第二个事儿，是停车。\n第三个事儿，是加装电梯。\n第四个事儿，是物业费。";
    assert.deepStrictEqual(check(text).map((f) => f.code), ["numbering.count"]);
  });
  it("negative: 先说改造…再说物业…第三个事儿，加装电梯 is no gap; 第一条 of a regulation is no spoken ordinal", () => {
    assert.deepStrictEqual(check("先说改造。咱们小区是老小区。\n再说物业。物业费收缴率提高了。\n第三个事儿，加装电梯。"), []);
    assert.deepStrictEqual(check("第一条，要坚持党的领导。"), []);
  });
});

describe("numbering: an inline list after the colon is the announced list", () => {
  it("唠三件事：一是…四是, then 先说第一件事。… 第三件事: the inline run is counted; 第一件事。 opens the spoken run", () => {
    const text = "今天啊，我主要跟大家唠三件事：一是说说这一年；二是讲讲怎么分；三是说说撤桶并点；四是听听大家的意见。\n先说第一件事。咱们社区两个小区。\n第二件事，到底怎么分。\n第三件事，就是撤桶并点。";
    assert.deepStrictEqual(check(text).map((f) => `${f.code} ${text.slice(f.span.start, f.span.end)}`), ["numbering.count 三件事"]);
  });
  it("呈现出三个鲜明特点。 at the end of a paragraph counts the 一是 run of the next", () => {
    const text = "本届运动会呈现出三个鲜明特点。\n一是参与面广。\n二是水平提高。\n三是组织有序。\n四是保障有力。";
    assert.deepStrictEqual(check(text).map((f) => f.code), ["numbering.count"]);
  });
});

describe("numbering: an item written a level off after a sibling of its own rank", () => {
  it("（三） 1. （二） 3. （四）: （二） stands for 2., one hierarchy finding and nothing else", () => {
    const text = ["一、主要工作成效", "（一）参保扩面", "1.参保规模扩大。", "2.重点群体应保尽保。", "（二）待遇提高", "1.养老金上调。", "2.居民待遇提高。", "（三）制度改革", "1.全国统筹实施。", "（二）个人养老金全面推开。", "3.延迟退休平稳起步。", "（四）经办服务", "加强监管。"].join("\n");
    const fs = check(text);
    assert.deepStrictEqual(fs.map((f) => `${f.code} ${text.slice(f.span.start, f.span.end)}`), ["numbering.hierarchy （二）"]);
  });
});

describe("numbering: 分享三点体会, 我有三点深刻感受", () => {
  it("counts announced with 分享 or 有, and a word of quality before the noun", () => {
    const heads = (n: number) => Array.from({ length: n }, (_, k) => `${"一二三四"[k]}是第${k + 1}点。`).join("");
    assert.deepStrictEqual(check(`我有三点深刻感受：${heads(4)}`).map((f) => f.code), ["numbering.count"]);
    assert.deepStrictEqual(check(`我有三点深刻感受：${heads(3)}`), []);
    const text = (n: number) => ["我想与大家分享三点体会。", ...Array.from({ length: n }, (_, k) => `${"一二三四"[k]}、第${k + 1}点体会`), ].join("\n");
    assert.deepStrictEqual(check(text(4)).map((f) => f.code), ["numbering.count"]);
  });
});

describe("numbering: 送大家两句话, 就…强调四个方面", () => {
  it("a count of 句话 before a colon, and 强调 announcing the parts that follow", () => {
    const inline = (n: number) => `我送大家两句话：${Array.from({ length: n }, (_, k) => `${"一二三四"[k]}是第${k + 1}句`).join("；")}。`;
    assert.deepStrictEqual(check(inline(3)).map((f) => f.code), ["numbering.count"]);
    assert.deepStrictEqual(check(inline(2)), []);
    const headed = (n: number) => ["下面，我就做好迎检工作强调四个方面。", ...Array.from({ length: n }, (_, k) => `${"一二三四"[k]}、第${k + 1}个方面`)].join("\n");
    assert.deepStrictEqual(check(headed(3)).map((f) => f.code), ["numbering.count"]);
    assert.deepStrictEqual(check(headed(4)), []);
  });
  it("negative: 两句话 in running text with no list after it", () => {
    assert.deepStrictEqual(check("他只说了两句话就走了。\n一、会议情况"), []);
  });
});

describe("numbering: 我们有四点深刻体会", () => {
  it("我们有 announces points too", () => {
    const text = (n: number) => ["回顾三十年的发展历程，我们有四点深刻体会。", ...Array.from({ length: n }, (_, k) => `（${"一二三四"[k]}）第${k + 1}点体会`)].join("\n");
    assert.deepStrictEqual(check(text(3)).map((f) => f.code), ["numbering.count"]);
    assert.deepStrictEqual(check(text(4)), []);
  });
});

describe("numbering: an item written a level deeper still counts", () => {
  it("讲四点意见 over 一、二、（三）四、: four items, one style finding", () => {
    const text = ["下面，我讲四点意见。", "一、充分肯定成绩", "正文。", "二、清醒认识形势", "正文。", "（三）突出重点，守牢底线", "正文。", "四、强化保障", "正文。"].join("\n");
    assert.deepStrictEqual(check(text).map((f) => f.code), ["numbering.style"]);
    assert.deepStrictEqual(check(text.replace("讲四点", "讲三点")).map((f) => f.code), ["numbering.count", "numbering.style"]);
  });
});

describe("numbering: a list opened inside a paragraph going on at the next paragraphs' starts", () => {
  it("第三件事… / 下一步，一是… / 二是… / 三是… / 最后说第四件事: two lists, no finding", () => {
    const text = ["今天就说四件事。", "第一件事，说说成绩。", "正文。", "第二件事，说说问题。", "正文。", "第三件事，说说下一步怎么干。", "下一步，一是接待要常态化。每月接待。", "二是办理要见实效。建立台账。", "三是要用好数字化手段。开通线上。", "第四件事，给代表们提点要求。"].join("\n");
    assert.deepStrictEqual(check(text).map((f) => f.code), []);
    // The inner list still has its own gaps.
    assert.deepStrictEqual(check(text.replace("三是要用好", "四是要用好")).map((f) => `${f.code} ${text.replace("三是要用好", "四是要用好").slice(f.span.start, f.span.end)}`), ["numbering.enumerator 四是"]);
  });
  it("社区一是…；三是…: a 一是 after a word opens a run that skips 二是, and the gap is reported", () => {
    const text = "对于一时解决不了的难题，社区一是召开协调会，请部门一起会商；三是建立销号台账，一件一件盯到底。";
    assert.deepStrictEqual(check(text).map((f) => text.slice(f.span.start, f.span.end)), ["三是"]);
    assert.deepStrictEqual(check(text.replace("三是", "二是")).map((f) => f.code), []);
  });
  it("第一件事…第二，…第三件事 announced as 三件事: the item said without 件 still counts", () => {
    const text = ["今天就说三件事。", "第一件事，说说成绩。", "正文。", "第二，说说问题。", "正文。", "最后说第三件事，提点要求。"].join("\n");
    assert.deepStrictEqual(check(text).filter((f) => f.code === "numbering.count").length, 0);
  });
});
