/** Discord's epoch (2015-01-01), from which snowflake timestamps count. */
const DISCORD_EPOCH = 1_420_070_400_000n;

let increment = 0n;

/**
 * A fresh Discord snowflake: 18–19 digits whose top bits are the creation time, so discord.js
 * derives sensible `createdTimestamp`s and @discordjs/rest recognises ids in routes (it wants
 * 17–19 digits to pick rate-limit buckets).
 */
export function nextSnowflake(): string {
  increment = (increment + 1n) % 4096n;
  return (((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | (1n << 17n) | increment).toString();
}

/** A random url-safe token, like the ones Discord issues for interactions and sessions. */
export function randomToken(bytes = 24): string {
  const raw = new Uint8Array(bytes);
  crypto.getRandomValues(raw);
  return Buffer.from(raw).toString('base64url');
}
