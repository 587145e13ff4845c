import { tolkBelopsverdi } from "../../src/core";

test("tolkBelopsverdi: beløp ≥ 0 i kroner; prosent og negative beløp er ugyldige", () => {
  const les = (v: unknown) => {
    const t = tolkBelopsverdi(v);
    return t.type === "tall" ? t.verdi.toString() : t.type;
  };
  expect(les("3 000 kr")).toBe("3000");
  expect(les(41000)).toBe("41000");
  expect(les("0,5")).toBe("0.5");
  expect(les("")).toBe("tom");
  expect(les("NA")).toBe("tom");
  expect(les("30 %")).toBe("ugyldig");
  expect(les(-1)).toBe("ugyldig");
  expect(les("mye")).toBe("ugyldig");
});
