/**
 * Synthetic corpora for the benchmark: N valid case files drawn from the real vocabularies and
 * municipalities, with varied Norwegian-looking text. Deterministic (seeded), written outside
 * content/, never into a contributor's folder.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { municipalities } from '../src/model/municipalities.ts';
import { sourceDocuments } from '../src/model/source-documents.ts';
import {
  actorTypes,
  arnsteinRungs,
  barriers,
  drivers,
  evidenceLevels,
  innovationTypes,
  serviceAreas,
  statuses,
  targetGroups,
} from '../src/model/vocabularies.ts';

/** A small seeded generator (mulberry32), so every run writes the same corpus. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'kommune innbyggere frivillige samarbeid tjeneste omsorg eldre hjemmetjeneste sykehjem pårørende ' +
  'arbeid inkludering ungdom familie nabolag bydel frivilligsentral lag forening menighet næringsliv ' +
  'forskning høgskole universitet prosjekt pilot drift evaluering resultat erfaring utfordring behov ' +
  'løsning modell metode team ansatte leder politikere budsjett midler tilskudd plan strategi mål ' +
  'tiltak aktivitet møteplass kurs opplæring kompetanse teknologi digital trygghet mestring helse ' +
  'rehabilitering hverdag fellesskap ensomhet deltakelse medvirkning dialog innspill idé utvikling ' +
  'utprøving spredning gevinst kostnad tid ressurser partnerskap avtale nettverk region fylke stat ' +
  'direktorat departement kartlegging intervju undersøkelse rapport kapittel boks kilde arbeidsgruppe ' +
  'brukerne hjemme lokalt sammen bedre mer mindre nye flere viktig tydelig felles egne andre hele ' +
  'skulle ville kunne måtte fikk ble hadde var gjorde laget prøvde brukte startet fortsatte viste'
).split(' ');

/**
 * Text follows Zipf's law, as real text does: the 200 real words above are the most common, and
 * 6 000 made-up words from Norwegian-like syllables form the long tail. With only a small word list,
 * every word would be on most pages and the search index would be unrealistically heavy.
 */
function vocabulary(rnd: () => number): { words: string[]; cdf: Float64Array } {
  const syllables =
    'ba be bo bu da de di do fa fe fi fo ga ge gi go ha he hi ho ja je jo ka ke ki ko la le li lo ma me mi mo na ne ni no pa pe pi po ra re ri ro sa se si so ta te ti to va ve vi vo sk st tr sj kj'.split(
      ' ',
    );
  const tail = new Set<string>();
  while (tail.size < 6000) {
    const n = 2 + Math.floor(rnd() * 3);
    tail.add(
      Array.from({ length: n }, () => syllables[Math.floor(rnd() * syllables.length)]).join('') +
        ['', 'en', 'et', 'ene', 'er', 'ing'][Math.floor(rnd() * 6)],
    );
  }
  const words = [...WORDS, ...[...tail].filter((w) => !WORDS.includes(w))];
  const weights = words.map((_, r) => 1 / Math.pow(r + 1, 1.05));
  const total = weights.reduce((a, b) => a + b, 0);
  const cdf = new Float64Array(words.length);
  let acc = 0;
  weights.forEach((w, i) => (cdf[i] = acc += w / total));
  return { words, cdf };
}

/** A word of middling frequency (the 400th most common), to search for as a reader would. */
export function typicalWord(seed = 7): string {
  return vocabulary(random(seed)).words[400]!;
}

export function generateCorpus(dir: string, count: number, seed = 7): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const rnd = random(seed + count);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const some = <T>(list: readonly T[], min: number, max: number) => {
    const n = min + Math.floor(rnd() * (max - min + 1));
    return [...new Set(Array.from({ length: n }, () => pick(list)))];
  };
  const { words, cdf } = vocabulary(random(seed));
  const word = () => {
    const x = rnd();
    let lo = 0;
    let hi = cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return words[lo]!;
  };
  const sentence = (min = 8, max = 16) => {
    const n = min + Math.floor(rnd() * (max - min + 1));
    return `${Array.from({ length: n }, word)
      .join(' ')
      .replace(/^./, (c) => c.toUpperCase())}.`;
  };
  const paragraph = () => Array.from({ length: 3 + Math.floor(rnd() * 3) }, () => sentence()).join(' ');
  const quote = (text: string) => JSON.stringify(text);

  for (let i = 0; i < count; i++) {
    const places = some(municipalities, 1, 2);
    const title = `${sentence(2, 4).slice(0, -1)} i ${places[0]!.names[0]} ${i + 1}`;
    const start = 2008 + Math.floor(rnd() * 17);
    const step = rnd() < 0.1 ? 'none' : String(1 + Math.floor(rnd() * 5));
    const rung = rnd() < 0.15 ? 'none' : pick(arnsteinRungs).key;
    const doc = pick(sourceDocuments);
    const front = [
      `title: ${quote(title)}`,
      `summary: ${quote(paragraph().slice(0, 600))}`,
      `municipalities: [${places.map((m) => `"${m.number}"`).join(', ')}]`,
      `serviceAreas: [${some(serviceAreas.keys, 1, 3).join(', ')}]`,
      `targetGroups: [${some(targetGroups.keys, 1, 2).join(', ')}]`,
      'actors:',
      // Residents among the actors: a step or rung needs someone on the citizens' side (the schema checks it).
      ...['residents', ...some(actorTypes.keys.filter((k) => k !== 'residents'), 1, 3)].flatMap((t) => [
        `  - type: ${t}`,
        `    name: ${quote(`${sentence(1, 2).slice(0, -1)} ${t}`)}`,
      ]),
      `innovationTypes: [${some(innovationTypes.keys, 1, 2).join(', ')}]`,
      'coCreation:',
      `  step: ${step}`,
      `  reason: ${quote(sentence())}`,
      `  basis: ${quote(`kap. ${1 + Math.floor(rnd() * 11)}`)}`,
      `  confidence: ${rnd() < 0.5 ? 'clear' : 'judgement'}`,
      'arnstein:',
      `  rung: ${rung}`,
      `  reason: ${quote(sentence())}`,
      `  basis: ${quote(`kap. ${1 + Math.floor(rnd() * 11)}`)}`,
      `  confidence: ${rnd() < 0.5 ? 'clear' : 'judgement'}`,
      `status: ${pick(statuses.keys)}`,
      'period:',
      `  start: ${start}`,
      // An end year that has been: a later one would have to be marked as planned.
      ...(rnd() < 0.5 ? [`  end: ${Math.min(start + Math.floor(rnd() * 4), 2025)}`] : []),
      'evidence:',
      `  level: ${pick(evidenceLevels.keys)}`,
      `barriers: [${some(barriers.keys, 0, 3).join(', ')}]`,
      `drivers: [${some(drivers.keys, 0, 3).join(', ')}]`,
      'reuse:',
      `  requirements: ${quote(paragraph())}`,
      'contact:',
      `  role: prosjektleder`,
      `  organisation: ${quote(`${places[0]!.names[0]} kommune`)}`,
      'sources:',
      `  - document: ${doc.key}`,
      `    locator: ${quote(`kap. ${1 + Math.floor(rnd() * 11)}`)}`,
      'lastChecked: 2026-11-25',
    ];
    const body = ['Bakgrunn', 'Hva ble gjort', 'Resultater', 'Erfaringer']
      .map((h) => `## ${h}\n\n${paragraph()}\n\n${paragraph()}`)
      .join('\n\n');
    writeFileSync(join(dir, `sak-${String(i + 1).padStart(5, '0')}.mdx`), `---\n${front.join('\n')}\n---\n\n${body}\n`);
  }
}
