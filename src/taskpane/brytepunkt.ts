/**
 * Excel gives the taskpane 320–400 px; from about 700 px (a widened pane, the standalone calculator) there is room
 * for the calculator's full seven-column table. One breakpoint for the whole pane, as Griffel media-query keys.
 */
export const BRED = "@media (min-width: 700px)";
export const SMAL = "@media (max-width: 699.98px)";

/** From here the calculator's form and result stand side by side. */
export const TO_SPALTER = "@media (min-width: 1100px)";
