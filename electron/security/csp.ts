/**
 * The renderer's Content-Security-Policy: only the app's own files, no inline or remote script,
 * no plugins, no framing. Inline styles stay allowed because React's `style` props and chart
 * libraries set them; they cannot run code.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

/** `frame-ancestors` only works as a header; in a <meta> tag Chromium ignores it with a warning. */
export const metaContentSecurityPolicy = contentSecurityPolicy
  .split('; ')
  .filter((directive) => !directive.startsWith('frame-ancestors'))
  .join('; ')
