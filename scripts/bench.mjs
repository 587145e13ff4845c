// `npm run bench`: kjører hver måling i scripts/bench/ etter tur (alfabetisk rekkefølge).
// TypeScript-målingene buntes først med esbuild (CSV-datafiler som tekst) og kjøres så med node.
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";

const mappe = "scripts/bench";
const ut = "dist/bench";
mkdirSync(ut, { recursive: true });
const filer = readdirSync(mappe).filter((f) => /\.(ts|mjs)$/.test(f)).sort();
let feil = 0;
for (const fil of filer) {
  let skript = join(mappe, fil);
  if (fil.endsWith(".ts")) {
    const bundle = join(ut, fil.replace(/\.ts$/, ".cjs"));
    await build({
      entryPoints: [skript], bundle: true, platform: "node", target: "node20", outfile: bundle,
      loader: { ".csv": "text" }, logLevel: "warning", external: ["hyperformula", "playwright-core"],
    });
    skript = bundle;
  }
  console.log(`\n=== ${fil} ===`);
  try {
    execFileSync(process.execPath, [skript], { stdio: "inherit" });
  } catch {
    feil += 1;
    console.error(`Benchmark ${fil} feilet.`);
  }
}
process.exit(feil > 0 ? 1 : 0);
