/** A user of the mock IAM directory. */
export interface MockIamUser {
  id: string;
  name: string;
  password: string;
  domain: { id: string; name: string };
}

/** A project of the mock IAM directory. */
export interface MockIamProject {
  id: string;
  name: string;
  description: string;
}

/** What the mock remembers about a token it issued. */
export interface IssuedToken {
  user: MockIamUser;
  project: MockIamProject;
  methods: string[];
  issuedAtMs: number;
  expiresAtMs: number;
}
