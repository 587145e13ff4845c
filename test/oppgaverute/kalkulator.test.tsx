/** @jest-environment jsdom */
import { act, fireEvent, screen, within } from "@testing-library/react";
import { ORGANISASJONER } from "../../src/core";
import * as kalkulatormodul from "../../src/core/okonomi/kalkulator";
import { TOMT_SKJEMA } from "../../src/taskpane/felles/skjema";
import { BODO_PRISER } from "../hjelpere/bodo";
import { kr as norskKr } from "../hjelpere/norsk";
import { bodo, bodoSkjema, listeposter, tabellrader, tekst, visApp } from "./hjelp";

// Bodø, 1. januar 2024: P = 53 712; Pref (kommuner) = 717 710 (Oslo). Prisene er regnet for hånd i test/hjelpere/bodo.ts.
const R = 717710;
const { grunnfinansiering: grunn, digisos, ledsagerbevis: ledsager, svarut } = BODO_PRISER;
const kr = (n: number) => norskKr(Math.round(n));

const resultattabell = () => screen.getByRole("table", { name: /Prisberegning/ });
const brukte = () => within(screen.getByRole("group", { name: "Tjenester dere bruker i dag" }));

/** Skriver i et felt og forlater det (feilen i feltet vises først da, eller etter en pause). */
function skriv(felt: HTMLElement, verdi: string) {
  fireEvent.change(felt, { target: { value: verdi } });
  fireEvent.blur(felt);
}

describe("Kalkulator-visningen", () => {
  test("hele tabellen for Bodø med kalkulatorens kolonner, og én na.-regel: Min kommune har «na.» for ny pris og total", () => {
    visApp({ skjema: bodoSkjema() });
    const tabell = resultattabell();
    expect(within(tabell).getAllByRole("columnheader").map((c) => c.textContent)).toEqual([
      "Tjeneste", "Eksisterende prismodell", "Grunnfinansiering + nye tjenestepriser", "Prisendring %",
      "Prisendring kr", "Ny tjenestepris tillegg", "Total ny tjenestepris",
    ]);
    const eksisterende = 41000 + 190000 + 80000;
    const ny = grunn + digisos + svarut;
    expect(tabellrader(tabell)).toEqual([
      ["Grunnfinansiering", "", kr(grunn), "na.", kr(grunn), "", kr(grunn)],
      // (36 394 − 41 000) / 41 000 = −11,2 % → −11 %
      ["Fiks Digisos", kr(41000), kr(digisos), "−11 %", kr(digisos - 41000), "", kr(digisos)],
      // (29 270 − 190 000) / 190 000 = −84,6 % → −85 %
      ["SvarUt", kr(190000), kr(svarut), "−85 %", kr(svarut - 190000), "", kr(svarut)],
      ["Min kommune", kr(80000), "na.", "na.", "na.", "", "na."],
      ["Digitalt ledsagerbevis", "", "", "", "", kr(ledsager), kr(ledsager)],
      // (420 416 − 311 000) / 311 000 = 35,2 % → 35 %
      ["Sum", kr(eksisterende), kr(ny), `${Math.round(((ny - eksisterende) / eksisterende) * 100)} %`, kr(ny - eksisterende), kr(ledsager), kr(ny + ledsager)],
    ]);
  });

  test("smal rute: to linjer per tjeneste med ny pris og endring i kr og %, og overskriften med i dag, ny og endring", () => {
    visApp({ skjema: bodoSkjema() });
    const liste = screen.getByRole("list", { name: /Prisberegning for Bodø/ });
    expect(listeposter(liste)).toEqual([
      { navn: "Grunnfinansiering", hoved: kr(grunn), detalj: "Ny fra 2025", endring: kr(grunn) },
      { navn: "Fiks Digisos", hoved: kr(digisos), detalj: `I dag ${kr(41000)}`, endring: `${kr(digisos - 41000)} (−11 %)` },
      { navn: "SvarUt", hoved: kr(svarut), detalj: `I dag ${kr(190000)}`, endring: `${kr(svarut - 190000)} (−85 %)` },
      // Én «na.» per linje: endringen gjentar den ikke.
      { navn: "Min kommune", hoved: "na.", detalj: `I dag ${kr(80000)}, nå i grunnfinansieringen`, endring: "–" },
      { navn: "Digitalt ledsagerbevis", hoved: kr(ledsager), detalj: "Ny tjeneste dere vurderer", endring: "tillegg" },
    ]);
    // Skjermlesere hører hva tallene er.
    expect(tekst(liste.querySelector("li [data-felt=hoved]"))).toBe(`Ny pris: ${kr(grunn)}`);
    const ny = grunn + digisos + svarut;
    const overskrift = screen.getByLabelText("Sammendrag");
    const par = [...overskrift.querySelectorAll("div")].map((d) => [tekst(d.querySelector("dt")), tekst(d.querySelector("dd"))]);
    expect(par).toEqual([
      ["I dag", kr(311000)],
      ["Ny pris", kr(ny)],
      ["Endring", `${kr(ny - 311000)} (35 %)`],
      ["Med nye tjenester", kr(ny + ledsager)],
    ]);
  });

  test("merknaden lister tjenestene uten pris i dag, så en stor endring har en forklaring", () => {
    const skjema = bodoSkjema();
    skjema.brukte["Fiks Digisos"].eksisterende = "";
    skjema.brukte["KS Læring"] = { valgt: true, eksisterende: "" };
    visApp({ skjema });
    const merknad = screen.getByTestId("merknader");
    expect(tekst(merknad)).toMatch(/Dagens pris mangler for Fiks Digisos og KS Læring: den nye prisen teller fullt i endringen/);
    expect(tekst(merknad)).toMatch(/Grunnfinansieringen er ny fra 2025/);
  });

  test("Min kommune uten dagens pris: «Nå i grunnfinansieringen» (ikke «I dag , …»), og overskriften sier i ord hva som mangler", () => {
    const skjema = bodoSkjema();
    skjema.brukte["Min kommune"].eksisterende = "";
    skjema.brukte["Fiks Digisos"].eksisterende = "";
    skjema.brukte.SvarUt.eksisterende = "";
    visApp({ skjema });
    const poster = listeposter(screen.getByRole("list", { name: /Prisberegning for Bodø/ }));
    expect(poster.find((p) => p.navn === "Min kommune")).toEqual({ navn: "Min kommune", hoved: "na.", detalj: "Nå i grunnfinansieringen", endring: "–" });
    // Ingenting betales i dag: endringen er hele den nye summen, uten en rød «(na.)»; merknaden sier hvorfor.
    const ny = grunn + digisos + svarut;
    const overskrift = screen.getByLabelText("Sammendrag");
    const par = [...overskrift.querySelectorAll("div")].map((d) => [tekst(d.querySelector("dt")), tekst(d.querySelector("dd"))]);
    expect(par.slice(0, 3)).toEqual([["I dag", kr(0)], ["Ny pris", kr(ny)], ["Endring", kr(ny)]]);
    expect(tekst(overskrift)).not.toMatch(/na\./);
    const merknad = tekst(screen.getByTestId("merknader"));
    expect(merknad).toMatch(/Dagens pris mangler for Fiks Digisos og SvarUt/);
    expect(merknad).toMatch(/Min kommune har ingen egen pris fra 2025: inngår i grunnfinansieringen\./);
    expect(merknad).toMatch(/Endringen i prosent kan ikke regnes: ingen pris i dag er oppgitt\./);
  });

  test("SvarUt med dagens pris og uten volumer: «uten volum: bare fastpris» ved linjen og i overskriftens merknad", () => {
    const skjema = bodoSkjema();
    skjema.volum = { altinn: "", forsendelser: "", svarinn: "" };
    skjema.brukte.SvarUt.eksisterende = "376 518";
    visApp({ skjema });
    // Uten volumer er SvarUt-prisen bare kommunenes fastpris i SvarUt-tabellen: 3 000 kr.
    const rad = tabellrader(resultattabell()).find((r) => r[0].startsWith("SvarUt"))!;
    expect(rad.slice(0, 3)).toEqual(["SvarUtuten volum: bare fastpris", kr(376518), kr(3000)]);
    const post = listeposter(screen.getByRole("list", { name: /Prisberegning for Bodø/ })).find((p) => p.navn === "SvarUt")!;
    expect(post.detalj).toBe(`I dag ${kr(376518)}, uten volum: bare fastpris`);
    expect(tekst(screen.getByTestId("merknader"))).toMatch(/SvarUt uten volum: bare fastpris: skriv inn volumene for å få hele prisen\./);
  });

  test("beregningen gjøres én gang per godtatt verdi og deles av resultatet og nedlastingen (App gir den videre)", () => {
    visApp({ skjema: bodoSkjema() });
    const spion = jest.spyOn(kalkulatormodul, "beregnKalkulator");
    try {
      // Feltregelen: verdien når modellen når feltet forlates; da regnes det én gang for alle fanene.
      skriv(screen.getByRole("textbox", { name: "Eksisterende pris for Fiks Digisos" }), "42 000");
      expect(spion).toHaveBeenCalledTimes(1);
      expect(tabellrader(resultattabell())[1][1]).toBe(kr(42000));
    } finally {
      spion.mockRestore();
    }
  });

  test("søk «bodo» uten aksent finner Bodø, tabellen oppdateres mens brukeren skriver, og søkeknappen har norsk navn", async () => {
    visApp();
    expect(screen.getByText(/Velg en kommune eller fylkeskommune/)).toBeTruthy();
    const sok = screen.getByRole("combobox", { name: /Organisasjon/ });
    // Fluents egen knapp heter «Open» på engelsk hvis ingen gir den et navn.
    expect(screen.queryByRole("button", { name: /^Open/ })).toBeNull();
    expect(screen.getByRole("button", { name: "Vis alle treff" })).toBeTruthy();
    fireEvent.click(sok);
    fireEvent.change(sok, { target: { value: "bodo" } });
    fireEvent.click(await screen.findByRole("option", { name: /Bodø \(1804\)/ }));
    // Standard er det siste befolkningsåret som følger med: 1. januar 2026 (data/ssb-folkemengde.csv).
    expect(screen.getByText(/53 638 innbyggere \(SSB, 1\. januar 2026\)/)).toBeTruthy();
    // 16 500 + 6,345 · 53 638 · (1 − 0,1 · 53 638 / 717 710) = 354 289,63 → 354 290 (docs/budsjett.md)
    expect(tabellrader(resultattabell())[0][2]).toBe(kr(354290));
    expect(screen.getByText(/^Prismatrise 2025 · innbyggere 1\.1\.2026\./)).toBeTruthy();
    // KS' publiserte tabell for 2025 (1. januar 2024) er ett klikk unna.
    fireEvent.click(screen.getByRole("button", { name: "Som KS' publiserte tabell for 2025 (innbyggere 1.1.2024)" }));
    expect(screen.getByText(/53 712 innbyggere \(SSB, 1\. januar 2024\)/)).toBeTruthy();
    expect(screen.getByText(/^Prismatrise 2025 · innbyggere 1\.1\.2024\./)).toBeTruthy();
    expect(screen.queryByRole("button", { name: /Som KS' publiserte tabell/ })).toBeNull();
    expect(tabellrader(resultattabell()).map((r) => r[0])).toEqual(["Grunnfinansiering", "Sum"]);

    fireEvent.click(brukte().getByRole("checkbox", { name: "Fiks Digisos" }));
    const felt = screen.getByRole("textbox", { name: "Eksisterende pris for Fiks Digisos" });
    skriv(felt, "410");
    expect(tabellrader(resultattabell())[1][1]).toBe(kr(410));
    skriv(felt, "41 000");
    expect(tabellrader(resultattabell())[1]).toEqual(["Fiks Digisos", kr(41000), kr(digisos), "−11 %", kr(digisos - 41000), "", kr(digisos)]);
  });

  test("overstyrt innbyggertall leses med grensene og gir feltfeil med rutens egne ord", async () => {
    visApp({ skjema: { ...TOMT_SKJEMA, ar: 2024, organisasjon: bodo } });
    const felt = screen.getByRole("textbox", { name: /Overstyr innbyggertall/ });
    skriv(felt, "10 000");
    // 16 500 + 6,345 · 10 000 · (1 − 0,1 · 10 000 / 717 710) = 79 861,59… → 79 862
    const g = Math.round(16500 + 6.345 * 10000 * (1 - (0.1 * 10000) / R));
    expect(tabellrader(resultattabell())[0][2]).toBe(kr(g));
    skriv(felt, "-5");
    expect(screen.getByText("Kan ikke være negativt, fikk «-5».")).toBeTruthy();
    skriv(felt, "10.000");
    expect(screen.getByText(/^Er tvetydig, fikk «10\.000»: det kan bety 10 000 .* eller 10 /)).toBeTruthy();
    expect(screen.queryByText(/Argumentet/)).toBeNull();
  });

  test("en feil vises ikke mens brukeren skriver, men når feltet forlates", () => {
    visApp({ skjema: { ...TOMT_SKJEMA, ar: 2024, organisasjon: bodo, brukte: { "Fiks Digisos": { valgt: true, eksisterende: "" } } } });
    const felt = screen.getByRole("textbox", { name: "Eksisterende pris for Fiks Digisos" });
    fireEvent.change(felt, { target: { value: "førti" } });
    expect(screen.queryByText(/Skriv et beløp i kroner/)).toBeNull();
    fireEvent.blur(felt);
    expect(screen.getByText("Skriv et beløp i kroner (fra 0 til 100 000 000 kr, f.eks. 41 000), fikk «førti».")).toBeTruthy();
  });

  test("etter en pause i skrivingen vises feilen uten at feltet forlates", () => {
    jest.useFakeTimers();
    try {
      visApp({ skjema: { ...TOMT_SKJEMA, ar: 2024, organisasjon: bodo, brukte: { "Fiks Digisos": { valgt: true, eksisterende: "" } } } });
      fireEvent.change(screen.getByRole("textbox", { name: "Eksisterende pris for Fiks Digisos" }), { target: { value: "1.000" } });
      expect(screen.queryByText(/Er tvetydig/)).toBeNull();
      act(() => jest.advanceTimersByTime(1000));
      expect(screen.getByText(/Er tvetydig, fikk «1\.000»/)).toBeTruthy();
    } finally {
      jest.useRealTimers();
    }
  });

  test("ugyldig eksisterende pris gir feltfeil og holdes utenfor; 99999999999999999999999 avvises med grensen", () => {
    const skjema = bodoSkjema();
    skjema.brukte["Fiks Digisos"].eksisterende = "førti";
    skjema.brukte.SvarUt.eksisterende = "99999999999999999999999";
    visApp({ skjema });
    expect(screen.getByText("Skriv et beløp i kroner (fra 0 til 100 000 000 kr, f.eks. 41 000), fikk «førti».")).toBeTruthy();
    expect(screen.getByText(/^Er for stort, fikk «99999999999999999999999»: høyeste tillatte er 100 000 000/)).toBeTruthy();
    const rader = tabellrader(resultattabell());
    expect(rader[1]).toEqual(["Fiks Digisos", "", kr(digisos), "na.", "na.", "", kr(digisos)]);
    expect(rader[2]).toEqual(["SvarUt", "", kr(svarut), "na.", "na.", "", kr(svarut)]);
  });

  test("ugyldige SvarUt-volumer gjør SvarUt-raden «na.» med feltfeilen, ikke 0", () => {
    const skjema = bodoSkjema();
    skjema.volum = { altinn: "-3", forsendelser: "1,5", svarinn: "200" };
    visApp({ skjema });
    expect(screen.getByText("Kan ikke være negativt, fikk «-3».")).toBeTruthy();
    expect(screen.getByText(/^Skriv et heltall .*fikk «1,5»\.$|^Må være et heltall .*fikk «1,5»\.$/)).toBeTruthy();
    const rader = tabellrader(resultattabell());
    expect(rader.find((r) => r[0] === "SvarUt")).toEqual(["SvarUt", kr(190000), "na.", "na.", "na.", "", "na."]);
    // SvarUt er holdt utenfor summene til antallene er rettet.
    expect(rader.at(-1)!.slice(1, 3)).toEqual([kr(41000 + 80000), kr(grunn + digisos)]);
    expect(listeposter(screen.getByRole("list", { name: /Prisberegning/ })).find((p) => p.navn === "SvarUt")).toEqual(
      { navn: "SvarUt", hoved: "na.", detalj: "Rett feltene merket med rødt", endring: "–" },
    );
    expect(screen.getByRole("button", { name: "Sett inn i arket" }).getAttribute("aria-disabled")).toBe("true");
  });

  test("statlig virksomhet ser bare det den kan kjøpe: ingen Min kommune, ingen grunnfinansiering, ingen gråe tjenester", () => {
    visApp({ skjema: { ...TOMT_SKJEMA, modus: "manuell", kundetype: "STATLIG_VIRKSOMHET", innbyggere: "1 000", brukte: { "KS Læring": { valgt: true, eksisterende: "" } } } });
    // Statlige: fastpris 54 000 for KS Læring; ingen grunnfinansieringsrad for denne kundetypen.
    expect(tabellrader(screen.getByRole("table", { name: /Prisberegning for Egendefinert kunde/ }))[0]).toEqual(["KS Læring", "", kr(54000), "na.", "na.", "", kr(54000)]);
    const valgbare = brukte().getAllByRole("checkbox").map((c) => c.closest("label, div")?.textContent ?? "");
    expect(brukte().getAllByRole("checkbox").length).toBe(4); // Velg alt, KS Læring, Fiks Protokoller, SvarUt
    expect(valgbare.join("|")).not.toMatch(/Min kommune|Fiks Digisos/);
    const nye = within(screen.getByRole("group", { name: "Vurder nye tjenester" })).getAllByRole("checkbox").map((c) => (c as HTMLInputElement).disabled);
    expect(nye).toEqual([false, false]); // Fiks Protokoller og SvarUt, ingen gråe
    expect(screen.queryByText(/Grunnfinansiering tas med automatisk/)).toBeNull();
    expect(screen.getByText(/Viser tjenestene en statlig virksomhet kan kjøpe/)).toBeTruthy();
  });

  test("Velg alt for en fylkeskommune: alle tjenester den kan kjøpe, uten Min kommune, og ingen tom «Vurder nye tjenester»", () => {
    visApp({ skjema: { ...TOMT_SKJEMA, organisasjon: ORGANISASJONER.find((o) => o.navn === "Nordland")! } });
    fireEvent.click(screen.getByRole("checkbox", { name: "Velg alt" }));
    expect(tabellrader(screen.getByRole("table", { name: /Prisberegning for Nordland/ })).map((r) => r[0])).toEqual([
      // SvarUt uten volumer: navnet får kjernens merknad under seg.
      "Grunnfinansiering", "KS Læring", "Fiks Digiorden", "Fiks Folkeregister", "Fiks Melding", "Fiks Protokoller", "SvarUtuten volum: bare fastpris", "Sum",
    ]);
    expect(screen.queryByRole("group", { name: "Vurder nye tjenester" })).toBeNull();
    expect(screen.getByText(/Grunnfinansiering tas med automatisk/)).toBeTruthy();
  });

  test("uten Excel er «Sett inn i arket» deaktivert med norsk forklaring", () => {
    visApp({ skjema: bodoSkjema() });
    expect(screen.getByRole("button", { name: "Sett inn i arket" }).getAttribute("aria-disabled")).toBe("true");
    expect(screen.getByText(/kjører som nettkalkulator utenfor Excel/)).toBeTruthy();
  });

  test("faner: Kalkulator, Prismatrise, Graf og Effekt; merket viser standardmatrisen", async () => {
    visApp();
    for (const navn of ["Kalkulator", "Prismatrise", "Graf", "Effekt"]) expect(screen.getByRole("tab", { name: navn })).toBeTruthy();
    expect(screen.getByText("Prismatrise: Standard 2025")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Tilbakestill til 2025" })).toBeNull();
    await act(async () => fireEvent.click(screen.getByRole("tab", { name: "Prismatrise" })));
    expect(screen.getByRole("table", { name: "Kommuner" })).toBeTruthy();
  });
});
