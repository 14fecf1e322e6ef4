// The site icon: three rising bars, in the page's accent colour. A fixed asset, not built from data.
export const FAVICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0b57d0"/>' +
  '<path fill="#fff" d="M7 16h4v9H7zm7-6h4v15h-4zm7-4h4v19h-4z"/></svg>'
