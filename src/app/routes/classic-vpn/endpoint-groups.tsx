import { ClassicSectionNav } from '@/features/classic-vpn/components/classic-section-nav';
import { EndpointGroupsPage } from '@/features/classic-vpn/components/resources/classic-resource-pages';

/** Classic VPN: manage endpoint groups (list, create, edit, delete; refused while connections use them). */
export function ClassicEndpointGroupsRoute() {
  return (
    <>
      <ClassicSectionNav />
      <EndpointGroupsPage />
    </>
  );
}
