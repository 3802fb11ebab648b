/**
 * World manufacturer identifiers: a VIN's first three characters name its maker (JTD is
 * Toyota, WVW Volkswagen). The generator draws VINs with these codes and decodes them to their
 * maker; the verifier holds a decoded make against them.
 */
/** The maker of each code and the country it builds in. */
const WMI: Readonly<Record<string, { readonly make: string; readonly country: string }>> = {
  '1HG': { make: 'Honda', country: 'United States' },
  WVW: { make: 'Volkswagen', country: 'Germany' },
  JTD: { make: 'Toyota', country: 'Japan' },
  '5YJ': { make: 'Tesla', country: 'United States' },
  WBA: { make: 'BMW', country: 'Germany' },
  VF1: { make: 'Renault', country: 'France' },
  ZFA: { make: 'Fiat', country: 'Italy' },
  KMH: { make: 'Hyundai', country: 'South Korea' },
};

/** The maker a VIN names by its first three characters, and where that maker's plant is, or undefined. */
export const makerOfVin = (vin: string): { readonly make: string; readonly country: string } | undefined => WMI[vin.slice(0, 3).toUpperCase()];

/** The codes the table knows, in the order VINs are drawn from. */
export const WMI_CODES: readonly string[] = Object.keys(WMI);
