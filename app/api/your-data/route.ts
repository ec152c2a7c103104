import type { NextRequest } from "next/server";
import { viewerFromRequest } from "@/server/auth/viewer-from-request";
import { downloadError, downloadResponse } from "@/app/api/download-response";
import { exportYourData } from "@/server/services/account/export-your-data";

export const dynamic = "force-dynamic";

/** GET /api/your-data: everything Waymark holds about the signed-in learner, as one JSON file. */
export async function GET(request: NextRequest) {
  try {
    const viewer = await viewerFromRequest(request);
    const body = await exportYourData(viewer);
    const day = new Date().toISOString().slice(0, 10);
    return downloadResponse(
      body,
      { name: `waymark-${viewer?.login ?? "data"}-${day}`, extension: "json", fallback: "waymark-data" },
      "application/json; charset=utf-8",
    );
  } catch (error) {
    return downloadError(error);
  }
}
