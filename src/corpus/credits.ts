/**
 * Who reported, wrote, edited or photographed an article, from the lines that say so:
 * agency credit lines "(Reporting by A and B; Writing by C, Editing by D)", bylines "By A and B",
 * and photo credits at the end of a caption "… Karl Stein/dpa" or "… REUTERS/Jane Doe".
 */
import type { Credit } from '../types.ts';
import { agencyName } from './outlets.ts';

type Role = Credit['role'];

/** Credit-line verbs and the role each stands for. */
const ROLE_WORDS: ReadonlyArray<{ pattern: RegExp; role: Role }> = [
  { pattern: /^(?:additional |further )?reporting$/i, role: 'reporting' },
  { pattern: /^(?:writing|written|compiled|text)$/i, role: 'writing' },
  { pattern: /^(?:editing|edited)$/i, role: 'editing' },
  { pattern: /^(?:photos?|photography|photographs?)$/i, role: 'photo' },
];
const ROLE_SEGMENT = /^((?:additional |further )?reporting|writing|written|compiled|text|editing|edited|photos?|photography|photographs?) by (.+)$/i;
/** Splits a credit line at ";" and at ", Editing by" (a comma followed by another role). */
const SEGMENT_BREAK = /;\s*|,\s*(?=(?:additional |further )?(?:reporting|writing|written|compiled|text|editing|edited|photos?|photography) by\b)/i;
/** A person's name: two to four capitalised words ("Mira Stone", "Ros Vale", "Jean-Luc de la Croix" is not covered). */
const PERSON = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}$/u;

/** A credit line such as "(Reporting by A and B; additional reporting by C; Writing by D, Editing by E)". */
export function isCreditLine(text: string): boolean {
  return /^\(?\s*(?:(?:additional |further )?reporting|writing|written|compiled|editing|edited) by\b/i.test(text);
}

/** The credits a credit line gives, in order, each with the paragraph number given. */
export function parseCreditLine(text: string, paragraph: number): Credit[] {
  if (!isCreditLine(text)) return [];
  const inner = text.trim().replace(/^\(/, '').replace(/\)\.?$/, '');
  const credits: Credit[] = [];
  for (const segment of inner.split(SEGMENT_BREAK)) {
    const match = ROLE_SEGMENT.exec(segment.trim());
    if (!match) continue;
    const role = ROLE_WORDS.find((r) => r.pattern.test(match[1]!))?.role;
    if (role === undefined) continue;
    for (const name of splitNames(match[2]!)) credits.push({ role, name, paragraph });
  }
  return credits;
}

/** A byline "By Jane Doe and John Roe" (optionally ", Reuters" or "| Agency" after the names). */
export function parseByline(text: string, paragraph: number): Credit[] {
  const match = /^by\s+(.{3,120})$/i.exec(text.trim());
  if (!match || /[.!?]$/.test(match[1]!.replace(/\b\p{Lu}\.$/u, ''))) return [];
  const names = splitNames(match[1]!.split(/\s[|–—-]\s/)[0]!);
  return names.map((name) => ({ role: 'reporting' as const, name, paragraph }));
}

/** A photo credit at the end of a caption: the photographer and, when it is a news agency, the agency. */
export function parsePhotoCredit(text: string, paragraph: number): { credit: Credit; agency?: string } | undefined {
  const line = text.trim().replace(/[)\]]$/, '');
  // "REUTERS/Jane Doe": the agency in capitals before the slash.
  const agencyFirst = /(?:^|[.!?:(]\s*)(\p{Lu}{2,}(?: \p{Lu}{2,})?)\s?\/\s?(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’.-]*){1,3})$/u.exec(line);
  // "Karl Stein/dpa", "(Photo by Jane Doe/Getty Images)": the name before the slash.
  const nameFirst = /(?:^|[.!?:(]\s*|\bby\s+)(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’.-]*){1,3})\s?\/\s?(\p{L}[\p{L}&. ]{0,30}?)$/u.exec(line);
  const match = agencyFirst ?? nameFirst;
  if (!match) return undefined;
  const [name, source] = agencyFirst ? [match[2]!, match[1]!] : [match[1]!, match[2]!];
  const agency = agencyName(source);
  const credit: Credit = { role: 'photo', name, paragraph };
  return agency === undefined ? { credit } : { credit, agency };
}

/** "A, B and C in Boston" → ["A", "B", "C"]: places after "in" and anything not shaped like a name are left out. */
function splitNames(list: string): string[] {
  return list
    .split(/,\s*|\s+and\s+|\s*&\s*/)
    .map((name) => name.replace(/\s+in\s+\p{Lu}.*$/u, '').replace(/[.;]+$/, '').trim())
    .filter((name) => PERSON.test(name));
}
