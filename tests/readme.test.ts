// The README's embed snippet is the one the article page serves, so a site that copies either pastes the same code.
import { describe, expect, it } from 'vitest'
import README from '../README.md?raw'
import { FEATURED, fetchWorker } from './helpers'

/** HTML's five escapes, undone: what a reader copies out of a <pre><code> block. */
const decodeEntities = (html: string) =>
  html
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&')

describe('README: embedding the card', () => {
  it('shows the snippet the article page serves, byte for byte', async () => {
    const page = await (await fetchWorker(`/articles/${FEATURED}`)).text()
    const served = /<h3 id="embed-iframe">[^<]*<\/h3><pre class="code"><code>([\s\S]*?)<\/code><\/pre>/.exec(
      page,
    )
    expect(served, 'the page has an "Embed the card" code block').not.toBeNull()
    const blocks = [...README.matchAll(/```html\n([\s\S]*?)\n```/g)].map(([, block]) => block)
    const shown = blocks.find((block) => block?.includes('article-edge:height'))
    expect(shown, 'the README has an ```html block with the listener').toBeDefined()
    expect(shown).toBe(decodeEntities(served?.[1] ?? ''))
  })
})
