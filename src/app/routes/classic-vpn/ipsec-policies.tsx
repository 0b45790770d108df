import { ClassicSectionNav } from '@/features/classic-vpn/components/classic-section-nav';
import { IpsecPoliciesPage } from '@/features/classic-vpn/components/resources/classic-resource-pages';

/** Classic VPN: manage IPsec policies (list, create, edit, delete; refused while connections use them). */
export function ClassicIpsecPoliciesRoute() {
  return (
    <>
      <ClassicSectionNav />
      <IpsecPoliciesPage />
    </>
  );
}
