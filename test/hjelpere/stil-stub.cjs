// Stilark som komponentene importerer, er webpacks sak; i jest er de tomme.
module.exports = {};
