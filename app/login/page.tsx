import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { currentActor } from "@/lib/auth/current";
import { safeNextPath } from "@/lib/auth/redirect";

type Props = { searchParams: Promise<{ next?: string }> };

export default async function LoginPage({ searchParams }: Props) {
  const next = safeNextPath((await searchParams).next);
  if (await currentActor()) redirect(next);
  return (
    <main id="main" className="page narrow">
      <section className="card">
        <h1>Sign in to Rekry</h1>
        <p>For recruiters, hiring managers and admins. Candidates never need an account.</p>
        <LoginForm next={next} />
      </section>
    </main>
  );
}
