import { consentText } from "@/lib/i18n/consent";

/** A consent link that matches nothing: a real 404, in both languages (the link names no language). */
export default function ConsentNotFound() {
  const [en, sv] = [consentText("en"), consentText("sv")];
  return (
    <main id="main" className="page">
      <h1>{en.unknownTitle}</h1>
      <p>{en.unknown}</p>
      <h2 lang="sv">{sv.unknownTitle}</h2>
      <p lang="sv">{sv.unknown}</p>
    </main>
  );
}
