"use client";
// The follow button for signed-in people with JavaScript: an optimistic update of the react-query
// state, rolled back if the change fails (a plain async handler rather than useMutation, which would
// add its machinery to every status page's scripts). Until the state is known, and for anonymous
// visitors, the plain form (fallback) is shown.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
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
  const [pending, setPending] = useState(false);
  const change = async (following: boolean) => {
    setPending(true);
    await client.cancelQueries({ queryKey: options.queryKey });
    const previous = client.getQueryData<FollowState>(options.queryKey);
    client.setQueryData<FollowState>(options.queryKey, { signedIn: true, following });
    try {
      await setFollowing(input, following);
    } catch {
      client.setQueryData(options.queryKey, previous);
    } finally {
      setPending(false);
      void client.invalidateQueries({ queryKey: options.queryKey });
    }
  };
  if (!data?.signedIn) return <>{fallback}</>;
  return data.following ? (
    <p>
      <strong className="tag tag-green" role="status">
        {labels.following}
      </strong>{" "}
      <button className="button button-secondary" type="button" onClick={() => void change(false)} disabled={pending}>
        {labels.unfollow}
      </button>
    </p>
  ) : (
    <button className="button" type="button" onClick={() => void change(true)} disabled={pending}>
      {labels.follow}
    </button>
  );
}
