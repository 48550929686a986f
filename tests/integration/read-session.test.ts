import { beforeEach, describe, expect, it, vi } from "vitest";
import { encode } from "next-auth/jwt";
import { readSession } from "@/lib/auth";
import { endAllSessions } from "@/lib/accounts/sessions";
import { createUser } from "@/tests/setup/factories";

// The request a page sees: its cookies and headers, as the test sets them.
const request = vi.hoisted(() => ({ cookies: [] as { name: string; value: string }[], headers: new Headers() }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ getAll: () => request.cookies }),
  headers: async () => request.headers,
}));

const SECRET = "read-session-test-secret-0123456789abcdef";
const COOKIE = "authjs.session-token";

function sendCookie(name: string, value: string, protocol = "http") {
  request.cookies = [{ name, value }];
  request.headers = new Headers({ "x-forwarded-proto": protocol });
}

const tokenFor = (user: { id: string; name: string }, options: { maxAge?: number; salt?: string } = {}) =>
  encode({ token: { sub: user.id, sv: 0, name: user.name }, secret: SECRET, salt: options.salt ?? COOKIE, maxAge: options.maxAge });

beforeEach(() => {
  vi.stubEnv("AUTH_SECRET", SECRET);
  request.cookies = [];
});

describe("readSession: the session a page sees", () => {
  it("reads the account from a cookie Auth.js issued, and nothing without one", async () => {
    const user = await createUser();
    expect(await readSession()).toBeNull();
    sendCookie(COOKIE, await tokenFor(user));
    expect(await readSession()).toMatchObject({ user: { id: user.id, name: user.name, email: user.email } });
  });

  it("refuses a tampered cookie, another secret's, and the wrong cookie name for the protocol", async () => {
    const user = await createUser();
    const token = await tokenFor(user);
    sendCookie(COOKIE, `${token.slice(0, -4)}AAAA`);
    expect(await readSession()).toBeNull();
    sendCookie(COOKIE, await encode({ token: { sub: user.id, sv: 0 }, secret: "another-secret-0123456789abcdef0123456789", salt: COOKIE }));
    expect(await readSession()).toBeNull();
    // Behind HTTPS Auth.js reads the __Secure- cookie, with its own salt.
    sendCookie(COOKIE, token, "https");
    expect(await readSession()).toBeNull();
    sendCookie(`__Secure-${COOKIE}`, await tokenFor(user, { salt: `__Secure-${COOKIE}` }), "https");
    expect(await readSession()).toMatchObject({ user: { id: user.id } });
  });

  it("ends an expired session and one ended on the account, even for a cookie read before", async () => {
    const user = await createUser();
    sendCookie(COOKIE, await tokenFor(user, { maxAge: -60 }));
    expect(await readSession()).toBeNull();
    sendCookie(COOKIE, await tokenFor(user));
    expect(await readSession()).not.toBeNull();
    await endAllSessions(user.id);
    expect(await readSession()).toBeNull();
  });
});
