import { MessageType, type APIMessage, type APIUser } from 'discord.js';
import { apiErrors } from './errors.ts';
import { nextSnowflake } from './snowflake.ts';
import type { World } from './world.ts';

/** The parts of a message a sender chooses; the store fills in the rest. */
export interface NewMessage {
  channelId: string;
  author: APIUser;
  content?: string;
  embeds?: unknown[];
  components?: unknown[];
  flags?: number;
  type?: MessageType;
  /** The message this one replies to. */
  referenced?: APIMessage;
  /** Whether a reply pings the author of the referenced message (Discord's default: yes). */
  replyPing?: boolean;
  /** Extra fields copied as they are (`webhook_id`, `interaction_metadata`, …). */
  extra?: Partial<APIMessage>;
}

/** The fields a message edit may change. */
export type MessageEdit = Partial<Pick<APIMessage, 'content' | 'embeds' | 'components' | 'flags' | 'attachments'>>;

/** Every message that exists in the fake, by id: those sent by tests and those the bot created. */
export class MessageStore {
  readonly #byId = new Map<string, APIMessage>();

  constructor(private readonly world: World) {}

  /** Creates a message, resolving its mentions from the content as Discord does. */
  create(input: NewMessage): APIMessage {
    const content = input.content ?? '';
    const { users, roles, everyone } = parseMentions(this.world, content);
    const referenced = input.referenced;
    if (referenced && input.replyPing !== false && referenced.author.id !== input.author.id) {
      if (!users.some((u) => u.id === referenced.author.id)) users.push(referenced.author);
    }
    const message: APIMessage = {
      id: nextSnowflake(),
      channel_id: input.channelId,
      author: input.author,
      content,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: everyone,
      mentions: users,
      mention_roles: roles,
      attachments: [],
      embeds: (input.embeds ?? []) as APIMessage['embeds'],
      components: (input.components ?? []) as APIMessage['components'],
      pinned: false,
      type: input.type ?? (referenced ? MessageType.Reply : MessageType.Default),
      flags: input.flags ?? 0,
      ...(referenced
        ? {
            message_reference: { type: 0, message_id: referenced.id, channel_id: referenced.channel_id, guild_id: this.world.guild.id },
            referenced_message: referenced,
          }
        : {}),
      ...input.extra,
    };
    this.#byId.set(message.id, message);
    return message;
  }

  get(id: string): APIMessage | undefined {
    return this.#byId.get(id);
  }

  /** The message, or Discord's `Unknown Message` error. */
  require(id: string): APIMessage {
    const found = this.#byId.get(id);
    if (!found) throw apiErrors.unknownMessage();
    return found;
  }

  /** Applies an edit in place (so every holder sees it) and stamps `edited_timestamp`. */
  edit(id: string, edit: MessageEdit): APIMessage {
    const message = this.require(id);
    const { content = message.content, embeds, components, flags, attachments } = edit;
    const changes = stripUndefined({ embeds, components, flags, attachments });
    Object.assign(message, { ...changes, content, edited_timestamp: new Date().toISOString() });
    const { users, roles } = parseMentions(this.world, content);
    Object.assign(message, { mentions: users, mention_roles: roles });
    return message;
  }
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** The users, roles and `@everyone` a message's content mentions (`<@id>`, `<@!id>`, `<@&id>`). */
export function parseMentions(world: World, content: string): { users: APIUser[]; roles: string[]; everyone: boolean } {
  const users: APIUser[] = [];
  for (const [, id] of content.matchAll(/<@!?(\d{17,20})>/g)) {
    const found = id === undefined ? undefined : world.members.get(id)?.user;
    if (found && !users.includes(found)) users.push(found);
  }
  const roleIds = new Set(Object.values(world.roles).map((r) => r.id));
  const roles = [...content.matchAll(/<@&(\d{17,20})>/g)].map(([, id]) => id ?? '').filter((id) => roleIds.has(id));
  return { users, roles: [...new Set(roles)], everyone: /@(everyone|here)\b/.test(content) };
}

/**
 * The message as the gateway delivers it to this client. Without the privileged MessageContent
 * intent, Discord blanks content, embeds, attachments and components of guild messages unless
 * they mention the bot or the bot wrote them.
 */
export function gatewayMessage(world: World, message: APIMessage, hasContentIntent: boolean): Record<string, unknown> {
  const visible =
    hasContentIntent || message.author.id === world.bot.id || message.mentions.some((u) => u.id === world.bot.id);
  const member = world.members.get(message.author.id);
  return {
    ...message,
    guild_id: world.guild.id,
    ...(member ? { member: { ...member, user: undefined } } : {}),
    ...(visible ? {} : { content: '', embeds: [], attachments: [], components: [] }),
  };
}
