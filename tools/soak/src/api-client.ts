/** A GraphQL response as the API sends it. */
export interface GraphQLBody<Data> {
  data?: Data | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export interface Reply<Data> {
  /** HTTP status, or 0 when no response came (connection refused or reset). */
  status: number;
  body: GraphQLBody<Data> | null;
  /** The network error, when there was no response. */
  failure?: string;
}

/** Speaks GraphQL over HTTP to the API with one login's session cookie. Only 127.0.0.1 in practice. */
export class ApiClient {
  constructor(
    readonly baseUrl: string,
    private readonly cookie: string | null = null,
  ) {}

  static async login(baseUrl: string, email: string, password: string): Promise<ApiClient> {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation($input: LoginInput!) { login(input: $input) { id } }', variables: { input: { email, password } } }),
    });
    const cookie = response.headers.getSetCookie().find((value) => value.startsWith('outcomes_session='));
    if (!cookie) throw new Error(`Login failed for ${email}: HTTP ${response.status} ${await response.text()}`);
    return new ApiClient(baseUrl, cookie.split(';')[0] ?? null);
  }

  async send<Data>(query: string, variables: Record<string, unknown> = {}): Promise<Reply<Data>> {
    try {
      const response = await fetch(`${this.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const text = await response.text();
      let body: GraphQLBody<Data> | null = null;
      try {
        body = JSON.parse(text) as GraphQLBody<Data>;
      } catch {
        body = null;
      }
      return { status: response.status, body };
    } catch (error) {
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      return { status: 0, body: null, failure: cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error)) };
    }
  }

  /** The data of a call that must succeed. */
  async data<Data>(query: string, variables: Record<string, unknown> = {}): Promise<Data> {
    const reply = await this.send<Data>(query, variables);
    if (reply.status !== 200 || reply.body?.errors?.length || !reply.body?.data) {
      throw new Error(`GraphQL call failed: HTTP ${reply.status} ${reply.failure ?? JSON.stringify(reply.body?.errors)}`);
    }
    return reply.body.data;
  }
}

/** Waits until GET /health/ready answers 200; returns the milliseconds it took. */
export async function waitUntilReady(baseUrl: string, timeoutMs: number): Promise<number> {
  const started = Date.now();
  for (;;) {
    try {
      const response = await fetch(`${baseUrl}/health/ready`);
      await response.arrayBuffer();
      if (response.status === 200) return Date.now() - started;
    } catch {
      // not listening yet
    }
    if (Date.now() - started > timeoutMs) throw new Error(`${baseUrl} was not ready within ${timeoutMs} ms`);
    await sleep(100);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
