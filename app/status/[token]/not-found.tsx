import { StatusMissing } from "@/components/status/status-missing";

/** A status token that matches no application: a real 404, with the way to a new link. */
export default function StatusNotFound() {
  return <StatusMissing />;
}
