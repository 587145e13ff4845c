/** Organisasjonssøket: ordene «kommune» og «fylkeskommune» godtas, og en nesten riktig skrivemåte gir «Mente du …». */
import { sokOrganisasjoner } from "../../src/taskpane/kalkulator/organisasjonssok";

const forste = (sok: string) => {
  const svar = sokOrganisasjoner(sok);
  return { menteDu: svar.menteDu, forste: svar.treff[0] ? `${svar.treff[0].navn} (${svar.treff[0].nummer})` : null };
};

describe("organisasjonssøket", () => {
  test("«kommune» og «fylkeskommune» i søket godtas og setter den kundetypen først", () => {
    expect(forste("Lillestrøm kommune")).toEqual({ menteDu: false, forste: "Lillestrøm (3205)" });
    expect(forste("Oslo kommune")).toEqual({ menteDu: false, forste: "Oslo - Oslove (0301)" });
    // «Nord» passer både kommuner (Nord-Aurdal, Nord-Fron …) og Nordland fylkeskommune: ordet avgjør hvem som står først.
    expect(sokOrganisasjoner("Nord fylkeskommune").treff[0].kundetype).toBe("FYLKESKOMMUNE");
    expect(sokOrganisasjoner("Nord kommune").treff[0].kundetype).toBe("KOMMUNE");
    expect(forste("Nordland fylkeskommune")).toEqual({ menteDu: false, forste: "Nordland (18)" });
    // Bare ordet: alle av den typen.
    expect(sokOrganisasjoner("fylkeskommune").treff.every((o) => o.kundetype === "FYLKESKOMMUNE")).toBe(true);
    // … og alle 14: fylkeskommunene i data/ssb-folkemengde.csv unntatt Oslo (03), som faktureres som kommune.
    expect(sokOrganisasjoner("fylkeskommune").treff.map((o) => o.nummer).sort())
      .toEqual(["11", "15", "18", "31", "32", "33", "34", "39", "40", "42", "46", "50", "55", "56"]);
  });

  test("en skrivefeil gir de nærmeste navnene som forslag; noe helt annet gir ingen", () => {
    // «lilestrom» mot «lillestrom»: én bokstav mangler (avstand 1).
    expect(forste("Lilestrøm")).toEqual({ menteDu: true, forste: "Lillestrøm (3205)" });
    expect(forste("Lilestrøm kommune")).toEqual({ menteDu: true, forste: "Lillestrøm (3205)" });
    // «Bdoø»: to bokstaver byttet (avstand 2).
    expect(forste("Bdoø")).toEqual({ menteDu: true, forste: "Bodø (1804)" });
    expect(sokOrganisasjoner("xyzqwv").treff).toEqual([]);
  });

  test("vanlige treff er uendret: starten av navnet, uten aksenter, og nummeret", () => {
    expect(forste("bodo")).toEqual({ menteDu: false, forste: "Bodø (1804)" });
    expect(forste("1804")).toEqual({ menteDu: false, forste: "Bodø (1804)" });
  });
});
