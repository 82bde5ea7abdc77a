/**
 * "How does the story describe Hezbollah?", "what kind of group is Hamas?", "what is the G7?",
 * "where is Capri?": the words the coverage puts around a name to say what it is — a head noun with
 * its modifiers before the name ("the Lebanese group Hezbollah", "Iran-backed Hezbollah"), an "of"
 * phrase ("the southern Italian island of Capri") or an appositive after it ("Acme, the state
 * shipping company,"). A person is answered by the profile; a place the coverage describes in no
 * such words is answered by where the coverage puts it.
 */
import type { Answer, Entity, Passage } from '../types.ts';
import type { CorpusIndex } from '../index/corpusIndex.ts';
import type { QuestionOf } from './question.ts';
import { escapeRegExp, foldTerm, words } from '../text/terms.ts';
import { citationOf } from './evidence.ts';
import { MAX_CITATIONS } from './corroborate.ts';
import { profileAnswers, profileEntity } from './profile.ts';
import { placeAnswers } from './place.ts';
import { placeNamed } from './capitals.ts';
import { isPeopleOf } from '../text/termMatch.ts';

/** Nouns that say what kind of thing a name is: the head of a describing phrase. */
const KIND_NOUNS = [
  'group', 'groups', 'militia', 'militias', 'movement', 'organi[sz]ation', 'party', 'faction', 'network', 'alliance', 'coalition', 'bloc',
  'company', 'firm', 'bank', 'agency', 'ministry', 'department', 'government', 'body', 'council', 'committee', 'court', 'institute', 'university',
  'newspaper', 'broadcaster', 'force', 'forces', 'army', 'navy', 'island', 'islands', 'city', 'town', 'village', 'capital', 'country', 'nation',
  'state', 'province', 'region', 'port', 'base', 'airbase', 'air\\s+base', 'crossing', 'territory', 'enclave', 'strip', 'camp', 'district',
  'kingdom', 'republic', 'union', 'club', 'team', 'forum', 'summit', 'democracies', 'economies', 'powers',
].join('|');

/** Kind nouns whose "of" phrase names the thing itself: "the island of Capri", "the city of Isfahan". */
const NAMING_NOUNS = 'island|islands|city|town|village|state|province|region|port|kingdom|republic|county|district|territory|enclave|emirate|country|nation';

/** Up to three words that qualify the head noun: adjectives, demonyms, compounds ("southern Italian", "Iran-backed"). */
const MODIFIERS = String.raw`(?:(?!(?:the|a|an|its|their|his|her|of|in|on|at|by|for|to|from|and|or|with|as|after|before|than|that|which|who|said|says|was|were|is|are|has|had|have|will|would)\s)[\p{L}][\p{L}'’-]*\s+){0,3}`;
/** Where a phrase may start: not inside a word. */
const START = String.raw`(?<![\p{L}\d'’-])`;

/** The phrases around one name that describe it. */
function describingPatterns(name: string): RegExp[] {
  const n = escapeRegExp(name);
  return [
    // "the Lebanese group Hezbollah", "militant groups Hamas and Hezbollah"
    new RegExp(String.raw`${START}(?:(?:the|a|an)\s+)?${MODIFIERS}(?:${KIND_NOUNS})\s+(?:[\p{Lu}][\p{L}'’-]*\s+and\s+)?${n}\b`, 'gu'),
    // "the southern Italian island of Capri" (not "the capital of X", which names something else)
    new RegExp(String.raw`${START}(?:the|a|an)\s+${MODIFIERS}(?:${NAMING_NOUNS})\s+of\s+${n}\b`, 'gu'),
    // "the Group of Seven (G7) industrialized democracies"
    new RegExp(String.raw`${START}${n}\s+(?:\([^)]{1,12}\)\s+)?${MODIFIERS}(?:${KIND_NOUNS})\b`, 'gu'),
    // "… Seven (G7) industrialized democracies": the short name in brackets
    new RegExp(String.raw`\(${n}\)\s+${MODIFIERS}(?:${KIND_NOUNS})\b`, 'gu'),
    // "Iran-backed Hezbollah"
    new RegExp(String.raw`\b[\p{L}]+-(?:backed|based|led|controlled|allied|run|linked|aligned|funded|owned|populated|held|occupied)\s+${n}\b`, 'gu'),
    // "Acme, the state shipping company," (an appositive with a head noun of kind)
    new RegExp(String.raw`\b${n},\s+(?:the|a|an)\s+${MODIFIERS}(?:${KIND_NOUNS})\b(?=[,.;)])`, 'gu'),
  ];
}

/** The members a body's name is asked with ("the G7 countries"): the body's description gives what they are. */
const TRAILING_KIND = /\s+(?:countries|nations|states|members|governments)\s*$/i;

/** A description shows at most this many characters: a phrase, not a passage. */
const MAX_DESCRIPTION = 100;

/** How many of the entity's files are read: the descriptions recur, and a big corpus must stay fast. */
const FILES_READ = 30;

export function descriptionAnswers(index: CorpusIndex, question: QuestionOf<'description'>): Answer[] {
  // "the g7 countries": the name, with the members' noun the question adds to it.
  const subject = index.entities.resolve(question.subject) === undefined ? question.subject.replace(TRAILING_KIND, '') : question.subject;
  const entity = profileEntity(index, subject) ?? index.entities.resolve(subject);
  const where = () => (question.where ? placeAnswers(index, { kind: 'place', journey: false, text: question.text, reason: question.reason }) : []);
  // "Where is Blinken" asks where he went, not who he is.
  if (entity?.kind === 'person') return question.where ? where() : profileAnswers(index, { kind: 'profile', subject: entity.name, text: question.text, reason: question.reason });
  const found = entity === undefined ? describedByText(index, subject) : descriptionsIn(entity.name, [entity.name, ...entity.aliases], entityPassages(index, entity));
  if (question.from) {
    const origins = originsIn(index, found, question.within === true);
    // "which country is the airbase in": where the coverage puts it ("in western Iraq") names it when no description does.
    const within = origins.length > 0 || !question.within ? origins : originsIn(index, where(), true);
    // Gaza is not in Gaza: the place asked about is not where it lies.
    return within.filter((origin) => !question.subject.toLowerCase().includes(origin.text.toLowerCase()));
  }
  return found.length > 0 ? found : where();
}

/** The place of the corpus whose people a demonym names ("Lebanese" → Lebanon), where its spelling is no plain ending. */
function placeOfPeople(index: CorpusIndex, demonym: string): string | undefined {
  const people = foldTerm(demonym);
  return index.entityList.find((entity) => entity.kind === 'place' && isPeopleOf(people, foldTerm(entity.name)))?.name;
}

/**
 * The countries the descriptions name by a demonym ("Lebanese group Hezbollah" → Lebanon), each
 * citing the description's passages; for where a place lies, by name too ("western Iraq").
 */
function originsIn(index: CorpusIndex, descriptions: readonly Answer[], named: boolean): Answer[] {
  const origins = new Map<string, Answer>();
  for (const description of descriptions) {
    // "Iran-backed" names who backs it, not where it lies: only a word standing alone.
    for (const word of description.text.split(/\s+/)) {
      const demonym = /^\p{Lu}\p{Ll}+(?:i|ian|an|ese|ish)$/u.test(word);
      const place = demonym ? (placeNamed(index, word) ?? placeOfPeople(index, word)) : named && /^\p{Lu}\p{Ll}+$/u.test(word) && index.entities.resolve(word)?.kind === 'place' ? index.entities.resolve(word)!.name : undefined;
      if (place !== undefined && !origins.has(place)) origins.set(place, { ...description, text: place, note: `The coverage calls it “${description.text}”.` });
    }
  }
  return [...origins.values()];
}

/** The passages that mention the entity, in its first files. */
function entityPassages(index: CorpusIndex, entity: Entity): Passage[] {
  const names = new Set([entity.name, ...entity.aliases]);
  const passages: Passage[] = [];
  for (const file of entity.files.slice(0, FILES_READ)) {
    for (let paragraph = 1, count = index.paragraphCount(file); paragraph <= count; paragraph++) {
      if (!index.mentionsIn({ file, paragraph }).some((m) => names.has(m.name))) continue;
      const passage = index.passage(file, paragraph);
      if (passage !== undefined) passages.push(passage);
    }
  }
  return passages;
}

/** How many passages a name the corpus knows no entity for is looked up in. */
const PASSAGES_SEARCHED = 20;

/**
 * A name no entity stands for ("Capri", which no tagger took for a place): the passages the search
 * finds for it, read for the name as they write it with a capital.
 */
function describedByText(index: CorpusIndex, subject: string): Answer[] {
  const passages = index.scorePassages(subject, PASSAGES_SEARCHED).map(({ doc }) => index.passageAt(doc));
  const written = new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(subject.trim())}(?![\p{L}])`, 'iu');
  const forms = new Set(passages.map((p) => written.exec(p.text)?.[0]).filter((form): form is string => form !== undefined && /^\p{Lu}/u.test(form)));
  return forms.size === 0 ? [] : descriptionsIn([...forms][0]!, [...forms], passages);
}

/** The descriptions of a name in the passages, the most often written first, each citing where it is written. */
function descriptionsIn(name: string, forms: readonly string[], passages: readonly Passage[]): Answer[] {
  const names = [...new Set(forms)].filter((form) => form.length > 1);
  const patterns = names.flatMap(describingPatterns);
  const byPhrase = new Map<string, { text: string; passages: Passage[] }>();
  for (const passage of passages) {
    for (const pattern of patterns) {
      for (const match of passage.text.matchAll(pattern)) {
        const text = match[0].replace(/^(?:the|a|an)\s+|^\([^)]*\)\s+/i, '').replace(/\s+/g, ' ').trim();
        if (text.length > MAX_DESCRIPTION) continue;
        const key = words(text).map(foldTerm).join(' ');
        const entry = byPhrase.get(key) ?? { text, passages: [] };
        if (!entry.passages.includes(passage)) entry.passages.push(passage);
        byPhrase.set(key, entry);
      }
    }
  }
  return [...byPhrase.values()]
    // The more often written first; between equals, the fuller description.
    .sort((a, b) => b.passages.length - a.passages.length || words(b.text).length - words(a.text).length)
    .map(({ text, passages }) => ({
      text,
      score: passages.length,
      matched: words(name).map(foldTerm),
      note: `How the coverage describes ${name}${passages.length > 1 ? ` (in ${passages.length} passages)` : ''}.`,
      citations: passages.slice(0, MAX_CITATIONS).map((passage) => citationOf(passage)),
    }));
}
