/** jieba-rs compiled to WebAssembly: one package for every platform (the VSIX, VS Code for the Web). */
import type { Engine } from "./engine";
import { loadJiebaWasm } from "./jieba-wasm";

export function loadWasmEngine(): Engine {
  const jieba = loadJiebaWasm();
  return {
    name: "wasm",
    cut: (text, hmm) => jieba.cut(text, hmm),
    tag: (text, hmm) => jieba.tag(text, hmm),
    addWord: (word, tag) => void jieba.add_word(word, undefined, tag),
    addWords: (words) => words.forEach(({ word, tag }) => void jieba.add_word(word, undefined, tag)),
    memoryBytes: () => jieba.memory()?.buffer.byteLength ?? 0,
  };
}
