// office-addin-mock importerer office-addin-manifest, som har en avhengighet jest ikke kan laste (den finnes bare
// som ESM-modul). Etterligningen trenger bare oppregningen av verter, for å skille Outlook fra Excel.
module.exports = {
  OfficeApp: { Excel: "excel", OneNote: "onenote", Outlook: "outlook", PowerPoint: "powerpoint", Project: "project", Word: "word" },
};
