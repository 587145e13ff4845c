/**
 * @jest-environment jsdom
 *
 * Én versjon, fra package.json, overalt der den vises: manifest.xml og manifest.json i bygget, hjelpesiden, Om-linjen i
 * oppgaveruten og manifest.xml i kildekoden (som sideinnlastes i utvikling). `npm version` holder kilden i takt.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { Om } from "../../src/taskpane/felles/Om";
import { DIST, sikreProduksjonsbygg } from "./bunt";

beforeAll(sikreProduksjonsbygg, 180_000);

const versjon = JSON.parse(readFileSync("package.json", "utf8")).version as string;
const xmlVersjon = (tekst: string) => /<Version>([^<]*)<\/Version>/.exec(tekst)?.[1];

test("versjonen i package.json er tre tall (manifest.xml får et fjerde: .0)", () => {
  expect(versjon).toMatch(/^\d+\.\d+\.\d+$/);
});

test("bygget: manifest.xml, manifest.json og hjelpesiden har versjonen fra package.json", () => {
  expect(xmlVersjon(readFileSync(join(DIST, "manifest.xml"), "utf8"))).toBe(`${versjon}.0`);
  expect(JSON.parse(readFileSync(join(DIST, "manifest.json"), "utf8")).version).toBe(versjon);
  expect(readFileSync(join(DIST, "hjelp.html"), "utf8")).toContain(`<footer><p>KS prisverktøy ${versjon}</p></footer>`);
});

test("kildens manifest.xml (sideinnlastes av npm start) har samme versjon", () => {
  expect(xmlVersjon(readFileSync("manifest.xml", "utf8"))).toBe(`${versjon}.0`);
});

test("Om-linjen i oppgaveruten viser «KS prisverktøy» og versjonen", () => {
  render(<FluentProvider theme={webLightTheme}><Om /></FluentProvider>);
  expect(screen.getByRole("contentinfo").textContent).toBe(`KS prisverktøy ${versjon}`);
});

test("npm version-skriptet (scripts/versjon.mjs) skriver den nye versjonen inn i manifest.xml og endrer ikke noe annet", () => {
  const mappe = mkdtempSync(join(tmpdir(), "versjon-"));
  writeFileSync(join(mappe, "package.json"), JSON.stringify({ version: "2.13.4" }));
  copyFileSync("manifest.xml", join(mappe, "manifest.xml"));
  const ut = execFileSync(process.execPath, [resolve("scripts/versjon.mjs")], { cwd: mappe, encoding: "utf8" });
  expect(ut).toContain("2.13.4.0");
  const for_ = readFileSync("manifest.xml", "utf8");
  const etter = readFileSync(join(mappe, "manifest.xml"), "utf8");
  expect(xmlVersjon(etter)).toBe("2.13.4.0");
  expect(etter.replace("2.13.4.0", `${versjon}.0`)).toBe(for_);
});
