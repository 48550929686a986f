import "server-only";
import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { decode } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import { verifyCredentials } from "@/lib/accounts/verify-credentials";
import { clientIp } from "@/lib/rate-limits/client-ip";
import { refreshSession, SESSION_MAX_AGE_SECONDS, type SessionToken } from "@/lib/accounts/sessions";

// A session lasts 14 days from sign-in and does not slide; ending it early goes through
// User.sessionVersion (ADR 0003).

// JWT sessions: the Credentials provider requires them, and they keep every instance stateless.
export const { handlers, auth, signIn, signOut } = NextAuth({
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  trustHost: true,
  pages: { signIn: "/signin" },
  providers: [
    Credentials({
      credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
      authorize: (credentials, request) => verifyCredentials(credentials, clientIp(request.headers)),
    }),
  ],
  callbacks: {
    // At sign-in the token takes the account's session version; on every later request (an update
    // from the browser included) it is checked against the account, and null ends the session.
    jwt({ token, user }) {
      if (!user?.id) return refreshSession(token);
      token.sub = user.id;
      token.sv = user.sessionVersion ?? 0;
      token.signedInAt = Math.floor(Date.now() / 1000);
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      session.user.timeZone = token.timeZone ?? null;
      return session;
    },
  },
});

// What auth() answers in a page or a server action, without its cost. auth() runs Auth.js's whole
// session endpoint: it decrypts the cookie, then derives a key and re-encrypts the token for a
// Set-Cookie that a page or an action never sends (next-auth drops it there). This decrypts only,
// then runs the same check as the jwt callback (refreshSession), and reads the same cookie: named
// by the same rule (secure behind HTTPS, as AUTH_URL or x-forwarded-proto says), chunks joined.
export async function readSession(): Promise<{ user: { id: string; name: string | null; email: string | null; timeZone: string | null } } | null> {
  const [requestHeaders, jar] = await Promise.all([headers(), cookies()]);
  const configured = process.env.AUTH_URL ?? process.env.NEXTAUTH_URL;
  const protocol = configured ? new URL(configured).protocol : `${(requestHeaders.get("x-forwarded-proto") ?? "https").replace(/:$/, "")}:`;
  const cookieName = `${protocol === "https:" ? "__Secure-" : ""}authjs.session-token`;
  const chunks = jar.getAll().filter((cookie) => cookie.name.startsWith(cookieName) && cookie.value);
  if (chunks.length === 0) return null;
  const suffix = (name: string) => parseInt(name.split(".").pop() || "0");
  const sessionToken = chunks.sort((a, b) => suffix(a.name) - suffix(b.name)).map((cookie) => cookie.value).join("");
  const payload = await decodeOnce(sessionToken, cookieName);
  const token = payload ? await refreshSession(payload) : null;
  if (!token?.sub) return null;
  return { user: { id: token.sub, name: token.name ?? null, email: token.email ?? null, timeZone: token.timeZone ?? null } };
}

// As Auth.js orders them: AUTH_SECRET_1…3 (rotation) before AUTH_SECRET.
function authSecrets(): string[] {
  const rotated = ["AUTH_SECRET_3", "AUTH_SECRET_2", "AUTH_SECRET_1"].map((name) => process.env[name]).filter((secret): secret is string => !!secret);
  return [...rotated, ...(process.env.AUTH_SECRET ? [process.env.AUTH_SECRET] : [])];
}

// A session's cookie is the same string on every request for hours: decrypting it (a key derived
// with HKDF, its thumbprint, AES) is done once per string. Only a string that decrypted is kept, and
// its expiry is checked again on every use, with jose's 15 s tolerance, as decode() would.
const MAX_DECODED = 10_000;
const decoded = new Map<string, SessionToken & { exp?: number }>();

async function decodeOnce(sessionToken: string, salt: string): Promise<SessionToken | null> {
  const known = decoded.get(sessionToken);
  if (known) {
    if (known.exp === undefined || known.exp * 1000 + 15_000 > Date.now()) return known;
    decoded.delete(sessionToken);
    return null;
  }
  const payload = await decode<SessionToken>({ token: sessionToken, secret: authSecrets(), salt }).catch(() => null);
  if (!payload) return null;
  if (decoded.size >= MAX_DECODED) decoded.clear();
  decoded.set(sessionToken, payload);
  return payload;
}
