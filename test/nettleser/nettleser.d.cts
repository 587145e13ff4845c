import type { Browser, BrowserContext, Page } from "playwright-core";
export declare const ROT: string;
export declare const DIST: string;
export declare const UT: string;
export declare const OFFICE_JS_CDN: string;
export type OfficeJsKilde = "npm" | "blokkert" | { skript: string };
export declare function byggHvisMangler(): boolean;
export declare function byggCliHvisMangler(): string;
export declare function serverMappe(mappe?: string): Promise<{ url: string; lukk: () => Promise<void> }>;
export declare function startChromium(): Promise<Browser>;
export declare function nettleseroppsett(): { readonly nettleser: Browser; readonly url: string };
export declare function officeJs(mal: Page | BrowserContext, kilde?: OfficeJsKilde): Promise<void>;
export declare function apneOppgaverute(
  nettleser: Browser,
  url: string,
  valg?: { bredde?: number; hoyde?: number; feil?: string[]; officeJsKilde?: OfficeJsKilde; forLasting?: (side: Page) => Promise<unknown> },
): Promise<Page>;
export declare function alvorligeAxeBrudd(side: Page, navn: string): Promise<string[]>;
