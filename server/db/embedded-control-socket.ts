import "server-only";

import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import type { EmbeddedPostgres } from "./embedded-postgres";

/*
 * While a server holds the embedded database, only it may touch the data folder.
 * `npm run db:backup` asks it for a snapshot through a Unix socket in that
 * folder: like PostgreSQL's own socket, whoever may open the folder's files may
 * connect, and nobody else (the socket is owner-only).
 *
 * Protocol: the client sends "snapshot\n"; the server answers "OK <bytes>\n" then
 * the gzipped tar, or "ERROR <message>\n".
 */

export const CONTROL_SOCKET = "control.sock";

export function controlSocketPath(dataDir: string): string {
  return path.join(dataDir, CONTROL_SOCKET);
}

export async function serveControlSocket(embedded: EmbeddedPostgres): Promise<() => Promise<void>> {
  const file = controlSocketPath(embedded.dataDir);
  // Left by a server that was killed; this process holds the folder's lock now.
  fs.rmSync(file, { force: true });
  const server = net.createServer((socket) => {
    socket.once("data", (chunk) => {
      if (chunk.toString().trim() !== "snapshot") {
        socket.end("ERROR unknown command\n");
        return;
      }
      embedded
        .snapshot()
        .then(async (blob) => {
          const bytes = Buffer.from(await blob.arrayBuffer());
          socket.write(`OK ${bytes.length}\n`);
          socket.end(bytes);
        })
        .catch((error: unknown) => socket.end(`ERROR ${(error as Error).message}\n`));
    });
    socket.on("error", () => socket.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(file, () => resolve());
  });
  fs.chmodSync(file, 0o600);
  return () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      fs.rmSync(file, { force: true });
    });
}

/** Asks the running server for a snapshot; null when no server answers on the folder's socket. */
export function requestSnapshot(dataDir: string): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(controlSocketPath(dataDir));
    const chunks: Buffer[] = [];
    socket.once("connect", () => socket.write("snapshot\n"));
    socket.on("data", (chunk) => chunks.push(chunk));
    socket.once("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT" || error.code === "ECONNREFUSED") resolve(null);
      else reject(error);
    });
    socket.once("end", () => {
      const all = Buffer.concat(chunks);
      const newline = all.indexOf(10);
      const header = all.subarray(0, newline).toString();
      if (header.startsWith("ERROR "))
        return reject(new Error(`The server could not take a snapshot: ${header.slice(6)}`));
      const size = Number(/^OK (\d+)$/.exec(header)?.[1]);
      const body = all.subarray(newline + 1);
      if (!Number.isInteger(size) || body.length !== size) {
        return reject(new Error(`The snapshot arrived incomplete (${body.length} of ${size} bytes).`));
      }
      resolve(body);
    });
  });
}
