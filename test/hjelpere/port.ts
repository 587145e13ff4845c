import { createServer } from "node:net";

/** En ledig TCP-port på maskinen, så en testserver ikke kolliderer med en utviklers `npm start` på 3000. */
export function ledigPort(): Promise<number> {
  return new Promise((ok) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });
}
