/**
 * Finds an entity from a name as a user types it: titles stripped ("Mayor Holloway"), any alias,
 * a surname alone, variant given names and small typos ("Holliway"). Built from `Entity[]` only,
 * so it works on a loaded snapshot.
 *
 * @example
 * const lookup = new EntityLookup(entities);
 * lookup.resolve('Mayor Holliway')?.name; // 'Lena Holloway'
 * lookup.search('hol', 5).map((e) => e.name); // ['Lena Holloway']
 */
import type { Entity } from '../types.ts';
import { editDistance, isClippedGivenName, letterMask, mayBeWithin, nameParts, normalizeName, similarGivenNames, typoAllowance } from './nameSimilarity.ts';
import { HONORIFICS, NATIONALITY_GROUPS, ROLE_HEADS, ROLE_MODIFIERS } from './model/roleWords.ts';

const NATIONALITY_WORDS = new Set(NATIONALITY_GROUPS.flat().filter((w) => !w.includes(' ')).map(normalizeName));
/** Titles as chat and headlines shorten them, without their points ("Def Sec Austin", "SecDef", "Amb."). */
const SHORTENED_TITLES = ['def', 'sec', 'secdef', 'secy', 'dep', 'asst', 'amb', 'min', 'pm', 'fm', 'sen', 'rep', 'gen', 'gov', 'pres', 'adm', 'col', 'lt', 'maj', 'capt', 'sgt', 'prof'];
const TITLE_WORDS = new Set(['the', 'of', ...[...HONORIFICS.keys()].map(normalizeName), ...SHORTENED_TITLES]);

function isTitleWord(word: string): boolean {
  return TITLE_WORDS.has(word) || ROLE_HEADS.has(word) || ROLE_MODIFIERS.has(word) || NATIONALITY_WORDS.has(word);
}

/** A query's name words with leading titles removed ("Minister of Defence Holloway" → ["holloway"]). */
export function queryParts(query: string): string[] {
  const parts = nameParts(query);
  let start = 0;
  while (start < parts.length - 1 && isTitleWord(parts[start]!)) start++;
  return parts.slice(start);
}

const RESOLVED_LIMIT = 50_000;

const KIND_PREFERENCE = { person: 0, organization: 1, place: 2 } as const;

function best(candidates: Iterable<Entity>): Entity | undefined {
  const list = [...new Set(candidates)];
  if (list.length <= 1) return list[0];
  const top = Math.min(...list.map((e) => KIND_PREFERENCE[e.kind]));
  const preferred = list.filter((e) => KIND_PREFERENCE[e.kind] === top);
  return preferred.length === 1 ? preferred[0] : undefined;
}

export class EntityLookup {
  private readonly byName = new Map<string, Entity[]>();
  private readonly byPart = new Map<string, Entity[]>();
  private readonly forms = new Map<Entity, string[][]>();
  /** `byPart` by the part's length, for fuzzy lookups; built on the first one. */
  private partsByLength: Map<number, Array<[string, Entity[], number]>> | undefined;
  /** Names resolved so far: answering resolves the same names question after question. */
  private readonly resolvedNames = new Map<string, Entity | undefined>();

  constructor(private readonly entities: readonly Entity[]) {
    for (const entity of entities) {
      const names = [entity.name, ...entity.aliases];
      this.forms.set(entity, names.map(nameParts));
      for (const name of names) {
        push(this.byName, normalizeName(name), entity);
        for (const part of nameParts(name)) push(this.byPart, part, entity);
      }
    }
  }

  /** Every entity of the corpus. */
  all(): readonly Entity[] {
    return this.entities;
  }

  /** The one entity a name refers to, or undefined when none or several fit (memoised). */
  resolve(name: string): Entity | undefined {
    if (this.resolvedNames.has(name)) return this.resolvedNames.get(name);
    if (this.resolvedNames.size >= RESOLVED_LIMIT) this.resolvedNames.clear();
    const entity = this.resolveNow(name);
    this.resolvedNames.set(name, entity);
    return entity;
  }

  private resolveNow(name: string): Entity | undefined {
    const parts = queryParts(name);
    if (!parts.length) return undefined;
    const exact = this.byName.get(parts.join(' '));
    if (exact) return best(exact);
    const surname = parts[parts.length - 1]!;
    const given = parts.length > 1 ? parts[0] : undefined;
    for (const candidates of [this.byPart.get(surname) ?? [], this.fuzzyPart(surname)]) {
      const fitting = candidates.filter((entity) => this.fits(entity, surname, given));
      if (fitting.length) return best(fitting);
    }
    if (given === undefined) return undefined;
    // A matching given name vouches for one more typo in the surname ("Lena Holowey").
    const fitting = this.fuzzyPart(surname, 1).filter((entity) => this.fits(entity, surname, given, 1));
    return best(fitting);
  }

  /**
   * Records what `resolve(name)` gives, found earlier over the same entities (the index build
   * resolves every mention's name), so that resolving it again costs a map lookup, not a fuzzy one.
   * A full memo is left as it is: what was resolved while answering is worth more than a guess.
   */
  remember(name: string, entity: Entity | undefined): void {
    if (this.resolvedNames.size < RESOLVED_LIMIT && !this.resolvedNames.has(name)) this.resolvedNames.set(name, entity);
  }

  /** Builds now what the first fuzzy lookup would otherwise build (the name parts by length). */
  prepare(): void {
    this.partsOfLength(0);
  }

  /** Entities whose name or alias starts with `partial` (any word of it), then near spellings; most cited first. */
  search(partial: string, limit: number): Entity[] {
    const parts = queryParts(partial);
    const query = parts.join(' ');
    const scored: Array<{ entity: Entity; score: number }> = [];
    for (const entity of this.entities) {
      const score = this.prefixScore(entity, query, parts[parts.length - 1] ?? '');
      if (score !== undefined) scored.push({ entity, score });
    }
    scored.sort((a, b) => a.score - b.score || b.entity.files.length - a.entity.files.length || a.entity.name.localeCompare(b.entity.name));
    return scored.slice(0, Math.max(0, limit)).map((s) => s.entity);
  }

  private prefixScore(entity: Entity, query: string, last: string): number | undefined {
    if (!query) return 3;
    const forms = this.forms.get(entity) ?? [];
    if (normalizeName(entity.name).startsWith(query)) return 0;
    if (forms.some((parts) => parts.join(' ').startsWith(query) || parts.some((p) => p.startsWith(query)))) return 1;
    const allowance = typoAllowance(last.length);
    if (allowance && forms.some((parts) => parts.some((p) => editDistance(p.slice(0, last.length), last, allowance) <= allowance))) return 2;
    return undefined;
  }

  /** Entities with a name word within typo distance of `word`, nearest first. */
  private fuzzyPart(word: string, extra = 0): Entity[] {
    const allowance = typoAllowance(word.length) + extra;
    if (!allowance) return [];
    let nearest = allowance + 1;
    let found: Entity[] = [];
    // Only a part within `allowance` letters of the word's length can be within `allowance` edits
    // of it; when none is, no entity fits the word either.
    const wordMask = letterMask(word);
    for (let length = word.length - allowance; length <= word.length + allowance; length++) {
      for (const [part, entities, mask] of this.partsOfLength(length)) {
        if (!mayBeWithin(mask, wordMask, allowance)) continue;
        const distance = editDistance(part, word, allowance);
        if (distance < nearest) {
          nearest = distance;
          found = [...entities];
        } else if (distance === nearest && distance <= allowance) found.push(...entities);
      }
    }
    return found;
  }

  /** Name parts of one length, each with its entities and its letter mask (`letterMask`). */
  private partsOfLength(length: number): ReadonlyArray<[string, Entity[], number]> {
    if (this.partsByLength === undefined) {
      this.partsByLength = new Map();
      for (const [part, entities] of this.byPart) {
        const entry: [string, Entity[], number] = [part, entities, letterMask(part)];
        const sameLength = this.partsByLength.get(part.length);
        if (sameLength === undefined) this.partsByLength.set(part.length, [entry]);
        else sameLength.push(entry);
      }
    }
    return this.partsByLength.get(length) ?? [];
  }

  /** A surname (or lone word) matches, and the given name, when asked, is a variant of one the entity uses. */
  private fits(entity: Entity, surname: string, given: string | undefined, extra = 0): boolean {
    const forms = this.forms.get(entity) ?? [];
    const allowance = typoAllowance(surname.length) + extra;
    return forms.some((parts) => {
      const last = parts[parts.length - 1] ?? '';
      const lastFits = given === undefined
        ? parts.some((p) => editDistance(p, surname, allowance) <= allowance)
        : editDistance(last, surname, allowance) <= allowance;
      // With a given name asked, only full forms can confirm it: "Grace Okafor" is not "Okafor" the minister.
      return lastFits && (given === undefined || (parts.length > 1 && (similarGivenNames(parts[0]!, given) || isClippedGivenName(parts[0]!, given))));
    });
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else map.set(key, [value]);
}
