// Jest-transformasjon: en CSV-datafil blir en modul med teksten som standardeksport,
// slik webpacks asset/source og esbuilds tekstlaster gjør det for buntene.
module.exports = {
  process(tekst) {
    return { code: `module.exports = { __esModule: true, default: ${JSON.stringify(tekst)} };` };
  },
};
