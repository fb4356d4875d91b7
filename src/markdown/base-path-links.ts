import { defineHastPlugin } from 'satteri';
import type { Element } from 'hast';

/**
 * Case files link to other pages by site path (`/saker/omsorg-3-0/`). When the site is hosted under
 * a sub-path (BASE=/samskapingsbanken/), those links get the base in front, so contributors never
 * need to know where the site is hosted.
 */
export function basePathLinks(base: string) {
  const prefix = base.replace(/\/$/, '');
  return defineHastPlugin({
    name: 'base-path-links',
    element: {
      filter: ['a'],
      visit(node: Readonly<Element>, ctx) {
        const href = node.properties?.href;
        if (!prefix || typeof href !== 'string' || !href.startsWith('/') || href.startsWith('//')) return;
        if (href === prefix || href.startsWith(`${prefix}/`)) return;
        ctx.setProperty(node, 'href', `${prefix}${href}`);
      },
    },
  });
}
