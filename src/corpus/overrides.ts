/**
 * Metadata set by hand for an article, in a sidecar `name.meta.json` or a front-matter block:
 * `date`, `title`, `outlet`, `url`. Values are validated; a bad one is reported and ignored.
 */
import type { ArticleMeta } from '../types.ts';
import { parseDateText } from './dateText.ts';

/** Metadata that a sidecar or front matter may set; it overrides what the text gives. */
export type MetaOverrides = Partial<Pick<ArticleMeta, 'date' | 'title' | 'outlet' | 'url'>>;

export const OVERRIDE_KEYS = ['date', 'title', 'outlet', 'url'] as const;

/** Validated overrides and a plain sentence for every value that was ignored. */
export interface CheckedOverrides {
  values: MetaOverrides;
  problems: string[];
}

/**
 * Checks hand-set metadata: strings only; `date` as an ISO date or a written one ("November 3, 2023",
 * normalised to ISO); `url` absolute http(s). Unknown keys are reported, not fatal.
 */
export function checkOverrides(raw: unknown): CheckedOverrides {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { values: {}, problems: ['expected an object of date, title, outlet, url'] };
  }
  const values: MetaOverrides = {};
  const problems: string[] = [];
  for (const [key, value] of Object.entries(raw)) {
    if (!(OVERRIDE_KEYS as readonly string[]).includes(key)) {
      problems.push(`unknown key "${key}" ignored`);
      continue;
    }
    if (typeof value !== 'string' || value.trim() === '') {
      problems.push(`"${key}" must be a non-empty string`);
      continue;
    }
    const text = value.trim();
    if (key === 'date') {
      const date = parseDateText(text);
      if (date === undefined) problems.push(`"date" is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)`);
      else values.date = date;
    } else if (key === 'url') {
      if (isHttpUrl(text)) values.url = text;
      else problems.push(`"url" is not an http(s) address`);
    } else {
      values[key as 'title' | 'outlet'] = text;
    }
  }
  return { values, problems };
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
