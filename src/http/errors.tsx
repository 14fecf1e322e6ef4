// One way to answer an error: problem+json (RFC 9457) for programs, the HTML error page for readers. The middleware
// of each kind of address (src/app.tsx) says which its requests are.
import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { ErrorPage } from '../views/error-page'
import type { InvalidParam, Problem } from '../views/json-schema'
import { NO_STORE, NOT_FOUND } from './cache-control'
import { HTML, PROBLEM } from './respond'

/** Who reads this request's errors: set per kind of address, `readers` when unset. */
export type Audience = 'programs' | 'embeds' | 'readers'
export type AudienceEnv = { Variables: { audience?: Audience } }

/**
 * Whether an audience gets problem+json: programs always; what other sites embed, for a bad query value (the
 * embedding site's developer reads it), and the reader's page for an unknown address; readers, never.
 */
const AS_PROBLEM: Record<Audience, (namesParams: boolean) => boolean> = {
  programs: () => true,
  embeds: (namesParams) => namesParams,
  readers: () => false,
}

type ErrorStatus = 400 | 404 | 405 | 414 | 500 | 501 | 503

/** Per status: the problem's title, and the reader page's title and default message. */
const ERRORS: Record<ErrorStatus, { title: string; page: string; detail: string; message: string }> = {
  400: {
    title: 'Bad Request',
    page: 'Bad request',
    detail: 'The request could not be read.',
    message: 'The request could not be read.',
  },
  404: {
    title: 'Not Found',
    page: 'Page not found',
    detail: 'There is nothing at this address.',
    message: 'There is no article at this address. It may have been moved, or the link may be mistyped.',
  },
  405: { title: 'Method Not Allowed', page: 'Method not allowed', detail: '', message: '' },
  414: { title: 'URI Too Long', page: 'Address too long', detail: '', message: '' },
  500: {
    title: 'Internal Server Error',
    page: 'Something went wrong',
    detail: 'Something went wrong on our side. Please try again later.',
    message: 'Please try again in a moment.',
  },
  501: { title: 'Not Implemented', page: 'Not implemented', detail: '', message: '' },
  503: {
    title: 'Service Unavailable',
    page: 'Temporarily unavailable',
    detail: 'Data this answer needs is missing from this deploy; it has been logged. Please try again later.',
    message: 'This page cannot be shown right now. Please try again in a few minutes.',
  },
}

/**
 * The error answer for this request: problem+json or the HTML page, as its audience reads errors.
 * @example return answerError(c, 405, 'POST is not allowed here; use GET or HEAD.', { headers: { Allow: 'GET, HEAD' } })
 */
export function answerError<E extends AudienceEnv>(
  c: Context<E>,
  status: ErrorStatus,
  detail?: string,
  extra?: {
    invalidParams?: InvalidParam[]
    headers?: Record<string, string>
    /** The reader page's message, where `detail` repeats what was sent: a crafted link must not put words on it. */
    forReaders?: string
  },
): Response {
  const text = ERRORS[status]
  const headers = { 'Cache-Control': status === 404 ? NOT_FOUND : NO_STORE, ...extra?.headers }
  if (AS_PROBLEM[c.get('audience') ?? 'readers'](extra?.invalidParams !== undefined)) {
    const body: Problem = {
      type: 'about:blank',
      title: text.title,
      status,
      detail: detail ?? text.detail,
      instance: c.req.path,
      ...(extra?.invalidParams && { 'invalid-params': extra.invalidParams }),
    }
    return c.body(JSON.stringify(body), status as ContentfulStatusCode, {
      ...headers,
      'Content-Type': PROBLEM,
    })
  }
  const message = extra?.forReaders ?? detail ?? text.message
  const page = <ErrorPage status={status} title={text.page} message={message} />
  return c.body(`<!DOCTYPE html>${page}`, status as ContentfulStatusCode, {
    ...headers,
    'Content-Type': HTML,
  })
}
