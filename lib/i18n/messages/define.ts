// Every namespace of UI text is written in English first; Finnish and Swedish must have exactly
// the same keys (TypeScript checks it), so no piece of UI text exists in one language only.
export type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export function defineMessages<const T>(messages: { en: T; fi: Widen<T>; sv: Widen<T> }) {
  return messages;
}
