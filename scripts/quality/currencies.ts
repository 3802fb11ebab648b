/** Exchange rates the detectors read money by: units per US dollar, roughly (2023-2025). */

/** Currencies worth under half a US dollar. */
export const WEAK_PER_USD: Readonly<Record<string, number>> = {
  JPY: 150, KRW: 1330, INR: 83, IDR: 15500, VND: 24500, PHP: 56, CLP: 900, COP: 4000, ARS: 900, HUF: 360, ISK: 138, NGN: 1400, KES: 130, EGP: 48, THB: 36, TWD: 32, TRY: 32, CZK: 23, MXN: 17.5, ZAR: 18.5, CNY: 7.2, SEK: 10.5, NOK: 10.6, DKK: 6.9, PLN: 4, BRL: 5.2,
};

/** Those and the currencies worth more. */
export const PER_USD: Readonly<Record<string, number>> = {
  USD: 1, EUR: 0.92, GBP: 0.79, CHF: 0.88, CAD: 1.36, AUD: 1.5, NZD: 1.6, SGD: 1.35, HKD: 7.8, AED: 3.67, SAR: 3.75, ILS: 3.7, MYR: 4.7,
  ...WEAK_PER_USD,
};
