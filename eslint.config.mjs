import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import noCapabilityCycle from "./eslint/rules/no-capability-cycle.mjs";
import noServerOnlyInClient from "./eslint/rules/no-server-only-in-client.mjs";

// Layers point one way: app/ → components/ → lib/. Each pattern matches `@/<path>` and the same
// path reached with `../`.
const fromRoot = (path) => `^(@/|(\\.\\./)+)${path}`;

const noDatabase = [
  {
    regex: fromRoot("lib/db$"),
    message: "Pages and components read and write through lib/ functions, which authorize; not through the database client.",
  },
  {
    regex: fromRoot("lib/generated/prisma(?!/enums$)"),
    message: "Pages and components use lib/ functions and their types, not the generated Prisma client.",
  },
  {
    regex: fromRoot("lib/generated/prisma/enums$"),
    allowTypeImports: true,
    message: "Import Prisma enums as types only (`import type`).",
  },
];
const noRoutes = {
  regex: fromRoot("app/"),
  message: "Only app/ imports from app/. Server actions live in lib/<capability>/actions.ts.",
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", ".data/**", "lib/generated/**", "next-env.d.ts", "test-results/**", "playwright-report/**"]),
  { files: ["app/**"], rules: { "no-restricted-imports": ["error", { patterns: noDatabase }] } },
  { files: ["components/**"], rules: { "no-restricted-imports": ["error", { patterns: [...noDatabase, noRoutes] }] } },
  { ignores: ["app/**", "components/**"], rules: { "no-restricted-imports": ["error", { patterns: [noRoutes] }] } },
  {
    plugins: { local: { rules: { "no-server-only-in-client": noServerOnlyInClient, "no-capability-cycle": noCapabilityCycle } } },
    rules: { "local/no-server-only-in-client": "error", "local/no-capability-cycle": "error" },
  },
  // lib/authz.ts is the one module that names roles (ADR 0008).
  {
    files: ["app/**", "components/**", "lib/**"],
    ignores: ["lib/authz.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "Literal[value=/^(TEACHER|TA|STUDENT)$/]",
          message: "Ask lib/authz.ts (can, isStudent, rolesWith, ROLE_LABELS) instead of naming a role.",
        },
      ],
    },
  },
]);
