import { Combobox, Option, makeStyles } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { KUNDETYPENAVN, ORGANISASJONER, type Organisasjon } from "../../core";
import { sokOrganisasjoner, visningsnavn } from "./organisasjonssok";

const useStyles = makeStyles({
  sok: { minWidth: 0, width: "100%" },
});

interface Props {
  valgt: Organisasjon | null;
  velg: (org: Organisasjon) => void;
}

/** Søkefeltet: på navn (aksenter valgfrie) eller kommunenummer; det valgte står som «Bodø (1804)». */
export function Organisasjonsboks({ valgt, velg }: Props) {
  const stil = useStyles();
  const [sok, setSok] = useState(valgt ? visningsnavn(valgt) : "");
  const { treff, menteDu } = useMemo(() => sokOrganisasjoner(sok === (valgt && visningsnavn(valgt)) ? "" : sok), [sok, valgt]);
  return (
    <Combobox
      className={stil.sok}
      placeholder="Søk etter kommune eller fylkeskommune"
      value={sok}
      selectedOptions={valgt ? [valgt.nummer] : []}
      // Fluent kaller denne knappen «Open» på engelsk hvis den ikke får et navn.
      expandIcon={{ "aria-label": "Vis alle treff" }}
      onChange={(e) => setSok(e.target.value)}
      onOptionSelect={(_, d) => {
        const org = ORGANISASJONER.find((o) => o.nummer === d.optionValue);
        if (!org) return;
        setSok(visningsnavn(org));
        velg(org);
      }}
      onBlur={() => valgt && sok.trim() === "" ? setSok(visningsnavn(valgt)) : undefined}
    >
      {treff.map((o) => (
        <Option key={o.nummer} value={o.nummer} text={visningsnavn(o)}>
          {menteDu ? "Mente du " : ""}{visningsnavn(o)} · {KUNDETYPENAVN[o.kundetype].toLowerCase()}{menteDu ? "?" : ""}
        </Option>
      ))}
      {treff.length === 0 && <Option disabled value="" text="">Ingen treff på «{sok}»</Option>}
    </Combobox>
  );
}
