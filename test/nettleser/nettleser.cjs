// Shared by the browser tests (test/nettleser) and the taskpane bench (scripts/bench/30-oppgaverute.mjs):
// a tiny static server for the production build and Debian's Chromium through playwright-core.
"use strict";
const http = require("node:http");
const fs = require("node:fs");
const path = require("node:path");
const { execFileSync } = require("node:child_process");

const ROT = path.resolve(__dirname, "../..");
const DIST = path.join(ROT, "dist");
const CHROMIUM = "/usr/bin/chromium";
// Measured to work headless as root on Debian 12 (../shared/docs/toolchain.md).
const CHROMIUM_ARGS = [
  "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
  "--disable-component-update", "--disable-sync",
];

const TYPER = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".json": "application/json; charset=utf-8",
  ".png": "image/png", ".css": "text/css; charset=utf-8", ".xml": "application/xml; charset=utf-8", ".svg": "image/svg+xml",
};

/** Builds the production add-in (dist/) when taskpane.html or taskpane.js is missing. */
function byggHvisMangler() {
  if (fs.existsSync(path.join(DIST, "taskpane.html")) && fs.existsSync(path.join(DIST, "taskpane.js"))) return false;
  execFileSync("npx", ["webpack", "--mode", "production"], { cwd: ROT, stdio: "inherit" });
  return true;
}

/** Builds the CLI (dist/cli/fikspris.cjs) when it is missing. */
function byggCliHvisMangler() {
  const cli = path.join(DIST, "cli", "fikspris.cjs");
  if (!fs.existsSync(cli)) execFileSync("npm", ["run", "--silent", "build:cli"], { cwd: ROT, stdio: "inherit" });
  return cli;
}

/** Serves a folder over plain http on 127.0.0.1 at a random port. */
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

module.exports = { ROT, DIST, byggHvisMangler, byggCliHvisMangler, serverMappe, startChromium };
