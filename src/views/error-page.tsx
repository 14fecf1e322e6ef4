// The page a reader gets for an address that leads nowhere (or, rarely, for our own failure).
import { Layout } from './layout'

export function ErrorPage({ status, title, message }: { status: number; title: string; message: string }) {
  return (
    <Layout title={`${title} (${status})`} description={message}>
      <h1>{title}</h1>
      <p>{message}</p>
      <p>
        <a href="/">Go to the front page</a> to read the featured article, or{' '}
        <a href="/articles">browse every article</a>.
      </p>
    </Layout>
  )
}
