import fc from "fast-check";
import { describe, expect, it } from "vitest";

describe("the properties' seed (test/helpers/property-seed.ts, run before every file)", () => {
  it("is pinned under CI or VNCITE_PROPERTY_SEED, and left random otherwise", () => {
    const { seed } = fc.readConfigureGlobal();
    const fromEnv = process.env.VNCITE_PROPERTY_SEED;
    if (fromEnv !== undefined && /^-?\d+$/.test(fromEnv)) expect(seed).toBe(Number(fromEnv));
    else if (process.env.CI) expect(seed).toBe(20261203);
    else expect(seed).toBeUndefined();
  });
});
