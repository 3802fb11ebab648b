/** Loopback servers that misbehave on purpose: one that accepts and never answers, one that trickles. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface SilentServer {
  readonly url: string;
  /** Requests seen (their method and path). */
  readonly requests: string[];
  close(): Promise<void>;
}

/** A server that reads each request and then says nothing (`trickle`: headers, then a byte every 50 ms, never ending). */
export async function startSilentServer(mode: 'silent' | 'trickle' = 'silent'): Promise<SilentServer> {
  const sockets = new Set<Socket>();
  const requests: string[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const server: Server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    req.resume();
    if (mode === 'trickle') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{');
      const t = setInterval(() => res.write(' '), 50);
      timers.add(t);
      res.on('close', () => clearInterval(t));
    }
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((r) => {
        for (const t of timers) clearInterval(t);
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}
