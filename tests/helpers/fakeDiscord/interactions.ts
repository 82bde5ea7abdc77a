import {
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  MessageType,
  type APIMessage,
} from 'discord.js';
import { DiscordApiError, apiErrors } from './errors.ts';
import type { Route, RouteContext, RouteResult } from './http.ts';
import type { BuiltInteraction } from './interactionPayloads.ts';
import type { MessageEdit, MessageStore } from './messages.ts';
import { DEFAULT_TIMEOUT_MS, Recorder, sleep } from './recorder.ts';
import { validateChoices, validateMessageBody } from './validation.ts';
import type { World } from './world.ts';

/** One `POST /interactions/{id}/{token}/callback` the client made, accepted or not. */
export interface CallbackRecord {
  /** The callback type: 4 reply, 5 defer, 6 deferred update, 7 update, 8 autocomplete result, 9 modal. */
  type: InteractionResponseType;
  data: unknown;
  at: number;
  /** Milliseconds from the interaction's dispatch to this callback (Discord allows 3000). */
  elapsedMs: number;
  /** 204/200 when accepted; 400 (already acknowledged, invalid) or 404 (too late) otherwise. */
  status: number;
  /** Discord's error message when refused. */
  error?: string;
}

/** Something that happened to an interaction, for waits. */
interface InteractionEvent {
  kind: 'callback' | 'edit' | 'followUp' | 'delete';
  at: number;
}

/** Where the fake announces messages so that the gateway can dispatch MESSAGE_CREATE/UPDATE. */
export type Publish = (event: 'MESSAGE_CREATE' | 'MESSAGE_UPDATE', message: APIMessage) => void;

/** Callback types allowed for each interaction type, as Discord enforces them. */
const ALLOWED_CALLBACKS: Partial<Record<InteractionType, readonly InteractionResponseType[]>> = {
  [InteractionType.ApplicationCommand]: [InteractionResponseType.ChannelMessageWithSource, InteractionResponseType.DeferredChannelMessageWithSource, InteractionResponseType.Modal],
  [InteractionType.MessageComponent]: [
    InteractionResponseType.ChannelMessageWithSource,
    InteractionResponseType.DeferredChannelMessageWithSource,
    InteractionResponseType.DeferredMessageUpdate,
    InteractionResponseType.UpdateMessage,
    InteractionResponseType.Modal,
  ],
  [InteractionType.ApplicationCommandAutocomplete]: [InteractionResponseType.ApplicationCommandAutocompleteResult],
  [InteractionType.ModalSubmit]: [
    InteractionResponseType.ChannelMessageWithSource,
    InteractionResponseType.DeferredChannelMessageWithSource,
    InteractionResponseType.DeferredMessageUpdate,
    InteractionResponseType.UpdateMessage,
  ],
};

/** The state of one dispatched interaction, and what tests await on it. */
export class InteractionHandle {
  readonly id: string;
  readonly token: string;
  readonly type: InteractionType;
  /** The INTERACTION_CREATE payload as dispatched. */
  readonly payload: Record<string, unknown>;
  /** When it was dispatched (`Date.now()`). */
  readonly dispatchedAt: number;
  readonly callbacks: CallbackRecord[] = [];
  /** The id of the `@original` message once the interaction is answered with one. */
  originalId: string | null = null;
  readonly followUpIds: string[] = [];
  readonly events = new Recorder<InteractionEvent>((e) => e.kind);

  constructor(
    built: BuiltInteraction,
    private readonly messages: MessageStore,
    /** For component interactions: the message the component is attached to. */
    readonly attachedMessageId: string | null,
  ) {
    this.id = built.id;
    this.token = built.token;
    this.type = built.type;
    this.payload = built.payload;
    this.dispatchedAt = Date.now();
  }

  /** The first callback the client made (accepted or refused: check `status`). */
  async reply(timeoutMs = DEFAULT_TIMEOUT_MS): Promise<CallbackRecord> {
    await this.events.waitFor((e) => e.kind === 'callback', `POST /interactions/${this.id}/…/callback`, timeoutMs);
    return this.callbacks[0] as CallbackRecord;
  }

  /**
   * The `@original` message once it is settled, as discord.js would fetch it: after a reply or
   * update (4, 7) at once, after a defer (5, 6) once it was edited; then after `settleMs` without
   * further edits, so that a "working…" edit followed by the answer resolves with the answer.
   */
  async final({ timeoutMs = DEFAULT_TIMEOUT_MS, settleMs = 50 }: { timeoutMs?: number; settleMs?: number } = {}): Promise<APIMessage> {
    const deadline = Date.now() + timeoutMs;
    const wanted = `settled @original message of interaction ${this.id}`;
    const first = await this.reply(timeoutMs);
    if (first.status >= 300) throw new Error(`FakeDiscord: interaction ${this.id} was refused (${first.status} ${first.error ?? ''}); no ${wanted}`);
    if (first.type === InteractionResponseType.ApplicationCommandAutocompleteResult || first.type === InteractionResponseType.Modal) {
      throw new Error(`FakeDiscord: interaction ${this.id} was answered with callback type ${first.type}, which has no message`);
    }
    const deferred = first.type === InteractionResponseType.DeferredChannelMessageWithSource || first.type === InteractionResponseType.DeferredMessageUpdate;
    if (deferred) await this.events.waitFor((e) => e.kind === 'edit' || e.kind === 'delete', wanted, Math.max(1, deadline - Date.now()));
    for (;;) {
      const seen = this.events.items.length;
      await sleep(settleMs);
      if (this.events.items.length === seen) break;
      if (Date.now() > deadline) throw new Error(`FakeDiscord: no ${wanted} within ${timeoutMs} ms: it kept changing`);
    }
    const original = this.original();
    if (!original) throw new Error(`FakeDiscord: interaction ${this.id} has no @original message (it was deleted)`);
    return original;
  }

  /** The `@original` message now, if any. */
  original(): APIMessage | undefined {
    return this.originalId === null ? undefined : this.messages.get(this.originalId);
  }

  /** Follow-up messages sent with `followUp()`, oldest first. */
  followUps(): APIMessage[] {
    return this.followUpIds.flatMap((id) => this.messages.get(id) ?? []);
  }

  /** Waits for the `n`-th follow-up (1-based, default 1). */
  async followUp(n = 1, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<APIMessage> {
    await this.events.waitFor(() => this.followUpIds.length >= n, `follow-up #${n} of interaction ${this.id}`, timeoutMs);
    return this.followUps()[n - 1] as APIMessage;
  }

  get acknowledged(): boolean {
    return this.callbacks.some((c) => c.status < 300);
  }
}

/** Every interaction dispatched, and the REST routes by which the client answers them. */
export class InteractionStore {
  readonly #byId = new Map<string, InteractionHandle>();
  readonly #byToken = new Map<string, InteractionHandle>();

  constructor(
    private readonly world: World,
    private readonly messages: MessageStore,
    private readonly publish: Publish,
    /** After this long, Discord forgets an unanswered interaction (3000 ms). */
    private readonly deadlineMs: number,
  ) {}

  add(built: BuiltInteraction, attachedMessageId: string | null = null): InteractionHandle {
    const handle = new InteractionHandle(built, this.messages, attachedMessageId);
    this.#byId.set(handle.id, handle);
    this.#byToken.set(handle.token, handle);
    return handle;
  }

  routes(): Route[] {
    const message = (ctx: RouteContext): RouteResult => ({ status: 200, body: this.#webhookMessage(ctx) });
    return [
      { method: 'POST', path: '/interactions/:id/:token/callback', auth: 'none', handle: (ctx) => this.#callback(ctx) },
      { method: 'GET', path: '/webhooks/:app/:token/messages/:message', auth: 'none', handle: message },
      { method: 'PATCH', path: '/webhooks/:app/:token/messages/:message', auth: 'none', handle: (ctx) => this.#edit(ctx) },
      { method: 'DELETE', path: '/webhooks/:app/:token/messages/:message', auth: 'none', handle: (ctx) => this.#delete(ctx) },
      { method: 'POST', path: '/webhooks/:app/:token', auth: 'none', handle: (ctx) => this.#followUp(ctx) },
    ];
  }

  #callback({ params, query, body }: RouteContext): RouteResult {
    const handle = this.#byId.get(params.id ?? '');
    if (!handle || handle.token !== params.token) throw apiErrors.unknownInteraction();
    const { type, data } = (body ?? {}) as { type?: InteractionResponseType; data?: Record<string, unknown> };
    const at = Date.now();
    const record: CallbackRecord = { type: type ?? (0 as InteractionResponseType), data, at, elapsedMs: at - handle.dispatchedAt, status: 204 };
    try {
      if (record.elapsedMs > this.deadlineMs) throw apiErrors.unknownInteraction();
      if (handle.acknowledged) throw apiErrors.alreadyAcknowledged();
      if (type === undefined || !ALLOWED_CALLBACKS[handle.type]?.includes(type)) {
        throw DiscordApiError.invalidForm([{ path: ['type'], code: 'INTERACTION_RESPONSE_TYPE_INVALID', message: `Interaction response type ${String(type)} is not valid for this interaction` }]);
      }
      this.#applyCallback(handle, type, data ?? {});
    } catch (error) {
      if (error instanceof DiscordApiError) Object.assign(record, { status: error.status, error: error.message });
      this.#log(handle, record);
      throw error;
    }
    const withResponse = query.get('with_response') === 'true';
    record.status = withResponse ? 200 : 204;
    this.#log(handle, record);
    return withResponse ? { status: 200, body: this.#callbackResponse(handle, type) } : { status: 204 };
  }

  #log(handle: InteractionHandle, record: CallbackRecord): void {
    handle.callbacks.push(record);
    handle.events.push({ kind: 'callback', at: record.at });
  }

  #applyCallback(handle: InteractionHandle, type: InteractionResponseType, data: Record<string, unknown>): void {
    switch (type) {
      case InteractionResponseType.ChannelMessageWithSource:
        validateMessageBody(data, { partial: false, path: ['data'] });
        return this.#createOriginal(handle, data, false);
      case InteractionResponseType.DeferredChannelMessageWithSource:
        return this.#createOriginal(handle, data, true);
      case InteractionResponseType.DeferredMessageUpdate:
        handle.originalId = handle.attachedMessageId;
        return;
      case InteractionResponseType.UpdateMessage: {
        validateMessageBody(data, { partial: true, path: ['data'] });
        handle.originalId = handle.attachedMessageId;
        const edited = this.messages.edit(handle.originalId ?? '', data as MessageEdit);
        return this.publish('MESSAGE_UPDATE', edited);
      }
      case InteractionResponseType.ApplicationCommandAutocompleteResult:
        return validateChoices(data);
      case InteractionResponseType.Modal:
        if (typeof data.custom_id !== 'string' || typeof data.title !== 'string' || !Array.isArray(data.components)) {
          throw DiscordApiError.invalidForm([{ path: ['data'], code: 'BASE_TYPE_REQUIRED', message: 'A modal needs custom_id, title and components' }]);
        }
        return;
      default:
        return;
    }
  }

  #createOriginal(handle: InteractionHandle, data: Record<string, unknown>, loading: boolean): void {
    const flags = (typeof data.flags === 'number' ? data.flags : 0) & (MessageFlags.Ephemeral | MessageFlags.SuppressEmbeds);
    const message = this.messages.create({
      channelId: this.world.channel.id,
      author: this.world.bot,
      content: loading ? '' : (data.content as string | undefined),
      embeds: loading ? [] : (data.embeds as unknown[] | undefined),
      components: loading ? [] : (data.components as unknown[] | undefined),
      flags: flags | (loading ? MessageFlags.Loading : 0),
      type: handle.type === InteractionType.ApplicationCommand ? MessageType.ChatInputCommand : MessageType.Default,
      extra: this.#interactionFields(handle),
    });
    handle.originalId = message.id;
    this.#publishUnlessEphemeral('MESSAGE_CREATE', message);
  }

  #interactionFields(handle: InteractionHandle): Partial<APIMessage> {
    const member = handle.payload.member as { user: APIMessage['author'] };
    return {
      webhook_id: this.world.application.id,
      application_id: this.world.application.id,
      interaction_metadata: {
        id: handle.id,
        type: handle.type,
        user: member.user,
        authorizing_integration_owners: { '0': this.world.guild.id },
      } as APIMessage['interaction_metadata'],
    };
  }

  #callbackResponse(handle: InteractionHandle, type: InteractionResponseType): Record<string, unknown> {
    const message = handle.original();
    const hasMessage = message !== undefined && type !== InteractionResponseType.ApplicationCommandAutocompleteResult && type !== InteractionResponseType.Modal;
    return {
      interaction: {
        id: handle.id,
        type: handle.type,
        ...(hasMessage
          ? {
              response_message_id: message.id,
              response_message_loading: ((message.flags ?? 0) & MessageFlags.Loading) !== 0,
              response_message_ephemeral: ((message.flags ?? 0) & MessageFlags.Ephemeral) !== 0,
            }
          : {}),
      },
      resource: { type, ...(hasMessage ? { message } : {}) },
    };
  }

  /** The interaction a webhook route's app id and token belong to (only answered ones have a webhook). */
  #webhookOwner({ params }: RouteContext): InteractionHandle {
    const handle = this.#byToken.get(params.token ?? '');
    if (params.app !== this.world.application.id || !handle || !handle.acknowledged) throw apiErrors.unknownWebhook();
    return handle;
  }

  #webhookMessage(ctx: RouteContext): APIMessage {
    const handle = this.#webhookOwner(ctx);
    const id = ctx.params.message === '@original' ? handle.originalId : ctx.params.message;
    const owned = id !== null && (id === handle.originalId || handle.followUpIds.includes(id ?? ''));
    if (!owned) throw apiErrors.unknownMessage();
    return this.messages.require(id ?? '');
  }

  #edit(ctx: RouteContext): RouteResult {
    const handle = this.#webhookOwner(ctx);
    const before = this.#webhookMessage(ctx);
    validateMessageBody(ctx.body, { partial: true });
    const edit = (ctx.body ?? {}) as MessageEdit;
    // The first edit of a deferred reply ends its "thinking…" state.
    const flags = (before.flags ?? 0) & ~MessageFlags.Loading;
    validateMessageBody({ ...before, ...edit }, { partial: false });
    const message = this.messages.edit(before.id, { ...edit, flags });
    handle.events.push({ kind: 'edit', at: Date.now() });
    this.#publishUnlessEphemeral('MESSAGE_UPDATE', message);
    return { status: 200, body: message };
  }

  #delete(ctx: RouteContext): RouteResult {
    const handle = this.#webhookOwner(ctx);
    const message = this.#webhookMessage(ctx);
    if (message.id === handle.originalId) handle.originalId = null;
    const followUp = handle.followUpIds.indexOf(message.id);
    if (followUp !== -1) handle.followUpIds.splice(followUp, 1);
    handle.events.push({ kind: 'delete', at: Date.now() });
    return { status: 204 };
  }

  #followUp(ctx: RouteContext): RouteResult {
    const handle = this.#webhookOwner(ctx);
    validateMessageBody(ctx.body, { partial: false });
    const data = (ctx.body ?? {}) as Record<string, unknown>;
    const message = this.messages.create({
      channelId: this.world.channel.id,
      author: this.world.bot,
      content: data.content as string | undefined,
      embeds: data.embeds as unknown[] | undefined,
      components: data.components as unknown[] | undefined,
      flags: (typeof data.flags === 'number' ? data.flags : 0) & MessageFlags.Ephemeral,
      extra: this.#interactionFields(handle),
    });
    handle.followUpIds.push(message.id);
    handle.events.push({ kind: 'followUp', at: Date.now() });
    this.#publishUnlessEphemeral('MESSAGE_CREATE', message);
    return ctx.query.get('wait') === 'true' ? { status: 200, body: message } : { status: 204 };
  }

  #publishUnlessEphemeral(event: 'MESSAGE_CREATE' | 'MESSAGE_UPDATE', message: APIMessage): void {
    if (((message.flags ?? 0) & MessageFlags.Ephemeral) === 0) this.publish(event, message);
  }
}
