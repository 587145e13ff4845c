/**
 * Lagene håndheves av lint (regelen lag/retning i eslint.config.mjs): en import som peker feil vei, gir en feil i
 * `npm run lint`, og dermed i `npm test`. Testen linter tenkt filinnhold på tenkte stier med ESLint-API-et i en egen
 * node-prosess (ESLint laster eslint.config.mjs som ES-modul, noe jest ikke kan i sin egen VM).
 */
import { spawnSync } from "node:child_process";

interface Tilfelle { fil: string; kode: string }

/** Regel-id og melding for hver feil i hvert tilfelle, fra ESLint selv. */
function lint(tilfeller: Tilfelle[]): { regel: string | null; melding: string }[][] {
  const skript = `
    import { ESLint } from "eslint";
    const tilfeller = JSON.parse(process.argv[1]);
    const eslint = new ESLint({ cwd: process.cwd() });
    const svar = [];
    for (const t of tilfeller) {
      const [r] = await eslint.lintText(t.kode, { filePath: t.fil });
      svar.push(r.messages.map((m) => ({ regel: m.ruleId, melding: m.message })));
    }
    process.stdout.write(JSON.stringify(svar));`;
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", skript, JSON.stringify(tilfeller)], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
}

const retning = (feil: { regel: string | null; melding: string }[]) => feil.filter((f) => f.regel === "lag/retning").map((f) => f.melding);

// Hvert tilfelle: fil, importen, og om lint skal stoppe den.
const TILFELLER: [string, string, boolean][] = [
  ["src/core/ny.ts", 'import { kr } from "../taskpane/felles/format";', true],
  ["src/core/okonomi/ny.ts", 'import { kr } from "../../taskpane/felles/format";', true],
  ["src/core/okonomi/ny.ts", 'import { Decimal } from "../modell/desimal";', false],
  ["src/core/ny.ts", 'import { useState } from "react";', true],
  ["src/core/ny.ts", 'import { readFileSync } from "node:fs";', true],
  ["src/core/ny.ts", 'export { lesMatrise } from "../cli/felles";', true],
  ["src/core/ny.ts", 'import { Decimal } from "./modell/desimal";', false],
  ["src/ark/ny.ts", 'import { KALKULATORKOLONNER } from "../taskpane/felles/arkoppsett";', true],
  ["src/ark/ny.ts", 'import { celleadresse } from "../core";', false],
  // Kjernen brukes utenfra bare gjennom inngangen src/core/index.ts.
  ["src/ark/ny.ts", 'import { celleadresse } from "../core/innlesing/celleadresse";', true],
  ["src/functions/ny.ts", 'import { beregnKalkulator } from "../core/okonomi/kalkulator";', true],
  ["src/taskpane/kalkulator/Ny.tsx", 'import { beregnKalkulator } from "../../core/okonomi/kalkulator";', true],
  ["src/cli/kommandoer/ny.ts", 'import { tolkScenario } from "../../core/innlesing/scenario";', true],
  ["src/functions/ny.ts", 'import { kr } from "../taskpane/felles/format";', true],
  ["src/functions/ny.ts", 'import { lagSektorbok } from "../arbeidsbok";', true],
  ["src/cli/ny.ts", 'import { kr } from "../taskpane/felles/format";', true],
  ["src/cli/kommandoer/ny.ts", 'import { lesKunder } from "./effekt";', true],
  ["src/cli/kommandoer/ny.ts", 'import { lesKunder } from "../felles";', false],
  ["src/cli/kommandoer/ny.ts", 'import { skrivXlsx } from "../../arbeidsbok";', false],
  ["src/cli/kommandoer/ny.ts", 'import { skrivXlsx } from "../../arbeidsbok/xlsx";', true],
  // Rutens nedlasting går gjennom arbeidsbokens offentlige inngang, også når den lastes med import().
  ["src/taskpane/kalkulator/Ny.tsx", 'export const last = () => import("../../arbeidsbok");', false],
  ["src/taskpane/kalkulator/Ny.tsx", 'export const last = () => import("../../arbeidsbok/kalkulatorbok");', true],
  ["src/taskpane/kalkulator/Ny.tsx", 'import { bandtabellceller } from "../../functions/effektceller";', true],
  ["src/arbeidsbok/ny.ts", 'import { FORMAT } from "../taskpane/felles/arkoppsett";', true],
  // Det midlertidige unntaket gjelder bare de to filene og bare arkoppsett.ts.
  ["src/arbeidsbok/tallformat.ts", 'import { FORMAT } from "../taskpane/felles/arkoppsett";', true],
  ["src/arbeidsbok/tallformat.ts", 'import { kr } from "../taskpane/felles/format";', true],
];

describe("lagene håndheves av lint", () => {
  const svar = lint(TILFELLER.map(([fil, kode]) => ({ fil, kode: `${kode}\nexport const brukt = 1;\n` })));

  test.each(TILFELLER.map((t, i) => [...t, i] as const))("%s: %s → feil: %s", (_fil, _kode, feil, i) => {
    expect(retning(svar[i]).length).toBe(feil ? 1 : 0);
  });

  test("meldingen sier hvilket lag, hvilken mappe og hvor reglene står", () => {
    expect(retning(svar[0])).toEqual([
      "Kjernen (src/core) skal ikke importere fra src/taskpane («../taskpane/felles/format»): pilene peker bare innover (se docs/utvikling.md).",
    ]);
    const nr = (kode: string) => TILFELLER.findIndex(([, k]) => k === kode);
    expect(retning(svar[nr('import { beregnKalkulator } from "../core/okonomi/kalkulator";')])).toEqual([
      "Excel-funksjonene (src/functions) skal bruke src/core gjennom inngangen src/core/index.ts, ikke «../core/okonomi/kalkulator» (se docs/utvikling.md).",
    ]);
    expect(retning(svar[nr('import { useState } from "react";')])).toEqual(["Kjernen (src/core) skal ikke importere pakken «react»: laget vet ingenting om den (se docs/utvikling.md)."]);
  });
});
