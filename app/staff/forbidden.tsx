import Link from "next/link";

/** The one 403 page of the staff side: a role that may not see a page gets this, with a way on. */
export default function NoAccess() {
  return (
    <section className="card">
      <title>No access | Rekry</title>
      <h1>No access</h1>
      <p>
        Your role does not include this page. The applications and interviews that are yours are on the staff home page.
      </p>
      <p>If you need more access, ask an admin to change your role.</p>
      <p>
        <Link href="/staff">Go to the staff home page</Link>
      </p>
    </section>
  );
}
