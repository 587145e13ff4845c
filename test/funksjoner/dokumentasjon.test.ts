/** Oversikten i docs/funksjoner.md har nøyaktig én rad per funksjon i tabellen, så en nykommer finner hver funksjon. */
import { readFileSync } from "node:fs";
import { KATALOG } from "../../src/functions/katalog";

test("docs/funksjoner.md: én rad i oversikten per funksjon i katalog.ts, med norsk navn, rad og hjelpeanker", () => {
  const tekst = readFileSync("docs/funksjoner.md", "utf8");
  const rader = [...tekst.matchAll(/^\| `KS\.([^`]+)` \| `id: "([A-Z]+)"` \| `hjelp\.html#([a-z]+)` \|/gm)].map((m) => [m[1], m[2], m[3]]);
  expect(rader).toEqual(KATALOG.map((d) => [d.navn ?? d.id, d.id, d.id.toLowerCase()]));
});
