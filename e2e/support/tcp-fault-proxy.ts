import net from "node:net";

/**
 * A TCP proxy between the app and PostgreSQL that tests can break on purpose:
 * - `cut()`: every open connection is reset and new ones are refused, as when
 *   the database host goes down;
 * - `freeze()`: connections stay open and new ones are accepted, but no byte
 *   goes either way, as when the database hangs (a stuck disk, a full CPU);
 * - `slow(ms)`: every answer from the database arrives `ms` late (in order), as
 *   over a slow network: pages' slow sections are then reliably slow;
 * - `restore()`: back to a faithful pipe (frozen bytes are dropped, so frozen
 *   connections are reset rather than resumed with half a conversation).
 */
export interface FaultProxy {
  /** host:port to put in the app's DATABASE_URL instead of the database's. */
  address: string;
  /** Rewrites a PostgreSQL URL to go through the proxy. */
  urlFor(databaseUrl: string): string;
  cut(): void;
  freeze(): void;
  slow(ms: number): void;
  restore(): void;
  close(): Promise<void>;
}

type Mode = "pass" | "cut" | "freeze" | "slow";

export async function startFaultProxy(target: { host: string; port: number }): Promise<FaultProxy> {
  let mode: Mode = "pass";
  let delayMs = 0;
  const pairs = new Set<{ client: net.Socket; upstream: net.Socket }>();

  const server = net.createServer((client) => {
    if (mode === "cut") {
      client.resetAndDestroy();
      return;
    }
    const upstream = net.connect(target.port, target.host);
    const pair = { client, upstream };
    pairs.add(pair);
    const forget = () => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on("data", (chunk) => {
      if (mode === "pass" || mode === "slow") upstream.write(chunk);
    });
    upstream.on("data", (chunk) => {
      if (mode === "pass") client.write(chunk);
      // Timers of one delay fire in the order they were set: the bytes keep their order.
      else if (mode === "slow") setTimeout(() => client.write(chunk), delayMs);
    });
    client.on("error", forget).on("close", forget);
    upstream.on("error", forget).on("close", forget);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  const address = `127.0.0.1:${port}`;

  const resetAll = () => {
    for (const { client, upstream } of pairs) {
      client.resetAndDestroy();
      upstream.destroy();
    }
    pairs.clear();
  };

  return {
    address,
    urlFor: (databaseUrl) => {
      const url = new URL(databaseUrl);
      url.host = address;
      return url.toString();
    },
    cut: () => {
      mode = "cut";
      resetAll();
    },
    freeze: () => {
      mode = "freeze";
    },
    slow: (ms) => {
      delayMs = ms;
      mode = "slow";
    },
    restore: () => {
      if (mode === "freeze") resetAll();
      mode = "pass";
    },
    close: async () => {
      resetAll();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
