/**
 * Counties and county-level cities turned into districts (撤县设区, 撤市设区): the
 * division codes say what a place is now, not since when, so the dates come from
 * this small table, each entry with the State Council's approval (or its announcement) as its source.
 * A test checks that every new name is in the divisions data and every old one is not.
 */
export interface Renamed {
  /** The old name as drafts write it. */
  from: string;
  /** The new unit, with its prefecture or municipality. */
  to: string;
  /** The new name alone, the fix. */
  toShort: string;
  /** The code of the new unit (GB/T 2260). */
  code: string;
  /** YYYY-MM of the change: the State Council's approval, or its announcement where that is the better-known date. */
  date: string;
  kind: "撤县设区" | "撤市设区";
  source: string;
}

const entry = (from: string, to: string, toShort: string, code: string, date: string, source: string): Renamed => ({
  from,
  to,
  toShort,
  code,
  date,
  kind: from.endsWith("市") ? "撤市设区" : "撤县设区",
  source,
});

export const RENAMED: Renamed[] = [
  entry("望城县", "长沙市望城区", "望城区", "430112", "2011-05", "国务院批复撤销望城县设立长沙市望城区（2011年5月）"),
  entry("呈贡县", "昆明市呈贡区", "呈贡区", "530114", "2011-05", "国务院批复撤销呈贡县设立昆明市呈贡区（2011年5月）"),
  entry("吴江市", "苏州市吴江区", "吴江区", "320509", "2012-09", "国务院批复撤销县级吴江市设立苏州市吴江区（2012年9月）"),
  entry("溧水县", "南京市溧水区", "溧水区", "320117", "2013-02", "《国务院关于同意江苏省调整南京市部分行政区划的批复》（国函〔2013〕24号，2013年2月）"),
  entry("高淳县", "南京市高淳区", "高淳区", "320118", "2013-02", "《国务院关于同意江苏省调整南京市部分行政区划的批复》（国函〔2013〕24号，2013年2月）"),
  entry("从化市", "广州市从化区", "从化区", "440117", "2014-02", "国务院批复撤销县级从化市设立广州市从化区（2014年2月）"),
  entry("增城市", "广州市增城区", "增城区", "440118", "2014-02", "国务院批复撤销县级增城市设立广州市增城区（2014年2月）"),
  entry("富阳市", "杭州市富阳区", "富阳区", "330111", "2014-12", "国务院批复撤销县级富阳市设立杭州市富阳区（2014年12月）"),
  entry("密云县", "北京市密云区", "密云区", "110118", "2015-11", "国务院批复撤销密云县设立北京市密云区（2015年11月）"),
  entry("延庆县", "北京市延庆区", "延庆区", "110119", "2015-11", "国务院批复撤销延庆县设立北京市延庆区（2015年11月）"),
  entry("双流县", "成都市双流区", "双流区", "510116", "2015-12", "国务院批复撤销双流县设立成都市双流区（2015年12月）"),
  entry("开县", "重庆市开州区", "开州区", "500154", "2016-06", "国务院批复撤销开县设立重庆市开州区，重庆市2016年6月公布"),
  entry("崇明县", "上海市崇明区", "崇明区", "310151", "2016-07", "国务院批复撤销崇明县设立上海市崇明区（2016年7月）"),
  entry("郫县", "成都市郫都区", "郫都区", "510117", "2016-11", "国务院批复撤销郫县设立成都市郫都区（2016年11月）"),
  entry("户县", "西安市鄠邑区", "鄠邑区", "610118", "2016-11", "国务院批复撤销户县设立西安市鄠邑区（2016年11月）"),
  entry("临安市", "杭州市临安区", "临安区", "330112", "2017-07", "国务院批复撤销县级临安市设立杭州市临安区（2017年7月）"),
  entry("新津县", "成都市新津区", "新津区", "510118", "2020-06", "国务院批复撤销新津县设立成都市新津区（2020年6月）"),
];
