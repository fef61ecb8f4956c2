import type { PrivacyNotice as Notice } from "@/lib/privacy/notice";

export function PrivacyNotice({ notice }: { notice: Notice }) {
  return (
    <section className="privacy" aria-labelledby="privacy-title">
      <h2 id="privacy-title">{notice.title}</h2>
      {notice.points.map((p) => (
        <p key={p.heading}>
          <strong>{p.heading}.</strong> {p.text}
        </p>
      ))}
    </section>
  );
}
