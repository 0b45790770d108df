import { Group, Progress, Skeleton, Stack, Text } from '@mantine/core';
import type { QuotaType, QuotaUsage } from '@/features/quotas/api/quota-queries';
import { quotaNouns } from '@/features/quotas/components/quota-text';

/** Props of a quota usage bar. */
export interface QuotaBarProps {
  type: QuotaType;
  /** undefined while loading or when the quota could not be read. */
  usage: QuotaUsage | undefined;
  /** The quota query failed (shown instead of the bar, never blocking the page). */
  failed?: boolean;
}

function colorOf(ratio: number): string {
  if (ratio >= 1) return 'red';
  return ratio >= 0.8 ? 'orange' : 'blue';
}

/** "6 of 50 VPN gateways used · 44 left" with a bar; full and nearly full quotas change colour. */
export function QuotaBar({ type, usage, failed }: QuotaBarProps) {
  const noun = quotaNouns[type];
  if (!usage) {
    return failed ? (
      <Text size="sm" c="dimmed" mb="md">
        The quota for {noun} could not be read.
      </Text>
    ) : (
      <Skeleton height={34} maw={420} mb="md" />
    );
  }
  const ratio = usage.quota > 0 ? usage.used / usage.quota : 1;
  const left = Math.max(0, usage.quota - usage.used);
  const label = `${usage.used} of ${usage.quota} ${noun} used`;
  return (
    <Stack gap={4} maw={420} mb="md" data-testid={`quota-${type}`}>
      <Group justify="space-between" gap="xs">
        <Text size="sm">Quota: {label}</Text>
        <Text size="sm" c={left === 0 ? 'red.8' : 'dimmed'}>
          {left === 0 ? 'none left' : `${left} left`}
        </Text>
      </Group>
      <Progress value={Math.min(100, ratio * 100)} color={colorOf(ratio)} aria-label={`Quota: ${label}`} size="md" />
    </Stack>
  );
}
