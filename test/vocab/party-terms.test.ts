import { describe, expect, it } from "vitest";
import { inPartyTerm, partyTerm, PARTY_TERMS } from "../../src/vocab/party-terms.js";

describe("PARTY_TERMS", () => {
  it("joins each term to the next at a congress year", () => {
    for (let i = 1; i < PARTY_TERMS.length; i++) expect(PARTY_TERMS[i].from).toBe(PARTY_TERMS[i - 1].to);
  });

  it("holds a congress year in both terms it joins, and no year outside", () => {
    const ix = partyTerm("ix")!;
    expect([2000, 2001, 2004, 2006, 2007].map((y) => inPartyTerm(ix, y))).toEqual([false, true, true, true, false]);
    expect(inPartyTerm(partyTerm("XIV")!, 2030)).toBe(true);
    expect(partyTerm("XX")).toBeUndefined();
  });
});
