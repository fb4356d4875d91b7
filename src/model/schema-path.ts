/**
 * Walks a Zod schema along a field path (`['actors', 0, 'type']`), through optional, default and
 * pipe wrappers, so messages can name what a field allows and what it is for.
 */
import type { core } from 'astro/zod';

type Def = {
  type: string;
  innerType?: core.$ZodType;
  in?: core.$ZodType;
  out?: core.$ZodType;
  shape?: Record<string, core.$ZodType>;
  element?: core.$ZodType;
};
const defOf = (s: core.$ZodType) => s._zod.def as Def;

/** The schema under optional/default wrappers and pipes (a pipe into a transform: its input). */
export function unwrapSchema(s: core.$ZodType): core.$ZodType {
  const def = defOf(s);
  if (def.innerType) return unwrapSchema(def.innerType);
  if (def.type === 'pipe') return unwrapSchema(def.out && defOf(def.out).type !== 'transform' ? def.out : def.in!);
  return s;
}

/** The schema of the field at `path`, or undefined if the schema has no such field. */
export function schemaAt(root: core.$ZodType, path: readonly PropertyKey[]): core.$ZodType | undefined {
  let node = root;
  for (const seg of path) {
    const def = defOf(unwrapSchema(node));
    if (typeof seg === 'number' && def.element) node = def.element;
    else if (typeof seg === 'string' && def.shape?.[seg]) node = def.shape[seg];
    else return undefined;
  }
  return node;
}

/** The keys the object at `path` allows (for «Mente du» on an unknown field). */
export function keysAt(root: core.$ZodType, path: readonly PropertyKey[]): string[] {
  const node = schemaAt(root, path);
  const shape = node && defOf(unwrapSchema(node)).shape;
  return shape ? Object.keys(shape) : [];
}

/** The field's description (`.meta({ description })`), on the field or on what it wraps. */
export function descriptionAt(root: core.$ZodType, path: readonly PropertyKey[]): string | undefined {
  const node = schemaAt(root, path);
  if (!node) return undefined;
  const meta = (s: core.$ZodType) =>
    (s as unknown as { meta(): { description?: string } | undefined }).meta?.()?.description;
  return meta(node) ?? meta(unwrapSchema(node));
}
