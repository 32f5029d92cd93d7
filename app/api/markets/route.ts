import { route } from '@/lib/http/route';
import { marketsContract } from '@/lib/markets/contract';
import { listMarkets } from '@/lib/markets/list-markets';
import { contextMarket } from '@/lib/markets/request-market';

export const GET = route(marketsContract.list, async (ctx) => ({
  markets: listMarkets(),
  current: await contextMarket(ctx, ctx.query.market),
}));
