import path from "node:path";
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The layer rules in eslint.config.mjs, run on code linted as if it sat at a path in the repo
// (nothing is written to disk), so a config change cannot quietly switch them off.
const root = fileURLToPath(new URL("../..", import.meta.url));
const eslint = new ESLint({ cwd: root });

async function errorsIn(file: string, code: string): Promise<(string | null)[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result!.messages.filter((message) => message.severity === 2).map((message) => message.ruleId);
}

const cases: { name: string; file: string; code: string; errors: string[] }[] = [
  {
    name: "a component cannot use the database client",
    file: "components/fixture/rows.tsx",
    code: 'import { db } from "@/lib/db";\n\nexport const rows = db.post.findMany();\n',
    errors: ["no-restricted-imports"],
  },
  {
    name: "lib/ cannot import from app/",
    file: "lib/fixture/actions.ts",
    code: 'import { signInAction } from "@/app/(auth)/actions";\n\nexport const action = signInAction;\n',
    errors: ["no-restricted-imports"],
  },
  {
    name: "a client component cannot import a server-only module",
    file: "components/fixture/viewer.tsx",
    code: '"use client";\n\nimport { getViewer } from "@/lib/session";\n\nexport const viewer = getViewer;\n',
    errors: ["local/no-server-only-in-client"],
  },
  {
    name: "only lib/authz.ts names roles",
    file: "lib/fixture/teachers.ts",
    code: 'export const isTeacher = (role: string) => role === "TEACHER";\n',
    errors: ["no-restricted-syntax"],
  },
  {
    name: "two lib/ capability folders cannot import each other (sections imports discussion)",
    file: "lib/discussion/fixture.ts",
    code: 'import { getSectionView } from "@/lib/sections/section-view";\n\nexport const view = getSectionView;\n',
    errors: ["local/no-capability-cycle"],
  },
  {
    name: "a client component may import types, enum types, shared state and server actions",
    file: "components/fixture/form.tsx",
    code: [
      '"use client";',
      "",
      'import type { Viewer } from "@/lib/session";',
      'import type { Role } from "@/lib/generated/prisma/enums";',
      'import { IDLE } from "@/lib/action-state";',
      'import { signInAction } from "@/lib/accounts/actions";',
      "",
      "export type Who = Viewer & { role: Role };",
      "export const form = { state: IDLE, action: signInAction };",
      "",
    ].join("\n"),
    errors: [],
  },
];

describe("layer boundaries", () => {
  it.each(cases)("$name", { timeout: 60_000 }, async ({ file, code, errors }) => {
    expect(await errorsIn(file, code)).toEqual(errors);
  });
});
