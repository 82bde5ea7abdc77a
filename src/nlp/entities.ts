/**
 * Merges the mentions of all articles into one entity per person, organisation or place:
 * a lone surname joins the full name that has it when only one does, and variant spellings of a
 * given name with the same surname ("Catherine"/"Katherine Holt") are one person.
 */
import type { Entity, EntityKind, Mention, Quote, RoleClaim } from '../types.ts';
import { nameParts, normalizeName, similarGivenNames } from './nameSimilarity.ts';

interface Form {
  name: string;
  kind: EntityKind;
  count: number;
  files: Set<string>;
  roles: RoleClaim[];
  parts: string[];
}

/** A URL-safe id from a name: "Lena Holt" → "lena-holt". */
export function slug(name: string): string {
  return normalizeName(name).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'entity';
}

/** A speaker named by its owner ("Iraq’s military", "Acme’s board") is a body, not a person. */
const OWNED_BODY = /['’]s\s+\p{Ll}/u;

function collectForms(mentions: readonly Mention[], quotes: readonly Quote[]): Map<string, Form> {
  const forms = new Map<string, Form>();
  const add = (name: string, kind: EntityKind, file: string, claim?: RoleClaim): void => {
    const key = `${kind}:${normalizeName(name)}`;
    let form = forms.get(key);
    if (!form) {
      form = { name, kind, count: 0, files: new Set(), roles: [], parts: nameParts(name) };
      forms.set(key, form);
    }
    form.count++;
    form.files.add(file);
    if (claim) form.roles.push(claim);
  };
  for (const m of mentions) add(m.name, m.kind, m.file, m.role ? { title: m.role, file: m.file, paragraph: m.paragraph } : undefined);
  for (const q of quotes) if (q.speaker) add(q.speaker, OWNED_BODY.test(q.speaker) ? 'organization' : 'person', q.file);
  return forms;
}

/** Groups people's forms: full names by surname and similar given name, then lone surnames. */
function clusterPeople(forms: readonly Form[]): Form[][] {
  const clusters: Form[][] = [];
  const bySurname = new Map<string, Form[][]>();
  const full = forms.filter((f) => f.parts.length > 1).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  for (const form of full) {
    const surname = form.parts[form.parts.length - 1]!;
    const groups = bySurname.get(surname) ?? [];
    const home = groups.find((group) => group.some((other) => similarGivenNames(other.parts[0]!, form.parts[0]!)));
    if (home) home.push(form);
    else {
      const group = [form];
      groups.push(group);
      clusters.push(group);
    }
    bySurname.set(surname, groups);
  }
  for (const form of forms.filter((f) => f.parts.length === 1)) {
    const groups = bySurname.get(form.parts[0]!);
    if (groups?.length === 1) groups[0]!.push(form);
    else clusters.push([form]);
  }
  return clusters;
}

function canonical(cluster: readonly Form[]): Form {
  return [...cluster].sort((a, b) => b.parts.length - a.parts.length || b.count - a.count || a.name.localeCompare(b.name))[0]!;
}

/** Claims in file and paragraph order, one per title per article ("US …" and "U.S. …" are the same title). */
function dedupeRoles(claims: readonly RoleClaim[]): RoleClaim[] {
  const sorted = [...claims].sort((a, b) => a.file.localeCompare(b.file) || a.paragraph - b.paragraph);
  const seen = new Set<string>();
  return sorted.filter((claim) => {
    // One claim per title per article: several articles stating a role corroborate it.
    const key = `${claim.file}|${claim.title.toLowerCase().replace(/\./g, '').replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * One entity per person, organisation or place across all articles, sorted by id. Ids are slugs
 * of the canonical name (the fullest, most frequent form), made unique deterministically.
 */
export function mergeEntities(mentions: readonly Mention[], quotes: readonly Quote[]): Entity[] {
  const forms = [...collectForms(mentions, quotes).values()];
  const people = clusterPeople(forms.filter((f) => f.kind === 'person'));
  const others = forms.filter((f) => f.kind !== 'person').map((f) => [f]);
  const entities = [...people, ...others].map((cluster): Entity => {
    const main = canonical(cluster);
    return {
      id: slug(main.name),
      name: main.name,
      kind: main.kind,
      aliases: [...new Set(cluster.map((f) => f.name))].filter((n) => n !== main.name).sort(),
      roles: dedupeRoles(cluster.flatMap((f) => f.roles)),
      files: [...new Set(cluster.flatMap((f) => [...f.files]))].sort(),
    };
  });
  entities.sort((a, b) => a.id.localeCompare(b.id) || a.kind.localeCompare(b.kind));
  const used = new Map<string, number>();
  for (const entity of entities) {
    const n = used.get(entity.id) ?? 0;
    used.set(entity.id, n + 1);
    if (n > 0) entity.id = `${entity.id}-${entity.kind}${n > 1 ? `-${n}` : ''}`;
  }
  return entities;
}
