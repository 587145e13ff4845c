// office-addin-mock imports office-addin-manifest, whose ESM-only dependency jest cannot load
// (see ../shared/docs/toolchain.md). The mock only needs the host enum, to tell Outlook from Excel.
module.exports = {
  OfficeApp: { Excel: "excel", OneNote: "onenote", Outlook: "outlook", PowerPoint: "powerpoint", Project: "project", Word: "word" },
};
