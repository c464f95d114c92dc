/**
 * jieba-wasm with its WebAssembly embedded: the bundle's launcher hands over
 * the .wasm stored after the bundle in the same file (esbuild.js,
 * scripts/launcher.js), and initSync instantiates it, so a bundle copied
 * anywhere runs alone. Used only in the bundles, in place of jieba-wasm.ts.
 */
import type { WasmJieba } from "./jieba-wasm";

export function loadJiebaWasm(): WasmJieba {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const bytes = require("lectern:jieba-wasm-binary") as Uint8Array;
  const jieba = require("jieba-wasm/web") as Omit<WasmJieba, "memory"> & { initSync(o: { module: Uint8Array }): { memory: { buffer: ArrayBuffer } } };
  /* eslint-enable @typescript-eslint/no-require-imports */
  const exports = jieba.initSync({ module: bytes });
  return { cut: jieba.cut, tag: jieba.tag, add_word: jieba.add_word, memory: () => exports.memory };
}
