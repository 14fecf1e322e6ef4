// Errors as RFC 9457 problem details, one shape for the whole API.
import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { NO_STORE } from './cache-control'

/** One rejected parameter: its name, what was sent, and what would have been accepted. */
export type InvalidParam = {
  name: string
  in: 'query' | 'path'
  value: string
  reason: string
  allowed?: string[]
}

export type Problem = {
  type: 'about:blank'
  title: string
  status: number
  detail: string
  instance?: string
  'invalid-params'?: InvalidParam[]
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json'

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  404: 'Not Found',
  405: 'Method Not Allowed',
  414: 'URI Too Long',
  500: 'Internal Server Error',
  501: 'Not Implemented',
}

/**
 * A problem+json response. `detail` is for people; `invalid-params` is for programs.
 * @example return problem(c, 404, 'No article has the slug "x".')
 */
export function problem(
  c: Context,
  status: ContentfulStatusCode,
  detail: string,
  extra?: { invalidParams?: InvalidParam[]; headers?: Record<string, string>; cacheControl?: string },
): Response {
  const body: Problem = {
    type: 'about:blank',
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    instance: c.req.path,
    ...(extra?.invalidParams ? { 'invalid-params': extra.invalidParams } : {}),
  }
  return c.body(JSON.stringify(body), status, {
    'Content-Type': PROBLEM_CONTENT_TYPE,
    'Cache-Control': extra?.cacheControl ?? NO_STORE,
    ...extra?.headers,
  })
}
