// strip-bom (en avhengighet av @microsoft/app-manifest) er bare ESM, som jest 30 ikke kan require() på Node 20;
// jest.config.cjs peker hit i stedet. Samme oppførsel: fjerner et BOM først i teksten.
"use strict";
module.exports = (tekst) => (tekst.charCodeAt(0) === 0xfeff ? tekst.slice(1) : tekst);
