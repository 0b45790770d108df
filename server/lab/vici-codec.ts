// The vici wire format (strongSwan's versatile IKE control interface): a 4-byte big-endian length, a packet
// type, an optional name, and a message of sections, key/values and lists. Pure functions, no sockets.

export type ViciValue = string | string[] | ViciMessage;
export interface ViciMessage {
  [key: string]: ViciValue;
}

export const PacketType = {
  CMD_REQUEST: 0,
  CMD_RESPONSE: 1,
  CMD_UNKNOWN: 2,
  EVENT_REGISTER: 3,
  EVENT_UNREGISTER: 4,
  EVENT_CONFIRM: 5,
  EVENT_UNKNOWN: 6,
  EVENT: 7,
} as const;

const SECTION_START = 1;
const SECTION_END = 2;
const KEY_VALUE = 3;
const LIST_START = 4;
const LIST_ITEM = 5;
const LIST_END = 6;

const NAMED = new Set<number>([PacketType.CMD_REQUEST, PacketType.EVENT_REGISTER, PacketType.EVENT_UNREGISTER, PacketType.EVENT]);

function name(bytes: number[], value: string): void {
  const b = Buffer.from(value, 'utf8');
  if (b.length > 255) throw new Error(`vici name too long: ${value}`);
  bytes.push(b.length, ...b);
}

function longValue(bytes: number[], value: string): void {
  const b = Buffer.from(value, 'utf8');
  if (b.length > 65535) throw new Error('vici value too long');
  bytes.push(b.length >> 8, b.length & 0xff, ...b);
}

function encodeMessage(bytes: number[], message: ViciMessage): void {
  for (const [key, value] of Object.entries(message)) {
    if (typeof value === 'string') {
      bytes.push(KEY_VALUE);
      name(bytes, key);
      longValue(bytes, value);
    } else if (Array.isArray(value)) {
      bytes.push(LIST_START);
      name(bytes, key);
      for (const item of value) {
        bytes.push(LIST_ITEM);
        longValue(bytes, item);
      }
      bytes.push(LIST_END);
    } else {
      bytes.push(SECTION_START);
      name(bytes, key);
      encodeMessage(bytes, value);
      bytes.push(SECTION_END);
    }
  }
}

/** One framed packet ready for the socket. */
export function encodePacket(type: number, packetName?: string, message?: ViciMessage): Buffer {
  const bytes: number[] = [type];
  if (NAMED.has(type)) name(bytes, packetName ?? '');
  if (message) encodeMessage(bytes, message);
  const out = Buffer.alloc(4 + bytes.length);
  out.writeUInt32BE(bytes.length, 0);
  Buffer.from(bytes).copy(out, 4);
  return out;
}

export interface ViciPacket {
  type: number;
  name?: string | undefined;
  message: ViciMessage;
}

/** Decodes one packet payload (without the length prefix). */
export function decodePacket(payload: Buffer): ViciPacket {
  let pos = 0;
  const type = payload.readUInt8(pos++);
  const readName = () => {
    const len = payload.readUInt8(pos++);
    const s = payload.toString('utf8', pos, pos + len);
    pos += len;
    return s;
  };
  const readLong = () => {
    const len = payload.readUInt16BE(pos);
    pos += 2;
    const s = payload.toString('utf8', pos, pos + len);
    pos += len;
    return s;
  };
  const packetName = NAMED.has(type) ? readName() : undefined;
  const root: ViciMessage = {};
  const stack: ViciMessage[] = [root];
  let list: string[] | undefined;
  while (pos < payload.length) {
    const element = payload.readUInt8(pos++);
    const top = stack[stack.length - 1] as ViciMessage;
    if (element === SECTION_START) {
      const section: ViciMessage = {};
      top[readName()] = section;
      stack.push(section);
    } else if (element === SECTION_END) {
      stack.pop();
    } else if (element === KEY_VALUE) {
      const key = readName();
      top[key] = readLong();
    } else if (element === LIST_START) {
      list = [];
      top[readName()] = list;
    } else if (element === LIST_ITEM) {
      list?.push(readLong());
    } else if (element === LIST_END) {
      list = undefined;
    } else {
      throw new Error(`vici: unknown element type ${element}`);
    }
  }
  return { type, name: packetName, message: root };
}

/** Splits a stream buffer into complete packet payloads; returns the unconsumed rest. */
export function splitPackets(buffer: Buffer): { packets: Buffer[]; rest: Buffer } {
  const packets: Buffer[] = [];
  let pos = 0;
  while (buffer.length - pos >= 4) {
    const len = buffer.readUInt32BE(pos);
    if (buffer.length - pos - 4 < len) break;
    packets.push(buffer.subarray(pos + 4, pos + 4 + len));
    pos += 4 + len;
  }
  return { packets, rest: buffer.subarray(pos) };
}
