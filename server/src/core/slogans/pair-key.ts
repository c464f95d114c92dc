/**
 * Two UTF-16 units as one small integer for the formulation maps' keys: 15 bits of each, so V8
 * keeps it a small integer (c1 × 65536 + c2 is a heap number past 2^30, allocated at every
 * look-up). Two pairs may share a key; every use compares the text itself after the look-up.
 */
export const pairKey = (c1: number, c2: number): number => ((c1 & 0x7fff) << 15) | (c2 & 0x7fff);

/** Three UTF-16 units as a small integer (ten bits of each): a map key that may collide, never a heap number. */
export const tripleKey = (c0: number, c1: number, c2: number): number => ((c0 & 0x3ff) << 20) | ((c1 & 0x3ff) << 10) | (c2 & 0x3ff);

/** Three UTF-16 units hashed to 20 bits: a bit of `SloganIndex.seedBits`. */
export const seedBitOf = (c0: number, c1: number, c2: number): number => Math.imul(((c0 << 16) | c1) ^ Math.imul(c2, 0x9e3779b1), 0x85ebca6b) >>> 12;
