// The optional script of the embed card, served as /embed/resize.js: it tells the framing page how tall the card
// is, so the host can size its iframe. The message shape is the embed contract in README "Embedding the figures".
export const RESIZE_JS = `// Posts the card's height to the page that frames it: { type: 'article-edge:height', slug, height }.
;(function () {
  if (window.parent === window) return
  var slug = document.documentElement.getAttribute('data-slug')
  var last = -1
  function post(force) {
    var height = Math.ceil(document.body.getBoundingClientRect().height)
    if (height === last && force !== true) return
    last = height
    window.parent.postMessage({ type: 'article-edge:height', slug: slug, height: height }, '*')
  }
  window.addEventListener('load', function () { post(true) })
  window.addEventListener('resize', post)
  if (window.ResizeObserver) new ResizeObserver(function () { post() }).observe(document.body)
  post(true)
})()
`
