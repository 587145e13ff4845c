/** A recording stand-in for Excel's CustomFunctions global: the same Error shape (code, message). */
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

/** Calls f and returns the thrown Excel error (fails the test when f does not throw one). */
export function excelfeil(f: () => unknown): TestExcelfeil {
  try {
    f();
  } catch (feil) {
    expect(feil).toBeInstanceOf(TestExcelfeil);
    return feil as TestExcelfeil;
  }
  throw new Error("Forventet en Excel-feil, men funksjonen returnerte en verdi.");
}

/** Half-up rounding of a positive float that is not within 1e-6 of a .5 boundary (checked). */
export function rundAv(x: number): number {
  const brok = x - Math.floor(x);
  expect(Math.abs(brok - 0.5)).toBeGreaterThan(1e-6);
  return Math.floor(x + 0.5);
}
