import { Decimal, norskKr, norskProsent, norskProsentendring, norskTall } from "../../src/core";

test("norskTall: mellomrom som tusenskille, desimalkomma, alle desimaler uten antall", () => {
  expect(norskTall(new Decimal("1471753"))).toBe("1 471 753");
  expect(norskTall(new Decimal("16500.5"))).toBe("16 500,5");
  expect(norskTall(new Decimal("-1234.25"))).toBe("−1 234,25");
});

test("norskTall med desimaler runder halvt opp og skriver aldri -0", () => {
  expect(norskTall(new Decimal("53712.5"), 0)).toBe("53 713"); // ,5 → opp
  expect(norskTall(new Decimal("-2.5"), 0)).toBe("−3"); // halvt opp = bort fra null
  expect(norskTall(new Decimal("-0.4"), 0)).toBe("0"); // -0,4 rundes til 0, ikke «-0»
  expect(norskTall(new Decimal("12.345"), 2)).toBe("12,35");
});

test("kroner og prosent", () => {
  expect(norskKr(new Decimal("1471753.49"))).toBe("1 471 753 kr");
  expect(norskProsentendring(new Decimal("-35.2"))).toBe("−35 %");
  expect(norskProsentendring(new Decimal("-0.27"))).toBe("0 %");
  expect(norskProsent(new Decimal("0.3"))).toBe("30 %");
});
