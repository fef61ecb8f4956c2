import next from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...next,
  ...nextTs,
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      "data/**",
      "test-results/**",
      ".tmp/**",
      "playwright-report/**",
      "db/migrations/**",
      "db/migrations-pg/**",
      "next-env.d.ts",
      "dist/**",
    ],
  },
  // Every database call answers a promise (db/database.ts): a forgotten `await` would let a
  // query run after its transaction, or not at all. These two rules need the type checker.
  {
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      // react-hook-form's handleSubmit hands event attributes an async function, by design.
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
    },
  },
];

export default config;
