/**
 * Serves the built site (dist/, built by `npm run test:e2e` just before) for the browser tests.
 * The address reaches the tests through Vitest's provide/inject.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
  if (!existsSync(`${dist}index.html`)) {
    throw new Error('dist/ mangler: kjør «npm run build» før nettlesertestene (npm test gjør det selv).');
  }
  const { server, url } = await serveStatic(dist);
  project.provide('baseUrl', url);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
