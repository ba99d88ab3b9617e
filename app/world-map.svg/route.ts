import { worldBaseMap } from '@/lib/status/world-map';

export const dynamic = 'force-static';

/** The plain world map every locator map draws over: one file, cached, instead of a copy in each page. */
export function GET() {
  return new Response(worldBaseMap(), { headers: { 'Content-Type': 'image/svg+xml' } });
}
