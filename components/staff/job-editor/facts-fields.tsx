"use client";

import { useFieldArray } from "react-hook-form";
import { CURRENCIES, EMPLOYMENT_TYPES, SALARY_PERIODS } from "@/lib/validations/job";
import { described, ErrorText, fieldId, type JobForm } from "./form-kit";

export type Country = { code: string; name: string };
export type StaffChoice = { id: number; label: string };

const EMPLOYMENT_LABELS: Record<(typeof EMPLOYMENT_TYPES)[number], string> = {
  FULL_TIME: "Full-time",
  PART_TIME: "Part-time",
  CONTRACTOR: "Contractor",
  TEMPORARY: "Temporary",
  INTERN: "Internship",
};
const PERIOD_LABELS = { YEAR: "a year", MONTH: "a month", HOUR: "an hour" } as const;
const numberOrNull = (v: unknown) => (v === "" || v == null ? null : Number(v));

/** Where the job is, who may apply from where, pay, dates and the hiring manager. */
export function FactsFields({
  form,
  euCountries,
  allCountries,
  staff,
}: {
  form: JobForm;
  euCountries: Country[];
  allCountries: Country[];
  staff: StaffChoice[];
}) {
  const { register, formState, setValue, control } = form;
  const errors = formState.errors;
  const offices = useFieldArray({ control, name: "location.offices" });
  return (
    <>
      <fieldset className="card">
        <legend>Location</legend>
        <div className="check">
          <input id="job-location-remote" type="checkbox" {...register("location.remote")} />
          <label htmlFor="job-location-remote">Remote: people may work from any of the countries below</label>
        </div>
        <fieldset className="countries" aria-describedby="countries-hint">
          <legend>Countries applicants may live in</legend>
          <p className="hint" id="countries-hint">
            Only EU member states for now (the apply form checks residence in the EU).{" "}
            <button
              type="button"
              className="button secondary small"
              onClick={() =>
                setValue(
                  "location.applicantCountries",
                  euCountries.map((c) => c.code),
                  { shouldDirty: true },
                )
              }
            >
              All EU countries
            </button>{" "}
            <button
              type="button"
              className="button secondary small"
              onClick={() => setValue("location.applicantCountries", [], { shouldDirty: true })}
            >
              None
            </button>
          </p>
          <div className="country-grid">
            {euCountries.map((c) => (
              <div className="check" key={c.code}>
                <input
                  id={`job-country-${c.code}`}
                  type="checkbox"
                  value={c.code}
                  {...register("location.applicantCountries")}
                />
                <label htmlFor={`job-country-${c.code}`}>{c.name}</label>
              </div>
            ))}
          </div>
          <ErrorText errors={errors} path="location.applicantCountries" />
        </fieldset>
        <h3>Offices</h3>
        {offices.fields.map((f, i) => (
          <div className="row" key={f.id}>
            <div className="field">
              <label htmlFor={fieldId(`location.offices.${i}.city`)}>City</label>
              <input
                type="text"
                {...described(errors, `location.offices.${i}.city`)}
                {...register(`location.offices.${i}.city`)}
              />
              <ErrorText errors={errors} path={`location.offices.${i}.city`} />
            </div>
            <div className="field">
              <label htmlFor={fieldId(`location.offices.${i}.country`)}>Country</label>
              <select
                {...described(errors, `location.offices.${i}.country`)}
                {...register(`location.offices.${i}.country`)}
              >
                {allCountries.map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.name}
                  </option>
                ))}
              </select>
            </div>
            <button type="button" className="button secondary small" onClick={() => offices.remove(i)}>
              Remove<span className="visually-hidden"> office {i + 1}</span>
            </button>
          </div>
        ))}
        <ErrorText errors={errors} path="location.offices" />
        <button
          type="button"
          className="button secondary small"
          onClick={() => offices.append({ city: "", country: "SE" })}
        >
          Add an office
        </button>
      </fieldset>

      <fieldset className="card">
        <legend>Employment and pay</legend>
        <div className="row">
          <div className="field">
            <label htmlFor="job-employmentType">Employment type</label>
            <select {...described(errors, "employmentType")} {...register("employmentType")}>
              {EMPLOYMENT_TYPES.map((t) => (
                <option key={t} value={t}>
                  {EMPLOYMENT_LABELS[t]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="job-validThrough">Closing date (optional)</label>
            <p className="hint">
              Applications are taken until the end of this day (UTC); then the job counts as closed.
            </p>
            <input type="date" {...described(errors, "validThrough")} {...register("validThrough")} />
            <ErrorText errors={errors} path="validThrough" />
          </div>
          <div className="field">
            <label htmlFor="job-hiringManagerUserId">Hiring manager</label>
            <select
              {...described(errors, "hiringManagerUserId")}
              {...register("hiringManagerUserId", { setValueAs: numberOrNull })}
            >
              <option value="">Not chosen yet</option>
              {staff.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.label}
                </option>
              ))}
            </select>
            <ErrorText errors={errors} path="hiringManagerUserId" />
          </div>
        </div>
        <p className="hint">
          Salary range: the EU pay transparency directive makes a range expected. Leave both empty to show none.
        </p>
        <div className="row">
          <div className="field">
            <label htmlFor="job-salaryMin">Lowest salary</label>
            <input
              type="number"
              inputMode="numeric"
              min={0}
              {...described(errors, "salaryMin")}
              {...register("salaryMin", { setValueAs: numberOrNull })}
            />
            <ErrorText errors={errors} path="salaryMin" />
          </div>
          <div className="field">
            <label htmlFor="job-salaryMax">Highest salary</label>
            <input
              type="number"
              inputMode="numeric"
              min={0}
              {...described(errors, "salaryMax")}
              {...register("salaryMax", { setValueAs: numberOrNull })}
            />
            <ErrorText errors={errors} path="salaryMax" />
          </div>
          <div className="field">
            <label htmlFor="job-salaryCurrency">Currency</label>
            <select {...described(errors, "salaryCurrency")} {...register("salaryCurrency")}>
              {CURRENCIES.map((c) => (
                <option key={c}>{c}</option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="job-salaryPeriod">Per</label>
            <select {...described(errors, "salaryPeriod")} {...register("salaryPeriod")}>
              {SALARY_PERIODS.map((p) => (
                <option key={p} value={p}>
                  {PERIOD_LABELS[p]}
                </option>
              ))}
            </select>
          </div>
        </div>
      </fieldset>
    </>
  );
}
