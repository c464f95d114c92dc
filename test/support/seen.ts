/** The findings of the whole analysis, as the round tests assert them. */
import { analyze, DEFAULT_SETTINGS, parseDocument } from "../../server/src/core";
import "../../server/src/core/registry";

/** Each finding whose code matches `family`, as its code and the words it covers: `figure.conflict 14人`. */
export function seenFindings(text: string, family: RegExp): string[] {
  return analyze(parseDocument(text), { settings: DEFAULT_SETTINGS, data: {} })
    .filter((f) => family.test(f.code))
    .map((f) => `${f.code} ${text.slice(f.span.start, f.span.end)}`);
}
