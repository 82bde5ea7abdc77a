/**
 * Collects the slash commands from the top-level `commands/` folder: one module per command,
 * so adding a command is adding one file. A file that does not export a command is reported
 * by name, never silently skipped.
 */
import { readdir } from 'node:fs/promises';
import { BylineError } from '../errors.ts';
import type { SlashCommand } from './command.ts';

/** `commands/` beside `src/`, resolved from this module so it works under tsx and vitest alike. */
export const COMMANDS_DIR = new URL('../../commands/', import.meta.url);

const MODULE_FILE = /^[^.].*(?<!\.d)\.(?:ts|js|mjs)$/;

/**
 * Imports every command module in `dir` and returns them by command name, in file order.
 * @throws BylineError naming each file that fails to import, lacks `data`/`execute`, or repeats a name.
 */
export async function loadCommands(dir: URL = COMMANDS_DIR): Promise<Map<string, SlashCommand>> {
  const files = (await readdir(dir)).filter((file) => MODULE_FILE.test(file)).sort();
  const commands = new Map<string, SlashCommand>();
  const problems: string[] = [];
  for (const file of files) {
    let exported: unknown;
    try {
      exported = ((await import(new URL(file, dir).href)) as { default?: unknown }).default;
    } catch (error) {
      problems.push(`${file}: does not load (${error instanceof Error ? error.message : String(error)})`);
      continue;
    }
    if (!isSlashCommand(exported)) {
      problems.push(`${file}: its default export needs "data" (with a name and toJSON) and an "execute" function`);
    } else if (commands.has(exported.data.name)) {
      problems.push(`${file}: another file already defines /${exported.data.name}`);
    } else {
      commands.set(exported.data.name, exported);
    }
  }
  if (problems.length > 0) throw new BylineError(`bad command file${problems.length > 1 ? 's' : ''} in commands/:\n  ${problems.join('\n  ')}`);
  return commands;
}

function isSlashCommand(value: unknown): value is SlashCommand {
  if (typeof value !== 'object' || value === null) return false;
  const { data, execute, autocomplete } = value as Record<string, unknown>;
  if (typeof data !== 'object' || data === null || typeof execute !== 'function') return false;
  if (autocomplete !== undefined && typeof autocomplete !== 'function') return false;
  const { name, toJSON } = data as Record<string, unknown>;
  return typeof name === 'string' && name !== '' && typeof toJSON === 'function';
}
