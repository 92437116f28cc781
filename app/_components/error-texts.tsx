"use client";
// The texts of the error page (app/[locale]/error.tsx), in the page's language, handed down by the
// layout from the server: a client error boundary gets no props of ours, and importing the
// translator there would ship every dictionary to every page.
import { createContext, useContext, type ReactNode } from "react";

export type ErrorTexts = { title: string; body: string; reference: string; tryAgain: string; home: string; homeHref: string };

const Texts = createContext<ErrorTexts | null>(null);

export function ErrorTextsProvider({ texts, children }: { texts: ErrorTexts; children: ReactNode }) {
  return <Texts.Provider value={texts}>{children}</Texts.Provider>;
}

export function useErrorTexts(): ErrorTexts | null {
  return useContext(Texts);
}
