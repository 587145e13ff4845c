import { readFileSync } from "node:fs";
import { XMLParser } from "fast-xml-parser";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { byttUrl } = require("../../src/functions/bygg.cjs");

const tekst = readFileSync("manifest.xml", "utf8");
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_", isArray: (navn) => ["bt:Image", "bt:Url", "bt:String", "Runtime", "Control", "Set", "bt:Override"].includes(navn) });
const xml = parser.parse(tekst);
const app = xml.OfficeApp;
const vo = app.VersionOverrides;
const host = vo.Hosts.Host;
const ressurser = vo.Resources;

/** Hver node med et resid-attributt, hvor som helst under VersionOverrides. */
function residVerdier(node: unknown, ut: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => residVerdier(n, ut));
  else if (node && typeof node === "object") {
    for (const [k, v] of Object.entries(node)) {
      if (k === "@_resid") ut.push(String(v));
      else residVerdier(v, ut);
    }
  }
  return ut;
}

const definert = new Map<string, { verdi: string; type: string; overstyr?: { "@_Locale": string; "@_Value": string }[] }>();
for (const [gruppe, element] of [["bt:Images", "bt:Image"], ["bt:Urls", "bt:Url"], ["bt:ShortStrings", "bt:String"], ["bt:LongStrings", "bt:String"]]) {
  for (const e of ressurser[gruppe][element]) {
    expect(definert.has(e["@_id"])).toBe(false);
    definert.set(e["@_id"], { verdi: e["@_DefaultValue"], type: gruppe, overstyr: e["bt:Override"] });
  }
}

test("gyldig grunnstruktur: GUID, versjon, Workbook, minste tillatelse som oppgaveruten trenger", () => {
  expect(app["@_xsi:type"]).toBe("TaskPaneApp");
  expect(app.Id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  expect(app.Version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  expect(app.Hosts.Host["@_Name"]).toBe("Workbook");
  expect(app.Permissions).toBe("ReadWriteDocument");
});

test("hver resid er definert i Resources og er høyst 32 tegn", () => {
  const brukt = residVerdier(vo.Hosts);
  expect(brukt.length).toBeGreaterThan(10);
  for (const id of brukt) {
    expect(definert.has(id)).toBe(true);
    expect(id.length).toBeLessThanOrEqual(32);
  }
});

test("delt kjøretid: samme Taskpane.Url for Runtime, funksjonssiden, FunctionFile og ShowTaskpane; én oppgaverute", () => {
  const sett = app.Requirements.Sets.Set;
  expect(sett).toContainEqual({ "@_Name": "SharedRuntime", "@_MinVersion": "1.1" });
  const runtimes = host.Runtimes.Runtime;
  expect(runtimes).toHaveLength(1);
  const r = runtimes[0]["@_resid"];
  expect(runtimes[0]["@_lifetime"]).toBe("long");
  const cf = host.AllFormFactors.ExtensionPoint;
  expect(cf["@_xsi:type"]).toBe("CustomFunctions");
  expect(cf.Page.SourceLocation["@_resid"]).toBe(r);
  expect(host.DesktopFormFactor.FunctionFile["@_resid"]).toBe(r);
  const kontroller = host.DesktopFormFactor.ExtensionPoint.OfficeTab.Group.Control;
  const oppgaveruter = kontroller.filter((c: any) => c.Action["@_xsi:type"] === "ShowTaskpane");
  expect(oppgaveruter).toHaveLength(1);
  expect(oppgaveruter[0].Action.SourceLocation["@_resid"]).toBe(r);
  expect(app.DefaultSettings.SourceLocation["@_DefaultValue"]).toBe(definert.get(r)!.verdi);
  expect(definert.get(r)!.verdi).toMatch(/\/taskpane\.html$/);
  expect(definert.get(cf.Script.SourceLocation["@_resid"])!.verdi).toMatch(/\/functions\.js$/);
  expect(definert.get(cf.Namespace["@_resid"])!.verdi).toBe("KS");
});

test("funksjonsmetadata: functions.json som standard, functions.nb-NO.json for nb-NO", () => {
  const cf = host.AllFormFactors.ExtensionPoint;
  const metadata = definert.get(cf.Metadata.SourceLocation["@_resid"])!;
  expect(metadata.verdi).toBe("https://localhost:3000/functions.json");
  expect(metadata.overstyr).toEqual([{ "@_Locale": "nb-NO", "@_Value": "https://localhost:3000/functions.nb-NO.json" }]);
});

test("lengder: visningsnavn og korte tekster ≤ 125, beskrivelse og lange tekster ≤ 250", () => {
  expect(app.DisplayName["@_DefaultValue"].length).toBeLessThanOrEqual(125);
  expect(app.Description["@_DefaultValue"].length).toBeLessThanOrEqual(250);
  for (const { verdi, type } of definert.values()) {
    expect(verdi.length).toBeGreaterThan(0);
    if (type === "bt:ShortStrings") expect(verdi.length).toBeLessThanOrEqual(125);
    if (type === "bt:LongStrings") expect(verdi.length).toBeLessThanOrEqual(250);
    if (type === "bt:Urls" || type === "bt:Images") expect(verdi.length).toBeLessThanOrEqual(2048);
  }
});

test("bare https-adresser", () => {
  const adresser = [...tekst.matchAll(/(?:DefaultValue|Value)="([a-z]+:\/\/[^"]*)"|<AppDomain>([^<]*)<\/AppDomain>/g)].map((m) => m[1] ?? m[2]);
  expect(adresser.length).toBeGreaterThan(10);
  for (const a of adresser) expect(a).toMatch(/^https:\/\//);
  // Navneromsnavn (xmlns="http://schemas.microsoft.com/…") er identifikatorer, ikke adresser.
  expect(tekst.replace(/xmlns(:\w+)?="[^"]*"/g, "")).not.toMatch(/http:\/\//);
});

test("ikonene finnes som ekte PNG-filer i riktig størrelse", () => {
  const ikoner = [...definert.values()].filter((d) => d.type === "bt:Images").map((d) => d.verdi);
  ikoner.push(app.IconUrl["@_DefaultValue"], app.HighResolutionIconUrl["@_DefaultValue"]);
  for (const url of ikoner) {
    const fil = url.replace("https://localhost:3000/", "");
    const png = readFileSync(fil);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
    const storrelse = Number(/-(\d+)\.png$/.exec(fil)![1]);
    expect(png.readUInt32BE(16)).toBe(storrelse);
    expect(png.readUInt32BE(20)).toBe(storrelse);
  }
});

test("produksjonsbytte: ADDIN_URL erstatter hver localhost-adresse", () => {
  const antall = tekst.split("https://localhost:3000").length - 1;
  const byttet: string = byttUrl(tekst, "https://priser.example.no/excel/");
  expect(byttet).not.toContain("localhost");
  expect(byttet.split("https://priser.example.no/excel").length - 1).toBe(antall);
  expect(byttet).toContain("https://priser.example.no/excel/functions.nb-NO.json");
  expect(parser.parse(byttet).OfficeApp.Id).toBe(app.Id);
});
