// The demo assignment's stance-shift poll.
export const DEMO_THESIS = "The Korean War was a defensive war for North Korea and China.";
