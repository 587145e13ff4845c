// Kjøres av `npm version …` (skriptet "version" i package.json) etter at versjonen i package.json er endret: skriver
// den inn i <Version> i manifest.xml, som sideinnlastes fra kildekoden i utvikling. Bygget stempler dist/ selv.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { stempleXml } = require("../src/functions/bygg.cjs");
const versjon = JSON.parse(readFileSync("package.json", "utf8")).version;
writeFileSync("manifest.xml", stempleXml(readFileSync("manifest.xml", "utf8"), versjon));
console.log(`manifest.xml har nå versjon ${versjon}.0`);
