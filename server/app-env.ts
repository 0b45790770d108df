/** Hono environment shared by the app and its routers. */
export interface AppEnv {
  Variables: {
    /** Sent back as `request_id` in every JSON body and as the X-Request-Id header. */
    requestId: string;
  };
}
