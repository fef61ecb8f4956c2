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
              Done
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
          Your second factor is on. {status.recoveryCodesLeft} of 10 recovery codes left.
          {status.required &&
            " Your role must have one, so removing it means setting up a new one at your next sign-in."}
        </p>
        <details>
          <summary>Remove the second factor</summary>
          <CodeForm
            id="remove-code"
            label="A current code (or a recovery code)"
            button="Remove"
            submit={async (values) => {
              const result = await removeSecondFactorAction(values);
              if (!result.ok) return { message: result.fieldErrors?.code ?? result.message };
              setMessage("Your second factor is removed.");
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
      <p>
        {status.sso
          ? t("secondFactorSso")
          : status.required
            ? "Your role must have a second factor: you will be asked to set one up at your next sign-in."
            : "Add a code from your phone to your password, so a stolen password alone opens nothing."}
      </p>
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
          Set up a second factor
        </button>
      </div>
    </>
  );
}
