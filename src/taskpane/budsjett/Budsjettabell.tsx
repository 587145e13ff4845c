import {
  Button, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, mergeClasses, tokens,
} from "@fluentui/react-components";
import { Fragment } from "react";
import type { Budsjett } from "../../core";
import { kvartalsbelop } from "./Budsjettkvartaler";

const useStyles = makeStyles({
  ramme: { overflowX: "auto" },
  tabell: { width: "auto", minWidth: "100%", tableLayout: "auto" },
  tall: { textAlign: "right", whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
  kvartal: { color: tokens.colorNeutralForeground2, backgroundColor: tokens.colorNeutralBackground2 },
  overskrift: { fontWeight: tokens.fontWeightSemibold, "& > div": { justifyContent: "flex-end", textAlign: "right" } },
  sum: { fontWeight: tokens.fontWeightSemibold },
  // Skjult på skjermen, men lest opp: kvartalsoverskriften «K1» leses som «2026 K1».
  skjult: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clipPath: "inset(50%)", whiteSpace: "nowrap" },
  knapp: { minWidth: 0, paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS, fontWeight: tokens.fontWeightSemibold },
});


interface Props {
  budsjett: Budsjett;
  /** Årene som vises med sine fire kvartaler. */
  apne: ReadonlySet<number>;
  veksle: (ar: number) => void;
  className?: string;
}

/** Planen som tabell i hele kroner: én rad per tjeneste, én kolonne per år (et år kan utvides til sine kvartaler) og summen. */
export function Budsjettabell({ budsjett, apne, veksle, className }: Props) {
  const stil = useStyles();
  const rader = budsjett.ar[0].linjer.map((l, j) => ({ navn: l.tjeneste, ar: budsjett.ar.map((a) => a.linjer[j]) }));
  const navn = `Budsjett per år og tjeneste i hele kroner, ${budsjett.fra}–${budsjett.fra + budsjett.antallAr - 1}`;
  return (
    <div className={mergeClasses(stil.ramme, className)} role="region" aria-label={navn} tabIndex={0}>
      <Table size="small" aria-label={navn} className={stil.tabell}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Tjeneste</TableHeaderCell>
            {budsjett.ar.map((a) => (
              <Fragment key={a.ar}>
                <TableHeaderCell scope="col" className={stil.overskrift}>
                  <Button
                    appearance="transparent"
                    size="small"
                    className={stil.knapp}
                    aria-expanded={apne.has(a.ar)}
                    aria-label={`${a.ar}: ${apne.has(a.ar) ? "skjul" : "vis"} kvartalene`}
                    onClick={() => veksle(a.ar)}
                  >
                    <span aria-hidden="true">{apne.has(a.ar) ? "▾" : "▸"}&nbsp;</span>{a.ar}
                  </Button>
                </TableHeaderCell>
                {apne.has(a.ar) && [1, 2, 3, 4].map((k) => (
                  <TableHeaderCell key={k} scope="col" className={mergeClasses(stil.overskrift, stil.kvartal)}>
                    <span className={stil.skjult}>{a.ar} </span>K{k}
                  </TableHeaderCell>
                ))}
              </Fragment>
            ))}
            <TableHeaderCell scope="col" className={stil.overskrift}>Sum</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rader.map((r) => (
            <TableRow key={r.navn}>
              <TableCell>{r.navn}</TableCell>
              {r.ar.map((l, i) => (
                <Fragment key={i}>
                  <TableCell className={stil.tall}>{kvartalsbelop(l.belop)}</TableCell>
                  {apne.has(budsjett.ar[i].ar) && l.kvartal.map((q, k) => (
                    <TableCell key={k} className={mergeClasses(stil.tall, stil.kvartal)}>{kvartalsbelop(q)}</TableCell>
                  ))}
                </Fragment>
              ))}
              <TableCell className={stil.tall}>{kvartalsbelop(r.ar.reduce((s, l) => s + l.belop, 0))}</TableCell>
            </TableRow>
          ))}
        </TableBody>
        <tfoot>
          <TableRow className={stil.sum}>
            <TableCell>Sum</TableCell>
            {budsjett.ar.map((a) => (
              <Fragment key={a.ar}>
                <TableCell className={stil.tall}>{kvartalsbelop(a.sum)}</TableCell>
                {apne.has(a.ar) && a.kvartal.map((q, k) => <TableCell key={k} className={mergeClasses(stil.tall, stil.kvartal)}>{kvartalsbelop(q)}</TableCell>)}
              </Fragment>
            ))}
            <TableCell className={stil.tall}>{kvartalsbelop(budsjett.sum)}</TableCell>
          </TableRow>
        </tfoot>
      </Table>
    </div>
  );
}
