import { useEffect, useState } from "react";

/** Hvor lenge skrivingen må stoppe før et felt viser at teksten er ugyldig. */
export const SKRIVEPAUSE_MS = 800;

/**
 * Verdien slik den var da den hadde stått uendret i `ms`: feilen i et felt venter mens brukeren fortsatt skriver
 * (f.eks. «1.» på vei til «1,5»), og advarslene for hva-om-matrisen venter til glidebryterne står stille.
 */
export function useUtsatt<T>(verdi: T, ms = SKRIVEPAUSE_MS): T {
  const [utsatt, setUtsatt] = useState(verdi);
  useEffect(() => {
    const tidsur = setTimeout(() => setUtsatt(verdi), ms);
    return () => clearTimeout(tidsur);
  }, [verdi, ms]);
  return utsatt;
}
