/** Den strenge falske Office.Settings oppfører seg som Office der ruten er avhengig av det. */
import { Falskinnstillinger } from "./streng-innstillinger";

const lagre = (s: Office.Settings) => new Promise<string>((svar) => s.saveAsync((r) => svar(String(r.status))));

test("set() og remove() uten saveAsync går tapt når arbeidsboken åpnes igjen; get() gir null for det som mangler", async () => {
  const f = new Falskinnstillinger();
  const s = f.office();
  expect(s.get("a")).toBeNull();
  s.set("a", "lagret");
  expect(await lagre(s)).toBe("succeeded");
  s.set("a", "bare i minnet");
  s.set("b", { x: 1 });
  expect(s.get("a")).toBe("bare i minnet");
  const igjen = f.apneIgjen().office();
  expect(igjen.get("a")).toBe("lagret");
  expect(igjen.get("b")).toBeNull();
  s.remove("a");
  expect(f.apneIgjen().office().get("a")).toBe("lagret");
  expect(await lagre(s)).toBe("succeeded");
  expect(f.apneIgjen().office().get("a")).toBeNull();
});

test("en verdi som ikke er JSON avvises, og en lagring over 2 MB eller med feil slått på feiler", async () => {
  const f = new Falskinnstillinger();
  const s = f.office();
  expect(() => s.set("f", () => 1)).toThrow(/kan ikke lagres som JSON/);
  s.set("stor", "x".repeat(2 * 1024 * 1024));
  expect(await lagre(s)).toBe("failed");
  s.remove("stor");
  f.lagringFeiler = true;
  expect(await lagre(s)).toBe("failed");
  expect(f.antallLagringer).toBe(0);
});
