/**
 * Det samlede manifestet (dist/manifest.json), lokaliseringen (nb-no.json) og apppakken (dist/ks-prisverktoy.zip) i
 * produksjonsbygget: gyldig mot Microsofts skjema uten nett, og et ødelagt manifest avvises; funksjonene er de samme som i
 * functions.json; id, versjon, navn, ikoner og adresser er de samme som i manifest.xml; pakken har de riktige filene og
 * ikonene; og ingen fil i dist/ (heller ikke inne i pakken) peker på localhost.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import JSZip from "jszip";
import { DIST, sikreProduksjonsbygg } from "./bunt";
import { lesPng } from "./png";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { feilIManifest, feilILokalisering } = require("../../scripts/manifestsjekk.cjs");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { MAKS_BESKRIVELSE, byttJsonAdresser, byttXmlAdresser, lagFunksjonsfiler, lagManifestJson } = require("../../src/functions/bygg.cjs");

beforeAll(sikreProduksjonsbygg, 180_000);

const les = (fil: string) => readFileSync(join(DIST, fil), "utf8");
const manifest = () => JSON.parse(les("manifest.json"));
const kjoretid = (m = manifest()) => m.extensions[0].runtimes[0];
const metadata = () => JSON.parse(les("functions.json")) as { functions: { id: string; name: string; description: string; helpUrl: string; parameters: any[]; result: unknown }[] };

/** manifest.xml fra bygget, med ressursene slått opp etter id. */
function xmlManifest() {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_", isArray: (n) => ["bt:Image", "bt:Url", "bt:String", "Set", "bt:Override"].includes(n) });
  const app = parser.parse(les("manifest.xml")).OfficeApp;
  const r = app.VersionOverrides.Resources;
  const ressurs = new Map<string, any>();
  for (const [gruppe, element] of [["bt:Images", "bt:Image"], ["bt:Urls", "bt:Url"], ["bt:ShortStrings", "bt:String"], ["bt:LongStrings", "bt:String"]]) {
    for (const e of r[gruppe][element]) ressurs.set(e["@_id"], e);
  }
  const verdi = (resid: string) => ressurs.get(resid)["@_DefaultValue"] as string;
  return { app, host: app.VersionOverrides.Hosts.Host, ressurs, verdi };
}

describe("manifest.json mot Microsofts skjema (frakoblet, @microsoft/app-manifest)", () => {
  test("gyldig, med skjema v1.24 eller nyere og funksjonene i den delte kjøretiden", async () => {
    const m = manifest();
    expect(m.$schema).toMatch(/^https:\/\/developer\.microsoft\.com\/json-schemas\/teams\/v1\.(2[4-9]|[3-9]\d)\/MicrosoftTeams\.schema\.json$/);
    expect(m.$schema).toContain(`/v${m.manifestVersion}/`);
    expect(await feilIManifest(m)).toEqual([]);
    expect(kjoretid(m).customFunctions.functions.length).toBe(metadata().functions.length);
  });

  test.each([
    ["en id som ikke er en GUID", (m: any) => { m.id = "ks-prisverktoy"; }, "/id"],
    ["en funksjons-id med Ø", (m: any) => { m.extensions[0].runtimes[0].customFunctions.functions[5].id = "STØRRELSESJUSTERING"; }, "/functions/5/id"],
    ["en funksjonsbeskrivelse over 128 tegn", (m: any) => { m.extensions[0].runtimes[0].customFunctions.functions[0].description = "x".repeat(129); }, "/functions/0/description"],
    ["manglende ikoner", (m: any) => { delete m.icons; }, "icons"],
    ["en kjøretid uten side", (m: any) => { delete m.extensions[0].runtimes[0].code.page; }, "/code"],
  ])("et manifest med %s avvises", async (_navn, odelegg, sti) => {
    const m = manifest();
    odelegg(m);
    const feil: string[] = await feilIManifest(m);
    expect(feil.length).toBeGreaterThan(0);
    expect(feil.join("\n")).toContain(sti);
  });

  test("bare https-adresser (skjemaet godtar også http://)", () => {
    const adresser = [...les("manifest.json").matchAll(/"([a-z]+:\/\/[^"]*)"/g)].map((t) => t[1]).filter((a) => !a.startsWith("https://developer.microsoft.com/json-schemas/"));
    expect(adresser.length).toBeGreaterThan(20);
    expect(adresser.filter((a) => !a.startsWith("https://"))).toEqual([]);
  });

  test("en skjemaadresse pakken ikke har, er en feil i stedet for et nettoppslag", async () => {
    await expect(feilIManifest({ ...manifest(), $schema: "https://example.org/skjema.json" })).rejects.toThrow(/Microsofts skjemaadresse/);
  });

  test("nb-no.json er gyldig og peker norske Excel-er til functions.nb-NO.json; en nøkkel skjemaet ikke har, avvises", () => {
    const lokal = JSON.parse(les("nb-no.json"));
    expect(feilILokalisering(lokal)).toEqual([]);
    expect(lokal["extensions[0].runtimes[0].customFunctions.metadataUrl"]).toBe(kjoretid().customFunctions.metadataUrl.replace("functions.json", "functions.nb-NO.json"));
    expect(manifest().localizationInfo.additionalLanguages).toEqual([{ languageTag: "nb-no", file: "nb-no.json" }]);
    // Skjemaet tillater bare functions[0]–[9] i lokaliseringen.
    expect(feilILokalisering({ ...lokal, "extensions[0].runtimes[0].customFunctions.functions[15].name": "ÅRSPRIS" }))
      .toEqual(["«extensions[0].runtimes[0].customFunctions.functions[15].name» er ikke en nøkkel skjemaet tillater"]);
    expect(feilILokalisering({ ...lokal, "description.short": "x".repeat(81) })).toEqual(["«description.short» er lengre enn 80 tegn"]);
  });
});

test("en ADDIN_URL med sti: adressene får stien, domenet i begge manifestene bare verten, og manifest.json er gyldig", async () => {
  const base = "https://priser.example.no/excel/";
  const m = byttJsonAdresser(lagManifestJson(lagFunksjonsfiler().standard), base);
  expect(m.validDomains).toEqual(["https://priser.example.no"]);
  expect(m.extensions[0].runtimes[0].code.page).toBe("https://priser.example.no/excel/taskpane.html");
  expect(m.extensions[0].runtimes[0].customFunctions.functions[0].helpUrl).toBe("https://priser.example.no/excel/hjelp.html#fikspris");
  expect(JSON.stringify(m)).not.toContain("localhost");
  expect(await feilIManifest(m)).toEqual([]);
  const xml = byttXmlAdresser(readFileSync("manifest.xml", "utf8"), base);
  expect(xml).toContain("<AppDomain>https://priser.example.no</AppDomain>");
  expect(xml).toContain('<bt:Url id="Taskpane.Url" DefaultValue="https://priser.example.no/excel/taskpane.html"/>');
  expect(xml).not.toContain("localhost");
});

describe("funksjonene i manifest.json er de i functions.json", () => {
  test("samme id-er, navn, parametre, resultat og hjelpeadresse i samme rekkefølge; navnerom KS; metadataUrl er functions.json", () => {
    const fra = metadata().functions;
    const cf = kjoretid().customFunctions;
    const uten = (f: any) => ({ ...f, description: undefined, parameters: f.parameters.map((p: any) => ({ ...p, description: undefined })) });
    expect(cf.functions.map(uten)).toEqual(fra.map(uten));
    expect(cf.namespace).toEqual({ id: "KS", name: "KS" });
    expect(cf.metadataUrl).toBe(`${new URL(fra[0].helpUrl).origin}${new URL(fra[0].helpUrl).pathname.replace("hjelp.html", "functions.json")}`);
    expect(cf.allowCustomDataForDataTypeAny).toBe(true);
  });

  test("beskrivelsene er functions.json' egne, forkortet bare der skjemaets 128 tegn krever det", () => {
    const fra = metadata().functions;
    const par = (f: any[]) => f.flatMap((x) => [[x.description], ...x.parameters.map((p: any) => [p.description])]).flat() as string[];
    const [lange, korte] = [par(fra), par(kjoretid().customFunctions.functions)];
    expect(korte.length).toBe(lange.length);
    lange.forEach((lang, i) => {
      const kort = korte[i];
      if (lang.length <= MAKS_BESKRIVELSE) expect(kort).toBe(lang);
      else {
        expect(kort.length).toBeLessThanOrEqual(MAKS_BESKRIVELSE);
        // Enten første setning, eller kuttet ved et ord med «…».
        expect(kort.endsWith("…") ? lang.startsWith(kort.slice(0, -1)) : lang.startsWith(`${kort} `)).toBe(true);
      }
    });
    expect(lange.filter((t) => t.length > MAKS_BESKRIVELSE).length).toBeGreaterThan(0);
  });
});

describe("manifest.json og manifest.xml beskriver det samme tillegget", () => {
  test("id, versjon, navn, beskrivelse, utgiver, ikoner, adresser, krav og tillatelse", () => {
    const m = manifest();
    const { app, host, ressurs, verdi } = xmlManifest();
    expect(m.id).toBe(app.Id);
    expect(`${m.version}.0`).toBe(app.Version);
    expect(m.name.short).toBe(app.DisplayName["@_DefaultValue"]);
    expect(m.description.full).toBe(app.Description["@_DefaultValue"]);
    expect(m.developer.name).toBe(app.ProviderName);
    expect(m.developer.websiteUrl).toBe(app.SupportUrl["@_DefaultValue"]);
    expect(m.validDomains).toEqual([app.AppDomains.AppDomain]);
    const ikoner = m.extensions[0].alternates[0].alternateIcons;
    expect([ikoner.icon.url, ikoner.highResolutionIcon.url]).toEqual([app.IconUrl["@_DefaultValue"], app.HighResolutionIconUrl["@_DefaultValue"]]);
    expect(m.extensions[0].requirements.capabilities).toEqual(app.Requirements.Sets.Set.map((s: any) => ({ name: s["@_Name"], minVersion: s["@_MinVersion"] })));
    expect(m.extensions[0].requirements.scopes).toEqual(["workbook"]);
    expect(app.Permissions).toBe("ReadWriteDocument");
    expect(m.authorization.permissions.resourceSpecific).toEqual([{ name: "Document.ReadWrite.User", type: "Delegated" }]);

    // Den delte kjøretiden: én kjøretid med lang levetid for ruten og funksjonene, som <Runtime> i XML-en.
    const cf = host.AllFormFactors.ExtensionPoint;
    expect(m.extensions[0].runtimes).toHaveLength(1);
    expect(kjoretid(m).lifetime).toBe(host.Runtimes.Runtime["@_lifetime"]);
    expect(kjoretid(m).code).toEqual({ page: verdi(host.Runtimes.Runtime["@_resid"]), script: verdi(cf.Script.SourceLocation["@_resid"]) });
    expect(kjoretid(m).requirements.capabilities).toEqual([{ name: "SharedRuntime", minVersion: "1.1" }]);
    expect(kjoretid(m).customFunctions.metadataUrl).toBe(verdi(cf.Metadata.SourceLocation["@_resid"]));
    expect(kjoretid(m).customFunctions.namespace.id).toBe(verdi(cf.Namespace["@_resid"]));
    const norskXml = ressurs.get(cf.Metadata.SourceLocation["@_resid"])["bt:Override"][0]["@_Value"];
    expect(JSON.parse(les("nb-no.json"))["extensions[0].runtimes[0].customFunctions.metadataUrl"]).toBe(norskXml);

    // Båndet: samme gruppe, knapp, tekster og ikoner; knappen åpner ruten (samme TaskpaneId).
    const gruppeXml = host.DesktopFormFactor.ExtensionPoint.OfficeTab.Group;
    const knappXml = gruppeXml.Control;
    const fane = m.extensions[0].ribbons[0].tabs[0];
    expect(fane.builtInTabId).toBe(host.DesktopFormFactor.ExtensionPoint.OfficeTab["@_id"]);
    const gruppe = fane.groups[0];
    const knapp = gruppe.controls[0];
    const bilder = (ikon: any) => ikon["bt:Image"].map((b: any) => ({ size: Number(b["@_size"]), url: verdi(b["@_resid"]) }));
    expect([gruppe.id, gruppe.label, gruppe.icons]).toEqual([gruppeXml["@_id"], verdi(gruppeXml.Label["@_resid"]), bilder(gruppeXml.Icon)]);
    expect([knapp.id, knapp.label, knapp.icons]).toEqual([knappXml["@_id"], verdi(knappXml.Label["@_resid"]), bilder(knappXml.Icon)]);
    expect(knapp.supertip).toEqual({ title: verdi(knappXml.Supertip.Title["@_resid"]), description: verdi(knappXml.Supertip.Description["@_resid"]) });
    const handling = kjoretid(m).actions.find((a: any) => a.id === knapp.actionId);
    expect(handling).toMatchObject({ type: "openPage", view: knappXml.Action.TaskpaneId });

    const start = m.extensions[0].getStartedMessages[0];
    const startXml = host.DesktopFormFactor.GetStarted;
    expect([start.title, start.description, start.learnMoreUrl])
      .toEqual([verdi(startXml.Title["@_resid"]), verdi(startXml.Description["@_resid"]), verdi(startXml.LearnMoreUrl["@_resid"])]);
  });
});

describe("apppakken dist/ks-prisverktoy.zip", () => {
  const pakke = async () => JSZip.loadAsync(readFileSync(join(DIST, "ks-prisverktoy.zip")));

  test("har manifest.json (samme fil som dist/manifest.json), nb-no.json og de to ikonene manifestet navngir, øverst i pakken", async () => {
    const zip = await pakke();
    const m = manifest();
    expect(Object.keys(zip.files).sort()).toEqual(["manifest.json", "nb-no.json", m.icons.color, m.icons.outline].sort());
    expect(await zip.file("manifest.json")!.async("string")).toBe(les("manifest.json"));
    expect(await zip.file("nb-no.json")!.async("string")).toBe(les("nb-no.json"));
  });

  test("fargeikonet er 192 × 192 og helt dekkende; konturikonet er 32 × 32, bare hvitt på gjennomsiktig", async () => {
    const zip = await pakke();
    const m = manifest();
    const farge = lesPng(await zip.file(m.icons.color)!.async("nodebuffer"));
    expect([farge.bredde, farge.hoyde]).toEqual([192, 192]);
    expect(farge.piksler.filter((_, i) => i % 4 === 3).every((a) => a === 255)).toBe(true);
    const kontur = lesPng(await zip.file(m.icons.outline)!.async("nodebuffer"));
    expect([kontur.bredde, kontur.hoyde]).toEqual([32, 32]);
    const piksler = Array.from({ length: 32 * 32 }, (_, i) => Array.from(kontur.piksler.subarray(i * 4, i * 4 + 4)));
    const slag = new Set(piksler.map((p) => (p[3] === 0 ? "gjennomsiktig" : p.join(","))));
    expect([...slag].sort()).toEqual(["255,255,255,255", "gjennomsiktig"]);
    // Og ikonene i pakken er de som ligger i assets/ og i dist/.
    expect(await zip.file(m.icons.color)!.async("nodebuffer")).toEqual(readFileSync(join("assets", m.icons.color)));
    expect(readFileSync(join(DIST, m.icons.outline))).toEqual(readFileSync(join("assets", m.icons.outline)));
  });
});

test("ingen fil i dist/ peker på localhost, heller ikke filene inne i apppakken", async () => {
  // dist/bench er benkens egne bygg (forrige versjon med sin node_modules-lenke, målingene): ikke en del av tillegget.
  const filer = (mappe: string): string[] => readdirSync(mappe).filter((f) => join(mappe, f) !== join(DIST, "bench")).flatMap((f) => {
    const sti = join(mappe, f);
    return statSync(sti).isDirectory() ? filer(sti) : [sti];
  });
  const alle = filer(DIST);
  expect(alle.length).toBeGreaterThan(15);
  expect(alle.filter((f) => readFileSync(f).includes("localhost"))).toEqual([]);
  const zip = await JSZip.loadAsync(readFileSync(join(DIST, "ks-prisverktoy.zip")));
  for (const navn of Object.keys(zip.files)) expect((await zip.file(navn)!.async("nodebuffer")).includes("localhost")).toBe(false);
});
