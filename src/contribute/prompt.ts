/**
 * The terminal side of `npm run ny-sak`: reading answers line by line, and asking again until an
 * answer is valid. Kept apart from the terminal itself (an `Input`), so the tests drive the same
 * questions with scripted answers.
 *
 * Why not a prompt library (@inquirer/prompts, @clack/prompts): their text prompts end an answer at
 * the first line break, so a pasted paragraph is cut or spills into the next question, and their
 * editor prompts open an external editor, which a municipal laptop may not have. Reading lines
 * with node:readline and treating what arrives in one paste as one answer keeps every answer.
 */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';

/** Why the questions stopped before the end: Ctrl-D (end of input) or Ctrl-C. */
export class Cancelled extends Error {
  readonly reason: 'end-of-input' | 'interrupted';
  constructor(reason: 'end-of-input' | 'interrupted') {
    super(reason);
    this.reason = reason;
  }
}

export interface Input {
  /** The next line, or null at the end of the input. */
  line(): Promise<string | null>;
  /** Whether more lines of the same paste are waiting (as opposed to the contributor typing). */
  more(): Promise<boolean>;
  close(): void;
}

/**
 * Lines from a terminal or a pipe. In a terminal, lines that arrive together are one paste; from a
 * pipe every line is an answer of its own. Ctrl-C in a terminal is the process's SIGINT (see
 * scripts/new-case.ts); `Cancelled('interrupted')` covers a readline that sees it itself.
 */
export function streamInput(input: Readable, pastes = (input as { isTTY?: boolean }).isTTY === true): Input {
  const rl = createInterface({ input, terminal: false, crlfDelay: Infinity });
  const queue: string[] = [];
  let ended = false;
  let interrupted = false;
  let waiting: (() => void) | undefined;
  const wake = () => {
    const w = waiting;
    waiting = undefined;
    w?.();
  };
  rl.on('line', (l) => {
    queue.push(l);
    wake();
  });
  rl.on('close', () => {
    ended = true;
    wake();
  });
  rl.on('SIGINT', () => {
    interrupted = true;
    wake();
  });
  return {
    async line() {
      for (;;) {
        if (interrupted) throw new Cancelled('interrupted');
        if (queue.length > 0) return queue.shift()!;
        if (ended) return null;
        await new Promise<void>((r) => (waiting = r));
      }
    },
    async more() {
      if (!pastes) return false;
      // Lines of one paste arrive together; a person typing takes far longer than this.
      if (queue.length === 0 && !ended) await new Promise((r) => setTimeout(r, 30));
      return queue.length > 0;
    },
    close: () => rl.close(),
  };
}

/**
 * Scripted answers for the tests: each string is what arrives at once (one typed line, or a paste
 * with line breaks). "\u0003" stands for Ctrl-C; the end of the script is Ctrl-D.
 */
export function scriptedInput(bursts: readonly string[]): Input {
  const pending = bursts.map((b) => b.split('\n'));
  let current: string[] = [];
  return {
    async line() {
      if (current.length === 0) {
        const next = pending.shift();
        if (!next) return null;
        current = next;
      }
      const l = current.shift()!;
      if (l === '\u0003') throw new Cancelled('interrupted');
      return l;
    },
    async more() {
      return current.length > 0;
    },
    close() {},
  };
}

export type Check<T> = { ok: true; value: T } | { ok: false; message: string };

export interface Question<T> {
  /** The question, without the colon. */
  text: string;
  check: (answer: string) => Check<T>;
  /** Printed once before the question: the choices, or how to answer. */
  hint?: string;
  /** Taken when the answer is empty; shown in brackets. */
  suggested?: string;
  /** Several lines, ended by an empty line (a paste may contain empty lines). */
  multiline?: boolean;
  /** The flag that answers it, for the messages when nothing is asked. */
  flag?: string;
  /** Without a terminal, a missing answer takes `suggested` instead of being an error. */
  optional?: boolean;
}

export interface Asker {
  /** False when answers come only from flags. */
  readonly interactive: boolean;
  ask<T>(q: Question<T>, given?: string): Promise<T>;
  /** Records a problem that no question can fix (without a terminal). */
  fail(message: string): void;
}

/**
 * Without a terminal: answers come from the flags only, and every missing or wrong one is collected
 * in `errors`, so the contributor sees them all at once.
 */
export class FlagAsker implements Asker {
  readonly interactive = false;
  readonly errors: string[] = [];
  /** What a flag is for, in the message when it is missing. */
  private readonly describe: (flag: string) => string | undefined;
  constructor(describe: (flag: string) => string | undefined = () => undefined) {
    this.describe = describe;
  }

  async ask<T>(q: Question<T>, given?: string): Promise<T> {
    const name = q.flag ? `--${q.flag}` : q.text;
    if (given === undefined && q.optional && q.suggested !== undefined) given = q.suggested;
    if (given === undefined) {
      this.errors.push(`${name} mangler (${(q.flag && this.describe(q.flag)) ?? q.text.toLowerCase()})`);
      return undefined as T;
    }
    const result = q.check(given);
    if (result.ok) return result.value;
    this.errors.push(`${name}: ${result.message}`);
    return undefined as T;
  }

  fail(message: string) {
    this.errors.push(message);
  }
}

/** In a terminal: asks each question until the answer passes its check. */
export class TerminalAsker implements Asker {
  readonly interactive = true;

  private readonly input: Input;
  /** Writes text; a question is written without a line break, so the answer follows it. */
  private readonly print: (text: string, newline?: boolean) => void;
  constructor(input: Input, print: (text: string, newline?: boolean) => void) {
    this.input = input;
    this.print = print;
  }

  /** One answer: a line, or everything pasted at once, joined by spaces. */
  private async single(): Promise<string> {
    const first = await this.input.line();
    if (first === null) throw new Cancelled('end-of-input');
    const parts = [first];
    while (await this.input.more()) parts.push((await this.input.line()) ?? '');
    return parts
      .map((p) => p.trim())
      .filter(Boolean)
      .join(' ');
  }

  /** Several lines, ended by an empty line typed on its own (or the end of the input). */
  private async lines(): Promise<string> {
    const lines: string[] = [];
    for (;;) {
      const l = await this.input.line();
      if (l === null) {
        if (lines.length === 0) throw new Cancelled('end-of-input');
        break;
      }
      if (l.trim() === '') {
        if (lines.length === 0) return '';
        if (await this.input.more()) {
          lines.push('');
          continue;
        }
        break;
      }
      lines.push(l.trimEnd());
    }
    return lines.join('\n').trim();
  }

  fail(message: string) {
    this.print(message);
  }

  /** Asks until the answer passes its check. A flag's value, if any, is tried first. */
  async ask<T>(q: Question<T>, given?: string): Promise<T> {
    if (given !== undefined) {
      const result = q.check(given);
      if (result.ok) return result.value;
      this.print(result.message);
    }
    if (q.hint) this.print(q.hint);
    for (;;) {
      const how = q.multiline ? ' (flere linjer går fint; avslutt med en tom linje)' : '';
      const prompt = `${q.text}${how}${q.suggested ? ` [${q.suggested}]` : ''}:`;
      if (q.multiline) this.print(prompt);
      else this.print(`${prompt} `, false);
      const raw = q.multiline ? await this.lines() : await this.single();
      const answer = raw === '' && q.suggested !== undefined ? q.suggested : raw;
      const result = q.check(answer);
      if (result.ok) return result.value;
      this.print(result.message);
    }
  }
}
