/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { jsx: "react-jsx", module: "commonjs", esModuleInterop: true, isolatedModules: true } }],
    "^.+\\.csv$": "<rootDir>/test/hjelpere/csv-transform.cjs",
  },
  moduleNameMapper: {
    "\\.css$": "<rootDir>/test/hjelpere/stil-stub.cjs",
    "^strip-bom$": "<rootDir>/test/tillegg/strip-bom.cjs",
  },
  moduleFileExtensions: ["ts", "tsx", "js", "cjs", "json", "csv"],
};
