/**
 * Value lists shared by the schema, the domain and the forms. Plain constants with no database
 * code, so a client bundle can import them without pulling in the driver.
 */

/**
 * What a stage is for, which decides what it enables: interviews in `interview` stages, the
 * decision panel in the one `decision` stage, references and the background check in
 * `offer_checks` stages (the last of which is the door to Hired).
 */
export const STAGE_KINDS = ["screening", "interview", "decision", "offer_checks", "other"] as const;
export type StageKind = (typeof STAGE_KINDS)[number];
