"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { validatedAction } from "@/lib/actions/validated-action";
import { addNote, editNote } from "@/lib/applications/notes";
import { addTag, removeTag } from "@/lib/applications/tags";
import { moveApplication } from "@/lib/applications/move-application";
import { undoMoves } from "@/lib/applications/undo";
import { recordDecision } from "@/lib/feedback/decision";
import { cancelInterview, planInterview } from "@/lib/feedback/interviews";
import { addReferee, setBackgroundCheck, setRefereeStatus } from "@/lib/feedback/references";
import { publicOrigin } from "@/lib/http/origin";
import {
  backgroundCheckInput,
  decisionInput,
  interviewPlan,
  refereeInput,
  refereeStatusInput,
} from "@/lib/validations/interviews";
import { stageMove, undoMove } from "@/lib/validations/move";
import { noteInput, tagInput } from "@/lib/validations/notes";
import { schedulingPreviewInput, schedulingRequestInput } from "@/lib/validations/scheduling";
import { previewSchedulingRequest } from "@/lib/scheduling/request-mail";
import { cancelSchedulingRequest, createSchedulingRequest } from "@/lib/scheduling/requests";

const id = z.number().int().positive();
const refresh = (applicationId: number) => revalidatePath(`/staff/applications/${applicationId}`);

/** The board's Move to, from the application page: the same command, so the same rules and 409. */
export const moveAction = validatedAction(
  stageMove.safeExtend({ applicationId: id }),
  async ({ applicationId, ...move }, actor) => {
    const result = await moveApplication(actor, applicationId, move);
    refresh(applicationId);
    revalidatePath("/staff/jobs/[slug]", "page");
    return result;
  },
);

/** Undo of the move just made here, with the version it returned. */
export const undoMoveAction = validatedAction(undoMove, async (input, actor) => {
  const [result] = await undoMoves(actor, input);
  for (const item of input.items) refresh(item.id);
  revalidatePath("/staff/jobs/[slug]", "page");
  return result!;
});

export const addNoteAction = validatedAction(noteInput.extend({ applicationId: id }), async (input, actor) => {
  const note = await addNote(actor, input.applicationId, input.body);
  refresh(note.applicationId);
  return note;
});

export const editNoteAction = validatedAction(noteInput.extend({ noteId: id }), async (input, actor) => {
  const note = await editNote(actor, input.noteId, input.body);
  refresh(note.applicationId);
  return note;
});

export const addTagAction = validatedAction(tagInput.extend({ applicationId: id }), async (input, actor) => {
  const result = await addTag(actor, input.applicationId, input.tag);
  refresh(result.applicationId);
  return result;
});

export const removeTagAction = validatedAction(tagInput.extend({ applicationId: id }), async (input, actor) => {
  const result = await removeTag(actor, input.applicationId, input.tag);
  refresh(result.applicationId);
  return result;
});

export const planInterviewAction = validatedAction(
  interviewPlan.extend({ applicationId: id }),
  async ({ applicationId, ...plan }, actor) => {
    const result = await planInterview(actor, applicationId, plan, publicOrigin());
    refresh(applicationId);
    return result;
  },
);

export const cancelInterviewAction = validatedAction(z.object({ interviewId: id }), async ({ interviewId }, actor) => {
  const result = await cancelInterview(actor, interviewId);
  refresh(result.applicationId);
  return result;
});

export const recordDecisionAction = validatedAction(
  decisionInput.safeExtend({ applicationId: id }),
  async ({ applicationId, ...input }, actor) => {
    const result = await recordDecision(actor, applicationId, input);
    refresh(applicationId);
    return result;
  },
);

export const addRefereeAction = validatedAction(
  refereeInput.extend({ applicationId: id }),
  async ({ applicationId, ...input }, actor) => {
    const result = await addReferee(actor, applicationId, input);
    refresh(applicationId);
    return result;
  },
);

export const setRefereeStatusAction = validatedAction(
  refereeStatusInput.extend({ refereeId: id }),
  async ({ refereeId, status }, actor) => {
    const result = await setRefereeStatus(actor, refereeId, { status });
    refresh(result.applicationId);
    return result;
  },
);

export const setBackgroundCheckAction = validatedAction(
  backgroundCheckInput.extend({ applicationId: id }),
  async ({ applicationId, status }, actor) => {
    const result = await setBackgroundCheck(actor, applicationId, { status });
    refresh(applicationId);
    return result;
  },
);

export const hireAction = validatedAction(
  stageMove.safeExtend({ applicationId: id }),
  async ({ applicationId, ...move }, actor) => {
    const result = await moveApplication(actor, applicationId, { ...move, to: "hired" });
    refresh(applicationId);
    return result;
  },
);

export const requestSchedulingAction = validatedAction(
  schedulingRequestInput.safeExtend({ applicationId: id }),
  async ({ applicationId, ...input }, actor) => {
    const result = await createSchedulingRequest(actor, applicationId, input, publicOrigin());
    refresh(applicationId);
    return result;
  },
);

export const previewSchedulingAction = validatedAction(
  schedulingPreviewInput.safeExtend({ applicationId: id }),
  ({ applicationId, ...input }, actor) => previewSchedulingRequest(actor, applicationId, input, publicOrigin()),
);

export const cancelSchedulingAction = validatedAction(z.object({ requestId: id }), async ({ requestId }, actor) => {
  const result = await cancelSchedulingRequest(actor, requestId, publicOrigin());
  refresh(result.applicationId);
  return result;
});
