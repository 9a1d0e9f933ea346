// A loopback port that nothing listens on right now: for a listener a test hands the port to
// (HAProxy's frontend), or as a model address that refuses connections.
import { createServer } from "node:net";

export async function unusedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}
