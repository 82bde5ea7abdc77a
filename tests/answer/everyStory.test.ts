import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/answer.ts';
import { fixtureIndex } from './fixtureIndex.ts';

// Invented coverage: the envoy is in all three stories, the mayor in two; Italy and Berlin in all three.
const stories = fixtureIndex({
  'one.txt': 'Envoy in Berlin\n\nMay 2, 2025\n\nEnvoy Piet Rook met Mayor Ana Reis in Berlin to talk about Italy.',
  'two.txt': 'Envoy in Lyon\n\nMay 3, 2025\n\nEnvoy Piet Rook spoke in Berlin about Italy and Lyon.',
  'three.txt': 'Envoy leaves\n\nMay 4, 2025\n\nPiet Rook left Berlin for Italy; Mayor Ana Reis saw him off.',
});
const who = (text: string) => answer(stories, { command: 'who', text }).answers.map((a) => a.text);

describe('who every story is about', () => {
  it('answers with the person every story names, citing each story', () => {
    expect(who('Which person appears in all three stories?')).toEqual(['Piet Rook']);
    expect(who('whos the one guy every story here is about')).toEqual(['Piet Rook']);
    expect(answer(stories, { command: 'who', text: 'who is mentioned in every story?' }).answers[0]?.citations.map((c) => c.file).sort()).toEqual(['one.txt', 'three.txt', 'two.txt']);
  });

  it('answers "which country" with a country first, before any other place every story names', () => {
    expect(who('Which country is named in every article?')[0]).toBe('Italy');
  });
});
