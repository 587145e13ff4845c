// Stylesheets imported by components are webpack's business; in jest they are empty.
module.exports = {};
