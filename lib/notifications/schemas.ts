import { z } from "zod";
import { idSchema } from "@/lib/validation";

export const NotificationTarget = z.object({ notificationId: idSchema });
