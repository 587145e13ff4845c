import { Radio, RadioGroup } from "@fluentui/react-components";
import { useState } from "react";
import type { Effektsammendrag } from "../../core";
import { Effektdiagram } from "./Effektdiagram";

/** Fordelingen i bånd per kundetype, etter % eller etter kr (de to måtene KS rapporterte den på). */
export function Fordeling({ sammendrag }: { sammendrag: Effektsammendrag }) {
  const [visning, setVisning] = useState<"prosent" | "kroner">("prosent");
  return (
    <>
      <RadioGroup layout="horizontal" value={visning} onChange={(_, d) => setVisning(d.value as "prosent" | "kroner")} aria-label="Vis fordelingen etter">
        <Radio value="prosent" label="Endring i prosent" />
        <Radio value="kroner" label="Endring i kroner" />
      </RadioGroup>
      <Effektdiagram
        fordelinger={visning === "prosent" ? sammendrag.prosentfordeling : sammendrag.kronefordeling}
        tittel={`Fordeling av kundene etter endring i ${visning}`}
      />
    </>
  );
}
