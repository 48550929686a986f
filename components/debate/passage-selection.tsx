"use client";

import { createContext, use, useState } from "react";

// The passage of the section text the reader has chosen (by selecting it, or by picking a
// sentence with the keyboard). Forms on the page quote it: responses, replies, contested claims.
export type Passage = { start: number; end: number; text: string };

type PassageSelection = { passage: Passage | null; choose: (passage: Passage | null) => void };

const PassageSelectionContext = createContext<PassageSelection | null>(null);

export function PassageSelectionProvider({ children }: { children: React.ReactNode }) {
  const [passage, choose] = useState<Passage | null>(null);
  return <PassageSelectionContext value={{ passage, choose }}>{children}</PassageSelectionContext>;
}

// Outside a section page (no text to quote) nothing is ever selected.
const NOTHING_SELECTED: PassageSelection = { passage: null, choose: () => {} };

export function usePassageSelection(): PassageSelection {
  return use(PassageSelectionContext) ?? NOTHING_SELECTED;
}
