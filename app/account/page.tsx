import type { Metadata } from "next";
import { requireViewer } from "@/lib/session";
import { viewerTimeZone } from "@/lib/time-zone";
import { timeZones } from "@/lib/time";
import { PageSection } from "@/components/ui/page-section";
import { TimeZoneForm } from "@/components/accounts/time-zone-form";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  await requireViewer("/account");
  const { zone } = await viewerTimeZone();
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-semibold">Your account</h1>
      <PageSection id="time-zone-heading" title="Time zone">
        <TimeZoneForm current={zone} zones={timeZones()} />
      </PageSection>
    </div>
  );
}
