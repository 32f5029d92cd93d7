type Handler = (
  request: Request,
  ctx: { params: Promise<Record<string, string | string[] | undefined>> },
) => Promise<Response>;

/** Calls a route handler the way Next does, and reads the JSON answer. */
export async function callRoute<T = unknown>(
  handler: Handler,
  path: string,
  opts: { params?: Record<string, string>; init?: RequestInit } = {},
): Promise<{ status: number; headers: Headers; body: T }> {
  const response = await handler(new Request(`http://aisle.test${path}`, opts.init), {
    params: Promise.resolve(opts.params ?? {}),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: (text ? JSON.parse(text) : null) as T };
}
