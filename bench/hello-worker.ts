// The baseline: the smallest Hono Worker, bundled and served the same way as ours.
import { Hono } from 'hono'

const app = new Hono()
app.get('*', (c) => c.text('Hello Hono!'))

export default app
