import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from "@fluentui/react-components";
import { heltall } from "../felles/format";
import { type Grafdata, kroner, kronerPerInnbygger, tabellpunkter } from "./grafdata";

const useStyles = makeStyles({
  ramme: { overflowX: "auto" },
  tabell: { width: "100%", tableLayout: "auto" },
  tall: { textAlign: "right", whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
  // Kundens navn på egen linje under innbyggertallet: tabellen får plass i 320 px uten sideveis rulling.
  kunde: { display: "block", whiteSpace: "normal", overflowWrap: "anywhere" },
  overskrift: { fontWeight: tokens.fontWeightSemibold, "& > div": { justifyContent: "flex-end", textAlign: "right" } },
});

/** Tallene bak grafen, for skjermlesere og for å lese av eksakte verdier. */
export function Graftabell({ data, innbyggere, kunde }: { data: Grafdata; innbyggere: number | null; kunde: string }) {
  const stil = useStyles();
  return (
    <div className={stil.ramme} role="region" aria-label="Tallene bak grafen" tabIndex={0}>
      <Table size="extra-small" aria-label="Tallene bak grafen" className={stil.tabell}>
        <TableHeader>
          <TableRow>
            {["Innbyggere", "Sum per år", "Per innbygger"].map((k) => <TableHeaderCell key={k} scope="col" className={stil.overskrift}>{k}</TableHeaderCell>)}
          </TableRow>
        </TableHeader>
        <TableBody>
          {tabellpunkter(data, innbyggere).map((i) => (
            <TableRow key={i} aria-current={i === data.kundeIndeks ? "true" : undefined}>
              <TableCell className={stil.tall}>{heltall(data.x[i])}{i === data.kundeIndeks && <span className={stil.kunde}> ({kunde})</span>}</TableCell>
              <TableCell className={stil.tall}>{kroner(data.total[i])}</TableCell>
              <TableCell className={stil.tall}>{data.perInnbygger[i] === null ? "–" : kronerPerInnbygger(data.perInnbygger[i]!)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
