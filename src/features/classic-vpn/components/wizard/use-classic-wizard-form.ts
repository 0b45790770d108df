import { classicWizardSchema, type ClassicWizardContext, type ClassicWizardPlan } from '@contract/classic/classic-wizard-schema';
import { defaultClassicWizardValues, type ClassicWizardValues } from '@contract/classic/classic-wizard-values';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState, type RefObject } from 'react';
import { useForm, useFormContext, type Resolver, type UseFormReturn } from 'react-hook-form';
import { classicQueries } from '@/features/classic-vpn/api/classic-queries';
import { loadClassicDraft, saveClassicDraft, type ClassicDraft } from '@/features/classic-vpn/components/wizard/classic-draft';
import type { ClassicStepId } from '@/features/classic-vpn/components/wizard/classic-wizard-steps';

export type ClassicWizardForm = UseFormReturn<ClassicWizardValues, unknown, ClassicWizardPlan>;

/** The project's classic objects the wizard picks from and validates against, and whether they have loaded. */
export function useClassicWizardData(): { data: ClassicWizardContext; loaded: boolean; error: unknown; retry: () => void } {
  const queries = [
    useQuery(classicQueries.routers()),
    useQuery(classicQueries.subnets()),
    useQuery(classicQueries.vpnServices()),
    useQuery(classicQueries.endpointGroups()),
    useQuery(classicQueries.ikePolicies()),
    useQuery(classicQueries.ipsecPolicies()),
  ] as const;
  const [routers, subnets, vpnServices, endpointGroups, ikePolicies, ipsecPolicies] = queries.map((q) => q.data) as [
    ClassicWizardContext['routers'],
    ClassicWizardContext['subnets'],
    ClassicWizardContext['vpnServices'],
    ClassicWizardContext['endpointGroups'],
    ClassicWizardContext['ikePolicies'],
    ClassicWizardContext['ipsecPolicies'],
  ];
  const data = useMemo(
    () => ({ routers, subnets, vpnServices, endpointGroups, ikePolicies, ipsecPolicies }),
    [routers, subnets, vpnServices, endpointGroups, ikePolicies, ipsecPolicies],
  );
  return {
    data,
    loaded: queries.every((q) => q.data !== undefined),
    error: queries.find((q) => q.error)?.error ?? null,
    retry: () => queries.forEach((q) => void q.refetch()),
  };
}

export function classicResolver(context: ClassicWizardContext): Resolver<ClassicWizardValues, unknown, ClassicWizardPlan> {
  return zodResolver(classicWizardSchema(context), undefined, { mode: 'sync' });
}

/** The wizard's one form, started from the tab's draft when there is one. */
export function useClassicWizardForm(context: ClassicWizardContext): { form: ClassicWizardForm; restored: ClassicDraft | null } {
  const [initial] = useState(() => {
    const draft = loadClassicDraft();
    return { draft, values: draft?.values ?? defaultClassicWizardValues() };
  });
  const resolver = useMemo(() => classicResolver(context), [context]);
  const form = useForm<ClassicWizardValues, unknown, ClassicWizardPlan>({
    resolver,
    mode: 'onTouched',
    // Steps unmount when left; their values must stay.
    shouldUnregister: false,
    defaultValues: initial.values,
  });
  return { form, restored: initial.draft };
}

/** Keeps the draft in sessionStorage in step with the form (the PSK is never written). */
export function useClassicDraftSync(form: ClassicWizardForm, step: ClassicStepId, done: RefObject<boolean>): void {
  useEffect(() => {
    const save = () => {
      if (!done.current) saveClassicDraft(form.getValues(), step);
    };
    save();
    const subscription = form.watch(save);
    return () => subscription.unsubscribe();
  }, [form, step, done]);
}

/** The wizard's form from context, typed (steps render inside the wizard's FormProvider). */
export function useClassicForm(): ClassicWizardForm {
  return useFormContext<ClassicWizardValues, unknown, ClassicWizardPlan>();
}
