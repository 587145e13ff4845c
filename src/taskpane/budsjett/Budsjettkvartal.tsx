import { Select } from "@fluentui/react-components";

/** Et kvartal å velge i en liste; et valg som ikke lenger er i planen står som eget valg, med feilen under feltet. */
export function Budsjettkvartal({ verdi, kvartaler, endre, tomtValg }: { verdi: string; kvartaler: string[]; endre: (v: string) => void; tomtValg?: string }) {
  const utenfor = verdi !== "" && !kvartaler.includes(verdi);
  return (
    <Select value={verdi} onChange={(_, d) => endre(d.value)}>
      {tomtValg !== undefined && <option value="">{tomtValg}</option>}
      {utenfor && <option value={verdi}>{verdi} (utenfor planen)</option>}
      {kvartaler.map((k) => <option key={k} value={k}>{k}</option>)}
    </Select>
  );
}
