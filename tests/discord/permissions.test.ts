import { PermissionFlagsBits, PermissionsBitField } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { assertModerator, isModerator, NOT_MODERATOR } from '../../src/discord/permissions.ts';

const MOD_ROLE = '222222222222222222';
const perms = (...flags: bigint[]) => new PermissionsBitField(flags);

describe('isModerator', () => {
  it.each([
    ['Manage Server', perms(PermissionFlagsBits.ManageGuild), [], undefined, true],
    ['Administrator (implies Manage Server)', perms(PermissionFlagsBits.Administrator), [], undefined, true],
    ['the moderator role', perms(), [MOD_ROLE], MOD_ROLE, true],
    ['another role', perms(PermissionFlagsBits.SendMessages), ['333333333333333333'], MOD_ROLE, false],
    ['a role but no moderator role configured', perms(), [MOD_ROLE], undefined, false],
    ['no member (outside a server)', null, [], MOD_ROLE, false],
  ])('%s → %s', (_label, permissions, roleIds, modRoleId, expected) => {
    expect(isModerator({ permissions, roleIds }, modRoleId)).toBe(expected);
  });

  it('refuses others with a message safe to show', () => {
    expect(() => assertModerator({ permissions: perms(), roleIds: [] }, MOD_ROLE)).toThrow(
      `Byline: ${NOT_MODERATOR}`,
    );
  });
});
