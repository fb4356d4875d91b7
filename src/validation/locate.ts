/**
 * Finds the line of a field in YAML frontmatter, so an error can point a contributor to it. Best
 * effort by indentation, which is enough for the block style the case template uses; when a field
 * cannot be found it returns the nearest parent's line.
 */
export function lineOfPath(yaml: string, path: readonly PropertyKey[], firstLine: number): number | undefined {
  const lines = yaml.split('\n');
  let from = 0;
  let parentIndent = -1;
  let found: number | undefined;
  for (const segment of path) {
    let hit: number | undefined;
    if (typeof segment === 'number') {
      let seen = -1;
      for (let i = from; i < lines.length; i++) {
        const l = lines[i]!;
        const indent = l.search(/\S/);
        if (indent === -1) continue;
        if (indent <= parentIndent && !l.trimStart().startsWith('- ')) break;
        if (l.trimStart().startsWith('- ') && indent >= parentIndent) {
          seen++;
          if (seen === segment) {
            hit = i;
            parentIndent = indent + 1;
            break;
          }
        }
      }
      // An inline list ([a, b]) keeps its items on the parent's line.
      if (hit === undefined) return found;
    } else {
      const key = new RegExp(`^(\\s*)(- )?${String(segment).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`);
      for (let i = hit ?? from; i < lines.length; i++) {
        const m = key.exec(lines[i]!);
        const indent = lines[i]!.search(/\S/);
        if (i > from && indent !== -1 && indent <= parentIndent && found !== undefined) break;
        if (m && indent > parentIndent - (m[2] ? 0 : 1)) {
          hit = i;
          parentIndent = m[1]!.length + (m[2] ? 2 : 0);
          break;
        }
      }
      if (hit === undefined) return found;
    }
    found = firstLine + hit;
    from = hit + (typeof segment === 'number' ? 0 : 1);
  }
  return found;
}
