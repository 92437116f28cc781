"use client";
// The follow button for signed-in people with JavaScript: react-query mutation with an optimistic
// update. Until the state is known, and for anonymous visitors, the plain form (fallback) is shown.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { followStateQuery, setFollowing, type FollowState } from "@/lib/follows/query-options";
import type { TFollowTarget } from "@/lib/follows/schemas";

export function FollowToggle({
  target,
  id,
  labels,
  fallback,
}: {
  target: TFollowTarget;
  id: string;
  labels: { follow: string; following: string; unfollow: string };
  fallback: ReactNode;
}) {
  const input = { target, id };
  const options = followStateQuery(input);
  const client = useQueryClient();
  const { data } = useQuery(options);
  const mutation = useMutation({
    mutationFn: (following: boolean) => setFollowing(input, following),
    onMutate: async (following) => {
      await client.cancelQueries({ queryKey: options.queryKey });
      const previous = client.getQueryData<FollowState>(options.queryKey);
      client.setQueryData<FollowState>(options.queryKey, { signedIn: true, following });
      return { previous };
    },
    onError: (_error, _following, context) => client.setQueryData(options.queryKey, context?.previous),
    onSettled: () => client.invalidateQueries({ queryKey: options.queryKey }),
  });
  if (!data?.signedIn) return <>{fallback}</>;
  return data.following ? (
    <p>
      <strong className="tag tag-green" role="status">
        {labels.following}
      </strong>{" "}
      <button className="button button-secondary" type="button" onClick={() => mutation.mutate(false)} disabled={mutation.isPending}>
        {labels.unfollow}
      </button>
    </p>
  ) : (
    <button className="button" type="button" onClick={() => mutation.mutate(true)} disabled={mutation.isPending}>
      {labels.follow}
    </button>
  );
}
