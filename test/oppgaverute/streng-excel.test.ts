/**
 * Den strenge falske Excel selv: hver regel den håndhever, vist med kode som bryter regelen (slik en feil i excel.ts ville).
 * Den er bare nyttig så lenge den nekter det Office.js nekter.
 */
import { Falskbok, tolkInntasting } from "./streng-excel";

type Kropp = (context: Excel.RequestContext) => Promise<unknown>;
const kjor = (bok: Falskbok, kropp: Kropp) => bok.excel().run(kropp);
const kode = (feil: unknown) => (feil as { code?: string }).code;

describe("lasting", () => {
  test("en egenskap som ikke er lastet, kaster PropertyNotLoaded – også etter load() før sync()", async () => {
    const bok = new Falskbok();
    bok.leggTilArk("Data", { A1: 1 });
    bok.merk("Data", "A1:B2");
    await kjor(bok, async (context) => {
      const omrade = context.workbook.getSelectedRange();
      expect(() => omrade.values).toThrow(/The property 'values' is not available/);
      omrade.load("address");
      expect(() => omrade.address).toThrow(/not available/);
      await context.sync();
      expect(omrade.address).toBe("Data!A1:B2");
      const feil = (() => { try { return omrade.rowCount; } catch (e) { return e; } })();
      expect(kode(feil)).toBe("PropertyNotLoaded");
    });
  });

  test("isNullObject kan bare leses etter sync, og et nullobjekt lastes uten feil", async () => {
    const bok = new Falskbok();
    await kjor(bok, async (context) => {
      const brukt = context.workbook.worksheets.getActiveWorksheet().getUsedRangeOrNullObject(true);
      brukt.load("address");
      expect(() => brukt.isNullObject).toThrow(/not available/);
      await context.sync();
      expect(brukt.isNullObject).toBe(true);
    });
  });

  test("samlinger: items finnes først etter load(\"items/name\") og sync", async () => {
    const bok = new Falskbok();
    await kjor(bok, async (context) => {
      const ark = context.workbook.worksheets;
      expect(() => ark.items).toThrow(/not available/);
      ark.load("items/name");
      await context.sync();
      expect(ark.items.map((a) => a.name)).toEqual(["Ark1"]);
      expect(() => ark.items[0].id).toThrow(/not available/);
    });
  });

  test("operasjoner som er køet men aldri synkronisert når Excel.run slutter, er en feil", async () => {
    const bok = new Falskbok();
    await expect(kjor(bok, async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange("A1").values = [[1]];
    })).rejects.toThrow(/køede operasjoner ble aldri synkronisert/);
  });
});

describe("skriving", () => {
  test("values, formulas og numberFormat må ha områdets form; [[format]] på to celler feiler", async () => {
    for (const skriv of [
      (r: Excel.Range) => { r.values = [[1]]; },
      (r: Excel.Range) => { r.formulas = [["=1", "=2"], ["=3", "=4"]]; },
      (r: Excel.Range) => { r.numberFormat = [["0 %"]]; },
    ]) {
      const bok = new Falskbok();
      const feil = await kjor(bok, async (context) => {
        skriv(context.workbook.worksheets.getActiveWorksheet().getRange("B18:C18"));
        await context.sync();
      }).catch((e: unknown) => e);
      expect(kode(feil)).toBe("InvalidArgument");
      expect((feil as Error).message).toMatch(/doesn't match the size or dimensions of the range/);
    }
  });

  test("tekst skrevet som den er blir tolket som inntasting; bare apostrof foran gjør den til tekst", () => {
    expect(tolkInntasting("=WEBSERVICE(\"x\")")).toEqual({ formel: "=WEBSERVICE(\"x\")" });
    expect(tolkInntasting("+47 Kommune")).toEqual({ formel: "=+47 Kommune" });
    expect(tolkInntasting("-1 Kommune")).toEqual({ formel: "=-1 Kommune" });
    expect(tolkInntasting("@SUM(A1:A2)")).toEqual({ formel: "=@SUM(A1:A2)" });
    expect(tolkInntasting("0301")).toBe(301);
    expect(tolkInntasting("-5")).toBe(-5);
    expect(tolkInntasting("TRUE")).toBe(true);
    expect(tolkInntasting("'=WEBSERVICE(\"x\")")).toBe("=WEBSERVICE(\"x\")");
    expect(tolkInntasting("'0301")).toBe("0301");
    expect(tolkInntasting("Bodø")).toBe("Bodø");
    expect(tolkInntasting("")).toBeNull();
  });

  test("null lar cellen være; skriving i en celle med innhold blir synlig i `overskrevet`", async () => {
    const bok = new Falskbok();
    const ark = bok.leggTilArk("Data", { A1: "mitt", B1: 2 });
    bok.aktivtArk = ark;
    await kjor(bok, async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange("A1:C1").values = [[null, 3, "'ny"]];
      await context.sync();
    });
    expect([ark.innhold("A1"), ark.innhold("B1"), ark.innhold("C1")]).toEqual(["mitt", 3, "ny"]);
    expect(bok.overskrevet).toEqual(["Data!B1"]);
  });

  test("en beskyttet arbeidsbok nekter skriving med AccessDenied", async () => {
    const bok = new Falskbok();
    bok.beskyttet = true;
    const feil = await kjor(bok, async (context) => {
      context.workbook.worksheets.add("Nytt");
      await context.sync();
    }).catch((e: unknown) => e);
    expect(kode(feil)).toBe("AccessDenied");
  });
});

describe("ark og tabeller", () => {
  async function leggTilTabell(bok: Falskbok, omrade: string, navn?: string): Promise<unknown> {
    return kjor(bok, async (context) => {
      const tabell = context.workbook.worksheets.getActiveWorksheet().tables.add(omrade, true);
      if (navn) tabell.name = navn;
      await context.sync();
    }).catch((e: unknown) => e);
  }

  function bokMedOverskrifter(): Falskbok {
    const bok = new Falskbok();
    bok.aktivtArk = bok.leggTilArk("Data", { A1: "Kunde", B1: "Pris", C1: "Pris", A5: "Navn", B5: "Sum" });
    return bok;
  }

  test("tabeller kan ikke overlappe", async () => {
    const bok = bokMedOverskrifter();
    expect(await leggTilTabell(bok, "A1:B3")).toBeUndefined();
    const feil = await leggTilTabell(bok, "A3:B6");
    expect((feil as Error).message).toBe("A table can't overlap another table.");
    expect(bok.finn("Data").tabeller).toHaveLength(1);
  });

  test("overskriftene må være unik tekst", async () => {
    expect(String(await leggTilTabell(bokMedOverskrifter(), "A1:C3"))).toMatch(/overskriftene i A1:C3 må være unik tekst/);
    expect(String(await leggTilTabell(bokMedOverskrifter(), "A1:D3"))).toMatch(/må være unik tekst/);
  });

  test("et tabellnavn kan ikke være et definert navn, et annet tabellnavn eller se ut som en celle", async () => {
    const medNavn = () => {
      const bok = bokMedOverskrifter();
      bok.definerteNavn.push("Priser");
      return bok;
    };
    expect(kode(await leggTilTabell(medNavn(), "A1:B3", "PRISER"))).toBe("ItemAlreadyExists");
    expect(kode(await leggTilTabell(medNavn(), "A1:B3", "ABC1"))).toBe("InvalidArgument");
    expect(kode(await leggTilTabell(medNavn(), "A1:B3", "R1C1"))).toBe("InvalidArgument");
    const bok = medNavn();
    expect(await leggTilTabell(bok, "A1:B3", "Kunder1")).toBeUndefined();
    expect(kode(await leggTilTabell(bok, "A5:B6", "kunder1"))).toBe("ItemAlreadyExists");
  });

  test("arknavn er unike uten hensyn til store og små bokstaver", async () => {
    const bok = new Falskbok();
    const feil = await kjor(bok, async (context) => {
      context.workbook.worksheets.add("ARK1");
      await context.sync();
    }).catch((e: unknown) => e);
    expect(kode(feil)).toBe("ItemAlreadyExists");
  });
});

describe("feil satt inn ved sync nr. N", () => {
  test("de første operasjonene i køen er utført, resten ikke, og lastede verdier kommer ikke", async () => {
    const bok = new Falskbok();
    bok.feilVedSync(1, { utforte: 2, kode: "GeneralException", melding: "boom" });
    const ark = bok.finn("Ark1");
    let lest: Excel.Range | undefined;
    const feil = await kjor(bok, async (context) => {
      const a = context.workbook.worksheets.getActiveWorksheet();
      lest = a.getRange("A1");
      lest.load("address");
      a.getRange("A1").values = [[1]];
      a.getRange("A2").values = [[2]];
      await context.sync();
    }).catch((e: unknown) => e);
    expect((feil as Error).message).toBe("boom");
    expect(kode(feil)).toBe("GeneralException");
    // Operasjon 1 var å finne arket, 2 området A1: ingen av skrivingene er utført.
    expect(ark.celler.size).toBe(0);
    expect(() => lest!.address).toThrow(/not available/);
  });

  test("N teller fra nå: feilVedSync(2) lar den neste lykkes", async () => {
    const bok = new Falskbok();
    bok.feilVedSync(2);
    const syncer: string[] = [];
    await kjor(bok, async (context) => {
      await context.sync();
      syncer.push("1 ok");
      await context.sync().catch(() => syncer.push("2 feilet"));
    });
    expect(syncer).toEqual(["1 ok", "2 feilet"]);
  });
});
