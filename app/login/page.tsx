import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { signInWithSso } from "@/app/login/actions";
import { currentActor } from "@/lib/auth/current";
import { loginOptions, providerSignOutUrl } from "@/lib/auth/oidc/login-options";
import { safeNextPath } from "@/lib/auth/redirect";

type Props = { searchParams: Promise<{ next?: string; password?: string; signed_out?: string }> };

export default async function LoginPage({ searchParams }: Props) {
  const params = await searchParams;
  const next = safeNextPath(params.next);
  if (await currentActor()) redirect(next);
  // ?password is the break-glass door when PASSWORD_LOGIN=false: only an admin gets through it.
  const options = loginOptions(params.password !== undefined);
  const providerSignOut = params.signed_out !== undefined ? await providerSignOutUrl() : null;
  const t = await getTranslations("auth");
  return (
    <main id="main" className="page narrow">
      <section className="card">
        <h1>{t("heading")}</h1>
        <p>{t("who")}</p>
        {params.signed_out !== undefined && (
          <p className="notice" role="status">
            {t("signedOut")} {providerSignOut && <a href={providerSignOut}>{t("providerSignOut")}</a>}
          </p>
        )}
        {options.sso && (
          <form action={signInWithSso} className="form">
            <input type="hidden" name="next" value={next} />
            <div className="actions">
              <button className="button" type="submit">
                {options.sso}
              </button>
            </div>
          </form>
        )}
        {options.sso && options.password && <p className="login-or">{t("orPassword")}</p>}
        {options.password && <LoginForm next={next} />}
      </section>
    </main>
  );
}
