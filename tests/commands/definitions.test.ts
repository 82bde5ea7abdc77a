import { ApplicationCommandOptionType, PermissionFlagsBits, type APIApplicationCommandOption } from 'discord.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SlashCommand } from '../../src/discord/command.ts';
import { loadCommands } from '../../src/discord/loadCommands.ts';

let commands: Map<string, SlashCommand>;
beforeAll(async () => {
  commands = await loadCommands();
});

const json = (name: string) => {
  const command = commands.get(name);
  if (!command) throw new Error(`/${name} not loaded`);
  return command.data.toJSON();
};
const options = (name: string): APIApplicationCommandOption[] => json(name).options ?? [];

describe('command definitions', () => {
  it('defines exactly the documented commands', () => {
    expect([...commands.keys()].sort()).toEqual(['help', 'quote', 'reindex', 'search', 'sources', 'when', 'who']);
  });

  it('keeps every name, description and option within Discord\'s limits', () => {
    for (const command of commands.values()) {
      const data = command.data.toJSON();
      expect(data.name).toMatch(/^[-_\p{Ll}\p{N}]{1,32}$/u);
      expect(data.description.length).toBeGreaterThan(0);
      expect(data.description.length).toBeLessThanOrEqual(100);
      expect(data.options?.length ?? 0).toBeLessThanOrEqual(25);
      for (const option of data.options ?? []) {
        expect(option.name).toMatch(/^[-_\p{Ll}\p{N}]{1,32}$/u);
        expect(option.description.length).toBeGreaterThan(0);
        expect(option.description.length).toBeLessThanOrEqual(100);
        if ('choices' in option) expect(option.choices?.length ?? 0).toBeLessThanOrEqual(25);
      }
      // Discord rejects required options after optional ones.
      const required = (data.options ?? []).map((option) => ('required' in option && option.required) === true);
      expect(required).toEqual([...required].sort((a, b) => Number(b) - Number(a)));
    }
  });

  it.each([
    ['who', 'question'],
    ['when', 'question'],
    ['search', 'query'],
  ])('/%s requires one string option "%s"', (name, option) => {
    expect(options(name)).toMatchObject([{ name: option, type: ApplicationCommandOptionType.String, required: true }]);
  });

  it('/quote takes an optional, autocompleted speaker and an optional topic', () => {
    expect(options('quote')).toMatchObject([
      { name: 'speaker', type: ApplicationCommandOptionType.String, autocomplete: true },
      { name: 'topic', type: ApplicationCommandOptionType.String },
    ]);
    expect(options('quote').some((option) => 'required' in option && option.required)).toBe(false);
    expect(typeof commands.get('quote')?.autocomplete).toBe('function');
  });

  it.each(['sources', 'help'])('/%s takes no options', (name) => {
    expect(options(name)).toEqual([]);
  });

  it('/reindex defaults to members with Manage Server, in servers only', () => {
    expect(json('reindex').default_member_permissions).toBe(PermissionFlagsBits.ManageGuild.toString());
    expect(json('reindex').contexts).toEqual([0]);
  });

  it('leaves the question commands open to everyone', () => {
    for (const name of ['who', 'when', 'quote', 'search', 'sources', 'help']) {
      expect(json(name).default_member_permissions ?? null).toBeNull();
    }
  });
});
