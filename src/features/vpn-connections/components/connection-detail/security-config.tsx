import type { VpnConnection } from '@contract/vpn-connection';
import { CryptoValue, DetailField, DetailSection, formatSeconds } from '@/features/vpn-connections/components/connection-detail/detail-fields';

/** The IKE (phase 1), IPsec (phase 2) and DPD settings, weak algorithms flagged. */
export function SecurityConfig({ connection: c }: { connection: VpnConnection }) {
  const ike = c.ikepolicy ?? {};
  const ipsec = c.ipsecpolicy ?? {};
  return (
    <>
      <DetailSection title="IKE policy (phase 1)">
        <DetailField label="IKE version">{ike.ike_version ?? '—'}</DetailField>
        {ike.ike_version === 'v1' ? <DetailField label="Negotiation mode">{ike.phase1_negotiation_mode ?? '—'}</DetailField> : null}
        <DetailField label="Authentication algorithm"><CryptoValue value={ike.authentication_algorithm} /></DetailField>
        <DetailField label="Encryption algorithm"><CryptoValue value={ike.encryption_algorithm} /></DetailField>
        <DetailField label="DH group"><CryptoValue value={ike.dh_group} /></DetailField>
        <DetailField label="Authentication method">{ike.authentication_method ?? '—'}</DetailField>
        <DetailField label="SA lifetime">{formatSeconds(ike.lifetime_seconds)}</DetailField>
        <DetailField label="Local ID">{ike.local_id ? `${ike.local_id} (${ike.local_id_type ?? 'ip'})` : '—'}</DetailField>
        <DetailField label="Peer ID">{ike.peer_id ? `${ike.peer_id} (${ike.peer_id_type ?? 'ip'})` : '—'}</DetailField>
      </DetailSection>
      <DetailSection title="IPsec policy (phase 2)">
        <DetailField label="Authentication algorithm"><CryptoValue value={ipsec.authentication_algorithm} /></DetailField>
        <DetailField label="Encryption algorithm"><CryptoValue value={ipsec.encryption_algorithm} /></DetailField>
        <DetailField label="PFS"><CryptoValue value={ipsec.pfs} /></DetailField>
        <DetailField label="Transform protocol">{ipsec.transform_protocol ?? '—'}</DetailField>
        <DetailField label="Encapsulation mode">{ipsec.encapsulation_mode ?? '—'}</DetailField>
        <DetailField label="SA lifetime">{formatSeconds(ipsec.lifetime_seconds)}</DetailField>
      </DetailSection>
      <DetailSection title="Dead peer detection (DPD)">
        <DetailField label="Retransmission interval" hint="How long to wait for an answer to a DPD probe (timeout).">
          {formatSeconds(ike.dpd?.timeout)}
        </DetailField>
        <DetailField label="Idle interval" hint="Idle time before a DPD probe is sent (interval).">
          {formatSeconds(ike.dpd?.interval)}
        </DetailField>
        <DetailField label="Message format">{ike.dpd?.msg ?? '—'}</DetailField>
      </DetailSection>
    </>
  );
}
