/* eslint-disable @next/next/no-html-link-for-pages -- this card sits in the tree of every public
   page (app/[lang]/not-found.tsx), and next/link there would ship its router code with the apply
   page's form (about 3 KB gzip); a full page load from a 404 costs nothing worth that. */

/** The 404 message in both languages, since a missing page cannot tell which one the visitor reads. */
export function NotFoundCard() {
  return (
    <main id="main" className="page">
      <section className="card">
        <h1>Page not found</h1>
        <p>We could not find that page. It may have moved, or the role may be closed.</p>
        <p>
          <a href="/">See our open roles</a>
        </p>
        <p lang="sv">
          Sidan hittades inte. <a href="/sv">Se våra lediga roller</a>
        </p>
      </section>
    </main>
  );
}
