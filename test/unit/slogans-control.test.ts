/**
 * A generic-text control set for the formulation checks: ordinary Chinese written by the
 * team (news-style paragraphs of the fields the pack covers, in plain wording, with the
 * words formulations are made of used freely) and the Chinese prose of the project README.
 * None of it slips on a formulation, so no slogan.* finding may appear: a larger pack
 * must not turn ordinary text into near misses.
 */
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { analyze, DEFAULT_SETTINGS, parseDocument } from "../../server/src/core";
import "../../server/src/core/registry";

const NEWS = [
  "本报讯 近日，县生态环境局召开全系统工作会议，通报了上半年污染防治攻坚向纵深推进的情况，各乡镇汇报了河道保洁、秸秆禁烧和扬尘治理的进度。",
  "会议指出，今年以来全县空气质量优良天数比例同比提高，但臭氧浓度仍然偏高，夏季要加强挥发性有机物排放管控，做好重污染天气应急准备。",
  "县财政局负责人介绍，今年共争取地方政府专项债额度十二亿元，主要用于学校、医院、污水管网和老旧小区改造等项目，资金已全部拨付到位。",
  "在县第一中学，记者看到学生们正在上科学实验课。校长说，学校把科技成果转化的案例带进课堂，让学生了解身边的创新故事。",
  "县医院与二十个乡镇卫生院组成医疗联合体，专家每周下乡坐诊，群众在家门口就能看上好医生，慢性病患者的复诊率明显提高。",
  "文化馆组织的非遗展演走进社区，剪纸、皮影和地方戏轮番登场，不少年轻人第一次认真看完了一场传统戏曲。",
  "应急管理局提醒，汛期将至，各单位要落实安全生产责任，检查排水设施，储备沙袋和抽水泵，遇到强降雨要及时转移危险区域群众。",
  "市场监管局今年抽检了三百批次食品，合格率百分之九十八，对不合格产品已依法立案查处，并向社会公布了抽检结果。",
  "农业农村局介绍，全县今年小麦单产再创新高，高标准农田建设完成年度任务，农机合作社为种粮大户提供了耕种收全程服务。",
  "县人社局举办春季招聘会，两百多家企业提供岗位五千余个，高校毕业生、退役军人和返乡农民工现场达成就业意向一千二百人。",
  "民政局为困难老人安装了紧急呼叫设备，社区工作者定期上门探访，帮助他们解决买菜、就医和缴费等生活难题。",
  "县国资委要求各国有企业加强财务管理，压降两金占用，提高资金使用效率，确保国有资产保值增值。",
  "团县委联合妇联开展暑期托管服务，志愿者为双职工家庭的孩子辅导作业、组织阅读和体育活动。",
  "公安局通报，今年以来全县电信网络诈骗案件发案数同比下降，民警深入社区开展防骗宣传，提醒群众不要轻信陌生来电。",
  "外办介绍，今年全市接待外国友好城市代表团六批次，在经贸、教育和文化领域签署合作备忘录九份。",
  "这次会议开得很及时。大家要把思想统一到会议精神上来，回去以后抓紧研究，拿出具体办法，确保各项任务落到实处。",
];

/** The README's Chinese prose: the runs of Chinese outside tables, code and quoted examples (which show slips on purpose). */
function readmeChinese(): string[] {
  const text = fs.readFileSync(path.join(__dirname, "../../README.md"), "utf8");
  return text
    .split("\n")
    .filter((l) => !l.startsWith("|") && !l.startsWith("    "))
    .map((l) => l.replace(/`[^`]*`/g, " ").replace(/“[^”]*”/g, " "))
    .map((l) => (l.match(/[\u4e00-\u9fff，。、；：（）]{4,}/g) ?? []).join("，"))
    .filter((l) => l.length > 0);
}

describe("formulation checks on generic text (control set)", () => {
  const check = (lines: string[], skip: string[] = []) => {
    const text = lines.join("\n") + "\n";
    return analyze(parseDocument(text), { settings: DEFAULT_SETTINGS, data: {} })
      .filter((f) => f.code.startsWith("slogan.") && !skip.includes(f.code))
      .map((f) => `${f.code} ${text.slice(f.span.start, f.span.end)}: ${f.message}`);
  };

  it("news-style paragraphs of every field give no slogan finding", () => {
    assert.ok(NEWS.length >= 15);
    assert.deepStrictEqual(check(NEWS), []);
  });

  it("the README's Chinese prose gives no near miss (it names retired formulations on purpose)", () => {
    const lines = readmeChinese();
    assert.ok(lines.length >= 20, `${lines.length} lines`);
    assert.deepStrictEqual(check(lines, ["slogan.deprecated"]), []);
  });
});
