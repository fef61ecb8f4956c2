import type { Metadata } from "next";
import { UsersAdmin } from "@/components/staff/users-admin";
import { actorWith } from "@/lib/auth/current";
import { usersWithSecondFactor } from "@/lib/auth/second-factor/account";
import { listUsers } from "@/lib/users/users";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const actor = await actorWith("users.manage", "/staff/users");
  return (
    <>
      <h1>Users</h1>
      <UsersAdmin
        users={await listUsers(actor)}
        selfId={actor.id}
        withSecondFactor={await usersWithSecondFactor(actor)}
      />
    </>
  );
}
