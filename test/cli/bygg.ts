/** Bygger kommandolinjen én gang per testfil, med de samme esbuild-valgene som `npm run build:cli`, i en egen mappe. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildSync } from "esbuild";

export function byggCli(): { mappe: string; bin: string; rydd: () => void } {
  const mappe = mkdtempSync(join(tmpdir(), "fikspris-"));
  const bin = join(mappe, "fikspris.cjs");
  buildSync({
    entryPoints: ["src/cli/main.ts"], bundle: true, platform: "node", target: "node20",
    loader: { ".csv": "text" }, logLevel: "warning", outfile: bin,
  });
  return { mappe, bin, rydd: () => rmSync(mappe, { recursive: true, force: true }) };
}

/** Én kjøring: avslutningskoden (null om prosessen ble drept), stdout og stderr. */
export interface Kjoring { kode: number | null; ut: string; feil: string }

/**
 * Den bygde bunten lastet i denne prosessen (vakten `require.main` hindrer at den kjører av seg selv): hvert kall er
 * `fikspris …` slik brukerne kjører den, uten kostnaden ved en ny node-prosess per tilfelle.
 */
export function lastCli(bin: string): (...argumenter: string[]) => Kjoring {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- bunten er CommonJS, bygget mens testen kjører
  const { kjorFikspris } = require(bin) as { kjorFikspris: (a: string[], ut: (t: string) => void, feil: (t: string) => void) => number };
  return (...argumenter) => {
    let ut = "";
    let feil = "";
    const kode = kjorFikspris(argumenter, (t) => (ut += t + "\n"), (t) => (feil += t + "\n"));
    return { kode, ut, feil };
  };
}

/** Den bygde bunten kjørt i en egen node-prosess per kall, slik brukerne kjører `fikspris …`: ekte avslutningskoder og utskrift. */
export function iProsess(bin: string): (...argumenter: string[]) => Kjoring {
  return (...argumenter) => {
    const r = spawnSync(process.execPath, [bin, ...argumenter], { encoding: "utf8" });
    return { kode: r.status, ut: r.stdout, feil: r.stderr };
  };
}

/** Venter en feil med avslutningskode `kode`: ingenting på stdout og en norsk melding på stderr, som gis tilbake. */
export function feilmelding(r: Kjoring, kode: number): string {
  expect({ kode: r.kode, ut: r.ut }).toEqual({ kode, ut: "" });
  expect(r.feil).toMatch(/^Feil: /);
  return r.feil;
}

/** Skriver en fil i testmappen og gir stien. */
export function skrivFil(mappe: string, navn: string, innhold: string | Uint8Array): string {
  const sti = join(mappe, navn);
  writeFileSync(sti, innhold);
  return sti;
}
