"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import {
  createUserAction,
  endUserSessionsAction,
  resetPasswordAction,
  resetSecondFactorAction,
  updateUserAction,
} from "@/app/staff/users/actions";
import { ROLES, type Role } from "@/lib/auth/roles";
import type { UserDto } from "@/lib/users/users";
import { userCreate } from "@/lib/validations/auth";
import { TableScroll } from "@/components/ui/table-scroll";
import { useSchemaResolver } from "@/components/ui/use-schema-resolver";

type NewUser = z.input<typeof userCreate>;

/** Shown once: the admin passes the password on; it is never displayed again. */
function Secret({ label, value }: { label: string; value: string }) {
  const t = useTranslations("users");
  return (
    <div className="notice" role="status">
      {t.rich("secret", { label, value, secret: (chunks) => <span className="secret">{chunks}</span> })}
    </div>
  );
}

function AddUser({ onCreated }: { onCreated: (email: string, password: string) => void }) {
  const t = useTranslations("users");
  const roles = useTranslations("common.roles");
  const [error, setError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    reset,
    setError: setFieldError,
    formState,
  } = useForm<NewUser>({
    resolver: useSchemaResolver(userCreate),
    defaultValues: { role: "recruiter" },
  });
  const { errors, isSubmitting } = formState;
  const onSubmit = handleSubmit(async (values) => {
    setError(null);
    const result = await createUserAction(values);
    if (result.ok) {
      onCreated(result.data.user.email, result.data.password);
      reset({ name: "", email: "", role: "recruiter" });
      return;
    }
    for (const [field, message] of Object.entries(result.fieldErrors ?? {})) {
      if (field === "name" || field === "email" || field === "role") setFieldError(field, { message });
    }
    if (!result.fieldErrors) setError(result.message);
  });
  const described = (name: keyof NewUser) =>
    errors[name] ? { "aria-invalid": true as const, "aria-describedby": `new-${name}-error` } : {};
  return (
    <form className="card form" onSubmit={onSubmit} noValidate aria-labelledby="add-user">
      <h2 id="add-user" style={{ marginTop: 0 }}>
        {t("add.heading")}
      </h2>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="field">
        <label htmlFor="new-name">{t("add.name")}</label>
        <input id="new-name" type="text" {...described("name")} {...register("name")} />
        {errors.name && (
          <p className="error" id="new-name-error">
            {errors.name.message}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor="new-email">{t("add.email")}</label>
        <input id="new-email" type="email" {...described("email")} {...register("email")} />
        {errors.email && (
          <p className="error" id="new-email-error">
            {errors.email.message}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor="new-role">{t("add.role")}</label>
        <select id="new-role" {...register("role")}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {roles(r)}
            </option>
          ))}
        </select>
      </div>
      <div className="actions">
        <button className="button" type="submit" disabled={isSubmitting}>
          {t("add.submit")}
        </button>
      </div>
    </form>
  );
}

type RowProps = {
  user: UserDto;
  self: boolean;
  secondFactor: boolean;
  onSecret: (text: string, value: string) => void;
  onNotice: (m: string) => void;
  onError: (m: string) => void;
};

function UserRow({ user, self, secondFactor, onSecret, onNotice, onError }: RowProps) {
  const t = useTranslations("users");
  const roles = useTranslations("common.roles");
  const [role, setRole] = useState<Role>(user.role);
  const [pending, start] = useTransition();
  const run = (fn: () => Promise<{ ok: boolean; message?: string }>) =>
    start(async () => {
      const result = await fn();
      if (!result.ok && result.message) onError(result.message);
    });
  return (
    <tr>
      <td>
        {user.name}
        {self && t("you")}
      </td>
      <td>{user.email}</td>
      <td>
        <div className="inline-form">
          <label className="visually-hidden" htmlFor={`role-${user.id}`}>
            {t("roleOf", { name: user.name })}
          </label>
          <select id={`role-${user.id}`} value={role} onChange={(e) => setRole(e.target.value as Role)}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {roles(r)}
              </option>
            ))}
          </select>
          {role !== user.role && (
            <button
              className="button small"
              type="button"
              disabled={pending}
              onClick={() => run(() => updateUserAction({ id: user.id, changes: { role } }))}
            >
              {t("saveRole")}
            </button>
          )}
        </div>
      </td>
      <td>{user.active ? t("active") : t("deactivated")}</td>
      <td>
        <div className="inline-form">
          <button
            className={`button small ${user.active ? "secondary" : ""}`}
            type="button"
            disabled={pending || self}
            onClick={() => run(() => updateUserAction({ id: user.id, changes: { active: !user.active } }))}
          >
            {user.active ? t("deactivate") : t("reactivate")}
            <span className="visually-hidden"> {user.name}</span>
          </button>
          <button
            className="button small secondary"
            type="button"
            disabled={pending}
            onClick={() =>
              run(async () => {
                const result = await resetPasswordAction({ id: user.id });
                if (result.ok) onSecret(t("newPassword", { email: result.data.user.email }), result.data.password);
                return result;
              })
            }
          >
            {t("resetPassword")}
            <span className="visually-hidden">{t("ofUser", { name: user.name })}</span>
          </button>
          <button
            className="button small secondary"
            type="button"
            disabled={pending}
            onClick={() =>
              run(async () => {
                const result = await endUserSessionsAction({ id: user.id });
                if (result.ok) onNotice(t("sessionsEnded", { count: result.data.revoked, name: user.name }));
                return result;
              })
            }
          >
            {t("endSessions")}
            <span className="visually-hidden">{t("ofUser", { name: user.name })}</span>
          </button>
          {secondFactor && (
            <button
              className="button small secondary"
              type="button"
              disabled={pending}
              onClick={() =>
                run(async () => {
                  const result = await resetSecondFactorAction({ id: user.id });
                  if (result.ok) onNotice(t("secondFactorReset", { name: user.name }));
                  return result;
                })
              }
            >
              {t("resetSecondFactor")}
              <span className="visually-hidden">{t("ofUser", { name: user.name })}</span>
            </button>
          )}
        </div>
      </td>
    </tr>
  );
}

export function UsersAdmin({
  users,
  selfId,
  withSecondFactor,
}: {
  users: UserDto[];
  selfId: number;
  withSecondFactor: number[];
}) {
  const t = useTranslations("users");
  const [secret, setSecret] = useState<{ label: string; value: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <>
      {secret && <Secret label={secret.label} value={secret.value} />}
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <TableScroll label={t("table")}>
        <table className="data">
          <caption className="visually-hidden">{t("table")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("columns.name")}</th>
              <th scope="col">{t("columns.email")}</th>
              <th scope="col">{t("columns.role")}</th>
              <th scope="col">{t("columns.status")}</th>
              <th scope="col">{t("columns.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <UserRow
                key={`${u.id}-${u.role}-${u.active}`}
                user={u}
                self={u.id === selfId}
                secondFactor={withSecondFactor.includes(u.id)}
                onSecret={(label, value) => setSecret({ label, value })}
                onNotice={setNotice}
                onError={setError}
              />
            ))}
          </tbody>
        </table>
      </TableScroll>
      <div style={{ marginTop: "2rem" }}>
        <AddUser onCreated={(email, password) => setSecret({ label: t("password", { email }), value: password })} />
      </div>
    </>
  );
}
