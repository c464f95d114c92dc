/** What is taken as built instead of computed at start must equal what would be computed. */
import * as assert from "assert";
import { BUILTIN_FIELDS } from "../../server/src/core/slogans/builtin";
import { BUILTIN_PACK } from "../../server/src/core/slogans/pack";
import { PackSchema } from "../../server/src/core/slogans/schema";

describe("load time", () => {
  it("each built-in field file as written is what PackSchema makes of it (no defaults, no transforms, valid)", () => {
    for (const { field, pack } of BUILTIN_FIELDS) assert.deepStrictEqual(PackSchema.parse(pack), pack, field);
  });
  it("the merged built-in pack is valid too (no formulation in two field files)", () => {
    assert.deepStrictEqual(PackSchema.parse(BUILTIN_PACK), BUILTIN_PACK);
  });
});
