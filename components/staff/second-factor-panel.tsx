"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { beginEnrolmentAction, confirmEnrolmentAction, removeSecondFactorAction } from "@/app/staff/account/actions";
import { CodeForm } from "@/components/auth/code-form";
import { SecondFactorEnrolment } from "@/components/auth/second-factor-enrolment";
import type { EnrolmentView, SecondFactorStatus } from "@/lib/auth/second-factor/account";

/** The account page's second factor: set it up, or remove it with a current code. */
export function SecondFactorPanel({ status }: { status: SecondFactorStatus }) {
  const router = useRouter();
  const [enrolment, setEnrolment] = useState<EnrolmentView | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const t = useTranslations("account");

  if (enrolment)
    return (
      <SecondFactorEnrolment
        enrolment={enrolment}
        confirm={async (code) => {
          const result = await confirmEnrolmentAction({ code });
          return result.ok ? result.data : { message: result.fieldErrors?.code ?? result.message };
        }}
        after={
          <div className="actions">
            <button className="button" type="button" onClick={() => (setEnrolment(null), router.refresh())}>
              {t("factor.done")}
            </button>
          </div>
        }
      />
    );

  if (status.enrolled)
    return (
      <>
        {message && (
          <p className="notice" role="status">
            {message}
          </p>
        )}
        <p>
          {t("factor.on", { left: status.recoveryCodesLeft })}
          {status.required && t("factor.requiredOn")}
        </p>
        <details>
          <summary>{t("factor.remove")}</summary>
          <CodeForm
            id="remove-code"
            label={t("factor.codeLabel")}
            button={t("factor.removeButton")}
            submit={async (values) => {
              const result = await removeSecondFactorAction(values);
              if (!result.ok) return { message: result.fieldErrors?.code ?? result.message };
              setMessage(t("factor.removed"));
              router.refresh();
            }}
          />
        </details>
      </>
    );

  return (
    <>
      {message && (
        <div className="error-summary" role="alert">
          <h2>{message}</h2>
        </div>
      )}
      <p>{status.sso ? t("secondFactorSso") : status.required ? t("factor.required") : t("factor.offer")}</p>
      <div className="actions">
        <button
          className="button"
          type="button"
          disabled={pending}
          onClick={() =>
            start(async () => {
              const result = await beginEnrolmentAction({});
              if (result.ok) setEnrolment(result.data);
              else setMessage(result.message);
            })
          }
        >
          {t("factor.setUp")}
        </button>
      </div>
    </>
  );
}
