/** Hjelpesiden (hjelp.html) som hver funksjons @helpurl peker på: én seksjon per funksjon, fra metadataen. */
import type { Metadata, Metadatafunksjon } from "./metadata";

function escapeHtml(tekst: string): string {
  return tekst.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);
}

/** KS.NAVN(a; b; [c]) med norsk skilletegn. */
export function signatur(f: Metadatafunksjon): string {
  const parametere = f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name));
  return `KS.${f.name}(${parametere.join("; ")})`;
}

/** Anker = id med små bokstaver (som helpUrl). */
export function lagHjelpeside(norsk: Metadata): string {
  const seksjoner = norsk.functions.map((f) => {
    const parametere = f.parameters.map((p) => `
        <tr><td><code>${escapeHtml(p.name)}</code></td><td>${p.optional ? "valgfri" : "påkrevd"}${p.dimensionality === "matrix" ? ", område" : ""}</td><td>${escapeHtml(p.description)}</td></tr>`).join("");
    const svar = f.result.dimensionality === "matrix" ? "Flere celler (sprer seg nedover og bortover fra cellen)." : "Én verdi.";
    return `
    <section id="${f.id.toLowerCase()}">
      <h2>${escapeHtml(signatur(f))}</h2>
      <p>${escapeHtml(f.description)}</p>
      ${parametere ? `<table><thead><tr><th>Argument</th><th>Bruk</th><th>Betydning</th></tr></thead><tbody>${parametere}
      </tbody></table>` : "<p>Ingen argumenter.</p>"}
      <p><strong>Resultat:</strong> ${svar}</p>
    </section>`;
  }).join("\n");
  return `<!doctype html>
<html lang="nb">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>KS prisverktøy – funksjoner</title>
  <style>
    body { font-family: "Segoe UI", system-ui, sans-serif; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; color: #1b1b1b; }
    h1 { color: #005493; } h2 { font-family: Consolas, monospace; font-size: 1.1rem; margin-top: 2rem; }
    table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid #ccc; padding: .3rem .5rem; text-align: left; vertical-align: top; }
    code { background: #f3f3f3; padding: 0 .2rem; }
  </style>
</head>
<body>
  <h1>KS prisverktøy – funksjoner i Excel</h1>
  <p>Alle funksjonene ligger i navnerommet <code>KS</code>. I norsk Excel skilles argumentene med semikolon og desimaler skrives med komma,
  f.eks. <code>=KS.FIKSPRIS("Fiks Digisos"; B2; "KOMMUNE"; Matrise!A1:H14)</code>. Valgfrie argumenter står i hakeparentes og kan utelates.</p>
  <p>Feil vises som <code>#VERDI!</code> (ugyldig argument) eller <code>#I/T</code> (finnes ikke / tilbys ikke) med en forklaring når du holder over cellen.</p>
  <p>Priskalkulatoren finnes også som egen nettside: <a href="taskpane.html">taskpane.html</a>.</p>
  <nav><ul>${norsk.functions.map((f) => `<li><a href="#${f.id.toLowerCase()}">KS.${escapeHtml(f.name)}</a></li>`).join("")}</ul></nav>
${seksjoner}
</body>
</html>
`;
}
