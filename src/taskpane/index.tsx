// Midlertidig plassholder for oppgaveruten: erstattes av den ekte oppgaveruten (React + Fluent).
const rot = document.getElementById("root");
if (rot) rot.textContent = "KS prisverktøy: oppgaveruten er ikke bygget ennå. Funksjonene KS.* er tilgjengelige i Excel.";
export {};
