/**
 * Streng falsk Office.Settings (Office.context.document.settings) for den strenge falske Excel: oppfører seg som
 * Office der det har betydning for det ruten husker.
 * - set() og remove() endrer bare kopien i minnet; bare saveAsync() skriver den i dokumentet, og bare det som er lagret
 *   finnes når arbeidsboken åpnes igjen (`apneIgjen`);
 * - verdier lagres som JSON (en verdi som ikke kan gjøres til JSON, avvises som i Office), og get() gir null for et
 *   navn som ikke finnes;
 * - Office har en grense på 2 MB for alle innstillingene til et tillegg: saveAsync over den feiler;
 * - saveAsync svarer asynkront, med status "succeeded" eller "failed" og en feil (`lagringFeiler` slår feil på).
 */
const MAKS_BYTE = 2 * 1024 * 1024;

export class Falskinnstillinger {
  /** Det som står i dokumentet (navn → JSON-tekst). */
  readonly lagret = new Map<string, string>();
  private minne = new Map<string, string>();
  /** Hver vellykkede saveAsync, i rekkefølge. */
  antallLagringer = 0;
  lagringFeiler = false;

  constructor(fraDokumentet?: ReadonlyMap<string, string>) {
    for (const [n, v] of fraDokumentet ?? []) {
      this.lagret.set(n, v);
      this.minne.set(n, v);
    }
  }

  /** Arbeidsboken lukket og åpnet igjen: bare det som ble lagret med saveAsync, er med. */
  apneIgjen(): Falskinnstillinger {
    return new Falskinnstillinger(this.lagret);
  }

  /** Det som står i dokumentet under `navn`, tolket som JSON (undefined når det ikke finnes). */
  iDokumentet(navn: string): unknown {
    const v = this.lagret.get(navn);
    return v === undefined ? undefined : JSON.parse(v);
  }

  /** Den globale `Office.context.document.settings` koden under test får. */
  office(): Office.Settings {
    const svar = (callback: ((r: Office.AsyncResult<void>) => void) | undefined, feil: Error | null) =>
      setTimeout(() => callback?.({ status: feil ? "failed" : "succeeded", error: feil ?? undefined, value: undefined } as unknown as Office.AsyncResult<void>), 0);
    return {
      get: (navn: string) => {
        const v = this.minne.get(navn);
        return v === undefined ? null : JSON.parse(v);
      },
      set: (navn: string, verdi: unknown) => {
        const json = JSON.stringify(verdi);
        if (json === undefined) throw new Error(`Office.Settings.set: verdien for «${navn}» kan ikke lagres som JSON.`);
        this.minne.set(navn, json);
      },
      remove: (navn: string) => {
        this.minne.delete(navn);
      },
      saveAsync: (callback?: (r: Office.AsyncResult<void>) => void) => {
        const storrelse = [...this.minne].reduce((s, [n, v]) => s + n.length + v.length, 0);
        if (this.lagringFeiler) return svar(callback, Object.assign(new Error("The settings could not be saved."), { code: 5001 }));
        if (storrelse > MAKS_BYTE) return svar(callback, Object.assign(new Error("Settings exceed 2 MB."), { code: 5002 }));
        this.lagret.clear();
        for (const [n, v] of this.minne) this.lagret.set(n, v);
        this.antallLagringer++;
        svar(callback, null);
      },
      addHandlerAsync: () => {
        throw new Error("Den falske Office.Settings: addHandlerAsync brukes ikke av ruten.");
      },
      refreshAsync: () => {
        throw new Error("Den falske Office.Settings: refreshAsync brukes ikke av ruten.");
      },
      removeHandlerAsync: () => {
        throw new Error("Den falske Office.Settings: removeHandlerAsync brukes ikke av ruten.");
      },
    } as unknown as Office.Settings;
  }
}
