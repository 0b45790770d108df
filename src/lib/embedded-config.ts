import { CONSOLE_CONFIG_META_NAME } from '@contract/console-config-meta';
import { parseJsonText } from '@/lib/plain-json';

/**
 * The console config the server wrote into index.html, parsed but not yet checked; undefined without one.
 * No package: the list's first paint reads it before the schemas have loaded, the application checks it.
 */
export function readEmbeddedConfig(doc: Document): unknown {
  return parseJsonText(doc.querySelector<HTMLMetaElement>(`meta[name="${CONSOLE_CONFIG_META_NAME}"]`)?.content);
}
