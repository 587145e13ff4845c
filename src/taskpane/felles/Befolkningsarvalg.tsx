import { Field, Select } from "@fluentui/react-components";
import { type Befolkningsar, type Folketall, SISTE_BEFOLKNINGSAR, STANDARD_BEFOLKNINGSAR, kjenteBefolkningsar } from "../../core";

/** Årene i årslisten: de medfølgende og en innlest fils, stigende. */
export function befolkningsar(folketall: Folketall | null): Befolkningsar[] {
  return kjenteBefolkningsar(folketall?.ar);
}

/** «2026 (siste)», «2024 (KS' 2025-tabell)», «2027 (fra filen)»: hva hvert år i listen er. */
export function arsnavn(ar: Befolkningsar, fil: Folketall | null): string {
  if (ar > SISTE_BEFOLKNINGSAR && fil?.ar.includes(ar)) return `${ar} (fra filen)`;
  if (ar === SISTE_BEFOLKNINGSAR) return `${ar} (siste)`;
  return ar === STANDARD_BEFOLKNINGSAR ? `${ar} (KS' 2025-tabell)` : String(ar);
}

/** Hvor årets tall kommer fra: «SSB», eller den innleste filen («folketall-2027.csv») når den har året. */
export function folketallskilde(ar: Befolkningsar, fil: Folketall | null): string {
  return fil?.tall.has(ar) ? `«${fil.fil}»` : "SSB";
}

interface Props {
  ar: Befolkningsar;
  folketall: Folketall | null;
  velg: (ar: Befolkningsar) => void;
  hint?: string;
  className?: string;
}

/** «Innbyggertall per 1. januar»: de medfølgende årene og en innlest folketallsfils år (Kalkulator og Effekt). */
export function Befolkningsarvalg({ ar, folketall, velg, hint, className }: Props) {
  return (
    <Field label="Innbyggertall per 1. januar" hint={hint} className={className}>
      <Select value={String(ar)} onChange={(_, d) => velg(Number(d.value))}>
        {befolkningsar(folketall).map((a) => <option key={a} value={a}>{arsnavn(a, folketall)}</option>)}
      </Select>
    </Field>
  );
}
