import type { Answer, Credit, Entity, Mention, RoleClaim } from '../types.ts';
import type { CorpusIndex } from '../index/corpusIndex.ts';
import { passageId } from '../index/corpusIndex.ts';
import { foldTerm, keyTerms, words } from '../text/terms.ts';
import {
  citationOf,
  findEvidence,
  questionNames,
  quotesIn,
  sentenceWith,
  matchPositions,
  matchedTerms,
  namedInQuestion,
  questionTerms,
  termMatches,
  tokenize,
  type Evidence,
  type Token,
} from './evidence.ts';
import { mergeCorroborating, type Candidate } from './corroborate.ts';
import { ROLE_HEADS, ROLE_MODIFIERS } from '../nlp/model/roleWords.ts';
import { IRREGULAR_VERBS } from '../text/wordForms.ts';
import { profileAnswer, profileSubject } from './profile.ts';

/** How much a "who" question prefers each kind of entity: people first, organisations if need be. */
const KIND_WEIGHT: Record<Mention['kind'], number> = { person: 1, organization: 0.5, place: 0.15 };

/** Questions about an article's credits, each with the credit role it asks for. */
const CREDIT_QUESTIONS: ReadonlyArray<{ pattern: RegExp; role: Credit['role']; reason: string }> = [
  { pattern: /\b(took|taken|shot)\b.*\b(photo|photograph|picture|image)s?\b|\bphotographed\b|\bphoto credit\b/i, role: 'photo', reason: 'asks for the photographer' },
  { pattern: /\bwho (wrote|authored)\b|\b(writer|author)\b/i, role: 'writing', reason: 'asks for the writer' },
  { pattern: /\bwho edited\b|\beditor\b|\bediting\b/i, role: 'editing', reason: 'asks for the editor' },
  {
    pattern: /\b(reported|reporting|reporter)\b.*\b(story|article|report|piece|dispatch)\b|\b(additional|contributed) reporting\b|\bwho was the reporter\b/i,
    role: 'reporting',
    reason: 'asks for the reporters credited on a story',
  },
];

/** "who said …", "who warned …": the answer is a quotation's speaker. */
const SAID = /^\s*who\s+(said|says|told|warned|cautioned|stressed|insisted|vowed|declared|stated|added|claimed|promised)\b/i;

/** "who is/was the …": the answer is whoever holds the role. */
const ROLE = /^\s*who\s+(is|was|are|were|'s)\s+(?:the\s+|a\s+|an\s+)?(.+?)\??\s*$/i;

/** Words that make a "who is the …" question, not part of the role asked for. */
const ROLE_STOP = new Set(['current', 'new', 'now']);

/** Rank words an asker may add that a title may lack ("top commander" for "senior commander"). */
const RANK_WORDS = new Set(['top', 'senior', 'chief', 'highest', 'leading', 'main']);

/** "who leads X" asks for X's leader: verbs of holding a role, each with its role noun. */
const ROLE_VERBS = /^\s*who\s+(leads|heads|commands|directs|chairs|governs|runs|founded|led|headed|commanded|directed|chaired)\s+(.+?)\??\s*$/i;
const ROLE_NOUN: Record<string, string> = {
  lead: 'leader', led: 'leader', head: 'head', headed: 'head', command: 'commander', commanded: 'commander',
  direct: 'director', directed: 'director', chair: 'chair', chaired: 'chair', govern: 'governor', run: 'head', founded: 'founder',
};

/** "what group did X lead?", "which country does X represent?": the organisation or place in X's role. */
export const AFFILIATION =
  /^\s*(?:what|which)\s+(group|organi[sz]ation|party|militia|movement|faction|country|nation|company|agency|institute|institution|body|army|government)\s+(?:did|does|do|has|had|is|was)\s+(.+?)\s+(?:lead|led|head|headed|run|ran|command|commanded|direct|directed|found|founded|represent|represented|belong\s+to|belonged\s+to|work\s+for|worked\s+for|chair|chaired|serve|served)\b/i;

/** Answers a "who" question with the people (or organisations) the corpus names for it. */
export function whoAnswers(index: CorpusIndex, asked: string): Answer[] {
  // "/who is the mayor" arrives without its question word.
  const question = /^\s*(who|whom|whose|what|which)\b/i.test(asked) ? asked : `who ${asked}`;
  const affiliation = AFFILIATION.exec(question);
  if (affiliation !== null) return affiliationAnswers(index, affiliation[2] ?? '', affiliation[1] ?? '');
  const subject = profileSubject(index, question);
  if (subject !== undefined) return [profileAnswer(index, subject)];
  const credit = CREDIT_QUESTIONS.find((rule) => rule.pattern.test(question));
  if (credit !== undefined) return creditAnswers(index, question, credit.role);
  if (SAID.test(question)) {
    const speakers = speakerAnswers(index, question);
    if (speakers.length > 0) return speakers;
  }
  const roleVerb = ROLE_VERBS.exec(question);
  const roleAsked = roleVerb !== null ? `${ROLE_NOUN[roleVerb[1]!.toLowerCase().replace(/s$/, '')] ?? ''} ${roleVerb[2]}` : ROLE.exec(question)?.[2];
  if (roleAsked !== undefined && namesRole(roleAsked)) {
    const holders = roleAnswers(index, roleAsked);
    // "who is the president of France?" names a role: if nobody holds it, the corpus has no answer.
    // "who was the commander killed in Beirut?" also describes an event: look for the event.
    if (holders.length > 0 || !describesEvent(roleAsked)) return holders;
  }
  return eventAnswers(index, question);
}

/** A relative clause or a participle ("killed in …", "leading the talks") in a role phrase. */
function describesEvent(phrase: string): boolean {
  return words(phrase).some((word) => {
    const lower = word.toLowerCase();
    if (/^(who|that|which|whom)$/.test(lower)) return true;
    return (/(ed|ing)$/.test(lower) || IRREGULAR_VERBS.has(lower)) && !ROLE_MODIFIERS.has(lower) && !ROLE_HEADS.has(lower);
  });
}

/** The organisations (or, for "which country", places) named in the roles of the person asked about. */
function affiliationAnswers(index: CorpusIndex, person: string, kindAsked: string): Answer[] {
  const entity = index.entities.resolve(person);
  if (entity === undefined) return [];
  const kind: Mention['kind'] = /country|nation/i.test(kindAsked) ? 'place' : 'organization';
  const candidates: Candidate[] = [];
  for (const claim of entity.roles) {
    const passage = index.passage(claim.file, claim.paragraph);
    for (const mention of index.mentionsByPassage.get(passageId(claim.file, claim.paragraph)) ?? []) {
      if (passage === undefined || mention.kind !== kind || !claim.title.includes(mention.name)) continue;
      const named = index.entities.resolve(mention.name);
      candidates.push({
        key: named?.id ?? mention.name,
        answer: { text: named?.name ?? mention.name, note: `${entity.name}: ${claim.title}.`, matched: words(entity.name).map((w) => w.toLowerCase()) },
        score: 1,
        citation: citationOf(passage, sentenceWith(passage, mention.name)),
      });
    }
  }
  return mergeCorroborating(candidates);
}

/** True when a phrase names a role ("hezbollah's top military commander"), not an event ("killed in …"). */
function namesRole(phrase: string): boolean {
  return words(phrase).some((word) => ROLE_HEADS.has(word.toLowerCase()));
}


/**
 * Whoever holds a role whose title covers every word of the role asked for ("Italy's foreign
 * minister" is "Italy’s Foreign Minister Antonio Tajani"; "the president of France" is not
 * "President Biden"). The more of the title the question names, the better.
 */
function roleAnswers(index: CorpusIndex, roleAsked: string): Answer[] {
  const terms = keyTerms(roleAsked).filter((term) => !ROLE_STOP.has(term));
  if (terms.length === 0) return [];
  const candidates: Candidate[] = [];
  for (const { entity, claim, titleTokens } of claimsNaming(index, terms)) {
    const passage = index.passage(claim.file, claim.paragraph);
    if (passage === undefined) continue;
    const matched = matchedTerms(terms, titleTokens);
    const missing = terms.filter((term) => !matched.includes(term));
    if (missing.length > 1 || missing.some((term) => !RANK_WORDS.has(term))) continue;
    const titleTerms = titleTokens.filter((t) => t.term !== null).length;
    candidates.push({
        key: entity.id,
        answer: { text: entity.name, role: claim.title, matched },
        score: (matched.length / Math.max(terms.length, titleTerms)) * (missing.length > 0 ? 0.7 : 1),
      citation: citationOf(passage, sentenceWith(passage, entity.name)),
    });
  }
  return mergeCorroborating(candidates);
}

/** A role claim with its title's tokens. */
interface TitledClaim {
  entity: Entity;
  claim: RoleClaim;
  titleTokens: readonly Token[];
}

const claimsByTitleTerm = new WeakMap<CorpusIndex, Map<string, TitledClaim[]>>();

/** The role claims whose title has a word in some form of one of `terms` (title words indexed once per index). */
function claimsNaming(index: CorpusIndex, terms: readonly string[]): Set<TitledClaim> {
  let byTerm = claimsByTitleTerm.get(index);
  if (byTerm === undefined) {
    byTerm = new Map();
    for (const entity of index.entityList) {
      for (const claim of entity.roles) {
        const titled = { entity, claim, titleTokens: tokenize(claim.title) };
        for (const term of new Set(titled.titleTokens.map((t) => t.term))) {
          if (term === null) continue;
          const claims = byTerm.get(term);
          if (claims === undefined) byTerm.set(term, [titled]);
          else claims.push(titled);
        }
      }
    }
    claimsByTitleTerm.set(index, byTerm);
  }
  const found = new Set<TitledClaim>();
  for (const [term, claims] of byTerm) {
    if (terms.some((asked) => termMatches(asked, term))) for (const claim of claims) found.add(claim);
  }
  return found;
}

/**
 * The speakers of the quotations that best match what the question says was said. The words of
 * the quotation count most; the reporting around it counts too, since a question often
 * paraphrases ("Washington was told at the last minute" for “informed at the last minute”).
 */
function speakerAnswers(index: CorpusIndex, question: string): Answer[] {
  const terms = questionTerms(question.replace(SAID, ''));
  if (terms.length === 0) return [];
  const candidates: Candidate[] = [];
  for (const evidence of findEvidence(index, terms, { limit: 20, minCoverage: 0.5, names: questionNames(index, question) })) {
    for (const quote of quotesIn(index, evidence.passage)) {
      const entity = quote.speakerId === undefined ? undefined : index.entity(quote.speakerId);
      if (entity === undefined) continue;
      const inQuote = matchedTerms(terms, tokenize(quote.text)).length / terms.length;
      if (inQuote === 0) continue;
      candidates.push({
        key: entity.id,
        answer: { text: entity.name, ...roleOf(entity, quote.file), matched: evidence.matched, ...(quote.cue ? { cue: quote.cue } : {}) },
        score: evidence.score * inQuote,
        citation: citationOf(evidence.passage),
      });
    }
  }
  return mergeCorroborating(candidates);
}

/** The credited people of the articles most relevant to the rest of the question. */
function creditAnswers(index: CorpusIndex, question: string, role: Credit['role']): Answer[] {
  const creditWords = new Set(['photo', 'photograph', 'picture', 'image', 'took', 'taken', 'write', 'writer', 'author', 'edit', 'editor', 'report', 'reporter', 'contribut', 'additional']);
  const topic = questionTerms(question, creditWords);
  const asked = questionTerms(question);
  const relevance = new Map<string, number>();
  for (const evidence of findEvidence(index, topic, { minCoverage: 0.3 })) {
    relevance.set(evidence.passage.file, (relevance.get(evidence.passage.file) ?? 0) + evidence.score);
  }
  const candidates: Candidate[] = [];
  for (const [file, score] of relevance) {
    for (const credit of index.articles.get(file)?.credits ?? []) {
      const passage = index.passage(file, credit.paragraph);
      if (credit.role !== role || passage === undefined) continue;
      // "additional reporting by X" answers "who contributed additional reporting?" better than "Reporting by Y".
      const qualifier = matchedTerms(asked, tokenize(creditPhrase(passage.text, credit.name))).length;
      candidates.push({ key: credit.name, answer: { text: credit.name, role: `${role} credit`, matched: topic }, score: score * (1 + qualifier), citation: citationOf(passage) });
    }
  }
  return mergeCorroborating(candidates);
}

/** The words of a credit line that introduce a name: "additional reporting by" for "Susan Heavey". */
function creditPhrase(line: string, name: string): string {
  const at = line.indexOf(name);
  if (at < 0) return '';
  const before = line.slice(0, at);
  return before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf('('), before.lastIndexOf(',')) + 1);
}

/**
 * The entities named closest to the question's key terms in the passages about its event:
 * "Who was assassinated in Tehran?" finds the sentence with "assassinated" and "Tehran" and the
 * person that sentence is about.
 */
function eventAnswers(index: CorpusIndex, question: string): Answer[] {
  const terms = questionTerms(question);
  const found: Array<Candidate & { kind: Mention['kind'] }> = [];
  for (const evidence of findEvidence(index, terms, { limit: 15, minCoverage: terms.length <= 2 ? 1 : 0.6, names: questionNames(index, question) })) {
    found.push(...candidatesIn(index, evidence, terms, question));
  }
  // A place answers "who" only as a stand-in for its government ("Tehran downplayed …"), when nobody else fits.
  const actors = found.filter((candidate) => candidate.kind !== 'place');
  return mergeCorroborating(actors.length > 0 ? actors : found);
}

function candidatesIn(index: CorpusIndex, evidence: Evidence, terms: string[], question: string): Array<Candidate & { kind: Mention['kind'] }> {
  const { passage } = evidence;
  const mentions = index.mentionsByPassage.get(passageId(passage.file, passage.paragraph)) ?? [];
  // A name that is part of another mention's stated role ("leader of … Hamas") only describes it.
  const modifiers = mentions.filter((m) => mentions.some((other) => other !== m && other.role?.includes(m.name)));
  const candidates: Array<Candidate & { kind: Mention['kind'] }> = [];
  for (const sentence of passage.sentences) {
    const tokens = tokenize(sentence);
    const matches = matchPositions(terms, tokens);
    if (matches.length === 0) continue;
    const sentenceCoverage = matchedTerms(terms, tokens).length / terms.length;
    // The answer is named in a sentence about the question, not in a neighbour that shares one word.
    if (sentenceCoverage < 0.5) continue;
    for (const mention of mentions) {
      if (modifiers.includes(mention) || namedInQuestion(mention.name, question)) continue;
      const span = spanOf(mention, tokens);
      if (span === undefined || (mention.kind !== 'person' && isLocative(tokens, span[0]))) continue;
      const distance = Math.min(...matches.map((p) => (p < span[0] ? span[0] - p : p > span[1] ? p - span[1] : 0)));
      const entity = index.entities.resolve(mention.name);
      candidates.push({
        kind: mention.kind,
        key: entity?.id ?? mention.name,
        answer: { text: entity?.name ?? mention.name, ...(entity ? roleOf(entity, passage.file) : {}), matched: evidence.matched },
        score: (evidence.score * sentenceCoverage * KIND_WEIGHT[mention.kind]) / (1 + 0.15 * distance),
        citation: citationOf(passage),
      });
    }
  }
  return candidates;
}

/** Prepositions that make a place or organisation a setting ("in western Iraq"), not an actor; "by" marks an actor. */
const SETTING = new Set(['in', 'at', 'from', 'of', 'to', 'near', 'into', 'across', 'on', 'over', 'toward', 'towards', 'throughout', 'inside', 'outside', 'around', 'within']);

function isLocative(tokens: readonly Token[], start: number): boolean {
  return [tokens[start - 1], tokens[start - 2]].some((t) => t !== undefined && SETTING.has(t.word.toLowerCase()));
}

/** Token span of a mention in a sentence, extended over its role when the role follows the name. */
function spanOf(mention: Mention, tokens: readonly Token[]): [number, number] | undefined {
  const nameWords = words(mention.name);
  const last = nameWords[nameWords.length - 1];
  const end = tokens.findIndex((t) => last !== undefined && foldTerm(t.word) === foldTerm(last));
  if (end < 0) return undefined;
  const start = end - nameWords.length + 1;
  const roleHead = tokenize(mention.role ?? '').map((t) => t.term).find((term): term is string => term !== null);
  if (roleHead === undefined) return [start, end];
  // "Name, the political leader of …": the appositive belongs to the name.
  const roleAt = tokens.slice(end + 1, end + 4).findIndex((t) => t.term !== null && termMatches(roleHead, t.term));
  return [start, roleAt < 0 ? end : end + words(mention.role ?? '').length + roleAt];
}

/** The entity's role, preferring one stated in the given file. */
export function roleOf(entity: Entity, file: string): { role?: string } {
  const claim = entity.roles.find((r) => r.file === file) ?? entity.roles[0];
  return claim === undefined ? {} : { role: claim.title };
}
