/** The official reports in test/corpus as sources, with the sidecars a team would write for them. */
import { readCorpus } from "./corpus";

export const REPORT_META = {
  title: "高举中国特色社会主义伟大旗帜　为全面建设社会主义现代化国家而团结奋斗",
  names: ["党的二十大报告", "二十大报告", "报告"],
  date: "2022-10-16",
  speaker: "习近平",
  kind: "speech",
};
export const GOVERNMENT_META = { title: "政府工作报告", names: ["2024年政府工作报告", "政府工作报告"], date: "2024-03-05", speaker: "李强", kind: "document" };

export const SOURCE_FILES = [
  { name: "20th-congress-report-2022", corpus: "20th-congress-report-2022.txt", meta: REPORT_META },
  { name: "government-work-report-2024", corpus: "government-work-report-2024.txt", meta: GOVERNMENT_META },
];

/** Data files as the loader gets them: each text with its sidecar. */
export function sourceDataFiles(dir = "/w/.lectern/sources"): { path: string; text: string }[] {
  return SOURCE_FILES.flatMap((s) => [
    { path: `${dir}/${s.name}.txt`, text: readCorpus(s.corpus) },
    { path: `${dir}/${s.name}.json`, text: JSON.stringify(s.meta) },
  ]);
}
