/**
 * The metric a figure measures: the noun phrase before it in its clause (or
 * after it, for counts like 14项人才政策), read with jieba's part-of-speech
 * tags and normalised with the target table's aliases and a built-in list of
 * common statistical indicators.
 */
import { addWords, tagWords, type TaggedWord } from "../segmenter";
import { COMPARED_YEAR_BEFORE, type ScanResult, type ScannedFigure } from "./scan";

/** Common indicators: canonical name first, then the other ways drafts write it. */
export const BUILTIN_INDICATORS: string[][] = [
  ["地区生产总值"], ["国内生产总值"], ["规上工业增加值", "规模以上工业增加值"], ["工业增加值"], ["工业总产值"],
  ["规上工业总产值", "规模以上工业总产值"], ["工业主营业务收入"], ["主营业务收入"], ["营业收入", "营收"],
  ["固定资产投资"], ["工业投资"], ["社会消费品零售总额", "社零总额"], ["一般公共预算收入", "地方一般公共预算收入"],
  ["一般公共预算支出"], ["税收收入"], ["财政收入"], ["进出口总额", "外贸进出口总额"], ["实际使用外资"],
  ["城镇居民人均可支配收入"], ["农村居民人均可支配收入"], ["居民人均可支配收入"], ["城镇新增就业"],
  ["城镇调查失业率"], ["城镇登记失业率"], ["居民消费价格", "居民消费价格指数", "CPI", "居民消费价格总水平"], ["粮食产量", "粮食总产量"], ["城镇化率", "常住人口城镇化率"],
  ["研发经费投入", "研发投入"], ["研发经费支出"], ["单位地区生产总值能耗"], ["单位国内生产总值能耗"], ["招商引资到位资金"],
  ["赤字率"], ["赤字规模"], ["减税降费"], ["地方政府专项债券"], ["森林覆盖率"], ["空气质量优良天数比例", "优良天数比例", "空气优良天数比例", "空气质量优良天数比率", "优良天数比率"], ["技术合同成交额"],
  ["生产安全事故", "各类生产安全事故", "安全生产事故"], ["PM2.5平均浓度", "细颗粒物平均浓度", "PM2.5年均浓度"],
];

export interface MetricLexicon {
  /** Changes whenever the names change; part of the extraction cache key. */
  key: string;
  /** Normalised alias → canonical name (exact). */
  exact: Map<string, string>;
  /** Built-in aliases replaced at the end of a phrase (规模以上工业增加值 → 规上工业增加值), longest first. */
  suffixes: [string, string][];
  /** Every name, to find in a clause when segmentation fails. */
  names: string[];
}

const REGION_PREFIX = /^(我国|全国|全省|全市|全县|全区|全镇|全州|全乡|全村|全街道|全社区|我省|我市|我县|我区|本省|本市|本县|本区|全行|全公司|全集团|全系统|全校|全院|全处|全局|全所|全站|全队|全厂|全委|全团|全中心|本行|本公司|本校|本院|我行|我公司|我校|我院|我处|我局|我所|我站|我队|我厂|我委|我中心)/;
// 环比 and 同比 are the comparison a rate makes (the conflict check keeps them apart), and 月份 is what
// is left of 9月份 when the segmenter takes the 9 with the number before it.
const TIME_PREFIX = /^(全年|今年|去年|明年|上年|当年|现有|目前|当前|环比|同比|月份)/;
const GROWTH_SUFFIX = /(增速|增幅|增长率|涨幅|增长)$/;
/** 固定资产投资目标, 年度目标任务: the goal words name the statement, not the thing measured. */
const GOAL_SUFFIX = /(?:预期|年度|全年)?(?:目标任务|目标值|目标|任务|计划)$|(?:预期|预计)$/;

export interface TargetNames {
  metric: string;
  aliases?: string[];
}

const builtinSuffixes: [string, string][] = BUILTIN_INDICATORS.flatMap((names) => names.slice(1).map((a) => [a, names[0]] as [string, string]));

const builtinOnly: MetricLexicon = { key: "", exact: new Map(), suffixes: [...builtinSuffixes].sort((a, b) => b[0].length - a[0].length), names: [] };

export function buildLexicon(targets: TargetNames[] = []): MetricLexicon {
  const exact = new Map<string, string>();
  const names = new Set<string>(BUILTIN_INDICATORS.flat());
  for (const t of targets) {
    const canonical = normalizeMetric(t.metric, builtinOnly).metric;
    for (const n of [t.metric, ...(t.aliases ?? [])]) {
      exact.set(normalizeMetric(n, builtinOnly).metric, canonical);
      names.add(n);
    }
  }
  const sorted = [...names].filter((n) => n.length >= 2).sort((a, b) => b.length - a.length);
  return { key: [...exact].map(([a, c]) => a + "=" + c).join(","), exact, suffixes: builtinOnly.suffixes, names: sorted };
}

export const DEFAULT_LEXICON = buildLexicon();

/**
 * Normalises a metric phrase: drops 的, region and time prefixes; a trailing
 * 增速/增长 marks a growth rate; aliases map to their canonical name.
 */
export function normalizeMetric(raw: string, lexicon: MetricLexicon | undefined): { metric: string; growth: boolean } {
  // 粮食产量仍为56.2万吨: a trailing 仍为/仅为 is the verb, not the metric.
  let m = raw.replace(/[的\s“”"]/g, "").replace(/规模以上/g, "规上").replace(/(?:仍然|依然|仍|仅|只|已)(?:为|是|有|达)$/, "");
  // 发生生产安全事故68起: 发生 says the events happened; the metric is what happened (开展科普活动 is 科普活动).
  // 2024年全系统, 2025年村集体: the segmenter may join the year's 年 to the place (2024/年全/系统, 2025/年村).
  m = m.replace(/^年(?=[全我本村市县镇乡省区])/, "");
  for (let k = 0; k < 2; k++) m = m.replace(REGION_PREFIX, "").replace(TIME_PREFIX, "").replace(/^(?:共|累计)?(?:发生|开展|举办|组织开展|建成(?!区)|建有|拥有|共有|现有)了?(?=[\u4e00-\u9fff]{2})/, "");
  // 这批居民 and 居民: a demonstrative names no other thing.
  m = m.replace(/^(?:这批|这些|该批|此次|本次)(?=[\u4e00-\u9fff]{2})/, "");
  // 境内外上市公司 and 上市公司, 国内外游客 and 游客: both sides together are the whole.
  m = m.replace(/^(?:境内外|国内外|海内外)(?=[\u4e00-\u9fff]{2})/, "");
  // 全市CPI环比上涨0.3%: the comparison after the name is not part of it.
  m = m.replace(/(?<=[\u4e00-\u9fffA-Za-z]{2})(?:同比|环比)$/, "");
  const goal = GOAL_SUFFIX.exec(m);
  if (goal && goal.index >= 2) m = m.slice(0, goal.index);
  let growth = false;
  const g = GROWTH_SUFFIX.exec(m);
  if (g && g.index > 0) {
    growth = true;
    m = m.slice(0, g.index);
  }
  if (lexicon) {
    const exact = lexicon.exact.get(m);
    if (exact) return { metric: exact, growth };
    for (const [alias, canonical] of lexicon.suffixes) {
      if (m.endsWith(alias)) {
        m = m.slice(0, m.length - alias.length) + canonical;
        break;
      }
    }
    const again = lexicon.exact.get(m);
    if (again) return { metric: again, growth };
  }
  // 道路交通事故死亡人数44人 and 道路交通事故死亡41人: a headcount's 人数 names nothing the unit does not.
  // 出院人次 in a table and 出院患者3.83万人次 in the text: so does a count of visits' 人次.
  m = m.replace(/(?<=[\u4e00-\u9fff]{2})(?:人数|人次)$/, "");
  // 县域内就诊率为92.1%: the verb after a rate or an amount's name is not part of it.
  m = m.replace(/(?<=[\u4e00-\u9fff]{2}[率额量])(?:为|是|达到|达)$/, "");
  // 专职心理健康教育教师共有14名: the words that state a total are not the thing counted.
  m = m.replace(/(?<=[\u4e00-\u9fff]{2})(?:共有|共计|总计|合计|一共有?|总共有?)$/, "");
  return { metric: m || raw, growth };
}

export interface MetricReading {
  text: string;
  start: number;
  end: number;
  source: "before" | "after" | "inherited" | "from" | "compared" | "respective";
}

const NOMINAL_TAGS = new Set(["n", "nr", "ns", "nt", "nz", "nrt", "nrfg", "vn", "an", "j", "l", "s", "ng", "eng", "x", "b", "nw"]);
/** Words jieba tags as verbs that are the head of a metric (工业主营业务收入). */
const NOMINAL_WORDS = new Set(["收入", "投资", "消费", "就业", "出口", "进口", "支出", "营收", "产值", "总值", "增加值", "产量", "销量", "规模", "总额", "成交额", "人口", "面积", "率", "参保", "参保率"]);
const STOP_WORDS = new Set([
  "增长", "增加", "提高", "提升", "上涨", "上升", "下降", "降低", "减少", "突破", "超过", "达到", "完成", "实现", "累计", "同比", "其中",
  "分别", "预计", "力争", "确保", "争取", "总计", "合计", "共计", "一共", "总共", "新增", "增发", "发行", "安排", "培育", "落实", "惠及", "受益", "拟", "年均", "平均", "全部", "全面", "偏多", "偏少", "偏高", "偏低", "精简", "削减", "缩减",
]);
const JOINERS = new Set(["的", "与", "和", "及"]);
const COMPARE = new Set(["比", "较", "同比", "与", "和", "相比", "对比"]);

/**
 * The words taught to jieba for a lexicon, in order, so 规上工业增加值 stays one
 * word. 规模以上工业企业…: 规模以上 is one modifier, not 规模 and the locative 以上
 * that ends a phrase. (The bundler precomputes this list's frequencies for the
 * built-in lexicon: esbuild.js.)
 */
export function wordsToTeach(lexicon: MetricLexicon): { word: string; tag: string }[] {
  return [...["规模以上", "规上"].map((word) => ({ word, tag: "b" })), ...lexicon.names.map((word) => ({ word, tag: "n" }))];
}

/** The segmenter skips words it already knows; this saves building the list for every paragraph. */
const taughtLexicons = new WeakSet<MetricLexicon>();

function teach(lexicon: MetricLexicon): void {
  if (taughtLexicons.has(lexicon)) return;
  taughtLexicons.add(lexicon);
  addWords(wordsToTeach(lexicon));
}

function isWordy(w: TaggedWord): boolean {
  return /[\u4e00-\u9fffA-Za-z]/.test(w.word);
}

function isInner(w: TaggedWord): boolean {
  // 水质/优良/z 比例: a status word between nouns modifies, as an adjective does.
  return JOINERS.has(w.word) || w.tag === "a" || w.tag === "z" || (w.tag === "v" && w.word.length === 2 && !STOP_WORDS.has(w.word) && !MEASURE_VERBS.has(w.word));
}

function isNominal(w: TaggedWord): boolean {
  if (!isWordy(w) || STOP_WORDS.has(w.word)) return false;
  return NOMINAL_TAGS.has(w.tag) || NOMINAL_WORDS.has(w.word);
}

/** The nominal run that ends the words (skipping the predicate after it), or undefined. */
function runBefore(words: TaggedWord[]): { start: number; end: number } | undefined {
  let i = words.length - 1;
  // 社会/n 组织/v 2846家, 监督/vn 抽检/v 8640批次: a two-character word the tagger calls a verb, right
  // before the count and right after a noun, is the noun phrase's head.
  // (社会组织虽已达2864家: past the measure words first.)
  let n = words.length;
  while (n > 0 && (MEASURE_VERBS.has(words[n - 1].word) || words[n - 1].tag === "c" || words[n - 1].tag === "d")) n--;
  const headVerb = (w: TaggedWord) => w.tag === "v" && w.word.length === 2 && !MEASURE_VERBS.has(w.word) && !STOP_WORDS.has(w.word);
  if (n >= 3 && headVerb(words[n - 1]) && headVerb(words[n - 2]) && isNominal(words[n - 3])) {
    // 中小学生/j 溺水/v 死亡/v 41人: two such verbs after the noun name what befell it, counted.
    words = [...words.slice(0, n - 2), { ...words[n - 2], tag: "vn" }, { ...words[n - 1], tag: "vn" }, ...words.slice(n)];
  } else if (n >= 2 && headVerb(words[n - 1]) && isNominal(words[n - 2])) {
    words = [...words.slice(0, n - 1), { ...words[n - 1], tag: "vn" }, ...words.slice(n)];
  } else if (n >= 2 && n === words.length && words[n - 1].tag === "v" && /^[站所点室馆厅库]$/.test(words[n - 1].word) && isNominal(words[n - 2]) && words[n - 2].end === words[n - 1].start) {
    // 社工/n 站/v 136个, 服务/vn 点/v: a place-of-work suffix the tagger calls a verb ends the noun it follows.
    words = [...words.slice(0, n - 1), { ...words[n - 1], tag: "n" }];
  } else if (n >= 1 && n === words.length && words[n - 1].tag === "v" && /^[\u4e00-\u9fff]{3,}$/.test(words[n - 1].word)) {
    // 接收/v 选调生/v 83名: a word of three characters the tagger calls a verb, right before the count, is
    // a noun it does not know (verbs of three characters are rare): the object counted.
    words = [...words.slice(0, n - 1), { ...words[n - 1], tag: "n" }];
  }
  for (;;) {
    while (i >= 0 && !isNominal(words[i])) {
      if (!isWordy(words[i])) return undefined; // punctuation: the clause's subject is not here
      i--;
    }
    if (i < 0) return undefined;
    const last = i;
    // Inside a phrase, 的/a/a verb between nouns belongs to it (财政补助标准, 新能源新材料产业).
    while (i >= 0 && (isNominal(words[i]) || (i > 0 && i < last && isNominal(words[i - 1]) && isNominal(words[i + 1]) && isInner(words[i])))) i--;
    let first = i + 1;
    while (first < last && JOINERS.has(words[first].word)) first++;
    // 比上年年初预算增加: the phrase after 比 is the base of the comparison, not the metric.
    let k = i;
    while (k >= 0 && (words[k].tag === "t" || words[k].tag === "m" || words[k].tag === "f")) k--;
    if (k >= 0 && COMPARE.has(words[k].word)) {
      i = k - 1;
      continue;
    }
    // 经济总量占世界经济的比重: keep the subject of 占.
    if (i >= 1 && words[i].word === "占") {
      let j = i - 1;
      while (j >= 0 && isNominal(words[j])) j--;
      if (j + 1 <= i - 1) first = j + 1;
    }
    return { start: words[first].start, end: words[last].end };
  }
}

function runAfter(words: TaggedWord[]): { start: number; end: number } | undefined {
  let i = 0;
  if (words[i]?.word === "的") i++;
  const first = i;
  // 32起白事: an adjective may open the noun (白/事).
  if (words[i]?.tag === "a" && words[i + 1] && isNominal(words[i + 1])) i++;
  while (i < words.length && i - first < 3 && isNominal(words[i])) i++;
  return i > first ? { start: words[first].start, end: words[i - 1].end } : undefined;
}

/** Skips the period words that stand between a metric and its figure (在2020年的基础上). */
function zoneEnd(scan: ScanResult, from: number, end: number): number {
  let e = end;
  for (let k = scan.periods.length - 1; k >= 0; k--) {
    const p = scan.periods[k];
    if (p.end <= e && p.end >= e - 1 && p.start >= from) e = p.start;
  }
  return e;
}

function lastIndexWhere<T>(items: T[], before: number, test: (item: T) => boolean): number {
  for (let k = before - 1; k >= 0; k--) if (test(items[k])) return k;
  return -1;
}

/** Reads the metric of every figure of a paragraph, in order. */
export function readMetrics(text: string, scan: ScanResult, lexicon: MetricLexicon): (MetricReading | undefined)[] {
  teach(lexicon);
  const out: (MetricReading | undefined)[] = [];
  const figures = scan.figures;
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i];
    const prev = i > 0 ? figures[i - 1] : undefined;
    const sameClause = prev && prev.clause === f.clause;
    if (sameClause && f.role === "to" && out[i - 1]) {
      out.push({ ...out[i - 1]!, source: "from" });
      continue;
    }
    // 高于全省平均水平1.2个百分点, 与…增长8%的目标相比: the metric of the figure compared with.
    // 收购小麦20万吨，比2024年的16.8万吨增长19.0%: the base compared with is the same metric's value.
    if (f.relation === "gap" || f.relation === "compared" || COMPARED_YEAR_BEFORE.test(text.slice(scan.clauseStarts[f.clause], f.start))) {
      const k = lastIndexWhere(figures, i, (e) => e.sentence === f.sentence && !e.relation);
      if (k >= 0 && out[k]) {
        out.push({ ...out[k]!, source: "compared" });
        continue;
      }
    }
    const clauseStart = scan.clauseStarts[f.clause];
    const from = sameClause ? Math.max(clauseStart, prev!.end) : clauseStart;
    out.push(spokenPlace(text, perUnit(text, readOne(text, scan, f, from, lexicon))) ?? inherit(text, figures, out, i));
  }
  distributeRespectively(text, figures, out);
  return out;
}

/**
 * 咱们市电动自行车…佩戴率, 我们县…: the spoken 咱们/我们 before the place word leaves the segmenter a bare
 * 市 or 县 at the metric's start, which names the place (全市), not another metric.
 */
function spokenPlace(text: string, m: MetricReading | undefined): MetricReading | undefined {
  if (!m || m.source !== "before" || !/^[省市县区镇乡村][\u4e00-\u9fff]{3}/.test(m.text) || !/(?:咱们|我们|咱)$/.test(text.slice(Math.max(0, m.start - 2), m.start))) return m;
  return { ...m, text: m.text.slice(1), start: m.start + 1 };
}

/** 亩均粮食产量: the segmenter leaves 亩/均 apart, but a per-unit value is another metric than the total. */
function perUnit(text: string, m: MetricReading | undefined): MetricReading | undefined {
  if (!m || m.source !== "before" || !/^(?:亩均|人均|户均|日均|场均|床均|单位)$/.test(text.slice(Math.max(0, m.start - 2), m.start)) || /^(?:亩均|人均|户均|日均|场均|床均|单位)/.test(m.text)) return m;
  return { ...m, text: text.slice(m.start - 2, m.start) + m.text, start: m.start - 2 };
}

const LEADING_PERIOD = /^(?:截至|到|在)?(?:[0-9０-９]{4}年)?(?:上半年|下半年|前三季度|[0-9０-９]{1,2}[—–\-~至][0-9０-９]{1,2}月)?(?:，)?/;
/** 城镇和农村居民: the heads coordinated before a metric, each standing for the metric's first characters. */
const COORDINATED = /((?:[\u4e00-\u9fff]{1,6}[和、与及])+)$/;

/**
 * 城镇和农村居民人均可支配收入分别为A、B: A is 城镇居民人均可支配收入 and B
 * 农村居民人均可支配收入. Each coordinated head replaces as many characters
 * at the start of the last one (城镇 ↔ 农村); only when the figures listed
 * after 分别 are as many as the heads.
 */
function distributeRespectively(text: string, figures: ScannedFigure[], out: (MetricReading | undefined)[]): void {
  for (let i = 0; i < figures.length; i++) {
    const r = out[i];
    const f = figures[i];
    if (!r || r.source !== "before" || !/^分别/.test(text.slice(r.end, f.start))) continue;
    const clauseStart = text.slice(0, r.start).search(/[^，,；;。！？!?：:]*$/);
    // The coordinated phrase from the clause's start, without the place and time before it.
    let phrase = text.slice(clauseStart, r.end);
    for (let k = 0; k < 2; k++) phrase = phrase.replace(LEADING_PERIOD, "").replace(REGION_PREFIX, "").replace(TIME_PREFIX, "");
    const heads = COORDINATED.exec(text.slice(clauseStart, r.start))?.[1];
    if (!heads && !/[和、与及]/.test(r.text)) continue;
    const items = phrase.split(/[和、与及]/);
    if (items.length < 2 || items.some((x) => !x)) continue;
    const last = items[items.length - 1];
    // The figures that follow, one per head: same kind, listed with 、 or 和.
    const listed = [i];
    for (let k = i + 1; k < figures.length && listed.length < items.length; k++) {
      const e = figures[k];
      if (e.sentence !== f.sentence || e.kind !== f.kind || !/^[、，,和及与]$/.test(text.slice(figures[listed[listed.length - 1]].end, e.start))) break;
      listed.push(k);
    }
    if (listed.length !== items.length) continue;
    const start = r.end - phrase.length;
    const names = items.map((item, j) => (j === items.length - 1 ? last : item.length < last.length ? item + last.slice(item.length) : item));
    listed.forEach((k, j) => (out[k] = { text: names[j], start, end: r.end, source: "respective" }));
    // …分别为A、B，分别增长5.1%、6.3%: a second 分别 list in the sentence goes to the same heads.
    let end = listed[listed.length - 1];
    const next = end + 1;
    if (next < figures.length && figures[next].sentence === f.sentence && /^[，,]分别[^，,。；;0-9０-９]{0,4}$/.test(text.slice(figures[end].end, figures[next].start))) {
      const again = [next];
      for (let k = next + 1; k < figures.length && again.length < names.length; k++) {
        if (figures[k].sentence !== f.sentence || figures[k].kind !== figures[next].kind || !/^[、，,和及与]$/.test(text.slice(figures[k - 1].end, figures[k].start))) break;
        again.push(k);
      }
      if (again.length === names.length) {
        again.forEach((k, j) => (out[k] = { text: names[j], start, end: r.end, source: "respective" }));
        end = again[again.length - 1];
      }
    }
    i = end;
  }
}

function readOne(text: string, scan: ScanResult, f: ScannedFigure, from: number, lexicon: MetricLexicon): MetricReading | undefined {
  const end = zoneEnd(scan, from, f.start);
  if (end > from) {
    const zone = text.slice(from, end);
    // 创建“和谐寺观教堂”126处: a quoted name right before a count is what it counts.
    const quoted = f.kind === "amount" ? /“([\u4e00-\u9fff]{2,12})”$/.exec(zone) : null;
    if (quoted) return { text: quoted[1], start: from + quoted.index + 1, end: from + quoted.index + 1 + quoted[1].length, source: "before" };
    // 农村低保标准为每人每年7560元: the name before 为 and the unit of the rate (每人每年) after it.
    const rated = f.kind === "amount" ? /(?:^|[，,；;：:])([\u4e00-\u9fff]{2,12}?)为(?:每[人户亩年月日天位]){1,3}$/.exec(zone) : null;
    if (rated) {
      const start = from + rated.index + rated[0].indexOf(rated[1]);
      return { text: rated[1], start, end: start + rated[1].length, source: "before" };
    }
    const words = tagWithNotes(zone, from);
    const run = withStem(words, runBefore(words));
    const known = rightmostName(zone, lexicon);
    if (known && (!run || from + known.end > run.end)) return withSubject(text, words, withScope(text, words, { text: known.name, start: from + known.start, end: from + known.end, source: "before" }));
    // A run that names only a place (全国) or stands before an action verb (精准落实14项…) leaves the metric to the words after.
    if (run && !isOnlyPlace(text.slice(run.start, run.end)) && !actionBetween(zone, from, run.end, f.kind)) {
      return withSubject(text, words, withScope(text, words, { text: text.slice(run.start, run.end), start: run.start, end: run.end, source: "before" }));
    }
  }
  // Counts name what they count after the number: 14项人才政策, 6600多万纳税人.
  const clauseEnd = f.clause + 1 < scan.clauseStarts.length ? scan.clauseStarts[f.clause + 1] - 1 : text.length;
  // 在2024年61.3%的森林覆盖率基础上, 在2024年112处“和谐寺观教堂”的基础上: the base of a goal names its metric after it.
  const base = /^的?([“"]?[\u4e00-\u9fff]{2,12}[”"]?)的?基础上/.exec(text.slice(f.end, clauseEnd));
  if (base) {
    const start = f.end + base[0].indexOf(base[1]);
    return { text: base[1].replace(/[“”"]/g, ""), start, end: start + base[1].length, source: "after" };
  }
  const after = text.slice(f.end, Math.min(clauseEnd, f.end + 12));
  if (after && f.kind === "amount") {
    const run = runAfter(tagWords(after, f.end));
    if (run) return { text: text.slice(run.start, run.end), start: run.start, end: run.end, source: "after" };
  }
  return undefined;
}

/** A short bracketed note inside a name: 乡镇（街道）社工站, 村（社区）. */
const NAME_NOTE = /（[\u4e00-\u9fff]{1,4}）(?=[\u4e00-\u9fff])/g;

/**
 * The zone's words, a bracketed note inside a name (全市建成乡镇（街道）社工站) read as part of it: the words
 * are tagged without the note, and a word that closes over it spans it in the text.
 */
function tagWithNotes(zone: string, from: number): TaggedWord[] {
  if (!zone.includes("（")) return tagWords(zone, from);
  const cuts: { at: number; length: number }[] = [];
  let bare = "";
  let last = 0;
  for (const m of zone.matchAll(NAME_NOTE)) {
    if (m.index === 0 || !/[\u4e00-\u9fff]/.test(zone[m.index! - 1])) continue;
    bare += zone.slice(last, m.index);
    cuts.push({ at: bare.length, length: m[0].length });
    last = m.index! + m[0].length;
  }
  if (!cuts.length) return tagWords(zone, from);
  bare += zone.slice(last);
  // A position in the bare text → its position in the zone: past every note cut at or before it.
  const back = (pos: number, isEnd: boolean) => {
    let shift = 0;
    for (const c of cuts) if (c.at < pos || (!isEnd && c.at === pos)) shift += c.length;
    return from + pos + shift;
  };
  return tagWords(bare, 0).map((w) => ({ ...w, start: back(w.start, false), end: back(w.end, true) }));
}

/**
 * 缴存额, 提取额, 成交量: the segmenter may leave the suffix a word of its own after a
 * verb (缴存/额); a metric of one such character is the verb and the suffix together.
 */
function withStem(words: TaggedWord[], run: { start: number; end: number } | undefined): { start: number; end: number } | undefined {
  if (!run || run.end - run.start !== 1) return run;
  const k = words.findIndex((w) => w.start === run.start);
  if (k <= 0 || !/^[额量率数值]$/.test(words[k].word) || words[k - 1].end !== run.start || !/^[\u4e00-\u9fff]{2}$/.test(words[k - 1].word)) return run;
  return { start: words[k - 1].start, end: run.end };
}

/** 本级, 市本级, 县级: the budget level a figure is stated for (jieba tags 本级 as a pronoun). */
const LEVEL_WORD = /^(?:[省市州县区乡镇]?本级|[省市州县区乡镇]级)$/;

/**
 * 市本级一般公共预算收入, 高新区地区生产总值: the words right before a metric,
 * with no verb between, that narrow it to a level or a part of the place make
 * another metric than the whole place's. A place alone (全市, 我县), a period or
 * the document's own organisation is not such a scope.
 */
function withScope(text: string, zoneWords: TaggedWord[], reading: MetricReading): MetricReading {
  const words = zoneWords.filter((w) => w.end <= reading.start);
  if (!words.length || words[words.length - 1].end !== reading.start) return reading;
  let i = words.length - 1;
  const isScopeWord = (k: number) => LEVEL_WORD.test(words[k].word) || isNominal(words[k]) || (words[k].word.length === 1 && /[省市州县区乡镇]/.test(words[k].word) && k + 1 < words.length && LEVEL_WORD.test(words[k + 1].word));
  while (i >= 0 && isScopeWord(i)) i--;
  if (i === words.length - 1) return reading;
  const scope = text.slice(words[i + 1].start, reading.start);
  if (isOnlyPlace(scope) || SELF_SUBJECT.test(scope)) return reading;
  return { ...reading, text: scope + reading.text, start: words[i + 1].start };
}

/** Subjects that are the document's own organisation or place: 公司实现营业收入 is the 营业收入. */
const SELF_SUBJECT = /^(?:本|我|全)?(?:公司|集团|企业|单位|行业|系统|机关)$|^我们$/;

/**
 * 海外市场实现营业收入24.6亿元: a subject and a verb before the metric make it
 * that subject's (海外市场营业收入), not the document's 营业收入.
 */
function withSubject(text: string, zoneWords: TaggedWord[], reading: MetricReading): MetricReading {
  // The clause's words before the metric (a known name may start inside a word: then there is no subject to read).
  const words = zoneWords.filter((w) => w.end <= reading.start);
  if (!words.length || words[words.length - 1].end !== reading.start) return reading;
  let i = words.length - 1;
  while (i >= 0 && (words[i].tag === "v" || MEASURE_VERBS.has(words[i].word))) i--;
  if (i === words.length - 1) return reading; // no verb between: 城镇居民人均可支配收入 was read whole
  // 高新区1—9月实现地区生产总值: the period between the subject and its verb leaves the subject the same.
  while (i >= 0 && isTimeWord(words[i])) i--;
  const last = i;
  while (i >= 0 && isNominal(words[i])) i--;
  if (i === last) return reading;
  const subject = text.slice(words[i + 1].start, words[last].end);
  if (isOnlyPlace(subject) || SELF_SUBJECT.test(subject)) return reading;
  return { ...reading, text: subject + reading.text, start: words[i + 1].start };
}

/** A word of a period written before a verb: 上半年, 1—9月 (1 — 9 月), 前三季度, 2025年. */
function isTimeWord(w: TaggedWord): boolean {
  return w.tag === "t" || /^(?:[0-9０-９]+|[—–~～至-]|[0-9０-９一二三四五六七八九十]*(?:年|月|月份|季度|年度)|前)$/.test(w.word);
}

/** Verbs that state the figure itself; any other verb between a noun and a count makes the count its object. */
const MEASURE_VERBS = new Set(["力争", "确保", "争取", "力求", "预期", "预计", "要", "目标", "计划", "增长", "增加", "提高", "提升", "上涨", "上升", "下降", "降低", "减少", "达到", "达", "完成", "实现", "突破", "超过", "为", "是", "占", "保持", "稳定", "控制", "累计", "新增", "覆盖", "约", "超", "平均", "年均", "在", "稳定在", "发生", "发案", "已", "已经", "虽", "虽然", "虽已", "仍", "仍然", "均", "共", "总计", "合计", "一共", "总共", "共计", "有", "共有", "现有", "已有", "拥有"]);

function actionBetween(zone: string, from: number, runEnd: number, kind: string): boolean {
  if (kind !== "amount") return false;
  const gap = zone.slice(runEnd - from);
  if (!gap) return false;
  return tagWords(gap).some((w) => (w.tag === "v" || w.tag === "vn" || STOP_WORDS.has(w.word)) && !MEASURE_VERBS.has(w.word) && w.word !== "分别");
}

function isOnlyPlace(phrase: string): boolean {
  return phrase.replace(/的/g, "").replace(REGION_PREFIX, "").replace(TIME_PREFIX, "") === "";
}

function rightmostName(zone: string, lexicon: MetricLexicon): { name: string; start: number; end: number } | undefined {
  let best: { name: string; start: number; end: number } | undefined;
  for (const name of lexicon.names) {
    const at = zone.lastIndexOf(name);
    if (at < 0) continue;
    if (!best || at + name.length > best.end || (at + name.length === best.end && name.length > best.name.length)) best = { name, start: at, end: at + name.length };
  }
  return best;
}

/**
 * 国内生产总值超过126万亿元，增长5.2%: the second clause keeps the first one's
 * subject. Not across 其中 (a part is not its total), and not from a figure of
 * the same kind, aspect and unit: 建设资金1.1亿元、系统开发0.9亿元 lists two
 * things, since one metric is not stated twice with two values in one sentence.
 */
function inherit(text: string, figures: ScannedFigure[], out: (MetricReading | undefined)[], i: number): MetricReading | undefined {
  const f = figures[i];
  for (let k = i - 1; k >= 0; k--) {
    const e = figures[k];
    if (e.sentence !== f.sentence) return undefined;
    if (text.slice(e.end, f.start).includes("其中")) return undefined;
    if (!out[k]) continue;
    // CPI同比下降0.2%，环比上涨0.1%: the same metric's other comparison, right after it.
    const otherComparison = k === i - 1 && /^[，,]\s*(?:环比|同比)(?:上涨|下降|增长|减少|持平|上升|回落)?$/.test(text.slice(e.end, f.start));
    if (e.kind === f.kind && e.aspect === f.aspect && e.dimension === f.dimension && !otherComparison) return undefined;
    return { ...out[k]!, source: "inherited" };
  }
  return undefined;
}
