/**
 * officeArbeidsbok().lesKundeliste against a tiny fake of the Excel API: which range is read for a selected
 * block, one cell in an Excel table, and one cell elsewhere (the surrounding block), and the Norwegian errors.
 */
import { officeArbeidsbok } from "../../src/taskpane/excel";

interface Omrade {
  address: string;
  values: unknown[][];
}

/** A fake range: load() is a no-op, the properties are there from the start (sync() does nothing). */
function omrade(o: Omrade, ekstra: { tabell?: Omrade; rundt?: Omrade } = {}) {
  return {
    ...o,
    cellCount: o.values.length * (o.values[0]?.length ?? 0),
    rowCount: o.values.length,
    load: () => {},
    getTables: () => ({ load: () => {}, items: ekstra.tabell ? [{ getRange: () => omrade(ekstra.tabell!) }] : [] }),
    getSurroundingRegion: () => omrade(ekstra.rundt ?? o),
  };
}

function falskExcel(merket: ReturnType<typeof omrade> | Error): typeof Excel {
  return {
    run: async (f: (c: unknown) => Promise<unknown>) => {
      if (merket instanceof Error) throw merket;
      return f({ workbook: { getSelectedRange: () => merket }, sync: async () => {} });
    },
  } as unknown as typeof Excel;
}

const LISTE = [
  ["Kunde", "Pris i dag"],
  ["Bodø", 500000],
  ["Utsira", 15091],
];

describe("lesKundeliste (Office.js-implementasjonen)", () => {
  test("et merket område leses som det er", async () => {
    const bok = officeArbeidsbok(falskExcel(omrade({ address: "Kunder!A1:B3", values: LISTE })));
    const meldinger: string[] = [];
    expect(await bok.lesKundeliste((m) => meldinger.push(m))).toEqual({ adresse: "Kunder!A1:B3", verdier: LISTE });
    expect(meldinger[0]).toMatch(/Leser kundelisten/);
  });

  test("én celle i en Excel-tabell leser hele tabellen", async () => {
    const celle = omrade({ address: "Kunder!A2", values: [["Bodø"]] }, { tabell: { address: "Kunder!A1:B3", values: LISTE } });
    expect((await officeArbeidsbok(falskExcel(celle)).lesKundeliste()).adresse).toBe("Kunder!A1:B3");
  });

  test("én celle utenfor tabeller leser blokken av utfylte celler rundt (som Ctrl+A)", async () => {
    const celle = omrade({ address: "Ark1!B2", values: [[15091]] }, { rundt: { address: "Ark1!A1:B3", values: LISTE } });
    expect(await officeArbeidsbok(falskExcel(celle)).lesKundeliste()).toEqual({ adresse: "Ark1!A1:B3", verdier: LISTE });
  });

  test("bare en overskriftsrad gir en norsk feil som sier hva som skal merkes", async () => {
    const celle = omrade({ address: "Ark1!A1", values: [["Kunde"]] });
    await expect(officeArbeidsbok(falskExcel(celle)).lesKundeliste()).rejects.toThrow(
      "Ark1!A1 har ingen kunder under overskriften: merk kundelisten med overskriftsraden",
    );
  });

  test("en feil fra Excel blir norsk, med originalen i parentes", async () => {
    const feil = Object.assign(new Error("The cell is being edited."), { code: "InvalidOperationInCellEditMode" });
    await expect(officeArbeidsbok(falskExcel(feil)).lesKundeliste()).rejects.toThrow(
      "Å lese kundelisten mislyktes: Excel er i redigeringsmodus – trykk Enter eller Esc i cellen og prøv igjen. (The cell is being edited.)",
    );
  });
});
