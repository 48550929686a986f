"use client";

import { useEffect } from "react";

// A permalink lands on #post-<id>, but the list of responses streams in after the browser has
// looked for that post. Once the list is here, go to the post again (a same-page fragment
// navigation, no reload) so it is scrolled into view and :target highlights it.
export function RevealTarget() {
  useEffect(() => {
    const { hash } = window.location;
    const target = hash.startsWith("#post-") ? document.getElementById(hash.slice(1)) : null;
    if (!target) return;
    if (target.matches(":target")) target.scrollIntoView();
    else window.location.replace(hash);
  }, []);
  return null;
}
