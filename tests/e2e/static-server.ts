/**
 * A minimal static file server for the built site, on loopback only: directory URLs serve
 * index.html, unknown paths serve 404.html with status 404, as a static host would.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.csv': 'text/csv; charset=utf-8',
};

/** Serves `root` at `base` (a sub-path such as /understi/, as a host would for a project site). */
export function serveStatic(root: string, base = '/'): Promise<{ server: Server; url: string }> {
  const prefix = base.replace(/\/$/, '');
  const server = createServer((req, res) => {
    const requested = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (prefix && requested !== prefix && !requested.startsWith(`${prefix}/`)) {
      res.writeHead(404, { 'content-type': TYPES['.html']! });
      createReadStream(join(root, '404.html')).pipe(res);
      return;
    }
    const path = requested.slice(prefix.length) || '/';
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404, { 'content-type': TYPES['.html']! });
      createReadStream(join(root, '404.html')).pipe(res);
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    // Compress text and WebAssembly as static hosts do, so measured transfer sizes are realistic.
    // Pagefind's own index files (.pf_*) are compressed already.
    if (/gzip/.test(String(req.headers['accept-encoding'])) && /text|javascript|json|xml|svg|wasm/.test(type)) {
      res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip' });
      res.end(gzipSync(readFileSync(file)));
      return;
    }
    res.writeHead(200, { 'content-type': type });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ server, url: `http://127.0.0.1:${port}${prefix}` });
    });
  });
}
