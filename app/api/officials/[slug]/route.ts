import type { NextRequest } from "next/server";
import { readRoute } from "../../_lib/handler";
import { officialBody } from "../../_lib/read-api";

export const dynamic = "force-dynamic";

/** GET /api/officials/{slug}: what /officials/{slug} shows, from maintained counts and the 20 newest records. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return readRoute(request, (db) => officialBody(db, slug));
}
