/**
 * «Spredt»: the one definition the status filter, the statistics and /spredning/ all use. A case
 * has spread when its sources say others have taken it up (status «spread») or when named
 * municipalities have adopted it (reuse.adoptedBy). That one case builds on another (inspiredBy)
 * is shown on /spredning/ too, but is not counted as spread: inspiration is not adoption.
 */
import type { CaseData } from '../model/case-schema.ts';

export const SPREAD = 'spread';

export function hasSpread(data: Pick<CaseData, 'status' | 'reuse'>): boolean {
  return data.status === SPREAD || data.reuse.adoptedBy.length > 0;
}
