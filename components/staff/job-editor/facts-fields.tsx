"use client";

import { useTranslations } from "next-intl";
import { useFieldArray } from "react-hook-form";
import type { Role } from "@/db/enums";
import { CURRENCIES, EMPLOYMENT_TYPES, SALARY_PERIODS } from "@/lib/validations/job";
import { described, ErrorText, fieldId, type JobForm } from "./form-kit";

export type Country = { code: string; name: string };
export type StaffChoice = { id: number; name: string; role: Role };

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
  const t = useTranslations("jobAdmin.facts");
  const roles = useTranslations("common.roles");
  const errors = formState.errors;
  const offices = useFieldArray({ control, name: "location.offices" });
  return (
    <>
      <fieldset className="card">
        <legend>{t("location")}</legend>
        <div className="check">
          <input id="job-location-remote" type="checkbox" {...register("location.remote")} />
          <label htmlFor="job-location-remote">{t("remote")}</label>
        </div>
        <fieldset className="countries" aria-describedby="countries-hint">
          <legend>{t("countries")}</legend>
          <p className="hint" id="countries-hint">
            {t("countriesHint")}{" "}
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
              {t("allEu")}
            </button>{" "}
            <button
              type="button"
              className="button secondary small"
              onClick={() => setValue("location.applicantCountries", [], { shouldDirty: true })}
            >
              {t("none")}
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
        <h3>{t("offices")}</h3>
        {offices.fields.map((f, i) => (
          <div className="row" key={f.id}>
            <div className="field">
              <label htmlFor={fieldId(`location.offices.${i}.city`)}>{t("city")}</label>
              <input
                type="text"
                {...described(errors, `location.offices.${i}.city`)}
                {...register(`location.offices.${i}.city`)}
              />
              <ErrorText errors={errors} path={`location.offices.${i}.city`} />
            </div>
            <div className="field">
              <label htmlFor={fieldId(`location.offices.${i}.country`)}>{t("country")}</label>
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
              {t("remove")}
              <span className="visually-hidden"> {t("office", { number: i + 1 })}</span>
            </button>
          </div>
        ))}
        <ErrorText errors={errors} path="location.offices" />
        <button
          type="button"
          className="button secondary small"
          onClick={() => offices.append({ city: "", country: "SE" })}
        >
          {t("addOffice")}
        </button>
      </fieldset>

      <fieldset className="card">
        <legend>{t("employmentAndPay")}</legend>
        <div className="row">
          <div className="field">
            <label htmlFor="job-employmentType">{t("employmentType")}</label>
            <select {...described(errors, "employmentType")} {...register("employmentType")}>
              {EMPLOYMENT_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(`employmentTypes.${type}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="job-validThrough">{t("closingDate")}</label>
            <p className="hint">{t("closingDateHint")}</p>
            <input type="date" {...described(errors, "validThrough")} {...register("validThrough")} />
            <ErrorText errors={errors} path="validThrough" />
          </div>
          <div className="field">
            <label htmlFor="job-hiringManagerUserId">{t("hiringManager")}</label>
            <select
              {...described(errors, "hiringManagerUserId")}
              {...register("hiringManagerUserId", { setValueAs: numberOrNull })}
            >
              <option value="">{t("notChosen")}</option>
              {staff.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name} ({roles(s.role)})
                </option>
              ))}
            </select>
            <ErrorText errors={errors} path="hiringManagerUserId" />
          </div>
        </div>
        <p className="hint">{t("salaryHint")}</p>
        <div className="row">
          <div className="field">
            <label htmlFor="job-salaryMin">{t("salaryMin")}</label>
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
            <label htmlFor="job-salaryMax">{t("salaryMax")}</label>
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
            <label htmlFor="job-salaryCurrency">{t("currency")}</label>
            <select {...described(errors, "salaryCurrency")} {...register("salaryCurrency")}>
              {CURRENCIES.map((c) => (
                <option key={c}>{c}</option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="job-salaryPeriod">{t("per")}</label>
            <select {...described(errors, "salaryPeriod")} {...register("salaryPeriod")}>
              {SALARY_PERIODS.map((p) => (
                <option key={p} value={p}>
                  {t(`periods.${p}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
      </fieldset>
    </>
  );
}
