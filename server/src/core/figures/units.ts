/**
 * Units of measure for figures, each with its dimension and its scale to the
 * dimension's base unit, so 5000万元 and 0.5亿元 compare equal.
 */

export type Dimension =
  | "money" | "usd" | "people" | "personTimes" | "households" | "area" | "mass" | "power" | "energy"
  | "length" | "count" | "percent" | "permille" | "points" | "multiple" | "time" | "concentration" | "score" | "age" | "dose" | "collectiveDose" | "perHundredThousand" | "computing" | "volume";

export interface UnitInfo {
  /** The unit as written, without a number multiplier (元, 千瓦, 个百分点). */
  unit: string;
  dimension: Dimension;
  /** Base units per one of this unit. */
  scale: number;
}

/** Base unit names, for display. */
export const BASE_UNIT: Record<Dimension, string> = {
  money: "元", usd: "美元", people: "人", personTimes: "人次", households: "户", area: "平方米", mass: "千克",
  power: "千瓦", energy: "千瓦时", length: "米", count: "个", percent: "%", permille: "‰", points: "个百分点",
  multiple: "倍", time: "天", concentration: "微克/立方米", score: "分", age: "岁", dose: "希沃特", collectiveDose: "人·希沃特", perHundredThousand: "/10万", computing: "P", volume: "立方米",
};

/**
 * Classifiers that count things: all compare as one dimension, so 14项 and 14个 agree.
 * Counts of visits and loans (借阅236.5万册次, 检查企业326家次) keep their 次, so no stray 次 cuts a figure off from what follows.
 */
const COUNT_WORDS = "人份 头份 羽份 剂次 学时 课时 例 批次 场次 件次 架次 车次 班次 台次 册次 户次 家次 辆次 艘次 块 对 期 个 项 家 件 所 座 条 台 辆 套 场 次 批 部 处 栋 间 张 株 头 只 篇 本 册 起 宗 份 款 类 种 艘 门 架 支 枚 棵 盏 片 粒 笔 具 箱 卷 标箱 标准箱".split(" ");

const TABLE: UnitInfo[] = [
  { unit: "元", dimension: "money", scale: 1 },
  // PM2.5平均浓度32.6微克/立方米: air quality, the most restated figure of an ecology report.
  { unit: "微克/立方米", dimension: "concentration", scale: 1 },
  { unit: "毫克/立方米", dimension: "concentration", scale: 1000 },
  { unit: "美元", dimension: "usd", scale: 1 },
  { unit: "块钱", dimension: "money", scale: 1 },
  { unit: "人次", dimension: "personTimes", scale: 1 },
  { unit: "人", dimension: "people", scale: 1 },
  { unit: "名", dimension: "people", scale: 1 },
  // 1860位老人: 位 counts people (the polite classifier), as 名 and 人 do.
  { unit: "位", dimension: "people", scale: 1 },
  // 全村1286口人: a village counts its people by 口.
  { unit: "口人", dimension: "people", scale: 1 },
  { unit: "户", dimension: "households", scale: 1 },
  { unit: "平方公里", dimension: "area", scale: 1e6 },
  { unit: "平方千米", dimension: "area", scale: 1e6 },
  { unit: "平方米", dimension: "area", scale: 1 },
  { unit: "公顷", dimension: "area", scale: 1e4 },
  { unit: "亩", dimension: "area", scale: 10000 / 15 },
  { unit: "吨", dimension: "mass", scale: 1000 },
  // 手持订单156艘、1860万载重吨: a fleet's or an order book's deadweight, in tons.
  { unit: "载重吨", dimension: "mass", scale: 1000 },
  { unit: "公斤", dimension: "mass", scale: 1 },
  { unit: "千克", dimension: "mass", scale: 1 },
  { unit: "斤", dimension: "mass", scale: 0.5 },
  { unit: "千瓦时", dimension: "energy", scale: 1 },
  // 储能电池出货量58.6吉瓦时, 装机1.2吉瓦: the units of the energy industry's reports.
  { unit: "兆瓦时", dimension: "energy", scale: 1000 },
  { unit: "吉瓦时", dimension: "energy", scale: 1e6 },
  { unit: "太瓦时", dimension: "energy", scale: 1e9 },
  { unit: "吉瓦", dimension: "power", scale: 1e6 },
  { unit: "度", dimension: "energy", scale: 1 },
  { unit: "千瓦", dimension: "power", scale: 1 },
  { unit: "兆瓦", dimension: "power", scale: 1000 },
  { unit: "瓦", dimension: "power", scale: 0.001 },
  // 增加降水约1.36亿立方米, 新增蓄水能力2800万立方米: water and earthworks in cubic metres.
  { unit: "立方米", dimension: "volume", scale: 1 },
  { unit: "公里", dimension: "length", scale: 1000 },
  { unit: "千米", dimension: "length", scale: 1000 },
  { unit: "米", dimension: "length", scale: 1 },
  { unit: "厘米", dimension: "length", scale: 0.01 },
  { unit: "毫米", dimension: "length", scale: 0.001 },
  // 个人最大剂量8.6毫希沃特, 大修集体剂量0.482人·希沃特: a nuclear plant's radiation doses, one person's and a crew's.
  { unit: "希沃特", dimension: "dose", scale: 1 },
  { unit: "毫希沃特", dimension: "dose", scale: 0.001 },
  { unit: "微希沃特", dimension: "dose", scale: 1e-6 },
  { unit: "人·希沃特", dimension: "collectiveDose", scale: 1 },
  { unit: "人·毫希沃特", dimension: "collectiveDose", scale: 0.001 },
  // 智能算力规模4800P, 2.5EFLOPS: computing power (P: a petaflop of the reports' own shorthand).
  { unit: "P", dimension: "computing", scale: 1 },
  { unit: "PFLOPS", dimension: "computing", scale: 1 },
  { unit: "EFLOPS", dimension: "computing", scale: 1000 },
  // 肺结核报告发病率12.01/10万, 孕产妇死亡率8.2/10万: a rate per 100,000 people.
  { unit: "/10万", dimension: "perHundredThousand", scale: 1 },
  { unit: "/十万", dimension: "perHundredThousand", scale: 1 },
  { unit: "个百分点", dimension: "points", scale: 1 },
  { unit: "百分点", dimension: "points", scale: 1 },
  { unit: "%", dimension: "percent", scale: 1 },
  { unit: "％", dimension: "percent", scale: 1 },
  { unit: "‰", dimension: "permille", scale: 1 },
  { unit: "倍", dimension: "multiple", scale: 1 },
  { unit: "个月", dimension: "time", scale: 30 },
  { unit: "年", dimension: "time", scale: 365 },
  { unit: "天", dimension: "time", scale: 1 },
  // 适应期约3周: weeks (周年 and 周岁 are not: the scanner reads the character after).
  { unit: "周", dimension: "time", scale: 7 },
  { unit: "小时", dimension: "time", scale: 1 / 24 },
  // 暴雨预警平均提前量51分钟; 主汛期降水量约480毫米: the weather and response times of field reports.
  { unit: "分钟", dimension: "time", scale: 1 / 1440 },
  // 全班平均分486.5分: a school's scores (not a time of day, 10时30分: the scanner skips those).
  { unit: "分", dimension: "score", scale: 1 },
  // 人均预期寿命79.6岁, 平均年龄36.2岁: an age is a figure only as a life expectancy or an average (the scanner checks).
  { unit: "岁", dimension: "age", scale: 1 },
  ...COUNT_WORDS.map((unit) => ({ unit, dimension: "count" as const, scale: 1 })),
];

const BY_UNIT = new Map(TABLE.map((u) => [u.unit, u]));

/** Unit words, longest first, for the scanner's regular expression. */
export const UNIT_WORDS: string[] = TABLE.map((u) => u.unit).sort((a, b) => b.length - a.length);

export const MULTIPLIERS: Record<string, number> = { 万亿: 1e12, 亿: 1e8, 万: 1e4, 千: 1e3, 百: 1e2 };

export function unitInfo(unit: string): UnitInfo | undefined {
  return BY_UNIT.get(unit);
}

/**
 * Reads a unit as a target table writes it: an optional multiplier and a unit
 * (亿元, 万人, 万千瓦, %, 个百分点), or a bare multiplier (万 = count).
 */
export function parseUnit(text: string): { dimension: Dimension; scale: number; unit: string } | undefined {
  const t = text.trim();
  const direct = BY_UNIT.get(t);
  if (direct) return { dimension: direct.dimension, scale: direct.scale, unit: t };
  for (const m of ["万亿", "亿", "万", "千", "百"]) {
    if (!t.startsWith(m)) continue;
    const rest = t.slice(m.length);
    const base = rest === "" ? { dimension: "count" as const, scale: 1 } : BY_UNIT.get(rest);
    if (base) return { dimension: base.dimension, scale: base.scale * MULTIPLIERS[m], unit: t };
  }
  return undefined;
}

/** Formats a value in base units with the largest of 亿/万 that keeps it readable. */
export function formatBase(value: number, dimension: Dimension): string {
  const unit = BASE_UNIT[dimension];
  const round = (x: number) => String(Number(x.toPrecision(6)));
  if (dimension === "money" || dimension === "people" || dimension === "count" || dimension === "usd" || dimension === "personTimes" || dimension === "households") {
    const a = Math.abs(value);
    if (a >= 1e8) return round(value / 1e8) + "亿" + unit;
    if (a >= 1e4) return round(value / 1e4) + "万" + unit;
  }
  if (dimension === "area" && Math.abs(value) >= 1e4) return round(value / (10000 / 15)) + "亩";
  if (dimension === "mass" && Math.abs(value) >= 1e7) return round(value / 1e7) + "万吨";
  if (dimension === "mass" && Math.abs(value) >= 1e3) return round(value / 1e3) + "吨";
  if (dimension === "time") return round(value) + "天";
  if (dimension === "volume" && Math.abs(value) >= 1e8) return round(value / 1e8) + "亿立方米";
  if (dimension === "volume" && Math.abs(value) >= 1e4) return round(value / 1e4) + "万立方米";
  return round(value) + unit;
}
