/**
 * Avrundingsbeviset for den frittstående arbeidsboken, for verdiene som forekommer (docs/arbeidsbok.md, «Avrunding»).
 * Arbeidsboken regner x = f + r·P·(1 − a·P/Pref) med flyttall og runder med ROUND(ROUND(x;6);0). Med v den eksakte
 * prisen og ε = |x − v| flyttallsfeilen er det lik kjernens halvt-opp-avrunding av v når
 *   (1) ε < 0,0000005 kr: da blir en eksakt halv krone v = k,5 til k,5 i den indre ROUND og rundes opp, og
 *   (2) hver v like under en halv krone ligger lenger fra den enn 0,0000005 kr + ε: den indre ROUND når ikke k,5.
 * Sjekket her eksakt (brøker av BigInt, uten kjernens regning) for hver kunde i dataene, begge befolkningsårene og hver tjeneste priset etter
 * modell 1, med ε som den målte feilen pluss en margin på 0,0000001 kr for andre regneark.
 *
 * Budsjettets år nr. n ≥ 1 ganger prisen med (1 + d)^n. Da får den eksakte prisen nevneren 10^(6n) i tillegg, og
 * priser like under en halv krone blir vanlige (Time, KS Læring, 3 %, år nr. 4: 55 352,4999998 kr). Arket Budsjett
 * runder derfor med et vindu som følger beløpet (halvOppRelativ: 5 · 10⁻¹⁴ til 5 · 10⁻¹³ av beløpet), og testene under
 * sjekker de samme to vilkårene for et rutenett av vekst, prisjustering og år.
 */
import { type Decimal, ORGANISASJONER, STANDARD_PRISMATRISE, STANDARD_SVARUT } from "../../src/core";
import { innbyggereFasit } from "../budsjett/referanse";
import { fra } from "../okonom/brok";

/** Den indre avrundingen til seks desimaler treffer k,5 fra under når prisen ligger så nær: 0,0000005 kr. */
const VINDU = 0.0000005;
/** Margin for andre regneark enn LibreOffice (en annen rekkefølge i flyttallsregningen). */
const MARGIN = 0.0000001;

test("alle priser som forekommer: flyttallsfeilen er liten, og ingen pris ligger i vinduet under en halv krone", () => {
  let storstFeil = 0;
  let minstAvstand = 1;
  let antall = 0;
  for (const org of ORGANISASJONER) {
    for (const ar of [2024, 2025] as const) {
      const p = org.innbyggere[ar];
      for (const t of STANDARD_PRISMATRISE.tjenester) {
        const ledd = org.kundetype === "KOMMUNE" ? t.kommune : t.fylkeskommune;
        if (!ledd) continue;
        // År nr. 0 uten prisjustering: arbeidsbokens regnestykke x og den eksakte prisen T/U.
        const pris = budsjettpris(ledd, p, STANDARD_PRISMATRISE.referanse[org.kundetype], 0, 0);
        const { relativFeil, underHalv } = feilOgAvstand(pris);
        storstFeil = Math.max(storstFeil, relativFeil * pris.x);
        if (underHalv !== null && underHalv > 0) minstAvstand = Math.min(minstAvstand, underHalv);
        antall += 1;
      }
    }
  }
  expect(antall).toBeGreaterThan(371 * 2 * 6);
  expect(storstFeil).toBeLessThan(0.00000001); // målt: 6,6e-10 kr
  expect(minstAvstand).toBeGreaterThan(VINDU + storstFeil + MARGIN); // målt: 6,8e-5 kr
});

test("SvarUt: prisene har to desimaler, så en pris som ikke er ,5 ligger minst 0,01 kr fra halv krone", () => {
  // fastpris + A·altinn + F·forsendelse + S·svarinn: et multiplum av 0,01 for hele volumer når hver pris er det.
  // 0,01 kr er langt utenfor vinduet og marginen (0,0000006 kr).
  for (const priser of Object.values(STANDARD_SVARUT)) {
    for (const d of Object.values(priser)) expect(d.times(100).isInteger()).toBe(true);
  }
});

/** Antall desimaler i den indre avrundingen i arket Budsjett (halvOppRelativ): vinduet er en halv enhet av siste desimal. */
const relativeDesimaler = (x: number) => [1e3, 1e4, 1e5, 1e6, 1e7, 1e8].findIndex((g) => x < g);
const vinduFor = (x: number) => {
  const i = relativeDesimaler(x);
  return 0.5 * 10 ** -(i < 0 ? 4 : 10 - i);
};

/**
 * Arkets regnestykke for en modellpris i år nr. n (samme rekkefølge som formlene: faktor = 1 − a·P/Pref, så f + r·P·faktor,
 * så ganget med (1 + k/1 000 000)^n) og den eksakte prisen som brøk T/U, for k = prisjusteringen i milliondeler.
 */
function budsjettpris(ledd: { fastpris: Decimal; innbyggerpris: Decimal; justering: Decimal }, p: number, pref: number, k: number, n: number) {
  const [f, r, a] = [fra(ledd.fastpris.toFixed()), fra(ledd.innbyggerpris.toFixed()), fra(ledd.justering.toFixed())];
  const [P, R] = [BigInt(p), BigInt(pref)];
  const c = 1_000_000n + BigInt(k);
  const T = (f.t * r.n * a.n * R + f.n * r.t * P * (a.n * R - a.t * P)) * c ** BigInt(n);
  const U = f.n * r.n * a.n * R * 10n ** BigInt(6 * n);
  const faktor = 1 - (ledd.justering.toNumber() * p) / pref;
  const x = (ledd.fastpris.toNumber() + ledd.innbyggerpris.toNumber() * p * faktor) * (1 + k / 1_000_000) ** n;
  return { T, U, x };
}

/** |x − T/U| / x, og avstanden fra T/U ned til nærmeste halve krone over (null når brøkdelen er ½ eller mer). */
function feilOgAvstand({ T, U, x }: { T: bigint; U: bigint; x: number }): { relativFeil: number; underHalv: number | null } {
  const S = 10n ** 20n;
  const X = BigInt(x.toFixed(20).replace(".", ""));
  const diff = X * U - T * S;
  const relativFeil = Number(((diff < 0n ? -diff : diff) * 10n ** 18n) / (U * S)) / 1e18 / x;
  const rest = (2n * T) % (2n * U);
  return { relativFeil, underHalv: rest < U ? Number(((U - rest) * 10n ** 18n) / (2n * U)) / 1e18 : null };
}

describe("budsjettets år etter det første: prisen ganget med (1 + prisjustering)^n", () => {
  test("rutenett: flyttallsfeilen er under 2 · 10⁻¹⁵ av beløpet, og ingen pris ligger i vinduet under en halv krone", () => {
    let storstRelativ = 0;
    let iVinduet = 0;
    let iFastVindu = 0;
    let antall = 0;
    // Vekst 0–2 %, prisjustering 2–4 %, år nr. 1–4: planer som faktisk lages, for alle kunder, begge befolkningsår, alle tjenester.
    for (const org of ORGANISASJONER) {
      const pref = STANDARD_PRISMATRISE.referanse[org.kundetype === "KOMMUNE" ? "KOMMUNE" : "FYLKESKOMMUNE"];
      const alleLedd = STANDARD_PRISMATRISE.tjenester.flatMap((t) => {
        const ledd = org.kundetype === "KOMMUNE" ? t.kommune : t.fylkeskommune;
        return ledd ? [ledd] : [];
      });
      for (const ar of [2024, 2025] as const) {
        for (const vekst of [0, 10_000, 20_000]) {
          for (let n = 1; n <= 4; n++) {
            const p = innbyggereFasit(org.innbyggere[ar], vekst, n);
            for (const ledd of alleLedd) {
              // Prisjusteringen i ti-tusendeler av en prosent er det samme som i milliondeler: 30 000 = 3 %.
              for (const justering of [20_000, 25_000, 30_000, 35_000, 40_000]) {
                const pris = budsjettpris(ledd, p, pref, justering, n);
                const { relativFeil, underHalv } = feilOgAvstand(pris);
                storstRelativ = Math.max(storstRelativ, relativFeil);
                if (underHalv !== null && underHalv < vinduFor(pris.x) + relativFeil * pris.x * 10) iVinduet += 1;
                if (underHalv !== null && underHalv < 5e-7) iFastVindu += 1;
                antall += 1;
              }
            }
          }
        }
      }
    }
    expect(antall).toBeGreaterThan(371 * 2 * 3 * 4 * 5 * 6);
    expect(storstRelativ).toBeLessThan(2e-15); // målt: 1,4 · 10⁻¹⁵; vinduet er minst 5 · 10⁻¹⁴ av beløpet
    expect(iVinduet).toBe(0);
    // Med fast 6 desimaler (som i arket Kalkulator) ville noen priser i rutenettet fått 1 kr for mye.
    expect(iFastVindu).toBeGreaterThan(0);
  });

  test("Time (20 157 innbyggere), KS Læring, 3 % i år nr. 4: 55 352,4999998 kr rundes ned, ikke opp", () => {
    const ledd = STANDARD_PRISMATRISE.tjenester.find((t) => t.navn === "KS Læring")!.kommune!;
    const pris = budsjettpris(ledd, 20_157, STANDARD_PRISMATRISE.referanse.KOMMUNE, 30_000, 4);
    const { underHalv } = feilOgAvstand(pris);
    expect(underHalv).toBeGreaterThan(0);
    expect(underHalv).toBeLessThan(5e-7);
    const halvOpp6 = Math.round(Math.round(pris.x * 1e6) / 1e6);
    const d = relativeDesimaler(pris.x) < 0 ? 4 : 10 - relativeDesimaler(pris.x);
    const halvOppRelativ = Math.round(Math.round(pris.x * 10 ** d) / 10 ** d);
    expect([halvOpp6, halvOppRelativ, Number((2n * pris.T + pris.U) / (2n * pris.U))]).toEqual([55_353, 55_352, 55_352]);
  });
});
