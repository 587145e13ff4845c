/**
 * `npm start` på Linux uten Excel: scripts/start.mjs --sjekk bygger (utvikling), serverer over https med
 * utviklingsserverens eget selvsignerte sertifikat, skriver de norske instruksjonene for sideinnlasting, henter
 * tilleggets filer og avslutter med 0. Kjører på en ledig port, så den ikke kolliderer med en utviklers `npm start` på 3000.
 */
import { spawnSync } from "node:child_process";
import { createServer } from "node:net";
import { ledigPort } from "../hjelpere/port";


test("npm start bygger, serverer https og skriver instruksjoner for sideinnlasting", async () => {
  const port = await ledigPort();
  const r = spawnSync(process.execPath, ["scripts/start.mjs", "--sjekk"], { env: { ...process.env, KS_PORT: String(port) }, encoding: "utf8", timeout: 240_000 });
  const ut = `${r.stdout}\n${r.stderr}`;
  expect(ut).toContain(`https://localhost:${port}/taskpane.html`);
  expect(ut).toContain("Last opp mitt tillegg");
  expect(ut).toContain("Klarerte tilleggskataloger");
  expect(ut).toContain("Documents/wef");
  for (const sti of ["/taskpane.html", "/functions.json", "/functions.nb-NO.json", "/manifest.xml", "/functions.js", "/office-js/office.js"]) {
    expect(ut).toContain(`Sjekk ${sti}: OK`);
  }
  expect(r.status).toBe(0);
}, 250_000);

test("npm start på en opptatt port skriver den norske meldingen, uten stakkspor, og avslutter med 1", async () => {
  const port = await ledigPort();
  const opptatt = createServer();
  await new Promise<void>((ok) => opptatt.listen(port, "localhost", ok));
  try {
    const r = spawnSync(process.execPath, ["scripts/start.mjs"], { env: { ...process.env, KS_PORT: String(port) }, encoding: "utf8", timeout: 120_000 });
    expect(r.stderr.trim()).toBe(`Port ${port} er opptatt. Stopp den andre serveren (eller en tidligere «npm start») og prøv igjen.`);
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/^\s+at |EADDRINUSE|Error:/m);
    expect(r.status).toBe(1);
  } finally {
    await new Promise((ok) => opptatt.close(ok));
  }
}, 150_000);
