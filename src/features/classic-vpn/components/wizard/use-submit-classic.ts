import type { ClassicWizardPlan } from '@contract/classic/classic-wizard-schema';
import type { IpsecSiteConnection } from '@contract/classic/ipsec-site-connection';
import { useState } from 'react';
import { createClassic } from '@/features/classic-vpn/api/classic-api';
import { useClassicCache } from '@/features/classic-vpn/api/classic-mutations';
import { classicFieldRejections, type Stage } from '@/features/classic-vpn/components/wizard/classic-server-errors';
import { firstClassicStepOf, type ClassicStepId } from '@/features/classic-vpn/components/wizard/classic-wizard-steps';
import type { ClassicWizardForm } from '@/features/classic-vpn/components/wizard/use-classic-wizard-form';

const CHAIN = [
  { key: 'vpnservice', kind: 'vpnServices', stage: 'service', noun: 'VPN service', idField: 'vpnservice_id' },
  { key: 'ikepolicy', kind: 'ikePolicies', stage: 'ike', noun: 'IKE policy', idField: 'ikepolicy_id' },
  { key: 'ipsecpolicy', kind: 'ipsecPolicies', stage: 'ipsec', noun: 'IPsec policy', idField: 'ipsecpolicy_id' },
  { key: 'local_ep_group', kind: 'endpointGroups', stage: 'local', noun: 'local endpoint group', idField: 'local_ep_group_id' },
  { key: 'peer_ep_group', kind: 'endpointGroups', stage: 'peer', noun: 'peer endpoint group', idField: 'peer_ep_group_id' },
] as const;

export interface SubmitFailure {
  error: unknown;
  /** What was being created, e.g. "the IPsec policy". */
  what: string;
  /** What had been created before it (kept and now selected). */
  created: string[];
}

interface Hooks {
  goTo: (step: ClassicStepId) => void;
  showProblems: (messages: readonly string[]) => void;
}

/** Creates the new dependencies one by one, then the connection; each created object is switched to "existing". */
export function useSubmitClassic(form: ClassicWizardForm, nav: Hooks, onCreated: (c: IpsecSiteConnection) => void) {
  const cache = useClassicCache();
  const [pending, setPending] = useState(false);
  const [progress, setProgress] = useState('');
  const [failure, setFailure] = useState<SubmitFailure | null>(null);

  const run = async (plan: ClassicWizardPlan) => {
    setPending(true);
    setFailure(null);
    const ids: Record<string, string> = {};
    const created: string[] = [];
    let stage: Stage = 'service';
    let what = '';
    try {
      for (const step of CHAIN) {
        const dep = plan[step.key];
        stage = step.stage;
        what = `the ${step.noun}`;
        if (dep.create) {
          setProgress(`Creating ${what}…`);
          const object = await createClassic(step.kind, dep.create);
          cache.created(step.kind, object);
          form.setValue(`${step.stage}.id`, object.id);
          form.setValue(`${step.stage}.mode`, 'existing');
          created.push(`${step.noun} ${object.name || object.id}`);
          ids[step.idField] = object.id;
        } else {
          ids[step.idField] = dep.id;
        }
      }
      stage = 'connection';
      what = 'the connection';
      setProgress('Creating the connection…');
      const connection = await createClassic('connections', { ...plan.connection, ...ids });
      cache.created('connections', connection);
      void cache.refresh('connections');
      onCreated(connection);
    } catch (error) {
      const rejections = classicFieldRejections(error, stage);
      if (rejections.length > 0) {
        for (const r of rejections) form.setError(r.path, { type: 'server', message: r.message });
        const first = firstClassicStepOf(rejections.map((r) => r.path));
        if (first) nav.goTo(first.id);
        nav.showProblems(rejections.map((r) => r.message));
      }
      setFailure({ error, what, created });
    } finally {
      setPending(false);
      setProgress('');
    }
  };

  return { submit: form.handleSubmit(run), pending, progress, failure, clearFailure: () => setFailure(null) };
}
