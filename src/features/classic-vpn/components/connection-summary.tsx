import { Text } from '@mantine/core';
import { DPD_ACTION_HELP, DPD_ACTIONS } from '@contract/classic/classic-common';
import { INITIATOR_HELP, INITIATORS, type IpsecSiteConnection } from '@contract/classic/ipsec-site-connection';
import { neutronTimeLabel } from '@/features/classic-vpn/components/classic-format';
import { FactsCard } from '@/features/classic-vpn/components/facts-card';

const help = <T extends string>(values: readonly T[], map: Record<T, string>, value: string | undefined) =>
  values.find((v) => v === value) ? map[value as T] : undefined;

function WithHelp({ value, explanation }: { value: string; explanation: string | undefined }) {
  return (
    <>
      <Text size="sm">{value}</Text>
      {explanation ? (
        <Text size="xs" c="dimmed">
          {explanation}
        </Text>
      ) : null}
    </>
  );
}

/** The connection's own settings. The pre-shared key is never shown (OTC returns it; the console drops it). */
export function ConnectionSummary({ connection: c }: { connection: IpsecSiteConnection }) {
  return (
    <FactsCard
      title="Connection"
      rows={[
        ['Remote gateway', <Text key="a" size="sm" ff="monospace">{c.peer_address}</Text>],
        ['Remote gateway ID', <Text key="i" size="sm" ff="monospace">{c.peer_id}</Text>],
        ['Pre-shared key', <Text key="k" size="sm" c="dimmed">Never displayed; set a new one with Edit</Text>],
        ['Initiator', <WithHelp key="n" value={c.initiator ?? '—'} explanation={help(INITIATORS, INITIATOR_HELP, c.initiator)} />],
        [
          'Dead peer detection',
          <WithHelp
            key="d"
            value={c.dpd ? `${c.dpd.action}, every ${c.dpd.interval} s, timeout ${c.dpd.timeout} s` : '—'}
            explanation={help(DPD_ACTIONS, DPD_ACTION_HELP, c.dpd?.action)}
          />,
        ],
        ['Routing / authentication', `${c.route_mode ?? 'static'} routes, ${c.auth_mode ?? 'psk'} authentication`],
        ['MTU', `${c.mtu ?? 1500} (the only value OTC allows)`],
        ['Created', neutronTimeLabel(c.created_at)],
        ['ID', <Text key="id" size="sm" ff="monospace">{c.id}</Text>],
      ]}
    />
  );
}
