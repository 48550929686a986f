import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface Session {
    user: { id: string; name?: string | null; email?: string | null; timeZone?: string | null };
  }
  // What lib/accounts/verify-credentials.ts returns to the jwt callback at sign-in.
  interface User {
    sessionVersion?: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    // The account's sessionVersion when this session began (absent in tokens from before: 0).
    sv?: number;
    // Seconds since the epoch at sign-in: the session's lifetime counts from here.
    signedInAt?: number;
    // The zone the account chose (lib/time-zone.ts), read with the session version.
    timeZone?: string | null;
  }
}
