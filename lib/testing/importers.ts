// Real fixtures under ids of their own, so test files running in parallel never import the same
// initiative ((externalSource, externalId) is unique). The data is otherwise unchanged.
import { randomInt } from "node:crypto";

/** A petition or initiative number no real source uses (9 digits, starting with 9). */
export const uniqueNumber = () => String(900_000_000 + randomInt(99_999_999));

/** The fixture's text with every occurrence of its id replaced (ids, links, file names). */
export const withId = (text: string, from: string, to: string) => text.replaceAll(from, to);
