import net from 'node:net';
import { decodePacket, encodePacket, PacketType, splitPackets, type ViciMessage, type ViciPacket } from './vici-codec.ts';

// A dependency-free vici client over charon's unix socket. Requests run one at a time per client (vici
// answers in order); events (ike-updown, control-log, list-sa …) go to listeners whenever they arrive.

export type EventListener = (name: string, message: ViciMessage) => void;

export class ViciError extends Error {}

export class ViciClient {
  private buffer: Buffer = Buffer.alloc(0);
  private waiting: ((p: ViciPacket) => void)[] = [];
  private chain: Promise<unknown> = Promise.resolve();
  private readonly listeners = new Set<EventListener>();
  private closed = false;

  private constructor(private readonly socket: net.Socket) {
    socket.on('data', (data) => this.onData(data));
    socket.on('close', () => {
      this.closed = true;
      for (const resolve of this.waiting.splice(0)) resolve({ type: -1, message: {} });
    });
    socket.on('error', () => undefined);
  }

  /**
   * Connects, retrying while charon has created the socket file but does not listen yet (the file exists
   * before accept() works: ECONNREFUSED / ENOENT for a few milliseconds after start-up).
   */
  static async connect(path: string, timeoutMs = 3000): Promise<ViciClient> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        const socket = await new Promise<net.Socket>((resolve, reject) => {
          const s = net.createConnection(path);
          s.once('connect', () => resolve(s));
          s.once('error', reject);
        });
        return new ViciClient(socket);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if ((code !== 'ECONNREFUSED' && code !== 'ENOENT') || Date.now() > deadline) {
          throw new ViciError(`cannot reach charon's vici socket ${path}: ${(error as Error).message}`);
        }
        await new Promise((r) => setTimeout(r, 10));
      }
    }
  }

  onEvent(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private onData(data: Buffer): void {
    const { packets, rest } = splitPackets(Buffer.concat([this.buffer, data]));
    this.buffer = rest;
    for (const raw of packets) {
      const packet = decodePacket(raw);
      if (packet.type === PacketType.EVENT) {
        for (const l of this.listeners) l(packet.name ?? '', packet.message);
      } else {
        this.waiting.shift()?.(packet);
      }
    }
  }

  private exchange(packet: Buffer): Promise<ViciPacket> {
    if (this.closed) return Promise.reject(new ViciError('vici connection closed'));
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      this.socket.write(packet);
    });
  }

  /** Serializes whole operations, so a streamed command's events and reply are not interleaved with others. */
  private serial<T>(op: () => Promise<T>): Promise<T> {
    const next = this.chain.then(op, op);
    this.chain = next.catch(() => undefined);
    return next;
  }

  private async register(event: string, on: boolean): Promise<void> {
    const reply = await this.exchange(encodePacket(on ? PacketType.EVENT_REGISTER : PacketType.EVENT_UNREGISTER, event));
    if (reply.type !== PacketType.EVENT_CONFIRM) throw new ViciError(`vici: cannot ${on ? 'register' : 'unregister'} event ${event}`);
  }

  private async command(cmd: string, message?: ViciMessage): Promise<ViciMessage> {
    const reply = await this.exchange(encodePacket(PacketType.CMD_REQUEST, cmd, message));
    if (reply.type === PacketType.CMD_UNKNOWN) throw new ViciError(`vici: unknown command ${cmd}`);
    if (reply.type !== PacketType.CMD_RESPONSE) throw new ViciError(`vici: no answer to ${cmd} (connection closed)`);
    return reply.message;
  }

  request(cmd: string, message?: ViciMessage): Promise<ViciMessage> {
    return this.serial(() => this.command(cmd, message));
  }

  /** A command that streams events while it runs (list-sas → list-sa, initiate → control-log). */
  streamed(cmd: string, message: ViciMessage, event: string, onEvent: (m: ViciMessage) => void): Promise<ViciMessage> {
    return this.serial(async () => {
      const off = this.onEvent((name, m) => {
        if (name === event) onEvent(m);
      });
      try {
        await this.register(event, true);
        const reply = await this.command(cmd, message);
        await this.register(event, false).catch(() => undefined);
        return reply;
      } finally {
        off();
      }
    });
  }

  /** Registers for push events (ike-updown, child-updown) for the life of this client. */
  subscribe(events: readonly string[]): Promise<void> {
    return this.serial(async () => {
      for (const e of events) await this.register(e, true);
    });
  }

  close(): void {
    this.closed = true;
    this.socket.destroy();
  }
}

/** Throws with charon's own message when a command answers success=no. */
export function checkSuccess(reply: ViciMessage, what: string): void {
  if (reply.success === 'no') throw new ViciError(`${what} failed: ${typeof reply.errmsg === 'string' ? reply.errmsg : 'no reason given'}`);
}
