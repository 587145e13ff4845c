// Oppgaveruten: den første buntens størrelse (gzip) og tid fra navigering til interaktiv kalkulator i headless
// Chromium, side om side med forrige versjon (commit FORRIGE, før fanene ble lastet ved behov): samme maskin, samme
// runder, annenhver gang. Mål: første bunt ≤ 200 KB gzip, tid til interaktiv ≤ 0,75 × forrige versjons.
// Bygger dist/ (npx webpack --mode production) hvis den mangler, og forrige versjon én gang i dist/bench/forrige-*.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import nettleser from "../../test/nettleser/nettleser.cjs";

const { DIST, ROT, byggHvisMangler, officeJs, serverMappe, startChromium } = nettleser;
const FORRIGE = "d795d5c";
const KB = 1024;
const MAL_KB = 200;
const MAL_FORHOLD = 0.75;
const RUNDER = 7;
const tall = (n, d = 0) => n.toLocaleString("nb-NO", { minimumFractionDigits: d, maximumFractionDigits: d });

/** Forrige versjon bygget i sin egen mappe (git archive + samme node_modules), bare første gang. */
function byggForrige() {
  const mappe = resolve(ROT, "dist", "bench", `forrige-${FORRIGE}`);
  const dist = join(mappe, "dist");
  if (existsSync(join(dist, "taskpane.js"))) return dist;
  rmSync(mappe, { recursive: true, force: true });
  mkdirSync(mappe, { recursive: true });
  console.log(`Bygger forrige versjon (${FORRIGE}) i ${mappe} …`);
  execFileSync("sh", ["-c", `git archive ${FORRIGE} | tar -x -C "${mappe}"`], { cwd: ROT, stdio: "inherit" });
  symlinkSync(join(ROT, "node_modules"), join(mappe, "node_modules"));
  execFileSync("npx", ["webpack", "--mode", "production"], { cwd: mappe, stdio: ["ignore", "ignore", "inherit"] });
  return dist;
}

const gz = (mappe, fil) => gzipSync(readFileSync(join(mappe, fil)), { level: 9 }).length;
/** Alt JS siden henter før kalkulatoren vises: oppgaverutens inngang (bitene for de andre fanene lastes når de åpnes). */
const forsteBunt = (mappe) => gz(mappe, "taskpane.js");
/** Delene (fanene, arbeidsboken, skriveren …), til oversikten. */
const deler = (mappe) => readdirSync(mappe).filter((f) => /^[\w-]+\.[0-9a-f]{8}\.js$/.test(f)).map((f) => [f.replace(/\.[0-9a-f]{8}\.js$/, ""), gz(mappe, f)]);
/** Deler ruten henter selv rett etter at den er tegnet (ventetegnet), og som derfor regnes med i sidens JS ved start. */
const VED_START = ["ventetegn"];
const startdeler = (mappe) => deler(mappe).filter(([n]) => VED_START.includes(n)).reduce((sum, [, b]) => sum + b, 0);
/** Hele sidens egen JS ved start: taskpane.js og functions.js (delt kjøretid) og delene ruten henter straks. */
const sidensJs = (mappe) => forsteBunt(mappe) + gz(mappe, "functions.js") + startdeler(mappe);

/** Tid fra navigering til søkefeltet for organisasjon er aktivt, på sidens egen klokke, i en ny kontekst (kald). */
async function tidTilInteraktiv(nettleserinstans, url) {
  const kontekst = await nettleserinstans.newContext({ viewport: { width: 400, height: 800 } });
  // Siden laster office.js fra Microsofts CDN; her svarer npm-kopien (ingen nettilgang i målingen).
  await officeJs(kontekst);
  const side = await kontekst.newPage();
  await side.addInitScript(() => {
    const sjekk = () => {
      const boks = document.querySelector('[role="combobox"]');
      if (boks && !boks.disabled && !window.__interaktiv) window.__interaktiv = performance.now();
    };
    new MutationObserver(sjekk).observe(document, { childList: true, subtree: true });
  });
  await side.goto(`${url}/taskpane.html`);
  await side.waitForFunction(() => window.__interaktiv !== undefined, null, { timeout: 20000 });
  const tid = await side.evaluate(() => window.__interaktiv);
  await kontekst.close();
  return tid;
}

byggHvisMangler();
const forrigeDist = byggForrige();
const na = forsteBunt(DIST);
const for_ = forsteBunt(forrigeDist);
console.log(`Første bunt (taskpane.js), gzip: nå ${tall(na / KB, 1)} KB, forrige versjon ${tall(for_ / KB, 1)} KB (forhold ${tall(na / for_, 2)}); mål ≤ ${MAL_KB} KB: ${na / KB <= MAL_KB ? "OK" : "OVER MÅLET"}`);
console.log(`Lastes ved behov, gzip: ${deler(DIST).filter(([n]) => !VED_START.includes(n)).map(([n, b]) => `${n} ${tall(b / KB, 1)} KB`).join(", ")}`);
console.log(`Hele sidens egen JS ved start (taskpane.js + functions.js, delt kjøretid, + ${VED_START.join(", ")} rett etter tegningen), gzip: nå ${tall(sidensJs(DIST) / KB, 1)} KB, forrige ${tall(sidensJs(forrigeDist) / KB, 1)} KB; office.js kommer i tillegg`);

const server = await serverMappe();
const forrigeServer = await serverMappe(forrigeDist);
const nettleserinstans = await startChromium();
const tider = { na: [], forrige: [] };
try {
  // Annenhver: en treg periode på maskinen rammer begge versjonene likt.
  for (let i = 0; i < RUNDER; i++) {
    tider.forrige.push(await tidTilInteraktiv(nettleserinstans, forrigeServer.url));
    tider.na.push(await tidTilInteraktiv(nettleserinstans, server.url));
  }
} finally {
  await nettleserinstans.close();
  await server.lukk();
  await forrigeServer.lukk();
}
const median = (t) => [...t].sort((a, b) => a - b)[Math.floor(t.length / 2)];
const forhold = median(tider.na) / median(tider.forrige);
console.log(`Tid til interaktiv kalkulator (søkefeltet klart), ${RUNDER} kalde runder hver, median: nå ${tall(median(tider.na))} ms, forrige versjon ${tall(median(tider.forrige))} ms`);
console.log(`Forhold nå / forrige: ${tall(forhold, 2)} (mål ≤ ${tall(MAL_FORHOLD, 2)}) ${forhold <= MAL_FORHOLD ? "OK" : "OVER MÅLET"}`);
