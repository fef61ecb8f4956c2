import Link from "next/link";
import { getTranslations } from "next-intl/server";

type Props = { searchParams: Promise<{ reason?: string }> };

/** Plain words for each refusal of a single sign-on; nothing about any other account. */
const REASONS = ["no_account", "not_verified", "deactivated"] as const;
type Reason = (typeof REASONS)[number] | "other";

export default async function SignInRefusedPage({ searchParams }: Props) {
  const asked = (await searchParams).reason ?? "";
  const reason: Reason = (REASONS as readonly string[]).includes(asked) ? (asked as Reason) : "other";
  const t = await getTranslations("auth.refused");
  return (
    <main id="main" className="page narrow">
      <section className="card">
        <h1>{t(`${reason}.title`)}</h1>
        <p>{t(`${reason}.text`)}</p>
        <p>
          <Link href="/login">{t("back")}</Link>
        </p>
      </section>
    </main>
  );
}
