import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ComponentType,
  InteractionType,
  type APIMessage,
} from 'discord.js';
import { nextSnowflake, randomToken } from './snowflake.ts';
import { interactionMember, permissionsOf, type Persona, type World } from './world.ts';

/** A slash command option value as a user would type it. */
export type OptionValue = string | number | boolean;

/** A registered command, as stored by `PUT …/commands`. */
export interface StoredCommand {
  id: string;
  name: string;
  type: number;
  guild_id?: string;
  options?: Array<{ name: string; type: number }>;
  [field: string]: unknown;
}

/** Who acts and where; shared by every interaction dispatcher. */
export interface InteractionOrigin {
  /** Who invokes it (default `'member'`, a plain member without Manage Guild). */
  user?: Persona;
  /** Where (default: the guild's one text channel). */
  channelId?: string;
  /** The user's client locale (default `'en-US'`). */
  locale?: string;
}

/** The id, token and payload of an interaction about to be dispatched. */
export interface BuiltInteraction {
  id: string;
  token: string;
  type: InteractionType;
  payload: Record<string, unknown>;
}

function optionType(value: OptionValue, declared: number | undefined): number {
  if (declared !== undefined) return declared;
  if (typeof value === 'boolean') return ApplicationCommandOptionType.Boolean;
  if (typeof value === 'number') return Number.isInteger(value) ? ApplicationCommandOptionType.Integer : ApplicationCommandOptionType.Number;
  return ApplicationCommandOptionType.String;
}

/**
 * The `data.options` of a command interaction: each option with its type, taken from the
 * registered definition when there is one, else from the JS value. `focused` marks the option an
 * autocomplete is for (whose value Discord always sends as the typed string).
 */
export function commandOptions(
  options: Record<string, OptionValue>,
  command: StoredCommand | undefined,
  focused?: string,
): Array<Record<string, unknown>> {
  return Object.entries(options).map(([name, value]) => {
    const declared = command?.options?.find((o) => o.name === name)?.type;
    return {
      name,
      type: optionType(value, declared),
      value: name === focused ? String(value) : value,
      ...(name === focused ? { focused: true } : {}),
    };
  });
}

/** The common part of every guild interaction, as Discord sends it in INTERACTION_CREATE. */
export function buildInteraction(
  world: World,
  type: InteractionType,
  data: Record<string, unknown>,
  origin: InteractionOrigin,
  extra: Record<string, unknown> = {},
): BuiltInteraction {
  const user = world.users[origin.user ?? 'member'];
  const channelId = origin.channelId ?? world.channel.id;
  if (channelId !== world.channel.id) throw new Error(`FakeDiscord: unknown channel ${channelId}; the fake has one: ${world.channel.id}`);
  const member = interactionMember(world, user.id);
  const id = nextSnowflake();
  const token = `aW50ZXJhY3Rpb246${id}${randomToken(32)}`;
  const payload = {
    id,
    application_id: world.application.id,
    type,
    token,
    version: 1,
    guild_id: world.guild.id,
    guild: { id: world.guild.id, locale: world.guild.locale, features: [] },
    guild_locale: world.guild.locale,
    channel_id: channelId,
    channel: { ...world.channel, permissions: member.permissions },
    member,
    app_permissions: permissionsOf(world, world.bot.id).toString(),
    locale: origin.locale ?? 'en-US',
    entitlements: [],
    authorizing_integration_owners: { '0': world.guild.id },
    context: 0,
    attachment_size_limit: 10_485_760,
    data,
    ...extra,
  };
  return { id, token, type, payload };
}

/** The `data` of a chat-input command interaction. */
export function commandData(name: string, command: StoredCommand | undefined, options: Array<Record<string, unknown>>): Record<string, unknown> {
  return {
    id: command?.id ?? nextSnowflake(),
    name,
    type: ApplicationCommandType.ChatInput,
    ...(command?.guild_id ? { guild_id: command.guild_id } : {}),
    ...(options.length ? { options } : {}),
  };
}

interface ButtonLike {
  type: number;
  custom_id?: string;
  disabled?: boolean;
  components?: ButtonLike[];
}

function buttonsOf(components: readonly unknown[]): ButtonLike[] {
  return (components as ButtonLike[]).flatMap((c) => (c.type === ComponentType.Button ? [c] : buttonsOf(c.components ?? [])));
}

/**
 * The `data` of a button press. Like a real client, it refuses to press a button the message does
 * not have or that is disabled.
 */
export function buttonData(message: APIMessage, customId: string): Record<string, unknown> {
  const buttons = buttonsOf(message.components ?? []);
  const button = buttons.find((b) => b.custom_id === customId);
  if (!button) {
    const ids = buttons.map((b) => b.custom_id ?? '(link)').join(', ') || 'none';
    throw new Error(`FakeDiscord: message ${message.id} has no button with custom_id "${customId}" (buttons: ${ids})`);
  }
  if (button.disabled) throw new Error(`FakeDiscord: button "${customId}" of message ${message.id} is disabled`);
  return { custom_id: customId, component_type: ComponentType.Button };
}
