import "server-only";
import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { verifyCredentials } from "@/lib/accounts/verify-credentials";
import { clientIp } from "@/lib/rate-limits/client-ip";
import { refreshSession, SESSION_MAX_AGE_SECONDS } from "@/lib/accounts/sessions";

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
