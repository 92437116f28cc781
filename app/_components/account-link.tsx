"use client";
// The header's account link and notification bell. Pages are cached and the same for everyone, so
// who is signed in is asked from /api/me in the browser; without JavaScript the link goes to /me,
// which sends anonymous visitors to sign in.
import { useQuery } from "@tanstack/react-query";
import { meQuery } from "@/lib/follows/query-options";

export function AccountLink({
  labels,
  paths,
}: {
  labels: { signIn: string; account: string; bell: string; admin: string };
  paths: { signIn: string; me: string; notifications: string; admin: string };
}) {
  const { data } = useQuery(meQuery());
  if (!data) return <a href={paths.me}>{labels.account}</a>;
  if (!data.signedIn) return <a href={paths.signIn}>{labels.signIn}</a>;
  return (
    <>
      {data.role === "ADMIN" || data.role === "EDITOR" ? <a href={paths.admin}>{labels.admin}</a> : null}{" "}
      <a href={paths.me}>{labels.account}</a>{" "}
      <a href={paths.notifications} data-testid="bell">
        {labels.bell}
        {data.unread > 0 ? <span className="tag tag-yellow"> {data.unread}</span> : null}
      </a>
    </>
  );
}
