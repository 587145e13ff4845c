// office-addin-mock imports office-addin-manifest, whose ESM-only dependency jest cannot load
// (see ../shared/docs/toolchain.md). The mock never uses it, so an empty module stands in.
module.exports = {};
