// `npm start`: bygger tillegget (utvikling) og serverer det på https://localhost:3000 med webpack-dev-servers
// eget selvsignerte sertifikat (ingen sudo, ingen systemendringer), og skriver ut hvordan manifest.xml
// sideinnlastes i Excel. Feiler ikke når Excel mangler.
//   node scripts/start.mjs          serverer til du trykker Ctrl+C
//   node scripts/start.mjs --sjekk  starter, henter taskpane.html og functions.json, og avslutter (røyktest)
import { existsSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join, resolve } from "node:path";
import { createRequire } from "node:module";
import https from "node:https";
import net from "node:net";

const require = createRequire(import.meta.url);
const webpack = require("webpack");
const WebpackDevServer = require("webpack-dev-server");
const lagKonfig = require("../webpack.config.js");

const sjekk = process.argv.includes("--sjekk");
// Med KS_PORT kan røyktesten kjøre ved siden av en annen server; manifest.xml for Excel venter 3000.
const PORT = Number(process.env.KS_PORT || 3000);
const ADRESSE = `https://localhost:${PORT}`;
const manifest = resolve("manifest.xml");

const konfig = lagKonfig(undefined, { mode: "development" });
konfig.devServer.port = PORT;

// Har brukeren et klarert utviklersertifikat fra office-addin-dev-certs (Windows/Mac), brukes det;
// ellers lager webpack-dev-server sitt eget selvsignerte sertifikat.
const sertmappe = join(homedir(), ".office-addin-dev-certs");
const sertfiler = ["localhost.key", "localhost.crt", "ca.crt"].map((f) => join(sertmappe, f));
const klarertSertifikat = sertfiler.every((f) => existsSync(f));
if (klarertSertifikat) {
  const [key, cert, ca] = sertfiler.map((f) => readFileSync(f));
  konfig.devServer.server = { type: "https", options: { key, cert, ca } };
}

const startfeil = (feil) => (feil && feil.code === "EADDRINUSE"
  ? `Port ${PORT} er opptatt. Stopp den andre serveren (eller en tidligere «npm start») og prøv igjen.`
  : `Klarte ikke å starte serveren: ${feil && feil.message ? feil.message : feil}`);
const avbryt = (feil) => {
  console.error(startfeil(feil));
  process.exit(1);
};

// webpack-dev-server kaster en opptatt port videre som et ufanget unntak med stakkspor; porten sjekkes derfor
// før noe bygges, og et unntak som likevel kommer (porten tatt i mellomtiden), blir samme norske melding.
await new Promise((ledig, opptatt) => {
  const prove = net.createServer();
  prove.once("error", opptatt);
  prove.listen(PORT, konfig.devServer.host, () => prove.close(ledig));
}).catch(avbryt);
process.on("uncaughtException", avbryt);

const compiler = webpack(konfig);
const forsteBygg = new Promise((ok) => compiler.hooks.done.tap("KsStart", (stats) => ok(stats)));
const server = new WebpackDevServer(konfig.devServer, compiler);

console.log("KS prisverktøy: bygger tillegget (utvikling) og starter https-server …");
await server.start().catch(avbryt);
const stats = await forsteBygg;
if (stats.hasErrors()) {
  console.error("Bygget har feil:\n" + stats.toString({ all: false, errors: true }));
}

console.log(`
Tillegget serveres nå på ${ADRESSE}${PORT === 3000 ? "" : "  (NB: manifest.xml peker på port 3000)"}
  Priskalkulator (frittstående, uten Excel): ${ADRESSE}/taskpane.html
  Funksjonshjelp:                            ${ADRESSE}/hjelp.html
  Manifest:                                  ${manifest}

${klarertSertifikat
    ? "Sertifikat: bruker utviklersertifikatet fra office-addin-dev-certs."
    : `Sertifikat: selvsignert. Åpne ${ADRESSE}/taskpane.html i nettleseren først og godta sertifikatet
  («Avansert» → «Fortsett til localhost»). Excel på Windows/Mac krever et klarert sertifikat: kjør
  «npx office-addin-dev-certs install» én gang på den maskinen (ikke nødvendig på Linux).`}

Slik laster du inn tillegget i Excel:

  Excel på nettet (alle plattformer):
    1. Åpne en arbeidsbok på office.com.
    2. Hjem → Tillegg (Add-ins) → Flere tillegg → Mine tillegg → «Last opp mitt tillegg» (Upload My Add-in).
    3. Velg manifest.xml over og trykk Last opp. Knappen «Priskalkulator» kommer under Hjem → KS priser.

  Excel for Windows (delt mappe som katalog):
    1. Legg manifest.xml i en mappe og del den (høyreklikk → Egenskaper → Deling), f.eks. \\\\MASKIN\\tillegg.
    2. Fil → Alternativer → Klareringssenter → Innstillinger for klareringssenter → Klarerte tilleggskataloger:
       lim inn nettverksbanen, trykk «Legg til katalog», kryss av «Vis på menyen» og trykk OK.
    3. Start Excel på nytt: Hjem → Tillegg → Flere tillegg → DELT MAPPE → KS prisverktøy → Legg til.

  Excel for Mac:
    1. Kopier manifest.xml til ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/
       (lag mappen wef om den ikke finnes).
    2. Start Excel på nytt: Hjem → Tillegg → Mine tillegg → KS prisverktøy.

  Prøv så i en celle: =KS.FIKSPRIS("Fiks Digisos"; 15221)   (engelsk Excel: komma i stedet for semikolon)

Trykk Ctrl+C for å stoppe serveren.
`);

if (sjekk) {
  const hent = (sti) => new Promise((ok, nei) => {
    https.get(`${ADRESSE}${sti}`, { rejectUnauthorized: false }, (svar) => {
      let tekst = "";
      svar.on("data", (d) => { tekst += d; });
      svar.on("end", () => ok({ status: svar.statusCode, tekst }));
    }).on("error", nei);
  });
  let feil = 0;
  for (const sti of ["/taskpane.html", "/functions.json", "/functions.nb-NO.json", "/manifest.xml", "/functions.js", "/office-js/office.js"]) {
    const { status, tekst } = await hent(sti).catch((e) => ({ status: 0, tekst: String(e) }));
    const ok = status === 200 && tekst.length > 0;
    if (!ok) feil += 1;
    console.log(`Sjekk ${sti}: ${ok ? "OK" : "FEIL"} (HTTP ${status}, ${tekst.length} tegn)`);
  }
  await server.stop();
  process.exit(feil === 0 ? 0 : 1);
}

const stopp = async () => {
  await server.stop();
  process.exit(0);
};
process.on("SIGINT", stopp);
process.on("SIGTERM", stopp);
