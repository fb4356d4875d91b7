import { defineHastPlugin } from 'satteri';
import type { Element } from 'hast';

/**
 * GFM task lists render as disabled checkboxes without labels, which screen readers announce as
 * unlabelled form fields (axe: «label»). On a static page they are not a form at all, so each one
 * becomes a symbol for the eye and the words «Utført:» or «Ikke utført:» for a screen reader.
 */
export const accessibleTaskLists = defineHastPlugin({
  name: 'accessible-task-lists',
  element: {
    filter: ['input'],
    visit(node: Readonly<Element>, ctx) {
      if (node.properties?.type !== 'checkbox') return;
      const done = Boolean(node.properties.checked);
      ctx.replaceNode(node, {
        type: 'element',
        tagName: 'span',
        properties: { className: ['sb-task'] },
        children: [
          {
            type: 'element',
            tagName: 'span',
            properties: { ariaHidden: 'true' },
            children: [{ type: 'text', value: done ? '☑' : '☐' }],
          },
          {
            type: 'element',
            tagName: 'span',
            properties: { className: ['sr-only'] },
            children: [{ type: 'text', value: done ? 'Utført:' : 'Ikke utført:' }],
          },
        ],
      });
    },
  },
});
