// `npm test`: typesjekk, lint, produksjonsbygg (når tilleggets bygg finnes) og så hver jest-test.
// Slutter med linjen «N passed, N failed» som CI leser (jests egen oppsummering gjenkjennes ikke).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";

function kjor(kommando, argumenter, env = {}) {
  console.log(`\n> ${kommando} ${argumenter.join(" ")}`);
  const r = spawnSync(kommando, argumenter, { stdio: "inherit", env: { ...process.env, ...env } });
  return r.status ?? 1;
}

// Nettlesertestene styrer Debians Chromium, og arbeidsboktestene regner på nytt i LibreOffice Calc og Gnumeric
// og leser utskriften (PDF) med poppler-utils; en ny maskin får dem her (aldri en nedlastet nettleser).
const mangler = [];
if (!existsSync("/usr/bin/chromium")) mangler.push("chromium");
if (spawnSync("sh", ["-c", "command -v soffice"]).status !== 0) mangler.push("libreoffice-calc-nogui");
if (spawnSync("sh", ["-c", "command -v ssconvert"]).status !== 0) mangler.push("gnumeric");
if (spawnSync("sh", ["-c", "command -v pdftotext"]).status !== 0) mangler.push("poppler-utils");
if (mangler.length > 0) {
  console.log(`Mangler ${mangler.join(", ")}: installerer Debian-pakkene …`);
  const apt = (args) =>
    process.getuid?.() === 0
      ? kjor("apt-get", args, { DEBIAN_FRONTEND: "noninteractive" })
      : kjor("sudo", ["apt-get", ...args], { DEBIAN_FRONTEND: "noninteractive" });
  apt(["update", "-qq"]);
  apt(["install", "-y", "-qq", ...mangler]);
}

let forberedelseFeilet = 0;
if (kjor("npx", ["tsc", "--noEmit", "-p", "tsconfig.json"]) !== 0) forberedelseFeilet += 1;
if (kjor("npx", ["eslint", "."]) !== 0) forberedelseFeilet += 1;
if (existsSync("webpack.config.js") && kjor("npx", ["webpack", "--mode", "production"]) !== 0) forberedelseFeilet += 1;

mkdirSync("test-output", { recursive: true });
const rapport = "test-output/jest.json";
const ekstra = process.argv.slice(2);
kjor("npx", ["jest", "--json", `--outputFile=${rapport}`, ...ekstra]);

let bestatt = 0;
let feilet = forberedelseFeilet;
if (existsSync(rapport)) {
  const r = JSON.parse(readFileSync(rapport, "utf8"));
  bestatt = r.numPassedTests;
  feilet += r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0);
} else {
  feilet += 1;
}
console.log(`\n${bestatt} passed, ${feilet} failed`);
process.exit(feilet === 0 && bestatt > 0 ? 0 : 1);
