// Felles for nettlesertestene (test/nettleser, test/tillegg/nettleser.test.ts) og målingen av oppgaveruten
// (scripts/bench/30-oppgaverute.mjs): en liten statisk server for produksjonsbygget, Debians Chromium gjennom
// playwright-core, office.js fra npm-pakken i stedet for Microsofts CDN, ett sideoppsett og én axe-sjekk.
"use strict";
/* global beforeAll, afterAll -- nettleseroppsett() kalles fra jest-testfiler */
const http = require("node:http");
const fs = require("node:fs");
const path = require("node:path");
const { execFileSync } = require("node:child_process");

const ROT = path.resolve(__dirname, "../..");
const DIST = path.join(ROT, "dist");
/** Skjermbilder og axe-rapporter. */
const UT = path.join(ROT, "test-output");
const CHROMIUM = "/usr/bin/chromium";
/** Produksjonssiden laster office.js herfra (webpack.config.js); testene svarer fra npm-kopien av hele dist/-mappen. */
const { OFFICE_JS_CDN } = require("../../webpack.config.js");
const OFFICE_JS_MAPPE = OFFICE_JS_CDN.slice(0, OFFICE_JS_CDN.lastIndexOf("/") + 1);
const OFFICE_JS_NPM = path.join(ROT, "node_modules/@microsoft/office-js/dist");
// Målt å virke hodeløst som root på Debian 12.
const CHROMIUM_ARGS = [
  "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
  "--disable-component-update", "--disable-sync",
];

const TYPER = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".json": "application/json; charset=utf-8",
  ".png": "image/png", ".css": "text/css; charset=utf-8", ".xml": "application/xml; charset=utf-8", ".svg": "image/svg+xml",
};

/** Bygger produksjonsutgaven av tillegget (dist/) når taskpane.html eller taskpane.js mangler. */
function byggHvisMangler() {
  if (fs.existsSync(path.join(DIST, "taskpane.html")) && fs.existsSync(path.join(DIST, "taskpane.js"))) return false;
  execFileSync("npx", ["webpack", "--mode", "production"], { cwd: ROT, stdio: "inherit" });
  return true;
}

/** Bygger CLI-en (dist/cli/fikspris.cjs) når den mangler. */
function byggCliHvisMangler() {
  const cli = path.join(DIST, "cli", "fikspris.cjs");
  if (!fs.existsSync(cli)) execFileSync("npm", ["run", "--silent", "build:cli"], { cwd: ROT, stdio: "inherit" });
  return cli;
}

/** Serverer en mappe over vanlig http på 127.0.0.1 på en tilfeldig port. */
function serverMappe(mappe = DIST) {
  const server = http.createServer((req, res) => {
    const sti = decodeURIComponent(new URL(req.url, "http://x").pathname);
    const fil = path.normalize(path.join(mappe, sti === "/" ? "taskpane.html" : sti));
    if (!fil.startsWith(mappe) || !fs.existsSync(fil) || !fs.statSync(fil).isFile()) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
      res.end("Ikke funnet");
      return;
    }
    res.writeHead(200, { "content-type": TYPER[path.extname(fil)] || "application/octet-stream" });
    fs.createReadStream(fil).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}`, lukk: () => new Promise((ferdig) => server.close(() => ferdig())) });
    });
  });
}

async function startChromium() {
  const { chromium } = require("playwright-core");
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Fant ikke ${CHROMIUM}: installer Debian-pakken chromium (apt-get install -y chromium).`);
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/**
 * For en jest-testfil: bygger dist/ ved behov, serverer den og starter Chromium før testene, og lukker alt etterpå.
 * `nettleser` og `url` i objektet som returneres, er satt når testene kjører.
 */
function nettleseroppsett() {
  const miljo = { nettleser: undefined, url: "" };
  let server;
  beforeAll(async () => {
    byggHvisMangler();
    fs.mkdirSync(UT, { recursive: true });
    server = await serverMappe();
    miljo.url = server.url;
    miljo.nettleser = await startChromium();
  }, 400_000);
  afterAll(async () => {
    await miljo.nettleser?.close();
    await server?.lukk();
  });
  return miljo;
}

/**
 * Svarer forespørsler til Microsofts CDN for office.js (nettet er ikke tilgjengelig i testene):
 * "npm" fra npm-kopien (office.js henter filene ved siden av seg, så hele dist/-mappen serveres), "blokkert" som om
 * CDN-en ikke kan nås, eller et eget skript (f.eks. en Office-dubl) i stedet for office.js.
 * `mal` er en side eller en nettleserkontekst.
 */
async function officeJs(mal, kilde = "npm") {
  await mal.route(`${OFFICE_JS_MAPPE}**`, async (rute) => {
    if (kilde === "blokkert") return rute.abort("internetdisconnected");
    const fil = path.normalize(path.join(OFFICE_JS_NPM, new URL(rute.request().url()).pathname.slice(new URL(OFFICE_JS_MAPPE).pathname.length)));
    if (kilde !== "npm") {
      return fil.endsWith(`${path.sep}office.js`)
        ? rute.fulfill({ body: kilde.skript, contentType: "text/javascript; charset=utf-8" })
        : rute.fulfill({ status: 404, body: "" });
    }
    if (!fil.startsWith(OFFICE_JS_NPM) || !fs.existsSync(fil)) return rute.fulfill({ status: 404, body: "" });
    return rute.fulfill({ path: fil });
  });
}

/**
 * Åpner oppgaveruten (taskpane.html) i en ny side med norsk språk og valgt bredde; sidefeil og konsollfeil samles i
 * `feil` når den er gitt. `forLasting` kjører før siden lastes (f.eks. egne ruter).
 */
async function apneOppgaverute(nettleser, url, { bredde, hoyde = 900, feil, officeJsKilde = "npm", forLasting } = {}) {
  const side = await nettleser.newPage(bredde ? { viewport: { width: bredde, height: hoyde }, locale: "nb-NO" } : { locale: "nb-NO" });
  if (feil) {
    side.on("pageerror", (e) => feil.push(e.message));
    side.on("console", (m) => m.type() === "error" && feil.push(m.text()));
  }
  await officeJs(side, officeJsKilde);
  if (forLasting) await forLasting(side);
  await side.goto(`${url}/taskpane.html`);
  return side;
}

/**
 * axe-core over hele siden; returnerer de alvorlige bruddene (serious/critical) som «id: mål, …» og skriver hele
 * rapporten til test-output/axe-<navn>.json. Bare Fluents fokusvakter er utelatt: tabsters
 * `<i data-tabster-dummy tabindex=0 aria-hidden>` finnes for å sende fokus videre med en gang, og er en dokumentert
 * falsk positiv for aria-hidden-focus (microsoft/tabster#288, microsoft/fluentui#25133).
 */
async function alvorligeAxeBrudd(side, navn) {
  // Som et skript fra testverktøyet, ikke en <script>-tagg: sidens CSP (taskpane.html) stopper innebygde skript.
  await side.evaluate(fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8"));
  const brudd = await side.evaluate(async () => {
    const svar = await window.axe.run({ include: [document], exclude: [["[data-tabster-dummy]"]] });
    return svar.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, noder: v.nodes.slice(0, 5).map((n) => n.target.join(" ")) }));
  });
  fs.mkdirSync(UT, { recursive: true });
  fs.writeFileSync(path.join(UT, `axe-${navn}.json`), JSON.stringify(brudd, null, 2));
  return brudd.filter((b) => b.impact === "serious" || b.impact === "critical").map((b) => `${b.id}: ${b.noder.join(", ")}`);
}

module.exports = {
  ROT, DIST, UT, OFFICE_JS_CDN, byggHvisMangler, byggCliHvisMangler, serverMappe, startChromium, nettleseroppsett, officeJs,
  apneOppgaverute, alvorligeAxeBrudd,
};
