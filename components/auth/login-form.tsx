"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { confirmEnrolmentAtSignIn, login, submitCode, type LoginResult } from "@/app/login/actions";
import { Field } from "@/components/ui/field";
import type { EnrolmentView } from "@/lib/auth/second-factor/account";
import { loginInput } from "@/lib/validations/auth";
import { CodeForm } from "./code-form";
import { SecondFactorEnrolment } from "./second-factor-enrolment";
import { useSchemaResolver } from "@/components/ui/use-schema-resolver";

type Values = z.input<typeof loginInput>;
type Step = { step: "password" } | { step: "code" } | { step: "enrol"; enrolment: EnrolmentView };

/** Password, then (for accounts with a second factor, or that must set one up) the code step. */
export function LoginForm({ next }: { next: string }) {
  const t = useTranslations("auth");
  const [step, setStep] = useState<Step>({ step: "password" });
  const [message, setMessage] = useState<string | null>(null);
  const restartOn = (result: LoginResult | { message: string; restart?: boolean }) => {
    if ("restart" in result && result.restart) {
      setStep({ step: "password" });
      setMessage(result.message);
    }
  };

  if (step.step === "code")
    return (
      <CodeForm
        id="login-code"
        label={t("code")}
        hint={t("codeHint")}
        button={t("verify")}
        next={next}
        submit={async (values) => {
          const result = await submitCode(values);
          restartOn(result);
          return "message" in result ? result : undefined;
        }}
      />
    );
  if (step.step === "enrol")
    return (
      <>
        <p>{t("needsFactor")}</p>
        <SecondFactorEnrolment
          enrolment={step.enrolment}
          confirm={async (code) => {
            const result = await confirmEnrolmentAtSignIn({ code });
            if ("message" in result) restartOn(result);
            return result;
          }}
          after={
            <div className="actions">
              <a className="button" href={next}>
                {t("continue")}
              </a>
            </div>
          }
        />
      </>
    );
  return <PasswordForm next={next} message={message} onStep={setStep} />;
}

function PasswordForm({
  next,
  message: initialMessage,
  onStep,
}: {
  next: string;
  message: string | null;
  onStep: (step: Step) => void;
}) {
  const t = useTranslations("auth");
  const [message, setMessage] = useState<string | null>(initialMessage);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ resolver: useSchemaResolver(loginInput), defaultValues: { next } });

  const onSubmit = handleSubmit(async (values) => {
    setMessage(null);
    const result = await login(values);
    if ("step" in result) onStep(result);
    else if (result?.message) setMessage(result.message);
  });

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      {message && (
        <div className="error-summary" role="alert">
          <h2>{message}</h2>
        </div>
      )}
      <input type="hidden" {...register("next")} />
      <Field id="login-email" label={t("email")} error={errors.email?.message}>
        {(attrs) => <input type="email" autoComplete="username" {...attrs} {...register("email")} />}
      </Field>
      <Field id="login-password" label={t("password")} error={errors.password?.message}>
        {(attrs) => <input type="password" autoComplete="current-password" {...attrs} {...register("password")} />}
      </Field>
      <div className="actions">
        <button className="button" type="submit" disabled={isSubmitting}>
          {isSubmitting ? t("signingIn") : t("signIn")}
        </button>
      </div>
    </form>
  );
}
