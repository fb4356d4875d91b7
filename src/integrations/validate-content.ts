import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { contentKinds } from '../model/kinds.ts';
import { readAllKinds, validateKinds } from '../validation/cross-links.ts';
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { formatProblem, validateCaseSource } from '../validation/validate-cases.ts';

/**
 * Validates every case file before Astro loads them, so a broken case stops the build with the same
 * Norwegian one-line messages as `npm run check`, instead of Astro's stack trace. In `astro dev` it
 * only reports, so the preview keeps running while a contributor fixes the file, and it checks a
 * case file again each time it is saved.
 */
export function validateContent(): AstroIntegration {
  return {
    name: 'samskapingsbanken:validate-content',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const root = fileURLToPath(config.root);
        const { valid, problems } = validateKinds(readAllKinds(root, contentKinds));
        if (problems.length === 0) {
          logger.info(`${[...valid.values()].flat().length} saker, virkemidler og begreper er i orden.`);
          return;
        }
        for (const p of problems) console.error(formatProblem(p));
        console.error(
          `\n${problems.length} feil i saksfilene. Rett dem og prøv igjen (npm run check viser det samme).`,
        );
        if (command === 'build') process.exit(1);
      },
      'astro:server:setup': ({ server, logger }) => {
        const root = `${server.config.root}/`;
        const recheck = (path: string) => {
          const kind = contentKinds.find((k) => path.startsWith(`${resolve(root, k.dir)}/`));
          if (!kind || !/\.mdx?$/.test(path)) return;
          const file = relative(root, path);
          const { problems } = validateCaseSource(file, readFileSync(path, 'utf8'), kind);
          if (problems.length === 0) logger.info(`${file} er i orden.`);
          for (const p of problems) console.error(formatProblem(p));
        };
        server.watcher.on('change', recheck);
        server.watcher.on('add', recheck);
      },
    },
  };
}
