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
