/**
 * `npm run ny-sak`: starts a new case file from the template, asking for what every case needs and
 * asking again until each answer is valid. Never overwrites a file. `npm run ny-sak -- --help`
 * lists the flags (src/contribute/scaffold.ts, FLAGS). Every way out (a wrong flag, Ctrl-D, Ctrl-C)
 * is one Norwegian line, never a stack trace.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  FLAGS,
  caseFile,
  helpText,
  interview,
  templateSections,
  validates,
  type Flags,
} from '../src/contribute/scaffold.ts';
import { Cancelled, FlagAsker, TerminalAsker, streamInput } from '../src/contribute/prompt.ts';
import { CASES_DIR } from '../src/model/paths.ts';
import { splitFile } from '../src/pipeline/frontmatter.ts';
import { kindQuestion, knowledgeFile, knowledgeInterview } from '../src/contribute/new-page.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const stop = (line: string, code = 1): never => {
  console.error(line);
  process.exit(code);
};

/** parseArgs' complaints, in Norwegian. */
function flagError(e: { code?: string; message: string }): string {
  const name = /'(-{1,2}[^' ]+)/.exec(e.message)?.[1] ?? '';
  const more = 'Se alle flaggene med npm run ny-sak -- --help.';
  switch (e.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `Ukjent flagg ${name}. ${more}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /ambiguous/.test(e.message)
        ? `${name} mangler en verdi (et svar kan ikke begynne med -; skriv ${name}=-… hvis det skal det). ${more}`
        : `${name} skal ha en verdi i anførselstegn, for eksempel ${name} "…". ${more}`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `Forstår ikke «${/'([^']*)'/.exec(e.message)?.[1] ?? ''}»: svar står etter et flagg, for eksempel --tittel "…". ${more}`;
    default:
      return `Flaggene kunne ikke leses. ${more}`;
  }
}

let flags: Flags;
try {
  const options = Object.fromEntries(
    Object.entries(FLAGS).map(([k, f]) => [
      k,
      { type: f.type, ...('multiple' in f ? { multiple: true } : {}), ...('short' in f ? { short: f.short } : {}) },
    ]),
  );
  flags = parseArgs({ options: options as never, strict: true, allowPositionals: false }).values as Flags;
} catch (e) {
  stop(flagError(e as { code?: string; message: string }));
}
if (flags!.help) {
  console.log(helpText());
  process.exit(0);
}

const interactive = flags!.interaktiv === true || (!flags!['ikke-interaktiv'] && process.stdin.isTTY === true);
const input = interactive ? streamInput(process.stdin) : undefined;
const asker = input
  ? new TerminalAsker(input, (text, newline = true) => process.stdout.write(newline ? `${text}\n` : text))
  : new FlagAsker((flag) => (FLAGS as Record<string, { help: string }>)[flag]?.help);
// Ctrl-C outside a question (readline handles it inside one).
process.on('SIGINT', () => stop('\nAvbrutt. Ingen fil ble laget.', 130));

/** Writes a new file, never over an existing one. */
function writeNew(path: string, text: string): void {
  try {
    // 'wx': fail rather than overwrite a file that appeared while the questions were asked.
    writeFileSync(resolve(root, path), text, { flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST')
      stop(
        `${path} finnes allerede, og blir ikke overskrevet. Velg en annen adresse med --adresse, eller rediger fila.`,
      );
    stop(`Kunne ikke skrive ${path}: ${(e as Error).message}`);
  }
}

const today = new Date().toISOString().slice(0, 10);
/** Ctrl-C or the end of the answers (Ctrl-D), as one line. */
function cancelled(e: unknown): never {
  if (e instanceof Cancelled)
    stop(
      e.reason === 'interrupted'
        ? '\nAvbrutt. Ingen fil ble laget.'
        : '\nSvarene tok slutt (Ctrl-D) før alle spørsmålene var besvart. Ingen fil ble laget.',
      e.reason === 'interrupted' ? 130 : 1,
    );
  throw e;
}

const kind = await asker.ask(kindQuestion(), flags!.type).catch(cancelled);
if (asker instanceof FlagAsker && asker.errors.length > 0) stop(asker.errors.join('\n'));
if (kind.key !== 'sak') {
  let names: string[] = [];
  try {
    names = readdirSync(resolve(root, kind.dir));
  } catch {
    stop(`Fant ikke mappa ${kind.dir}`);
  }
  const page = await knowledgeInterview(asker, kind, names, flags!).catch(cancelled);
  input?.close();
  if (asker instanceof FlagAsker && asker.errors.length > 0)
    stop(`Siden ble ikke laget:\n${asker.errors.map((e) => `  ${e}`).join('\n')}`);
  const path = `${kind.dir}/${page.slug}.mdx`;
  writeNew(path, knowledgeFile(readFileSync(`${root}${kind.template}`, 'utf8'), page.title, today));
  console.log(
    `Laget ${path} fra ${kind.template}. Fyll inn feltene og teksten med egne ord ut fra kildene; npm run check viser det som står igjen fra malen.`,
  );
  process.exit(0);
}

const casesDir = resolve(root, CASES_DIR);
let existing: string[] = [];
try {
  existing = readdirSync(casesDir);
} catch {
  stop(`Fant ikke mappa med saker: ${CASES_DIR}`);
}
const template = readFileSync(`${root}content/mal.mdx`, 'utf8');
const split = splitFile(template);
const templateBody = 'body' in split ? split.body : template;

let answers;
try {
  answers = await interview(asker, (t) => console.log(t), {
    flags: flags!,
    existing,
    templateBody,
    today,
  });
} catch (e) {
  cancelled(e);
} finally {
  input?.close();
}

if (asker instanceof FlagAsker && asker.errors.length > 0)
  stop(`Saken ble ikke laget:\n${asker.errors.map((e) => `  ${e}`).join('\n')}`);
if (!validates(answers)) stop('Svarene gir ikke en gyldig sak. Kjør npm run check på fila etter at du har rettet den.');

const path = `${CASES_DIR}/${answers.slug}.mdx`;
writeNew(path, caseFile(answers, templateBody));
const unwritten = templateSections(templateBody).some((h) => !answers.sections[h.heading]?.trim());
console.log(
  `Laget ${path}.${unwritten ? ' Skriv teksten under overskriftene der malens veiledning står igjen.' : ''} Legg til hemmere og fremmere, og kjør npm run check.`,
);
