/**
 * Role titles stated next to a name, and role nouns that stand for a person ("the top Danish
 * diplomat"). Three title patterns, each a rule below:
 *  - before the name: "Norland's Transport Minister Lena Holt", "Acme chairman Tom Greer";
 *  - an appositive after it: "Ann Lee, director of the ports program at …";
 *  - a role phrase then a comma: "the chief engineer of the port, Tom Greer".
 */
import { isPossessive, type Token } from './nameTokens.ts';
import { wordClass } from './model/lexicon.ts';
import { HONORIFICS, NATIONALITY_GROUPS, ROLE_FAMILIES, ROLE_HEADS, ROLE_MODIFIERS, SECOND_OFFICE_PREFIXES } from './model/roleWords.ts';

/** Token positions of a name in its paragraph's token list (`end` exclusive). */
export interface TokenSpan {
  start: number;
  end: number;
}

const DETERMINERS = new Set(['the', 'a', 'an']);
const PREPOSITIONS = new Set(['of', 'at', 'for', 'in', 'with', 'to', 'from', 'on', 'and', 'since']);
/** Punctuation that closes an appositive. */
const PHRASE_ENDS = new Set([',', '.', ';', ':', ')', '(', '–', '—', '!', '?', '“', '”', '"', '‘', '’', "'"]);
/** Words that open a clause, not a role: "Holt, who …". */
const CLAUSE_OPENERS = new Set(['who', 'which', 'whose', 'whom', 'where', 'when', 'while', 'but', 'and', 'said', 'says', 'as', 'if']);
const MAX_ROLE_WORDS = 16;

function isRoleWord(token: Token): boolean {
  return ROLE_HEADS.has(token.lower) || ROLE_MODIFIERS.has(token.lower);
}

/** A capitalised word that can own a title: a country, organisation, demonym or unknown proper noun. */
function isOwner(token: Token): boolean {
  if (!token.word || !token.cap || isRoleWord(token)) return false;
  const cls = wordClass(token.lower);
  return cls === undefined || cls === 'place' || cls === 'organization' || cls === 'demonym';
}

function text(tokens: readonly Token[], paragraph: string, from: number, to: number): string {
  const first = tokens[from];
  const last = tokens[to];
  return first && last ? paragraph.slice(first.start, last.end) : '';
}

/** A role phrase's head sits just before its first preposition ("director | of the ports program"). */
function hasHeadBeforePreposition(tokens: readonly Token[], from: number, to: number): boolean {
  let last: Token | undefined;
  for (let i = from; i <= to; i++) {
    const token = tokens[i];
    if (!token || PREPOSITIONS.has(token.lower)) break;
    last = token;
  }
  return last !== undefined && ROLE_HEADS.has(last.lower);
}

/** Rule: a title written straight before the name ("Norland's Minister of Transport Lena Holt"). */
export function titleBefore(tokens: readonly Token[], paragraph: string, name: TokenSpan): string | undefined {
  let i = name.start - 1;
  if (tokens[i] && HONORIFICS.has(tokens[i]!.lower)) i--; // "Gen. X": the honorific is not the role
  const last = i;
  const first = tokens[i];
  if (!first || !isRoleWord(first)) return undefined;
  let start = i;
  let head = false;
  for (; i >= 0 && last - i < MAX_ROLE_WORDS; i--) {
    const token = tokens[i]!;
    if (isRoleWord(token)) {
      head ||= ROLE_HEADS.has(token.lower);
      start = i;
    } else if (token.lower === 'of' || (token.lower === 'the' && tokens[i - 1]?.lower === 'of')) {
      continue; // "Secretary of State", "Secretary of the Treasury"
    } else if (token.word && token.cap && tokens[i + 1]?.cap && isRoleWord(tokens[i + 1]!) && wordClass(token.lower) !== 'place') {
      start = i; // a Title-Case compound names the portfolio: "Harbour Minister", "Fisheries Secretary"
    } else if (isPossessive(token) && tokens[i - 1] && isOwner(tokens[i - 1]!)) {
      start = i - 1;
      while (start > 0 && tokens[start - 1]!.cap && isOwner(tokens[start - 1]!)) start--;
      break;
    } else if (isOwner(token)) {
      start = i;
      while (start > 0 && isOwner(tokens[start - 1]!)) start--;
      break;
    } else {
      break;
    }
  }
  if (!head) return undefined;
  while (tokens[start] && (tokens[start]!.lower === 'of' || tokens[start]!.lower === 'the')) start++;
  return text(tokens, paragraph, start, last) || undefined;
}

/** Rule: an appositive after the name ("Ann Lee, director of the ports program, said"). */
export function appositiveAfter(tokens: readonly Token[], paragraph: string, name: TokenSpan): string | undefined {
  if (tokens[name.end]?.text !== ',') return undefined;
  let start = name.end + 1;
  if (tokens[start] && DETERMINERS.has(tokens[start]!.lower)) start++;
  const opener = tokens[start];
  if (!opener?.word || CLAUSE_OPENERS.has(opener.lower) || /^\d/.test(opener.text)) return undefined;
  let end = start;
  while (tokens[end + 1] && !PHRASE_ENDS.has(tokens[end + 1]!.text) && tokens[end + 1]!.sentence === opener.sentence) {
    end++;
    if (end - start >= MAX_ROLE_WORDS) return undefined;
  }
  if (!hasHeadBeforePreposition(tokens, start, end)) return undefined;
  return text(tokens, paragraph, start, end);
}

/** Rule: a role phrase, a comma, then the name ("the chief engineer of the port, Tom Greer,"). */
export function roleBeforeComma(tokens: readonly Token[], paragraph: string, name: TokenSpan): string | undefined {
  const comma = tokens[name.start - 1];
  const after = tokens[name.end];
  if (comma?.text !== ',' || (after && !PHRASE_ENDS.has(after.text))) return undefined;
  for (let i = name.start - 2; i >= 0 && name.start - i <= MAX_ROLE_WORDS; i--) {
    const token = tokens[i]!;
    if (PHRASE_ENDS.has(token.text)) return undefined;
    // "the chief engineer of the Norlandic firm Acme": try each determiner, nearest first.
    if (DETERMINERS.has(token.lower) && hasHeadBeforePreposition(tokens, i + 1, name.start - 2)) {
      return text(tokens, paragraph, i + 1, name.start - 2);
    }
  }
  return undefined;
}

/** The role stated for a name in its paragraph, trying each rule in turn. */
export function findRole(tokens: readonly Token[], paragraph: string, name: TokenSpan): string | undefined {
  return titleBefore(tokens, paragraph, name)
    ?? appositiveAfter(tokens, paragraph, name)
    ?? roleBeforeComma(tokens, paragraph, name);
}

/** A role noun standing for a person: "the top Danish diplomat", "Denmark's top diplomat". */
export interface RoleNoun extends TokenSpan {
  /** The phrase without its determiner, lowercase ("top danish diplomat"). */
  phrase: string;
}

/**
 * Reads a role noun starting at token `i`, or undefined. A role noun followed by a capitalised
 * name is a title, not a stand-in, so it is rejected here.
 */
export function roleNounAt(tokens: readonly Token[], paragraph: string, i: number): RoleNoun | undefined {
  const start = i;
  let j = i;
  const first = tokens[j];
  if (!first) return undefined;
  if (DETERMINERS.has(first.lower) || first.lower === 'his' || first.lower === 'her') j++;
  else if (isOwner(first) && isPossessive(tokens[j + 1])) j += 2;
  const phraseStart = j;
  let head = -1;
  for (; tokens[j] && j - phraseStart < 6; j++) {
    const token = tokens[j]!;
    if (ROLE_HEADS.has(token.lower)) head = j;
    else if (head >= 0) break;
    else if (!ROLE_MODIFIERS.has(token.lower) && !isOwner(token)) return undefined;
  }
  if (head < 0) return undefined;
  let end = head + 1;
  // "secretary of state": a role modifier after "of" belongs to the role noun.
  if (tokens[end]?.lower === 'of' && tokens[end + 1] && ROLE_MODIFIERS.has(tokens[end + 1]!.lower)) end += 2;
  const next = tokens[end];
  if (next?.word && next.cap && !isRoleWord(next) && wordClass(next.lower) !== 'common') return undefined;
  return { start, end, phrase: text(tokens, paragraph, phraseStart, end - 1).toLowerCase() };
}

/** The nationalities a lower-case text names (indices of `NATIONALITY_GROUPS`): "u.s. envoy", "italy’s foreign minister". */
export function nationalities(lowerText: string): Set<number> {
  const found = new Set<number>();
  const words = new Set(lowerText.replace(/['’]s\b/g, '').split(/[\s-]+/));
  NATIONALITY_GROUPS.forEach((group, index) => {
    if (group.some((form) => (form.includes(' ') ? lowerText.includes(form) : words.has(form)))) found.add(index);
  });
  return found;
}

/** Someone who holds roles in an article. */
export interface RoleHolder {
  name: string;
  roles: readonly string[];
}

/** The role names the office `term`, not a second office of it ("vice president" is no "president") unless the phrase names that one. */
function holdsOffice(role: string, term: string, phrase: string): boolean {
  const at = role.indexOf(term);
  if (at < 0) return false;
  const before = /(\p{L}+)\s+$/u.exec(role.slice(0, at))?.[1];
  return before === undefined || !SECOND_OFFICE_PREFIXES.has(before) || phrase.includes(`${before} ${term}`);
}

/**
 * The one person a role noun refers to, or undefined when no one or several people fit.
 * "diplomat" matches a foreign minister through `ROLE_FAMILIES`; a nationality in the phrase
 * ("the top Danish diplomat") breaks ties.
 */
export function resolveRoleNoun(phrase: string, holders: readonly RoleHolder[]): string | undefined {
  let familyKey = '';
  for (const key of ROLE_FAMILIES.keys()) if (phrase.includes(key) && key.length > familyKey.length) familyKey = key;
  const words = phrase.split(/\s+/);
  const terms = ROLE_FAMILIES.get(familyKey) ?? [words.filter((w) => ROLE_HEADS.has(w)).pop() ?? phrase];
  const fits = (role: string): boolean => terms.some((term) => holdsOffice(role.toLowerCase(), term, phrase));
  let candidates = holders.filter((holder) => holder.roles.some(fits));
  if (candidates.length > 1) {
    const wanted = nationalities(phrase);
    if (wanted.size) {
      candidates = candidates.filter((holder) =>
        holder.roles.some((role) => fits(role) && [...nationalities(role.toLowerCase())].some((n) => wanted.has(n))));
    }
  }
  return candidates.length === 1 ? candidates[0]!.name : undefined;
}
