import type { Metadata } from "next";
import { UsersAdmin } from "@/components/staff/users-admin";
import { actorOrLogin } from "@/lib/auth/current";
import { can } from "@/lib/auth/permissions";
import { listUsers } from "@/lib/users/users";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const actor = await actorOrLogin("/staff/users");
  if (!can(actor, "users.manage")) {
    return (
      <section className="card">
        <h1>No access</h1>
        <p>Only admins can manage users. Ask an admin if you need an account changed.</p>
      </section>
    );
  }
  return (
    <>
      <h1>Users</h1>
      <UsersAdmin users={listUsers(actor)} selfId={actor.id} />
    </>
  );
}
