import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/nlp/nameTokens.ts';
import { cueText } from '../../src/nlp/speechUnits.ts';

/** The modules of src/nlp each module imports (value or type), by file name. */
function importsOf(dir: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const source = readFileSync(`${dir}/${file}`, 'utf8');
    graph.set(file, [...source.matchAll(/from '\.\/([\w]+\.ts)'/gu)].map((m) => m[1]!));
  }
  return graph;
}

/** A cycle of imports through `start`, if any: the files along it. */
function cycleThrough(graph: ReadonlyMap<string, string[]>, start: string): string[] | undefined {
  const path: string[] = [];
  const seen = new Set<string>();
  const visit = (file: string): string[] | undefined => {
    if (file === start && path.length) return [...path, file];
    if (seen.has(file)) return undefined;
    seen.add(file);
    path.push(file);
    for (const next of graph.get(file) ?? []) {
      const found = visit(next);
      if (found) return found;
    }
    path.pop();
    return undefined;
  };
  return visit(start);
}

describe('src/nlp imports', () => {
  it.each(['attribution.ts', 'reportedSpeech.ts', 'speechUnits.ts'])('has no import cycle through %s', (file) => {
    expect(cycleThrough(importsOf('src/nlp'), file)).toBeUndefined();
  });
});

describe('cueText: the words of a cue', () => {
  const cueOf = (sentence: string, verb: string): string => {
    const tokens = tokenize({ file: 't.txt', paragraph: 1, text: sentence, sentences: [sentence] });
    return cueText(tokens, tokens.findIndex((t) => t.lower === verb)).cue;
  };

  it.each([
    ['a name of several words', 'Ann Lee told Harbour Watch Bergen she would stay.', 'told Harbour Watch Bergen'],
    ['a name with "of" and a place', 'Ann Lee told The Harbour Gazette of Eastport she would stay.', 'told The Harbour Gazette of Eastport'],
    ['a plain object', 'Ann Lee told reporters she would stay.', 'told reporters'],
    ['no "of" before a lowercase word', 'Ann Lee told Osei of plans to stay.', 'told Osei'],
  ])('keeps the one told with "told" (%s)', (_case, sentence, cue) => {
    expect(cueOf(sentence, 'told')).toBe(cue);
  });
});
