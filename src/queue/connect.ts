// Reaching Redis and the queue: the --redis URL and --queue name checked before anything connects,
// a first connection that fails fast with the cause (a worker that cannot reach Redis at start
// exits instead of retrying silently), and BullMQ and ioredis loaded only here, by the queue
// commands: no cleaning run without a queue loads them.
import type { Redis } from "ioredis";

/** Where Redis is: what both ioredis and BullMQ take as connection options. */
export interface RedisTarget {
  host: string;
  port: number;
  db?: number;
  username?: string;
  password?: string;
  tls?: Record<string, never>;
}

export const DEFAULT_QUEUE = "deboil";
/** BullMQ's key prefix: a queue NAME lives under bull:NAME:*. */
export const PREFIX = "bull";

/** A problem of the queue's setup (URL, name, connection, output folder): one clear message. */
export class QueueError extends Error {
  override name = "QueueError";
}

/** Letters, digits, dot, dash, underscore: BullMQ keys are split on ":", and a name is typed on command lines. */
export function checkQueueName(name: string): string {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/u.test(name)) throw new QueueError(`--queue: "${name}" is not a queue name (letters, digits, ".", "-" and "_", starting with a letter or digit)`);
  return name;
}

/** The connection a redis://[user:password@]host[:port][/db] URL names (rediss:// for TLS). */
export function redisOptions(url: string): RedisTarget {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new QueueError(`--redis: "${url}" is not a URL; expected redis://HOST[:PORT][/DB]`);
  }
  if (parsed.protocol !== "redis:" && parsed.protocol !== "rediss:") throw new QueueError(`--redis: "${url}" is not a Redis URL (${parsed.protocol}); expected redis://HOST[:PORT][/DB]`);
  if (parsed.hostname === "") throw new QueueError(`--redis: "${url}" names no host; expected redis://HOST[:PORT][/DB]`);
  const db = parsed.pathname.replace(/^\//u, "");
  if (db !== "" && !/^\d+$/u.test(db)) throw new QueueError(`--redis: "${url}": the database after the host must be a number, got "${db}"`);
  const options: RedisTarget = { host: parsed.hostname.replace(/^\[|\]$/gu, ""), port: parsed.port === "" ? 6379 : Number(parsed.port) };
  if (db !== "") options.db = Number(db);
  if (parsed.username !== "") options.username = decodeURIComponent(parsed.username);
  if (parsed.password !== "") options.password = decodeURIComponent(parsed.password);
  if (parsed.protocol === "rediss:") options.tls = {};
  return options;
}

/** The URL without its password, for messages. */
export function shownUrl(url: string): string {
  return url.replace(/\/\/([^:@/]*):[^@/]*@/u, "//$1:***@");
}

/**
 * A connection to Redis that answered a PING within `timeoutMs`, or a QueueError naming the
 * cause. It reconnects by itself later on (a restarted Redis), but the first attempt is not retried.
 */
export async function connectRedis(url: string, timeoutMs = 5000): Promise<Redis> {
  const options = redisOptions(url);
  const { Redis } = await import("ioredis");
  let first = true;
  let lastError: Error | undefined;
  const client = new Redis({
    ...options,
    lazyConnect: true,
    connectTimeout: timeoutMs,
    maxRetriesPerRequest: null,
    retryStrategy: (times) => (first ? null : Math.min(times * 200, 2000)),
  });
  client.on("error", (error: Error) => void (lastError = error));
  try {
    await withTimeout(client.connect().then(() => client.ping()), timeoutMs);
  } catch (error) {
    client.disconnect();
    const cause = lastError ?? (error as Error);
    throw new QueueError(`cannot reach Redis at ${shownUrl(url)}: ${cause.message || (cause as NodeJS.ErrnoException).code || String(cause)}`);
  }
  first = false;
  return client;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error: unknown) => (clearTimeout(timer), reject(error as Error)),
    );
  });
}

/** The queues that Redis holds: those with BullMQ's meta key. */
export async function knownQueues(client: Redis): Promise<string[]> {
  const names = new Set<string>();
  let cursor = "0";
  do {
    const [next, keys] = await client.scan(cursor, "MATCH", `${PREFIX}:*:meta`, "COUNT", 1000);
    cursor = next;
    for (const key of keys) names.add(key.slice(PREFIX.length + 1, -":meta".length));
  } while (cursor !== "0");
  return [...names].sort();
}

/** A QueueError when no queue of that name is in Redis: a typo must not wait forever on an empty queue. */
export async function requireQueue(client: Redis, name: string, url: string): Promise<void> {
  if ((await client.exists(`${PREFIX}:${name}:meta`)) === 1) return;
  const known = await knownQueues(client);
  const which = known.length === 0 ? "it holds no queue yet (add jobs first: deboil queue add)" : `its queues are ${known.join(", ")}`;
  throw new QueueError(`no queue "${name}" in Redis at ${shownUrl(url)}: ${which}`);
}

/** BullMQ, with the pure-JS MessagePack reader its dependency would otherwise swap for a native
 *  addon when one is installed (every machine then runs the same code), and its Worker and Queue
 *  reading a job whose data is not JSON as a job with a reason to fail (see tolerant.ts). */
export async function loadBullmq(): Promise<typeof import("bullmq")> {
  process.env["MSGPACKR_NATIVE_ACCELERATION_DISABLED"] ??= "true";
  const bullmq = await import("bullmq");
  const { tolerantClasses } = await import("./tolerant.js");
  return { ...bullmq, ...tolerantClasses(bullmq) };
}
