import type { Browser } from "playwright-core";
export declare const ROT: string;
export declare const DIST: string;
export declare function byggHvisMangler(): boolean;
export declare function byggCliHvisMangler(): string;
export declare function serverMappe(mappe?: string): Promise<{ url: string; lukk: () => Promise<void> }>;
export declare function startChromium(): Promise<Browser>;
