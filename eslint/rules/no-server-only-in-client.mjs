import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

// `@/` is the repository root (tsconfig paths); this file sits two folders below it.
const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SUFFIXES = ["", ".ts", ".tsx", ".js", ".jsx", ".mjs", "/index.ts", "/index.tsx"];
const SERVER_ONLY = /^\s*import\s+["']server-only["']/m;

function resolveInRepo(source, importer) {
  const base = source.startsWith("@/")
    ? path.join(ROOT, source.slice(2))
    : source.startsWith(".")
      ? path.resolve(path.dirname(importer), source)
      : null;
  if (!base) return null; // a package, not a file of ours
  return SUFFIXES.map((suffix) => base + suffix).find((file) => fs.statSync(file, { throwIfNoEntry: false })?.isFile()) ?? null;
}

function isTypeOnly(node) {
  if (node.importKind === "type" || node.exportKind === "type") return true;
  const specifiers = node.specifiers ?? [];
  return specifiers.length > 0 && specifiers.every((s) => s.importKind === "type" || s.exportKind === "type");
}

function isClientComponent(program) {
  for (const statement of program.body) {
    if (statement.type !== "ExpressionStatement" || typeof statement.directive !== "string") return false;
    if (statement.directive === "use client") return true;
  }
  return false;
}

/** @type {import("eslint").Rule.RuleModule} */
const noServerOnlyInClient = {
  meta: {
    type: "problem",
    docs: { description: 'Forbid a "use client" file from importing a module marked `import "server-only"`' },
    schema: [],
    messages: {
      serverOnly: '"{{source}}" is server-only, so a client component cannot import it. Pass its data down from a server component (type imports are fine).',
    },
  },
  create(context) {
    let client = false;
    const check = (node) => {
      if (!client || !node.source || typeof node.source.value !== "string" || isTypeOnly(node)) return;
      const file = resolveInRepo(node.source.value, context.filename);
      if (file && SERVER_ONLY.test(fs.readFileSync(file, "utf8"))) {
        context.report({ node: node.source, messageId: "serverOnly", data: { source: node.source.value } });
      }
    };
    return {
      Program(program) {
        client = isClientComponent(program);
      },
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

export default noServerOnlyInClient;
