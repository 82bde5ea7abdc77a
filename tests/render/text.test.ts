import { describe, expect, it } from 'vitest';
import { NO_ANSWER, renderText } from '../../src/render/text.ts';

describe('renderText', () => {
  it('says why there is no answer when the engine knows what the coverage does say', () => {
    const text = renderText({ command: 'when', query: 'q', answers: [], note: 'The coverage says Acme has not admitted the breach.' });
    expect(text).toBe(`${NO_ANSWER} The coverage says Acme has not admitted the breach.`);
  });

  it('puts the stale warning before the answers', () => {
    const text = renderText({ command: 'who', query: 'q', stale: 'the corpus changed', answers: [{ text: 'Ann Lee', citations: [{ file: 'a.txt', paragraph: 2, excerpt: 'Ann Lee spoke.' }] }] });
    expect(text.split('\n')[0]).toBe('(Answered from an older index: the corpus changed.)');
    expect(text).toContain('1. Ann Lee');
  });
});
