import { analyze, DEFAULT_SETTINGS, parseDocument } from "../server/src/core";
import "../server/src/core/registry";
for (const t of process.argv.slice(2)) {
  const text = t.replace(/\\n/g, "\n");
  console.log("---", JSON.stringify(text));
  for (const f of analyze(parseDocument(text), { settings: DEFAULT_SETTINGS, data: {} }, { phase: "fast" })) console.log(f.code, JSON.stringify(text.slice(f.span.start, f.span.end)), f.message, JSON.stringify(f.fixes?.map((x) => [x.title, x.safe, x.edits.map((e) => e.newText)])));
}
