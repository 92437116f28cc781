// react-query keys and fetchers for the follow button and the account link (client islands).
import { queryOptions } from "@tanstack/react-query";
import { fetchJson } from "@/lib/net/fetch-json";
import type { TFollowInput, TFollowKindsInput } from "./schemas";

export type FollowState = { signedIn: boolean; following: boolean };
export type MeState = { signedIn: false } | { signedIn: true; email: string; role: string; unread: number };

export function followStateQuery(input: TFollowInput) {
  return queryOptions({
    queryKey: ["me", "follows", input.target, input.id] as const,
    queryFn: () => fetchJson<FollowState>(`/api/me/follows?target=${input.target}&id=${encodeURIComponent(input.id)}`, "Follow state"),
    staleTime: 60_000,
  });
}

export function meQuery() {
  return queryOptions({
    queryKey: ["me"] as const,
    queryFn: () => fetchJson<MeState>("/api/me", "Account state"),
    refetchInterval: 60_000,
    refetchIntervalInBackground: false,
  });
}

export function setFollowing(input: TFollowInput, following: boolean): Promise<{ following: boolean }> {
  return fetchJson("/api/me/follows", "Follow change", { method: following ? "POST" : "DELETE", body: input });
}

export function saveFollowKinds(input: TFollowKindsInput): Promise<{ eventKinds: string[] }> {
  return fetchJson("/api/me/follows", "Saving what a follow brings", { method: "PATCH", body: input });
}
