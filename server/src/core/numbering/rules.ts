/** The numbering diagnostic codes. */
import { defineRule } from "../findings";

export const SEQUENCE = defineRule("numbering.sequence", "warning", "A gap, duplicate, wrong start or wrong order among sibling headings of one style.");
export const STYLE = defineRule("numbering.style", "warning", "A heading token against the configured punctuation (GB/T 9704 by default), or siblings mixing shapes.");
export const HIERARCHY = defineRule("numbering.hierarchy", "warning", "A heading of a shallower style inside a deeper list (a （一） between 1. and 2.).");
export const COUNT = defineRule("numbering.count", "warning", "An announced count (谈三点, 三个方面) that differs from the number of items that follow.");
export const ENUMERATOR = defineRule("numbering.enumerator", "warning", "Inline enumerators (一是/二是, 首先/其次) with a gap, duplicate, mixed forms or no follow-up.");
