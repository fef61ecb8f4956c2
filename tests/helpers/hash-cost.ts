import { setPasswordCostForTests } from "@/lib/auth/password";

// Every vitest file hashes test passwords at scrypt N=2^10 instead of 2^17 (see lib/auth/password.ts).
// tests/unit/password.test.ts checks the production cost itself.
setPasswordCostForTests({ N: 2 ** 10, r: 8, p: 1 });
