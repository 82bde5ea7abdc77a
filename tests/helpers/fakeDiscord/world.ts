import {
  ChannelType,
  PermissionFlagsBits,
  type APIGuildMember,
  type ChannelFlags,
  type GuildMemberFlags,
  type RoleFlags,
  type APIRole,
  type APITextChannel,
  type APIUser,
} from 'discord.js';
import { nextSnowflake } from './snowflake.ts';

/** The users a test can act as. `otherBot` is some other bot in the guild (`user.bot: true`). */
export type Persona = 'moderator' | 'member' | 'otherBot';

/** Who the fake's one guild contains; ids are fresh snowflakes per fake. */
export interface World {
  application: { id: string; name: string; flags: number };
  /** The bot user the client logs in as (its id is the application id, as for real bots). */
  bot: APIUser;
  guild: { id: string; name: string; ownerId: string; locale: string };
  /** The one text channel, `#general`. */
  channel: APITextChannel;
  roles: { everyone: APIRole; moderator: APIRole; bot: APIRole };
  users: Record<Persona, APIUser>;
  /** Guild members by user id, the bot's own member included. */
  members: Map<string, APIGuildMember>;
}

/** What `@everyone` may do in the fake guild, close to Discord's defaults. */
const EVERYONE_PERMISSIONS =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.AttachFiles |
  PermissionFlagsBits.AddReactions |
  PermissionFlagsBits.UseExternalEmojis |
  PermissionFlagsBits.UseApplicationCommands;

function user(username: string, bot = false): APIUser {
  return { id: nextSnowflake(), username, discriminator: '0', global_name: bot ? null : username, avatar: null, ...(bot ? { bot } : {}) };
}

function role(name: string, permissions: bigint, position: number, extra: Partial<APIRole> = {}, id = nextSnowflake()): APIRole {
  return {
    id,
    name,
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    position,
    permissions: permissions.toString(),
    managed: false,
    mentionable: false,
    flags: 0 as RoleFlags,
    ...extra,
  };
}

function member(who: APIUser, roles: string[]): APIGuildMember {
  return {
    user: who,
    roles,
    joined_at: new Date(Date.now() - 86_400_000).toISOString(),
    deaf: false,
    mute: false,
    flags: 0 as GuildMemberFlags,
  };
}

/** Builds the application, bot, guild, channel, roles and members of a fresh fake. */
export function createWorld(options: { guildName: string; locale: string }): World {
  const bot = user('Byline', true);
  const guildId = nextSnowflake();
  const everyone = role('@everyone', EVERYONE_PERMISSIONS, 0, {}, guildId);
  const moderatorRole = role('Moderator', PermissionFlagsBits.ManageGuild | PermissionFlagsBits.ManageMessages, 2, { hoist: true });
  const botRole = role(bot.username, PermissionFlagsBits.SendMessages | PermissionFlagsBits.EmbedLinks, 1, {
    managed: true,
    tags: { bot_id: bot.id },
  });
  const users: Record<Persona, APIUser> = {
    moderator: user('mod_maria'),
    member: user('reader_ravi'),
    otherBot: user('OtherBot', true),
  };
  const members = new Map<string, APIGuildMember>([
    [bot.id, member(bot, [botRole.id])],
    [users.moderator.id, member(users.moderator, [moderatorRole.id])],
    [users.member.id, member(users.member, [])],
    [users.otherBot.id, member(users.otherBot, [])],
  ]);
  const channel: APITextChannel = {
    id: nextSnowflake(),
    type: ChannelType.GuildText,
    guild_id: guildId,
    name: 'general',
    position: 0,
    permission_overwrites: [],
    parent_id: null,
    topic: null,
    nsfw: false,
    last_message_id: null,
    rate_limit_per_user: 0,
    flags: 0 as ChannelFlags,
  };
  return {
    application: { id: bot.id, name: bot.username, flags: 0 },
    bot,
    // The owner is someone outside the personas: owners bypass permissions, which would hide bugs.
    guild: { id: guildId, name: options.guildName, ownerId: nextSnowflake(), locale: options.locale },
    channel,
    roles: { everyone, moderator: moderatorRole, bot: botRole },
    users,
    members,
  };
}

/** A member's guild-wide permissions: `@everyone` plus each of their roles (no channel overwrites exist). */
export function permissionsOf(world: World, userId: string): bigint {
  const roles = Object.values(world.roles);
  const roleIds = world.members.get(userId)?.roles ?? [];
  let permissions = BigInt(world.roles.everyone.permissions);
  for (const id of roleIds) permissions |= BigInt(roles.find((r) => r.id === id)?.permissions ?? '0');
  if (permissions & PermissionFlagsBits.Administrator) return Object.values(PermissionFlagsBits).reduce((a, b) => a | b, 0n);
  return permissions;
}

/** A member as interactions carry it: with the computed `permissions` string. */
export function interactionMember(world: World, userId: string): APIGuildMember & { permissions: string } {
  const found = world.members.get(userId);
  if (!found) throw new Error(`FakeDiscord: no member with id ${userId}`);
  return { ...found, permissions: permissionsOf(world, userId).toString() };
}

/**
 * The GUILD_CREATE payload. Like Discord, it lists only the bot's own member unless the client
 * identified with the privileged GuildMembers intent.
 */
export function guildCreatePayload(world: World, withAllMembers: boolean): Record<string, unknown> {
  const members = withAllMembers ? [...world.members.values()] : [world.members.get(world.bot.id)];
  return {
    ...guildPayload(world),
    joined_at: new Date(Date.now() - 3_600_000).toISOString(),
    large: false,
    unavailable: false,
    member_count: world.members.size,
    members,
    channels: [world.channel],
    threads: [],
    presences: [],
    voice_states: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

/** The guild object of `GET /guilds/{id}`. */
export function guildPayload(world: World): Record<string, unknown> {
  return {
    id: world.guild.id,
    name: world.guild.name,
    icon: null,
    splash: null,
    discovery_splash: null,
    owner_id: world.guild.ownerId,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 1,
    explicit_content_filter: 0,
    roles: Object.values(world.roles),
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    application_id: null,
    system_channel_id: world.channel.id,
    system_channel_flags: 0,
    rules_channel_id: null,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    preferred_locale: world.guild.locale,
    public_updates_channel_id: null,
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
  };
}
