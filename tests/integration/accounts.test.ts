import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createAccount } from "@/lib/accounts/create-account";
import { verifyCredentials } from "@/lib/accounts/verify-credentials";
import { AppError } from "@/lib/errors";

const valid = { name: "Ada Student", email: "Ada@Example.org", password: "correct horse" };

describe("createAccount", () => {
  it("stores a normalised email and an argon2id hash, never the password", async () => {
    const account = await createAccount(valid);
    const user = await db.user.findUniqueOrThrow({ where: { id: account.id } });
    expect(user.email).toBe("ada@example.org");
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user.passwordHash).not.toContain(valid.password);
  });

  it.each([
    [{ ...valid, email: "u1@example.org", name: "" }, "name", "Enter your name."],
    [{ ...valid, email: "not-an-email" }, "email", "Enter a valid email address."],
    [{ ...valid, email: "u2@example.org", password: "short" }, "password", "Use at least 8 characters for your password."],
  ])("rejects bad input with a clear message and writes nothing (%#)", async (input, field, message) => {
    const before = await db.user.count();
    const error = await createAccount(input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("INVALID");
    expect((error as AppError).fieldErrors?.[field]).toContain(message);
    expect(await db.user.count()).toBe(before);
  });

  it("refuses a second account for the same email, whatever its case", async () => {
    await createAccount({ ...valid, email: "twice@example.org" });
    await expect(createAccount({ ...valid, email: "TWICE@example.org" })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.user.count({ where: { email: "twice@example.org" } })).toBe(1);
  });
});

describe("verifyCredentials", () => {
  it("accepts the right password and rejects a wrong one or an unknown email", async () => {
    await createAccount({ ...valid, email: "login@example.org" });
    expect(await verifyCredentials({ email: "LOGIN@example.org", password: valid.password })).toMatchObject({
      email: "login@example.org",
      name: "Ada Student",
    });
    expect(await verifyCredentials({ email: "login@example.org", password: "wrong password" })).toBeNull();
    expect(await verifyCredentials({ email: "nobody@example.org", password: valid.password })).toBeNull();
    expect(await verifyCredentials({ email: "", password: "" })).toBeNull();
  });
});
