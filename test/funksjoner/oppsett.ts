/** En erstatning for Excels globale CustomFunctions som tar opp registreringene: samme form på Error (code, message). */
export class TestExcelfeil extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

export function installerCustomFunctions(): Map<string, (...a: any[]) => unknown> {
  const registrert = new Map<string, (...a: any[]) => unknown>();
  (globalThis as any).CustomFunctions = {
    Error: TestExcelfeil,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
    associate: (id: string, f: (...a: any[]) => unknown) => registrert.set(id, f),
  };
  return registrert;
}

/** Kaller f og gir Excel-feilen den kaster (testen feiler når f ikke kaster en). */
export function excelfeil(f: () => unknown): TestExcelfeil {
  try {
    f();
  } catch (feil) {
    expect(feil).toBeInstanceOf(TestExcelfeil);
    return feil as TestExcelfeil;
  }
  throw new Error("Forventet en Excel-feil, men funksjonen returnerte en verdi.");
}

/** Avrunding halvt opp av et positivt flyttall som ikke ligger innenfor 1e-6 fra en ,5-grense (kontrollert). */
export function rundAv(x: number): number {
  const brok = x - Math.floor(x);
  expect(Math.abs(brok - 0.5)).toBeGreaterThan(1e-6);
  return Math.floor(x + 0.5);
}
