/**
 * "Who has Blinken been on the phone with about the hostages?", "which leaders has Lopez spoken
 * to?": whom the coverage says the person spoke, talked or met with — the phrase after "spoken
 * with", "in talks with", "met with", "called" in a sentence whose subject is the person (by name,
 * by a pronoun for them, or as the one a relative clause describes: "Blinken, who had been in talks
 * with …"). The asked topic ranks the sentences: the sentence, or the paragraph before it, that
 * holds its words ("working the phones to free the hostages. He has spoken with leaders in …").
 */
import type { Answer, Entity, Passage } from '../types.ts';
import type { CorpusIndex } from '../index/corpusIndex.ts';
import type { QuestionOf } from './question.ts';
import { citationOf, matchedTerms, questionTerms, tokenize } from './evidence.ts';
import { speakerEntity } from './quote.ts';
import { antecedent } from './eventActors.ts';
import { words } from '../text/terms.ts';

/** "who has X been calling (about Y)", "which governments has X been talking to", "who did X phone". */
const CONTACT_ASKED = /^\s*(?:(?:who|whom)\s+|which\s+((?:[\p{L}'’-]+\s+){1,4}?))(?:has|have|had|did|does|do|is|was)\s+(.+?)\s+(?:been\s+)?(?:calling|called|call|phoning|phoned|phone|ringing|rung|ring|speaking|spoken|spoke|speak|talking|talked|talk|on\s+the\s+(?:phone|line)|in\s+(?:touch|contact|talks))\b(?:\s+(?:with|to))?(.*)$/iu;

/** Words of a saying's topic that only connect it ("about", "to get … released"). */
const TOPIC_OPENERS = /^\s*(?:about|over|regarding|on|to\s+get|to\s+discuss|for)\b/i;
/** When the contact was, which says nothing of what it was about: "before his Israel trip". */
const TIME_PHRASE = /\b(?:before|after|during|ahead\s+of|since)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:[\p{L}'’-]+)(?=\s+(?:to|about|over|for)\b|\s*\??\s*$)/giu;
/** A single person asked for by "which": "which Qatari official", "which minister". */
const ONE_PERSON_ASKED = /\b(?:official|minister|leader|diplomat|envoy|president|counterpart|ambassador|person|man|woman|spokesperson|spokesman|spokeswoman)\s*$/i;

/** A contact told in a sentence: the verb phrase, then whom. */
const CONTACT_TOLD = /\b(?:(?:has|have|had)\s+(?:already\s+)?(?:spoken|talked|met|been\s+in\s+(?:talks|touch|contact))|spoke|talked|met|(?:was|were|is|are)\s+in\s+(?:talks|touch|contact)|held\s+talks|(?:(?:has|have|had)\s+(?:already\s+)?)?(?:called|phoned)(?=\s+\p{Lu}))\s+(?:with\s+|to\s+)?/gu;

/** Where whom ends: a verb of the subject's after "and", a time or purpose phrase, a clause. */
const CONTACT_END = /\s+(?:and\s+(?:is|was|are|were|has|had|will|would|said|says|told|then)\b|before\b|after\b|during\b|about\b|over\b|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|to\s+(?:discuss|press|urge|push|ask|talk)\b|last\b|this\s+week\b|earlier\b)|[.;:!?]|,\s+(?:who|which|saying|adding|according|as|but|and\s+said)\b/iu;

/** Pronouns that open a sentence about a person. */
const PERSON_PRONOUN = /^\s*(?:he|she)\b/i;

/** A contact phrase shows at most this many characters. */
const MAX_CONTACT = 120;

/** How many of the person's files are read. */
const FILES_READ = 30;

export function isContactQuestion(text: string): boolean {
  return CONTACT_ASKED.test(text);
}

export function contactAnswers(index: CorpusIndex, question: QuestionOf<'eventActor'>): Answer[] {
  const asked = CONTACT_ASKED.exec(question.text);
  const person = asked === null ? undefined : speakerEntity(index, asked[2]!);
  if (asked === null || person === undefined || person.kind !== 'person') return [];
  const topic = questionTerms(asked[3]!.replace(TIME_PHRASE, ' ').replace(TOPIC_OPENERS, ''));
  // "Which Qatari official did X speak with": only a named person answers, not "leaders in Qatar";
  // "which company": each company named in whom, not the whole list.
  const which = (asked[1] ?? '').trim().split(/\s+(?:in|of|from|at|across)\s+/i)[0]!;
  const onePerson = ONE_PERSON_ASKED.test(which);
  const oneOfList = which !== '' && !/(?:s|s['’])$/i.test(which);
  const found: Array<Answer & { score: number }> = [];
  for (const file of person.files.slice(0, FILES_READ)) {
    // Read only when a sentence opens on a pronoun that nothing before it names.
    let named: { person: string | undefined } | undefined;
    const main = () => (named ??= { person: mainPerson(index, file) }).person;
    let before: Passage | undefined;
    for (let paragraph = 1, count = index.paragraphCount(file); paragraph <= count; paragraph++) {
      const passage = index.passage(file, paragraph);
      if (passage === undefined) continue;
      passage.sentences.forEach((sentence, at) => {
        for (const match of sentence.matchAll(CONTACT_TOLD)) {
          const subject = sentence.slice(0, match.index);
          if (!isSubject(index, passage, at, subject, person, main)) continue;
          const rest = sentence.slice(match.index + match[0].length);
          const whom = rest.slice(0, rest.search(CONTACT_END) < 0 ? rest.length : rest.search(CONTACT_END)).replace(/[\s,]+$/, '').trim();
          if (whom === '' || whom.length > MAX_CONTACT || !/\p{Lu}/u.test(whom)) continue;
          const named = index.mentionsIn(passage).filter((m) => whom.includes(m.name) && (m.kind === 'person') === onePerson);
          if (onePerson && named.length === 0) continue;
          // The topic in the sentence, or in the paragraph before that the sentence goes on from.
          const here = topic.length === 0 ? 1 : matchedTerms(topic, tokenize(sentence)).length / topic.length;
          const earlier = topic.length === 0 || before === undefined ? 0 : matchedTerms(topic, tokenize(before.text)).length / topic.length;
          const score = Math.max(here, CARRIED_SHARE * earlier);
          if (topic.length > 0 && score === 0) continue;
          const note = `Whom the coverage says ${person.name} spoke or met with: ${whom}.`;
          for (const text of oneOfList && named.length > 0 ? named.map((m) => m.name) : [whom]) found.push({ text, score, matched: topic, note, citations: [citationOf(passage)] });
        }
      });
      before = passage;
    }
  }
  return found.sort((a, b) => b.score - a.score);
}

/** What a sentence keeps of the topic words of the paragraph before it, which it goes on from. */
const CARRIED_SHARE = 0.85;

/**
 * Whether the words before the contact verb make the person its subject: the person's name (the
 * verb may sit in a relative clause about them: "Blinken, who had been in talks with"), or a
 * sentence-opening pronoun for them — the last person named before it (`antecedent`), else the story's main person.
 */
function isSubject(index: CorpusIndex, passage: Passage, sentence: number, subject: string, person: Entity, main: () => string | undefined): boolean {
  const names = [person.name, ...person.aliases].flatMap(words).map((word) => word.toLowerCase());
  const subjectWords = words(subject).map((word) => word.toLowerCase());
  if (subjectWords.length <= 12 && subjectWords.some((word) => names.includes(word)) && !/\b(?:with|to|by)\s+\S+\s*$/i.test(subject)) return true;
  if (!PERSON_PRONOUN.test(subject) || words(subject).length > 2) return false;
  const previous = antecedent(index, passage, sentence, ['person'], index.mentionsIn(passage));
  const referent = previous === undefined ? main() : index.entities.resolve(previous.name)?.name;
  return referent === person.name;
}

/** The person a story names most often: whom an unanchored "he" or "she" stands for. */
function mainPerson(index: CorpusIndex, file: string): string | undefined {
  const counts = new Map<string, number>();
  for (let paragraph = 1, count = index.paragraphCount(file); paragraph <= count; paragraph++) {
    for (const mention of index.mentionsIn({ file, paragraph })) {
      if (mention.kind !== 'person') continue;
      const name = index.entities.resolve(mention.name)?.name ?? mention.name;
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}
