import { Button, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from "@fluentui/react-components";
import { type ReactNode, useId, useState } from "react";
import type { Fremdrift } from "./arbeidsbok";
import { useArbeidsbok } from "./tilstand";
import { Ventetegn } from "./Ventetegn";

const useStyles = makeStyles({
  rot: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, alignItems: "flex-start" },
  rad: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
  forklaring: { color: tokens.colorNeutralForeground3 },
});

export type Utfall = { type: "ok"; melding: string } | { type: "feil"; tittel: string; melding: ReactNode };

interface Props {
  tekst: string;
  /** Utfører operasjonen i arbeidsboken; returnerer det brukeren skal få vite. En kastet feil vises. */
  utfor: (fremdrift: Fremdrift) => Promise<Utfall>;
  /** En grunn til at handlingen ikke kan utføres ennå (i tillegg til å være utenfor Excel). */
  sperret?: string | null;
  appearance?: "primary" | "secondary";
  /** Vis hvorfor knappen er av utenfor Excel (false når en nabo allerede sier det). */
  visGrunn?: boolean;
  /** false: handlingen virker også utenfor Excel (f.eks. en nedlasting). */
  trengerExcel?: boolean;
}

/** En knapp for en handling i arbeidsboken: deaktivert utenfor Excel (med mindre den virker uten) med grunnen, opptatt med fremdrift, så resultat eller feil. */
export function Arkhandling({ tekst, utfor, sperret = null, appearance = "primary", visGrunn = true, trengerExcel = true }: Props) {
  const stil = useStyles();
  const arbeidsbok = useArbeidsbok();
  const forklaringId = useId();
  const [opptatt, setOpptatt] = useState(false);
  const [fremdrift, setFremdrift] = useState("");
  const [utfall, setUtfall] = useState<Utfall | null>(null);
  const grunn = arbeidsbok.tilgjengelig || !trengerExcel ? sperret : arbeidsbok.grunn;

  const kjor = async () => {
    setOpptatt(true);
    setUtfall(null);
    setFremdrift("Starter …");
    try {
      setUtfall(await utfor(setFremdrift));
    } catch (feil) {
      setUtfall({ type: "feil", tittel: `${tekst}: feil`, melding: feil instanceof Error ? feil.message : String(feil) });
    } finally {
      setOpptatt(false);
    }
  };

  return (
    <div className={stil.rot}>
      <div className={stil.rad}>
        <Button
          appearance={appearance}
          disabled={opptatt && grunn === null}
          disabledFocusable={grunn !== null}
          aria-describedby={grunn ? forklaringId : undefined}
          onClick={kjor}
        >
          {tekst}
        </Button>
        {opptatt && <Ventetegn size="tiny" label={fremdrift} aria-live="polite" />}
      </div>
      {grunn && (
        <Text id={forklaringId} size={200} className={stil.forklaring} style={visGrunn ? undefined : { position: "absolute", left: -10000 }}>
          {grunn}
        </Text>
      )}
      {utfall && (
        <MessageBar intent={utfall.type === "ok" ? "success" : "error"} layout="multiline" role={utfall.type === "ok" ? "status" : "alert"}>
          <MessageBarBody>
            {utfall.type === "feil" && <MessageBarTitle>{utfall.tittel}</MessageBarTitle>}
            {utfall.melding}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
