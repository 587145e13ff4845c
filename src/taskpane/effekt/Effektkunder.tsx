import { Card, Field, Radio, RadioGroup, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Befolkningsar, Prismatrise } from "../../core";
import { type Befolkning, SAMMENLIGNINGSTEKST, type Sammenligning } from "./analyse";
import type { Effektvalg } from "./minne";
import { Kundekilde } from "./Kundekilde";

const useStyles = makeStyles({
  kort: { padding: tokens.spacingHorizontalL, gap: tokens.spacingVerticalM },
  forklaring: { color: tokens.colorNeutralForeground2 },
});

interface Props {
  valg: Effektvalg;
  settValg: (valg: Effektvalg) => void;
  sammenligning: Sammenligning;
  matrise: Prismatrise;
  befolkning: Befolkning;
  velgAr: (ar: Befolkningsar) => void;
}

/** Hvilke kunder, og hva endringen måles mot (dagens pris bare når listen har den). */
export function Effektkunder({ valg, settValg, sammenligning, matrise, befolkning, velgAr }: Props) {
  const stil = useStyles();
  const medPris = valg.kildetype === "ark" && !!valg.ark?.kunder.some((k) => k.prisIDag !== null);
  return (
    <Card className={stil.kort}>
      <Subtitle2 as="h2">Kunder</Subtitle2>
      <Kundekilde valg={valg} settValg={settValg} matrise={matrise} befolkning={befolkning} velgAr={velgAr} />
      {medPris ? (
        <Field label="Sammenlign med">
          <RadioGroup value={sammenligning} onChange={(_, d) => settValg({ ...valg, sammenligning: d.value as Sammenligning })}>
            {(["dagens_pris", "standard"] as const).map((s) => <Radio key={s} value={s} label={SAMMENLIGNINGSTEKST[s]} />)}
          </RadioGroup>
        </Field>
      ) : (
        <Text size={200} className={stil.forklaring}>
          Endringen måles mot standard prismatrise 2025{valg.kildetype === "alle" ? " (dataene har ikke dagens pris per kunde)" : ""}.
        </Text>
      )}
    </Card>
  );
}
