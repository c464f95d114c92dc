/**
 * jieba-wasm as installed in node_modules (tests, tsx). The bundles replace
 * this module with jieba-wasm.bundled.ts, which carries the WebAssembly inside
 * the bundle (see esbuild.js).
 */
export interface WasmJieba {
  cut(text: string, hmm?: boolean): string[];
  tag(text: string, hmm?: boolean): { word: string; tag: string }[];
  add_word(word: string, freq?: number, tag?: string): number;
  memory(): { buffer: ArrayBuffer } | undefined;
}

export function loadJiebaWasm(): WasmJieba {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const jieba = require("jieba-wasm") as Omit<WasmJieba, "memory"> & { __wasm?: { memory?: { buffer: ArrayBuffer } } };
  return { cut: jieba.cut, tag: jieba.tag, add_word: jieba.add_word, memory: () => jieba.__wasm?.memory };
}
