"use client";

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
  const [codes, setCodes] = useState<string[] | null>(null);
  if (codes)
    return (
      <section aria-labelledby="recovery-codes-title">
        <h2 id="recovery-codes-title">Your recovery codes</h2>
        <p role="status">
          Your second factor is set up. Keep these ten codes somewhere safe, apart from your phone: each one signs you
          in once if you lose it. They are shown only now.
        </p>
        <ul className="recovery-codes" aria-label="Recovery codes">
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
      <h2 id="enrol-title">Set up a second factor</h2>
      <ol>
        <li>Open an authenticator app on your phone (such as Aegis, FreeOTP, Google or Microsoft Authenticator).</li>
        <li>Scan this code, or add an account by hand with the key below.</li>
        <li>Type the six-digit code the app shows.</li>
      </ol>
      {/* eslint-disable-next-line @next/next/no-img-element -- an inline SVG data URL, nothing to optimise */}
      <img className="qr" src={enrolment.qrDataUrl} width={200} height={200} alt="QR code for your authenticator app" />
      <p>
        Key: <code data-testid="totp-key">{enrolment.key}</code>
      </p>
      <CodeForm
        id="enrol-code"
        label="Code from the app"
        button="Confirm"
        submit={async ({ code }) => {
          const result = await confirm(code);
          if ("recoveryCodes" in result) setCodes(result.recoveryCodes);
          else return result;
        }}
      />
    </section>
  );
}
