import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DEFAULT_SESSION_CHECK_SECONDS, endAllSessions, refreshSession, SESSION_MAX_AGE_SECONDS } from "@/lib/accounts/sessions";
import { changeName, changePassword } from "@/lib/accounts/account";
import { verifyCredentials } from "@/lib/accounts/verify-credentials";
import { createUser, FACTORY_PASSWORD } from "@/tests/setup/factories";

const TTL_MS = DEFAULT_SESSION_CHECK_SECONDS * 1000;

// A session's token as lib/auth.ts issues it at sign-in.
async function signedIn(user: { email: string; password: string }) {
  const account = await verifyCredentials({ email: user.email, password: user.password });
  if (!account) throw new Error("could not sign in");
  return { sub: account.id, sv: account.sessionVersion, name: account.name, email: account.email };
}

const versionOf = async (userId: string) => (await db.user.findUniqueOrThrow({ where: { id: userId } })).sessionVersion;

describe("revocable sessions", () => {
  it("keeps a session while its version matches, and ends every one at once when the version is raised", async () => {
    const user = await createUser();
    const laptop = await signedIn(user);
    const phone = await signedIn(user);
    expect(await refreshSession(laptop)).toMatchObject({ sub: user.id, name: user.name, email: user.email });

    expect(await endAllSessions(user.id)).toBe(1);
    expect(await refreshSession(laptop)).toBeNull();
    expect(await refreshSession(phone)).toBeNull();
    // A session begun afterwards carries the new version.
    expect(await refreshSession(await signedIn(user))).toMatchObject({ sub: user.id, sv: 1 });
  });

  it("treats a token without a version (issued before versions existed) as version 0", async () => {
    const user = await createUser();
    expect(await refreshSession({ sub: user.id })).not.toBeNull();
    await endAllSessions(user.id);
    expect(await refreshSession({ sub: user.id })).toBeNull();
    expect(await refreshSession({})).toBeNull();
  });

  it("trusts its last look at the version for the check interval, then reads it again", async () => {
    const user = await createUser();
    const token = await signedIn(user);
    const start = Date.now();
    expect(await refreshSession(token, start)).not.toBeNull();
    // Another instance ends the sessions: this instance learns of it within the interval.
    await db.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await refreshSession(token, start + TTL_MS - 1)).not.toBeNull();
    expect(await refreshSession(token, start + TTL_MS)).toBeNull();
  });

  it("ends a session 14 days after sign-in, however often it was renewed", async () => {
    const user = await createUser();
    const signedInAt = Math.floor(Date.now() / 1000);
    const token = { ...(await signedIn(user)), signedInAt };
    expect(await refreshSession(token, (signedInAt + SESSION_MAX_AGE_SECONDS) * 1000 - 1)).not.toBeNull();
    expect(await refreshSession(token, (signedInAt + SESSION_MAX_AGE_SECONDS) * 1000)).toBeNull();
  });

  it("ends the sessions of an account that was removed", async () => {
    const user = await createUser();
    const token = await signedIn(user);
    const start = Date.now();
    expect(await refreshSession(token, start)).not.toBeNull();
    await db.user.delete({ where: { id: user.id } });
    expect(await refreshSession(token, start + TTL_MS)).toBeNull();
  });

  it("shows a changed name in the session at once", async () => {
    const user = await createUser();
    const token = await signedIn(user);
    await refreshSession(token);
    await changeName(user.id, { name: "  Renamed Person " });
    expect(await refreshSession(token)).toMatchObject({ name: "Renamed Person" });
  });
});

describe("changing the password", () => {
  const NEW = "a brand new password";

  it("needs the current password; sets the new one and ends every session", async () => {
    const user = await createUser();
    const token = await signedIn(user);
    await expect(changePassword(user.id, { currentPassword: FACTORY_PASSWORD, newPassword: NEW, confirmPassword: NEW })).resolves.toEqual({
      email: user.email,
    });
    expect(await verifyCredentials({ email: user.email, password: FACTORY_PASSWORD })).toBeNull();
    expect(await verifyCredentials({ email: user.email, password: NEW })).toMatchObject({ id: user.id, sessionVersion: 1 });
    expect(await refreshSession(token)).toBeNull();
  });

  it.each([
    [{ currentPassword: "not the password", newPassword: NEW, confirmPassword: NEW }, "currentPassword", "Your current password is not right."],
    [{ currentPassword: FACTORY_PASSWORD, newPassword: NEW, confirmPassword: `${NEW}!` }, "confirmPassword", "The two new passwords are not the same."],
    [{ currentPassword: FACTORY_PASSWORD, newPassword: "short", confirmPassword: "short" }, "newPassword", "Use at least 8 characters for your password."],
    [{ currentPassword: "", newPassword: NEW, confirmPassword: NEW }, "currentPassword", "Enter your password."],
  ])("refuses with a field message and writes nothing (%#)", async (input, field, message) => {
    const user = await createUser();
    const token = await signedIn(user);
    await expect(changePassword(user.id, input)).rejects.toMatchObject({ code: "INVALID", fieldErrors: { [field]: [message] } });
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.passwordHash).toBe(user.passwordHash);
    expect(await versionOf(user.id)).toBe(0);
    expect(await refreshSession(token)).not.toBeNull();
  });
});
