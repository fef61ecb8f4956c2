"use client";

import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import type { EnrolmentView } from "@/lib/auth/second-factor/account";
import { CodeForm } from "./code-form";

type Confirmed = { message: string } | { recoveryCodes: string[] };

/**
 * Scan (or type) the secret, confirm with one code, then see the ten recovery codes once.
 * `after` is what follows the codes: a link onwards at sign-in, nothing on the account page.
 */
export function SecondFactorEnrolment({
  enrolment,
  confirm,
  after,
}: {
  enrolment: EnrolmentView;
  confirm: (code: string) => Promise<Confirmed>;
  after?: ReactNode;
}) {
  const t = useTranslations("auth.enrol");
  const [codes, setCodes] = useState<string[] | null>(null);
  if (codes)
    return (
      <section aria-labelledby="recovery-codes-title">
        <h2 id="recovery-codes-title">{t("recoveryHeading")}</h2>
        <p role="status">{t("recoveryText")}</p>
        <ul className="recovery-codes" aria-label={t("recoveryLabel")}>
          {codes.map((c) => (
            <li key={c}>
              <code>{c}</code>
            </li>
          ))}
        </ul>
        {after}
      </section>
    );
  return (
    <section aria-labelledby="enrol-title">
      <h2 id="enrol-title">{t("heading")}</h2>
      <ol>
        <li>{t("step1")}</li>
        <li>{t("step2")}</li>
        <li>{t("step3")}</li>
      </ol>
      {/* eslint-disable-next-line @next/next/no-img-element -- an inline SVG data URL, nothing to optimise */}
      <img className="qr" src={enrolment.qrDataUrl} width={200} height={200} alt={t("qr")} />
      <p>
        {t("key")} <code data-testid="totp-key">{enrolment.key}</code>
      </p>
      <CodeForm
        id="enrol-code"
        label={t("code")}
        button={t("confirm")}
        submit={async ({ code }) => {
          const result = await confirm(code);
          if ("recoveryCodes" in result) setCodes(result.recoveryCodes);
          else return result;
        }}
      />
    </section>
  );
}
