// Jest transform: a .csv data file becomes a module whose default export is its text,
// as webpack's asset/source and esbuild's text loader do for the bundles.
module.exports = {
  process(tekst) {
    return { code: `module.exports = { __esModule: true, default: ${JSON.stringify(tekst)} };` };
  },
};
