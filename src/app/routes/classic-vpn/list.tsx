import { GuardedButton } from '@/components/guarded-button';
import { ClassicConnectionList } from '@/features/classic-vpn/components/classic-connection-list';
import type { ClassicExportSelection } from '@/features/classic-vpn/components/classic-export-selection';
import { ClassicSectionNav } from '@/features/classic-vpn/components/classic-section-nav';
import { ExportMenu } from '@/features/device-config/components/export-menu';

/** Export of the selection as code; waits, saying why, until every policy and endpoint group it needs is loaded. */
function ExportSelection({ selection }: { selection: ClassicExportSelection }) {
  const label = `Export ${selection.count} selected as code`;
  if (!selection.inputs) {
    return (
      <GuardedButton variant="default" disabledReason={selection.reason}>
        {label}
      </GuardedButton>
    );
  }
  return <ExportMenu source={{ kind: 'classic', inputs: selection.inputs }} label={label} />;
}

/** Classic VPN (API v2.0): the IPsec site connections. */
export function ClassicVpnListRoute() {
  return (
    <>
      <ClassicSectionNav />
      <ClassicConnectionList selectionActions={(selection) => <ExportSelection selection={selection} />} />
    </>
  );
}
