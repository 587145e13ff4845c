import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import { PrisFeil, STANDARD_SVARUT } from "../../core";
import { useBeregning } from "../beregning";
import type { Skjema } from "../skjema";
import type { AktivMatrise } from "../tilstand";

const useStyles = makeStyles({
  rot: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, alignItems: "flex-start" },
  rad: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
  // The reason is read by screen readers; the calculator already shows it next to «Sett inn i arket».
  skjult: { position: "absolute", left: "-10000px" },
});

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** "KS kalkulator Bodø.xlsx": characters that file systems refuse become "-". */
export function filnavn(kundenavn: string): string {
  const renset = [...`KS kalkulator ${kundenavn}`].map((t) => (t < " " || '\\/:*?"<>|'.includes(t) ? "-" : t)).join("");
  return `${renset.replace(/\s+/g, " ").trim()}.xlsx`;
}

/** Saves bytes as a file through a temporary object URL and a download link (a browser, or Excel's webview). */
function lagre(bytes: Uint8Array, navn: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: XLSX }));
  const lenke = document.createElement("a");
  lenke.href = url;
  lenke.download = navn;
  lenke.style.display = "none";
  document.body.appendChild(lenke);
  lenke.click();
  lenke.remove();
  // Released later: some webviews read the URL after click() has returned.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

type Status = { type: "ok" | "feil"; melding: string } | null;

interface Props {
  skjema: Skjema;
  aktiv: AktivMatrise;
}

/**
 * "Last ned arbeidsbok (.xlsx)": the calculator's current inputs as a workbook whose prices are native formulas, so it
 * works without the add-in. Works outside Excel too. The workbook code and exceljs load only when the button is used.
 */
export function LastNedArbeidsbok({ skjema, aktiv }: Props) {
  const stil = useStyles();
  const forklaringId = useId();
  const { tolket, beregning } = useBeregning(skjema, aktiv);
  const [opptatt, setOpptatt] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  const sperret = beregning.type === "ok" ? null : "Velg kunde og tjenester først.";

  const lastNed = async () => {
    if (!tolket.input || tolket.kundenavn === null) return;
    setOpptatt(true);
    setStatus(null);
    try {
      const [{ lagKalkulatorbok }, { skrivXlsx }] = await Promise.all([
        import(/* webpackChunkName: "arbeidsbok" */ "../../arbeidsbok/kalkulatorbok"),
        import(/* webpackChunkName: "arbeidsbok" */ "../../arbeidsbok/xlsx"),
      ]);
      const org = skjema.modus === "organisasjon" ? skjema.organisasjon : null;
      const overstyrt = org !== null && tolket.input.innbyggere !== org.innbyggere[skjema.ar];
      const plan = lagKalkulatorbok({
        kundenavn: tolket.kundenavn,
        nummer: org?.nummer ?? null,
        innbyggerkilde: org ? (overstyrt ? "Overstyrt av brukeren" : `SSB tabell 07459, 1. januar ${skjema.ar}`) : "Oppgitt av brukeren",
        input: tolket.input,
        matrise: aktiv.matrise,
        matrisebeskrivelse: aktiv.kilde.type === "standard" ? "standard prismatrise 2025" : `fra området ${aktiv.kilde.adresse} i Excel`,
        svarut: STANDARD_SVARUT,
      });
      const navn = filnavn(tolket.kundenavn);
      lagre(await skrivXlsx(plan), navn);
      setStatus({ type: "ok", melding: `Lastet ned «${navn}». Prisene er vanlige formler: arbeidsboken virker uten KS-tillegget.` });
    } catch (feil) {
      const melding = feil instanceof PrisFeil ? feil.message : `Kunne ikke lage arbeidsboken: ${feil instanceof Error ? feil.message : String(feil)}`;
      setStatus({ type: "feil", melding });
    } finally {
      setOpptatt(false);
    }
  };

  return (
    <div className={stil.rot}>
      <div className={stil.rad}>
        <Button
          appearance="secondary"
          disabled={opptatt && sperret === null}
          disabledFocusable={sperret !== null}
          aria-describedby={sperret ? forklaringId : undefined}
          onClick={lastNed}
        >
          Last ned arbeidsbok (.xlsx)
        </Button>
        {opptatt && <Spinner size="tiny" label="Lager arbeidsboken …" aria-live="polite" />}
      </div>
      {sperret && <Text id={forklaringId} className={stil.skjult}>{sperret}</Text>}
      {status && (
        <MessageBar intent={status.type === "ok" ? "success" : "error"} layout="multiline" role={status.type === "ok" ? "status" : "alert"}>
          <MessageBarBody>
            {status.type === "feil" && <MessageBarTitle>Last ned arbeidsbok: feil</MessageBarTitle>}
            {status.melding}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
