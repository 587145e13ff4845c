/**
 * Kjernens visning av kalkulatoren: den ene «na.»-regelen (med grunnen i ord), linjenes merknader og overskriften.
 * Ruten, kommandolinjen og arkene formaterer bare denne; forventningene er skrevet for hånd.
 */
import { Decimal, type Kalkulatorlinje, celletekst, kalkulatorvisning, visningslinje } from "../../src/core";

const d = (n: number) => new Decimal(n);
const FORMAT = { kr: (v: Decimal) => `${v.toFixed(0)} kr`, prosent: (v: Decimal) => `${v.toFixed(0)} %` };
const tekst = (rad: Kalkulatorlinje) => visningslinje(rad).celler.map((c) => celletekst(c, FORMAT));
const rad = (r: Partial<Kalkulatorlinje> & Pick<Kalkulatorlinje, "tjeneste" | "type">): Kalkulatorlinje => ({
  eksisterende: null, ny: null, endringProsent: null, endringKr: null, tillegg: null, totalNy: null, ...r,
});

describe("den ene na.-regelen", () => {
  test("en tjeneste som vurderes uten pris (holdt utenfor) er «na.» i tillegg og total ny – kommandolinjen skrev tomt før", () => {
    const vurdert = rad({ tjeneste: "Fiks Protokoller", type: "tillegg", utenfor: true });
    expect(tekst(vurdert)).toEqual(["", "", "", "", "na.", "na."]);
    expect(visningslinje(vurdert).celler[4]).toEqual({ type: "na", grunn: "holdt utenfor: et felt er ugyldig" });
  });

  test("Min kommune: tom eller dagens pris, «na.» i ny pris, endringene og total ny, med grunnen «inngår i grunnfinansieringen»", () => {
    const min = rad({ tjeneste: "Min kommune", type: "utgatt", eksisterende: d(80000) });
    expect(tekst(min)).toEqual(["80000 kr", "na.", "na.", "na.", "", "na."]);
    expect(new Set(visningslinje(min).celler.filter((c) => c.type === "na").map((c) => c.type === "na" && c.grunn))).toEqual(new Set(["inngår i grunnfinansieringen"]));
    expect(visningslinje({ ...min, eksisterende: null }).merknad).toBe("nå i grunnfinansieringen");
  });

  test("en tjeneste uten dagens pris: endringene er «na.» fordi dagens pris mangler; grunnfinansieringen er ny fra 2025", () => {
    const digisos = rad({ tjeneste: "Fiks Digisos", type: "tjeneste", ny: d(36394), totalNy: d(36394) });
    expect(tekst(digisos)).toEqual(["", "36394 kr", "na.", "na.", "", "36394 kr"]);
    expect(visningslinje(digisos).celler[2]).toEqual({ type: "na", grunn: "dagens pris er ikke oppgitt" });
    const grunn = rad({ tjeneste: "Grunnfinansiering", type: "grunnfinansiering", ny: d(354752), endringKr: d(354752), totalNy: d(354752) });
    expect(tekst(grunn)).toEqual(["", "354752 kr", "na.", "354752 kr", "", "354752 kr"]);
    expect(visningslinje(grunn).merknad).toBe("ny fra 2025");
  });
});

describe("overskriften", () => {
  test("uten pris i dag: endringen er hele den nye summen, prosenten null, og merknadene sier i ord hva som mangler", () => {
    const rader = [
      rad({ tjeneste: "Grunnfinansiering", type: "grunnfinansiering", ny: d(354752), endringKr: d(354752), totalNy: d(354752) }),
      rad({ tjeneste: "SvarUt", type: "tjeneste", ny: d(3000), totalNy: d(3000), bareFastpris: true }),
      rad({ tjeneste: "Min kommune", type: "utgatt" }),
    ];
    // Summer: i dag 0, ny 354 752 + 3 000 = 357 752, endring 357 752 kr, ingen prosent (ingenting betales i dag).
    const sum = { eksisterende: d(0), ny: d(357752), endringProsent: null, endringKr: d(357752), tillegg: d(0), totalNy: d(357752) };
    const v = kalkulatorvisning({ rader, sum });
    expect(v.overskrift).toEqual({
      iDag: d(0), ny: d(357752), endringKr: d(357752), endringProsent: null, medNyeTjenester: null,
      merknader: [
        "Dagens pris mangler for SvarUt: den nye prisen teller fullt i endringen. Skriv inn dagens pris for å se den riktige endringen.",
        "Grunnfinansieringen er ny fra 2025 og teller i sin helhet som økning.",
        "Min kommune har ingen egen pris fra 2025: inngår i grunnfinansieringen.",
        "SvarUt uten volum: bare fastpris: skriv inn volumene for å få hele prisen.",
        "Endringen i prosent kan ikke regnes: ingen pris i dag er oppgitt.",
      ],
    });
    expect(v.linjer[1]).toMatchObject({ bareFastpris: true, merknad: "uten volum: bare fastpris" });
    expect(v.sum.celler.map((c) => celletekst(c, FORMAT))).toEqual(["0 kr", "357752 kr", "na.", "357752 kr", "0 kr", "357752 kr"]);
  });
});
