/**
 * A question typed with another language's typography, read as English prints it: guillemets
 * (« … », ‹ … ›) as quotation marks, and no space before "?", "!", ":" or ";" (French sets one, often
 * a narrow no-break space). Pure text to text.
 */
export function typographyPlain(text: string): string {
  if (!/[«»‹›]|[\s\u00A0\u202F][?!:;]/u.test(text)) return text;
  return text
    .replace(/[«‹][\s\u00A0\u202F]*/gu, '“')
    .replace(/[\s\u00A0\u202F]*[»›]/gu, '”')
    .replace(/[\s\u00A0\u202F]+(?=[?!:;])/gu, '');
}
