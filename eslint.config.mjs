// Lint for hele repoet: typescript-eslint, Offices egne regler for tillegg (load før lesing, sync før lesing,
// ingen sync i løkker) og Reacts regler for hooks. Kjøres med `npm run lint` (en del av `npm test`).
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import lag from "./scripts/lint/lagretning.mjs";

/*
 * Lagene (docs/utvikling.md): pilene peker bare innover. Kjernen importerer ingenting over seg; arkmodellen (src/ark)
 * bare kjernen; funksjonene, oppgaveruten, kommandolinjen og arbeidsboken kjernen og arkmodellen, aldri hverandre –
 * bortsett fra arbeidsbokens offentlige inngang (src/arbeidsbok/index.ts), som ruten (nedlastingen) og kommandoen
 * «arbeidsbok» bruker. Kommandoene i src/cli/kommandoer deler bare gjennom src/cli/felles.ts.
 */
const FRONTER = ["src/functions", "src/taskpane", "src/cli", "src/arbeidsbok"];
const ARBEIDSBOKENS_INNGANG = "src/arbeidsbok";
// Kjernen (i mapper etter begrep) brukes utenfra bare gjennom sin ene inngang, src/core/index.ts.
const KJERNEN = "src/core";
const andre = (mappe) => [...FRONTER.filter((f) => f !== mappe), KJERNEN];
const INNGANGER = [ARBEIDSBOKENS_INNGANG, KJERNEN];
const retning = (valg) => ({ plugins: { lag }, rules: { "lag/retning": ["error", valg] } });
const LAGREGLER = [
  {
    files: ["src/core/**"],
    ...retning({
      lag: "Kjernen (src/core)",
      forbudt: [...FRONTER, "src/ark"],
      // Kjernen vet ingenting om Excel, Office.js, React eller Node.
      pakker: ["react", "react-dom", "@fluentui", "uplot", "exceljs", "@microsoft", "node:", "fs", "path", "os", "child_process"],
    }),
  },
  { files: ["src/ark/**"], ...retning({ lag: "Arkmodellen (src/ark)", forbudt: [...FRONTER, KJERNEN], tillatt: [KJERNEN], pakker: ["react", "react-dom", "@fluentui", "node:"] }) },
  { files: ["src/functions/**"], ...retning({ lag: "Excel-funksjonene (src/functions)", forbudt: andre("src/functions"), tillatt: [KJERNEN] }) },
  { files: ["src/taskpane/**"], ...retning({ lag: "Oppgaveruten (src/taskpane)", forbudt: andre("src/taskpane"), tillatt: INNGANGER }) },
  { files: ["src/cli/**"], ...retning({ lag: "Kommandolinjen (src/cli)", forbudt: andre("src/cli"), tillatt: INNGANGER }) },
  {
    files: ["src/cli/kommandoer/**"],
    ignores: ["src/cli/kommandoer/index.ts"],
    ...retning({
      lag: "En kommando (src/cli/kommandoer)",
      forbudt: [...andre("src/cli"), "src/cli/kommandoer"],
      tillatt: INNGANGER,
    }),
  },
  { files: ["src/arbeidsbok/**"], ...retning({ lag: "Arbeidsboken (src/arbeidsbok)", forbudt: andre("src/arbeidsbok"), tillatt: [KJERNEN] }) },
];

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "test-output/**", "coverage/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx,mjs,cjs,js}"],
    languageOptions: { globals: { ...globals.node, ...globals.browser, Office: "readonly", Excel: "readonly", CustomFunctions: "readonly" } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    files: ["src/taskpane/**/*.tsx", "src/taskpane/**/*.ts", "test/**/*.tsx"],
    plugins: { "react-hooks": reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // Excel gir egendefinerte funksjoner utypede verdier (metadataens `{any}`); testene lager løse etterligninger.
    files: ["src/functions/functions.ts", "test/**"],
    rules: { "@typescript-eslint/no-explicit-any": "off", "@typescript-eslint/no-this-alias": "off" },
  },
  ...LAGREGLER,
  {
    files: ["**/*.cjs", "webpack.config.js"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
