/**
 * The figure checks, one file a code. All are conservative: when a reading is
 * not clear, nothing is reported. The reading of figures (scan, numbers, units,
 * metrics, periods) lives one folder up; these files only judge what it read.
 */
export { CONFLICT, checkConflicts, checkTransposed } from "./conflict";
export { TARGET, checkTargets, describeTarget } from "./target";
export { ARITHMETIC, checkArithmetic } from "./arithmetic";
export { checkTableRows } from "./table-rows";
export { USAGE, checkUsage } from "./usage";
export { interval } from "./shared";
