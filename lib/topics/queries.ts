import "server-only";
// Reads for the admin console's topics page.
import { db } from "@/lib/db";

export async function listTopics() {
  const rows = await db().topic.findMany({
    orderBy: { slug: "asc" },
    select: { id: true, slug: true, name: true, description: true, _count: { select: { initiatives: true } } },
  });
  return rows.map(({ _count, ...t }) => ({ ...t, initiatives: _count.initiatives }));
}
export type TTopicRow = Awaited<ReturnType<typeof listTopics>>[number];
