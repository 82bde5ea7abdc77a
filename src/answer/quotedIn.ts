/**
 * "Who is quoted in the dpa story?", "besides Blinken, who is quoted in the Tel Aviv piece?": the
 * people a story quotes, the most quoted first, each citing their first quotation there.
 */
import type { Answer } from '../types.ts';
import type { CorpusIndex } from '../index/corpusIndex.ts';
import { storyFiles } from './articleDate.ts';
import { citationOf, matchedTerms, namedInQuestion, tokenize } from './evidence.ts';
import { keyTerms, words } from '../text/terms.ts';
import { MAX_ANSWERS } from './corroborate.ts';
import { nationalities } from '../nlp/roles.ts';

/** Who is set aside, before or after the question: "besides X,", ", apart from X". */
const SET_ASIDE = String.raw`(?:besides|apart\s+from|other\s+than|aside\s+from)\s+[^,?]{2,40}`;
/**
 * "who is (the only person) quoted", "whose words are quoted", "which (two) American officials are
 * quoted", "who is the other guy quoted": the description of those asked for is group 1 or 2.
 */
const QUOTED_WHO = new RegExp(
  String.raw`^\s*(?:${SET_ASIDE},?\s*)?(?:who['’]s|(?:who|whose\s+words|(?:which|what)\s+((?:[\p{L}.'’-]+\s+){0,3}?[\p{L}.'’-]+))\s+(?:else\s+)?(?:is|are|was|were|gets?|got))\s+(?:the\s+(?:only|other)\s+((?:[\p{L}.'’-]+\s+){0,2}?[\p{L}.'’-]+)\s+)?(?:also\s+)?quoted(?:\s+in\s+both)?(?:,?\s*${SET_ASIDE})?\s*\??\s*$`,
  'iu',
);

/** Whether an event or role question asks who a story quotes: only with the story it asks of. */
export function asksWhoIsQuoted(question: { story?: string; text: string }): boolean {
  return question.story !== undefined && QUOTED_WHO.test(question.text);
}

/** Words of a description that say nothing of whom: "two", "official", "guy". */
const ANYONE = new Set(['one', 'two', 'three', 'person', 'people', 'persons', 'official', 'officials', 'guy', 'guys', 'man', 'woman', 'men', 'women', 'figure', 'figures', 'speaker', 'speakers', 'else', 'other', 'only', 'the']);

/** How far before a speaker's name the words that describe them are read. */
const DESCRIBED_REACH = 80;

/**
 * The people the story quotes directly, the most quoted first; none the question names. A
 * description ("which American official", "the only non-American") keeps those whose story
 * describes them so; "quoted in both" those quoted in every story asked of.
 */
export function quotedInAnswers(index: CorpusIndex, question: { story?: string; text: string }): Answer[] {
  const quoted = new Map<string, { count: number; files: Set<string>; answer: Answer; around: string }>();
  const files = storyFiles(index, question.story ?? '');
  for (const file of files) {
    for (let paragraph = 1, count = index.paragraphCount(file); paragraph <= count; paragraph++) {
      for (const quote of index.quotesIn({ file, paragraph })) {
        const speaker = quote.speakerId === undefined ? undefined : index.entity(quote.speakerId);
        if (speaker === undefined || speaker.kind !== 'person' || namedInQuestion(speaker.name, question.text)) continue;
        const seen = quoted.get(speaker.id);
        const passage = index.passage(file, paragraph);
        if (seen !== undefined) {
          seen.count++;
          // A story's words about the speaker are read once, at their first quotation there.
          if (!seen.files.has(file)) seen.around += ` ${describedAround(index, file, speaker.name)}`;
          seen.files.add(file);
        } else if (passage !== undefined) {
          const around = describedAround(index, file, speaker.name);
          quoted.set(speaker.id, { count: 1, files: new Set([file]), around, answer: { text: speaker.name, note: `Quoted in ${index.articles.get(file)?.title ?? file}.`, citations: [citationOf(passage)] } });
        }
      }
    }
  }
  const m = QUOTED_WHO.exec(question.text);
  const description = words(`${m?.[1] ?? ''} ${m?.[2] ?? ''}`).filter((word) => !ANYONE.has(word.toLowerCase()));
  const inEvery = /\bboth\b/i.test(question.story ?? '');
  // A description keeps those it fits best ("think-tank analyst": a word of it may be written otherwise); "non-…" rules out.
  const fits = (around: string) => description.filter((word) => describes(word, around)).length;
  const kept = [...quoted.values()].filter(({ files: quotedIn, around }) => (!inEvery || quotedIn.size === files.size) && description.every((word) => !/^non-/i.test(word) || describes(word, around)));
  const best = Math.max(0, ...kept.map(({ around }) => fits(around)));
  return kept
    .filter(({ around }) => fits(around) === best)
    .sort((a, b) => b.count - a.count)
    .slice(0, MAX_ANSWERS)
    .map(({ count, answer }) => ({ ...answer, score: count }));
}

/**
 * The words each place the story names the speaker is described by: before the name in its
 * sentence ("Italian Foreign Minister …") and an appositive after it (", a senior fellow at …,"),
 * not what they said.
 */
function describedAround(index: CorpusIndex, file: string, name: string): string {
  const surname = words(name).at(-1) ?? name;
  return index
    .passagesOf(file)
    .flatMap(({ text }) => {
      const written = text.includes(name) ? name : surname;
      const at = text.indexOf(written);
      if (at < 0) return [];
      // A sentence ends at a stop that ends no initial ("U.S. Defense Secretary …" is one sentence).
      const before = text.slice(Math.max(0, at - DESCRIBED_REACH), at).split(/(?<!\b\p{Lu})[.!?]\s|[“"]/u).at(-1) ?? '';
      const after = /^[^,.]*?,\s*([^,.“"]{2,100})[,.]/.exec(text.slice(at + written.length))?.[1] ?? '';
      return [`${before} ${after}`];
    })
    .join(' ');
}

/**
 * Whether a word of the description fits the words around the speaker: a nationality by any of its
 * forms ("American" for "U.S. Secretary of State"), another word by its term; "non-American" by
 * none of the country's forms.
 */
function describes(word: string, around: string): boolean {
  const negated = /^non-/i.test(word);
  const asked = word.replace(/^non-/i, '').toLowerCase();
  const country = nationalities(asked);
  const found = country.size > 0 ? [...nationalities(around.toLowerCase())].some((n) => country.has(n)) : matchedTerms(keyTerms(asked), tokenize(around)).length > 0;
  return negated ? !found : found;
}
