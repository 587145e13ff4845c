/** CSV data files are bundled as their text (webpack asset/source, esbuild text loader, jest transform). */
declare module "*.csv" {
  const tekst: string;
  export default tekst;
}
