/**
 * Hvert eksempel i docs/cli.md og docs/budsjett.md skriver ut det dokumentet sier: hver linje "$ npm run --silent fikspris -- …"
 * i en ```console-blokk kjøres med den bygde kommandolinjen, og utdataene (stdout, så stderr) må være lik linjene under den.
 */
import { readFileSync } from "node:fs";
import { byggCli, iProsess, type Kjoring } from "./bygg";

const PREFIKS = "$ npm run --silent fikspris -- ";

/** En kommandolinje delt opp slik et skall ville gjort det (doble og enkle anførselstegn; escape-tegn trengs ikke her). */
function ord(linje: string): string[] {
  return [...linje.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]);
}

function eksempler(fil: string): { kommando: string; forventet: string }[] {
  const tekst = readFileSync(fil, "utf8");
  const blokker = [...tekst.matchAll(/```console\n([\s\S]*?)```/g)].map((m) => m[1]);
  const ut: { kommando: string; forventet: string }[] = [];
  for (const blokk of blokker) {
    for (const del of blokk.split(/^(?=\$ )/m)) {
      const [forste, ...resten] = del.split("\n");
      if (!forste.startsWith(PREFIKS)) throw new Error(`uventet linje i ${fil}: ${forste}`);
      ut.push({ kommando: forste.slice(PREFIKS.length), forventet: resten.join("\n") });
    }
  }
  return ut;
}

let rydd: () => void;
let fikspris: (...argumenter: string[]) => Kjoring;
beforeAll(() => {
  const bygg = byggCli();
  rydd = bygg.rydd;
  fikspris = iProsess(bygg.bin);
});
afterAll(() => rydd());

const cli = eksempler("docs/cli.md");
const budsjett = eksempler("docs/budsjett.md");
const alle = [...cli, ...budsjett];

test("docs/cli.md har eksempler", () => {
  expect(cli.length).toBeGreaterThanOrEqual(15);
});

test("docs/budsjett.md viser budsjettkommandoen", () => {
  expect(budsjett.map((e) => e.kommando)).toEqual(["budsjett --scenario docs/eksempel-budsjett.json"]);
});

test.each(alle.map((e) => [e.kommando, e.forventet]))("fikspris %s", (kommando, forventet) => {
  const r = fikspris(...ord(kommando));
  expect(r.ut + r.feil).toBe(forventet);
  expect(r.kode).toBe(r.feil.startsWith("Feil:") ? (/Se «fikspris --hjelp»/.test(r.feil) ? 2 : 1) : 0);
});
