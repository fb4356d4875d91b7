/**
 * In the dev preview the content loaders and the pages run in one process: the loaders leave the
 * current problems here, and the layout shows them on every page, so a contributor sees in the
 * browser what the terminal says. In a build the list is always empty (the build stops instead).
 */
const KEY = Symbol.for('samskapingsbanken.dev-problems');
type Store = Map<string, string[]>;

function store(): Store {
  const g = globalThis as unknown as Record<symbol, Store | undefined>;
  return (g[KEY] ??= new Map());
}

export function setDevProblems(kind: string, lines: string[]): void {
  store().set(kind, lines);
}

export function devProblems(): string[] {
  return [...store().values()].flat();
}
