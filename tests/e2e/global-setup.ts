/**
 * Serves the two built sites for the browser tests: the real site (dist/) at the root, and the site
 * built from the test fixtures (dist-fixtures/: every step and rung, GFM, optional fields left out)
 * under the sub-path it was built for, as a project site on GitHub Pages is. Both are built by
 * `npm run test:e2e` just before. The addresses reach the tests through provide/inject.
 */
export const FIXTURES_BASE = '/understi/';
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
  const servers: import('node:http').Server[] = [];
  for (const [key, dir, base] of [
    ['baseUrl', 'dist', '/'],
    ['fixturesUrl', 'dist-fixtures', FIXTURES_BASE],
  ] as const) {
    const root = fileURLToPath(new URL(`../../${dir}/`, import.meta.url));
    if (!existsSync(`${root}index.html`)) {
      throw new Error(
        `${dir}/ mangler: kjør «npm run build» og «npm run build:fixtures» først (npm test gjør det selv).`,
      );
    }
    const { server, url } = await serveStatic(root, base);
    servers.push(server);
    project.provide(key, url);
  }
  return () => Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
}
