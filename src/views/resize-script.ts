// The optional script of the embed card, served as /embed/resize.js: it tells the framing page how tall the card
// is, so the host can size its iframe. It speaks two protocols: ours (README "Embedding the figures") and
// WordPress's, which a WordPress site uses for any oEmbed iframe it sandboxes (wp-includes/js/wp-embed.js).
export const RESIZE_JS = `// Posts the card's height to the page that frames it: { type: 'article-edge:height', slug, height }, and, in
// a WordPress embed (#?secret= in the address), { message: 'height', value, secret } as wp-embed.js expects.
;(function () {
  if (window.parent === window) return
  var slug = document.documentElement.getAttribute('data-slug')
  var match = /[#&?]secret=([a-zA-Z0-9]+)/.exec(window.location.hash)
  var secret = match ? match[1] : null
  var last = -1
  function height() {
    return Math.ceil(document.body.getBoundingClientRect().height)
  }
  function post(force) {
    var h = height()
    if (h === last && force !== true) return
    last = h
    window.parent.postMessage({ type: 'article-edge:height', slug: slug, height: h }, '*')
    if (secret) window.parent.postMessage({ message: 'height', value: h, secret: secret }, '*')
  }
  // wp-embed.js says 'ready' when it starts listening, which may be after the card has loaded.
  window.addEventListener('message', function (event) {
    var data = event.data
    if (secret && event.source === window.parent && data && data.message === 'ready' && data.secret === secret)
      post(true)
  })
  window.addEventListener('load', function () { post(true) })
  window.addEventListener('resize', post)
  if (window.ResizeObserver) new ResizeObserver(function () { post() }).observe(document.body)
  post(true)
})()
`
