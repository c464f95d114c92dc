/**
 * Two UTF-16 units as one small integer for the formulation maps' keys: 15 bits of each, so V8
 * keeps it a small integer (c1 × 65536 + c2 is a heap number past 2^30, allocated at every
 * look-up). Two pairs may share a key; every use compares the text itself after the look-up.
 */
export const pairKey = (c1: number, c2: number): number => ((c1 & 0x7fff) << 15) | (c2 & 0x7fff);
