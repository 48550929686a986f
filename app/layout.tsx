import "./globals.css";
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/layout/site-header";
import { TimeZoneDetector } from "@/components/layout/time-zone-detector";
import { TimeZoneProvider } from "@/components/ui/time-zone-context";
import { TIME_ZONE_COOKIE, viewerTimeZone } from "@/lib/time-zone";

export const metadata: Metadata = {
  title: { default: "Margin — classroom discussion", template: "%s · Margin" },
  description: "Read closely, argue with evidence, and hold a moderated class debate on a text.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { zone, source, renderedAt } = await viewerTimeZone();
  return (
    <html lang="en">
      <body className="min-h-screen">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
          Skip to content
        </a>
        <TimeZoneProvider zone={zone} renderedAt={renderedAt}>
          <TimeZoneDetector zone={zone} chosen={source === "profile"} cookieName={TIME_ZONE_COOKIE} />
          <SiteHeader />
          <main id="main" className="mx-auto max-w-5xl px-4 pb-16 pt-6">
            {children}
          </main>
        </TimeZoneProvider>
      </body>
    </html>
  );
}
