import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Visningsrad } from "../beregning";

/**
 * Hvorfor endringen kan se stor ut: tjenester uten dagens pris teller fullt i den nye summen, men ikke i dagens
 * (kjernens definisjon, som i KS' kalkulator), og grunnfinansieringen er ny for alle fra 2025.
 */
export function Prismerknad({ rader }: { rader: Visningsrad[] }) {
  const uten = rader.filter((r) => r.type === "tjeneste" && !r.utenfor && r.eksisterende === null).map((r) => r.tjeneste);
  const grunnfinansiering = rader.some((r) => r.type === "grunnfinansiering" && r.eksisterende === null);
  if (uten.length === 0 && !grunnfinansiering) return null;
  return (
    <MessageBar intent="info" layout="multiline" data-testid="uten-pris-i-dag">
      <MessageBarBody>
        {uten.length > 0 && (
          <>
            <MessageBarTitle>Uten pris i dag: {uten.join(", ")}</MessageBarTitle>
            Den nye prisen teller med i endringen, men dagens pris mangler. Skriv inn dagens pris for å se den riktige endringen.{" "}
          </>
        )}
        {grunnfinansiering && "Grunnfinansieringen er ny fra 2025 og teller i sin helhet som økning."}
      </MessageBarBody>
    </MessageBar>
  );
}
