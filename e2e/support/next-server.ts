import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export interface RunningServer {
  url: string;
  process: ChildProcess;
  /** Everything the server printed so far. */
  output(): string;
  stop(): Promise<number | null>;
  /** SIGKILL to the server and its children at once, as a crash or power loss would end them. */
  kill(): Promise<void>;
  /**
   * SIGTERM, as an orchestrator stopping the container sends it, then waits (at
   * most `waitMs`) until every process of the server is gone. Resolves with how
   * long that took, or null if they were still running when the wait ran out.
   */
  terminate(waitMs: number): Promise<number | null>;
}

const NEXT_BIN = path.resolve(import.meta.dirname, "../../node_modules/.bin/next");

/** The Node flags `npm start` gives the server (package.json), so tests and benches run what users run. */
export function startScriptNodeFlags(): string {
  const packageJson = path.resolve(import.meta.dirname, "../../package.json");
  const start = (JSON.parse(fs.readFileSync(packageJson, "utf8")) as { scripts: { start: string } }).scripts.start;
  const flags = /NODE_OPTIONS="([^"$]*)/.exec(start)?.[1]?.trim();
  if (!flags) throw new Error(`package.json's start script sets no NODE_OPTIONS: ${start}`);
  return flags;
}

/**
 * Starts the production server (`next start`, the built app) on a port and waits
 * until /api/health answers. The caller owns the process; stop() ends it.
 * Rejects with the server's output when it exits before becoming healthy.
 */
export async function startNextServer(options: {
  port: number;
  env: Record<string, string | undefined>;
  timeoutMs?: number;
}): Promise<RunningServer> {
  // localhost, not 127.0.0.1: Next reports loopback requests as localhost, and the
  // OAuth redirect URI must be the same on the way out and back.
  const url = `http://localhost:${options.port}`;
  let log = "";
  // `next start` runs the server in a child process (next-server) that does not
  // exit with its parent, so the server gets a process group of its own and
  // stop() signals the whole group.
  const child = spawn(NEXT_BIN, ["start", "-p", String(options.port)], {
    // UTC, as servers usually run: the browsers run elsewhere (e2e/support/browser-errors.ts).
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      TZ: "UTC",
      NODE_OPTIONS: `${startScriptNodeFlags()} ${process.env.NODE_OPTIONS ?? ""}`.trim(),
      ...options.env,
    } as NodeJS.ProcessEnv,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  child.stdout!.on("data", (chunk: Buffer) => (log += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));

  const stop = async () => {
    signalGroup(child.pid!, "SIGTERM");
    const code = await exited;
    // Wait for next-server (and the embedded database it holds) to be gone too.
    for (let waited = 0; groupAlive(child.pid!) && waited < 15_000; waited += 100) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    signalGroup(child.pid!, "SIGKILL");
    return code;
  };

  const kill = async () => {
    signalGroup(child.pid!, "SIGKILL");
    await exited;
    for (let waited = 0; groupAlive(child.pid!) && waited < 15_000; waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  const terminate = async (waitMs: number) => {
    const signalled = Date.now();
    signalGroup(child.pid!, "SIGTERM");
    while (groupAlive(child.pid!)) {
      if (Date.now() - signalled > waitMs) return null;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return Date.now() - signalled;
  };

  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new ServerExitedError(child.exitCode, log);
    }
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return { url, process: child, output: () => log, stop, kill, terminate };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`next start did not become healthy within ${options.timeoutMs ?? 60_000} ms:\n${log}`);
}

export class ServerExitedError extends Error {
  constructor(
    readonly exitCode: number | null,
    readonly output: string,
  ) {
    super(`next start exited with code ${exitCode} before it was ready:\n${output}`);
  }
}

function signalGroup(pid: number, signal: NodeJS.Signals) {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}
