// Any other path is a real 404.
import { notFound } from "next/navigation";

export default function CatchAll() {
  notFound();
}
