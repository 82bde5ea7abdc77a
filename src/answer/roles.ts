/** Role questions: who holds a role, and what organisation a person's role names. */
import type { Answer, Citation, Entity, Mention, RoleClaim } from '../types.ts';
import type { CorpusIndex } from '../index/corpusIndex.ts';
import { indexTerm, keyTerms, words } from '../text/terms.ts';
import { LEADER_NOUNS, parseQuestion, type QuestionOf } from './question.ts';
import { saidByAnswers } from './saidBy.ts';
import { eventAnswers } from './eventActors.ts';
import { citationOf, sentenceWith, matchedTerms, nameTerms, questionNames, termMatches, tokenize, type Token } from './evidence.ts';
import { CORROBORATION_WEIGHT, MAX_ANSWERS, MAX_CITATIONS, citing, mergeCorroborating, type Candidate } from './corroborate.ts';
import { round } from './search.ts';
import { ANY_TITLE_HEADS, NATIONALITY_GROUPS, ROLE_FAMILIES, ROLE_HEADS } from '../nlp/model/roleWords.ts';
import { namesSpeltOut } from './spelling.ts';

/** Words that make a "who is the …" question, not part of the role asked for. */
const ROLE_STOP = new Set(['current', 'new', 'now']);

/** Rank words an asker may add that a title may lack ("top commander" for "senior commander"). */
const RANK_WORDS = new Set(['top', 'senior', 'chief', 'highest', 'leading', 'main']);

/** Descriptions of a role that news titles name otherwise, each as the title it means. */
const ROLE_PARAPHRASES: ReadonlyArray<{ pattern: RegExp; titles: readonly string[]; reason: string }> = [
  { pattern: /\b(?:head|leader|chief)\s+(?:of\s+)?(?:the\s+)?(.*?)\s*government\b/i, titles: ['prime minister $1'], reason: 'a government is headed by its prime minister' },
  { pattern: /\bhead\s+of\s+(?:the\s+)?(.*?)\s*state\b/i, titles: ['president $1'], reason: 'a head of state is styled president in most news' },
  {
    pattern: /\btop\s+(?:(\p{Lu}[\p{L}.]*)\s+)?diplomat\b/iu,
    titles: ['$1 foreign minister', '$1 foreign secretary', '$1 secretary of state'],
    reason: "a country's top diplomat is its foreign minister, styled foreign secretary or secretary of state in some countries",
  },
  {
    pattern: /\b(?:(?:top|senior|chief)\s+)?(?:(\p{Lu}[\p{L}.]*)\s+)?envoy\b/iu,
    titles: ['$1 envoy', '$1 foreign minister', '$1 foreign secretary', '$1 secretary of state', '$1 ambassador'],
    reason: 'news calls a diplomat on a mission an envoy ("the top U.S. envoy"): a foreign minister or secretary of state as often as an ambassador',
  },
];

/** "head of the Pentagon", "boss of the Pentagon": the body's chief. */
const HEAD_OF = /\b(?:head|boss|leader|chief)\s+(?:of\s+)?(?:the\s+)?([\p{L}.-]+)$/u;
/** "the Pentagon head", "the Pentagon boss". */
const HEAD_AFTER = /\b([\p{L}.-]+)\s+(?:head|boss|leader)$/u;

/** "Israel's leader", "the leader of France", "the Italian leader": a country's leader, whatever the title. */
const COUNTRY_LEADER = [/^(?:the\s+)?([\p{L}.]+(?:\s+[\p{L}.]+)?(?:['’]s?)?)\s+leader$/iu, /^(?:the\s+)?leader\s+of\s+(?:the\s+)?([\p{L}.]+(?:\s+[\p{L}.]+)?)$/iu];

/**
 * A country's leader is titled prime minister or president in news ("Israeli Prime Minister …"),
 * rarely "leader": each title is tried, the literal one first, for a country only ("the Hamas
 * leader" is titled so).
 */
function countryLeaderTitles(roleAsked: string): string[] | undefined {
  for (const pattern of COUNTRY_LEADER) {
    const country = pattern.exec(roleAsked)?.[1]?.toLowerCase().replace(/['’]s?$/, '');
    // Each word for the country: "French President X" is the leader of France.
    const names = NATIONALITY_GROUPS.find((group) => group.includes(country ?? ''));
    if (names === undefined) continue;
    return [roleAsked, ...names.flatMap((name) => [`${name} prime minister`, `${name} president`])];
  }
  return undefined;
}

/** True when a title stands in for the role asked ("Israel's leader" → "Israel's prime minister"): it must name the country itself. */
function standsIn(roleAsked: string, asTitle: string): boolean {
  return asTitle !== roleAsked && countryLeaderTitles(roleAsked) !== undefined;
}

/** The role asked for, in the words titles use ("head Norland's government" → "prime minister Norland's"), each way titles write it. */
function asTitles(roleAsked: string): string[] {
  const leader = countryLeaderTitles(roleAsked);
  if (leader !== undefined) return leader;
  const paraphrase = ROLE_PARAPHRASES.find((rule) => rule.pattern.test(roleAsked));
  if (paraphrase !== undefined) return paraphrase.titles.map((title) => roleAsked.replace(paraphrase.pattern, title));
  // "the Pentagon chief" is titled "Defense Secretary": a role family's name stands for each of its titles.
  // "the head of the Pentagon", "the Pentagon boss" name it as "the Pentagon chief" does.
  const lower = roleAsked.toLowerCase().replace(HEAD_OF, '$1 chief').replace(HEAD_AFTER, '$1 chief');
  const family = [...ROLE_FAMILIES.keys()].filter((key) => new RegExp(`\\b${key}\\b`).test(lower)).sort((a, b) => b.length - a.length)[0];
  if (family === undefined) return [roleAsked];
  const titles = ROLE_FAMILIES.get(family)!.filter((title) => title !== family);
  return [roleAsked, ...titles.map((title) => lower.replace(family, title))];
}

/**
 * A role question: whoever holds the role. "Who is the president of France?" names a role: if
 * nobody holds it, the corpus has no answer. "Who was the engineer hurt in Port Ellis?" and "who
 * directed the film?" also describe an event: with no stated holder, the event's actors answer.
 */
export function roleHolderAnswers(index: CorpusIndex, question: QuestionOf<'role'>, asEvent: (rules: () => Answer[]) => Answer[] = (rules) => rules()): Answer[] {
  const holders = roleAnswers(index, question.role);
  if (holders.length > 0 || !question.orEvent) return holders;
  // "The Pentagon chief who said …": whoever said it, when the corpus's title for them fits the description.
  const doers = describedDoers(index, question);
  if (doers.length > 0) return doers;
  // A role is held by a person: in "X, an executive at Acme Bank, was named chief executive" the
  // bank stands by the role's words but only describes X. Other actors answer when no person does.
  return asEvent(() => {
    const people = eventAnswers(index, { ...question, wants: 'person' });
    return people.length > 0 ? people : eventAnswers(index, question);
  });
}


/** What a role's head is "of", up to a clause or a preposition that goes on describing it: "commander of the second carrier group | that got sent …". */
const ROLE_OBJECT = /^(?:commanding\s+officer|\S+)\s+(?:of\s+)?(.+?)(?=\s+(?:that|which|who|whom|whose|where|ordered|sent|got|was|were|is|are|in|at|on|from|during|per|according|quoted|with|to|for)\b|[,;]|$)/iu;

/**
 * Whether an answer's passage tells someone leading (a role's head as a noun or a verb: "commander",
 * "heads") what the role asked for leads, half its words at least where it has three or more (the
 * second US carrier group: not "the senior commander of the group Hezbollah"). Any other role: every answer.
 */
export function actTold(index: CorpusIndex, role: string): (answer: Answer) => boolean {
  // Only a head that is one who leads something ("commander of X", "the leader of Y"); the verbs of leading stand for each other.
  if (!LEADER_NOUNS.has(words(role)[0]?.toLowerCase() ?? '')) return () => true;
  const told = /\b(?:lead|led|head|command|direct|chair|run|ran|govern|found)/iu;
  const object = keyTerms(ROLE_OBJECT.exec(role)?.[1] ?? '').filter((term) => !ROLE_STOP.has(term));
  return (answer) =>
    answer.citations.some((citation) => {
      const doc = index.passageDoc(citation.file, citation.paragraph);
      return told.test(index.passage(citation.file, citation.paragraph)?.text ?? '') && (doc === undefined || object.length < 3 || index.matchedInPassage(doc, object).length * 2 >= object.length);
    });
}

/**
 * Whoever holds a role whose title covers every word of the role asked for ("Norland's transport
 * minister" is "Norland’s Transport Minister Lena Holt"; "the president of France" is not
 * "President Greer"). The more of the title the question names, the better.
 */
export function roleAnswers(index: CorpusIndex, roleAsked: string): Answer[] {
  // A paraphrase has several titles ("top US diplomat": foreign minister, secretary of state): the
  // one whose holder fits best answers, so a title that names the country outranks one that only
  // shares a passage with it; ties go to the title listed first.
  let best: Answer[] = [];
  for (const title of asTitles(roleAsked)) {
    const holders = holdersOf(index, roleAsked, title, standsIn(roleAsked, title));
    if ((holders[0]?.score ?? 0) > (best[0]?.score ?? 0)) best = holders;
  }
  return best.length > 0 ? best : bodyPeople(index, roleAsked);
}

/** "the Middle East Institute analyst", "the MEI expert": a word for any role at a body the rest names. */
const AT_BODY = /^(.+?)\s+(?:analyst|expert|scholar|specialist|researcher|fellow)s?$/i;

/**
 * "Who is the MEI analyst?": no title says "analyst", but whoever holds any title at the body
 * ("director of the Iran program at the Middle East Institute") is the one meant. The body may be
 * asked by its initials, which the title spells out.
 */
function bodyPeople(index: CorpusIndex, roleAsked: string): Answer[] {
  const body = AT_BODY.exec(roleAsked.replace(/^(?:the|an?)\s+/i, ''))?.[1];
  if (body === undefined) return [];
  // Initials, in capitals or as chat types them ("the mei analyst"), stand for a body a title spells out.
  const initials = /^(?:\p{Lu}{2,5}|\p{Ll}{2,5})$/u.test(body) ? body.toUpperCase() : undefined;
  const terms = keyTerms(body).filter((term) => !ROLE_STOP.has(term));
  const fits = (title: string) => (initials !== undefined && spellsOut(title, initials)) || (terms.length > 0 && matchedTerms(terms, tokenize(title)).length === terms.length);
  return index.entities
    .all()
    .flatMap((entity) => {
      if (entity.kind !== 'person') return [];
      const claim = entity.roles.find((role) => fits(role.title));
      const passage = claim === undefined ? undefined : index.passage(claim.file, claim.paragraph);
      return claim === undefined || passage === undefined ? [] : [{ text: entity.name, role: claim.title, score: 1, matched: terms, citations: [citationOf(passage)] }];
    })
    .slice(0, MAX_ANSWERS);
}

/** Whoever holds the role asked for, by one way of writing its title. */
function holdersOf(index: CorpusIndex, roleAsked: string, asTitle: string, wholeTitle = false): Answer[] {
  const terms = keyTerms(asTitle).filter((term) => !ROLE_STOP.has(term));
  if (terms.length === 0) return [];
  // A role phrase is never a sentence's start: its capitalised first word is a name too ("Norland navy minister").
  const qualifiers = new Set(questionNames(index, `the ${roleAsked}`));
  const names = nameTerms(index);
  const holding = new Map<string, Holding[]>();
  let order = 0;
  for (const title of titlesNaming(index, terms)) {
    const matched = matchedTerms(terms, title.tokens);
    const missing = terms.filter((term) => !matched.includes(term));
    // A title standing in for another word must name the country too: "Prime Minister X" may be any country's.
    if (wholeTitle && missing.length > 0) continue;
    // "the US defense secretary" is "Defense Secretary Ann Lee" in a story about the US: the
    // country or body is a qualifier the title may leave to its context, unless it names another.
    const unqualified = missing.filter((term) => !qualifiers.has(term));
    const qualifying = missing.filter((term) => qualifiers.has(term));
    if (unqualified.length > 1 || unqualified.some((term) => !RANK_WORDS.has(term))) continue;
    if (qualifying.length > 0 && (matched.every((term) => qualifiers.has(term)) || namesOther(title, qualifiers, names))) continue;
    if (headsOther(title.title, terms)) continue;
    const titleTerms = title.tokens.filter((t) => t.term !== null).length;
    const score = (matched.length / Math.max(terms.length, titleTerms)) * (missing.length > 0 ? 0.7 : 1);
    for (const stated of title.holders) {
      const holder = qualifying.length === 0 ? stated : inContext(index, stated, qualifying);
      if (holder === undefined) continue;
      const held = holding.get(holder.entity.id);
      const part = { title: title.title, matched, score, holder, order };
      if (held === undefined) holding.set(holder.entity.id, [part]);
      else held.push(part);
      order += holder.claims.length;
    }
  }
  return corroborated([...holding.values()].map(roleVotes), index);
}

/** "director of the Iran program at the Middle East Institute": the head's "of" names what it heads, the "at" only where that is. */
const HEADS_AT = /\bof\s+(?:the\s+)?(.+?)\s+at\s+(?:the\s+)?\S/i;

/** True when the title heads something the question does not name, at a body it does ("director of the Middle East Institute"). */
function headsOther(title: string, terms: readonly string[]): boolean {
  const headed = HEADS_AT.exec(title)?.[1];
  return headed !== undefined && keyTerms(headed).every((term) => !terms.some((asked) => termMatches(asked, term)));
}

/** True when a title names a country or body the question does not ("Norland’s Foreign Minister" for "the US foreign minister"). */
function namesOther(title: Title, qualifiers: ReadonlySet<string>, names: ReadonlySet<string>): boolean {
  return title.tokens.some((t) => t.term !== null && names.has(t.term) && ![...qualifiers].some((q) => termMatches(q, t.term!)));
}

/**
 * A holder's claims whose passage (or its article's title) names every qualifier the title leaves
 * out: "Defense Secretary Ann Lee" is the US defense secretary in a passage about the US.
 */
function inContext(index: CorpusIndex, holder: Holder, qualifying: readonly string[]): Holder | undefined {
  const claims = holder.claims.filter((claim) => {
    // The passage's words are read from its search document: a title held in thousands of articles reads no passage.
    const doc = index.passageDoc(claim.file, claim.paragraph);
    if (doc === undefined) return false;
    const inPassage = index.matchedInPassage(doc, qualifying);
    if (inPassage.length === qualifying.length) return true;
    const title = tokenize(index.articles.get(claim.file)?.title ?? '');
    return qualifying.every((term) => inPassage.includes(term) || matchedTerms([term], title).length > 0);
  });
  if (claims.length === 0) return undefined;
  if (claims.length === holder.claims.length) return holder;
  return { entity: holder.entity, claims, files: new Set(claims.map((c) => c.file)), passages: new Set(claims.map((c) => `${c.file}#${c.paragraph}`)) };
}

/** One matching title held by one entity: its claims are that many votes of the same score. */
interface Holding {
  title: string;
  matched: string[];
  score: number;
  holder: Holder;
  /** Where its first claim would stand among all the votes, for ties. */
  order: number;
}

/** An entity's votes for a role question, folded as `mergeCorroborating` folds votes, without a vote object per claim. */
interface RoleVotes {
  entity: Entity;
  best: Holding;
  score: number;
  /** The entity's titles, best first (ties in order of arrival). */
  parts: Holding[];
}

/**
 * The score `mergeCorroborating` gives an entity's votes: the best vote, plus 0.3 of each other
 * file's best. A title held in thousands of articles is thousands of votes; a holding knows its
 * distinct files, so only entities holding several matching titles need their files compared.
 */
function roleVotes(parts: Holding[]): RoleVotes {
  const sorted = [...parts].sort((a, b) => b.score - a.score);
  const best = sorted[0]!;
  const bestFile = best.holder.claims[0]!.file;
  let score = best.score;
  if (sorted.length === 1) {
    score += CORROBORATION_WEIGHT * best.score * (best.holder.files.size - 1);
  } else {
    const bestPerFile = new Map<string, number>();
    for (const part of sorted) for (const file of part.holder.files) if (!bestPerFile.has(file)) bestPerFile.set(file, part.score);
    for (const [file, fileScore] of bestPerFile) if (file !== bestFile) score += CORROBORATION_WEIGHT * fileScore;
  }
  return { entity: best.holder.entity, best, score, parts: sorted };
}

/** The best `MAX_ANSWERS` entities as answers, each citing its best claims' passages. */
function corroborated(votes: RoleVotes[], index: CorpusIndex): Answer[] {
  votes.sort((a, b) => b.score - a.score || b.best.score - a.best.score || a.best.order - b.best.order);
  const answers: Answer[] = [];
  for (const { entity, best, score, parts } of votes) {
    if (answers.length >= MAX_ANSWERS) break;
    const citations: Citation[] = [];
    const cited = new Set<string>();
    reading: for (const { holder } of parts) {
      for (const claim of holder.claims) {
        if (citations.length >= MAX_CITATIONS) break reading;
        const id = `${claim.file}#${claim.paragraph}`;
        if (cited.has(id)) continue;
        cited.add(id);
        const passage = index.passage(claim.file, claim.paragraph);
        if (passage !== undefined) citations.push(citationOf(passage, sentenceWith(passage, entity.name)));
      }
    }
    if (citations.length === 0) continue;
    const sources = parts.length === 1 ? parts[0]!.holder.passages.size : new Set(parts.flatMap(({ holder }) => [...holder.passages])).size;
    answers.push({ text: entity.name, role: best.title, matched: best.matched, score: round(score), citations, ...(sources > citations.length ? { sources } : {}) });
  }
  return answers;
}

/** The organisations (or, for "which country", places) named in the roles of the person asked about. */
export function affiliationAnswers(index: CorpusIndex, question: QuestionOf<'affiliation'>): Answer[] {
  const entity = index.entities.resolve(question.person) ?? doerDescribed(index, question.person);
  if (entity === undefined) return [];
  const kind: Mention['kind'] = question.wants;
  const candidates: Candidate[] = [];
  const claimsPerTitle = new Map<string, number>();
  for (const claim of entity.roles) {
    // The same title stated in many articles names the same organisation: a few of them show it.
    const seen = claimsPerTitle.get(claim.title) ?? 0;
    claimsPerTitle.set(claim.title, seen + 1);
    if (seen >= MAX_CITATIONS) continue;
    const passage = index.passage(claim.file, claim.paragraph);
    for (const mention of index.mentionsIn(claim)) {
      if (passage === undefined || mention.kind !== kind || !claim.title.includes(mention.name)) continue;
      const named = index.entities.resolve(mention.name);
      candidates.push({
        key: named?.id ?? mention.name,
        answer: { text: named?.name ?? mention.name, note: `${entity.name}: ${claim.title}.`, matched: words(entity.name).map((w) => w.toLowerCase()) },
        score: 1,
        ...citing(passage, sentenceWith(passage, mention.name)),
      });
    }
  }
  return mergeCorroborating(candidates);
}

/** A role title as the corpus writes it, with its tokens and every claim to it, by entity. */
interface Title {
  title: string;
  tokens: readonly Token[];
  holders: Holder[];
}

/** An entity's claims to one title, and the files and passages they are in. */
interface Holder {
  entity: Entity;
  claims: RoleClaim[];
  files: Set<string>;
  /** `file#paragraph` of each claim, once. */
  passages: Set<string>;
}

const titlesByTerm = new WeakMap<CorpusIndex, Map<string, Title[]>>();

/**
 * The role titles with a word in some form of one of `terms`. Titles are indexed once per index,
 * each distinct title once however many articles state it (a large corpus repeats a few titles).
 */
function titlesNaming(index: CorpusIndex, terms: readonly string[]): Set<Title> {
  const found = new Set<Title>();
  // Every title word is read against the question's: a loop that makes no entry or closure per word.
  titlesByTermOf(index).forEach((titles, term) => {
    for (let n = 0; n < terms.length; n++) {
      if (!termMatches(terms[n]!, term)) continue;
      for (const title of titles) found.add(title);
      return;
    }
  });
  return found;
}

/** Role titles by each word of them (built once per index). */
export function titlesByTermOf(index: CorpusIndex): ReadonlyMap<string, readonly Title[]> {
  let byTerm = titlesByTerm.get(index);
  if (byTerm === undefined) {
    const titles = new Map<string, Title>();
    for (const entity of index.entityList) {
      for (const claim of entity.roles) {
        let title = titles.get(claim.title);
        if (title === undefined) titles.set(claim.title, (title = { title: claim.title, tokens: tokenize(claim.title), holders: [] }));
        // An entity's claims are together (roles are listed per entity), so its holder is the last one.
        let holder = title.holders.at(-1);
        if (holder?.entity !== entity) title.holders.push((holder = { entity, claims: [], files: new Set(), passages: new Set() }));
        holder.claims.push(claim);
        holder.files.add(claim.file);
        holder.passages.add(`${claim.file}#${claim.paragraph}`);
      }
    }
    byTerm = new Map();
    for (const title of titles.values()) {
      for (const term of new Set(title.tokens.map((t) => t.term))) {
        if (term === null) continue;
        const named = byTerm.get(term);
        if (named === undefined) byTerm.set(term, [title]);
        else named.push(title);
      }
    }
    titlesByTerm.set(index, byTerm);
  }
  return byTerm;
}

/** The entity's role, preferring one stated in the given file. */
export function roleOf(entity: Entity, file: string): { role?: string } {
  const claim = entity.roles.find((r) => r.file === file) ?? entity.roles[0];
  return claim === undefined ? {} : { role: claim.title };
}

/** A role named by description in a question: "the secretary of state", "Norland's prime minister", "the top US diplomat"; with `titled`, written as a title too ("the Secretary of State"). */
function describedRole(titled: boolean): RegExp {
  const heads = [...ROLE_HEADS].map((head) => (titled ? eitherCase(head) : head)).join('|');
  return new RegExp(
    String.raw`\b(?:[Tt]he|(?:\p{Lu}[\p{L}.’'-]*\s+){0,2}\p{Lu}[\p{L}.-]*['’]s)\s+(?:[\p{L}.’'-]+\s+){0,3}?(?:${heads})(?:\s+of\s+(?:the\s+)?(?!(?:a|an|some|any)\b)\p{L}+)?\b`,
    'gu',
  );
}
const DESCRIBED_ROLE = describedRole(false);
const DESCRIBED_TITLE = describedRole(true);

/** A lowercase word as a pattern that also matches it capitalised, as a title is written ("the Secretary of State"). */
function eitherCase(word: string): string {
  return `[${word[0]}${word[0]!.toUpperCase()}]${word.slice(1)}`;
}

/** Words before a role that make it what someone is, became or was chosen as, not a participant: "as", "became", "elect". */
const BECOMING = /\b(?:as|be|is|was|were|become|becomes|became|becoming|name|named|elect|elected|appoint|appointed|choose|chose|chosen)\s*$/i;

/** How far the best holder of a described role must outscore the next to stand for the description. */
const CLEAR_HOLDER = 1.5;

/**
 * The question with each role it describes replaced by the one person the corpus gives that role
 * ("when did the top US diplomat say …" → "when did Antony Blinken say …"): news names a person by
 * name once the role is told. `undefined` when it describes none the corpus settles. A role after
 * "as", "became", "elect" is what someone was or became, not who took part ("who replaced X as prime
 * minister", "when did Y become the head of the region").
 */
export function withHoldersForRoles(index: CorpusIndex, text: string, titled = false): string | undefined {
  let replaced = text;
  for (const match of text.matchAll(titled ? DESCRIBED_TITLE : DESCRIBED_ROLE)) {
    const before = text.slice(0, match.index ?? 0);
    if (BECOMING.test(before)) continue;
    // "the head of a national unity government": a role of a body the question leaves unnamed has no holder to look up.
    if (/^\s+of\s+(?:a|an|some|any)\b/i.test(text.slice((match.index ?? 0) + match[0].length))) continue;
    const holders = roleAnswers(index, match[0].replace(/^the\s+/i, ''));
    const [best, next] = holders;
    if (best === undefined || (next !== undefined && (best.score ?? 0) < CLEAR_HOLDER * (next.score ?? 0))) continue;
    if (index.entities.resolve(best.text)?.kind !== 'person' || words(text).includes(words(best.text).at(-1) ?? '')) continue;
    replaced = replaced.replace(match[0], best.text);
  }
  return replaced === text ? undefined : replaced;
}

/**
 * The person a description names by what they did or said ("the analyst who talked about an
 * American absence"): the best answer to "who talked about an American absence", if a person.
 */
function doerDescribed(index: CorpusIndex, description: string): Entity | undefined {
  const clause = doerClause(description);
  if (clause === undefined) return undefined;
  const asked = parseQuestion({ command: 'who', text: clause.asked });
  const doers = asked.kind === 'saidBy' ? saidByAnswers(index, asked) : asked.kind === 'eventActor' ? eventAnswers(index, asked) : [];
  const entity = doers[0] === undefined ? undefined : index.entities.resolve(doers[0].text);
  return entity?.kind === 'person' ? entity : undefined;
}

/**
 * Head nouns that name whoever runs a body, whatever its own title: "the Pentagon chief" may be its
 * secretary, "the bank's boss" its chief executive, "the ministry's head" its minister.
 */
const LEADING_HEADS: ReadonlySet<string> = new Set([
  'chief', 'head', 'boss', 'leader', 'secretary', 'minister', 'director', 'chairman', 'chairwoman', 'chair', 'president', 'ceo',
  'executive', 'commissioner', 'governor', 'premier', 'chancellor', 'commander',
]);

/**
 * Words of a described role that say what it is done by, not who holds it: "the Pentagon chief who
 * said …", "the minister that signed …", "the top diplomat working the phones …" (a present
 * participle with what follows it).
 */
const DOER_CLAUSE = /^(.+?)\s+(?:(?:who|that)\s+(?!was\b|were\b|had\s+been\b|has\s+been\b)(.+)|((?!being\b)\p{Ll}{3,}ing\s+(?:the|a|an|his|her|its|their|on|about|for|with|to|in|over|against)\b.+))$/iu;

/** A described role's description and the question its doer answers ("who said …", "who was working the phones …"). */
function doerClause(role: string): { described: string; asked: string } | undefined {
  const clause = DOER_CLAUSE.exec(role);
  if (clause === null) return undefined;
  return { described: clause[1]!, asked: clause[2] === undefined ? `who was ${clause[3]!}` : `who ${clause[2]}` };
}

/**
 * "Who is the Pentagon chief who said attacks won't be tolerated?": whoever did what the clause
 * says (its speaker, for a saying), when the corpus gives them a title that fits the described
 * role — a head of the same class ("chief" for a secretary or a minister; otherwise the same
 * head) — and names each of the description's other words ("Pentagon", "bank") in that title or
 * in the article that gives it. The description is a reader's, not the corpus's: no title need
 * hold its words.
 */
export function describedDoers(index: CorpusIndex, question: QuestionOf<'role'>): Answer[] {
  const clause = question.asks === 'agent' ? doerClause(question.role) : undefined;
  if (clause === undefined) return [];
  const described = words(clause.described).map((word) => word.toLowerCase().replace(/['’]s?$/, ''));
  const head = described.findLast((word) => ROLE_HEADS.has(word) || LEADING_HEADS.has(word));
  if (head === undefined) return [];
  const qualifiers = keyTerms(described.filter((word) => word !== head).join(' ')).filter((term) => !RANK_WORDS.has(term) && !ROLE_STOP.has(term));
  const asked = parseQuestion({ command: 'who', text: clause.asked });
  const doers = asked.kind === 'saidBy' ? saidByAnswers(index, asked) : asked.kind === 'eventActor' ? eventAnswers(index, asked) : [];
  return doers.flatMap((answer) => {
    const entity = index.entities.resolve(answer.text);
    const claim = entity?.kind === 'person' ? entity.roles.find((c) => fitsDescription(index, c, head, qualifiers)) : undefined;
    return claim === undefined ? [] : [{ ...answer, role: claim.title }];
  });
}

/** Whether a title names a body of several capitalised words whose initials are these ("Middle East Institute": MEI). */
function spellsOut(title: string, initials: string): boolean {
  return namesSpeltOut(title).some((name) => name.split(/\s+/).filter((word) => /^\p{Lu}/u.test(word)).map((word) => word[0]).join('') === initials);
}

/** Whether a title claim fits a described role: a head of its class, and its other words in the title or in the claim's article. */
function fitsDescription(index: CorpusIndex, claim: RoleClaim, head: string, qualifiers: readonly string[]): boolean {
  const titleWords = words(claim.title).map((word) => word.toLowerCase());
  const sameClass = LEADING_HEADS.has(head) ? titleWords.some((word) => LEADING_HEADS.has(word)) : titleWords.includes(head);
  if (!sameClass) return false;
  const titleTerms = tokenize(claim.title);
  const missing = qualifiers.filter((term) => matchedTerms([term], titleTerms).length === 0);
  if (missing.length === 0) return true;
  const docs = Array.from({ length: index.paragraphCount(claim.file) }, (_, n) => index.passageDoc(claim.file, n + 1) ?? -1).filter((doc) => doc >= 0);
  const inTitle = tokenize(index.articles.get(claim.file)?.title ?? '');
  return missing.every((term) => matchedTerms([term], inTitle).length > 0 || docs.some((doc) => index.matchedInPassage(doc, [term]).length > 0));
}

/** Heads any title's holder goes by, as index terms. */
const ANY_TITLE: ReadonlySet<string> = new Set([...ANY_TITLE_HEADS].map(indexTerm).filter((term): term is string => term !== null));

/**
 * True when the corpus titles the answer, and no title of its shares a head with the role asked:
 * "Israeli Prime Minister Benjamin Netanyahu" is no answer to "the US ambassador who met him", though
 * his passage tells of the meeting. One the corpus gives no title may hold any.
 */
export function titledOtherwise(index: CorpusIndex, answer: Answer, heads: readonly string[], offices: readonly string[] = []): boolean {
  // A word any office holder goes by ("official", "chief", "analyst") names no title of its own.
  if (heads.length === 0 || heads.some((head) => ANY_TITLE.has(head))) return false;
  const titles = (index.entities.resolve(answer.text)?.roles ?? []).map((claim) => keyTerms(claim.title));
  // "defense minister" is not "Prime Minister": a title with the head must name each office word asked too.
  return titles.length > 0 && !titles.some((title) => title.some((term) => heads.includes(term)) && offices.every((office) => title.includes(office)));
}
