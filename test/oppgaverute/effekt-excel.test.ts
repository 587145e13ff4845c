/**
 * officeArbeidsbok().lesKundeliste mot den strenge falske Excel: hvilket område som leses for et merket område, én celle
 * i en Excel-tabell og én celle ellers (blokken rundt), og de norske feilene.
 */
import { officeArbeidsbok } from "../../src/taskpane/felles/excel";
import { Falskbok } from "./streng-excel";

/** Kundelisten i A1:B3 på arket «Kunder», med en tom rad og et notat langt unna (utenfor blokken). */
function bok(medTabell = false): Falskbok {
  const b = new Falskbok();
  const ark = b.leggTilArk("Kunder", { A1: "Kunde", B1: "Pris i dag", A2: "Bodø", B2: 500000, A3: "Utsira", B3: 15091, D9: "notat" });
  if (medTabell) ark.tabeller.push({ navn: "Kundeliste", omrade: "A1:B3", overskrift: true, stil: "TableStyleMedium2" });
  return b;
}

const LISTE = [
  ["Kunde", "Pris i dag"],
  ["Bodø", 500000],
  ["Utsira", 15091],
];

describe("lesKundeliste (Office.js-implementasjonen)", () => {
  test("et merket område leses som det er", async () => {
    const b = bok();
    b.merk("Kunder", "A1:B3");
    const meldinger: string[] = [];
    expect(await officeArbeidsbok(b.excel()).lesKundeliste((m) => meldinger.push(m))).toEqual({ adresse: "Kunder!A1:B3", verdier: LISTE });
    expect(meldinger[0]).toMatch(/Leser kundelisten/);
  });

  test("én celle i en Excel-tabell leser hele tabellen", async () => {
    const b = bok(true);
    b.merk("Kunder", "A2");
    expect(await officeArbeidsbok(b.excel()).lesKundeliste()).toEqual({ adresse: "Kunder!A1:B3", verdier: LISTE });
  });

  test("én celle utenfor tabeller leser blokken av utfylte celler rundt (som Ctrl+A)", async () => {
    const b = bok();
    b.merk("Kunder", "B2");
    expect(await officeArbeidsbok(b.excel()).lesKundeliste()).toEqual({ adresse: "Kunder!A1:B3", verdier: LISTE });
  });

  test("bare en overskriftsrad gir en norsk feil som sier hva som skal merkes", async () => {
    const b = new Falskbok();
    b.leggTilArk("Liste", { A1: "Kunde" });
    b.merk("Liste", "A1");
    await expect(officeArbeidsbok(b.excel()).lesKundeliste()).rejects.toThrow(
      "Liste!A1 har ingen kunder under overskriften: merk kundelisten med overskriftsraden",
    );
  });

  test("en feil fra Excel blir norsk, med originalen i parentes", async () => {
    const b = bok();
    b.merk("Kunder", "A1:B3");
    b.feilVedSync(1, { kode: "InvalidOperationInCellEditMode", melding: "The cell is being edited." });
    await expect(officeArbeidsbok(b.excel()).lesKundeliste()).rejects.toThrow(
      "Å lese kundelisten mislyktes: Excel er i redigeringsmodus – trykk Enter eller Esc i cellen og prøv igjen. (The cell is being edited.)",
    );
  });
});
