import type { Locale } from "@/lib/i18n/locales";

/** Bump when the wording changes; every consent row records the version it was given under. */
export const NOTICE_VERSION = "2026-11-22";

export type PrivacyNotice = {
  title: string;
  points: { heading: string; text: string }[];
  consent: string;
  futureRoles: string;
};

function years(days: number, locale: Locale): string {
  const y = days / 365;
  if (Number.isInteger(y)) return locale === "sv" ? `${y} år` : `${y} year${y === 1 ? "" : "s"}`;
  return locale === "sv" ? `${days} dagar` : `${days} days`;
}

/** The notice shown beside the apply form; its periods come from RETENTION_DAYS. */
export function privacyNotice(locale: Locale, retentionDays: number, company: string): PrivacyNotice {
  const period = years(retentionDays, locale);
  if (locale === "sv") {
    return {
      title: "Så hanterar vi dina uppgifter",
      points: [
        {
          heading: "Vad vi sparar",
          text: "Det du skickar i formuläret: namn, e-post, telefon, land, länkar, ditt CV och dina svar, samt vad som händer med ansökan i vår rekryteringsprocess och anteckningar från dem som träffar dig.",
        },
        {
          heading: "Varför",
          text: `${company} använder uppgifterna enbart för att bedöma din ansökan till den här rollen och hålla dig informerad. Rättslig grund: åtgärder inför ett möjligt anställningsavtal och vårt berättigade intresse av att rekrytera.`,
        },
        {
          heading: "Hur länge",
          text: `Om du inte får rollen eller drar tillbaka din ansökan anonymiseras uppgifterna automatiskt efter ${period}, så att vi kan bemöta eventuella diskrimineringsanspråk. Om du låter oss spara dig för framtida roller gäller samtycket lika länge.`,
        },
        {
          heading: "Dina rättigheter",
          text: "Via din privata statussida kan du när som helst se var du står, dra tillbaka ansökan, ladda ner alla uppgifter vi har om dig och radera dem, utan att behöva kontakta någon.",
        },
      ],
      consent: "Jag har läst hur mina uppgifter hanteras och vill att min ansökan behandlas.",
      futureRoles: `Spara gärna min ansökan i ${period} så att ni kan höra av er om framtida roller.`,
    };
  }
  return {
    title: "How we handle your data",
    points: [
      {
        heading: "What we keep",
        text: "What you send in this form: name, email, phone, country, links, your CV and your answers, plus what happens to the application in our hiring process and notes from the people who meet you.",
      },
      {
        heading: "Why",
        text: `${company} uses it only to assess your application for this role and to keep you informed. Legal basis: steps before a possible employment contract and our legitimate interest in hiring.`,
      },
      {
        heading: "For how long",
        text: `If you are not hired or you withdraw, your data is anonymised automatically after ${period}, so that we can answer any discrimination claim. If you let us keep you in mind for future roles, that consent lasts as long.`,
      },
      {
        heading: "Your rights",
        text: "From your private status page you can at any time see where you stand, withdraw, download everything we hold about you and erase it, without writing to anyone.",
      },
    ],
    consent: "I have read how my data is handled and want my application to be considered.",
    futureRoles: `Please keep my application for ${period} and contact me about future roles.`,
  };
}
