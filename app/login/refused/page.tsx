import Link from "next/link";

type Props = { searchParams: Promise<{ reason?: string }> };

/** Plain words for each refusal of a single sign-on; nothing about any other account. */
const REASONS: Record<string, { title: string; text: string }> = {
  no_account: {
    title: "There is no Rekry account for you",
    text: "Rekry is by invitation. Ask an admin to add you with the email address your organisation's sign-in uses.",
  },
  not_verified: {
    title: "Your email address is not verified",
    text: "Your organisation's sign-in has not confirmed your email address, so Rekry cannot tell it is yours. Ask your IT department to verify it, then try again.",
  },
  deactivated: {
    title: "Your Rekry account is deactivated",
    text: "An admin has turned off your account. Ask them to reactivate it if you still need access.",
  },
};

export default async function SignInRefusedPage({ searchParams }: Props) {
  const reason = REASONS[(await searchParams).reason ?? ""] ?? {
    title: "You could not be signed in",
    text: "The sign-in did not complete. Please try again.",
  };
  return (
    <main id="main" className="page narrow">
      <section className="card">
        <h1>{reason.title}</h1>
        <p>{reason.text}</p>
        <p>
          <Link href="/login">Back to sign in</Link>
        </p>
      </section>
    </main>
  );
}
