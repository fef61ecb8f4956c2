import { COMPANY } from "@/lib/company";
import type { Locale } from "@/lib/i18n/locales";
import { mailOf } from "@/lib/mail/messages";
import type { Mail } from "@/lib/mail/outbox";

const firstName = (name: string) => name.split(/\s+/)[0] || name;
const signature = (l: Locale) =>
  l === "sv" ? `Vänliga hälsningar,\n${COMPANY.name}` : `Best regards,\n${COMPANY.name}`;

type Renewal = {
  locale: Locale;
  to: string;
  name: string;
  applicationId: number;
  until: string;
  keepUrl: string;
  dropUrl: string;
};

/** A month before a future-roles consent lapses: keep it another period, or not. */
export function consentRenewalMail(f: Renewal): Mail {
  const sv = f.locale === "sv";
  const lines = sv
    ? [
        `Hej ${firstName(f.name)},`,
        `Du bad oss spara din ansökan så att vi kan höra av oss om framtida roller på ${COMPANY.name}. Det samtycket gäller till ${f.until}.`,
        `Vill du att vi sparar dig en period till? Klicka här för ja:\n${f.keepUrl}`,
        `Eller här för nej, så tar vi bort dig ur vår talangpool direkt:\n${f.dropUrl}`,
        "Svarar du inte upphör samtycket det datumet och dina uppgifter raderas enligt vår integritetspolicy.",
      ]
    : [
        `Hi ${firstName(f.name)},`,
        `You asked us to keep your application so that we could contact you about future roles at ${COMPANY.name}. That consent lasts until ${f.until}.`,
        `Would you like us to keep you in mind for another period? Yes, keep me:\n${f.keepUrl}`,
        `No, remove me from your talent pool now:\n${f.dropUrl}`,
        "If you do not answer, the consent ends on that date and your data is erased as our privacy notice says.",
      ];
  const subject = sv
    ? `Ska vi spara din ansökan hos ${COMPANY.name}?`
    : `Shall we keep your application at ${COMPANY.name}?`;
  return mailOf("consent_renewal", f, subject, [...lines, signature(f.locale)], [f.keepUrl, f.dropUrl]);
}

type Invite = {
  locale: Locale;
  to: string;
  name: string;
  applicationId: number;
  job: string;
  jobUrl: string;
  unsubscribeUrl: string;
};

/** From the talent pool: an open job the team thinks fits, and a way out of the pool at once. */
export function talentInviteMail(f: Invite): Mail {
  const sv = f.locale === "sv";
  const lines = sv
    ? [
        `Hej ${firstName(f.name)},`,
        `Du bad oss höra av oss om framtida roller, och nu har vi en som vi tror passar dig: ${f.job}. Läs mer och sök här:\n${f.jobUrl}`,
        `Vill du inte längre finnas i vår talangpool? Klicka här så tar vi bort dig direkt:\n${f.unsubscribeUrl}`,
      ]
    : [
        `Hi ${firstName(f.name)},`,
        `You asked us to contact you about future roles, and we have one we think fits you: ${f.job}. Read more and apply here:\n${f.jobUrl}`,
        `No longer want to be in our talent pool? Click here and we remove you at once:\n${f.unsubscribeUrl}`,
      ];
  const subject = sv
    ? `${f.job} hos ${COMPANY.name}: en roll för dig?`
    : `${f.job} at ${COMPANY.name}: a role for you?`;
  return mailOf("talent_invite", f, subject, [...lines, signature(f.locale)], [f.jobUrl, f.unsubscribeUrl]);
}
