/**
 * En Arkplan fra oppgaveruten (eller et ark den falske Excel har skrevet) som HyperFormula-ark: formlene oversatt fra
 * kanonisk engelsk syntaks (komma, KS-funksjonenes ASCII-id-er som KS.ARSPRIS) til den norske syntaksen harnessen
 * bruker (semikolon, visningsnavn som KS.ÅRSPRIS).
 */
import type { HyperFormula } from "hyperformula";
import { KATALOG } from "../../src/functions/katalog";
import { type Arkplan, type Celle, erFormel, tolkOmrade } from "../../src/taskpane/arkoppsett";
import { lagArbeidsbok } from "../funksjoner/hyperformula-ks";

const NAVN = KATALOG.filter((d) => d.navn && d.navn !== d.id).map((d) => [new RegExp(`\\bKS\\.${d.id}\\(`, "g"), `KS.${d.navn}(`] as const);

/** En formel i kanonisk syntaks som harnessen leser den. Bare utenfor anførselstegn: tekst i formlene beholder kommaene. */
export function norskFormel(formel: string): string {
  const oversatt = formel.split('"').map((del, i) => (i % 2 === 0 ? del.replace(/,/g, ";") : del)).join('"');
  return NAVN.reduce((f, [monster, norsk]) => f.replace(monster, norsk), oversatt);
}

/** En celle fra planen: { formel } oversettes; tekst er tekst (med apostrof foran når den ellers ville blitt en formel). */
function planCelle(celle: Celle): unknown {
  if (erFormel(celle)) return norskFormel(celle.formel);
  return typeof celle === "string" && /^[=+\-@]/.test(celle) ? `'${celle}` : celle;
}

/** Et rutenett fra den falske Excel (formler som «=…», tekst med «=» foran har apostrof) oversatt for harnessen. */
export function norskRutenett(rutenett: unknown[][]): unknown[][] {
  return rutenett.map((r) => r.map((c) => (typeof c === "string" && c.startsWith("=") ? norskFormel(c) : c)));
}

/** Planens celler i et rektangel (tomme celler som null). */
export function planTilRutenett(plan: Arkplan): unknown[][] {
  const rutenett: unknown[][] = [];
  for (const blokk of plan.blokker) {
    const { rad, kolonne } = tolkOmrade(blokk.start);
    blokk.celler.forEach((r, i) => r.forEach((c, k) => {
      rutenett[rad + i] ??= [];
      rutenett[rad + i][kolonne + k] = c === "" ? null : planCelle(c);
    }));
  }
  const bredde = Math.max(...Array.from(rutenett, (r) => r?.length ?? 0));
  return Array.from(rutenett, (r) => Array.from({ length: bredde }, (_, k) => r?.[k] ?? null));
}

/** Planen som arket «navn» i en HyperFormula-bok med KS-funksjonene, med eventuelle andre ark ved siden av. */
export function planSomBok(plan: Arkplan, navn: string, andre: Record<string, unknown[][]> = {}): HyperFormula {
  return lagArbeidsbok({ [navn]: planTilRutenett(plan), ...andre });
}
