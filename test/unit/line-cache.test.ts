/** The per-line caches' map: bounded by characters, least recently used out first. */
import * as assert from "assert";
import { detach, LruCache } from "../../server/src/core/document/line-cache";

describe("line cache", () => {
  it("is bounded by the characters of its keys, not by a count", () => {
    const cache = new LruCache<number>(1000);
    for (let i = 0; i < 50; i++) cache.set(String(i).padStart(200, "字"), i);
    // Each entry weighs 200 characters plus a 64-character allowance: three fit in 1,000.
    assert.strictEqual(cache.size, 3);
    assert.ok(cache.weight <= 1000, String(cache.weight));
    assert.strictEqual(cache.get("49".padStart(200, "字")), 49);
    assert.strictEqual(cache.get("46".padStart(200, "字")), undefined);
  });

  it("evicts the least recently used entry: a hit renews an entry", () => {
    const cache = new LruCache<string>(3 * (10 + 64));
    const key = (c: string) => c.repeat(10);
    cache.set(key("a"), "a");
    cache.set(key("b"), "b");
    cache.set(key("c"), "c");
    assert.strictEqual(cache.get(key("a")), "a");
    cache.set(key("d"), "d");
    assert.strictEqual(cache.get(key("b")), undefined, "b was the least recently used");
    assert.deepStrictEqual(["a", "c", "d"].map((k) => cache.get(key(k))), ["a", "c", "d"]);
  });

  it("keeps the newest entry even when it alone is over the bound, and re-setting a key does not count it twice", () => {
    const cache = new LruCache<number>(100);
    cache.set("x".repeat(500), 1);
    assert.strictEqual(cache.size, 1);
    assert.strictEqual(cache.get("x".repeat(500)), 1);
    const small = new LruCache<number>(1000);
    small.set("key", 1);
    small.set("key", 2);
    assert.strictEqual(small.weight, 3 + 64);
    assert.strictEqual(small.get("key"), 2);
    small.clear();
    assert.strictEqual(small.size + small.weight, 0);
  });

  it("detach gives an equal string, short or long, with surrogate pairs intact", () => {
    const doc = "标题\n" + "加快建设网络强国、数字中国😀，推进“四个意识”".repeat(20) + "\n结尾";
    const line = doc.split("\n")[1];
    assert.strictEqual(detach(line), line);
    assert.strictEqual(detach("短"), "短");
    assert.strictEqual(detach('含"引号"与\\反斜杠\t和控制符\u0001的一行文字'), '含"引号"与\\反斜杠\t和控制符\u0001的一行文字');
  });
});
