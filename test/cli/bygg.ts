/** Builds the CLI once per test file, with the same esbuild options as `npm run build:cli`, into a private folder. */
import { mkdtempSync, rmSync } from "node:fs";
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

export interface Kjoring { kode: number; ut: string; feil: string }

/**
 * The built bundle loaded in this process (its `require.main` guard keeps it from running by itself): each call is
 * `fikspris …` as users run it, without the cost of a new node process per case.
 */
export function lastCli(bin: string): (...argumenter: string[]) => Kjoring {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the bundle is CommonJS, built at test time
  const { kjorFikspris } = require(bin) as { kjorFikspris: (a: string[], ut: (t: string) => void, feil: (t: string) => void) => number };
  return (...argumenter) => {
    let ut = "";
    let feil = "";
    const kode = kjorFikspris(argumenter, (t) => (ut += t + "\n"), (t) => (feil += t + "\n"));
    return { kode, ut, feil };
  };
}
