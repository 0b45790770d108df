import { REDACTED, type MockRecordedRequest } from '../../contract/mock-control.ts';

const KEEP_PER_PROJECT = 50;

function redact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redact);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, key === 'psk' ? REDACTED : redact(inner)]),
    );
  }
  return value;
}

/** The last write requests per project, for e2e assertions on what the console sent. */
export class RequestLog {
  private readonly byProject = new Map<string, MockRecordedRequest[]>();

  record(projectId: string, entry: MockRecordedRequest): void {
    const list = this.byProject.get(projectId) ?? [];
    // PSKs never stay in memory, not even here.
    list.push({ ...entry, body: redact(entry.body) });
    if (list.length > KEEP_PER_PROJECT) list.splice(0, list.length - KEEP_PER_PROJECT);
    this.byProject.set(projectId, list);
  }

  list(projectId: string): MockRecordedRequest[] {
    return [...(this.byProject.get(projectId) ?? [])];
  }

  clear(projectId?: string): void {
    if (projectId === undefined) this.byProject.clear();
    else this.byProject.delete(projectId);
  }
}
