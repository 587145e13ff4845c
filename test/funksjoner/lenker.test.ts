/** Hver relativ lenke og hvert bilde i README.md og docs/*.md peker på en fil som finnes, og ankere på en overskrift i den. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";

const FILER = ["README.md", ...readdirSync("docs").filter((f) => f.endsWith(".md")).map((f) => join("docs", f))];

/** GitHubs anker for en overskrift: små bokstaver, tegnsetting fjernet, mellomrom → bindestrek. */
const anker = (overskrift: string) => overskrift.trim().toLowerCase().replace(/[^\p{L}\p{N} -]/gu, "").replace(/ /g, "-");

function ankere(fil: string): Set<string> {
  const tekst = readFileSync(fil, "utf8").replace(/```[\s\S]*?```/g, "");
  return new Set([...tekst.matchAll(/^#+ (.*)$/gm)].map((m) => anker(m[1])));
}

test.each(FILER)("lenkene i %s virker", (fil) => {
  const tekst = readFileSync(fil, "utf8").replace(/```[\s\S]*?```/g, "");
  const brutt: string[] = [];
  const mal = [...tekst.matchAll(/\]\(([^)\s]+)\)/g), ...tekst.matchAll(/<img src="([^"]+)"/g)].map((m) => m[1]);
  for (const lenke of mal) {
    if (/^[a-z]+:/.test(lenke)) continue;
    const [sti, del] = lenke.split("#");
    const maalfil = sti === "" ? fil : join(dirname(fil), sti);
    if (!existsSync(maalfil)) brutt.push(`${lenke}: filen finnes ikke`);
    else if (del && maalfil.endsWith(".md") && !ankere(maalfil).has(del)) brutt.push(`${lenke}: ankeret finnes ikke`);
  }
  expect(brutt).toEqual([]);
});
