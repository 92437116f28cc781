// react-query keys and fetchers for the follow button and the account link (client islands).
import { queryOptions } from "@tanstack/react-query";
import type { TFollowInput, TFollowKindsInput } from "./schemas";

export type FollowState = { signedIn: boolean; following: boolean };
export type MeState = { signedIn: false } | { signedIn: true; email: string; role: string; unread: number };

export function followStateQuery(input: TFollowInput) {
  return queryOptions({
    queryKey: ["me", "follows", input.target, input.id] as const,
    queryFn: async (): Promise<FollowState> => {
      const response = await fetch(`/api/me/follows?target=${input.target}&id=${encodeURIComponent(input.id)}`, {
        credentials: "same-origin",
      });
      if (!response.ok) throw new Error(`Follow state failed: ${response.status}`);
      return (await response.json()) as FollowState;
    },
    staleTime: 60_000,
  });
}

export function meQuery() {
  return queryOptions({
    queryKey: ["me"] as const,
    queryFn: async (): Promise<MeState> => {
      const response = await fetch("/api/me", { credentials: "same-origin" });
      if (!response.ok) throw new Error(`Account state failed: ${response.status}`);
      return (await response.json()) as MeState;
    },
    refetchInterval: 60_000,
    refetchIntervalInBackground: false,
  });
}

export async function setFollowing(input: TFollowInput, following: boolean): Promise<{ following: boolean }> {
  const response = await fetch("/api/me/follows", {
    method: following ? "POST" : "DELETE",
    headers: { "Content-Type": "application/json" },
    credentials: "same-origin",
    body: JSON.stringify(input),
  });
  if (!response.ok) throw new Error(`Follow change failed: ${response.status}`);
  return (await response.json()) as { following: boolean };
}

export async function saveFollowKinds(input: TFollowKindsInput): Promise<{ eventKinds: string[] }> {
  const response = await fetch("/api/me/follows", {
    method: "PATCH",
    headers: { "Content-Type": "application/json" },
    credentials: "same-origin",
    body: JSON.stringify(input),
  });
  if (!response.ok) throw new Error(`Saving what a follow brings failed: ${response.status}`);
  return (await response.json()) as { eventKinds: string[] };
}
