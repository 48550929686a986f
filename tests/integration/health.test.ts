import net from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { createDatabase } from "@/lib/db";
import { isDatabaseReachable } from "@/lib/health";

// GET /api/health answers from isDatabaseReachable; docker-compose's health check calls it.
describe("the database health check", () => {
  const clients: ReturnType<typeof createDatabase>["client"][] = [];
  const servers: net.Server[] = [];
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.$disconnect().catch(() => undefined)));
    for (const server of servers) server.close();
  });

  it("is healthy while the database answers", async () => {
    expect(await isDatabaseReachable()).toBe(true);
  });

  it("is unhealthy when nothing listens at the database's address", async () => {
    const client = createDatabase("postgresql://nobody@127.0.0.1:9/none").client;
    clients.push(client);
    expect(await isDatabaseReachable(client)).toBe(false);
  });

  it("answers within its timeout when the database accepts connections but never replies", async () => {
    const sockets: net.Socket[] = [];
    const silent = net.createServer((socket) => sockets.push(socket));
    servers.push(silent);
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const { port } = silent.address() as net.AddressInfo;
    const client = createDatabase(`postgresql://nobody@127.0.0.1:${port}/none`).client;
    clients.push(client);
    const started = Date.now();
    expect(await isDatabaseReachable(client, 300)).toBe(false);
    expect(Date.now() - started).toBeLessThan(2000);
    for (const socket of sockets) socket.destroy();
  });
});
