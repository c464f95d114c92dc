/**
 * Facts (`fact.*`): what a draft states about the world, checked against data
 * with a source — events and their dates (fact.date), places and China's administrative divisions (fact.place).
 */
import type { Check } from "../check";
import { documentDate } from "../document/date";
import { inferDocumentYear } from "../figures";
import { sloganIndexOf } from "../slogans";
import { checkDates } from "./dates";
import { checkPlaces } from "./places";

export { FACT_DATE, checkDates } from "./dates";
export { FACT_PLACE, checkPlaces } from "./places";

export const FACTS_ID = "facts";

export const factCheck: Check = {
  id: FACTS_ID,
  needsSegmenter: false,
  run(model, ctx) {
    const set = ctx.settings["lectern.documentYear"];
    const inferred = set ? undefined : inferDocumentYear(model.text);
    const date = documentDate(model, set) ?? (inferred !== undefined ? { year: inferred } : undefined);
    return [...checkDates(model, sloganIndexOf(ctx).events, date), ...checkPlaces(model, date)];
  },
};
