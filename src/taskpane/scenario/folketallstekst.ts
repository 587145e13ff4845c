import { type Folketall, ORGANISASJONER } from "../../core";

const NAVN = new Map(ORGANISASJONER.map((o) => [o.nummer, o]));

/**
 * En innlest folketallsfil som tekst i det medfølgende CSV-oppsettet (`kommunenummer,navn,kundetype,innbyggere_ÅÅÅÅ…`),
 * så ruten kan huske den med scenariet og lese den tilbake med lesFolketallsfil. Hvert år har alle kommuner og fylker
 * (lesFolketallsfil avviser manglende kommuner og summerer fylkene), så ingen celle blir tom.
 */
export function folketallSomCsv(folketall: Folketall): string {
  const nummer = [...new Set([...folketall.tall.values()].flatMap((t) => [...t.keys()]))].sort();
  const rader = nummer.map((n) => {
    const org = NAVN.get(n);
    const navn = `"${(org?.navn ?? "").replace(/"/g, '""')}"`;
    return [n, navn, org?.kundetype ?? "", ...folketall.ar.map((ar) => folketall.tall.get(ar)?.get(n) ?? "")].join(",");
  });
  return [["kommunenummer", "navn", "kundetype", ...folketall.ar.map((ar) => `innbyggere_${ar}`)].join(","), ...rader].join("\n");
}
