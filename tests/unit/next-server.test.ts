import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { SERVER_ENV, SERVER_NODE_FLAGS, nextStartCommand } from "../../scripts/next-server";

const root = path.resolve(import.meta.dirname, "../..");

it("runs `next start` under the server's V8 flags and malloc settings", () => {
  const [command, args, env] = nextStartCommand(["--port", "3000"], { NODE_ENV: "production", PORT: "3000" });
  expect(command).toBe(process.execPath);
  expect(args.slice(0, SERVER_NODE_FLAGS.length)).toEqual(SERVER_NODE_FLAGS);
  expect(args.slice(SERVER_NODE_FLAGS.length)).toEqual([path.join(root, "node_modules/next/dist/bin/next"), "start", "--port", "3000"]);
  expect(env).toEqual({ ...SERVER_ENV, NODE_ENV: "production", PORT: "3000" });
});

it("leaves a malloc setting the environment already has", () => {
  const [name] = Object.keys(SERVER_ENV);
  expect(nextStartCommand([], { NODE_ENV: "production", [name!]: "8" })[2][name!]).toBe("8");
});

it("gives the Docker image's server the same V8 flags and malloc settings", () => {
  const dockerfile = fs.readFileSync(path.join(root, "Dockerfile"), "utf8");
  const cmd = /^CMD (\[.*\])$/m.exec(dockerfile)?.[1];
  expect(JSON.parse(cmd ?? "null")).toEqual(["node", ...SERVER_NODE_FLAGS, "server.js"]);
  const runtimeEnv = dockerfile.slice(dockerfile.lastIndexOf("FROM ")).match(/^ENV (.*)$/m)?.[1].split(" ") ?? [];
  for (const [name, value] of Object.entries(SERVER_ENV)) expect(runtimeEnv).toContain(`${name}=${value}`);
});

it("uses flags this Node accepts", () => {
  // Node refuses to start on a flag it does not know ("bad option").
  const result = spawnSync(process.execPath, [...SERVER_NODE_FLAGS, "-e", ""], { encoding: "utf8" });
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
});
