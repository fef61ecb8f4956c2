import Link from "next/link";

/** The 404 message in both languages, since a missing page cannot tell which one the visitor reads. */
export function NotFoundCard() {
  return (
    <main id="main" className="page">
      <section className="card">
        <h1>Page not found</h1>
        <p>We could not find that page. It may have moved, or the role may be closed.</p>
        <p>
          <Link href="/">See our open roles</Link>
        </p>
        <p lang="sv">
          Sidan hittades inte. <Link href="/sv">Se våra lediga roller</Link>
        </p>
      </section>
    </main>
  );
}
