import { notFound } from "next/navigation";
import { scheduleText } from "@/lib/i18n/schedule";
import { localeForToken, wasCancelled } from "@/lib/scheduling/page";

type Props = { params: Promise<{ token: string }> };

export const dynamic = "force-dynamic";

/** Where a cancel from the scheduling link lands; the link itself no longer opens. */
export default async function ScheduleCancelled({ params }: Props) {
  const { token } = await params;
  if (!(await wasCancelled(token))) notFound();
  const t = scheduleText(await localeForToken(token));
  return (
    <main id="main" className="page">
      <h1>{t.cancelledTitle}</h1>
      <p>{t.cancelledText}</p>
    </main>
  );
}
