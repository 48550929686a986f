// The demo assignment's stance-shift poll: the thesis, and the "before" answers the demo students
// gave before their first posts (the "after" round opens at the due time).
import type { DemoAuthorEmail } from "./discussion";

export const DEMO_THESIS = "The Korean War was a defensive war for North Korea and China.";

export const DEMO_BEFORE_ANSWERS: readonly { email: DemoAuthorEmail; rating: 1 | 2 | 3 | 4 | 5; hoursAgo: number }[] = [
  { email: "student1@demo.school", rating: 4, hoursAgo: 120 },
  { email: "student2@demo.school", rating: 2, hoursAgo: 119 },
  { email: "student3@demo.school", rating: 3, hoursAgo: 118.5 },
];
