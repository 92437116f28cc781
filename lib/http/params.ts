// The dynamic segments of a route, as a schema for defineRoute's `params`: routeParams("locale",
// "slug") types them as strings (Next always passes them; a missing one would be a routing bug).
import { z } from "zod";

export function routeParams<const K extends string>(...names: K[]) {
  return z.object(Object.fromEntries(names.map((n) => [n, z.string()])) as { [P in K]: z.ZodString });
}
