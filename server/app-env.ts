/** Hono environment shared by the app and its routers. */
export interface AppEnv {
  Variables: {
    /** Sent back as `request_id` in every JSON body and as the X-Request-Id header. */
    requestId: string;
    /** CSP hashes of the inline scripts in the page being served (index.html only). */
    scriptHashes?: string[];
  };
}
