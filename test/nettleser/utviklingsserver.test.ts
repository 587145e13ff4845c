/**
 * `npm start` slik en nykommer bruker den: utviklingsbygget servert av scripts/start.mjs, åpnet i Chromium som den
 * frittstående kalkulatoren. Siden må tegne kalkulatoren og regne (en gang sto den tom: utviklingsserverens klient fant
 * ikke sin modul i en inngang som avhenger av en annen). Forventningen er SSBs tall fra datafilen, ikke fra koden.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { ledigPort } from "../hjelpere/port";
import type { Browser } from "playwright-core";
import nettleser from "./nettleser.cjs";

jest.setTimeout(300_000);


/** Bodøs folkemengde 1. januar i det siste året datafilen har (rutens standardår), lest rett fra CSV-filen. */
function bodoSisteAr(): { ar: number; innbyggere: number } {
  const [hode, ...linjer] = readFileSync("data/ssb-folkemengde.csv", "utf8").trim().split(/\r?\n/);
  const kolonner = hode.split(",");
  const sist = kolonner.map((k, i) => [k, i] as const).filter(([k]) => /^innbyggere_\d{4}$/.test(k)).pop()!;
  const bodo = linjer.map((l) => l.split(",")).find((f) => f[0] === "1804")!;
  return { ar: Number(sist[0].slice(-4)), innbyggere: Number(bodo[sist[1]]) };
}

let server: ChildProcess;
let adresse: string;
let chromium: Browser;

beforeAll(async () => {
  const port = await ledigPort();
  adresse = `https://localhost:${port}`;
  server = spawn(process.execPath, ["scripts/start.mjs"], { env: { ...process.env, KS_PORT: String(port) }, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let ut = "";
  await new Promise<void>((ok, nei) => {
    const les = (d: Buffer) => {
      ut += String(d);
      if (ut.includes("Trykk Ctrl+C")) ok();
    };
    server.stdout!.on("data", les);
    server.stderr!.on("data", les);
    server.on("exit", (kode) => nei(new Error(`npm start avsluttet med ${kode}:\n${ut}`)));
  });
  chromium = await nettleser.startChromium();
}, 300_000);

afterAll(async () => {
  await chromium?.close();
  if (server?.pid) process.kill(-server.pid, "SIGTERM");
});

test("utviklingsserveren viser kalkulatoren, og et søk på Bodø gir SSBs siste innbyggertall og en pris", async () => {
  const { ar, innbyggere } = bodoSisteAr();
  const kontekst = await chromium.newContext({ ignoreHTTPSErrors: true, viewport: { width: 400, height: 900 } });
  const side = await kontekst.newPage();
  const sidefeil: string[] = [];
  side.on("pageerror", (e) => sidefeil.push(String(e)));
  await side.goto(`${adresse}/taskpane.html`);
  const boks = side.getByRole("combobox", { name: /Organisasjon/ });
  await boks.click({ timeout: 120_000 });
  await boks.pressSequentially("Bodø");
  await side.getByRole("option", { name: /Bodø/ }).first().click();
  const tall = innbyggere.toLocaleString("nb-NO").replace(/\s/g, "\\s");
  await side.getByText(new RegExp(`${tall} innbyggere \\(SSB, 1\\. januar ${ar}\\)`)).waitFor();
  await side.getByText("Grunnfinansiering", { exact: true }).first().waitFor();
  expect(sidefeil).toEqual([]);
  await kontekst.close();
});
