/** Every check, in the order its findings are reported. Features add themselves here. */
import type { Check } from "./check";
import { structureCheck } from "./structure";

export const CHECKS: Check[] = [structureCheck];
