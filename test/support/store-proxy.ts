// A loopback proxy in front of the local store, so tests can count the calls the skill makes, slow the
// store down, or take it away, without mocking anything: the skill talks real DynamoDB protocol to dynalite.
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StoreProxy {
  endpoint: string;
  /** Operations seen, by name (GetItem, PutItem, DeleteItem…). */
  calls: string[];
  delayMs: number;
  /**
   * Extra hold for each call, by operation (GetItem, PutItem…): holding writes back as a slow network might,
   * while other calls pass, lets a write sent before another land after it.
   */
  hold: (operation: string) => number;
  /** Resolves once no call is held or in flight: every write the skill sent has landed (or failed). */
  idle(): Promise<void>;
  /** When true, the proxy answers every call with a 500, as a store that is down would. */
  down: boolean;
  close(): Promise<void>;
}

export async function startStoreProxy(target: string): Promise<StoreProxy> {
  const upstream = new URL(target);
  let pending = 0;
  let waiting: Array<() => void> = [];
  const settle = () => {
    pending -= 1;
    if (pending > 0) return;
    for (const resolve of waiting) resolve();
    waiting = [];
  };
  const proxy: StoreProxy = {
    endpoint: '',
    calls: [],
    delayMs: 0,
    hold: () => 0,
    down: false,
    idle: () => (pending === 0 ? Promise.resolve() : new Promise((resolve) => waiting.push(resolve))),
    close: async () => {},
  };
  const server: Server = createServer((incoming, outgoing) => {
    const operation =
      String(incoming.headers['x-amz-target'] ?? '')
        .split('.')
        .pop() ?? '';
    proxy.calls.push(operation);
    pending += 1;
    outgoing.on('close', settle);
    const forward = () => {
      if (proxy.down) {
        outgoing
          .writeHead(500, { 'content-type': 'application/x-amz-json-1.0' })
          .end('{"__type":"com.amazonaws.dynamodb.v20120810#InternalServerError"}');
        return;
      }
      const upstreamRequest = request(
        { host: upstream.hostname, port: upstream.port, path: incoming.url, method: incoming.method, headers: incoming.headers },
        (answer) => {
          outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(outgoing);
        },
      );
      upstreamRequest.on('error', () => outgoing.destroy());
      incoming.pipe(upstreamRequest);
    };
    const timer = setTimeout(forward, proxy.delayMs + proxy.hold(operation));
    outgoing.on('close', () => clearTimeout(timer));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxy.endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  proxy.close = () =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return proxy;
}
