import { z } from 'zod';

/** The v5 error body as every endpoint example shows it. */
export const otcErrorBodySchema = z.object({
  error_code: z.string(),
  error_msg: z.string(),
  request_id: z.string().optional(),
});
export type OtcErrorBody = z.infer<typeof otcErrorBodySchema>;

// The v5 appendix documents {code, message}; the classic API (Neutron) answers {NeutronError: {...}}.
const appendixShape = z.object({ code: z.string(), message: z.string(), request_id: z.string().optional() });
const neutronShape = z.object({
  NeutronError: z.object({ type: z.string().optional(), message: z.string(), detail: z.string().optional() }),
});

// IAM (Keystone) answers authentication failures with {error: {code, message, title}}.
const keystoneShape = z.object({
  error: z.object({ code: z.union([z.number(), z.string()]), message: z.string(), title: z.string().optional() }),
});

export interface ParsedApiError {
  code: string;
  message: string;
  requestId?: string;
}

/** Reads any of the error shapes the OTC APIs use; null when the body is none of them. */
export function parseOtcError(body: unknown): ParsedApiError | null {
  const otc = otcErrorBodySchema.safeParse(body);
  if (otc.success) return { code: otc.data.error_code, message: otc.data.error_msg, requestId: otc.data.request_id };
  const appendix = appendixShape.safeParse(body);
  if (appendix.success) {
    return { code: appendix.data.code, message: appendix.data.message, requestId: appendix.data.request_id };
  }
  const neutron = neutronShape.safeParse(body);
  if (neutron.success) {
    const e = neutron.data.NeutronError;
    return { code: e.type ?? 'NeutronError', message: e.message };
  }
  const keystone = keystoneShape.safeParse(body);
  if (keystone.success) {
    const e = keystone.data.error;
    return { code: `IAM ${e.code}${e.title ? ` ${e.title}` : ''}`, message: e.message };
  }
  return null;
}
