// Posts the card's height to the page that frames it: { type: 'article-edge:height', slug, height }, and, in a
// WordPress embed (#?secret= in the address), { message: 'height', value, secret } as WordPress's wp-embed.js
// expects, again whenever wp-embed.js says 'ready' (it may start listening after the card has loaded).
;(() => {
  if (window.parent === window) return
  var slug = document.documentElement.getAttribute('data-slug')
  var match = /[#&?]secret=([a-zA-Z0-9]+)/.exec(window.location.hash)
  var secret = match ? match[1] : null
  var last = -1
  function post(force) {
    var height = Math.ceil(document.body.getBoundingClientRect().height)
    if (height === last && force !== true) return
    last = height
    window.parent.postMessage({ type: 'article-edge:height', slug: slug, height: height }, '*')
    if (secret) window.parent.postMessage({ message: 'height', value: height, secret: secret }, '*')
  }
  window.addEventListener('message', (event) => {
    var data = event.data
    if (
      secret &&
      event.source === window.parent &&
      data &&
      data.message === 'ready' &&
      data.secret === secret
    )
      post(true)
  })
  window.addEventListener('load', () => {
    post(true)
  })
  window.addEventListener('resize', post)
  if (window.ResizeObserver)
    new ResizeObserver(() => {
      post()
    }).observe(document.body)
  post(true)
})()
