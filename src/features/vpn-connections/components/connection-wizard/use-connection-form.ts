import {
  connectionFormSchema,
  defaultConnectionFormValues,
  type ConnectionFormContext,
  type ConnectionFormValues,
} from '@contract/connection-form';
import type { ConnectionStyle, CreateVpnConnection } from '@contract/vpn-connection';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useState, type RefObject } from 'react';
import { useForm, useFormContext, type Resolver, type UseFormReturn } from 'react-hook-form';
import { loadDraft, saveDraft, type Draft } from '@/features/vpn-connections/components/connection-wizard/draft-store';
import type { StepId } from '@/features/vpn-connections/components/connection-wizard/wizard-steps';

export type ConnectionForm = UseFormReturn<ConnectionFormValues, unknown, CreateVpnConnection>;

/** The form's resolver: the contract's form schema with the project's gateways to look the choices up in. */
export function connectionResolver(context: ConnectionFormContext): Resolver<ConnectionFormValues, unknown, CreateVpnConnection> {
  return zodResolver(connectionFormSchema(context), undefined, { mode: 'sync' });
}

interface Options {
  context: ConnectionFormContext;
  /** The style in the URL, which wins over a draft's. */
  urlStyle?: ConnectionStyle;
  /** A VPN gateway chosen before the wizard opened; wins over a draft's when it is one of the project's. */
  presetGatewayId?: string;
}

/** The wizard's one form, started from the tab's draft when there is one. */
export function useConnectionForm({ context, urlStyle, presetGatewayId }: Options): { form: ConnectionForm; restored: Draft | null } {
  const [initial] = useState(() => {
    const draft = loadDraft();
    const values = draft?.values ?? defaultConnectionFormValues(urlStyle);
    const known = context.gateways?.some((g) => g.id === presetGatewayId) ?? false;
    // Another gateway's address cannot stay chosen; the gateways step asks for this one's.
    const preset = known && presetGatewayId !== values.vgw_id ? { vgw_id: presetGatewayId ?? '', vgw_ip: '' } : {};
    return { draft, values: { ...values, ...preset, style: urlStyle ?? values.style } };
  });
  const resolver = useMemo(() => connectionResolver(context), [context]);
  const form = useForm<ConnectionFormValues, unknown, CreateVpnConnection>({
    resolver,
    mode: 'onTouched',
    // Steps unmount when left; their values must stay (and other styles' values are simply not sent).
    shouldUnregister: false,
    defaultValues: initial.values,
  });
  return { form, restored: initial.draft };
}

/** Keeps the draft in sessionStorage in step with the form (secrets are never written). */
export function useDraftSync(form: ConnectionForm, step: StepId | undefined, done: RefObject<boolean>): void {
  useEffect(() => {
    // Once created, the draft is gone for good: nothing may write it back on the way out.
    const save = () => {
      if (!done.current) saveDraft(form.getValues(), step);
    };
    save();
    const subscription = form.watch(save);
    return () => subscription.unsubscribe();
  }, [form, step, done]);
}

/** The wizard's form from context, typed (steps render inside the wizard's FormProvider). */
export function useWizardForm(): ConnectionForm {
  return useFormContext<ConnectionFormValues, unknown, CreateVpnConnection>();
}
