/**
 * Et ark fra oppgaveruten (arkmodellen i src/ark, eller et ark den falske Excel har skrevet) som HyperFormula-ark: formlene oversatt fra
 * kanonisk engelsk syntaks (komma, KS-funksjonenes ASCII-id-er som KS.ARSPRIS) til den norske syntaksen harnessen
 * bruker (semikolon, visningsnavn som KS.ÅRSPRIS).
 */
import type { HyperFormula } from "hyperformula";
import { KATALOG } from "../../src/functions/katalog";
import type { Ark, Celle } from "../../src/ark/modell";
import { lagArbeidsbok } from "../funksjoner/hyperformula-ks";

const NAVN = KATALOG.filter((d) => d.navn && d.navn !== d.id).map((d) => [new RegExp(`\\bKS\\.${d.id}\\(`, "g"), `KS.${d.navn}(`] as const);

/** En formel i kanonisk syntaks som harnessen leser den. Bare utenfor anførselstegn: tekst i formlene beholder kommaene. */
export function norskFormel(formel: string): string {
  const oversatt = formel.split('"').map((del, i) => (i % 2 === 0 ? del.replace(/,/g, ";") : del)).join('"');
  return NAVN.reduce((f, [monster, norsk]) => f.replace(monster, norsk), oversatt);
}

/** En celle fra arket: formelen oversettes; tekst er tekst (med apostrof foran når den ellers ville blitt en formel). */
function planCelle(celle: Celle | null): unknown {
  if (!celle) return null;
  if (celle.formel !== undefined) return norskFormel(`=${celle.formel}`);
  const v = celle.verdi ?? null;
  return typeof v === "string" && /^[=+\-@]/.test(v) ? `'${v}` : v === "" ? null : v;
}

/** Et rutenett fra den falske Excel (formler som «=…», tekst med «=» foran har apostrof) oversatt for harnessen. */
export function norskRutenett(rutenett: unknown[][]): unknown[][] {
  return rutenett.map((r) => r.map((c) => (typeof c === "string" && c.startsWith("=") ? norskFormel(c) : c)));
}

/** Arkets celler i et rektangel (tomme celler som null). */
export function planTilRutenett(ark: Ark): unknown[][] {
  const bredde = Math.max(...ark.rader.map((r) => r.length));
  return ark.rader.map((r) => Array.from({ length: bredde }, (_, k) => planCelle(r[k] ?? null)));
}

/** Planen som arket «navn» i en HyperFormula-bok med KS-funksjonene, med eventuelle andre ark ved siden av. */
export function planSomBok(plan: Ark, navn: string, andre: Record<string, unknown[][]> = {}): HyperFormula {
  return lagArbeidsbok({ [navn]: planTilRutenett(plan), ...andre });
}
