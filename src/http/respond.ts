// The 200 answers routes send, by content type. Cache life and ETag are added around them (kept(), etag()).
import type { Context } from 'hono'

export const HTML = 'text/html; charset=utf-8'
const JSON_TYPE = 'application/json; charset=utf-8'
export const PROBLEM = 'application/problem+json'
export const SVG = 'image/svg+xml'
export const CSV = 'text/csv; charset=utf-8'
export const TEXT = 'text/plain; charset=utf-8'
export const XML = 'application/xml; charset=utf-8'
export const ATOM = 'application/atom+xml; charset=utf-8'

/** @example return send(c, robotsTxt, TEXT) */
export function send(c: Context, body: string, contentType: string): Response {
  return c.body(body, 200, { 'Content-Type': contentType })
}

/** @example return json(c, articleListJson(articles, c.var.origin)) */
export function json(c: Context, value: unknown): Response {
  return send(c, JSON.stringify(value), JSON_TYPE)
}

/** An HTML document: the doctype, then the rendered page. @example return html(c, <ArticlePage … />) */
export function html(c: Context, page: unknown): Response {
  return send(c, `<!DOCTYPE html>${page}`, HTML)
}

/** A standalone SVG document: the XML declaration, then the rendered chart. @example return svg(c, <ContextChart … />) */
export function svg(c: Context, chart: unknown): Response {
  return send(c, `<?xml version="1.0" encoding="UTF-8"?>\n${chart}`, SVG)
}
