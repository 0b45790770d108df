import { ClassicSectionNav } from '@/features/classic-vpn/components/classic-section-nav';
import { IkePoliciesPage } from '@/features/classic-vpn/components/resources/classic-resource-pages';

/** Classic VPN: manage IKE policies (list, create, edit, delete; refused while connections use them). */
export function ClassicIkePoliciesRoute() {
  return (
    <>
      <ClassicSectionNav />
      <IkePoliciesPage />
    </>
  );
}
