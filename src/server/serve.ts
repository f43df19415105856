// Starts the HTTP server on a port and resolves when it has stopped.

import { serve as honoServe } from '@hono/node-server';
import type { Store } from '../storage/store.js';
import { createApp, type AppOptions } from './app.js';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
  /** Resolves once the server is closed. */
  closed: Promise<void>;
}

export function startServer(store: Store, port: number, host: string, options: AppOptions = {}): Promise<RunningServer> {
  const app = createApp(store, options);
  return new Promise((resolve, reject) => {
    let resolveClosed!: () => void;
    const closed = new Promise<void>((r) => { resolveClosed = r; });
    const server = honoServe({ fetch: app.fetch, port, hostname: host }, (info) => {
      resolve({
        url: `http://${host.includes(':') ? `[${host}]` : host}:${info.port}`,
        closed,
        close: () => new Promise<void>((done) => server.close(() => { resolveClosed(); done(); })),
      });
    });
    server.on('error', reject);
  });
}
