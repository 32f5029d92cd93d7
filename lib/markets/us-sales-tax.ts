/*
 * US sales tax, added at checkout (US prices exclude it). A state's rate is its base rate from the
 * Tax Foundation's "State and Local Sales Tax Rates, 2025" (state rates in force on 1 January 2025;
 * its state column includes the statewide add-ons of CA, UT and VA), in parts per million.
 * Local (county, city) rates are not added: what the order charges is the state's rate.
 * Until the shopper gives a shipping state, the bag shows an estimate at the highest state base
 * rate (California's), so the figure at checkout is never a surprise upwards.
 */
const STATE_RATES_PPM: Record<string, number> = {
  AL: 40_000,
  AK: 0,
  AZ: 56_000,
  AR: 65_000,
  CA: 72_500,
  CO: 29_000,
  CT: 63_500,
  DE: 0,
  DC: 60_000,
  FL: 60_000,
  GA: 40_000,
  HI: 40_000,
  ID: 60_000,
  IL: 62_500,
  IN: 70_000,
  IA: 60_000,
  KS: 65_000,
  KY: 60_000,
  LA: 50_000,
  ME: 55_000,
  MD: 60_000,
  MA: 62_500,
  MI: 60_000,
  MN: 68_750,
  MS: 70_000,
  MO: 42_250,
  MT: 0,
  NE: 55_000,
  NV: 68_500,
  NH: 0,
  NJ: 66_250,
  NM: 48_750,
  NY: 40_000,
  NC: 47_500,
  ND: 50_000,
  OH: 57_500,
  OK: 45_000,
  OR: 0,
  PA: 60_000,
  RI: 70_000,
  SC: 60_000,
  SD: 42_000,
  TN: 70_000,
  TX: 62_500,
  UT: 61_000,
  VT: 60_000,
  VA: 53_000,
  WA: 65_000,
  WV: 60_000,
  WI: 50_000,
  WY: 40_000,
};

/** The rate applied while the state is unknown (see above). */
const ESTIMATE_PPM = 72_500;

/** The US states (and DC) an address can name. */
export const US_STATES = Object.keys(STATE_RATES_PPM);

/** The sales tax rate (parts per million) for a US state, or the estimate when none is known yet. */
export function usSalesTaxRate(state: string | null | undefined): { ppm: number; estimated: boolean } {
  const known = state ? STATE_RATES_PPM[state.trim().toUpperCase()] : undefined;
  return known === undefined ? { ppm: ESTIMATE_PPM, estimated: true } : { ppm: known, estimated: false };
}
