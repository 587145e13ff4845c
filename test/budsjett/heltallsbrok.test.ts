/** Kjernens små BigInt-brøker: omregning fra Decimal, prosentfaktor, avrunding og grensen for sikre heltall. */
import { Decimal } from "../../src/core";
import { desimalbrok, heltall, prosentfaktor, rundBrok } from "../../src/core/modell/heltallsbrok";

describe("heltallsbrøker", () => {
  test("Decimal → brøk uten tap", () => {
    expect(desimalbrok(new Decimal("0.636"))).toEqual({ t: 636n, n: 1000n });
    expect(desimalbrok(new Decimal("-2.5"))).toEqual({ t: -25n, n: 10n });
    expect(desimalbrok(new Decimal(16500))).toEqual({ t: 16500n, n: 1n });
  });

  test("1 + prosent/100: 3 → 103/100, −0,5 → 995/1000", () => {
    expect(prosentfaktor(new Decimal(3))).toEqual({ t: 103n, n: 100n });
    expect(prosentfaktor(new Decimal("-0.5"))).toEqual({ t: 995n, n: 1000n });
  });

  test("halvt opp, bort fra null ved nøyaktig ,5", () => {
    expect([rundBrok({ t: 5n, n: 2n }), rundBrok({ t: 7n, n: 3n }), rundBrok({ t: -5n, n: 2n }), rundBrok({ t: -7n, n: 3n })]).toEqual([3n, 2n, -3n, -2n]);
  });

  test("et tall utenfor de sikre heltallene er en norsk feil, ikke et unøyaktig tall", () => {
    expect(heltall(9007199254740991n, "x")).toBe(Number.MAX_SAFE_INTEGER);
    expect(() => heltall(9007199254740992n, "Årsprisen blir urimelig stor"))
      .toThrow("Årsprisen blir urimelig stor (9007199254740992): kontroller innbyggertall, vekst og prisjustering.");
  });
});
