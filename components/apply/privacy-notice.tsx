import type { PrivacyNotice as Notice } from "@/lib/privacy/notice";

export function PrivacyNotice({ notice }: { notice: Notice }) {
  return (
    <section className="privacy" aria-labelledby="privacy-title">
      <h3 id="privacy-title">{notice.title}</h3>
      {notice.points.map((p) => (
        <p key={p.heading}>
          <strong>{p.heading}.</strong> {p.text}
        </p>
      ))}
    </section>
  );
}
