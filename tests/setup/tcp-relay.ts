import net from "node:net";

// A database outage on demand, for an app instance or a pool that reaches PostgreSQL through it.

/** Forwards connections to `target` while up; down, it resets them and refuses new ones. */
export function relayTo(target: URL) {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on("error", () => (client.destroy(), upstream.destroy()));
      socket.on("close", () => sockets.delete(socket));
    }
    client.pipe(upstream).pipe(client);
  });
  let port = 0;
  return {
    url: () => Object.assign(new URL(target), { hostname: "127.0.0.1", port: String(port) }).href,
    up: () =>
      new Promise<void>((resolve) =>
        server.listen(port, "127.0.0.1", () => {
          port = (server.address() as net.AddressInfo).port;
          resolve();
        }),
      ),
    down: async () => {
      const closed = new Promise((resolve) => server.close(resolve));
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };
}
