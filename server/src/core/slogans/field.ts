/**
 * The field a draft belongs to (卫生健康, 教育, 金融 …), read from its title and
 * headings, so that completion can offer the field's own formulations first.
 * The ids are the built-in pack's field files (builtin/<field>.json).
 */
import type { DocumentModel } from "../document/model";

/** Words that name a field in a title or a heading. */
const FIELD_WORDS: [field: string, words: RegExp][] = [
  ["health", /卫生健康|卫健|卫生|健康|医疗|医保|医院|医药|疾控|疾病预防|中医|公共卫生/g],
  ["education", /教育|学校|教学|高校|大学|中学|小学|幼儿园|师生|教师|思政课|招生/g],
  ["finance", /金融|银行|保险|证券|信贷|支行|分行|农信|信用社|金融监管/g],
  ["science-technology", /科技|科学技术|创新|研发|数字化|人工智能|数据|信息化|知识产权/g],
  ["culture-tourism", /文化|旅游|文旅|文物|广电|体育|宣传|文明创建|新闻出版/g],
  ["ecology", /生态|环境|环保|污染|碳达峰|碳中和|双碳|林业|河长|节能/g],
  ["market-regulation", /市场监管|市场监督|食品安全|药品安全|药品监管|特种设备|质量强|消费者|营商环境/g],
  ["agriculture-rural", /农业|农村|乡村|三农|粮食|耕地|种业|农民|扶贫|帮扶/g],
  ["emergency-safety", /应急|安全生产|防汛|抗旱|消防|防灾|减灾|森林防火|地质灾害/g],
  ["law-security", /政法|公安|法治|司法|检察|法院|平安建设|扫黑除恶|国家安全|禁毒/g],
  ["ethnic-religious", /民族|宗教|统战/g],
  ["hk-macao-taiwan-foreign", /对台|涉台|台湾|港澳|外事|侨务|对外交流/g],
  ["grassroots-civil-social", /民政|社区|基层治理|社会保障|人社|就业|养老|退役军人|残疾人|妇女儿童|信访/g],
  ["soe", /国企|国有企业|国资|国有资本/g],
  ["people-congress", /人大常委会|人大工作|人大代表|人大监督|全过程人民民主/g],
  ["party-building", /党建|党的建设|党风廉政|廉政|纪检|监察|组织工作|主题教育|作风|巡察|巡视|党员|党支部|党委|理论学习/g],
  ["economy", /经济|发展改革|发改|招商|工业|商务|财政|税务|统计|投资|项目建设|开发区|产业/g],
];

const cache = new WeakMap<DocumentModel, string | undefined>();

/** The field whose words the title (three times over) and the headings use most; undefined when none stands out. */
export function documentField(model: DocumentModel): string | undefined {
  if (cache.has(model)) return cache.get(model);
  const lineText = (l: number) => model.index.lines[l].text;
  const title = model.titleLines.map(lineText).join("\n");
  const headings = model.headings.map((h) => h.name).join("\n");
  let best: string | undefined;
  let bestScore = 0;
  let tie = false;
  for (const [field, words] of FIELD_WORDS) {
    const score = 3 * (title.match(words)?.length ?? 0) + (headings.match(words)?.length ?? 0);
    if (score > bestScore) {
      best = field;
      bestScore = score;
      tie = false;
    } else if (score === bestScore && score > 0) tie = true;
  }
  const field = tie ? undefined : best;
  cache.set(model, field);
  return field;
}
