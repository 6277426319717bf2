/** Why a statistical division code (12 digits) is malformed, or null when it is well formed. */
export function communityCodeProblem(code: string): string | null {
  return /^\d{12}$/.test(code) ? null : `must be a 12-digit statistical division code (got "${code}")`;
}
