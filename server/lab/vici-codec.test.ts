import { describe, expect, it } from 'vitest';
import { decodePacket, encodePacket, PacketType, splitPackets } from './vici-codec.ts';

describe('vici wire format', () => {
  it('round-trips a load-conn message with sections, lists and values', () => {
    const message = {
      vpn: { version: '2', local_addrs: ['198.51.100.1'], children: { net: { local_ts: ['10.1.0.0/24', '10.2.0.0/16'], esp_proposals: ['aes128-sha256-modp3072'] } } },
    };
    const framed = encodePacket(PacketType.CMD_REQUEST, 'load-conn', message);
    const { packets, rest } = splitPackets(framed);
    expect(rest.length).toBe(0);
    const packet = decodePacket(packets[0] as Buffer);
    expect(packet).toEqual({ type: PacketType.CMD_REQUEST, name: 'load-conn', message });
  });

  it('waits for the rest of a packet split across socket reads', () => {
    const framed = encodePacket(PacketType.EVENT, 'ike-updown', { up: 'yes' });
    const first = splitPackets(framed.subarray(0, 7));
    expect(first.packets).toHaveLength(0);
    const second = splitPackets(Buffer.concat([first.rest, framed.subarray(7)]));
    expect(decodePacket(second.packets[0] as Buffer).message).toEqual({ up: 'yes' });
  });

  it('encodes the exact bytes of a named request without a message', () => {
    expect([...encodePacket(PacketType.CMD_REQUEST, 'stats')]).toEqual([0, 0, 0, 7, 0, 5, ...Buffer.from('stats')]);
  });
});
