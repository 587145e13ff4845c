import { useCallback, useState } from "react";
import { type Budsjettskjema, TOMT_BUDSJETTSKJEMA } from "./budsjettskjema";

/** Budsjett-fanens skjema, eid av appen: det står til brukeren kommer tilbake fra de andre fanene. */
export interface Budsjettilstand {
  skjema: Budsjettskjema;
  endre: (endring: Partial<Budsjettskjema>) => void;
}

/** Kalles én gang i App. */
export function useBudsjettilstand(start: Budsjettskjema = TOMT_BUDSJETTSKJEMA): Budsjettilstand {
  const [skjema, settSkjema] = useState(start);
  const endre = useCallback((endring: Partial<Budsjettskjema>) => settSkjema((s) => ({ ...s, ...endring })), []);
  return { skjema, endre };
}
