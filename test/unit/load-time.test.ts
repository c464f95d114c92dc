/** What is taken as built instead of computed at start must equal what would be computed. */
import * as assert from "assert";
import builtinJson from "../../server/src/core/slogans/builtin-pack.json";
import { BUILTIN_PACK } from "../../server/src/core/slogans/pack";
import { PackSchema } from "../../server/src/core/slogans/schema";

describe("load time", () => {
  it("the built-in pack as written is what PackSchema makes of it (no defaults, no transforms, valid)", () => {
    assert.deepStrictEqual(PackSchema.parse(builtinJson), BUILTIN_PACK);
    assert.strictEqual(BUILTIN_PACK, builtinJson as unknown);
  });
});
