import { describe, expect, it } from 'vitest';
import type { Token } from '../../src/nlp/nameTokens.ts';
import { endFeatures, isCueCandidate, isTitleCased, isVerbWord, lemmaOf, loadTagger, MAX_FEATURES, startFeatures, type TaggerView } from '../../src/nlp/speechTagger.ts';
import type { Unit } from '../../src/nlp/speechUnits.ts';

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

/** Hand-made tokens of one invented sentence, each word its own token. */
function view(words: string[], quoted: number[] = []): { view: TaggerView; unit: Unit } {
  let at = 0;
  const tokens: Token[] = words.map((text, i) => {
    const start = at;
    at += text.length + 1;
    return { text, lower: text.toLowerCase(), start, end: start + text.length, word: /\w/u.test(text), cap: /^[A-Z]/u.test(text), sentence: 0, sentenceStart: i === 0 };
  });
  const inside = new Int32Array(tokens.length);
  for (const i of quoted) inside[i] = 1;
  return { view: { tokens, inside }, unit: { start: 0, end: tokens.length, refs: [], pairs: [], nounPairs: [] } };
}

describe('speech tagger end features', () => {
  it('reads auxiliaries, modals, past forms and negations as verb words, not nouns or quoted words', () => {
    const { view: v } = view(['Lee', 'said', 'voters', 'would', 'back', 'the', 'deal', 'they', 'wanted', 'but', "didn't", 'wanted'], [11]);
    expect(v.tokens.map((_, i) => isVerbWord(v, i))).toEqual([false, false, false, true, false, false, false, false, true, false, true, false]);
  });

  it('tells a noun phrase from a clause at the same word (whether a verb word came since the start)', () => {
    const { view: v, unit } = view(['Lee', 'criticized', 'the', 'deal', 'during', 'the', 'debate']);
    const phrase = new Int32Array(MAX_FEATURES);
    const clause = new Int32Array(MAX_FEATURES);
    const n = endFeatures(v, unit, 'criticized', 2, 4, 0, phrase, false);
    expect(endFeatures(v, unit, 'criticized', 2, 4, 0, clause, true)).toBe(n);
    expect(n).toBeLessThanOrEqual(MAX_FEATURES);
    const differing = [...phrase.subarray(0, n)].filter((f, i) => f !== clause[i]).length;
    // The word, its shape and its ending, each with the verb flag.
    expect(differing).toBe(3);
  });
});

describe('speech tagger start features', () => {
  it('pools a cue word\'s forms under one lemma', () => {
    expect(['supports', 'supported', 'supporting', 'support'].map(lemmaOf)).toEqual(['support', 'support', 'support', 'support']);
    expect(['denies', 'denied', 'pushes', 'agreed', 'says', 'press'].map(lemmaOf)).toEqual(['deny', 'deny', 'push', 'agree', 'say', 'press']);
  });

  it('tells the cue\'s frame ("that" clause, object) and whether the sentence holds a quotation', () => {
    const features = (words: string[], quoted: number[] = []): number[] => {
      const { view: v, unit } = view(words, quoted);
      const out = new Int32Array(MAX_FEATURES);
      return [...out.subarray(0, startFeatures(v, unit, 1, out))];
    };
    const clause = features(['Lee', 'opposed', 'that', 'the', 'deal', 'passed']);
    const object = features(['Lee', 'opposed', 'this', 'the', 'deal', 'passed']);
    const quoted = features(['Lee', 'opposed', 'that', 'the', 'deal', 'passed'], [5]);
    expect(clause.length).toBeLessThanOrEqual(MAX_FEATURES);
    expect(object.filter((f, i) => f !== clause[i]).length).toBeGreaterThan(0);
    // Whether it holds one, with and without the lemma, and the look ahead for a verb (a quoted word is none).
    expect(quoted.filter((f, i) => f !== clause[i]).length).toBe(3);
  });

  it('reads the subject\'s head across the verb group ("The poll | has long repeatedly shown")', () => {
    const features = (words: string[], c: number): number[] => {
      const { view: v, unit } = view(words);
      const out = new Int32Array(MAX_FEATURES);
      return [...out.subarray(0, startFeatures(v, unit, c, out))];
    };
    const poll = features(['The', 'poll', 'has', 'long', 'repeatedly', 'shown', 'Lee', 'ahead'], 5);
    const team = features(['The', 'team', 'has', 'long', 'repeatedly', 'shown', 'Lee', 'ahead'], 5);
    // Only the head and the lemma with the head differ: the words next to the cue are the same.
    expect(team.filter((f, i) => f !== poll[i]).length).toBe(2);
    // With no verb group between them, the head is the word right before the cue.
    const plain = features(['The', 'poll', 'showed', 'Lee', 'ahead'], 2);
    expect(plain.length).toBe(poll.length);
  });
});

describe('speech tagger cue candidates', () => {
  const vocabulary = { cueWords: new Set(['endorses', 'opposed']) };
  it('takes a capitalised cue word in a title-case or all-capitals headline, not in a sentence', () => {
    const headline = view(['Carly', 'Fiorina', 'Endorses', 'Ted', 'Cruz', 'for', 'the', 'Nomination']);
    const capitals = view(['EXPERTS', 'ENDORSES', 'PLANNED', 'LAUNCH']);
    const sentence = view(['Carly', 'Fiorina', 'Endorses', 'the', 'senator', 'today']);
    expect([headline, capitals, sentence].map(({ view: v, unit }) => isTitleCased(v, unit))).toEqual([true, true, false]);
    expect([headline, capitals, sentence].map(({ view: v, unit }) => isCueCandidate(vocabulary, v, unit, v.tokens.findIndex((t) => t.lower === 'endorses'))))
      .toEqual([true, true, false]);
  });

  it('takes no capitalised word that opens the sentence, nor a word it does not know', () => {
    const { view: v, unit } = view(['Opposed', 'To', 'The', 'Deal', 'Mayors', 'Say', 'Now']);
    expect([0, 5].map((c) => isCueCandidate(vocabulary, v, unit, c))).toEqual([false, false]);
  });
});

describe('speech tagger: another form of a cue word, and the speaker further back', () => {
  it('takes a form of a known cue word by its lemma ("rejects" for "rejected"), not a word it does not know', () => {
    const tagger = { cueWords: new Set(['rejected', 'on']), cueLemmas: new Set(['reject']) };
    const { view: v, unit } = view(['Lopes', 'rejects', 'the', 'mayor', 'of', 'Porto', 'on', 'fares']);
    expect([1, 4, 6].map((c) => isCueCandidate(tagger, v, unit, c))).toEqual([true, false, true]);
  });

  it('tells a preposition after a noun of speech from one after another noun, and a speaker further back', () => {
    const features = (words: string[], c: number, refs: Unit['refs'] = []): number[] => {
      const { view: v, unit } = view(words);
      unit.refs.push(...refs);
      const out = new Int32Array(MAX_FEATURES);
      return [...out.subarray(0, startFeatures(v, unit, c, out))];
    };
    const critique = features(['He', 'avoided', 'a', 'direct', 'critique', 'of', 'Lopes'], 5);
    const critiques = features(['He', 'avoided', 'a', 'direct', 'critiques', 'of', 'Lopes'], 5);
    const visit = features(['He', 'avoided', 'a', 'direct', 'visit', 'of', 'Lopes'], 5);
    // "critique of" and "critiques of" share the noun's lemma with the preposition, which "visit of" has not.
    expect(critique.filter((f) => critiques.includes(f) && !visit.includes(f)).length).toBe(1);
    const he = { start: 0, end: 1, kind: 'pronoun' as const, gender: 'm' as const };
    const withSpeaker = features(['He', 'avoided', 'a', 'direct', 'critique', 'of', 'Lopes'], 5, [he]);
    expect(withSpeaker.filter((f, i) => f !== critique[i]).length).toBe(2);
  });
});

describe('speech tagger end features: word endings', () => {
  it('reads the ending of the word where what was said may end ("-ing" in "while sailing", "while walking")', () => {
    const features = (last: string): number[] => {
      const { view: v, unit } = view(['Lopes', 'criticized', 'the', 'deal', 'in', 'Porto', 'while', last]);
      const out = new Int32Array(MAX_FEATURES);
      return [...out.subarray(0, endFeatures(v, unit, 'criticized', 2, 7, 0, out, false))];
    };
    const [sailing, walking, sailors] = [features('sailing'), features('walking'), features('sailors')];
    expect(sailing.filter((f) => walking.includes(f) && !sailors.includes(f)).length).toBe(1);
  });
});

describe('speech tagger: what follows the cue, and who owns a noun of speech', () => {
  const startOf = (words: string[], c: number): number[] => {
    const { view: v, unit } = view(words);
    const out = new Int32Array(MAX_FEATURES);
    return [...out.subarray(0, startFeatures(v, unit, c, out))];
  };

  it('tells an object followed by a verb a few words on (a clause) from one followed by none', () => {
    const phrase = startOf(['Lee', 'opposed', 'the', 'deal', 'during', 'talks'], 1);
    const clause = startOf(['Lee', 'opposed', 'the', 'deal', 'would', 'pass'], 1);
    expect(phrase.length).toBeLessThanOrEqual(MAX_FEATURES);
    // Only the look ahead for a verb differs: the words beside the cue are the same.
    expect(clause.filter((f, i) => f !== phrase[i]).length).toBe(1);
  });

  it('tells a noun of speech with an owner ("his attacks on") from one without', () => {
    const owned = startOf(['Lee', 'renewed', 'his', 'attacks', 'on', 'Ray'], 4);
    const plain = startOf(['Lee', 'renewed', 'two', 'attacks', 'on', 'Ray'], 4);
    expect(owned.filter((f, i) => f !== plain[i]).length).toBeGreaterThan(0);
  });

  it('ends what was said differently after a noun phrase and after a "that" clause at the same word', () => {
    const { view: v, unit } = view(['Lee', 'opposed', 'the', 'deal', 'during', 'talks']);
    const { view: w } = view(['Lee', 'opposed', 'that', 'deal', 'during', 'talks']);
    const phrase = new Int32Array(MAX_FEATURES);
    const clause = new Int32Array(MAX_FEATURES);
    const n = endFeatures(v, unit, 'opposed', 2, 4, 0, phrase, false);
    expect(endFeatures(w, unit, 'opposed', 2, 4, 0, clause, false)).toBe(n);
    expect([...phrase.subarray(0, n)].filter((f, i) => f !== clause[i]).length).toBe(1);
  });
});
