import { NotFoundCard } from "@/components/site/not-found-card";

/** A posting or page under the public site that does not exist (or a job that is a draft). */
export default function NotFound() {
  return <NotFoundCard />;
}
