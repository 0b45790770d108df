// No zod here: the list's first paint reads the tag before the schemas have loaded.

/**
 * The server also writes the config into the console's index.html as `<meta name=… content="{json}">`, so the
 * console knows at once whether it may ask for data before sign-in (no request in the start-up path).
 */
export const CONSOLE_CONFIG_META_NAME = 'otc-console-config';
