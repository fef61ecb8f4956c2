import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { STAY_CLOSING_KINDS, STAY_OPENING_KINDS } from "@/db/enums";
import {
  APPLICATION_EVENT_KINDS,
  applicationEvent,
  readApplicationEvent,
  type ApplicationEvent,
  type ApplicationEventKind,
} from "@/lib/events/application-events";
import { describeForCandidate, describeForStaff } from "@/lib/events/describe";
import { describeOrganisationEvent } from "@/lib/events/describe-organisation";
import {
  ORGANISATION_EVENT_KINDS,
  organisationEvent,
  readOrganisationEvent,
  type OrganisationEvent,
  type OrganisationEventKind,
} from "@/lib/events/organisation-events";

const applicationId = 7;
const change = { applicationId, fromStageId: 1, toStageId: 2, fromStatus: "active", toStatus: "active" } as const;

/** One example of every application event: a kind added to the union without one fails to compile. */
const APPLICATION_SAMPLES: { [K in ApplicationEventKind]: Extract<ApplicationEvent, { kind: K }> } = {
  applied: { kind: "applied", applicationId, toStageId: 1, toStatus: "active", data: { source: "linkedin", cv: true } },
  moved: { kind: "moved", ...change },
  hired: {
    kind: "hired",
    ...change,
    toStatus: "hired",
    data: { override: true, overrideReason: "Known to us", backgroundCheck: "in_progress" },
  },
  rejected: { kind: "rejected", ...change, toStatus: "rejected", data: { reason: "must_haves" } },
  withdrawn: { kind: "withdrawn", ...change, toStatus: "withdrawn" },
  reopened: { kind: "reopened", ...change, fromStatus: "rejected" },
  note_added: { kind: "note_added", applicationId, data: { noteId: 3 } },
  note_edited: { kind: "note_edited", applicationId, data: { noteId: 3 } },
  tag_added: { kind: "tag_added", applicationId, data: { tag: "ceph" } },
  tag_removed: { kind: "tag_removed", applicationId, data: { tag: "ceph" } },
  interview_planned: {
    kind: "interview_planned",
    applicationId,
    data: { interviewId: 4, interviewKind: "technical", interviewers: ["Hanna"], startsAt: null },
  },
  interview_cancelled: {
    kind: "interview_cancelled",
    applicationId,
    data: { interviewId: 4, interviewKind: "technical" },
  },
  scorecard_submitted: { kind: "scorecard_submitted", applicationId, data: { interviewId: 4, recommendation: "yes" } },
  scheduling_requested: {
    kind: "scheduling_requested",
    applicationId,
    data: {
      requestId: 2,
      interviewKind: "technical",
      interviewers: ["Hanna", "Bo"],
      required: 1,
      windowEnd: "2026-12-18T23:00:00.000Z",
    },
  },
  scheduling_booked: {
    kind: "scheduling_booked",
    applicationId,
    data: { requestId: 2, interviewId: 4, startsAt: "2026-12-08T08:00:00.000Z" },
  },
  scheduling_rescheduled: {
    kind: "scheduling_rescheduled",
    applicationId,
    data: { requestId: 2, interviewId: 4, startsAt: "2026-12-09T08:00:00.000Z", previous: "2026-12-08T08:00:00.000Z" },
  },
  scheduling_cancelled: { kind: "scheduling_cancelled", applicationId, data: { requestId: 2, by: "candidate" } },
  scheduling_expired: { kind: "scheduling_expired", applicationId, data: { requestId: 2 } },
  scorecard_amended: {
    kind: "scorecard_amended",
    applicationId,
    data: { interviewId: 4, reason: "Mixed up two candidates" },
  },
  decision_recorded: { kind: "decision_recorded", applicationId, data: { decision: "offer" } },
  referee_added: { kind: "referee_added", applicationId, data: { referee: "Per" } },
  referee_status: { kind: "referee_status", applicationId, data: { referee: "Per", status: "received" } },
  background_check: { kind: "background_check", applicationId, data: { status: "completed" } },
  knockout_scheduled: {
    kind: "knockout_scheduled",
    applicationId,
    data: { question: "permit", dueAt: "2026-12-04T10:00:00.000Z" },
  },
  knockout_rejected: {
    kind: "knockout_rejected",
    ...change,
    toStatus: "rejected",
    data: { reason: "requirements", question: "permit" },
  },
  knockout_cancelled: { kind: "knockout_cancelled", applicationId, data: { question: "permit" } },
  candidate_merged: {
    kind: "candidate_merged",
    applicationId,
    data: { mergeId: 1, keptCandidateId: 2, mergedCandidateId: 3 },
  },
  candidate_merge_undone: {
    kind: "candidate_merge_undone",
    applicationId,
    data: { mergeId: 1, keptCandidateId: 2, mergedCandidateId: 3 },
  },
  consent_renewal_sent: { kind: "consent_renewal_sent", applicationId, data: { consentId: 5 } },
  consent_renewed: { kind: "consent_renewed", applicationId, data: { consentId: 5 } },
  consent_withdrawn: { kind: "consent_withdrawn", applicationId, data: { via: "unsubscribe" } },
  talent_invited: { kind: "talent_invited", applicationId, data: { jobId: 1, jobTitle: "Cloud engineer" } },
  exported: { kind: "exported", applicationId },
  erased: { kind: "erased", applicationId, fromStatus: "active", toStatus: "withdrawn" },
  anonymised: { kind: "anonymised", applicationId, fromStatus: "rejected", toStatus: "rejected" },
};

const user = { userId: 2, email: "maja@example.com" };
const ORGANISATION_SAMPLES: { [K in OrganisationEventKind]: Extract<OrganisationEvent, { kind: K }> } = {
  "user.created": { kind: "user.created", data: { ...user, name: "Maja", role: "recruiter" } },
  "user.renamed": { kind: "user.renamed", data: { ...user, from: "Maja", to: "Maja Lind" } },
  "user.role_changed": { kind: "user.role_changed", data: { ...user, from: "recruiter", to: "admin" } },
  "user.deactivated": { kind: "user.deactivated", data: user },
  "user.reactivated": { kind: "user.reactivated", data: user },
  "user.password_reset": { kind: "user.password_reset", data: user },
  "user.signed_in": { kind: "user.signed_in", data: { userId: 2, session: "a1b2c3d4e5f6", ip: "192.0.2.7" } },
  "user.signed_out": { kind: "user.signed_out", data: { userId: 2, session: "a1b2c3d4e5f6" } },
  "session.ended": { kind: "session.ended", data: { userId: 2, session: "a1b2c3d4e5f6" } },
  "user.sessions_ended": { kind: "user.sessions_ended", data: { userId: 2, count: 3 } },
  "user.signed_in_failed_lockout": {
    kind: "user.signed_in_failed_lockout",
    data: { userId: 2, ip: "192.0.2.7", failures: 5, scope: "account" },
  },
  "user.signed_in_break_glass": {
    kind: "user.signed_in_break_glass",
    data: { userId: 2, email: "maja@example.com", ip: "192.0.2.7" },
  },
  "user.signed_in_refused": {
    kind: "user.signed_in_refused",
    data: { reason: "not_verified", email: "maja@example.com", subject: "abc" },
  },
  "user.sso_linked": { kind: "user.sso_linked", data: { ...user, provider: "oidc" } },
  "user.second_factor_enrolled": { kind: "user.second_factor_enrolled", data: user },
  "user.second_factor_removed": { kind: "user.second_factor_removed", data: user },
  "user.second_factor_reset": { kind: "user.second_factor_reset", data: user },
  "user.recovery_code_used": { kind: "user.recovery_code_used", data: { userId: 2, remaining: 9 } },
  "job.created": { kind: "job.created", data: { jobId: 1, slug: "cloud-engineer" } },
  "job.updated": {
    kind: "job.updated",
    data: { jobId: 1, slug: "cloud-engineer", changed: ["content"], lists: ["added stage case_study"] },
  },
  "job.status": { kind: "job.status", data: { jobId: 1, slug: "cloud-engineer", from: "draft", to: "open" } },
  "candidate.merged": {
    kind: "candidate.merged",
    data: { mergeId: 1, keptCandidateId: 2, mergedCandidateId: 3, applicationIds: [7] },
  },
  "candidate.merge_undone": {
    kind: "candidate.merge_undone",
    data: { mergeId: 1, keptCandidateId: 2, mergedCandidateId: 3, applicationIds: [7] },
  },
  "consent_renewal.run": { kind: "consent_renewal.run", data: { sent: [7] } },
  "message_template.saved": { kind: "message_template.saved", data: { kind: "rejected", locale: "sv", jobId: null } },
  "message_template.reset": { kind: "message_template.reset", data: { kind: "received", locale: "en", jobId: 1 } },
  "message_template.test_sent": {
    kind: "message_template.test_sent",
    data: { kind: "rejected", locale: "en", jobId: null, to: "maja@example.com" },
  },
  "retention.run": {
    kind: "retention.run",
    data: { dryRun: false, retentionDays: 730, cutoff: "2024-12-02T00:00:00.000Z", anonymised: [3], count: 1 },
  },
  "retention.dry_run": {
    kind: "retention.dry_run",
    data: { dryRun: true, retentionDays: 730, cutoff: "2024-12-02T00:00:00.000Z", anonymised: [], count: 0 },
  },
  "knockout.run": { kind: "knockout.run", data: { rejected: [3], skipped: [] } },
  "webhook.changed": {
    kind: "webhook.changed",
    data: { endpointId: 2, host: "hooks.example.com", change: "created", personalData: false },
  },
  "calendar.changed": {
    kind: "calendar.changed",
    data: {
      userId: 3,
      email: "hanna@example.com",
      change: "connected",
      calendarKind: "caldav",
      host: "cal.example.com",
    },
  },
  "outbox.dropped_undelivered": {
    kind: "outbox.dropped_undelivered",
    data: {
      count: 1,
      olderThanDays: 7,
      messages: [{ id: 9, kind: "lost_link", status: "failed", applicationId: null }],
    },
  },
};

describe("the application event union", () => {
  it("has an example for exactly the kinds it defines, and each one parses and reads back as itself", () => {
    expect(Object.keys(APPLICATION_SAMPLES).sort()).toEqual([...APPLICATION_EVENT_KINDS].sort());
    for (const sample of Object.values(APPLICATION_SAMPLES)) {
      expect(applicationEvent.safeParse(sample).success, sample.kind).toBe(true);
      expect(readApplicationEvent({ ...sample, data: sample.data ?? null }).kind).toBe(sample.kind);
    }
  });

  it("gives every kind a sentence of its own for the team, never the bare code", () => {
    for (const sample of Object.values(APPLICATION_SAMPLES)) {
      const sentence = describeForStaff(readApplicationEvent({ ...sample, data: sample.data ?? null }), {
        fromStage: "Initial call",
        toStage: "Manager",
      });
      expect(sentence, sample.kind).not.toBe("Other change");
      expect(sentence, sample.kind).not.toContain("_");
    }
  });

  it("words every kind in Swedish for a Swedish viewer, never falling back to the English sentence", () => {
    const stages = { fromStage: "Initial call", toStage: "Manager" };
    for (const sample of Object.values(APPLICATION_SAMPLES)) {
      const event = readApplicationEvent({ ...sample, data: sample.data ?? null });
      const swedish = describeForStaff(event, stages, "sv");
      expect(swedish, sample.kind).not.toBe(describeForStaff(event, stages, "en"));
      expect(swedish, sample.kind).not.toContain("_");
    }
    expect(describeForStaff(readApplicationEvent({ ...APPLICATION_SAMPLES.moved, data: null }), stages, "sv")).toBe(
      "Flyttad från Initial call till Manager",
    );
  });

  it("words every kind for the candidate's own export in the language they applied in", () => {
    const english = new Set<string>();
    for (const sample of Object.values(APPLICATION_SAMPLES)) {
      const event = readApplicationEvent({ ...sample, data: sample.data ?? null });
      const en = describeForCandidate(event, "en");
      const sv = describeForCandidate(event, "sv");
      expect(sv, sample.kind).not.toBe(en);
      for (const sentence of [en, sv]) {
        expect(sentence, sample.kind).not.toMatch(/^status\.|history\.|[_{}]/);
        expect(sentence.length, sample.kind).toBeGreaterThan(8);
      }
      english.add(en);
    }
    expect(describeForCandidate(readApplicationEvent({ ...APPLICATION_SAMPLES.applied, data: null }))).toBe(
      "You applied",
    );
    expect(describeForCandidate(readApplicationEvent({ ...APPLICATION_SAMPLES.applied, data: null }), "sv")).toBe(
      "Du skickade in din ansökan",
    );
    // Kinds that mean the same to the candidate read the same; most have a sentence of their own.
    expect(english.size).toBeGreaterThan(15);
  });

  it("reads a kind this version does not know, or data it cannot read, as Other change without throwing", () => {
    const newer = readApplicationEvent({ kind: "offer_signed", applicationId, data: { envelope: "x" } });
    expect(newer).toEqual({ kind: "other", storedKind: "offer_signed" });
    expect(describeForStaff(newer, { fromStage: null, toStage: null })).toBe("Other change");
    expect(describeForCandidate(newer)).toBe("Your application was updated");
    expect(describeForCandidate(newer, "sv")).toBe("Din ansökan uppdaterades");
    expect(readApplicationEvent({ kind: "tag_added", applicationId, data: { label: "no tag field" } }).kind).toBe(
      "other",
    );
  });

  it("refuses to write an event whose data does not fit its kind", () => {
    expect(applicationEvent.safeParse({ kind: "tag_added", applicationId, data: {} }).success).toBe(false);
    expect(
      applicationEvent.safeParse({ kind: "decision_recorded", applicationId, data: { decision: "maybe" } }).success,
    ).toBe(false);
    expect(applicationEvent.safeParse({ kind: "nonsense", applicationId }).success).toBe(false);
  });

  it("knows every kind the report triggers of migration 0007 name", () => {
    const sql = readFileSync("db/migrations/0007_report_facts.sql", "utf8");
    const named = new Set(
      [...sql.matchAll(/kind\s*(?:=|IN)\s*\(?([^)\n]*)/g)].flatMap((m) =>
        [...m[1]!.matchAll(/'([a-z_]+)'/g)].map((k) => k[1]!),
      ),
    );
    expect(named.size).toBeGreaterThan(5);
    for (const kind of named) expect(APPLICATION_EVENT_KINDS, kind).toContain(kind);
  });

  it("the stays trigger each backend runs now names exactly the opening and closing kinds, every one in the union", () => {
    const newest = (dir: string, marker: string) => {
      const files = readdirSync(dir)
        .filter((f) => f.endsWith(".sql"))
        .sort();
      const defining = files.filter((f) => readFileSync(path.join(dir, f), "utf8").includes(marker));
      return readFileSync(path.join(dir, defining.at(-1)!), "utf8");
    };
    const lists = (sql: string) =>
      [...sql.matchAll(/kind IN \(([^)]*)\)/gi)].map((m) => [...m[1]!.matchAll(/'([a-z_]+)'/g)].map((k) => k[1]!));
    for (const sql of [
      newest("db/migrations", "CREATE TRIGGER `application_events_stays`"),
      newest("db/migrations-pg", 'FUNCTION "rekry_event_stays"'),
    ]) {
      const [opening, closing, openingAgain] = lists(sql);
      expect(opening).toEqual([...STAY_OPENING_KINDS]);
      expect(closing).toEqual([...STAY_CLOSING_KINDS]);
      expect(openingAgain).toEqual([...STAY_OPENING_KINDS]);
    }
    for (const kind of [...STAY_OPENING_KINDS, ...STAY_CLOSING_KINDS]) expect(APPLICATION_EVENT_KINDS).toContain(kind);
    // Every kind an outcome of the one transition writes closes a stay.
    for (const kind of ["rejected", "knockout_rejected", "hired", "withdrawn"] as const)
      expect(STAY_CLOSING_KINDS).toContain(kind);
  });
});

describe("the organisation event union", () => {
  it("describes a refused token by the check that failed, since it names no one", () => {
    const read = readOrganisationEvent("user.signed_in_refused", { reason: "invalid_token", email: "", check: "aud" });
    expect(describeOrganisationEvent(read)).toBe(
      "Refused a single sign-on: the identity provider's answer failed its checks (check: aud)",
    );
    expect(describeOrganisationEvent(read, "sv")).toContain("(kontroll: aud)");
  });

  it("has an example for exactly the kinds it defines; each parses and reads as a sentence", () => {
    expect(Object.keys(ORGANISATION_SAMPLES).sort()).toEqual([...ORGANISATION_EVENT_KINDS].sort());
    for (const sample of Object.values(ORGANISATION_SAMPLES)) {
      expect(organisationEvent.safeParse(sample).success, sample.kind).toBe(true);
      const read = readOrganisationEvent(sample.kind, sample.data);
      expect(read.kind).toBe(sample.kind);
      expect(describeOrganisationEvent(read), sample.kind).not.toBe("Other change");
    }
  });

  it("describes every kind in Swedish for a Swedish viewer, and in English by default (the JSON API)", () => {
    for (const sample of Object.values(ORGANISATION_SAMPLES)) {
      const read = readOrganisationEvent(sample.kind, sample.data);
      const sv = describeOrganisationEvent(read, "sv");
      expect(sv, sample.kind).not.toBe(describeOrganisationEvent(read));
      expect(sv, sample.kind).not.toBe("Annan ändring");
    }
    const created = readOrganisationEvent("user.created", ORGANISATION_SAMPLES["user.created"].data);
    expect(describeOrganisationEvent(created)).toBe("Added Maja (maja@example.com) as recruiter");
    expect(describeOrganisationEvent(created, "sv")).toBe("Lade till Maja (maja@example.com) som rekryterare");
  });

  it("reads an unknown action, or one whose data is off, as Other change", () => {
    expect(describeOrganisationEvent(readOrganisationEvent("webhook.created", { id: 1 }))).toBe("Other change");
    expect(readOrganisationEvent("user.created", { userId: "x" }).kind).toBe("other");
  });
});
