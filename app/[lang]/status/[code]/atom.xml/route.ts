import { stateFeed } from '@/lib/site';
import { stateParam, stateParams } from '../state-param';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = stateParams;

/** A State's own Atom feed: its signature, instrument, steps at home and the events that concern it. */
export async function GET(_request: Request, { params }: { params: Promise<{ lang: string; code: string }> }) {
  const { lang, code } = await stateParam(params);
  return new Response(stateFeed(lang, code).atom1(), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
