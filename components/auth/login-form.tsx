"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { login } from "@/app/login/actions";
import { Field } from "@/components/ui/field";
import { loginInput } from "@/lib/validations/auth";

type Values = z.input<typeof loginInput>;

export function LoginForm({ next }: { next: string }) {
  const [message, setMessage] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ resolver: zodResolver(loginInput), defaultValues: { next } });

  const onSubmit = handleSubmit(async (values) => {
    setMessage(null);
    const result = await login(values);
    if (result?.message) setMessage(result.message);
  });

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      {message && (
        <div className="error-summary" role="alert">
          <h2>{message}</h2>
        </div>
      )}
      <input type="hidden" {...register("next")} />
      <Field id="login-email" label="Email" error={errors.email?.message}>
        {(attrs) => <input type="email" autoComplete="username" {...attrs} {...register("email")} />}
      </Field>
      <Field id="login-password" label="Password" error={errors.password?.message}>
        {(attrs) => <input type="password" autoComplete="current-password" {...attrs} {...register("password")} />}
      </Field>
      <div className="actions">
        <button className="button" type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Signing in..." : "Sign in"}
        </button>
      </div>
    </form>
  );
}
