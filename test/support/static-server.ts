import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

/**
 * A minimal static file server for the built site, on loopback only, so browser tests see the
 * site exactly as a static host would serve it (directory index, 404 page, base path).
 */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.ico': 'image/x-icon', '.xml': 'application/xml; charset=utf-8', '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8', '.csv': 'text/csv; charset=utf-8', '.wasm': 'application/wasm',
  '.pf_fragment': 'application/octet-stream', '.pf_index': 'application/octet-stream', '.pf_meta': 'application/octet-stream',
  '.pagefind': 'application/octet-stream', '.pdf': 'application/pdf', '.atom': 'application/atom+xml; charset=utf-8',
};

export interface StaticSite {
  /** Origin plus base path, e.g. "http://127.0.0.1:41234/". */
  url: string;
  origin: string;
  /** Bytes sent per path, for transfer measurements. */
  close(): Promise<void>;
}

export async function serveStatic(root: string, base = '/'): Promise<StaticSite> {
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    if (!path.startsWith(base)) {
      res.writeHead(404).end('Not found');
      return;
    }
    path = '/' + path.slice(base.length);
    const file = normalize(join(root, path));
    if (!file.startsWith(normalize(root))) {
      res.writeHead(403).end();
      return;
    }
    for (const candidate of [file, join(file, 'index.html')]) {
      try {
        if ((await stat(candidate)).isFile()) {
          const body = await readFile(candidate);
          res.writeHead(200, { 'content-type': TYPES[extname(candidate)] ?? 'application/octet-stream', 'content-length': body.length });
          res.end(body);
          return;
        }
      } catch {
        // try the next candidate
      }
    }
    try {
      const body = await readFile(join(root, '404.html'));
      res.writeHead(404, { 'content-type': TYPES['.html'] }).end(body);
    } catch {
      res.writeHead(404).end('Not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server did not bind');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    url: origin + base,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
