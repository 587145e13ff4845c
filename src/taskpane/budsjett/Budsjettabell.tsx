import {
  Button, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, mergeClasses, tokens,
} from "@fluentui/react-components";
import { Fragment } from "react";
import type { Budsjettabellvisning, Budsjettjenesterad } from "../../core";
import { budsjettcelle } from "./Budsjettkvartaler";

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
  /** Kjernens tabeller for planen (budsjettabellvisning). */
  tabeller: Budsjettabellvisning;
  /** Årene som vises med sine fire kvartaler. */
  apne: ReadonlySet<number>;
  veksle: (ar: number) => void;
  className?: string;
}

/** Planen som tabell i hele kroner: én rad per tjeneste, én kolonne per år (et år kan utvides til sine kvartaler) og summen. */
export function Budsjettabell({ tabeller, apne, veksle, className }: Props) {
  const stil = useStyles();
  const arene = tabeller.ar.map((a) => a.ar);
  const navn = `Budsjett per år og tjeneste i hele kroner, ${arene[0]}–${arene[arene.length - 1]}`;
  /** Beløpet hvert år (med kvartalene når året er åpent) og summen over planen. */
  const celler = (r: Budsjettjenesterad) => (
    <>
      {r.ar.map((a, i) => (
        <Fragment key={i}>
          <TableCell className={stil.tall}>{budsjettcelle(a.belop)}</TableCell>
          {apne.has(arene[i]) && a.kvartal.map((q, k) => (
            <TableCell key={k} className={mergeClasses(stil.tall, stil.kvartal)}>{budsjettcelle(q)}</TableCell>
          ))}
        </Fragment>
      ))}
      <TableCell className={stil.tall}>{budsjettcelle(r.sum)}</TableCell>
    </>
  );
  return (
    <div className={mergeClasses(stil.ramme, className)} role="region" aria-label={navn} tabIndex={0}>
      <Table size="small" aria-label={navn} className={stil.tabell}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Tjeneste</TableHeaderCell>
            {tabeller.ar.map((a) => (
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
          {tabeller.tjenester.map((r) => (
            <TableRow key={r.navn}>
              <TableCell>{r.navn}</TableCell>
              {celler(r)}
            </TableRow>
          ))}
        </TableBody>
        <tfoot>
          <TableRow className={stil.sum}>
            <TableCell>{tabeller.sumrad.navn}</TableCell>
            {celler(tabeller.sumrad)}
          </TableRow>
        </tfoot>
      </Table>
    </div>
  );
}
