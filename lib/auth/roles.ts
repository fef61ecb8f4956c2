/** The roles' names are in the catalogs (`common.roles`), in the reader's language. */
export { ROLES, type Role } from "@/db/enums";
