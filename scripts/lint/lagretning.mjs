/**
 * ESLint-regelen «lag/retning»: pilene peker bare innover (docs/utvikling.md). Hver import – også `import()` og
 * `export … from` – løses til en sti i repoet og sjekkes mot lagene filen ikke får importere. Konfigureres per mappe i
 * eslint.config.mjs: `{ forbudt: ["src/taskpane", …], pakker: ["react", …], tillatt: ["src/arbeidsbok"] }`.
 * `tillatt` er stier som er lov selv om de ligger i en forbudt mappe (en mappes offentlige inngang).
 */
import path from "node:path";

const UTVIDELSER = /\.(ts|tsx|mts|cts|js|mjs|cjs)$/;
const INDEKS = /\/index$/;

/** Stien importen peker på, relativt til repoet, uten filendelse og uten /index; null for en pakke. */
function mal(kilde, fil, rot) {
  if (!kilde.startsWith(".")) return null;
  const absolutt = path.resolve(path.dirname(fil), kilde);
  return path.relative(rot, absolutt).split(path.sep).join("/").replace(UTVIDELSER, "").replace(INDEKS, "");
}

const innenfor = (sti, mappe) => sti === mappe || sti.startsWith(mappe + "/");

const regel = {
  meta: {
    type: "problem",
    docs: { description: "Importer bare innover: kjernen importerer ingen front, frontene ikke hverandre." },
    schema: [{
      type: "object",
      properties: {
        lag: { type: "string" },
        forbudt: { type: "array", items: { type: "string" } },
        pakker: { type: "array", items: { type: "string" } },
        tillatt: { type: "array", items: { type: "string" } },
      },
      additionalProperties: false,
    }],
    messages: {
      mappe: "{{lag}} skal ikke importere fra {{mappe}} («{{kilde}}»): pilene peker bare innover (se docs/utvikling.md).",
      inngang: "{{lag}} skal bruke {{mappe}} gjennom inngangen {{mappe}}/index.ts, ikke «{{kilde}}» (se docs/utvikling.md).",
      pakke: "{{lag}} skal ikke importere pakken «{{kilde}}»: laget vet ingenting om den (se docs/utvikling.md).",
    },
  },
  create(context) {
    const { lag = "Denne mappen", forbudt = [], pakker = [], tillatt = [] } = context.options[0] ?? {};
    const rot = context.cwd;
    const sjekk = (node) => {
      if (!node || node.type !== "Literal" || typeof node.value !== "string") return;
      const kilde = node.value;
      const sti = mal(kilde, context.filename, rot);
      if (sti === null) {
        const pakke = pakker.find((p) => kilde === p || kilde.startsWith(p.endsWith(":") ? p : p + "/"));
        if (pakke) context.report({ node, messageId: "pakke", data: { lag, kilde } });
        return;
      }
      if (tillatt.includes(sti)) return;
      const mappe = forbudt.find((m) => innenfor(sti, m));
      if (mappe) context.report({ node, messageId: tillatt.includes(mappe) ? "inngang" : "mappe", data: { lag, mappe, kilde } });
    };
    return {
      ImportDeclaration: (n) => sjekk(n.source),
      ExportNamedDeclaration: (n) => sjekk(n.source),
      ExportAllDeclaration: (n) => sjekk(n.source),
      ImportExpression: (n) => sjekk(n.source),
    };
  },
};

export default { meta: { name: "lag" }, rules: { retning: regel } };
