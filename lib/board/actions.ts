"use server";

import { viewerAction } from "@/lib/actions";
import { clearSpotlight, spotlightPost } from "@/lib/board/spotlight";

// The lib functions authorize (the class's moderators) and audit.
export const spotlightPostAction = viewerAction(spotlightPost, "In the spotlight: it shows at the top of the section page.");
export const clearSpotlightAction = viewerAction(clearSpotlight, "Spotlight cleared.");

