import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { UsersAdmin } from "@/components/staff/users-admin";
import { actorWith } from "@/lib/auth/current";
import { usersWithSecondFactor } from "@/lib/auth/second-factor/account";
import { listUsers } from "@/lib/users/users";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("users"))("title") };
}

export default async function UsersPage() {
  const actor = await actorWith("users.manage", "/staff/users");
  const t = await getTranslations("users");
  return (
    <ClientMessages of="/staff/users">
      <>
        <h1>{t("title")}</h1>
        <UsersAdmin
          users={await listUsers(actor)}
          selfId={actor.id}
          withSecondFactor={await usersWithSecondFactor(actor)}
        />
      </>
    </ClientMessages>
  );
}
