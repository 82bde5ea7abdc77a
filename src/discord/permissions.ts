/**
 * Who may run moderator commands (/reindex): members with Manage Server (which Administrator
 * implies) or the configured moderator role. Checked at run time as well as by the command's
 * default permissions, since server admins can override those.
 */
import { PermissionFlagsBits } from 'discord.js';
import type { ChatInputCommandInteraction, Message } from 'discord.js';
import { BylineError } from '../errors.ts';

/** Told to a member who may not reindex. */
export const NOT_MODERATOR = 'only moderators can rebuild the index: it needs the Manage Server permission or the moderator role. Ask one of them to run `/reindex`.';

/** What the check needs to know about a member. */
export interface MemberAccess {
  permissions: { has(permission: bigint): boolean } | null;
  roleIds: readonly string[];
}

/** True when the member has Manage Server, or the moderator role when one is configured. */
export function isModerator(member: MemberAccess, modRoleId: string | undefined): boolean {
  if (member.permissions?.has(PermissionFlagsBits.ManageGuild)) return true;
  return modRoleId !== undefined && member.roleIds.includes(modRoleId);
}

/** @throws BylineError, shown to the user, when the member is not a moderator. */
export function assertModerator(member: MemberAccess, modRoleId: string | undefined): void {
  if (!isModerator(member, modRoleId)) throw new BylineError(NOT_MODERATOR);
}

/** The access of whoever ran a slash command (none outside a server). */
export function interactionAccess(interaction: ChatInputCommandInteraction): MemberAccess {
  const roles = interaction.member?.roles;
  const roleIds = roles === undefined ? [] : Array.isArray(roles) ? roles : [...roles.cache.keys()];
  return { permissions: interaction.memberPermissions, roleIds };
}

/** The access of a message's author (none outside a server). */
export function messageAccess(message: Message): MemberAccess {
  const member = message.member;
  return { permissions: member?.permissions ?? null, roleIds: member ? [...member.roles.cache.keys()] : [] };
}
