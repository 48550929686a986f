// The page proxy.ts answers with 503 while the database cannot serve (ADR 0010): plain HTML, since
// nothing of the app can render, saying what app/error.tsx says in the same look. Its one script
// (this request's nonce) asks GET /api/health after each Retry-After and loads the page again once
// it answers 200, so a screen reader hears the notice once rather than on every reload; without
// JavaScript the page refreshes itself more slowly, and "Try again" reloads it at once.

const NO_SCRIPT_REFRESH_SECONDS = 5;

// Tailwind's values for error.tsx's classes: stone-50 page, slate-900 text, slate-700 paragraph,
// max-w-md, py-12, text-2xl font-semibold, indigo-700 links with the app's focus ring.
const STYLE = `
body{margin:0;min-height:100vh;background:#fafaf9;color:#0f172a;font-family:ui-sans-serif,system-ui,sans-serif,"Apple Color Emoji","Segoe UI Emoji";-webkit-font-smoothing:antialiased;line-height:1.5}
main{max-width:28rem;margin:0 auto;padding:3rem 1rem;text-align:center}
h1{font-size:1.5rem;line-height:2rem;font-weight:600;margin:0 0 .75rem}
p{color:#334155;margin:0 0 .75rem}
a{color:#4338ca;text-decoration:underline;text-underline-offset:2px}
a:focus-visible{outline:2px solid #4f46e5;outline-offset:2px}`;

const script = (retryAfterSeconds: number) => `
const again = (seconds) => setTimeout(check, (Number(seconds) || ${retryAfterSeconds}) * 1000);
function check() {
  fetch("/api/health", { cache: "no-store" }).then(
    (response) => (response.ok ? location.reload() : again(response.headers.get("retry-after"))),
    () => again(),
  );
}
again(${retryAfterSeconds});`;

export function unavailablePage({ nonce, retryAfterSeconds }: { nonce: string; retryAfterSeconds: number }): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Margin is briefly unavailable</title>
<noscript><meta http-equiv="refresh" content="${NO_SCRIPT_REFRESH_SECONDS}"></noscript>
<style nonce="${nonce}">${STYLE}</style>
</head>
<body>
<main id="main">
<h1>Margin is briefly unavailable</h1>
<p role="status">It is busy or restarting. This page loads again by itself as soon as Margin is back; nothing you saved is lost.</p>
<p><a href="">Try again now</a></p>
</main>
<script nonce="${nonce}">${script(retryAfterSeconds)}</script>
</body>
</html>
`;
}
