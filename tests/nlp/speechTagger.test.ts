import { describe, expect, it } from 'vitest';
import { loadTagger } from '../../src/nlp/speechTagger.ts';

describe('speech tagger model', () => {
  it('reads its weights as little-endian int16, negative ones too', () => {
    const bytes = Buffer.alloc(32);
    bytes.writeInt16LE(-2, 6);
    bytes.writeInt16LE(300, 30);
    const tagger = loadTagger({ bits: 4, scale: 1, startThreshold: 5, endThreshold: -1, cueWords: 'opposed declined', weights: bytes.toString('base64') });
    expect([...tagger.weights]).toEqual([0, 0, 0, -2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 300]);
    expect([tagger.mask, tagger.startThreshold, tagger.endThreshold, [...tagger.cueWords]]).toEqual([15, 5, -1, ['opposed', 'declined']]);
  });
});
