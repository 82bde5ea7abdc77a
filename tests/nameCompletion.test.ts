import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NameCompletion, type CompletionName } from '../src/nameCompletion.ts';
import { EntityLookup, queryParts } from '../src/nlp/entityLookup.ts';
import { editDistance, nameParts, normalizeName, typoAllowance } from '../src/nlp/nameSimilarity.ts';
import type { Entity } from '../src/types.ts';

/** The ranking of the class doc, by scanning every name: slow and obviously right. */
function reference(names: readonly CompletionName[], partial: string, limit: number): string[] {
  const parts = queryParts(partial);
  const query = parts.join(' ');
  const last = parts.at(-1) ?? '';
  const scored = names.flatMap((entry) => {
    const forms = [entry.name, ...entry.aliases].map(nameParts);
    const allowance = typoAllowance(last.length);
    const score = query === '' ? 3
      : normalizeName(entry.name).startsWith(query) ? 0
      : forms.some((p) => p.join(' ').startsWith(query) || p.some((word) => word.startsWith(query))) ? 1
      : allowance > 0 && forms.some((p) => p.some((word) => editDistance(word.slice(0, last.length), last, allowance) <= allowance)) ? 2
      : undefined;
    return score === undefined ? [] : [{ entry, score }];
  });
  scored.sort((a, b) => a.score - b.score || b.entry.weight - a.entry.weight || (a.entry.name < b.entry.name ? -1 : a.entry.name > b.entry.name ? 1 : 0));
  return scored.slice(0, limit).map(({ entry }) => entry.name);
}

const NAMES: CompletionName[] = [
  { name: 'Antony Blinken', aliases: ['Blinken', 'Anthony Blinken'], weight: 12 },
  { name: 'Lloyd Austin', aliases: ['Austin'], weight: 5 },
  { name: 'Alex Vatanka', aliases: ['Vatanka'], weight: 2 },
  { name: 'Antonio Tajani', aliases: ['Tajani'], weight: 3 },
  { name: 'Blanca Ortiz', aliases: [], weight: 1 },
];

describe('NameCompletion', () => {
  const names = new NameCompletion(NAMES);

  it.each([
    ['blin', ['Antony Blinken']],
    ['Anto', ['Antony Blinken', 'Antonio Tajani']],
    ['a', ['Antony Blinken', 'Antonio Tajani', 'Alex Vatanka', 'Lloyd Austin']],
    ['or', ['Blanca Ortiz']],
    ['anthony bl', ['Antony Blinken']],
    ['Secretary Blinkin', ['Antony Blinken']],
    ['Vatenka', ['Alex Vatanka']],
    ['zyxwv', []],
  ])('completes %j as %j', (typed, expected) => {
    expect(names.complete(typed, 25)).toEqual(expected);
  });

  it('offers the heaviest names when nothing is typed, at most `limit`', () => {
    expect(names.complete('', 2)).toEqual(['Antony Blinken', 'Lloyd Austin']);
    expect(names.complete('  ', 0)).toEqual([]);
  });

  it('ranks as a scan of every name would', () => {
    const word = fc.stringMatching(/^[abcdeilnort]{1,9}$/);
    const entry = fc.record({ name: fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' ')), aliases: fc.array(word, { maxLength: 2 }), weight: fc.nat(5) });
    const typed = fc.oneof(word, fc.array(word, { minLength: 2, maxLength: 2 }).map((w) => w.join(' ')));
    fc.assert(
      fc.property(fc.uniqueArray(entry, { selector: (e) => e.name, maxLength: 40 }), typed, fc.integer({ min: 1, max: 30 }), (entries, query, limit) => {
        expect(new NameCompletion(entries).complete(query, limit)).toEqual(reference(entries, query, limit));
      }),
      { numRuns: 500 },
    );
  });

  it('answers a keystroke in about a millisecond at 20,000 names, where a scan of every entity took far longer', () => {
    const syllables = ['ka', 'lo', 'mi', 'ra', 'ten', 'vor', 'sha', 'del', 'bru', 'nik', 'ost', 'pe', 'gan', 'zu', 'fir'];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const word = () => Array.from({ length: 2 + Math.floor(random() * 2) }, () => syllables[Math.floor(random() * syllables.length)]).join('');
    const capital = (w: string) => w[0]!.toUpperCase() + w.slice(1);
    const people = Array.from({ length: 20_000 }, (_, i) => {
      const [given, family] = [capital(word()), capital(word())];
      return { name: `${given} ${family}`, aliases: [family], weight: i % 17 };
    });
    const typed = Array.from({ length: 200 }, (_, i) => {
      const name = people[(i * 97) % people.length]!.aliases[0]!.toLowerCase();
      return i % 4 === 3 ? `${name.slice(0, 3)}x${name.slice(4, 7)}` : name.slice(0, 1 + (i % 6));
    });

    const completion = new NameCompletion(people);
    const time = (complete: (text: string) => unknown) => {
      const started = performance.now();
      for (const text of typed) complete(text);
      return (performance.now() - started) / typed.length;
    };
    const entities: Entity[] = people.map((p, i) => ({ id: `e${i}`, name: p.name, kind: 'person', aliases: p.aliases, roles: [], files: [] }));
    const lookup = new EntityLookup(entities);
    time((text) => completion.complete(text, 25));
    const indexed = time((text) => completion.complete(text, 25));
    const sample = typed.slice(0, 12);
    const started = performance.now();
    for (const text of sample) lookup.search(text, 100);
    const scanned = (performance.now() - started) / sample.length;

    expect(indexed).toBeLessThan(10); // ~1 ms on a quiet machine; bounded loosely for a shared, loaded one
    expect(indexed * 10).toBeLessThan(scanned);
    for (const text of typed.slice(0, 4)) {
      expect(completion.complete(text, 25)).toEqual(reference(people, text, 25));
    }
    if (process.env['PRINT_TIMINGS']) console.info(`autocomplete at 20,000 names: ${indexed.toFixed(3)} ms indexed, ${scanned.toFixed(1)} ms scanning`);
  });
});
