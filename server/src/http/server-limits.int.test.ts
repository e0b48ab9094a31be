import type http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { connectionKey, createLimitedServer, ipv6Prefix64, type ServerLimits } from './server-limits';

// A slow client used to hold a connection for Node's default 300 s (issue 10.14).

async function serve(limits: ServerLimits): Promise<{ server: http.Server; port: number }> {
  const server = createLimitedServer((req, res) => {
    req.resume();
    req.on('end', () => res.end('ok'));
  }, limits);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port };
}

/** Opens a raw socket, writes `chunks` one per `everyMs`, and resolves with what the server said and when it closed. */
function trickle(port: number, chunks: string[], everyMs: number): Promise<{ text: string; closedAfterMs: number }> {
  return new Promise((resolve) => {
    const started = Date.now();
    const socket = net.connect(port, '127.0.0.1');
    let text = '';
    let i = 0;
    const timer = setInterval(() => {
      if (i < chunks.length && !socket.destroyed) socket.write(chunks[i++]);
    }, everyMs);
    socket.on('data', (d) => (text += d.toString()));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearInterval(timer);
      resolve({ text, closedAfterMs: Date.now() - started });
    });
  });
}

const FAST = { headersTimeoutMs: 600, requestTimeoutMs: 1200, keepAliveTimeoutMs: 300, maxConnectionsPerIp: 3 };

describe('limits a slow or greedy client cannot stretch', () => {
  it('closes a connection whose headers arrive too slowly', async () => {
    const { server, port } = await serve(FAST);
    try {
      const headerBytes = 'POST / HTTP/1.1\r\nHost: x\r\nX-Slow: 1\r\n'.split('');
      const result = await trickle(port, headerBytes, 100);
      expect(result.closedAfterMs).toBeLessThan(4000);
      expect(result.text).not.toMatch(/200 OK/);
    } finally {
      server.close();
    }
  });

  it('closes a connection whose body trickles in past the request timeout', async () => {
    const { server, port } = await serve(FAST);
    try {
      const body = 'x'.repeat(100);
      const chunks = [`POST / HTTP/1.1\r\nHost: x\r\nContent-Length: ${body.length}\r\n\r\n`, ...body.split('')];
      const result = await trickle(port, chunks, 100);
      expect(result.closedAfterMs).toBeLessThan(5000);
      expect(result.text).not.toMatch(/200 OK/);
    } finally {
      server.close();
    }
  });

  it('still answers a normal request', async () => {
    const { server, port } = await serve(FAST);
    try {
      const result = await trickle(port, ['GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'], 10);
      expect(result.text).toMatch(/200 OK/);
    } finally {
      server.close();
    }
  });

  it('caps the connections one address holds', async () => {
    const { server, port } = await serve(FAST);
    const sockets: net.Socket[] = [];
    try {
      const closed: boolean[] = [];
      for (let i = 0; i < 5; i++) {
        const socket = net.connect(port, '127.0.0.1');
        socket.on('error', () => undefined);
        const index = i;
        closed[index] = false;
        socket.on('close', () => (closed[index] = true));
        sockets.push(socket);
        await new Promise((r) => socket.once('connect', r));
      }
      await new Promise((r) => setTimeout(r, 150));
      expect(closed.filter(Boolean).length).toBe(2);
      expect(closed.slice(0, 3)).toEqual([false, false, false]);
    } finally {
      for (const s of sockets) s.destroy();
      server.close();
    }
  });

  it('counts IPv6 clients per /64', () => {
    expect(ipv6Prefix64('2001:db8:0:1:aaaa::1')).toBe('2001:db8:0:1');
    expect(connectionKey('2001:db8::1')).toBe(connectionKey('2001:0db8:0000:0000:ffff::2'));
    expect(connectionKey('2001:db8:0:1::1')).not.toBe(connectionKey('2001:db8:0:2::1'));
    expect(connectionKey('::ffff:10.0.0.1')).toBe('10.0.0.1');
  });
});
