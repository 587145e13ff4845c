/**
 * Produksjonssiden taskpane.html i hodeløs Chromium, utenfor Office (slik nettkalkulatoren kjører): office.js
 * (Microsofts CDN-adresse, besvart fra npm-kopien) har CustomFunctions.associate, men ikke CustomFunctions.Error.
 * Funksjonsbunten må laste uten sidefeil, knytte hver id i functions.json til en funksjon, og funksjonene må virke.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DIST, apneOppgaverute, nettleseroppsett } from "../nettleser/nettleser.cjs";

jest.setTimeout(120_000);

const miljo = nettleseroppsett();

// Kjører rett før bunten: pakker inn associate i office.js, så testen kan se og kalle det som ble knyttet til.
const OPPTAK = `(function(){var c=window.CustomFunctions;window.__ks={};if(c&&c.associate){var a=c.associate.bind(c);`
  + `c.associate=function(i,f){window.__ks[i]=f;return a(i,f);};}})();\n`;

test("taskpane.html laster funksjonsbunten uten feil og knytter hver id til en funksjon som virker", async () => {
  const feil: string[] = [];
  const side = await apneOppgaverute(miljo.nettleser, miljo.url, {
    feil,
    forLasting: (s) => s.route("**/functions.js", async (rute) => {
      const svar = await rute.fetch();
      await rute.fulfill({ response: svar, body: OPPTAK + (await svar.text()) });
    }),
  });
  await side.waitForFunction(() => Object.keys((window as any).__ks ?? {}).length > 0, null, { timeout: 30_000 });

  const ider = JSON.parse(readFileSync(join(DIST, "functions.json"), "utf8")).functions.map((f: { id: string }) => f.id);
  const knyttet = await side.evaluate(() => Object.keys((window as any).__ks).filter((i) => typeof (window as any).__ks[i] === "function"));
  expect(knyttet.sort()).toEqual([...ider].sort());

  const svar = await side.evaluate(() => {
    const ks = (window as any).__ks;
    const feilen = (f: () => unknown) => {
      try {
        f();
        return null;
      } catch (e) {
        return { code: (e as { code?: string }).code, message: (e as Error).message };
      }
    };
    return {
      digisos: ks.FIKSPRIS("Fiks Digisos", 15221, null, null, null),
      ukjent: feilen(() => ks.FIKSPRIS("Fiks Digisoss", 15221, null, null, null)),
    };
  });
  // 3000 + 0,636 · 15221 · (1 − 0,3 · 15221 / 717710) ≈ 12 618,97 → 12 619
  expect(svar.digisos).toBe(12619);
  expect(svar.ukjent).toEqual({ code: "#N/A", message: "Ukjent tjeneste «Fiks Digisoss». Mente du «Fiks Digisos»?" });
  expect(feil).toEqual([]);
  await side.close();
});
