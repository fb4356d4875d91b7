/**
 * Serves the two built sites for the browser tests: the real site (dist/) and the site built from
 * the test fixtures (dist-fixtures/: every step and rung, GFM, optional fields left out). Both are
 * built by `npm run test:e2e` just before. The addresses reach the tests through provide/inject.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    fixturesUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const servers = [];
  for (const [key, dir] of [
    ['baseUrl', 'dist'],
    ['fixturesUrl', 'dist-fixtures'],
  ] as const) {
    const root = fileURLToPath(new URL(`../../${dir}/`, import.meta.url));
    if (!existsSync(`${root}index.html`)) {
      throw new Error(`${dir}/ mangler: kjør «npm run build» og «npm run build:fixtures» først (npm test gjør det selv).`);
    }
    const { server, url } = await serveStatic(root);
    servers.push(server);
    project.provide(key, url);
  }
  return () => Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
}
