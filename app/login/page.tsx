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
  return (
    <main id="main" className="page narrow">
      <section className="card">
        <h1>Sign in to Rekry</h1>
        <p>For recruiters, hiring managers and admins. Candidates never need an account.</p>
        {params.signed_out !== undefined && (
          <p className="notice" role="status">
            You are signed out of Rekry.{" "}
            {providerSignOut && <a href={providerSignOut}>Sign out of your organisation&apos;s account too</a>}
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
        {options.sso && options.password && <p className="login-or">or with your password</p>}
        {options.password && <LoginForm next={next} />}
      </section>
    </main>
  );
}
