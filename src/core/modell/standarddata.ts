import digifinCsv from "../../../data/digifin.csv";
import medlemskapCsv from "../../../data/digifin-medlemskap.csv";
import matriseCsv from "../../../data/prismatrise-2025.csv";
import svarutCsv from "../../../data/svarut-2025.csv";
import { csvTilCeller } from "../innlesing/csv";
import { type Digifintabell, type Medlemskapssatser, tolkDigifintabell, tolkMedlemskapssatser } from "./digifin";
import { type Prismatrise, tolkPrismatrise } from "./prismatrise";
import { type SvarUtTabell, tolkSvarUtTabell } from "./svarut";

/** De publiserte tabellene for 2025, levert som CSV-datafiler og tolket av den samme koden som brukerens områder. */
export const STANDARD_PRISMATRISE: Prismatrise = tolkPrismatrise(csvTilCeller(matriseCsv));
export const STANDARD_SVARUT: SvarUtTabell = tolkSvarUtTabell(csvTilCeller(svarutCsv));
export const STANDARD_DIGIFIN: Digifintabell = tolkDigifintabell(csvTilCeller(digifinCsv));
export const MEDLEMSKAPSSATSER: Medlemskapssatser = tolkMedlemskapssatser(csvTilCeller(medlemskapCsv));
