/**
 * An optional front-matter block at the top of an article:
 *
 * ```
 * ---
 * date: 2024-04-19
 * title: Mayor Holt opens the new port
 * ---
 * ```
 *
 * Only flat `key: value` lines are read (not full YAML); values may be quoted.
 */
import { checkOverrides, type CheckedOverrides } from './overrides.ts';

/** The article text without its front matter, and the validated values the block set. */
export interface FrontMatter extends CheckedOverrides {
  body: string;
  /** True when the text began with a front-matter block. */
  present: boolean;
}

const BLOCK = /^\ufeff?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const KEY_VALUE = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/;

/** Splits front matter from the article. Text without a block is returned unchanged. */
export function readFrontMatter(text: string): FrontMatter {
  const block = BLOCK.exec(text);
  if (!block) return { body: text, present: false, values: {}, problems: [] };
  const raw: Record<string, string> = {};
  const problems: string[] = [];
  for (const line of block[1]!.split(/\r?\n/)) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    const kv = KEY_VALUE.exec(line.trim());
    if (!kv) {
      problems.push(`front matter line not understood: "${line.trim().slice(0, 40)}"`);
      continue;
    }
    raw[kv[1]!.toLowerCase()] = unquote(kv[2]!.trim());
  }
  const checked = checkOverrides(raw);
  return {
    body: text.slice(block[0].length),
    present: true,
    values: checked.values,
    problems: [...problems, ...checked.problems.map((p) => `front matter: ${p}`)],
  };
}

function unquote(value: string): string {
  const quoted = /^(["'])(.*)\1$/.exec(value);
  return quoted ? quoted[2]! : value;
}
