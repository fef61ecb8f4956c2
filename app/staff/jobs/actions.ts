"use server";

import { z } from "zod";
import { validatedAction } from "@/lib/actions/validated-action";
import { previewMarkdown } from "@/lib/jobs/preview";
import { revalidateJobPages } from "@/lib/jobs/revalidate";
import { createJob, setJobStatus, updateJob } from "@/lib/jobs/save-job";
import { jobInput, jobStatusChange, markdownPreview } from "@/lib/validations/job";

export const createJobAction = validatedAction(jobInput, async (input, actor) => {
  const saved = await createJob(actor, input);
  revalidateJobPages();
  return saved;
});

export const updateJobAction = validatedAction(
  z.object({ currentSlug: z.string().min(1).max(60), job: jobInput }),
  async ({ currentSlug, job }, actor) => {
    const saved = await updateJob(actor, currentSlug, job);
    revalidateJobPages();
    return saved;
  },
);

export const setJobStatusAction = validatedAction(jobStatusChange, async ({ slug, status }, actor) => {
  const saved = await setJobStatus(actor, slug, status);
  revalidateJobPages();
  return saved;
});

export const previewMarkdownAction = validatedAction(markdownPreview, ({ source }, actor) =>
  previewMarkdown(actor, source),
);
