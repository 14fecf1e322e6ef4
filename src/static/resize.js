// Posts the card's height to the page that frames it: { type: 'article-edge:height', slug, height }.
;(() => {
  if (window.parent === window) return
  var slug = document.documentElement.getAttribute('data-slug')
  var last = -1
  function post(force) {
    var height = Math.ceil(document.body.getBoundingClientRect().height)
    if (height === last && force !== true) return
    last = height
    window.parent.postMessage({ type: 'article-edge:height', slug: slug, height: height }, '*')
  }
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
