// A Redis server for the queue tests, only ever on this machine's loopback: the one CI starts
// (DEBOIL_TEST_REDIS_URL), else one started here from Debian's redis-server, else none, and the
// tests say they are skipped and why.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createConnection, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface RedisServer {
  url: string;
  port: number;
  /** Stops the server (SIGTERM; with persistence it saves first) and waits for it to exit. */
  stop(): Promise<void>;
}

/** The Redis to test against, or the reason there is none. */
export async function testRedis(): Promise<RedisServer | { skip: string }> {
  const given = process.env["DEBOIL_TEST_REDIS_URL"];
  if (given !== undefined && given !== "") {
    const { hostname, port } = new URL(given);
    if (!["127.0.0.1", "localhost", "[::1]"].includes(hostname)) throw new Error(`DEBOIL_TEST_REDIS_URL must be on the loopback (got ${given})`);
    const p = Number(port || 6379);
    if (!(await answers(p))) throw new Error(`DEBOIL_TEST_REDIS_URL=${given}: nothing answers there`);
    return { url: given, port: p, stop: async () => {} };
  }
  if (redisServerBinary() === undefined) return { skip: "no Redis: redis-server is not installed and DEBOIL_TEST_REDIS_URL is not set (.ci/run sets both up)" };
  return startRedis({ dir: mkdtempSync(join(tmpdir(), "deboil-redis-")) });
}

export function redisServerBinary(): string | undefined {
  const found = spawnSync("sh", ["-c", "command -v redis-server"], { encoding: "utf8" });
  const path = found.stdout.trim();
  return found.status === 0 && path !== "" ? path : undefined;
}

/** A redis-server of its own on `port` (default: a free one), its data in `dir`; with `persist`,
 *  every write is in its append-only file, so a restarted server has the jobs it had. */
export async function startRedis(options: { dir: string; port?: number; persist?: boolean }): Promise<RedisServer & { process: ChildProcess }> {
  const binary = redisServerBinary();
  if (binary === undefined) throw new Error("redis-server is not installed");
  const port = options.port ?? (await freePort());
  const persistence = options.persist ? ["--appendonly", "yes", "--appendfsync", "always"] : ["--appendonly", "no"];
  const child = spawn(binary, ["--port", String(port), "--bind", "127.0.0.1", "--save", "", ...persistence, "--dir", options.dir, "--daemonize", "no", "--loglevel", "warning"], { stdio: "ignore" });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const deadline = Date.now() + 10_000;
  while (!(await answers(port))) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`redis-server did not start on port ${port}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    process: child,
    stop: async () => {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}

/** Whether a Redis on the loopback port answers PING. */
function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: "127.0.0.1", port });
    const done = (ok: boolean): void => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once("error", () => done(false));
    socket.once("connect", () => socket.write("PING\r\n"));
    socket.once("data", (data) => done(String(data).startsWith("+PONG")));
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
