import { useEffect, useState } from "react";

/** How long typing must pause before a field shows that its text is invalid. */
export const SKRIVEPAUSE_MS = 800;

/**
 * The value as it was once it has stayed unchanged for `ms`: a field's error waits while the user is still typing
 * (e.g. "1." on the way to "1,5"), and the what-if matrix warnings wait until the sliders rest.
 */
export function useUtsatt<T>(verdi: T, ms = SKRIVEPAUSE_MS): T {
  const [utsatt, setUtsatt] = useState(verdi);
  useEffect(() => {
    const tidsur = setTimeout(() => setUtsatt(verdi), ms);
    return () => clearTimeout(tidsur);
  }, [verdi, ms]);
  return utsatt;
}
