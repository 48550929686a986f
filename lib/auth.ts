import "server-only";
import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { verifyCredentials } from "@/lib/accounts/verify-credentials";
import { refreshSession } from "@/lib/accounts/sessions";

// A session lasts 14 days from sign-in and does not slide: auth() never rewrites the cookie. Ending
// sessions early goes through User.sessionVersion (ADR 0003).
export const SESSION_MAX_AGE_SECONDS = 14 * 24 * 60 * 60;

// JWT sessions: the Credentials provider requires them, and they keep every instance stateless.
export const { handlers, auth, signIn, signOut } = NextAuth({
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  trustHost: true,
  pages: { signIn: "/signin" },
  providers: [
    Credentials({
      credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
      authorize: (credentials) => verifyCredentials(credentials),
    }),
  ],
  callbacks: {
    // At sign-in the token takes the account's session version; on every later request (an update
    // from the browser included) it is checked against the account, and null ends the session.
    jwt({ token, user }) {
      if (!user?.id) return refreshSession(token);
      token.sub = user.id;
      token.sv = user.sessionVersion ?? 0;
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
});
