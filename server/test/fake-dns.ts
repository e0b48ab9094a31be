import dgram from 'node:dgram';
import type { AddressInfo } from 'node:net';

/** A DNS server on loopback that answers TXT questions from a table the test fills. */
export interface FakeDns {
  /** `127.0.0.1:<port>`, the form DNS_RESOLVER takes. */
  address: string;
  port: number;
  /** Names asked, lower-case, in order. */
  queries: string[];
  /** Publishes TXT records at a name (each string is one record); replaces earlier ones. */
  setTxt(name: string, records: string[]): void;
  /** Removes a name: questions about it get NXDOMAIN. */
  remove(name: string): void;
  /** Answers every question with SERVFAIL while on (a broken upstream). */
  failAll(on: boolean): void;
  close(): Promise<void>;
}

const TYPE_TXT = 16;
const RCODE_NXDOMAIN = 3;
const RCODE_SERVFAIL = 2;

/** Reads the question of a query: the name and where the question section ends. */
function readQuestion(msg: Buffer): { name: string; type: number; end: number } | null {
  let offset = 12;
  const labels: string[] = [];
  while (offset < msg.length) {
    const length = msg[offset];
    if (length === 0) break;
    if (length > 63) return null; // queries never use compression pointers
    labels.push(msg.toString('latin1', offset + 1, offset + 1 + length));
    offset += 1 + length;
  }
  if (offset + 5 > msg.length) return null;
  return { name: labels.join('.').toLowerCase(), type: msg.readUInt16BE(offset + 1), end: offset + 5 };
}

function txtAnswer(text: string): Buffer {
  const bytes = Buffer.from(text, 'utf8');
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length || i === 0; i += 255) {
    const part = bytes.subarray(i, i + 255);
    chunks.push(Buffer.from([part.length]), part);
    if (bytes.length === 0) break;
  }
  const rdata = Buffer.concat(chunks);
  const head = Buffer.alloc(12);
  head.writeUInt16BE(0xc00c, 0); // name: pointer to the question's name
  head.writeUInt16BE(TYPE_TXT, 2);
  head.writeUInt16BE(1, 4); // class IN
  head.writeUInt32BE(60, 6); // TTL
  head.writeUInt16BE(rdata.length, 10);
  return Buffer.concat([head, rdata]);
}

/** Starts the server on 127.0.0.1 and a free UDP port. */
export async function startFakeDns(): Promise<FakeDns> {
  const records = new Map<string, string[]>();
  const queries: string[] = [];
  let failing = false;
  const socket = dgram.createSocket('udp4');
  socket.on('message', (msg, peer) => {
    if (msg.length < 12) return;
    const question = readQuestion(msg);
    if (!question) return;
    queries.push(question.name);
    const known = records.get(question.name);
    const rcode = failing ? RCODE_SERVFAIL : known ? 0 : RCODE_NXDOMAIN;
    const answers = !failing && known && question.type === TYPE_TXT ? known.map(txtAnswer) : [];
    const header = Buffer.alloc(12);
    msg.copy(header, 0, 0, 2); // id
    const opcodeAndRd = msg.readUInt16BE(2) & 0x7900;
    header.writeUInt16BE(0x8000 | opcodeAndRd | 0x0400 | 0x0080 | rcode, 2); // QR, AA, RA
    header.writeUInt16BE(1, 4);
    header.writeUInt16BE(answers.length, 6);
    socket.send(Buffer.concat([header, msg.subarray(12, question.end), ...answers]), peer.port, peer.address);
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('error', reject);
    socket.bind(0, '127.0.0.1', () => resolve());
  });
  const port = (socket.address() as AddressInfo).port;
  return {
    address: `127.0.0.1:${port}`,
    port,
    queries,
    setTxt: (name, values) => void records.set(name.toLowerCase().replace(/\.$/, ''), values),
    remove: (name) => void records.delete(name.toLowerCase().replace(/\.$/, '')),
    failAll: (on) => {
      failing = on;
    },
    close: () => new Promise<void>((resolve) => socket.close(() => resolve())),
  };
}
