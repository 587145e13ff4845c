/**
 * En Arkplan fra oppgaveruten som HyperFormula-ark: blokkene lagt ut i et rutenett, og formlene oversatt fra
 * kanonisk engelsk syntaks (komma, KS-funksjonenes ASCII-id-er som KS.ARSPRIS) til den norske syntaksen
 * harnessen bruker (semikolon, visningsnavn som KS.ÅRSPRIS).
 */
import type { HyperFormula } from "hyperformula";
import { KATALOG } from "../../src/functions/katalog";
import { type Arkplan, tolkOmrade } from "../../src/taskpane/arkoppsett";
import { lagArbeidsbok } from "../funksjoner/hyperformula-ks";

const NAVN = KATALOG.filter((d) => d.navn && d.navn !== d.id).map((d) => [new RegExp(`\\bKS\\.${d.id}\\(`, "g"), `KS.${d.navn}(`] as const);

/** En celle fra planen: en formel (tekst som begynner med «=», eller { formel }) oversettes, alt annet står. */
export function norskCelle(celle: unknown): unknown {
  const tekst = typeof celle === "object" && celle !== null && "formel" in celle ? (celle as { formel: string }).formel : celle;
  if (typeof tekst !== "string" || !tekst.startsWith("=")) return tekst;
  // Bare utenfor anførselstegn: tekst i formlene beholder kommaene sine.
  const oversatt = tekst.split('"').map((del, i) => (i % 2 === 0 ? del.replace(/,/g, ";") : del)).join('"');
  return NAVN.reduce((f, [monster, norsk]) => f.replace(monster, norsk), oversatt);
}

/** Planens celler i et rektangel (tomme celler som null). */
export function planTilRutenett(plan: Arkplan): unknown[][] {
  const rutenett: unknown[][] = [];
  for (const blokk of plan.blokker) {
    const { rad, kolonne } = tolkOmrade(blokk.start);
    blokk.celler.forEach((r, i) => r.forEach((c, k) => {
      rutenett[rad + i] ??= [];
      rutenett[rad + i][kolonne + k] = c === "" ? null : norskCelle(c);
    }));
  }
  const bredde = Math.max(...Array.from(rutenett, (r) => r?.length ?? 0));
  return Array.from(rutenett, (r) => Array.from({ length: bredde }, (_, k) => r?.[k] ?? null));
}

/** Planen som arket «navn» i en HyperFormula-bok med KS-funksjonene, med eventuelle andre ark ved siden av. */
export function planSomBok(plan: Arkplan, navn: string, andre: Record<string, unknown[][]> = {}): HyperFormula {
  return lagArbeidsbok({ [navn]: planTilRutenett(plan), ...andre });
}
