import { ClassicSectionNav } from '@/features/classic-vpn/components/classic-section-nav';
import { VpnServicesPage } from '@/features/classic-vpn/components/resources/classic-resource-pages';

/** Classic VPN: manage VPN services (list, create, edit, delete; refused while connections use them). */
export function ClassicVpnServicesRoute() {
  return (
    <>
      <ClassicSectionNav />
      <VpnServicesPage />
    </>
  );
}
