// Markdown that tries to run script or load content: the renderer must leave none of it in its HTML.
export const XSS_SOURCES = [
  '<script>alert(1)</script><img src=x onerror="alert(2)"><iframe src="https://evil.test"></iframe>',
  "[click](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=)",
];
export const UNSAFE_HTML = /<script|<img|<iframe|onerror|javascript:|data:text/i;
